"""Read API of the work process for the canvas, the table view and the report.

``process_map(session, process_id)`` returns plain dataclasses (no ORM objects, no session
needed afterwards): lanes top to bottom, steps, arrows, and markers numbered in reading order
(left to right, then top to bottom; markers on arrows at the arrow's midpoint).
``compare(current, desired)`` says what changed between the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from zvdesk.models.region.tables import Domain, Organisation
from zvdesk.models.werkproces.layout import midpoint, route, step_box
from zvdesk.models.werkproces.ops import (
    desired_of,
    live_flows,
    live_lanes,
    live_markers,
    live_processes,
    live_steps,
)
from zvdesk.models.werkproces.tables import (
    CAUSE_LABELS,
    MARKER_LABELS,
    Cause,
    MarkerKind,
    ProcessState,
    WorkProcess,
)


@dataclass(frozen=True)
class LaneView:
    """A lane: its place from the top and the organisation it stands for."""

    id: str
    index: int
    label: str
    organisation_id: str | None
    domain: Domain | None
    origin_id: str | None


@dataclass(frozen=True)
class StepView:
    """A step in a lane."""

    id: str
    lane_id: str
    name: str
    description: str
    x: float
    origin_id: str | None


@dataclass(frozen=True)
class FlowView:
    """An arrow from one step to another."""

    id: str
    source_id: str
    target_id: str
    label: str
    origin_id: str | None


@dataclass(frozen=True)
class MarkerView:
    """A numbered marker on a step or an arrow."""

    id: str
    number: int
    kind: MarkerKind
    cause: Cause | None
    text: str
    step_id: str | None
    flow_id: str | None
    anchor: str  # what it sits on, in words ("stap ‘Melding aannemen’")

    @property
    def kind_label(self) -> str:
        """The kind in Dutch, with the cause of a knelpunt."""
        label = MARKER_LABELS[self.kind]
        return f"{label}: {CAUSE_LABELS[self.cause].lower()}" if self.cause else label


@dataclass
class ProcessMap:
    """Everything the canvas and the report show of one process."""

    id: str
    name: str = ""
    trigger: str = ""
    state: ProcessState = ProcessState.CURRENT
    origin_id: str | None = None
    lanes: list[LaneView] = field(default_factory=list)
    steps: list[StepView] = field(default_factory=list)
    flows: list[FlowView] = field(default_factory=list)
    markers: list[MarkerView] = field(default_factory=list)

    def lane(self, lane_id: str) -> LaneView | None:
        """A lane by id."""
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def step(self, step_id: str) -> StepView | None:
        """A step by id."""
        return next((step for step in self.steps if step.id == step_id), None)

    def lane_index(self) -> dict[str, int]:
        """Place of each lane by id."""
        return {lane.id: lane.index for lane in self.lanes}

    def steps_in(self, lane_id: str) -> list[StepView]:
        """The steps of one lane, left to right."""
        return sorted((s for s in self.steps if s.lane_id == lane_id), key=lambda s: s.x)

    def markers_on(self, *, step_id: str | None = None,
                   flow_id: str | None = None) -> list[MarkerView]:
        """The markers of one step or arrow, by number."""
        return [m for m in self.markers
                if (step_id and m.step_id == step_id) or (flow_id and m.flow_id == flow_id)]

    def flow_points(self, flow: FlowView) -> list[tuple[float, float]]:
        """The route of an arrow (scene units, see :mod:`.layout`)."""
        index = self.lane_index()
        source, target = self.step(flow.source_id), self.step(flow.target_id)
        if source is None or target is None:
            return []
        return route(step_box(index.get(source.lane_id, 0), source.x),
                     step_box(index.get(target.lane_id, 0), target.x))

    def flow_name(self, flow: FlowView) -> str:
        """An arrow in words: ‘A’ → ‘B’."""
        source, target = self.step(flow.source_id), self.step(flow.target_id)
        return f"{source.name if source else '?'} → {target.name if target else '?'}"


def lane_label(name: str, organisation: Organisation | None) -> str:
    """What a lane shows: its organisation's short name (or name), else its own name."""
    if organisation is not None and organisation.deleted_at is None:
        return organisation.short_name or organisation.name
    return name or "?"


