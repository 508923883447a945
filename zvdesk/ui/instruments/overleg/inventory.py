"""Sub-page "Inventarisatie": every meeting of the region; per meeting who, purpose, themes, links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.monitoring.read import indicators_for_meeting
from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.tables import (
    DOMAIN_LABELS,
    LEVEL_LABELS,
    LINK_LABELS,
    TASK_LABELS,
    LinkKind,
    MeetingDomain,
    MeetingLink,
    MeetingTask,
)
from zvdesk.models.region.tables import Level
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T
from zvdesk.ui.widgets.fields import (
    Field,
    enum_choices,
    organisation_choices,
    person_choices,
    record_choices,
)
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

MEETING_FIELDS = [
    Field("name", T.NAME, width=300),
    Field("level", T.LEVEL, "choice", enum_choices(Level, LEVEL_LABELS, allow_none=True),
          width=110),
    Field("domain", T.DOMAIN, "choice",
          enum_choices(MeetingDomain, DOMAIN_LABELS, allow_none=True), width=130),
    Field("task", T.TASK, "choice", enum_choices(MeetingTask, TASK_LABELS, allow_none=True),
          width=120, tooltip=T.TASK_TIP),
    Field("frequency", T.FREQUENCY, "int", width=90, tooltip=T.FREQUENCY_TIP),
]

DETAIL_FIELDS = [
    Field("purpose", T.PURPOSE, "longtext", tooltip=T.PURPOSE_TIP),
    Field("legal_tasks", T.LEGAL, "longtext", tooltip=T.LEGAL_TIP),
]

PARTICIPANT_FIELDS = [
    Field("person_id", T.PERSON, "choice", person_choices, width=170,
          narrow_by="organisation_id"),
    Field("organisation_id", T.ORGANISATION, "choice", organisation_choices, width=150),
    Field("name", T.FREE_NAME, width=170, tooltip=T.FREE_NAME_TIP),
    Field("role", T.ROLE, width=90, tooltip=T.ROLE_TIP),
]

LINK_FIELDS = [
    Field("kind", T.LINK_KIND, "choice", enum_choices(LinkKind, LINK_LABELS), width=120),
    Field("target_id", T.LINK_TARGET, "choice", record_choices("meeting"), width=300),
]


def meeting_table(controller: DocumentController, fields: list[Field]) -> RecordTable:
    """The region's meetings as a table (the same on every page that lists them)."""

    def new_meeting(s: Session) -> dict:
        ov.ensure_review(s)  # in the same write: see ensure_review
        return {"name": T.NEW_MEETING, "frequency": 0}

    return RecordTable(controller, "meeting", fields, ov.meetings, new_meeting, T.MEETING)


def box(title: str, *widgets: QWidget) -> QGroupBox:
    """A titled group of widgets."""
    group = QGroupBox(title)
    layout = QVBoxLayout(group)
    for widget in widgets:
        layout.addWidget(widget)
    return group


