"""Model functions of the work process, its validators, delete hooks and counter.

Every function takes a session inside :meth:`Document.write` and never commits. On delete:

* a process takes its lanes, steps, arrows and markers along, and a current process its
  desired copy (they are one pair);
* a lane takes its steps along; a step its arrows and markers; an arrow its markers;
* a deleted organisation leaves its lanes in place with the name as free text;
* a deleted project takes its processes along.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.summary import count_live, project_counter
from zvdesk.models.region.tables import Organisation, Project
from zvdesk.models.werkproces.layout import STEP_GAP, STEP_WIDTH, clamp_x
from zvdesk.models.werkproces.tables import (
    Cause,
    MarkerKind,
    ProcessFlow,
    ProcessLane,
    ProcessMarker,
    ProcessState,
    ProcessStep,
    WorkProcess,
)

PROCESS = WorkProcess.__tablename__
LANE = ProcessLane.__tablename__
STEP = ProcessStep.__tablename__
FLOW = ProcessFlow.__tablename__
MARKER = ProcessMarker.__tablename__
#: Namespace of the ids of a desired copy, derived from what each row copies (uuid5).
_ID_NAMESPACE = uuid.UUID("0f6f1f55-9d5e-4c43-8f0e-6b8a2b9d7c14")


def _live(session: Session, cls: type, **where: object) -> list:
    stmt = select(cls).where(cls.deleted_at.is_(None))
    for column, value in where.items():
        stmt = stmt.where(getattr(cls, column) == value)
    return list(session.scalars(stmt.order_by(cls.created_at, cls.id)))


def live_processes(session: Session, project_id: str) -> list[WorkProcess]:
    """The live processes of a project, oldest first."""
    return _live(session, WorkProcess, project_id=project_id)


def live_lanes(session: Session, process_id: str) -> list[ProcessLane]:
    """The live lanes of a process, top to bottom."""
    return sorted(_live(session, ProcessLane, process_id=process_id),
                  key=lambda lane: lane.position)


def live_steps(session: Session, process_id: str) -> list[ProcessStep]:
    """The live steps of a process, oldest first."""
    return _live(session, ProcessStep, process_id=process_id)


def live_flows(session: Session, process_id: str) -> list[ProcessFlow]:
    """The live arrows of a process, oldest first."""
    return _live(session, ProcessFlow, process_id=process_id)


def live_markers(session: Session, process_id: str) -> list[ProcessMarker]:
    """The live markers of a process, oldest first."""
    return _live(session, ProcessMarker, process_id=process_id)


def desired_of(session: Session, process_id: str) -> WorkProcess | None:
    """The live desired copy of a current process, or None."""
    rows = _live(session, WorkProcess, origin_id=process_id, state=ProcessState.DESIRED)
    return rows[0] if rows else None


# -- processes and lanes -----------------------------------------------------------------------


def add_process(session: Session, project_id: str, name: str, trigger: str = "",
                organisation_ids: Iterable[str] = ()) -> str:
    """Adds a current process (with a lane per organisation given) and returns its id."""
    ops.get_live(session, "project", project_id)
    process_id = ops.create_record(session, PROCESS, {
        "project_id": project_id, "name": name.strip(), "trigger": trigger.strip(),
        "state": ProcessState.CURRENT})
    for organisation_id in organisation_ids:
        add_lane(session, process_id, organisation_id=organisation_id)
    return process_id


def add_lane(session: Session, process_id: str, organisation_id: str | None = None,
             name: str = "") -> str:
    """Adds a lane at the bottom of a process and returns its id."""
    ops.get_live(session, PROCESS, process_id)
    position = session.scalar(select(func.max(ProcessLane.position)).where(
        ProcessLane.process_id == process_id, ProcessLane.deleted_at.is_(None)))
    return ops.create_record(session, LANE, {
        "process_id": process_id, "organisation_id": organisation_id, "name": name.strip(),
        "position": 0 if position is None else position + 1})


def move_lane(session: Session, lane_id: str, index: int) -> None:
    """Puts a lane at another place (0 = top); the others close up around it."""
    lane = ops.get_live(session, LANE, lane_id)
    lanes = [other for other in live_lanes(session, lane.process_id) if other.id != lane_id]
    index = max(0, min(len(lanes), index))
    lanes.insert(index, lane)
    for position, other in enumerate(lanes):
        if other.position != position:
            ops.update_record(session, LANE, other.id, {"position": position})


def lane_index(session: Session, lane_id: str) -> int:
    """The place of a lane from the top (0 = the first)."""
    lane = ops.get_live(session, LANE, lane_id)
    return [other.id for other in live_lanes(session, lane.process_id)].index(lane_id)


# -- steps, arrows, markers --------------------------------------------------------------------


def next_x(session: Session, process_id: str) -> float:
    """The place right of the furthest step (where a new step goes by default)."""
    furthest = session.scalar(select(func.max(ProcessStep.x)).where(
        ProcessStep.process_id == process_id, ProcessStep.deleted_at.is_(None)))
    return STEP_GAP if furthest is None else clamp_x(furthest + STEP_WIDTH + STEP_GAP)


def add_step(session: Session, process_id: str, lane_id: str | None = None, name: str = "",
             x: float | None = None, description: str = "") -> str:
    """Adds a step to a lane (default: the first lane, right of every other step)."""
    if lane_id is None:
        lanes = live_lanes(session, process_id)
        if not lanes:
            raise ValidationError("Voeg eerst een baan (organisatie) toe aan het proces.")
        lane_id = lanes[0].id
    return ops.create_record(session, STEP, {
        "process_id": process_id, "lane_id": lane_id, "name": name.strip() or "Nieuwe stap",
        "description": description,
        "x": next_x(session, process_id) if x is None else clamp_x(x)})


def move_steps(session: Session, moves: Iterable[tuple[str, str, float]]) -> None:
    """Moves steps: each to (lane id, x) — one drag of a selection."""
    for step_id, lane_id, x in moves:
        ops.update_record(session, STEP, step_id, {"lane_id": lane_id, "x": clamp_x(x)})


def nudge_steps(session: Session, step_ids: Iterable[str], dx: float, lanes: int) -> None:
    """Moves steps ``dx`` along their lane and ``lanes`` lanes down (negative: up)."""
    for step_id in step_ids:
        step = ops.get_live(session, STEP, step_id)
        values: dict[str, object] = {"x": clamp_x(step.x + dx)}
        if lanes:
            order = [lane.id for lane in live_lanes(session, step.process_id)]
            index = max(0, min(len(order) - 1, order.index(step.lane_id) + lanes))
            values["lane_id"] = order[index]
        ops.update_record(session, STEP, step_id, values)


def add_flow(session: Session, source_id: str, target_id: str, label: str = "") -> str:
    """Draws an arrow from one step to another of the same process; returns its id."""
    source = ops.get_live(session, STEP, source_id)
    return ops.create_record(session, FLOW, {"process_id": source.process_id,
                                             "source_id": source_id, "target_id": target_id,
                                             "label": label.strip()})


def add_marker(session: Session, kind: MarkerKind, *, step_id: str | None = None,
               flow_id: str | None = None, text: str = "", cause: Cause | None = None) -> str:
    """Puts a marker on a step or an arrow and returns its id."""
    if step_id:
        process_id = ops.get_live(session, STEP, step_id).process_id
    elif flow_id:
        process_id = ops.get_live(session, FLOW, flow_id).process_id
    else:
        raise ValidationError("Een markering hoort bij een stap of een pijl.")
    return ops.create_record(session, MARKER, {
        "process_id": process_id, "step_id": step_id, "flow_id": flow_id, "kind": kind,
        "cause": cause if kind is MarkerKind.PROBLEM else None, "text": text})


# -- the desired process -----------------------------------------------------------------------


def make_desired(session: Session, process_id: str) -> str:
    """Starts the desired process as a copy of a current one (lanes, steps, arrows).

    Markers are not copied: they are about the process they were put on. Every copied row
    points at its original (``origin_id``), so the differences can be shown.
    """
    current = ops.get_live(session, PROCESS, process_id)
    if current.state is not ProcessState.CURRENT:
        raise ValidationError("Een gewenst proces maakt u vanuit het huidige proces.")
    if desired_of(session, process_id) is not None:
        raise ValidationError("Dit proces heeft al een gewenst proces.")
    copy_id = _copy_row(session, PROCESS, current.id, {
        "project_id": current.project_id, "name": current.name, "trigger": current.trigger,
        "state": ProcessState.DESIRED, "notes": ""})
    lanes: dict[str, str] = {}
    for lane in live_lanes(session, process_id):
        lanes[lane.id] = _copy_row(session, LANE, lane.id, {
            "process_id": copy_id, "organisation_id": lane.organisation_id, "name": lane.name,
            "position": lane.position})
    steps: dict[str, str] = {}
    for step in live_steps(session, process_id):
        steps[step.id] = _copy_row(session, STEP, step.id, {
            "process_id": copy_id, "lane_id": lanes[step.lane_id], "name": step.name,
            "description": step.description, "x": step.x})
    for flow in live_flows(session, process_id):
        if flow.source_id in steps and flow.target_id in steps:
            _copy_row(session, FLOW, flow.id, {
                "process_id": copy_id, "source_id": steps[flow.source_id],
                "target_id": steps[flow.target_id], "label": flow.label})
    return copy_id


def copy_id(kind: str, original_id: str) -> str:
    """The fixed id of the desired copy of a row: two copies of a file that each make the
    desired process then merge as one, row by row."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{kind}:desired:{original_id}"))


