"""Model functions of §2.3 (take a Session inside ``Document.write``; never commit)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.summary import count_live, file_summary
from zvdesk.models.overleg.tables import (
    Decision,
    LinkKind,
    Meeting,
    MeetingLink,
    MeetingParticipant,
    MeetingReview,
    MeetingRound,
    MeetingTheme,
    stable_id,
)
from zvdesk.models.region.tables import Municipality, Theme

#: The id of the file's one review row (golden question 2, interval of the call rounds).
REVIEW_ID = stable_id("meeting_review")

#: The highest number of meeting moments a year (daily, weekends included).
MAX_FREQUENCY = 365


def _live(session: Session, cls: type, **where: object) -> list:
    stmt = select(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return list(session.scalars(stmt))


def meetings(session: Session) -> list[Meeting]:
    """Returns the region's live meetings by name."""
    return sorted(_live(session, Meeting), key=lambda m: (m.name.lower(), m.id))


def participants(session: Session, meeting_id: str) -> list[MeetingParticipant]:
    """Returns a meeting's live participants, oldest first."""
    return sorted(_live(session, MeetingParticipant, meeting_id=meeting_id),
                  key=lambda p: (p.created_at, p.id))


def theme_ids(session: Session, meeting_id: str) -> set[str]:
    """Returns the ids of the themes a meeting deals with."""
    return {t.theme_id for t in _live(session, MeetingTheme, meeting_id=meeting_id)}


def links(session: Session) -> list[MeetingLink]:
    """Returns every live link between live meetings."""
    alive = {m.id for m in _live(session, Meeting)}
    return [lk for lk in _live(session, MeetingLink)
            if lk.source_id in alive and lk.target_id in alive]


def review(session: Session) -> MeetingReview | None:
    """Returns the file's review row, if any."""
    obj = session.get(MeetingReview, REVIEW_ID)
    return obj if obj is not None and obj.deleted_at is None else None


def rounds(session: Session) -> list[MeetingRound]:
    """Returns the call rounds, earliest first (unplanned last)."""
    return sorted(_live(session, MeetingRound),
                  key=lambda r: (r.planned_on or date.max, r.created_at))


def ensure_review(session: Session) -> str:
    """Creates the file's review row if it has none; returns its id.

    Called with the first meeting, so that the row exists before the file is copied (a row
    both copies create after parting would differ in every field one of them left alone).
    """
    if session.get(MeetingReview, REVIEW_ID) is None:
        session.add(MeetingReview(id=REVIEW_ID, answer_missing="", interval_months=6))
        session.flush()
    return REVIEW_ID


def add_meeting(session: Session, name: str, **values: object) -> str:
    """Adds a meeting and returns its id."""
    obj = Meeting(name=name.strip(), **values)
    validate(session, obj)
    session.add(obj)
    ensure_review(session)
    session.flush()
    return obj.id


def add_participant(session: Session, meeting_id: str, *, person_id: str | None = None,
                    organisation_id: str | None = None, name: str = "", role: str = "") -> str:
    """Adds a participant to a meeting and returns its id.

    The table in the app adds an empty row first and lets the user choose; a participant
    added here says who it is.
    """
    get_live(session, "meeting", meeting_id)
    if person_id:
        get_live(session, "person", person_id)
    if organisation_id:
        get_live(session, "organisation", organisation_id)
    if not (person_id or organisation_id or name.strip()):
        raise ValidationError("Kies een persoon of organisatie, of vul een naam in.")
    obj = MeetingParticipant(meeting_id=meeting_id, person_id=person_id,
                             organisation_id=organisation_id, name=name.strip(), role=role)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def set_theme(session: Session, meeting_id: str, theme_id: str, on: bool) -> None:
    """Says whether a meeting deals with a theme (a row with a stable id, revived on undo)."""
    get_live(session, "meeting", meeting_id)
    get_live(session, "theme", theme_id)
    record_id = stable_id("meeting_theme", meeting_id, theme_id)
    obj = session.get(MeetingTheme, record_id)
    if on:
        if obj is None:
            session.add(MeetingTheme(id=record_id, meeting_id=meeting_id, theme_id=theme_id))
        elif obj.deleted_at is not None:
            obj.deleted_at = None
    elif obj is not None and obj.deleted_at is None:
        obj.deleted_at = utcnow()
    session.flush()


def add_link(session: Session, source_id: str, target_id: str,
             kind: LinkKind = LinkKind.FEEDS) -> str:
    """Links two meetings ("source feeds into / reports to target"); returns the link's id."""
    get_live(session, "meeting", source_id)
    get_live(session, "meeting", target_id)
    obj = MeetingLink(source_id=source_id, target_id=target_id, kind=kind)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def move_meetings(session: Session, places: dict[str, tuple[float, float]]) -> None:
    """Puts meetings on the network map at (x, y)."""
    for meeting_id, (x, y) in places.items():
        obj = get_live(session, "meeting", meeting_id)
        obj.x, obj.y = float(x), float(y)


