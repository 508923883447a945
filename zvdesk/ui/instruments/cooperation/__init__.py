"""1.4 Samenwerken aan opgaven: intake per participant, summary per question, agreements,
deepening questions, governance levels and the glossary, as sub-pages of one tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from zvdesk.models import cooperation as coop
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.instruments.cooperation.agreements import AgreementsPage
from zvdesk.ui.instruments.cooperation.deepening import DeepeningPage
from zvdesk.ui.instruments.cooperation.glossary import GlossaryPage
from zvdesk.ui.instruments.cooperation.governance import GovernancePage
from zvdesk.ui.instruments.cooperation.intake import IntakePage
from zvdesk.ui.instruments.cooperation.overview import OverviewPage
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


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


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §1.4 tab of a project."""
    assert ctx.project_id is not None
    return CooperationTab(ctx.controller, ctx.project_id)


def _show(name: str) -> Callable[[QWidget], None]:
    def prepare(widget: QWidget) -> None:
        widget.show_page(getattr(widget, name))

    return prepare


SPEC = InstrumentSpec(
    key="cooperation", title=T.TITLE, chapter="1.4", scope="project", order=14,
    factory=make_tab, kinds=coop.KINDS,
    screenshots={name: _show(name) for name in ("overview", "agreements", "deepening",
                                                "governance", "glossary")},
    progress=coop.progress_text)