def _copy_row(session: Session, kind: str, original_id: str, values: dict[str, Any]) -> str:
    """Creates the copy of a row under its fixed id, or revives it when it was deleted."""
    fixed = copy_id(kind, original_id)
    values = {**values, "origin_id": original_id}
    old = session.get(ops.record_class(kind), fixed)
    if old is None:
        return ops.create_record(session, kind, values, record_id=fixed)
    for column, value in {**values, "deleted_at": None}.items():
        setattr(old, column, value)
    ops.validate(session, old)
    return old.id


def delete_steps(session: Session, step_ids: Iterable[str]) -> None:
    """Deletes steps; their arrows and markers go along."""
    ops.delete_records(session, STEP, list(step_ids))


def delete_selection(session: Session, step_ids: Iterable[str], flow_ids: Iterable[str]) -> None:
    """Deletes steps and arrows of a canvas selection (one edit)."""
    ops.delete_records(session, FLOW, list(flow_ids))
    ops.delete_records(session, STEP, list(step_ids))


# -- validation --------------------------------------------------------------------------------


@ops.validator(PROCESS)
def _check_process(session: Session, obj: WorkProcess) -> list[str]:
    if not (obj.name or "").strip():
        return ["Geef het werkproces een naam, bijvoorbeeld ‘Melding bij Veilig Thuis’."]
    return []


