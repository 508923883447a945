"""The impact canvas with real widgets: every gesture by synthesised mouse/key events, asserted
on the model and on the undo stack (one gesture = one undo step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.impact.ops import add_element, connect
from zvdesk.models.impact.tables import (
    Category,
    ElementKind,
    Influence,
    theory_for_project,
)
from zvdesk.models.impact.templates import builtin_folder
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.impact import templates_dialog
from zvdesk.ui.instruments.impact.view import kind_mime
from zvdesk.ui.instruments.impact.widget import ImpactTab

K = ElementKind
LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def setup(qtbot, new_doc: Document):  # noqa: ANN001, ANN201
    """A project with three linked cards, its tab shown at 100 %."""
    def build(s):  # noqa: ANN001, ANN202
        pid = ops.create_record(s, "project", {"name": "Pilot"})
        a = add_element(s, pid, K.ACTIVITEIT, "Casusoverleg", x=0, y=0)
        o = add_element(s, pid, K.OUTPUT, "Werkagenda", x=0, y=0)
        m = add_element(s, pid, K.MECHANISME, "Vertrouwen", x=0, y=0)
        link = connect(s, a, o)
        return pid, {"a": a, "o": o, "m": m, "link": link}

    (pid, ids), _ = new_doc.write(build)
    controller = DocumentController(new_doc)
    tab = ImpactTab(controller, pid)
    qtbot.addWidget(tab)
    tab.resize(1600, 900)
    tab.show()
    qtbot.waitExposed(tab)
    tab.view.resetTransform()
    tab.view.horizontalScrollBar().setValue(tab.view.horizontalScrollBar().minimum())
    tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().minimum())
    yield tab, controller, pid, ids
    controller.undo_stack.clear()


def _theory(controller: DocumentController, pid: str):  # noqa: ANN202
    with controller.session() as s:
        return theory_for_project(s, pid)


def _send(view, kind: QEvent.Type, scene_pt: QPointF, button=Qt.MouseButton.NoButton,  # noqa: ANN001
          buttons=Qt.MouseButton.NoButton, mods=NO_MOD) -> None:
    local = QPointF(view.mapFromScene(scene_pt))
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, glob, button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPointF, end: QPointF, mods=NO_MOD, steps: int = 6) -> None:  # noqa: ANN001
    """Press at start, move in steps, release at end (scene coordinates)."""
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT, mods)
    for i in range(1, steps + 1):
        pt = start + (end - start) * (i / steps)
        _send(view, QEvent.Type.MouseMove, pt, Qt.MouseButton.NoButton, LEFT, mods)
    _send(view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton, mods)


def click(view, pt: QPointF, mods=NO_MOD) -> None:  # noqa: ANN001
    """A click at a scene point."""
    _send(view, QEvent.Type.MouseButtonPress, pt, LEFT, LEFT, mods)
    _send(view, QEvent.Type.MouseButtonRelease, pt, LEFT, Qt.MouseButton.NoButton, mods)


def centre(tab, element_id: str) -> QPointF:  # noqa: ANN001
    """The scene point in the middle of a card's title."""
    card = tab.scene.cards[element_id]
    return card.pos() + QPointF(card.rect().width() / 2 - 20, 22)


def key(tab, k: Qt.Key, mods=NO_MOD) -> None:  # noqa: ANN001
    """A key press on the canvas."""
    tab.view.setFocus()
    QTest.keyClick(tab.view, k, mods)


