"""Thema's: the subjects on the border of care and safety the region works on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import RecordTable

FIELDS = [
    Field("name", "Thema", width=320),
    Field("description", "Omschrijving", "longtext"),
]


def _new(_s: Session) -> dict:
    return {"name": "Nieuw thema"}


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The themes table."""
    return RecordTable(ctx.controller, "theme", FIELDS,
                       lambda s: ops.list_live(s, "theme", "name"), _new, "thema")

