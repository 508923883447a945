"""Gestures on the impact canvas: the kit's move and connect, written as impact edits.

Moving cards only repositions their items and re-routes the links that touch them; the
release writes one move (one undo step), which may change a card's kind (its lane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from zvdesk.models.impact.ops import connect, move_elements
from zvdesk.models.impact.tables import ElementKind
from zvdesk.ui.canvas.interactions import ConnectInteraction, MoveInteraction
from zvdesk.ui.instruments.impact import texts

if TYPE_CHECKING:
    from zvdesk.ui.instruments.impact.items import CardItem, LinkItem
    from zvdesk.ui.instruments.impact.scene import ImpactScene


def moves_for(scene: ImpactScene, cards: list[CardItem]) -> dict[str, tuple[
        ElementKind, float, float]]:
    """The model moves for cards at their current item positions (lane by card centre)."""
    layout = scene.layout
    moves = {}
    for card in cards:
        pos = card.pos()
        rect = card.rect()
        kind = layout.lane_at(pos.x() + rect.width() / 2, pos.y() + min(rect.height() / 2, 30))
        x, y = layout.to_relative(kind, pos.x(), pos.y())
        moves[card.element_id] = (kind, round(x, 1), round(y, 1))
    return moves


class CardMoveInteraction(MoveInteraction):
    """Drags the selected cards; dropping in another lane changes their kind."""

    scene: ImpactScene

    def __init__(self, scene: ImpactScene, cards: list[CardItem], start: QPointF) -> None:
        super().__init__(scene, cards, start)
        links: set[LinkItem] = set()
        for card in cards:
            links.update(card.links)
        self.links = list(links)

    def follow(self) -> None:  # noqa: D102
        for link in self.links:
            link.adjust()

    def write(self) -> bool:  # noqa: D102
        moves = moves_for(self.scene, self.items)
        text = texts.UNDO_MOVE if len(moves) > 1 else texts.UNDO_MOVE_ONE
        return bool(self.scene.execute(text, lambda s: move_elements(s, moves)))


class ConnectCardsInteraction(ConnectInteraction):
    """Draws an arrow from a card's handle; releasing on another card links the two."""

    scene: ImpactScene

    def __init__(self, scene: ImpactScene, source: CardItem) -> None:
        rect = source.sceneBoundingRect()
        super().__init__(scene, source, QPointF(rect.right() - 8, rect.center().y()))

    def connect(self, source_id: str, target_id: str) -> bool:  # noqa: D102
        return bool(self.scene.execute(texts.UNDO_CONNECT,
                                       lambda s: connect(s, source_id, target_id)))