def process_map(session: Session, process_id: str) -> ProcessMap:
    """Reads one process (an empty map when it does not exist)."""
    process = session.get(WorkProcess, process_id)
    if process is None or process.deleted_at is not None:
        return ProcessMap(process_id)
    data = ProcessMap(process.id, process.name, process.trigger, process.state,
                      process.origin_id)
    for index, lane in enumerate(live_lanes(session, process_id)):
        org = session.get(Organisation, lane.organisation_id) if lane.organisation_id else None
        data.lanes.append(LaneView(lane.id, index, lane_label(lane.name, org),
                                   lane.organisation_id,
                                   org.domain if org is not None else None, lane.origin_id))
    lanes = {lane.id for lane in data.lanes}
    data.steps = [StepView(s.id, s.lane_id, s.name, s.description, s.x, s.origin_id)
                  for s in live_steps(session, process_id) if s.lane_id in lanes]
    steps = {s.id for s in data.steps}
    data.flows = [FlowView(f.id, f.source_id, f.target_id, f.label, f.origin_id)
                  for f in live_flows(session, process_id)
                  if f.source_id in steps and f.target_id in steps]
    data.markers = _numbered(data, live_markers(session, process_id))
    return data


def _numbered(data: ProcessMap, markers: list) -> list[MarkerView]:
    index = data.lane_index()
    flows = {f.id: f for f in data.flows}
    placed = []
    for order, marker in enumerate(markers):
        if marker.step_id:
            step = data.step(marker.step_id)
            if step is None:
                continue
            key = (step.x, index[step.lane_id], order)
            anchor = f"stap ‘{step.name}’"
        else:
            flow = flows.get(marker.flow_id or "")
            if flow is None:
                continue
            x, y = midpoint(data.flow_points(flow))
            key = (x - 150.0, (y - 44.0) / 100.0, order)
            anchor = f"pijl {data.flow_name(flow)}"
        placed.append((key, marker, anchor))
    placed.sort(key=lambda item: item[0])
    return [MarkerView(m.id, number, m.kind, m.cause, m.text, m.step_id, m.flow_id, anchor)
            for number, (_key, m, anchor) in enumerate(placed, start=1)]


@dataclass
class ProcessPair:
    """A current process and its desired copy (None until it is made)."""

    current: ProcessMap
    desired: ProcessMap | None


def process_pairs(session: Session, project_id: str) -> list[ProcessPair]:
    """The project's processes as pairs (current, desired), oldest first.

    A desired process whose current one is gone is shown as a pair of its own.
    """
    pairs = []
    processes = live_processes(session, project_id)
    paired: set[str] = set()
    for process in processes:
        if process.state is ProcessState.CURRENT:
            desired = desired_of(session, process.id)
            if desired is not None:
                paired.add(desired.id)
            pairs.append(ProcessPair(process_map(session, process.id),
                                     process_map(session, desired.id) if desired else None))
    for process in processes:
        if process.state is ProcessState.DESIRED and process.id not in paired:
            pairs.append(ProcessPair(process_map(session, process.id), None))
    return pairs


@dataclass
class Changes:
    """What the desired process changes in the current one (ids of steps).

    Attributes:
        added: Steps of the desired process that the current one does not have.
        removed: Steps of the current process that the desired one dropped.
        moved: Steps of the desired process that went to another organisation's lane.
        renamed: Steps of the desired process with another description.
    """

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)
    renamed: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.renamed)


def _lane_key(data: ProcessMap, lane_id: str) -> str:
    lane = data.lane(lane_id)
    if lane is None:
        return ""
    return lane.organisation_id or lane.label


def compare(current: ProcessMap, desired: ProcessMap) -> Changes:
    """The differences between a current process and its desired copy."""
    changes = Changes()
    originals = {s.id: s for s in current.steps}
    kept: set[str] = set()
    for step in desired.steps:
        original = originals.get(step.origin_id or "")
        if original is None:
            changes.added.add(step.id)
            continue
        kept.add(original.id)
        if _lane_key(desired, step.lane_id) != _lane_key(current, original.lane_id):
            changes.moved.add(step.id)
        if step.name.strip() != original.name.strip():
            changes.renamed.add(step.id)
    changes.removed = set(originals) - kept
    return changes


def change_lines(current: ProcessMap, desired: ProcessMap) -> list[tuple[str, str, str]]:
    """The changes as rows (wat, stap, baan) for tables and reports."""
    changes = compare(current, desired)
    rows = []
    for step in sorted(desired.steps, key=lambda s: s.x):
        lane = desired.lane(step.lane_id)
        where = lane.label if lane else ""
        if step.id in changes.added:
            rows.append(("Nieuw", step.name, where))
        if step.id in changes.moved:
            before = current.step(step.origin_id or "")
            old_lane = current.lane(before.lane_id) if before else None
            what = "Verplaatst en gewijzigd" if step.id in changes.renamed else "Verplaatst"
            rows.append((what, step.name,
                         f"van {old_lane.label if old_lane else '?'} naar {where}"))
        elif step.id in changes.renamed:
            rows.append(("Gewijzigd", step.name, where))
    for step in sorted(current.steps, key=lambda s: s.x):
        if step.id in changes.removed:
            lane = current.lane(step.lane_id)
            rows.append(("Vervalt", step.name, lane.label if lane else ""))
    return rows
