"""Pages reread the file only while they are shown; a hidden page catches up when shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixin for a page widget with a ``reload()``: call :meth:`refresh` on a change notice.

    With many participants and terms, rereading every sub-page after each keystroke pause
    would make typing stutter; only the page in front rereads at once.
    """

    _stale = False

    def refresh(self) -> None:
        """Rereads now when shown, else when next shown."""
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.reload()  # type: ignore[attr-defined]
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._stale = False
            self.reload()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]
