"""Read models of §2.3 for the tab and the report: the inventory, the figures, the rota.

Everything is read in a few queries (the large region has 300 meetings) and returned as plain
dataclasses, so no session is needed afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.overleg.ops import effective_after, effective_before, links, next_round
from zvdesk.models.overleg.ops import rounds as live_rounds
from zvdesk.models.overleg.tables import (
    DECISION_LABELS,
    DOMAIN_LABELS,
    JOIN_LABELS,
    LEVEL_LABELS,
    LINK_LABELS,
    TASK_LABELS,
    Decision,
    Meeting,
    MeetingParticipant,
    MeetingTheme,
)
from zvdesk.models.region.tables import Level, Municipality, Organisation, Person, Theme


@dataclass(frozen=True)
class Seat:
    """One participant of a meeting, resolved to names."""

    id: str
    label: str
    person_id: str | None
    organisation_id: str | None
    role: str


@dataclass
class MeetingCard:
    """One meeting with everything the tab and the report show about it."""

    id: str
    name: str
    purpose: str
    task: str
    frequency: int
    before: int
    after: int
    level: str
    domain: str
    legal_tasks: str
    themes: list[str]
    seats: list[Seat]
    decision: str
    join_form: str
    answers: dict[str, str]
    change: dict[str, str]
    x: float
    y: float
    is_administrative: bool = False

    @property
    def who(self) -> str:
        """The participants as one line ("Marieke Vos (Gemeente Zaanstad) – voorzitter, Politie")."""
        return ", ".join(f"{s.label} – {s.role}" if s.role else s.label for s in self.seats)


@dataclass(frozen=True)
class LinkRow:
    """A link between two meetings."""

    id: str
    source_id: str
    target_id: str
    source: str
    target: str
    kind: str


@dataclass(frozen=True)
class Moments:
    """Meeting moments per year of one person or organisation, before and after."""

    id: str
    label: str
    before: int
    after: int
    meetings: int


@dataclass(frozen=True)
class Overlap:
    """Two meetings with the same people at the same themes."""

    first: str
    second: str
    people: tuple[str, ...]
    themes: tuple[str, ...]


@dataclass
class Inventory:
    """The whole inventory of the region."""

    meetings: list[MeetingCard]
    links: list[LinkRow]
    per_administrator: list[Moments] = field(default_factory=list)
    per_person: list[Moments] = field(default_factory=list)
    per_organisation: list[Moments] = field(default_factory=list)
    overlaps: list[Overlap] = field(default_factory=list)

    @property
    def total_before(self) -> int:
        """Meeting moments a year in the region today."""
        return sum(m.before for m in self.meetings)

    @property
    def total_after(self) -> int:
        """Meeting moments a year after the decisions."""
        return sum(m.after for m in self.meetings)

    def by_id(self) -> dict[str, MeetingCard]:
        """The meetings by id."""
        return {m.id: m for m in self.meetings}


def _label(person: Person | None, org: Organisation | None, name: str) -> str:
    if name.strip():
        return name.strip()
    if person is not None and org is not None:
        return f"{person.name} ({org.short_name or org.name})"
    if person is not None:
        return person.name
    if org is not None:
        return org.name
    return "(nog niet ingevuld)"


def inventory(session: Session) -> Inventory:
    """Reads the region's meetings, links and figures."""
    rows = list(session.scalars(select(Meeting).where(Meeting.deleted_at.is_(None))))
    rows.sort(key=lambda m: (m.name.lower(), m.id))
    people = {p.id: p for p in session.scalars(select(Person).where(
        Person.deleted_at.is_(None)))}
    orgs = {o.id: o for o in session.scalars(select(Organisation).where(
        Organisation.deleted_at.is_(None)))}
    themes = {t.id: t.name for t in session.scalars(select(Theme).where(
        Theme.deleted_at.is_(None)))}
    seats: dict[str, list[Seat]] = defaultdict(list)
    for p in sorted(session.scalars(select(MeetingParticipant).where(
            MeetingParticipant.deleted_at.is_(None))), key=lambda p: (p.created_at, p.id)):
        person = people.get(p.person_id) if p.person_id else None
        org_id = p.organisation_id or (person.organisation_id if person is not None else None)
        org = orgs.get(org_id) if org_id else None
        seats[p.meeting_id].append(Seat(p.id, _label(person, org, p.name),
                                        p.person_id if person is not None else None,
                                        org_id if org_id in orgs else None, p.role))
    meeting_themes: dict[str, list[str]] = defaultdict(list)
    for t in session.scalars(select(MeetingTheme).where(MeetingTheme.deleted_at.is_(None))):
        if t.theme_id in themes:
            meeting_themes[t.meeting_id].append(themes[t.theme_id])
    cards = []
    for m in rows:
        cards.append(MeetingCard(
            id=m.id, name=m.name, purpose=m.purpose,
            task=TASK_LABELS.get(m.task, "") if m.task else "", frequency=m.frequency,
            before=effective_before(m), after=effective_after(m),
            level=LEVEL_LABELS.get(m.level, "") if m.level else "",
            domain=DOMAIN_LABELS.get(m.domain, "") if m.domain else "",
            legal_tasks=m.legal_tasks, themes=sorted(meeting_themes.get(m.id, [])),
            seats=seats.get(m.id, []),
            decision=DECISION_LABELS.get(m.decision, "") if m.decision else "",
            join_form=JOIN_LABELS.get(m.join_form, "") if m.join_form else "",
            answers={k: getattr(m, k) for k in ("answer_needed", "answer_join",
                                                 "answer_influence", "answer_result")},
            change={k: getattr(m, k) for k in ("less_well", "ideal", "causes", "willingness",
                                                "change_by", "partner_burden")},
            x=m.x, y=m.y, is_administrative=m.level is Level.BESTUURLIJK))
    names = {c.id: c.name for c in cards}
    link_rows = [LinkRow(lk.id, lk.source_id, lk.target_id, names[lk.source_id],
                         names[lk.target_id], LINK_LABELS.get(lk.kind, ""))
                 for lk in links(session)]
    link_rows.sort(key=lambda r: (r.source.lower(), r.target.lower()))
    data = Inventory(cards, link_rows)
    _figures(data, people, orgs)
    return data


