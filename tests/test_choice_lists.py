"""Choice lists found by typing, narrowed by the organisation beside them, sorted as the
tables sort — and refused input kept in its editor with the Dutch reason (issue 12, items
12 and 6). Real window, keys typed into the real editors, asserted on the file and the undo
stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from zvdesk.models.core.collation import fold, sort_key, words_match
from zvdesk.ui.widgets.choice import ChoiceBox
from zvdesk.ui.widgets.recordtable import RecordTable

from .uihelpers import cell_reason, on_disk, open_cell_text, undo_by_menu


def _table(window, key: str) -> RecordTable:  # noqa: ANN001
    window.show_target(None, key)
    table = window.workspace.widget_for(key)
    assert isinstance(table, RecordTable)
    return table


def _row(table: RecordTable, name: str, column: int = 0) -> int:
    return next(r for r in range(table.proxy.rowCount())
                if table.proxy.index(r, column).data() == name)


def _column(table: RecordTable, name: str) -> int:
    return next(i for i, f in enumerate(table.model.fields) if f.name == name)


def _open_cell(table: RecordTable, row: int, column: int):  # noqa: ANN202
    view = table.view
    if view.state() == QAbstractItemView.State.EditingState:  # Tab opened the next cell
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        QApplication.processEvents()
    view.setFocus()
    index = table.proxy.index(row, column)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    QApplication.processEvents()
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def _person(path: Path, name: str) -> tuple:
    return on_disk(path, "SELECT p.email, o.name FROM person p LEFT JOIN organisation o "
                         "ON o.id = p.organisation_id WHERE p.name = ?", name)[0]


def test_the_sort_key_is_dutch() -> None:
    names = ["GGD Zaanstreek-Waterland", "gemeente Oostzaan", "Gemeente Zaanstad",
             "Ééntje", "Eenheid", "Ronde 10", "Ronde 2"]
    assert sorted(names, key=sort_key) == [
        "Eenheid", "Ééntje", "gemeente Oostzaan", "Gemeente Zaanstad",
        "GGD Zaanstreek-Waterland", "Ronde 2", "Ronde 10"]
    assert fold("Dienst Justitiële  Inrichtingen") == "dienst justitiele inrichtingen"
    assert words_match("Raad voor de Kinderbescherming", "kinder")
    assert words_match("Gemeente Zaanstad", "gem zaan")
    assert not words_match("Gemeente Zaanstad", "staad")


def test_typing_a_word_of_the_name_chooses_the_organisation_in_a_cell(
        window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    row, column = _row(table, "Ruud Visser"), _column(table, "organisation_id")
    # The first key opens the cell (no Space, no F2 needed); the rest is typed into it.
    table.view.setFocus()
    table.view.setCurrentIndex(table.proxy.index(row, column))
    QTest.keyClick(table.view, Qt.Key.Key_K)
    editor = QApplication.focusWidget()
    assert isinstance(editor, ChoiceBox)
    QTest.keyClicks(editor, "INDERbesch")  # a word inside the name, any case
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert _person(example_path, "Ruud Visser")[1] == "Raad voor de Kinderbescherming"
    assert window.controller.undo_stack.undoText() == "Organisatie wijzigen"
    # accents do not count either
    editor = _open_cell(table, _row(table, "Ruud Visser"), column)
    QTest.keyClicks(editor, "justitiele")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _person(example_path, "Ruud Visser")[1] == "Dienst Justitiële Inrichtingen"
    undo_by_menu(window)
    undo_by_menu(window)
    assert _person(example_path, "Ruud Visser")[1] == "Politie"
    assert window.messages == []


def test_a_name_that_is_not_in_the_list_stays_typed_with_the_reason(
        window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    row, column = _row(table, "Ruud Visser"), _column(table, "organisation_id")
    count = window.controller.undo_stack.count()
    editor = _open_cell(table, row, column)
    QTest.keyClicks(editor, "Brandweer")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert open_cell_text(table.view) == "Brandweer"
    assert "staat niet in de lijst" in cell_reason(table.view)
    assert window.controller.undo_stack.count() == count and window.messages == []
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert open_cell_text(table.view) is None and cell_reason(table.view) == ""
    assert table.proxy.index(_row(table, "Ruud Visser"), column).data() == "Politie"


def test_choice_lists_sort_as_the_tables_do(window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    organisations = _table(window, "organisations")
    organisations.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    in_table = [organisations.proxy.index(r, 0).data()
                for r in range(organisations.proxy.rowCount())]
    people = _table(window, "people")
    editor = _open_cell(people, 0, _column(people, "organisation_id"))
    in_list = [editor.itemText(i) for i in range(editor.count())]
    assert in_list[0] == "(geen)"
    assert in_list[1:] == in_table
    # "Gemeente Zaanstad" stands next to "GGD", not after "Zorg- en Veiligheidshuis"
    assert in_list.index("GGD") == in_list.index("Gemeente Zaanstad") + 1


def test_the_person_list_is_narrowed_to_the_organisation_in_the_row(
        window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    window.show_target(None, "overleg")
    page = window.workspace.widget_for("overleg").inventory
    meetings = page.meetings
    meetings.select_ids([meetings.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)])
    participants = page.participants
    QTest.mouseClick(participants.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the new row's first cell
    QApplication.processEvents()
    row = next(r for r in range(participants.proxy.rowCount())
               if not participants.proxy.index(r, _column(participants, "person_id")).data()
               or participants.proxy.index(r, _column(participants, "person_id")).data()
               == "(geen)")
    record_id = participants.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    editor = _open_cell(participants, row, _column(participants, "organisation_id"))
    QTest.keyClicks(editor, "purmer")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # → the next cell of the same row
    QApplication.processEvents()
    row = participants.model.row_of(record_id)
    row = participants.proxy.mapFromSource(participants.model.index(row, 0)).row()
    editor = _open_cell(participants, row, _column(participants, "person_id"))
    assert isinstance(editor, ChoiceBox)
    listed = [editor.itemText(i) for i in range(editor.count())]
    assert listed == ["(geen)", "Ahmed Benali", "Lotte Jansen"]
    # someone of another organisation is still found by typing
    QTest.keyClicks(editor, "vos")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert on_disk(example_path, "SELECT p.name FROM meeting_participant m JOIN person p "
                                 "ON p.id = m.person_id WHERE m.id = ?", record_id) == [
        ("Marieke Vos",)]
    assert window.messages == []


def test_invalid_email_in_a_cell_stays_typed_and_is_not_saved_while_typing(
        qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    row, column = _row(table, "Ruud Visser"), _column(table, "email")
    stored = _person(example_path, "Ruud Visser")[0]
    count = window.controller.undo_stack.count()
    editor = _open_cell(table, row, column)
    editor.selectAll()
    QTest.keyClicks(editor, "ruud@")
    qtbot.wait(1200)  # the autosave's timers run: refused quietly, no message per key
    assert window.messages == [] and cell_reason(table.view) == ""
    assert _person(example_path, "Ruud Visser")[0] == stored
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert open_cell_text(table.view) == "ruud@"  # kept, with the reason under it
    assert "geen geldig e-mailadres" in cell_reason(table.view)
    assert window.messages == [] and window.controller.undo_stack.count() == count
    assert _person(example_path, "Ruud Visser")[0] == stored
    # corrected: saved, the reason goes
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "politie.nl")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert _person(example_path, "Ruud Visser")[0] == "ruud@politie.nl"
    assert cell_reason(table.view) == ""
    undo_by_menu(window)
    assert _person(example_path, "Ruud Visser")[0] == stored


def test_a_click_elsewhere_reopens_the_refused_cell(window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _table(window, "people")
    row, column = _row(table, "Ruud Visser"), _column(table, "email")
    editor = _open_cell(table, row, column)
    editor.selectAll()
    QTest.keyClicks(editor, "ruud@")
    other = table.view.visualRect(table.proxy.index(0 if row else 1, 0)).center()
    QTest.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    QApplication.processEvents()
    QApplication.processEvents()
    assert open_cell_text(table.view) == "ruud@"
    assert table.view.currentIndex().row() == row
    assert "geen geldig e-mailadres" in cell_reason(table.view)
    assert window.messages == []
