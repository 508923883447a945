"""Refused input in a form field stays typed with the Dutch reason under it; Esc brings
the stored value back; the autosave writes nothing invalid and asks nothing while the user
types (issue 12, item 6). Whole numbers: 0 shows as 0, an emptied optional number is saved
as empty, an emptied required one is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.ui.widgets.choice import ChoiceBox
from zvdesk.ui.widgets.fields import EMPTY_REQUIRED
from zvdesk.ui.widgets.form import RecordForm

from .uihelpers import cell_reason, on_disk, open_cell_text, undo_by_menu


def _project_form(window, example_path: Path) -> RecordForm:  # noqa: ANN001
    window.open_path(example_path)
    window.navigator.itemClicked.emit(window.navigator.topLevelItem(1), 0)
    form = window.workspace.widget_for("project").form
    assert isinstance(form, RecordForm)
    return form


def _project(path: Path, project_id: str) -> tuple:
    return on_disk(path, "SELECT name, start_date, lead_person_id FROM project WHERE id = ?",
                   project_id)[0]


def _type(editor, text: str) -> None:  # noqa: ANN001
    """Types into a field; Return then leaves it as Tab does (offscreen, focus-out needs an
    active window)."""
    editor.setFocus()
    (editor.lineEdit() if isinstance(editor, ChoiceBox) else editor).selectAll()
    QTest.keyClicks(editor, text)


def test_a_name_too_long_stays_typed_with_the_reason(qtbot, window, example_path) -> None:  # noqa: ANN001
    form = _project_form(window, example_path)
    pid = form.record_id()
    stored = _project(example_path, pid)
    name = form.editors["name"]
    count = window.controller.undo_stack.count()
    _type(name, "x" * 606)
    qtbot.wait(1200)  # the autosave's timers ran: nothing written, nothing asked
    assert _project(example_path, pid) == stored and window.messages == []
    assert not form.reasons["name"].isVisible()
    QTest.keyClick(name, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert name.text() == "x" * 606  # kept
    assert form.reasons["name"].isVisible() and "te lang" in form.reasons["name"].text()
    assert _project(example_path, pid) == stored
    assert window.controller.undo_stack.count() == count and window.messages == []
    # another field saved meanwhile does not throw the typed name away
    _type(form.editors["start_date"], "1-2-2020")
    QTest.keyClick(form.editors["start_date"], Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT start_date FROM project WHERE id = ?", pid) == [
        ("2020-02-01",)]
    assert name.text() == "x" * 606 and form.reasons["name"].isVisible()
    # Esc: the stored name again, the reason gone
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert name.text() == stored[0] and not form.reasons["name"].isVisible()
    assert _project(example_path, pid)[0] == stored[0]


def test_a_date_that_is_no_date_waits_to_be_corrected(window, example_path) -> None:  # noqa: ANN001
    form = _project_form(window, example_path)
    pid = form.record_id()
    start = form.editors["start_date"]
    before = on_disk(example_path, "SELECT start_date FROM project WHERE id = ?", pid)
    _type(start, "31-02-2020")
    QTest.keyClick(start, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert start.text() == "31-02-2020"
    assert "geen geldige datum" in form.reasons["start_date"].text()
    assert form.reasons["start_date"].isVisible() and window.messages == []
    assert on_disk(example_path, "SELECT start_date FROM project WHERE id = ?", pid) == before
    _type(start, "28-02-2020")
    QTest.keyClick(start, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT start_date FROM project WHERE id = ?", pid) == [
        ("2020-02-28",)]
    assert not form.reasons["start_date"].isVisible()
    assert window.controller.undo_stack.undoText() == "Start wijzigen"


def test_typing_a_name_chooses_the_project_lead(window, example_path) -> None:  # noqa: ANN001
    form = _project_form(window, example_path)
    pid = form.record_id()
    before = _project(example_path, pid)[2]
    lead = form.editors["lead_person_id"]
    assert isinstance(lead, ChoiceBox)
    _type(lead, "benali")
    QTest.keyClick(lead, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT p.name FROM project j JOIN person p "
                                 "ON p.id = j.lead_person_id WHERE j.id = ?", pid) == [
        ("Ahmed Benali",)]
    assert lead.typed_text() == "Ahmed Benali"
    # a name nobody has: kept, with the reason
    _type(lead, "Niemand")
    QTest.keyClick(lead, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert lead.typed_text() == "Niemand"
    assert "staat niet in de lijst" in form.reasons["lead_person_id"].text()
    QTest.keyClick(lead, Qt.Key.Key_Escape)  # the stored lead again, the reason gone
    assert lead.typed_text() == "Ahmed Benali"
    assert not form.reasons["lead_person_id"].isVisible()
    undo_by_menu(window)
    assert _project(example_path, pid)[2] == before
    assert window.messages == []


def _meetings_table(window, example_path, page: str):  # noqa: ANN001, ANN202
    window.open_path(example_path)
    window.show_target(None, "overleg")
    tab = window.workspace.widget_for("overleg")
    tab.show_page(getattr(tab, page))
    return getattr(tab, page).meetings


def _edit_cell(table, row: int, column: int, text: str) -> None:  # noqa: ANN001
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(row, column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(table.proxy.index(row, column))
    editor.selectAll()
    if text == "\b":
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    else:
        QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()


def _row(table, name: str) -> int:  # noqa: ANN001
    return next(r for r in range(table.proxy.rowCount())
                if table.proxy.index(r, 0).data() == name)


def test_zero_shows_as_zero_and_an_emptied_required_number_is_refused(
        window, example_path) -> None:  # noqa: ANN001
    table = _meetings_table(window, example_path, "questions")
    column = next(i for i, f in enumerate(table.model.fields) if f.name == "frequency")
    name = "RBO Zorg en Veiligheid"
    _edit_cell(table, _row(table, name), column, "0")
    assert on_disk(example_path, "SELECT frequency FROM meeting WHERE name = ?", name) == [(0,)]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the next cell's editor
    QApplication.processEvents()
    assert table.proxy.index(_row(table, name), column).data() == "0"
    assert table.proxy.index(_row(table, name), column).data(Qt.ItemDataRole.EditRole) == "0"
    _edit_cell(table, _row(table, name), column, "\b")  # emptied: a required number
    assert cell_reason(table.view) == EMPTY_REQUIRED and open_cell_text(table.view) == ""
    assert on_disk(example_path, "SELECT frequency FROM meeting WHERE name = ?", name) == [(0,)]
    assert window.messages == []


def test_an_emptied_optional_number_is_saved_as_empty(window, example_path) -> None:  # noqa: ANN001
    table = _meetings_table(window, example_path, "questions")
    column = next(i for i, f in enumerate(table.model.fields) if f.name == "frequency_after")
    name = "RBO Zorg en Veiligheid"
    assert on_disk(example_path, "SELECT frequency_after FROM meeting WHERE name = ?",
                   name) == [(6,)]
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.index(_row(table, name), column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert editor.text() == "6"
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT frequency_after FROM meeting WHERE name = ?",
                   name) == [(None,)]
    assert window.controller.undo_stack.undoText().endswith("wijzigen")
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT frequency_after FROM meeting WHERE name = ?",
                   name) == [(6,)]
