"""Shared by the start-up benchmarks: time from process start to the first paint of a window."""

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
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            print("first-paint", flush=True); QApplication.instance().quit()
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); f = F(); w.installEventFilter(f); w.show()
app.exec()
"""


def time_child(args: list[str], env_extra: dict[str, str] | None = None) -> float:
    """Seconds from spawning a Python child to its 'first-paint' line."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           **(env_extra or {})}
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home
        env["XDG_DATA_HOME"] = home
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == "first-paint":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"child never painted: {args}")
        proc.wait(timeout=60)
    return elapsed


def time_bare() -> float:
    """A bare PySide6 main window."""
    return time_child(["-c", BARE])


def time_app(path: Path) -> float:
    """ZV Desk opening ``path``."""
    return time_child(["-m", "zvdesk", str(path)], {"ZVDESK_BENCH_FIRST_PAINT": "1"})


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)
