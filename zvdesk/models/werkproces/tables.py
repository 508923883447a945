"""Werkproces in beeld / startfoto (toolbox 1.2): processes, lanes, steps, arrows, markers.

A *process* (``work_process``) belongs to a project and has a trigger ("een melding bij Veilig
Thuis") and a state: *huidig* or *gewenst*. The desired process starts as a copy of the current
one (``origin_id`` points at it); every lane, step and arrow of the copy points at the one it
was copied from (``origin_id``), so the app can show what changed (steps added, removed, moved
to another lane).

One *lane* per organisation of the region (``organisation_id``; a free-text ``name`` only for a
partner not in the file), ordered by ``position``. *Steps* (handelingen) stand in a lane at a
horizontal place ``x`` (scene units from the start of the lane); *arrows* (``process_flow``) run
from step to step, across lanes. *Markers* sit on a step or on an arrow: goed lopend, knelpunt
(with an optional cause from the toolbox's list), verbeterpunt (003 §1.2) or verbindingspunt
(002 activity 2). Markers are numbered in reading order (see :mod:`.read`).

Model functions live in :mod:`zvdesk.models.werkproces.ops`, the read API in
:mod:`zvdesk.models.werkproces.read`, the geometry shared by canvas and report in
:mod:`zvdesk.models.werkproces.layout`.
"""

from __future__ import annotations

import enum

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, Record
from zvdesk.models.core.sharing.personal import Share


class ProcessState(enum.Enum):
    """Whether a process is how work runs today or how it should run."""

    CURRENT = "huidig"
    DESIRED = "gewenst"


class MarkerKind(enum.Enum):
    """What a marker on a step or arrow says."""

    GOOD = "goed_lopend"  # wat al goed loopt (003 §1.2)
    PROBLEM = "knelpunt"  # wat niet goed loopt (003 §1.2; 002 activiteit 2)
    IMPROVEMENT = "verbeterpunt"  # wat beter kan en moet (003 §1.2; 002 activiteit 2)
    CONNECTION = "verbindingspunt"  # overeenkomst tussen zorg en veiligheid (002 activiteit 2)


class Cause(enum.Enum):
    """The cause of a knelpunt, from the toolbox's list (003 §1.2)."""

    EXECUTION = "uitvoering"
    DOMAINS = "verbinding_domeinen"
    COMPLEX = "proces_complex"
    FUNDING = "financiering"
    ACCOUNTABILITY = "verantwoordingsdruk"


STATE_LABELS: dict[ProcessState, str] = {ProcessState.CURRENT: "Huidig proces",
                                         ProcessState.DESIRED: "Gewenst proces"}
MARKER_LABELS: dict[MarkerKind, str] = {
    MarkerKind.GOOD: "Goed lopend",
    MarkerKind.PROBLEM: "Knelpunt",
    MarkerKind.IMPROVEMENT: "Verbeterpunt",
    MarkerKind.CONNECTION: "Verbindingspunt",
}
#: The colour-independent cue of each marker kind (on the canvas and in reports).
MARKER_SYMBOLS: dict[MarkerKind, str] = {MarkerKind.GOOD: "✓", MarkerKind.PROBLEM: "!",
                                         MarkerKind.IMPROVEMENT: "+",
                                         MarkerKind.CONNECTION: "↔"}
MARKER_COLOURS: dict[MarkerKind, str] = {MarkerKind.GOOD: "#23894a",
                                         MarkerKind.PROBLEM: "#c0392b",
                                         MarkerKind.IMPROVEMENT: "#d48806",
                                         MarkerKind.CONNECTION: "#2f6db5"}
CAUSE_LABELS: dict[Cause, str] = {
    Cause.EXECUTION: "Tekortkoming in de uitvoering",
    Cause.DOMAINS: "Verbinding tussen de domeinen onvoldoende",
    Cause.COMPLEX: "Proces te complex ingericht",
    Cause.FUNDING: "Financiering te verkokerd",
    Cause.ACCOUNTABILITY: "Verantwoordingsdruk te groot",
}


