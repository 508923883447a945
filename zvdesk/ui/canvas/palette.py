"""Palette drops: dragging a kind (or a person, a record) from a list onto a canvas.

A palette drag carries one UTF-8 text payload under a canvas's own MIME type
(``application/x-zvdesk-…``). The list side uses :func:`palette_mime` (or
:class:`PaletteList`); the canvas side registers a handler per MIME type with
:meth:`CanvasView.accept_drop <zvdesk.ui.canvas.view.CanvasView.accept_drop>` and gets the
payload and the scene point of the drop. A drop is always a copy: a "move" would make the
source list remove the entry it was dragged from.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

#: What a canvas does with a drop: (payload, scene point).
DropHandler = Callable[[str, QPointF], None]

#: Item data role holding a palette entry's payload.
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole


def palette_mime(mime_type: str, payload: str) -> QMimeData:
    """The MIME data a palette drag carries.

    Args:
        mime_type: The canvas's MIME type, e.g. ``application/x-zvdesk-impact-kind``.
        payload: The text to carry (a kind's value, ``"person:<id>"``).
    """
    data = QMimeData()
    data.setData(mime_type, payload.encode("utf-8"))
    return data


def read_payload(data: QMimeData, mime_type: str) -> str | None:
    """The payload of a palette drag, or None when it carries no such type."""
    if not data.hasFormat(mime_type):
        return None
    return bytes(data.data(mime_type)).decode("utf-8", "replace")


class PaletteList(QListWidget):
    """A drag-only list whose entries carry a payload (``PAYLOAD_ROLE``) to drop on a canvas.

    Args:
        mime_type: The MIME type of the drags.
        payload_of: The payload text of an entry's ``PAYLOAD_ROLE`` data (default ``str``).
    """

    def __init__(self, mime_type: str, payload_of: Callable[[object], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mime_type = mime_type
        self._payload_of = payload_of
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        if not items:
            return QMimeData()
        return palette_mime(self.mime_type, self._payload_of(items[0].data(PAYLOAD_ROLE)))

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [self.mime_type]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction
