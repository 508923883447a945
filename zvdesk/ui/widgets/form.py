"""A form that edits the fields of one record; each change is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.operations import INVALID, run_edit
from zvdesk.ui.widgets.autosave import AutoSave, attach_line, attach_plain, show_text
from zvdesk.ui.widgets.choice import ChoiceBox
from zvdesk.ui.widgets.fields import (
    EMPTY_REQUIRED,
    Field,
    format_date,
    format_int,
    format_number,
    narrowed,
    parse_date,
    parse_int,
    parse_number,
    required,
)
from zvdesk.ui.widgets.reason import ReasonLabel


class RecordForm(QWidget):
    """Labels and editors for some fields of one record.

    A refused value (not a date, an e-mail address without a domain, a name too long) stays
    in its field with the Dutch reason under it (:attr:`reasons`), until it is corrected or
    the user presses Esc, which shows the stored value again. Saves while typing refuse
    quietly: no message per keystroke, nothing written.

    Args:
        controller: The open document.
        kind: Record kind.
        fields: Fields to show, in order.
        record_id: Which record; a function so it can be found anew after undo/merge.
    """

    def __init__(self, controller: DocumentController, kind: str, fields: list[Field],
                 record_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kind = kind
        self.fields = fields
        self._record_id = record_id
        self.editors: dict[str, QWidget] = {}
        self._loading = False
        self.autosaves: dict[str, AutoSave] = {}
        self.reasons: dict[str, ReasonLabel] = {}
        self._invalid: set[str] = set()  # fields whose refused text the field keeps
        self._shown_id: str | None = None
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # Fields use the width there is (the platform default keeps them at their hint, which
        # left the region's name and description a narrow strip).
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            editor = self._make_editor(field)
            editor.setAccessibleName(field.title)
            if field.tooltip:
                editor.setToolTip(field.tooltip)
            editor.setEnabled(not controller.read_only)
            self.editors[field.name] = editor
            editor.installEventFilter(self)
            # the reason of a refusal under the field; hidden, it takes no room
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            self.reasons[field.name] = ReasonLabel()
            box.addWidget(self.reasons[field.name])
            # a question keeps its question mark ("Zijn al deze overleggen nodig?")
            layout.addRow(field.title if field.title.endswith("?") else f"{field.title}:",
                          cell)
            layout.labelForField(cell).setBuddy(editor)
        controller.changed.connect(self._on_changed)
        self.reload()

    def _make_editor(self, field: Field) -> QWidget:
        if field.kind == "choice":
            combo = ChoiceBox()
            combo.chosen.connect(lambda f=field: self._commit(f))
            # typed and left with Tab or a click: the best match, or the reason
            combo.lineEdit().editingFinished.connect(
                lambda f=field, c=combo: None if c.shows_choice() else self._commit(f))
            return combo
        if field.kind == "longtext":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
            edit.setPlaceholderText(field.tooltip)
            self.autosaves[field.name] = attach_plain(
                edit, lambda f=field: self._commit(f), lambda: self._loading)
            return edit
        line = QLineEdit()
        if field.kind == "date":
            line.setPlaceholderText("dd-mm-jjjj")
        elif field.tooltip:
            line.setPlaceholderText(field.tooltip)
        self.autosaves[field.name] = attach_line(
            line, lambda f=field: self._commit(f), lambda f=field: self._commit(f, quiet=True))
        return line

    def record_id(self) -> str | None:
        """The record being edited."""
        return self._record_id()

    def reload(self) -> None:
        """Shows the record's current values."""
        record_id = self.record_id()
        if record_id != self._shown_id:  # another record: refused typing of the last one goes
            self._shown_id = record_id
            for name in list(self._invalid):
                self._clear_reason(name)
        self._loading = True
        try:
            with self.controller.session() as s:
                obj = s.get(ops.record_class(self.kind), record_id) if record_id else None
                for field in self.fields:
                    if field.name in self._invalid:
                        continue  # the typed text stays until corrected or Esc
                    value = getattr(obj, field.name) if obj is not None else None
                    editor = self.editors[field.name]
                    if isinstance(editor, ChoiceBox):
                        self._show_choices(s, field, editor, obj, value)
                    elif isinstance(editor, QPlainTextEdit):
                        # typing that waits for its save is not overwritten by the save
                        # of another field
                        show_text(editor, value or "", self.autosaves[field.name])
                    elif isinstance(editor, QLineEdit):
                        text = (format_date(value) if field.kind == "date"
                                else format_number(value) if field.kind == "number"
                                else format_int(value) if field.kind == "int"
                                else str(value or ""))
                        show_text(editor, text, self.autosaves[field.name])
        finally:
            self._loading = False

    def _show_choices(self, s: Any, field: Field, editor: ChoiceBox, obj: Any,
                      value: Any) -> None:
        choices = field.choices(s) if field.choices else []
        searchable: list = []
        if field.narrow_by and obj is not None and hasattr(field.choices, "groups"):
            choices, searchable = narrowed(choices, field.choices.groups(s),
                                           getattr(obj, field.narrow_by), value)
        if editor.hasFocus() and not editor.shows_choice():
            return  # the user is typing a name
        editor.set_choices(choices, value, searchable)

    def _value(self, field: Field) -> Any:
        editor = self.editors[field.name]
        if isinstance(editor, ChoiceBox):
            if not editor.resolve():
                raise ValueError(editor.reason())
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        text = editor.text().strip()
        if field.kind == "date":
            return parse_date(text)
        if field.kind == "int":
            return parse_int(text, required(self.kind, field.name))
        if field.kind == "number":
            value = parse_number(text)
            if value is None and required(self.kind, field.name):
                raise ValueError(EMPTY_REQUIRED)
            return value
        return text

    def flush(self) -> None:
        """Saves typing that has not reached the disk yet."""
        for autosave in self.autosaves.values():
            autosave.flush()

    def _commit(self, field: Field, *, quiet: bool = False) -> bool:
        """Saves one field; ``quiet``: while typing, refusals wait silently (False)."""
        if self._loading or self.controller.read_only:
            return True
        record_id = self.record_id()
        if record_id is None:
            return True
        try:
            value = self._value(field)
        except ValueError as exc:
            if quiet:
                return False  # half typed: wait for more typing, say nothing yet
            self._refuse(field, str(exc))
            return True  # said beside the field, which keeps the text
        with self.controller.session() as s:
            obj = s.get(ops.record_class(self.kind), record_id)
            if obj is None or getattr(obj, field.name) == value:
                self._clear_reason(field.name)
                return True
        # The saves of one typing burst merge into one undo step (autosave.typing_burst).
        outcome = run_edit(self, self.controller, f"{field.title} wijzigen",
                           lambda s: ops.update_record(s, self.kind, record_id,
                                                       {field.name: value}),
                           title=INVALID, show=False)
        if not outcome:
            if quiet:
                return False  # nothing was written; the reason comes with focus-out
            self._refuse(field, outcome.error)
            return True
        self._clear_reason(field.name)
        return True

    # -- refusals ----------------------------------------------------------------------------

    def _refuse(self, field: Field, reason: str) -> None:
        self._invalid.add(field.name)
        self.reasons[field.name].show_reason(reason)
        self.editors[field.name].setProperty("refused", True)

    def _clear_reason(self, name: str) -> None:
        if name in self._invalid:
            self._invalid.discard(name)
            self.reasons[name].show_reason("")

    def revert(self, name: str) -> None:
        """Shows a field's stored value again, dropping refused or unsaved typing (Esc)."""
        self._clear_reason(name)
        autosave = self.autosaves.get(name)
        if autosave is not None:
            autosave.done()
        editor = self.editors[name]
        if isinstance(editor, ChoiceBox):
            editor.set_value(editor.currentData())  # typing never changed the stored choice
            editor.lineEdit().selectAll()
            return
        if isinstance(editor, QLineEdit):
            editor.clear()  # show_text leaves a focused field alone when it looks the same
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            for name, editor in self.editors.items():
                if editor is watched and self._has_unsaved(name):
                    self.revert(name)
                    return True
        return super().eventFilter(watched, event)

    def _has_unsaved(self, name: str) -> bool:
        autosave = self.autosaves.get(name)
        editor = self.editors[name]
        return (name in self._invalid or (autosave is not None and autosave.pending)
                or (isinstance(editor, ChoiceBox) and not editor.shows_choice()))

    def _on_changed(self, changes: Changes) -> None:
        record_id = self.record_id()
        if changes.everything or (record_id and record_id in changes.ids.get(self.kind, ())):
            self.reload()
        elif any(changes.ids.get(k) for k in ("organisation", "person", "theme")):
            self.reload()  # choice lists may have changed
