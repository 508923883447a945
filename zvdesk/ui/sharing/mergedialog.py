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
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.sharing.crypto import KeyMaterial
from zvdesk.models.core.sharing.merge import MergePlan
from zvdesk.models.core.sharing.merge_apply import (
    MergeSummary,
    OtherRegion,
    apply_merge,
    plan_with_file,
    summarize_plan,
)
from zvdesk.models.core.sharing.region_import import RegionImport, import_region, suggested_name
from zvdesk.models.core.sharing.texts import display_value
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.sharing import texts as t
from zvdesk.ui.sharing.conflictview import ConflictView
from zvdesk.ui.tasks import TaskContext, run_modal, run_task

log = logging.getLogger(__name__)


class _Planner(QObject):
    """Compares the files through the task runner and reports back on the GUI thread."""

    planned = Signal(object)  # MergePlan
    failed = Signal(str)  # Dutch message
    other_region = Signal(object)  # OtherRegion: the copy is another region's file

    def start(self, controller: DocumentController, path: Path, name: str,
              cleanup: Path | None) -> None:
        other: list[OtherRegion] = []

        def work(_ctx: TaskContext) -> MergePlan:
            try:
                return plan_with_file(controller.document, path, theirs_name=name)
            except OtherRegion as exc:
                other.append(exc)  # it may still be saved as a region: the dialog cleans up
                raise
            finally:
                if cleanup is not None and not other:
                    shutil.rmtree(cleanup, ignore_errors=True)

        def failed(message: str) -> None:
            if other:
                self.other_region.emit(other[0])
            else:
                self.failed.emit(message)

        self.task = run_task(self, work, on_success=self.planned.emit, on_failure=failed,
                             failure_text=t.MERGE_UNEXPECTED)


class MergeDialog(QDialog):
    """Preview and choices for merging one copy into the open document.

    Attributes:
        plan: The comparison, once done.
        summary: What the merge did, after "Samenvoegen".
        other_region: Set when the copy is another region's file (it is not merged).
        separate: The other region saved as a file of its own ("Als aparte regio opslaan en
            openen…"), for the window to open.
    """

    def __init__(self, controller: DocumentController, theirs: Path, *, name: str | None = None,
                 cleanup: Path | None = None, original: Path | None = None,
                 key: KeyMaterial | None = None, parent: QWidget | None = None) -> None:
        """Starts comparing at once.

        Args:
            controller: The open document.
            theirs: The copy to read (a protected copy: its decrypted private file).
            name: The copy's name as the user knows it.
            cleanup: A private folder to remove when the dialog closes.
            original: The file the user chose (when ``theirs`` is its decrypted copy).
            key: The protected copy's key (a region saved apart is protected with it).
            parent: The window.
        """
        super().__init__(parent)
        self.controller = controller
        self.name = name or Path(theirs).name
        self.plan: MergePlan | None = None
        self.summary: MergeSummary | None = None
        self.other_region: OtherRegion | None = None
        self.separate: RegionImport | None = None
        self._source, self._cleanup = Path(theirs), cleanup
        self._original, self._key = original or Path(theirs), key
        self.setWindowTitle(t.MERGE_TITLE)
        self.resize(900, 620)

        self.status = QLabel(t.MERGE_BUSY.format(name=self.name))
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([t.MERGE_SUMMARY])
        self.conflict_view = ConflictView()
        self.conflict_view.changed.connect(self._update_ok)
        # the parts tests and keyboard users reach directly
        self.table = self.conflict_view.table
        self.all_mine = self.conflict_view.all_mine
        self.all_theirs = self.conflict_view.all_theirs
        conflicts = self.conflict_view
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(conflicts)
        self.splitter.setVisible(False)

        buttons = QDialogButtonBox()
        self.separate_button = QPushButton(t.MERGE_SEPARATE_REGION)
        self.separate_button.clicked.connect(self._save_separate_region)
        buttons.addButton(self.separate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.separate_button.hide()  # only for another region's file
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
        self._planner.other_region.connect(self._other_region)
        self.finished.connect(self._clean_up)
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
        self.conflict_view.set_conflicts(plan.conflicts)

    @property
    def choices(self) -> dict:
        """The choices made so far, ``(kind, id, field) -> "mine" | "theirs" | "both"``."""
        return self.conflict_view.choices

    def _update_ok(self) -> None:
        plan = self.plan
        self.ok.setEnabled(plan is not None and not plan.empty and self.conflict_view.complete())

    def _other_region(self, refusal: OtherRegion) -> None:
        """The copy is another region's file: say which, and offer to keep it apart."""
        self.other_region = refusal
        self.busy.hide()
        self.status.setText(str(refusal))
        self.separate_button.show()

    def _save_separate_region(self) -> None:
        """"Als aparte regio opslaan en openen…": a new file beside the user's own."""
        refusal = self.other_region
        if refusal is None:
            return
        own = self.controller.document.path
        suggestion = own.parent / suggested_name(refusal.their_region)
        chosen = dialogs.ask_save_path(self, t.SEPARATE_REGION_SAVE_TITLE, str(suggestion))
        if not chosen:
            return
        keep_apart = (own, self.controller.document.engine.url.database, self._original)
        try:
            self.separate = run_modal(self, lambda _ctx: import_region(
                self._source, chosen, source_name=self.name, keep_apart=keep_apart,
                key=self._key), t.SEPARATE_REGION_BUSY)
        except ZvdbError as exc:
            dialogs.show_error(self, t.SEPARATE_REGION_FAILED_TITLE, str(exc))
            return
        self.accept()

    def _clean_up(self) -> None:
        if self._cleanup is not None:
            shutil.rmtree(self._cleanup, ignore_errors=True)

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
                lambda s: apply_merge(s, plan, dict(self.conflict_view.choices)))
        except ZvdbError as exc:
            dialogs.show_error(self, t.MERGE_FAILED_TITLE, str(exc))
            return
        self.controller.reload()
        self.accept()
