"""Graphics items of the swimlane canvas: a lane, a step, an arrow, a numbered marker."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from zvdesk.models.werkproces.layout import HEADER_WIDTH, LANE_HEIGHT, STEP_HEIGHT, STEP_WIDTH
from zvdesk.models.werkproces.read import FlowView, LaneView, MarkerView, StepView
from zvdesk.models.werkproces.tables import MARKER_COLOURS, MARKER_LABELS, MARKER_SYMBOLS

INK = QColor("#1f2933")
LINE = QColor("#b8c2cc")
SELECTED = QColor("#f5a623")
DOMAIN = {"zorg": QColor("#2e8540"), "veiligheid": QColor("#1d4f91"),
          "gemeente": QColor("#c05a00"), "overig": QColor("#6b7785")}
CHANGE_PENS = {"added": QPen(QColor("#23894a"), 2.4), "moved": QPen(QColor("#d48806"), 2.4),
               "removed": QPen(QColor("#9aa5b1"), 1.4, Qt.PenStyle.DashLine)}
MARKER_RADIUS = 9.0
#: Step text: centred, wrapped at words, and inside a word that is wider than the box.
STEP_TEXT = QTextOption(Qt.AlignmentFlag.AlignCenter)
STEP_TEXT.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def _font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


class LaneItem(QGraphicsItem):
    """One lane: a band across the canvas with the organisation's header on the left."""

    def __init__(self, lane: LaneView, length: float) -> None:
        super().__init__()
        self.lane = lane
        self.lane_id = lane.id
        self.length = length
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip("Sleep de kop omhoog of omlaag om de baan te verplaatsen")

    def set_lane(self, lane: LaneView) -> None:
        """Shows a lane's new data."""
        self.lane = lane
        self.update()

    def set_length(self, length: float) -> None:
        """Makes the band as long as the lanes are."""
        if length != self.length:
            self.prepareGeometryChange()
            self.length = length

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(0, 0, HEADER_WIDTH + self.length, LANE_HEIGHT)

    def header_rect(self) -> QRectF:
        """The header, in item coordinates (where a lane drag starts)."""
        return QRectF(0, 0, HEADER_WIDTH, LANE_HEIGHT)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        band = QColor("#f4f7fb") if self.lane.index % 2 == 0 else QColor("#ffffff")
        painter.setPen(QPen(LINE, 1))
        painter.setBrush(band)
        painter.drawRect(self.boundingRect())
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(self.header_rect())
        colour = DOMAIN.get(self.lane.domain.value if self.lane.domain else "", DOMAIN["overig"])
        painter.fillRect(QRectF(0, 0, 5, LANE_HEIGHT), colour)
        painter.setPen(INK)
        painter.setFont(_font(13, bold=True))
        painter.drawText(self.header_rect().adjusted(12, 4, -6, -4),
                         Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                         self.lane.label)


class MarkerBadge(QGraphicsItem):
    """A numbered circle in the marker's colour, with its symbol in the tooltip and legend."""

    def __init__(self, marker: MarkerView, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.marker = marker
        self.setToolTip(f"{marker.number}. {MARKER_SYMBOLS[marker.kind]} {marker.kind_label}"
                        + (f": {marker.text}" if marker.text else ""))
        self.setZValue(20)

    RECT = QRectF(-MARKER_RADIUS - 1, -MARKER_RADIUS - 1, 2 * MARKER_RADIUS + 2,
                  2 * MARKER_RADIUS + 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.RECT

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor(MARKER_COLOURS[self.marker.kind]))
        painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS, MARKER_RADIUS)
        painter.setPen(QColor("white"))
        painter.setFont(_font(11, bold=True))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter,
                         str(self.marker.number))


