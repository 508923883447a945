"""Seconds to open the §2.3 tab on the large region's 300 meetings and draw its charts.

Usage: python bench/overleg_tab.py [LARGE.zvdb]  (target: within the 1 s open target)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(path: str | None = None) -> dict[str, float]:
    """Times reading the inventory, the tab, the map, pyqtgraph and the figures page."""
    from make_large import main as make_large  # noqa: I001
    from PySide6.QtWidgets import QApplication

    from zvdesk.models.core.document import Document
    from zvdesk.models.overleg.read import inventory
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.instruments.overleg.tab import MeetingsTab

    app = QApplication.instance() or QApplication([])
    large = Path(path) if path else make_large(
        str(Path(tempfile.mkdtemp(prefix="zvdesk-large-")) / "groot.zvdb"))
    doc = Document.open(large, read_only=True)
    result: dict[str, float] = {}
    try:
        start = time.perf_counter()
        with doc.session() as s:
            data = inventory(s)
        result["read 300 meetings + figures"] = time.perf_counter() - start
        controller = DocumentController(doc)
        start = time.perf_counter()
        tab = MeetingsTab(controller)
        tab.resize(1280, 720)
        tab.show()
        app.processEvents()
        result["tab with the inventory"] = time.perf_counter() - start
        start = time.perf_counter()
        tab.show_page(tab.map)
        app.processEvents()
        result["network map (300 boxes)"] = time.perf_counter() - start
        start = time.perf_counter()
        import pyqtgraph  # noqa: F401  (loaded once per run of the app)

        result["loading pyqtgraph (once)"] = time.perf_counter() - start
        start = time.perf_counter()
        tab.show_page(tab.figures)
        app.processEvents()
        result["figures page (charts and tables)"] = time.perf_counter() - start
        print(f"{len(data.meetings)} meetings, {len(data.overlaps)} overlapping pairs")
        for name, seconds in result.items():
            print(f"{name}: {seconds * 1000:.0f} ms")
        tab.close()
        controller.close()
    finally:
        doc.close()
    return result


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
