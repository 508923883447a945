"""The Monitoring tab: the indicators on the left; on the right the chosen indicator's
details, its measurements (a table, importable from Excel or CSV) and its chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.collation import sort_key
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.monitoring.read import indicator_info
from zvdesk.models.monitoring.tables import (
    BLOCK_LABELS,
    METHOD_LABELS,
    Block,
    Method,
    MonMeasurement,
)
from zvdesk.ui.instruments.monitoring import texts as T
from zvdesk.ui.instruments.monitoring.chart import IndicatorChart
from zvdesk.ui.widgets.fields import Field, enum_choices, record_choices
from zvdesk.ui.widgets.flow import FlowLayout
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

#: Kinds of the impact framework whose elements an indicator can measure.
CHAIN_KINDS = ("directe_outcome", "maatschappelijk_effect", "mechanisme")


def chain_choices(project_id: str):  # noqa: ANN201 - a Choices function
    """The project's outcomes and mechanisms of 1.3 as choices, "(geen)" first."""

    def choices(session: Session) -> list[tuple[Any, str]]:
        try:
            cls = ops.record_class("impact_element")
        except KeyError:
            return [(None, "(geen)")]
        rows = session.scalars(select(cls).where(
            cls.project_id == project_id, cls.deleted_at.is_(None)))
        found = [(r.id, r.title) for r in rows if getattr(r.kind, "value", "") in CHAIN_KINDS]
        return [(None, "(geen)")] + sorted(found, key=lambda c: sort_key(c[1]))

    return choices


def municipality_choices(session: Session) -> list[tuple[Any, str]]:
    """The region's municipalities, "(hele regio)" first."""
    return [(None, T.WHOLE_REGION)] + [(m.id, m.name)
                                       for m in ops.list_live(session, "municipality", "name")]


def _fictitious_choices(_session: Session) -> list[tuple[Any, str]]:
    return [(False, T.REAL), (True, T.FICTITIOUS)]


def _wrap_toolbar(table: RecordTable, extra: dict[int, QWidget]) -> None:
    """Puts a record table's buttons, with some of our own, into a wrapping row, so the tab
    stays usable on a narrow window (1280 × 720 at 150 %)."""
    outer = table.layout()
    bar = outer.itemAt(0).layout()
    widgets = [bar.itemAt(i).widget() for i in range(bar.count()) if bar.itemAt(i).widget()]
    for position, widget in sorted(extra.items()):
        widgets.insert(position, widget)
    outer.removeItem(bar)
    holder = QWidget()
    flow = FlowLayout(holder)
    for widget in widgets:
        flow.addWidget(widget)
    table.filter_edit.setMinimumWidth(120)
    outer.insertWidget(0, holder)


INDICATOR_FIELDS = [
    Field("name", T.COL_NAME, width=230),
    Field("block", T.COL_BLOCK, "choice", enum_choices(Block, BLOCK_LABELS), width=100),
    Field("unit", T.COL_UNIT, width=120),
    Field("baseline", T.COL_BASELINE, "number", width=80),
    Field("target", T.COL_TARGET, "number", width=90),
    Field("meeting_id", T.COL_MEETING, "choice", record_choices("meeting"), width=180,
          tooltip=T.COL_MEETING_TIP),
    Field("discussed_when", T.COL_WHEN, width=150),
    Field("steering", T.COL_STEERING, "longtext"),
    Field("notes", T.COL_NOTES, "longtext"),
]

MEASUREMENT_FIELDS = [
    Field("measured_on", T.M_DATE, "date", width=100),
    Field("municipality_id", T.M_MUNICIPALITY, "choice", municipality_choices, width=140),
    Field("value", T.M_VALUE, "number", width=90),
    Field("note", T.M_NOTE),
]


