"""Gestures on the circle map: the kit's move and connect, written as stakeholder edits.

* :class:`TokenMoveInteraction` drags the selected tokens; on release they snap into a ring.
* :class:`RelationInteraction` draws an arrow from one token to another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from zvdesk.models.stakeholders.ops import add_relation, move_players
from zvdesk.models.stakeholders.tables import RelationKind
from zvdesk.ui.canvas.interactions import ConnectInteraction, MoveInteraction
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.items import SCALE, PlayerItem, RubberLine

if TYPE_CHECKING:
    from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene


class TokenMoveInteraction(MoveInteraction):
    """Drags tokens; one undo step for the whole drag. Arrows that do not move are frozen."""

    scene: StakeholderScene

    def __init__(self, scene: StakeholderScene, items: list[PlayerItem], start: QPointF) -> None:
        super().__init__(scene, items, start)
        self.ids = [item.player_id for item in items]

    def drag_started(self) -> None:  # noqa: D102
        self.scene.relation_layer.freeze(self.scene.attached(self.ids))

    def drag_ended(self) -> None:  # noqa: D102
        self.scene.relation_layer.thaw()

    def follow(self) -> None:  # noqa: D102
        self.scene.follow(self.ids)

    def write(self) -> bool:  # noqa: D102
        moves = [(item.player_id, item.pos().x() / SCALE, item.pos().y() / SCALE)
                 for item in self.items]
        text = (texts.UNDO_MOVE if len(moves) == 1
                else texts.UNDO_MOVE_MANY.format(n=len(moves)))
        return bool(self.scene.execute(text, lambda s: move_players(s, moves)))


class RelationInteraction(ConnectInteraction):
    """Draws a relation: press on one token, release on another."""

    scene: StakeholderScene

    def __init__(self, scene: StakeholderScene, source: PlayerItem, kind: RelationKind) -> None:
        self.kind = kind
        self.created: str | None = None
        super().__init__(scene, source)

    def make_line(self) -> QGraphicsItem:  # noqa: D102
        return RubberLine(self.kind)

    def draw(self, start: QPointF, end: QPointF) -> None:  # noqa: D102
        self.line.set_line(self.source.pos(), end)

    def connect(self, source_id: str, target_id: str) -> bool:  # noqa: D102
        kind = self.kind
        result = self.scene.execute(texts.UNDO_RELATION,
                                    lambda s: add_relation(s, source_id, target_id, kind))
        self.created = result.value
        return bool(result)
