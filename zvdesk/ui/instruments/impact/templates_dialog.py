"""The "Sjabloon toevoegen…" dialog and where the user's own templates live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.impact.templates import TemplateInfo, list_templates
from zvdesk.ui.instruments.impact import texts


def user_template_folder() -> Path:
    """The folder where "Opslaan als sjabloon…" suggests to save (created on demand)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "sjablonen" / "impact"


class TemplateDialog(QDialog):
    """Lists the built-in templates and the user's own; "Ander bestand…" picks any file."""

    def __init__(self, parent: QWidget | None, templates: list[TemplateInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.TEMPLATE_DIALOG_TITLE)
        self.resize(560, 380)
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(texts.TEMPLATE_DIALOG_TEXT)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(texts.TEMPLATE_DIALOG_TITLE)
        self.list.setWordWrap(True)
        for info in templates:
            item = QListWidgetItem(f"{info.name}\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(info.description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Toevoegen")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        other = buttons.addButton(texts.TEMPLATE_FILE, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, texts.TEMPLATE_DIALOG_TITLE, "",
                                              texts.TEMPLATE_FILTER)
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:  # noqa: D102 - Qt API
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


def choose_template(parent: QWidget | None) -> Path | None:
    """Asks which template to add; returns its file or None (tests patch this)."""
    dialog = TemplateDialog(parent, list_templates([user_template_folder()]))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen
