"""Reports read a snapshot: editing the large region while its report is built never waits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from zvdesk.models.core.document import Document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def large_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The large region of PRODUCT.md (bench/make_large.py), built once for this module."""
    target = tmp_path_factory.mktemp("groot") / "groot.zvdb"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_large.py"), str(target)],
                   check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)},
                   capture_output=True)
    return target


@pytest.fixture
def large_path(large_master: Path, workdir: Path) -> Path:
    """A private copy of the large region."""
    target = workdir / "groot.zvdb"
    target.write_bytes(large_master.read_bytes())
    return target


def _region_name_on_disk(path: Path) -> str:
    conn = sqlite3.connect(path)  # a fresh connection: what another program would read
    try:
        return conn.execute("SELECT name FROM region WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def test_snapshot_is_a_private_read_only_copy(example_doc: Document) -> None:
    from sqlalchemy import text

    with example_doc.snapshot() as snap:
        with snap.session() as s:
            before = s.execute(text("SELECT count(*) FROM person")).scalar()
            with pytest.raises(Exception, match="readonly|read-only|attempt to write"):
                s.execute(text("DELETE FROM person"))
        # A write to the file while the snapshot is open does not wait and is not seen.
        example_doc.write(lambda s: s.execute(text("UPDATE region SET name = 'Ander'")))
        with snap.session() as s:
            assert s.execute(text("SELECT count(*) FROM person")).scalar() == before
            assert s.execute(text("SELECT name FROM region")).scalar() != "Ander"


def test_an_edit_reaches_the_disk_while_the_large_report_is_built(window, large_path: Path,  # noqa: ANN001
                                                                 qtbot) -> None:  # noqa: ANN001
    from zvdesk.ui import dialogs

    original = dialogs.ask_open_path
    try:
        dialogs.ask_open_path = lambda *_a, **_k: str(large_path)
        open_action = next(a for a in window.file_menu.actions()
                           if a.text().replace("&", "") == "Openen…")
        open_action.trigger()  # Bestand → Openen… (a large file: opened off the GUI thread)
    finally:
        dialogs.ask_open_path = original
    assert window.controller is not None and not window.controller.read_only
    reports = window.feature("reports")
    reports.report_action.trigger()
    dialog = reports.dialog
    dialog.subject.setCurrentIndex(0)  # the whole region, every part: the slowest report
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    qtbot.waitUntil(lambda: dialog.progress.value() >= 5, timeout=20000)  # reading sections

    window.activateWindow()  # the user goes back to the main window, the report dialog open
    qtbot.waitUntil(window.isActiveWindow)
    window.show_target(None, "region")
    name = window.workspace.widget_for("region").form.editors["name"]
    name.setFocus()
    name.selectAll()
    QTest.keyClicks(name, "Regio tijdens rapport")
    started = time.monotonic()
    QTest.keyClick(name, Qt.Key.Key_Tab)  # the user leaves the field: it is saved
    while _region_name_on_disk(large_path) != "Regio tijdens rapport":
        assert time.monotonic() - started < 0.5, "the edit waited for the report"
        time.sleep(0.01)
    elapsed = time.monotonic() - started
    assert dialog.busy and dialog.task is not None and dialog.task.running, (
        "the report finished before the edit: the test proves nothing")
    assert elapsed < 0.5
    qtbot.waitUntil(lambda: not dialog.busy, timeout=240000)  # the whole large region; slow on a loaded machine
    assert dialog.preview.page_labels, dialog.last_message
