"""Read models of "Meelopen in de praktijk", for the tab and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.meelopen.tables import (
    KIND_LABELS,
    REFLECTION,
    ROLE_LABELS,
    STATUS_LABELS,
    Role,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitStatus,
)
from zvdesk.models.region.tables import Organisation, Person


@dataclass(frozen=True)
class ParticipantView:
    """Who takes part, in which role, and with whom."""

    id: str
    name: str
    role: Role
    partner: str

    @property
    def label(self) -> str:
        """"Naam (ontvangt)" or "Naam ↔ partner"."""
        if self.role is Role.HOST:
            return f"{self.name} ({ROLE_LABELS[Role.HOST].lower()})"
        return f"{self.name} ↔ {self.partner}" if self.partner else self.name


@dataclass(frozen=True)
class VisitView:
    """A visit as the schedule and the report show it."""

    id: str
    kind: VisitKind
    host: str
    visit_date: date | None
    end_date: date | None
    period: str
    focus: str
    status: VisitStatus
    reflection: list[tuple[str, str]]  # (question, answer) in the toolbox's order
    participants: list[ParticipantView] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        """Dutch label of the kind."""
        return KIND_LABELS[self.kind]

    @property
    def status_label(self) -> str:
        """Dutch label of the status."""
        return STATUS_LABELS[self.status]

    @property
    def has_reflection(self) -> bool:
        """True when any reflection question is answered."""
        return any(answer.strip() for _q, answer in self.reflection)


@dataclass(frozen=True)
class Rota:
    """Who has hosted a meeloopdag, and who has not yet ("Laat iedere organisatie een dag
    organiseren").

    Attributes:
        hosted: Organisation name -> number of meeloopdagen it hosts (not cancelled).
        missing_ids: Ids of the group's organisations that host none yet, by name.
        missing: Their names, in the same order.
    """

    hosted: dict[str, int]
    missing_ids: list[str]
    missing: list[str]


class _Names:
    """Names of the region's people and organisations, read once per question asked.

    (``session.get`` per row would query again for every row: the session does not keep
    rows nobody holds.)
    """

    def __init__(self, session: Session) -> None:
        self.orgs = dict(session.execute(select(Organisation.id, Organisation.name).where(
            Organisation.deleted_at.is_(None))).all())
        self.people = {pid: (name, org) for pid, name, org in session.execute(
            select(Person.id, Person.name, Person.organisation_id).where(
                Person.deleted_at.is_(None))).all()}

    def org(self, org_id: str | None) -> str:
        return self.orgs.get(org_id, "") if org_id else ""

    def person(self, person_id: str | None, free: str) -> str:
        found = self.people.get(person_id) if person_id else None
        return found[0] if found else free.strip()

    def person_org(self, person_id: str | None) -> str | None:
        found = self.people.get(person_id) if person_id else None
        return found[1] if found and self.org(found[1]) else None


def visit_rows(session: Session, project_id: str) -> list[Visit]:
    """A project's live visits by date (undated ones last), for the schedule table."""
    rows = session.scalars(select(Visit).where(Visit.project_id == project_id,
                                               Visit.deleted_at.is_(None)))
    return sorted(rows, key=lambda v: (v.visit_date is None, v.visit_date or date.max,
                                       v.created_at))


def participant_rows(session: Session, visit_id: str | None) -> list[VisitParticipant]:
    """The live participant rows of a visit, oldest first."""
    if not visit_id:
        return []
    rows = session.scalars(select(VisitParticipant).where(
        VisitParticipant.visit_id == visit_id, VisitParticipant.deleted_at.is_(None)))
    return sorted(rows, key=lambda p: (p.role is not Role.HOST, p.created_at, p.id))


def _participants_by_visit(session: Session,
                           visit_ids: list[str]) -> dict[str, list[VisitParticipant]]:
    """The live participant rows of several visits in one query, each list as
    :func:`participant_rows` orders it."""
    found: dict[str, list[VisitParticipant]] = {v: [] for v in visit_ids}
    if visit_ids:
        for p in session.scalars(select(VisitParticipant).where(
                VisitParticipant.visit_id.in_(visit_ids),
                VisitParticipant.deleted_at.is_(None))):
            found[p.visit_id].append(p)
    for rows in found.values():
        rows.sort(key=lambda p: (p.role is not Role.HOST, p.created_at, p.id))
    return found


def visit_view(session: Session, row: Visit, rows: list[VisitParticipant] | None = None,
               names: _Names | None = None) -> VisitView:
    """One visit with its participants (read now unless given) and reflection."""
    if rows is None:
        rows = participant_rows(session, row.id)
    names = names or _Names(session)
    people = [ParticipantView(p.id, names.person(p.person_id, p.name)
                              or "(deelnemer zonder naam)", p.role,
                              names.person(p.partner_person_id, p.partner_name))
              for p in rows]
    return VisitView(row.id, row.kind, names.org(row.host_organisation_id),
                     row.visit_date, row.end_date, row.period, row.focus, row.status,
                     [(question, getattr(row, name)) for name, question in REFLECTION], people)


def visits(session: Session, project_id: str) -> list[VisitView]:
    """Every visit of a project, by date."""
    rows = visit_rows(session, project_id)
    people = _participants_by_visit(session, [r.id for r in rows])
    names = _Names(session)
    return [visit_view(session, row, people[row.id], names) for row in rows]


def rota(session: Session, project_id: str) -> Rota:
    """Which of the group's organisations hosted a meeloopdag, and which did not yet.

    The group: the organisations of everyone taking part in the project's visits (and their
    partners), and every host so far.
    """
    rows = visit_rows(session, project_id)
    people = _participants_by_visit(session, [r.id for r in rows])
    names = _Names(session)
    group: dict[str, str] = {}
    hosted: dict[str, int] = {}
    for row in rows:
        name = names.org(row.host_organisation_id)
        if name:
            group[row.host_organisation_id] = name
            if row.kind is VisitKind.DAY and row.status is not VisitStatus.CANCELLED:
                hosted[name] = hosted.get(name, 0) + 1
        for p in people[row.id]:
            for person_id in (p.person_id, p.partner_person_id):
                org_id = names.person_org(person_id)
                if org_id:
                    group[org_id] = names.org(org_id)
    missing = sorted(((name, org_id) for org_id, name in group.items() if name not in hosted),
                     key=lambda pair: pair[0].lower())
    return Rota(hosted, [org_id for _n, org_id in missing], [n for n, _o in missing])


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("2 van 3 met reflectie")."""
    found = visits(session, project_id)
    if not found:
        return ""
    done = sum(1 for v in found if v.has_reflection)
    return f"{done} van {len(found)} met reflectie"
