"""Projecten: every project of the region in one table."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.region.ops import live_projects
from zvdesk.models.region.tables import ProjectStatus
from zvdesk.ui.instruments.labels import STATUS_LABELS
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field, enum_choices, person_choices
from zvdesk.ui.widgets.recordtable import RecordTable

FIELDS = [
    Field("name", "Project", width=300),
    Field("status", "Status", "choice", enum_choices(ProjectStatus, STATUS_LABELS), width=110),
    Field("lead_person_id", "Projectleider", "choice", person_choices, width=200),
    Field("start_date", "Start", "date", width=100),
    Field("end_date", "Einde", "date", width=100),
    Field("description", "Omschrijving", "longtext"),
]


def _new(session: Session) -> dict:
    n = len(live_projects(session)) + 1
    return {"name": f"Nieuw project {n}", "sort_order": n}


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The projects table."""
    return RecordTable(ctx.controller, "project", FIELDS, live_projects, _new, "project",
                       refresh_kinds=("person",))

