"""Graphics items of the circle map: the rings, a player's token, a relation arrow, the legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from zvdesk.models.stakeholders.geometry import CIRCLE_RADII, RING_BANDS, TOKEN_RADIUS
from zvdesk.models.stakeholders.read import PlayerView, RelationView
from zvdesk.models.stakeholders.tables import ATTITUDE_SYMBOLS, Attitude, RelationKind, Ring
from zvdesk.ui.instruments.stakeholders import texts

#: Scene pixels per unit of the map (the outer edge of "buiten" lies at this radius).
SCALE = 300.0
TOKEN_PX = TOKEN_RADIUS * SCALE

ATTITUDE_COLOURS = {Attitude.RED: QColor("#c0392b"), Attitude.BLUE: QColor("#2f6db5"),
                    Attitude.GREEN: QColor("#23894a")}
RELATION_COLOURS = {RelationKind.GOOD: QColor("#23894a"), RelationKind.BAD: QColor("#c0392b")}
INK = QColor("#1f2933")
HALO_PEN = QPen(QColor("#f5a623"), 8)
BAND_FILLS = {Ring.DIRECT: QColor("#eef3f8"), Ring.INDIRECT: QColor("#f6f8fb"),
              Ring.OUTSIDE: QColor("#ffffff")}


def _font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


class RingsItem(QGraphicsItem):
    """The circles of ring 1, ring 2 and "buiten" with their labels (background)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(-SCALE - 2, -SCALE - 2, 2 * SCALE + 4, 2 * SCALE + 4)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = RING_BANDS[Ring.OUTSIDE][1] * SCALE
        painter.setPen(QPen(QColor("#b8c2cc"), 1, Qt.PenStyle.DotLine))
        painter.setBrush(BAND_FILLS[Ring.OUTSIDE])
        painter.drawEllipse(QPointF(0, 0), outer, outer)
        pen = QPen(QColor("#52606d"), 2)
        for radius, fill in ((CIRCLE_RADII[2], BAND_FILLS[Ring.INDIRECT]),
                             (CIRCLE_RADII[1], BAND_FILLS[Ring.DIRECT])):
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(0, 0), radius * SCALE, radius * SCALE)
        painter.setPen(QColor("#52606d"))
        painter.setFont(_font(12))
        for radius, label in ((CIRCLE_RADII[1], texts.RING_LABEL_DIRECT),
                              (CIRCLE_RADII[2], texts.RING_LABEL_INDIRECT),
                              (outer, texts.RING_LABEL_OUTSIDE)):
            rect = QRectF(-90, -radius * SCALE + 3, 180, 16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             label)


class ProjectItem(QGraphicsItem):
    """The project in the centre: a disc with its name (arrows between players cross it)."""

    def __init__(self, project_name: str = "") -> None:
        super().__init__()
        self.project_name = project_name
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        r = CIRCLE_RADII[0] * SCALE + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def set_project_name(self, name: str) -> None:
        """Shows another project name."""
        if name != self.project_name:
            self.project_name = name
            self.update()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#52606d"), 2))
        painter.setBrush(QColor("#fff4d6"))
        radius = CIRCLE_RADII[0] * SCALE
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        centre = radius * 0.72
        painter.setPen(INK)
        painter.setFont(_font(13, bold=True))
        painter.drawText(QRectF(-centre, -centre, 2 * centre, 2 * centre),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         self.project_name or texts.PROJECT_FALLBACK)


_TOKEN_BOUNDS = QRectF(-TOKEN_PX - 6, -TOKEN_PX - 6, 2 * TOKEN_PX + 12, 2 * TOKEN_PX + 12)
_TOKEN_SHAPE = QPainterPath()
_TOKEN_SHAPE.addEllipse(QPointF(0, 0), TOKEN_PX, TOKEN_PX)


