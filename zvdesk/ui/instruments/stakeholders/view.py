"""The view of the circle map: the kit's view plus drops from the name lists, Tab, menus."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from zvdesk.models.core import ops
from zvdesk.models.stakeholders.ops import (
    RING_ORDER,
    add_player,
    move_players,
    set_attitude,
    set_rings,
    step_rings,
)
from zvdesk.models.stakeholders.tables import ATTITUDE_SYMBOLS, RING_LABELS, Attitude, RelationKind
from zvdesk.ui.canvas.palette import palette_mime
from zvdesk.ui.canvas.view import CanvasView
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.items import SCALE, RelationItem
from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene

#: Mime type of a person or organisation dragged from the list: "person:<id>" or
#: "organisation:<id>" as UTF-8.
PARTY_MIME = "application/x-zvdesk-party"
#: Mime type of a player dragged from a name list: the player id (UTF-8). Dropped on the
#: map it moves the player there; dropped on the other list it changes ring.
PLAYER_MIME = "application/x-zvdesk-player"
ATTITUDE_KEYS = {Qt.Key.Key_R: Attitude.RED, Qt.Key.Key_B: Attitude.BLUE,
                 Qt.Key.Key_G: Attitude.GREEN}


def party_mime(kind: str, record_id: str) -> QMimeData:
    """Mime data for dragging a person or organisation onto the map."""
    return palette_mime(PARTY_MIME, f"{kind}:{record_id}")


class StakeholderView(CanvasView):
    """Shows a :class:`StakeholderScene`; every gesture is one ``scene.execute``.

    Signals:
        delete_requested(): Delete was pressed on the map (from the kit's view).
    """

    def __init__(self, scene: StakeholderScene, controller: DocumentController,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent, fit_max_zoom=None, fit_on_resize=True)
        self.map_scene = scene
        self.controller = controller
        self.setAccessibleName(texts.CANVAS_NAME)
        self.setAccessibleDescription(texts.CANVAS_DESCRIPTION)
        self.setToolTip(texts.CANVAS_DESCRIPTION)
        self.setMinimumSize(320, 320)
        self.accept_drop(PLAYER_MIME, self._drop_player)
        self.accept_drop(PARTY_MIME, self._drop_party)

    @property
    def tool(self) -> str:
        """The tool of a drag on a token: "select" or "relation"."""
        return self.map_scene.tool

    @property
    def relation_kind(self) -> RelationKind:
        """The kind of relation the next drawn arrow gets."""
        return self.map_scene.relation_kind

    @relation_kind.setter
    def relation_kind(self, kind: RelationKind) -> None:
        self.map_scene.relation_kind = kind

    @staticmethod
    def to_unit(pos: QPointF) -> tuple[float, float]:
        """Scene position to unit coordinates."""
        return pos.x() / SCALE, pos.y() / SCALE

    def set_tool(self, tool: str) -> None:
        """Chooses the tool: "select" (drag tokens) or "relation" (draw arrows)."""
        self.map_scene.tool = tool
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if tool == "relation"
                                  else Qt.CursorShape.ArrowCursor)

    # -- context menu -----------------------------------------------------------------------

    def context_menu(self, scene_pos: QPointF) -> QMenu | None:
        """The menu for the token or arrow under a scene position (None for empty space)."""
        if self.controller.read_only:
            return None
        scene = self.map_scene
        player = scene.player_at(scene_pos)
        if player is not None:
            if not player.isSelected():
                scene.select_ids([player.player_id])
            ids = scene.selected_ids()
            menu = QMenu(self)
            attitude_menu = menu.addMenu(texts.ATTITUDE)
            for attitude in (Attitude.GREEN, Attitude.BLUE, Attitude.RED):
                action = attitude_menu.addAction(
                    f"{ATTITUDE_SYMBOLS[attitude]} {texts.ATTITUDE_SHORT[attitude]}",
                    lambda a=attitude: scene.execute(texts.UNDO_ATTITUDE,
                                                     lambda s: set_attitude(s, ids, a)))
                action.setShortcut(texts.ATTITUDE_KEYS[attitude])
            ring_menu = menu.addMenu(texts.RING)
            for ring in RING_ORDER:
                ring_menu.addAction(RING_LABELS[ring], lambda r=ring: scene.execute(
                    texts.UNDO_RING, lambda s: set_rings(s, ids, r)))
            menu.addSeparator()
            menu.addAction(texts.DELETE, self.delete_requested.emit)
            return menu
        for item in scene.items(scene_pos):
            if isinstance(item, RelationItem):
                scene.select_ids([])
                item.setSelected(True)
                rid = item.relation_id
                menu = QMenu(self)
                for kind in RelationKind:
                    menu.addAction(texts.RELATION_SHORT[kind], lambda k=kind, r=rid: scene.execute(
                        texts.UNDO_RELATION_KIND,
                        lambda s: ops.update_record(s, "stakeholder_relation", r,
                                                    {"kind": k})))
                menu.addSeparator()
                menu.addAction(texts.DELETE, self.delete_requested.emit)
                return menu
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = self.context_menu(self.mapToScene(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())

    # -- drops from the list of people and organisations -----------------------------------

    def _drop_player(self, player_id: str, pos: QPointF) -> None:
        if player_id in self.map_scene.players:
            x, y = self.to_unit(pos)
            if self.map_scene.execute(texts.UNDO_MOVE,
                                      lambda s: move_players(s, [(player_id, x, y)])):
                self.map_scene.select_ids([player_id])

    def _drop_party(self, payload: str, pos: QPointF) -> None:
        kind, _, record_id = payload.partition(":")
        if kind in ("person", "organisation") and record_id:
            self.add_party(kind, record_id, self.to_unit(pos))

    def add_party(self, kind: str, record_id: str,
                  position: tuple[float, float] | None = None) -> str | None:
        """Adds a person or organisation as a player (at a position, or a free spot in ring 1)."""
        link = {"person_id": record_id} if kind == "person" else {"organisation_id": record_id}
        project_id = self.map_scene.project_id
        result = self.map_scene.execute(
            texts.UNDO_ADD, lambda s: add_player(s, project_id, position=position, **link))
        if not result:
            return None
        self.map_scene.select_ids([result.value])
        return result.value

    # -- keyboard ---------------------------------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        """Tab walks through the tokens; after the last one focus leaves the map."""
        if self.hasFocus() and self.step_selection(forward):
            return True
        return super().focusNextPrevChild(forward)

    def step_selection(self, forward: bool) -> bool:
        """Selects the next (or previous) token; False when there is none left."""
        order = self.map_scene.tab_order()
        if not order:
            return False
        selected = self.map_scene.selected_ids()
        ids = [i.player_id for i in order]
        if not selected:
            index = 0 if forward else len(ids) - 1
        else:
            current = ids.index(selected[-1]) if selected[-1] in ids else -1
            index = current + (1 if forward else -1)
            if not 0 <= index < len(ids):
                self.map_scene.select_ids([])
                return False
        self.map_scene.select_ids([ids[index]])
        self.ensureVisible(order[index])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ids = self.map_scene.selected_ids()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (self.map_scene.interaction is None and ids and not self.controller.read_only
                and plain and (key in ATTITUDE_KEYS
                               or key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))):
            self.burst.end()
            if key in ATTITUDE_KEYS:
                attitude = ATTITUDE_KEYS[key]
                self.map_scene.execute(texts.UNDO_ATTITUDE,
                                       lambda s: set_attitude(s, ids, attitude))
            else:
                steps = -1 if key == Qt.Key.Key_PageUp else 1
                self.map_scene.execute(texts.UNDO_RING, lambda s: step_rings(s, ids, steps))
            event.accept()
            return
        super().keyPressEvent(event)
