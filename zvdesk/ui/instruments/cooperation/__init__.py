"""1.4 Samenwerken aan opgaven: intake per participant, summary per question, agreements,
deepening questions, governance levels and the glossary, as sub-pages of one tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.cooperation import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §1.4 tab of a project."""
    from zvdesk.ui.instruments.cooperation.tab import CooperationTab  # built on first show

    assert ctx.project_id is not None
    return CooperationTab(ctx.controller, ctx.project_id)


def _show(name: str) -> Callable[[QWidget], None]:
    def prepare(widget: QWidget) -> None:
        widget.show_page(getattr(widget, name))

    return prepare


SPEC = InstrumentSpec(
    key="cooperation", title=T.TITLE, chapter="1.4", scope="project", order=14,
    factory=make_tab, kinds="zvdesk.models.cooperation.tables:KINDS",
    screenshots={name: _show(name) for name in ("overview", "agreements", "deepening",
                                                "governance", "glossary")},
    progress=lazy("zvdesk.models.cooperation.tables:progress_text"))

SPECS = (SPEC,)
