"""Gestures on the circle map, one small class each; each ends in at most one controller.execute.

* :class:`MoveInteraction` drags the selected tokens; on release they snap into a ring.
* :class:`RelationInteraction` draws an arrow from one token to another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.stakeholders.ops import add_relation, move_players
from zvdesk.models.stakeholders.tables import RelationKind
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.items import SCALE, PlayerItem, RubberLine
from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene

#: Mouse travel (scene pixels) below which a press and release is a click, not a drag.
DRAG_THRESHOLD = 3.0

ErrorSink = Callable[[str], None]


class Interaction:
    """Base of a gesture: gets scene positions, ends with :meth:`release`."""

    def __init__(self, scene: StakeholderScene, controller: DocumentController,
                 on_error: ErrorSink) -> None:
        self.scene = scene
        self.controller = controller
        self.on_error = on_error

    def move(self, pos: QPointF) -> None:
        """The mouse moved to a scene position."""

    def release(self, pos: QPointF) -> None:
        """The button was released; finish the gesture."""

    def cancel(self) -> None:
        """Escape: undo the visual effect, write nothing."""


class MoveInteraction(Interaction):
    """Drags tokens; one undo step for the whole drag."""

    def __init__(self, scene: StakeholderScene, controller: DocumentController,
                 on_error: ErrorSink, items: list[PlayerItem], start: QPointF) -> None:
        super().__init__(scene, controller, on_error)
        self.items = items
        self.start = QPointF(start)
        self.origins = {item.player_id: item.pos() for item in items}
        self.moved = False

    def move(self, pos: QPointF) -> None:  # noqa: D102
        delta = pos - self.start
        if not self.moved and abs(delta.x()) + abs(delta.y()) < DRAG_THRESHOLD:
            return
        if not self.moved:
            self.scene.relation_layer.freeze(self.scene.attached(list(self.origins)))
        self.moved = True
        for item in self.items:
            item.setPos(self.origins[item.player_id] + delta)
        self.scene.follow(list(self.origins))

    def release(self, pos: QPointF) -> None:  # noqa: D102
        self.move(pos)
        if not self.moved:
            return
        self.scene.relation_layer.thaw()
        moves = [(item.player_id, item.pos().x() / SCALE, item.pos().y() / SCALE)
                 for item in self.items]
        text = (texts.UNDO_MOVE if len(moves) == 1
                else texts.UNDO_MOVE_MANY.format(n=len(moves)))
        try:
            self.controller.execute(text, lambda s: move_players(s, moves))
        except ZvdbError as exc:
            self.on_error(str(exc))
            self.scene.reload()

    def cancel(self) -> None:  # noqa: D102
        self.scene.relation_layer.thaw()
        for item in self.items:
            item.setPos(self.origins[item.player_id])
        self.scene.follow(list(self.origins))


class RelationInteraction(Interaction):
    """Draws a relation: press on one token, release on another."""

    def __init__(self, scene: StakeholderScene, controller: DocumentController,
                 on_error: ErrorSink, source: PlayerItem, kind: RelationKind) -> None:
        super().__init__(scene, controller, on_error)
        self.source = source
        self.kind = kind
        self.line = RubberLine(kind)
        scene.addItem(self.line)
        self.line.set_line(source.pos(), source.pos())
        self.created: str | None = None

    def move(self, pos: QPointF) -> None:  # noqa: D102
        self.line.set_line(self.source.pos(), pos)

    def release(self, pos: QPointF) -> None:  # noqa: D102
        self._remove_line()
        target = self.scene.player_at(pos)
        if target is None or target is self.source:
            return
        source_id, target_id, kind = self.source.player_id, target.player_id, self.kind
        try:
            self.created = self.controller.execute(
                texts.UNDO_RELATION, lambda s: add_relation(s, source_id, target_id, kind))
        except ZvdbError as exc:
            self.on_error(str(exc))

    def cancel(self) -> None:  # noqa: D102
        self._remove_line()

    def _remove_line(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
