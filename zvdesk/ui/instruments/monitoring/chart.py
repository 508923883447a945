"""The measurements of one indicator against its baseline and target, drawn with pyqtgraph.

pyqtgraph (and numpy) load with this module, which only the Monitoring tab imports: the
start of the app stays fast. One line per municipality (or the whole region), each with its
own colour *and* marker, so the chart does not rely on colour alone; baseline and target are
dashed horizontal lines. The same data is in the measurements table for keyboard and
screen-reader users.
"""

from __future__ import annotations

from datetime import datetime, time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zvdesk.models.monitoring.read import IndicatorInfo
from zvdesk.ui.instruments.monitoring import texts as T
from zvdesk.ui.widgets.fields import format_number

#: Colour and marker per series, in order (colour-blind friendly palette, Okabe-Ito).
STYLES = (("#0072B2", "o"), ("#D55E00", "s"), ("#009E73", "t"), ("#CC79A7", "d"),
          ("#E69F00", "+"), ("#56B4E9", "x"), ("#000000", "star"), ("#999999", "p"))
BASELINE_COLOUR = "#6b7785"
TARGET_COLOUR = "#2e8540"


class DutchAxis(pg.AxisItem):
    """A value axis with the Dutch decimal comma (7,5 rather than 7.5)."""

    def tickStrings(self, values, scale, spacing):  # noqa: ANN001, ANN201, N802 - Qt API
        return [text.replace(".", ",") for text in super().tickStrings(values, scale, spacing)]


def _stamp(day) -> float:  # noqa: ANN001 - a date
    return datetime.combine(day, time(12)).timestamp()


class IndicatorChart(QWidget):
    """A line chart of an indicator's series with baseline and target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="#1f2933")
        self.plot = pg.PlotWidget(axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom"), "left": DutchAxis("left")})
        self.plot.setMinimumSize(240, 160)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(-10, -10))  # bottom right
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.series_names: list[str] = []
        self.show_indicator(None)

    def show_indicator(self, info: IndicatorInfo | None) -> None:
        """Draws an indicator (None: empty)."""
        self.plot.clear()
        self.legend.clear()
        self.series_names = []
        if info is None:
            self.title.setText(T.NONE_SELECTED)
            self.note.setText("")
            self.setAccessibleName(T.PAGE_CHART)
            return
        unit = f" ({info.unit})" if info.unit else ""
        self.title.setText(f"<b>{info.name}</b>{unit}")
        self.setAccessibleName(T.CHART_ALT.format(name=info.name))
        self.plot.setLabel("left", info.unit or T.M_VALUE)
        for i, (name, points) in enumerate(info.series.items()):
            colour, symbol = STYLES[i % len(STYLES)]
            self.plot.plot([_stamp(p.measured_on) for p in points], [p.value for p in points],
                           pen=pg.mkPen(colour, width=2), symbol=symbol, symbolSize=7,
                           symbolBrush=colour, symbolPen=colour, name=name)
            self.series_names.append(name)
        for value, colour, label in ((info.baseline, BASELINE_COLOUR, T.CHART_BASELINE),
                                     (info.target, TARGET_COLOUR, T.CHART_TARGET)):
            if value is None:
                continue
            line = pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen(
                colour, width=1.5, style=Qt.PenStyle.DashLine), label=f"{label} {format_number(value)}",
                labelOpts={"position": 0.05, "color": colour, "anchors": [(0, 1), (0, 1)]})
            self.plot.addItem(line)
        notes = [] if info.series else [T.CHART_EMPTY]
        if info.fictitious:
            notes.append(T.CHART_FICTITIOUS)
        self.note.setText(" ".join(notes))
        values = [p.value for points in info.series.values() for p in points]
        values += [v for v in (info.baseline, info.target) if v is not None]
        self.plot.enableAutoRange(axis="x")
        if values:  # baseline and target always in view, not only the measurements
            low, high = min(values), max(values)
            self.plot.setYRange(low, high if high > low else low + 1, padding=0.12)
