"""Gestures on the swimlane canvas: the kit's move and connect, plus moving a lane.

* :class:`StepMoveInteraction` drags the selected steps; on release each lands in the lane
  under its centre (one undo step).
* :class:`FlowInteraction` draws an arrow from one step to another.
* :class:`LaneMoveInteraction` drags a lane by its header up or down (one undo step);
  Esc puts it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from zvdesk.models.werkproces.layout import (
    LANE_HEIGHT,
    STEP_HEIGHT,
    lane_index_at,
    lane_top,
    step_x_at,
)
from zvdesk.models.werkproces.ops import add_flow, move_lane, move_steps
from zvdesk.ui.canvas.interactions import (
    ConnectInteraction,
    MoveInteraction,
    UserInteraction,
    moved_past_threshold,
)
from zvdesk.ui.instruments.werkproces import texts as T
from zvdesk.ui.instruments.werkproces.items import DropHint, LaneItem, StepItem

if TYPE_CHECKING:
    from zvdesk.ui.instruments.werkproces.scene import ProcessScene


class StepMoveInteraction(MoveInteraction):
    """Drags steps; their arrows follow; one write of every new place on release."""

    scene: ProcessScene

    def __init__(self, scene: ProcessScene, items: list[StepItem], start: QPointF) -> None:
        super().__init__(scene, items, start)
        self.ids = [item.record_id for item in items]

    def drag_started(self) -> None:  # noqa: D102
        self.scene.flow_layer.freeze(self.scene.attached(self.ids))

    def drag_ended(self) -> None:  # noqa: D102
        self.scene.flow_layer.thaw()

    def follow(self) -> None:  # noqa: D102
        self.scene.follow(self.ids)

    def write(self) -> bool:  # noqa: D102
        lanes = self.scene.data.lanes
        moves = []
        for item in self.items:
            index = lane_index_at(item.pos().y() + STEP_HEIGHT / 2, len(lanes))
            moves.append((item.record_id, lanes[index].id, step_x_at(item.pos().x())))
        text = T.UNDO_MOVE if len(moves) == 1 else T.UNDO_MOVE_MANY.format(n=len(moves))
        return bool(self.scene.execute(text, lambda s: move_steps(s, moves)))


class FlowInteraction(ConnectInteraction):
    """Draws an arrow: press on one step, release on another."""

    scene: ProcessScene

    def __init__(self, scene: ProcessScene, source: StepItem) -> None:
        self.created: str | None = None
        centre = source.pos() + QPointF(source.boundingRect().center())
        super().__init__(scene, source, centre)

    def connect(self, source_id: str, target_id: str) -> bool:  # noqa: D102
        result = self.scene.execute(T.UNDO_FLOW, lambda s: add_flow(s, source_id, target_id))
        self.created = result.value
        return bool(result)


class LaneMoveInteraction(UserInteraction):
    """Drags a lane by its header; released, the lane takes the place under the mouse."""

    scene: ProcessScene

    def __init__(self, scene: ProcessScene, lane: LaneItem, start: QPointF) -> None:
        super().__init__(scene)
        self.lane = lane
        self.start_pos = QPointF(start)
        self.origin = lane.pos()
        self.moved = False
        self.hint: DropHint | None = None
        self.target = lane.lane.index

    def _target(self, pos: QPointF) -> int:
        count = len(self.scene.data.lanes)
        index = round((pos.y() - lane_top(0)) / LANE_HEIGHT - 0.5)
        return max(0, min(count - 1, index))

    def mouse_move(self, pos: QPointF) -> None:  # noqa: D102
        delta = pos - self.start_pos
        if not self.moved and not moved_past_threshold(delta):
            return
        self.moved = True
        self.lane.setPos(self.origin.x(), self.origin.y() + delta.y())
        self.lane.setZValue(-5)
        self.target = self._target(pos)
        if self.hint is None:
            self.hint = DropHint(self.lane.boundingRect().width())
            self.scene.addItem(self.hint)
        edge = self.target + (1 if self.target > self.lane.lane.index else 0)
        self.hint.setPos(0, lane_top(edge))

    def mouse_release(self, pos: QPointF) -> None:  # noqa: D102
        self.mouse_move(pos)
        self.cleanup()
        if self.moved and self.target != self.lane.lane.index:
            lane_id, index = self.lane.lane_id, self.target
            if not self.scene.execute(T.UNDO_LANE, lambda s: move_lane(s, lane_id, index)):
                self.restore()
        else:
            self.restore()
        self.finish()

    def restore(self) -> None:  # noqa: D102
        if self.lane.scene() is not None:
            self.lane.setPos(self.origin)
            self.lane.setZValue(-10)

    def cleanup(self) -> None:  # noqa: D102
        if self.hint is not None and self.hint.scene() is not None:
            self.hint.scene().removeItem(self.hint)
        self.hint = None
