"""Data steps of migration step 3, run after its frozen SQL (``schema_v3.py``).

A data step moves or derives rows when version 3 changes where something is kept. Each is a
function of an open ``sqlite3`` connection inside the migration's transaction, in plain SQL
(the models may not match an old file), listed in ``DATA_STEPS`` in the order they run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

DATA_STEPS: list[Callable[[sqlite3.Connection], None]] = []
