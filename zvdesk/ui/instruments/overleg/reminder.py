"""On opening a file, the status bar says when the next call round of §2.3 is and whose turn.

Installed through :data:`zvdesk.ui.menus.MENU_MODULES`; listens to the window's
``document_opened`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zvdesk.models.overleg.read import reminder

if TYPE_CHECKING:
    from zvdesk.ui.mainwindow import MainWindow

#: How long the notice stays in the status bar (ms).
SHOW_MS = 20000


def install(window: MainWindow) -> None:
    """Shows the reminder whenever a document is opened."""

    def opened() -> None:
        controller = window.controller
        if controller is None:
            return
        with controller.session() as s:
            text = reminder(s)
        if text:
            window.statusBar().showMessage(text, SHOW_MS)

    window.document_opened.connect(opened)
