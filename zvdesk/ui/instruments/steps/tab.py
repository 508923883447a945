"""The stappenplan tab: the six steps on the left, the chosen step's page on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.steps.content import step_text
from zvdesk.models.steps.read import Stappenplan, stappenplan_for_project
from zvdesk.models.steps.tables import MONITORING_AIMS, STEP_ORDER, StepKey, update_step
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.steps import texts
from zvdesk.ui.instruments.steps.content import (
    AmbitionContent,
    MonitoringContent,
    RolesContent,
    TheoryContent,
    TimeoutContent,
)
from zvdesk.ui.instruments.steps.goals import GoalsContent
from zvdesk.ui.instruments.steps.page import StepPage
from zvdesk.ui.instruments.steps.widgets import status_icon
from zvdesk.ui.operations import run_edit

#: Kinds whose changes alter what the tab shows.
WATCHED_KINDS = ("project_step", "step_participant", "step_role", "project", "person",
                 "organisation", "impact_element", "impact_link")

_CONTENT = {StepKey.STAP_1: AmbitionContent, StepKey.STAP_2: GoalsContent,
            StepKey.STAP_3: TheoryContent, StepKey.TIMEOUT: TimeoutContent,
            StepKey.STAP_4: RolesContent, StepKey.STAP_5: MonitoringContent}


class StepsTab(QWidget):
    """A guided path through a project: step list, step page, progress.

    Args:
        controller: The open document.
        project_id: The project.
        open_instrument: Brings another instrument's tab forward (by key).
    """

    def __init__(self, controller: DocumentController, project_id: str,
                 open_instrument: Callable[[str], None]) -> None:
        super().__init__()
        self.controller = controller
        self.project_id = project_id
        self.open_instrument = open_instrument
        self.plan: Stappenplan | None = None
        self._stale = False

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(texts.STEPS_LABEL)
        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(texts.STEPS_ACCESSIBLE)
        self.steps_list.setIconSize(QSize(18, 18))
        self.steps_list.setWordWrap(True)
        self.steps_list.setSpacing(2)
        self.list_label.setBuddy(self.steps_list)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.steps_list, 1)
        left_layout.addWidget(self.progress_label)

        self.stack = QStackedWidget()
        self.pages: dict[StepKey, StepPage] = {}
        for key in STEP_ORDER:
            content = _CONTENT[key](self)
            page = StepPage(self, key, content)
            self.pages[key] = page
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(step_text(key).label)
            item.setData(Qt.ItemDataRole.UserRole, key.value)
            self.steps_list.addItem(item)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.steps_list.currentRowChanged.connect(self._row_changed)
        controller.changed.connect(self._on_changed)
        self.reload()
        self.steps_list.setCurrentRow(0)
        self.setTabOrder(self.steps_list, self.pages[STEP_ORDER[0]].status_combo)

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the stappenplan again and shows it everywhere."""
        self._stale = False
        with self.controller.session() as s:
            self.plan = stappenplan_for_project(s, self.project_id)
        for row, step in enumerate(self.plan.steps):
            item = self.steps_list.item(row)
            item.setIcon(status_icon(step.status))
            item.setText(texts.STATUS_TEXT.format(label=step.label, status=step.status_label))
            item.setToolTip(f"{step.label}: {step.status_label}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{step.label}, {step.status_label}")
        self.progress_label.setText(texts.PROGRESS.format(done=self.plan.completed,
                                                          total=len(self.plan.steps)))
        for page in self.pages.values():
            page.load(self.plan)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*WATCHED_KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # e.g. cards dragged on the impact canvas: read when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Catches up with changes made while another tab was in front."""
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)

    def current_step(self) -> StepKey:
        """The step whose page is shown."""
        return STEP_ORDER[max(0, self.steps_list.currentRow())]

    def show_step(self, key: StepKey | str) -> None:
        """Shows one step's page."""
        self.steps_list.setCurrentRow(STEP_ORDER.index(StepKey(key)))

    def page(self, key: StepKey | str) -> StepPage:
        """The page of a step."""
        return self.pages[StepKey(key)]

    # -- writing --------------------------------------------------------------------------

    def run(self, undo_text: str, fn: Callable[[Session], Any]) -> Any:
        """Runs a model function as one undo step; shows a Dutch message when refused."""
        return run_edit(self, self.controller, undo_text, fn,
                        on_failure=lambda _msg: self.reload()).value

    def save_step(self, key: StepKey, values: dict[str, Any], undo_text: str) -> None:
        """Saves fields of a step (its rows are created in the same undo step if needed)."""
        if self.plan is not None:
            step = self.plan.step(key)
            current = _current_values(step)
            if all(current.get(k, object()) == v for k, v in values.items()):
                return
        self.run(undo_text, lambda s: update_step(s, self.project_id, key, values))


def _current_values(step: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"status": step.status, **step.answers,
                              "ambition": step.ambition, "feasibility": step.feasibility,
                              "feasibility_motivation": step.feasibility_motivation,
                              "monitoring_level": step.monitoring_level,
                              "monitoring_focus": step.monitoring_focus}
    for name, label in MONITORING_AIMS.items():
        values[name] = label in step.monitoring_aims
    return values
