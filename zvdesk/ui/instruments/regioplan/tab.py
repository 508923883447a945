"""The Regioplan tab: start the plan, then one page per part of seed 004, and the document.

Every edit goes through the shared widgets (RecordForm, RecordTable) or the controller, so
each is one undo step. The document is written off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.region.ops import live_projects
from zvdesk.models.regioplan import content as C
from zvdesk.models.regioplan import ops as plan_ops
from zvdesk.models.regioplan import tables as rp
from zvdesk.models.regioplan.read import goal_tree, live_goals, live_trends
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.regioplan import texts as T
from zvdesk.ui.widgets.fields import Field, enum_choices
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

if TYPE_CHECKING:
    from zvdesk.ui.instruments.regioplan.trendchart import TrendChart

log = logging.getLogger(__name__)

RELEVANCE_CHOICES = [(None, "(geen)"), (1, "1 – nauwelijks"), (2, "2"), (3, "3"), (4, "4"),
                     (5, "5 – zeer relevant")]
TREND_FIELDS = [
    Field("title", "Trend", width=300),
    Field("kind", "Soort", "choice", enum_choices(rp.TrendKind, rp.TREND_KIND_LABELS), 140),
    Field("relevance", "Relevantie", "choice", lambda _s: RELEVANCE_CHOICES, 130),
    Field("valence", "Kans of bedreiging", "choice",
          enum_choices(rp.Valence, rp.VALENCE_LABELS, allow_none=True), 150),
    Field("description", "Toelichting", "longtext"),
]


def _parent_choices(session: Session) -> list[tuple[object, str]]:
    return [(None, "(bovenaan)")] + [(node.id, f"{node.number} {node.title}")
                                     for _d, node in goal_tree(session).walk()]


GOAL_FIELDS = [
    Field("title", "Doel", width=320),
    Field("parent_id", "Onder doel", "choice", _parent_choices, 260),
    Field("spearhead", "Speerpunt", "choice", lambda _s: [(False, T.NO), (True, T.YES)], 90),
    Field("description", "Toelichting", "longtext"),
]


def _plan_id() -> str:
    return rp.PLAN_ID


def question_form(controller: DocumentController, questions: tuple[C.PlanQuestion, ...],
                  extra: list[Field] | None = None) -> RecordForm:
    """A form of the plan whose labels are seed 004's questions, each above its answer."""
    fields = [*(extra or []), *(Field(q.field, q.title, "longtext", tooltip=q.question)
                                for q in questions)]
    form = RecordForm(controller, "regioplan", fields, _plan_id)
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    offset = len(extra or [])
    # Seed 004's questions are long: each gets a wrapped label of its own across the form.
    for row, q in reversed(list(enumerate(questions, offset))):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        if label is not None:
            label.hide()
        question = QLabel(f"<b>{q.title}</b> – {q.question}")
        question.setWordWrap(True)
        question.setBuddy(form.editors[q.field])
        layout.insertRow(row, question)
        form.editors[q.field].setMinimumHeight(56)
        form.editors[q.field].setMaximumHeight(120)
    return form


def _scrolled(*widgets: QWidget) -> QScrollArea:
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _JobSignals(QObject):
    done = Signal(object)  # the written Path
    failed = Signal(str)  # Dutch message


class DocumentJob(QRunnable):
    """Writes the regioplan document off the GUI thread."""

    def __init__(self, document: Document, target: Path) -> None:
        super().__init__()
        self.document = document
        self.target = target
        self.signals = _JobSignals()

    def run(self) -> None:  # noqa: D102
        from zvdesk.reports.sections.regioplan.document import generate_regioplan

        try:
            self.signals.done.emit(generate_regioplan(self.document, self.target))
        except ZvdbError as exc:
            self.signals.failed.emit(str(exc))
        except Exception:  # noqa: BLE001 - the user gets one Dutch line, the log the rest
            log.exception("regioplan document failed")
            self.signals.failed.emit(T.UNEXPECTED)


class ProjectsPage(QWidget):
    """Which projects the plan covers: a list with a check box per project."""

    def __init__(self, controller: DocumentController) -> None:
        super().__init__()
        self.controller = controller
        self.list = QListWidget()
        self.list.setAccessibleName(T.PROJECTS_INTRO)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(T.PROJECTS_INTRO))
        layout.addWidget(self.list)
        self._loading = False
        self.list.itemChanged.connect(self._toggled)
        self.reload()

    def reload(self) -> None:
        """Shows every live project, checked when the plan covers it."""
        self._loading = True
        try:
            current = self.list.currentRow()
            self.list.clear()
            with self.controller.session() as s:
                covered = plan_ops.covered_project_ids(s)
                for project in live_projects(s):
                    item = QListWidgetItem(project.name)
                    item.setData(Qt.ItemDataRole.UserRole, project.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    if self.controller.read_only:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(Qt.CheckState.Checked if project.id in covered
                                       else Qt.CheckState.Unchecked)
                    self.list.addItem(item)
            if 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        finally:
            self._loading = False

    def _toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        project_id = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        try:
            self.controller.execute(T.PROJECT_ON if on else T.PROJECT_OFF,
                                    lambda s: plan_ops.set_project_covered(s, project_id, on))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))
            self.reload()


