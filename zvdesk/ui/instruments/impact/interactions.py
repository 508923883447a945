"""Gestures on the impact canvas, one small class each (orange-canvas-core style).

A gesture moves items on screen while the mouse is down and ends in exactly one
``controller.execute`` call (one undo step) when it is released. No database access happens
per frame: moving cards only repositions their items and re-routes the links that touch them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from zvdesk.models.impact.ops import connect, move_elements
from zvdesk.models.impact.tables import ElementKind
from zvdesk.ui.instruments.impact import texts

if TYPE_CHECKING:
    from zvdesk.ui.instruments.impact.items import CardItem, LinkItem
    from zvdesk.ui.instruments.impact.scene import ImpactScene

DRAG_THRESHOLD = 3.0


class Interaction:
    """Base of a gesture: gets the mouse while it runs; ``finish`` ends it."""

    def __init__(self, scene: ImpactScene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        """The mouse moved to a scene position."""

    def release(self, pos: QPointF) -> None:
        """The mouse was released; commit (one undo step) or do nothing."""

    def cancel(self) -> None:
        """Abandon the gesture and put everything back as it was."""


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


class MoveInteraction(Interaction):
    """Drags the selected cards; dropping in another lane changes their kind."""

    def __init__(self, scene: ImpactScene, cards: list[CardItem], start: QPointF) -> None:
        super().__init__(scene)
        self.cards = cards
        self.start = QPointF(start)
        self.origins = {card: card.pos() for card in cards}
        links: set[LinkItem] = set()
        for card in cards:
            links.update(card.links)
        self.links = list(links)
        self.moved = False

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        if not self.moved and abs(delta.x()) + abs(delta.y()) < DRAG_THRESHOLD:
            return
        self.moved = True
        for card, origin in self.origins.items():
            card.setPos(origin + delta)
        for link in self.links:
            link.adjust()

    def release(self, pos: QPointF) -> None:
        self.move(pos)
        if not self.moved:
            return
        moves = moves_for(self.scene, self.cards)
        text = texts.UNDO_MOVE if len(moves) > 1 else texts.UNDO_MOVE_ONE
        if not self.scene.execute(text, lambda s: move_elements(s, moves)):
            self.cancel()

    def cancel(self) -> None:
        for card, origin in self.origins.items():
            card.setPos(origin)
        for link in self.links:
            link.adjust()


class ConnectInteraction(Interaction):
    """Draws an arrow from a card's handle; releasing on another card links the two."""

    def __init__(self, scene: ImpactScene, source: CardItem) -> None:
        super().__init__(scene)
        self.source = source
        self.line = QGraphicsPathItem()
        self.line.setPen(QPen(QColor("#1a5fb4"), 1.6))
        self.line.setZValue(5)
        scene.addItem(self.line)
        rect = source.sceneBoundingRect()
        self.anchor = QPointF(rect.right() - 8, rect.center().y())

    def move(self, pos: QPointF) -> None:
        path = QPainterPath(self.anchor)
        path.lineTo(pos)
        self.line.setPath(path)

    def release(self, pos: QPointF) -> None:
        self._remove_line()
        target = self.scene.card_at(pos)
        if target is None or target is self.source:
            return
        source_id, target_id = self.source.element_id, target.element_id
        self.scene.execute(texts.UNDO_CONNECT, lambda s: connect(s, source_id, target_id))

    def cancel(self) -> None:
        self._remove_line()

    def _remove_line(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
