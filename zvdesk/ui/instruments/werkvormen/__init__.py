"""Deel 2 "Werkvormen": plan a session as an agenda of work forms, present it, keep results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from zvdesk.ui.instruments.werkvormen import texts as T
from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The work-forms tab of a project."""
    from zvdesk.ui.instruments.werkvormen.tab import WerkvormenTab  # built on first show

    assert ctx.project_id is not None
    return WerkvormenTab(ctx.controller, ctx.project_id)


def _show(name: str) -> Callable[[QWidget], QWidget | None]:
    def prepare(widget: QWidget) -> QWidget | None:
        return widget.show_state(name)

    return prepare


SPEC = InstrumentSpec(
    key="werkvormen", title=T.TITLE, chapter="4", scope="project", order=90,
    factory=make_tab, kinds="zvdesk.models.werkvormen.tables:KINDS",
    screenshots={name: _show(name) for name in ("votes", "cloud", "hats", "tips",
                                                "presenter", "presenter_cloud")},
    progress=lazy("zvdesk.models.werkvormen.ops:progress_text"))

SPECS = (SPEC,)
