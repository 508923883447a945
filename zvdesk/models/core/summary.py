"""The Dutch summary ``zvdesk check`` prints: the file, then what the instruments add.

Instruments add lines about the whole file with :func:`file_summary` (the region: its name,
municipalities, projects) and per-project counts with :func:`project_counter`, both in their
model package, so this module never changes when an instrument is added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.schema import record_class

Counter = Callable[[Session, str], list[tuple[str, int]]]
Summary = Callable[[Session], list[str]]

#: Per-project counters: each returns (Dutch label, number) pairs for one project.
PROJECT_COUNTERS: list[Counter] = []

#: Lines about the whole file, in registration order (the region's first).
FILE_SUMMARIES: list[Summary] = []


def project_counter(fn: Counter) -> Counter:
    """Registers a per-project counter."""
    PROJECT_COUNTERS.append(fn)
    return fn


def file_summary(fn: Summary) -> Summary:
    """Registers a function that adds lines about the whole file."""
    FILE_SUMMARIES.append(fn)
    return fn


def project_lines(session: Session, project_id: str) -> list[str]:
    """The indented count lines of every registered counter for one project, then its
    adopted versions (one line each)."""
    from zvdesk.models.core.versions.store import list_versions  # model modules import us

    lines = [f"    {label}: {n}" for counter in PROJECT_COUNTERS
             for label, n in counter(session, project_id)]
    versions = list_versions(session, project_id)
    if versions:
        lines.append(f"    versies: {len(versions)}")
        lines.extend(f"      {v.title}" for v in versions)
    return lines


def count_live(session: Session, kind: str, **where: object) -> int:
    """Counts the live records of a kind, optionally filtered on column values."""
    cls = record_class(kind)
    stmt = select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return int(session.scalar(stmt) or 0)


def summarize(path: str | Path) -> list[str]:
    """Checks a file (read-only, nothing written) and returns the summary lines.

    Raises:
        ZvdbError: the file cannot be opened; the message says why in Dutch.
    """
    from zvdesk.models.core.document import Document  # here: model modules import this module

    doc = Document.open(path, read_only=True)
    try:
        with doc.session() as s:
            version = s.connection().exec_driver_sql("PRAGMA user_version").scalar()
            lines = [
                f"Bestand: {Path(path).name} (bestandsversie {version}"
                + (", nieuwer dan deze ZV Desk: alleen-lezen" if version > ff.SCHEMA_VERSION
                   else "") + ")",
                "Controle: in orde",
            ]
            for summary in FILE_SUMMARIES:
                lines.extend(summary(s))
    finally:
        doc.close()
    return lines
