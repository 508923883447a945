"""Writes zvdesk/models/core/schema_v<N>.py: the SQL that migration step N runs.

Step N brings a file of the released version N - 1 (its fixture ``tests/fixtures/v<N-1>.zvdb``)
to what this code creates. Until version N is released (with its fixture, ``make fixtures``),
run this after adding or changing tables (``make freeze-schema``); from then on the file is
frozen, and a later change needs step N + 1.

Two kinds of change are frozen:

- a new table or index: its CREATE statement, as a new file has it;
- a table of version N - 1 whose SQL changed (a column added): a *rebuild*. The old table is
  renamed aside, the new one created with the exact SQL a new file has, the rows copied (a
  new NOT NULL column gets the model's scalar default, else '' or 0), the old one dropped and
  its indexes made again. A column that was dropped or renamed is refused: that needs a
  hand-written data step.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.base import Base
from zvdesk.models.core.document import Document

REPO = Path(__file__).resolve().parent.parent
VERSION = ff.SCHEMA_VERSION
RELEASED = REPO / "tests" / "fixtures" / f"v{VERSION - 1}.zvdb"
TARGET = REPO / "zvdesk" / "models" / "core" / f"schema_v{VERSION}.py"


def _objects(path: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "WHERE sql IS NOT NULL "
                            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, "
                            # tables in creation order; indexes by name, since SQLAlchemy
                            # creates a table's indexes in no fixed order
                            "CASE type WHEN 'table' THEN rowid ELSE 0 END, name").fetchall()
    finally:
        conn.close()


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def _fill_value(table: str, column: str) -> str | None:
    """The SQL literal a new NOT NULL column gets in existing rows (None: nullable)."""
    col = Base.metadata.tables[table].columns[column]
    if col.nullable:
        return None
    default = col.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, (int, float)):
            return repr(value)
        return "'" + str(value).replace("'", "''") + "'"
    python_type = col.type.python_type
    if python_type is str:
        return "'{}'" if column == "field_stamps" else "''"
    return "0"


def frozen() -> tuple[list[str], list[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...],
                                            tuple[str, ...]]]]:
    """The new statements and the rebuilds of step ``VERSION``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nieuw.zvdb"
        Document.create(path).close()
        current = _objects(path)
        released = _objects(RELEASED)
        released_sql = {(t, n): sql for t, n, _tb, sql in released}
        current_sql = {(t, n): sql for t, n, _tb, sql in current}
        gone = [n for (t, n) in released_sql if (t, n) not in current_sql]
        if gone:
            sys.exit(f"objects of version {VERSION - 1} disappeared ({', '.join(gone)}): "
                     "that needs a hand-written step")
        rebuilt: list[str] = [n for t, n, _tb, sql in current
                              if t == "table" and (t, n) in released_sql
                              and released_sql[(t, n)] != sql]
        rebuilds = []
        for table in rebuilt:
            old_cols = _columns(RELEASED, table)
            new_cols = _columns(path, table)
            lost = [c for c in old_cols if c not in new_cols]
            if lost:
                sys.exit(f"{table}: columns {', '.join(lost)} dropped or renamed: that needs a "
                         "hand-written data step")
            fills = tuple((c, v) for c in new_cols if c not in old_cols
                          if (v := _fill_value(table, c)) is not None)
            indexes = tuple(sql for t, _n, tb, sql in current if t == "index" and tb == table)
            rebuilds.append((table, current_sql[("table", table)], tuple(old_cols), fills,
                             indexes))
        statements = [sql for t, n, tb, sql in current
                      if (t, n) not in released_sql and tb not in rebuilt]
        changed_indexes = [n for t, n, tb, sql in current
                           if t == "index" and (t, n) in released_sql and tb not in rebuilt
                           and released_sql[(t, n)] != sql]
        if changed_indexes:
            sys.exit(f"indexes changed ({', '.join(changed_indexes)}): add a new index instead")
    return statements, rebuilds


def main() -> None:
    statements, rebuilds = frozen()
    body = "".join(f"    {sql!r},\n" for sql in statements)
    rebuild_body = "".join(f"    Rebuild({t!r}, {sql!r},\n            {cols!r},\n"
                           f"            {fills!r},\n            {idx!r}),\n"
                           for t, sql, cols, fills, idx in rebuilds)
    TARGET.write_text(
        f'"""Frozen SQL of migration step {VERSION}: what version {VERSION} adds to '
        f'version {VERSION - 1}.\n\n'
        "Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).\n"
        '"""\n\nfrom zvdesk.models.core.frozen import Rebuild\n\n'
        "STATEMENTS: tuple[str, ...] = (\n" + body + ")\n\n"
        "REBUILDS: tuple[Rebuild, ...] = (\n" + rebuild_body + ")\n", encoding="utf-8")
    print(TARGET, len(statements), "statements,", len(rebuilds), "rebuilds")


if __name__ == "__main__":
    main()