def set_review(session: Session, **values: object) -> str:
    """Writes the review row's fields (``answer_missing``, ``interval_months``)."""
    obj = session.get(MeetingReview, REVIEW_ID)
    if obj is None:
        obj = MeetingReview(id=REVIEW_ID, answer_missing="", interval_months=6)
        session.add(obj)
    elif obj.deleted_at is not None:
        obj.deleted_at = None
    for key, value in values.items():
        if key not in ("answer_missing", "interval_months"):
            raise KeyError(key)
        setattr(obj, key, value)
    validate(session, obj)
    session.flush()
    return REVIEW_ID


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, 28))


def plan_rounds(session: Session, first: date, count: int) -> list[str]:
    """Plans ``count`` call rounds, one interval apart, each by the next municipality.

    The first new round is on ``first`` or one interval after the last planned round,
    whichever is later; the rota goes on after the municipality of the last round.
    Returns the new rounds' ids.
    """
    towns = sorted(_live(session, Municipality), key=lambda m: (m.sort_order, m.name))
    if not towns:
        raise ValidationError("Voeg eerst de gemeenten van de regio toe (tab Regio).")
    obj = review(session)
    interval = obj.interval_months if obj is not None else 6
    planned = [r for r in rounds(session) if r.planned_on is not None]
    day, index = first, 0
    if planned:
        last = planned[-1]
        day = max(first, _add_months(last.planned_on, interval))
        ids = [t.id for t in towns]
        index = ids.index(last.municipality_id) + 1 if last.municipality_id in ids else 0
    new = []
    for i in range(count):
        town = towns[(index + i) % len(towns)]
        row = MeetingRound(planned_on=_add_months(day, i * interval), municipality_id=town.id)
        session.add(row)
        session.flush()
        new.append(row.id)
    return new


def next_round(session: Session) -> MeetingRound | None:
    """The first call round not done yet (the one the app reminds of)."""
    return next((r for r in rounds(session) if not r.done and r.planned_on is not None), None)


def effective_after(meeting: Meeting) -> int:
    """Meeting moments a year after the decision: 0 when it is dropped."""
    if meeting.decision is Decision.SCHRAPPEN:
        return 0
    return meeting.frequency if meeting.frequency_after is None else meeting.frequency_after


def effective_before(meeting: Meeting) -> int:
    """Meeting moments a year today: 0 for a meeting that is still to be started."""
    return 0 if meeting.decision is Decision.NIEUW else meeting.frequency


# -- validation and what else changes on delete ---------------------------------------------


@validator("meeting")
def _check_meeting(_s: Session, obj: Meeting) -> list[str]:
    problems = []
    if not obj.name.strip():
        problems.append("Vul de naam van het overleg in.")
    for value in (obj.frequency, obj.frequency_after):
        if value is not None and not 0 <= value <= MAX_FREQUENCY:
            problems.append(f"De frequentie ligt tussen 0 en {MAX_FREQUENCY} keer per jaar.")
            break
    return problems


@validator("meeting_link")
def _check_link(session: Session, obj: MeetingLink) -> list[str]:
    if obj.source_id == obj.target_id:
        return ["Een overleg kan niet met zichzelf verbonden worden."]
    for other in _live(session, MeetingLink, source_id=obj.source_id):
        if other.id != obj.id and other.target_id == obj.target_id:
            return ["Deze twee overleggen zijn al verbonden."]
    return []


@validator("meeting_review")
def _check_review(_s: Session, obj: MeetingReview) -> list[str]:
    if not 1 <= (obj.interval_months or 0) <= 24:
        return ["De tijd tussen twee belrondes ligt tussen 1 en 24 maanden."]
    return []


def _tombstone(rows: list) -> None:
    now = utcnow()
    for row in rows:
        row.deleted_at = now


@on_delete("meeting")
def _drop_meeting_rows(session: Session, obj: Meeting) -> None:
    _tombstone(_live(session, MeetingParticipant, meeting_id=obj.id))
    _tombstone(_live(session, MeetingTheme, meeting_id=obj.id))
    _tombstone(_live(session, MeetingLink, source_id=obj.id))
    _tombstone(_live(session, MeetingLink, target_id=obj.id))


@on_delete("theme")
def _drop_theme_rows(session: Session, obj: Theme) -> None:
    _tombstone(_live(session, MeetingTheme, theme_id=obj.id))


@file_summary
def _summary(session: Session) -> list[str]:
    n = count_live(session, "meeting")
    if not n:
        return []
    decided = sum(1 for m in _live(session, Meeting) if m.decision is not None)
    return [f"Overleggen: {n} (met besluit: {decided}, verbindingen: {len(links(session))}, "
            f"deelnemers: {count_live(session, 'meeting_participant')}, "
            f"belrondes: {count_live(session, 'meeting_round')})"]
