"""The view of the swimlane canvas: the kit's view plus palette drops of steps and markers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from zvdesk.models.werkproces.layout import STEP_WIDTH, lane_index_at, step_x_at
from zvdesk.models.werkproces.ops import add_marker, add_step
from zvdesk.models.werkproces.tables import MARKER_LABELS, MARKER_SYMBOLS, MarkerKind
from zvdesk.ui.canvas.palette import PAYLOAD_ROLE, PaletteList
from zvdesk.ui.canvas.view import CanvasView
from zvdesk.ui.instruments.werkproces import texts as T
from zvdesk.ui.instruments.werkproces.scene import ProcessScene

#: Mime type of a palette entry: "step" or "marker:<kind value>" (UTF-8).
PALETTE_MIME = "application/x-zvdesk-process-item"


class ProcessView(CanvasView):
    """Shows a :class:`ProcessScene`; drops from the palette add a step or a marker."""

    def __init__(self, scene: ProcessScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent, fit_max_zoom=1.0, fit_on_resize=True)
        self.process_scene = scene
        self.setAccessibleName(T.CANVAS_NAME)
        self.setAccessibleDescription(T.CANVAS_DESCRIPTION)
        self.setMinimumSize(240, 160)
        self.accept_drop(PALETTE_MIME, self.drop)

    def set_tool(self, tool: str) -> None:
        """Chooses the tool: "select" (drag steps) or "flow" (draw arrows)."""
        self.process_scene.tool = tool
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if tool == "flow"
                                  else Qt.CursorShape.ArrowCursor)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        """Tab walks through the steps (lane by lane, left to right); then focus moves on."""
        if self.hasFocus() and self.step_selection(forward):
            return True
        return super().focusNextPrevChild(forward)

    def step_selection(self, forward: bool) -> bool:
        """Selects the next (or previous) step; False when there is none left."""
        scene = self.process_scene
        order = [s.id for lane in scene.data.lanes for s in scene.data.steps_in(lane.id)]
        if not order:
            return False
        selected = scene.selected_ids()
        if not selected:
            index = 0 if forward else len(order) - 1
        else:
            current = order.index(selected[-1]) if selected[-1] in order else -1
            index = current + (1 if forward else -1)
            if not 0 <= index < len(order):
                scene.select_ids([])
                return False
        scene.select_ids([order[index]])
        self.ensureVisible(scene.steps[order[index]])
        return True

    def drop(self, payload: str, pos: QPointF) -> str | None:
        """Adds what was dropped: a step in the lane under the point, or a marker on the step
        or arrow under it. Returns the new record's id (None when nothing was added)."""
        scene = self.process_scene
        if payload == "step":
            lanes = scene.data.lanes
            if not lanes:
                scene.show_error("Voeg eerst een baan (organisatie) toe aan het proces.")
                return None
            lane = lanes[lane_index_at(pos.y(), len(lanes))].id
            x = step_x_at(pos.x() - STEP_WIDTH / 2)
            pid = scene.process_id
            result = scene.execute(T.UNDO_ADD_STEP, lambda s: add_step(s, pid, lane, x=x))
            if result:
                scene.select_ids([result.value])
            return result.value
        kind_value = payload.partition(":")[2]
        kind = next((k for k in MarkerKind if k.value == kind_value), None)
        if kind is None:
            return None
        step = scene.record_item_at(pos)
        flow = scene.flow_at(pos) if step is None else None
        if step is None and flow is None:
            scene.show_error("Laat de markering los op een stap of een pijl.")
            return None
        where = {"step_id": step.record_id} if step else {"flow_id": flow.flow_id}
        return scene.execute(T.UNDO_MARKER, lambda s: add_marker(s, kind, **where)).value


def make_palette() -> PaletteList:
    """The palette: a step and the four kinds of marker, to drag onto the canvas."""
    palette = PaletteList(PALETTE_MIME)
    palette.setAccessibleName(T.PALETTE)
    entries = [(T.PALETTE_STEP, "step")] + [
        (f"{MARKER_SYMBOLS[k]} {MARKER_LABELS[k]}", f"marker:{k.value}") for k in MarkerKind]
    for text, payload in entries:
        item = QListWidgetItem(text)
        item.setData(PAYLOAD_ROLE, payload)
        palette.addItem(item)
    palette.setFixedHeight(palette.sizeHintForRow(0) * len(entries) + 2 * palette.frameWidth()
                           + 4)
    return palette
