"""The canvas kit itself (zvdesk/ui/canvas), on a minimal canvas built from it the way a new
canvas would be: real SQLite file, real widgets, synthesised mouse and key events, asserted on
the model, the items and the undo stack."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QListWidgetItem

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.impact.ops import add_element, move_elements
from zvdesk.models.impact.tables import Element, ElementKind, Theory, theory_for_project
from zvdesk.ui import dialogs
from zvdesk.ui.canvas import export as canvas_export
from zvdesk.ui.canvas.interactions import DRAG_THRESHOLD, MoveInteraction
from zvdesk.ui.canvas.palette import PAYLOAD_ROLE, PaletteList
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.canvas.view import NUDGE_PAUSE_MS, CanvasView
from zvdesk.ui.controller import DocumentController

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NOTE_MIME = "application/x-zvdesk-test-note"
KIND = ElementKind.ACTIVITEIT


# -- a minimal canvas made from the kit: one square per card, at the card's x, y ----------


class NoteItem(QGraphicsRectItem):
    """A square for one card."""

    def __init__(self, element: Element) -> None:
        super().__init__(0, 0, 60, 40)
        self.record_id = element.id
        self.setFlags(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsRectItem.GraphicsItemFlag.ItemIsFocusable)
        self.show_element(element)

    def show_element(self, element: Element) -> None:
        """Stands where the card says."""
        self.setPos(element.x, element.y)
        self.setToolTip(element.title)


class NoteMove(MoveInteraction):
    """Writes the dragged squares' places."""

    def write(self) -> bool:  # noqa: D102
        moves = {i.record_id: (KIND, i.pos().x(), i.pos().y()) for i in self.items}
        return bool(self.scene.execute("Notitie verplaatsen", lambda s: move_elements(s, moves)))


class NoteScene(CanvasScene):
    """The cards of one project as squares."""

    watched_kinds = ("impact_element",)

    def __init__(self, controller: DocumentController, project_id: str) -> None:
        super().__init__(controller, project_id)
        self.mirror: Mirror[Element, NoteItem] = Mirror(self, NoteItem, NoteItem.show_element)
        self.notes = self.mirror.items
        self.set_records(self.mirror)
        self.setSceneRect(0, 0, 1200, 900)
        self.reload()

    def read(self, session) -> Theory:  # noqa: ANN001, D102
        return theory_for_project(session, self.project_id)

    def sync(self, theory: Theory, changes) -> None:  # noqa: ANN001, D102
        self.mirror.sync(theory.elements)

    def move_interaction(self, items, start):  # noqa: ANN001, ANN201, D102
        return NoteMove(self, items, start)

    def nudge_text(self, count: int) -> str:  # noqa: D102
        return "Notitie verplaatsen"

    def nudge_selection(self, dx: float, dy: float) -> bool:  # noqa: D102
        moves = {i.record_id: (KIND, i.pos().x() + dx, i.pos().y() + dy)
                 for i in self.selected_record_items()}
        return bool(self.execute("Notitie verplaatsen", lambda s: move_elements(s, moves)))

    def add_note(self, pos: QPointF) -> None:
        """Adds a card where something was dropped."""
        pid = self.project_id
        result = self.execute("Notitie toevoegen",
                              lambda s: add_element(s, pid, KIND, "Nieuw", x=pos.x(), y=pos.y()))
        if result:
            self.select_ids([result.value])


@pytest.fixture
def canvas(qtbot, new_doc: Document, monkeypatch):  # noqa: ANN001, ANN201
    """A project with two cards on a kit canvas shown at 100 %."""
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))

    def build(s):  # noqa: ANN001, ANN202
        pid = ops.create_record(s, "project", {"name": "Pilot"})
        a = add_element(s, pid, KIND, "Een", x=100, y=100)
        b = add_element(s, pid, KIND, "Twee", x=300, y=100)
        return pid, a, b

    (pid, a, b), _ = new_doc.write(build)
    controller = DocumentController(new_doc)
    scene = NoteScene(controller, pid)
    view = CanvasView(scene)
    view.accept_drop(NOTE_MIME, lambda _payload, pos: scene.add_note(pos))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.resetTransform()
    view.centerOn(QPointF(450, 350))
    yield view, scene, controller, pid, a, b, errors
    controller.undo_stack.clear()


