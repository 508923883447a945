"""Sub-page "Bestuurslagen": the multi-level governance picture (levels and who sits where)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.cooperation import tables as coop
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.lazy import RefreshWhenShown
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import RecordTable

LEVEL_FIELDS = [
    Field("name", T.LEVEL_NAME, width=190),
    Field("decision_body", T.DECISION_BODY, width=280, tooltip=T.DECISION_BODY_TIP),
    Field("meaning", T.MEANING, "longtext"),
    Field("contribution", T.CONTRIBUTION, "longtext"),
]


class GovernancePage(RefreshWhenShown, QWidget):
    """Levels in a table; for the selected level, tick the participants that sit there."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id

        def new_level(s: Session) -> dict:
            return {"project_id": project_id, "name": T.NEW_LEVEL,
                    "sort_order": coop.next_order(s, coop.CoopLevel, project_id)}

        self.levels = RecordTable(controller, "coop_level", LEVEL_FIELDS,
                                  lambda s: coop.levels(s, project_id), new_level, T.LEVEL)
        self.levels.view.setSortingEnabled(False)
        self.levels.proxy.sort(-1)  # the order of the layers, not alphabetical
        self.suggest_button = QPushButton(T.SUGGEST_LEVELS)
        self.suggest_button.setEnabled(not controller.read_only)
        self.suggest_button.clicked.connect(self.add_suggested)
        self.seats = QListWidget()
        self.seats.setAccessibleName(T.SEATS)
        self.seats.setMinimumWidth(280)
        self.seats.itemChanged.connect(self._seat_toggled)
        self.seats_title = QLabel(f"<b>{T.SEATS}</b>")
        self.seats_title.setWordWrap(True)
        self.seats_title.setBuddy(self.seats)
        seats_box = QWidget()
        sl = QVBoxLayout(seats_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.seats_title)
        sl.addWidget(self.seats, 1)
        levels_box = QGroupBox(T.PAGE_GOVERNANCE)
        ll = QVBoxLayout(levels_box)
        ll.addWidget(self.levels)
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        ll.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(levels_box)
        splitter.addWidget(seats_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        intro = QLabel(T.GOVERNANCE_INTRO)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._loading = False
        self._level_id: str | None = None
        self.levels.view.selectionModel().selectionChanged.connect(self._level_changed)
        controller.changed.connect(self._on_changed)
        ids = [self.levels.model.record_id(r) for r in range(self.levels.model.rowCount())]
        if ids:
            self.levels.select_ids(ids[:1])
        self._level_changed()

    def reload(self) -> None:
        """Rereads the seats of the selected level (the levels table rereads itself)."""
        self.load_seats()

    def _level_changed(self, *_args: object) -> None:
        ids = self.levels.selected_ids()
        self._level_id = ids[0] if len(ids) == 1 else None
        self.load_seats()

    def load_seats(self) -> None:
        """Lists the participants, ticked when they sit at the selected level."""
        self._loading = True
        self.seats.clear()
        level_id = self._level_id
        with self.controller.session() as s:
            if level_id is None:
                self.seats_title.setText(f"<b>{T.SEATS}</b><br>{T.SEATS_NONE}")
            else:
                level = s.get(coop.CoopLevel, level_id)
                self.seats_title.setText(f"<b>{T.SEATS}</b><br>{level.name if level else ''}")
                seated = coop.seated_participant_ids(s, level_id)
                for p in coop.participants(s, self.project_id):
                    item = QListWidgetItem(coop.participant_label(s, p))
                    item.setData(Qt.ItemDataRole.UserRole, p.id)
                    flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                    if self.controller.read_only:
                        flags &= ~Qt.ItemFlag.ItemIsEnabled
                    item.setFlags(flags)
                    item.setCheckState(Qt.CheckState.Checked if p.id in seated
                                       else Qt.CheckState.Unchecked)
                    self.seats.addItem(item)
        self.seats.setEnabled(level_id is not None)
        self._loading = False

    def _seat_toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self._level_id is None:
            return
        level_id = self._level_id
        pid = item.data(Qt.ItemDataRole.UserRole)
        seated = item.checkState() == Qt.CheckState.Checked
        try:
            self.controller.execute(T.SEAT_CHANGE,
                                    lambda s: coop.set_seat(s, level_id, pid, seated))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            self.load_seats()

    def add_suggested(self) -> None:
        """Adds the typical layers the project does not have yet (one undo step)."""
        try:
            new = self.controller.execute(T.SUGGEST_LEVELS, lambda s: coop.add_suggested_levels(
                s, self.project_id))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return
        if new:
            self.levels.reload()  # the table may defer its own reread; the new rows are needed now
            self.levels.select_ids(new[:1])

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("coop_level", "coop_seat", "coop_participant", "organisation",
                           "person"):
            self.refresh()
