"""§2.2 Timing tab: real widgets and gestures, asserted on the file and the undo stack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.region.ops import populate_new_region
from zvdesk.models.timing import ops as tim
from zvdesk.models.timing.tables import CycleKind, MomentKind, Recurrence
from zvdesk.ui.instruments.timing.tab import TimingTab


@pytest.fixture
def project_file(workdir: Path) -> tuple[Path, str]:
    """A region file with one project, a moment that clashes with the elections."""
    ids: dict[str, str] = {}

    def populate(s) -> None:  # noqa: ANN001
        populate_new_region(s, "Testregio", ["Zaanstad"])
        pid = ids["project"] = ops.create_record(s, "project", {"name": "Werkagenda"})
        ids["moment"] = ops.create_record(s, "tim_moment", {
            "project_id": pid, "title": "Werkagenda in het RBO", "kind": MomentKind.RBO,
            "on_date": date(2026, 3, 12)})
        ops.create_record(s, "tim_cycle", {
            "project_id": pid, "title": "Verkiezingen", "kind": CycleKind.VERKIEZINGEN,
            "recurrence": Recurrence.VIERJAARLIJKS, "start_date": date(2022, 3, 16),
            "end_date": date(2022, 3, 16), "margin_days": 30})

    path = workdir / "regio.zvdb"
    Document.create(path, populate=populate).close()
    return path, ids["project"], ids["moment"]


def _open(window, path: Path, pid: str) -> TimingTab:  # noqa: ANN001
    assert window.open_path(path)
    window.show_target(pid, "timing")
    tab = window.workspace.widget_for("timing")
    assert isinstance(tab, TimingTab)
    return tab


def _editor(view) -> QLineEdit:  # noqa: ANN001
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_add_a_moment_by_typing(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid, _mid = project_file
    tab = _open(window, path, pid)
    table = tab.moments
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = _editor(table.view)
    editor.selectAll()
    QTest.keyClicks(editor, "Raadsbesluit budget")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    with window.controller.session() as s:
        assert "Raadsbesluit budget" in [m.title for m in tim.moments(s, pid)]
    window.undo_action.trigger()  # the name
    window.undo_action.trigger()  # the row
    with window.controller.session() as s:
        assert [m.title for m in tim.moments(s, pid)] == ["Werkagenda in het RBO"]


def test_checklist_click_is_one_undo_step(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid, _mid = project_file
    tab = _open(window, path, pid)
    check = tab.checks["delen"]
    QTest.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    with window.controller.session() as s:
        assert tim.checklist(s, pid)["delen"] is True
    assert window.controller.undo_stack.undoText() == "Planningsstap afvinken"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not check.isChecked())
    with window.controller.session() as s:
        assert tim.checklist(s, pid)["delen"] is False


def test_clash_listed_and_solution_typed(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid, _mid = project_file
    tab = _open(window, path, pid)
    tab.pages.setCurrentWidget(tab.clashes)
    table = tab.clash_table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Werkagenda in het RBO"
    table.setCurrentCell(0, 5)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = _editor(table)
    QTest.keyClicks(editor, "Vervroegen naar februari")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    with window.controller.session() as s:
        assert tim.clashes(s, pid)[0].solution == "Vervroegen naar februari"
    assert window.controller.undo_stack.undoText() == "Oplossing van de botsing wijzigen"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: table.item(0, 5).text() == "")


def test_drag_a_moment_on_the_timeline_is_one_undo_step(window, project_file, qtbot) -> None:  # noqa: ANN001
    path, pid, mid = project_file
    tab = _open(window, path, pid)
    tab.pages.setCurrentWidget(tab.timeline)
    view = tab.timeline_view
    item = view.moment_items[mid]
    assert item.pen().color().name() == "#b3261e"  # marked: it clashes
    start = view.mapFromScene(item.scenePos())
    end = start + QPoint(120, 25)  # sideways; the moment stays in its lane
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        QTest.mouseMove(view.viewport(), start + (end - start) * step / 6)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    with window.controller.session() as s:
        moved = s.get(ops.record_class("tim_moment"), mid).on_date
    assert moved > date(2026, 3, 12)
    stack = window.controller.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Moment verplaatsen"
    qtbot.waitUntil(lambda: mid in view.moment_items
                    and view.moment_items[mid].day == moved)
    window.undo_action.trigger()
    with window.controller.session() as s:
        assert s.get(ops.record_class("tim_moment"), mid).on_date == date(2026, 3, 12)


def test_zoom_by_keyboard(window, project_file) -> None:  # noqa: ANN001
    path, pid, _mid = project_file
    tab = _open(window, path, pid)
    tab.pages.setCurrentWidget(tab.timeline)
    view = tab.timeline_view
    view.setFocus()
    before = view.scale_px
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_px < before


@pytest.mark.parametrize("key", ["timing", "monitoring"])
def test_the_stappenplan_links_open_the_tab(window, project_file, key) -> None:  # noqa: ANN001
    from zvdesk.models.steps.tables import StepKey

    path, pid, _mid = project_file
    assert window.open_path(path)
    window.show_target(pid, "steps")
    steps = window.workspace.widget_for("steps")
    step = next(s for s in StepKey if key in steps.page(s).link_buttons)
    steps.show_step(step)
    QTest.mouseClick(steps.page(step).link_buttons[key], Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == key
