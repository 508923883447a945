"""The drag measurement the canvas benchmarks share: build, first paint, reload, drag, drop.

Each canvas bench makes its own file and scene; this runs the same gestures on it and prints
the same figures, the last line the headline with its target.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

TARGET_MS = 16.0


def outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    """Runs ``fn`` and returns its result and the milliseconds it took."""
    t0 = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - t0) * 1000


def measure_drag(app: QApplication, view: QGraphicsView, reload: Callable[[], object],
                 items: Sequence[QGraphicsItem], make_interaction: Callable[..., object], *,
                 frames: int, step: tuple[float, float], undo_count: Callable[[], int],
                 what: str, arrows: int, fit: Callable[[], object] | None = None) -> None:
    """Shows ``view``, drags ``items`` for ``frames`` frames with the canvas's interaction,
    drops them and prints the figures."""
    view.resize(1200, 900)
    view.show()
    for _ in range(3):
        app.processEvents()
    if fit is not None:
        fit()
    _r, first_paint_ms = timed(view.viewport().repaint)
    _r, reload_ms = timed(reload)
    start = items[0].pos()
    interaction = make_interaction(items, start)
    wall, cpu = [], []
    for i in range(1, frames + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        interaction.mouse_move(start + QPointF(i * step[0], i * step[1]))
        view.viewport().repaint()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    t0 = time.perf_counter()
    interaction.mouse_release(start + QPointF(frames * step[0], frames * step[1]))
    app.processEvents()
    drop_ms = (time.perf_counter() - t0) * 1000
    print(f"first paint {first_paint_ms:.0f} ms, full reload {reload_ms:.0f} ms")
    print(f"dragging {len(items)} {what} touching {arrows} arrows over {frames} frames")
    print(f"frame p90 {statistics.quantiles(wall, n=10)[-1]:.1f} ms, max {max(wall):.1f} ms")
    print(f"frame CPU median {statistics.median(cpu):.1f} ms (wall time suffers when the "
          f"machine is busy; load average {os.getloadavg()[0]:.1f})")
    print(f"drop (one undo step of {undo_count()}, write + reload) {drop_ms:.0f} ms")
    print(f"frame median {statistics.median(wall):.1f} ms (target < {TARGET_MS:.0f} ms)")