class PlayerItem(QGraphicsItem):
    """A player's round token: filled by attitude, initials, and a symbol (✓ ? ✗) as second cue."""

    def __init__(self, player: PlayerView) -> None:
        super().__init__()
        self.player_id = self.record_id = player.id
        self.player = player
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(10)
        self.set_player(player)

    def set_player(self, player: PlayerView) -> None:
        """Shows the player's current data (from the model)."""
        changed = (player.name, player.initials, player.attitude, player.organisation) != (
            self.player.name, self.player.initials, self.player.attitude,
            self.player.organisation)
        self.player = player
        self.setPos(player.x * SCALE, player.y * SCALE)
        tip = player.name + (f" ({player.organisation})" if player.organisation
                             and player.organisation != player.name else "")
        self.setToolTip(tip)
        if changed:
            self.update()

    def unit_pos(self) -> tuple[float, float]:
        """Where the token stands now, in unit coordinates."""
        return self.pos().x() / SCALE, self.pos().y() / SCALE

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API (called per item per frame)
        return _TOKEN_BOUNDS

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt API
        return _TOKEN_SHAPE

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = ATTITUDE_COLOURS[self.player.attitude]
        if self.isSelected():
            painter.setPen(QPen(QColor("#f5a623"), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), TOKEN_PX + 2, TOKEN_PX + 2)
        painter.setPen(QPen(INK, 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(0, 0), TOKEN_PX, TOKEN_PX)
        initials = self.player.initials
        size = TOKEN_PX * (0.8 if len(initials) <= 2 else 0.62 if len(initials) <= 3 else 0.48)
        painter.setFont(_font(size, bold=True))
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(-TOKEN_PX, -TOKEN_PX * 0.8, 2 * TOKEN_PX, TOKEN_PX * 1.4),
                         Qt.AlignmentFlag.AlignCenter, initials)
        # The second cue: a white badge with the attitude's symbol, readable without colour.
        badge = TOKEN_PX * 0.42
        centre = QPointF(TOKEN_PX * 0.72, TOKEN_PX * 0.72)
        painter.setPen(QPen(INK, 1))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, badge, badge)
        painter.setPen(INK)
        painter.setFont(_font(badge * 1.45, bold=True))
        painter.drawText(QRectF(centre.x() - badge, centre.y() - badge, 2 * badge, 2 * badge),
                         Qt.AlignmentFlag.AlignCenter, ATTITUDE_SYMBOLS[self.player.attitude])


