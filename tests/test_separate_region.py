"""Issue 11, item 7: a file of another region is never merged into one's own region; it can
be kept as a region of its own ("Als aparte regio opslaan en openen…", ``zvdesk
import-region``), as a new file with a fresh identity, the user's own file untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zvdesk.cli import main as cli_main
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.sharing.lineage import lineage_facts, own_file_id
from zvdesk.models.core.sharing.merge_apply import OtherRegion, plan_with_file
from zvdesk.models.region.ops import populate_new_region
from zvdesk.ui.sharing import texts as t

from .test_mainwindow import trigger_menu


def _cli(*args: str) -> int:
    try:
        return cli_main(list(args))
    except SystemExit as exc:  # argparse
        return int(exc.code or 0)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def noord(workdir: Path) -> Path:
    """Another region's file: no shared history, another region record."""
    path = workdir / "noord.zvdb"
    doc = Document.create(path, populate=lambda s: populate_new_region(
        s, "Regio Noord", ["Den Helder"]))
    try:
        doc.write(lambda s: ops.create_record(s, "person", {"name": "Nora Noord"}))
    finally:
        doc.close()
    return path


def _region(path: Path) -> tuple[list[str], list[str], str | None, int]:
    """Region names, municipality names, file id and lineage rows of a file."""
    doc = Document.open(path, read_only=True)
    try:
        with doc.session() as s:
            return ([r.name for r in ops.list_live(s, "region")],
                    sorted(m.name for m in ops.list_live(s, "municipality")),
                    own_file_id(s), len(lineage_facts(s)))
    finally:
        doc.close()


def test_menu_merge_refuses_another_region_and_saves_it_apart(window, qtbot, monkeypatch,
                                                              example_path: Path, noord: Path,
                                                              workdir: Path) -> None:
    from zvdesk.ui import dialogs

    own = workdir / "mijn-regio.zvdb"
    own.write_bytes(example_path.read_bytes())
    window.open_path(own)
    noord_before = _digest(noord)
    asked: list[str] = []

    def save_path(_parent, _title, suggestion="", *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(suggestion)
        return answers.pop(0)

    answers = [str(own), str(noord)]  # first over my own file, then over the source: refused
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(noord))
    monkeypatch.setattr(dialogs, "ask_save_path", save_path)
    window.file_menu.aboutToShow.emit()  # as when the user opens the menu
    trigger_menu(window, "Bestand", "Samenvoegen met kopie…")
    dialog = window.feature("sharing").merge_dialog
    qtbot.waitUntil(lambda: dialog.separate_button.isVisible(), timeout=10000)
    status = dialog.status.text()
    assert "andere regio: ‘Regio Noord’" in status and "Zaanstreek" in status
    assert "Er is niets samengevoegd" in status and t.MERGE_SEPARATE_REGION in status
    assert dialog.plan is None and not dialog.ok.isEnabled()
    assert dialog.separate_button.text() == t.MERGE_SEPARATE_REGION

    for _ in range(2):  # over an input: a Dutch refusal, nothing written, the dialog stays
        QTest.mouseClick(dialog.separate_button, Qt.MouseButton.LeftButton)
        assert "waaruit gelezen wordt" in window.messages[-1][1]
        assert dialog.isVisible() and dialog.separate is None
    assert Path(asked[0]) == workdir / "Regio Noord.zvdb", "proposed beside the own file"
    target = workdir / "Regio Noord.zvdb"
    answers.append(str(target))
    QTest.mouseClick(dialog.separate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.feature("sharing").region_windows), timeout=10000)

    other_window = window.feature("sharing").region_windows[0]
    assert other_window.controller.document.path == target
    assert "Regio Noord" in window.messages[-1][1] and "niet veranderd" in window.messages[-1][1]
    regions, municipalities, file_id, history = _region(target)
    assert regions == ["Regio Noord"] and municipalities == ["Den Helder"]
    assert file_id and file_id != _region(noord)[2] and history == 0, "a fresh identity"
    with other_window.controller.session() as s:
        assert "Nora Noord" in {p.name for p in ops.list_live(s, "person")}
    # my own window still shows my own region, unchanged
    assert window.controller.document.path == own
    assert window.controller.undo_stack.count() == 0
    with window.controller.session() as s:
        assert "Den Helder" not in {m.name for m in ops.list_live(s, "municipality")}
        assert len(ops.list_live(s, "region")) == 1
    assert _digest(noord) == noord_before
    other_window.close()  # its own window: closing it leaves mine open
    qtbot.waitUntil(lambda: not window.feature("sharing").region_windows, timeout=5000)
    assert window.controller.document.path == own


