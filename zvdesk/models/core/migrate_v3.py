"""Data steps of migration step 3, run after its frozen SQL (``schema_v3.py``).

A data step moves or derives rows when version 3 changes where something is kept. Each is a
function of an open ``sqlite3`` connection inside the migration's transaction, in plain SQL
(the models may not match an old file), listed in ``DATA_STEPS`` in the order they run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def link_indicator_meetings(conn: sqlite3.Connection) -> None:
    """Links an indicator's free-text meeting to the region's live meeting of that name."""
    conn.execute("""
        UPDATE mon_indicator SET meeting_id = (
            SELECT m.id FROM meeting m
            WHERE m.deleted_at IS NULL AND lower(trim(m.name)) = lower(trim(mon_indicator.meeting))
            ORDER BY m.created_at, m.id LIMIT 1)
        WHERE meeting_id IS NULL AND trim(meeting) != ''
    """)


DATA_STEPS: list[Callable[[sqlite3.Connection], None]] = [link_indicator_meetings]
