"""Benchmark: the swimlane canvas with 300 steps in 12 lanes and 500 arrows.

Prints the time to build the scene and the median frame time while dragging 10 selected
steps (moving the items, re-routing their arrows and a full repaint of the view); the last
line is the headline with its target.

Usage: python bench/canvas_werkproces.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _canvasbench import measure_drag, timed  # noqa: E402
from large_werkproces import add_process  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

STEPS, LANES, FLOWS, SELECTED, FRAMES = 300, 12, 500, 10, 60


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
    scene, build_ms = timed(lambda: ProcessScene(controller, project, pid))
    print(f"steps {len(scene.steps)}, lanes {len(scene.lanes)}, arrows {len(scene.flows)}; "
          f"scene build {build_ms:.0f} ms")
    busy = sorted(scene.steps, key=lambda s: -len(scene._attached.get(s, ())))[:SELECTED]
    scene.select_ids(busy)
    view = ProcessView(scene)
    measure_drag(app, view, scene.reload, [scene.steps[s] for s in busy],
                 lambda items, start: StepMoveInteraction(scene, items, start),
                 frames=FRAMES, step=(2.0, 1.0), undo_count=controller.undo_stack.count,
                 what="steps", arrows=len({f for s in busy for f in scene._attached.get(s, ())}),
                 fit=view.fit)
    controller.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
