"""1.1 Probleemscan: the start questions, each participant's answers, summary and proposal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.probleemscan import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §1.1 tab of a project."""
    from zvdesk.ui.instruments.probleemscan.tab import ProblemscanTab  # built on first show

    assert ctx.project_id is not None
    return ProblemscanTab(ctx.controller, ctx.project_id, ctx.open_instrument)


def _show_overview(widget: QWidget) -> None:
    widget.pages.setCurrentWidget(widget.overview)


def _show_realistic(widget: QWidget) -> None:
    from zvdesk.models.probleemscan.ops import standard_question_id
    from zvdesk.models.probleemscan.tables import REALISTIC

    widget.pages.setCurrentWidget(widget.questions)
    widget.questions.select(standard_question_id(widget.project_id, REALISTIC))


SPEC = InstrumentSpec(
    key="probleemscan", title=T.TITLE, chapter="1.1", scope="project", order=11,
    factory=make_tab, kinds="zvdesk.models.probleemscan.tables:KINDS", screenshots={"eindresultaat": _show_realistic, "overview": _show_overview},
    progress=lazy("zvdesk.models.probleemscan.read:progress_text"))

SPECS = (SPEC,)
