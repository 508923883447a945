"""Recording a version, reading it back, and a read-only file of the project as it was.

``record_version`` is a model function (one undo step: undoing it removes the version; the
rows it wrote are its own, so undoing any other edit never touches a version).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.schema import tables
from zvdesk.models.core.versions.scope import Row, decode, project_rows, project_tables
from zvdesk.models.core.versions.tables import (
    ADOPTED_BY_LABELS,
    AdoptedBy,
    ProjectVersion,
    ProjectVersionRow,
)

#: A version's state: (kind, id) → row values, and which of them are region rows.
State = dict[tuple[str, str], Row]


@dataclass(frozen=True)
class VersionInfo:
    """A version as lists and bars show it."""

    id: str
    project_id: str
    name: str
    adopted_on: date | None
    adopted_by: AdoptedBy
    adopted_by_text: str
    note: str

    @property
    def adoption(self) -> str:
        """"vastgesteld door het RBO op 12-03-2026" (what is known of it)."""
        who = self.adopted_by_text.strip() or (
            "" if self.adopted_by is AdoptedBy.OTHER else ADOPTED_BY_LABELS[self.adopted_by])
        parts = ["vastgesteld"]
        if who:
            parts.append(f"door {who}")
        if self.adopted_on:
            parts.append(f"op {self.adopted_on.strftime('%d-%m-%Y')}")
        return " ".join(parts)

    @property
    def title(self) -> str:
        """"Versie ‘Vastgesteld RBO 2026’ (vastgesteld door het RBO op 12-03-2026)"."""
        return f"Versie ‘{self.name}’ ({self.adoption})"


def _info(v: ProjectVersion) -> VersionInfo:
    return VersionInfo(v.id, v.project_id, v.name, v.adopted_on, v.adopted_by,
                       v.adopted_by_text, v.note)


def list_versions(session: Session, project_id: str | None = None) -> list[VersionInfo]:
    """The live versions (of one project, or of all), oldest adoption first."""
    stmt = select(ProjectVersion).where(ProjectVersion.deleted_at.is_(None))
    if project_id is not None:
        stmt = stmt.where(ProjectVersion.project_id == project_id)
    rows = session.scalars(stmt).all()
    rows = sorted(rows, key=lambda v: (v.adopted_on or date.min, v.created_at))
    return [_info(v) for v in rows]


def find_version(session: Session, name: str, project_id: str | None = None) -> VersionInfo:
    """The live version of this name (case-insensitive).

    Raises:
        ValidationError: none, or more than one (Dutch message).
    """
    found = [v for v in list_versions(session, project_id)
             if v.name.strip().casefold() == name.strip().casefold()]
    if not found:
        raise ValidationError(f"Er is geen versie ‘{name}’ in dit bestand.")
    if len(found) > 1:
        raise ValidationError(f"Er zijn meer versies ‘{name}’: kies ook het project.")
    return found[0]


def version_state(session: Session, version_id: str) -> tuple[State, set[tuple[str, str]]]:
    """The rows of a version, and the keys of its region rows.

    Rows stored as NULL are read from the base version (recursively).
    """
    version = session.get(ProjectVersion, version_id)
    if version is None:
        raise ValidationError("Deze versie bestaat niet (meer) in dit bestand.")
    base: State = {}
    if version.base_version_id:
        base, _region = version_state(session, version.base_version_id)
    state: State = {}
    region: set[tuple[str, str]] = set()
    for r in session.scalars(select(ProjectVersionRow).where(
            ProjectVersionRow.version_id == version_id)):
        key = (r.kind, r.row_id)
        if r.payload is None:
            if key in base:
                state[key] = base[key]
        else:
            try:
                state[key] = json.loads(r.payload)
            except ValueError:
                continue  # a damaged payload: the row is left out, never a traceback
        if r.region:
            region.add(key)
    return state, region


def current_state(session: Session, project_id: str) -> tuple[State, set[tuple[str, str]]]:
    """The project's rows now, in the same shape as :func:`version_state`."""
    own, referenced = project_rows(session.connection(), project_id)
    return {**referenced, **own}, set(referenced)


