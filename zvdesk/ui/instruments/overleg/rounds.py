"""Sub-page "Belronde": the rota of half-yearly call rounds, each by another municipality."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.read import reminder
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T
from zvdesk.ui.widgets.fields import Field, record_choices
from zvdesk.ui.widgets.recordtable import RecordTable


def _yes_no(_s: Session) -> list[tuple[bool, str]]:
    return [(False, T.NO), (True, T.YES)]


ROUND_FIELDS = [
    Field("planned_on", T.PLANNED, "date", width=110),
    Field("municipality_id", T.MUNICIPALITY, "choice", record_choices("municipality"),
          width=170),
    Field("done", T.DONE, "choice", _yes_no, width=80),
    Field("notes", T.NOTES, width=300),
]


class RoundsPage(QWidget):
    """The call rounds, the plan button, the interval and the next round."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

        def new_round(_s: Session) -> dict:
            return {"planned_on": date.today(), "done": False}

        self.table = RecordTable(controller, "meeting_round", ROUND_FIELDS, ov.rounds,
                                 new_round, T.ROUND, refresh_kinds=("municipality",))
        self.table.view.setSortingEnabled(False)
        self.table.proxy.sort(-1)
        self.plan_button = QPushButton(T.PLAN)
        self.plan_button.setToolTip(T.PLAN_TIP)
        self.plan_button.setEnabled(not controller.read_only)
        self.plan_button.clicked.connect(self.plan)
        self.interval = QSpinBox()
        self.interval.setRange(1, 24)
        self.interval.setAccessibleName(T.INTERVAL)
        self.interval.setEnabled(not controller.read_only)
        self.interval.editingFinished.connect(self._interval_changed)
        interval_label = QLabel(f"{T.INTERVAL}:")
        interval_label.setBuddy(self.interval)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        intro = QLabel(T.ROUNDS_INTRO)
        intro.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addSpacing(16)
        bar.addWidget(interval_label)
        bar.addWidget(self.interval)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.next_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        controller.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Shows the interval and the next round."""
        with self.controller.session() as s:
            row = ov.review(s)
            text = reminder(s)
            self.interval.setValue(row.interval_months if row is not None else 6)
        self.next_label.setText(text or T.NO_ROUND)

    def plan(self) -> None:
        """Plans four call rounds after the last one (one undo step)."""
        try:
            ids = self.controller.execute(T.PLAN_UNDO,
                                          lambda s: ov.plan_rounds(s, date.today(), 4))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))
            return
        self.table.select_ids(ids[:1])

    def _interval_changed(self) -> None:
        value = self.interval.value()
        with self.controller.session() as s:
            row = ov.review(s)
            if (row.interval_months if row is not None else 6) == value:
                return
        try:
            self.controller.execute(T.INTERVAL_UNDO,
                                    lambda s: ov.set_review(s, interval_months=value))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("meeting_round", "meeting_review", "municipality"):
            self.reload()
