"""The dialogs of vastgestelde versies: recording one, and the list of a file's versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.ops import list_live
from zvdesk.models.core.versions.store import list_versions, record_version
from zvdesk.models.core.versions.tables import ADOPTED_BY_LABELS, AdoptedBy
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.operations import run_edit
from zvdesk.ui.versions import texts


class RecordDialog(QDialog):
    """Name, date (today), who adopted it and a note; OK records the version (one undo step).

    Attributes:
        recorded: The id of the recorded version (None until OK succeeded).
    """

    def __init__(self, parent: QWidget, controller: DocumentController,
                 project_id: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.RECORD_TITLE)
        self.controller = controller
        self.recorded: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(texts.RECORD_INTRO)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.project = QComboBox()
        with controller.session() as s:
            for p in list_live(s, "project"):
                self.project.addItem(p.name, p.id)
        if project_id is not None and self.project.findData(project_id) >= 0:
            self.project.setCurrentIndex(self.project.findData(project_id))
        self.name = QLineEdit()
        self.name.setPlaceholderText(texts.NAME_HINT)
        self.adopted_on = QDateEdit(QDate.currentDate())
        self.adopted_on.setCalendarPopup(True)
        self.adopted_on.setDisplayFormat("dd-MM-yyyy")
        self.adopted_by = QComboBox()
        for value in (AdoptedBy.COLLEGE, AdoptedBy.RAAD, AdoptedBy.RBO, AdoptedBy.OTHER):
            label = ADOPTED_BY_LABELS[value]
            self.adopted_by.addItem(label[0].upper() + label[1:], value.value)
        self.adopted_by_text = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        form.addRow(texts.PROJECT, self.project)
        form.addRow(texts.NAME, self.name)
        form.addRow(texts.DATE, self.adopted_on)
        form.addRow(texts.BY, self.adopted_by)
        form.addRow(texts.BY_TEXT, self.adopted_by_text)
        form.addRow(texts.NOTE, self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Vastleggen")
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.project.count() == 0:
            self.ok_button.setEnabled(False)
            intro.setText(texts.NO_PROJECT)
        self.resize(520, 420)

    def _record(self) -> None:
        project_id = self.project.currentData()
        name = self.name.text()
        q = self.adopted_on.date()
        values = {"adopted_on": date(q.year(), q.month(), q.day()),
                  "adopted_by": AdoptedBy(self.adopted_by.currentData()),
                  "adopted_by_text": self.adopted_by_text.text(),
                  "note": self.note.toPlainText()}
        outcome = run_edit(self, self.controller,
                           texts.UNDO_RECORD.format(name=name.strip()),
                           lambda s: record_version(s, project_id, name, **values))
        if outcome:
            self.recorded = outcome.value
            self.accept()


class VersionsDialog(QDialog):
    """The file's versions, per project; "Openen (alleen lezen)" shows one in the window."""

    def __init__(self, parent: QWidget, controller: DocumentController,
                 open_version: Callable[[str], bool]) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.LIST_TITLE)
        self._open_version = open_version
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        with controller.session() as s:
            names = {p.id: p.name for p in list_live(s, "project")}
            versions = list_versions(s)
        for v in versions:
            line = f"{names.get(v.project_id, '?')}: {v.title}"
            if v.note.strip():
                line += f"\n    {v.note.strip()}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.list.addItem(item)
        self.empty = QLabel(texts.LIST_EMPTY)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not versions)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.open_button = QPushButton(texts.OPEN)
        self.open_button.clicked.connect(self._open)
        self.compare_button = QPushButton(texts.COMPARE)
        self.compare_button.clicked.connect(self._compare)
        self.controller = controller
        self.compare_dialog: CompareDialog | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.list.itemDoubleClicked.connect(lambda _i: self._open())
        if versions:
            self.list.setCurrentRow(len(versions) - 1)
        self._update()
        self.resize(620, 360)

    def _update(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)
        self.compare_button.setEnabled(self.list.currentItem() is not None)

    def _compare(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.compare_dialog = CompareDialog(self, self.controller,
                                            item.data(Qt.ItemDataRole.UserRole))
        self.compare_dialog.show()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        version_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self._open_version(version_id)


class CompareDialog(QDialog):
    """"Vergelijken met…": a version against the current state or another version, per
    instrument, as a readable list."""

    def __init__(self, parent: QWidget, controller: DocumentController,
                 version_id: str) -> None:
        super().__init__(parent)
        self.controller = controller
        self.version_id = version_id
        with controller.session() as s:
            versions = list_versions(s)
        version = next(v for v in versions if v.id == version_id)
        self.setWindowTitle(texts.COMPARE_TITLE.format(name=version.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.other = QComboBox()
        self.other.addItem(texts.CURRENT, "")
        for v in versions:
            if v.project_id == version.project_id and v.id != version_id:
                self.other.addItem(v.title, v.id)
        form.addRow(texts.COMPARE_WITH, self.other)
        layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.other.currentIndexChanged.connect(lambda _i: self.refresh())
        self.project_id = version.project_id
        self.refresh()
        self.resize(760, 520)

    def refresh(self) -> None:
        """Shows the differences with the chosen state."""
        from zvdesk.models.core.versions.compare import compare, diff_lines
        from zvdesk.models.core.versions.store import current_state, version_state
        from zvdesk.ui.registry import instruments_for

        titles = {spec.key: spec.title for scope in ("region", "project")
                  for spec in instruments_for(scope)}
        other = self.other.currentData()
        with self.controller.session() as s:
            before, _ = version_state(s, self.version_id)
            after = (version_state(s, other)[0] if other
                     else current_state(s, self.project_id)[0])
        self.diffs = compare(before, after)
        self.text.setPlainText("\n".join(diff_lines(self.diffs, titles)))
