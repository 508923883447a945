"""The scene of the swimlane canvas: it mirrors one process, one item per lane, step, arrow."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.werkproces.layout import (
    STEP_HEIGHT,
    STEP_WIDTH,
    Box,
    diagram_size,
    lane_length,
    lane_top,
    midpoint,
    route,
    step_box,
)
from zvdesk.models.werkproces.ops import desired_of, nudge_steps
from zvdesk.models.werkproces.read import (
    FlowView,
    LaneView,
    ProcessMap,
    StepView,
    compare,
    process_map,
)
from zvdesk.models.werkproces.tables import KINDS, STATE_LABELS, ProcessState
from zvdesk.ui.canvas.interactions import UserInteraction
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkproces import texts as T
from zvdesk.ui.instruments.werkproces.items import (
    MARKER_RADIUS,
    FlowItem,
    FlowLayer,
    LaneItem,
    MarkerBadge,
    StepItem,
)


@dataclass
class Snapshot:
    """What the canvas shows: the process and how each step differs from the other process."""

    data: ProcessMap
    change: dict[str, str] = field(default_factory=dict)  # step id -> added/moved/removed


class ProcessScene(CanvasScene):
    """Lanes, steps and arrows of one process (a :class:`CanvasScene`).

    Signals:
        reloaded(Snapshot): after every (re)read.
    """

    watched_kinds = (*KINDS, "organisation")
    nudge_step = 10.0

    def __init__(self, controller: DocumentController, project_id: str, process_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(controller, project_id, parent)
        self.process_id = process_id
        #: The tool of a plain drag on a step: "select" (move) or "flow" (draw an arrow).
        self.tool = "select"
        self.data = ProcessMap(process_id)
        self.title = QGraphicsSimpleTextItem()
        font = QFont()
        font.setPixelSize(13)
        self.title.setFont(font)
        self.title.setBrush(QColor("#1f2933"))
        self.title.setPos(8, 10)
        self.addItem(self.title)
        self.lane_mirror: Mirror[LaneView, LaneItem] = Mirror(
            self, lambda lane: LaneItem(lane, 600.0), LaneItem.set_lane)
        self.lanes = self.lane_mirror.items
        self.step_mirror: Mirror[StepView, StepItem] = Mirror(self, StepItem, StepItem.set_step)
        self.steps = self.step_mirror.items
        self.flow_mirror: Mirror[FlowView, FlowItem] = Mirror(self, FlowItem, FlowItem.set_flow)
        self.flows = self.flow_mirror.items
        self.flow_layer = FlowLayer(self.flows)
        self.addItem(self.flow_layer)
        self.selectionChanged.connect(self._redraw_halos)
        self.set_records(self.step_mirror)
        self._attached: dict[str, set[str]] = {}
        self.reload()

    # -- mirroring the model -----------------------------------------------------------------

    def read(self, session: Session) -> Snapshot:  # noqa: D102
        data = process_map(session, self.process_id)
        change: dict[str, str] = {}
        if data.state is ProcessState.DESIRED and data.origin_id:
            diff = compare(process_map(session, data.origin_id), data)
            change = {**{i: "moved" for i in diff.moved}, **{i: "added" for i in diff.added}}
        elif data.state is ProcessState.CURRENT:
            desired = desired_of(session, self.process_id)
            if desired is not None:
                diff = compare(data, process_map(session, desired.id))
                change = {i: "removed" for i in diff.removed}
        return Snapshot(data, change)

    def sync(self, snapshot: Snapshot, changes: Changes) -> None:  # noqa: D102
        data = self.data = snapshot.data
        self.title.setText(f"{STATE_LABELS[data.state]} · {T.TRIGGER}: "
                           f"{data.trigger or '–'}")
        length = lane_length([s.x for s in data.steps])
        self.lane_mirror.sync(data.lanes)
        for lane in data.lanes:
            item = self.lanes[lane.id]
            item.set_length(length)
            item.setPos(0, lane_top(lane.index))
        self.step_mirror.sync(data.steps)
        index = data.lane_index()
        for step in data.steps:
            item = self.steps[step.id]
            box = step_box(index[step.lane_id], step.x)
            item.setPos(box.x, box.y)
            item.set_change(snapshot.change.get(step.id, ""))
            item.set_markers(data.markers_on(step_id=step.id))
        self.flow_mirror.sync(data.flows)
        self._attached = {}
        for flow in data.flows:
            self._attached.setdefault(flow.source_id, set()).add(flow.id)
            self._attached.setdefault(flow.target_id, set()).add(flow.id)
            self._route(self.flows[flow.id])
        width, height = diagram_size(len(data.lanes), [s.x for s in data.steps])
        self.setSceneRect(QRectF(-10, -4, width + 20, height + 14))
        self.flow_layer.set_rect(self.sceneRect().adjusted(-40, -40, 40, 40))
        self.flow_layer.update()

    def _route(self, item: FlowItem, badges: bool = True) -> None:
        """Routes an arrow between its steps' items; ``badges``: rebuild its markers too."""
        source = self.steps[item.flow.source_id]
        target = self.steps[item.flow.target_id]
        points = route(_box(source), _box(target))
        item.set_points(points)
        if badges:
            for badge in item.badges:
                if badge.scene() is not None:
                    self.removeItem(badge)
            item.badges = [MarkerBadge(m) for m in self.data.markers_on(flow_id=item.flow_id)]
            for badge in item.badges:
                self.addItem(badge)
        mx, my = midpoint(points)
        for i, badge in enumerate(item.badges):
            badge.setPos(mx + i * (2 * MARKER_RADIUS + 2), my)

    def _redraw_halos(self) -> None:
        # The layer draws the selected arrows' halos; the scene may emit while it is destroyed.
        if shiboken6.isValid(self.flow_layer):
            self.flow_layer.update()

    def attached(self, step_ids: list[str]) -> set[str]:
        """Ids of the arrows that touch these steps."""
        return {f for s in step_ids for f in self._attached.get(s, ())}

    def follow(self, step_ids: list[str]) -> None:
        """Re-routes the arrows of steps that are being dragged."""
        for flow_id in {f for s in step_ids for f in self._attached.get(s, ())}:
            self._route(self.flows[flow_id], badges=False)

    def export_rect(self) -> QRectF:
        """The whole diagram."""
        return self.sceneRect()

    # -- selection ---------------------------------------------------------------------------

    def selected_flow_ids(self) -> list[str]:
        """Ids of the selected arrows."""
        return [i.flow_id for i in self.selectedItems() if isinstance(i, FlowItem)]

    def lane_header_at(self, pos: QPointF) -> LaneItem | None:
        """The lane whose header is under a scene point."""
        for item in self.lanes.values():
            local = item.mapFromScene(pos)
            if item.header_rect().contains(local):
                return item
        return None

    def flow_at(self, pos: QPointF) -> FlowItem | None:
        """The arrow under a scene point."""
        for item in self.items(pos):
            if isinstance(item, FlowItem):
                return item
        return None

    # -- gestures ----------------------------------------------------------------------------

    def interaction_for_press(self, event: QGraphicsSceneMouseEvent) -> UserInteraction | None:
        """A press on a lane header drags the lane; otherwise the kit's rules."""
        if self.record_item_at(event.scenePos()) is None:
            lane = self.lane_header_at(event.scenePos())
            if lane is not None:
                from zvdesk.ui.instruments.werkproces.interactions import LaneMoveInteraction

                return LaneMoveInteraction(self, lane, event.scenePos())
        return super().interaction_for_press(event)

    def press_on_record(self, item: Any, event: QGraphicsSceneMouseEvent
                        ) -> UserInteraction | None:
        """With the arrow tool or Shift: draw an arrow; otherwise select and drag."""
        from zvdesk.ui.instruments.werkproces.interactions import FlowInteraction

        if self.tool == "flow" or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return FlowInteraction(self, item)
        return super().press_on_record(item, event)

    def move_interaction(self, items: list[Any], start: QPointF) -> UserInteraction:  # noqa: D102
        from zvdesk.ui.instruments.werkproces.interactions import StepMoveInteraction

        return StepMoveInteraction(self, items, start)

    def nudge_text(self, count: int) -> str:  # noqa: D102
        return T.UNDO_MOVE if count == 1 else T.UNDO_MOVE_MANY.format(n=count)

    def nudge_selection(self, dx: float, dy: float) -> bool:
        """Left/right moves the selected steps along the lane; up/down one lane."""
        ids = self.selected_ids()
        if not ids:
            return False
        lanes = (dy > 0) - (dy < 0)
        return bool(self.execute(self.nudge_text(len(ids)),
                                 lambda s: nudge_steps(s, ids, dx, lanes)))


def _box(item: StepItem) -> Box:
    return Box(item.pos().x(), item.pos().y(), STEP_WIDTH, STEP_HEIGHT)

