"""Sub-page "Afspraken": core values of the cooperation; mandate and investment per participant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.operations import cell_edit
from zvdesk.ui.widgets.autosave import AutoSaveDelegate, ReloadGuard
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import RecordTable

CORE_VALUE_FIELDS = [
    Field("name", T.CORE_VALUE_COL, width=220),
    Field("description", T.CORE_VALUE_DESC, width=520),
]

AGREEMENT_COLUMNS = (("agreed_mandate", T.AGREED_MANDATE, T.AGREED_MANDATE_TIP),
                     ("investment", T.INVESTMENT, T.INVESTMENT_TIP))


class AgreementModel(QAbstractTableModel):
    """One row per participant: its name (read-only), the agreed mandate and the investment."""

    last_error = ""  # why the last cell edit was refused (operations.cell_edit)
    committing = False  # a cell edit is being written (operations.cell_edit)

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.rows: list[dict[str, str]] = []

    def reload(self) -> None:
        """Reads the participants again."""
        self.beginResetModel()
        with self.controller.session() as s:
            self.rows = [{"id": p.id, "label": coop.participant_label(s, p),
                          **{name: getattr(p, name) for name, _t, _h in AGREEMENT_COLUMNS}}
                         for p in coop.participants(s, self.project_id)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 1 + len(AGREEMENT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return T.PARTICIPANT.capitalize() if section == 0 else \
                AGREEMENT_COLUMNS[section - 1][1]
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return AGREEMENT_COLUMNS[section - 1][2]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = "label" if index.column() == 0 else AGREEMENT_COLUMNS[index.column() - 1][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return row[key]
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and not self.controller.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        name, title, _tip = AGREEMENT_COLUMNS[index.column() - 1]
        text = str(value or "").strip()
        row = self.rows[index.row()]
        if row[name] == text:
            return False
        pid = row["id"]
        if not cell_edit(self, f"{title} wijzigen", lambda s: ops.update_record(
                s, "coop_participant", pid, {name: text})):
            return False
        row[name] = text
        self.dataChanged.emit(index, index)
        return True


def intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AgreementsPage(RefreshWhenShown, QWidget):
    """Core values of the cooperation, and mandate and investment per participant."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id

        def new_value(s: Session) -> dict:
            return {"project_id": project_id, "name": T.NEW_CORE_VALUE,
                    "sort_order": coop.next_order(s, coop.CoopCoreValue, project_id)}

        self.values = RecordTable(controller, "coop_core_value", CORE_VALUE_FIELDS,
                                  lambda s: coop.core_values(s, project_id), new_value,
                                  T.CORE_VALUE)
        self.values.view.setSortingEnabled(False)
        self.values.proxy.sort(-1)  # the agreed order, not alphabetical
        self.mandate_model = AgreementModel(controller, project_id, self)
        self.mandates = QTableView()
        self.mandates.setModel(self.mandate_model)
        self.mandates.setItemDelegate(AutoSaveDelegate(self.mandates))  # saves while typing
        self.mandates.setAccessibleName(T.MANDATE_INVESTMENT)
        self.mandates.setWordWrap(True)
        self.mandates.setAlternatingRowColors(True)
        self.mandates.verticalHeader().setVisible(False)
        self.mandates.horizontalHeader().setStretchLastSection(True)
        self.mandates.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        clear_action = QAction(T.CLEAR_CELL, self.mandates)
        clear_action.setShortcut(QKeySequence.StandardKey.Delete)
        clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_action.triggered.connect(self.clear_cell)
        self.mandates.addAction(clear_action)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        # a cell's editor writes while it stays open: reread once it has closed
        self._reload_guard = ReloadGuard(self.mandates, self.refresh)
        self._reload_timer.timeout.connect(self._reload_guard.request)
        controller.changed.connect(self._on_changed)
        self.reload()
        values_box = QGroupBox(T.CORE_VALUES)
        QVBoxLayout(values_box).addWidget(self.values)
        mandates_box = QGroupBox(T.MANDATE_INVESTMENT)
        ml = QVBoxLayout(mandates_box)
        ml.addWidget(intro(T.MANDATE_NOTE))
        ml.addWidget(self.mandates)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(values_box)
        splitter.addWidget(mandates_box)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(intro(T.AGREEMENTS_INTRO))
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        """Reads mandate and investment per participant again."""
        self._reload_timer.stop()
        self.mandate_model.reload()
        self.mandates.setColumnWidth(0, 240)
        self.mandates.setColumnWidth(1, 330)
        self.mandates.resizeRowsToContents()

    def clear_cell(self) -> None:
        """Delete: empties the current mandate or investment cell (one undo step)."""
        index = self.mandates.currentIndex()
        if index.isValid() and index.column() > 0:
            self.mandate_model.setData(index, "")

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("coop_participant", "organisation", "person"):
            if self.mandate_model.committing:
                self._reload_timer.start()
            else:
                self._reload_guard.request()
