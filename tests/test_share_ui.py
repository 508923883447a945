"""The sharing dialogs in the main window: copy, password prompt, merge preview, attachments."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ReadOnlyDocument
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.magic import is_encrypted_file
from zvdesk.models.region.tables import Person
from zvdesk.ui.sharing import password as password_prompt
from zvdesk.ui.sharing import texts as t

PASSWORD = "Purmerend-2026"


def _file_actions(window) -> list[str]:  # noqa: ANN001
    return [a.text() for a in window.file_menu.actions()]


def test_menu_entries_in_bestand(window, example_path: Path) -> None:
    assert t.MENU_COPY in _file_actions(window) and t.MENU_MERGE in _file_actions(window)
    window.file_menu.aboutToShow.emit()
    assert not window.feature("sharing").copy_action.isEnabled()
    window.open_path(example_path)
    window.file_menu.aboutToShow.emit()
    assert window.feature("sharing").copy_action.isEnabled() and window.feature("sharing").merge_action.isEnabled()


def test_copy_dialog_explains_and_makes_a_protected_initials_copy(window, qtbot,
                                                                  example_path: Path) -> None:
    window.open_path(example_path)
    window.file_menu.aboutToShow.emit()  # as when the user opens the Bestand menu
    window.feature("sharing").copy_action.trigger()
    dialog = window.feature("sharing").copy_dialog
    qtbot.waitExposed(dialog)
    assert "volledige namen" in dialog.explanation.text()
    QTest.mouseClick(dialog.initials, Qt.MouseButton.LeftButton,
                     pos=dialog.initials.rect().center())
    assert dialog.initials.isChecked()
    assert "alleen als initialen" in dialog.explanation.text()
    dialog.protect.click()
    assert dialog.password1.isEnabled() and not dialog.ok.isEnabled()
    QTest.keyClicks(dialog.password1, PASSWORD)
    QTest.keyClicks(dialog.password2, PASSWORD + "x")
    assert dialog.problem.text() == t.COPY_PASSWORD_DIFFERENT and not dialog.ok.isEnabled()
    QTest.keyClick(dialog.password2, Qt.Key.Key_Backspace)
    assert dialog.ok.isEnabled()
    target = Path(dialog.target.text())
    assert target.name == "zaanstreek-waterland (kopie).zvdb"
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and is_encrypted_file(target)
    assert b"Marieke" not in target.read_bytes()
    assert window.messages and window.messages[-1][0] == t.COPY_DONE_TITLE
    assert window.controller.undo_stack.count() == 0, "making a copy is not an edit"


def test_opening_a_protected_file_asks_the_password_until_right(window, monkeypatch,
                                                               example_doc: Document,
                                                               workdir: Path) -> None:
    target = workdir / "beveiligd.zvdb"
    make_share_copy(example_doc, target, CopyOptions(password=PASSWORD))
    example_doc.close()
    answers = iter(["fout-wachtwoord", PASSWORD])
    asked: list[str | None] = []

    def fake_ask(_parent, name, error=None):  # noqa: ANN001, ANN202
        asked.append(error)
        return next(answers)

    monkeypatch.setattr(password_prompt, "ask_password", fake_ask)
    assert window.open_path(target)
    assert asked[0] is None and "klopt niet" in (asked[1] or "")
    ctrl = window.controller
    assert ctrl.document.path == target and not ctrl.read_only
    assert window.windowTitle().startswith("beveiligd.zvdb")
    before = target.read_bytes()
    with ctrl.session() as s:
        pid = ops.list_live(s, "person")[0].id
    ctrl.execute("Rol wijzigen", lambda s: ops.update_record(s, "person", pid, {"role": "Nieuw"}))
    assert target.read_bytes() != before and is_encrypted_file(target)
    ctrl.undo_stack.undo()
    window.set_document(None)
    assert not list(target.parent.glob(".~beveiligd*"))


def test_cancelled_password_opens_nothing(window, monkeypatch, example_doc: Document,
                                          workdir: Path) -> None:
    target = workdir / "beveiligd.zvdb"
    make_share_copy(example_doc, target, CopyOptions(password=PASSWORD))
    monkeypatch.setattr(password_prompt, "ask_password", lambda *_a, **_k: None)
    before = target.read_bytes()
    assert not window.open_path(target)
    assert window.controller is None
    assert "geen wachtwoord" in window.messages[-1][1]
    assert target.read_bytes() == before


def test_merge_preview_then_one_undoable_merge(window, qtbot, example_doc: Document,
                                               workdir: Path) -> None:
    theirs_path = workdir / "collega.zvdb"
    make_share_copy(example_doc, theirs_path, CopyOptions())
    with example_doc.session() as s:
        people = [p.id for p in ops.list_live(s, "person")][:2]
    mine_path = example_doc.path
    example_doc.write(lambda s: ops.update_record(s, "person", people[0], {"role": "Mijn rol"}))
    example_doc.close()
    theirs = Document.open(theirs_path)
    theirs.write(lambda s: ops.update_record(s, "person", people[0], {"role": "Hun rol"}))
    theirs.write(lambda s: ops.update_record(s, "person", people[1], {"phone": "0201234"}))
    theirs.write(lambda s: ops.create_record(s, "theme", {"name": "Thema van de collega"}))
    theirs.close()

    window.open_path(mine_path)
    ctrl = window.controller
    dialog = window.feature("sharing").merge(theirs_path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    tree_text = [dialog.tree.topLevelItem(i).text(0)
                 for i in range(dialog.tree.topLevelItemCount())]
    assert "persoon: 1 gewijzigd" in tree_text and "thema: 1 toegevoegd" in tree_text
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Mijn rol"
    assert dialog.table.item(0, 3).text() == "Hun rol"
    assert not dialog.ok.isEnabled(), "nothing is merged before every conflict has a choice"
    with ctrl.session() as s:
        assert s.get(Person, people[1]).phone == "", "nothing written by the preview"
    box = dialog.table.cellWidget(0, 4)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == t.MERGE_THEIRS and dialog.ok.isEnabled()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert ctrl.undo_stack.count() == 1
    assert ctrl.undo_stack.undoText() == "Samenvoegen met ‘collega.zvdb’"
    with ctrl.session() as s:
        assert s.get(Person, people[0]).role == "Hun rol"
        assert s.get(Person, people[1]).phone == "0201234"
        assert "Thema van de collega" in {x.name for x in ops.list_live(s, "theme")}
    assert window.messages[-1][0] == t.MERGE_DONE_TITLE
    ctrl.undo_stack.undo()
    with ctrl.session() as s:
        assert s.get(Person, people[0]).role == "Mijn rol"
        assert s.get(Person, people[1]).phone == ""
        assert "Thema van de collega" not in {x.name for x in ops.list_live(s, "theme")}


def test_merge_refuses_the_open_file_itself(window, example_path: Path) -> None:
    window.open_path(example_path)
    assert window.feature("sharing").merge(example_path) is None
    assert window.messages[-1][1] == t.MERGE_SAME_FILE


def test_mail_attachment_opens_read_only_with_save_as(window, example_path: Path) -> None:
    attachment = Path(tempfile.gettempdir()) / f"bijlage-{os.getpid()}.zvdb"
    attachment.write_bytes(example_path.read_bytes())
    before = attachment.read_bytes()
    try:
        assert window.open_path(attachment)
        ctrl = window.controller
        assert ctrl.read_only
        assert window.banner.isVisible()
        assert "bijlage" in window.banner.label.text()
        assert window.banner.save_as.text() == "Opslaan als…"
        assert window.mode_label.text() == "Alleen-lezen"
        with ctrl.session() as s:
            pid = ops.list_live(s, "person")[0].id
        with pytest.raises(ReadOnlyDocument):
            ctrl.execute("x", lambda s: ops.update_record(s, "person", pid, {"role": "y"}))
        window.file_menu.aboutToShow.emit()
        assert window.feature("sharing").copy_action.isEnabled()
        assert not window.feature("sharing").merge_action.isEnabled()
        window.set_document(None)
        assert attachment.read_bytes() == before
        assert not Path(f"{attachment}-journal").exists()
    finally:
        attachment.unlink()


@pytest.mark.parametrize("folder", ["Content.Outlook/AB12CD34", "Thunderbird/tmp"])
def test_mail_program_folders_count_as_attachments(workdir: Path, folder: str) -> None:
    from zvdesk.models.core.document import is_mail_attachment

    path = workdir / folder / "regio.zvdb"
    assert is_mail_attachment(path)
    assert not is_mail_attachment(workdir / "regio.zvdb")


def test_file_in_read_only_folder_opens_read_only(window, example_path: Path) -> None:
    os.chmod(example_path.parent, 0o555)
    try:
        if os.access(example_path.parent, os.W_OK):
            pytest.skip("running as a user that can write anywhere")
        assert window.open_path(example_path)
        assert window.controller.read_only and window.banner.isVisible()
    finally:
        window.set_document(None)
        os.chmod(example_path.parent, 0o755)


def test_merging_a_protected_copy_asks_its_password(window, qtbot, monkeypatch,
                                                    example_doc: Document,
                                                    workdir: Path) -> None:
    from zvdesk.models.core.sharing.container import open_encrypted

    theirs_path = workdir / "collega-beveiligd.zvdb"
    make_share_copy(example_doc, theirs_path, CopyOptions(password=PASSWORD))
    with example_doc.session() as s:
        pid = ops.list_live(s, "person")[0].id
    example_doc.write(lambda s: ops.update_record(s, "person", pid, {"role": "Mijn"}))
    mine_path = example_doc.path
    example_doc.close()
    theirs = open_encrypted(theirs_path, PASSWORD)
    theirs.write(lambda s: ops.update_record(s, "person", pid, {"role": "Hun"}))
    theirs.close()
    answers = iter(["fout-wachtwoord", PASSWORD])
    monkeypatch.setattr(password_prompt, "ask_password", lambda *_a, **_k: next(answers))
    window.open_path(mine_path)
    dialog = window.feature("sharing").merge(theirs_path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.name == "collega-beveiligd.zvdb"
    assert dialog.table.rowCount() == 1 and not dialog.ok.isEnabled()
    QTest.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert dialog.ok.isEnabled()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        assert s.get(Person, pid).role == "Hun"
    assert window.controller.undo_stack.count() == 1

    def decrypted_copy_gone() -> bool:
        from zvdesk.models.core.private import work_root

        folders = work_root().glob("beveiligd-*")
        return not any((p / theirs_path.name).exists() for p in folders)

    # the decrypted copy of the colleague's file is removed once compared
    qtbot.waitUntil(decrypted_copy_gone, timeout=5000)


def _merge_entry(window):  # noqa: ANN001, ANN202
    return next(a for a in window.file_menu.actions() if a.text() == t.MENU_MERGE)


def test_merge_menu_entry_names_the_player_marks_the_difference_and_keeps_both(
        window, qtbot, monkeypatch, example_doc: Document, workdir: Path) -> None:
    from zvdesk.models.core.sharing.texts import BOTH_MINE_MARK, BOTH_THEIRS_MARK
    from zvdesk.models.stakeholders.tables import Stakeholder
    from zvdesk.ui import dialogs

    theirs_path = workdir / "collega.zvdb"
    make_share_copy(example_doc, theirs_path, CopyOptions())
    with example_doc.session() as s:
        player = next(p for p in ops.list_live(s, "stakeholder") if p.person_id)
        pid, person = player.id, s.get(Person, player.person_id).name
    base = "Steunt de aanpak; wil eerst de cijfers zien."
    example_doc.write(lambda s: ops.update_record(s, "stakeholder", pid, {
        "notes": base + " Belt in maart terug."}))
    mine_path = example_doc.path
    example_doc.close()
    theirs = Document.open(theirs_path)
    theirs.write(lambda s: ops.update_record(s, "stakeholder", pid, {
        "notes": base + " Wil een gesprek met de burgemeester."}))
    theirs.close()
    window.open_path(mine_path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(theirs_path))
    window.file_menu.aboutToShow.emit()
    _merge_entry(window).trigger()  # as the user does; this crashed before (issue 11)
    dialog = window.feature("sharing").merge_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.table.rowCount() == 1
    title = dialog.table.item(0, 0).text()
    assert title.startswith("speler ‘") and person in title and "project ‘" in title
    assert dialog.table.item(0, 1).text() == "notities"
    assert "Belt in maart terug." in dialog.table.item(0, 2).text()
    assert "burgemeester" in dialog.table.item(0, 3).text()
    marked = dialog.conflict_view.theirs_text.toHtml()
    assert "burgemeester" in marked and "underline" in marked
    box = dialog.table.cellWidget(0, 4)
    assert [box.itemText(i) for i in range(box.count())][1:] == [
        t.MERGE_MINE, t.MERGE_THEIRS, t.MERGE_BOTH]
    box.setFocus()
    for _ in range(3):
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == t.MERGE_BOTH and dialog.ok.isEnabled()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        notes = s.get(Stakeholder, pid).notes
    assert notes.startswith(BOTH_MINE_MARK) and BOTH_THEIRS_MARK in notes
    assert "Belt in maart terug." in notes and "burgemeester" in notes
    assert window.controller.undo_stack.count() == 1


def _open_copy_dialog(window, qtbot, path: Path):  # noqa: ANN001, ANN202
    window.open_path(path)
    window.file_menu.aboutToShow.emit()
    window.feature("sharing").copy_action.trigger()
    dialog = window.feature("sharing").copy_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _click(widget) -> None:  # noqa: ANN001
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_copy_dialog_blanks_functions_and_lists_what_was_reduced(window, qtbot,
                                                                 example_path: Path) -> None:
    dialog = _open_copy_dialog(window, qtbot, example_path)
    assert not dialog.blank_functions.isEnabled(), "only with initials"
    _click(dialog.initials)
    assert dialog.blank_functions.isEnabled()
    assert "functie en organisatie" in dialog.explanation.text(), "the warning is shown"
    _click(dialog.blank_functions)
    assert dialog.blank_functions.isChecked()
    assert "Functies van personen zijn leeggemaakt" in dialog.explanation.text()
    assert "functie en organisatie" not in dialog.explanation.text()
    target = Path(dialog.target.text())
    _click(dialog.ok)
    assert dialog.result is not None
    title, text = window.messages[-1]
    assert title == t.COPY_DONE_TITLE
    assert "Namen teruggebracht tot initialen: 16 in namenvelden" in text
    assert "Notities over personen weggelaten" in text and "Functies leeggemaakt: 18." in text
    copy = Document.open(target)
    try:
        with copy.session() as s:
            people = ops.list_live(s, "person")
            assert {p.role for p in people} == {""} and "Marieke Vos" not in {
                p.name for p in people}
    finally:
        copy.close()


def test_copy_dialog_offers_no_initials_copy_of_a_newer_file(window, qtbot,
                                                             example_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(example_path)
    conn.execute("ALTER TABLE person ADD COLUMN bijnaam TEXT DEFAULT ''")
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    dialog = _open_copy_dialog(window, qtbot, example_path)
    assert not dialog.initials.isEnabled()
    _click(dialog.initials)
    assert not dialog.initials.isChecked()
    hints = [w.text() for w in dialog.findChildren(type(dialog.explanation))]
    assert any("nieuwere versie" in h and "kolom person.bijnaam" in h for h in hints)


# -- hostile: the window's write targets go through the same guard --------------------------


def test_save_as_onto_a_file_open_elsewhere_is_refused(window, monkeypatch, example_path: Path,
                                                       example_master: Path,
                                                       workdir: Path) -> None:
    import hashlib

    from tests.processes import hold_open, kill_9
    from zvdesk.ui import dialogs

    busy = workdir / "collega.zvdb"
    busy.write_bytes(example_master.read_bytes())
    before = hashlib.sha256(busy.read_bytes()).hexdigest()
    window.open_path(example_path)
    holder, _ = hold_open(busy)
    try:
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(busy))
        window.save_as_action.trigger()
        assert window.messages[-1][0] == "Opslaan als"
        assert "in gebruik" in window.messages[-1][1]
        assert hashlib.sha256(busy.read_bytes()).hexdigest() == before
        assert window.controller.document.path == example_path.absolute()
    finally:
        kill_9(holder)


def test_copy_dialog_refuses_the_open_file_under_another_name(window, qtbot,
                                                              example_path: Path,
                                                              workdir: Path) -> None:
    hard = workdir / "andere-naam.zvdb"
    os.link(example_path, hard)
    before = example_path.read_bytes()
    dialog = _open_copy_dialog(window, qtbot, example_path)
    dialog.target.selectAll()
    QTest.keyClicks(dialog.target, str(hard))
    assert dialog.problem.text() == t.COPY_SAME_FILE and not dialog.ok.isEnabled()
    dialog.target.selectAll()
    QTest.keyClicks(dialog.target, str(workdir / "sub" / ".." / example_path.name))
    assert not dialog.ok.isEnabled()
    dialog.reject()
    assert example_path.read_bytes() == before


def test_closing_a_protected_file_that_cannot_be_written_back_says_where_the_work_is(
        window, monkeypatch, example_doc: Document, workdir: Path) -> None:
    target = workdir / "beveiligd.zvdb"
    make_share_copy(example_doc, target, CopyOptions(password=PASSWORD))
    monkeypatch.setattr(password_prompt, "ask_password", lambda *_a, **_k: PASSWORD)
    assert window.open_path(target)
    plain = window.controller.document.encrypted.plain_path
    moved = workdir.with_name("werk-weg")
    workdir.rename(moved)  # the network share is gone
    try:
        from zvdesk.models.core.errors import ZvdbError

        with pytest.raises(ZvdbError) as err:  # the widgets show this message as it is
            window.controller.execute(
                "Thema", lambda s: ops.create_record(s, "theme", {"name": "Kwijt-QQ"}))
        assert str(plain) in str(err.value) and "bestaat niet" in str(err.value)
        window.close_action.trigger()
        title, text = window.messages[-1]
        assert title == "Niet alles is opgeslagen" and str(plain) in text
        assert plain.exists()
    finally:
        moved.rename(workdir)


def test_new_file_over_a_file_open_elsewhere_is_refused(window, monkeypatch,
                                                        example_master: Path,
                                                        workdir: Path) -> None:
    from tests.processes import hold_open, kill_9
    from zvdesk.ui import dialogs

    busy = workdir / "collega.zvdb"
    busy.write_bytes(example_master.read_bytes())
    before = busy.read_bytes()
    holder, _ = hold_open(busy)
    try:
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(busy))
        new_action = next(a for a in window.file_menu.actions() if a.text() == "&Nieuw…")
        new_action.trigger()
        assert window.messages[-1][0] == "Nieuw bestand"
        assert "in gebruik" in window.messages[-1][1]
        assert busy.read_bytes() == before and window.controller is None
    finally:
        kill_9(holder)


def test_cli_copy_never_overwrites_its_password_file(example_path: Path, workdir: Path) -> None:
    from tests.processes import zvdesk

    password_file = workdir / "wachtwoord.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    result = zvdesk("copy", str(example_path), "-o", str(password_file), "--password-file",
                    str(password_file))
    assert result.returncode == 2 and "waaruit gelezen" in result.stderr
    assert password_file.read_text(encoding="utf-8") == PASSWORD + "\n"