@ops.validator(LANE)
def _check_lane(session: Session, obj: ProcessLane) -> list[str]:
    if not obj.organisation_id and not (obj.name or "").strip():
        return ["Kies een organisatie voor de baan, of geef de baan een naam."]
    return []


@ops.validator(STEP)
def _check_step(session: Session, obj: ProcessStep) -> list[str]:
    problems = []
    if not (obj.name or "").strip():
        problems.append("Geef de stap een korte omschrijving.")
    lane = session.get(ProcessLane, obj.lane_id) if obj.lane_id else None
    if lane is None or lane.deleted_at is not None or lane.process_id != obj.process_id:
        problems.append("Een stap staat in een baan van hetzelfde proces.")
    return problems


@ops.validator(FLOW)
def _check_flow(session: Session, obj: ProcessFlow) -> list[str]:
    if obj.source_id == obj.target_id:
        return ["Een pijl loopt van de ene stap naar een andere."]
    ends = [session.get(ProcessStep, i) for i in (obj.source_id, obj.target_id)]
    if any(e is None or e.deleted_at is not None or e.process_id != obj.process_id
           for e in ends):
        return ["Een pijl verbindt twee stappen van hetzelfde proces."]
    if obj.deleted_at is None and session.scalars(select(ProcessFlow.id).where(
            ProcessFlow.source_id == obj.source_id, ProcessFlow.target_id == obj.target_id,
            ProcessFlow.deleted_at.is_(None), ProcessFlow.id != obj.id).limit(1)).first():
        return ["Deze pijl staat er al."]
    return []


