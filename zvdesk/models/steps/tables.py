"""The stappenplan of a project: five steps plus the time-out, as a guided path.

Every project has six steps (stap 1–3, the time-out, stap 4–5). Their rows are created lazily:
the first edit of any step creates all six inside that same write, so the creation is part of
that one undo step. A step row's id is derived from the project and the step
(:func:`step_id`), so two copies of a file that each created the steps merge into one row
per step instead of duplicates.

Per step the row holds the four questions of the stappenplan (wie aan tafel, welke werkvorm,
welke dilemma's/knelpunten, wat is het resultaat), a status, and the step's own content:
the shared ambition (stap 1), the feasibility decision (time-out) and the monitoring aim and
level (stap 5). The participants' own ambitions (stap 1) and the tasks and roles per partner
(stap 4) are rows of their own. Goals (stap 2) are the impact framework's "doel" elements;
the project lead (stap 4) is the project's ``lead_person_id``.
"""

from __future__ import annotations

import enum
import json
import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from zvdesk.models.core.base import Base, EnumText, Record, utcnow
from zvdesk.models.core.ops import get_live, on_delete, update_record, validator
from zvdesk.models.core.sharing.personal import Share
from zvdesk.models.core.summary import project_counter
from zvdesk.models.region.participants import ensure_participant
from zvdesk.models.region.tables import Project


class StepKey(enum.Enum):
    """The six steps of the stappenplan, in their order (values are stored in the file)."""

    STAP_1 = "stap1"
    STAP_2 = "stap2"
    STAP_3 = "stap3"
    TIMEOUT = "timeout"
    STAP_4 = "stap4"
    STAP_5 = "stap5"


#: The steps in the order the stappenplan walks them.
STEP_ORDER: tuple[StepKey, ...] = tuple(StepKey)


class StepStatus(enum.Enum):
    """How far a step is."""

    NIET_GESTART = "niet_gestart"
    BEZIG = "bezig"
    AFGEROND = "afgerond"


class Feasibility(enum.Enum):
    """The decision of the time-out: is the policy theory feasible?"""

    GO = "go"
    BIJSTELLEN = "bijstellen"
    STOPPEN = "stoppen"


class MonitoringLevel(enum.Enum):
    """What monitoring focuses on (stap 5)."""

    OUTCOME = "outcome"
    MECHANISMEN = "mechanismen"
    BEIDE = "beide"


STATUS_LABELS = {StepStatus.NIET_GESTART: "Niet gestart", StepStatus.BEZIG: "Bezig",
                 StepStatus.AFGEROND: "Afgerond"}
FEASIBILITY_LABELS = {Feasibility.GO: "Haalbaar: doorgaan (go)",
                      Feasibility.BIJSTELLEN: "Bijstellen",
                      Feasibility.STOPPEN: "Stoppen"}
MONITORING_LEVEL_LABELS = {MonitoringLevel.OUTCOME: "Outcome",
                           MonitoringLevel.MECHANISMEN: "Mechanismen",
                           MonitoringLevel.BEIDE: "Beide"}
#: The monitoring aims of stap 5: column name -> Dutch label.
MONITORING_AIMS = {"aim_learn": "Leren en verbeteren", "aim_account": "Verantwoorden",
                   "aim_share": "Kennis verspreiden"}
#: The four questions of every step: column name (see resources/steps/steps.json).
QUESTION_FIELDS = ("who", "work_form", "dilemmas", "result")

_STEP_NAMESPACE = uuid.UUID("6f1d3c1e-5b7a-4c55-9a55-2f3b8e0c5a01")


class ProjectStep(Record, Base):
    """One step of a project's stappenplan (six per project, see :func:`ensure_steps`)."""

    __tablename__ = "project_step"
    __label__ = "stap"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    step: Mapped[StepKey] = mapped_column(EnumText(StepKey), info={"share": Share.KEEP})
    status: Mapped[StepStatus] = mapped_column(EnumText(StepStatus),
                                               default=StepStatus.NIET_GESTART,
                                               info={"share": Share.KEEP})
    # The four questions of every step.
    who: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    work_form: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    dilemmas: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    result: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    # Stap 1: the shared ambition ("waarom").
    ambition: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    # Time-out: the feasibility decision.
    feasibility: Mapped[Feasibility | None] = mapped_column(EnumText(Feasibility),
                                                            default=None,
                                                            info={"share": Share.KEEP})
    feasibility_motivation: Mapped[str] = mapped_column(Text, default="",
                                                        info={"share": Share.TEXT})
    # Stap 5: monitoring aims (several may apply), level and focus.
    aim_learn: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    aim_account: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    aim_share: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    monitoring_level: Mapped[MonitoringLevel | None] = mapped_column(
        EnumText(MonitoringLevel), default=None, info={"share": Share.KEEP})
    monitoring_focus: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_project_step_project", "project_id"),)


