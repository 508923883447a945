"""2.1 Stakeholder- en krachtenveldanalyse: the circle map of a project's players."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The Krachtenveld tab of a project."""
    from zvdesk.ui.instruments.stakeholders.widget import StakeholderTab

    assert ctx.project_id is not None
    return StakeholderTab(ctx.controller, ctx.project_id, ctx.open_instrument)


def _select_player(widget: QWidget) -> None:
    """Screenshot state: one player chosen, its details beside the map."""
    scene = widget.scene  # type: ignore[attr-defined]
    if scene.map.players:
        target = max(scene.map.players, key=lambda p: len(p.notes))
        scene.select_ids([target.id])


def _select_relation(widget: QWidget) -> None:
    """Screenshot state: a bad relation chosen."""
    scene = widget.scene  # type: ignore[attr-defined]
    bad = [r for r in scene.map.relations if r.kind.value == "slecht"]
    if bad:
        scene.select_ids([])
        scene.relations[bad[0].id].setSelected(True)


def _progress(session, project_id: str) -> str:  # noqa: ANN001 - Session
    from zvdesk.models.core.summary import count_live

    n = count_live(session, "stakeholder", project_id=project_id)
    return f"{n} {'speler' if n == 1 else 'spelers'}" if n else ""


SPEC = InstrumentSpec(
    key="stakeholders", title="Krachtenveld", chapter="2.1", scope="project", order=21,
    factory=make_tab, kinds=("stakeholder", "stakeholder_relation", "stakeholder_next_step"),
    screenshots={"speler": _select_player, "relatie": _select_relation}, progress=_progress)


def _specs() -> tuple[InstrumentSpec, ...]:
    from zvdesk.ui.instruments.stakeholders import communication

    return (SPEC, communication.SPEC)


#: The map and the communication strategy (both parts of 2.1).
SPECS = _specs()
