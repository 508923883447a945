"""Python's garbage collector runs on the GUI thread only (after Anki's ``GarbageCollector``).

Automatic collection runs in whichever thread happens to allocate: a report built on a worker
thread could then free a cycle that holds Qt widgets, deleting them off the GUI thread — a
crash. So automatic collection is switched off and a timer collects on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread collects (ms); young objects every tick, all now and then.
INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects on the GUI thread: the youngest generation each second, all every minute."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """One tick: generation 0 (or 1, or all) as the counts ask, like the automatic GC."""
        self._ticks += 1
        threshold0, threshold1, threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if self._ticks % 60 == 0 or count2 >= threshold2:
            gc.collect(2)
        elif count1 >= threshold1:
            gc.collect(1)
        elif count0 >= threshold0:
            gc.collect(0)


def install(app: QObject) -> GarbageCollector:
    """Switches automatic collection off and collects on the GUI thread from now on."""
    existing = app.findChild(GarbageCollector)
    return existing if existing is not None else GarbageCollector(app)
