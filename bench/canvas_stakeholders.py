"""Benchmark: the stakeholder circle map with 300 players and 600 relations.

Prints the time to build the scene and the median frame time while dragging 10 selected
tokens (moving the items, redrawing their arrows and a full repaint of the view); the last
line is the headline with its target.

Usage: python bench/canvas_stakeholders.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _canvasbench import measure_drag, outside_temp, timed  # noqa: E402
from large_stakeholders import add_project_players  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.core.document import Document  # noqa: E402
from zvdesk.models.region.ops import populate_new_region  # noqa: E402

PLAYERS, RELATIONS, SELECTED, FRAMES = 300, 600, 10, 60




def main() -> int:
    """Runs the benchmark and prints its figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-bench-", dir=outside_temp())) / "werk"
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
    scene, build_ms = timed(lambda: StakeholderScene(controller, pid))
    print(f"players {len(scene.players)}, relations {len(scene.relations)} (made {made}); "
          f"scene build {build_ms:.0f} ms")
    # The most connected tokens: the worst case for redrawing arrows.
    busy = sorted(scene.players, key=lambda p: -len(scene._attached.get(p, ())))[:SELECTED]
    scene.select_ids(busy)
    measure_drag(app, StakeholderView(scene, controller), scene.reload,
                 [scene.players[p] for p in busy],
                 lambda items, start: TokenMoveInteraction(scene, items, start),
                 frames=FRAMES, step=(1.5, 1.0), undo_count=controller.undo_stack.count,
                 what="tokens", arrows=len({r for p in busy for r in scene._attached.get(p, ())}))
    controller.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
