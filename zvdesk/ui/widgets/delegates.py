"""Item delegates shared by the tables: a combo box for cells that hold one of a few values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from zvdesk.ui.widgets.autosave import AutoSaveDelegate


class ComboDelegate(AutoSaveDelegate):
    """Edits a cell with a combo box when :meth:`choices` gives (value, label) pairs for it.

    Subclasses say which cells are choices; every other cell gets Qt's default editor, which
    saves while the user types (:class:`AutoSaveDelegate`). The
    combo shows the cell's current value (its ``EditRole``) and writes the chosen value back.
    """

    def choices(self, index: QModelIndex) -> list[tuple[Any, str]] | None:
        """The (value, Dutch label) pairs of a choice cell, or None for a text cell."""
        return None

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        choices = self.choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
                    break
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
