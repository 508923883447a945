"""2.1 Communicatiestrategie: how to communicate with each player of the stakeholder analysis."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The Communicatie tab of a project."""
    from zvdesk.ui.instruments.stakeholders.communication.widget import CommunicationTab

    assert ctx.project_id is not None
    return CommunicationTab(ctx.controller, ctx.project_id, ctx.open_instrument)


def _select_top(widget: QWidget) -> None:
    """Screenshot state: the highest score chosen, its actions below the table."""
    model = widget.model  # type: ignore[attr-defined]
    if model.rows:
        widget.select_player(model.rows[0].id)  # type: ignore[attr-defined]


def _filter_involve(widget: QWidget) -> None:
    """Screenshot state: only the players to involve (betrekken)."""
    combo = widget.strategy_filter  # type: ignore[attr-defined]
    combo.setCurrentIndex(1)


def _progress(session, project_id: str) -> str:  # noqa: ANN001 - Session
    from zvdesk.models.stakeholders.read import communication_rows

    rows = communication_rows(session, project_id)
    if not rows:
        return ""
    done = sum(1 for r in rows if r.score is not None)
    return f"{done} van {len(rows)} gescoord"


SPEC = InstrumentSpec(
    key="communication", title="Communicatie", chapter="2.1", scope="project", order=22,
    factory=make_tab, kinds=(),  # the players belong to the Krachtenveld tab
    screenshots={"gekozen": _select_top, "betrekken": _filter_involve}, progress=_progress)
