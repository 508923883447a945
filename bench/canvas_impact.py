"""Benchmark: the impact canvas with 500 cards and 800 links.

Prints the time to build the scene and the median frame time while dragging 50 selected
cards (the move of the items, the re-routing of their links and a full repaint of the view);
the last line is the headline with its target.

Usage: python bench/canvas_impact.py
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

from _canvasbench import outside_temp  # noqa: E402
from large_impact import add_project_theory  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

CARDS, LINKS, SELECTED, FRAMES = 500, 800, 50, 60
TARGET_MS = 16.0



def main() -> int:
    """Runs the benchmark and prints its figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=outside_temp())) / "werk"
    folder.mkdir()
    doc = Document.create(folder / "bench.zvdb",
                          populate=lambda s: populate_new_region(s, "Bench", ["Zaanstad"]))

    def fill(s):  # noqa: ANN001, ANN202
        pid = ops.create_record(s, "project", {"name": "Groot"})
        _ids, n_links = add_project_theory(s, pid, CARDS, links_per_item=LINKS / CARDS)
        return pid, n_links

    (pid, n_links), _ = doc.write(fill)
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.instruments.impact.interactions import CardMoveInteraction
    from zvdesk.ui.instruments.impact.scene import ImpactScene
    from zvdesk.ui.instruments.impact.view import ImpactView

    controller = DocumentController(doc)
    t0 = time.perf_counter()
    scene = ImpactScene(controller, pid)
    build_ms = (time.perf_counter() - t0) * 1000
    view = ImpactView(scene)
    view.resize(1600, 1000)
    view.show()
    view.zoom_by(0.5)
    for _ in range(3):
        app.processEvents()
    t0 = time.perf_counter()
    scene.reload()
    reload_ms = (time.perf_counter() - t0) * 1000
    cards = sorted(scene.cards.values(), key=lambda c: (c.pos().x(), c.pos().y()))
    chosen = cards[::max(1, len(cards) // SELECTED)][:SELECTED]
    scene.select_ids([c.element_id for c in chosen])
    start = chosen[0].pos() + QPointF(20, 20)
    interaction = CardMoveInteraction(scene, scene.selected_cards(), start)
    frames = []
    for i in range(1, FRAMES + 1):
        t0 = time.perf_counter()
        interaction.mouse_move(start + QPointF(i * 3.0, i * 2.0))
        view.viewport().repaint()
        frames.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    interaction.mouse_release(start + QPointF(FRAMES * 3.0, FRAMES * 2.0))
    app.processEvents()
    commit_ms = (time.perf_counter() - t0) * 1000
    moved_links = len(interaction.links)
    controller.close()
    print(f"cards {len(scene.cards)}, links {len(scene.links)} (made {n_links})")
    print(f"scene build {build_ms:.0f} ms, full reload {reload_ms:.0f} ms")
    print(f"dragging {len(chosen)} cards touching {moved_links} links over {FRAMES} frames")
    print(f"frame p90 {statistics.quantiles(frames, n=10)[-1]:.1f} ms, "
          f"max {max(frames):.1f} ms")
    print(f"drop (one undo step, write + reload) {commit_ms:.0f} ms")
    print(f"frame median {statistics.median(frames):.1f} ms (target < {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
