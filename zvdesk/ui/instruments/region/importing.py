"""Bestand → "Personen of organisaties importeren…": from Excel (.xlsx) or CSV, with a preview
that shows per row what will be added, updated or skipped, and why. One undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from zvdesk.ui.features import WindowFeature

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.instruments.region.importdialog import ImportDialog
    from zvdesk.ui.mainwindow import MainWindow

MENU_TEXT = "Personen of organisaties &importeren…"
SHEET_FILTER = "Excel of CSV (*.xlsx *.csv);;Alle bestanden (*)"
ACTION_LABELS = {"toevoegen": "Toevoegen", "bijwerken": "Bijwerken",
                 "ongewijzigd": "Al aanwezig", "overslaan": "Overslaan"}


def ask_sheet_path(parent: QWidget | None, folder: str) -> str | None:
    """Asks which spreadsheet to read (tests patch this)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, "Bestand om te importeren", folder,
                                          SHEET_FILTER)
    return path or None


class ImportFeature(WindowFeature):
    """Bestand → "Personen of organisaties importeren…" and its dialog (a window feature).

    Attributes:
        action: The menu entry.
        dialog: The open import dialog, or None.
    """

    name = "import"

    def __init__(self) -> None:
        super().__init__()
        self.dialog: ImportDialog | None = None

    def install(self, window: MainWindow) -> None:
        """Adds the entry to the Bestand menu, above the last separator."""
        super().install(window)
        self.action = QAction(MENU_TEXT, window)
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        menu = window.file_menu
        separators = [a for a in menu.actions() if a.isSeparator()]
        menu.insertAction(separators[-1] if separators else None, self.action)

    def open_dialog(self) -> ImportDialog | None:
        """Opens the import dialog for the open document."""
        window = self.window
        if window is None:
            return None
        if window.controller is None:
            window.statusBar().showMessage("Open eerst een regiobestand.", 5000)
            return None
        window.flush_edits()
        self.document_closing(window.controller)
        from zvdesk.ui.instruments.region.importdialog import ImportDialog

        self.dialog = ImportDialog(window.controller, window)
        self.dialog.show()
        return self.dialog

    def document_closing(self, controller: DocumentController) -> None:
        """The dialog imports into the document that closes: close it."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
