"""The impact canvas scene: mirrors a project's theory, one item per element and link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsSceneMouseEvent
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.impact.layout import Layout, compute_layout
from zvdesk.models.impact.measures import theory_with_measures
from zvdesk.models.impact.ops import add_element, move_elements
from zvdesk.models.impact.tables import (
    KINDS,
    Element,
    ElementKind,
    Link,
    Theory,
)
from zvdesk.ui.canvas.interactions import UserInteraction
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.interactions import (
    CardMoveInteraction,
    ConnectCardsInteraction,
    moves_for,
)
from zvdesk.ui.instruments.impact.items import CardItem, LaneItem, LinkItem, measure_card


class ImpactScene(CanvasScene):
    """Lanes, cards and links of one project's theory (a :class:`CanvasScene`).

    Signals:
        reloaded(Theory): after every reload, with the theory now shown.
        edit_requested(str): a card asked to be edited in place (element id).
    """

    edit_requested = Signal(str)

    #: ``mon_indicator``: an indicator that names the element it measures shows on its card.
    watched_kinds = (*KINDS, "project", "mon_indicator")
    error_title = texts.ERROR_TITLE
    nudge_step = 10.0
    toggle_modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(controller, project_id, parent)
        self.lanes: dict[ElementKind, LaneItem] = {}
        self.layout = compute_layout([])
        self.theory = Theory(project_id)
        self.card_mirror: Mirror[Element, CardItem] = Mirror(
            self, self._make_card, self._update_card, remove=self._detach_card)
        self.link_mirror: Mirror[Link, LinkItem] = Mirror(
            self, self._make_link, self._update_link, remove=self._detach_link)
        self.cards = self.card_mirror.items
        self.links = self.link_mirror.items
        self.set_records(self.card_mirror)
        self.reload()

    # -- mirroring the model ---------------------------------------------------------------

    def read(self, session: Session) -> Theory:  # noqa: D102
        return theory_with_measures(session, self.project_id)

    def sync(self, theory: Theory, changes: Changes) -> None:  # noqa: D102
        self.theory = theory
        self.layout = layout = compute_layout(theory.elements, measure_card)
        for kind, lane in layout.lanes.items():
            if kind in self.lanes:
                self.lanes[kind].update_lane(lane)
            else:
                self.lanes[kind] = item = LaneItem(lane)
                self.addItem(item)
        self.card_mirror.sync(theory.elements)
        for link in theory.links:  # a link whose ends changed is rebuilt
            item = self.links.get(link.id)
            if item is not None and (item.source.element_id, item.target.element_id) != (
                    link.source_id, link.target_id):
                self.link_mirror.discard(link.id)
        self.link_mirror.sync(theory.links)
        self.setSceneRect(-40, -40, layout.width + 80, layout.height + 80)

    def _make_card(self, element: Element) -> CardItem:
        card = CardItem(element)
        card.update_element(element, self.layout.cards[element.id])
        card.set_measured(self.theory.measured_by(element.id))
        return card

    def _update_card(self, card: CardItem, element: Element) -> None:
        card.update_element(element, self.layout.cards[element.id])
        card.set_measured(self.theory.measured_by(element.id))

    @staticmethod
    def _detach_card(card: CardItem) -> None:
        for link in list(card.links):
            link.detach()

    def _make_link(self, link: Link) -> LinkItem:
        return LinkItem(link.id, self.cards[link.source_id], self.cards[link.target_id],
                        link.rationale)

    @staticmethod
    def _update_link(item: LinkItem, link: Link) -> None:
        item.rationale = link.rationale
        item.setToolTip(link.rationale)
        item.adjust()

    @staticmethod
    def _detach_link(item: LinkItem) -> None:
        item.detach()

    # -- helpers for gestures ------------------------------------------------------------

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The card under a scene point (topmost), or None."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, CardItem) and item.boundingRect().contains(
                    item.mapFromScene(pos)):
                return item
        return None

    def record_item_at(self, pos: QPointF) -> CardItem | None:  # noqa: D102
        return self.card_at(pos)

    def selected_cards(self) -> list[CardItem]:
        """The selected cards."""
        return self.selected_record_items()

    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, in theory order."""
        chosen = {c.element_id for c in self.selected_record_items()}
        return [e.id for e in self.theory.elements if e.id in chosen]

    def selected_link_ids(self) -> list[str]:
        """Ids of the selected links."""
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def add_card(self, kind: ElementKind, pos: QPointF | None = None) -> str | None:
        """Adds a card of a kind (at a scene point, or below its lane); returns its id."""
        x = y = None
        if pos is not None:
            x, y = self.layout.to_relative(kind, pos.x(), pos.y())
        pid = self.project_id
        result = self.execute(texts.UNDO_ADD, lambda s: add_element(s, pid, kind, x=x, y=y))
        if result:
            self.select_ids([result.value])
            return result.value
        return None

    # -- gestures and nudges --------------------------------------------------------------

    def press_on_record(self, item: CardItem, event: QGraphicsSceneMouseEvent
                        ) -> UserInteraction | None:
        """From the handle: draw a link; elsewhere select and drag (Ctrl or Shift toggles)."""
        if item.on_handle(event.scenePos()):
            return ConnectCardsInteraction(self, item)
        return super().press_on_record(item, event)

    def move_interaction(self, items: list[Any], start: QPointF) -> UserInteraction:  # noqa: D102
        return CardMoveInteraction(self, items, start)

    def nudge_text(self, count: int) -> str:  # noqa: D102
        return texts.UNDO_MOVE if count > 1 else texts.UNDO_MOVE_ONE

    def nudge_selection(self, dx: float, dy: float) -> bool:
        """Moves the selected cards by a step (may change lane); one write."""
        cards = self.selected_cards()
        if not cards:
            return False
        for card in cards:
            card.setPos(card.pos() + QPointF(dx, dy))
        moves = moves_for(self, cards)
        return bool(self.execute(self.nudge_text(len(moves)),
                                 lambda s: move_elements(s, moves)))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        card = self.card_at(pos)
        if card is not None:
            self.edit_requested.emit(card.element_id)
        else:
            self.add_card(self.layout.lane_at(pos.x(), pos.y()), pos)
        event.accept()

    def layout_for_tests(self) -> Layout:
        """The current layout (lanes and card rectangles)."""
        return self.layout
