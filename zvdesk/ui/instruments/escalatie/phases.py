"""Sub-page "Fasen en afspraken": the phases (number, name, colour) and the selected one's agreements."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import regiekaart
from zvdesk.models.escalatie.tables import COLOURS
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.escalatie import texts as T
from zvdesk.ui.widgets.fields import Field, record_choices
from zvdesk.ui.widgets.form import RecordForm
from zvdesk.ui.widgets.recordtable import RecordTable


def _colour_choices(_session: Session) -> list[tuple[str, str]]:
    return [(c.key, c.name) for c in COLOURS]


PHASE_FIELDS = [
    Field("number", T.NUMBER, kind="int", width=80, tooltip=T.NUMBER_TIP),
    Field("name", T.NAME, width=200),
    Field("colour", T.COLOUR, kind="choice", choices=_colour_choices, width=120),
]


class PhasesPage(QWidget):
    """The phases table beside the agreements of the selected phase.

    The form's labels are the project's own row names (rebuilt when they change).
    """

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id

        def new_phase(s: Session) -> dict:
            ave.ensure_card(s, project_id)  # in the same write: see ensure_card
            return {"project_id": project_id, "name": T.NEW_PHASE,
                    "number": ave.next_number(s, project_id), "colour": "grijs"}

        self.table = RecordTable(controller, "ave_phase", PHASE_FIELDS,
                                 lambda s: ave.phases(s, project_id), new_phase, T.PHASE)
        self.table.view.setSortingEnabled(False)
        self.table.proxy.sort(-1)  # by number, as the query returns them
        self.table.setMinimumWidth(300)
        self.empty = QLabel(T.NO_PHASE)
        self.empty.setWordWrap(True)
        self.box = QGroupBox(T.DETAILS)
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.addWidget(self.empty)
        self.form: RecordForm | None = None
        self._labels: list[tuple[str, str]] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.view.selectionModel().selectionChanged.connect(self._selected)
        controller.changed.connect(self._on_changed)
        self._build_form()
        if self.table.model.rowCount():  # the form shows the first phase at once
            self.table.select_ids([self.table.model.record_id(0)])

    def current_phase(self) -> str | None:
        """The phase whose agreements the form shows (one selected row)."""
        ids = self.table.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _build_form(self) -> None:
        with self.controller.session() as s:
            labels = regiekaart(s, self.project_id).rows
        if labels == self._labels and self.form is not None:
            return
        self._labels = labels
        if self.form is not None:
            self.form.flush()
            self.box_layout.removeWidget(self.form)
            self.form.deleteLater()
        fields = [Field(key, label, kind="longtext", tooltip=T.TIPS[key])
                  for key, label in labels]
        fields.append(Field("meeting_id", T.MEETING, kind="choice",
                            choices=record_choices("meeting"), tooltip=T.MEETING_TIP))
        self.form = RecordForm(self.controller, "ave_phase", fields, self.current_phase)
        for editor in self.form.editors.values():
            editor.setMinimumHeight(48)
        self.box_layout.addWidget(self.form)
        self._selected()

    def _selected(self, *_args: object) -> None:
        has = self.current_phase() is not None
        self.empty.setVisible(not has)
        if self.form is not None:
            self.form.setVisible(has)
            self.form.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("ave_card"):
            self._build_form()
        elif changes.touches("meeting") and self.form is not None:
            self.form.reload()  # the meetings to choose from
