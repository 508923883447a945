"""The dialog of Bestand → "Personen of organisaties importeren…" (see :mod:`.importing`).

Its own module: the menu entry is part of the window's first frame, the dialog is imported
when it is first opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.ui import dialogs
from zvdesk.ui.instruments.region import importing

if TYPE_CHECKING:
    from zvdesk.models.region.tabular import ImportPlan
    from zvdesk.ui.controller import DocumentController


class ImportDialog(QDialog):
    """Choose what and which file, see the plan, then import it (one undo step)."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan: ImportPlan | None = None
        self.setWindowTitle("Personen of organisaties importeren")
        self.kind = QComboBox()
        self.kind.addItem("Personen", "person")
        self.kind.addItem("Organisaties", "organisation")
        self.kind.setAccessibleName("Wat importeert u?")
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("Kies een Excel- of CSV-bestand")
        self.browse = QPushButton("Bestand kiezen…")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow("Importeren:", self.kind)
        form.addRow("Bestand:", row)
        hint = QLabel("De eerste regel bevat de kolomnamen. Personen: Naam, Initialen, "
                      "Organisatie, Functie, Niveau, E-mail, Telefoon. Organisaties: Naam, "
                      "Afkorting, Domein, Omschrijving. Wie of wat er al is (zelfde naam), "
                      "wordt bijgewerkt, niet dubbel toegevoegd.")
        hint.setWordWrap(True)
        self.summary = QLabel("Nog geen bestand gekozen.")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels(["Regel", "Naam", "Wat er gebeurt", "Toelichting"])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setAccessibleName("Voorbeeld van de import")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Importeren",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.browse.clicked.connect(self._choose)
        self.kind.currentIndexChanged.connect(lambda _i: self._load())
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._import)

    def _choose(self) -> None:
        document = self.controller.document
        path = importing.ask_sheet_path(self, str(document.path.parent))
        if path:
            self.path_edit.setText(path)
            self._load()

    def _load(self) -> None:
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.region.tabular import plan_import, read_sheet

        self.plan = None
        self.import_button.setEnabled(False)
        self.preview.setRowCount(0)
        path = self.path_edit.text()
        if not path:
            return
        try:
            rows = read_sheet(path)
            with self.controller.session() as s:
                self.plan = plan_import(s, self.kind.currentData(), rows)
        except ZvdbError as exc:
            self.summary.setText(str(exc))
            return
        plan = self.plan
        self.preview.setRowCount(len(plan.rows))
        for i, row in enumerate(plan.rows):
            for c, text in enumerate((str(row.line), row.name, importing.ACTION_LABELS[row.action],
                                      row.reason)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(i, c, item)
        text = f"{Path(path).name}: {plan.summary()}."
        if plan.unknown_headers:
            text += (" Deze kolommen worden niet gebruikt: "
                     f"{', '.join(plan.unknown_headers)}.")
        self.summary.setText(text)
        self.import_button.setEnabled(
            not self.controller.read_only
            and bool(plan.count("toevoegen") + plan.count("bijwerken")))

    def _import(self) -> None:
        from zvdesk.models.core.errors import ZvdbError
        from zvdesk.models.region.tabular import KIND_LABELS, apply_import

        plan = self.plan
        if plan is None:
            return
        try:
            done = self.controller.execute(f"{KIND_LABELS[plan.kind].capitalize()} importeren",
                                           lambda s: apply_import(s, plan))
        except ZvdbError as exc:
            dialogs.show_error(self, "Niet geïmporteerd", str(exc))
            return
        dialogs.show_info(self, "Geïmporteerd",
                          f"{done['toevoegen']} toegevoegd, {done['bijwerken']} bijgewerkt. "
                          "Ongedaan maken kan met Ctrl+Z.")
        self.accept()
