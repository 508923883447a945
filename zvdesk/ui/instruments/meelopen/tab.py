"""The §3.2 tab: the schedule on top; for the chosen visit who takes part with whom, and the
reflection afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.meelopen import ops as visit_ops
from zvdesk.models.meelopen import read
from zvdesk.models.meelopen.tables import (
    KINDS,
    PARTICIPANT,
    REFLECTION,
    ROLE_LABELS,
    STATUS_LABELS,
    VISIT,
    Role,
    VisitKind,
    VisitStatus,
)
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.meelopen import texts as T
from zvdesk.ui.widgets.fields import (
    Field,
    enum_choices,
    organisation_choices,
    person_choices,
)
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

VISIT_FIELDS = [
    Field("visit_date", T.DATE, "date", width=86),
    Field("kind", T.KIND, "choice", enum_choices(VisitKind, T.KIND_SHORT), width=100,
          tooltip=T.KIND_TIP),
    Field("host_organisation_id", T.HOST, "choice", organisation_choices, width=140),
    Field("end_date", T.END_DATE, "date", width=84),
    Field("period", T.PERIOD, width=84, tooltip=T.PERIOD_TIP),
    Field("status", T.STATUS, "choice", enum_choices(VisitStatus, STATUS_LABELS), width=72),
    Field("focus", T.FOCUS, tooltip=T.FOCUS_TIP, width=130),
]
PARTICIPANT_FIELDS = [
    Field("person_id", T.PARTICIPANT, "choice", person_choices, width=150),
    Field("name", T.OTHER_NAME, width=95, tooltip=T.OTHER_NAME_TIP),
    Field("role", T.ROLE, "choice", enum_choices(Role, ROLE_LABELS), width=125),
    Field("partner_person_id", T.PARTNER, "choice", person_choices, width=150,
          tooltip=T.PARTNER_TIP),
    Field("partner_name", T.PARTNER_NAME, tooltip=T.PARTNER_NAME_TIP),
]
REFLECTION_FIELDS = [Field(name, question, "longtext") for name, question in REFLECTION]


def _stretch_last(table: RecordTable) -> None:
    header = table.view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(40)


class PracticeTab(QWidget):
    """Schedule, participants, reflection and the rota suggestion of one project."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._current: str | None = None

        intro = QLabel(T.SCHEDULE_INTRO)
        intro.setWordWrap(True)
        self.schedule = RecordTable(controller, VISIT, VISIT_FIELDS, self._visit_rows,
                                    self._new_visit, T.VISIT_NOUN,
                                    refresh_kinds=("organisation",))
        self.schedule.view.setAccessibleName(T.SCHEDULE)
        _stretch_last(self.schedule)
        self.rota_label = QLabel()
        self.rota_label.setWordWrap(True)
        self.rota_button = QPushButton(T.ROTA_BUTTON)
        self.rota_button.setToolTip(T.ROTA_TIP)
        rota_bar = QHBoxLayout()
        rota_bar.addWidget(self.rota_label, 1)
        rota_bar.addWidget(self.rota_button)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(f"<b>{T.SCHEDULE}</b>"))
        tl.addWidget(intro)
        tl.addWidget(self.schedule, 1)
        tl.addLayout(rota_bar)

        self.participants = RecordTable(controller, PARTICIPANT, PARTICIPANT_FIELDS,
                                        self._participant_rows, self._new_participant,
                                        T.PARTICIPANT_NOUN,
                                        refresh_kinds=("person", "organisation"))
        _stretch_last(self.participants)
        self.reflection_form = RecordForm(controller, VISIT, REFLECTION_FIELDS,
                                          lambda: self._current)
        form_layout = self.reflection_form.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field in REFLECTION_FIELDS:
            editor = self.reflection_form.editors[field.name]
            assert isinstance(editor, QPlainTextEdit)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(48)
            editor.setMaximumHeight(72)
            label = form_layout.labelForField(editor)
            if isinstance(label, QLabel):
                label.setText(field.title)  # a question: no colon after the question mark
        reflection = QWidget()
        rl = QVBoxLayout(reflection)
        hint = QLabel(T.REFLECTION_INTRO)
        hint.setWordWrap(True)
        rl.addWidget(hint)
        rl.addWidget(self.reflection_form)
        rl.addStretch(1)
        self.reflection_page = QScrollArea()
        self.reflection_page.setWidgetResizable(True)
        self.reflection_page.setWidget(reflection)
        self.pages = QTabWidget()
        self.pages.addTab(self.participants, T.PAGE_PEOPLE)
        self.pages.addTab(self.reflection_page, T.PAGE_REFLECTION)
        self.empty = QLabel(T.NO_VISIT)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bottom = QStackedWidget()
        self.bottom.addWidget(self.empty)
        self.bottom.addWidget(self.pages)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.schedule.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.rota_button.clicked.connect(self.suggest_rota)
        controller.changed.connect(self._on_changed)
        ids = [self.schedule.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)] \
            if self.schedule.proxy.rowCount() else []
        self.schedule.select_ids(ids)
        self._selection_changed()
        self._update_rota()

    # -- reading --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The visit whose participants and reflection are shown."""
        return self._current

    def _visit_rows(self, session):  # noqa: ANN001, ANN202 - RecordTable query
        return read.visit_rows(session, self.project_id)

    def _new_visit(self, _session) -> dict:  # noqa: ANN001 - RecordTable new_values
        return {"project_id": self.project_id, "kind": VisitKind.DAY}

    def _participant_rows(self, session):  # noqa: ANN001, ANN202 - RecordTable query
        return read.participant_rows(session, self._current)

    def _new_participant(self, _session) -> dict:  # noqa: ANN001 - RecordTable new_values
        return {"visit_id": self._current, "role": Role.GUEST}

    def _selection_changed(self, *_args: object) -> None:
        ids = self.schedule.selected_ids()
        current = ids[0] if len(ids) == 1 else None
        if current != self._current:
            self.reflection_form.flush()
            self._current = current
            self.participants.reload()
            self.reflection_form.reload()
        self.bottom.setCurrentWidget(self.pages if current else self.empty)
        self.participants.add_button.setEnabled(current is not None
                                                and not self.controller.read_only)

    def _update_rota(self) -> None:
        with self.controller.session() as s:
            plan = read.rota(s, self.project_id)
        if plan.missing:
            text = T.ROTA_MISSING.format(names=", ".join(plan.missing))
        else:
            text = T.ROTA_ALL if plan.hosted else T.ROTA_EMPTY
        self.rota_label.setText(text)
        self.rota_button.setEnabled(bool(plan.missing) and not self.controller.read_only)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "person", "organisation"):
            self._update_rota()
            if self._current and not any(i == self._current
                                         for i in self.schedule.selected_ids()):
                self._selection_changed()

    # -- editing --------------------------------------------------------------------------

    def suggest_rota(self) -> list[str]:
        """Plans a meeloopdag for every organisation that has not hosted one (one undo step)."""
        try:
            new = self.controller.execute(T.ROTA_UNDO, lambda s: visit_ops.suggest_rota(
                s, self.project_id, date.today()))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return []
        return new