def test_drag_moves_card_in_lane_one_undo_step(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    start = centre(tab, ids["a"])
    drag(tab.view, start, start + QPointF(15, 120))
    e = _theory(controller, pid).by_id()[ids["a"]]
    assert e.kind is K.ACTIVITEIT and e.x == pytest.approx(15, abs=1) and e.y == pytest.approx(
        120, abs=1)
    assert controller.undo_stack.count() == 1
    card = tab.scene.cards[ids["a"]]
    assert card.pos().y() == pytest.approx(tab.scene.layout.lanes[K.ACTIVITEIT].origin[1] + 120,
                                           abs=1)
    controller.undo_stack.undo()
    e = _theory(controller, pid).by_id()[ids["a"]]
    assert (e.x, e.y) == (0.0, 0.0)
    assert tab.scene.cards[ids["a"]].pos().y() == pytest.approx(
        tab.scene.layout.lanes[K.ACTIVITEIT].origin[1], abs=1)
    controller.undo_stack.redo()
    assert _theory(controller, pid).by_id()[ids["a"]].y == pytest.approx(120, abs=1)


def test_drag_to_other_lane_changes_kind(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    start = centre(tab, ids["a"])
    target_lane = tab.scene.layout.lanes[K.DIRECTE_OUTCOME]
    end = QPointF(target_lane.x + target_lane.w / 2, start.y() + 200)
    drag(tab.view, start, end)
    assert _theory(controller, pid).by_id()[ids["a"]].kind is K.DIRECTE_OUTCOME
    assert controller.undo_stack.count() == 1
    assert tab.table.rows[ids["a"]].parent() is tab.table.groups[K.DIRECTE_OUTCOME]
    controller.undo_stack.undo()
    assert _theory(controller, pid).by_id()[ids["a"]].kind is K.ACTIVITEIT
    assert tab.table.rows[ids["a"]].parent() is tab.table.groups[K.ACTIVITEIT]


def test_connect_by_dragging_from_the_handle(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    card = tab.scene.cards[ids["o"]]
    handle = card.mapToScene(card.handle_rect().center())
    drag(tab.view, handle, centre(tab, ids["m"]))
    links = _theory(controller, pid).links
    assert any(lk.source_id == ids["o"] and lk.target_id == ids["m"] for lk in links)
    assert len(tab.scene.links) == 2
    assert controller.undo_stack.count() == 1
    assert ids["o"] not in {f.data(Qt.ItemDataRole.UserRole + 1)
                            for f in (tab.checks.item(i) for i in range(tab.checks.count()))}
    controller.undo_stack.undo()
    assert len(_theory(controller, pid).links) == 1 and len(tab.scene.links) == 1


def test_delete_takes_links_and_undo_restores(setup, monkeypatch) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: (
        asked.append(text) or answer[0]))
    click(tab.view, centre(tab, ids["o"]))
    assert tab.scene.selected_ids() == [ids["o"]]
    key(tab, Qt.Key.Key_Delete)  # the card has a link: asked first; "no" keeps both
    assert asked and "verbinding" in asked[0]
    assert ids["o"] in _theory(controller, pid).by_id() and controller.undo_stack.count() == 0
    answer[0] = True
    key(tab, Qt.Key.Key_Delete)
    theory = _theory(controller, pid)
    assert ids["o"] not in theory.by_id() and theory.links == []
    assert ids["o"] not in tab.scene.cards and tab.scene.links == {}
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    theory = _theory(controller, pid)
    assert ids["o"] in theory.by_id() and [lk.id for lk in theory.links] == [ids["link"]]
    assert ids["link"] in tab.scene.links


def test_multi_select_and_move_is_one_step(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    click(tab.view, centre(tab, ids["a"]))
    click(tab.view, centre(tab, ids["m"]), Qt.KeyboardModifier.ControlModifier)
    assert set(tab.scene.selected_ids()) == {ids["a"], ids["m"]}
    start = centre(tab, ids["a"])
    drag(tab.view, start, start + QPointF(0, 90))
    t = _theory(controller, pid).by_id()
    assert t[ids["a"]].y == pytest.approx(90, abs=1) and t[ids["m"]].y == pytest.approx(90, abs=1)
    assert t[ids["o"]].y == 0.0
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    t = _theory(controller, pid).by_id()
    assert t[ids["a"]].y == 0.0 and t[ids["m"]].y == 0.0


def test_rubber_band_selects_and_arrow_keys_move(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    lanes = tab.scene.layout.lanes
    start = QPointF(lanes[K.ACTIVITEIT].x + 3, lanes[K.ACTIVITEIT].origin[1] - 20)
    end = QPointF(lanes[K.OUTPUT].x + lanes[K.OUTPUT].w - 3, lanes[K.OUTPUT].origin[1] + 150)
    _send(tab.view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 7):
        _send(tab.view, QEvent.Type.MouseMove, start + (end - start) * (i / 6),
              Qt.MouseButton.NoButton, LEFT)
    _send(tab.view, QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton)
    assert set(tab.scene.selected_ids()) == {ids["a"], ids["o"]}
    key(tab, Qt.Key.Key_Down)
    t = _theory(controller, pid).by_id()
    assert t[ids["a"]].y == 10.0 and t[ids["o"]].y == 10.0 and t[ids["m"]].y == 0.0
    assert controller.undo_stack.count() == 1


def test_five_arrow_nudges_are_one_undo_step(setup, qtbot) -> None:  # noqa: ANN001
    from zvdesk.ui.canvas.view import NUDGE_PAUSE_MS

    tab, controller, pid, ids = setup
    click(tab.view, centre(tab, ids["o"]))
    for _ in range(5):
        key(tab, Qt.Key.Key_Down)
    assert _theory(controller, pid).by_id()[ids["o"]].y == 50.0  # on disk at every key
    qtbot.waitUntil(lambda: not tab.view.burst.active, timeout=NUDGE_PAUSE_MS * 5)
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Kaart verplaatsen"
    controller.undo_stack.undo()
    assert _theory(controller, pid).by_id()[ids["o"]].y == 0.0


def test_double_click_on_lane_adds_and_f2_edits(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    lane = tab.scene.layout.lanes[K.INPUT]
    pt = QPointF(lane.x + 40, lane.origin[1] + 200)
    local = tab.view.mapFromScene(pt)
    QTest.mouseDClick(tab.view.viewport(), LEFT, NO_MOD, local)
    inputs = _theory(controller, pid).of_kind(K.INPUT)
    assert len(inputs) == 1 and inputs[0].title == "Nieuwe input"
    assert inputs[0].y == pytest.approx(200, abs=2)
    assert controller.undo_stack.count() == 1
    click(tab.view, centre(tab, inputs[0].id))
    key(tab, Qt.Key.Key_F2)
    editor = tab.view.editor
    assert editor is not None
    editor.setText("Capaciteit van de partners")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert _theory(controller, pid).by_id()[inputs[0].id].title == "Capaciteit van de partners"
    assert controller.undo_stack.count() == 2
    assert tab.table.rows[inputs[0].id].text(0) == "Capaciteit van de partners"


def test_zoom_and_fit(setup) -> None:  # noqa: ANN001
    tab, _controller, _pid, _ids = setup
    view = tab.view
    before = view.zoom()
    key(tab, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > before
    pos = QPointF(200, 200)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(before, rel=0.01)
    view.zoom_by(3)
    view.fit()
    assert view.zoom() <= 1.0


def test_palette_drop_adds_a_card(setup) -> None:  # noqa: ANN001
    tab, controller, pid, _ids = setup
    lane = tab.scene.layout.lanes[K.MAATSCHAPPELIJK_EFFECT]
    local = tab.view.mapFromScene(QPointF(lane.x + 30, lane.origin[1] + 60))
    mime = kind_mime(K.MAATSCHAPPELIJK_EFFECT)  # kept alive: the event does not own it
    drop = QDropEvent(QPointF(local), Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    tab.view.dropEvent(drop)
    effects = _theory(controller, pid).of_kind(K.MAATSCHAPPELIJK_EFFECT)
    assert len(effects) == 1 and effects[0].y == pytest.approx(60, abs=2)
    assert controller.undo_stack.count() == 1


def test_table_edits_show_on_canvas_and_back(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    row = tab.table.rows[ids["m"]]
    row.setText(0, "Bestuurlijk vertrouwen")
    assert _theory(controller, pid).by_id()[ids["m"]].title == "Bestuurlijk vertrouwen"
    assert tab.scene.cards[ids["m"]].element.title == "Bestuurlijk vertrouwen"
    assert controller.undo_stack.count() == 1
    tab.table.rows[ids["o"]].setSelected(True)
    assert tab.scene.selected_ids() == [ids["o"]]
    assert tab.panel.title.text() == "Werkagenda"
    # A change from elsewhere (another tab, a merge) shows at once.
    controller.execute("x", lambda s: add_element(s, pid, K.DOEL, "Elders toegevoegd"))
    goals = _theory(controller, pid).goals()
    assert goals[0].id in tab.scene.cards and goals[0].id in tab.table.rows
    controller.undo_stack.undo()
    assert goals[0].id not in tab.scene.cards and goals[0].id not in tab.table.rows


def test_table_delete_key(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    tab.views.setCurrentWidget(tab.table)
    tab.table.setCurrentItem(tab.table.rows[ids["a"]])
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    assert ids["a"] not in _theory(controller, pid).by_id()
    assert ids["a"] not in tab.scene.cards


def test_panel_edits_fields(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    tab.scene.select_ids([ids["m"]])
    panel = tab.panel
    panel.influence.setCurrentIndex(panel.influence.findData(Influence.BUITEN))
    panel.influence.activated.emit(panel.influence.currentIndex())
    e = _theory(controller, pid).by_id()[ids["m"]]
    assert e.influence is Influence.BUITEN
    panel.sub_items.setFocus()
    panel.sub_items.setPlainText("eerste\ntweede")
    panel.sub_items.clearFocus()
    tab.view.setFocus()
    QApplication.processEvents()
    panel._subs("eerste\ntweede")  # focus-out in offscreen runs is not guaranteed
    assert _theory(controller, pid).by_id()[ids["m"]].sub_items == ["eerste", "tweede"]


def test_template_dialog_applies_seed_002_as_one_step(setup, monkeypatch) -> None:  # noqa: ANN001
    tab, controller, pid, _ids = setup
    monkeypatch.setattr(templates_dialog, "choose_template",
                        lambda _p: builtin_folder() / "regiopilots_z_v.json")
    tab.add_template()
    theory = _theory(controller, pid)
    counts = {k: len(theory.of_kind(k)) for k in K}
    assert (counts[K.DIRECTE_OUTCOME], counts[K.MECHANISME], counts[K.OUTPUT],
            counts[K.ACTIVITEIT], counts[K.INPUT]) == (3, 9, 5, 15, 5)
    assert len(tab.scene.cards) == 38
    assert controller.undo_stack.count() == 1
    # Cards as drawn do not overlap within a lane.
    for kind in K:
        rects = sorted((c.sceneBoundingRect() for c in tab.scene.cards.values()
                        if c.element.kind is kind), key=lambda r: r.top())
        for r1, r2 in zip(rects, rects[1:], strict=False):
            assert not r1.adjusted(2, 2, -10, -2).intersects(r2.adjusted(2, 2, -10, -2))
    controller.undo_stack.undo()
    assert len(_theory(controller, pid).elements) == 3


def test_clicking_a_finding_selects_the_card(setup) -> None:  # noqa: ANN001
    tab, _controller, _pid, ids = setup
    items = [tab.checks.item(i) for i in range(tab.checks.count())]
    finding = [i for i in items if i.data(Qt.ItemDataRole.UserRole + 1) == ids["o"]][0]
    tab.views.setCurrentIndex(1)
    tab._finding_clicked(finding)
    assert tab.views.currentWidget() is tab.view
    assert tab.scene.selected_ids() == [ids["o"]]


def test_export_png_and_svg(setup, monkeypatch, workdir: Path) -> None:  # noqa: ANN001
    tab, _controller, _pid, _ids = setup
    shown = []
    monkeypatch.setattr(dialogs, "show_info", lambda *a: shown.append(a))
    for fmt in ("png", "svg"):
        target = workdir / f"theorie.{fmt}"
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, t=target: str(t))
        tab.export(fmt)
        assert target.stat().st_size > 1000
    assert (workdir / "theorie.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Werkagenda" in (workdir / "theorie.svg").read_text("utf-8")
    assert len(shown) == 2


def test_save_as_template(setup, monkeypatch, workdir: Path) -> None:  # noqa: ANN001
    tab, _controller, _pid, _ids = setup
    monkeypatch.setattr(dialogs, "show_info", lambda *a: None)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(workdir / "eigen"))
    tab.save_as_template()
    from zvdesk.models.impact.templates import load_template

    data = load_template(workdir / "eigen.json")
    assert data["name"] == "eigen" and len(data["elements"]) == 3 and len(data["links"]) == 1


def test_keyboard_event_on_read_only(qtbot, example_path: Path) -> None:  # noqa: ANN001
    doc = Document.open(example_path, read_only=True)
    controller = DocumentController(doc)
    try:
        with controller.session() as s:
            pid = [p.id for p in ops.list_live(s, "project", "sort_order")][0]
        tab = ImpactTab(controller, pid)
        qtbot.addWidget(tab)
        tab.show()
        assert len(tab.scene.cards) == 39
        tab.scene.select_ids([next(iter(tab.scene.cards))])
        QApplication.sendEvent(tab.view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                                   NO_MOD))
        assert len(tab.scene.cards) == 39 and controller.undo_stack.count() == 0
    finally:
        controller.close()


def test_many_void_qt_calls_do_not_exhaust_none() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (see zvdesk.ui)."""
    import sys

    from PySide6.QtGui import QPainterPath

    import zvdesk.ui  # noqa: F401 - installs the guard

    path = QPainterPath()
    point = QPointF(1, 1)
    before = sys.getrefcount(None)
    for _ in range(300_000):
        path.moveTo(point)
    # Without the pin (pyproject) or the guard, Python would have aborted by now; with either,
    # None still has (at least nearly) the references it had.
    assert sys.getrefcount(None) > 0
    assert sys.getrefcount(None) >= min(before, 1 << 40) - 300_000


def test_click_link_and_write_its_rationale(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    link = tab.scene.links[ids["link"]]
    click(tab.view, link.path().pointAtPercent(0.5))
    assert tab.scene.selected_link_ids() == [ids["link"]]
    assert tab.panel.link_box.isVisibleTo(tab.panel)
    assert "Casusoverleg" in tab.panel.link_label.text()
    tab.panel.rationale.setPlainText("Uit het overleg volgen afspraken")
    tab.panel._rationale(tab.panel.rationale.toPlainText())  # what focus-out does
    assert _theory(controller, pid).links[0].rationale == "Uit het overleg volgen afspraken"
    assert controller.undo_stack.count() == 1
    assert tab.scene.links[ids["link"]].toolTip() == "Uit het overleg volgen afspraken"


def test_escape_cancels_a_drag_and_ctrl_a_selects_all(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    start = centre(tab, ids["a"])
    origin = tab.scene.cards[ids["a"]].pos()
    _send(tab.view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 4):
        _send(tab.view, QEvent.Type.MouseMove, start + QPointF(0, 40 * i),
              Qt.MouseButton.NoButton, LEFT)
    assert tab.scene.cards[ids["a"]].pos() != origin
    key(tab, Qt.Key.Key_Escape)
    _send(tab.view, QEvent.Type.MouseButtonRelease, start + QPointF(0, 120), LEFT,
          Qt.MouseButton.NoButton)
    assert tab.scene.cards[ids["a"]].pos() == origin
    assert controller.undo_stack.count() == 0
    key(tab, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(tab.scene.selected_ids()) == {ids["a"], ids["o"], ids["m"]}


def test_tidy_is_one_undo_step(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    controller.execute("x", lambda s: add_element(s, pid, K.OUTPUT, "Tweede", x=80, y=300))
    tab.tidy()
    outputs = _theory(controller, pid).of_kind(K.OUTPUT)
    assert [o.x for o in outputs] == [0.0, 0.0] and outputs[1].y < 150
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert _theory(controller, pid).of_kind(K.OUTPUT)[1].y == 300


def _action(menu, text: str):  # noqa: ANN001, ANN202
    for action in menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no action {text!r} in {[a.text() for a in menu.actions()]}")


def test_table_bulk_change_kind_and_category(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    controller.execute("x", lambda s: add_element(s, pid, K.ACTIVITEIT, "Tweede activiteit"))
    acts = [e.id for e in _theory(controller, pid).of_kind(K.ACTIVITEIT)]
    tab.table.select_ids(acts)
    menu = tab.table.context_menu()
    _action(_action(menu, "Categorie").menu(), "Uitvoering").trigger()
    assert {e.category for e in _theory(controller, pid).of_kind(K.ACTIVITEIT)} == {
        Category.UITVOERING}
    tab.table.select_ids(acts)
    menu = tab.table.context_menu()
    _action(_action(menu, "Soort wijzigen").menu(), "Output").trigger()
    theory = _theory(controller, pid)
    assert {theory.by_id()[i].kind for i in acts} == {K.OUTPUT}
    assert all(tab.scene.cards[i].element.kind is K.OUTPUT for i in acts)
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    assert {e.id for e in _theory(controller, pid).of_kind(K.ACTIVITEIT)} == set(acts)


def test_panel_connects_without_a_mouse(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    tab.scene.select_ids([ids["o"]])
    combo = tab.panel.connect_to
    index = combo.findData(ids["m"])
    assert index > 0 and combo.findData(ids["o"]) == -1
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert any(lk.source_id == ids["o"] and lk.target_id == ids["m"]
               for lk in _theory(controller, pid).links)
    assert tab.panel.connect_to.findData(ids["m"]) == -1


def test_card_menu_changes_kind(setup) -> None:  # noqa: ANN001
    tab, controller, pid, ids = setup
    menu = tab.view.card_menu(ids["m"])
    assert tab.scene.selected_ids() == [ids["m"]]
    _action(_action(menu, "Soort wijzigen").menu(), "Contextfactor").trigger()
    e = _theory(controller, pid).by_id()[ids["m"]]
    assert e.kind is K.CONTEXTFACTOR and e.influence is Influence.BUITEN
    assert controller.undo_stack.count() == 1


def test_template_dialog_lists_the_shipped_templates(qtbot) -> None:  # noqa: ANN001
    from zvdesk.models.impact.templates import list_templates
    from zvdesk.ui.instruments.impact.templates_dialog import TemplateDialog

    dialog = TemplateDialog(None, list_templates())
    qtbot.addWidget(dialog)
    texts_shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(t.startswith("Beleidstheorie Regiopilots Z+V (VNG/Berenschot, 2020)")
               for t in texts_shown)
    assert any(t.startswith("Voorbeeld stappenplan") for t in texts_shown)
    row = next(i for i, t in enumerate(texts_shown) if t.startswith("Voorbeeld"))
    dialog.list.setCurrentRow(row)
    dialog.accept()
    assert dialog.chosen == builtin_folder() / "voorbeeld_stappenplan.json"


def test_export_never_overwrites_the_open_file(setup, monkeypatch, workdir: Path) -> None:  # noqa: ANN001
    """A picture name that is another name of the open .zvdb is refused (write guard)."""
    import os

    from PySide6.QtWidgets import QToolButton

    from zvdesk.ui.instruments.impact import texts as impact_texts

    tab, controller, _pid, _ids = setup
    doc_path = controller.document.path
    alias = workdir / "plaatje.png"
    os.link(doc_path, alias)
    before = doc_path.read_bytes()
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a, **_k: str(alias))
    menus = [b.menu() for b in tab.findChildren(QToolButton) if b.menu() is not None]
    action = next(a for m in menus for a in m.actions() if a.text() == impact_texts.ACT_EXPORT_PNG)
    action.trigger()
    assert shown and "waaruit gelezen" in shown[-1][2]
    assert doc_path.read_bytes() == before