def _element(controller: DocumentController, pid: str, eid: str) -> Element:
    with controller.session() as s:
        return theory_for_project(s, pid).by_id()[eid]


def _send(view: CanvasView, kind: QEvent.Type, scene_pt: QPointF, button=Qt.MouseButton.NoButton,  # noqa: ANN001
          buttons=Qt.MouseButton.NoButton, mods=NO_MOD) -> None:  # noqa: ANN001
    local = QPointF(view.mapFromScene(scene_pt))
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    QApplication.sendEvent(view.viewport(), QMouseEvent(kind, local, glob, button, buttons, mods))


def _press_and_move(view: CanvasView, start: QPointF, end: QPointF) -> None:
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 5):
        _send(view, QEvent.Type.MouseMove, start + (end - start) * (i / 4),
              Qt.MouseButton.NoButton, LEFT)


def _release(view: CanvasView, pt: QPointF) -> None:
    _send(view, QEvent.Type.MouseButtonRelease, pt, LEFT, Qt.MouseButton.NoButton)


def _centre(scene: NoteScene, eid: str) -> QPointF:
    return scene.notes[eid].sceneBoundingRect().center()


# -- gestures --------------------------------------------------------------------------------


def test_drag_is_one_undo_step_with_started_and_finished(canvas) -> None:  # noqa: ANN001
    view, scene, controller, pid, a, _b, errors = canvas
    start = _centre(scene, a)
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    interaction = scene.interaction
    assert isinstance(interaction, NoteMove)
    seen: list[str] = []
    interaction.finished.connect(lambda: seen.append("finished"))
    interaction.cancelled.connect(lambda: seen.append("cancelled"))
    for i in range(1, 5):
        _send(view, QEvent.Type.MouseMove, start + QPointF(20 * i, 10 * i),
              Qt.MouseButton.NoButton, LEFT)
    _release(view, start + QPointF(80, 40))
    assert seen == ["finished"] and scene.interaction is None
    e = _element(controller, pid, a)
    assert (e.x, e.y) == pytest.approx((180, 140), abs=1)
    assert controller.undo_stack.count() == 1 and errors == []
    controller.undo_stack.undo()
    assert scene.notes[a].pos() == QPointF(100, 100)


def test_a_click_below_the_drag_threshold_writes_nothing(canvas) -> None:  # noqa: ANN001
    view, scene, controller, _pid, a, _b, _errors = canvas
    start = _centre(scene, a)
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    small = QPointF(DRAG_THRESHOLD / 2 - 0.1, DRAG_THRESHOLD / 2 - 0.1)
    _send(view, QEvent.Type.MouseMove, start + small, Qt.MouseButton.NoButton, LEFT)
    _release(view, start + small)
    assert scene.selected_ids() == [a]
    assert scene.notes[a].pos() == QPointF(100, 100) and controller.undo_stack.count() == 0


def test_escape_cancels_a_drag_in_progress(canvas) -> None:  # noqa: ANN001
    view, scene, controller, pid, a, b, _errors = canvas
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.mapFromScene(_centre(scene, a)))
    QTest.mouseClick(view.viewport(), LEFT, CTRL, view.mapFromScene(_centre(scene, b)))
    assert set(scene.selected_ids()) == {a, b}
    start = _centre(scene, a)
    _press_and_move(view, start, start + QPointF(150, 200))
    interaction = scene.interaction
    cancelled: list[bool] = []
    interaction.cancelled.connect(lambda: cancelled.append(True))
    assert scene.notes[a].pos() == QPointF(250, 300) and scene.notes[b].pos() == QPointF(450, 300)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert cancelled == [True] and scene.interaction is None
    assert scene.notes[a].pos() == QPointF(100, 100) and scene.notes[b].pos() == QPointF(300, 100)
    _release(view, start + QPointF(150, 200))  # the release after Esc does nothing
    assert scene.notes[a].pos() == QPointF(100, 100)
    assert controller.undo_stack.count() == 0
    assert (_element(controller, pid, a).x, _element(controller, pid, b).x) == (100, 300)
    assert set(scene.selected_ids()) == {a, b}


