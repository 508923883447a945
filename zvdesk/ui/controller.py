"""The open document as the UI sees it: one change signal, one undo stack.

Widgets never write to the database. They call :meth:`DocumentController.execute` with a
Dutch description and a model function; the controller runs it in one transaction, pushes an
undo command and emits :attr:`DocumentController.changed`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import Edit
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.lock import HEARTBEAT_SECONDS
from zvdesk.ui.widgets.autosave import TYPING_COMMAND_ID, merge_typing, typing_burst

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    """An edit that already ran; undo and redo replay its recorded rows."""

    def __init__(self, controller: DocumentController, text: str, edit: Edit) -> None:
        super().__init__(text)
        self._controller = controller
        self.edit = edit
        self._done = True
        self.burst = typing_burst()  # the saves of one typing burst are one undo step

    def id(self) -> int:  # noqa: D102 - Qt API
        return TYPING_COMMAND_ID if self.burst else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: D102, N802 - Qt API
        return merge_typing(self, other)

    def redo(self) -> None:  # noqa: D102 - Qt API
        if self._done:
            self._done = False  # the first redo is the write that already happened
            return
        self._controller.replay(self.edit, undo=False)

    def undo(self) -> None:  # noqa: D102 - Qt API
        self._controller.replay(self.edit, undo=True)


class DocumentController(QObject):
    """Wraps one open :class:`Document` for the UI.

    Signals:
        changed(Changes): after every write, undo, redo or reload; the payload names the kinds
            and ids touched (``Changes.everything`` for a reload). Each tab refreshes only what
            concerns it.
        failed(str): a write, undo or redo could not be done; the Dutch message to show.
        saved(): an edit reached the disk (for the status bar).
    """

    changed = Signal(object)
    failed = Signal(str)
    saved = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        document.listeners.append(self._on_model_changes)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(document.refresh_lock)
        self._heartbeat.start()

    @property
    def read_only(self) -> bool:
        """True when the document refuses edits."""
        return self.document.read_only

    def session(self):  # noqa: ANN201 - context manager
        """A short read session on the document."""
        return self.document.session()

    def execute(self, text: str, fn: Callable[[Session], Any]) -> Any:
        """Runs a model function as one undoable edit.

        Args:
            text: What the edit does, in Dutch, for the Bewerken menu ("Naam wijzigen").
            fn: The model function; gets a session inside one transaction.

        Returns:
            What ``fn`` returned.

        Raises:
            ZvdbError: including ValidationError, with the Dutch message; nothing was written.
        """
        try:
            result, edit = self.document.write(fn)
        except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
            log.exception("write failed")
            raise ZvdbError(
                "De wijziging kon niet worden opgeslagen. Controleer of het bestand nog "
                "bereikbaar is (netwerk, USB-stick) en probeer het opnieuw."
            ) from exc
        if edit:
            self.undo_stack.push(EditCommand(self, text, edit))
        return result

    def replay(self, edit: Edit, *, undo: bool) -> None:
        """Undoes or redoes an edit; reports a failure through :attr:`failed`."""
        try:
            self.document.apply(edit, undo=undo)
        except (ZvdbError, sqlite3.Error, SQLAlchemyError, OSError):
            log.exception("undo/redo failed")
            self.failed.emit("Ongedaan maken of opnieuw doen is niet gelukt: het bestand kon "
                             "niet worden bijgewerkt.")

    def reload(self) -> None:
        """Tells every view to reload (after a merge or when the document was replaced)."""
        self.document.notify_all()

    def _on_model_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)
        self.saved.emit()

    def close(self) -> None:
        """Stops the heartbeat and closes the document."""
        self._heartbeat.stop()
        if self._on_model_changes in self.document.listeners:
            self.document.listeners.remove(self._on_model_changes)
        self.undo_stack.clear()
        self.document.close()
