"""The §3.1 tab: the project's dilemmas on the left; for the chosen one the slider with every
participant's marker and the table of positions, or the dilemma and its outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.dilemmaschuif import ops as dilemma_ops
from zvdesk.models.dilemmaschuif import read
from zvdesk.models.dilemmaschuif.tables import (
    DILEMMA,
    KINDS,
    LINE_MIDDLE,
    MODE_LABELS,
    OUTCOME_LABELS,
    POSITION,
    Mode,
    Outcome,
)
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.dilemmaschuif import texts as T
from zvdesk.ui.instruments.dilemmaschuif.chart import SpreadChart
from zvdesk.ui.widgets.fields import Field, enum_choices, person_choices
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole
REFRESH_KINDS = (*KINDS, "person", "organisation")

POSITION_FIELDS = [
    Field("position", T.POSITION, "int", width=62, tooltip=T.POSITION_TIP),
    Field("person_id", T.PARTICIPANT, "choice", person_choices, width=135),
    Field("name", T.OTHER_NAME, width=95, tooltip=T.OTHER_NAME_TIP),
    Field("explanation", T.EXPLANATION),
    # In the pane under the table, for the selected participant.
    Field("value_order", T.VALUE_ORDER, "longtext", tooltip=T.VALUE_ORDER_TIP),
]
DILEMMA_FIELDS = [
    Field("title", T.NAME),
    Field("left_value", T.LEFT_VALUE),
    Field("right_value", T.RIGHT_VALUE),
    Field("mode", T.MODE, "choice", enum_choices(Mode, MODE_LABELS)),
    Field("session_date", T.SESSION_DATE, "date"),
    Field("other_values", T.OTHER_VALUES, "longtext"),
]
OUTCOME_FIELDS = [
    Field("outcome_kind", T.OUTCOME_KIND, "choice",
          enum_choices(Outcome, OUTCOME_LABELS, allow_none=True)),
    Field("outcome", T.OUTCOME, "longtext", tooltip=T.OUTCOME_TIP),
    Field("chosen_position", T.CHOSEN_POSITION, "int", tooltip=T.CHOSEN_POSITION_TIP),
]


class DilemmaForm(RecordForm):
    """A :class:`RecordForm` that shows long one-line texts from their beginning (an empty
    "gekozen positie" is saved as empty, "no point on the line", as every optional number)."""

    def reload(self) -> None:
        """Shows the values; long one-line texts show their beginning, not their end."""
        super().reload()
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit) and not editor.hasFocus():
                editor.setCursorPosition(0)


class DilemmaTab(QWidget):
    """Dilemmas of a project; the slider with positions, and the dilemma with its outcome."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._current: str | None = None
        editable = not controller.read_only

        self.list = QListWidget()
        self.list.setAccessibleName(T.DILEMMAS)
        self.list.setWordWrap(True)
        title = QLabel(f"<b>{T.DILEMMAS}</b>")
        title.setBuddy(self.list)
        self.add_button = QPushButton(T.ADD_DILEMMA)
        self.delete_button = QPushButton(T.DELETE)
        left = QWidget()
        left.setMaximumWidth(190)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(title)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.add_button)  # under each other: the list stays narrow at 1280 px
        ll.addWidget(self.delete_button)

        # -- page 1: the slider and the positions --
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.chart = SpreadChart()
        self.left_label = QLabel()
        self.left_label.setWordWrap(True)
        self.right_label = QLabel()
        self.right_label.setWordWrap(True)
        self.right_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ends = QHBoxLayout()
        ends.addWidget(self.left_label, 1)
        ends.addSpacing(24)
        ends.addWidget(self.right_label, 1)
        self.positions = RecordTable(controller, POSITION, POSITION_FIELDS, self._position_rows,
                                     self._new_position, T.POSITION_NOUN,
                                     refresh_kinds=("person", "organisation"))
        self.positions.view.setAccessibleName(T.POSITIONS)
        header = self.positions.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(len(self.positions.model.fields) - 1,
                                    QHeaderView.ResizeMode.Stretch)
        for editor in self.positions.long_editors:
            editor.edit.setTabChangesFocus(True)
            editor.edit.setMaximumHeight(60)
        positions_box = QGroupBox(T.POSITIONS)
        pl = QVBoxLayout(positions_box)
        intro = QLabel(T.POSITIONS_INTRO)
        intro.setWordWrap(True)
        pl.addWidget(intro)
        pl.addWidget(self.positions)
        chart_box = QWidget()
        cl = QVBoxLayout(chart_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.heading)
        cl.addWidget(self.chart, 1)
        cl.addLayout(ends)
        self.spread = QSplitter(Qt.Orientation.Vertical)
        self.spread.addWidget(chart_box)
        self.spread.addWidget(positions_box)
        self.spread.setStretchFactor(0, 2)
        self.spread.setStretchFactor(1, 3)
        self.spread.setSizes([210, 350])

        # -- page 2: the dilemma and its outcome --
        self.dilemma_form = DilemmaForm(controller, DILEMMA, DILEMMA_FIELDS,
                                        lambda: self._current)
        self.outcome_form = DilemmaForm(controller, DILEMMA, OUTCOME_FIELDS,
                                        lambda: self._current)
        for form in (self.dilemma_form, self.outcome_form):
            for editor in form.editors.values():
                if isinstance(editor, QPlainTextEdit):
                    editor.setTabChangesFocus(True)
                    editor.setMaximumHeight(90)
        dilemma_box = QGroupBox(T.DILEMMA_BOX)
        QVBoxLayout(dilemma_box).addWidget(self.dilemma_form)
        outcome_box = QGroupBox(T.OUTCOME_BOX)
        QVBoxLayout(outcome_box).addWidget(self.outcome_form)
        content = QWidget()
        dl = QVBoxLayout(content)
        dl.addWidget(dilemma_box)
        dl.addWidget(outcome_box)
        dl.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setWidget(content)

        self.pages = QTabWidget()
        self.pages.addTab(self.spread, T.PAGE_SPREAD)
        self.pages.addTab(self.details, T.PAGE_DETAILS)
        self.empty = QLabel(T.NO_DILEMMA)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty)
        rl.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([170, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_dilemma)
        self.delete_button.clicked.connect(self.delete_current)
        controller.changed.connect(self._on_changed)
        self.add_button.setEnabled(editable)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The dilemma shown."""
        return self._current

    def dilemma_ids(self) -> list[str]:
        """Ids of the dilemmas as listed."""
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def _position_rows(self, session):  # noqa: ANN001, ANN202 - RecordTable query
        return read.position_rows(session, self._current)

    def _new_position(self, _session) -> dict:  # noqa: ANN001 - RecordTable new_values
        return {"dilemma_id": self._current, "position": LINE_MIDDLE}

    def reload(self) -> None:
        """Reads the dilemmas again, keeping the selection."""
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        with self.controller.session() as s:
            for row in read.dilemma_rows(s, self.project_id):
                item = QListWidgetItem(row.title)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(f"{row.left_value} ↔ {row.right_value}")
                self.list.addItem(item)
        self.list.blockSignals(False)
        ids = self.dilemma_ids()
        self.select(keep if keep in ids else (ids[0] if ids else None), force=True)

    def select(self, dilemma_id: str | None, force: bool = False) -> None:
        """Shows a dilemma (saving pending typing first)."""
        moved = dilemma_id != self._current
        if moved:
            self.dilemma_form.flush()
            self.outcome_form.flush()
        self._current = dilemma_id
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == dilemma_id:
                self.list.setCurrentRow(i)
        self.list.blockSignals(False)
        has = dilemma_id is not None
        self.pages.setVisible(has)
        self.empty.setVisible(not has)
        self.delete_button.setEnabled(has and not self.controller.read_only)
        if moved or force:
            self.dilemma_form.reload()
            self.outcome_form.reload()
        if moved:
            self.positions.reload()
        self.positions.add_button.setEnabled(has and not self.controller.read_only)
        self._draw()

    def _draw(self) -> None:
        view = None
        if self._current:
            with self.controller.session() as s:
                row = s.get(ops.record_class(DILEMMA), self._current)
                if row is not None and row.deleted_at is None:
                    view = read.dilemma_view(s, row)
        self.chart.show_dilemma(view)
        if view is None:
            return
        self.heading.setText(f"<b>{view.title}</b> · {view.mode_label}"
                             + (f" · {view.outcome_label}" if view.outcome_label else ""))
        self.left_label.setText(T.LEFT_END.format(value=view.left_value or T.NO_VALUE))
        self.right_label.setText(T.RIGHT_END.format(value=view.right_value or T.NO_VALUE))

    def _current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        self.select(item.data(ID_ROLE) if item is not None else None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.ids.get(DILEMMA):
            self.reload()
        elif changes.touches(*REFRESH_KINDS):
            self._draw()

    # -- editing --------------------------------------------------------------------------

    def add_dilemma(self) -> str | None:
        """Adds a dilemma, shows its details and puts the cursor in its name."""
        try:
            new_id = self.controller.execute(T.ADD_DILEMMA, lambda s: dilemma_ops.add_dilemma(
                s, self.project_id, T.NEW_DILEMMA))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))
            return None
        self.select(new_id)
        self.pages.setCurrentWidget(self.details)
        editor = self.dilemma_form.editors["title"]
        editor.setFocus()
        editor.selectAll()  # type: ignore[attr-defined]
        return new_id

    def delete_current(self) -> None:
        """Deletes the shown dilemma with its positions after asking (one undo step)."""
        did = self._current
        item = self.list.currentItem()
        if did is None or item is None or self.controller.read_only:
            return
        if not dialogs.confirm(self, T.DELETE, T.DELETE_Q.format(title=item.text()),
                               yes=T.DELETE):
            return
        try:
            self.controller.execute(T.DELETE_UNDO,
                                    lambda s: ops.delete_records(s, DILEMMA, [did]))
        except ZvdbError as exc:
            dialogs.show_error(self, T.NOT_SAVED, str(exc))

