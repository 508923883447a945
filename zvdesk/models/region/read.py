"""What the region instrument reads for others: the file summary of ``zvdesk check``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.summary import count_live, file_summary, project_counter, project_lines
from zvdesk.models.region.ops import get_region, live_projects
from zvdesk.models.region.tables import Municipality, ProjectTheme


@project_counter
def _themes(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("thema's", count_live(session, ProjectTheme.__tablename__, project_id=project_id))]


@file_summary
def region_summary(session: Session) -> list[str]:
    """The region, its municipalities, the counts of the base records and each project."""
    region = get_region(session)
    munis = [m.name for m in sorted(
        session.scalars(select(Municipality).where(Municipality.deleted_at.is_(None))),
        key=lambda m: m.sort_order)]
    lines = [
        f"Regio: {(region.name if region else '') or '(zonder naam)'}",
        f"Gemeenten ({len(munis)}): {', '.join(munis) if munis else '-'}",
        f"Organisaties: {count_live(session, 'organisation')}",
        f"Personen: {count_live(session, 'person')}",
        f"Thema's: {count_live(session, 'theme')}",
    ]
    projects = live_projects(session)
    lines.append(f"Projecten: {len(projects)}")
    for project in projects:
        lines.append(f"- {project.name}")
        lines.extend(project_lines(session, project.id))
    return lines
