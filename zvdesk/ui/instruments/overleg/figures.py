"""Sub-page "Cijfers": meeting moments per administrator and per organisation, before and after
the decisions, and the overlap between meetings — each chart with a table of the same data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.overleg.read import Inventory, Moments, inventory
from zvdesk.models.overleg.tables import KINDS
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T
from zvdesk.ui.instruments.overleg.inventory import box

#: At most this many bars per chart (the table below it has every row).
MAX_BARS = 15
BEFORE_COLOUR = "#1d4f91"
AFTER_COLOUR = "#e8730c"


class MomentsChart(QWidget):
    """Horizontal bars, before and after, one pair per person or organisation (pyqtgraph)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # here: loading pyqtgraph costs start-up time

        self.pg = pg
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(title)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.addLegend(offset=(-10, 10))
        self.plot.setLabel("bottom", "vergaderingen per jaar")
        self.plot.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.rows: list[Moments] = []

    def show_rows(self, rows: list[Moments]) -> None:
        """Draws the first :data:`MAX_BARS` rows, the largest at the top."""
        pg = self.pg
        self.rows = rows[:MAX_BARS]
        self.plot.clear()
        n = len(self.rows)
        ys = [n - i for i in range(n)]
        if n:
            self.plot.addItem(pg.BarGraphItem(
                x0=0, y=[y + 0.18 for y in ys], height=0.36, width=[r.before for r in self.rows],
                brush=BEFORE_COLOUR, pen=None, name=T.BEFORE))
            self.plot.addItem(pg.BarGraphItem(
                x0=0, y=[y - 0.18 for y in ys], height=0.36, width=[r.after for r in self.rows],
                brush=AFTER_COLOUR, pen=None, name=T.AFTER))
        self.plot.getAxis("left").setTicks([[(y, r.label) for y, r in zip(ys, self.rows,
                                                                            strict=True)]])
        self.plot.setYRange(0.3, n + 0.7, padding=0)
        self.plot.setXRange(0, max([1] + [max(r.before, r.after) for r in self.rows]) * 1.3,
                            padding=0)
        self.plot.setMinimumHeight(max(220, 60 + 26 * n))


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setMinimumHeight(150)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, value)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()


class FiguresPage(QWidget):
    """Totals, two charts with their tables, and the overlap table."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.admin_chart = MomentsChart(T.PER_ADMIN)
        self.admin_table = _table([T.COL_NAME, T.BEFORE, T.AFTER, T.MEETINGS], T.PER_ADMIN)
        self.org_chart = MomentsChart(T.PER_ORG)
        self.org_table = _table([T.COL_NAME, T.BEFORE, T.AFTER, T.MEETINGS], T.PER_ORG)
        self.overlap_table = _table([T.COL_FIRST, T.COL_SECOND, T.COL_PEOPLE, T.COL_THEMES],
                                    T.OVERLAP)
        overlap_intro = QLabel(T.OVERLAP_INTRO)
        overlap_intro.setWordWrap(True)
        content = QWidget()
        cl = QVBoxLayout(content)
        intro = QLabel(T.FIGURES_INTRO)
        intro.setWordWrap(True)
        cl.addWidget(intro)
        cl.addWidget(self.totals)
        cl.addWidget(box(T.PER_ADMIN, self.admin_chart, self.admin_table))
        cl.addWidget(box(T.PER_ORG, self.org_chart, self.org_table))
        cl.addWidget(box(T.OVERLAP, overlap_intro, self.overlap_table))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._stale = True
        self.data: Inventory | None = None
        controller.changed.connect(self._on_changed)

    def reload(self) -> None:
        """Reads the inventory again and redraws."""
        self._stale = False
        with self.controller.session() as s:
            self.data = data = inventory(s)
        before, after = data.total_before, data.total_after
        self.totals.setText(T.TOTALS.format(before=before, after=after, delta=after - before)
                            if data.meetings else T.NO_MEETING)
        self.admin_chart.show_rows(data.per_administrator)
        self.org_chart.show_rows(data.per_organisation)
        _fill(self.admin_table, [[m.label, m.before, m.after, m.meetings]
                                 for m in data.per_administrator])
        _fill(self.org_table, [[m.label, m.before, m.after, m.meetings]
                               for m in data.per_organisation])
        _fill(self.overlap_table, [[o.first, o.second, ", ".join(o.people), ", ".join(o.themes)]
                                   for o in data.overlaps])

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "person", "organisation", "theme"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
