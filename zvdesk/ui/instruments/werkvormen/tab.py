"""The work-forms tab: the sessions above; agenda, results, participants and tips below."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
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
from zvdesk.models.werkvormen import ops
from zvdesk.models.werkvormen.catalogue import tips, work_form, work_forms
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkvormen import texts as T
from zvdesk.ui.instruments.werkvormen.results import ResultsPage
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import Field, person_choices
from zvdesk.ui.widgets.flow import FlowLayout
from zvdesk.ui.widgets.recordtable import RecordTable


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _keep_order(table: RecordTable) -> None:
    table.view.setSortingEnabled(False)
    table.proxy.sort(-1)


def _form_choices(_s: Session) -> list[tuple[Any, str]]:
    return [(f.key, f"{f.chapter} {f.title}".strip()) for f in work_forms()]


class WerkvormenTab(QWidget):
    """Plan a session as an agenda of work forms, present it and keep its results."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.session_id: str | None = None
        self.presenter: QWidget | None = None

        def new_session(_s: Session) -> dict:
            return {"project_id": project_id, "title": T.NEW_SESSION}

        self.sessions = RecordTable(
            controller, "wv_session",
            [Field("title", T.SESSION_TITLE, width=320), Field("held_on", T.SESSION_DATE, "date"),
             Field("goal", T.SESSION_GOAL, "longtext"),
             Field("outcome", T.SESSION_OUTCOME, "longtext")],
            lambda s: ops.sessions(s, project_id), new_session, T.SESSION)
        _keep_order(self.sessions)

        def new_participant(s: Session) -> dict:
            return {"session_id": self.session_id, "name": T.PARTICIPANT.capitalize(),
                    "sort_order": len(ops.participants(s, self.session_id or "")) + 1}

        self.participants = RecordTable(
            controller, "wv_participant",
            [Field("person_id", T.PERSON, "choice", person_choices, width=240),
             Field("name", T.FREE_NAME, width=240)],
            lambda s: ops.participants(s, self.session_id) if self.session_id else [],
            new_participant, T.PARTICIPANT, refresh_kinds=("person",))
        _keep_order(self.participants)

        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(T.FORM)
        for form in work_forms():
            self.form_combo.addItem(f"{form.chapter} {form.title}".strip(), form.key)

        def new_item(s: Session) -> dict:
            form = work_form(self.form_combo.currentData()) or work_forms()[0]
            return {"session_id": self.session_id, "form_key": form.key,
                    "question": form.prompts[0], "minutes": form.minutes,
                    "sort_order": len(ops.items(s, self.session_id or "")) + 1}

        self.agenda = RecordTable(
            controller, "wv_item",
            [Field("form_key", T.FORM, "choice", _form_choices, width=190),
             Field("question", T.QUESTION, width=380),
             Field("minutes", T.MINUTES, "int", width=70),
             Field("outcome", T.OUTCOME, "longtext")],
            lambda s: ops.items(s, self.session_id) if self.session_id else [],
            new_item, T.ITEM)
        _keep_order(self.agenda)
        self.up_button = QPushButton(T.UP)
        self.down_button = QPushButton(T.DOWN)
        self.present_button = QPushButton(T.PRESENT)
        self.present_button.setToolTip(T.PRESENT_TIP)
        self.total_label = QLabel()
        self.form_info = _label("")
        self.form_info.setTextFormat(Qt.TextFormat.RichText)
        bar = FlowLayout()
        for w in (QLabel(T.FORM + ":"), self.form_combo, self.up_button, self.down_button,
                  self.present_button, self.total_label):
            bar.addWidget(w)
        agenda_page = QWidget()
        al = QVBoxLayout(agenda_page)
        al.addLayout(bar)
        al.addWidget(self.agenda, 1)
        al.addWidget(self.form_info)

        self.results = ResultsPage(controller)
        self.tip_boxes: dict[str, QCheckBox] = {}
        tips_page = QWidget()
        tl = QVBoxLayout(tips_page)
        tl.addWidget(_label(T.TIPS_INTRO))
        for tip in tips():
            box = QCheckBox(tip.text)
            box.setAccessibleName(tip.text)
            box.toggled.connect(lambda on, key=tip.key: self._tip_toggled(key, on))
            self.tip_boxes[tip.key] = box
            tl.addWidget(box)
        tl.addStretch(1)

        self.pages = QTabWidget()
        self.pages.addTab(agenda_page, T.PAGE_AGENDA)
        self.pages.addTab(self.results, T.PAGE_RESULTS)
        self.from_project_button = QPushButton(T.FROM_PROJECT)
        self.from_project_button.setToolTip(T.FROM_PROJECT_TIP)
        self.from_project_button.clicked.connect(self.participants_from_project)
        people_page = QWidget()
        pl = QVBoxLayout(people_page)
        pl.addWidget(_label(T.PARTICIPANTS_HINT))
        pl.addWidget(self.from_project_button, 0, Qt.AlignmentFlag.AlignLeft)
        pl.addWidget(self.participants, 1)
        self.pages.addTab(people_page, T.PARTICIPANTS)
        tips_scroll = QScrollArea()
        tips_scroll.setWidgetResizable(True)
        tips_scroll.setWidget(tips_page)
        self.pages.addTab(tips_scroll, T.PAGE_TIPS)
        self.empty = _label(T.NO_SESSION)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.pages)

        box = QGroupBox(T.SESSIONS)
        QVBoxLayout(box).addWidget(self.sessions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(box)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 570])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(_label(T.INTRO))
        layout.addWidget(splitter, 1)

        self.present_action = QAction(T.PRESENT, self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.present_action.triggered.connect(self.present)
        self.addAction(self.present_action)
        self.present_button.clicked.connect(self.present_action.trigger)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.sessions.view.selectionModel().selectionChanged.connect(self._session_selected)
        self.agenda.view.selectionModel().selectionChanged.connect(self._item_selected)
        controller.changed.connect(self._on_changed)
        first = self.sessions.model.record_id(0) if self.sessions.model.rowCount() else None
        if first:
            self.sessions.select_ids([first])
        self._session_selected()

    # -- selection ----------------------------------------------------------------------

    def _session_selected(self, *_args: Any) -> None:
        ids = self.sessions.selected_ids()
        self.session_id = ids[0] if len(ids) == 1 else None
        self.stack.setCurrentWidget(self.pages if self.session_id else self.empty)
        self.participants.add_button.setEnabled(bool(self.session_id)
                                                and not self.controller.read_only)
        self.from_project_button.setEnabled(not self.controller.read_only)
        for button in (self.up_button, self.down_button):
            button.setEnabled(not self.controller.read_only)
        self.participants.reload()
        self.agenda.reload()
        self._read_session()
        if self.session_id and self.agenda.model.rowCount():
            self.agenda.select_ids([self.agenda.model.record_id(0)])
        self._item_selected()

    def _item_selected(self, *_args: Any) -> None:
        ids = self.agenda.selected_ids()
        item_id = ids[0] if len(ids) == 1 else None
        self.results.load(self.session_id, item_id)
        form = None
        if item_id:
            with self.controller.session() as s:
                item = s.get(ops.t.WvItem, item_id)
                form = work_form(item.form_key) if item else None
        self.form_info.setText(T.FORM_INFO.format(
            title=form.title, chapter=form.chapter or "ZV Desk", goal=form.goal,
            explanation=form.explanation) if form else "")

    def _read_session(self) -> None:
        done: list[str] = []
        minutes = 0
        if self.session_id:
            with self.controller.session() as s:
                row = s.get(ops.t.WvSession, self.session_id)
                done = row.tips_done.split(",") if row else []
                minutes = sum(i.minutes for i in ops.items(s, self.session_id))
        for key, box in self.tip_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in done)
            box.blockSignals(False)
            box.setEnabled(not self.controller.read_only)
        self.total_label.setText(T.TOTAL.format(minutes=minutes))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("wv_session", "wv_item"):
            self._read_session()

    # -- actions ------------------------------------------------------------------------

    def _tip_toggled(self, key: str, on: bool) -> None:
        sid = self.session_id
        if sid:
            run_edit(self, self.controller, T.TIP_CHANGE, lambda s: ops.set_tip(s, sid, key, on))

    def participants_from_project(self) -> list[str]:
        """Adds the people who take part in the project (1.4) to the session (one undo
        step); returns the new participants' ids."""
        from zvdesk.models.cooperation import tables as coop

        sid = self.session_id
        if not sid or self.controller.read_only:
            return []
        with self.controller.session() as s:
            people = [p.person_id for p in coop.participants(s, self.project_id) if p.person_id]
        if not people:
            dialogs.show_info(self, T.FROM_PROJECT, T.FROM_PROJECT_NONE)
            return []
        outcome = run_edit(self, self.controller, T.FROM_PROJECT_UNDO,
                           lambda s: ops.add_people(s, sid, people), title=T.FROM_PROJECT)
        return outcome.value if outcome else []

    def _move(self, step: int) -> None:
        ids = self.agenda.selected_ids()
        if len(ids) != 1 or self.controller.read_only:
            return
        run_edit(self, self.controller, T.MOVE, lambda s: ops.move_item(s, ids[0], step))
        self.agenda.reload()
        self.agenda.select_ids(ids)

    def present(self) -> QWidget | None:
        """Opens the full-screen presentation window at the selected agenda item."""
        from zvdesk.ui.instruments.werkvormen.presenter import PresenterWindow

        if not self.session_id:
            return None
        ids = self.agenda.selected_ids()
        self._close_presenter()
        self.presenter = PresenterWindow(self.controller, self.session_id,
                                         ids[0] if ids else None)
        self.presenter.item_changed.connect(self._follow_presenter)
        self.presenter.show_on_projector()
        return self.presenter

    def _close_presenter(self) -> None:
        """Closes the presentation window if it is still open (Esc deletes it)."""
        if self.presenter is not None and shiboken6.isValid(self.presenter):
            self.presenter.close()
        self.presenter = None

    def _follow_presenter(self, item_id: str) -> None:
        self.agenda.select_ids([item_id])

    def show_state(self, name: str) -> QWidget | None:
        """Prepares a state for the screenshots ("votes", "cloud", "hats", "tips"); for
        "presenter" opens the presentation window at projector size (1920 × 1080) on the vote
        and returns it."""
        wanted = {"votes": "groen_geel_rood", "cloud": "woordenwolk", "hats": "denkhoeden",
                  "presenter": "groen_geel_rood", "presenter_cloud": "woordenwolk"}
        if name == "tips":
            self.pages.setCurrentIndex(3)
            return None
        key = wanted.get(name)
        with self.controller.session() as s:
            match = next((i.id for i in ops.items(s, self.session_id or "")
                          if i.form_key == key), None)
        if match:
            self.agenda.select_ids([match])
            self.pages.setCurrentWidget(self.results)
        if not name.startswith("presenter"):
            return None
        from zvdesk.ui.instruments.werkvormen.presenter import PresenterWindow

        self._close_presenter()
        self.presenter = PresenterWindow(self.controller, self.session_id or "", match)
        self.presenter.resize(1920, 1080)
        self.presenter.show()
        return self.presenter
