"""A form that edits the fields of one record; each change is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.operations import INVALID, run_edit
from zvdesk.ui.widgets.autosave import AutoSave, attach_line, attach_plain, show_text
from zvdesk.ui.widgets.fields import Field, format_date, format_number, parse_date, parse_number


class RecordForm(QWidget):
    """Labels and editors for some fields of one record.

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
            # a question keeps its question mark ("Zijn al deze overleggen nodig?")
            layout.addRow(field.title if field.title.endswith("?") else f"{field.title}:",
                          editor)
        controller.changed.connect(self._on_changed)
        self.reload()

    def _make_editor(self, field: Field) -> QWidget:
        if field.kind == "choice":
            combo = QComboBox()
            combo.activated.connect(lambda _i, f=field: self._commit(f))
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
        self._loading = True
        try:
            with self.controller.session() as s:
                obj = s.get(ops.record_class(self.kind), record_id) if record_id else None
                for field in self.fields:
                    value = getattr(obj, field.name) if obj is not None else None
                    editor = self.editors[field.name]
                    if isinstance(editor, QComboBox):
                        editor.clear()
                        for choice, label in (field.choices(s) if field.choices else []):
                            editor.addItem(label, choice)
                        editor.setCurrentIndex(max(0, editor.findData(value)))
                    elif isinstance(editor, QPlainTextEdit):
                        # typing that waits for its save is not overwritten by the save
                        # of another field
                        show_text(editor, value or "", self.autosaves[field.name])
                    elif isinstance(editor, QLineEdit):
                        text = (format_date(value) if field.kind == "date"
                                else format_number(value) if field.kind == "number"
                                else str(value or ""))
                        show_text(editor, text, self.autosaves[field.name])
        finally:
            self._loading = False

    def _value(self, field: Field) -> Any:
        editor = self.editors[field.name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        text = editor.text().strip()
        if field.kind == "date":
            return parse_date(text)
        if field.kind == "int":
            return int(text or 0)
        if field.kind == "number":
            return parse_number(text)
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
                return False
            dialogs.show_error(self, "Ongeldige invoer", str(exc) if field.kind in (
                "date", "number") else "Vul een geheel getal in.")
            self.reload()
            return True
        with self.controller.session() as s:
            obj = s.get(ops.record_class(self.kind), record_id)
            if obj is None or getattr(obj, field.name) == value:
                return True
        # The saves of one typing burst merge into one undo step (autosave.typing_burst).
        outcome = run_edit(self, self.controller, f"{field.title} wijzigen",
                           lambda s: ops.update_record(s, self.kind, record_id,
                                                       {field.name: value}),
                           title=INVALID, show=not quiet)
        if not outcome:
            if quiet:
                return False  # nothing was written; the message comes with focus-out
            self.reload()
        return True

    def _on_changed(self, changes: Changes) -> None:
        record_id = self.record_id()
        if changes.everything or (record_id and record_id in changes.ids.get(self.kind, ())):
            self.reload()
        elif any(changes.ids.get(k) for k in ("organisation", "person", "theme")):
            self.reload()  # choice lists may have changed