def _figures(data: Inventory, people: dict[str, Person], orgs: dict[str, Organisation]) -> None:
    per_person: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_org: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    person_meetings: dict[str, set[str]] = defaultdict(set)
    for card in data.meetings:
        seen_people = {s.person_id for s in card.seats if s.person_id}
        seen_orgs = {s.organisation_id for s in card.seats if s.organisation_id}
        for pid in seen_people:
            row = per_person[pid]
            row[0] += card.before
            row[1] += card.after
            row[2] += 1
            person_meetings[pid].add(card.id)
        for oid in seen_orgs:
            row = per_org[oid]
            row[0] += card.before
            row[1] += card.after
            row[2] += 1

    def moments(table: dict[str, list[int]], label) -> list[Moments]:  # noqa: ANN001
        found = [Moments(key, label(key), *values) for key, values in table.items()]
        return sorted(found, key=lambda m: (-m.before, m.label.lower()))

    data.per_person = moments(per_person, lambda pid: people[pid].name)
    data.per_administrator = [m for m in data.per_person
                              if people[m.id].level is Level.BESTUURLIJK]
    data.per_organisation = moments(per_org, lambda oid: orgs[oid].name)
    # Overlap: two meetings that share at least two people and a theme.
    by_id = data.by_id()
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pid, ids in person_meetings.items():
        if len(ids) > 60:  # someone at every table says nothing about two of them
            continue
        for a, b in combinations(sorted(ids), 2):
            shared[(a, b)].add(pid)
    found = []
    for (a, b), pids in shared.items():
        if len(pids) < 2:
            continue
        common = sorted(set(by_id[a].themes) & set(by_id[b].themes))
        if not common:
            continue
        first, second = sorted((by_id[a].name, by_id[b].name), key=str.lower)
        found.append(Overlap(first, second, tuple(sorted(people[p].name for p in pids)),
                             tuple(common)))
    data.overlaps = sorted(found, key=lambda o: (-len(o.people), o.first.lower(),
                                                 o.second.lower()))


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(value: date) -> str:
    """"3 december 2026"."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class RoundRow:
    """A call round of the rota."""

    id: str
    planned_on: date | None
    municipality: str
    done: bool
    notes: str


def rota(session: Session) -> list[RoundRow]:
    """The call rounds, earliest first."""
    towns = {m.id: m.name for m in session.scalars(select(Municipality))}
    return [RoundRow(r.id, r.planned_on, towns.get(r.municipality_id or "", "–"), r.done,
                     r.notes) for r in live_rounds(session)]


def reminder(session: Session, today: date | None = None) -> str:
    """The Dutch notice shown when the file opens: when the next call round is, and whose turn.

    Empty when no round is planned.
    """
    row = next_round(session)
    if row is None or row.planned_on is None:
        return ""
    town = session.get(Municipality, row.municipality_id) if row.municipality_id else None
    who = f"gemeente {town.name}" if town is not None else "nog niemand"
    when = dutch_date(row.planned_on)
    today = today or date.today()
    if row.planned_on < today:
        return (f"De belronde overlegstructuren van {when} is nog niet afgerond "
                f"({who} is aan de beurt).")
    return f"Volgende belronde overlegstructuren: {when}; {who} is aan de beurt."


def decision_counts(data: Inventory) -> list[tuple[str, int]]:
    """How many meetings got each decision (the labels in the toolbox's order)."""
    counts = {label: 0 for label in DECISION_LABELS.values()}
    for card in data.meetings:
        if card.decision:
            counts[card.decision] += 1
    return [(label, n) for label, n in counts.items()]


__all__ = ["Decision", "Inventory", "MeetingCard", "inventory", "reminder", "rota"]
