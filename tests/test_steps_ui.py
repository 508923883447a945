"""Stappenplan tab: real widgets in the real main window, keyboard and mouse, model + undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.schema import record_classes
from zvdesk.models.impact.tables import ElementKind, Horizon, ImpactElement
from zvdesk.models.region.ops import live_projects, populate_new_region
from zvdesk.models.steps.tables import (
    Feasibility,
    ProjectStep,
    StepKey,
    StepParticipant,
    StepStatus,
    live_steps,
    update_step,
)
from zvdesk.ui.instruments.steps.tab import StepsTab


@pytest.fixture
def project_file(workdir: Path) -> tuple[Path, str]:
    """A region file with one project that has no stappenplan rows yet."""
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        ids["project"] = ops.create_record(s, "project", {"name": "Aanpak mensenhandel"})
        ops.create_record(s, "person", {"name": "Jan de Vries"})

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids["project"]


def _open_tab(window, path: Path, project_id: str) -> StepsTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(project_id, "steps")
    tab = window.workspace.widget_for("steps")
    assert isinstance(tab, StepsTab)
    return tab


def _rows(window, project_id: str) -> dict[StepKey, ProjectStep]:  # noqa: ANN001
    with window.controller.session() as s:
        return live_steps(s, project_id)


def _click_step(tab: StepsTab, key: str) -> None:
    row = [k.value for k in StepKey].index(key)
    lst: QListWidget = tab.steps_list
    rect = lst.visualItemRect(lst.item(row))
    QTest.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current_step() is StepKey(key)


def test_six_steps_shown_without_rows(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    assert tab.steps_list.count() == 6
    assert "Niet gestart" in tab.steps_list.item(3).text()
    assert tab.steps_list.item(3).text().startswith("Time-out")
    assert _rows(window, project_id) == {}
    assert window.controller.undo_stack.count() == 0


def test_status_change_by_keyboard_creates_steps_in_one_undo_step(
        window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "stap3")
    combo = tab.page("stap3").status_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    rows = _rows(window, project_id)
    assert len(rows) == 6
    assert rows[StepKey.STAP_3].status is StepStatus.BEZIG
    stack = window.controller.undo_stack
    assert stack.count() == 1
    assert "Status" in stack.undoText()
    assert "Bezig" in tab.steps_list.item(2).text()

    stack.undo()
    assert _rows(window, project_id) == {}
    assert "Niet gestart" in tab.steps_list.item(2).text()
    assert combo.currentText() == "Niet gestart"
    stack.redo()
    assert _rows(window, project_id)[StepKey.STAP_3].status is StepStatus.BEZIG
    assert combo.currentText() == "Bezig"


def test_typing_a_question_saves_after_a_pause_as_one_step(
        window, project_file, qtbot) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "stap1")
    editor = tab.page("stap1").questions["who"]
    editor.edit.setFocus()
    QTest.keyClicks(editor.edit, "Bestuurders en beleidsadviseurs")

    def saved() -> bool:
        rows = _rows(window, project_id)
        return StepKey.STAP_1 in rows and rows[StepKey.STAP_1].who == \
            "Bestuurders en beleidsadviseurs"

    qtbot.waitUntil(saved, timeout=3000)
    stack = window.controller.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Wie aan tafel wijzigen"
    stack.undo()
    assert _rows(window, project_id) == {}
    assert editor.value() == ""


def test_mnemonic_jumps_to_a_question(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    window.activateWindow()
    tab.steps_list.setFocus()
    QTest.keyClick(tab.steps_list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert tab.page("stap1").questions["result"].edit.hasFocus()


def test_step_list_by_keyboard(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    tab.steps_list.setFocus()
    for _ in range(3):
        QTest.keyClick(tab.steps_list, Qt.Key.Key_Down)
    assert tab.current_step() is StepKey.TIMEOUT
    assert tab.stack.currentWidget().widget() is tab.page("timeout")


def test_timeout_decision_and_monitoring_aims(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "timeout")
    content = tab.page("timeout").content
    button = content.buttons[Feasibility.STOPPEN]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _rows(window, project_id)[StepKey.TIMEOUT].feasibility is Feasibility.STOPPEN
    _click_step(tab, "stap5")
    five = tab.page("stap5").content
    QTest.mouseClick(five.aims["aim_account"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(five.levels[next(k for k in five.levels if k is not None
                                      and k.value == "beide")], Qt.MouseButton.LeftButton)
    row = _rows(window, project_id)[StepKey.STAP_5]
    assert row.aim_account is True and row.aim_learn is False
    assert row.monitoring_level.value == "beide"
    stack = window.controller.undo_stack
    assert stack.count() == 3
    stack.undo()
    assert _rows(window, project_id)[StepKey.STAP_5].monitoring_level is None
    assert five.levels[None].isChecked()


def test_project_lead_and_participants(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "stap4")
    combo = tab.page("stap4").content.lead_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # "(geen)" -> Jan de Vries
    with window.controller.session() as s:
        project = s.get(ops.record_class("project"), project_id)
        lead = s.get(ops.record_class("person"), project.lead_person_id)
        assert lead.name == "Jan de Vries"
    assert window.controller.undo_stack.undoText() == "Projectleider wijzigen"

    _click_step(tab, "stap1")
    table = tab.page("stap1").content.table
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        parts = list(s.scalars(select(StepParticipant).where(
            StepParticipant.deleted_at.is_(None))))
    assert [p.project_id for p in parts] == [project_id]
    assert table.model.rowCount() == 1
    window.controller.undo_stack.undo()
    assert table.model.rowCount() == 0


def test_links_only_to_registered_instruments_and_they_open(
        window, project_file, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from zvdesk.ui.instruments.steps import page as page_module
    from zvdesk.ui.registry import InstrumentSpec, instruments_for

    real = instruments_for("project")
    fake = InstrumentSpec(key="impact", title="Impact framework", chapter="1.3",
                          scope="project", order=13, factory=lambda ctx: None)
    specs = [s for s in real if s.key not in ("impact", "werkproces")] + [fake]
    monkeypatch.setattr(page_module, "instruments_for", lambda _scope: specs)
    path, project_id = project_file
    assert window.open_path(path)
    opened: list[str] = []
    tab = StepsTab(window.controller, project_id, opened.append)
    qtbot.addWidget(tab)
    tab.show()
    registered = {spec.key for spec in specs}
    for key in StepKey:
        assert set(tab.page(key).link_buttons) <= registered - {"steps"}
    assert "werkproces" not in tab.page("stap3").link_buttons  # not registered: no link
    _click_step(tab, "stap3")
    button = tab.page("stap3").link_buttons["impact"]
    assert button.text() == "1.3 Impact framework"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(tab.page("stap3").content.open_button, Qt.MouseButton.LeftButton)
    assert opened == ["impact", "impact"]


def test_link_brings_the_tab_forward(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    linked = [(k, b) for key in StepKey for k, b in tab.page(key).link_buttons.items()]
    if not linked:
        pytest.skip("no instrument of the stappenplan is registered yet")
    key, button = linked[0]
    tab.show_step(next(s for s in StepKey if key in tab.page(s).link_buttons))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == key


def test_navigator_shows_progress(window, example_path, qtbot) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        pilot = next(p for p in live_projects(s) if p.name.startswith("Regiopilot"))

    def steps_item_text() -> str:
        nav = window.navigator
        for i in range(nav.topLevelItemCount()):
            top = nav.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                if tuple(child.data(0, Qt.ItemDataRole.UserRole)) == (pilot.id, "steps"):
                    return child.text(0)
        raise AssertionError("no stappenplan item")

    qtbot.waitUntil(lambda: steps_item_text() == "Stappenplan (1/6 afgerond)")  # just after
    window.show_target(pilot.id, "steps")
    tab = window.workspace.widget_for("steps")
    _click_step(tab, "stap3")
    combo = tab.page("stap3").status_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # bezig -> afgerond
    # The navigator rereads progress once per burst of changes (after 150 ms).
    qtbot.waitUntil(lambda: steps_item_text() == "Stappenplan (2/6 afgerond)")
    assert "2 van 6" in tab.progress_label.text()
    window.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: steps_item_text() == "Stappenplan (1/6 afgerond)")


def test_smart_goal_editing(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "stap2")
    goals = tab.page("stap2").content
    assert goals.empty.isVisibleTo(goals)
    QTest.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    assert len(goals.editors) == 1
    editor = goals.editors[0]
    qtbot.waitUntil(editor.citizens.isVisible)  # a new editor is shown by the event loop
    QTest.mouseClick(editor.smart_checks["meetbaar"], Qt.MouseButton.LeftButton)
    editor.horizon.setFocus()
    QTest.keyClick(editor.horizon, Qt.Key.Key_Down)  # (geen) -> kort
    QTest.mouseClick(editor.citizens, Qt.MouseButton.LeftButton)
    explanation = editor.smart_texts["meetbaar"].edit
    explanation.setFocus()
    QTest.keyClicks(explanation, "Wachttijd onder 2 weken")

    def element() -> ImpactElement:
        with window.controller.session() as s:
            return s.scalars(select(ImpactElement).where(
                ImpactElement.project_id == project_id,
                ImpactElement.deleted_at.is_(None))).one()

    qtbot.waitUntil(lambda: element().smart_meetbaar == "Wachttijd onder 2 weken",
                    timeout=3000)
    goal = element()
    assert goal.kind is ElementKind.DOEL
    assert goal.smart_meetbaar_ok is True and goal.smart_specifiek_ok is False
    assert goal.horizon is Horizon.KORT
    assert goal.noticed_by_citizens is True
    assert "1 van 5" in editor.score.text()
    stack = window.controller.undo_stack
    assert stack.count() == 5  # add, check, horizon, who notices, explanation
    stack.undo()
    stack.undo()
    assert element().noticed_by_citizens is False
    assert not editor.citizens.isChecked()
    # No second goal table for a project: the stappenplan edits the impact model's "doel"
    # elements. (The regioplan's goal tree is the region's, not a project's: seed 004.)
    assert not any("goal" in kind or "doel" in kind for kind in record_classes()
                   if kind != "regioplan_goal")


def test_pending_typing_is_saved_by_flush(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "timeout")
    editor = tab.page("timeout").content.motivation
    editor.edit.setFocus()
    QTest.keyClicks(editor.edit, "Te weinig capaciteit")
    assert StepKey.TIMEOUT not in _rows(window, project_id)  # still waiting for the pause
    window.flush_edits()  # what Ctrl+S and closing do
    row = _rows(window, project_id)[StepKey.TIMEOUT]
    assert row.feasibility_motivation == "Te weinig capaciteit"
    assert window.controller.undo_stack.count() == 1


def test_goal_deleted_in_the_impact_model_leaves_the_page(window, project_file) -> None:  # noqa: ANN001
    from zvdesk.models.impact import ops as impact_ops

    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    goal_id = window.controller.execute("Doel toevoegen", lambda s: impact_ops.add_element(
        s, project_id, ElementKind.DOEL, "Sneller hulp"))
    goals = tab.page("stap2").content
    assert [e.goal_id for e in goals.editors] == [goal_id]
    assert goals.editors[0].title.value() == "Sneller hulp"
    window.controller.execute("Verwijderen", lambda s: impact_ops.delete_elements(
        s, [goal_id]))
    assert goals.editors == []
    assert not goals.empty.isHidden()


def test_theory_summary_and_findings_on_step_3(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path)
    with window.controller.session() as s:
        pilot = next(p for p in live_projects(s) if p.name.startswith("Regiopilot"))
    window.show_target(pilot.id, "steps")
    tab = window.workspace.widget_for("steps")
    text = tab.page("stap3").content.summary.text()
    assert "14 activiteiten" in text and "8 mechanismen" in text


def test_read_only_file_cannot_be_edited(window, example_path) -> None:  # noqa: ANN001
    assert window.open_path(example_path, read_only=True)
    with window.controller.session() as s:
        pilot = next(p for p in live_projects(s) if p.name.startswith("Regiopilot"))
    window.show_target(pilot.id, "steps")
    tab = window.workspace.widget_for("steps")
    page = tab.page("stap1")
    assert not page.status_combo.isEnabled()
    assert page.questions["who"].edit.isReadOnly()
    assert not tab.page("stap2").content.add_button.isEnabled()
    assert "2025" in page.content.ambition.value()


def test_tab_order_follows_the_page_top_to_bottom(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    window.activateWindow()
    tab.steps_list.setFocus()
    page = tab.page("stap1")
    seen = []
    for _ in range(30):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
        if seen[-1] is page.questions["result"].edit:
            break
    order = [page.status_combo, page.content.ambition.edit, page.content.table.view,
             page.questions["who"].edit, page.questions["result"].edit]
    assert all(w in seen for w in order), [type(w).__name__ for w in seen]
    assert [seen.index(w) for w in order] == sorted(seen.index(w) for w in order)
    assert seen[0] is page.status_combo


def test_changes_while_hidden_show_when_the_tab_comes_back(window, project_file) -> None:  # noqa: ANN001
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    window.show_target(project_id, "project")
    assert not tab.isVisible()
    window.controller.execute("Status", lambda s: update_step(
        s, project_id, StepKey.STAP_1, {"status": StepStatus.AFGEROND}))
    assert "Niet gestart" in tab.steps_list.item(0).text()  # not read while hidden
    window.show_target(project_id, "steps")
    assert "Afgerond" in tab.steps_list.item(0).text()
    assert tab.page("stap1").status_combo.currentText() == "Afgerond"


def test_delete_goal_button_asks_and_is_one_undo_step(window, project_file, qtbot,
                                                      monkeypatch) -> None:  # noqa: ANN001
    from zvdesk.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, _text, yes="Ja": (
        asked.append(title) or True))
    path, project_id = project_file
    tab = _open_tab(window, path, project_id)
    _click_step(tab, "stap2")
    goals = tab.page("stap2").content
    QTest.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    editor = goals.editors[0]
    qtbot.waitUntil(editor.delete_button.isVisible)
    QTest.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Doel verwijderen"]
    assert goals.editors == []
    with window.controller.session() as s:
        assert ops.list_live(s, "impact_element") == []
    window.controller.undo_stack.undo()
    assert len(goals.editors) == 1
