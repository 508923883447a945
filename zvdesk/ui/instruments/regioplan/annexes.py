"""The regioplan's annexes that come from the instruments of the covered projects: the
milestones of 2.2 Timing and the indicators of Monitoring, as read-only lists with a button
that opens the instrument of the chosen row's project (the records stay where they are)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.monitoring.read import latest_text, monitoring_for_project
from zvdesk.models.regioplan.read import covered_projects
from zvdesk.models.timing.read import timing_for_project
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.regioplan import texts as T
from zvdesk.ui.widgets.fields import format_date, format_number

#: The kinds whose change shows in these lists.
WATCHED = ("tim_moment", "tim_cycle", "tim_clash", "mon_indicator", "mon_measurement",
           "regioplan_project", "project")


def _number(value: float | None) -> str:
    return format_number(value) or "–"


class AnnexList(QGroupBox):
    """One read-only list of rows, each about a project, with a button to open its source."""

    def __init__(self, title: str, columns: tuple[str, ...], open_text: str,
                 open_row: Callable[[str], None]) -> None:
        super().__init__(title)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.empty = QLabel(T.ANNEX_EMPTY)
        self.open_button = QPushButton(open_text)
        self.open_button.clicked.connect(self._open)
        self._open_row = open_row
        self._projects: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        """Shows ``(project id, cells)`` rows."""
        self._projects = [pid for pid, _cells in rows]
        self.table.setRowCount(len(rows))
        for r, (_pid, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._projects):
            self._open_row(self._projects[row])


class InstrumentAnnexes(QWidget):
    """The milestones and monitoring of the covered projects (read-only)."""

    def __init__(self, controller: DocumentController,
                 open_project: Callable[[str, str], None]) -> None:
        super().__init__()
        self.controller = controller
        intro = QLabel(T.ANNEX_SOURCES)
        intro.setWordWrap(True)
        self.milestones = AnnexList(T.MILESTONES_BOX, T.MILESTONE_COLUMNS, T.OPEN_TIMING,
                                    lambda pid: open_project(pid, "timing"))
        self.monitoring = AnnexList(T.MONITORING_BOX, T.MONITORING_COLUMNS, T.OPEN_MONITORING,
                                    lambda pid: open_project(pid, "monitoring"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.milestones, 1)
        layout.addWidget(self.monitoring, 1)
        controller.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def reload(self) -> None:
        """Reads the moments, clashes and indicators of the covered projects again."""
        moments: list[tuple[str, list[str]]] = []
        indicators: list[tuple[str, list[str]]] = []
        with self.controller.session() as s:
            for project in covered_projects(s):
                timing = timing_for_project(s, project.id)
                clashes: dict[str, list[str]] = {}
                for c in timing.clashes:
                    clashes.setdefault(c.moment_id, []).append(
                        f"{c.cycle} ({c.partner}): {c.solution or T.NO_SOLUTION}")
                for m in timing.moments:
                    moments.append((project.id, [
                        project.name, format_date(m.on_date) or "–", m.title, m.kind_label,
                        "\n".join(clashes.get(m.id, [])) or "–"]))
                for info in monitoring_for_project(s, project.id).indicators:
                    indicators.append((project.id, [
                        project.name, info.name, _number(info.baseline), _number(info.target),
                        latest_text(info, _number, format_date), info.meeting or "–"]))
        self.milestones.show_rows(moments)
        self.monitoring.show_rows(indicators)
