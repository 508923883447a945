"""2.3 Overlegstructuren: the region's meetings, the network map, the five golden questions
and the decisions, the figures and the half-yearly call round."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.overleg import texts as T

if TYPE_CHECKING:
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


def _specs() -> tuple[InstrumentSpec, ...]:
    from zvdesk.ui.registry import InstrumentSpec

    spec = InstrumentSpec(
        key="overleg", title=T.TITLE, chapter="2.3", scope="region", order=60,
        factory=make_tab, kinds="zvdesk.models.overleg.tables:KINDS",
        screenshots={name: _show(name) for name in ("inventory", "map", "questions", "figures",
                                                    "rounds")})
    return (spec,)


def __getattr__(name: str) -> Any:
    # SPEC and SPECS are made when first asked for (the registry): this package also holds
    # a window feature (the call-round reminder), part of the window's first frame, which
    # does not wait for the registry.
    if name in ("SPEC", "SPECS"):
        specs = _specs()
        globals().update(SPEC=specs[0], SPECS=specs)
        return globals()[name]
    raise AttributeError(name)
