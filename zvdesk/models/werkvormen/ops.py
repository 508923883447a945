"""Model functions of the work forms (they take a Session and never commit), their validators,
delete hooks and the ``zvdesk check`` counts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.region.tables import Person, Project
from zvdesk.models.werkvormen import tables as t
from zvdesk.models.werkvormen.catalogue import tips, work_form


def _live(session: Session, cls: type, **where: object) -> list:
    stmt = select(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return list(session.scalars(stmt))


def sessions(session: Session, project_id: str) -> list[t.WvSession]:
    """The project's sessions, the most recent first (undated ones last)."""
    rows = _live(session, t.WvSession, project_id=project_id)
    return sorted(rows, key=lambda r: (r.held_on is None, -(r.held_on.toordinal()
                                                          if r.held_on else 0), r.created_at))


def participants(session: Session, session_id: str) -> list[t.WvParticipant]:
    """A session's participants in their order."""
    return sorted(_live(session, t.WvParticipant, session_id=session_id),
                  key=lambda r: (r.sort_order, r.created_at))


def participant_label(session: Session, participant: t.WvParticipant) -> str:
    """The name of a participant: the region's person, or the free-text name."""
    if participant.person_id:
        person = session.get(Person, participant.person_id)
        if person is not None and person.deleted_at is None:
            return person.name or person.initials or "(naamloos)"
    return participant.name or "(naamloos)"


def items(session: Session, session_id: str) -> list[t.WvItem]:
    """A session's agenda in its order."""
    return sorted(_live(session, t.WvItem, session_id=session_id),
                  key=lambda r: (r.sort_order, r.created_at))


def entries(session: Session, item_id: str) -> list[t.WvEntry]:
    """The results of an agenda item in their order."""
    return sorted(_live(session, t.WvEntry, item_id=item_id),
                  key=lambda r: (r.group_no, r.sort_order, r.created_at))


def _next(rows: list) -> int:
    return max((r.sort_order for r in rows), default=0) + 1


# -- writing ----------------------------------------------------------------------------


def add_session(session: Session, project_id: str, title: str) -> str:
    """Adds a session to a project and returns its id."""
    get_live(session, "project", project_id)
    obj = t.WvSession(project_id=project_id, title=title.strip())
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_participant(session: Session, session_id: str, *, person_id: str | None = None,
                    name: str = "") -> str:
    """Adds a participant at the end of the session's list and returns its id."""
    get_live(session, "wv_session", session_id)
    if person_id:
        get_live(session, "person", person_id)
        if any(p.person_id == person_id for p in participants(session, session_id)):
            raise ValidationError("Deze persoon neemt al deel aan de sessie.")
    obj = t.WvParticipant(session_id=session_id, person_id=person_id, name=name.strip(),
                          sort_order=_next(participants(session, session_id)))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_people(session: Session, session_id: str, person_ids: list[str]) -> list[str]:
    """Adds these people of the region as participants, skipping who already takes part;
    returns the new participants' ids."""
    present = {p.person_id for p in participants(session, session_id)}
    return [add_participant(session, session_id, person_id=pid)
            for pid in dict.fromkeys(person_ids) if pid not in present]


def add_item(session: Session, session_id: str, form_key: str, question: str | None = None,
             minutes: int | None = None) -> str:
    """Adds a work form at the end of the agenda; question and minutes default to the
    catalogue's first prompt and suggested duration. Returns the item's id."""
    get_live(session, "wv_session", session_id)
    form = work_form(form_key)
    if form is None:
        raise ValidationError("Deze werkvorm staat niet in de catalogus.")
    obj = t.WvItem(session_id=session_id, form_key=form_key,
                   question=form.prompts[0] if question is None else question,
                   minutes=form.minutes if minutes is None else minutes,
                   sort_order=_next(items(session, session_id)))
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def move_item(session: Session, item_id: str, step: int) -> bool:
    """Moves an agenda item one place up (-1) or down (+1); False at either end."""
    obj = get_live(session, "wv_item", item_id)
    rows = items(session, obj.session_id)
    index = next(i for i, r in enumerate(rows) if r.id == item_id)
    target = index + step
    if not 0 <= target < len(rows):
        return False
    rows[index], rows[target] = rows[target], rows[index]
    for number, row in enumerate(rows, start=1):
        if row.sort_order != number:
            row.sort_order = number
    return True


def set_tip(session: Session, session_id: str, tip_key: str, done: bool) -> None:
    """Ticks or unticks a tip of the checklist."""
    obj = get_live(session, "wv_session", session_id)
    keys = [k for k in obj.tips_done.split(",") if k]
    if done and tip_key not in keys:
        keys.append(tip_key)
    elif not done and tip_key in keys:
        keys.remove(tip_key)
    order = [tip.key for tip in tips()]
    keys.sort(key=lambda k: order.index(k) if k in order else len(order))
    obj.tips_done = ",".join(keys)


