"""Typing reaches the disk within a second, through one mechanism for every editor.

An editor owns an :class:`AutoSave` and calls :meth:`AutoSave.touch` on every change the user
makes. The save runs after a short pause (:data:`PAUSE_MS`) and at the latest
:data:`MAX_WAIT_MS` after the first unsaved change, so steady typing is saved as well — a
debounce alone would wait for a pause that never comes.

Every AutoSave with unsaved typing is in one registry; :func:`flush_editors` saves them all.
Whatever reads or replaces the file first calls it: Ctrl+S, closing the window, switching
tab, project or file, making a report, a copy or a merge.

Helpers for the editors themselves:

* :func:`attach_line` saves a one-line field while it keeps the focus (it saved only when
  the focus left before) and on Enter/focus-out as before.
* :func:`show_text` puts a stored value into a field without disturbing the user who is
  typing in it (a saved value is stripped: the trailing space just typed must stay).
* :class:`AutoSaveDelegate` gives table cells' text editors the same behaviour; the cell is
  written while its editor stays open.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QWidget,
)

#: Quiet time after the last keystroke before the text is saved.
PAUSE_MS = 300
#: Longest time typed text waits for its save while typing goes on.
MAX_WAIT_MS = 700
#: A pause this long ends a typing burst: what is typed after it is a new undo step.
BURST_GAP_S = 2.0

#: AutoSaves with unsaved typing, oldest first (dicts keep insertion order).
_pending: dict[int, AutoSave] = {}
#: While a save runs on its timer (the user still typing): refusals are noted, not shown.
_quiet = {"depth": 0, "refused": False}
#: The typing burst whose save runs now (None outside an autosave's save); see typing_burst.
_burst: dict[str, str | None] = {"now": None}
_burst_numbers = itertools.count(1)


def typing_burst() -> str | None:
    """The typing burst a write belongs to, or None when it is no typing.

    The saves of one burst (one field typed in without a long pause) all happen inside this
    burst's key; the controller gives their undo commands the merge key ``("typing", burst)``
    (:class:`~zvdesk.ui.controller.EditCommand`), so Ctrl+Z takes back the whole burst and
    not the last 0.7 s of it.
    """
    return _burst["now"]


def saving_quietly() -> bool:
    """True while a save runs because of its timer, in the middle of typing.

    A write refused then (a name just emptied) must not interrupt the typing with a
    message: call :func:`refuse_quietly` instead; the editor's own commit (Enter, focus
    out) or an explicit flush says it later.
    """
    return _quiet["depth"] > 0


#: While a cell editor commits: its delegate shows a refusal beside the editor itself.
_inline = {"depth": 0}


@contextlib.contextmanager
def reasons_inline() -> Iterator[None]:
    """Within: a refused value is shown beside its editor, not in a message box."""
    _inline["depth"] += 1
    try:
        yield
    finally:
        _inline["depth"] -= 1


def showing_reasons_inline() -> bool:
    """True while an editor that shows its own refusals commits (:func:`reasons_inline`)."""
    return _inline["depth"] > 0


def refuse_quietly() -> None:
    """Notes that the quiet save running now was not taken (see :func:`saving_quietly`)."""
    _quiet["refused"] = True


class AutoSave(QObject):
    """Saves an editor's typing after a pause, and no later than a maximum wait.

    Args:
        owner: The editor widget; the AutoSave lives and dies with it.
        save: Saves the editor's text now, telling the user when that fails (and then
            returning False). Used by :meth:`flush` (Ctrl+S, closing, switching).
        quiet_save: Used instead of ``save`` by the timers, while the user is still typing:
            returns False, without a message, when the text cannot be taken yet (a date
            half typed, a required name just emptied). The typing then stays pending until
            the next keystroke, an explicit flush or the editor's own commit (focus out).
    """

    def __init__(self, owner: QObject, save: Callable[[], object],
                 quiet_save: Callable[[], bool] | None = None) -> None:
        super().__init__(owner)
        self._save = save
        self._quiet_save = quiet_save
        self.pending = False
        self.typed = False  # the user has typed in this editor (not only looked at it)
        self._burst: str | None = None
        self._last_touch = 0.0
        self._pause = self._timer(PAUSE_MS)
        self._deadline = self._timer(MAX_WAIT_MS)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be 5 % late
        timer.setInterval(interval)
        timer.timeout.connect(self._due)
        return timer

    def touch(self) -> None:
        """The user changed the text: save after a pause, at the latest after the max wait."""
        now = time.monotonic()
        if self._burst is None or now - self._last_touch > BURST_GAP_S:
            self._burst = f"burst-{next(_burst_numbers)}"
        self._last_touch = now
        self.pending = True
        self.typed = True
        _pending[id(self)] = self
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def waiting(self) -> bool:
        """True while a save is scheduled (typing the stored value must not overwrite)."""
        return self.pending

    def done(self) -> None:
        """The editor saved (or reloaded) its text itself: nothing is pending any more."""
        self.pending = False
        self._pause.stop()
        self._deadline.stop()
        _pending.pop(id(self), None)

    def flush(self) -> bool:
        """Saves pending typing now (with messages); False when the save was refused.

        A ``save`` that returns False says the text is still only in the editor. The typing
        burst ends: what is typed next is a new undo step.
        """
        if not self.pending:
            self._burst = None
            return True
        self.done()
        return self.finish(self._save) is not False

    def finish(self, commit: Callable[[], object]) -> object:
        """Runs the editor's own commit (Enter, focus out) as the last save of the burst.

        Returns:
            What ``commit`` returned.
        """
        try:
            with self._in_burst():
                return commit()
        finally:
            self._burst = None

    @contextlib.contextmanager
    def _in_burst(self) -> Iterator[None]:
        outer = _burst["now"]
        _burst["now"] = self._burst
        try:
            yield
        finally:
            _burst["now"] = outer

    def _due(self) -> None:
        if not self.pending:
            return
        self.done()
        _quiet["depth"] += 1
        _quiet["refused"] = False
        try:
            with self._in_burst():
                save = self._save if self._quiet_save is None else self._quiet_save
                taken = save() is not False
        finally:
            _quiet["depth"] -= 1
            refused, _quiet["refused"] = _quiet["refused"], False
        if refused or not taken:
            self.pending = True  # not taken yet: wait for more typing or an explicit flush
            _pending[id(self)] = self


def flush_editors() -> bool:
    """Saves the typing of every editor that has not reached the disk yet.

    Call it before anything that relies on the file being complete (Ctrl+S, a report, a
    copy, a merge) or that destroys editors (closing, switching tab, project or file).

    Returns:
        False when some editor could not save (it told the user why).
    """
    saved = True
    for key, autosave in list(_pending.items()):
        if not shiboken6.isValid(autosave):
            _pending.pop(key, None)  # its editor is gone
            continue
        saved = autosave.flush() and saved
    return saved


def show_text(edit: QLineEdit | QPlainTextEdit, text: str,
              autosave: AutoSave | None = None) -> None:
    """Shows a stored value in a field, unless the user is typing that value right now.

    While the field has the focus, a value that equals the field's text up to surrounding
    white space is the user's own save coming back: it is left alone, so the cursor stays and
    a trailing space survives. Typing that is still waiting for its save is never overwritten.
    """
    current = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    if current == text:
        return
    if autosave is not None and autosave.waiting():
        return
    if edit.hasFocus() and current.strip() == text.strip():
        return
    if isinstance(edit, QPlainTextEdit):
        edit.setPlainText(text)
    else:
        edit.setText(text)


def attach_line(edit: QLineEdit, commit: Callable[[], object],
                quiet_commit: Callable[[], bool] | None = None) -> AutoSave:
    """Makes a one-line field save while it keeps the focus, and on Enter or focus-out.

    Args:
        edit: The field.
        commit: Saves the field's text (showing a message when it is refused).
        quiet_commit: Optional: saves without a message, False when not possible yet.

    Returns:
        The field's :class:`AutoSave`.
    """
    autosave = AutoSave(edit, commit, quiet_commit)
    edit.textEdited.connect(lambda _t: autosave.touch())

    def finished() -> None:
        autosave.done()
        autosave.finish(commit)

    edit.editingFinished.connect(finished)
    return autosave


def attach_plain(edit: QPlainTextEdit, commit: Callable[[], object],
                 is_loading: Callable[[], bool] = lambda: False) -> AutoSave:
    """Makes a multi-line field save while the user types (changes while loading excepted).

    Args:
        edit: The field.
        commit: Saves the field's text.
        is_loading: True while the editor shows a stored value (no save then).

    Returns:
        The field's :class:`AutoSave`.
    """
    autosave = AutoSave(edit, commit)
    edit.textChanged.connect(lambda: None if is_loading() else autosave.touch())
    return autosave


class AutoSaveDelegate(QStyledItemDelegate):
    """Cell editors that write the cell while the user types in them.

    Qt's text editor of a cell writes only when it closes. This delegate gives it an
    :class:`AutoSave` that commits the editor's data to the model (the model writes the
    cell as an undo step) while the editor stays open. A saved value coming back (equal up to
    surrounding white space) leaves the editor alone, so the cursor stays; so does a change
    from elsewhere while typing waits for its save. Other changes (an undo) are shown.
    """

    def createEditor(self, parent: QWidget, option: object,  # noqa: N802 - Qt API
                     index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self.attach(editor)
        return editor

    def attach(self, editor: QWidget) -> None:
        """Gives a cell's text editor its autosave (other editors are left alone)."""
        if isinstance(editor, QLineEdit):
            autosave = AutoSave(editor, lambda: self._commit(editor))
            editor.textEdited.connect(lambda _t: autosave.touch())

    def _commit(self, editor: QWidget) -> None:
        if shiboken6.isValid(editor):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        autosave = editor.findChild(AutoSave) if isinstance(editor, QLineEdit) else None
        if autosave is not None and autosave.typed:
            value = index.data(Qt.ItemDataRole.EditRole)
            stored = "" if value is None else str(value)
            if autosave.pending or editor.text().strip() == stored.strip():
                return  # the user's own typing, or its save coming back
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        autosaves = editor.findChildren(AutoSave)
        for autosave in autosaves:
            autosave.done()  # this write is the save
        if autosaves and _burst["now"] is None:  # the editor closes: the burst's last save
            autosaves[0].finish(lambda: super(AutoSaveDelegate, self).setModelData(
                editor, model, index))
            return
        super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        for autosave in editor.findChildren(AutoSave):
            autosave.done()
        super().destroyEditor(editor, index)


class ReloadGuard(QObject):
    """Rereads a table now, or — while the user types in one of its cells — once the editor closes.

    A cell's editor writes while it stays open; a full reload (a model reset) would destroy
    it under the user's fingers. An editor that was only opened (a new row, ready for its
    name) is no reason to wait. Set the view's delegate before making the guard.

    Args:
        view: The table.
        reload: Rereads the table.
    """

    def __init__(self, view: QAbstractItemView, reload: Callable[[], object]) -> None:
        super().__init__(view)
        self._view = view
        self._reload = reload
        self._due = False
        view.itemDelegate().closeEditor.connect(self._closed)

    def request(self) -> None:
        """Rereads now, or when the open editor closes."""
        if self._view.state() == QAbstractItemView.State.EditingState and any(
                a.typed for a in self._view.findChildren(AutoSave)):
            self._due = True
        else:
            self._due = False
            self._reload()

    def _closed(self, *_args: object) -> None:
        if self._due:
            self._due = False
            self._reload()