def test_rubber_band_selects_and_escape_restores_the_selection(canvas) -> None:  # noqa: ANN001
    view, scene, controller, _pid, a, b, _errors = canvas
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.mapFromScene(_centre(scene, b)))
    assert scene.selected_ids() == [b]
    _press_and_move(view, QPointF(60, 60), QPointF(200, 200))
    assert scene.selected_ids() == [a]  # only what the band touches
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.selected_ids() == [b]
    assert not [i for i in scene.items() if i not in scene.notes.values()]  # band removed
    _press_and_move(view, QPointF(60, 60), QPointF(420, 200))
    _release(view, QPointF(420, 200))
    assert set(scene.selected_ids()) == {a, b} and controller.undo_stack.count() == 0


def test_a_refused_write_shows_the_dutch_message_and_reloads(canvas) -> None:  # noqa: ANN001
    view, scene, controller, _pid, a, _b, errors = canvas
    # Someone else removed the card from the file behind this canvas's back.
    with sqlite3.connect(controller.document.path) as raw:
        raw.execute("UPDATE impact_element SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?",
                    (a,))
    raw.close()
    start = _centre(scene, a)
    _press_and_move(view, start, start + QPointF(100, 0))
    _release(view, start + QPointF(100, 0))
    assert errors and "bestaat niet meer" in errors[-1]
    assert controller.undo_stack.count() == 0
    assert a not in scene.notes  # the reload after the refusal shows the file as it is


# -- the view: nudges, zoom, fit ---------------------------------------------------------


def test_a_burst_of_five_arrow_nudges_is_one_undo_step(canvas, qtbot) -> None:  # noqa: ANN001
    view, scene, controller, pid, a, b, _errors = canvas
    QTest.mouseClick(view.viewport(), LEFT, NO_MOD, view.mapFromScene(_centre(scene, a)))
    view.setFocus()
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert _element(controller, pid, a).x == 150  # every nudge is on disk at once
    assert view.burst.active
    qtbot.waitUntil(lambda: not view.burst.active, timeout=NUDGE_PAUSE_MS * 5)
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Notitie verplaatsen"
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # a new burst
    qtbot.waitUntil(lambda: not view.burst.active, timeout=NUDGE_PAUSE_MS * 5)
    assert _element(controller, pid, a).y == 150 and controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert _element(controller, pid, a).y == 100 and _element(controller, pid, a).x == 150
    controller.undo_stack.undo()  # the five nudges go back in one step
    assert _element(controller, pid, a).x == 100 and scene.notes[a].pos() == QPointF(100, 100)
    assert _element(controller, pid, b).x == 300
    controller.undo_stack.redo()
    assert _element(controller, pid, a).x == 150


def test_another_key_ends_the_burst_at_once(canvas) -> None:  # noqa: ANN001
    view, scene, controller, pid, a, _b, _errors = canvas
    scene.select_ids([a])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Equal, CTRL)  # zoom: not a nudge, closes the step
    assert not view.burst.active and controller.undo_stack.count() == 1
    assert controller.undo_stack.canUndo()
    controller.undo_stack.undo()
    assert _element(controller, pid, a).x == 100


def test_zoom_and_fit_keys(canvas) -> None:  # noqa: ANN001
    view, _scene, _controller, _pid, _a, _b, _errors = canvas
    view.setFocus()
    assert view.zoom() == pytest.approx(1.0)
    QTest.keyClick(view, Qt.Key.Key_Equal, CTRL)
    assert view.zoom() == pytest.approx(1.2)
    QTest.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.zoom() == pytest.approx(1.44)
    QTest.keyClick(view, Qt.Key.Key_Minus, CTRL)
    QTest.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom() == pytest.approx(1.0)
    pos = QPointF(200, 200)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, CTRL,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(1.2)
    QTest.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.zoom() < 1.0  # the 1200 x 900 canvas does not fit a 900 x 700 view at 100 %
    QApplication.processEvents()  # the scroll bars go away
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.adjusted(-2, -2, 2, 2).contains(view.sceneRect())
    view.resize(1600, 1200)
    QTest.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.zoom() == pytest.approx(1.0)  # fit never enlarges beyond 100 %


