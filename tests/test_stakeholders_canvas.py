"""The Krachtenveld tab: gestures on the real view, keyboard, list sync, details, export."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.stakeholders.geometry import ring_at
from zvdesk.models.stakeholders.ops import add_player, add_relation
from zvdesk.models.stakeholders.read import stakeholder_map
from zvdesk.models.stakeholders.tables import Attitude, RelationKind, Ring, Stakeholder
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders.items import SCALE, PlayerItem
from zvdesk.ui.instruments.stakeholders.view import PARTY_MIME, PLAYER_MIME
from zvdesk.ui.instruments.stakeholders.widget import StakeholderTab


@pytest.fixture
def setup(new_doc: Document, qtbot, monkeypatch) -> Iterator[tuple]:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Pilot"}))
    a, _ = new_doc.write(lambda s: add_player(s, project, name="Anna Aap",
                                              position=(0.0, -0.35)))
    b, _ = new_doc.write(lambda s: add_player(s, project, name="Bert Beer",
                                              position=(0.35, 0.0)))
    controller = DocumentController(new_doc)
    tab = StakeholderTab(controller, project)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    qtbot.waitExposed(tab)
    yield controller, tab, project, a, b, errors
    controller.undo_stack.clear()


def _player(doc: Document, pid: str) -> Stakeholder:
    with doc.session() as s:
        return s.get(Stakeholder, pid)


def _viewport_point(tab: StakeholderTab, x: float, y: float) -> QPoint:
    return tab.view.mapFromScene(QPointF(x * SCALE, y * SCALE))


def _drag(tab: StakeholderTab, start: QPoint, end: QPoint,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    vp = tab.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, mods, start)
    steps = 6
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(vp, p)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, mods, end)


def _drop(widget, point: QPointF, mime: QMimeData) -> None:  # noqa: ANN001 - a QWidget
    """Drags mime data into a widget and drops it (Qt only delivers a drop after an enter)."""
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_scene_has_one_item_per_entity(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    assert set(tab.scene.players) == {a, b}
    assert all(isinstance(i, PlayerItem) for i in tab.scene.players.values())
    assert not tab.scene.empty_hint.isVisible()
    controller.execute("Relatie", lambda s: add_relation(s, a, b, RelationKind.BAD))
    assert len(tab.scene.relations) == 1
    controller.undo_stack.undo()
    assert tab.scene.relations == {}


def test_drag_moves_into_other_ring_with_undo(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, _b, errors = setup
    doc = controller.document
    item = tab.scene.players[a]
    before = controller.undo_stack.count()
    _drag(tab, _viewport_point(tab, 0.0, -0.35), _viewport_point(tab, 0.0, -0.72))
    assert controller.undo_stack.count() == before + 1
    assert controller.undo_stack.undoText() == "Speler verplaatsen"
    moved = _player(doc, a)
    assert moved.ring is Ring.INDIRECT and moved.y == pytest.approx(-0.72, abs=0.02)
    assert item is tab.scene.players[a]  # the same item, moved by the model
    assert item.pos().y() == pytest.approx(moved.y * SCALE)
    assert [tab.indirect_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(tab.indirect_list.count())] == [a]
    controller.undo_stack.undo()
    assert _player(doc, a).ring is Ring.DIRECT
    assert item.pos().y() == pytest.approx(-0.35 * SCALE)
    assert tab.direct_list.count() == 2 and tab.indirect_list.count() == 0
    assert errors == []


def test_drop_on_project_snaps_into_ring_one(setup) -> None:  # noqa: ANN001
    controller, tab, _project, _a, b, _ = setup
    _drag(tab, _viewport_point(tab, 0.35, 0.0), _viewport_point(tab, 0.02, 0.0))
    p = _player(controller.document, b)
    assert p.ring is Ring.DIRECT
    assert math.hypot(p.x, p.y) > 0.2  # outside the project disc
    assert ring_at(math.hypot(p.x, p.y)) is Ring.DIRECT


def test_click_without_drag_selects_and_writes_nothing(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, _b, _ = setup
    before = controller.undo_stack.count()
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _viewport_point(tab, 0.0, -0.35))
    assert controller.undo_stack.count() == before
    assert tab.scene.selected_ids() == [a]
    assert tab.details.currentIndex() == 1 and tab.details.name_edit.text() == "Anna Aap"
    assert [i.data(Qt.ItemDataRole.UserRole) for i in tab.direct_list.selectedItems()] == [a]


def test_shift_drag_draws_relation_and_tool(setup) -> None:  # noqa: ANN001
    controller, tab, project, a, b, _ = setup
    _drag(tab, _viewport_point(tab, 0.0, -0.35), _viewport_point(tab, 0.35, 0.0),
          Qt.KeyboardModifier.ShiftModifier)
    assert controller.undo_stack.undoText() == "Relatie tekenen"
    with controller.session() as s:
        rels = stakeholder_map(s, project).relations
    assert [(r.source_id, r.target_id, r.kind) for r in rels] == [(a, b, RelationKind.GOOD)]
    assert _player(controller.document, a).y == pytest.approx(-0.35)  # not moved
    # The relation tool with "slecht": drawing again turns the relation bad (one relation).
    tab.relation_action.trigger()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(RelationKind.BAD))
    _drag(tab, _viewport_point(tab, 0.35, 0.0), _viewport_point(tab, 0.0, -0.35))
    with controller.session() as s:
        rels = stakeholder_map(s, project).relations
    assert [r.kind for r in rels] == [RelationKind.BAD]
    assert len(tab.scene.relations) == 1
    item = next(iter(tab.scene.relations.values()))
    assert item.pen().style() == Qt.PenStyle.DashLine
    # Released on empty space: nothing is written.
    count = controller.undo_stack.count()
    _drag(tab, _viewport_point(tab, 0.35, 0.0), _viewport_point(tab, -0.7, 0.5))
    assert controller.undo_stack.count() == count


def test_keyboard_tab_arrows_attitude_ring_delete(setup) -> None:  # noqa: ANN001
    controller, tab, project, a, b, _ = setup
    doc = controller.document
    controller.execute("Relatie", lambda s: add_relation(s, a, b))
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    assert tab.scene.selected_ids() == [a]  # ring 1, clockwise from the top
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    assert tab.scene.selected_ids() == [b]
    x0 = _player(doc, b).x
    count = controller.undo_stack.count()
    QTest.keyClick(tab.view, Qt.Key.Key_Right)
    assert _player(doc, b).x == pytest.approx(x0 + 0.02)
    assert controller.undo_stack.count() == count + 1
    QTest.keyClick(tab.view, Qt.Key.Key_R)
    assert _player(doc, b).attitude is Attitude.RED
    assert tab.scene.players[b].player.attitude is Attitude.RED
    QTest.keyClick(tab.view, Qt.Key.Key_PageDown)
    assert _player(doc, b).ring is Ring.INDIRECT
    assert controller.undo_stack.undoText() == "Cirkel wijzigen"
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    with controller.session() as s:
        m = stakeholder_map(s, project)
    assert [p.id for p in m.players] == [a] and m.relations == []
    assert set(tab.scene.players) == {a} and tab.scene.relations == {}
    controller.undo_stack.undo()
    assert set(tab.scene.players) == {a, b} and len(tab.scene.relations) == 1


def test_drop_person_from_list_adds_player(setup, new_doc: Document) -> None:  # noqa: ANN001
    controller, tab, project, _a, _b, errors = setup
    person = controller.execute("Persoon", lambda s: ops.create_record(
        s, "person", {"name": "Carla de Cock", "initials": "CdC"}))
    names = [tab.sources.tree.topLevelItem(0).child(i).text(0)
             for i in range(tab.sources.tree.topLevelItem(0).childCount())]
    assert "Carla de Cock" in names
    mime = QMimeData()
    mime.setData(PARTY_MIME, f"person:{person}".encode())
    point = QPointF(_viewport_point(tab, -0.7, 0.0))
    vp = tab.view.viewport()
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(vp, drop)
    assert controller.undo_stack.undoText() == "Speler toevoegen"
    with controller.session() as s:
        m = stakeholder_map(s, project)
    added = next(p for p in m.players if p.person_id == person)
    assert (added.name, added.initials, added.ring) == ("Carla de Cock", "CdC", Ring.INDIRECT)
    assert added.x == pytest.approx(-0.7, abs=0.02)
    assert tab.scene.selected_ids() == [added.id]
    assert tab.indirect_list.count() == 1
    people = tab.sources.tree.topLevelItem(0)
    carla = next(people.child(i) for i in range(people.childCount())
                 if people.child(i).text(0) == "Carla de Cock")
    assert not carla.flags() & Qt.ItemFlag.ItemIsDragEnabled  # already on the map
    assert "Staat al op de kaart" in carla.toolTip(0)
    # Adding the same person again (Enter in the list) is refused with a Dutch message.
    tab.sources.tree.add_requested.emit("person", person)
    assert errors and "staat al op de kaart" in errors[-1]


def test_list_sync_both_ways(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    tab.direct_list.item(1).setSelected(True)  # "Bert Beer"
    assert tab.scene.selected_ids() == [b]
    # A name dropped on the other list changes ring (one undo step).
    mime = QMimeData()
    mime.setData(PLAYER_MIME, b.encode())
    _drop(tab.indirect_list.viewport(), QPointF(20, 20), mime)
    assert _player(controller.document, b).ring is Ring.INDIRECT
    assert tab.indirect_list.count() == 1 and tab.direct_list.count() == 1
    assert tab.indirect_label.text() == "Indirecte invloed (1)"
    controller.undo_stack.undo()
    assert tab.indirect_list.count() == 0 and tab.direct_list.count() == 2
    # Renaming in the details panel renames the list entry and the tooltip.
    tab.scene.select_ids([a])
    tab.details.name_edit.setText("Anna Aap-Noot")
    tab.details.name_edit.editingFinished.emit()
    assert tab.scene.players[a].toolTip() == "Anna Aap-Noot"
    assert "Anna Aap-Noot" in tab.direct_list.item(0).text()


def test_details_attitude_and_relation_kind(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    tab.scene.select_ids([a])
    QTest.mouseClick(tab.details.attitude_buttons[Attitude.GREEN], Qt.MouseButton.LeftButton)
    assert _player(controller.document, a).attitude is Attitude.GREEN
    assert controller.undo_stack.undoText() == "Houding wijzigen"
    rid = controller.execute("Relatie", lambda s: add_relation(s, a, b))
    tab.scene.select_ids([])
    tab.scene.relations[rid].setSelected(True)
    assert tab.details.currentIndex() == 2
    assert tab.details.ends_label.text() == "Anna Aap → Bert Beer"
    combo = tab.details.kind_combo
    combo.setCurrentIndex(combo.findData(RelationKind.BAD))
    combo.activated.emit(combo.currentIndex())
    with controller.session() as s:
        assert s.get(ops.record_class("stakeholder_relation"), rid).kind is RelationKind.BAD


def test_free_player_and_next_step(setup) -> None:  # noqa: ANN001
    controller, tab, project, _a, _b, _ = setup
    new_id = tab.add_free_player()
    assert _player(controller.document, new_id).name == "Nieuwe speler"
    assert tab.scene.selected_ids() == [new_id]
    tab.next_step.edit.setPlainText("Bellen met de GGZ")
    tab.next_step.commit()
    with controller.session() as s:
        assert stakeholder_map(s, project).next_step == "Bellen met de GGZ"
    assert controller.undo_stack.undoText() == "Volgende stap wijzigen"


def test_export_png_and_svg(setup, tmp_path) -> None:  # noqa: ANN001
    _controller, tab, _project, a, _b, _ = setup
    from PySide6.QtGui import QImage

    from zvdesk.ui.canvas.export import export_png, export_svg

    tab.scene.select_ids([a])
    png = export_png(tab.scene, tmp_path / "kaart.png")
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 1000
    svg = export_svg(tab.scene, tmp_path / "kaart.svg", title="Krachtenveld")
    text = svg.read_text("utf-8")
    assert "<svg" in text and "Krachtenveld" in text
    assert tab.scene.selected_ids() == [a]  # selection restored after export


def test_export_through_the_menu(setup, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    _controller, tab, _project, _a, _b, _ = setup
    target = tmp_path / "uit.svg"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(target))
    tab.export("svg")
    assert target.exists()


def test_delete_key_removes_selected_relation(setup) -> None:  # noqa: ANN001
    controller, tab, project, a, b, _ = setup
    rid = controller.execute("Relatie", lambda s: add_relation(s, a, b))
    tab.scene.select_ids([])
    tab.scene.relations[rid].setSelected(True)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert controller.undo_stack.undoText() == "Relatie verwijderen"
    with controller.session() as s:
        m = stakeholder_map(s, project)
    assert m.relations == [] and len(m.players) == 2


def test_in_the_main_window_with_the_example(window, example_path) -> None:  # noqa: ANN001
    from zvdesk.models.region.ops import live_projects
    from zvdesk.ui.instruments import stakeholders as spec_module
    from zvdesk.ui.registry import instruments_for

    assert window.open_path(example_path)
    keys = [s.key for s in instruments_for("project")]
    assert keys.index("stakeholders") < keys.index("communication")
    with window.controller.session() as s:
        pilot = live_projects(s)[0]
        assert spec_module.SPEC.progress(s, pilot.id) == "12 spelers"
    window.show_target(pilot.id, "stakeholders")
    tab = window.workspace.widget_for("stakeholders")
    assert isinstance(tab, StakeholderTab)
    assert len(tab.scene.players) == 12 and len(tab.scene.relations) == 9
    assert tab.direct_list.count() == 6 and tab.indirect_list.count() == 6
    for prepare in spec_module.SPEC.screenshots.values():
        prepare(tab)
    assert tab.details.currentIndex() == 2  # the last state shows a relation
    # Typing waits for a pause; the main window's flush (Ctrl+S, closing) saves it at once.
    chosen = tab.scene.selected_ids() or [tab.scene.map.players[0].id]
    tab.scene.select_ids(chosen[:1])
    tab.details.notes.edit.setPlainText("Eerst bellen.")
    tab.next_step.edit.setPlainText("Rondje langs de partners.")
    tab.communication_button.click()
    assert window.workspace.current_spec().key == "communication"
    comm = window.workspace.widget_for("communication")
    assert comm.model.rowCount() == 12
    comm.select_player(chosen[0])
    comm.actions.edit.setPlainText("Uitnodigen voor de werksessie.")
    window.flush_edits()
    with window.controller.session() as s:
        player = s.get(Stakeholder, chosen[0])
        assert player.notes == "Eerst bellen."
        assert player.actions == "Uitnodigen voor de werksessie."
        assert stakeholder_map(s, pilot.id).next_step == "Rondje langs de partners."
    assert window.messages == []


def test_read_only_file_refuses_gestures(new_doc: Document, qtbot) -> None:  # noqa: ANN001
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "P"}))
    pid, _ = new_doc.write(lambda s: add_player(s, project, name="Anna", position=(0, -0.35)))
    path = new_doc.path
    new_doc.close()
    doc = Document.open(path, read_only=True)
    controller = DocumentController(doc)
    tab = StakeholderTab(controller, project)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    _drag(tab, _viewport_point(tab, 0.0, -0.35), _viewport_point(tab, 0.0, -0.7))
    tab.scene.select_ids([pid])
    QTest.keyClick(tab.view, Qt.Key.Key_G)
    assert controller.undo_stack.count() == 0
    assert not tab.add_button.isEnabled()
    with controller.session() as s:
        p = s.get(Stakeholder, pid)
        assert p.ring is Ring.DIRECT and p.attitude is Attitude.BLUE
    controller.close()


def test_context_menu_attitude_ring_and_relation_kind(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    menu = tab.view.context_menu(QPointF(0.0, -0.35 * SCALE))
    assert tab.scene.selected_ids() == [a]
    attitude_menu, ring_menu = (act.menu() for act in menu.actions()[:2])
    red = next(act for act in attitude_menu.actions() if "Rood" in act.text())
    red.trigger()
    assert _player(controller.document, a).attitude is Attitude.RED
    outside = next(act for act in ring_menu.actions() if act.text() == "Buiten de cirkels")
    outside.trigger()
    assert _player(controller.document, a).ring is Ring.OUTSIDE
    assert controller.undo_stack.undoText() == "Cirkel wijzigen"
    rid = controller.execute("Relatie", lambda s: add_relation(s, a, b))
    item = tab.scene.relations[rid]
    middle = (item.line.p1() + item.line.p2()) / 2
    menu = tab.view.context_menu(middle)
    assert tab.scene.selected_relation_ids() == [rid]
    next(act for act in menu.actions() if act.text() == "Slecht").trigger()
    with controller.session() as s:
        assert s.get(ops.record_class("stakeholder_relation"), rid).kind is RelationKind.BAD
    assert tab.view.context_menu(QPointF(0.0, 0.0)) is None  # the project itself


def test_arrows_follow_a_drag_and_the_layer_thaws(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    c = controller.execute("Speler", lambda s: add_player(s, _project, name="Cor",
                                                          position=(-0.35, 0.0)))
    moving = controller.execute("Relatie", lambda s: add_relation(s, a, b))
    still = controller.execute("Relatie", lambda s: add_relation(s, b, c))
    vp = tab.view.viewport()
    start, end = _viewport_point(tab, 0.0, -0.35), _viewport_point(tab, 0.0, -0.7)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, end)
    layer = tab.scene.relation_layer
    assert layer.moving == {moving}
    before = tab.scene.relations[moving].line
    QTest.mouseMove(vp, end + QPoint(10, 0))
    assert tab.scene.relations[moving].line != before  # the arrow follows the token
    assert not vp.grab().isNull()  # paints the frozen layer without error
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       end + QPoint(10, 0))
    assert layer.moving is None
    assert still in tab.scene.relations


def test_name_dragged_from_a_list_onto_the_map_moves_there(setup) -> None:  # noqa: ANN001
    controller, tab, _project, _a, b, _ = setup
    mime = QMimeData()
    mime.setData(PLAYER_MIME, b.encode())
    _drop(tab.view.viewport(), QPointF(_viewport_point(tab, -0.1, 0.9)), mime)
    p = _player(controller.document, b)
    assert p.ring is Ring.OUTSIDE and p.x == pytest.approx(-0.1, abs=0.02)
    assert controller.undo_stack.undoText() == "Speler verplaatsen"
    assert tab.outside_label.text() == "Buiten de cirkels: 1"


def test_clicking_another_token_saves_pending_notes(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, errors = setup
    tab.scene.select_ids([a])
    tab.details.notes.edit.setPlainText("Wil meer weten")
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _viewport_point(tab, 0.35, 0.0))
    assert _player(controller.document, a).notes == "Wil meer weten"
    assert tab.scene.selected_ids() == [b]
    assert tab.details.name_edit.text() == "Bert Beer"
    assert tab.details.notes.edit.toPlainText() == ""
    assert controller.undo_stack.undoText() == "Notities wijzigen" and errors == []


def test_undo_of_typed_text_sticks(setup) -> None:  # noqa: ANN001
    controller, tab, project, a, _b, _ = setup
    tab.scene.select_ids([a])
    tab.details.notes.edit.setPlainText("Een")
    tab.details.notes.commit()
    tab.next_step.edit.setPlainText("Bellen")
    tab.next_step.commit()
    assert _player(controller.document, a).notes == "Een"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert _player(controller.document, a).notes == ""
    assert tab.details.notes.edit.toPlainText() == ""
    with controller.session() as s:
        assert stakeholder_map(s, project).next_step == ""
    assert tab.next_step.edit.toPlainText() == ""
    assert controller.undo_stack.canRedo() and controller.undo_stack.index() == 0


def test_people_list_open_on_an_empty_map_and_toggles(new_doc: Document, qtbot) -> None:  # noqa: ANN001
    project, _ = new_doc.write(lambda s: ops.create_record(s, "project", {"name": "Leeg"}))
    controller = DocumentController(new_doc)
    tab = StakeholderTab(controller, project)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.sources.isVisible() and tab.scene.empty_hint.isVisible()
    tab.sources_action.trigger()
    assert not tab.sources.isVisible()
    controller.undo_stack.clear()


def test_escape_cancels_a_token_drag(setup) -> None:  # noqa: ANN001
    controller, tab, _project, a, b, _ = setup
    rid = controller.execute("Relatie", lambda s: add_relation(s, a, b))
    before = controller.undo_stack.count()
    item = tab.scene.players[a]
    origin = item.pos()
    vp = tab.view.viewport()
    start, end = _viewport_point(tab, 0.0, -0.35), _viewport_point(tab, 0.0, -0.7)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(vp, end)
    assert item.pos() != origin and tab.scene.relation_layer.moving == {rid}
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Escape)
    assert item.pos() == origin and tab.scene.relation_layer.moving is None
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert item.pos() == origin and controller.undo_stack.count() == before
    assert _player(controller.document, a).y == pytest.approx(-0.35)


def test_arrow_burst_is_one_undo_step(setup, qtbot) -> None:  # noqa: ANN001
    controller, tab, _project, _a, b, _ = setup
    from zvdesk.ui.canvas.view import NUDGE_PAUSE_MS

    tab.scene.select_ids([b])
    x0 = _player(controller.document, b).x
    before = controller.undo_stack.count()
    tab.view.setFocus()
    for _ in range(5):
        QTest.keyClick(tab.view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not tab.view.burst.active, timeout=NUDGE_PAUSE_MS * 5)
    assert controller.undo_stack.count() == before + 1
    assert controller.undo_stack.undoText() == "Speler verplaatsen"
    assert _player(controller.document, b).y == pytest.approx(-0.1)
    controller.undo_stack.undo()
    assert _player(controller.document, b).y == pytest.approx(0.0)
    assert _player(controller.document, b).x == pytest.approx(x0)


def test_added_players_land_free_and_renamed_ones_get_new_initials(setup) -> None:  # noqa: ANN001
    """'Speler toevoegen' three times: no token lands on another or on a relation line; a
    renamed new player's initials follow its name, typed initials stay."""
    import math

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from zvdesk.models.stakeholders.geometry import TOKEN_RADIUS, distance_to_segment
    from zvdesk.models.stakeholders.ops import add_relation

    controller, tab, project, a, b = setup[:5]
    controller.execute("Relatie tekenen", lambda s: add_relation(s, a, b))
    for _ in range(3):
        QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        QTest.qWait(450)  # separate clicks, not a double click
    with controller.session() as s:
        data = stakeholder_map(s, project)
    players = data.players
    assert len(players) >= 3
    for i, a in enumerate(players):
        for b in players[i + 1:]:
            assert math.hypot(a.x - b.x, a.y - b.y) >= 2 * TOKEN_RADIUS, (a.name, b.name)
    by_id = {p.id: p for p in players}
    new = [p for p in players if p.name.startswith("Nieuwe speler")]
    for rel in data.relations:
        a, b = by_id[rel.source_id], by_id[rel.target_id]
        for p in new:
            if p.id not in (a.id, b.id):
                assert distance_to_segment(p.x, p.y, a.x, a.y, b.x, b.y) >= TOKEN_RADIUS
    newest = new[-1]
    tab.scene.select_ids([newest.id])
    name = tab.details.name_edit
    name.setFocus()
    name.selectAll()
    QTest.keyClicks(name, "Wijkteam Oost")
    QTest.keyClick(name, Qt.Key.Key_Tab)
    with controller.session() as s:
        renamed = next(p for p in stakeholder_map(s, project).players if p.id == newest.id)
    assert (renamed.name, renamed.initials) == ("Wijkteam Oost", "WO")