class RegioplanTab(QWidget):
    """The start page until there is a plan; then the parts of the plan as pages."""

    def __init__(self, controller: DocumentController,
                 open_project: Callable[[str, str], None] = lambda _pid, _key: None) -> None:
        super().__init__()
        self.controller = controller
        self.stack = QStackedWidget()
        # the start page
        start = QWidget()
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(_note(T.START_INTRO))
        self.start_button = QPushButton(T.START)
        self.start_button.setEnabled(not controller.read_only)
        self.start_button.clicked.connect(self._start)
        start_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        start_layout.addStretch(1)
        # the plan
        self.document_button = QPushButton(T.DOCUMENT)
        self.document_button.setToolTip(T.DOCUMENT_TIP)
        self.document_button.clicked.connect(self._write_document)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.document_button)
        bar.addWidget(self.status, 1)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.forms = [
            question_form(controller, C.VLIEGENDE_START, [Field("title", T.TITLE_FIELD)]),
            question_form(controller, C.HISTORIE + C.HUIDIGE_SITUATIE),
            question_form(controller, C.DOELEN + C.IMPACT),
            question_form(controller, C.BIJLAGEN),
        ]
        self.trends = RecordTable(controller, "regioplan_trend", TREND_FIELDS, live_trends,
                                  plan_ops.new_trend_values, T.TREND_NOUN)
        self.goals = RecordTable(controller, "regioplan_goal", GOAL_FIELDS, live_goals,
                                 plan_ops.new_goal_values, T.GOAL_NOUN)
        self.projects = ProjectsPage(controller)
        from zvdesk.ui.instruments.regioplan.annexes import InstrumentAnnexes
        from zvdesk.ui.instruments.regioplan.goaltree import GoalTreeScene, GoalTreeView

        #: The trends' chart, made when its page is first shown (pyqtgraph and numpy load
        #: then, not when the tab opens on its first page).
        self.chart: TrendChart | None = None
        self.annexes = InstrumentAnnexes(controller, open_project)
        self.tree_scene = GoalTreeScene(controller)
        self.tree_view = GoalTreeView(self.tree_scene)
        trends_page = QWidget()
        tl = QVBoxLayout(trends_page)
        tl.addWidget(_note(T.TRENDS_INTRO))
        trend_split = QSplitter(Qt.Orientation.Vertical)
        trend_split.addWidget(self.trends)
        trend_split.addWidget(QWidget())  # the chart's place
        self._trend_split = trend_split
        self._trends_page = trends_page
        trend_split.setStretchFactor(0, 3)
        trend_split.setStretchFactor(1, 2)
        tl.addWidget(trend_split, 1)
        goals_page = QWidget()
        gl = QVBoxLayout(goals_page)
        gl.addWidget(_note(T.GOALS_INTRO + " " + C.SHARP_GOALS))
        goal_split = QSplitter(Qt.Orientation.Vertical)
        goal_split.addWidget(self.goals)
        goal_split.addWidget(self.tree_view)
        goal_split.setStretchFactor(0, 2)
        goal_split.setStretchFactor(1, 3)
        gl.addWidget(goal_split, 1)
        for title, page in zip(T.PAGES, (
                _scrolled(self.forms[0]), _scrolled(self.forms[1]), trends_page, goals_page,
                _scrolled(self.forms[2]), _scrolled(self.forms[3], _note(T.ANNEX_NOTE)),
                self.annexes, self.projects), strict=True):
            self.pages.addTab(page, title)
        self.pages.currentChanged.connect(self._page_shown)
        plan = QWidget()
        pl = QVBoxLayout(plan)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(bar)
        pl.addWidget(self.pages, 1)
        self.stack.addWidget(start)
        self.stack.addWidget(plan)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._jobs: list[DocumentJob] = []
        controller.changed.connect(self._on_changed)
        self._show_state()

    def _page_shown(self, _index: int) -> None:
        if self.chart is None and self.pages.currentWidget() is self._trends_page:
            from zvdesk.ui.instruments.regioplan.trendchart import TrendChart

            self.chart = TrendChart(self.controller)
            self._trend_split.replaceWidget(1, self.chart).deleteLater()

    def _show_state(self) -> None:
        with self.controller.session() as s:
            started = plan_ops.get_plan(s) is not None
        self.stack.setCurrentIndex(1 if started else 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.ids.get("regioplan"):
            self._show_state()
        if changes.everything or changes.ids.get("project") or changes.ids.get(
                "regioplan_project"):
            self.projects.reload()
        if changes.ids.get("regioplan_goal"):
            self.goals.reload()  # the "onder doel" names and numbers follow the tree

    def _start(self) -> None:
        try:
            self.controller.execute(T.START, plan_ops.start_plan)
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))

    def flush(self) -> None:
        """Saves typing that has not reached the disk yet."""
        for form in self.forms:
            form.flush()

    def _write_document(self) -> None:
        self.flush()
        with self.controller.session() as s:
            plan = plan_ops.get_plan(s)
            suggestion = ((plan.title if plan else "") or T.TITLE).replace("/", "-") + ".pdf"
        target = dialogs.ask_save_path(self, T.DOCUMENT_TITLE, suggestion, T.DOCUMENT_FILTER)
        if not target:
            return
        job = DocumentJob(self.controller.document, Path(target))
        job.setAutoDelete(False)
        job.signals.done.connect(self._document_written)
        job.signals.failed.connect(self._document_failed)
        self._jobs.append(job)
        self.document_button.setEnabled(False)
        self.status.setText("Regioplan maken…")
        QThreadPool.globalInstance().start(job)

    def _document_written(self, path: Path) -> None:
        self.document_button.setEnabled(True)
        self.status.setText(T.DOCUMENT_DONE.format(name=Path(path).name))

    def _document_failed(self, message: str) -> None:
        self.document_button.setEnabled(True)
        self.status.setText("")
        dialogs.show_error(self, T.DOCUMENT_FAILED, message)
