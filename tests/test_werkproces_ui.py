"""1.2 Werkproces tab: canvas gestures with real mouse and key events, palette drops, export,
the table view by keyboard; asserted on the file and the undo stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.werkproces import ops as wp
from zvdesk.models.werkproces.layout import STEP_HEIGHT, STEP_WIDTH, lane_top
from zvdesk.models.werkproces.read import process_map, process_pairs
from zvdesk.models.werkproces.tables import MarkerKind
from zvdesk.ui import dialogs
from zvdesk.ui.canvas.palette import palette_mime
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkproces.view import PALETTE_MIME
from zvdesk.ui.instruments.werkproces.widget import WerkprocesTab


@pytest.fixture
def setup(new_doc: Document, qtbot, monkeypatch) -> Iterator[tuple]:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))

    def build(s) -> tuple:  # noqa: ANN001
        project = ops.create_record(s, "project", {"name": "Pilot"})
        pid = wp.add_process(s, project, "Melding", "Een melding bij Veilig Thuis")
        lanes = [wp.add_lane(s, pid, name=n) for n in ("Veilig Thuis", "Wijkteam", "Politie")]
        a = wp.add_step(s, pid, lanes[0], "Aannemen", x=40)
        b = wp.add_step(s, pid, lanes[1], "Intake", x=300)
        return project, pid, lanes, a, b

    (project, pid, lanes, a, b), _ = new_doc.write(build)
    controller = DocumentController(new_doc)
    tab = WerkprocesTab(controller, project)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.views[pid]
    view.resetTransform()  # 100 %: scene units are pixels
    view.centerOn(400, 150)
    yield controller, tab, pid, lanes, a, b, errors
    controller.undo_stack.clear()


def _map(controller: DocumentController, pid: str):  # noqa: ANN202
    with controller.session() as s:
        return process_map(s, pid)


def _centre(tab: WerkprocesTab, pid: str, step_id: str) -> QPoint:
    item = tab.scenes[pid].steps[step_id]
    return tab.views[pid].mapFromScene(item.pos() + QPointF(STEP_WIDTH / 2, STEP_HEIGHT / 2))


def _drag(view, start: QPoint, end: QPoint, mods=Qt.KeyboardModifier.NoModifier,  # noqa: ANN001
          escape: bool = False) -> None:
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, mods, start)
    for i in range(1, 7):
        QTest.mouseMove(vp, start + (end - start) * (i / 6))
    if escape:
        QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, end)


def test_drag_step_into_other_lane_is_one_undo_step(setup) -> None:  # noqa: ANN001
    controller, tab, pid, lanes, a, _b, errors = setup
    view = tab.views[pid]
    start = _centre(tab, pid, a)
    end = view.mapFromScene(QPointF(view.mapToScene(start).x() + 120, lane_top(2) + 50))
    before = controller.undo_stack.count()
    _drag(view, start, end)
    step = _map(controller, pid).step(a)
    assert step.lane_id == lanes[2] and step.x > 100
    assert controller.undo_stack.count() == before + 1
    assert controller.undo_stack.undoText() == "Stap verplaatsen"
    controller.undo_stack.undo()
    assert _map(controller, pid).step(a).lane_id == lanes[0]
    assert errors == []


def test_escape_cancels_a_drag(setup) -> None:  # noqa: ANN001
    controller, tab, pid, lanes, a, _b, _ = setup
    view = tab.views[pid]
    item = tab.scenes[pid].steps[a]
    origin = item.pos()
    start = _centre(tab, pid, a)
    _drag(view, start, start + QPoint(200, 120), escape=True)
    assert item.pos() == origin
    assert _map(controller, pid).step(a).lane_id == lanes[0]
    assert controller.undo_stack.count() == 0


def test_shift_drag_draws_an_arrow(setup) -> None:  # noqa: ANN001
    controller, tab, pid, _lanes, a, b, _ = setup
    view = tab.views[pid]
    _drag(view, _centre(tab, pid, a), _centre(tab, pid, b), Qt.KeyboardModifier.ShiftModifier)
    flows = _map(controller, pid).flows
    assert [(f.source_id, f.target_id) for f in flows] == [(a, b)]
    assert len(tab.scenes[pid].flows) == 1
    assert controller.undo_stack.undoText() == "Pijl tekenen"
    controller.undo_stack.undo()
    assert tab.scenes[pid].flows == {}


def test_lane_header_drag_moves_the_lane(setup) -> None:  # noqa: ANN001
    controller, tab, pid, lanes, _a, _b, _ = setup
    view = tab.views[pid]
    start = view.mapFromScene(QPointF(60, lane_top(0) + 50))
    end = view.mapFromScene(QPointF(60, lane_top(2) + 50))
    _drag(view, start, end)
    assert [lane.id for lane in _map(controller, pid).lanes] == [lanes[1], lanes[2], lanes[0]]
    assert controller.undo_stack.count() == 1
    _drag(view, end, start, escape=True)  # Esc: the lane goes back, nothing written
    assert controller.undo_stack.count() == 1


def test_arrow_keys_are_one_undo_step(setup) -> None:  # noqa: ANN001
    controller, tab, pid, lanes, a, _b, _ = setup
    view = tab.views[pid]
    tab.scenes[pid].select_ids([a])
    view.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        QTest.keyClick(view, key)
    view.burst.end()
    step = _map(controller, pid).step(a)
    assert step.x == 60 and step.lane_id == lanes[1]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert _map(controller, pid).step(a).x == 40


def _drop(view, point: QPoint, payload: str) -> None:  # noqa: ANN001
    mime = palette_mime(PALETTE_MIME, payload)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))


def test_palette_drop_adds_a_step_and_a_marker(setup) -> None:  # noqa: ANN001
    controller, tab, pid, lanes, a, _b, _ = setup
    view = tab.views[pid]
    _drop(view, view.mapFromScene(QPointF(700, lane_top(2) + 50)), "step")
    data = _map(controller, pid)
    assert len(data.steps) == 3 and data.steps[-1].lane_id == lanes[2]
    _drop(view, _centre(tab, pid, a), f"marker:{MarkerKind.PROBLEM.value}")
    data = _map(controller, pid)
    assert [(m.number, m.kind, m.step_id) for m in data.markers] == [(1, MarkerKind.PROBLEM, a)]
    assert tab.marker_tree.topLevelItem(0).childCount() == 1
    assert len(tab.scenes[pid].steps[a].badges) == 1


def test_desired_copy_side_by_side_and_export(setup, workdir, monkeypatch) -> None:  # noqa: ANN001
    controller, tab, pid, _lanes, a, _b, _ = setup
    QTest.mouseClick(tab.desired_button, Qt.MouseButton.LeftButton)
    with controller.session() as s:
        pair = process_pairs(s, tab.project_id)[0]
    assert pair.desired is not None and len(pair.desired.steps) == 2
    assert set(tab.scenes) == {pid, pair.desired.id}
    assert tab.canvas_split.orientation() == Qt.Orientation.Vertical  # one above the other
    tab.mode_combo.setCurrentIndex(1)  # side by side
    assert tab.canvas_split.orientation() == Qt.Orientation.Horizontal
    desired_a = next(s.id for s in pair.desired.steps if s.origin_id == a)
    tab.scenes[pair.desired.id].select_ids([desired_a])
    QTest.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.scenes[pid].steps[a].change == "removed"
    assert tab.change_tree.topLevelItemCount() == 1
    from zvdesk.ui.canvas import export

    for fmt in ("png", "svg"):
        target = workdir / f"proces.{fmt}"
        monkeypatch.setattr(export, "ask_save_path", lambda *_a, t=target, **_k: str(t),
                            raising=False)
        export.export_png(tab.scenes[pid], workdir / "p.png")
        export.export_svg(tab.scenes[pid], workdir / "p.svg", title="Werkproces")
    assert (workdir / "p.png").stat().st_size > 1000
    assert "Aannemen" in (workdir / "p.svg").read_text(encoding="utf-8")


def test_table_view_adds_a_step_by_keyboard(setup) -> None:  # noqa: ANN001
    controller, tab, pid, _lanes, _a, _b, _ = setup
    tab.pages.setCurrentIndex(1)
    table = tab.tables.steps
    tab.tables.tabs.setCurrentWidget(table)
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Casusoverleg")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    names = sorted(s.name for s in _map(controller, pid).steps)
    assert "Casusoverleg" in names
    assert len(tab.scenes[pid].steps) == 3
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert len(_map(controller, pid).steps) == 2


def test_stappenplan_link_opens_the_tab_and_menu_undo(window, example_path) -> None:  # noqa: ANN001
    from tests.test_mainwindow import trigger_menu
    from zvdesk.ui.instruments.steps.tab import StepsTab

    assert window.open_path(example_path)
    with window.controller.session() as s:
        pilot = next(p for p in ops.list_live(s, "project") if p.name.startswith("Regiopilot"))
    window.show_target(pilot.id, "steps")
    steps = window.workspace.widget_for("steps")
    assert isinstance(steps, StepsTab)
    steps.show_step("stap3")
    button = steps.page("stap3").link_buttons["werkproces"]
    assert button.text() == "1.2 Werkproces in beeld"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_spec().key == "werkproces"
    tab = window.workspace.widget_for("werkproces")
    assert isinstance(tab, WerkprocesTab)
    assert len(tab.scenes) == 2  # current and desired side by side
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    with window.controller.session() as s:
        assert len(process_pairs(s, pilot.id)) == 2
    trigger_menu(window, "Bewerken", "Ongedaan maken")
    with window.controller.session() as s:
        assert len(process_pairs(s, pilot.id)) == 1
    assert tab.process_combo.count() == 1


def test_zvdesk_check_counts_the_processes(example_path) -> None:  # noqa: ANN001
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "zvdesk", "check", str(example_path)],
                         capture_output=True, text=True, check=True).stdout
    assert "werkprocessen: 2" in out and "markeringen: 11" in out and "knelpunten: 4" in out


def test_click_an_arrow_and_delete_it(setup) -> None:  # noqa: ANN001
    controller, tab, pid, _lanes, a, b, _ = setup
    controller.execute("Pijl", lambda s: wp.add_flow(s, a, b))
    scene, view = tab.scenes[pid], tab.views[pid]
    item = next(iter(scene.flows.values()))
    x, y = item.points[1]  # a corner of the route lies on the arrow
    point = view.mapFromScene(QPointF(x, (y + item.points[2][1]) / 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_flow_ids() == [item.flow_id]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert _map(controller, pid).flows == []
    controller.undo_stack.undo()
    assert len(_map(controller, pid).flows) == 1


def test_escape_cancels_drawing_an_arrow(setup) -> None:  # noqa: ANN001
    controller, tab, pid, _lanes, a, b, _ = setup
    _drag(tab.views[pid], _centre(tab, pid, a), _centre(tab, pid, b),
          Qt.KeyboardModifier.ShiftModifier, escape=True)
    assert _map(controller, pid).flows == [] and controller.undo_stack.count() == 0


def test_tab_walks_through_the_steps(setup) -> None:  # noqa: ANN001
    _controller, tab, pid, _lanes, a, b, _ = setup
    view = tab.views[pid]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert tab.scenes[pid].selected_ids() == [a]
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert tab.scenes[pid].selected_ids() == [b]
    QTest.keyClick(view, Qt.Key.Key_Tab)  # past the last step the focus leaves the canvas
    assert tab.scenes[pid].selected_ids() == []
