"""The Dutch reason a typed value was not saved, shown beside the field that keeps it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

#: Dark red on a pale background: readable, and clearly about the field above it.
STYLE = ("QLabel#reason { color: #8a1414; background: #fdecec; border: 1px solid #e3a5a5;"
         " border-radius: 3px; padding: 2px 5px; }")


class ReasonLabel(QLabel):
    """A hidden label that shows why a value was refused, until it is corrected or undone.

    In a form it sits under its field (hidden, it takes no room). In a table it floats under
    the open cell editor (:meth:`place_under`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName("Niet opgeslagen")
        self.hide()

    def show_reason(self, text: str) -> None:
        """Shows a reason ("" hides the label)."""
        self.setText(text)
        self.setVisible(bool(text))

    def place_under(self, editor: QWidget) -> None:
        """Floats the label under a cell editor (above it near the bottom of the table)."""
        area = self.parentWidget()
        if area is None:
            return
        width = max(editor.width(), min(360, area.width()))
        self.setFixedWidth(min(width, area.width()))
        self.setFixedHeight(self.heightForWidth(self.width()))
        top_left = editor.mapTo(area, QPoint(0, editor.height()))
        if top_left.y() + self.height() > area.height():
            top_left = editor.mapTo(area, QPoint(0, -self.height()))
        x = max(0, min(top_left.x(), area.width() - self.width()))
        self.move(x, max(0, top_left.y()))
        self.raise_()
