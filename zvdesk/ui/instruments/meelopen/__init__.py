"""3.2 Meelopen in de praktijk: the schedule of meeloopdagen and exchanges, who takes part
with whom, the reflection after each, and a rota so that every organisation hosts once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.meelopen import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §3.2 tab of a project."""
    from zvdesk.ui.instruments.meelopen.tab import PracticeTab  # built on first show

    assert ctx.project_id is not None
    return PracticeTab(ctx.controller, ctx.project_id)


def _show_reflection(widget: QWidget) -> None:
    widget.pages.setCurrentWidget(widget.reflection_page)


SPEC = InstrumentSpec(
    key="meelopen", title=T.TITLE, chapter="3.2", scope="project", order=32,
    factory=make_tab, kinds="zvdesk.models.meelopen.tables:KINDS", screenshots={"reflectie": _show_reflection},
    progress=lazy("zvdesk.models.meelopen.read:progress_text"))

SPECS = (SPEC,)
