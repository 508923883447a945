"""On opening a file, the status bar says when the next call round of §2.3 is and whose turn.

A window feature (:data:`zvdesk.ui.features.FEATURES`): :meth:`document_opened` shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zvdesk.ui.features import WindowFeature

if TYPE_CHECKING:
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.mainwindow import MainWindow

#: How long the notice stays in the status bar (ms).
SHOW_MS = 20000


class CallRoundReminder(WindowFeature):
    """Shows the next call round in the status bar whenever a document is opened."""

    name = "call-round-reminder"

    def install(self, window: MainWindow) -> None:  # noqa: D102
        self.window = window

    def document_opened(self, controller: DocumentController) -> None:  # noqa: D102
        from zvdesk.models.overleg.read import reminder

        with controller.session() as s:
            text = reminder(s)
        if text:
            self.window.statusBar().showMessage(text, SHOW_MS)