class StepItem(QGraphicsItem):
    """A step: a rounded box with its text; selectable, dragged through the kit's gesture."""

    def __init__(self, step: StepView) -> None:
        super().__init__()
        self.step = step
        self.record_id = step.id
        self.change = ""
        self.badges: list[MarkerBadge] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(10)
        # The wrapped text is drawn once and moved as a picture while the step is dragged.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_step(step)

    def set_step(self, step: StepView) -> None:
        """Shows a step's new text."""
        self.step = step
        self.setToolTip(step.name + (f"\n{step.description}" if step.description else ""))
        self.update()

    def set_change(self, change: str) -> None:
        """Marks the step as added, moved or removed compared with the other process."""
        if change != self.change:
            self.change = change
            self.update()

    def set_markers(self, markers: list[MarkerView]) -> None:
        """Shows the step's numbered markers on its top edge."""
        for badge in self.badges:
            badge.setParentItem(None)
            if badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.badges = []
        for i, marker in enumerate(markers):
            badge = MarkerBadge(marker, self)
            badge.setPos(STEP_WIDTH - 8 - i * (2 * MARKER_RADIUS + 2), 0)
            self.badges.append(badge)

    RECT = QRectF(-4, -4, STEP_WIDTH + 8, STEP_HEIGHT + 8)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.RECT

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt API
        path = QPainterPath()
        path.addRect(QRectF(0, 0, STEP_WIDTH, STEP_HEIGHT))
        return path

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, STEP_WIDTH, STEP_HEIGHT)
        if self.isSelected():
            painter.setPen(QPen(SELECTED, 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(CHANGE_PENS.get(self.change, QPen(QColor("#52606d"), 1.2)))
        painter.setBrush(QColor("#fbfcfd") if self.change == "removed" else QColor("white"))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor("#9aa5b1") if self.change == "removed" else INK)
        painter.setFont(_font(12))
        painter.drawText(rect.adjusted(5, 3, -5, -3), self.step.name, STEP_TEXT)


class FlowItem(QGraphicsPathItem):
    """An arrow between two steps (an orthogonal route with a head); selectable."""

    def __init__(self, flow: FlowView) -> None:
        super().__init__()
        self.flow = flow
        self.flow_id = flow.id
        self.points: list[tuple[float, float]] = []
        self.badges: list[MarkerBadge] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        # The FlowLayer draws the line and the selection halo of every arrow in one call;
        # the item serves hit tests, the selection and the tooltip.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(5)
        self.setPen(QPen(INK, 1.4))

    def set_flow(self, flow: FlowView) -> None:
        """Shows an arrow's new data."""
        self.flow = flow
        self.setToolTip(flow.label)

    def set_points(self, points: list[tuple[float, float]]) -> None:
        """Routes the arrow along these points."""
        self.points = points
        path = QPainterPath()
        if len(points) >= 2:
            path.moveTo(*points[0])
            for p in points[1:]:
                path.lineTo(*p)
            (ax, ay), (bx, by) = points[-2], points[-1]
            angle = math.atan2(by - ay, bx - ax)
            for side in (-0.45, 0.45):
                path.moveTo(bx, by)
                path.lineTo(bx - 9 * math.cos(angle + side), by - 9 * math.sin(angle + side))
        self.setPath(path)
        layer = getattr(self.scene(), "flow_layer", None)
        if layer is not None:
            layer.update()

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt API
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Nothing: the FlowLayer draws the arrows (the item has no contents)."""


class FlowLayer(QGraphicsItem):
    """Draws every arrow of the scene as one path (one Python call per frame).

    While steps are dragged (:meth:`freeze`) the arrows that do not move are kept as one
    ready path and only the moving ones are added per frame. The routes are horizontal and
    vertical lines only: crisp without antialiasing, and far cheaper to draw.
    """

    def __init__(self, flows: dict[str, FlowItem]) -> None:
        super().__init__()
        self.flows = flows
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.rect = QRectF()
        self.moving: set[str] | None = None
        self._still: QPainterPath | None = None

    def set_rect(self, rect: QRectF) -> None:
        """The area the arrows may cover (the scene rectangle)."""
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect

    def freeze(self, moving: set[str]) -> None:
        """From now on only the arrows ``moving`` change (a drag started)."""
        self.moving = set(moving)
        self._still = self._join(fid for fid in self.flows if fid not in self.moving)

    def thaw(self) -> None:
        """Every arrow may change again (the drag ended)."""
        self.moving = None
        self._still = None
        self.update()

    def _join(self, flow_ids) -> QPainterPath:  # noqa: ANN001 - an iterable of ids
        path = QPainterPath()
        for flow_id in flow_ids:
            item = self.flows.get(flow_id)
            if item is not None:
                path.addPath(item.path())
        return path

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        halos = [item for item in self.flows.values() if item.isSelected()]
        if halos:
            painter.setPen(QPen(SELECTED, 6))
            painter.drawPath(self._join(item.flow_id for item in halos))
        painter.setPen(QPen(INK, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.moving is None or self._still is None:
            painter.drawPath(self._join(self.flows))
            return
        painter.drawPath(self._still)
        painter.drawPath(self._join(self.moving))


class DropHint(QGraphicsRectItem):
    """The place a dragged lane will land (a line between lanes)."""

    def __init__(self, width: float) -> None:
        super().__init__(0, -2, width, 4)
        self.setBrush(QColor("#1a5fb4"))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(50)


def marker_legend() -> str:
    """The symbols and colours of the marker kinds, in words (for tooltips)."""
    return "; ".join(f"{MARKER_SYMBOLS[k]} {MARKER_LABELS[k]}" for k in MARKER_SYMBOLS)
