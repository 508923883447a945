"""Sub-page "Verdiepende vragen": the toolbox's optional questions and the participants' own."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.agreements import intro
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.widgets.autosave import attach_line, show_text
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import LongTextEditor


def _shape(editor: LongTextEditor) -> None:
    editor.edit.setTabChangesFocus(True)
    editor.edit.setMinimumHeight(54)
    editor.edit.setMaximumHeight(84)


class AnswerEditor(LongTextEditor):
    """The answer to one of the toolbox's questions; saves while the user types.

    A :class:`LongTextEditor`, so that the main window's "save pending typing" reaches it; the
    answer row is made on the first save (with a stable id per project and question).
    """

    def __init__(self, controller: DocumentController, project_id: str, key: str,
                 question: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, "coop_answer",
                         Field("answer", question, "longtext", tooltip=T.DEEPENING_PLACEHOLDER),
                         parent)
        self.project_id = project_id
        self.key = key
        self.label.setText(f"<b>{question}</b>")
        _shape(self)
        self.record_id = coop.stable_id("coop_answer", project_id, key)

    def load_answer(self) -> None:
        """Shows the stored answer (unless typing is waiting for its pause)."""
        if self.autosave.waiting():
            return
        with self.controller.session() as s:
            text = coop.answers(s, self.project_id).get(self.key, "")
        if self.edit.toPlainText() != text:
            self._loading = True
            self.edit.setPlainText(text)
            self._loading = False

    def commit(self) -> None:
        """Saves what was typed (as one undo step)."""
        self.autosave.done()
        if self.controller.read_only:
            return
        text = self.edit.toPlainText()
        with self.controller.session() as s:
            if coop.answers(s, self.project_id).get(self.key, "") == text:
                return
        try:
            self.controller.execute(T.ANSWER_CHANGE, lambda s: coop.set_answer(
                s, self.project_id, self.key, text))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))


class OwnQuestion(QWidget):
    """A question the participants added: its text, its answer and a delete button."""

    def __init__(self, controller: DocumentController, answer_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.answer_id = answer_id
        self.question = QLineEdit()
        self.question.setAccessibleName(T.OWN_QUESTION)
        self.question.setPlaceholderText(T.OWN_QUESTION_PLACEHOLDER)
        self.question.setReadOnly(controller.read_only)
        self.question_autosave = attach_line(self.question, self._commit_question)
        self.delete_button = QPushButton(T.DELETE)
        self.delete_button.setEnabled(not controller.read_only)
        self.delete_button.clicked.connect(self.delete)
        self.answer = LongTextEditor(controller, "coop_answer",
                                     Field("answer", T.ANSWER, "longtext",
                                           tooltip=T.DEEPENING_PLACEHOLDER))
        self.answer.label.hide()
        _shape(self.answer)
        row = QHBoxLayout()
        row.addWidget(self.question, 1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        self.load()

    def load(self) -> None:
        """Shows the stored question and answer."""
        with self.controller.session() as s:
            obj = s.get(coop.CoopAnswer, self.answer_id)
            text = obj.question if obj is not None else ""
        show_text(self.question, text, self.question_autosave)
        self.answer.load(self.answer_id)

    def _commit_question(self) -> None:
        text = self.question.text().strip()
        with self.controller.session() as s:
            obj = s.get(coop.CoopAnswer, self.answer_id)
            if obj is None or obj.question == text:
                return
        try:
            self.controller.execute(T.OWN_QUESTION_CHANGE, lambda s: ops.update_record(
                s, "coop_answer", self.answer_id, {"question": text}))
        except ZvdbError as exc:
            dialogs.show_error(self, T.INVALID, str(exc))
            self.load()

    def delete(self) -> None:
        """Deletes this question with its answer after asking (one undo step)."""
        if not dialogs.confirm(self, T.DELETE, T.DELETE_OWN_QUESTION_Q, yes=T.DELETE):
            return
        answer_id = self.answer_id
        try:
            self.controller.execute(T.DELETE_OWN_QUESTION, lambda s: ops.delete_records(
                s, "coop_answer", [answer_id]))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))


class DeepeningPage(RefreshWhenShown, QWidget):
    """The optional questions of the toolbox and the participants' own, answered per project."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.editors = {key: AnswerEditor(controller, project_id, key, question)
                        for key, question in coop.DEEPENING_QUESTIONS}
        self.own: list[OwnQuestion] = []
        self.own_layout = QVBoxLayout()
        self.add_button = QPushButton(T.ADD_OWN_QUESTION)
        self.add_button.setEnabled(not controller.read_only)
        self.add_button.clicked.connect(self.add_question)
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.addWidget(intro(T.DEEPENING_INTRO))
        for editor in self.editors.values():
            cl.addWidget(editor)
        cl.addWidget(QLabel(f"<b>{T.OWN_QUESTIONS}</b>"))
        cl.addLayout(self.own_layout)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        cl.addLayout(row)
        cl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Shows the stored answers; rebuilds the own questions when they changed."""
        for editor in self.editors.values():
            editor.load_answer()
        with self.controller.session() as s:
            ids = [a.id for a in coop.own_questions(s, self.project_id)]
        if ids != [w.answer_id for w in self.own]:
            for widget in self.own:
                if widget.answer_id in ids:
                    widget.answer.commit()  # typing waiting for its pause
            for widget in self.own:
                self.own_layout.removeWidget(widget)
                widget.deleteLater()
            self.own = [OwnQuestion(self.controller, answer_id) for answer_id in ids]
            for widget in self.own:
                self.own_layout.addWidget(widget)
        else:
            for widget in self.own:
                widget.load()

    def add_question(self) -> str | None:
        """Adds an own question and puts the cursor in it."""
        try:
            new_id = self.controller.execute(T.ADD_OWN_QUESTION, lambda s: coop.add_own_question(
                s, self.project_id, T.NEW_OWN_QUESTION))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
        widget = next((w for w in self.own if w.answer_id == new_id), None)
        if widget is not None:
            widget.question.setFocus()
            widget.question.selectAll()
        return new_id

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("coop_answer"):
            self.refresh()
