"""Which rows belong to a project: derived from the foreign keys, never from a list of tables.

A table is *project-scoped* when one of its foreign keys points at ``project`` or at another
project-scoped table (``impact_link`` → ``project``, ``impact_subitem`` → ``impact_element``).
The project's rows are the project row and, table by table, every live row whose
project-scoped reference points at one of the project's rows. Region rows the project's rows
refer to (people, organisations, themes, meetings, and what those refer to) are *referenced
rows*: a version keeps them too, so that names read the same from the version.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection

from zvdesk.models.core.schema import tables

#: The version tables themselves are never part of a version.
VERSION_TABLES = frozenset({"project_version", "project_version_row"})

#: A row as plain values by column name (JSON-ready: blobs as ``{"b64": …}``).
Row = dict[str, Any]


def _fks(table: Table) -> list[tuple[str, str]]:
    """(column, referenced table) of every foreign key of a table, self-references left out."""
    out = []
    for column in table.columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target != table.name:
                out.append((column.name, target))
    return out


def project_tables() -> list[str]:
    """The project-scoped tables, parents before children ("project" first)."""
    all_tables = {n: t for n, t in tables().items() if n not in VERSION_TABLES}
    scoped = ["project"]
    changed = True
    while changed:
        changed = False
        for name, table in all_tables.items():
            if name in scoped:
                continue
            if any(target in scoped for _col, target in _fks(table)):
                scoped.append(name)
                changed = True
    return scoped


def encode(value: Any) -> Any:  # noqa: ANN401 - an SQLite value
    """An SQLite value as JSON (blobs as base64 under ``b64``)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode(value: Any) -> Any:  # noqa: ANN401 - a JSON value
    """The SQLite value of :func:`encode`'s JSON."""
    if isinstance(value, dict) and set(value) == {"b64"}:
        return base64.b64decode(value["b64"])
    return value


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _select(conn: Connection, kind: str, where: str, ids: Iterable[str]) -> list[Row]:
    ids = list(ids)
    out: list[Row] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        result = conn.execute(
            text(f"SELECT * FROM {_q(kind)} WHERE deleted_at IS NULL AND ({where.format(marks)})"),
            {f"p{i}": v for i, v in enumerate(chunk)})
        keys = list(result.keys())
        out.extend({k: encode(v) for k, v in zip(keys, row, strict=True)} for row in result)
    return out


def project_rows(conn: Connection, project_id: str) -> tuple[dict[tuple[str, str], Row],
                                                             dict[tuple[str, str], Row]]:
    """The project's live rows and the region rows they refer to, keyed by (kind, id).

    Returns:
        ``(own, referenced)``.
    """
    all_tables = tables()
    scoped = project_tables()
    own: dict[tuple[str, str], Row] = {}
    ids: dict[str, set[str]] = {name: set() for name in scoped}
    for row in _select(conn, "project", "id IN ({})", [project_id]):
        own[("project", row["id"])] = row
        ids["project"].add(row["id"])
    # Children may refer to siblings of their own level (process_step → process_lane): repeat
    # until nothing new is found.
    changed = True
    while changed:
        changed = False
        for name in scoped[1:]:
            for column, target in _fks(all_tables[name]):
                if target not in ids or not ids[target]:
                    continue
                for row in _select(conn, name, f"{_q(column)} IN ({{}})", ids[target]):
                    if (name, row["id"]) not in own:
                        own[(name, row["id"])] = row
                        ids[name].add(row["id"])
                        changed = True
    referenced: dict[tuple[str, str], Row] = {}
    pending = list(own.items())
    while pending:
        (kind, _rid), row = pending.pop()
        for column, target in _fks(all_tables[kind]):
            value = row.get(column)
            if not value or target in ids or (target, value) in referenced:
                continue
            for found in _select(conn, target, "id IN ({})", [value]):
                referenced[(target, found["id"])] = found
                pending.append(((target, found["id"]), found))
    return own, referenced
