"""The table view of one process: lanes, steps, arrows and markers, fully keyboard-usable.

The same data as the swimlane canvas, for keyboard and screen-reader users: every edit goes
through the shared :class:`RecordTable` (one undo step each).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ValidationError
from zvdesk.models.werkproces import ops as wp
from zvdesk.models.werkproces.read import lane_label
from zvdesk.models.werkproces.tables import (
    CAUSE_LABELS,
    MARKER_LABELS,
    Cause,
    MarkerKind,
    ProcessLane,
)
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkproces import texts as T
from zvdesk.ui.widgets.fields import Field, enum_choices, organisation_choices
from zvdesk.ui.widgets.recordtable import RecordTable

KINDS = (wp.LANE, wp.STEP, wp.FLOW, wp.MARKER, "organisation")


def _lane_choices(process_id: str):  # noqa: ANN202 - a Choices function
    def choices(session: Session) -> list[tuple[Any, str]]:
        from zvdesk.models.region.tables import Organisation

        return [(lane.id, lane_label(lane.name, session.get(Organisation, lane.organisation_id)
                                     if lane.organisation_id else None))
                for lane in wp.live_lanes(session, process_id)]

    return choices


def _step_choices(process_id: str, allow_none: bool = False):  # noqa: ANN202
    def choices(session: Session) -> list[tuple[Any, str]]:
        items = [(s.id, s.name) for s in sorted(wp.live_steps(session, process_id),
                                                key=lambda s: s.x)]
        return ([(None, "(geen)")] if allow_none else []) + items

    return choices


def _flow_choices(process_id: str):  # noqa: ANN202
    def choices(session: Session) -> list[tuple[Any, str]]:
        names = {s.id: s.name for s in wp.live_steps(session, process_id)}
        return [(None, "(geen)")] + [
            (f.id, f"{names.get(f.source_id, '?')} → {names.get(f.target_id, '?')}")
            for f in wp.live_flows(session, process_id)]

    return choices


class ProcessTables(QWidget):
    """Four record tables of one process, as sub-tabs (Banen, Stappen, Pijlen, Markeringen)."""

    def __init__(self, controller: DocumentController, process_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.process_id = process_id
        pid = process_id

        def new_lane(s: Session) -> dict[str, Any]:
            top = s.scalar(select(func.max(ProcessLane.position)).where(
                ProcessLane.process_id == pid, ProcessLane.deleted_at.is_(None)))
            return {"process_id": pid, "name": T.NEW_LANE,
                    "position": 0 if top is None else top + 1}

        def new_step(s: Session) -> dict[str, Any]:
            lanes = wp.live_lanes(s, pid)
            if not lanes:
                raise ValidationError("Voeg eerst een baan (organisatie) toe aan het proces.")
            return {"process_id": pid, "lane_id": lanes[0].id, "name": T.NEW_STEP,
                    "x": wp.next_x(s, pid)}

        def new_flow(s: Session) -> dict[str, Any]:
            steps = sorted(wp.live_steps(s, pid), key=lambda st: st.x)
            if len(steps) < 2:
                raise ValidationError(T.NEED_TWO)
            taken = {(f.source_id, f.target_id) for f in wp.live_flows(s, pid)}
            pairs = [(a.id, b.id) for a in steps for b in steps
                     if a.id != b.id and (a.id, b.id) not in taken]
            if not pairs:
                raise ValidationError("Alle stappen zijn al met elkaar verbonden.")
            return {"process_id": pid, "source_id": pairs[0][0], "target_id": pairs[0][1]}

        def new_marker(s: Session) -> dict[str, Any]:
            steps = sorted(wp.live_steps(s, pid), key=lambda st: st.x)
            if not steps:
                raise ValidationError(T.NEED_STEP)
            return {"process_id": pid, "step_id": steps[0].id, "kind": MarkerKind.PROBLEM}

        self.lanes = RecordTable(
            controller, wp.LANE,
            [Field("position", T.LANE_ORDER, "int", width=80),
             Field("organisation_id", T.LANE_ORG, "choice", organisation_choices),
             Field("name", T.LANE_NAME)],
            lambda s: wp.live_lanes(s, pid), new_lane, "baan", refresh_kinds=("organisation",))
        self.steps = RecordTable(
            controller, wp.STEP,
            [Field("name", T.STEP_NAME),
             Field("lane_id", T.STEP_LANE, "choice", _lane_choices(pid)),
             Field("description", T.STEP_DESCRIPTION, "longtext",
                   tooltip=T.STEP_DESCRIPTION_TIP)],
            lambda s: wp.live_steps(s, pid), new_step, "stap",
            refresh_kinds=(wp.LANE, "organisation"))
        self.flows = RecordTable(
            controller, wp.FLOW,
            [Field("source_id", T.FLOW_SOURCE, "choice", _step_choices(pid)),
             Field("target_id", T.FLOW_TARGET, "choice", _step_choices(pid)),
             Field("label", T.FLOW_LABEL)],
            lambda s: wp.live_flows(s, pid), new_flow, "pijl", refresh_kinds=(wp.STEP,))
        self.markers = RecordTable(
            controller, wp.MARKER,
            [Field("kind", T.MARKER_KIND, "choice", enum_choices(MarkerKind, MARKER_LABELS)),
             Field("cause", T.MARKER_CAUSE, "choice",
                   enum_choices(Cause, CAUSE_LABELS, allow_none=True)),
             Field("step_id", T.MARKER_STEP, "choice", _step_choices(pid, allow_none=True)),
             Field("flow_id", T.MARKER_FLOW, "choice", _flow_choices(pid)),
             Field("text", T.MARKER_TEXT)],
            lambda s: wp.live_markers(s, pid), new_marker, "markering",
            refresh_kinds=(wp.STEP, wp.FLOW))
        self.tabs = QTabWidget()
        for widget, title in ((self.lanes, T.LANES), (self.steps, T.STEPS),
                              (self.flows, T.FLOWS), (self.markers, T.MARKERS)):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
