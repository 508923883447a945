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
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from zvdesk.models.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController

#: The title of the message box of a refused edit, unless the caller names its own.
NOT_SAVED = "Niet opgeslagen"


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
            QTimer.singleShot(0, lambda: dialogs.show_error(parent, title, message))
        elif show:
            dialogs.show_error(parent, title, message)
        return EditOutcome(False, None, message)
    if on_success is not None:
        on_success(value)
    return EditOutcome(True, value)
