"""Project: the details of one project (name, status, lead, dates, themes, description)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.region.ops import project_theme_ids, set_project_themes
from zvdesk.models.region.tables import ProjectStatus
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.labels import STATUS_LABELS
from zvdesk.ui.operations import run_edit
from zvdesk.ui.registry import InstrumentContext
from zvdesk.ui.widgets.fields import Field, enum_choices, person_choices
from zvdesk.ui.widgets.form import RecordForm

FIELDS = [
    Field("name", "Naam"),
    Field("status", "Status", "choice", enum_choices(ProjectStatus, STATUS_LABELS)),
    Field("lead_person_id", "Projectleider", "choice", person_choices,
          tooltip="Eén expliciete trekker van het project"),
    Field("start_date", "Start", "date"),
    Field("end_date", "Einde", "date"),
    Field("description", "Omschrijving", "longtext",
          tooltip="Aanleiding, opgave en gewenste resultaat van het project"),
]


class ProjectTab(QWidget):
    """The project form and its themes as a checklist."""

    def __init__(self, controller: DocumentController, project_id: str) -> None:
        super().__init__()
        self.controller = controller
        self.project_id = project_id
        self.form = RecordForm(controller, "project", FIELDS, lambda: project_id)
        self.themes = QListWidget()
        self.themes.setAccessibleName("Thema's van dit project")
        self.themes.itemChanged.connect(self._theme_toggled)
        form_box = QGroupBox("Project")
        QVBoxLayout(form_box).addWidget(self.form)
        theme_box = QGroupBox("Thema's")
        QVBoxLayout(theme_box).addWidget(self.themes)
        layout = QHBoxLayout(self)
        layout.addWidget(form_box, 3)
        layout.addWidget(theme_box, 2)
        controller.changed.connect(self._on_changed)
        self._loading = False
        self._load_themes()

    def _load_themes(self) -> None:
        self._loading = True
        self.themes.clear()
        with self.controller.session() as s:
            chosen = project_theme_ids(s, self.project_id)
            for theme in ops.list_live(s, "theme", "name"):
                item = QListWidgetItem(theme.name)
                item.setData(Qt.ItemDataRole.UserRole, theme.id)
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                if self.controller.read_only:
                    flags &= ~Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if theme.id in chosen
                                   else Qt.CheckState.Unchecked)
                self.themes.addItem(item)
        self._loading = False

    def checked_theme_ids(self) -> set[str]:
        """Ids of the checked themes."""
        return {self.themes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.themes.count())
                if self.themes.item(i).checkState() == Qt.CheckState.Checked}

    def _theme_toggled(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        wanted = self.checked_theme_ids()
        run_edit(self, self.controller, "Thema's van het project wijzigen",
                 lambda s: set_project_themes(s, self.project_id, wanted),
                 on_failure=lambda _msg: self._load_themes())

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("theme", "project_theme"):
            self._load_themes()


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The project tab."""
    assert ctx.project_id is not None
    return ProjectTab(ctx.controller, ctx.project_id)

