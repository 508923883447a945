"""The view on the impact canvas: zoom, fit, pan, keyboard gestures, palette drops, F2 editing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QMenu, QWidget

from zvdesk.models.impact.ops import (
    delete_selection,
    move_elements,
    retype_element,
    update_element,
)
from zvdesk.models.impact.tables import ElementKind
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.interactions import moves_for
from zvdesk.ui.instruments.impact.scene import ImpactScene

#: Mime type of a palette drag: the element kind's value as UTF-8.
KIND_MIME = "application/x-zvdesk-impact-kind"
ZOOM_STEP = 1.2
ZOOM_MIN, ZOOM_MAX = 0.15, 4.0
ARROW_STEP = 10.0


def kind_mime(kind: ElementKind) -> QMimeData:
    """The mime data a palette drag carries."""
    data = QMimeData()
    data.setData(KIND_MIME, kind.value.encode("utf-8"))
    return data


class InlineEditor(QLineEdit):
    """A one-line editor over a card (F2); Enter saves, Escape cancels."""

    def __init__(self, view: ImpactView, element_id: str, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.element_id = element_id
        self.setAccessibleName(texts.FIELD_TITLE)
        self.returnPressed.connect(self.commit)
        self._done = False

    def commit(self) -> None:
        """Saves the title (one undo step) and closes."""
        if self._done:
            return
        self._done = True
        title, eid = self.text().strip(), self.element_id
        card = self.view.impact_scene.cards.get(eid)
        if title and card is not None and title != card.element.title:
            self.view.impact_scene.execute(
                texts.UNDO_EDIT, lambda s: update_element(s, eid, {"title": title}))
        self.close_editor()

    def close_editor(self) -> None:
        """Removes the editor and gives the focus back to the canvas."""
        self._done = True
        self.view.editor = None
        self.hide()
        self.deleteLater()
        self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().focusOutEvent(event)
        if not self._done:
            self.commit()


class ImpactView(QGraphicsView):
    """Shows an :class:`ImpactScene`; Ctrl+wheel zooms, the middle button pans."""

    def __init__(self, scene: ImpactScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.impact_scene = scene
        self.editor: InlineEditor | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Canvas van de beleidstheorie")
        self._pan_from: QPoint | None = None
        scene.edit_requested.connect(self.edit_card)

    # -- zoom and pan -------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zooms in (factor > 1) or out, within limits."""
        target = max(ZOOM_MIN, min(ZOOM_MAX, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        """One step in."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step out."""
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Shows the whole theory."""
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_Escape and self.impact_scene.interaction is not None:
            self.impact_scene.interaction.cancel()
            self.impact_scene.interaction = None
        elif ctrl and key == Qt.Key.Key_A:
            self.impact_scene.select_ids(list(self.impact_scene.cards))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        elif key == Qt.Key.Key_F2:
            ids = self.impact_scene.selected_ids()
            if ids:
                self.edit_card(ids[0])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and (
                self.impact_scene.selected_cards()):
            step = ARROW_STEP * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                                 else 1)
            dx = {Qt.Key.Key_Left: -step, Qt.Key.Key_Right: step}.get(key, 0.0)
            dy = {Qt.Key.Key_Up: -step, Qt.Key.Key_Down: step}.get(key, 0.0)
            self.nudge(dx, dy)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def nudge(self, dx: float, dy: float) -> None:
        """Moves the selected cards by a step (one undo step; may change lane)."""
        cards = self.impact_scene.selected_cards()
        if not cards or self.impact_scene.controller.read_only:
            return
        for card in cards:
            card.setPos(card.pos() + QPointF(dx, dy))
        moves = moves_for(self.impact_scene, cards)
        text = texts.UNDO_MOVE if len(moves) > 1 else texts.UNDO_MOVE_ONE
        self.impact_scene.execute(text, lambda s: move_elements(s, moves))

    def delete_selection(self) -> None:
        """Deletes the selected cards (with their links) and links: one undo step."""
        ids = self.impact_scene.selected_ids()
        link_ids = self.impact_scene.selected_link_ids()
        if (not ids and not link_ids) or self.impact_scene.controller.read_only:
            return
        self.impact_scene.execute(texts.UNDO_DELETE,
                                  lambda s: delete_selection(s, ids, link_ids))

    def edit_card(self, element_id: str) -> None:
        """Opens the in-place editor over a card."""
        card = self.impact_scene.cards.get(element_id)
        if card is None or self.impact_scene.controller.read_only:
            return
        if self.editor is not None:
            self.editor.close_editor()
        self.ensureVisible(card)
        rect = self.mapFromScene(card.sceneBoundingRect()).boundingRect()
        self.editor = InlineEditor(self, element_id, card.element.title)
        self.editor.setGeometry(rect.left() + 4, rect.top() + 18, max(120, rect.width() - 8),
                                self.editor.sizeHint().height())
        self.editor.show()
        self.editor.selectAll()
        self.editor.setFocus()

    def card_menu(self, element_id: str) -> QMenu:
        """The right-click menu of a card (acts on the selection it belongs to)."""
        scene = self.impact_scene
        card = scene.cards[element_id]
        if not card.isSelected():
            scene.select_ids([element_id])
        ids = scene.selected_ids()
        menu = QMenu(self)
        menu.addAction(texts.ACT_EDIT).triggered.connect(lambda: self.edit_card(element_id))
        kinds = menu.addMenu(texts.MENU_KIND)
        for kind in ElementKind:
            action = kinds.addAction(texts.KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: scene.execute(
                texts.UNDO_RETYPE, lambda s: [retype_element(s, i, k) for i in ids]))
        menu.addSeparator()
        menu.addAction(texts.ACT_DELETE).triggered.connect(self.delete_selection)
        for action in menu.actions():
            action.setEnabled(not scene.controller.read_only)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        card = self.impact_scene.card_at(self.mapToScene(event.pos()))
        if card is None:
            super().contextMenuEvent(event)
            return
        self.card_menu(card.element_id).exec(event.globalPos())
        event.accept()

    # -- palette drops ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(KIND_MIME) and not self.impact_scene.controller.read_only:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(KIND_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if not event.mimeData().hasFormat(KIND_MIME):
            super().dropEvent(event)
            return
        kind = ElementKind(bytes(event.mimeData().data(KIND_MIME)).decode("utf-8"))
        pos = self.mapToScene(event.position().toPoint())
        lane = self.impact_scene.layout.lane_at(pos.x(), pos.y())
        # Lane and kind are one: dropped in its own lane the card lands where it was
        # dropped, elsewhere it goes to the bottom of its own lane.
        self.impact_scene.add_card(kind, pos if lane is kind else None)
        event.acceptProposedAction()