def test_cli_merge_refuses_another_region_and_points_to_import_region(new_doc: Document,
                                                                      noord: Path,
                                                                      workdir: Path,
                                                                      capsys) -> None:
    mine = new_doc.path
    new_doc.close()
    before = _digest(mine), _digest(noord)
    out = workdir / "samen.zvdb"
    for extra in ((), ("--prefer", "mine"), ("--prefer", "theirs")):
        assert _cli("merge", str(mine), str(noord), "-o", str(out), *extra) == 2
        err = capsys.readouterr().err
        assert "andere regio: ‘Regio Noord’" in err and "regio ‘Testregio’" in err
        assert "zvdesk import-region noord.zvdb DOEL.zvdb" in err and not out.exists()
    # the old way of mixing two regions is refused, saying what to do instead
    assert _cli("merge", str(mine), str(noord), "-o", str(out), "--andere-regio") == 2
    err = capsys.readouterr().err
    assert "--andere-regio bestaat niet meer" in err and "zvdesk import-region" in err
    assert not out.exists() and (_digest(mine), _digest(noord)) == before

    target = workdir / "noord-apart.zvdb"
    assert _cli("import-region", str(noord), str(noord)) == 2, "never over its source"
    assert "waaruit gelezen wordt" in capsys.readouterr().err
    assert _cli("import-region", str(noord), str(target)) == 0
    text = capsys.readouterr().out
    assert "‘Regio Noord’" in text and "aparte regio" in text
    regions, municipalities, file_id, history = _region(target)
    assert regions == ["Regio Noord"] and municipalities == ["Den Helder"] and history == 0
    assert file_id and file_id != _region(noord)[2]
    assert _digest(noord) == before[1]
    # still another region than mine: merging it is refused as well
    assert _cli("merge", str(mine), str(target), "-o", str(out)) == 2
    assert "andere regio" in capsys.readouterr().err


def test_a_plan_of_another_region_is_never_applied(new_doc: Document, noord: Path) -> None:
    from zvdesk.models.core.sharing.merge import plan_merge, read_snapshot
    from zvdesk.models.core.sharing.merge_apply import apply_merge, snapshot_of

    with pytest.raises(OtherRegion) as refused:
        plan_with_file(new_doc, noord)
    assert refused.value.their_region == "Regio Noord" and refused.value.my_region == "Testregio"
    with new_doc.session() as s:
        plan = plan_merge(read_snapshot(s, "regio.zvdb"), snapshot_of(noord))
    assert plan.other_region == "Regio Noord" and not plan.changes
    with pytest.raises(OtherRegion):
        new_doc.write(lambda s: apply_merge(s, plan, prefer="mine"))


def test_cli_import_region_of_a_protected_file_stays_protected(noord: Path,
                                                                workdir: Path, capsys) -> None:
    from zvdesk.models.core.sharing.container import decrypted_copy
    from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
    from zvdesk.models.core.sharing.magic import is_encrypted_file

    password = "Den-Helder-2026"
    protected = workdir / "noord-beveiligd.zvdb"
    doc = Document.open(noord)
    try:
        make_share_copy(doc, protected, CopyOptions(password=password))
    finally:
        doc.close()
    secret = workdir / "wachtwoord.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    target = workdir / "noord-apart.zvdb"
    assert _cli("import-region", str(protected), str(target)) == 2
    assert "wachtwoord" in capsys.readouterr().err and not target.exists()
    assert _cli("import-region", str(protected), str(target), "--password-file",
                str(secret)) == 0
    assert "hetzelfde wachtwoord" in capsys.readouterr().out
    assert is_encrypted_file(target)
    with decrypted_copy(target, password) as plain:
        regions, _municipalities, file_id, history = _region(plain)
    assert regions == ["Regio Noord"] and history == 0 and file_id


def test_cli_import_region_refuses_a_file_of_a_newer_version(noord: Path, workdir: Path,
                                                            capsys) -> None:
    import sqlite3

    newer = workdir / "nieuwer.zvdb"
    newer.write_bytes(noord.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = _digest(newer)
    target = workdir / "apart.zvdb"
    assert _cli("import-region", str(newer), str(target)) == 2
    err = capsys.readouterr().err
    assert "‘nieuwer.zvdb’ is gemaakt met een nieuwere versie van ZV Desk;" in err
    assert "Werk ZV Desk eerst bij." in err and "Traceback" not in err
    assert not target.exists() and _digest(newer) == before
