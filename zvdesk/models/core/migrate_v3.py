"""Data steps of migration step 3, run after its frozen SQL (``schema_v3.py``).

A data step moves or derives rows when version 3 changes where something is kept. Each is a
function of an open ``sqlite3`` connection inside the migration's transaction, in plain SQL
(the models may not match an old file), listed in ``DATA_STEPS`` in the order they run.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

#: Namespace of the derived ids of migrated participants: two copies of one version-2 file,
#: migrated apart, give a participant the same id, so merging them later makes one row.
_PARTICIPANT_NAMESPACE = uuid.UUID("0b5c8f3e-6a1d-4e2b-9c7f-3d2e1a4b5c60")

#: The version-2 tables that each kept their own list of participants, in the order their
#: rows join the shared list (1.4 first: it has the free-text names).
_PARTICIPANT_SOURCES = ("coop_participant", "step_participant")


def link_indicator_meetings(conn: sqlite3.Connection) -> None:
    """Links an indicator's free-text meeting to the region's live meeting of that name."""
    conn.execute("""
        UPDATE mon_indicator SET meeting_id = (
            SELECT m.id FROM meeting m
            WHERE m.deleted_at IS NULL AND lower(trim(m.name)) = lower(trim(mon_indicator.meeting))
            ORDER BY m.created_at, m.id LIMIT 1)
        WHERE meeting_id IS NULL AND trim(meeting) != ''
    """)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def move_participants(conn: sqlite3.Connection) -> None:
    """Moves who takes part (stappenplan stap 1 and 1.4) into the shared ``project_participant``.

    One shared row per project and person/organisation/free-text name (a participant listed in
    both instruments becomes one row); each instrument row keeps its own attributes and refers
    to the shared row by ``participant_id``. Tombstones get no shared row.
    """
    made: set[str] = set()
    order: dict[str, int] = {}
    for table in _PARTICIPANT_SOURCES:
        has_name = "name" in _columns(conn, table)
        name_sql = "name" if has_name else "''"
        rows = conn.execute(
            f"SELECT id, project_id, person_id, organisation_id, {name_sql}, created_at,"
            f" modified_at FROM {table} WHERE deleted_at IS NULL AND participant_id IS NULL"
            " ORDER BY project_id, sort_order, created_at, id").fetchall()
        for row_id, project_id, person_id, org_id, name, created, modified in rows:
            name = (name or "").strip()
            key = f"{project_id}|{person_id or ''}|{org_id or ''}|{name.casefold()}"
            pid = str(uuid.uuid5(_PARTICIPANT_NAMESPACE, key))
            if pid not in made:
                made.add(pid)
                order[project_id] = order.get(project_id, -1) + 1
                conn.execute(
                    "INSERT OR IGNORE INTO project_participant (id, created_at, modified_at,"
                    " deleted_at, field_stamps, project_id, person_id, organisation_id, name,"
                    " role, sort_order) VALUES (?, ?, ?, NULL, '{}', ?, ?, ?, ?, '', ?)",
                    (pid, created, modified, project_id, person_id, org_id, name,
                     order[project_id]))
            conn.execute(f"UPDATE {table} SET participant_id = ? WHERE id = ?", (pid, row_id))


DATA_STEPS: list[Callable[[sqlite3.Connection], None]] = [link_indicator_meetings, move_participants]
