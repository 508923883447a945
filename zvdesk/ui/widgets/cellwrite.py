"""Writing one table cell through the controller, the same way in every table model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.widgets.autosave import refuse_quietly, saving_quietly

INVALID = "Ongeldige invoer"


class CellWriter:
    """Mixin for table models whose cell edits are undoable writes.

    While a cell is written, :attr:`committing` is True: the table's change handler must then
    postpone a full reload, or Qt's editor is destroyed in the middle of its own commit. A
    refused edit leaves the Dutch message in :attr:`last_error` and shows it once the editor
    has closed.
    """

    controller: DocumentController
    committing = False
    last_error = ""

    def write_cell(self, undo_text: str, fn: Callable[[Session], Any]) -> bool:
        """Runs ``fn`` as one undo step; False (and a message) when it was refused."""
        self.committing = True
        try:
            self.controller.execute(undo_text, fn)
        except ZvdbError as exc:
            self.refuse(str(exc))
            return False
        finally:
            self.committing = False
        return True

    def refuse(self, message: str) -> None:
        """Remembers and shows (after the editor closed) why an edit was not taken.

        While the user is still typing in the cell (a save on its timer), nothing is shown:
        the editor commits again when it closes, and says it then.
        """
        if saving_quietly():
            refuse_quietly()
            return
        self.last_error = message
        QTimer.singleShot(0, lambda: dialogs.show_error(None, INVALID, message))
