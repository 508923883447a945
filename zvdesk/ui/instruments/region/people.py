"""Personen: the people of the region's network (personal data under the AVG)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.region.tables import Level
from zvdesk.ui.instruments.labels import LEVEL_LABELS
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field, enum_choices, organisation_choices
from zvdesk.ui.widgets.recordtable import RecordTable

FIELDS = [
    Field("name", "Naam", width=200),
    Field("initials", "Initialen", width=80,
          tooltip="Korte code voor op de krachtenveldkaart, bijvoorbeeld JdV"),
    Field("organisation_id", "Organisatie", "choice", organisation_choices, width=220),
    Field("role", "Functie", width=180),
    Field("level", "Niveau", "choice", enum_choices(Level, LEVEL_LABELS, allow_none=True),
          width=120, tooltip="Bestuurlijk, tactisch of operationeel"),
    Field("email", "E-mail", width=200),
    Field("phone", "Telefoon", width=120),
    Field("notes", "Notities", "longtext", tooltip="Notities over deze persoon (AVG: alleen "
          "wat nodig is voor de samenwerking)"),
]


def _new(_s: Session) -> dict:
    return {"name": "Nieuwe persoon"}


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The people table."""
    return RecordTable(ctx.controller, "person", FIELDS,
                       lambda s: ops.list_live(s, "person", "name"), _new, "persoon",
                       refresh_kinds=("organisation",))

