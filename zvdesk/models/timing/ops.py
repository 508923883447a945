"""Model functions and rules of §2.2 Timing: occurrences of cycles, clashes, the checklist.

A cycle is entered once; :func:`occurrences` unfolds it over the years a project's moments
span. A *clash* is a moment whose date falls in an occurrence (widened by the cycle's margin);
:func:`clashes` finds them, and the chosen solution of each is stored with a deterministic
id (moment, cycle, occurrence), so a solved clash stays solved and two copies merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.base import utcnow
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.region.tables import Organisation, Project
from zvdesk.models.timing.tables import (
    Recurrence,
    TimChecklist,
    TimClashSolution,
    TimCycle,
    TimMoment,
    TimStreamEntry,
    TimVerdict,
    stable_id,
)

#: The toolbox's five planning steps (§2.2 "Hoe doe je dit?"), verbatim.
PLANNING_STEPS: tuple[tuple[str, str], ...] = (
    ("planning", "Maak een planning voor het project. Het belangrijkste hierbij is wanneer er "
                 "beslismomenten nodig zijn, zoals een college- of raadsbesluit."),
    ("delen", "Deel deze eerste versie van de planning met je projectgroep."),
    ("naast_cycli", "Geef de leden van je projectgroep de tijd om deze planning naast de "
                    "tijdsycli van hun organisatie te leggen om te kijken of deze planning "
                    "voor hen realistisch is."),
    ("knelpunten", "Bespreek eventuele knelpunten met de projectgroep en zoek naar "
                   "oplossingen."),
    ("aanpassen", "Pas de planning zo aan dat dit voor iedere betrokken partij haalbaar is en "
                  "de beslismomenten afgestemd zijn."),
)


def _live(session: Session, cls: type, project_id: str) -> list:
    return list(session.scalars(select(cls).where(cls.project_id == project_id,
                                                  cls.deleted_at.is_(None))))


def moments(session: Session, project_id: str) -> list[TimMoment]:
    """A project's live moments by date (undated last)."""
    return sorted(_live(session, TimMoment, project_id),
                  key=lambda m: (m.on_date or date.max, m.title.lower()))


def cycles(session: Session, project_id: str) -> list[TimCycle]:
    """A project's live cycles by partner and start."""
    return sorted(_live(session, TimCycle, project_id),
                  key=lambda c: (c.organisation_id or "", c.start_date or date.max))


def stream_entries(session: Session, project_id: str) -> list[TimStreamEntry]:
    """The beleidsraam's entries by date."""
    return sorted(_live(session, TimStreamEntry, project_id),
                  key=lambda e: (e.on_date or date.max, e.created_at))


def verdicts(session: Session, project_id: str) -> list[TimVerdict]:
    """The project group's verdicts, oldest first."""
    return sorted(_live(session, TimVerdict, project_id), key=lambda v: v.created_at)


def partner_label(session: Session, cycle: TimCycle) -> str:
    """The partner a cycle belongs to (its organisation's short name), or "Overig"."""
    org = session.get(Organisation, cycle.organisation_id) if cycle.organisation_id else None
    return (org.short_name or org.name) if org is not None else "Overig"


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def occurrences(cycle: TimCycle, first: date, last: date) -> list[tuple[date, date]]:
    """The (start, end) periods of a cycle that overlap [first, last], oldest first."""
    if cycle.start_date is None:
        return []
    length = max(timedelta(0), (cycle.end_date or cycle.start_date) - cycle.start_date)
    step = {Recurrence.EENMALIG: 0, Recurrence.JAARLIJKS: 1,
            Recurrence.VIERJAARLIJKS: 4}[cycle.recurrence]
    if step == 0:
        starts = [cycle.start_date]
    else:
        starts = []
        k = (first.year - cycle.start_date.year - 1) // step
        while True:
            start = _shift_years(cycle.start_date, k * step)
            if start > last:
                break
            starts.append(start)
            k += 1
    return [(s, s + length) for s in starts if s + length >= first and s <= last]


@dataclass(frozen=True)
class Clash:
    """A project moment that falls in a partner's cycle.

    Attributes:
        id: The deterministic id of its solution row (moment, cycle, occurrence).
    """

    id: str
    moment_id: str
    moment: str
    on_date: date
    cycle_id: str
    cycle: str
    partner: str
    start: date
    end: date
    solution: str


