"""Cleaning a staged copy before it is shared: blank tombstones, names to initials.

These functions work on a plain sqlite3 connection to a private staging copy (never on the
user's file) and change values without touching ``field_stamps``: the cleaning is not an edit
the other copy should take over when the copy is merged back (docs/MERGE.md).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Column, LargeBinary, String, Text

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS
from zvdesk.models.core.names import suggest_initials
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.personal import personal_fields


def is_text_column(column: Column) -> bool:
    """True for a free-text column (not an id, reference, stamp, enum or date)."""
    if column.primary_key or column.foreign_keys or column.name in BOOKKEEPING_COLUMNS:
        return False
    return type(column.type) in (String, Text)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: Short text columns (keys such as ``question_key``, codes, short names) up to this length
#: stay in tombstones, so that a record revived by its stable id keeps its key; personal-data
#: fields are emptied whatever their length.
KEY_TEXT_LENGTH = 40


def _blanked_on_tombstones(kind: str, table) -> list[Column]:  # noqa: ANN001
    personal = set().union(*personal_fields(kind, [c.name for c in table.columns]))
    out = []
    for column in table.columns:
        if not is_text_column(column):
            continue
        length = getattr(column.type, "length", None)
        if column.name in personal or type(column.type) is Text or not length \
                or length > KEY_TEXT_LENGTH:
            out.append(column)
    return out


def blank_tombstones(conn: sqlite3.Connection) -> int:
    """Empties the free text (and blobs) of every deleted record; returns how many rows.

    Ids, references, stamps and short key-like text stay, so that the deletion still travels
    when merged and a record revived by its stable id keeps its key.
    """
    total = 0
    for kind, cls in record_classes().items():
        table = cls.__table__
        sets = [f"{_q(c.name)} = ''" for c in _blanked_on_tombstones(kind, table)]
        sets += [f"{_q(c.name)} = NULL" for c in table.columns
                 if isinstance(c.type, LargeBinary) and c.nullable]
        if not sets:
            continue
        cur = conn.execute(f"UPDATE {_q(kind)} SET {', '.join(sets)} "
                           "WHERE deleted_at IS NOT NULL")
        total += max(cur.rowcount, 0)
    return total


@dataclass
class AnonymiseReport:
    """What :func:`names_to_initials` changed."""

    names: dict[str, str] = field(default_factory=dict)  # full name -> initials
    rows: int = 0


def _initials_for(name: str, given: str | None) -> str:
    given = (given or "").strip()
    return given if given else suggest_initials(name)


def names_to_initials(conn: sqlite3.Connection) -> AnonymiseReport:
    """Reduces people's names to initials and empties their contact details and notes.

    Every registered name field (:mod:`.personal`) becomes the initials; every registered
    contact field is emptied; then any full name found elsewhere in free text (a description
    that mentions "Jan de Vries") is replaced by the initials as well.
    """
    report = AnonymiseReport()
    classes = record_classes()
    for kind, cls in classes.items():
        columns = [c.name for c in cls.__table__.columns]
        names, removed = personal_fields(kind, columns)
        if not names and not removed:
            continue
        has_initials = "initials" in columns
        select_cols = ["id", *names] + (["initials"] if has_initials else [])
        rows = conn.execute(
            f"SELECT {', '.join(_q(c) for c in select_cols)} FROM {_q(kind)}").fetchall()
        for row in rows:
            values = dict(zip(select_cols, row, strict=True))
            updates: dict[str, str] = {f: "" for f in removed}
            for name_field in names:
                full = values[name_field]
                if not isinstance(full, str) or not full.strip():
                    continue
                short = _initials_for(full, values.get("initials"))
                if full.strip() != short:
                    report.names[full.strip()] = short
                updates[name_field] = short
            if updates:
                sets = ", ".join(f"{_q(c)} = ?" for c in updates)
                conn.execute(f"UPDATE {_q(kind)} SET {sets} WHERE id = ?",
                             [*updates.values(), values["id"]])
                report.rows += 1
    _scrub_names(conn, classes, report.names)
    return report


def _scrub_names(conn: sqlite3.Connection, classes: dict, names: dict[str, str]) -> None:
    """Replaces full names that occur inside other free text by their initials."""
    wanted = {n: i for n, i in names.items() if len(n) >= 4 and " " in n}
    if not wanted:
        return
    lookup = {n.casefold(): i for n, i in wanted.items()}
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(wanted, key=len, reverse=True))
        + r")(?!\w)", re.IGNORECASE)
    for kind, cls in classes.items():
        cols = [c.name for c in cls.__table__.columns if is_text_column(c)]
        if not cols:
            continue
        rows = conn.execute(
            f"SELECT id, {', '.join(_q(c) for c in cols)} FROM {_q(kind)}").fetchall()
        for row in rows:
            updates = {}
            for col, value in zip(cols, row[1:], strict=True):
                if isinstance(value, str) and value:
                    new = pattern.sub(lambda m: lookup.get(m.group(0).casefold(), m.group(0)),
                                      value)
                    if new != value:
                        updates[col] = new
            if updates:
                sets = ", ".join(f"{_q(c)} = ?" for c in updates)
                conn.execute(f"UPDATE {_q(kind)} SET {sets} WHERE id = ?",
                             [*updates.values(), row[0]])
