"""ZV Desk's start against a bare PySide6 window, measured in the same run.

Two figures, each from process start (median of REPEATS runs, each a fresh process):

- **first frame**: the main window painted and responding (title, menus, the navigator, a
  calm "Bezig met openen…" where the content will be). Target ≤ 1.5 × the bare window.
- **usable**: the example region open, its first tab painted and editable. Target ≤ 4 ×.

Usage: python bench/startup.py [REPEATS]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _firstpaint import app_marks, median, time_bare  # noqa: E402

from zvdesk.models.example import build_example  # noqa: E402


def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def main(repeats: int = 7) -> tuple[float, float]:
    """Runs the benchmark and prints its figures; returns the median ratios."""
    work = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=_outside_temp())) / "map"
    work.mkdir()
    example = build_example(work / "voorbeeld.zvdb")  # what `make example` ships
    time_bare(), app_marks(example)  # warm the file cache (and write missing .pyc files)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    bare, frame, usable, frame_ratios, usable_ratios = [], [], [], [], []
    for i in range(repeats):
        b = time_bare()
        marks = app_marks(example)
        f, u = marks["first-frame"], marks["usable"]
        bare.append(b)
        frame.append(f)
        usable.append(u)
        frame_ratios.append(f / b)
        usable_ratios.append(u / b)
        print(f"run {i + 1}: bare {b * 1000:.0f} ms, first frame {f * 1000:.0f} ms "
              f"({f / b:.2f}), usable {u * 1000:.0f} ms ({u / b:.2f})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"bare PySide6 window: median {median(bare) * 1000:.0f} ms")
    print(f"ZV Desk first frame: median {median(frame) * 1000:.0f} ms")
    print(f"ZV Desk usable with the example: median {median(usable) * 1000:.0f} ms")
    first = median(frame_ratios)
    ready = median(usable_ratios)
    print(f"first frame ratio {first:.2f} (target ≤ 1.5)")
    print(f"usable ratio {ready:.2f} (target ≤ 4)")
    return first, ready


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