class WorkProcess(Record, Base):
    """A work process of a project: its trigger and whether it is the current or desired one."""

    __tablename__ = "work_process"
    __label__ = "werkproces"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    trigger: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    state: Mapped[ProcessState] = mapped_column(EnumText(ProcessState),
                                                default=ProcessState.CURRENT,
                                                info={"share": Share.KEEP})
    origin_id: Mapped[str | None] = mapped_column(ForeignKey("work_process.id"), default=None,
                                                  info={"share": Share.KEEP})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_work_process_project", "project_id"),)


class ProcessLane(Record, Base):
    """A swimlane: one organisation of the region (or a free-text partner) in one process."""

    __tablename__ = "process_lane"
    __label__ = "baan"

    process_id: Mapped[str] = mapped_column(ForeignKey("work_process.id"),
                                            info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    position: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})
    origin_id: Mapped[str | None] = mapped_column(ForeignKey("process_lane.id"), default=None,
                                                  info={"share": Share.KEEP})

    __table_args__ = (Index("ix_process_lane_process", "process_id"),)


class ProcessStep(Record, Base):
    """A step (handeling) in a lane; ``x`` is its place along the lane (scene units)."""

    __tablename__ = "process_step"
    __label__ = "stap"

    process_id: Mapped[str] = mapped_column(ForeignKey("work_process.id"),
                                            info={"share": Share.KEEP})
    lane_id: Mapped[str] = mapped_column(ForeignKey("process_lane.id"),
                                         info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    description: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    x: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    origin_id: Mapped[str | None] = mapped_column(ForeignKey("process_step.id"), default=None,
                                                  info={"share": Share.KEEP})

    __table_args__ = (Index("ix_process_step_process", "process_id"),)


class ProcessFlow(Record, Base):
    """An arrow from one step to the next (possibly in another lane)."""

    __tablename__ = "process_flow"
    __label__ = "pijl"

    process_id: Mapped[str] = mapped_column(ForeignKey("work_process.id"),
                                            info={"share": Share.KEEP})
    source_id: Mapped[str] = mapped_column(ForeignKey("process_step.id"),
                                           info={"share": Share.KEEP})
    target_id: Mapped[str] = mapped_column(ForeignKey("process_step.id"),
                                           info={"share": Share.KEEP})
    label: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    origin_id: Mapped[str | None] = mapped_column(ForeignKey("process_flow.id"), default=None,
                                                  info={"share": Share.KEEP})

    __table_args__ = (Index("ix_process_flow_process", "process_id"),)


class ProcessMarker(Record, Base):
    """A marker on a step (``step_id``) or on an arrow (``flow_id``): exactly one of them."""

    __tablename__ = "process_marker"
    __label__ = "markering"

    process_id: Mapped[str] = mapped_column(ForeignKey("work_process.id"),
                                            info={"share": Share.KEEP})
    step_id: Mapped[str | None] = mapped_column(ForeignKey("process_step.id"), default=None,
                                                info={"share": Share.KEEP})
    flow_id: Mapped[str | None] = mapped_column(ForeignKey("process_flow.id"), default=None,
                                                info={"share": Share.KEEP})
    kind: Mapped[MarkerKind] = mapped_column(EnumText(MarkerKind), default=MarkerKind.PROBLEM,
                                             info={"share": Share.KEEP})
    cause: Mapped[Cause | None] = mapped_column(EnumText(Cause), default=None,
                                                info={"share": Share.KEEP})
    text: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_process_marker_process", "process_id"),)


#: Every kind of the instrument (for the tab's spec and the report).
KINDS = ("work_process", "process_lane", "process_step", "process_flow", "process_marker")


# Validators, delete hooks and the counter register when the tables are loaded.
from zvdesk.models.werkproces import ops as _rules  # noqa: E402, F401
