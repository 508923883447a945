"""The Dutch summary ``zvdesk check`` prints: region, projects and counts per kind.

Instruments add their own per-project counts with :func:`project_counter` (in their model
module), so this module never changes when an instrument is added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models import fileformat as ff
from zvdesk.models.entities import ProjectTheme
from zvdesk.models.region import get_region, live_projects
from zvdesk.models.schema import record_class

Counter = Callable[[Session, str], list[tuple[str, int]]]

#: Per-project counters: each returns (Dutch label, number) pairs for one project.
PROJECT_COUNTERS: list[Counter] = []


def project_counter(fn: Counter) -> Counter:
    """Registers a per-project counter."""
    PROJECT_COUNTERS.append(fn)
    return fn


def count_live(session: Session, kind: str, **where: object) -> int:
    """Counts the live records of a kind, optionally filtered on column values."""
    cls = record_class(kind)
    stmt = select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return int(session.scalar(stmt) or 0)


@project_counter
def _themes(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [("thema's", count_live(session, ProjectTheme.__tablename__, project_id=project_id))]


def summarize(path: str | Path) -> list[str]:
    """Checks a file (read-only, nothing written) and returns the summary lines.

    Raises:
        ZvdbError: the file cannot be opened; the message says why in Dutch.
    """
    from zvdesk.models.document import Document  # here: model modules import this module

    doc = Document.open(path, read_only=True)
    try:
        with doc.session() as s:
            region = get_region(s)
            version = s.connection().exec_driver_sql("PRAGMA user_version").scalar()
            munis = [m.name for m in sorted(
                s.scalars(select(record_class("municipality")).where(
                    record_class("municipality").deleted_at.is_(None))),
                key=lambda m: m.sort_order)]
            lines = [
                f"Bestand: {Path(path).name} (bestandsversie {version}"
                + (", nieuwer dan deze ZV Desk: alleen-lezen" if version > ff.SCHEMA_VERSION
                   else "") + ")",
                "Controle: in orde",
                f"Regio: {(region.name if region else '') or '(zonder naam)'}",
                f"Gemeenten ({len(munis)}): {', '.join(munis) if munis else '-'}",
                f"Organisaties: {count_live(s, 'organisation')}",
                f"Personen: {count_live(s, 'person')}",
                f"Thema's: {count_live(s, 'theme')}",
            ]
            projects = live_projects(s)
            lines.append(f"Projecten: {len(projects)}")
            for project in projects:
                lines.append(f"- {project.name}")
                for counter in PROJECT_COUNTERS:
                    for label, n in counter(s, project.id):
                        lines.append(f"    {label}: {n}")
    finally:
        doc.close()
    return lines