class StepParticipant(Record, Base):
    """Stap 1: one participant's own ambition and needs (an organisation and/or a person)."""

    __tablename__ = "step_participant"
    __label__ = "deelnemer"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    ambition: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    needs: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The shared record of the project's participants (schema 3); who it is lives there.
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("project_participant.id"),
                                                       default=None, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_step_participant_project", "project_id"),)


class StepRole(Record, Base):
    """Stap 4: the tasks and role of one partner in carrying out the project."""

    __tablename__ = "step_role"
    __label__ = "taak en rol"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    role: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.FUNCTION})
    tasks: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_step_role_project", "project_id"),)


#: Fields of a step row that :func:`update_step` may change.
STEP_FIELDS = frozenset({"status", *QUESTION_FIELDS, "ambition", "feasibility",
                         "feasibility_motivation", *MONITORING_AIMS, "monitoring_level",
                         "monitoring_focus"})


# -- reading --------------------------------------------------------------------------------


def step_id(project_id: str, step: StepKey | str) -> str:
    """The stable id of a project's step row (the same in every copy of the file)."""
    return str(uuid.uuid5(_STEP_NAMESPACE, f"{project_id}/{StepKey(step).value}"))


def live_steps(session: Session, project_id: str) -> dict[StepKey, ProjectStep]:
    """Returns the live step rows of a project by step (missing steps are left out).

    Should a merge ever leave two live rows for one step, the one with the stable id wins,
    otherwise the oldest.
    """
    rows = session.scalars(select(ProjectStep).where(
        ProjectStep.project_id == project_id, ProjectStep.deleted_at.is_(None)
    ).order_by(ProjectStep.created_at, ProjectStep.id))
    found: dict[StepKey, ProjectStep] = {}
    for row in rows:
        if row.step not in found or row.id == step_id(project_id, row.step):
            found[row.step] = row
    return found


def step_statuses(session: Session, project_id: str) -> dict[StepKey, StepStatus]:
    """The status of each of the six steps (steps without a row are "niet gestart")."""
    rows = live_steps(session, project_id)
    return {key: rows[key].status if key in rows else StepStatus.NIET_GESTART
            for key in STEP_ORDER}


def completed_count(session: Session, project_id: str) -> int:
    """How many of the six steps are finished."""
    return sum(1 for s in step_statuses(session, project_id).values()
               if s is StepStatus.AFGEROND)


def progress_text(session: Session, project_id: str) -> str:
    """Short Dutch progress for the navigator, e.g. "2/6 afgerond"."""
    return f"{completed_count(session, project_id)}/{len(STEP_ORDER)} afgerond"


def participants(session: Session, project_id: str) -> list[StepParticipant]:
    """The live participants of stap 1, in their order."""
    return list(session.scalars(select(StepParticipant).where(
        StepParticipant.project_id == project_id, StepParticipant.deleted_at.is_(None)
    ).order_by(StepParticipant.sort_order, StepParticipant.created_at)))


def roles(session: Session, project_id: str) -> list[StepRole]:
    """The live tasks-and-roles rows of stap 4, in their order."""
    return list(session.scalars(select(StepRole).where(
        StepRole.project_id == project_id, StepRole.deleted_at.is_(None)
    ).order_by(StepRole.sort_order, StepRole.created_at)))


# -- writing (model functions, run inside Document.write) ----------------------------------


#: Field stamps of a lazily created step row: every column "changed" at the epoch.
_UNTOUCHED_STAMPS = json.dumps(
    {name: "1970-01-01T00:00:00.000000Z"
     for name in sorted({"project_id", "step", "deleted_at", *STEP_FIELDS,
                         *QUESTION_FIELDS})},
    sort_keys=True, separators=(",", ":"))

_DEFAULTS: dict[str, Any] = {"status": StepStatus.NIET_GESTART, "feasibility": None,
                             "monitoring_level": None, "aim_learn": False,
                             "aim_account": False, "aim_share": False}


def ensure_steps(session: Session, project_id: str) -> dict[StepKey, ProjectStep]:
    """Makes sure the project has its six step rows and returns them by step.

    Rows that are missing are created (with their stable ids); a step row that an undo turned
    into a tombstone is revived with empty content. Call it inside the write that makes the
    first edit, so that creating the steps is part of that undo step.
    """
    get_live(session, "project", project_id)
    rows = live_steps(session, project_id)
    for key in STEP_ORDER:
        if key in rows:
            continue
        obj = session.get(ProjectStep, step_id(project_id, key))
        if obj is None:
            obj = ProjectStep(id=step_id(project_id, key), project_id=project_id, step=key)
            # Untouched defaults are not edits: stamp them as older than any copy, so that a
            # merge with a copy that created the same step takes whatever that copy filled in.
            obj.field_stamps = _UNTOUCHED_STAMPS
            session.add(obj)
        else:
            for name in STEP_FIELDS:
                setattr(obj, name, _DEFAULTS.get(name, ""))
            obj.deleted_at = None
        rows[key] = obj
    session.flush()
    return rows


