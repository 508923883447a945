"""Model functions of "Meelopen in de praktijk" (run inside ``Document.write``; they never
commit), its validators, delete hooks and ``zvdesk check`` counts."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.meelopen.tables import (
    PARTICIPANT,
    VISIT,
    Role,
    Visit,
    VisitKind,
    VisitParticipant,
    VisitStatus,
)
from zvdesk.models.region.tables import Organisation, Person, Project

#: Days between the visits of a suggested rota (about one a month).
ROTA_INTERVAL = timedelta(days=28)


def add_visit(session: Session, project_id: str, kind: VisitKind = VisitKind.DAY, *,
              host_organisation_id: str | None = None, visit_date: date | None = None,
              focus: str = "") -> str:
    """Adds a meeloopdag or uitwisselingstraject to a project and returns its id."""
    get_live(session, "project", project_id)
    obj = Visit(project_id=project_id, kind=kind, host_organisation_id=host_organisation_id,
                visit_date=visit_date, focus=focus.strip())
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_participant(session: Session, visit_id: str, *, person_id: str | None = None,
                    name: str = "", role: Role = Role.GUEST,
                    partner_person_id: str | None = None, partner_name: str = "") -> str:
    """Adds someone to a visit and returns the row's id."""
    obj = VisitParticipant(visit_id=visit_id, person_id=person_id, name=name.strip(),
                           role=role, partner_person_id=partner_person_id,
                           partner_name=partner_name.strip())
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def suggest_rota(session: Session, project_id: str, start: date) -> list[str]:
    """Plans a meeloopdag for every organisation of the group that has not hosted one yet.

    "Laat iedere organisatie een dag organiseren": the organisations are those of the people
    taking part in the project's visits and the hosts so far; the new days follow each other
    about a month apart, from ``start`` or after the last planned visit, whichever is later.
    Returns the ids of the new visits (empty when every organisation hosts already).
    """
    from zvdesk.models.meelopen.read import rota

    plan = rota(session, project_id)
    dates = [v.visit_date for v in _live_visits(session, project_id) if v.visit_date]
    day = max([start - ROTA_INTERVAL, *dates]) + ROTA_INTERVAL
    new = []
    for org_id in plan.missing_ids:
        new.append(add_visit(session, project_id, VisitKind.DAY, host_organisation_id=org_id,
                             visit_date=day))
        day += ROTA_INTERVAL
    return new


def _live_visits(session: Session, project_id: str) -> list[Visit]:
    return list(session.scalars(select(Visit).where(Visit.project_id == project_id,
                                                    Visit.deleted_at.is_(None))))


# -- validation and what else changes on delete ---------------------------------------------


def _gone(session: Session, cls: type, record_id: str | None) -> bool:
    if not record_id:
        return False
    obj = session.get(cls, record_id)
    return obj is None or obj.deleted_at is not None


@validator(VISIT)
def _check_visit(session: Session, obj: Visit) -> list[str]:
    problems = []
    if obj.visit_date and obj.end_date and obj.end_date < obj.visit_date:
        problems.append("De einddatum ligt vóór de begindatum.")
    if _gone(session, Organisation, obj.host_organisation_id):
        problems.append("Deze organisatie bestaat niet meer (misschien al verwijderd).")
    return problems


@validator(PARTICIPANT)
def _check_participant(session: Session, obj: VisitParticipant) -> list[str]:
    if not obj.visit_id or _gone(session, Visit, obj.visit_id):
        return ["Deze meeloopdag bestaat niet meer (misschien al verwijderd)."]
    if _gone(session, Person, obj.person_id) or _gone(session, Person, obj.partner_person_id):
        return ["Deze persoon bestaat niet meer (misschien al verwijderd)."]
    return []


def _live_participants(session: Session, visit_ids: list[str]) -> list[VisitParticipant]:
    if not visit_ids:
        return []
    return list(session.scalars(select(VisitParticipant).where(
        VisitParticipant.visit_id.in_(visit_ids), VisitParticipant.deleted_at.is_(None))))


@on_delete(VISIT)
def _drop_participants(session: Session, obj: Visit) -> None:
    now = utcnow()
    for row in _live_participants(session, [obj.id]):
        row.deleted_at = now


@on_delete("person")
def _keep_names_of_person(session: Session, person: Person) -> None:
    """Who took part stays readable when the person leaves the file: the name as free text."""
    for row in session.scalars(select(VisitParticipant).where(
            VisitParticipant.person_id == person.id)):
        row.name = row.name or person.name
        row.person_id = None
    for row in session.scalars(select(VisitParticipant).where(
            VisitParticipant.partner_person_id == person.id)):
        row.partner_name = row.partner_name or person.name
        row.partner_person_id = None


@on_delete("organisation")
def _forget_host(session: Session, org: Organisation) -> None:
    for row in session.scalars(select(Visit).where(Visit.host_organisation_id == org.id)):
        row.focus = row.focus or f"Bij {org.name}"
        row.host_organisation_id = None


@on_delete("project")
def _drop_visits(session: Session, project: Project) -> None:
    now = utcnow()
    rows = _live_visits(session, project.id)
    for row in _live_participants(session, [r.id for r in rows]):
        row.deleted_at = now
    for row in rows:
        row.deleted_at = now


# -- counts for `zvdesk check` ---------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    rows = _live_visits(session, project_id)
    return [("meeloopdagen", sum(1 for r in rows if r.kind is VisitKind.DAY)),
            ("uitwisselingstrajecten", sum(1 for r in rows if r.kind is VisitKind.EXCHANGE)),
            ("meelopen met reflectie", sum(1 for r in rows if r.reflection_meaning.strip()
                                           or r.reflection_done.strip())),
            ("meelopen gedaan", count_live(session, VISIT, project_id=project_id,
                                           status=VisitStatus.DONE))]
