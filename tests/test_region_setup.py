"""Setting up a region without double work: new file named after itself, no duplicate
municipalities, municipalities as organisations in one click, a double click adds one row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from zvdesk.models.core import ops
from zvdesk.ui.instruments.region.overview import RegionTab

from .uihelpers import cell_reason, open_cell_text


def _region_tab(window) -> RegionTab:  # noqa: ANN001
    window.show_target(None, "region")
    tab = window.workspace.widget_for("region")
    assert isinstance(tab, RegionTab)
    return tab


def _type_in_cell(qtbot, table, row: int, text: str, closes: bool = True) -> None:  # noqa: ANN001
    index = table.proxy.index(row, 0)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    if closes:
        qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)


def _municipalities(window) -> list[str]:  # noqa: ANN001
    with window.controller.session() as s:
        return [m.name for m in ops.list_live(s, "municipality", "sort_order")]


def test_a_duplicate_municipality_is_refused_in_dutch(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _region_tab(window).municipalities
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    count = window.controller.undo_stack.count()
    row = next(r for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data() == "Nieuwe gemeente")
    _type_in_cell(qtbot, table, row, "zaanstad ", closes=False)
    # refused beside the cell, which stays open with the typed text; no message box
    assert "staat al in de lijst" in cell_reason(table.view)
    assert open_cell_text(table.view) == "zaanstad "
    assert window.messages == []
    assert window.controller.undo_stack.count() == count
    assert _municipalities(window).count("Zaanstad") == 1
    # Esc: the stored name comes back, the reason goes
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert open_cell_text(table.view) is None and cell_reason(table.view) == ""
    assert _municipalities(window).count("Zaanstad") == 1 and window.messages == []


def test_a_double_click_on_add_makes_one_row(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _region_tab(window).municipalities
    before = len(_municipalities(window))
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # a double click: two
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton, delay=60)  # clicks at once
    assert len(_municipalities(window)) == before + 1
    qtbot.wait(600)  # a deliberate second click later adds a second row, uniquely named
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    names = _municipalities(window)
    assert len(names) == before + 2
    assert "Nieuwe gemeente" in names and "Nieuwe gemeente 2" in names


def test_municipalities_become_organisations_in_one_undoable_click(
        qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    tab = _region_tab(window)
    table = tab.municipalities
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(table.proxy.rowCount())
               if table.proxy.index(r, 0).data() == "Nieuwe gemeente")
    _type_in_cell(qtbot, table, row, "Beemster")
    with window.controller.session() as s:
        before = {o.name for o in ops.list_live(s, "organisation")}
    missing = {f"Gemeente {m}" for m in _municipalities(window)} - before
    assert missing == {"Gemeente Beemster"}
    count = window.controller.undo_stack.count()
    qtbot.mouseClick(tab.add_orgs_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        after = {o.name for o in ops.list_live(s, "organisation")}
        domains = {o.domain.value for o in ops.list_live(s, "organisation")
                   if o.name in missing}
    assert after - before == missing and domains == {"gemeente"}
    assert window.controller.undo_stack.count() == count + 1
    assert window.messages and "Toegevoegd" in window.messages[-1][1]
    window.controller.undo_stack.undo()
    with window.controller.session() as s:
        assert {o.name for o in ops.list_live(s, "organisation")} == before


def test_a_new_row_left_with_escape_is_taken_back(qtbot, window, example_path: Path) -> None:  # noqa: ANN001
    window.open_path(example_path)
    table = _region_tab(window).municipalities
    before = _municipalities(window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert len(_municipalities(window)) == len(before) + 1
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1  # ready for the name
    qtbot.keyClick(editors[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    assert _municipalities(window) == before  # no stray "Nieuwe gemeente"
    # a row that was named stays
    qtbot.wait(600)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editors = [w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], "Beemster")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    assert "Beemster" in _municipalities(window)