def set_vote(session: Session, item_id: str, participant_id: str, colour: str | None,
             doubt: str | None = None) -> str | None:
    """Records (or, with colour None, withdraws) a participant's vote on a proposal.

    One vote per participant per proposal: the row's id is derived from both. ``doubt`` None
    keeps the recorded doubt. Returns the vote's id, None when withdrawn.
    """
    item = get_live(session, "wv_item", item_id)
    form = work_form(item.form_key)
    if form is None or form.result != "stemmen":
        raise ValidationError("Bij dit agendapunt wordt niet gestemd.")
    part = get_live(session, "wv_participant", participant_id)
    if part.session_id != item.session_id:
        raise ValidationError("Deze deelnemer hoort niet bij deze sessie.")
    record_id = t.stable_id("wv_vote", item_id, participant_id)
    obj = session.get(t.WvEntry, record_id)
    if colour is None:
        if obj is not None and obj.deleted_at is None:
            obj.deleted_at = utcnow()
        return None
    if obj is None:
        obj = t.WvEntry(id=record_id, item_id=item_id, participant_id=participant_id)
        session.add(obj)
    obj.deleted_at = None
    obj.category = colour
    if doubt is not None:
        obj.text = doubt
    validate(session, obj)
    session.flush()
    return obj.id


def add_entry(session: Session, item_id: str, **values: object) -> str:
    """Adds a result to an agenda item (category, text, subject, group_no, participant_id,
    name) at the end of its list and returns its id."""
    get_live(session, "wv_item", item_id)
    obj = t.WvEntry(item_id=item_id, sort_order=_next(entries(session, item_id)), **values)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


# -- rules ------------------------------------------------------------------------------


@validator("wv_session")
def _check_session(_s: Session, obj: t.WvSession) -> list[str]:
    return [] if obj.title.strip() else ["Geef de sessie een titel."]


@validator("wv_participant")
def _check_participant(_s: Session, obj: t.WvParticipant) -> list[str]:
    if obj.person_id or obj.name.strip():
        return []
    return ["Kies een persoon of vul een naam in."]


@validator("wv_item")
def _check_item(_s: Session, obj: t.WvItem) -> list[str]:
    problems = []
    if work_form(obj.form_key) is None:
        problems.append("Deze werkvorm staat niet in de catalogus.")
    if obj.minutes is None or not 0 <= obj.minutes <= 600:
        problems.append("De duur is een aantal minuten tussen 0 en 600.")
    return problems


@validator("wv_entry")
def _check_entry(session: Session, obj: t.WvEntry) -> list[str]:
    item = session.get(t.WvItem, obj.item_id)
    form = work_form(item.form_key) if item is not None else None
    if form is None:
        return []
    if obj.category and form.category(obj.category) is None:
        return [f"“{obj.category}” past niet bij de werkvorm {form.title}."]
    if form.result == "stemmen" and not obj.category:
        return ["Kies groen, geel of rood."]
    return []


def _tombstone(rows: list) -> None:
    now = utcnow()
    for row in rows:
        row.deleted_at = now


@on_delete("wv_item")
def _drop_entries(session: Session, obj: t.WvItem) -> None:
    _tombstone(_live(session, t.WvEntry, item_id=obj.id))


@on_delete("wv_participant")
def _drop_participant_entries(session: Session, obj: t.WvParticipant) -> None:
    _tombstone(_live(session, t.WvEntry, participant_id=obj.id))


@on_delete("wv_session")
def _drop_session(session: Session, obj: t.WvSession) -> None:
    for item in _live(session, t.WvItem, session_id=obj.id):
        _drop_entries(session, item)
    _tombstone(_live(session, t.WvItem, session_id=obj.id))
    _tombstone(_live(session, t.WvParticipant, session_id=obj.id))


@on_delete("project")
def _drop_sessions(session: Session, project: Project) -> None:
    for row in _live(session, t.WvSession, project_id=project.id):
        _drop_session(session, row)
    _tombstone(_live(session, t.WvSession, project_id=project.id))


@on_delete("person")
def _keep_participant_name(session: Session, person: Person) -> None:
    """A deleted person stays in the session's record under their name."""
    for row in _live(session, t.WvParticipant, person_id=person.id):
        if not row.name:
            row.name = person.name


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    ids = [s.id for s in _live(session, t.WvSession, project_id=project_id)]
    if not ids:
        return []
    item_ids = [i.id for i in session.scalars(select(t.WvItem).where(
        t.WvItem.session_id.in_(ids), t.WvItem.deleted_at.is_(None)))]
    n_entries = 0
    if item_ids:
        n_entries = len(list(session.scalars(select(t.WvEntry.id).where(
            t.WvEntry.item_id.in_(item_ids), t.WvEntry.deleted_at.is_(None)))))
    return [("werksessies", len(ids)), ("agendapunten van werksessies", len(item_ids)),
            ("resultaten van werkvormen", n_entries)]


def progress_text(session: Session, project_id: str) -> str:
    """The short progress line of the tab ("2 sessies, 9 agendapunten")."""
    n = count_live(session, "wv_session", project_id=project_id)
    if not n:
        return ""
    return f"{n} {'sessie' if n == 1 else 'sessies'}"
