"""One way to edit: run a model function as one undo step and show the Dutch error.

After Anki's ``CollectionOp`` (``qt/aqt/operations/__init__.py``): a widget says *what* to
change and what to do afterwards; how the write is done, undone and refused is here, once::

    from zvdesk.ui.operations import run_edit

    run_edit(self, self.controller, texts.UNDO_RING, lambda s: set_ring(s, pid, ring))
    run_edit(self, ctrl, "Naam wijzigen", fn, merge_key=field_key("person", pid, "name"),
             on_success=lambda new_id: self.select(new_id))

A refused edit (:class:`ZvdbError`, including :class:`ValidationError`) is shown with
:func:`zvdesk.ui.dialogs.show_error`, unless ``show=False`` (the caller shows it itself, e.g.
in a status line, through ``on_failure``). ``later=True`` shows the message after the current
event: a cell editor that is still closing must not be interrupted by a modal box.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.widgets.autosave import refuse_quietly, saving_quietly, showing_reasons_inline

#: The title of the message box of a refused edit, unless the caller names its own.
NOT_SAVED = "Niet opgeslagen"
#: The title for a refused cell or field value.
INVALID = "Ongeldige invoer"


def show_error_later(parent: QWidget | None, title: str, message: str) -> None:
    """Shows a Dutch message after the current event (an editor that is closing)."""
    QTimer.singleShot(0, lambda: dialogs.show_error(parent, title, message))


@dataclass
class EditOutcome:
    """What :func:`run_edit` did: truthy when the edit was made.

    Attributes:
        ok: The edit was written (and is one undo step).
        value: What the model function returned (None when refused).
        error: The Dutch reason it was refused ("" when ok).
    """

    ok: bool
    value: Any = None
    error: str = ""

    def __bool__(self) -> bool:
        return self.ok


def run_edit(parent: QWidget | None, controller: DocumentController, text: str,
             fn: Callable[[Session], Any], *, merge_key: Hashable | None = None,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[str], None] | None = None,
             title: str = NOT_SAVED, show: bool = True,
             later: bool = False) -> EditOutcome:
    """Runs a model function as one undo step; shows the Dutch error when it is refused.

    Args:
        parent: The widget the message box belongs to.
        controller: The open document.
        text: The Dutch undo text ("Naam wijzigen").
        fn: The model function (gets a session inside one transaction).
        merge_key: Passed to :meth:`DocumentController.execute`: bursts with one key merge.
        on_success: Called with ``fn``'s result after the write.
        on_failure: Called with the Dutch message when the edit was refused.
        title: The message box title.
        show: Show the refusal in a message box (default).
        later: Show the message box after the current event instead of at once.

    Returns:
        An :class:`EditOutcome` (truthy when written).
    """
    try:
        value = controller.execute(text, fn, merge_key=merge_key)
    except ZvdbError as exc:
        message = str(exc)
        if on_failure is not None:
            on_failure(message)
        if show and later:
            show_error_later(parent, title, message)
        elif show:
            dialogs.show_error(parent, title, message)
        return EditOutcome(False, None, message)
    if on_success is not None:
        on_success(value)
    return EditOutcome(True, value)


class CellModel(Protocol):
    """A table model whose cells are edited.

    Attributes:
        controller: The open document.
        last_error: Why the last cell edit was refused ("" when it was taken).
        committing: True while a cell edit is written: the table's change handler must then
            postpone a full reload, or Qt's editor is destroyed in the middle of its commit.
    """

    controller: DocumentController
    last_error: str
    committing: bool


def cell_edit(model: CellModel, text: str, fn: Callable[[Session], Any]) -> bool:
    """A cell editor's write: one undo step; False when refused.

    The refusal is kept in ``model.last_error``; a cell editor's delegate shows it beside the
    typed text (``autosave.reasons_inline``), other writes show it once the editor has closed
    (Qt's editor is still committing when ``setData`` runs); a save on the autosave timer, while
    the user still types, refuses quietly (``autosave.saving_quietly``). While the write
    runs, ``model.committing`` is True, so the table postpones a full reload.
    """
    quiet = saving_quietly()  # saved on its timer while the user still types in the cell
    model.committing = True
    try:
        outcome = run_edit(None, model.controller, text, fn, title=INVALID, later=True,
                           show=not quiet and not showing_reasons_inline())
    finally:
        model.committing = False
    if not outcome and quiet:
        refuse_quietly()  # the editor commits again when it closes, and says it then
        return False
    model.last_error = outcome.error
    return outcome.ok


def refuse_cell(model: CellModel, message: str) -> None:
    """A value the model could not even parse: keep and show the Dutch message (later).

    While the user is still typing in the cell (a save on its timer), nothing is shown.
    """
    if saving_quietly():
        refuse_quietly()
        return
    model.last_error = message
    if not showing_reasons_inline():  # else the editor shows it beside the typed text
        show_error_later(None, INVALID, message)
