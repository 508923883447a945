"""Item delegates shared by the tables: choice cells found by typing, refusals shown inline.

:class:`ComboDelegate` is the delegate of every editable table. A refused value (a date
that is no date, an e-mail address without a domain, a name that is too long) is not thrown
away: the cell editor keeps the typed text with the Dutch reason under it, until the user
corrects it or presses Esc (which shows the stored value again). Tab and Enter leave a
refused cell open; when the editor closes otherwise (a click elsewhere), it is opened again
with the typed text. While the user is still typing (a save on the autosave timer), nothing
is shown and nothing is written.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QWidget

from zvdesk.ui.widgets.autosave import AutoSave, AutoSaveDelegate, reasons_inline, saving_quietly
from zvdesk.ui.widgets.choice import ChoiceBox
from zvdesk.ui.widgets.reason import ReasonLabel

Pairs = list[tuple[Any, str]]
_COMMIT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLOSE_HINTS = {Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem}


def source_model(model: Any) -> Any:
    """The model under any proxies (the one that keeps ``last_error``)."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


class ComboDelegate(AutoSaveDelegate):
    """Edits a cell with a :class:`ChoiceBox` when :meth:`choices` gives (value, label) pairs.

    Subclasses say which cells are choices; every other cell gets Qt's default editor, which
    saves while the user types (:class:`AutoSaveDelegate`). The combo shows the cell's
    current value (its ``EditRole``) and writes the chosen value back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_label: ReasonLabel | None = None
        #: The open editor whose value was refused: (editor, index, typed text, reason).
        self._refusal: tuple[QWidget, QPersistentModelIndex, str, str] | None = None

    def choices(self, index: QModelIndex) -> Pairs | None:
        """The (value, Dutch label) pairs of a choice cell, or None for a text cell."""
        return None

    def choice_lists(self, index: QModelIndex) -> tuple[Pairs, Pairs] | None:
        """The pairs a choice cell lists and those only found by typing (a narrowed list)."""
        choices = self.choices(index)
        return None if choices is None else (choices, [])

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        lists = self.choice_lists(index)
        if lists is None:
            return super().createEditor(parent, option, index)
        combo = ChoiceBox(parent)
        combo.set_choices(lists[0], index.data(Qt.ItemDataRole.EditRole), lists[1])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if self._refused(editor):
            return  # the typed text stays until it is corrected or Esc
        if isinstance(editor, ChoiceBox):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
            editor.lineEdit().selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        quiet = saving_quietly()
        kept = QPersistentModelIndex(index)  # the write may re-sort the rows under it
        source = source_model(model)
        if hasattr(source, "last_error"):
            source.last_error = ""
        if isinstance(editor, ChoiceBox):
            if not editor.resolve():
                if not quiet:
                    self._refuse(editor, index, editor.typed_text(), editor.reason())
                return
            with reasons_inline():
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            with reasons_inline():
                super().setModelData(editor, model, index)
        if quiet:
            if kept.isValid() and _shows_stored(editor, kept):
                self._accept()  # corrected while typing: saved, the reason goes
            return
        reason = getattr(source, "last_error", "")
        if reason:
            self._refuse(editor, kept, _text_of(editor), reason)
        else:
            self._accept()

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        refusal = self._refusal if self._refused(editor) else None
        self._accept()
        super().destroyEditor(editor, index)
        if refusal is not None:
            view = self._view_of(editor)
            if view is not None:
                QTimer.singleShot(0, view, lambda: self._reopen(view, refusal[1:]))

    def eventFilter(self, editor: Any, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._accept()  # Esc: the stored value comes back, nothing is reopened
            elif key in _COMMIT_KEYS:
                self.commitData.emit(editor)
                if not self._refused(editor):  # taken: close as Qt would, without a 2nd write
                    self.closeEditor.emit(editor, _CLOSE_HINTS.get(
                        key, QAbstractItemDelegate.EndEditHint.SubmitModelCache))
                return True  # refused: the editor stays open with the text and the reason
        return super().eventFilter(editor, event)

    # -- refusals ----------------------------------------------------------------------------

    def _refused(self, editor: QWidget) -> bool:
        return self._refusal is not None and self._refusal[0] is editor

    def _refuse(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex, text: str,
                reason: str) -> None:
        self._refusal = (editor, QPersistentModelIndex(index), text, reason)
        area = editor.parentWidget()
        if area is None:
            return
        if self.reason_label is None or not shiboken6.isValid(self.reason_label) \
                or self.reason_label.parentWidget() is not area:
            self.reason_label = ReasonLabel(area)
        self.reason_label.show_reason(reason)
        self.reason_label.place_under(editor)
        for autosave in editor.findChildren(AutoSave):
            autosave.done()  # not pending: what is typed next is saved again

    def _accept(self) -> None:
        self._refusal = None
        if self.reason_label is not None and shiboken6.isValid(self.reason_label):
            self.reason_label.show_reason("")

    def _view_of(self, editor: QWidget) -> QAbstractItemView | None:
        widget = editor.parentWidget()
        while widget is not None and not isinstance(widget, QAbstractItemView):
            widget = widget.parentWidget()
        return widget

    def _reopen(self, view: QAbstractItemView,
                refusal: tuple[QPersistentModelIndex, str, str]) -> None:
        """Opens the refused cell again with the typed text and the reason (a click away)."""
        persistent, text, reason = refusal
        if not persistent.isValid() or not view.isVisible():
            return
        index = view.model().index(persistent.row(), persistent.column(), persistent.parent())
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.indexWidget(index)
        if editor is None:
            return
        line = editor.lineEdit() if isinstance(editor, ChoiceBox) else editor
        if isinstance(line, QLineEdit):
            line.setText(text)
        self._refuse(editor, index, text, reason)


def _shows_stored(editor: QWidget, index: QPersistentModelIndex) -> bool:
    stored = index.data(Qt.ItemDataRole.EditRole)
    if isinstance(editor, ChoiceBox):
        return stored == editor.value()
    return ("" if stored is None else str(stored)).strip() == _text_of(editor).strip()


def _text_of(editor: QWidget) -> str:
    if isinstance(editor, ChoiceBox):
        return editor.typed_text()
    return editor.text() if isinstance(editor, QLineEdit) else ""
