"""The impact canvas scene: mirrors a project's theory, one item per element and link."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.impact.layout import Layout, compute_layout
from zvdesk.models.impact.ops import add_element
from zvdesk.models.impact.tables import KINDS, ElementKind, Theory, theory_for_project
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.interactions import (
    ConnectInteraction,
    Interaction,
    MoveInteraction,
)
from zvdesk.ui.instruments.impact.items import CardItem, LaneItem, LinkItem, measure_card
from zvdesk.ui.operations import run_edit


class ImpactScene(QGraphicsScene):
    """Lanes, cards and links of one project's theory.

    The scene never writes the database itself: gestures call :meth:`execute`, the model
    changes, the controller emits ``changed`` and :meth:`reload` brings the items in line.

    Signals:
        theory_loaded(Theory): after every reload, with the theory now shown.
        edit_requested(str): a card asked to be edited in place (element id).
    """

    theory_loaded = Signal(object)
    edit_requested = Signal(str)

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.lanes: dict[ElementKind, LaneItem] = {}
        self.layout = compute_layout([])
        self.theory = Theory(project_id)
        self.interaction: Interaction | None = None
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        controller.changed.connect(self._on_changed)
        self.reload()

    # -- mirroring the model ---------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "project"):
            self.reload()

    def reload(self) -> None:
        """Reads the theory and updates, adds or removes items to match it."""
        if self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
        with self.controller.session() as s:
            theory = theory_for_project(s, self.project_id)
        self.theory = theory
        self.layout = layout = compute_layout(theory.elements, measure_card)
        for kind, lane in layout.lanes.items():
            if kind in self.lanes:
                self.lanes[kind].update_lane(lane)
            else:
                self.lanes[kind] = item = LaneItem(lane)
                self.addItem(item)
        live = set()
        for element in theory.elements:
            live.add(element.id)
            card = self.cards.get(element.id)
            if card is None:
                card = self.cards[element.id] = CardItem(element)
                self.addItem(card)
            card.update_element(element, layout.cards[element.id])
        for element_id in list(self.cards):
            if element_id not in live:
                card = self.cards.pop(element_id)
                for link in list(card.links):
                    link.detach()
                self.removeItem(card)
        live_links = set()
        for link in theory.links:
            live_links.add(link.id)
            item = self.links.get(link.id)
            if item is not None and (item.source.element_id, item.target.element_id) != (
                    link.source_id, link.target_id):
                item.detach()
                self.removeItem(item)
                item = None
            if item is None:
                item = self.links[link.id] = LinkItem(
                    link.id, self.cards[link.source_id], self.cards[link.target_id],
                    link.rationale)
                self.addItem(item)
            else:
                item.rationale = link.rationale
                item.setToolTip(link.rationale)
                item.adjust()
        for link_id in list(self.links):
            if link_id not in live_links:
                item = self.links.pop(link_id)
                item.detach()
                if item.scene() is self:
                    self.removeItem(item)
        self.setSceneRect(-40, -40, layout.width + 80, layout.height + 80)
        self.theory_loaded.emit(theory)

    # -- helpers for gestures ------------------------------------------------------------

    def execute(self, text: str, fn: Callable[[Session], Any], *,
                merge_key: Hashable | None = None) -> bool:
        """Runs one undoable edit (:func:`zvdesk.ui.operations.run_edit`); False when refused.

        A refused edit is shown in Dutch and the scene goes back to what the file holds
        (items a gesture already moved jump back).
        """
        parent = self.views()[0] if self.views() else None
        return run_edit(parent, self.controller, text, fn, merge_key=merge_key,
                        title=texts.ERROR_TITLE, on_failure=lambda _msg: self.reload()).ok

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The card under a scene point (topmost), or None."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, CardItem) and item.boundingRect().contains(
                    item.mapFromScene(pos)):
                return item
        return None

    def selected_cards(self) -> list[CardItem]:
        """The selected cards."""
        return [i for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, in theory order."""
        chosen = {c.element_id for c in self.selected_cards()}
        return [e.id for e in self.theory.elements if e.id in chosen]

    def selected_link_ids(self) -> list[str]:
        """Ids of the selected links."""
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def select_ids(self, ids: list[str] | set[str]) -> None:
        """Selects exactly these cards."""
        self.clearSelection()
        for element_id in ids:
            card = self.cards.get(element_id)
            if card is not None:
                card.setSelected(True)

    def add_card(self, kind: ElementKind, pos: QPointF | None = None) -> str | None:
        """Adds a card of a kind (at a scene point, or below its lane); returns its id."""
        x = y = None
        if pos is not None:
            x, y = self.layout.to_relative(kind, pos.x(), pos.y())
        pid = self.project_id
        result: list[str] = []

        def fn(s: Session) -> None:
            result.append(add_element(s, pid, kind, x=x, y=y))

        if self.execute(texts.UNDO_ADD, fn) and result:
            self.select_ids(result)
            return result[0]
        return None

    # -- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self.controller.read_only:
            super().mousePressEvent(event)
            return
        pos = event.scenePos()
        card = self.card_at(pos)
        if card is None:
            super().mousePressEvent(event)  # links select; empty space: rubber band
            return
        event.accept()
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.ShiftModifier))
        if card.on_handle(pos):
            self.interaction = ConnectInteraction(self, card)
            return
        if ctrl:
            card.setSelected(not card.isSelected())
            if not card.isSelected():
                return
        elif not card.isSelected():
            self.clearSelection()
            card.setSelected(True)
        card.setFocus()
        self.interaction = MoveInteraction(self, self.selected_cards(), pos)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            self.interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.release(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.controller.read_only or event.button() != Qt.MouseButton.LeftButton:
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
