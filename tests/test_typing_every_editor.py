"""Every kind of editor keeps up with steady typing: the disk is never a second behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .test_typing_saved import (  # the helpers of the typing tests
    MAX_LAG,
    _cell_editor,
    _end,
    _pilot,
    focus,
    read_sql,
    type_steadily,
)


def stakeholder_notes(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "stakeholders")
    tab = window.workspace.widget_for("stakeholders")
    player = tab.scene.map.players[0].id
    tab.scene.select_ids([player])
    edit = tab.details.notes.edit
    focus(qtbot, window, edit)
    _end(edit)
    return edit, lambda: read_sql(path, "SELECT notes FROM stakeholder WHERE id = ?",
                                  player), edit.toPlainText()


def stakeholder_initials(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "stakeholders")
    tab = window.workspace.widget_for("stakeholders")
    player = tab.scene.map.players[0].id
    tab.scene.select_ids([player])
    edit = tab.details.initials_edit
    focus(qtbot, window, edit)
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    return edit, lambda: read_sql(path, "SELECT initials FROM stakeholder WHERE id = ?",
                                  player), ""


def stappenplan_question(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    project = _pilot(window)
    window.show_target(project, "steps")
    tab = window.workspace.widget_for("steps")
    tab.show_step("stap1")
    edit = tab.page("stap1").questions["who"].edit
    focus(qtbot, window, edit)
    _end(edit)
    return edit, lambda: read_sql(
        path, "SELECT who FROM project_step WHERE project_id = ? AND step = 'stap1' "
        "AND deleted_at IS NULL", project), edit.toPlainText()


def intake_answer(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "cooperation")
    tab = window.workspace.widget_for("cooperation")
    tab.show_page(tab.intake)
    participant = tab.intake.current_id()
    edit = tab.intake.forms["unknown"].editors["unknown_people"]
    focus(qtbot, window, edit)
    _end(edit)
    return edit, lambda: read_sql(
        path, "SELECT unknown_people FROM coop_participant WHERE id = ?", participant
    ), edit.toPlainText()


def agreements_cell(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "cooperation")
    tab = window.workspace.widget_for("cooperation")
    page = tab.agreements
    tab.show_page(page)
    model = page.mandate_model
    participant = model.rows[0]["id"]
    prefix = model.rows[0]["agreed_mandate"]
    editor = _cell_editor(qtbot, window, page.mandates, model.index(0, 1))
    return editor, lambda: read_sql(
        path, "SELECT agreed_mandate FROM coop_participant WHERE id = ?", participant), prefix


def glossary_cell(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "cooperation")
    tab = window.workspace.widget_for("cooperation")
    page = tab.glossary
    tab.show_page(page)
    model = page.model
    term, org = model.term_id(0), model.columns[0].organisation_id
    prefix = model.data(model.index(0, 1)) or ""
    editor = _cell_editor(qtbot, window, page.view, model.index(0, 1))
    return editor, lambda: read_sql(
        path, "SELECT meaning FROM coop_meaning WHERE term_id = ? AND organisation_id = ? "
        "AND deleted_at IS NULL", term, org) or "", prefix


def communication_cell(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    from zvdesk.ui.instruments.stakeholders.communication.table import COLUMNS
    from zvdesk.ui.instruments.stakeholders.communication.table import ID_ROLE as PLAYER

    window.show_target(_pilot(window), "communication")
    tab = window.workspace.widget_for("communication")
    index = tab.proxy.index(0, COLUMNS.index("medium"))
    player = index.data(PLAYER)
    prefix = index.data(Qt.ItemDataRole.EditRole) or ""
    editor = _cell_editor(qtbot, window, tab.view, index)
    return editor, lambda: read_sql(path, "SELECT medium FROM stakeholder WHERE id = ?",
                                    player), prefix


def impact_table_cell(qtbot, window, path: Path):  # noqa: ANN001, ANN201
    window.show_target(_pilot(window), "impact")
    tab = window.workspace.widget_for("impact")
    tab.views.setCurrentWidget(tab.table)
    card = tab.scene.theory.elements[0]
    item = tab.table.rows[card.id]
    index = tab.table.indexFromItem(item, 0)
    editor = _cell_editor(qtbot, window, tab.table, index)
    return editor, lambda: read_sql(path, "SELECT title FROM impact_element WHERE id = ?",
                                    card.id), card.title


@pytest.mark.parametrize("editor", [stakeholder_notes, stakeholder_initials,
                                    stappenplan_question, intake_answer, agreements_cell,
                                    glossary_cell, communication_cell, impact_table_cell])
def test_every_editor_keeps_up_with_steady_typing(window, example_path, qtbot,  # noqa: ANN001
                                                  editor) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    target, read, prefix = editor(qtbot, window, example_path)
    assert (read() or "") == prefix
    text = "ABCDEFGH" if editor is stakeholder_initials else " met de partners erbij"
    lag = type_steadily(qtbot, target, text, read, prefix=prefix)
    assert lag <= MAX_LAG, f"the disk was {lag:.2f} s behind"
    assert QApplication.focusWidget() is target  # typing was never interrupted
    window.save_action.trigger()
    assert read() == prefix + text
    assert window.statusBar().currentMessage() == "Alles is opgeslagen."
    assert window.messages == []


