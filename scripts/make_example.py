"""Builds resources/example/zaanstreek-waterland.zvdb from code (run by ``make example``)."""

from __future__ import annotations

import sys
from pathlib import Path

from zvdesk.models.core.summary import summarize
from zvdesk.models.example import build_example

target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/example/zaanstreek-waterland.zvdb")
target.parent.mkdir(parents=True, exist_ok=True)
build_example(target)
print("\n".join(summarize(target)))
