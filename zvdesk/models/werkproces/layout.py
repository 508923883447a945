"""Geometry of the swimlane diagram, shared by the canvas and the report (no Qt).

Scene units, y growing downwards. The trigger band is on top, then the lanes, one below the
other, each :data:`LANE_HEIGHT` high with its header (the organisation) on the left. A step's
``x`` is measured from the end of the header; the step is a box of :data:`STEP_WIDTH` ×
:data:`STEP_HEIGHT` centred vertically in its lane.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADER_WIDTH = 150.0
LANE_HEIGHT = 100.0
STEP_WIDTH = 130.0
STEP_HEIGHT = 56.0
TRIGGER_HEIGHT = 44.0
#: Room between the start of a lane and its first step, and between steps a new step gets.
STEP_GAP = 40.0
#: The smallest lane length shown (so an empty process still looks like lanes).
MIN_LENGTH = 600.0
#: Steps never go left of the lane start nor further than this.
MAX_X = 20000.0


@dataclass(frozen=True)
class Box:
    """A rectangle: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        """Vertical centre."""
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        """Right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """Bottom edge."""
        return self.y + self.h


def lane_top(index: int) -> float:
    """The top of the lane at this position (0 = the first lane)."""
    return TRIGGER_HEIGHT + index * LANE_HEIGHT


def lane_index_at(y: float, lane_count: int) -> int:
    """The lane under a scene y (clamped to the lanes that exist)."""
    if lane_count <= 0:
        return 0
    index = int((y - TRIGGER_HEIGHT) // LANE_HEIGHT)
    return max(0, min(lane_count - 1, index))


def clamp_x(x: float) -> float:
    """A step's x kept inside the lane."""
    return max(0.0, min(MAX_X, round(x, 1)))


def step_box(lane_index: int, x: float) -> Box:
    """The box of a step in the lane at ``lane_index`` with place ``x``."""
    top = lane_top(lane_index) + (LANE_HEIGHT - STEP_HEIGHT) / 2
    return Box(HEADER_WIDTH + x, top, STEP_WIDTH, STEP_HEIGHT)


def step_x_at(scene_left: float) -> float:
    """The ``x`` of a step whose box starts at a scene left edge."""
    return clamp_x(scene_left - HEADER_WIDTH)


def lane_length(xs: list[float]) -> float:
    """How long the lanes are drawn (after the header) for steps at these places."""
    furthest = max(xs, default=0.0) + STEP_WIDTH + STEP_GAP
    return max(MIN_LENGTH, furthest)


def diagram_size(lane_count: int, xs: list[float]) -> tuple[float, float]:
    """Width and height of the whole diagram (header, lanes and trigger band)."""
    return HEADER_WIDTH + lane_length(xs), TRIGGER_HEIGHT + max(1, lane_count) * LANE_HEIGHT


def route(source: Box, target: Box) -> list[tuple[float, float]]:
    """An orthogonal path from one step box to another (the points of the arrow).

    Forward (the target starts right of the source): out of the right side, into the left
    side, turning halfway. Otherwise between lanes: out of the bottom (or top), into the
    top (or bottom). Backwards within one lane: over the top of both boxes.
    """
    if target.x >= source.right + 12:
        mid = (source.right + target.x) / 2
        if abs(source.cy - target.cy) < 1:
            return [(source.right, source.cy), (target.x, target.cy)]
        return [(source.right, source.cy), (mid, source.cy), (mid, target.cy),
                (target.x, target.cy)]
    if target.y >= source.bottom:
        mid = (source.bottom + target.y) / 2
        return [(source.cx, source.bottom), (source.cx, mid), (target.cx, mid),
                (target.cx, target.y)]
    if target.bottom <= source.y:
        mid = (target.bottom + source.y) / 2
        return [(source.cx, source.y), (source.cx, mid), (target.cx, mid),
                (target.cx, target.bottom)]
    above = min(source.y, target.y) - 14
    return [(source.cx, source.y), (source.cx, above), (target.cx, above),
            (target.cx, target.y)]


def midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The point halfway along a path (where an arrow's marker sits)."""
    if len(points) < 2:
        return points[0] if points else (0.0, 0.0)
    lengths = [abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(points, points[1:], strict=False)]
    half = sum(lengths) / 2
    for (a, b), length in zip(zip(points, points[1:], strict=False), lengths, strict=False):
        if half <= length and length > 0:
            t = half / length
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        half -= length
    return points[-1]