def clashes(session: Session, project_id: str) -> list[Clash]:
    """Every clash between the project's dated moments and its partners' cycles, by date."""
    dated = [m for m in moments(session, project_id) if m.on_date is not None]
    if not dated:
        return []
    first = min(m.on_date for m in dated) - timedelta(days=400)
    last = max(m.on_date for m in dated) + timedelta(days=400)
    solutions = {s.id: s.solution for s in _live(session, TimClashSolution, project_id)}
    found = []
    for cycle in cycles(session, project_id):
        margin = timedelta(days=max(0, cycle.margin_days or 0))
        periods = occurrences(cycle, first, last)
        for moment in dated:
            for start, end in periods:
                if start - margin <= moment.on_date <= end + margin:
                    cid = stable_id("tim_clash", moment.id, cycle.id, start.isoformat())
                    found.append(Clash(cid, moment.id, moment.title, moment.on_date, cycle.id,
                                       cycle.title, partner_label(session, cycle), start, end,
                                       solutions.get(cid, "")))
    return sorted(found, key=lambda c: (c.on_date, c.partner, c.cycle))


def set_solution(session: Session, project_id: str, moment_id: str, cycle_id: str,
                 occurrence: date, solution: str) -> str:
    """Writes the chosen solution of a clash; returns the row's id."""
    ops.get_live(session, "tim_moment", moment_id)
    ops.get_live(session, "tim_cycle", cycle_id)
    rid = stable_id("tim_clash", moment_id, cycle_id, occurrence.isoformat())
    row = session.get(TimClashSolution, rid)
    if row is None:
        row = TimClashSolution(id=rid, project_id=project_id, moment_id=moment_id,
                               cycle_id=cycle_id, occurrence=occurrence)
        session.add(row)
    row.deleted_at = None
    row.solution = solution.strip()
    session.flush()
    return rid


def checklist(session: Session, project_id: str) -> dict[str, bool]:
    """Which of the five planning steps are done: step key -> done."""
    done = {r.step_key: r.done for r in _live(session, TimChecklist, project_id)}
    return {key: done.get(key, False) for key, _text in PLANNING_STEPS}


def set_step_done(session: Session, project_id: str, step_key: str, done: bool) -> str:
    """Ticks or unticks a planning step; returns the row's id."""
    if step_key not in dict(PLANNING_STEPS):
        raise KeyError(step_key)
    ops.get_live(session, "project", project_id)
    rid = stable_id("tim_checklist", project_id, step_key)
    row = session.get(TimChecklist, rid)
    if row is None:
        row = TimChecklist(id=rid, project_id=project_id, step_key=step_key)
        session.add(row)
    row.deleted_at = None
    row.done = done
    session.flush()
    return rid


# -- validation and what else changes on delete ---------------------------------------------


@ops.validator("tim_moment")
def _check_moment(_s: Session, obj: TimMoment) -> list[str]:
    return [] if obj.title.strip() else ["Vul de naam van het moment in."]


@ops.validator("tim_cycle")
def _check_cycle(_s: Session, obj: TimCycle) -> list[str]:
    problems = [] if obj.title.strip() else ["Vul de naam van de cyclus in."]
    if obj.start_date and obj.end_date and obj.end_date < obj.start_date:
        problems.append("De einddatum ligt vóór de begindatum.")
    if obj.margin_days is not None and not 0 <= obj.margin_days <= 366:
        problems.append("De marge is 0 tot 366 dagen.")
    return problems


def _drop_solutions(session: Session, column: str, record_id: str) -> None:
    now = utcnow()
    rows = session.scalars(select(TimClashSolution).where(
        getattr(TimClashSolution, column) == record_id, TimClashSolution.deleted_at.is_(None)))
    for row in rows:
        row.deleted_at = now


@ops.on_delete("tim_moment")
def _moment_gone(session: Session, obj: TimMoment) -> None:
    _drop_solutions(session, "moment_id", obj.id)


@ops.on_delete("tim_cycle")
def _cycle_gone(session: Session, obj: TimCycle) -> None:
    _drop_solutions(session, "cycle_id", obj.id)


@ops.on_delete("project")
def _drop_timing(session: Session, project: Project) -> None:
    now = utcnow()
    for cls in (TimClashSolution, TimMoment, TimCycle, TimChecklist, TimVerdict,
                TimStreamEntry):
        for row in _live(session, cls, project.id):
            row.deleted_at = now


@ops.on_delete("organisation")
def _unlink_organisation(session: Session, org: Organisation) -> None:
    for row in session.scalars(select(TimCycle).where(TimCycle.organisation_id == org.id)):
        row.organisation_id = None


@ops.on_delete("person")
def _unlink_person(session: Session, person: object) -> None:
    for row in session.scalars(select(TimVerdict).where(
            TimVerdict.person_id == person.id)):  # type: ignore[attr-defined]
        row.person_id = None


# -- counts ---------------------------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("momenten", count_live(session, "tim_moment", project_id=project_id)),
            ("cycli van partners", count_live(session, "tim_cycle", project_id=project_id)),
            ("botsingen", len(clashes(session, project_id)))]


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress ("2 botsingen, 1 opgelost")."""
    found = clashes(session, project_id)
    if not found:
        n = count_live(session, "tim_moment", project_id=project_id)
        return f"{n} momenten" if n else ""
    solved = sum(1 for c in found if c.solution)
    return f"{len(found)} botsingen, {solved} opgelost"
