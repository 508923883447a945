"""Frozen SQL of migration step 3: what version 3 adds to version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

from zvdesk.models.core.frozen import Rebuild

STATEMENTS: tuple[str, ...] = (
)

REBUILDS: tuple[Rebuild, ...] = (
)
