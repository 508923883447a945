"""The §2.4 tab widget: toolbar (default phases, print, save), the phases and the regiekaart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.escalatie import ops as ave
from zvdesk.models.escalatie.read import regiekaart
from zvdesk.models.region.tables import Project
from zvdesk.ui import dialogs
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.escalatie import texts as T
from zvdesk.ui.instruments.escalatie.card import CardPage
from zvdesk.ui.instruments.escalatie.phases import PhasesPage
from zvdesk.ui.report import printing
from zvdesk.ui.widgets.autosave import flush_editors
from zvdesk.ui.widgets.flow import FlowLayout


class EscalationTab(QWidget):
    """The §2.4 tab of one project."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        intro = QLabel(T.INTRO)
        intro.setWordWrap(True)
        self.defaults_button = QPushButton(T.ADD_DEFAULTS)
        self.defaults_button.setToolTip(T.ADD_DEFAULTS_TIP)
        self.print_button = QPushButton(T.PRINT)
        self.pdf_button = QPushButton(T.SAVE_PDF)
        bar = FlowLayout()
        for button in (self.defaults_button, self.print_button, self.pdf_button):
            bar.addWidget(button)
        self.phases_page = PhasesPage(controller, project_id)
        self.card_page = CardPage(controller, project_id)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(T.TITLE)
        self.pages.addTab(self.phases_page, T.PAGE_PHASES)
        self.pages.addTab(self.card_page, T.PAGE_CARD)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.defaults_button.clicked.connect(self.add_defaults)
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(self.save_pdf)
        controller.changed.connect(self._on_changed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        with self.controller.session() as s:
            numbers = {p.number for p in ave.phases(s, self.project_id)}
        self.defaults_button.setEnabled(not self.controller.read_only
                                        and not {1, 2, 3, 4} <= numbers)
        self.print_button.setEnabled(bool(numbers))
        self.pdf_button.setEnabled(bool(numbers))

    def add_defaults(self) -> None:
        """Adds the default phases AVE 1–4 whose numbers are free (one undo step)."""
        try:
            ids = self.controller.execute(
                T.ADD_DEFAULTS_UNDO, lambda s: ave.add_default_phases(s, self.project_id))
        except ZvdbError as exc:
            dialogs.show_error(self, T.TITLE, str(exc))
            return
        if ids:
            self.phases_page.table.select_ids(ids[:1])

    def _pdf(self) -> bytes | None:
        flush_editors()  # what was just typed is on the card
        with self.controller.session() as s:
            card = regiekaart(s, self.project_id)
            project = s.get(Project, self.project_id)
            name = project.name if project is not None else ""
        if card.is_empty:
            dialogs.show_info(self, T.TITLE, T.NOTHING_TO_PRINT)
            return None
        # reportlab and the report's fonts load when a regiekaart is written, not with the tab
        from zvdesk.reports.sections.escalatie import regiekaart_pdf

        return regiekaart_pdf(card, name)

    def print_card(self) -> None:
        """Prints the regiekaart on one A4 landscape page."""
        pdf = self._pdf()
        if pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not printing.ask_printer(self, printer, 1):
            return
        if printing.print_pdf(pdf, printer) == 0:
            dialogs.show_error(self, T.PRINT_TITLE, T.PRINT_FAILED)

    def save_pdf(self) -> None:
        """Saves the regiekaart alone as a one-page PDF."""
        pdf = self._pdf()
        if pdf is None:
            return
        path = dialogs.ask_save_path(self, T.SAVE_PDF_TITLE, "regiekaart.pdf", T.PDF_FILTER)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(pdf)
            tmp.replace(target)
        except OSError as exc:
            dialogs.show_error(self, T.NOT_SAVED, T.NOT_SAVED_MSG.format(
                reason=exc.strerror or str(exc)))
            return
        dialogs.show_info(self, T.SAVED_TITLE, T.SAVED.format(path=target))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("ave_phase", "project"):
            self._update_buttons()
