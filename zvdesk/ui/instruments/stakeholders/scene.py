"""The scene of the circle map: it mirrors the model, one item per player and per relation."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.stakeholders.ops import nudge_players
from zvdesk.models.stakeholders.read import (
    PlayerView,
    RelationView,
    StakeholderMap,
    stakeholder_map,
)
from zvdesk.models.stakeholders.tables import RelationKind
from zvdesk.ui.canvas.interactions import UserInteraction
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.items import (
    SCALE,
    LegendItem,
    PlayerItem,
    ProjectItem,
    RelationItem,
    RelationLayer,
    RingsItem,
)

#: Kinds whose changes alter what the map shows.
WATCHED_KINDS = ("stakeholder", "stakeholder_relation", "stakeholder_next_step", "person",
                 "organisation", "project")
#: Unit step of an arrow key (Shift: five times as far).
KEY_STEP = 0.02


class StakeholderScene(CanvasScene):
    """Rings, tokens and arrows of one project's analysis (a :class:`CanvasScene`).

    The scene reads :func:`stakeholder_map` and keeps one item per live player and relation,
    updating them in place when ``controller.changed`` says so.

    Signals:
        reloaded(StakeholderMap): after every (re)read; the side panels show the same data.
    """

    watched_kinds = WATCHED_KINDS
    error_title = texts.NOT_SAVED
    nudge_step = KEY_STEP * SCALE

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(controller, project_id, parent)
        self.setBackgroundBrush(QColor("white"))
        #: The tool of a plain drag on a token: "select" (move) or "relation" (draw an arrow).
        self.tool = "select"
        self.relation_kind = RelationKind.GOOD
        self.rings = RingsItem()
        self.addItem(self.rings)
        self.project = ProjectItem()
        self.addItem(self.project)
        self.legend = LegendItem()
        self.addItem(self.legend)
        self.empty_hint = QGraphicsSimpleTextItem(texts.EMPTY_MAP)
        self.empty_hint.setBrush(QColor("#52606d"))
        hint_rect = self.empty_hint.boundingRect()
        self.empty_hint.setPos(-hint_rect.width() / 2, 0.7 * SCALE)
        self.empty_hint.setZValue(1)
        self.addItem(self.empty_hint)
        self.player_mirror: Mirror[PlayerView, PlayerItem] = Mirror(
            self, PlayerItem, PlayerItem.set_player)
        self.players = self.player_mirror.items
        self.relation_mirror: Mirror[RelationView, RelationItem] = Mirror(
            self, lambda r: RelationItem(r, self.relation_layer), RelationItem.set_relation,
            remove=lambda _item: self.relation_layer.update())
        self.relations = self.relation_mirror.items
        self.set_records(self.player_mirror)
        self.relation_layer = RelationLayer(self.relations)
        self.addItem(self.relation_layer)
        self._attached: dict[str, set[str]] = {}  # player id -> relation ids
        self._project_name = ""
        self.map = StakeholderMap(project_id)
        margin = 12.0
        self.setSceneRect(QRectF(-SCALE - margin, -SCALE - margin, 2 * (SCALE + margin),
                                 2 * SCALE + margin + 14 + LegendItem.HEIGHT + margin))
        self.reload()

    # -- mirroring the model ----------------------------------------------------------------

    def read(self, session: Session) -> StakeholderMap:  # noqa: D102
        project = session.get(ops.record_class("project"), self.project_id)
        self._project_name = project.name if project is not None else ""
        return stakeholder_map(session, self.project_id)

    def sync(self, data: StakeholderMap, changes: Changes) -> None:  # noqa: D102
        self.map = data
        self.project.set_project_name(self._project_name)
        self.player_mirror.sync(data.players)
        self.relation_mirror.sync(data.relations)
        self._attached = {}
        for relation in data.relations:
            self._attached.setdefault(relation.source_id, set()).add(relation.id)
            self._attached.setdefault(relation.target_id, set()).add(relation.id)
            self._place_relation(self.relations[relation.id])
        self.empty_hint.setVisible(not data.players)

    def export_rect(self) -> QRectF:
        """The whole map with its legend (the scene rectangle)."""
        return self.sceneRect()

    def _place_relation(self, item: RelationItem) -> None:
        source = self.players[item.relation.source_id].pos()
        target = self.players[item.relation.target_id].pos()
        item.set_ends(source, target)

    def attached(self, player_ids: list[str]) -> set[str]:
        """Ids of the relations that touch these players."""
        return {rid for pid in player_ids for rid in self._attached.get(pid, ())}

    def follow(self, player_ids: list[str]) -> None:
        """Redraws the arrows attached to players that are being dragged."""
        done: set[str] = set()
        for pid in player_ids:
            for rid in self._attached.get(pid, ()):
                if rid not in done:
                    done.add(rid)
                    self._place_relation(self.relations[rid])

    # -- selection helpers ------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected tokens."""
        return [i.player_id for i in self.selectedItems() if isinstance(i, PlayerItem)]

    def selected_relation_ids(self) -> list[str]:
        """Ids of the selected arrows."""
        return [i.relation_id for i in self.selectedItems() if isinstance(i, RelationItem)]

    def player_at(self, pos: QPointF) -> PlayerItem | None:
        """The token under a scene position, if any."""
        for item in self.items(pos):
            if isinstance(item, PlayerItem):
                return item
        return None

    def record_item_at(self, pos: QPointF) -> PlayerItem | None:  # noqa: D102
        return self.player_at(pos)

    def tab_order(self) -> list[PlayerItem]:
        """Tokens in reading order for Tab: by ring, then clockwise from the top."""

        def key(item: PlayerItem) -> tuple:
            x, y = item.unit_pos()
            angle = (math.atan2(y, x) + math.pi / 2) % (2 * math.pi)
            order = {"direct": 0, "indirect": 1, "buiten": 2}[item.player.ring.value]
            return order, round(angle, 4), item.player_id

        return sorted(self.players.values(), key=key)

    # -- gestures and nudges --------------------------------------------------------------

    def press_on_record(self, item: PlayerItem, event: QGraphicsSceneMouseEvent
                        ) -> UserInteraction | None:
        """With the relation tool or Shift: draw an arrow; otherwise select and drag."""
        from zvdesk.ui.instruments.stakeholders.interactions import RelationInteraction

        if self.tool == "relation" or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return RelationInteraction(self, item, self.relation_kind)
        return super().press_on_record(item, event)

    def move_interaction(self, items: list[Any], start: QPointF) -> UserInteraction:  # noqa: D102
        from zvdesk.ui.instruments.stakeholders.interactions import TokenMoveInteraction

        return TokenMoveInteraction(self, items, start)

    def nudge_text(self, count: int) -> str:  # noqa: D102
        return texts.UNDO_MOVE if count == 1 else texts.UNDO_MOVE_MANY.format(n=count)

    def nudge_selection(self, dx: float, dy: float) -> bool:
        """Moves the selected tokens a step within their rings (one write)."""
        ids = self.selected_ids()
        if not ids:
            return False
        udx, udy = dx / SCALE, dy / SCALE
        return bool(self.execute(self.nudge_text(len(ids)),
                                 lambda s: nudge_players(s, ids, udx, udy)))
