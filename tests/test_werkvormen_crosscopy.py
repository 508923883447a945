"""A session's outcome copied into the instrument it serves (issue 17.4): a vote's decision into
2.3 Overlegstructuren, through the real button and dialog, on disk and on the undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.uihelpers import on_disk, undo_by_menu
from zvdesk.models.overleg.tables import Decision
from zvdesk.models.region.ops import live_projects
from zvdesk.models.werkvormen import ops
from zvdesk.ui.instruments.werkvormen.tab import WerkvormenTab


def _vote_tab(window, path: Path) -> WerkvormenTab:  # noqa: ANN001
    assert window.open_path(path)
    with window.controller.session() as s:
        pid = next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))
    window.show_target(pid, "werkvormen")
    tab = window.workspace.widget_for("werkvormen")
    with tab.controller.session() as s:
        item_id = next(i.id for i in ops.items(s, tab.session_id)
                       if i.form_key == "groen_geel_rood")
    tab.agenda.select_ids([item_id])
    QApplication.processEvents()
    assert tab.results.stack.currentWidget() is tab.results.votes_page
    return tab


def _ok(dialog) -> None:  # noqa: ANN001
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_the_votes_decision_goes_onto_the_rbo_meeting_in_one_undo_step(
        window, example_path) -> None:  # noqa: ANN001
    tab = _vote_tab(window, example_path)
    results = tab.results
    before = on_disk(example_path, "SELECT decision, willingness FROM meeting "
                                   "WHERE name = 'RBO Zorg en Veiligheid'")
    assert results.decision_button.text() == "Besluit overnemen in Overlegstructuren…"
    QTest.mouseClick(results.decision_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    dialog = results.decision_dialog
    assert dialog is not None and dialog.isVisible()
    # The proposal names the RBO: that meeting is preselected; the reasoning is the vote.
    assert dialog.meeting_combo.currentText() == "RBO Zorg en Veiligheid"
    assert "groen 6 · geel 3 · rood 1" in dialog.reasoning.toPlainText()
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findText("Aanpassen"))
    _ok(dialog)
    [(decision, willingness)] = on_disk(example_path, "SELECT decision, willingness FROM meeting"
                                                      " WHERE name = 'RBO Zorg en Veiligheid'")
    assert decision == Decision.AANPASSEN.value
    assert "‘Werksessie overlegstructuur Z+V’ van 13-02-2020" in willingness
    assert "groen 6 · geel 3 · rood 1" in willingness
    # Yellow's doubts first, as the toolbox asks them.
    assert willingness.index("(geel)") < willingness.index("(rood)")
    assert willingness.startswith(before[0][1])  # what was written there stays
    [(outcome,)] = on_disk(example_path, "SELECT outcome FROM wv_item "
                                         "WHERE form_key = 'groen_geel_rood'")
    assert "overgenomen bij ‘RBO Zorg en Veiligheid’ (2.3)" in outcome
    assert "Overlegstructuren (2.3)" in results.decision_status.text()
    assert window.controller.undo_stack.undoText() == "Besluit naar Overlegstructuren"
    # Taking it over twice does not copy the reasoning twice.
    QTest.mouseClick(results.decision_button, Qt.MouseButton.LeftButton)
    _ok(results.decision_dialog)
    [(again,)] = on_disk(example_path, "SELECT willingness FROM meeting "
                                       "WHERE name = 'RBO Zorg en Veiligheid'")
    assert again == willingness
    undo_by_menu(window)
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT decision, willingness FROM meeting "
                                 "WHERE name = 'RBO Zorg en Veiligheid'") == before


def test_a_new_meeting_gets_the_decision_and_undo_removes_it(window, example_path) -> None:  # noqa: ANN001
    tab = _vote_tab(window, example_path)
    results = tab.results
    count = on_disk(example_path, "SELECT count(*) FROM meeting WHERE deleted_at IS NULL")
    QTest.mouseClick(results.decision_button, Qt.MouseButton.LeftButton)
    dialog = results.decision_dialog
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.count() - 1)
    assert dialog.new_name.isEnabled()
    assert dialog.decision_combo.currentText() == "Nieuw starten"
    # Without a name the edit is refused with a Dutch message, nothing is written.
    _ok(dialog)
    assert on_disk(example_path, "SELECT count(*) FROM meeting WHERE deleted_at IS NULL") == count
    QTest.mouseClick(results.decision_button, Qt.MouseButton.LeftButton)
    dialog = results.decision_dialog
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.count() - 1)
    QTest.keyClicks(dialog.new_name, "Bestuurlijke kopgroep Z+V")
    _ok(dialog)
    [(decision, willingness)] = on_disk(
        example_path, "SELECT decision, willingness FROM meeting "
                      "WHERE name = 'Bestuurlijke kopgroep Z+V' AND deleted_at IS NULL")
    assert decision == Decision.NIEUW.value
    assert willingness.startswith("Uit de stemming (groen, geel, rood)")
    undo_by_menu(window)
    assert on_disk(example_path, "SELECT count(*) FROM meeting "
                                 "WHERE name = 'Bestuurlijke kopgroep Z+V' "
                                 "AND deleted_at IS NULL") == [(0,)]
