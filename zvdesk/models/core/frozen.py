"""Running a frozen migration step: new tables, and tables rebuilt with added columns.

A frozen step (``schema_v<N>.py``, written by ``scripts/freeze_schema.py``) holds the exact
SQL a new file of version N has, so a migrated file is byte for byte the schema of a new one
(the safe opener accepts only that).
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple


class Rebuild(NamedTuple):
    """A table of the previous version that gained columns."""

    table: str
    create_sql: str
    #: The columns the previous version has (copied as they are).
    old_columns: tuple[str, ...]
    #: New NOT NULL columns and the SQL literal existing rows get.
    fills: tuple[tuple[str, str], ...]
    #: The table's indexes, as a new file has them.
    indexes: tuple[str, ...]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def rebuild_table(conn: sqlite3.Connection, rebuild: Rebuild) -> None:
    """Rebuilds one table inside the running transaction, keeping its rows and references.

    The old table is renamed aside with ``legacy_alter_table`` on, so the foreign keys of
    other tables keep naming the table (and so point at the new one).
    """
    aside = f"{rebuild.table}__v_old"
    conn.execute("PRAGMA legacy_alter_table=ON")
    try:
        conn.execute(f"ALTER TABLE {_quoted(rebuild.table)} RENAME TO {_quoted(aside)}")
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=? "
                "AND sql IS NOT NULL", (aside,)).fetchall():
            conn.execute(f"DROP INDEX {_quoted(name)}")
        conn.execute(rebuild.create_sql)
        columns = [*rebuild.old_columns, *(c for c, _v in rebuild.fills)]
        values = [*(_quoted(c) for c in rebuild.old_columns), *(v for _c, v in rebuild.fills)]
        conn.execute(f"INSERT INTO {_quoted(rebuild.table)} "
                     f"({', '.join(_quoted(c) for c in columns)}) "
                     f"SELECT {', '.join(values)} FROM {_quoted(aside)}")
        conn.execute(f"DROP TABLE {_quoted(aside)}")
        for sql in rebuild.indexes:
            conn.execute(sql)
    finally:
        conn.execute("PRAGMA legacy_alter_table=OFF")


def run_frozen(conn: sqlite3.Connection, statements: tuple[str, ...],
               rebuilds: tuple[Rebuild, ...]) -> None:
    """Creates the new tables and indexes, then rebuilds the changed tables."""
    for sql in statements:
        conn.execute(sql)
    for rebuild in rebuilds:
        rebuild_table(conn, rebuild)
