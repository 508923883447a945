"""Typing reaches the disk within a second while it goes on, in every kind of editor.

The file is read with a fresh sqlite3 connection (not the app's session) while real key
events are typed into real widgets; Qt's timers run during ``qtbot.wait``.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from zvdesk.models.region.ops import get_region, live_projects
from zvdesk.ui.widgets.recordtable import ID_ROLE

REPO = Path(__file__).resolve().parent.parent
TEXT = "Samen sterker in de regio"
STEP_MS = 150  # one keystroke every 150 ms: steady typing that never pauses 0.3 s
MAX_LAG = 1.0  # seconds the disk may be behind the keyboard


def on_disk(path: Path, table: str, column: str, record_id: str) -> str | None:
    """A column of one row, read from the file by a connection of its own."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(f"SELECT {column} FROM {table} WHERE id = ?",  # noqa: S608
                          (record_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def type_steadily(qtbot, target: QWidget, text: str, read, *, prefix: str = "",  # noqa: ANN001
                  step_ms: int = STEP_MS) -> float:
    """Types ``text`` key by key into ``target`` and returns the largest lag of the disk.

    After every keystroke the disk is read; the lag is the age of the oldest keystroke
    whose text is not on disk yet. ``prefix`` is what the field held before.
    """
    typed_at: list[float] = []
    worst = 0.0
    for i, char in enumerate(text):
        QTest.keyClicks(target, char)
        typed_at.append(time.monotonic())
        qtbot.wait(step_ms)
        stored = read() or ""
        now = time.monotonic()
        typed = prefix + text[:i + 1]
        assert typed.startswith(stored), (stored, typed)  # never more than was typed
        saved = max(0, len(stored) - len(prefix))
        # a trailing space is saved trimmed (one-line fields): it does not count as behind
        unsaved = [typed_at[j] for j in range(saved, i + 1) if text[j] != " "]
        if unsaved:
            worst = max(worst, now - unsaved[0])
    return worst


def focus(qtbot, window, widget: QWidget) -> None:  # noqa: ANN001
    """Puts the keyboard focus in a field, as a click into it would."""
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def region(window, example_path: Path):  # noqa: ANN001, ANN201
    """The example open in the main window, the Regio tab in front."""
    assert window.open_path(example_path)
    window.show_target(None, "region")
    tab = window.workspace.widget_for("region")
    with window.controller.session() as s:
        region_id = get_region(s).id
    return tab, region_id


def test_long_text_keeps_up_with_steady_typing(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["description"]
    focus(qtbot, window, edit)
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.wait(1000)
    assert on_disk(example_path, "region", "description", region_id) == ""
    text = (TEXT + " en daarbuiten")[:20]  # 20 keys, 3 s
    lag = type_steadily(qtbot, edit, text,
                        lambda: on_disk(example_path, "region", "description", region_id))
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"
    assert edit.hasFocus()  # nothing took the focus away to save
    qtbot.wait(1000)
    assert on_disk(example_path, "region", "description", region_id) == text
    assert edit.toPlainText() == text
    assert window.messages == []


def test_one_line_field_saved_without_leaving_it(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["name"]
    assert isinstance(edit, QLineEdit)
    focus(qtbot, window, edit)
    edit.end(False)
    QTest.keyClicks(edit, " Noord ")
    qtbot.wait(1000)
    assert edit.hasFocus()
    assert on_disk(example_path, "region", "name", region_id) == "Zaanstreek-Waterland Noord"
    # the saved (trimmed) value coming back leaves the trailing space and the cursor alone
    assert edit.text() == "Zaanstreek-Waterland Noord "
    assert edit.cursorPosition() == len(edit.text())
    QTest.keyClicks(edit, "oost")
    qtbot.wait(1000)
    assert on_disk(example_path, "region", "name", region_id) == (
        "Zaanstreek-Waterland Noord oost")


def test_one_line_field_keeps_up_with_steady_typing(window, region, example_path,  # noqa: ANN001
                                                    qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["name"]
    focus(qtbot, window, edit)
    edit.end(False)
    lag = type_steadily(qtbot, edit, " en omstreken",
                        lambda: on_disk(example_path, "region", "name", region_id),
                        prefix="Zaanstreek-Waterland")
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"


def test_ctrl_s_right_after_typing_saves_it(window, example_path, qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        pilot = live_projects(s)[0].id
    window.show_target(pilot, "impact")
    tab = window.workspace.widget_for("impact")
    card = tab.scene.theory.elements[0]
    tab.scene.select_ids([card.id])
    assert tab.panel.element is not None and tab.panel.element.id == card.id
    focus(qtbot, window, tab.panel.description)
    tab.panel.description.moveCursor(tab.panel.description.textCursor().MoveOperation.End)
    QTest.keyClicks(tab.panel.description, " Nog niet opgeslagen.")
    assert on_disk(example_path, "impact_element", "description", card.id) == card.description
    window.save_action.trigger()
    assert on_disk(example_path, "impact_element", "description", card.id) == (
        card.description + " Nog niet opgeslagen.")
    assert window.statusBar().currentMessage() == "Alles is opgeslagen."
    # a one-line field of the panel, too
    focus(qtbot, window, tab.panel.title)
    tab.panel.title.end(False)
    QTest.keyClicks(tab.panel.title, "!")
    window.save_action.trigger()
    assert on_disk(example_path, "impact_element", "title", card.id) == card.title + "!"
    assert window.messages == []


def test_impact_panel_keeps_up_with_steady_typing(window, example_path, qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        pilot = live_projects(s)[0].id
    window.show_target(pilot, "impact")
    tab = window.workspace.widget_for("impact")
    card = tab.scene.theory.elements[0]
    tab.scene.select_ids([card.id])
    edit = tab.panel.description
    focus(qtbot, window, edit)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    lag = type_steadily(qtbot, edit, " Nog meer tekst",
                        lambda: on_disk(example_path, "impact_element", "description", card.id),
                        prefix=card.description)
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"
    assert edit.toPlainText() == card.description + " Nog meer tekst"


def test_closing_the_window_saves_typing(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["description"]
    focus(qtbot, window, edit)
    edit.selectAll()
    QTest.keyClicks(edit, "Laatste woorden")
    window.close()
    assert window.controller is None
    assert on_disk(example_path, "region", "description", region_id) == "Laatste woorden"


def test_switching_tab_saves_typing(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["name"]
    focus(qtbot, window, edit)
    edit.selectAll()
    QTest.keyClicks(edit, "Waterland")
    next_tab = next(a for a in window.view_menu.actions() if a.text() == "Volgend tabblad")
    next_tab.trigger()
    assert window.workspace.current_spec().key != "region"
    assert on_disk(example_path, "region", "name", region_id) == "Waterland"


def test_table_cell_saves_while_its_editor_stays_open(window, region, example_path,  # noqa: ANN001
                                                      qtbot) -> None:  # noqa: ANN001
    tab, _region_id = region
    table = tab.municipalities
    view = table.view
    focus(qtbot, window, view)
    view.setCurrentIndex(table.proxy.index(0, 0))
    record_id = table.proxy.index(0, 0).data(ID_ROLE)
    before = on_disk(example_path, "municipality", "name", record_id)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.end(False)
    undo_before = window.controller.undo_stack.count()
    lag = type_steadily(qtbot, editor, "-Oost en West",
                        lambda: on_disk(example_path, "municipality", "name", record_id),
                        prefix=before)
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"
    assert QApplication.focusWidget() is editor  # the editor stayed open all along
    assert editor.text() == before + "-Oost en West"
    QTest.keyClick(editor, Qt.Key.Key_Return)  # Qt closes the editor on its next turn
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert on_disk(example_path, "municipality", "name", record_id) == before + "-Oost en West"
    assert window.controller.undo_stack.count() > undo_before
    assert window.messages == []


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_kill_during_typing_loses_at_most_the_last_second(example_path: Path,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    """A real app process is killed (-9) after 1.5 s of typing: all but the last second is kept."""
    text = "Regionale samenwerking zorg en veiligheid"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "apps" / "type_loop.py"),
                             str(example_path), text], stdout=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdout is not None
    typed_at: list[float] = []
    try:
        for line in proc.stdout:
            if line.startswith("typed"):
                typed_at.append(time.monotonic())
                if typed_at[-1] - typed_at[0] >= 1.5:
                    break
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)  # no chance to save anything: a crash or power loss
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert len(typed_at) >= 10
    con = sqlite3.connect(example_path)  # a connection of its own (rolls back a torn write)
    try:
        stored = con.execute("SELECT description FROM region WHERE deleted_at IS NULL"
                             ).fetchone()[0]
    finally:
        con.close()
    typed = text[:len(typed_at)]
    assert typed.startswith(stored), (stored, typed)
    older = sum(1 for t in typed_at if t <= killed_at - MAX_LAG)  # typed over a second ago
    assert older >= 4
    assert len(stored) >= older, f"{len(stored)} of {len(typed_at)} keys on disk"


def test_a_typing_burst_is_one_undo_step(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["description"]
    original = on_disk(example_path, "region", "description", region_id)
    stack = window.controller.undo_stack
    start = stack.count()
    focus(qtbot, window, edit)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_steadily(qtbot, edit, " Eerste zin.",
                  lambda: on_disk(example_path, "region", "description", region_id),
                  prefix=original)
    assert on_disk(example_path, "region", "description", region_id) != original  # saved...
    assert stack.count() == start + 1  # ...in several writes, but as one step
    assert stack.undoText() == "Omschrijving wijzigen"
    qtbot.wait(2500)  # a long pause: what follows is a step of its own
    QTest.keyClicks(edit, " Tweede.")
    window.save_action.trigger()
    assert on_disk(example_path, "region", "description", region_id) == (
        original + " Eerste zin. Tweede.")
    assert stack.count() == start + 2
    window.undo_action.trigger()
    assert on_disk(example_path, "region", "description", region_id) == original + " Eerste zin."
    window.undo_action.trigger()
    assert on_disk(example_path, "region", "description", region_id) == original
    assert edit.toPlainText() == original
    window.redo_action.trigger()
    assert on_disk(example_path, "region", "description", region_id) == original + " Eerste zin."


def test_typing_in_a_cell_is_one_undo_step(window, region, example_path, qtbot) -> None:  # noqa: ANN001
    tab, _region_id = region
    table = tab.municipalities
    view = table.view
    focus(qtbot, window, view)
    view.setCurrentIndex(table.proxy.index(0, 0))
    record_id = table.proxy.index(0, 0).data(ID_ROLE)
    before = on_disk(example_path, "municipality", "name", record_id)
    stack = window.controller.undo_stack
    start = stack.count()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.end(False)
    type_steadily(qtbot, editor, " en omgeving",
                  lambda: on_disk(example_path, "municipality", "name", record_id),
                  prefix=before)
    QTest.keyClicks(editor, "!")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the last key is saved as the editor closes
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert on_disk(example_path, "municipality", "name", record_id) == before + " en omgeving!"
    assert stack.count() == start + 1
    window.undo_action.trigger()
    assert on_disk(example_path, "municipality", "name", record_id) == before


# -- every other kind of editor: steady typing is on disk within a second -----------------


def read_sql(path: Path, sql: str, *args: object) -> str | None:
    """The first column of the first row of a query, on a connection of its own."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute(sql, args).fetchone()
    finally:
        con.close()
    return None if row is None else row[0]


def _pilot(window) -> str:  # noqa: ANN001
    with window.controller.session() as s:
        return live_projects(s)[0].id


def _cell_editor(qtbot, window, view, index) -> QLineEdit:  # noqa: ANN001
    """Opens a cell's editor with F2, as the user does, with the cursor at the end."""
    focus(qtbot, window, view)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.end(False)
    return editor


def _end(edit) -> None:  # noqa: ANN001
    edit.moveCursor(edit.textCursor().MoveOperation.End)


@pytest.mark.parametrize("gesture", ["report", "copy", "merge", "close_file", "other_file"])
def test_file_gestures_save_typing_first(window, region, example_path, workdir, qtbot,  # noqa: ANN001
                                         monkeypatch, gesture: str) -> None:
    from zvdesk.models.core.document import Document
    from zvdesk.models.region.ops import populate_new_region
    from zvdesk.ui import dialogs

    tab, region_id = region
    edit = tab.form.editors["description"]
    focus(qtbot, window, edit)
    edit.selectAll()
    QTest.keyClicks(edit, "Net getypt")
    window.file_menu.aboutToShow.emit()  # as when the user opens the Bestand menu
    if gesture == "report":
        window.feature("reports").report_action.trigger()
        window.feature("reports").dialog.close()
    elif gesture == "copy":
        window.feature("sharing").copy_action.trigger()
        window.feature("sharing").copy_dialog.reject()
    elif gesture == "merge":
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: None)  # then cancelled
        window.feature("sharing").merge_action.trigger()
    elif gesture == "close_file":
        window.close_action.trigger()
    else:
        other = workdir / "andere.zvdb"
        Document.create(other, populate=lambda s: populate_new_region(s, "Andere")).close()
        recent = window.recent_menu.actions()
        assert window.open_path(other) and recent
    assert on_disk(example_path, "region", "description", region_id) == "Net getypt"


def test_undo_right_after_typing_takes_back_that_typing(window, region, example_path,  # noqa: ANN001
                                                        qtbot) -> None:  # noqa: ANN001
    tab, region_id = region
    edit = tab.form.editors["description"]
    original = edit.toPlainText()
    focus(qtbot, window, edit)
    _end(edit)
    QTest.keyClicks(edit, " Eerst.")
    qtbot.wait(2500)  # saved, and a pause that ends the burst
    QTest.keyClicks(edit, " Toch niet.")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Bewerken → Ongedaan maken, before the save was due
    qtbot.wait(1000)
    assert on_disk(example_path, "region", "description", region_id) == original + " Eerst."
    assert edit.toPlainText() == original + " Eerst."
    window.redo_action.trigger()
    assert on_disk(example_path, "region", "description", region_id) == (
        original + " Eerst. Toch niet.")


def test_undo_while_a_cell_editor_is_open_shows_in_it(window, region, example_path,  # noqa: ANN001
                                                      qtbot) -> None:  # noqa: ANN001
    tab, _region_id = region
    table = tab.municipalities
    index = table.proxy.index(0, 0)
    record_id = index.data(ID_ROLE)
    before = on_disk(example_path, "municipality", "name", record_id)
    editor = _cell_editor(qtbot, window, table.view, index)
    QTest.keyClicks(editor, "-Noord")
    qtbot.wait(1000)
    assert on_disk(example_path, "municipality", "name", record_id) == before + "-Noord"
    window.undo_action.trigger()
    assert on_disk(example_path, "municipality", "name", record_id) == before
    assert editor.text() == before  # the editor shows what the undo put back...
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState)
    assert on_disk(example_path, "municipality", "name", record_id) == before  # ...and keeps it


def test_title_typed_on_the_canvas_is_saved_and_escape_takes_it_back(  # noqa: ANN001
        window, example_path, qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(_pilot(window), "impact")
    tab = window.workspace.widget_for("impact")
    card = tab.scene.theory.elements[0]
    tab.scene.select_ids([card.id])
    focus(qtbot, window, tab.view)
    QTest.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.editor
    assert editor is not None and QApplication.focusWidget() is editor
    editor.end(False)
    stack = window.controller.undo_stack
    start = stack.count()

    def read() -> str | None:
        return read_sql(example_path, "SELECT title FROM impact_element WHERE id = ?", card.id)

    lag = type_steadily(qtbot, editor, " in de regio", read, prefix=card.title)
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"
    assert stack.count() == start + 1
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # cancel: the title as it was, no step left
    assert read() == card.title
    assert tab.view.editor is None
    assert stack.count() == start
    QTest.keyClick(tab.view, Qt.Key.Key_F2)
    QTest.keyClicks(tab.view.editor, "Nieuwe titel")
    QTest.keyClick(tab.view.editor, Qt.Key.Key_Return)
    assert read() == "Nieuwe titel" and stack.count() == start + 1


def test_impact_panel_keeps_the_users_text_and_shows_an_undo(window, example_path,  # noqa: ANN001
                                                             qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(_pilot(window), "impact")
    tab = window.workspace.widget_for("impact")
    card = tab.scene.theory.elements[0]
    tab.scene.select_ids([card.id])
    subs = tab.panel.sub_items
    focus(qtbot, window, subs)
    subs.selectAll()
    for line in ("Eerste", "Tweede"):  # Enter starts a line; the saved list has no empty one
        QTest.keyClicks(subs, line)
        QTest.keyClick(subs, Qt.Key.Key_Return)
        qtbot.wait(1000)
        assert subs.toPlainText().endswith(line + "\n")  # the new empty line stays
    with window.controller.session() as s:
        from zvdesk.models.impact.tables import theory_for_project

        stored = theory_for_project(s, _pilot(window)).by_id()[card.id].sub_items
    assert stored == ["Eerste", "Tweede"]
    title = tab.panel.title
    focus(qtbot, window, title)
    title.end(False)
    QTest.keyClicks(title, " (concept) ")
    qtbot.wait(1000)
    assert read_sql(example_path, "SELECT title FROM impact_element WHERE id = ?",
                    card.id) == card.title + " (concept)"
    assert title.text() == card.title + " (concept) "  # the trailing space survived the save
    window.undo_action.trigger()
    assert read_sql(example_path, "SELECT title FROM impact_element WHERE id = ?",
                    card.id) == card.title
    assert title.text() == card.title  # the undo shows, although the field has the focus
    focus(qtbot, window, tab.view)  # leaving the field does not write the old text back
    assert read_sql(example_path, "SELECT title FROM impact_element WHERE id = ?",
                    card.id) == card.title
