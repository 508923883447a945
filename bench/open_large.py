"""Seconds from start until the large region is usable: open, first tab painted (target < 1 s).

Usage: python bench/open_large.py [REPEATS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _firstpaint import median, time_app  # noqa: E402
from make_large import main as make_large  # noqa: E402


def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def main(repeats: int = 5) -> float:
    """Runs the benchmark; returns the median seconds."""
    large = make_large(str(Path(tempfile.mkdtemp(prefix="zvdesk-large-", dir=_outside_temp())) / "groot.zvdb"))
    time_app(large)  # warm the file cache
    times = []
    for i in range(repeats):
        t = time_app(large)
        times.append(t)
        print(f"run {i + 1}: {t * 1000:.0f} ms")
    result = median(times)
    print(f"open large region {result:.2f} s (target < 1 s)")
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
