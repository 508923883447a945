"""Regio: the region's name, description and municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.region.ops import (
    add_municipality_organisations,
    get_region,
    new_municipality_values,
)
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

REGION_FIELDS = [
    Field("name", "Naam van de regio", tooltip="Bijvoorbeeld Zaanstreek-Waterland"),
    Field("description", "Omschrijving", "longtext",
          tooltip="Waar gaat deze samenwerking over? Wie doen er mee?"),
]
MUNICIPALITY_FIELDS = [Field("name", "Gemeente", width=260)]


class RegionTab(QWidget):
    """Form for the region plus the list of municipalities and a few totals."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.form = RecordForm(controller, "region", REGION_FIELDS, self._region_id)
        self.municipalities = RecordTable(
            controller, "municipality", MUNICIPALITY_FIELDS,
            lambda s: ops.list_live(s, "municipality", "sort_order"), new_municipality_values,
            "gemeente")
        self.add_orgs_button = QPushButton("Gemeenten ook als organisatie toevoegen")
        self.add_orgs_button.setToolTip(
            "Voegt ‘Gemeente …’ toe aan de organisaties voor elke gemeente die daar nog niet "
            "staat, zodat u ze kunt kiezen bij personen en spelers.")
        self.add_orgs_button.clicked.connect(self._add_municipality_organisations)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        region_box = QGroupBox("Regio")
        QVBoxLayout(region_box).addWidget(self.form)
        muni_box = QGroupBox("Deelnemende gemeenten")
        muni_layout = QVBoxLayout(muni_box)
        muni_layout.addWidget(self.municipalities)
        muni_layout.addWidget(self.add_orgs_button, 0, Qt.AlignmentFlag.AlignLeft)
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

    def _add_municipality_organisations(self) -> None:
        try:
            added = self.controller.execute("Gemeenten als organisatie toevoegen",
                                            add_municipality_organisations)
        except ZvdbError as exc:
            dialogs.show_error(self, "Niet toegevoegd", str(exc))
            return
        if added:
            text = (f"Toegevoegd aan de organisaties: {', '.join(added)}. "
                    "Ongedaan maken kan met Ctrl+Z.")
        else:
            text = "Elke gemeente staat al bij de organisaties."
        dialogs.show_info(self, "Gemeenten als organisatie", text)

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

