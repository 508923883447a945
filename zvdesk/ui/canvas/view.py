"""The view of every canvas: zoom, fit, pan, keyboard nudges, palette drops, Esc.

Keys: Ctrl+= / Ctrl++ zoom in, Ctrl+- zoom out, Ctrl+0 fit, Ctrl+wheel zooms, the middle
button pans, arrow keys nudge the selection (Shift: five steps), Ctrl+A selects every
record, Delete asks the canvas to delete (``delete_requested``), Esc cancels the running
gesture.

A burst of arrow keys is one undo step (:class:`NudgeBurst`): each key writes at once (the
file is always current), inside one undo macro that closes after a short pause, on any other
key or shortcut, a click, or when the canvas loses the focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from zvdesk.ui.canvas.palette import DropHandler, read_payload
from zvdesk.ui.canvas.scene import CanvasScene

log = logging.getLogger(__name__)

ZOOM_STEP = 1.2
ZOOM_MIN, ZOOM_MAX = 0.15, 4.0
#: Quiet time after the last arrow key that ends a burst of nudges (one undo step).
NUDGE_PAUSE_MS = 700
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
          Qt.Key.Key_Down: (0, 1)}


class NudgeBurst(QObject):
    """Groups the arrow-key nudges of one burst into one undo step.

    The first nudge opens an undo macro on the controller's stack; every nudge writes at once
    through the scene (one small edit inside the macro); :meth:`end` closes the macro.

    Signals:
        started(): a burst began.
        finished(): the burst ended (its undo step is on the stack).
    """

    started = Signal()
    finished = Signal()

    def __init__(self, scene: CanvasScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.active = False
        self._writes = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NUDGE_PAUSE_MS)
        self._timer.timeout.connect(self.end)

    def nudge(self, dx: float, dy: float) -> None:
        """One arrow key: moves the selection now, as part of the running burst."""
        if not self.active:
            count = len(self.scene.selected_ids())
            self.scene.controller.undo_stack.beginMacro(self.scene.nudge_text(count))
            self.active = True
            self._writes = 0
            self.started.emit()
        if self.scene.nudge_selection(dx, dy):
            self._writes += 1
        self._timer.start()

    def end(self) -> None:
        """Closes the burst's undo step (nothing happens when no burst runs)."""
        self._timer.stop()
        if not self.active:
            return
        self.active = False
        stack = self.scene.controller.undo_stack
        if stack.index() < stack.count():  # our macro is still open (not cleared meanwhile)
            stack.endMacro()
            if self._writes == 0:  # every nudge was refused: no empty step on the stack
                stack.undo()
        self.finished.emit()


class CanvasView(QGraphicsView):
    """Shows a :class:`CanvasScene` with the keys and gestures every canvas shares.

    Args:
        scene: The canvas scene.
        fit_max_zoom: :meth:`fit` never zooms in beyond this (None: no limit).
        fit_on_resize: Fit the scene whenever the view is shown or resized.

    Signals:
        delete_requested(): Delete or Backspace was pressed on the canvas.
    """

    delete_requested = Signal()

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None, *,
                 fit_max_zoom: float | None = 1.0, fit_on_resize: bool = False) -> None:
        super().__init__(scene, parent)
        self.canvas = scene
        self.fit_max_zoom = fit_max_zoom
        self.fit_on_resize = fit_on_resize
        self.burst = NudgeBurst(scene, self)
        self._drops: dict[str, DropHandler] = {}
        self._pan_from: QPoint | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the rubber band is a kit gesture
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- zoom and fit --------------------------------------------------------------------

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
        """Shows the whole canvas (never larger than ``fit_max_zoom``)."""
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.fit_max_zoom is not None and self.zoom() > self.fit_max_zoom:
            self.resetTransform()
            self.zoom_by(self.fit_max_zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.fit_on_resize:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.fit_on_resize:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse: pan, and the end of a nudge burst ------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.burst.end()
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

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.burst.end()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.burst.end()
        super().hideEvent(event)

    # -- keyboard ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and not self._is_nudge_key(event):
            self.burst.end()  # Ctrl+Z, Ctrl+S … act on a closed undo step
        return super().event(event)

    @staticmethod
    def _is_nudge_key(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                     | Qt.KeyboardModifier.KeypadModifier)
        return event.key() in ARROWS and mods == Qt.KeyboardModifier.NoModifier

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        scene = self.canvas
        if scene.interaction is not None and scene.interaction.key_press(event):
            event.accept()
            return
        if self._is_nudge_key(event):
            if scene.selected_ids() and not scene.read_only:
                step = scene.nudge_step * (
                    5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                dx, dy = ARROWS[Qt.Key(event.key())]
                self.burst.nudge(dx * step, dy * step)
                event.accept()
                return
            super().keyPressEvent(event)
            return
        self.burst.end()
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif ctrl and key == Qt.Key.Key_A:
            scene.select_ids(list(scene.record_items()))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- palette drops -------------------------------------------------------------------

    def accept_drop(self, mime_type: str, handler: DropHandler) -> None:
        """Lets drags of a MIME type land on the canvas: ``handler(payload, scene point)``."""
        self._drops[mime_type] = handler

    def _drop_type(self, event: QDragMoveEvent | QDropEvent) -> str | None:
        if self.canvas.read_only:
            return None
        data = event.mimeData()
        return next((m for m in self._drops if data.hasFormat(m)), None)

    def _accept_copy(self, event: QDragMoveEvent | QDropEvent) -> str | None:
        mime_type = self._drop_type(event)
        if mime_type is None:
            event.ignore()
            return None
        event.setDropAction(Qt.DropAction.CopyAction)  # never a move: the list keeps its entry
        event.accept()
        return mime_type

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self._accept_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self._accept_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        mime_type = self._accept_copy(event)
        if mime_type is None:
            return
        payload = read_payload(event.mimeData(), mime_type)
        pos = self.mapToScene(event.position().toPoint())
        if payload is not None:
            self._drops[mime_type](payload, QPointF(pos))
