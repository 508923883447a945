"""The 2×2 of mechanisms and context factors: impactversterkend/-verzwakkend × binnen/buiten
invloed. Dragging a chip to another quadrant is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.impact.ops import set_quadrant
from zvdesk.models.impact.tables import (
    QUADRANT_KINDS,
    Element,
    ElementKind,
    Influence,
    Polarity,
    Theory,
)
from zvdesk.ui.canvas.interactions import MoveInteraction
from zvdesk.ui.canvas.scene import GestureScene
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.items import KIND_COLOURS

CELL_W, CELL_H = 440.0, 330.0
LEFT, TOP = 148.0, 46.0
CHIP_W, CHIP_GAP = 200.0, 8.0
MIN_CELL_W, MIN_CELL_H = 190.0, 180.0
_FLAGS = int(Qt.TextFlag.TextWordWrap)


def quadrant_rect(polarity: Polarity, influence: Influence, cell_w: float = CELL_W,
                  cell_h: float = CELL_H) -> QRectF:
    """Where a quadrant is in the scene (for cells of a given size)."""
    col = texts.QUADRANT_COLS.index(influence)
    row = texts.QUADRANT_ROWS.index(polarity)
    return QRectF(LEFT + col * cell_w, TOP + row * cell_h, cell_w, cell_h)


class ChipItem(QGraphicsRectItem):
    """A mechanism or context factor as a chip; the kind is written on it."""

    def __init__(self, element: Element, width: float = CHIP_W) -> None:
        font = QFont()
        font.setPointSizeF(8.5)
        self.font = font
        height = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, width - 12, 1e4), _FLAGS, element.title).height() + 24
        super().__init__(0, 0, width, height)
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


class ChipMoveInteraction(MoveInteraction):
    """Drags a chip to another quadrant (one undo step); anywhere else it goes back."""

    scene: QuadrantScene

    def __init__(self, scene: QuadrantScene, chip: ChipItem, start: QPointF) -> None:
        super().__init__(scene, [chip], start)
        self.chip = chip

    def drag_started(self) -> None:  # noqa: D102
        self.chip.setZValue(5)

    def drag_ended(self) -> None:  # noqa: D102
        self.chip.setZValue(2)

    def write(self) -> bool:  # noqa: D102
        target = self.scene.quadrant_at(self.chip.sceneBoundingRect().center())
        if target is None or target == (self.chip.element.polarity, self.chip.element.influence):
            return False
        eid = self.chip.element_id
        return bool(self.scene.execute(texts.UNDO_QUADRANT,
                                       lambda s: set_quadrant(s, eid, *target)))


class QuadrantScene(GestureScene):
    """The four quadrants and their chips; mirrors the theory it is given."""

    def __init__(self, execute: Callable[[str, Callable[[Session], Any]], object]) -> None:
        super().__init__()
        self.execute = execute
        self.chips: dict[str, ChipItem] = {}
        self.read_only = False
        self.cell_w, self.cell_h = CELL_W, CELL_H
        self.fit_h = CELL_H
        self.theory: Theory | None = None
        self._grid: list = []
        self._draw_grid()

    def rect_of(self, polarity: Polarity, influence: Influence) -> QRectF:
        """Where a quadrant is now."""
        return quadrant_rect(polarity, influence, self.cell_w, self.cell_h)

    def quadrant_at(self, pos: QPointF) -> tuple[Polarity, Influence] | None:
        """The quadrant under a scene point, or None."""
        for polarity in texts.QUADRANT_ROWS:
            for influence in texts.QUADRANT_COLS:
                if self.rect_of(polarity, influence).contains(pos):
                    return polarity, influence
        return None

    def set_cell_size(self, cell_w: float, cell_h: float) -> None:
        """Fits the quadrants to the view (cells grow taller when their chips need it)."""
        cell_w, cell_h = max(MIN_CELL_W, cell_w), max(MIN_CELL_H, cell_h)
        if (cell_w, cell_h) == (self.cell_w, self.fit_h):
            return
        self.cell_w, self.fit_h = cell_w, cell_h
        self._redraw(cell_h)
        if self.theory is not None:
            self.load(self.theory)

    def _redraw(self, cell_h: float) -> None:
        self.cell_h = cell_h
        for item in self._grid:
            self.removeItem(item)
        self._draw_grid()

    def _draw_grid(self) -> None:
        self._grid = []
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(8.5)
        for influence in texts.QUADRANT_COLS:
            rect = self.rect_of(Polarity.VERSTERKEND, influence)
            label = QGraphicsTextItem(texts.QUADRANT_COL_TITLES[influence])
            label.setFont(bold)
            label.setTextWidth(rect.width() - 8)
            label.setPos(rect.left() + 4, 0)
            self.addItem(label)
            self._grid.append(label)
        for polarity in texts.QUADRANT_ROWS:
            rect = self.rect_of(polarity, Influence.BUITEN)
            label = QGraphicsTextItem(texts.POLARITY_LABELS[polarity])
            label.setFont(bold)
            label.setTextWidth(LEFT - 8)
            label.setPos(2, rect.top() + 4)
            self.addItem(label)
            self._grid.append(label)
            for influence in texts.QUADRANT_COLS:
                cell = QGraphicsRectItem(self.rect_of(polarity, influence))
                self._grid.append(cell)
                green = polarity is Polarity.VERSTERKEND
                cell.setBrush(QColor("#f1f8f3" if green else "#fbf0ef"))
                cell.setPen(QPen(QColor("#b8c0c8"), 1))
                cell.setZValue(-1)
                self.addItem(cell)
        self.setSceneRect(0, 0, LEFT + 2 * self.cell_w + 20, TOP + 2 * self.cell_h + 20)

    def load(self, theory: Theory) -> None:
        """Lays out the chips of a theory's mechanisms and context factors in columns."""
        self.cancel_interaction()
        self.theory = theory
        chip_w = min(CHIP_W, self.cell_w - 20)
        columns = max(1, int((self.cell_w - 20 + CHIP_GAP) // (chip_w + CHIP_GAP)))
        for chip in self.chips.values():
            self.removeItem(chip)
        self.chips.clear()
        groups: dict[tuple[Polarity, Influence], list[ChipItem]] = {}
        for element in theory.elements:
            if element.kind not in QUADRANT_KINDS:
                continue
            key = (element.polarity or Polarity.VERSTERKEND, element.influence or (
                Influence.BUITEN if element.kind is ElementKind.CONTEXTFACTOR
                else Influence.BINNEN))
            chip = ChipItem(element, chip_w)
            groups.setdefault(key, []).append(chip)
            self.chips[element.id] = chip
        placed: dict[ChipItem, tuple[int, float]] = {}
        needed = self.fit_h
        for chips in groups.values():
            heights = [0.0] * columns
            for chip in chips:
                col = heights.index(min(heights))
                placed[chip] = (col, heights[col])
                heights[col] += chip.rect().height() + CHIP_GAP
            needed = max(needed, max(heights) + 20)
        if needed != self.cell_h:
            self._redraw(needed)
        for key, chips in groups.items():
            rect = self.rect_of(*key)
            for chip in chips:
                col, y = placed[chip]
                chip.setPos(rect.left() + 10 + col * (chip_w + CHIP_GAP), rect.top() + 10 + y)
                self.addItem(chip)
        self.setSceneRect(0, 0, LEFT + 2 * self.cell_w + 20, TOP + 2 * self.cell_h + 20)

    def chip_at(self, pos: QPointF) -> ChipItem | None:
        """The chip under a scene point."""
        for item in self.items(pos):
            if isinstance(item, ChipItem):
                return item
        return None

    def interaction_for_press(self, event: QGraphicsSceneMouseEvent
                              ) -> ChipMoveInteraction | None:
        """A press on a chip selects it and starts dragging it."""
        chip = self.chip_at(event.scenePos())
        if chip is None:
            return None
        self.clearSelection()
        chip.setSelected(True)
        return ChipMoveInteraction(self, chip, event.scenePos())


class QuadrantView(QGraphicsView):
    """Shows the quadrant scene.

    Signals:
        delete_requested: Delete or Backspace pressed (the tab deletes the selection).
    """

    delete_requested = Signal()

    def __init__(self, scene: QuadrantScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.quadrant_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName("Kwadrant van mechanismen en contextfactoren")

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        size = self.viewport().size()
        # Leave room for the vertical scroll bar a long column brings, so that no horizontal
        # one is needed and the right column is never cut off.
        bar = self.verticalScrollBar().sizeHint().width()
        self.quadrant_scene.set_cell_size((size.width() - LEFT - 24 - bar) / 2,
                                          (size.height() - TOP - 24) / 2)
