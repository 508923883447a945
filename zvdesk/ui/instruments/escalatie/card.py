"""Sub-page "Regiekaart": the card as a table (phases as columns) and its own row names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import Regiekaart, regiekaart
from zvdesk.models.escalatie.tables import DEFAULT_TITLE, ROWS
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.escalatie import texts as T
from zvdesk.ui.widgets.autosave import attach_line, show_text


class CardModel(QAbstractTableModel):
    """Rows are the agreements, columns the phases; read-only (edit on the other page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = Regiekaart(DEFAULT_TITLE, [], [])

    def set_card(self, card: Regiekaart) -> None:
        """Shows another state of the card."""
        self.beginResetModel()
        self.card = card
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.card.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.card.phases)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.card.rows[section][1]
            return None
        phase = self.card.phases[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"AVE {phase.number}\n{phase.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{phase.heading} ({phase.colour_name.lower()})"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(phase.fill))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(phase.ink))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.card.rows[index.row()][0]
        text = self.card.phases[index.column()].values.get(key, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text or T.EMPTY_CELL
        if role == Qt.ItemDataRole.AccessibleTextRole:
            phase = self.card.phases[index.column()]
            return f"{phase.heading}, {self.card.rows[index.row()][1]}: {text or 'leeg'}"
        return None


class CardPage(QWidget):
    """The regiekaart as a table, and the card's title and row names to edit."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.model = CardModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(T.CARD_TABLE)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setMinimumSectionSize(140)
        self.view.verticalHeader().setMaximumWidth(220)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        intro = QLabel(T.CARD_INTRO)
        intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        self.autosaves = {}
        labels_box = QGroupBox(T.LABELS)
        form = QFormLayout(labels_box)
        for key, default in (("title", DEFAULT_TITLE), *ROWS):
            edit = QLineEdit()
            edit.setPlaceholderText(default)
            title = T.CARD_TITLE if key == "title" else default
            edit.setAccessibleName(title)
            edit.setEnabled(not controller.read_only)
            self.autosaves[key] = attach_line(edit, lambda k=key: self._commit(k))
            self.edits[key] = edit
            form.addRow(f"{title}:", edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(labels_box)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.title_label)
        tl.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Reads the card again."""
        with self.controller.session() as s:
            card = regiekaart(s, self.project_id)
            own = ave.card(s, self.project_id)
            values = {"title": own.title if own else ""}
            values.update({key: getattr(own, f"label_{key}") if own else "" for key, _ in ROWS})
        self.model.set_card(card)
        self.title_label.setText(card.title)
        for key, edit in self.edits.items():
            show_text(edit, values[key], self.autosaves[key])
        for col in range(self.model.columnCount()):
            self.view.setColumnWidth(col, 230)
        self.view.resizeRowsToContents()

    def _commit(self, key: str) -> None:
        if self.controller.read_only:
            return
        text = self.edits[key].text().strip()
        with self.controller.session() as s:
            own = ave.card(s, self.project_id)
            stored = (getattr(own, "title" if key == "title" else f"label_{key}")
                      if own else "")
        if text == stored:
            return
        try:
            self.controller.execute(T.TITLE_UNDO if key == "title" else T.LABEL_UNDO,
                                    lambda s: ave.set_label(s, self.project_id, key, text))
        except ZvdbError as exc:
            dialogs.show_error(self, "Ongeldige invoer", str(exc))
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("ave_card", "ave_phase", "project", "meeting"):
            self.reload()
