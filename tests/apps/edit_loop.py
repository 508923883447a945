"""A real ZV Desk window that keeps editing until it is killed (for test_crash_safety).

Usage: python tests/apps/edit_loop.py FILE — prints "edit N" after edit N reached the disk.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

from zvdesk.app import make_application  # noqa: E402
from zvdesk.models.core import ops  # noqa: E402
from zvdesk.models.region.ops import get_region  # noqa: E402
from zvdesk.ui.mainwindow import MainWindow  # noqa: E402

app = make_application()
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1])
controller = window.controller
with controller.session() as s:
    region_id = get_region(s).id
count = 0


def edit() -> None:
    """One edit through the undo stack, as the region form would make it."""
    global count
    count += 1
    controller.execute("Naam wijzigen", lambda s: ops.update_record(
        s, "region", region_id, {"name": f"Bewerking {count}"}))
    controller.execute("Thema toevoegen", lambda s: ops.create_record(
        s, "theme", {"name": f"Thema {count}"}))
    print(f"edit {count}", flush=True)


timer = QTimer()
timer.timeout.connect(edit)
timer.start(20)
app.exec()