@ops.validator(MARKER)
def _check_marker(session: Session, obj: ProcessMarker) -> list[str]:
    # A marker sits on one thing: choosing an arrow in the table clears the step and the
    # other way round (the attribute that was just set wins).
    if obj.step_id and obj.flow_id:
        state = inspect(obj)
        if state.persistent and state.attrs.flow_id.history.has_changes():
            obj.step_id = None
        elif state.persistent and state.attrs.step_id.history.has_changes():
            obj.flow_id = None
        else:
            return ["Een markering hoort bij één stap of één pijl, niet bij beide."]
    if not obj.step_id and not obj.flow_id:
        return ["Een markering hoort bij een stap of een pijl."]
    if obj.kind is not MarkerKind.PROBLEM:
        obj.cause = None  # only a knelpunt has a cause
    anchor = (session.get(ProcessStep, obj.step_id) if obj.step_id
              else session.get(ProcessFlow, obj.flow_id))
    if anchor is None or anchor.deleted_at is not None or anchor.process_id != obj.process_id:
        return ["Een markering hoort bij een stap of pijl van hetzelfde proces."]
    return []


# -- what else changes on delete ---------------------------------------------------------------


@ops.on_delete(PROCESS)
def _delete_process_parts(session: Session, process: WorkProcess) -> None:
    for cls in (ProcessMarker, ProcessFlow, ProcessStep, ProcessLane):
        ops.delete_records(session, cls.__tablename__,
                           [row.id for row in _live(session, cls, process_id=process.id)])
    if process.state is ProcessState.CURRENT:
        desired = desired_of(session, process.id)
        if desired is not None:
            ops.delete_records(session, PROCESS, [desired.id])


@ops.on_delete(LANE)
def _delete_lane_steps(session: Session, lane: ProcessLane) -> None:
    ops.delete_records(session, STEP, [s.id for s in _live(session, ProcessStep,
                                                            lane_id=lane.id)])


@ops.on_delete(STEP)
def _delete_step_links(session: Session, step: ProcessStep) -> None:
    flows = session.scalars(select(ProcessFlow.id).where(
        or_(ProcessFlow.source_id == step.id, ProcessFlow.target_id == step.id),
        ProcessFlow.deleted_at.is_(None)))
    ops.delete_records(session, FLOW, list(flows))
    ops.delete_records(session, MARKER, [m.id for m in _live(session, ProcessMarker,
                                                              step_id=step.id)])


@ops.on_delete(FLOW)
def _delete_flow_markers(session: Session, flow: ProcessFlow) -> None:
    ops.delete_records(session, MARKER, [m.id for m in _live(session, ProcessMarker,
                                                              flow_id=flow.id)])


@ops.on_delete("organisation")
def _keep_lanes_of_organisation(session: Session, org: Organisation) -> None:
    for lane in session.scalars(select(ProcessLane).where(
            ProcessLane.organisation_id == org.id)):
        lane.name = lane.name or org.short_name or org.name
        lane.organisation_id = None


@ops.on_delete("project")
def _delete_project_processes(session: Session, project: Project) -> None:
    ops.delete_records(session, PROCESS, [p.id for p in live_processes(session, project.id)])


# -- zvdesk check ------------------------------------------------------------------------------


@project_counter
def _count(session: Session, project_id: str) -> list[tuple[str, int]]:
    processes = [p.id for p in live_processes(session, project_id)]
    steps = sum(count_live(session, STEP, process_id=p) for p in processes)
    markers = sum(count_live(session, MARKER, process_id=p) for p in processes)
    problems = int(session.scalar(select(func.count()).select_from(ProcessMarker).where(
        ProcessMarker.process_id.in_(processes), ProcessMarker.deleted_at.is_(None),
        ProcessMarker.kind == MarkerKind.PROBLEM)) or 0)
    return [("werkprocessen", len(processes)), ("processtappen", steps),
            ("markeringen", markers), ("knelpunten", problems)]
