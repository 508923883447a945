"""3.1 Dilemmaschuif: dilemmas between two values, everyone's position, the spread, the choice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.dilemmaschuif import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §3.1 tab of a project."""
    from zvdesk.ui.instruments.dilemmaschuif.tab import DilemmaTab  # built on first show

    assert ctx.project_id is not None
    return DilemmaTab(ctx.controller, ctx.project_id)


def _show_details(widget: QWidget) -> None:
    widget.pages.setCurrentWidget(widget.details)


SPEC = InstrumentSpec(
    key="dilemmaschuif", title=T.TITLE, chapter="3.1", scope="project", order=31,
    factory=make_tab, kinds="zvdesk.models.dilemmaschuif.tables:KINDS", screenshots={"uitkomst": _show_details},
    progress=lazy("zvdesk.models.dilemmaschuif.read:progress_text"))

SPECS = (SPEC,)
