"""Stappenplan: the five steps plus the time-out as a guided path through a project."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.registry import InstrumentContext, InstrumentSpec, lazy


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The stappenplan tab of a project."""
    from zvdesk.ui.instruments.steps.tab import StepsTab

    assert ctx.project_id is not None
    return StepsTab(ctx.controller, ctx.project_id, ctx.open_instrument)


def _show_step(key: str):  # noqa: ANN202 - a screenshot preparation
    def prepare(widget: QWidget) -> None:
        widget.show_step(key)  # type: ignore[attr-defined]

    return prepare


SPEC = InstrumentSpec(
    key="steps", title="Stappenplan", chapter="", scope="project", order=5,
    factory=make_tab, kinds=("project_step", "step_participant", "step_role"),
    screenshots={"stap2": _show_step("stap2"), "stap3": _show_step("stap3"),
                 "timeout": _show_step("timeout"), "stap4": _show_step("stap4"),
                 "stap5": _show_step("stap5")},
    progress=lazy("zvdesk.models.steps.tables:progress_text"))

SPECS = (SPEC,)
