"""The view of the circle map: mouse gestures, drops from the name list, keyboard access."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from zvdesk.models.core import ops
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.stakeholders.geometry import nudge
from zvdesk.models.stakeholders.ops import add_player, move_players, set_attitude, set_ring
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_SYMBOLS,
    RING_LABELS,
    Attitude,
    RelationKind,
    Ring,
)
from zvdesk.ui.controller import DocumentController, nudge_key
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.interactions import (
    Interaction,
    MoveInteraction,
    RelationInteraction,
)
from zvdesk.ui.instruments.stakeholders.items import SCALE, RelationItem
from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene
from zvdesk.ui.operations import run_edit

#: Mime type of a person or organisation dragged from the list: "person:<id>" or
#: "organisation:<id>" as UTF-8.
PARTY_MIME = "application/x-zvdesk-party"
#: Mime type of a player dragged from a name list: the player id (UTF-8). Dropped on the
#: map it moves the player there; dropped on the other list it changes ring.
PLAYER_MIME = "application/x-zvdesk-player"
#: Unit step of an arrow key (Shift: five times as far).
KEY_STEP = 0.02
RING_ORDER = (Ring.DIRECT, Ring.INDIRECT, Ring.OUTSIDE)
ATTITUDE_KEYS = {Qt.Key.Key_R: Attitude.RED, Qt.Key.Key_B: Attitude.BLUE,
                 Qt.Key.Key_G: Attitude.GREEN}


def set_rings(session, player_ids: list[str], ring: Ring) -> None:  # noqa: ANN001 - Session
    """Puts several players in one ring (one edit)."""
    for player_id in player_ids:
        set_ring(session, player_id, ring)


def party_mime(kind: str, record_id: str) -> QMimeData:
    """Mime data for dragging a person or organisation onto the map."""
    data = QMimeData()
    data.setData(PARTY_MIME, f"{kind}:{record_id}".encode())
    return data


class StakeholderView(QGraphicsView):
    """Shows a :class:`StakeholderScene`; every gesture is one ``controller.execute``.

    Signals:
        failed(str): a gesture was refused; the Dutch message to show.
        delete_requested(): Delete was pressed on the map.
    """

    failed = Signal(str)
    delete_requested = Signal()

    def __init__(self, scene: StakeholderScene, controller: DocumentController,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.controller = controller
        self.tool = "select"  # or "relation"
        self.relation_kind = RelationKind.GOOD
        self.interaction: Interaction | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(texts.CANVAS_NAME)
        self.setAccessibleDescription(texts.CANVAS_DESCRIPTION)
        self.setToolTip(texts.CANVAS_DESCRIPTION)
        self.setMinimumSize(320, 320)

    # -- geometry ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    @staticmethod
    def to_unit(pos: QPointF) -> tuple[float, float]:
        """Scene position to unit coordinates."""
        return pos.x() / SCALE, pos.y() / SCALE

    # -- mouse ------------------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.failed.emit(message)

    def set_tool(self, tool: str) -> None:
        """Chooses the tool: "select" (drag tokens) or "relation" (draw arrows)."""
        self.tool = tool
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if tool == "relation"
                                  else Qt.CursorShape.ArrowCursor)

    # -- context menu -----------------------------------------------------------------------

    def context_menu(self, scene_pos: QPointF) -> QMenu | None:
        """The menu for the token or arrow under a scene position (None for empty space)."""
        if self.controller.read_only:
            return None
        player = self.map_scene.player_at(scene_pos)
        if player is not None:
            if not player.isSelected():
                self.map_scene.select_players([player.player_id])
            ids = self.map_scene.selected_player_ids()
            menu = QMenu(self)
            attitude_menu = menu.addMenu(texts.ATTITUDE)
            for attitude in (Attitude.GREEN, Attitude.BLUE, Attitude.RED):
                action = attitude_menu.addAction(
                    f"{ATTITUDE_SYMBOLS[attitude]} {texts.ATTITUDE_SHORT[attitude]}",
                    lambda a=attitude: run_edit(self, self.controller, texts.UNDO_ATTITUDE,
                                                 lambda s: set_attitude(s, ids, a)))
                action.setShortcut(texts.ATTITUDE_KEYS[attitude])
            ring_menu = menu.addMenu(texts.RING)
            for ring in RING_ORDER:
                ring_menu.addAction(RING_LABELS[ring], lambda r=ring: run_edit(
                    self, self.controller, texts.UNDO_RING, lambda s: set_rings(s, ids, r)))
            menu.addSeparator()
            menu.addAction(texts.DELETE, self.delete_requested.emit)
            return menu
        for item in self.map_scene.items(scene_pos):
            if isinstance(item, RelationItem):
                self.map_scene.select_players([])
                item.setSelected(True)
                rid = item.relation_id
                menu = QMenu(self)
                for kind in RelationKind:
                    menu.addAction(texts.RELATION_SHORT[kind], lambda k=kind, r=rid: run_edit(
                        self, self.controller, texts.UNDO_RELATION_KIND,
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

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self.controller.read_only:
            super().mousePressEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        item = self.map_scene.player_at(pos)
        if item is None:
            super().mousePressEvent(event)  # relation click or rubber band
            return
        mods = event.modifiers()
        if self.tool == "relation" or mods & Qt.KeyboardModifier.ShiftModifier:
            self.interaction = RelationInteraction(self.map_scene, self.controller, self._fail,
                                                   item, self.relation_kind)
            event.accept()
            return
        if mods & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            event.accept()
            return
        if not item.isSelected():
            self.map_scene.select_players([item.player_id])
        item.setFocus()
        items = [self.map_scene.players[pid] for pid in self.map_scene.selected_player_ids()]
        self.interaction = MoveInteraction(self.map_scene, self.controller, self._fail, items,
                                           pos)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.interaction is not None:
            self.interaction.move(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            interaction, self.interaction = self.interaction, None
            interaction.release(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- drops from the list of people and organisations -----------------------------------

    def _accept_copy(self, event: QDragMoveEvent | QDropEvent) -> bool:
        # Always a copy: a "move" would make the list remove the name it was dragged from.
        data = event.mimeData()
        if ((data.hasFormat(PARTY_MIME) or data.hasFormat(PLAYER_MIME))
                and not self.controller.read_only):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self._accept_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self._accept_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        if not self._accept_copy(event):
            return
        x, y = self.to_unit(self.mapToScene(event.position().toPoint()))
        data = event.mimeData()
        if data.hasFormat(PLAYER_MIME):
            player_id = bytes(data.data(PLAYER_MIME)).decode("utf-8", "replace")
            if player_id in self.map_scene.players:
                run_edit(self, self.controller, texts.UNDO_MOVE,
                         lambda s: move_players(s, [(player_id, x, y)]))
                self.map_scene.select_players([player_id])
            return
        raw = bytes(data.data(PARTY_MIME)).decode("utf-8", "replace")
        kind, _, record_id = raw.partition(":")
        if kind in ("person", "organisation") and record_id:
            self.add_party(kind, record_id, (x, y))

    def add_party(self, kind: str, record_id: str,
                  position: tuple[float, float] | None = None) -> str | None:
        """Adds a person or organisation as a player (at a position, or a free spot in ring 1)."""
        link = {"person_id": record_id} if kind == "person" else {"organisation_id": record_id}
        project_id = self.map_scene.project_id
        try:
            new_id = self.controller.execute(
                texts.UNDO_ADD, lambda s: add_player(s, project_id, position=position, **link))
        except ZvdbError as exc:
            self._fail(str(exc))
            return None
        self.map_scene.select_players([new_id])
        return new_id

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
        selected = self.map_scene.selected_player_ids()
        ids = [i.player_id for i in order]
        if not selected:
            index = 0 if forward else len(ids) - 1
        else:
            current = ids.index(selected[-1]) if selected[-1] in ids else -1
            index = current + (1 if forward else -1)
            if not 0 <= index < len(ids):
                self.map_scene.select_players([])
                return False
        self.map_scene.select_players([ids[index]])
        self.ensureVisible(order[index])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ids = self.map_scene.selected_player_ids()
        key = event.key()
        if key == Qt.Key.Key_Escape and self.interaction is not None:
            self.interaction.cancel()
            self.interaction = None
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return
        if not ids or self.controller.read_only:
            super().keyPressEvent(event)
            return
        step = KEY_STEP * (5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        arrows = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                  Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        try:
            if key in arrows:
                self._nudge(ids, *arrows[key])
            elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._change_ring(ids, -1 if key == Qt.Key.Key_PageUp else 1)
            elif key in ATTITUDE_KEYS:
                attitude = ATTITUDE_KEYS[key]
                self.controller.execute(texts.UNDO_ATTITUDE,
                                        lambda s: set_attitude(s, ids, attitude))
            else:
                super().keyPressEvent(event)
        except ZvdbError as exc:
            self._fail(str(exc))

    def _nudge(self, ids: list[str], dx: float, dy: float) -> None:
        moves = []
        for pid in ids:
            player = self.map_scene.players[pid].player
            place = nudge(player.x, player.y, dx, dy, player.ring)
            moves.append((pid, place.x, place.y))
        text = texts.UNDO_MOVE if len(ids) == 1 else texts.UNDO_MOVE_MANY.format(n=len(ids))
        # A burst of arrow keys on the same players is one undo step.
        self.controller.execute(text, lambda s: move_players(s, moves), merge_key=nudge_key(ids))

    def _change_ring(self, ids: list[str], direction: int) -> None:
        def change(s) -> None:  # noqa: ANN001 - Session
            for pid in ids:
                ring = self.map_scene.players[pid].player.ring
                index = min(max(RING_ORDER.index(ring) + direction, 0), len(RING_ORDER) - 1)
                set_ring(s, pid, RING_ORDER[index])

        self.controller.execute(texts.UNDO_RING, change)
