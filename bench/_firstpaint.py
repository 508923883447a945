"""Shared by the start-up benchmarks: times from process start to marks a child prints.

A child is a fresh Python process, timed from just before it is spawned (so the interpreter's
own start counts, as it does for the user). ZV Desk prints ``first-frame`` once its main
window's first paint has been processed (the event loop runs: the window responds) and
``usable`` once the file is open and its first tab painted (``ZVDESK_BENCH_FIRST_PAINT``, see
``zvdesk/app.py``). The bare PySide6 window prints ``first-frame`` at the same point of its
own first paint.

Children run with byte-code caching on (``PYTHONDONTWRITEBYTECODE`` removed): an installed
app has its ``.pyc`` files; the warm-up run writes any that are missing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
def done():
    print("first-frame", flush=True); print("first-paint", flush=True)
    QApplication.instance().quit()
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            w.removeEventFilter(self); QTimer.singleShot(0, done)
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); f = F(); w.installEventFilter(f); w.show()
app.exec()
"""


def time_marks(args: list[str], env_extra: dict[str, str] | None = None,
               marks: tuple[str, ...] = ("first-paint",)) -> dict[str, float]:
    """Seconds from spawning a Python child to each of its ``marks`` lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           **(env_extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    found: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home
        env["XDG_DATA_HOME"] = home
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
        assert proc.stdout is not None
        for line in proc.stdout:
            mark = line.strip()
            if mark in marks and mark not in found:
                found[mark] = time.perf_counter() - start
        proc.wait(timeout=60)
    missing = [m for m in marks if m not in found]
    if missing:
        raise RuntimeError(f"child never reached {missing}: {args}")
    return found


def time_child(args: list[str], env_extra: dict[str, str] | None = None) -> float:
    """Seconds from spawning a Python child to its 'first-paint' line."""
    return time_marks(args, env_extra)["first-paint"]


def time_bare() -> float:
    """A bare PySide6 main window: to its first frame."""
    return time_marks(["-c", BARE], marks=("first-frame",))["first-frame"]


def app_marks(path: Path) -> dict[str, float]:
    """ZV Desk opening ``path``: seconds to ``first-frame`` and to ``usable``."""
    return time_marks(["-m", "zvdesk", str(path)], {"ZVDESK_BENCH_FIRST_PAINT": "1"},
                      marks=("first-frame", "usable"))


def time_app(path: Path) -> float:
    """ZV Desk opening ``path``: seconds until it is usable (file open, first tab painted)."""
    return app_marks(path)["usable"]


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)
