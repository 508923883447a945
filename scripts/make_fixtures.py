"""Writes tests/fixtures/v<SCHEMA_VERSION>.zvdb: a small file of the current schema.

Run once when a schema version is released (``make fixtures``); the committed file is then
never regenerated for that version, so later code is tested against real old files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from zvdesk.models import fileformat as ff
from zvdesk.models.example import build_example

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures")
folder.mkdir(parents=True, exist_ok=True)
target = folder / f"v{ff.SCHEMA_VERSION}.zvdb"
build_example(target)
print(target, target.stat().st_size, "bytes")
