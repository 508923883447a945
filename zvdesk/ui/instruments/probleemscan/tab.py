"""The §1.1 tab widget: the questions with answers, and the overview as in the report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.probleemscan import texts as T
from zvdesk.ui.instruments.probleemscan.overview import OverviewPage
from zvdesk.ui.instruments.probleemscan.questions import QuestionsPage


class ProblemscanTab(QWidget):
    """The §1.1 tab: sub-pages "Vragen en antwoorden" and "Overzicht"."""

    def __init__(self, controller: DocumentController, project_id: str,
                 open_instrument: Callable[[str], None] = lambda _key: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.questions = QuestionsPage(controller, project_id, open_instrument)
        self.overview = OverviewPage(controller, project_id)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(T.TITLE)
        self.pages.addTab(self.questions, T.PAGE_QUESTIONS)
        self.pages.addTab(self.overview, T.PAGE_OVERVIEW)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
