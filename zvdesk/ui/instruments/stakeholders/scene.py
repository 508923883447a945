"""The scene of the circle map: it mirrors the model, one item per player and per relation."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.stakeholders.read import StakeholderMap, stakeholder_map
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


class StakeholderScene(QGraphicsScene):
    """Rings, tokens and arrows of one project's analysis.

    The scene never writes: it reads :func:`stakeholder_map` and keeps one item per live
    player and relation, updating them in place when ``controller.changed`` says so.

    Signals:
        reloaded(StakeholderMap): after every (re)read; the side panels show the same data.
    """

    reloaded = Signal(object)

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.setBackgroundBrush(QColor("white"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
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
        self.players: dict[str, PlayerItem] = {}
        self.relations: dict[str, RelationItem] = {}
        self.relation_layer = RelationLayer(self.relations)
        self.addItem(self.relation_layer)
        self._attached: dict[str, set[str]] = {}  # player id -> relation ids
        self.map = StakeholderMap(project_id)
        margin = 12.0
        self.setSceneRect(QRectF(-SCALE - margin, -SCALE - margin, 2 * (SCALE + margin),
                                 2 * SCALE + margin + 14 + LegendItem.HEIGHT + margin))
        controller.changed.connect(self._on_changed)
        self.reload()

    # -- mirroring the model ----------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED_KINDS):
            self.reload()

    def reload(self) -> None:
        """Reads the map and brings the items in line with it (keeping item identity)."""
        with self.controller.session() as s:
            self.map = stakeholder_map(s, self.project_id)
            project = s.get(ops.record_class("project"), self.project_id)
            self.project.set_project_name(project.name if project is not None else "")
        self._sync()
        self.empty_hint.setVisible(not self.map.players)
        self.reloaded.emit(self.map)

    def _sync(self) -> None:
        live = {p.id for p in self.map.players}
        for pid in [pid for pid in self.players if pid not in live]:
            self.removeItem(self.players.pop(pid))
        for player in self.map.players:
            item = self.players.get(player.id)
            if item is None:
                item = PlayerItem(player)
                self.players[player.id] = item
                self.addItem(item)
            else:
                item.set_player(player)
        live_rel = {r.id for r in self.map.relations}
        for rid in [rid for rid in self.relations if rid not in live_rel]:
            self.removeItem(self.relations.pop(rid))
            self.relation_layer.update()
        self._attached = {}
        for relation in self.map.relations:
            item = self.relations.get(relation.id)
            if item is None:
                item = RelationItem(relation, self.relation_layer)
                self.relations[relation.id] = item
                self.addItem(item)
            else:
                item.set_relation(relation)
            self._attached.setdefault(relation.source_id, set()).add(relation.id)
            self._attached.setdefault(relation.target_id, set()).add(relation.id)
            self._place_relation(item)

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

    def selected_player_ids(self) -> list[str]:
        """Ids of the selected tokens."""
        return [i.player_id for i in self.selectedItems() if isinstance(i, PlayerItem)]

    def selected_relation_ids(self) -> list[str]:
        """Ids of the selected arrows."""
        return [i.relation_id for i in self.selectedItems() if isinstance(i, RelationItem)]

    def select_players(self, player_ids: list[str]) -> None:
        """Selects exactly these tokens."""
        self.blockSignals(True)
        self.clearSelection()
        for pid in player_ids:
            if pid in self.players:
                self.players[pid].setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    def player_at(self, pos: QPointF) -> PlayerItem | None:
        """The token under a scene position, if any."""
        for item in self.items(pos):
            if isinstance(item, PlayerItem):
                return item
        return None

    def tab_order(self) -> list[PlayerItem]:
        """Tokens in reading order for Tab: by ring, then clockwise from the top."""
        import math

        def key(item: PlayerItem) -> tuple:
            x, y = item.unit_pos()
            angle = (math.atan2(y, x) + math.pi / 2) % (2 * math.pi)
            order = {"direct": 0, "indirect": 1, "buiten": 2}[item.player.ring.value]
            return order, round(angle, 4), item.player_id

        return sorted(self.players.values(), key=key)