def _latest(session: Session, project_id: str) -> ProjectVersion | None:
    rows = session.scalars(select(ProjectVersion).where(
        ProjectVersion.project_id == project_id,
        ProjectVersion.deleted_at.is_(None))).all()
    return max(rows, key=lambda v: v.created_at, default=None)


def _comparable(row: Row) -> Row:
    """A row without its bookkeeping stamps (a row only re-stamped counts as unchanged)."""
    return {k: v for k, v in row.items() if k not in {"modified_at", "field_stamps"}}


def record_version(session: Session, project_id: str, name: str, *,
                   adopted_on: date | None = None, adopted_by: AdoptedBy = AdoptedBy.OTHER,
                   adopted_by_text: str = "", note: str = "") -> str:
    """Model function: records the project as it is now as a named version.

    Only rows that changed since the project's previous version are stored in full.

    Returns:
        The new version's id.

    Raises:
        ValidationError: no name, a name the project already uses, or no such project.
    """
    name = name.strip()
    if not name:
        raise ValidationError("Geef de versie een naam.")
    if any(v.name.strip().casefold() == name.casefold()
           for v in list_versions(session, project_id)):
        raise ValidationError(f"Dit project heeft al een versie ‘{name}’: kies een andere naam.")
    session.flush()
    own, referenced = project_rows(session.connection(), project_id)
    if ("project", project_id) not in own:
        raise ValidationError("Het project bestaat niet (meer) in dit bestand.")
    previous = _latest(session, project_id)
    base_state = version_state(session, previous.id)[0] if previous else {}
    version = ProjectVersion(project_id=project_id, name=name, adopted_on=adopted_on,
                             adopted_by=adopted_by, adopted_by_text=adopted_by_text.strip(),
                             note=note, base_version_id=previous.id if previous else None)
    session.add(version)
    session.flush()
    for is_region, rows in ((False, own), (True, referenced)):
        for (kind, rid), row in rows.items():
            old = base_state.get((kind, rid))
            same = old is not None and _comparable(old) == _comparable(row)
            session.add(ProjectVersionRow(
                version_id=version.id, kind=kind, row_id=rid, region=is_region,
                payload=None if same else json.dumps(row, ensure_ascii=False,
                                                      sort_keys=True)))
    session.flush()
    return version.id


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def write_version_file(source: Path | str, target: Path | str, version_id: str) -> Path:
    """Writes a copy of ``source`` in which the project is as it was in the version.

    The project's current rows are replaced by the version's; the region rows it refers to
    are put back as they were. Other projects and the region stay as they are. The caller
    opens the copy read-only (it lives under a temp or private folder).
    """
    from zvdesk.models.core.document import Document

    target = Path(target)
    doc = Document.open(source, read_only=True)
    try:
        with doc.session() as s:
            version = s.get(ProjectVersion, version_id)
            if version is None or version.deleted_at is not None:
                raise ValidationError("Deze versie bestaat niet (meer) in dit bestand.")
            project_id = version.project_id
            state, _region = version_state(s, version_id)
            own_now, _ref = project_rows(s.connection(), project_id)
        with doc.engine.connect() as conn:
            conn.connection.dbapi_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        doc.close()
    raw = sqlite3.connect(str(target))
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        known = tables()
        with raw:
            for kind, rid in own_now:
                raw.execute(f"DELETE FROM {_q(kind)} WHERE id = ?", (rid,))
            order = {k: i for i, k in enumerate(project_tables())}
            for (kind, _rid), row in sorted(state.items(), key=lambda kv: order.get(kv[0][0], -1)):
                if kind not in known:
                    continue
                columns = [c.name for c in known[kind].columns if c.name in row]
                raw.execute(
                    f"INSERT OR REPLACE INTO {_q(kind)} ({', '.join(map(_q, columns))}) "
                    f"VALUES ({', '.join('?' for _ in columns)})",
                    [decode(row[c]) for c in columns])
    finally:
        raw.close()
    return target
