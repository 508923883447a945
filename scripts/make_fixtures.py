"""Writes tests/fixtures/v<SCHEMA_VERSION>.zvdb: a small file of the current schema.

Run once when a schema version is released (``make fixtures``); the committed file is then
never regenerated for that version, so later code is tested against real old files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from zvdesk.models.core import fileformat as ff
from zvdesk.models.example import build_example

args = [a for a in sys.argv[1:] if a != "--force"]
folder = Path(args[0] if args else "tests/fixtures")
folder.mkdir(parents=True, exist_ok=True)
target = folder / f"v{ff.SCHEMA_VERSION}.zvdb"
if target.exists() and "--force" not in sys.argv:
    sys.exit(f"{target} exists: a released version's fixture is never regenerated "
             "(pass --force only before the version is released).")
build_example(target)
print(target, target.stat().st_size, "bytes")
