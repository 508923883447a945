"""The open document as the UI sees it: one change signal, one undo stack.

Widgets never write to the database themselves. They run a model function through
:func:`zvdesk.ui.operations.run_edit` (which shows the Dutch error), or, when they need the
raw call, :meth:`DocumentController.execute`::

    controller.execute("Naam wijzigen", lambda s: update_record(s, "person", pid, {...}))

The controller runs it in one transaction, pushes one undo command and emits
:attr:`DocumentController.changed`.

Bursts of small edits (arrow-key nudges of the same cards, typing in one field) pass the same
``merge_key``; commands with equal keys pushed within :data:`MERGE_SECONDS` of each other
merge into one undo step (``QUndoCommand.mergeWith``). Conventional keys (see
:func:`nudge_key` and :func:`field_key`)::

    ("nudge", frozenset(ids))           # keyboard nudge of exactly these items
    ("field", kind, record_id, column)  # typing in one field of one record

An undo or redo whose replay fails (the file changed under the app, a disk error) does not
move the stack's index as if it had worked: the command is marked obsolete (Qt then removes
it), the user reads why in Dutch (:attr:`DocumentController.failed`), and the other steps stay
usable.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import Edit, RowChange
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.lock import HEARTBEAT_SECONDS
from zvdesk.ui.widgets.autosave import typing_burst

log = logging.getLogger(__name__)

#: At most this many steps can be undone. An edit keeps whole rows before and after (a logo
#: can be 2 MB, a merge touches hundreds of rows); without a limit a long working day would
#: keep every one of them in memory. 100 steps is more than anyone undoes by hand.
UNDO_LIMIT = 100
#: Edits with the same merge key closer together than this (seconds) are one undo step.
MERGE_SECONDS = 2.0
#: ``QUndoCommand.id()`` of every command that may merge; the merge key decides.
MERGE_ID = 1

MSG_WRITE_FAILED = ("De wijziging kon niet worden opgeslagen. Controleer of het bestand nog "
                    "bereikbaar is (netwerk, USB-stick) en probeer het opnieuw.")
MSG_UNDO_FAILED = ("‘{text}’ kon niet ongedaan worden gemaakt: het bestand is intussen "
                   "veranderd of kon niet worden bijgewerkt. Deze stap is uit de lijst van "
                   "ongedaan maken gehaald; uw andere stappen blijven beschikbaar.")
MSG_REDO_FAILED = ("‘{text}’ kon niet opnieuw worden gedaan: het bestand is intussen "
                   "veranderd of kon niet worden bijgewerkt. Deze stap is uit de lijst van "
                   "opnieuw doen gehaald.")


def nudge_key(ids: Iterable[str]) -> tuple[str, frozenset[str]]:
    """The merge key of a keyboard nudge of exactly these items."""
    return ("nudge", frozenset(ids))


def field_key(kind: str, record_id: str, column: str) -> tuple[str, str, str, str]:
    """The merge key of typing in one field of one record."""
    return ("field", kind, record_id, column)


def merge_edits(first: Edit, then: Edit) -> Edit:
    """One edit that does ``first`` and then ``then``: earliest "before", latest "after"."""
    rows: dict[tuple[str, str], RowChange] = {
        (r.kind, r.id): RowChange(r.kind, r.id, r.before, r.after) for r in first.rows}
    for row in then.rows:
        key = (row.kind, row.id)
        if key in rows:
            rows[key].after = row.after
        else:
            rows[key] = RowChange(row.kind, row.id, row.before, row.after)
    return Edit([r for r in rows.values() if r.before != r.after])


class EditCommand(QUndoCommand):
    """An edit that already ran; undo and redo replay its recorded rows.

    Attributes:
        edit: What the edit changed (grows when later commands merge into this one).
        merge_key: Commands with equal keys close together in time merge (None: never). The
            saves of one typing burst (:func:`zvdesk.ui.widgets.autosave.typing_burst`) get
            ``("typing", burst)`` unless the caller gave a key.
    """

    def __init__(self, controller: DocumentController, text: str, edit: Edit,
                 merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self._controller = controller
        self.edit = edit
        burst = typing_burst()  # the saves of one typing burst (autosave) are one undo step
        #: Explicit keys merge within MERGE_SECONDS; a typing burst ends by itself (the
        #: autosave starts a new burst after a pause), however slow the saves come.
        self._timed = merge_key is not None
        if merge_key is None and burst is not None:
            merge_key = ("typing", burst)
        self.merge_key = merge_key
        self.last_time = time.monotonic()
        self._done = True

    def id(self) -> int:  # noqa: D102 - Qt API
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802, D102 - Qt API
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if self._timed and other.last_time - self.last_time > MERGE_SECONDS:
            return False
        self.edit = merge_edits(self.edit, other.edit)
        self.last_time = other.last_time
        if not self.edit:
            self.setObsolete(True)  # the burst ended where it began: nothing to undo
        return True

    def redo(self) -> None:  # noqa: D102 - Qt API
        if self._done:
            self._done = False  # the first redo is the write that already happened
            return
        if not self._controller.replay(self.edit, undo=False):
            self._controller.replay_failed(self, undo=False)

    def undo(self) -> None:  # noqa: D102 - Qt API
        if not self._controller.replay(self.edit, undo=True):
            self._controller.replay_failed(self, undo=True)


class DocumentController(QObject):
    """Wraps one open :class:`Document` for the UI.

    Signals:
        changed(Changes): after every write, undo, redo or reload; the payload names the kinds
            and ids touched (``Changes.everything`` for a reload). Each tab refreshes only what
            concerns it.
        failed(str): an undo or redo could not be done; the Dutch message to show.
        saved(): an edit reached the disk (for the status bar).

    Attributes:
        undo_stack: One step per :meth:`execute` (or per merged burst), at most
            :data:`UNDO_LIMIT` steps.
    """

    changed = Signal(object)
    failed = Signal(str)
    saved = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        #: The top-level step being undone/redone by :meth:`undo`/:meth:`redo` (a macro, such
        #: as a burst of nudges, or the command itself) and whether its failure was reported.
        self._replaying: QUndoCommand | None = None
        self._reported = False
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

    def execute(self, text: str, fn: Callable[[Session], Any], *,
                merge_key: Hashable | None = None) -> Any:
        """Runs a model function as one undoable edit.

        Args:
            text: What the edit does, in Dutch, for the Bewerken menu ("Naam wijzigen").
            fn: The model function; gets a session inside one transaction.
            merge_key: Edits with the same key within :data:`MERGE_SECONDS` of the previous
                one become one undo step (:func:`nudge_key`, :func:`field_key`).

        Returns:
            What ``fn`` returned.

        Raises:
            ZvdbError: including ValidationError, with the Dutch message; nothing was written.
        """
        try:
            result, edit = self.document.write(fn)
        except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
            log.exception("write failed")
            raise ZvdbError(MSG_WRITE_FAILED) from exc
        if edit:
            self.undo_stack.push(EditCommand(self, text, edit, merge_key))
        return result

    def replay(self, edit: Edit, *, undo: bool) -> bool:
        """Undoes or redoes an edit; False (details logged) when that could not be done."""
        try:
            self.document.apply(edit, undo=undo)
        except (ZvdbError, sqlite3.Error, SQLAlchemyError, OSError):
            log.exception("undo/redo failed")
            return False
        return True

    def undo(self) -> None:
        """Bewerken → Ongedaan maken: undoes the last step (a macro as a whole)."""
        self._step(self.undo_stack.canUndo(), -1, self.undo_stack.undo)

    def redo(self) -> None:
        """Bewerken → Opnieuw: redoes the next step."""
        self._step(self.undo_stack.canRedo(), 0, self.undo_stack.redo)

    def _step(self, possible: bool, offset: int, action: Callable[[], None]) -> None:
        if not possible:
            return
        self._replaying = self.undo_stack.command(self.undo_stack.index() + offset)
        self._reported = False
        try:
            action()
        finally:
            self._replaying = None

    def replay_failed(self, command: EditCommand, *, undo: bool) -> None:
        """A command's replay failed: drop its whole step (Qt removes obsolete commands) and
        tell the user once, in Dutch."""
        step = self._replaying if self._replaying is not None else command
        step.setObsolete(True)
        if step is not command:
            command.setObsolete(True)
        if not self._reported:
            self._reported = self._replaying is not None
            message = MSG_UNDO_FAILED if undo else MSG_REDO_FAILED
            self.failed.emit(message.format(text=step.text()))

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