class MonitoringTab(QWidget):
    """Indicators on the left; details, measurements and chart of the chosen one on the right."""

    def __init__(self, controller: Any, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        intro = QLabel(T.INTRO)
        intro.setWordWrap(True)
        self.indicators = RecordTable(
            controller, "mon_indicator", INDICATOR_FIELDS,
            lambda s: mon.indicators(s, project_id),
            lambda s: {"project_id": project_id, "name": T.NEW_INDICATOR,
                       "sort_order": len(mon.indicators(s, project_id)) + 1},
            T.NOUN, refresh_kinds=("meeting",))
        self.indicators.view.setAccessibleName(T.TITLE)
        self.catalogue_button = QToolButton()
        self.catalogue_button.setText(T.FROM_CATALOGUE)
        self.catalogue_button.setToolTip(T.FROM_CATALOGUE_TIP)
        self.catalogue_button.setEnabled(not controller.read_only)
        self.catalogue_button.clicked.connect(self.choose_from_catalogue)
        _wrap_toolbar(self.indicators, {1: self.catalogue_button})

        self.details = RecordForm(controller, "mon_indicator", [
            Field("method", T.F_METHOD, "choice", enum_choices(Method, METHOD_LABELS, True)),
            Field("baseline_date", T.F_BASELINE_DATE, "date"),
            Field("target_date", T.F_TARGET_DATE, "date"),
            Field("chain_element_id", T.F_CHAIN, "choice", chain_choices(project_id),
                  tooltip=T.F_CHAIN_TIP),
            Field("discussed_by", T.F_BY),
            Field("meeting", T.F_MEETING_TEXT, tooltip=T.F_MEETING_TEXT_TIP),
            Field("fictitious", T.F_FICTITIOUS, "choice", _fictitious_choices),
        ], self.current_id)
        self.details.layout().setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details_scroll = QScrollArea()
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)

        self.measurements = RecordTable(
            controller, "mon_measurement", MEASUREMENT_FIELDS, self._measurement_rows,
            self._new_measurement, T.M_NOUN, refresh_kinds=("municipality",))
        self.measurements.view.setAccessibleName(T.PAGE_MEASUREMENTS)
        self.import_button = QToolButton()
        self.import_button.setText(T.IMPORT)
        self.import_button.setToolTip(T.IMPORT_TIP)
        self.import_button.clicked.connect(self.open_import)
        _wrap_toolbar(self.measurements, {2: self.import_button})

        self.chart = IndicatorChart()
        self.caveats = QLabel()
        self.caveats.setWordWrap(True)
        from zvdesk.models.monitoring.read import CAVEATS

        self.caveats.setText("\n".join(f"• {c}" for c in CAVEATS))
        chart_page = QWidget()
        cl = QVBoxLayout(chart_page)
        cl.addWidget(self.chart, 1)
        cl.addWidget(self.caveats)

        self.pages = QTabWidget()
        self.pages.addTab(details_scroll, T.PAGE_DETAILS)
        self.pages.addTab(self.measurements, T.PAGE_MEASUREMENTS)
        self.pages.addTab(chart_page, T.PAGE_CHART)
        self.pages.setMinimumWidth(280)
        self.indicators.setMinimumWidth(280)
        self.details_page, self.measurements_page, self.chart_page = (
            details_scroll, self.measurements, chart_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.indicators)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._shown_id: str | None = None
        self.indicators.view.selectionModel().selectionChanged.connect(self._selected)
        controller.changed.connect(self._on_changed)
        if self.indicators.model.rowCount():
            self.indicators.select_ids([self.indicators.model.record_id(0)])
        self._selected()

    # -- the chosen indicator -------------------------------------------------------------

    def current_id(self) -> str | None:
        """The indicator shown on the right (the first selected), or None."""
        ids = self.indicators.selected_ids()
        return ids[0] if ids else None

    def _measurement_rows(self, session: Session) -> list[MonMeasurement]:
        current = self.current_id() if hasattr(self, "indicators") else None
        return mon.measurements(session, current) if current else []

    def _new_measurement(self, session: Session) -> dict:
        current = self.current_id()
        if current is None:
            from zvdesk.models.core.errors import ValidationError

            raise ValidationError(T.NONE_SELECTED)
        return mon.new_measurement_values(session, current)

    def _selected(self, *_args: Any) -> None:
        current = self.current_id()
        self._shown_id = current
        self.details.setEnabled(current is not None)
        self.details.reload()
        self.measurements.reload()
        ok = current is not None and not self.controller.read_only
        self.measurements.add_button.setEnabled(ok)
        self.import_button.setEnabled(ok)
        self._draw()

    def _draw(self) -> None:
        current = self.current_id()
        info = None
        if current is not None:
            with self.controller.session() as s:
                info = indicator_info(s, current)
        self.chart.show_indicator(info)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("mon_indicator", "mon_measurement", "municipality"):
            if self.current_id() != self._shown_id:
                self._selected()
            else:
                self._draw()

    def show_first(self, page: str) -> None:
        """Selects the first indicator and shows a page ("details", "measurements", "chart")."""
        if self.indicators.model.rowCount() and self.current_id() is None:
            self.indicators.select_ids([self.indicators.model.record_id(0)])
        self.pages.setCurrentWidget(getattr(self, f"{page}_page"))

    # -- adding from the catalogue and importing ------------------------------------------

    def choose_from_catalogue(self) -> None:
        """Opens the catalogue dialog; the chosen indicators are added as one undo step."""
        from zvdesk.ui.instruments.monitoring.dialogs import CatalogueDialog

        self.catalogue_dialog = CatalogueDialog(self.controller, self.project_id, self)
        self.catalogue_dialog.show()

    def open_import(self) -> None:
        """Opens the import dialog for the chosen indicator."""
        from zvdesk.ui.instruments.monitoring.dialogs import ImportDialog

        current = self.current_id()
        if current is None:
            return
        self.import_dialog = ImportDialog(self.controller, current, self)
        self.import_dialog.show()
