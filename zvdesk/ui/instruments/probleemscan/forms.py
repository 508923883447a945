"""A :class:`RecordForm` for a question of the scan: a standard question gets its row on the
first edit (in the same undo step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.probleemscan import ops as scan_ops
from zvdesk.models.probleemscan.tables import QUESTION, ScanQuestion
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.form import RecordForm

#: What an unedited standard question holds (it has no row yet).
DEFAULTS = {"summary": "", "proposal": "", "question": "", "used": True}


class QuestionForm(RecordForm):
    """Edits fields of the shown question; each change is one undo step."""

    def __init__(self, controller: DocumentController, project_id: str, fields: list[Field],
                 record_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        self.project_id = project_id
        super().__init__(controller, QUESTION, fields, record_id, parent)

    def reload(self) -> None:
        """Shows the values; a long proposal shows its beginning, not its end."""
        super().reload()
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit) and not editor.hasFocus():
                editor.setCursorPosition(0)

    def _commit(self, field: Field, *, quiet: bool = False) -> bool:
        """Saves one field (a standard question gets its row first); ``quiet``: while
        typing, a refusal waits silently (False)."""
        if self._loading or self.controller.read_only:
            return True
        question_id = self.record_id()
        if question_id is None:
            return True
        value = self._value(field)
        with self.controller.session() as s:
            obj = s.get(ScanQuestion, question_id)
            live = obj is not None and obj.deleted_at is None
            if field.name == "question" and (not live or obj.question_key):
                return True  # a toolbox question keeps its words (a hidden editor's save)
            current = getattr(obj, field.name) if live else DEFAULTS[field.name]
        if current == value:
            return True
        try:
            self.controller.execute(f"{field.title} wijzigen", lambda s: scan_ops.set_question(
                s, self.project_id, question_id, {field.name: value}))
        except ZvdbError as exc:
            if quiet:
                return False  # nothing was written; the message comes with focus-out
            dialogs.show_error(self, "Ongeldige invoer", str(exc))
            self.reload()
        return True
