"""Model functions of the dilemmaschuif (run inside ``Document.write``; they never commit),
its validators, delete hooks and ``zvdesk check`` counts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.dilemmaschuif.tables import (
    DILEMMA,
    LINE_MAX,
    LINE_MIDDLE,
    LINE_MIN,
    POSITION,
    Dilemma,
    DilemmaPosition,
    Mode,
)
from zvdesk.models.region.tables import Person, Project


def add_dilemma(session: Session, project_id: str, title: str, left_value: str = "",
                right_value: str = "", mode: Mode = Mode.INDIVIDUAL) -> str:
    """Adds a dilemma after the project's last one and returns its id."""
    get_live(session, "project", project_id)
    rows = session.scalars(select(Dilemma.sort_order).where(
        Dilemma.project_id == project_id, Dilemma.deleted_at.is_(None)))
    obj = Dilemma(project_id=project_id, title=title.strip(), left_value=left_value.strip(),
                  right_value=right_value.strip(), mode=mode,
                  sort_order=max(rows, default=0) + 1)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def add_position(session: Session, dilemma_id: str, *, person_id: str | None = None,
                 name: str = "", position: int = LINE_MIDDLE, explanation: str = "") -> str:
    """Adds a participant's position on a dilemma's line and returns its id."""
    obj = DilemmaPosition(dilemma_id=dilemma_id, person_id=person_id, name=name.strip(),
                          position=position, explanation=explanation)
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def set_position(session: Session, position_id: str, position: int) -> None:
    """Moves a participant's marker to ``position`` (clamped to the line)."""
    obj = get_live(session, POSITION, position_id)
    obj.position = max(LINE_MIN, min(LINE_MAX, int(position)))
    validate(session, obj)


# -- validation and what else changes on delete ---------------------------------------------

_RANGE = f"Een positie ligt tussen {LINE_MIN} (links) en {LINE_MAX} (rechts)."


@validator(DILEMMA)
def _check_dilemma(_s: Session, obj: Dilemma) -> list[str]:
    problems = [] if obj.title.strip() else ["Geef het dilemma een naam."]
    if obj.chosen_position is not None and not LINE_MIN <= obj.chosen_position <= LINE_MAX:
        problems.append(_RANGE)
    return problems


@validator(POSITION)
def _check_position(session: Session, obj: DilemmaPosition) -> list[str]:
    dilemma = session.get(Dilemma, obj.dilemma_id) if obj.dilemma_id else None
    if dilemma is None or dilemma.deleted_at is not None:
        return ["Dit dilemma bestaat niet meer (misschien al verwijderd)."]
    problems = []
    if obj.position is None or not LINE_MIN <= obj.position <= LINE_MAX:
        problems.append(_RANGE)
    if obj.person_id:
        person = session.get(Person, obj.person_id)
        if person is None or person.deleted_at is not None:
            problems.append("Deze persoon bestaat niet meer (misschien al verwijderd).")
    return problems


def _live_positions(session: Session, dilemma_ids: list[str]) -> list[DilemmaPosition]:
    if not dilemma_ids:
        return []
    return list(session.scalars(select(DilemmaPosition).where(
        DilemmaPosition.dilemma_id.in_(dilemma_ids), DilemmaPosition.deleted_at.is_(None))))


@on_delete(DILEMMA)
def _drop_positions(session: Session, obj: Dilemma) -> None:
    now = utcnow()
    for row in _live_positions(session, [obj.id]):
        row.deleted_at = now


@on_delete("person")
def _keep_positions_of_person(session: Session, person: Person) -> None:
    """A marker keeps who placed it when the person leaves the file: the name as free text."""
    for row in session.scalars(select(DilemmaPosition).where(
            DilemmaPosition.person_id == person.id)):
        row.name = row.name or person.name
        row.person_id = None


@on_delete("project")
def _drop_dilemmas(session: Session, project: Project) -> None:
    now = utcnow()
    rows = list(session.scalars(select(Dilemma).where(
        Dilemma.project_id == project.id, Dilemma.deleted_at.is_(None))))
    for row in _live_positions(session, [r.id for r in rows]):
        row.deleted_at = now
    for row in rows:
        row.deleted_at = now


# -- counts for `zvdesk check` ---------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    ids = list(session.scalars(select(Dilemma.id).where(
        Dilemma.project_id == project_id, Dilemma.deleted_at.is_(None))))
    return [("dilemma's", count_live(session, DILEMMA, project_id=project_id)),
            ("posities op de dilemmaschuif", len(_live_positions(session, ids)))]
