"""The §1.4 tab widget: one sub-page per part of the instrument."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.agreements import AgreementsPage
from zvdesk.ui.instruments.cooperation.deepening import DeepeningPage
from zvdesk.ui.instruments.cooperation.glossary import GlossaryPage
from zvdesk.ui.instruments.cooperation.governance import GovernancePage
from zvdesk.ui.instruments.cooperation.intake import IntakePage
from zvdesk.ui.instruments.cooperation.overview import OverviewPage


class CooperationTab(QWidget):
    """The §1.4 tab: one sub-page per part of the instrument."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.intake = IntakePage(controller, project_id)
        self.overview = OverviewPage(controller, project_id)
        self.agreements = AgreementsPage(controller, project_id)
        self.deepening = DeepeningPage(controller, project_id)
        self.governance = GovernancePage(controller, project_id)
        self.glossary = GlossaryPage(controller, project_id)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(T.TITLE)
        for page, title in ((self.intake, T.PAGE_INTAKE), (self.overview, T.PAGE_OVERVIEW),
                            (self.agreements, T.PAGE_AGREEMENTS),
                            (self.deepening, T.PAGE_DEEPENING),
                            (self.governance, T.PAGE_GOVERNANCE),
                            (self.glossary, T.PAGE_GLOSSARY)):
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def show_page(self, page: QWidget) -> None:
        """Brings a sub-page forward."""
        self.pages.setCurrentWidget(page)
