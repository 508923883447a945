"""Small editors of the stappenplan tab that save through a model function.

:class:`PausedText` is a :class:`LongTextEditor` (so the main window's "save pending typing"
finds it) whose value comes from the stappenplan's read API and whose save goes through a
function of the tab — a step row may not exist yet, so it cannot be bound to a record id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from zvdesk.models.steps.tables import StepStatus
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import LongTextEditor


class PausedText(LongTextEditor):
    """A labelled text field that saves after a short pause (one undo step per save).

    Args:
        controller: The open document.
        title: Label text, with a mnemonic ("&Motivering").
        save: Called with the new text when it should be saved.
        placeholder: Grey text shown while the field is empty.
        lines: Visible height in text lines.
        hint: Optional small explanation shown between label and field.
    """

    def __init__(self, controller: DocumentController, title: str,
                 save: Callable[[str], None], *, placeholder: str = "", lines: int = 3,
                 hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(controller, "project_step",
                         Field("text", title.replace("&", ""), "longtext",
                               tooltip=placeholder), parent)
        self._save = save
        self._value = ""
        self.label.setText(title)
        self.label.setWordWrap(True)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setFixedHeight(height)
        self.hint = None
        if hint:
            self.hint = QLabel(hint)
            self.hint.setWordWrap(True)
            self.hint.setStyleSheet("color: palette(placeholder-text);")
            self.layout().insertWidget(1, self.hint)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt API
        """Saves at once when the field loses focus."""
        if (watched is self.edit and isinstance(event, QEvent)
                and event.type() == QEvent.Type.FocusOut and self.autosave.waiting()):
            self.autosave.finish(self.commit)
        return False

    def set_value(self, text: str) -> None:
        """Shows a stored value (unless the user is typing over it right now)."""
        self._value = text or ""
        if self.autosave.waiting() or self.edit.toPlainText() == self._value:
            return
        self._loading = True
        self.edit.setPlainText(self._value)
        self._loading = False

    def value(self) -> str:
        """The text as shown."""
        return self.edit.toPlainText()

    def load(self, record_id: str | None) -> None:  # noqa: ARG002 - not bound to a record
        """Not used: values come from :meth:`set_value`."""

    def commit(self) -> None:
        """Saves the text if it differs from the stored value."""
        self.autosave.done()
        if self.controller.read_only:
            return
        text = self.edit.toPlainText()
        if text == self._value:
            return
        self._value = text
        self._save(text)


_STATUS_COLOURS = {StepStatus.NIET_GESTART: "#9e9e9e", StepStatus.BEZIG: "#e08a00",
                   StepStatus.AFGEROND: "#2e7d32"}


def status_icon(status: StepStatus, size: int = 18) -> QIcon:
    """An icon per status that differs in shape as well as colour.

    Niet gestart: an open circle; bezig: a half-filled circle; afgerond: a filled circle
    with a tick.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_STATUS_COLOURS[status])
    painter.setPen(QPen(colour, 2))
    rect = pixmap.rect().adjusted(2, 2, -2, -2)
    if status is StepStatus.AFGEROND:
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawPolyline([QPointF(size * 0.3, size * 0.52),
                              QPointF(size * 0.45, size * 0.68),
                              QPointF(size * 0.72, size * 0.36)])
    elif status is StepStatus.BEZIG:
        painter.drawEllipse(rect)
        painter.setBrush(colour)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
        painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)
