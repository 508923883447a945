"""The §2.2 tab: planning with its checklist, partners' cycles, clashes with their solution,
the project group's verdicts, the beleidsraam, and the timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.timing import ops as tim
from zvdesk.models.timing.tables import (
    CYCLE_LABELS,
    KINDS,
    MOMENT_LABELS,
    RECURRENCE_LABELS,
    STREAM_LABELS,
    VERDICT_LABELS,
    CycleKind,
    MomentKind,
    Recurrence,
    Stream,
    Verdict,
)
from zvdesk.ui.instruments.timing import texts as T
from zvdesk.ui.instruments.timing.timeline import TimelineView
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import (
    Field,
    enum_choices,
    format_date,
    organisation_choices,
    person_choices,
)
from zvdesk.ui.widgets.recordtable import RecordTable


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
    return page


class TimingTab(QWidget):
    """The §2.2 tab: one sub-page per part of the instrument."""

    def __init__(self, controller: Any, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        pid = project_id

        def table(kind: str, fields: list[Field], query, new: dict, noun: str,
                  refresh: tuple[str, ...] = ()) -> RecordTable:  # noqa: ANN001
            return RecordTable(controller, kind, fields, query,
                               lambda _s: {"project_id": pid, **new}, noun, refresh)

        self.moments = table("tim_moment", [
            Field("title", "Moment", width=300),
            Field("kind", "Soort", "choice", enum_choices(MomentKind, MOMENT_LABELS), width=130),
            Field("on_date", "Datum", "date", width=100),
            Field("notes", "Toelichting", "longtext"),
        ], lambda s: tim.moments(s, pid), {"title": "Nieuw moment"}, "moment")
        self.checks: dict[str, QCheckBox] = {}
        box = QGroupBox(T.CHECKLIST)
        bl = QVBoxLayout(box)
        for key, text in tim.PLANNING_STEPS:
            check = QCheckBox(text)
            check.setStyleSheet("QCheckBox { padding: 2px; }")
            check.setEnabled(not controller.read_only)
            check.toggled.connect(lambda on, k=key: self._tick(k, on))
            label_holder = QWidget()
            hl = QHBoxLayout(label_holder)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.addWidget(check)
            bl.addWidget(label_holder)
            self.checks[key] = check
        for check in self.checks.values():
            check.setText("")  # the text goes in a wrapping label next to it
        for (_key, text), check in zip(tim.PLANNING_STEPS, self.checks.values(), strict=True):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(check)
            check.setAccessibleName(text)
            check.parentWidget().layout().addWidget(label, 1)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumWidth(260)
        planning = QWidget()
        pl = QHBoxLayout(planning)
        left = _page(_intro(T.PLANNING_INTRO), self.moments)
        pl.addWidget(left, 3)
        pl.addWidget(scroll, 2)
        self.planning = planning

        self.cycle_table = table("tim_cycle", [
            Field("organisation_id", "Partner", "choice", organisation_choices, width=160),
            Field("title", "Cyclus", width=200),
            Field("kind", "Soort", "choice", enum_choices(CycleKind, CYCLE_LABELS), width=140),
            Field("recurrence", "Komt terug", "choice",
                  enum_choices(Recurrence, RECURRENCE_LABELS), width=110),
            Field("start_date", "Van", "date", width=95),
            Field("end_date", "Tot en met", "date", width=95),
            Field("margin_days", "Marge (dagen)", "int", width=90),
            Field("notes", "Toelichting", "longtext"),
        ], lambda s: tim.cycles(s, pid), {"title": "Nieuwe cyclus"}, "cyclus", ("organisation",))
        self.cycles = _page(_intro(T.CYCLES_INTRO), self.cycle_table)

        self.clash_table = QTableWidget(0, len(T.CLASH_COLUMNS))
        self.clash_table.setHorizontalHeaderLabels(T.CLASH_COLUMNS)
        self.clash_table.verticalHeader().setVisible(False)
        self.clash_table.horizontalHeader().setStretchLastSection(True)
        self.clash_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.clash_table.setAccessibleName(T.PAGE_CLASHES)
        self.clash_table.itemChanged.connect(self._solution_typed)
        self.no_clashes = QLabel(T.NO_CLASHES)
        self.clash_rows: list[tim.Clash] = []
        self.clashes = _page(_intro(T.CLASHES_INTRO), self.no_clashes, self.clash_table)

        self.verdict_table = table("tim_verdict", [
            Field("person_id", "Lid van de projectgroep", "choice", person_choices, width=200),
            Field("verdict", "Is de planning realistisch?", "choice",
                  enum_choices(Verdict, VERDICT_LABELS, True), width=200),
            Field("bottlenecks", "Knelpunten"),
        ], lambda s: tim.verdicts(s, pid), {}, "oordeel", ("person",))
        self.group = _page(_intro(T.GROUP_INTRO), self.verdict_table)

        self.stream_table = table("tim_stream", [
            Field("stream", "Stroom", "choice", enum_choices(Stream, STREAM_LABELS), width=260),
            Field("on_date", "Datum", "date", width=100),
            Field("text", "Wat gebeurt er?"),
        ], lambda s: tim.stream_entries(s, pid), {"text": "Nieuwe ontwikkeling"},
            "ontwikkeling")
        self.streams = _page(_intro(T.STREAMS_INTRO), self.stream_table)

        self.timeline_view = TimelineView(controller, project_id)
        self.timeline = _page(_intro(T.TIMELINE_INTRO), self.timeline_view)

        self.pages = QTabWidget()
        self.pages.setAccessibleName(T.TITLE)
        for page, title in ((self.planning, T.PAGE_PLANNING), (self.cycles, T.PAGE_CYCLES),
                            (self.clashes, T.PAGE_CLASHES), (self.group, T.PAGE_GROUP),
                            (self.streams, T.PAGE_STREAMS), (self.timeline, T.PAGE_TIMELINE)):
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        controller.changed.connect(self._on_changed)
        self._filling = False
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "organisation", "person"):
            self._timer.start()  # not inside a drag's release: the timeline redraws after it

    def refresh(self) -> None:
        """Reads the checklist, the clashes and the timeline again."""
        with self.controller.session() as s:
            done = tim.checklist(s, self.project_id)
            self.clash_rows = tim.clashes(s, self.project_id)
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(done[key])
            check.blockSignals(False)
        self._filling = True
        try:
            table = self.clash_table
            table.setRowCount(len(self.clash_rows))
            for i, c in enumerate(self.clash_rows):
                texts = (format_date(c.on_date), c.moment, c.partner, c.cycle,
                         f"{format_date(c.start)} – {format_date(c.end)}", c.solution)
                for col, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    if col < 5 or self.controller.read_only:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(i, col, item)
            table.resizeColumnsToContents()
            for col in range(5):
                table.setColumnWidth(col, min(table.columnWidth(col), 220))
        finally:
            self._filling = False
        self.no_clashes.setVisible(not self.clash_rows)
        self.timeline_view.reload()

    def _tick(self, key: str, on: bool) -> None:
        if not run_edit(self, self.controller, T.STEP_UNDO,
                        lambda s: tim.set_step_done(s, self.project_id, key, on)):
            self._timer.start()  # refused: show what is stored

    def _solution_typed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 5:
            return
        clash = self.clash_rows[item.row()]
        text = item.text().strip()
        if text == clash.solution:
            return

        def write(s: Session) -> str:
            return tim.set_solution(s, self.project_id, clash.moment_id, clash.cycle_id,
                                    clash.start, text)

        if not run_edit(self, self.controller, T.SOLUTION_UNDO, write, later=True):
            self._timer.start()
