"""The 2×2 of mechanisms and context factors: impactversterkend/-verzwakkend × binnen/buiten
invloed. Dragging a chip to another quadrant is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.impact import QUADRANT_KINDS, Element, ElementKind, Influence, Polarity, Theory
from zvdesk.models.impact_ops import set_quadrant
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.items import KIND_COLOURS

CELL_W, CELL_H = 440.0, 330.0
LEFT, TOP = 150.0, 50.0
CHIP_W, CHIP_GAP = 210.0, 8.0
_FLAGS = int(Qt.TextFlag.TextWordWrap)


def quadrant_rect(polarity: Polarity, influence: Influence) -> QRectF:
    """Where a quadrant is in the scene."""
    col = texts.QUADRANT_COLS.index(influence)
    row = texts.QUADRANT_ROWS.index(polarity)
    return QRectF(LEFT + col * CELL_W, TOP + row * CELL_H, CELL_W, CELL_H)


def quadrant_at(pos: QPointF) -> tuple[Polarity, Influence] | None:
    """The quadrant under a scene point, or None."""
    for polarity in texts.QUADRANT_ROWS:
        for influence in texts.QUADRANT_COLS:
            if quadrant_rect(polarity, influence).contains(pos):
                return polarity, influence
    return None


class ChipItem(QGraphicsRectItem):
    """A mechanism or context factor as a chip; the kind is written on it."""

    def __init__(self, element: Element) -> None:
        font = QFont()
        font.setPointSizeF(8.5)
        self.font = font
        height = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, CHIP_W - 12, 1e4), _FLAGS, element.title).height() + 24
        super().__init__(0, 0, CHIP_W, height)
        self.element = element
        self.element_id = element.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(element.handling or element.description)
        self.setZValue(2)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        fill, border = KIND_COLOURS[self.element.kind]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#1a5fb4") if self.isSelected() else QColor(border),
                   2 if self.isSelected() else 1)
        if self.element.polarity is Polarity.VERZWAKKEND:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        rect = self.rect()
        painter.drawRoundedRect(rect, 4, 4)
        small = QFont(self.font)
        small.setPointSizeF(7)
        painter.setFont(small)
        painter.setPen(QColor(border).darker(130))
        painter.drawText(QRectF(6, 3, rect.width() - 12, 14), 0,
                         texts.KIND_LABELS[self.element.kind].upper())
        painter.setFont(self.font)
        painter.setPen(QColor("#1d2730"))
        painter.drawText(QRectF(6, 18, rect.width() - 12, rect.height() - 20), _FLAGS,
                         self.element.title)


class QuadrantScene(QGraphicsScene):
    """The four quadrants and their chips; mirrors the theory it is given."""

    def __init__(self, execute: Callable[[str, Callable[[Session], Any]], bool]) -> None:
        super().__init__()
        self.execute = execute
        self.chips: dict[str, ChipItem] = {}
        self._drag: tuple[ChipItem, QPointF, QPointF] | None = None
        self.read_only = False
        self._draw_grid()

    def _draw_grid(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for influence in texts.QUADRANT_COLS:
            rect = quadrant_rect(Polarity.VERSTERKEND, influence)
            label = QGraphicsSimpleTextItem(texts.QUADRANT_COL_TITLES[influence])
            label.setFont(bold)
            label.setPos(rect.left() + 8, TOP - 26)
            self.addItem(label)
        for polarity in texts.QUADRANT_ROWS:
            rect = quadrant_rect(polarity, Influence.BUITEN)
            label = QGraphicsSimpleTextItem(texts.POLARITY_LABELS[polarity])
            label.setFont(bold)
            label.setPos(8, rect.top() + 8)
            self.addItem(label)
            for influence in texts.QUADRANT_COLS:
                cell = QGraphicsRectItem(quadrant_rect(polarity, influence))
                green = polarity is Polarity.VERSTERKEND
                cell.setBrush(QColor("#f1f8f3" if green else "#fbf0ef"))
                cell.setPen(QPen(QColor("#b8c0c8"), 1))
                cell.setZValue(-1)
                self.addItem(cell)
        self.setSceneRect(0, 0, LEFT + 2 * CELL_W + 20, TOP + 2 * CELL_H + 20)

    def load(self, theory: Theory) -> None:
        """Lays out the chips of a theory's mechanisms and context factors."""
        self._drag = None
        for chip in self.chips.values():
            self.removeItem(chip)
        self.chips.clear()
        cursor: dict[tuple[Polarity, Influence], QPointF] = {}
        for element in theory.elements:
            if element.kind not in QUADRANT_KINDS:
                continue
            key = (element.polarity or Polarity.VERSTERKEND, element.influence or (
                Influence.BUITEN if element.kind is ElementKind.CONTEXTFACTOR
                else Influence.BINNEN))
            rect = quadrant_rect(*key)
            chip = ChipItem(element)
            pos = cursor.get(key, QPointF(rect.left() + 10, rect.top() + 10))
            if pos.y() + chip.rect().height() > rect.bottom() - 6 and pos.y() > rect.top() + 10:
                pos = QPointF(pos.x() + CHIP_W + CHIP_GAP, rect.top() + 10)
            chip.setPos(pos)
            cursor[key] = QPointF(pos.x(), pos.y() + chip.rect().height() + CHIP_GAP)
            self.addItem(chip)
            self.chips[element.id] = chip
        bottom = max((c.sceneBoundingRect().bottom() for c in self.chips.values()),
                     default=0.0)
        right = max((c.sceneBoundingRect().right() for c in self.chips.values()), default=0.0)
        self.setSceneRect(0, 0, max(LEFT + 2 * CELL_W + 20, right + 20),
                          max(TOP + 2 * CELL_H + 20, bottom + 20))

    def chip_at(self, pos: QPointF) -> ChipItem | None:
        """The chip under a scene point."""
        for item in self.items(pos):
            if isinstance(item, ChipItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        chip = self.chip_at(event.scenePos())
        if chip is None or event.button() != Qt.MouseButton.LeftButton or self.read_only:
            super().mousePressEvent(event)
            return
        self.clearSelection()
        chip.setSelected(True)
        chip.setZValue(5)
        self._drag = (chip, chip.pos(), event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            chip, origin, start = self._drag
            chip.setPos(origin + event.scenePos() - start)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        chip, origin, _start = self._drag
        self._drag = None
        chip.setZValue(2)
        target = quadrant_at(chip.sceneBoundingRect().center())
        current = (chip.element.polarity, chip.element.influence)
        if target is None or target == current:
            chip.setPos(origin)
            return
        eid = chip.element_id
        if not self.execute(texts.UNDO_QUADRANT, lambda s: set_quadrant(s, eid, *target)):
            chip.setPos(origin)


class QuadrantView(QGraphicsView):
    """Shows the quadrant scene."""

    def __init__(self, scene: QuadrantScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.quadrant_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName("Kwadrant van mechanismen en contextfactoren")

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Scales the quadrant to the width of the view (never above 100 %)."""
        rect = self.sceneRect()
        if rect.width() <= 0:
            return
        factor = min(1.0, (self.viewport().width() - 4) / rect.width())
        self.resetTransform()
        self.scale(factor, factor)
