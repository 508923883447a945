"""2.4 Escalatie-afspraken (AVE): the phases of escalation and who holds regie in each, with
the printable one-page regiekaart."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.escalatie import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §2.4 tab of a project."""
    from zvdesk.ui.instruments.escalatie.tab import EscalationTab  # built on first show

    assert ctx.project_id is not None
    return EscalationTab(ctx.controller, ctx.project_id)


def _show_card(widget: QWidget) -> None:
    widget.pages.setCurrentWidget(widget.card_page)


SPEC = InstrumentSpec(
    key="escalatie", title=T.TITLE, chapter="2.4", scope="project", order=24,
    factory=make_tab, kinds="zvdesk.models.escalatie.tables:KINDS", screenshots={"regiekaart": _show_card},
    progress=lazy("zvdesk.models.escalatie.ops:progress_text"))

SPECS = (SPEC,)
