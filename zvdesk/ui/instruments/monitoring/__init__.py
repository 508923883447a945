"""Monitoring: indicators, measurements over time and their chart (pyqtgraph, loaded with the
tab, never at start-up)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.monitoring import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The Monitoring tab of a project."""
    from zvdesk.ui.instruments.monitoring.widget import MonitoringTab  # built on first show

    assert ctx.project_id is not None
    return MonitoringTab(ctx.controller, ctx.project_id)


def _show(page: str):  # noqa: ANN202 - a screenshot preparer
    def prepare(widget: QWidget) -> None:
        widget.show_first(page)

    return prepare


SPEC = InstrumentSpec(
    key="monitoring", title=T.TITLE, chapter="", scope="project", order=90, factory=make_tab,
    kinds="zvdesk.models.monitoring.tables:KINDS", screenshots={p: _show(p) for p in ("details", "measurements", "chart")},
    progress=lazy("zvdesk.models.monitoring.ops:progress_text"))

SPECS = (SPEC,)