class InventoryPage(QWidget):
    """The meetings table beside the selected meeting's details."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._current: str | None = None
        self.meetings = meeting_table(controller, MEETING_FIELDS)
        self.meetings.setMinimumWidth(320)
        self.form = RecordForm(controller, "meeting", DETAIL_FIELDS, self.current)
        for editor in self.form.editors.values():
            editor.setMinimumHeight(60)

        def new_participant(_s: Session) -> dict:
            return {"meeting_id": self.current(), "name": ""}

        self.participants = RecordTable(
            controller, "meeting_participant", PARTICIPANT_FIELDS,
            lambda s: ov.participants(s, self.current()) if self.current() else [],
            new_participant, T.PARTICIPANT, refresh_kinds=("person", "organisation"))
        self.participants.view.setSortingEnabled(False)
        self.participants.proxy.sort(-1)
        self.participants.setMinimumHeight(170)
        self.themes = QListWidget()
        self.themes.setAccessibleName(T.THEMES)
        self.themes.setMaximumHeight(130)
        self.themes.itemChanged.connect(self._theme_toggled)

        def new_link(s: Session) -> dict:
            source = self.current()
            other = next((m.id for m in ov.meetings(s) if m.id != source), source)
            return {"source_id": source, "target_id": other, "kind": LinkKind.FEEDS}

        self.links = RecordTable(
            controller, "meeting_link", LINK_FIELDS,
            lambda s: [lk for lk in ov.links(s) if lk.source_id == self.current()],
            new_link, T.LINK, refresh_kinds=("meeting",))
        self.links.setMinimumHeight(140)
        self.indicators = QLabel()
        self.indicators.setWordWrap(True)
        self.indicators.setTextFormat(Qt.TextFormat.PlainText)
        self.indicators.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.indicators.setAccessibleName(T.INDICATORS)
        self.empty = QLabel(T.NO_MEETING)
        self.empty.setWordWrap(True)
        self.details = QWidget()
        dl = QVBoxLayout(self.details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.form)
        dl.addWidget(box(T.PARTICIPANTS, self.participants))
        dl.addWidget(box(T.THEMES, self.themes))
        dl.addWidget(box(T.LINKS, self.links))
        dl.addWidget(box(T.INDICATORS, self.indicators))
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.addWidget(self.empty)
        hl.addWidget(self.details)
        hl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.meetings)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        intro = QLabel(T.INVENTORY_INTRO)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.meetings.view.selectionModel().selectionChanged.connect(self._selected)
        controller.changed.connect(self._on_changed)
        self._selected()

    def current(self) -> str | None:
        """The meeting whose details are shown."""
        return self._current

    def _selected(self, *_args: object) -> None:
        ids = self.meetings.selected_ids()
        self._current = ids[0] if len(ids) == 1 else None
        has = self._current is not None
        self.empty.setVisible(not has)
        self.details.setVisible(has)
        self.form.reload()
        self.participants.reload()
        self.links.reload()
        editable = has and not self.controller.read_only
        self.participants.add_button.setEnabled(editable)
        self.links.add_button.setEnabled(editable)
        self._load_themes()
        self._load_indicators()

    def _load_indicators(self) -> None:
        """The indicators of Monitoring that this meeting discusses (read-only here)."""
        if self._current is None:
            self.indicators.clear()
            return
        with self.controller.session() as s:
            rows = indicators_for_meeting(s, self._current)
        self.indicators.setText("\n".join(T.INDICATOR_LINE.format(name=name, project=project)
                                          for name, project in rows) or T.NO_INDICATORS)

    def _load_themes(self) -> None:
        self.themes.blockSignals(True)
        self.themes.clear()
        if self._current is not None:
            with self.controller.session() as s:
                on = ov.theme_ids(s, self._current)
                for theme in ops.list_live(s, "theme", "name"):
                    item = QListWidgetItem(theme.name)
                    item.setData(Qt.ItemDataRole.UserRole, theme.id)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if not self.controller.read_only:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags)
                    item.setCheckState(Qt.CheckState.Checked if theme.id in on
                                       else Qt.CheckState.Unchecked)
                    self.themes.addItem(item)
        self.themes.blockSignals(False)

    def _theme_toggled(self, item: QListWidgetItem) -> None:
        meeting_id = self._current
        if meeting_id is None:
            return
        theme_id = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        try:
            self.controller.execute(f"Thema ‘{item.text()}’ {'aan' if on else 'uit'}zetten",
                                    lambda s: ov.set_theme(s, meeting_id, theme_id, on))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))
            self._load_themes()

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.touches("meeting_theme", "theme"):
            self._load_themes()
        if changes.touches("mon_indicator", "project"):
            self._load_indicators()
        if changes.everything:
            self._selected()


__all__ = ["MEETING_FIELDS", "InventoryPage", "MeetingLink", "box", "meeting_table"]
