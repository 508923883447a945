"""The merge preview: what the colleague's copy changes, conflicts side by side, then merge.

The comparison runs off the GUI thread (the task runner); nothing is written until "Samenvoegen", which runs the
whole merge as one undoable edit through the controller.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.sharing.merge import MergePlan
from zvdesk.models.core.sharing.merge_apply import (
    Choice,
    MergeSummary,
    apply_merge,
    plan_with_file,
    summarize_plan,
)
from zvdesk.models.core.sharing.texts import display_value, field_label
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.sharing import texts as t
from zvdesk.ui.tasks import TaskContext, run_task

log = logging.getLogger(__name__)


class _Planner(QObject):
    """Compares the files through the task runner and reports back on the GUI thread."""

    planned = Signal(object)  # MergePlan
    failed = Signal(str)  # Dutch message

    def start(self, controller: DocumentController, path: Path, name: str,
              cleanup: Path | None) -> None:
        def work(_ctx: TaskContext) -> MergePlan:
            try:
                return plan_with_file(controller.document, path, theirs_name=name)
            finally:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)

        self.task = run_task(self, work, on_success=self.planned.emit,
                             on_failure=self.failed.emit, failure_text=t.MERGE_UNEXPECTED)


class MergeDialog(QDialog):
    """Preview and choices for merging one copy into the open document.

    Attributes:
        plan: The comparison, once done.
        summary: What the merge did, after "Samenvoegen".
    """

    def __init__(self, controller: DocumentController, theirs: Path, *, name: str | None = None,
                 cleanup: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.name = name or Path(theirs).name
        self.plan: MergePlan | None = None
        self.summary: MergeSummary | None = None
        self.choices: dict[tuple[str, str, str], Choice] = {}
        self.setWindowTitle(t.MERGE_TITLE)
        self.resize(900, 620)

        self.status = QLabel(t.MERGE_BUSY.format(name=self.name))
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([t.MERGE_SUMMARY])
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.table = QTableWidget(0, len(t.MERGE_COLUMNS))
        self.table.setHorizontalHeaderLabels(t.MERGE_COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(0, 200)
        self.all_mine = QPushButton(t.MERGE_ALL_MINE)
        self.all_theirs = QPushButton(t.MERGE_ALL_THEIRS)
        self.all_mine.clicked.connect(lambda: self._choose_all("mine"))
        self.all_theirs.clicked.connect(lambda: self._choose_all("theirs"))
        bulk = QHBoxLayout()
        bulk.addWidget(self.conflict_label, 1)
        bulk.addWidget(self.all_mine)
        bulk.addWidget(self.all_theirs)
        conflicts = QWidget()
        cl = QVBoxLayout(conflicts)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(bulk)
        cl.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(conflicts)
        self.splitter.setVisible(False)

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(t.MERGE_OK, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(t.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)

        self._planner = _Planner(self)
        self._planner.planned.connect(self.show_plan)
        self._planner.failed.connect(self._failed)
        self._planner.start(controller, Path(theirs), self.name, cleanup)

    # -- showing the plan --------------------------------------------------------------------

    def show_plan(self, plan: MergePlan) -> None:
        """Fills the preview from a finished comparison."""
        self.plan = plan
        self.busy.hide()
        parts = [t.MERGE_INTRO.format(name=self.name)]
        parts.append(t.MERGE_BASE.format(when=display_value(plan.base)) if plan.base
                     else t.MERGE_BASE_UNKNOWN)
        if not plan.related:
            parts.append(t.MERGE_UNRELATED)
        if plan.empty:
            parts = [t.MERGE_NOTHING]
        self.status.setText("\n\n".join(parts))
        self.splitter.setVisible(not plan.empty)
        self._fill_tree(summarize_plan(plan))
        self._fill_conflicts(plan)
        self._update_ok()

    def _fill_tree(self, summary: MergeSummary) -> None:
        self.tree.clear()
        for entry in summary.kinds.values():
            top = QTreeWidgetItem([entry.line()])
            for items, word in ((entry.added, t.ADDED), (entry.changed, t.CHANGED),
                                (entry.removed, t.REMOVED), (entry.revived, t.REVIVED)):
                for title in items:
                    top.addChild(QTreeWidgetItem([f"{title} – {word}"]))
            self.tree.addTopLevelItem(top)
        if summary.notes:
            top = QTreeWidgetItem([t.NOTES])
            for note in summary.notes:
                top.addChild(QTreeWidgetItem([note]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _fill_conflicts(self, plan: MergePlan) -> None:
        n = len(plan.conflicts)
        self.conflict_label.setText(t.MERGE_CONFLICTS.format(n=n) if n else t.MERGE_NO_CONFLICTS)
        self.all_mine.setVisible(bool(n))
        self.all_theirs.setVisible(bool(n))
        self.table.setVisible(bool(n))
        self.table.setRowCount(n)
        for row, conflict in enumerate(plan.conflicts):
            cells = (conflict.title, field_label(conflict.field), display_value(conflict.mine),
                     display_value(conflict.theirs))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            box = QComboBox()
            box.addItems([t.MERGE_CHOOSE, t.MERGE_MINE, t.MERGE_THEIRS])
            box.setAccessibleName(f"Keuze voor {cells[0]}, {cells[1]}")
            box.currentIndexChanged.connect(
                lambda index, key=conflict.key: self._choose(key, index))
            self.table.setCellWidget(row, 4, box)
        self.table.resizeRowsToContents()

    def _choose(self, key: tuple[str, str, str], index: int) -> None:
        if index == 0:
            self.choices.pop(key, None)
        else:
            self.choices[key] = "mine" if index == 1 else "theirs"
        self._update_ok()

    def _choose_all(self, choice: Choice) -> None:
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 4)
            box.setCurrentIndex(1 if choice == "mine" else 2)

    def _update_ok(self) -> None:
        plan = self.plan
        self.ok.setEnabled(plan is not None and not plan.empty
                           and all(c.key in self.choices for c in plan.conflicts))

    def _failed(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(message)
        dialogs.show_error(self, t.MERGE_FAILED_TITLE, message)

    # -- merging -----------------------------------------------------------------------------

    def merge(self) -> None:
        """Carries out the merge as one undo step and closes the dialog."""
        plan = self.plan
        if plan is None or not self.ok.isEnabled():
            return
        try:
            self.summary = self.controller.execute(
                t.MERGE_UNDO_TEXT.format(name=self.name),
                lambda s: apply_merge(s, plan, dict(self.choices)))
        except ZvdbError as exc:
            dialogs.show_error(self, t.MERGE_FAILED_TITLE, str(exc))
            return
        self.controller.reload()
        self.accept()
