"""The Communicatie tab: table edits (one undo step each), sort, filter, grid placement."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from tests.uihelpers import cell_reason, open_cell_text
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.stakeholders.ops import add_player
from zvdesk.models.stakeholders.tables import Stakeholder, Strategy
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders.communication.table import COLUMNS, ID_ROLE
from zvdesk.ui.instruments.stakeholders.communication.widget import CommunicationTab


@pytest.fixture
def setup(new_doc: Document, qtbot, monkeypatch) -> Iterator[tuple]:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    ids = {}
    for name, influence, interest in (("Anna", 4, 5), ("Bert", 1, 2), ("Cees", None, None),
                                      ("Dirk", 5, 1)):
        ids[name], _ = new_doc.write(lambda s, n=name, i=influence, b=interest: add_player(
            s, project, name=n, influence=i, interest=b))
    controller = DocumentController(new_doc)
    opened: list[str] = []
    tab = CommunicationTab(controller, project, opened.append)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield controller, tab, ids, errors, opened
    controller.undo_stack.clear()


def _column(name: str) -> int:
    return COLUMNS.index(name)


def _shown(tab: CommunicationTab, column: str = "name") -> list[str]:
    return [tab.proxy.index(r, _column(column)).data() for r in range(tab.proxy.rowCount())]


def _player(controller: DocumentController, pid: str) -> Stakeholder:
    with controller.session() as s:
        return s.get(Stakeholder, pid)


def _edit_with_combo(tab: CommunicationTab, row: int, column: str, data: object) -> None:
    index = tab.proxy.index(row, _column(column))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index) or tab.view.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(data))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def test_rows_sorted_by_score_with_strategy(setup) -> None:  # noqa: ANN001
    _controller, tab, _ids, _errors, _opened = setup
    assert [n.split()[0] for n in _shown(tab)] == ["Anna", "Dirk", "Bert", "Cees"]
    assert _shown(tab, "score") == ["20", "5", "2", ""]
    assert _shown(tab, "strategy") == ["Betrekken", "Informeren", "Inlichten", ""]  # by score
    assert tab.count_label.text() == "4 spelers"
    # Sorting by the strategy column (involvement order) with a click on its header.
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(_column("strategy")) + 5
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [n.split()[0] for n in _shown(tab)][0] == "Cees"


def test_edit_levels_recomputes_score_and_strategy(setup) -> None:  # noqa: ANN001
    controller, tab, ids, errors, _opened = setup
    row = _shown(tab).index(next(n for n in _shown(tab) if n.startswith("Cees")))
    _edit_with_combo(tab, row, "influence", 4)
    assert _player(controller, ids["Cees"]).influence == 4
    assert controller.undo_stack.undoText() == "Invloed wijzigen"
    row = [n.split()[0] for n in _shown(tab)].index("Cees")
    _edit_with_combo(tab, row, "interest", 5)
    row = [n.split()[0] for n in _shown(tab)].index("Cees")
    assert tab.proxy.index(row, _column("score")).data() == "20"
    assert tab.proxy.index(row, _column("strategy")).data() == "Betrekken"
    controller.undo_stack.undo()
    assert _player(controller, ids["Cees"]).interest is None
    assert errors == []


def test_override_strategy_and_back_to_the_grid(setup) -> None:  # noqa: ANN001
    controller, tab, ids, _errors, _opened = setup
    row = [n.split()[0] for n in _shown(tab)].index("Bert")
    _edit_with_combo(tab, row, "strategy", Strategy.INVOLVE)
    assert _player(controller, ids["Bert"]).strategy is Strategy.INVOLVE
    row = [n.split()[0] for n in _shown(tab)].index("Bert")
    assert tab.proxy.index(row, _column("strategy")).data() == "Betrekken (eigen keuze)"
    _edit_with_combo(tab, row, "strategy", None)
    assert _player(controller, ids["Bert"]).strategy is None
    assert controller.undo_stack.count() == 2


def test_text_columns_owner_and_actions(setup) -> None:  # noqa: ANN001
    controller, tab, ids, _errors, _opened = setup
    owner = controller.execute("Persoon", lambda s: ops.create_record(
        s, "person", {"name": "Olga Owner"}))
    row = [n.split()[0] for n in _shown(tab)].index("Anna")
    assert tab.proxy.setData(tab.proxy.index(row, _column("medium")), "Nieuwsbrief")
    assert _player(controller, ids["Anna"]).medium == "Nieuwsbrief"
    _edit_with_combo(tab, row, "owner", owner)
    assert _player(controller, ids["Anna"]).owner_person_id == owner
    assert tab.proxy.index(row, _column("owner")).data() == "Olga Owner"
    tab.select_player(ids["Anna"])
    assert tab.actions_label.text() == "Anna"
    tab.actions.edit.setPlainText("Werkbezoek plannen")
    tab.actions.commit()
    assert _player(controller, ids["Anna"]).actions == "Werkbezoek plannen"
    assert controller.undo_stack.undoText() == "Geplande acties wijzigen"


def test_filter_by_text_and_strategy(setup) -> None:  # noqa: ANN001
    _controller, tab, ids, _errors, _opened = setup
    tab.search.setText("ber")
    assert [n.split()[0] for n in _shown(tab)] == ["Bert"]
    assert tab.count_label.text() == "1 van 4 spelers"
    tab.search.clear()
    tab.strategy_filter.setCurrentIndex(tab.strategy_filter.findData(Strategy.INFORM))
    assert [n.split()[0] for n in _shown(tab)] == ["Dirk"]
    assert tab.grid.dimmed == {ids["Anna"], ids["Bert"], ids["Cees"]}  # faint in the grid


def test_grid_places_players_and_selects_on_click(setup) -> None:  # noqa: ANN001
    _controller, tab, ids, _errors, _opened = setup
    tab.grid.repaint()
    assert set(tab.grid.tokens) == {ids["Anna"], ids["Bert"], ids["Dirk"]}  # Cees: no levels
    anna = tab.grid.tokens[ids["Anna"]]
    assert tab.grid.cell_rect(5, 4).contains(anna)
    dirk = tab.grid.tokens[ids["Dirk"]]
    assert tab.grid.cell_rect(1, 5).contains(dirk)
    QTest.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=dirk.toPoint())
    assert tab.selected_id() == ids["Dirk"]
    assert tab.grid.selected == {ids["Dirk"]}


def test_follows_changes_from_the_map(setup) -> None:  # noqa: ANN001
    controller, tab, ids, _errors, opened = setup
    controller.execute("Naam", lambda s: ops.update_record(s, "stakeholder", ids["Bert"],
                                                            {"name": "Bertha"}))
    assert any(n.startswith("Bertha") for n in _shown(tab))
    controller.execute("Weg", lambda s: ops.delete_records(s, "stakeholder", [ids["Dirk"]]))
    assert tab.proxy.rowCount() == 3
    assert all(tab.proxy.index(r, 0).data(ID_ROLE) != ids["Dirk"]
               for r in range(tab.proxy.rowCount()))
    tab.open_map.click()
    assert opened == ["stakeholders"]


def test_choosing_another_row_saves_pending_actions(setup) -> None:  # noqa: ANN001
    controller, tab, ids, errors, _opened = setup
    tab.select_player(ids["Anna"])
    tab.actions.edit.setPlainText("Koffie drinken")
    row = [n.split()[0] for n in _shown(tab)].index("Bert")
    rect = tab.view.visualRect(tab.proxy.index(row, 0))
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _player(controller, ids["Anna"]).actions == "Koffie drinken"
    assert tab.selected_id() == ids["Bert"]
    assert tab.actions_label.text() == "Bert" and tab.actions.edit.toPlainText() == ""
    assert controller.undo_stack.count() == 1 and errors == []


def test_keyboard_entry_moves_along_the_row_and_the_row_stays_put(setup) -> None:  # noqa: ANN001
    """Choose Invloed, Tab, choose Belang, Tab … type Eigenaar: every value lands in the
    same player's row, which does not re-sort away while the user is still in it."""
    controller, tab, ids, _errors, _opened = setup
    row = [n.split()[0] for n in _shown(tab)].index("Bert")
    index = tab.proxy.index(row, _column("influence"))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(5))
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert tab.view.currentIndex().column() == _column("interest")
    assert [n.split()[0] for n in _shown(tab)][tab.view.currentIndex().row()] == "Bert"
    editor = tab.view.focusWidget()
    assert isinstance(editor, QComboBox), type(editor)
    editor.setCurrentIndex(editor.findData(5))
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert _player(controller, ids["Bert"]).influence == 5
    assert _player(controller, ids["Bert"]).interest == 5
    # Bert (now 25) stays where he was until the user leaves his row
    assert [n.split()[0] for n in _shown(tab)][tab.view.currentIndex().row()] == "Bert"
    assert tab.view.currentIndex().column() == _column("strategy")
    # leaving the row (Esc, then arrow down) lets the table sort again: Bert's 25 on top
    QTest.keyClick(tab.view.focusWidget(), Qt.Key.Key_Escape)
    QTest.keyClick(tab.view, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert [n.split()[0] for n in _shown(tab)][0] == "Bert"


def test_a_refused_cell_edit_is_shown_at_once(setup, qtbot) -> None:  # noqa: ANN001
    controller, tab, ids, errors, _opened = setup
    row = [n.split()[0] for n in _shown(tab)].index("Anna")
    index = tab.proxy.index(row, _column("medium"))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index) or tab.view.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "x" * 201)  # longer than the column allows
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    # at once, beside the cell that keeps the typed text; no message box
    assert "te lang" in cell_reason(tab.view)
    assert open_cell_text(tab.view) == "x" * 201
    assert errors == []
    assert _player(controller, ids["Anna"]).medium == ""
