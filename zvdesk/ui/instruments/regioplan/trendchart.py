"""The trends as a chart: relevance (across) against kans (up) or bedreiging (down).

Each dot carries the trend's title beside it; the trends' table above it is the keyboard and
screen-reader view of the same data.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from zvdesk.models.core.changes import Changes
from zvdesk.models.regioplan.read import TrendView, trend_views
from zvdesk.models.regioplan.tables import RELEVANCE, Valence
from zvdesk.ui.controller import DocumentController

KANS = QColor("#2e7d32")
BEDREIGING = QColor("#c62828")


def chart_points(trends: list[TrendView]) -> list[tuple[str, float, float, Valence]]:
    """(label, x, y, valence) per rated trend: kansen above the middle line, bedreigingen
    below, each on a line of its own (so the titles beside the dots never overlap)."""
    points = []
    stacks: dict[Valence, int] = {}
    for trend in trends:
        if not trend.relevance or trend.valence is None:
            continue
        k = stacks.get(trend.valence, 0)
        stacks[trend.valence] = k + 1
        sign = 1 if trend.valence is Valence.KANS else -1
        title = trend.title if len(trend.title) <= 28 else trend.title[:27].rstrip() + "…"
        points.append((title, float(trend.relevance), sign * (0.5 + 0.35 * k),
                       trend.valence))
    return points


class TrendChart(QWidget):
    """A pyqtgraph scatter of the rated trends, redrawn when a trend changes."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName("Trendkaart: relevantie tegen kans of bedreiging; de "
                                    "tabel toont dezelfde trends")
        self.plot.setMinimumHeight(150)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.setLabel("bottom", "Relevantie (1 = nauwelijks, 5 = zeer)")
        low, high = RELEVANCE
        item.getAxis("bottom").setTicks([[(v, str(v)) for v in range(low, high + 1)]])
        item.getAxis("left").setTicks([[(0.5, "Kans"), (-0.5, "Bedreiging")]])
        item.setXRange(low - 0.6, high + 1.6, padding=0)
        item.addLine(y=0, pen=pg.mkPen("#c3ccd6"))
        self.scatter = pg.ScatterPlotItem(size=14)
        item.addItem(self.scatter)
        self.labels: list[pg.TextItem] = []
        self.points: list[tuple[str, float, float, Valence]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Reads the trends and redraws the dots."""
        with self.controller.session() as s:
            self.points = chart_points(trend_views(s))
        self.scatter.setData(
            [{"pos": (x, y), "brush": pg.mkBrush(KANS if v is Valence.KANS else BEDREIGING),
              "pen": pg.mkPen("w")} for _label, x, y, v in self.points])
        item = self.plot.getPlotItem()
        for label in self.labels:
            item.removeItem(label)
        font = QFont()
        font.setPointSizeF(7)
        self.labels = []
        for text, x, y, _v in self.points:
            label = pg.TextItem(text, color="#1f2933", anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(x + 0.1, y)
            item.addItem(label)
            self.labels.append(label)
        top = max([abs(y) for _t, _x, y, _v in self.points] + [1.0]) + 0.3
        item.setYRange(-top, top, padding=0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("regioplan_trend"):
            self.reload()
