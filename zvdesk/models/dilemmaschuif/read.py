"""Read models of the dilemmaschuif, for the tab (chart and table) and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.names import suggest_initials
from zvdesk.models.dilemmaschuif.tables import (
    LINE_MIDDLE,
    MODE_LABELS,
    OUTCOME_LABELS,
    Dilemma,
    DilemmaPosition,
    Mode,
    Outcome,
)
from zvdesk.models.region.tables import Organisation, Person


@dataclass(frozen=True)
class Marker:
    """One participant's position on the line."""

    id: str
    name: str
    initials: str
    position: int
    explanation: str
    value_order: str

    @property
    def side(self) -> str:
        """"links", "rechts" or "midden" (a second cue besides the place on the line)."""
        if self.position < LINE_MIDDLE:
            return "links"
        return "rechts" if self.position > LINE_MIDDLE else "midden"


@dataclass(frozen=True)
class DilemmaView:
    """A dilemma with its markers, as the chart and the report draw it."""

    id: str
    title: str
    left_value: str
    right_value: str
    mode: Mode
    session_date: date | None
    other_values: str
    outcome_kind: Outcome | None
    outcome: str
    chosen_position: int | None
    markers: list[Marker] = field(default_factory=list)

    @property
    def mode_label(self) -> str:
        """Dutch label of the mode."""
        return MODE_LABELS[self.mode]

    @property
    def outcome_label(self) -> str:
        """Dutch label of the outcome ("" while open)."""
        return OUTCOME_LABELS[self.outcome_kind] if self.outcome_kind else ""

    @property
    def spread(self) -> tuple[int, int] | None:
        """The lowest and highest position, or None without markers."""
        if not self.markers:
            return None
        values = [m.position for m in self.markers]
        return min(values), max(values)

    @property
    def average(self) -> float | None:
        """The mean position, or None without markers."""
        if not self.markers:
            return None
        return sum(m.position for m in self.markers) / len(self.markers)


#: Markers closer than this (in line units) stack above each other instead of overlapping.
STACK_DISTANCE = 6


def marker_levels(markers: list[Marker]) -> list[int]:
    """The stacking level of each marker (0 nearest the line), in input order.

    The app's chart and the report's picture both use it, so they show the same spread.
    """
    levels = [0] * len(markers)
    placed: list[tuple[int, int]] = []  # (position, level)
    for i in sorted(range(len(markers)), key=lambda k: (markers[k].position, k)):
        taken = {lv for pos, lv in placed if abs(pos - markers[i].position) < STACK_DISTANCE}
        level = next(lv for lv in range(len(markers) + 1) if lv not in taken)
        levels[i] = level
        placed.append((markers[i].position, level))
    return levels


def _people(session: Session) -> dict[str, tuple[str, str]]:
    """Every live person: id -> (label "name (organisation)", initials), in two queries."""
    orgs = {oid: short or name for oid, name, short in session.execute(
        select(Organisation.id, Organisation.name, Organisation.short_name).where(
            Organisation.deleted_at.is_(None))).all()}
    return {pid: (f"{name} ({orgs[org]})" if org in orgs else name,
                  initials or suggest_initials(name))
            for pid, name, initials, org in session.execute(
                select(Person.id, Person.name, Person.initials, Person.organisation_id).where(
                    Person.deleted_at.is_(None))).all()}


def _who(people: dict[str, tuple[str, str]], row: DilemmaPosition) -> tuple[str, str]:
    if row.person_id and row.person_id in people:
        return people[row.person_id]
    name = row.name.strip()
    if not name:
        return "(deelnemer zonder naam)", "?"
    # A short single word is initials already (an initials copy reduces names to "RV").
    if len(name) <= 4 and " " not in name:
        return name, name
    return name, "".join(ch for ch in suggest_initials(name) if ch.isalnum()) or "?"


def dilemma_rows(session: Session, project_id: str) -> list[Dilemma]:
    """A project's live dilemma rows in their order."""
    rows = session.scalars(select(Dilemma).where(Dilemma.project_id == project_id,
                                                 Dilemma.deleted_at.is_(None)))
    return sorted(rows, key=lambda d: (d.sort_order, d.created_at))


def position_rows(session: Session, dilemma_id: str | None) -> list[DilemmaPosition]:
    """The live position rows of a dilemma, oldest first (for the table)."""
    if not dilemma_id:
        return []
    rows = session.scalars(select(DilemmaPosition).where(
        DilemmaPosition.dilemma_id == dilemma_id, DilemmaPosition.deleted_at.is_(None)))
    return sorted(rows, key=lambda p: (p.created_at, p.id))


def dilemma_view(session: Session, row: Dilemma,
                 people: dict[str, tuple[str, str]] | None = None) -> DilemmaView:
    """One dilemma with its markers."""
    people = _people(session) if people is None else people
    markers = []
    for p in position_rows(session, row.id):
        name, initials = _who(people, p)
        markers.append(Marker(p.id, name, initials, p.position, p.explanation, p.value_order))
    return DilemmaView(row.id, row.title, row.left_value, row.right_value, row.mode,
                       row.session_date, row.other_values, row.outcome_kind, row.outcome,
                       row.chosen_position, markers)


def dilemmas(session: Session, project_id: str) -> list[DilemmaView]:
    """Every dilemma of a project with its markers, in order."""
    rows = dilemma_rows(session, project_id)
    people = _people(session) if rows else {}
    return [dilemma_view(session, row, people) for row in rows]


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("2 dilemma's, 1 met uitkomst")."""
    found = dilemma_rows(session, project_id)
    if not found:
        return ""
    done = sum(1 for d in found if d.outcome_kind is not None or d.outcome.strip())
    noun = "dilemma" if len(found) == 1 else "dilemma's"
    return f"{len(found)} {noun}, {done} met uitkomst"
