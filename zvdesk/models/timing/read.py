"""Read models of §2.2 Timing for the timeline and the report: plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from zvdesk.models.region.tables import Person
from zvdesk.models.timing import ops
from zvdesk.models.timing.ops import PLANNING_STEPS, Clash
from zvdesk.models.timing.tables import (
    CYCLE_LABELS,
    MOMENT_LABELS,
    RECURRENCE_LABELS,
    STREAM_LABELS,
    VERDICT_LABELS,
    MomentKind,
    Stream,
)


@dataclass(frozen=True)
class MomentInfo:
    """A project moment."""

    id: str
    title: str
    kind: MomentKind
    kind_label: str
    on_date: date | None


@dataclass(frozen=True)
class CycleInfo:
    """A partner's cycle with its occurrences in the timeline's span."""

    id: str
    partner: str
    title: str
    kind_label: str
    recurrence: str
    periods: tuple[tuple[date, date], ...]
    margin_days: int


@dataclass(frozen=True)
class StreamInfo:
    """An entry of the beleidsraam."""

    stream: Stream
    stream_label: str
    on_date: date | None
    text: str


@dataclass(frozen=True)
class TimingData:
    """A project's timing: what the timeline, the lists and the report show."""

    first: date
    last: date
    moments: list[MomentInfo]
    cycles: list[CycleInfo]
    clashes: list[Clash]
    checklist: list[tuple[str, bool]]
    verdicts: list[tuple[str, str, str]]
    streams: list[StreamInfo]

    @property
    def partners(self) -> list[str]:
        """The timeline's lanes below the project's: one per partner, in order."""
        seen: list[str] = []
        for cycle in self.cycles:
            if cycle.partner not in seen:
                seen.append(cycle.partner)
        return seen

    @property
    def is_empty(self) -> bool:
        """True when nothing is filled in."""
        return not (self.moments or self.cycles or self.streams or self.verdicts
                    or any(done for _t, done in self.checklist))


def timing_for_project(session: Session, project_id: str) -> TimingData:
    """Everything of §2.2 for one project; the span covers its moments and entries."""
    moment_rows = ops.moments(session, project_id)
    stream_rows = ops.stream_entries(session, project_id)
    days = [m.on_date for m in moment_rows if m.on_date] + [e.on_date for e in stream_rows
                                                             if e.on_date]
    today = date.today()
    first = min(days, default=today) - timedelta(days=60)
    last = max(days, default=today + timedelta(days=365)) + timedelta(days=60)
    first, last = date(first.year, first.month, 1), date(last.year, last.month, 28)
    moments = [MomentInfo(m.id, m.title, m.kind, MOMENT_LABELS[m.kind], m.on_date)
               for m in moment_rows]
    cycles = [CycleInfo(c.id, ops.partner_label(session, c), c.title, CYCLE_LABELS[c.kind],
                        RECURRENCE_LABELS[c.recurrence],
                        tuple(ops.occurrences(c, first, last)), c.margin_days or 0)
              for c in ops.cycles(session, project_id)]
    done = ops.checklist(session, project_id)
    verdicts = []
    for v in ops.verdicts(session, project_id):
        person = session.get(Person, v.person_id) if v.person_id else None
        verdicts.append((person.name if person else "(onbekend)",
                         VERDICT_LABELS[v.verdict] if v.verdict else "–", v.bottlenecks))
    return TimingData(
        first, last, moments, cycles, ops.clashes(session, project_id),
        [(text, done[key]) for key, text in PLANNING_STEPS], verdicts,
        [StreamInfo(e.stream, STREAM_LABELS[e.stream], e.on_date, e.text)
         for e in stream_rows])
