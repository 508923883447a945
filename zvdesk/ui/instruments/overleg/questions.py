"""Sub-page "Vijf gouden vragen en besluit": per meeting the answers, the decision, the change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.tables import (
    CHANGE_FIELDS,
    DECISION_LABELS,
    GOLDEN_QUESTIONS,
    JOIN_LABELS,
    Decision,
    JoinForm,
)
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T
from zvdesk.ui.instruments.overleg.inventory import box, meeting_table
from zvdesk.ui.widgets.autosave import attach_plain, show_text
from zvdesk.ui.widgets.fields import Field, enum_choices
from zvdesk.ui.widgets.form import RecordForm

DECISION_FIELDS = [
    Field("name", T.NAME, width=260),
    Field("decision", T.DECISION, "choice",
          enum_choices(Decision, DECISION_LABELS, allow_none=True), width=120),
    Field("join_form", T.JOIN_FORM, "choice",
          enum_choices(JoinForm, JOIN_LABELS, allow_none=True), width=120, tooltip=T.JOIN_TIP),
    Field("frequency", T.FREQUENCY, "int", width=90, tooltip=T.FREQUENCY_TIP),
    Field("frequency_after", T.FREQUENCY_AFTER, "int", width=120, tooltip=T.FREQUENCY_AFTER_TIP),
]

#: The golden questions asked per meeting (question 2 is about the whole inventory).
ANSWER_FIELDS = [Field(key, question, "longtext", tooltip=hint)
                 for key, question, hint in GOLDEN_QUESTIONS if key != "answer_missing"]
CHANGE_FORM_FIELDS = [Field(key, label, "longtext", tooltip=hint)
                      for key, label, hint in CHANGE_FIELDS]
MISSING = next(q for q in GOLDEN_QUESTIONS if q[0] == "answer_missing")


class QuestionsPage(QWidget):
    """The meetings with their decision beside the golden questions and the change."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._current: str | None = None
        self.meetings = meeting_table(controller, DECISION_FIELDS)
        self.meetings.setMinimumWidth(320)
        self.answers = RecordForm(controller, "meeting", ANSWER_FIELDS, self.current)
        self.change = RecordForm(controller, "meeting", CHANGE_FORM_FIELDS, self.current)
        for form in (self.answers, self.change):
            layout = form.layout()
            layout.setRowWrapPolicy(layout.RowWrapPolicy.WrapAllRows)  # long questions
            for editor in form.editors.values():
                editor.setMinimumHeight(52)
        self.missing = QPlainTextEdit()
        self.missing.setTabChangesFocus(True)
        self.missing.setAccessibleName(MISSING[1])
        self.missing.setEnabled(not controller.read_only)
        self._loading = False
        self.missing_autosave = attach_plain(self.missing, self.save_missing,
                                             lambda: self._loading)
        missing_label = QLabel(f"2. {MISSING[1]}")
        missing_label.setWordWrap(True)
        missing_box = box(T.MISSING_BOX, missing_label, self.missing)
        self.missing.setMaximumHeight(90)
        self.empty = QLabel(T.NO_MEETING)
        self.empty.setWordWrap(True)
        self.details = QWidget()
        dl = QVBoxLayout(self.details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(box(T.ANSWERS, self.answers))
        dl.addWidget(box(T.CHANGE, self.change))
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.addWidget(self.empty)
        hl.addWidget(self.details)
        hl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.meetings, 1)
        ll.addWidget(missing_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        intro = QLabel(T.QUESTIONS_INTRO)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.meetings.view.selectionModel().selectionChanged.connect(self._selected)
        controller.changed.connect(self._on_changed)
        self._selected()
        self._load_missing()

    def current(self) -> str | None:
        """The meeting whose answers are shown."""
        return self._current

    def _selected(self, *_args: object) -> None:
        ids = self.meetings.selected_ids()
        self._current = ids[0] if len(ids) == 1 else None
        self.empty.setVisible(self._current is None)
        self.details.setVisible(self._current is not None)
        self.answers.reload()
        self.change.reload()

    def _load_missing(self) -> None:
        with self.controller.session() as s:
            row = ov.review(s)
            text = row.answer_missing if row is not None else ""
        self._loading = True
        try:
            show_text(self.missing, text, self.missing_autosave)
        finally:
            self._loading = False

    def save_missing(self) -> None:
        """Saves the answer to golden question 2 (while typing, through its AutoSave)."""
        text = self.missing.toPlainText()
        with self.controller.session() as s:
            row = ov.review(s)
            if (row.answer_missing if row is not None else "") == text:
                return
        try:
            self.controller.execute(T.MISSING_UNDO,
                                    lambda s: ov.set_review(s, answer_missing=text))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))

    def flush(self) -> None:
        """Saves typing that still waits for its pause."""
        self.missing_autosave.flush()
        self.answers.flush()
        self.change.flush()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("meeting_review"):
            self._load_missing()
