"""Benchmark: the stakeholder circle map with 300 players and 600 relations.

Prints the time to build the scene and the median frame time while dragging 10 selected
tokens (moving the items, redrawing their arrows and a full repaint of the view); the last
line is the headline with its target.

Usage: python bench/canvas_stakeholders.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_stakeholders import add_project_players  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

PLAYERS, RELATIONS, SELECTED, FRAMES = 300, 600, 10, 60
TARGET_MS = 16.0



def _outside_temp() -> str:
    """A work folder in the repository: ZV Desk opens files under the temp folder read-only."""
    folder = Path(__file__).resolve().parent.parent.joinpath("bench", "out")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)

def main() -> int:
    """Runs the benchmark and prints its figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=_outside_temp())) / "werk"
    folder.mkdir()
    doc = Document.create(folder / "bench.zvdb",
                          populate=lambda s: populate_new_region(s, "Bench", ["Zaanstad"]))

    def fill(s):  # noqa: ANN001, ANN202
        pid = ops.create_record(s, "project", {"name": "Groot krachtenveld"})
        _ids, made = add_project_players(s, pid, PLAYERS, RELATIONS / PLAYERS)
        return pid, made

    (pid, made), _ = doc.write(fill)
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.instruments.stakeholders.interactions import TokenMoveInteraction
    from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene
    from zvdesk.ui.instruments.stakeholders.view import StakeholderView

    controller = DocumentController(doc)
    t0 = time.perf_counter()
    scene = StakeholderScene(controller, pid)
    build_ms = (time.perf_counter() - t0) * 1000
    view = StakeholderView(scene, controller)
    view.resize(1200, 900)
    view.show()
    for _ in range(3):
        app.processEvents()
    t0 = time.perf_counter()
    view.viewport().repaint()
    first_paint_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    scene.reload()
    reload_ms = (time.perf_counter() - t0) * 1000
    # The most connected tokens: the worst case for redrawing arrows.
    busy = sorted(scene.players, key=lambda p: -len(scene._attached.get(p, ())))[:SELECTED]
    scene.select_ids(busy)
    items = [scene.players[p] for p in busy]
    arrows = len({r for p in busy for r in scene._attached.get(p, ())})
    start = items[0].pos()
    interaction = TokenMoveInteraction(scene, items, start)
    frames, cpu = [], []
    for i in range(1, FRAMES + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        interaction.mouse_move(start + QPointF(i * 1.5, i * 1.0))
        view.viewport().repaint()
        frames.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    t0 = time.perf_counter()
    interaction.mouse_release(start + QPointF(FRAMES * 1.5, FRAMES * 1.0))
    app.processEvents()
    drop_ms = (time.perf_counter() - t0) * 1000
    undo_steps = controller.undo_stack.count()
    controller.close()
    print(f"players {len(scene.players)}, relations {len(scene.relations)} (made {made})")
    print(f"scene build {build_ms:.0f} ms, first paint {first_paint_ms:.0f} ms, "
          f"full reload {reload_ms:.0f} ms")
    print(f"dragging {len(items)} tokens touching {arrows} arrows over {FRAMES} frames")
    print(f"frame p90 {statistics.quantiles(frames, n=10)[-1]:.1f} ms, "
          f"max {max(frames):.1f} ms")
    print(f"frame CPU median {statistics.median(cpu):.1f} ms (wall time suffers when the "
          f"machine is busy; load average {os.getloadavg()[0]:.1f})")
    print(f"drop (one undo step of {undo_steps}, write + reload) {drop_ms:.0f} ms")
    print(f"frame median {statistics.median(frames):.1f} ms (target < {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
