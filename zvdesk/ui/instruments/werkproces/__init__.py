"""1.2 Werkproces in beeld (startfoto): the swimlanes of a project's current and desired process."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zvdesk.ui.registry import InstrumentContext, InstrumentSpec


def make_tab(ctx: InstrumentContext) -> QWidget:
    """The Werkproces tab of a project."""
    from zvdesk.ui.instruments.werkproces.widget import WerkprocesTab

    assert ctx.project_id is not None
    return WerkprocesTab(ctx.controller, ctx.project_id)


def _side(widget: QWidget) -> None:
    """Screenshot state: current and desired side by side."""
    widget.pages.setCurrentIndex(0)  # type: ignore[attr-defined]
    widget.mode_combo.setCurrentIndex(1)  # type: ignore[attr-defined]


def _table(widget: QWidget) -> None:
    """Screenshot state: the table view of the steps."""
    widget.pages.setCurrentIndex(1)  # type: ignore[attr-defined]
    if widget.tables is not None:  # type: ignore[attr-defined]
        widget.tables.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]


def _progress(session, project_id: str) -> str:  # noqa: ANN001 - Session
    from zvdesk.models.werkproces.ops import live_processes
    from zvdesk.models.werkproces.tables import ProcessState

    n = sum(p.state is ProcessState.CURRENT for p in live_processes(session, project_id))
    return f"{n} {'proces' if n == 1 else 'processen'}" if n else ""


SPEC = InstrumentSpec(
    key="werkproces", title="Werkproces in beeld", chapter="1.2", scope="project", order=12,
    factory=make_tab, kinds="zvdesk.models.werkproces.tables:KINDS", screenshots={"naast-elkaar": _side, "tabel": _table},
    progress=_progress)

SPECS = (SPEC,)
