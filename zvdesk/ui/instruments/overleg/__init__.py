"""2.3 Overlegstructuren: the region's meetings, the network map, the five golden questions
and the decisions, the figures and the half-yearly call round."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.overleg import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The §2.3 tab of the region."""
    from zvdesk.ui.instruments.overleg.tab import MeetingsTab  # built on first show

    return MeetingsTab(ctx.controller)


def _show(name: str) -> Callable[[QWidget], None]:
    def prepare(widget: QWidget) -> None:
        page = getattr(widget, name)
        widget.show_page(page)
        table = getattr(page, "meetings", None)
        if table is not None and table.model.rowCount():
            table.select_ids([table.model.record_id(0)])

    return prepare


SPEC = InstrumentSpec(
    key="overleg", title=T.TITLE, chapter="2.3", scope="region", order=60,
    factory=make_tab, kinds="zvdesk.models.overleg.tables:KINDS",
    screenshots={name: _show(name) for name in ("inventory", "map", "questions", "figures",
                                                "rounds")})

SPECS = (SPEC,)
