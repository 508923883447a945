"""Gestures on a canvas, one small class each (after orange-canvas-core's UserInteraction).

A gesture gets the mouse while it runs, moves items on screen only, and ends in at most one
:meth:`CanvasScene.execute` (one undo step) when it finishes. Esc cancels it: everything it
moved goes back and nothing is written. No database access happens per frame.

* :class:`MoveInteraction` drags items (a canvas subclass writes the move),
* :class:`RubberBandInteraction` selects what a rectangle touches,
* :class:`ConnectInteraction` draws a line from one record to another (a canvas subclass
  writes the connection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

if TYPE_CHECKING:
    from zvdesk.ui.canvas.scene import CanvasScene, GestureScene

#: Mouse travel (scene units, Manhattan) below which a press and release is a click.
DRAG_THRESHOLD = 3.0


class UserInteraction(QObject):
    """Base of a gesture.

    Lifecycle: :meth:`start` → mouse moves → :meth:`mouse_release` commits and
    :meth:`finish`\\ es, or :meth:`cancel` (Esc, a reload) puts things back and finishes.

    Signals:
        started(): the gesture began.
        finished(): the gesture ended (committed or cancelled); emitted once.
        cancelled(): the gesture was abandoned; emitted before ``finished``.
    """

    started = Signal()
    finished = Signal()
    cancelled = Signal()

    def __init__(self, scene: GestureScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.is_finished = False
        self.is_cancelled = False

    def start(self) -> None:
        """Begins the gesture."""
        self.started.emit()

    def mouse_move(self, pos: QPointF) -> None:
        """The mouse moved to a scene position."""

    def mouse_release(self, pos: QPointF) -> None:
        """The button was released: commit (at most one undo step) and finish."""
        self.finish()

    def key_press(self, event: QKeyEvent) -> bool:
        """A key while the gesture runs; Esc cancels. Returns True when handled."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def restore(self) -> None:
        """Puts on screen what the gesture changed back as it was (subclasses)."""

    def finish(self) -> None:
        """Ends the gesture (once)."""
        if self.is_finished:
            return
        self.is_finished = True
        self.cleanup()
        self.finished.emit()

    def cancel(self) -> None:
        """Abandons the gesture: restores the items, writes nothing, finishes."""
        if self.is_finished:
            return
        self.is_cancelled = True
        self.restore()
        self.cancelled.emit()
        self.finish()

    def cleanup(self) -> None:
        """Removes helper items of the gesture (a rubber line, a rectangle)."""


def moved_past_threshold(delta: QPointF) -> bool:
    """True when the mouse travelled far enough for a drag."""
    return abs(delta.x()) + abs(delta.y()) >= DRAG_THRESHOLD


class MoveInteraction(UserInteraction):
    """Drags items; on release one write of their new places (subclass: :meth:`write`).

    Attributes:
        items: The items being dragged.
        origins: Where each item stood when the drag began.
        moved: True once the mouse passed :data:`DRAG_THRESHOLD`.
    """

    def __init__(self, scene: GestureScene, items: list[Any], start: QPointF) -> None:
        super().__init__(scene)
        self.items = list(items)
        self.start_pos = QPointF(start)
        self.origins = {item: item.pos() for item in self.items}
        self.moved = False
        self._dragging = False

    def mouse_move(self, pos: QPointF) -> None:  # noqa: D102
        delta = pos - self.start_pos
        if not self.moved and not moved_past_threshold(delta):
            return
        if not self.moved:
            self.moved = self._dragging = True
            self.drag_started()
        for item, origin in self.origins.items():
            item.setPos(origin + delta)
        self.follow()

    def mouse_release(self, pos: QPointF) -> None:  # noqa: D102
        self.mouse_move(pos)
        if self.moved:
            self._end_drag()
            if not self.write():
                self.restore()
        self.finish()

    def _end_drag(self) -> None:
        if self._dragging:
            self._dragging = False
            self.drag_ended()

    def restore(self) -> None:  # noqa: D102
        self._end_drag()
        for item, origin in self.origins.items():
            item.setPos(origin)
        self.follow()

    def drag_started(self) -> None:
        """The drag passed the threshold (e.g. freeze arrows that do not move)."""

    def drag_ended(self) -> None:
        """The drag is over (released or cancelled)."""

    def follow(self) -> None:
        """Re-routes what hangs on the dragged items (links, arrows)."""

    def write(self) -> bool:
        """Writes the items' new places (one ``scene.execute``); False when refused."""
        return False


