"""Graphics items of the impact canvas: lanes, cards (one per element) and links."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from zvdesk.models.impact.layout import CARD_MIN_H, Lane
from zvdesk.models.impact.tables import Element, ElementKind, Influence, Polarity
from zvdesk.ui.instruments.impact import texts

#: Fill and border per kind; the kind is also written on the card (not only colour).
KIND_COLOURS = {
    ElementKind.DOEL: ("#fdf1d6", "#b7862b"),
    ElementKind.INPUT: ("#e3eefa", "#3f6fa6"),
    ElementKind.ACTIVITEIT: ("#e4f3ec", "#2f7d57"),
    ElementKind.OUTPUT: ("#efe6f6", "#7450a0"),
    ElementKind.DIRECTE_OUTCOME: ("#fde6e1", "#b2513c"),
    ElementKind.MAATSCHAPPELIJK_EFFECT: ("#fbe3ef", "#a23c72"),
    ElementKind.MECHANISME: ("#fff8c9", "#8a7a12"),
    ElementKind.CONTEXTFACTOR: ("#eceff1", "#56636b"),
}
LANE_FILL = QColor("#f7f8fa")
BAND_FILL = QColor("#fffdf0")
CONTEXT_FILL = QColor("#f1f3f4")
TEXT_PAD = 8.0
HANDLE_R = 6.0
#: The badge with the number of indicators that measure a card (Monitoring, 16.8).
BADGE_W, BADGE_H = 40.0, 14.0
BADGE_COLOUR = "#0b6e4f"


def _fonts() -> tuple[QFont, QFont, QFont]:
    base = QFont()
    base.setPointSizeF(9.0)
    small = QFont(base)
    small.setPointSizeF(7.5)
    title = QFont(base)
    title.setBold(True)
    return title, base, small


TITLE_FONT, BODY_FONT, SMALL_FONT = _fonts()
_FLAGS = int(Qt.TextFlag.TextWordWrap)
_measure_cache: dict[tuple, float] = {}


def card_header(element: Element) -> str:
    """The small line at the top of a card: kind, category, quadrant."""
    parts = [texts.CATEGORY_LABELS[element.category] if element.category is not None
             else texts.KIND_LABELS[element.kind]]
    if element.kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR):
        sign = "+" if element.polarity is Polarity.VERSTERKEND else "−"
        where = "binnen" if element.influence is Influence.BINNEN else "buiten"
        parts.append(f"{sign} {where}")
    return " · ".join(parts).upper()


def measure_card(element: Element) -> float:
    """Height of a card as drawn: wrapped title, sub-items and actor; at least the stored h."""
    key = (element.title, tuple(element.sub_items), element.actor, element.w)
    height = _measure_cache.get(key)
    if height is None:
        width = element.w - 2 * TEXT_PAD
        title_h = QFontMetricsF(TITLE_FONT).boundingRect(
            QRectF(0, 0, width, 1e5), _FLAGS, element.title or " ").height()
        small = QFontMetricsF(SMALL_FONT)
        body = QFontMetricsF(BODY_FONT)
        subs_h = sum(body.boundingRect(QRectF(0, 0, width - 10, 1e5), _FLAGS,
                                       s).height() + 1 for s in element.sub_items)
        actor_h = (small.boundingRect(QRectF(0, 0, width, 1e5), _FLAGS, element.actor).height()
                   + 4 if element.actor else 0.0)
        height = TEXT_PAD + small.height() + 4 + title_h + (4 + subs_h if subs_h else 0) \
            + (4 + actor_h if actor_h else 0) + TEXT_PAD
        if len(_measure_cache) > 20000:
            _measure_cache.clear()
        _measure_cache[key] = height
    return max(CARD_MIN_H, element.h if element.h > CARD_MIN_H + 12 else 0.0, height)


class LaneItem(QGraphicsRectItem):
    """A lane (column) or band with its heading; double-click adds a card of its kind."""

    def __init__(self, lane: Lane) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.kind = lane.kind
        self.title = lane.title
        self.setPen(QPen(QColor("#c9ced6"), 1))
        self.update_lane(lane)

    def update_lane(self, lane: Lane) -> None:
        """Follows a new layout."""
        self.title = lane.title
        fill = LANE_FILL
        if lane.kind is ElementKind.MECHANISME:
            fill = BAND_FILL
        elif lane.kind is ElementKind.CONTEXTFACTOR:
            fill = CONTEXT_FILL
        self.setBrush(QBrush(fill))
        self.setRect(QRectF(lane.x, lane.y, lane.w, lane.h))

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        rect = self.rect()
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(rect, 6, 6)
        border = KIND_COLOURS[self.kind][1]
        painter.setPen(QPen(QColor(border), 3))
        painter.drawLine(QPointF(rect.left() + 6, rect.top() + 36),
                         QPointF(rect.right() - 6, rect.top() + 36))
        painter.setPen(QColor("#22303c"))
        font = QFont(TITLE_FONT)
        font.setPointSizeF(10.5)
        painter.setFont(font)
        painter.drawText(QRectF(rect.left() + 10, rect.top() + 4, rect.width() - 20, 30),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.title)


class CardItem(QGraphicsRectItem):
    """One element of the theory; its text wraps and the card grows to fit."""

    def __init__(self, element: Element) -> None:
        super().__init__()
        self.element = element
        self.element_id = self.record_id = element.id
        self.links: set[LinkItem] = set()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.setAcceptHoverEvents(True)
        self._hover = False
        #: The indicators of Monitoring that measure this element (a badge with the count).
        self.measured: tuple[str, ...] = ()

    def set_measured(self, names: tuple[str, ...]) -> None:
        """Shows how many indicators measure this element (their names in the tooltip)."""
        if names == self.measured:
            return
        self.measured = names
        self._tooltip()
        self.update()

    def _tooltip(self) -> None:
        tip = self.element.description or self.element.title
        if self.measured:
            tip += "\n" + texts.MEASURED_TIP.format(names="; ".join(self.measured))
        self.setToolTip(tip)

    def badge_rect(self) -> QRectF:
        """Where the count of measuring indicators is drawn (top right of the card)."""
        r = self.rect()
        return QRectF(r.right() - BADGE_W - 3, r.top() + 3, BADGE_W, BADGE_H)

    def update_element(self, element: Element, rect: tuple[float, float, float, float]) -> None:
        """Shows new data at a new place."""
        changed = (element != self.element) or self.rect().size().toTuple() != rect[2:]
        self.element = element
        if changed:
            self.prepareGeometryChange()
            self.setRect(QRectF(0, 0, rect[2], rect[3]))
            self.update()
        self.setPos(rect[0], rect[1])
        self._tooltip()

    def handle_rect(self) -> QRectF:
        """The connect handle on the right edge (drag from it to another card)."""
        r = self.rect()
        return QRectF(r.right() - HANDLE_R, r.center().y() - HANDLE_R, 2 * HANDLE_R,
                      2 * HANDLE_R)

    def on_handle(self, scene_pos: QPointF) -> bool:
        """True when a scene point is on the connect handle."""
        return self.handle_rect().adjusted(-3, -3, 3, 3).contains(self.mapFromScene(scene_pos))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect().adjusted(-2, -2, HANDLE_R + 2, 2)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        e = self.element
        fill, border = KIND_COLOURS[e.kind]
        rect = self.rect()
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1a5fb4") if selected else QColor(border), 2.5 if selected else 1.2)
        if e.kind in (ElementKind.MECHANISME, ElementKind.CONTEXTFACTOR) and (
                e.polarity is Polarity.VERZWAKKEND):
            pen.setStyle(Qt.PenStyle.DashLine)  # weakening: dashed, not only a colour cue
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 5, 5)
        width = rect.width() - 2 * TEXT_PAD
        y = TEXT_PAD
        painter.setFont(SMALL_FONT)
        painter.setPen(QColor(border).darker(130))
        small_h = QFontMetricsF(SMALL_FONT).height()
        header_width = width - BADGE_W - 4 if self.measured else width
        header = QFontMetricsF(SMALL_FONT).elidedText(card_header(e),
                                                      Qt.TextElideMode.ElideMiddle,
                                                      header_width)
        painter.drawText(QRectF(TEXT_PAD, y, width, small_h),
                         int(Qt.AlignmentFlag.AlignLeft), header)
        y += small_h + 4
        painter.setFont(TITLE_FONT)
        painter.setPen(QColor("#1d2730"))
        box = painter.boundingRect(QRectF(TEXT_PAD, y, width, 1e5), _FLAGS, e.title)
        painter.drawText(QRectF(TEXT_PAD, y, width, box.height()), _FLAGS, e.title)
        y += box.height() + 4
        if e.sub_items:
            painter.setFont(BODY_FONT)
            for sub in e.sub_items:
                r = painter.boundingRect(QRectF(TEXT_PAD + 10, y, width - 10, 1e5), _FLAGS, sub)
                painter.drawText(QRectF(TEXT_PAD, y, 10, r.height()), 0, "•")
                painter.drawText(QRectF(TEXT_PAD + 10, y, width - 10, r.height()), _FLAGS, sub)
                y += r.height() + 1
            y += 4
        if e.actor:
            font = QFont(SMALL_FONT)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(QColor("#4a5560"))
            painter.drawText(QRectF(TEXT_PAD, y, width, rect.height() - y), _FLAGS, e.actor)
        if self.measured:  # how many indicators of Monitoring measure this element
            badge = self.badge_rect()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_COLOUR))
            painter.drawRoundedRect(badge, BADGE_H / 2, BADGE_H / 2)
            painter.setFont(SMALL_FONT)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter),
                             texts.MEASURED_BADGE.format(n=len(self.measured)))
        if self._hover or selected:
            painter.setPen(QPen(QColor(border), 1.2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(self.handle_rect())


class LinkItem(QGraphicsPathItem):
    """An arrow between two cards; its path follows the cards when they move."""

    def __init__(self, link_id: str, source: CardItem, target: CardItem,
                 rationale: str = "") -> None:
        super().__init__()
        self.link_id = link_id
        self.source = source
        self.target = target
        self.rationale = rationale
        self.setZValue(0)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setPen(QPen(QColor("#6b7785"), 1.3))
        self._head = QPolygonF()
        self.setToolTip(rationale)
        source.links.add(self)
        target.links.add(self)
        self.adjust()

    def detach(self) -> None:
        """Forgets the cards (before the item is removed)."""
        self.source.links.discard(self)
        self.target.links.discard(self)

    def adjust(self) -> None:
        """Recomputes the path from the cards' current places."""
        s = self.source.sceneBoundingRect().adjusted(2, 2, -HANDLE_R - 2, -2)
        t = self.target.sceneBoundingRect().adjusted(2, 2, -HANDLE_R - 2, -2)
        band = ElementKind.CONTEXTFACTOR in (self.source.element.kind,
                                             self.target.element.kind)
        vertical = band and (s.bottom() <= t.top() or t.bottom() <= s.top())
        if vertical:
            down = t.top() >= s.bottom()
            a = QPointF(s.center().x(), s.bottom() if down else s.top())
            b = QPointF(t.center().x(), t.top() if down else t.bottom())
            c1, c2 = QPointF(a.x(), (a.y() + b.y()) / 2), QPointF(b.x(), (a.y() + b.y()) / 2)
        elif t.left() >= s.right() - 4:
            a, b = QPointF(s.right(), s.center().y()), QPointF(t.left(), t.center().y())
            c1, c2 = QPointF((a.x() + b.x()) / 2, a.y()), QPointF((a.x() + b.x()) / 2, b.y())
        elif s.left() >= t.right() - 4:
            a, b = QPointF(s.left(), s.center().y()), QPointF(t.right(), t.center().y())
            c1, c2 = QPointF((a.x() + b.x()) / 2, a.y()), QPointF((a.x() + b.x()) / 2, b.y())
        else:
            down = t.center().y() >= s.center().y()
            a = QPointF(s.center().x(), s.bottom() if down else s.top())
            b = QPointF(t.center().x(), t.top() if down else t.bottom())
            c1, c2 = QPointF(a.x(), (a.y() + b.y()) / 2), QPointF(b.x(), (a.y() + b.y()) / 2)
        path = QPainterPath(a)
        path.cubicTo(c1, c2, b)
        angle = math.atan2(b.y() - c2.y(), b.x() - c2.x()) if b != c2 else 0.0
        size = 8.0
        self._head = QPolygonF([
            b, QPointF(b.x() - size * math.cos(angle - 0.45), b.y() - size * math.sin(angle - 0.45)),
            QPointF(b.x() - size * math.cos(angle + 0.45), b.y() - size * math.sin(angle + 0.45))])
        path.addPolygon(self._head)
        self.setPath(path)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1a5fb4"), 2.4) if self.isSelected() else self.pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setBrush(pen.color())
        painter.drawPolygon(self._head)
