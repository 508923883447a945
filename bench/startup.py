"""Start to first paint of ZV Desk with the example region vs a bare PySide6 window.

Target (PRODUCT.md): at most 1.5× the bare window, measured in the same run.
Usage: python bench/startup.py [REPEATS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _firstpaint import median, time_app, time_bare  # noqa: E402

from zvdesk.models.example import build_example  # noqa: E402


def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def main(repeats: int = 7) -> float:
    """Runs the benchmark and prints its figures; returns the median ratio."""
    work = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=_outside_temp())) / "map"
    work.mkdir()
    example = build_example(work / "voorbeeld.zvdb")  # what `make example` ships
    time_bare(), time_app(example)  # warm the file cache
    bare, app, ratios = [], [], []
    for i in range(repeats):
        b = time_bare()
        a = time_app(example)
        bare.append(b)
        app.append(a)
        ratios.append(a / b)
        print(f"run {i + 1}: bare {b * 1000:.0f} ms, zvdesk {a * 1000:.0f} ms, ratio {a / b:.2f}")
    print(f"bare PySide6 window: median {median(bare) * 1000:.0f} ms")
    print(f"ZV Desk with example: median {median(app) * 1000:.0f} ms")
    ratio = median(ratios)
    print(f"startup ratio {ratio:.2f} (target ≤ 1.5)")
    return ratio


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
