"""The spread on the dilemma slider, drawn with pyqtgraph: one marker per participant with
their initials on the line from 0 to 100, and the group's choice as a dashed line.

The table of positions under the chart holds the same data for keyboard and screen-reader
users; the chart's accessible description summarises the spread.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from zvdesk.models.dilemmaschuif.read import DilemmaView, Marker, marker_levels
from zvdesk.models.dilemmaschuif.tables import LINE_MAX, LINE_MIDDLE, LINE_MIN
from zvdesk.ui.instruments.dilemmaschuif import texts as T

LEFT_COLOUR = QColor("#3a78c2")
RIGHT_COLOUR = QColor("#c26a1d")
MIDDLE_COLOUR = QColor("#6b7785")
CHOSEN_COLOUR = QColor("#2e8f4e")
LINE_COLOUR = QColor("#9aa5b1")
def colour_of(marker: Marker) -> QColor:
    """Blue left of the middle, orange right of it, grey in the middle."""
    if marker.position < LINE_MIDDLE:
        return LEFT_COLOUR
    return RIGHT_COLOUR if marker.position > LINE_MIDDLE else MIDDLE_COLOUR


class SpreadChart(pg.PlotWidget):
    """A static chart of one dilemma's positions (no panning or zooming)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent, background="w")
        self.setAccessibleName(T.CHART_NAME)
        self.setMinimumHeight(150)
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        plot = self.getPlotItem()
        plot.hideAxis("left")
        axis = plot.getAxis("bottom")
        axis.setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        axis.setTextPen(pg.mkPen("#1f2933"))
        axis.setPen(pg.mkPen(LINE_COLOUR))
        self.items_by_id: dict[str, pg.TextItem] = {}
        self.chosen_line: pg.InfiniteLine | None = None
        self.empty_text: pg.TextItem | None = None

    def show_dilemma(self, view: DilemmaView | None) -> None:
        """Draws a dilemma's markers (or clears the chart)."""
        plot = self.getPlotItem()
        plot.clear()
        self.items_by_id = {}
        self.chosen_line = None
        self.empty_text = None
        markers = view.markers if view is not None else []
        levels = marker_levels(markers)
        top = max(levels, default=0) + 1
        plot.setXRange(LINE_MIN - 6, LINE_MAX + 6, padding=0)
        plot.setYRange(-0.6, top + 0.2, padding=0)
        plot.addItem(pg.PlotDataItem([LINE_MIN, LINE_MAX], [0, 0],
                                     pen=pg.mkPen(LINE_COLOUR, width=4)))
        plot.addItem(pg.PlotDataItem([LINE_MIDDLE, LINE_MIDDLE], [-0.25, 0.25],
                                     pen=pg.mkPen(LINE_COLOUR, width=2)))
        if view is None:
            return
        if view.chosen_position is not None:
            self.chosen_line = pg.InfiniteLine(
                pos=view.chosen_position, angle=90,
                pen=pg.mkPen(CHOSEN_COLOUR, width=2, style=Qt.PenStyle.DashLine),
                label=T.CHOSEN, labelOpts={"position": 0.92, "color": CHOSEN_COLOUR})
            plot.addItem(self.chosen_line)
        if not markers:
            self.empty_text = pg.TextItem(T.CHART_EMPTY, color="#6b7785", anchor=(0.5, 0.5))
            self.empty_text.setPos(LINE_MIDDLE, top / 2 + 0.2)
            plot.addItem(self.empty_text)
            self.setAccessibleDescription(T.CHART_EMPTY)
            return
        xs = [m.position for m in markers]
        ys = [0.45 + lv for lv in levels]
        for x, y in zip(xs, ys, strict=True):
            plot.addItem(pg.PlotDataItem([x, x], [0, y], pen=pg.mkPen(LINE_COLOUR, width=1)))
        plot.addItem(pg.ScatterPlotItem(
            xs, ys, size=30, pen=pg.mkPen("w", width=1.5),
            brush=[pg.mkBrush(colour_of(m)) for m in markers]))
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(7.5)
        for marker, x, y in zip(markers, xs, ys, strict=True):
            text = pg.TextItem(marker.initials[:4], color="w", anchor=(0.5, 0.5))
            text.setFont(font)
            text.setToolTip(f"{marker.name}: {marker.position}")
            text.setPos(x, y)
            plot.addItem(text)
            self.items_by_id[marker.id] = text
        low, high = view.spread or (0, 0)
        self.setAccessibleDescription(T.CHART_DESCRIPTION.format(
            n=len(markers), low=low, high=high, mean=view.average or 0))
