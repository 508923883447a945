"""1.3 Impact framework (beleidstheorie): the chain on a canvas, as a table and as a 2×2."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The impact framework tab of a project."""
    from zvdesk.ui.instruments.impact.widget import ImpactTab

    assert ctx.project_id is not None
    return ImpactTab(ctx.controller, ctx.project_id)


def progress(session, project_id: str) -> str:  # noqa: ANN001 - a Session
    """"35 kaarten, 2 aandachtspunten" for the navigator."""
    from zvdesk.models.impact.checks import check_theory
    from zvdesk.models.impact.tables import theory_for_project

    theory = theory_for_project(session, project_id)
    if not theory.elements:
        return "nog leeg"
    gaps = len(check_theory(theory))
    cards = f"{len(theory.elements)} kaarten"
    return cards + (f", {gaps} aandachtspunt{'en' if gaps != 1 else ''}" if gaps else "")


def _show_view(index: int):  # noqa: ANN202
    def prepare(widget: QWidget) -> None:
        widget.views.setCurrentIndex(index)

    return prepare


def _show_selected(widget: QWidget) -> None:
    widget.views.setCurrentIndex(0)
    theory = widget.scene.theory
    if theory.elements:
        goal = theory.goals()[0] if theory.goals() else theory.elements[0]
        widget.scene.select_ids([goal.id])


SPEC = InstrumentSpec(
    key="impact", title="Impact framework", chapter="1.3", scope="project", order=13,
    factory=make_tab, kinds="zvdesk.models.impact.tables:KINDS", progress=progress,
    screenshots={"tabel": _show_view(1), "kwadrant": _show_view(2),
                 "selectie": _show_selected})

SPECS = (SPEC,)
