"""The Regioplan (seed 004): one region-wide tab with the plan's parts as pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.regioplan import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The Regioplan tab."""
    from zvdesk.ui.instruments.regioplan.tab import RegioplanTab  # built on first show

    return RegioplanTab(ctx.controller, ctx.open_project)


def _page(index: int) -> Callable[[QWidget], None]:
    def prepare(widget: QWidget) -> None:
        widget.pages.setCurrentIndex(index)

    return prepare


SPEC = InstrumentSpec(
    key="regioplan", title=T.TITLE, chapter="", scope="region", order=60,
    factory=make_tab, kinds="zvdesk.models.regioplan.tables:KINDS",
    screenshots={name.lower().replace(" ", "-"): _page(i) for i, name in enumerate(T.PAGES)})

SPECS = (SPEC,)
