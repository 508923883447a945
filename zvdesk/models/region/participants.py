"""The shared list of a project's participants (``project_participant``), for every instrument."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models.region.tables import ProjectParticipant


def project_participants(session: Session, project_id: str) -> list[ProjectParticipant]:
    """A project's live participants in their order."""
    return list(session.scalars(select(ProjectParticipant).where(
        ProjectParticipant.project_id == project_id, ProjectParticipant.deleted_at.is_(None)
    ).order_by(ProjectParticipant.sort_order, ProjectParticipant.created_at)))


def ensure_participant(session: Session, project_id: str, *, person_id: str | None = None,
                       organisation_id: str | None = None, name: str = "") -> str:
    """The id of the project's participant with this person/organisation/name, made if new.

    An instrument that adds someone who takes part calls this, so the others see them too.
    """
    name = name.strip()
    for p in project_participants(session, project_id):
        if (p.person_id == (person_id or None) and p.organisation_id == (organisation_id or None)
                and p.name.strip().casefold() == name.casefold()):
            return p.id
    last = session.scalar(select(func.max(ProjectParticipant.sort_order)).where(
        ProjectParticipant.project_id == project_id))
    obj = ProjectParticipant(project_id=project_id, person_id=person_id or None,
                             organisation_id=organisation_id or None, name=name,
                             sort_order=(last if last is not None else -1) + 1)
    session.add(obj)
    session.flush()
    return obj.id
