"""Sub-page "Begrippenlijst": terms × participating organisations → what each means by it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.region.tables import Organisation
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.operations import cell_edit
from zvdesk.ui.widgets.autosave import AutoSaveDelegate, ReloadGuard

REFRESH_KINDS = ("coop_term", "coop_meaning", "coop_participant", "organisation", "person")


@dataclass
class Column:
    """An organisation column of the grid."""

    organisation_id: str
    header: str
    name: str


class GlossaryModel(QAbstractTableModel):
    """Rows are terms; column 0 is the term, the others are organisations' meanings."""

    last_error = ""  # why the last cell edit was refused (operations.cell_edit)
    committing = False  # a cell edit is being written (operations.cell_edit)

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.columns: list[Column] = []
        self.rows: list[tuple[str, str, dict[str, str]]] = []  # (term id, term, meanings)

    def reload(self) -> None:
        """Reads terms, columns and meanings again."""
        self.beginResetModel()
        with self.controller.session() as s:
            self.columns = []
            for org_id in coop.glossary_organisation_ids(s, self.project_id):
                org = s.get(Organisation, org_id)
                name = org.name if org is not None else "?"
                header = (org.short_name or org.name) if org is not None else "?"
                self.columns.append(Column(org_id, header, name))
            terms = coop.terms(s, self.project_id)
            cells = coop.meanings_by_term(s, [t.id for t in terms])
            self.rows = [(t.id, t.term, cells[t.id]) for t in terms]
        self.endResetModel()

    def term_id(self, row: int) -> str:
        """The id of the term in a row."""
        return self.rows[row][0]

    def row_of(self, term_id: str) -> int:
        """The row of a term, or -1."""
        return next((i for i, r in enumerate(self.rows) if r[0] == term_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 1 + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return T.TERM if section == 0 else self.columns[section - 1].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return T.TERM if section == 0 else self.columns[section - 1].name
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        term_id, term, cells = self.rows[index.row()]
        if index.column() == 0:
            value = term
        else:
            value = cells.get(self.columns[index.column() - 1].organisation_id, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.controller.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value or "").strip()
        if self.data(index, role) == text:
            return False
        term_id, term, cells = self.rows[index.row()]
        if index.column() == 0:
            if not cell_edit(self, T.TERM_CHANGE, lambda s: ops.update_record(
                    s, "coop_term", term_id, {"term": text})):
                return False
            self.rows[index.row()] = (term_id, text, cells)
        else:
            org_id = self.columns[index.column() - 1].organisation_id
            if not cell_edit(self, T.MEANING_CHANGE.format(term=term),
                                   lambda s: coop.set_meaning(s, term_id, org_id, text)):
                return False
            cells[org_id] = text
        self.dataChanged.emit(index, index)
        return True


class GlossaryPage(RefreshWhenShown, QWidget):
    """The grid of terms and meanings with add and delete."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.model = GlossaryModel(controller, project_id, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AutoSaveDelegate(self.view))  # cells save while typing
        self.view.setAccessibleName(T.PAGE_GLOSSARY)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(T.ADD_TERM)
        self.add_button.clicked.connect(self.add_term)
        self.add_button.setEnabled(not controller.read_only)
        self.delete_button = QPushButton(T.DELETE_TERM)
        self.delete_button.clicked.connect(self.delete_current)
        delete_action = QAction(T.DELETE, self.view)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_key)
        self.view.addAction(delete_action)
        self.note = QLabel(T.GLOSSARY_NO_ORGS)
        self.note.setWordWrap(True)
        intro = QLabel(T.GLOSSARY_INTRO)
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        # a cell's editor writes while it stays open: reread once it has closed
        self._reload_guard = ReloadGuard(self.view, self.refresh)
        self._reload_timer.timeout.connect(self._reload_guard.request)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Reads the grid again, keeping the current cell."""
        self._reload_timer.stop()
        current = self.view.currentIndex()
        keep = (self.model.term_id(current.row()) if current.isValid() else None,
                current.column())
        self.model.reload()
        self.view.setColumnWidth(0, 140)
        for col in range(1, self.model.columnCount()):
            self.view.setColumnWidth(col, 210)
        self.view.resizeRowsToContents()
        for row in range(self.model.rowCount()):
            self.view.setRowHeight(row, self.view.rowHeight(row) + 10)
        self.note.setVisible(not self.model.columns)
        if keep[0] is not None and self.model.row_of(keep[0]) >= 0:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(keep[0]), keep[1]))
        self.delete_button.setEnabled(bool(self.model.rows) and not self.controller.read_only)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_KINDS):
            if self.model.committing:
                self._reload_timer.start()
            else:
                self._reload_guard.request()

    def add_term(self) -> str | None:
        """Adds a term, makes it current and starts editing its name."""
        with self.controller.session() as s:
            have = {t.term.lower() for t in coop.terms(s, self.project_id)}
        name, n = T.NEW_TERM, 1
        while name.lower() in have:
            n += 1
            name = f"{T.NEW_TERM} {n}"
        try:
            term_id = self.controller.execute(T.ADD_TERM, lambda s: coop.add_term(
                s, self.project_id, name))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
        index = self.model.index(self.model.row_of(term_id), 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)
        return term_id

    def delete_key(self) -> None:
        """Delete: on a term, deletes the term; on a meaning, empties that cell."""
        index = self.view.currentIndex()
        if index.isValid() and index.column() > 0:
            self.model.setData(index, "")
        else:
            self.delete_current()

    def delete_current(self) -> None:
        """Deletes the current term with its meanings after asking (one undo step)."""
        index = self.view.currentIndex()
        if not index.isValid() or self.controller.read_only:
            return
        term_id = self.model.term_id(index.row())
        term = self.model.rows[index.row()][1]
        if not dialogs.confirm(self, T.DELETE, T.DELETE_TERM_Q.format(term=term), yes=T.DELETE):
            return
        try:
            self.controller.execute(f"{T.TERM} verwijderen",
                                    lambda s: ops.delete_records(s, "coop_term", [term_id]))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