def update_step(session: Session, project_id: str, step: StepKey | str,
                values: dict[str, Any]) -> str:
    """Changes fields of one step (creating the six steps first when needed).

    Args:
        session: Session inside :meth:`Document.write`.
        project_id: The project.
        step: Which step.
        values: Field name -> new value; only :data:`STEP_FIELDS`.

    Returns:
        The id of the step row.
    """
    unknown = set(values) - STEP_FIELDS
    if unknown:
        raise KeyError(f"unknown step fields: {sorted(unknown)}")
    row = ensure_steps(session, project_id)[StepKey(step)]
    update_record(session, "project_step", row.id, values)
    return row.id


def set_step_status(session: Session, project_id: str, step: StepKey | str,
                    status: StepStatus | str) -> str:
    """Sets the status of one step; returns the step row's id."""
    return update_step(session, project_id, step, {"status": StepStatus(status)})


def add_participant(session: Session, project_id: str, *, organisation_id: str | None = None,
                    person_id: str | None = None, ambition: str = "", needs: str = "") -> str:
    """Adds a participant with their own ambition and needs (stap 1); returns its id."""
    get_live(session, "project", project_id)
    shared = ensure_participant(session, project_id, person_id=person_id,
                               organisation_id=organisation_id)
    obj = StepParticipant(project_id=project_id, organisation_id=organisation_id,
                          person_id=person_id, ambition=ambition, needs=needs,
                          participant_id=shared,
                          sort_order=_next_order(session, StepParticipant, project_id))
    session.add(obj)
    session.flush()
    return obj.id


def add_role(session: Session, project_id: str, *, organisation_id: str | None = None,
             person_id: str | None = None, role: str = "", tasks: str = "") -> str:
    """Adds the tasks and role of a partner (stap 4); returns its id."""
    get_live(session, "project", project_id)
    obj = StepRole(project_id=project_id, organisation_id=organisation_id,
                   person_id=person_id, role=role, tasks=tasks,
                   sort_order=_next_order(session, StepRole, project_id))
    session.add(obj)
    session.flush()
    return obj.id


def set_project_lead(session: Session, project_id: str, person_id: str | None) -> None:
    """Makes one person the explicit lead of the project (stap 4.2)."""
    if person_id is not None:
        get_live(session, "person", person_id)
    update_record(session, "project", project_id, {"lead_person_id": person_id})


def _next_order(session: Session, cls: type[StepParticipant] | type[StepRole],
                project_id: str) -> int:
    orders = session.scalars(select(cls.sort_order).where(
        cls.project_id == project_id, cls.deleted_at.is_(None)))
    return max(orders, default=0) + 1


# -- validation and delete hooks -------------------------------------------------------------


def _project_problems(session: Session, project_id: str | None) -> list[str]:
    project = session.get(Project, project_id) if project_id else None
    if project is None:
        return ["Dit onderdeel hoort niet bij een bestaand project."]
    return []


@validator("project_step")
def _check_step(session: Session, obj: ProjectStep) -> list[str]:
    return _project_problems(session, obj.project_id)


@validator("step_participant")
def _check_participant(session: Session, obj: StepParticipant) -> list[str]:
    return _project_problems(session, obj.project_id)


@validator("step_role")
def _check_role(session: Session, obj: StepRole) -> list[str]:
    return _project_problems(session, obj.project_id)


@on_delete("project")
def _delete_project_steps(session: Session, project: Project) -> None:
    now = utcnow()
    for cls in (ProjectStep, StepParticipant, StepRole):
        for obj in session.scalars(select(cls).where(cls.project_id == project.id,
                                                     cls.deleted_at.is_(None))):
            obj.deleted_at = now


@on_delete("organisation")
def _unlink_organisation(session: Session, org: Any) -> None:
    for cls in (StepParticipant, StepRole):
        for obj in session.scalars(select(cls).where(cls.organisation_id == org.id)):
            obj.organisation_id = None


@on_delete("person")
def _unlink_person(session: Session, person: Any) -> None:
    for cls in (StepParticipant, StepRole):
        for obj in session.scalars(select(cls).where(cls.person_id == person.id)):
            obj.person_id = None


@project_counter
def _count_steps(session: Session, project_id: str) -> list[tuple[str, int]]:
    return [(f"stappen afgerond (van {len(STEP_ORDER)})", completed_count(session, project_id)),
            ("deelnemers stappenplan", len(participants(session, project_id))),
            ("taken en rollen", len(roles(session, project_id)))]