class RubberBandInteraction(UserInteraction):
    """Selects every selectable item a dragged rectangle touches; Esc restores the selection.

    Args:
        scene: The canvas.
        start: Where the press was (scene).
        additive: Ctrl/Shift held: add to the selection instead of replacing it.
    """

    def __init__(self, scene: CanvasScene, start: QPointF, additive: bool = False) -> None:
        super().__init__(scene)
        self.start_pos = QPointF(start)
        self.additive = additive
        self.before = list(scene.selectedItems())
        self.rect_item: QGraphicsRectItem | None = None

    def start(self) -> None:  # noqa: D102
        if not self.additive:
            self.scene.clearSelection()
            self.scene.setFocusItem(None)
        super().start()

    def mouse_move(self, pos: QPointF) -> None:  # noqa: D102
        if self.rect_item is None:
            if not moved_past_threshold(pos - self.start_pos):
                return
            self.rect_item = QGraphicsRectItem()
            self.rect_item.setPen(QPen(QColor("#1a5fb4"), 0, Qt.PenStyle.DashLine))
            self.rect_item.setBrush(QColor(26, 95, 180, 30))
            self.rect_item.setZValue(1000)
            self.rect_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(self.rect_item)
        rect = QRectF(self.start_pos, pos).normalized()
        self.rect_item.setRect(rect)
        path = QPainterPath()
        path.addRect(rect)
        operation = (Qt.ItemSelectionOperation.AddToSelection if self.additive
                     else Qt.ItemSelectionOperation.ReplaceSelection)
        self.scene.setSelectionArea(path, operation, Qt.ItemSelectionMode.IntersectsItemShape,
                                    QTransform())
        if self.additive:
            for item in self.before:
                item.setSelected(True)

    def mouse_release(self, pos: QPointF) -> None:  # noqa: D102
        self.mouse_move(pos)
        self.finish()

    def restore(self) -> None:  # noqa: D102
        self.scene.clearSelection()
        for item in self.before:
            if item.scene() is self.scene:
                item.setSelected(True)

    def cleanup(self) -> None:  # noqa: D102
        if self.rect_item is not None and self.rect_item.scene() is self.scene:
            self.scene.removeItem(self.rect_item)
        self.rect_item = None


class ConnectInteraction(UserInteraction):
    """Draws a line from a record; released on another record, :meth:`connect` writes.

    Args:
        scene: The canvas.
        source: The record item the line starts from.
        anchor: Where the line starts (scene); default the source's position.
    """

    def __init__(self, scene: CanvasScene, source: Any, anchor: QPointF | None = None) -> None:
        super().__init__(scene)
        self.source = source
        self.anchor = QPointF(anchor) if anchor is not None else QPointF(source.pos())
        self.line = self.make_line()
        self.line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.line)
        self.draw(self.anchor, self.anchor)

    def make_line(self) -> QGraphicsItem:
        """The item that follows the mouse (default: a blue line)."""
        line = QGraphicsPathItem()
        line.setPen(QPen(QColor("#1a5fb4"), 1.6))
        line.setZValue(5)
        return line

    def draw(self, start: QPointF, end: QPointF) -> None:
        """Shows the line from start to end."""
        path = QPainterPath(start)
        path.lineTo(end)
        self.line.setPath(path)

    def mouse_move(self, pos: QPointF) -> None:  # noqa: D102
        self.draw(self.anchor, pos)

    def mouse_release(self, pos: QPointF) -> None:  # noqa: D102
        self.cleanup()
        target = self.scene.record_item_at(pos)
        if target is not None and target is not self.source:
            self.connect(self.source.record_id, target.record_id)
        self.finish()

    def connect(self, source_id: str, target_id: str) -> bool:
        """Writes the connection (one ``scene.execute``); False when refused."""
        return False

    def cleanup(self) -> None:  # noqa: D102
        if self.line.scene() is not None:
            self.line.scene().removeItem(self.line)
