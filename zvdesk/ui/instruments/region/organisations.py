"""Organisaties: the region's partners (ketenpartners) and municipalities."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.region.tables import Domain
from zvdesk.ui.instruments.labels import DOMAIN_LABELS
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field, enum_choices
from zvdesk.ui.widgets.recordtable import RecordTable

FIELDS = [
    Field("name", "Naam", width=260),
    Field("short_name", "Afkorting", width=110),
    Field("domain", "Domein", "choice", enum_choices(Domain, DOMAIN_LABELS), width=120,
          tooltip="Zorg, veiligheid, gemeente of overig"),
    Field("description", "Omschrijving", "longtext",
          tooltip="Wat doet deze organisatie in de samenwerking?"),
]


def _new(_s: Session) -> dict:
    return {"name": "Nieuwe organisatie", "domain": Domain.OVERIG}


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The organisations table."""
    return RecordTable(ctx.controller, "organisation", FIELDS,
                       lambda s: ops.list_live(s, "organisation", "name"), _new, "organisatie")

