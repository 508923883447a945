"""Dilemmaschuif tab: real widgets in the real main window, mouse and keyboard, file + undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.ui import dialogs
from zvdesk.ui.instruments.dilemmaschuif import SPEC
from zvdesk.ui.instruments.dilemmaschuif.tab import DilemmaTab
from zvdesk.ui.instruments.steps.tab import StepsTab
from zvdesk.ui.widgets.recordtable import ID_ROLE

from .uihelpers import cell_reason, on_disk, open_cell_text, project_id, undo_by_menu

PILOT = "Regiopilot Zorg + Veiligheid"


def _project(window, name: str = PILOT) -> str:  # noqa: ANN001
    return project_id(window, name)


def _open(window, path: Path, name: str = PILOT) -> DilemmaTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(_project(window, name), "dilemmaschuif")
    tab = window.workspace.widget_for("dilemmaschuif")
    assert isinstance(tab, DilemmaTab)
    return tab


def _type_in_cell(view, index, text: str, key=Qt.Key.Key_Return) -> None:  # noqa: ANN001
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, key)
    QApplication.processEvents()


def _row_of(tab: DilemmaTab, name: str) -> int:
    proxy = tab.positions.proxy
    return next(r for r in range(proxy.rowCount())
                if proxy.index(r, 1).data() == name)


def test_spec_registers_the_tab() -> None:
    assert (SPEC.key, SPEC.chapter, SPEC.scope, SPEC.label) == (
        "dilemmaschuif", "3.1", "project", "3.1 Dilemmaschuif")


def test_stappenplan_timeout_link_opens_the_tab(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    window.show_target(_project(window), "steps")
    steps = window.workspace.widget_for("steps")
    assert isinstance(steps, StepsTab)
    steps.show_step("timeout")
    button = steps.page("timeout").link_buttons["dilemmaschuif"]
    assert button.text() == "3.1 Dilemmaschuif"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "dilemmaschuif"


def test_chart_and_table_show_the_same_markers(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    ids = {tab.positions.proxy.index(r, 0).data(ID_ROLE)
           for r in range(tab.positions.proxy.rowCount())}
    assert len(ids) == 7 and set(tab.chart.items_by_id) == ids
    assert tab.chart.chosen_line is not None and tab.chart.chosen_line.value() == 60
    assert "7 deelnemers tussen 20 en 80" in tab.chart.accessibleDescription()
    assert tab.left_label.text().startswith("◀ 0: Door bij alle belangrijke overleggen")


def test_position_edited_in_the_table_moves_the_marker(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    row = _row_of(tab, "Marieke Vos")
    index = tab.positions.proxy.index(row, 0)
    position_id = index.data(ID_ROLE)
    _type_in_cell(tab.positions.view, index, "85")
    assert on_disk(example_path, "SELECT position FROM dilemma_position WHERE id = ?",
                    position_id) == [(85,)]
    assert window.controller.undo_stack.undoText() == "Positie wijzigen"
    assert tab.chart.items_by_id[position_id].pos().x() == 85
    # Off the line: refused beside the cell, which keeps "130"; nothing written.
    row = _row_of(tab, "Marieke Vos")
    _type_in_cell(tab.positions.view, tab.positions.proxy.index(row, 0), "130")
    QApplication.processEvents()
    assert "tussen 0 (links) en 100 (rechts)" in cell_reason(tab.positions.view)
    assert open_cell_text(tab.positions.view) == "130"
    assert window.messages == []
    assert on_disk(example_path, "SELECT position FROM dilemma_position WHERE id = ?",
                    position_id) == [(85,)]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the stored 85 again
    QApplication.processEvents()
    assert open_cell_text(tab.positions.view) is None
    assert tab.positions.proxy.index(_row_of(tab, "Marieke Vos"), 0).data() == "85"
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT position FROM dilemma_position WHERE id = ?",
                    position_id) == [(25,)]
    assert tab.chart.items_by_id[position_id].pos().x() == 25


def test_position_added_by_click_and_typing(window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    did = tab.current_id()
    stack = window.controller.undo_stack
    before = stack.count()
    QTest.mouseClick(tab.positions.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "45")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    rows = on_disk(example_path, "SELECT id, position FROM dilemma_position WHERE "
                    "dilemma_id = ? AND deleted_at IS NULL AND person_id IS NULL", did)
    assert [p for _i, p in rows] == [45]
    assert stack.count() == before + 2
    assert rows[0][0] in tab.chart.items_by_id
    assert tab.chart.items_by_id[rows[0][0]].pos().x() == 45
    undo_by_menu(window)
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT count(*) FROM dilemma_position WHERE dilemma_id = ? "
                    "AND deleted_at IS NULL", did) == [(7,)]
    assert len(tab.chart.items_by_id) == 7


def test_new_dilemma_typed_with_values_and_outcome(window, example_path, qtbot) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 2 and tab.pages.currentWidget() is tab.details
    form = tab.dilemma_form
    title = form.editors["title"]
    assert QApplication.focusWidget() is title
    QTest.keyClicks(title, "Snelheid of zorgvuldigheid")
    QTest.keyClick(title, Qt.Key.Key_Tab)
    left = QApplication.focusWidget()
    assert left is form.editors["left_value"]
    QTest.keyClicks(left, "Snel handelen")
    QTest.keyClick(left, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Zorgvuldig afwegen")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    did = tab.current_id()
    assert on_disk(example_path, "SELECT title, left_value, right_value, mode FROM dilemma "
                    "WHERE id = ?", did) == [("Snelheid of zorgvuldigheid", "Snel handelen",
                                              "Zorgvuldig afwegen", "individueel")]
    assert tab.list.item(1).text() == "Snelheid of zorgvuldigheid"
    kind = tab.outcome_form.editors["outcome_kind"]
    kind.setFocus()
    QTest.keyClick(kind, Qt.Key.Key_Down)
    chosen = tab.outcome_form.editors["chosen_position"]
    chosen.setFocus()
    QTest.keyClicks(chosen, "55")
    QTest.keyClick(chosen, Qt.Key.Key_Tab)
    assert on_disk(example_path, "SELECT outcome_kind, chosen_position FROM dilemma WHERE "
                    "id = ?", did) == [("keuze", 55)]
    assert tab.chart.chosen_line.value() == 55
    chosen.setFocus()
    chosen.selectAll()
    QTest.keyClick(chosen, Qt.Key.Key_Delete)
    QTest.keyClick(chosen, Qt.Key.Key_Tab)
    assert on_disk(example_path, "SELECT chosen_position FROM dilemma WHERE id = ?",
                    did) == [(None,)]
    assert tab.chart.chosen_line is None
    undo_by_menu(window)
    assert tab.chart.chosen_line.value() == 55
    assert window.controller.undo_stack.undoText() == "Gekozen positie wijzigen"


def test_delete_dilemma_with_its_positions_is_one_step(window, example_path,
                                                       monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    tab = _open(window, example_path)
    did = tab.current_id()
    QTest.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 0 and not tab.pages.isVisible()
    assert on_disk(example_path, "SELECT count(*) FROM dilemma_position WHERE dilemma_id = ? "
                    "AND deleted_at IS NULL", did) == [(0,)]
    undo_by_menu(window)
    assert tab.list.count() == 1 and len(tab.chart.items_by_id) == 7


def test_read_only_file_shows_everything_and_edits_nothing(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path, read_only=True)
    window.show_target(_project(window), "dilemmaschuif")
    tab = window.workspace.widget_for("dilemmaschuif")
    assert len(tab.chart.items_by_id) == 7
    assert not tab.add_button.isEnabled() and not tab.delete_button.isEnabled()
    assert not tab.positions.add_button.isEnabled()
    assert not tab.dilemma_form.editors["title"].isEnabled()


def test_the_chosen_position_shows_zero_and_keeps_words_with_the_reason(
        window, example_path) -> None:  # noqa: ANN001
    tab = _open(window, example_path)
    did = tab.current_id()
    form = tab.outcome_form
    chosen = form.editors["chosen_position"]
    chosen.setFocus()
    chosen.selectAll()
    QTest.keyClicks(chosen, "0")
    QTest.keyClick(chosen, Qt.Key.Key_Return)
    assert on_disk(example_path, "SELECT chosen_position FROM dilemma WHERE id = ?",
                   did) == [(0,)]
    assert chosen.text() == "0"  # 0 is a position, not an empty field
    chosen.selectAll()
    QTest.keyClicks(chosen, "midden")
    QTest.keyClick(chosen, Qt.Key.Key_Return)
    assert chosen.text() == "midden"
    assert "geen geheel getal" in form.reasons["chosen_position"].text()
    assert not form.reasons["chosen_position"].isHidden() and window.messages == []
    assert on_disk(example_path, "SELECT chosen_position FROM dilemma WHERE id = ?",
                   did) == [(0,)]
    QTest.keyClick(chosen, Qt.Key.Key_Escape)
    assert chosen.text() == "0" and form.reasons["chosen_position"].isHidden()
