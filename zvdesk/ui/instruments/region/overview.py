"""Regio: the region's name, description and municipalities."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.region.ops import get_region
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

REGION_FIELDS = [
    Field("name", "Naam van de regio", tooltip="Bijvoorbeeld Zaanstreek-Waterland"),
    Field("description", "Omschrijving", "longtext",
          tooltip="Waar gaat deze samenwerking over? Wie doen er mee?"),
]
MUNICIPALITY_FIELDS = [Field("name", "Gemeente", width=260)]


def _new_municipality(session: Session) -> dict:
    n = len(ops.list_live(session, "municipality"))
    return {"name": "Nieuwe gemeente", "sort_order": n}


class RegionTab(QWidget):
    """Form for the region plus the list of municipalities and a few totals."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.form = RecordForm(controller, "region", REGION_FIELDS, self._region_id)
        self.municipalities = RecordTable(
            controller, "municipality", MUNICIPALITY_FIELDS,
            lambda s: ops.list_live(s, "municipality", "sort_order"), _new_municipality,
            "gemeente")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        region_box = QGroupBox("Regio")
        QVBoxLayout(region_box).addWidget(self.form)
        muni_box = QGroupBox("Deelnemende gemeenten")
        QVBoxLayout(muni_box).addWidget(self.municipalities)
        totals_box = QGroupBox("In dit bestand")
        QVBoxLayout(totals_box).addWidget(self.totals)
        left = QVBoxLayout()
        left.addWidget(region_box, 2)
        left.addWidget(totals_box, 0)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(muni_box, 2)
        controller.changed.connect(self._on_changed)
        self._update_totals()

    def _region_id(self) -> str | None:
        with self.controller.session() as s:
            region = get_region(s)
            return region.id if region else None

    def _on_changed(self, changes: Changes) -> None:
        self._update_totals()

    def _update_totals(self) -> None:
        parts = []
        with self.controller.session() as s:
            for kind, one, many in (("municipality", "gemeente", "gemeenten"),
                                    ("organisation", "organisatie", "organisaties"),
                                    ("person", "persoon", "personen"),
                                    ("theme", "thema", "thema's"),
                                    ("project", "project", "projecten")):
                cls = ops.record_class(kind)
                n = s.scalar(select(func.count()).select_from(cls).where(
                    cls.deleted_at.is_(None))) or 0
                parts.append(f"{n} {one if n == 1 else many}")
        self.totals.setText(", ".join(parts) + ".")


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The region tab."""
    return RegionTab(ctx.controller)


SPEC = InstrumentSpec(key="region", title="Regio", chapter="", scope="region", order=10,
                      factory=make_tab, kinds=("region", "municipality"))
