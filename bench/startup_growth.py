"""The start does not grow with instruments or data, and what it defers stays quick.

Prints, each a median (subprocesses for the start, one process for the tabs):

- the usable time (file open, first tab painted) with the example and with the large region
  (``bench/make_large.py``), against a bare PySide6 window measured in the same run;
- the import time of the instrument registry with every instrument registered (the tab
  specs the navigator lists; no instrument's widgets or models);
- each instrument tab's first show on the example (its lazy imports, reading and painting),
  each tab in a fresh process (so no tab profits from what an earlier one loaded), after
  the file is open with the first tab of its scope and the start has settled (0.5 s); target < 150 ms per tab. The last line
  is the slowest tab.

Usage: python bench/startup_growth.py [REPEATS]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _firstpaint import REPO, app_marks, median, time_bare  # noqa: E402

REGISTRY = """
import time
import PySide6.QtWidgets
start = time.perf_counter()
from zvdesk.ui.registry import instruments
specs = instruments()
elapsed = time.perf_counter() - start
import sys
heavy = sorted(m for m in sys.modules if m.startswith(("zvdesk.models", "sqlalchemy")))
print(elapsed, len(specs), len(heavy))
"""

TAB = """
import json, sys, time
from PySide6.QtCore import QSettings
from zvdesk.app import make_application
app = make_application()
from zvdesk.ui.mainwindow import MainWindow
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(settings)
window.show()
window.open_path(sys.argv[1])
app.processEvents()
from zvdesk.models.region.ops import live_projects
from zvdesk.ui.registry import instrument
with window.controller.session() as s:
    project = next(p.id for p in live_projects(s) if p.name.startswith("Regiopilot"))
spec = instrument(sys.argv[3])
target = None if spec.scope == "region" else project
window.show_target(target, "region" if spec.scope == "region" else "project")
settle = time.perf_counter() + 0.5  # the navigator's progress notes follow the start
while time.perf_counter() < settle:
    app.processEvents()
    time.sleep(0.01)
start = time.perf_counter()
window.show_target(target, spec.key)
window.workspace.widget_for(spec.key).repaint()
app.processEvents()
elapsed = time.perf_counter() - start
window.close()
print(json.dumps([spec.label, elapsed]))
"""


def _outside_temp() -> Path:
    folder = REPO / "bench" / "out"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="zvdesk-growth-", dir=folder))


def _python(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, cwd=REPO, env=env, timeout=300, check=True)
    return result.stdout.strip().splitlines()[-1]


def main(repeats: int = 7) -> float:
    """Runs the benchmark; returns the slowest tab's median first show (ms)."""
    from make_large import main as make_large

    from zvdesk.models.example import build_example

    work = _outside_temp()
    example = build_example(work / "voorbeeld.zvdb")
    large = make_large(str(work / "groot.zvdb"))
    time_bare(), app_marks(example), app_marks(large)  # warm the caches
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    bare, small, big = [], [], []
    for _ in range(repeats):
        bare.append(time_bare())
        small.append(app_marks(example)["usable"])
        big.append(app_marks(large)["usable"])
    b = median(bare)
    print(f"bare PySide6 window {b * 1000:.0f} ms")
    print(f"usable with the example {median(small) * 1000:.0f} ms "
          f"(ratio {median(small) / b:.2f}); with the large region "
          f"{median(big) * 1000:.0f} ms (ratio {median(big) / b:.2f}, "
          f"{large.stat().st_size / 1e6:.1f} MB)")
    registry = []
    for _ in range(repeats):
        elapsed, count, heavy = _python(REGISTRY).split()
        registry.append(float(elapsed))
    print(f"instrument registry: {count} tabs registered in {median(registry) * 1000:.1f} ms "
          f"(models or SQLAlchemy imported by it: {heavy})")
    keys = _python("from zvdesk.ui.registry import instruments; "
                   "print(' '.join(s.key for s in instruments()))").split()
    runs: dict[str, list[float]] = {}
    for _ in range(max(3, repeats // 2)):
        for key in keys:
            ini = work / "tabs.ini"
            ini.unlink(missing_ok=True)
            copy = work / "tabs.zvdb"
            copy.write_bytes(example.read_bytes())
            label, seconds = json.loads(_python(TAB, str(copy), str(ini), key))
            runs.setdefault(label, []).append(seconds)
    slowest = ("", 0.0)
    for label, values in runs.items():
        ms = median(values) * 1000
        print(f"first show {label}: {ms:.0f} ms")
        if ms > slowest[1]:
            slowest = (label, ms)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"slowest tab first show {slowest[1]:.0f} ms ({slowest[0]}) (target < 150 ms)")
    return slowest[1]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
