"""Writes zvdesk/models/core/schema_v2.py: the SQL that migration step 2 runs.

Version 2 adds the tables of the instruments built after version 1 was released. Until
version 2 is released (with its fixture, ``make fixtures``), run this after adding or changing
an instrument's tables (``make freeze-schema``); from then on the file is frozen, and a later
change needs step 3.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from zvdesk.models.core.document import Document

REPO = Path(__file__).resolve().parent.parent
RELEASED_V1 = REPO / "tests" / "fixtures" / "v1.zvdb"
TARGET = REPO / "zvdesk" / "models" / "core" / "schema_v2.py"


def _objects(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, "
                            # tables in creation order; indexes by name, since SQLAlchemy
                            # creates a table's indexes in no fixed order
                            "CASE type WHEN 'table' THEN rowid ELSE 0 END, name").fetchall()
    finally:
        conn.close()


def new_statements() -> list[str]:
    """CREATE statements of a new file that the released version 1 does not have."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nieuw.zvdb"
        Document.create(path).close()
        current = _objects(path)
    released = {(t, n) for t, n, _sql in _objects(RELEASED_V1)}
    changed = [n for t, n, sql in _objects(RELEASED_V1)
               if (t, n, sql) not in current]
    if changed:
        sys.exit(f"version 1 tables changed ({', '.join(changed)}): that needs a real "
                 "migration step (ALTER TABLE), not a frozen CREATE")
    return [sql for t, n, sql in current if (t, n) not in released]


def main() -> None:
    statements = new_statements()
    body = "".join(f"    {sql!r},\n" for sql in statements)
    TARGET.write_text(
        '"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.\n\n'
        "Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).\n"
        '"""\n\nSTATEMENTS: tuple[str, ...] = (\n' + body + ")\n", encoding="utf-8")
    print(TARGET, len(statements), "statements")


if __name__ == "__main__":
    main()
