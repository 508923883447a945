"""Read model of the AVE regiekaart for the tab and the report (plain data, no session after)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from zvdesk.models.core.schema import record_class
from zvdesk.models.escalatie.ops import card, phases
from zvdesk.models.escalatie.tables import DEFAULT_TITLE, ROWS, colour


@dataclass(frozen=True)
class PhaseColumn:
    """One phase as a column of the regiekaart."""

    id: str
    number: int
    name: str
    colour_key: str
    colour_name: str
    fill: str
    ink: str
    values: dict[str, str] = field(default_factory=dict)
    #: The name of the region's meeting an escalation goes to ("" when none is chosen).
    meeting: str = ""

    @property
    def heading(self) -> str:
        """"AVE 3 – Complexe problematiek": the number is the cue beside the colour."""
        return f"AVE {self.number} – {self.name}" if self.name else f"AVE {self.number}"


@dataclass(frozen=True)
class Regiekaart:
    """The whole card: title, rows (attribute, label) in order, phases as columns."""

    title: str
    rows: list[tuple[str, str]]
    phases: list[PhaseColumn]

    @property
    def is_empty(self) -> bool:
        """True when the project has no phases."""
        return not self.phases

    def filled_rows(self) -> list[tuple[str, str]]:
        """The rows at least one phase filled in (the report leaves empty rows out)."""
        return [(key, label) for key, label in self.rows
                if any(p.values.get(key, "").strip() for p in self.phases)]


def regiekaart(session: Session, project_id: str) -> Regiekaart:
    """Reads a project's regiekaart."""
    obj = card(session, project_id)
    rows = [(key, (getattr(obj, f"label_{key}") if obj is not None else "") or default)
            for key, default in ROWS]
    columns = []
    meeting_class = record_class("meeting")
    for p in phases(session, project_id):
        c = colour(p.colour)
        values = {key: getattr(p, key) or "" for key, _ in ROWS}
        meeting = session.get(meeting_class, p.meeting_id) if p.meeting_id else None
        name = meeting.name if meeting is not None and meeting.deleted_at is None else ""
        if name:  # the card shows the meeting first, then the words about the route
            route = values["escalation_route"].strip()
            values["escalation_route"] = name if not route or route == name else \
                f"{name}: {route}" if name not in route else route
        columns.append(PhaseColumn(p.id, p.number, p.name, c.key, c.name, c.fill, c.ink,
                                   values, name))
    title = (obj.title if obj is not None else "") or DEFAULT_TITLE
    return Regiekaart(title, rows, columns)
