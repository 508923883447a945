"""Sub-page "Intake per deelnemer": the list of participants and one participant's intake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
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
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.widgets.fields import Field, enum_choices, organisation_choices, person_choices
from zvdesk.ui.widgets.form import RecordForm

PARTICIPANT = "coop_participant"
REFRESH_KINDS = (PARTICIPANT, "organisation", "person")
LABEL_WIDTH = 150  # the same label column in every form of the page






WHO_FIELDS = [
    Field("organisation_id", T.ORGANISATION, "choice", organisation_choices),
    Field("person_id", T.PERSON, "choice", person_choices, narrow_by="organisation_id"),
    Field("name", T.FREE_NAME, tooltip=T.FREE_NAME_TIP),
    Field("intake_date", T.INTAKE_DATE, "date"),
]


def question_fields(question: coop.IntakeQuestion) -> list[Field]:
    """The form fields that answer one intake question."""
    fields = []
    for name, label in question.fields:
        if name == "intensity":
            fields.append(Field(name, label, "choice", enum_choices(
                coop.Intensity, coop.INTENSITY_LABELS, allow_none=True)))
        else:
            fields.append(Field(name, label or T.ANSWER, "longtext", tooltip=question.hint))
    return fields


class IntakePage(RefreshWhenShown, QWidget):
    """Participants on the left; the selected participant's intake form on the right."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._current: str | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(T.PARTICIPANTS)
        self.add_button = QPushButton(T.ADD_PARTICIPANT)
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.delete_button = QPushButton(T.DELETE)
        delete_action = QAction(T.DELETE, self.list)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_current)
        self.list.addAction(delete_action)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(f"{T.MOVE_UP} (Ctrl+↑)")
        self.up_button.setAccessibleName(T.MOVE_UP)
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(f"{T.MOVE_DOWN} (Ctrl+↓)")
        self.down_button.setAccessibleName(T.MOVE_DOWN)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, st=step: self.move_current(st))
            self.list.addAction(action)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"<b>{T.PARTICIPANTS}</b>")
        title.setBuddy(self.list)
        ll.addWidget(title)
        ll.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        ll.addLayout(buttons)

        self.empty = QLabel(T.NO_PARTICIPANT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_form = RecordForm(controller, PARTICIPANT, WHO_FIELDS, lambda: self._current)
        who_box = QGroupBox(T.WHO)
        QVBoxLayout(who_box).addWidget(self.who_form)
        self.forms: dict[str, RecordForm] = {}
        content = QWidget()
        cl = QVBoxLayout(content)
        intro = QLabel(T.INTAKE_INTRO)
        intro.setWordWrap(True)
        cl.addWidget(intro)
        cl.addWidget(who_box)
        for number, question in enumerate(coop.INTAKE_QUESTIONS, start=1):
            box = QGroupBox(f"{number}. {question.text}")
            bl = QVBoxLayout(box)
            if question.hint:
                hint = QLabel(question.hint)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(placeholder-text);")
                bl.addWidget(hint)
            form = RecordForm(controller, PARTICIPANT, question_fields(question),
                              lambda: self._current)
            for editor in form.editors.values():
                if isinstance(editor, QPlainTextEdit):
                    editor.setTabChangesFocus(True)
                    editor.setMinimumHeight(54)
                    editor.setMaximumHeight(90)
            bl.addWidget(form)
            cl.addWidget(box)
            self.forms[question.key] = form
        cl.addStretch(1)
        for form in self.all_forms():
            form_layout = form.layout()
            for editor in form.editors.values():
                label = form_layout.labelForField(editor)
                if label is not None:
                    label.setMinimumWidth(LABEL_WIDTH)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)

        splitter = QSplitter()
        splitter.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty)
        rl.addWidget(self.scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._current_changed)
        self.delete_button.clicked.connect(self.delete_current)
        controller.changed.connect(self._on_changed)
        self.add_button.setEnabled(not controller.read_only)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def all_forms(self) -> list[RecordForm]:
        """Every form of the page (who + one per question)."""
        return [self.who_form, *self.forms.values()]

    def reload(self) -> None:
        """Reads the participants again, keeping the selection."""
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        with self.controller.session() as s:
            for p in coop.participants(s, self.project_id):
                done = coop.intake_done(p)
                label = coop.participant_label(s, p)
                item = QListWidgetItem(f"{'✓' if done else '○'}  {label}")
                item.setToolTip(f"{label}: {T.INTAKE_DONE if done else T.INTAKE_OPEN}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        ids = self.participant_ids()
        self.select(keep if keep in ids else (ids[0] if ids else None))

    def participant_ids(self) -> list[str]:
        """Ids of the participants as listed."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def current_id(self) -> str | None:
        """The participant whose intake is shown."""
        return self._current

    def select(self, participant_id: str | None) -> None:
        """Shows a participant's intake (saving pending typing first)."""
        if participant_id != self._current:
            for form in self.all_forms():
                form.flush()
        self._current = participant_id
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == participant_id:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)
        for form in self.all_forms():
            form.reload()
        has = participant_id is not None
        self.scroll.setVisible(has)
        self.empty.setVisible(not has)
        editable = has and not self.controller.read_only
        self.delete_button.setEnabled(editable)
        row = self.list.currentRow()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.list.count() - 1)

    def _current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        self.select(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*REFRESH_KINDS):
            self.refresh()

    # -- editing --------------------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        with self.controller.session() as s:
            taken = {p.organisation_id for p in coop.participants(s, self.project_id)}
            orgs = [(o.id, o.name) for o in ops.list_live(s, "organisation", "name")
                    if o.id not in taken]
        for org_id, name in orgs:
            self.add_menu.addAction(name, lambda o=org_id: self.add_participant(o))
        self.add_menu.addSeparator()
        self.add_menu.addAction(T.ADD_FREE_TEXT, lambda: self.add_participant(None))

    def add_participant(self, organisation_id: str | None) -> str | None:
        """Adds a participant (an organisation, or a free-text one) and shows its intake."""
        name = "" if organisation_id else T.NEW_PARTICIPANT_NAME
        try:
            new_id = self.controller.execute(T.ADD_PARTICIPANT, lambda s: coop.add_participant(
                s, self.project_id, organisation_id=organisation_id, name=name))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
        self.select(new_id)
        editor = self.who_form.editors["organisation_id" if organisation_id else "name"]
        editor.setFocus()
        return new_id

    def move_current(self, step: int) -> None:
        """Moves the shown participant up (-1) or down (+1) in the list (one undo step)."""
        pid = self._current
        if pid is None or self.controller.read_only:
            return
        try:
            self.controller.execute(T.MOVE_UP if step < 0 else T.MOVE_DOWN,
                                    lambda s: coop.move_participant(s, pid, step))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))

    def delete_current(self) -> None:
        """Deletes the shown participant after asking (one undo step)."""
        pid = self._current
        if pid is None or self.controller.read_only:
            return
        item = self.list.currentItem()
        name = item.text()[3:] if item is not None else ""
        if not dialogs.confirm(self, T.DELETE, T.DELETE_PARTICIPANT_Q.format(name=name),
                               yes=T.DELETE):
            return
        try:
            self.controller.execute(f"{T.PARTICIPANT.capitalize()} verwijderen",
                                    lambda s: ops.delete_records(s, PARTICIPANT, [pid]))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
