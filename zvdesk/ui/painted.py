"""Work that waits until a widget is on screen: "after its next paint"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    """Calls back once, from the event loop, after the watched widget's next paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer fires once this paint (and the flush to the screen) is done.
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        self.deleteLater()
        self._callback()


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Runs ``callback`` from the event loop once ``widget`` has painted (again).

    A hidden widget paints when it is shown; ``callback`` waits until then. If ``widget`` is
    destroyed first, ``callback`` is never called.
    """
    _AfterPaint(widget, callback)
    widget.update()
