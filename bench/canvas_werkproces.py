"""Benchmark: the swimlane canvas with 300 steps in 12 lanes and 500 arrows.

Prints the time to build the scene and the median frame time while dragging 10 selected
steps (moving the items, re-routing their arrows and a full repaint of the view); the last
line is the headline with its target.

Usage: python bench/canvas_werkproces.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_werkproces import add_process  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

STEPS, LANES, FLOWS, SELECTED, FRAMES = 300, 12, 500, 10, 60
TARGET_MS = 16.0


def main() -> int:
    """Runs the benchmark and prints its figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Not under the temp folder: a file there opens read-only (as a mail attachment would).
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="werkproces-", dir=out))
    doc = Document.create(folder / "bench.zvdb",
                          populate=lambda s: populate_new_region(s, "Bench", ["Zaanstad"]))

    def fill(s):  # noqa: ANN001, ANN202
        project = ops.create_record(s, "project", {"name": "Groot werkproces"})
        return project, add_process(s, project, STEPS, LANES, FLOWS, desired=False)

    (project, pid), _ = doc.write(fill)
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.instruments.werkproces.interactions import StepMoveInteraction
    from zvdesk.ui.instruments.werkproces.scene import ProcessScene
    from zvdesk.ui.instruments.werkproces.view import ProcessView

    controller = DocumentController(doc)
    t0 = time.perf_counter()
    scene = ProcessScene(controller, project, pid)
    build_ms = (time.perf_counter() - t0) * 1000
    view = ProcessView(scene)
    view.resize(1200, 900)
    view.show()
    for _ in range(3):
        app.processEvents()
    view.fit()
    t0 = time.perf_counter()
    view.viewport().repaint()
    first_paint_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    scene.reload()
    reload_ms = (time.perf_counter() - t0) * 1000
    busy = sorted(scene.steps, key=lambda s: -len(scene._attached.get(s, ())))[:SELECTED]
    scene.select_ids(busy)
    items = [scene.steps[s] for s in busy]
    arrows = len({f for s in busy for f in scene._attached.get(s, ())})
    start = items[0].pos()
    interaction = StepMoveInteraction(scene, items, start)
    frames, cpu = [], []
    for i in range(1, FRAMES + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        interaction.mouse_move(start + QPointF(i * 2.0, i * 1.0))
        view.viewport().repaint()
        frames.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    t0 = time.perf_counter()
    interaction.mouse_release(start + QPointF(FRAMES * 2.0, FRAMES * 1.0))
    app.processEvents()
    drop_ms = (time.perf_counter() - t0) * 1000
    undo_steps = controller.undo_stack.count()
    controller.close()
    shutil.rmtree(folder, ignore_errors=True)
    print(f"steps {len(scene.steps)}, lanes {len(scene.lanes)}, arrows {len(scene.flows)}")
    print(f"scene build {build_ms:.0f} ms, first paint {first_paint_ms:.0f} ms, "
          f"full reload {reload_ms:.0f} ms")
    print(f"dragging {len(items)} steps touching {arrows} arrows over {FRAMES} frames")
    print(f"frame p90 {statistics.quantiles(frames, n=10)[-1]:.1f} ms, "
          f"max {max(frames):.1f} ms")
    print(f"frame CPU median {statistics.median(cpu):.1f} ms (load average "
          f"{os.getloadavg()[0]:.1f})")
    print(f"drop (one undo step of {undo_steps}, write + reload) {drop_ms:.0f} ms")
    print(f"frame median {statistics.median(frames):.1f} ms (target < {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