def test_ctrl_a_selects_every_record_and_delete_asks(canvas) -> None:  # noqa: ANN001
    view, scene, _controller, _pid, a, b, _errors = canvas
    asked: list[bool] = []
    view.delete_requested.connect(lambda: asked.append(True))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    assert set(scene.selected_ids()) == {a, b}
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert asked == [True]


# -- palette drop ----------------------------------------------------------------------------


def test_a_palette_drop_creates_one_record(canvas) -> None:  # noqa: ANN001
    view, scene, controller, pid, _a, _b, _errors = canvas
    palette = PaletteList(NOTE_MIME)
    item = QListWidgetItem("Notitie")
    item.setData(PAYLOAD_ROLE, "notitie")
    palette.addItem(item)
    mime = palette.mimeData([item])  # what a drag from the palette carries
    assert mime.formats() == [NOTE_MIME]
    point = QPointF(view.mapFromScene(QPointF(600, 400)))
    vp = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
                            mime, LEFT, NO_MOD)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, LEFT, NO_MOD)
    QApplication.sendEvent(vp, drop)
    assert drop.dropAction() == Qt.DropAction.CopyAction  # the palette keeps its entry
    with controller.session() as s:
        elements = theory_for_project(s, pid).elements
    assert len(elements) == 3
    new = next(e for e in elements if e.title == "Nieuw")
    assert (new.x, new.y) == pytest.approx((600, 400), abs=1)
    assert controller.undo_stack.count() == 1 and scene.selected_ids() == [new.id]
    foreign = PaletteList("text/x-other")
    other_mime = foreign.mimeData([item])  # kept alive: the event does not own it
    other = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, other_mime, LEFT, NO_MOD)
    QApplication.sendEvent(vp, other)
    assert not other.isAccepted()  # an unknown drag is refused


# -- export -----------------------------------------------------------------------------------


def test_png_and_svg_export_write_valid_files(canvas, workdir: Path, monkeypatch) -> None:  # noqa: ANN001
    view, scene, _controller, _pid, a, _b, errors = canvas
    scene.select_ids([a])
    png = canvas_export.export_png(scene, workdir / "kaart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    rect = scene.export_rect()
    assert (image.width(), image.height()) == (round(rect.width() * 2), round(rect.height() * 2))
    svg = canvas_export.export_svg(scene, workdir / "kaart.svg", title="Notities")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith("title") and el.text == "Notities" for el in root.iter())
    assert QSvgRenderer(str(svg)).isValid()
    assert scene.selected_ids() == [a]  # the selection is back after the export
    # Through the Dutch save dialog: the extension is added.
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: str(workdir / "zonder"))
    path = canvas_export.export_with_dialog(view, scene, "svg", dialog_title="Exporteren",
                                            suggestion="kaart", done_text="Opgeslagen: {path}")
    assert path == workdir / "zonder.svg" and path.exists()
    assert shown == [f"Opgeslagen: {path}"]
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda *_a: str(workdir / "bestaat-niet" / "kaart.png"))
    assert canvas_export.export_with_dialog(view, scene, "png", dialog_title="Exporteren",
                                            suggestion="kaart") is None
    assert errors == ["Het bestand kon niet worden opgeslagen. Kies een andere map."]


def test_export_rect_of_a_plain_scene_is_its_items(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 100, 50))
    bounds = scene.itemsBoundingRect()  # the rectangle with its pen
    assert canvas_export.export_rect(scene) == bounds.adjusted(-20, -20, 20, 20)


def test_ctrl_z_right_after_a_burst_undoes_the_whole_burst(canvas) -> None:  # noqa: ANN001
    view, scene, controller, pid, a, _b, _errors = canvas
    undo = controller.undo_stack.createUndoAction(view)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    view.addAction(undo)
    scene.select_ids([a])
    view.setFocus()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.burst.active and _element(controller, pid, a).y == 130
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)  # at once, without waiting for the pause
    assert not view.burst.active
    assert _element(controller, pid, a).y == 100 and controller.undo_stack.index() == 0
