"""A real ZV Desk window in which a user keeps typing until it is killed (test_typing_saved).

Usage: python tests/apps/type_loop.py FILE TEXT — opens FILE, puts the cursor in the region's
"Omschrijving", replaces it by typing TEXT one key every 100 ms with real key events, and
prints "typed N" after key N. Nothing else saves: no focus change, no Ctrl+S, no closing.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from zvdesk.app import make_application  # noqa: E402
from zvdesk.ui.mainwindow import MainWindow  # noqa: E402

app = make_application()
window = MainWindow()
window.show()
assert window.open_path(sys.argv[1])
text = sys.argv[2]
window.show_target(None, "region")
edit = window.workspace.widget_for("region").form.editors["description"]
window.activateWindow()
edit.setFocus(Qt.FocusReason.MouseFocusReason)
edit.selectAll()
count = 0


def key() -> None:
    """One key press, as the user's keyboard gives it."""
    global count
    if count >= len(text):
        return
    QTest.keyClicks(edit, text[count])
    count += 1
    print(f"typed {count}", flush=True)


timer = QTimer()
timer.timeout.connect(key)
timer.start(100)
print("ready", flush=True)
app.exec()
