"""Runs every benchmark in bench/ and prints each one's headline (``make bench``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP = {"run_all.py", "make_large.py"}

headlines = []
for script in sorted(HERE.glob("*.py")):
    if script.name in SKIP or script.name.startswith(("_", "large_")):
        continue
    print(f"== {script.name}", flush=True)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    print(result.stdout + result.stderr)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    headlines.append(f"{script.name}: {lines[-1] if lines else 'geen uitvoer'}")
print("== samenvatting")
print("\n".join(headlines))
