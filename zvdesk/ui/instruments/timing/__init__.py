"""2.2 Timing bij samenwerken en agenderen: moments, partners' cycles, clashes, beleidsraam."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.timing import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §2.2 tab of a project."""
    from zvdesk.ui.instruments.timing.tab import TimingTab  # built on first show

    assert ctx.project_id is not None
    return TimingTab(ctx.controller, ctx.project_id)


def _show(name: str):  # noqa: ANN202 - a screenshot preparer
    def prepare(widget: QWidget) -> None:
        widget.pages.setCurrentWidget(getattr(widget, name))

    return prepare


SPEC = InstrumentSpec(
    key="timing", title=T.TITLE, chapter="2.2", scope="project", order=23, factory=make_tab,
    kinds="zvdesk.models.timing.tables:KINDS", screenshots={n: _show(n) for n in ("cycles", "clashes", "streams",
                                                    "timeline")},
    progress=lazy("zvdesk.models.timing.ops:progress_text"))

SPECS = (SPEC,)
