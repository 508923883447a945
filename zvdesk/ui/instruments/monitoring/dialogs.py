"""The Monitoring tab's dialogs: choose indicators from the toolbox, import measurements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.monitoring import ops as mon
from zvdesk.models.monitoring.tables import BLOCK_LABELS
from zvdesk.ui import dialogs
from zvdesk.ui.instruments.monitoring import texts as T
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import format_date, format_number

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_sheet_path(parent: QWidget | None, folder: str) -> str | None:
    """Asks which spreadsheet to read (tests patch this)."""
    path, _ = QFileDialog.getOpenFileName(parent, T.SHEET_ASK, folder, T.SHEET_FILTER)
    return path or None


class CatalogueDialog(QDialog):
    """The toolbox's example indicators by block, to tick; "Toevoegen" is one undo step."""

    def __init__(self, controller: Any, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.setWindowTitle(T.CATALOGUE_TITLE)
        intro = QLabel(T.CATALOGUE_INTRO)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(T.CATALOGUE_TITLE)
        with controller.session() as s:
            have = {r.catalogue_key for r in mon.indicators(s, project_id)}
        block = None
        for entry in mon.catalogue():
            if entry.block != block:
                block = entry.block
                header = QListWidgetItem(BLOCK_LABELS[block].upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            item = QListWidgetItem(entry.name + (T.CATALOGUE_HAVE if entry.key in have else ""))
            item.setData(KEY_ROLE, entry.key)
            if entry.key in have:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(T.ADD_CHOSEN, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def chosen_keys(self) -> list[str]:
        """The keys of the ticked indicators, in the catalogue's order."""
        found = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(KEY_ROLE) and item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(KEY_ROLE))
        return found

    def _add(self) -> None:
        keys = self.chosen_keys()
        if keys and not run_edit(self, self.controller, T.ADD_FROM_CATALOGUE,
                                 lambda s: mon.add_from_catalogue(s, self.project_id, keys)):
            return
        self.accept()


class ImportDialog(QDialog):
    """Choose a sheet, see per row what happens, then import it (one undo step)."""

    def __init__(self, controller: Any, indicator_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zvdesk.models.monitoring.importing import MeasurementPlan

        self.controller = controller
        self.indicator_id = indicator_id
        self.plan: MeasurementPlan | None = None
        self.setWindowTitle(T.IMPORT_TITLE)
        intro = QLabel(T.IMPORT_INTRO)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(T.IMPORT_FILE)
        self.path_edit.editingFinished.connect(self._load)
        choose = QPushButton(T.IMPORT_CHOOSE)
        choose.clicked.connect(self._choose)
        self.choose_button = choose
        row = QHBoxLayout()
        row.addWidget(QLabel(f"{T.IMPORT_FILE}:"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.preview = QTableWidget(0, len(T.IMPORT_COLUMNS))
        self.preview.setHorizontalHeaderLabels(T.IMPORT_COLUMNS)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setAccessibleName(T.IMPORT_TITLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        self.import_button = buttons.addButton(T.IMPORT_DO,
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _choose(self) -> None:
        path = ask_sheet_path(self, str(self.controller.document.path.parent))
        if path:
            self.path_edit.setText(path)
            self._load()

    def _load(self) -> None:
        from zvdesk.models.monitoring.importing import plan_measurements
        from zvdesk.models.region.tabular import read_sheet

        self.plan = None
        self.import_button.setEnabled(False)
        self.preview.setRowCount(0)
        path = self.path_edit.text().strip()
        if not path:
            return
        try:
            rows = read_sheet(path)
            with self.controller.session() as s:
                self.plan = plan_measurements(s, self.indicator_id, rows)
        except ZvdbError as exc:
            self.summary.setText(str(exc))
            return
        plan = self.plan
        self.preview.setRowCount(len(plan.rows))
        for i, item in enumerate(plan.rows):
            texts = (str(item.line), format_date(item.measured_on),
                     item.municipality or T.WHOLE_REGION, format_number(item.value),
                     T.IMPORT_ACTIONS[item.action], item.reason)
            for c, text in enumerate(texts):
                self.preview.setItem(i, c, QTableWidgetItem(text))
        self.summary.setText(f"{Path(path).name}: {plan.summary()}.")
        self.import_button.setEnabled(not self.controller.read_only and bool(
            plan.count("toevoegen") + plan.count("vervangen")))

    def _import(self) -> None:
        from zvdesk.models.monitoring.importing import apply_measurements

        plan = self.plan
        if plan is None:
            return
        outcome = run_edit(self, self.controller, T.IMPORT_UNDO,
                           lambda s: apply_measurements(s, plan), title=T.NOT_IMPORTED)
        if not outcome:
            return
        done = outcome.value
        dialogs.show_info(self, T.IMPORTED, T.IMPORT_DONE.format(
            added=done["toevoegen"], replaced=done["vervangen"]))
        self.accept()
