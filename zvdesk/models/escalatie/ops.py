"""Model functions of the AVE regiekaart (take a Session inside ``Document.write``; never commit)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.ops import get_live, on_delete, validate, validator
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.escalatie.tables import (
    COLOUR_BY_KEY,
    DEFAULT_PHASES,
    ROW_LABELS,
    AveCard,
    AvePhase,
    card_id,
)
from zvdesk.models.region.tables import Project

#: The highest phase number (a regiekaart with more columns no longer fits one page).
MAX_PHASES = 8


def phases(session: Session, project_id: str) -> list[AvePhase]:
    """Returns a project's live phases, lowest number first."""
    rows = session.scalars(select(AvePhase).where(
        AvePhase.project_id == project_id, AvePhase.deleted_at.is_(None)))
    return sorted(rows, key=lambda p: (p.number, p.created_at, p.id))


def card(session: Session, project_id: str) -> AveCard | None:
    """Returns the project's live regiekaart record (title and labels), if it has one."""
    obj = session.get(AveCard, card_id(project_id))
    return obj if obj is not None and obj.deleted_at is None else None


def ensure_card(session: Session, project_id: str) -> str:
    """Creates the project's (empty) card record if it has none; returns its id.

    Called with the first phase, so that the card exists before the file is copied: two
    copies that each rename another label then merge without a conflict (a record both
    copies create after parting differs in every field one of them left empty).
    """
    record_id = card_id(project_id)
    obj = session.get(AveCard, record_id)
    if obj is None:
        session.add(AveCard(id=record_id, project_id=project_id, title=""))
        session.flush()
    return record_id


def next_number(session: Session, project_id: str) -> int:
    """The number for a new phase: one above the highest."""
    return max((p.number for p in phases(session, project_id)), default=0) + 1


def add_phase(session: Session, project_id: str, name: str, *, number: int | None = None,
              colour: str = "grijs", **texts: str) -> str:
    """Adds a phase and returns its id.

    Args:
        session: The write session.
        project_id: The project.
        name: The phase's name.
        number: Its number (default: one above the highest).
        colour: A key of :data:`~zvdesk.models.escalatie.tables.COLOURS`.
        **texts: Values for the text rows (attributes of
            :data:`~zvdesk.models.escalatie.tables.ROWS`).
    """
    get_live(session, "project", project_id)
    unknown = set(texts) - set(ROW_LABELS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    obj = AvePhase(project_id=project_id, name=name.strip(), colour=colour,
                   number=next_number(session, project_id) if number is None else number,
                   **texts)
    validate(session, obj)
    session.add(obj)
    ensure_card(session, project_id)
    session.flush()
    return obj.id


def add_default_phases(session: Session, project_id: str) -> list[str]:
    """Adds the four default phases (AVE 1 to AVE 4) whose numbers are still free.

    Returns:
        The ids of the phases added (empty when every number is taken).
    """
    taken = {p.number for p in phases(session, project_id)}
    return [add_phase(session, project_id, d.name, number=d.number, colour=d.colour,
                      starting_situation=d.starting_situation)
            for d in DEFAULT_PHASES if d.number not in taken]


def set_label(session: Session, project_id: str, row: str, text: str) -> str:
    """Gives a row of the regiekaart the project's own label ("" restores the default).

    ``row`` is an attribute of :data:`~zvdesk.models.escalatie.tables.ROWS`, or "title" for
    the card's title. Returns the card's id.
    """
    if row != "title" and row not in ROW_LABELS:
        raise KeyError(row)
    get_live(session, "project", project_id)
    record_id = card_id(project_id)
    obj = session.get(AveCard, record_id)
    if obj is None:
        obj = AveCard(id=record_id, project_id=project_id)
        session.add(obj)
    elif obj.deleted_at is not None:
        obj.deleted_at = None
    setattr(obj, "title" if row == "title" else f"label_{row}", text.strip())
    validate(session, obj)
    session.flush()
    return record_id


@validator("ave_phase")
def _check_phase(session: Session, obj: AvePhase) -> list[str]:
    problems = []
    if not obj.name.strip():
        problems.append("Vul de naam van de fase in.")
    if not 1 <= (obj.number or 0) <= MAX_PHASES:
        problems.append(f"Het nummer van een fase ligt tussen 1 en {MAX_PHASES}.")
    elif any(p.number == obj.number and p.id != obj.id
             for p in phases(session, obj.project_id)):
        problems.append(f"Er is al een fase met nummer {obj.number}.")
    if obj.colour not in COLOUR_BY_KEY:
        problems.append("Kies een kleur uit de lijst.")
    return problems


@on_delete("project")
def _drop_regiekaart(session: Session, project: Project) -> None:
    now = utcnow()
    for row in phases(session, project.id):
        row.deleted_at = now
    obj = card(session, project.id)
    if obj is not None:
        obj.deleted_at = now


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("escalatiefasen", count_live(session, "ave_phase", project_id=project_id))]


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator ("3 van 4 fasen ingevuld")."""
    rows = phases(session, project_id)
    if not rows:
        return ""
    done = sum(1 for p in rows if p.case_direction.strip() and p.process_direction.strip())
    return f"{done} van {len(rows)} fasen ingevuld"
