"""Sub-page "Vragen en antwoorden": the questions on the left; the shown question's answers
side by side with the group's summary and proposal on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.impact.ops import add_element
from zvdesk.models.impact.tables import ElementKind, ImpactElement
from zvdesk.models.probleemscan import ops as scan_ops
from zvdesk.models.probleemscan import read
from zvdesk.models.probleemscan.read import QuestionView
from zvdesk.models.probleemscan.tables import ANSWER, KINDS, QUESTION, REALISTIC
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.probleemscan import texts as T
from zvdesk.ui.instruments.probleemscan.forms import QuestionForm
from zvdesk.ui.widgets.fields import Field, person_choices
from zvdesk.ui.widgets.recordtable import RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole
ANSWER_FIELDS = [
    Field("answer", T.ANSWER),
    Field("person_id", T.PARTICIPANT, "choice", person_choices, width=150),
    Field("name", T.OTHER_NAME, width=110, tooltip=T.OTHER_NAME_TIP),
]
TITLE_LIMIT = 1000  # the impact element's title column


class QuestionsPage(QWidget):
    """The questions of the scan and, for the chosen one, answers, summary and proposal."""

    def __init__(self, controller: DocumentController, project_id: str,
                 open_instrument: Callable[[str], None] = lambda _key: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.open_instrument = open_instrument
        self._current: QuestionView | None = None
        read_only = controller.read_only

        # -- left: the questions --
        self.list = QListWidget()
        self.list.setAccessibleName(T.QUESTIONS)
        self.list.setWordWrap(True)
        intro = QLabel(T.QUESTIONS_INTRO)
        intro.setWordWrap(True)
        title = QLabel(f"<b>{T.QUESTIONS}</b>")
        title.setBuddy(self.list)
        self.add_button = QPushButton(T.ADD_QUESTION)
        self.delete_button = QPushButton(T.DELETE_QUESTION)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(title)
        ll.addWidget(intro)
        ll.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        ll.addLayout(buttons)

        # -- right: the question, its answers and the summary side by side --
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_form = QuestionForm(controller, project_id,
                                      [Field("question", T.QUESTION_TEXT,
                                             tooltip=T.OWN_QUESTION_TIP)], self.current_id)
        self.framing_label = QLabel()
        self.framing_label.setStyleSheet("color: palette(placeholder-text);")
        self.answers = RecordTable(
            controller, ANSWER, ANSWER_FIELDS, self._answer_rows, self._new_answer,
            T.ANSWER_NOUN, refresh_kinds=("person", "organisation", QUESTION))
        self.answers.view.setSortingEnabled(False)
        self.answers.proxy.sort(-1)  # oldest first, as given
        header = self.answers.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Answers wrap: the facilitator reads them whole while writing the summary.
        self.answers.view.setWordWrap(True)
        self.answers.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        answers_box = QGroupBox(T.ANSWERS)
        al = QVBoxLayout(answers_box)
        hint = QLabel(T.ANSWERS_INTRO)
        hint.setWordWrap(True)
        al.addWidget(hint)
        al.addWidget(self.answers)
        self.result_form = QuestionForm(
            controller, project_id,
            [Field("summary", T.SUMMARY, "longtext", tooltip=T.SUMMARY_TIP),
             Field("proposal", T.PROPOSAL, tooltip=T.PROPOSAL_TIP)], self.current_id)
        form_layout = self.result_form.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form_layout.setContentsMargins(0, 0, 0, 0)
        summary = self.result_form.editors["summary"]
        assert isinstance(summary, QPlainTextEdit)
        summary.setTabChangesFocus(True)
        summary.setMinimumHeight(60)
        self.take_over_button = QPushButton(T.TAKE_OVER)
        self.take_over_status = QLabel()
        self.take_over_status.setWordWrap(True)
        self.open_impact_button = QPushButton(T.OPEN_IMPACT)
        result_box = QGroupBox(T.RESULT)
        rl = QVBoxLayout(result_box)
        rl.addWidget(self.result_form, 1)
        self.take_over_row = QWidget()
        tl = QVBoxLayout(self.take_over_row)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.take_over_button)
        tl.addWidget(self.take_over_status)
        tl.addWidget(self.open_impact_button, 0, Qt.AlignmentFlag.AlignLeft)
        rl.addWidget(self.take_over_row)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(answers_box)
        side.addWidget(result_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setSizes([330, 230])
        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.question_label)
        dl.addWidget(self.text_form)
        dl.addWidget(self.framing_label)
        dl.addWidget(side, 1)
        self.empty = QLabel(T.NO_QUESTION)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        rr = QVBoxLayout(right)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.empty)
        rr.addWidget(self.detail, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_checked)
        self.add_button.clicked.connect(self.add_question)
        self.delete_button.clicked.connect(self.delete_current)
        self.take_over_button.clicked.connect(self.take_over_goal)
        self.open_impact_button.clicked.connect(lambda: self.open_instrument("impact"))
        controller.changed.connect(self._on_changed)
        self.add_button.setEnabled(not read_only)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The id of the shown question (a standard one may not have a row yet)."""
        return self._current.id if self._current is not None else None

    def current(self) -> QuestionView | None:
        """The shown question as last read."""
        return self._current

    def question_ids(self) -> list[str]:
        """Ids of the questions as listed."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def _answer_rows(self, session):  # noqa: ANN001, ANN202 - RecordTable query
        return read.answers_of(session, self.current_id())

    def _new_answer(self, session) -> dict:  # noqa: ANN001 - RecordTable new_values
        q = self._current
        assert q is not None
        return scan_ops.answer_values(session, self.project_id, q.id, q.key, answer="")

    def reload(self) -> None:
        """Reads the questions again, keeping the selection."""
        keep = self.current_id()
        with self.controller.session() as s:
            questions = read.scan_questions(s, self.project_id)
        self.list.blockSignals(True)
        self.list.clear()
        for q in questions:
            extra = T.ANSWERS_SUFFIX.format(n=len(q.answers)) if q.answers else ""
            if not q.used:
                extra = T.NOT_USED
            item = QListWidgetItem(f"{q.number}. {q.text}" + (f"  ({extra})" if extra else ""))
            item.setData(ID_ROLE, q.id)
            item.setToolTip(q.framing or T.OWN_FRAMING)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if self.controller.read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if q.used else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._questions = {q.id: q for q in questions}
        ids = self.question_ids()
        self.select(keep if keep in ids else (ids[0] if ids else None))

    def select(self, question_id: str | None) -> None:
        """Shows a question (saving pending typing first)."""
        moved = question_id != self.current_id()
        if moved:
            self.result_form.flush()
            self.text_form.flush()
        self._current = self._questions.get(question_id) if question_id else None
        q = self._current
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == question_id:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)
        self.detail.setVisible(q is not None)
        self.empty.setVisible(q is None)
        editable = not self.controller.read_only
        self.delete_button.setEnabled(editable and q is not None and q.own)
        self.delete_button.setToolTip("" if q is None or q.own else T.ONLY_OWN_DELETE)
        if q is None:
            return
        self.text_form.reload()  # before it may hide: its editor must not commit old text
        self.question_label.setText(f"<b>{q.number}. {q.text}</b>")
        self.question_label.setVisible(not q.own)
        self.text_form.setVisible(q.own)
        self.framing_label.setText(T.FRAMING.format(framing=q.framing) if q.framing
                                   else T.OWN_FRAMING)
        self.text_form.reload()
        self.result_form.reload()
        if moved:  # otherwise the table follows its own change notices (safe while editing)
            self.answers.reload()
        self.answers.add_button.setEnabled(editable)
        self._update_take_over()

    def _update_take_over(self) -> None:
        q = self._current
        shown = q is not None and q.key == REALISTIC
        self.take_over_row.setVisible(shown)
        if not shown:
            return
        with self.controller.session() as s:
            text = read.realistic_result(s, self.project_id)
            taken = bool(text) and self._goal_exists(s, text[:TITLE_LIMIT])
        self.take_over_button.setEnabled(bool(text) and not taken
                                         and not self.controller.read_only)
        self.take_over_status.setText(T.TAKE_OVER_DONE if taken
                                      else ("" if text else T.TAKE_OVER_EMPTY))
        self.open_impact_button.setVisible(taken)

    def _goal_exists(self, session, title: str) -> bool:  # noqa: ANN001
        return session.scalar(select(ImpactElement.id).where(
            ImpactElement.project_id == self.project_id, ImpactElement.deleted_at.is_(None),
            ImpactElement.kind == ElementKind.DOEL, ImpactElement.title == title)) is not None

    def _current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        self.select(item.data(ID_ROLE) if item is not None else None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "person", "organisation"):
            self.reload()
        elif changes.touches("impact_element"):
            self._update_take_over()

    # -- editing --------------------------------------------------------------------------

    def _item_checked(self, item: QListWidgetItem) -> None:
        question_id = item.data(ID_ROLE)
        q = self._questions.get(question_id)
        used = item.checkState() == Qt.CheckState.Checked
        if q is None or q.used == used or self.controller.read_only:
            return
        try:
            self.controller.execute(T.SWITCH_ON if used else T.SWITCH_OFF,
                                    lambda s: scan_ops.set_question(
                                        s, self.project_id, question_id, {"used": used}))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            self.reload()

    def add_question(self) -> str | None:
        """Adds an own question, shows it and puts the cursor in its text."""
        try:
            new_id = self.controller.execute(T.ADD_QUESTION, lambda s: scan_ops.add_own_question(
                s, self.project_id, T.NEW_QUESTION))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
        self.reload()
        self.select(new_id)
        editor = self.text_form.editors["question"]
        editor.setFocus()
        editor.selectAll()  # type: ignore[attr-defined]
        return new_id

    def delete_current(self) -> None:
        """Deletes the shown own question after asking (one undo step)."""
        q = self._current
        if q is None or not q.own or self.controller.read_only:
            return
        if not dialogs.confirm(self, T.DELETE_QUESTION, T.DELETE_QUESTION_Q.format(text=q.text),
                               yes=T.DELETE_QUESTION):
            return
        try:
            self.controller.execute(T.DELETE_QUESTION_UNDO,
                                    lambda s: ops.delete_records(s, QUESTION, [q.id]))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))

    def take_over_goal(self) -> str | None:
        """Adds the realistic end result as a Doel to the project's impact framework."""
        self.result_form.flush()
        with self.controller.session() as s:
            text = read.realistic_result(s, self.project_id)[:TITLE_LIMIT]
            if not text or self._goal_exists(s, text):
                return None
        try:
            return self.controller.execute(T.TAKE_OVER_UNDO, lambda s: add_element(
                s, self.project_id, ElementKind.DOEL, title=text))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