class RelationItem(QGraphicsItem):
    """An arrow between two tokens: green solid for a good relation, red dashed for a bad one.

    The item of one relation: it holds the arrow's geometry, is selectable and has a tooltip
    and a hit area, but paints nothing itself — :class:`RelationLayer` draws every arrow in
    one call, so that hundreds of arrows repaint fast while a token is dragged.
    """

    HEAD = 11.0

    def __init__(self, relation: RelationView, layer: RelationLayer | None = None) -> None:
        super().__init__()
        self.relation_id = relation.id
        self.relation = relation
        self.layer = layer
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(5)
        self._ends = (QPointF(), QPointF())
        self.line = QLineF()
        self.head = QPolygonF()
        self._bounds = QRectF()
        self._pen = QPen()
        self._brush = QBrush()
        self.set_relation(relation)

    def pen(self) -> QPen:
        """The pen of the line (its style tells good from bad without colour)."""
        return self._pen

    def set_relation(self, relation: RelationView) -> None:
        """Shows the relation's current kind."""
        self.relation = relation
        pen = QPen(RELATION_COLOURS[relation.kind], 2.5)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if relation.kind is RelationKind.BAD:
            pen.setStyle(Qt.PenStyle.DashLine)
        self._pen = pen
        self._brush = QBrush(RELATION_COLOURS[relation.kind])
        self.setToolTip(relation.note or texts.RELATION_SHORT[relation.kind])
        self._changed()

    def _changed(self) -> None:
        if self.layer is not None:
            self.layer.update()

    def set_ends(self, source: QPointF, target: QPointF) -> None:
        """Redraws the arrow between two token centres (trimmed to the token edges)."""
        if (source, target) == self._ends:
            return
        self.prepareGeometryChange()
        self._ends = (QPointF(source), QPointF(target))
        full = QLineF(source, target)
        length = full.length()
        self._changed()
        if length <= 2 * TOKEN_PX + 4:
            self.line, self.head = QLineF(), QPolygonF()
            self._bounds = QRectF()
            return
        ux, uy = full.dx() / length, full.dy() / length
        start = QPointF(source.x() + ux * (TOKEN_PX + 2), source.y() + uy * (TOKEN_PX + 2))
        end = QPointF(target.x() - ux * (TOKEN_PX + 3), target.y() - uy * (TOKEN_PX + 3))
        angle = math.atan2(uy, ux)
        h = self.HEAD
        left = QPointF(end.x() - h * math.cos(angle - 0.4), end.y() - h * math.sin(angle - 0.4))
        right = QPointF(end.x() - h * math.cos(angle + 0.4), end.y() - h * math.sin(angle + 0.4))
        back = QPointF(end.x() - ux * h * 0.8, end.y() - uy * h * 0.8)
        self.line = QLineF(start, back)
        self.head = QPolygonF([left, end, right])
        self._bounds = QRectF(start, end).normalized().adjusted(-h - 4, -h - 4, h + 4, h + 4)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._bounds

    def shape(self) -> QPainterPath:  # noqa: D102 - Qt API (hit area wider than the line)
        path = QPainterPath(self.line.p1())
        path.lineTo(self.line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(path)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange,  # noqa: N802 - Qt API
                   value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._changed()
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        """Nothing: the layer draws the arrow (ItemHasNoContents)."""


class RelationLayer(QGraphicsItem):
    """Draws every relation arrow of the scene, batched per kind (one Python call per frame).

    While tokens are dragged (:meth:`freeze`), the arrows that do not move are drawn once into
    an image in device pixels and only the moving ones are drawn per frame.
    """

    def __init__(self, relations: dict[str, RelationItem]) -> None:
        super().__init__()
        self.relations = relations
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.moving: set[str] | None = None
        self._frozen: tuple[QTransform, QRect, QImage] | None = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        r = SCALE + 4
        return QRectF(-r, -r, 2 * r, 2 * r)

    def freeze(self, moving: set[str]) -> None:
        """From now on only the arrows ``moving`` change (a drag started)."""
        self.moving = set(moving)
        self._frozen = None

    def thaw(self) -> None:
        """Every arrow may change again (the drag ended)."""
        self.moving = None
        self._frozen = None
        self.update()

    @staticmethod
    def draw_arrows(painter: QPainter, items: list[RelationItem]) -> None:
        """Draws arrows (selection halo, line, head) with the painter's current transform."""
        items = [i for i in items if not i.line.isNull()]
        halos = [i.line for i in items if i.isSelected()]
        if halos:
            painter.setPen(HALO_PEN)
            painter.drawLines(halos)
        for kind in RelationKind:
            mine = [i for i in items if i.relation.kind is kind]
            if not mine:
                continue
            painter.setPen(mine[0].pen())
            painter.drawLines([i.line for i in mine])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(RELATION_COLOURS[kind])
            for item in mine:
                painter.drawPolygon(item.head)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        if self.moving is None or painter.device() is None or _widget is None:
            self.draw_arrows(painter, list(self.relations.values()))
            return
        transform = painter.worldTransform()
        if self._frozen is None or self._frozen[0] != transform:
            self._frozen = self._render_static(painter, transform)
        _t, rect, image = self._frozen
        painter.save()
        painter.resetTransform()
        painter.drawImage(rect.topLeft(), image)
        painter.restore()
        self.draw_arrows(painter, [self.relations[r] for r in self.moving
                                   if r in self.relations])

    def _render_static(self, painter: QPainter, transform: QTransform
                       ) -> tuple[QTransform, QRect, QImage]:
        rect = transform.mapRect(self.boundingRect()).toAlignedRect()
        image = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        still = QPainter(image)
        still.setRenderHints(painter.renderHints())
        still.setTransform(transform * QTransform.fromTranslate(-rect.x(), -rect.y()))
        self.draw_arrows(still, [i for rid, i in self.relations.items()
                                 if rid not in (self.moving or ())])
        still.end()
        return transform, rect, image


class RubberLine(QGraphicsPathItem):
    """The line that follows the mouse while a relation is being drawn."""

    def __init__(self, kind: RelationKind) -> None:
        super().__init__()
        pen = QPen(RELATION_COLOURS[kind], 2,
                   Qt.PenStyle.DashLine if kind is RelationKind.BAD else Qt.PenStyle.SolidLine)
        self.setPen(pen)
        self.setZValue(20)

    def set_line(self, start: QPointF, end: QPointF) -> None:
        """Draws from start to end."""
        path = QPainterPath(start)
        path.lineTo(end)
        self.setPath(path)


class LegendItem(QGraphicsItem):
    """The legend under the circles: the three attitudes and the two kinds of relation."""

    WIDTH = 2 * SCALE
    HEIGHT = 64.0

    def __init__(self) -> None:
        super().__init__()
        self.setPos(-SCALE, SCALE + 14)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(0, 0, self.WIDTH, self.HEIGHT)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#cbd2d9"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        font = _font(12)
        metrics = QFontMetricsF(font)
        x = 12.0
        for attitude in (Attitude.GREEN, Attitude.BLUE, Attitude.RED):
            painter.setPen(QPen(INK, 1))
            painter.setBrush(ATTITUDE_COLOURS[attitude])
            painter.drawEllipse(QPointF(x + 9, 20), 9, 9)
            painter.setFont(_font(11, bold=True))
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x, 11, 18, 18), Qt.AlignmentFlag.AlignCenter,
                             ATTITUDE_SYMBOLS[attitude])
            painter.setFont(font)
            painter.setPen(INK)
            label = texts.LEGEND_ATTITUDE[attitude]
            painter.drawText(QPointF(x + 24, 25), label)
            x += 24 + metrics.horizontalAdvance(label) + 22
        x = 12.0
        for kind, label in ((RelationKind.GOOD, texts.LEGEND_GOOD),
                            (RelationKind.BAD, texts.LEGEND_BAD)):
            pen = QPen(RELATION_COLOURS[kind], 2.5,
                       Qt.PenStyle.DashLine if kind is RelationKind.BAD
                       else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, 47), QPointF(x + 34, 47))
            painter.setBrush(QBrush(RELATION_COLOURS[kind]))
            painter.setPen(QPen(RELATION_COLOURS[kind], 1))
            painter.drawPolygon(QPolygonF([QPointF(x + 28, 42), QPointF(x + 36, 47),
                                           QPointF(x + 28, 52)]))
            painter.setPen(INK)
            painter.setFont(font)
            painter.drawText(QPointF(x + 44, 52), label)
            x += 44 + metrics.horizontalAdvance(label) + 30
