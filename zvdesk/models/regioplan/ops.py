"""Model functions of the Regioplan: start the plan, choose its projects, keep the tree sound.

Every function takes a ``Session`` and never commits (``Document.write`` does).
"""

from __future__ import annotations

import json

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS, Record, utcnow
from zvdesk.models.core.ops import on_delete, validator
from zvdesk.models.core.summary import file_summary
from zvdesk.models.regioplan import tables as t

#: The example focus of seed 002, offered as the plan's starting title.
DEFAULT_TITLE = "Regioplan"


_EPOCH = "1970-01-01T00:00:00.000000Z"


def _untouched_stamps(cls: type) -> str:
    """Field stamps of a row created with a deterministic id: every column "changed" at the
    epoch, so that a merge with a copy that created the same row takes what that copy
    filled in instead of seeing two edits of every field (as ``steps`` does)."""
    names = sorted(a.key for a in inspect(cls).column_attrs
                   if a.key not in BOOKKEEPING_COLUMNS)
    return json.dumps({name: _EPOCH for name in names}, sort_keys=True, separators=(",", ":"))


def get_plan(session: Session) -> t.RegioPlan | None:
    """The file's live plan, or None when the user has not started one."""
    plan = session.get(t.RegioPlan, t.PLAN_ID)
    return plan if plan is not None and plan.deleted_at is None else None


def start_plan(session: Session, title: str = DEFAULT_TITLE) -> str:
    """Starts the file's plan (or brings a deleted one back) and returns its id."""
    plan = session.get(t.RegioPlan, t.PLAN_ID)
    if plan is None:
        session.add(t.RegioPlan(id=t.PLAN_ID, title=title,
                                field_stamps=_untouched_stamps(t.RegioPlan)))
        session.flush()
    elif plan.deleted_at is not None:
        plan.deleted_at = None
    return t.PLAN_ID


def covered_project_ids(session: Session) -> set[str]:
    """The ids of the projects the plan covers (live rows only)."""
    return set(session.scalars(select(t.RegioplanProject.project_id).where(
        t.RegioplanProject.deleted_at.is_(None))))


def set_project_covered(session: Session, project_id: str, covered: bool) -> None:
    """Includes a project in the plan (its annexes are drawn from it) or leaves it out."""
    row_id = t.plan_project_id(project_id)
    row = session.get(t.RegioplanProject, row_id)
    if covered:
        if row is None:
            session.add(t.RegioplanProject(id=row_id, project_id=project_id,
                                           field_stamps=_untouched_stamps(t.RegioplanProject)))
            session.flush()
        elif row.deleted_at is not None:
            row.deleted_at = None
    elif row is not None and row.deleted_at is None:
        row.deleted_at = utcnow()


def next_sort_order(session: Session, cls: type[t.RegioplanTrend] | type[t.RegioplanGoal]) -> int:
    """One more than the highest sort order of the live rows of a trend or goal table."""
    highest = session.scalar(select(func.max(cls.sort_order)).where(cls.deleted_at.is_(None)))
    return int(highest or 0) + 1


def new_trend_values(session: Session) -> dict:
    """Values of a new trend (numbered, at the end of the list)."""
    n = next_sort_order(session, t.RegioplanTrend)
    return {"title": f"Nieuwe trend {n}", "sort_order": n}


def new_goal_values(session: Session) -> dict:
    """Values of a new goal (numbered, at the end of the list, at the top of the tree)."""
    n = next_sort_order(session, t.RegioplanGoal)
    return {"title": f"Nieuw doel {n}", "sort_order": n}


@validator("regioplan_trend")
def _check_trend(_session: Session, obj: t.RegioplanTrend) -> list[str]:
    low, high = t.RELEVANCE
    if obj.relevance is not None and not low <= obj.relevance <= high:
        return [f"De relevantie is een getal van {low} tot en met {high}."]
    return []


@validator("regioplan_goal")
def _check_goal(session: Session, obj: t.RegioplanGoal) -> list[str]:
    seen = {obj.id}
    parent_id = obj.parent_id
    while parent_id:
        if parent_id in seen:
            return ["Een doel kan niet onder zichzelf of onder een van zijn subdoelen staan."]
        seen.add(parent_id)
        parent = session.get(t.RegioplanGoal, parent_id)
        if parent is None or parent.deleted_at is not None:
            return ["Het bovenliggende doel bestaat niet meer."]
        parent_id = parent.parent_id
    return []


@on_delete("regioplan_goal")
def _lift_subgoals(session: Session, goal: Record) -> None:
    """A deleted goal's subgoals move up to its parent, so no part of the tree is lost."""
    assert isinstance(goal, t.RegioplanGoal)
    for child in session.scalars(select(t.RegioplanGoal).where(
            t.RegioplanGoal.parent_id == goal.id, t.RegioplanGoal.deleted_at.is_(None))):
        child.parent_id = goal.parent_id


@on_delete("project")
def _uncover_project(session: Session, project: Record) -> None:
    """A deleted project leaves the plan (undo brings both back)."""
    set_project_covered(session, project.id, False)


def _count(session: Session, cls: type, *where: object) -> int:
    stmt = select(func.count()).select_from(cls).where(cls.deleted_at.is_(None), *where)
    return int(session.scalar(stmt) or 0)


@file_summary
def _plan_summary(session: Session) -> list[str]:
    """`zvdesk check`: whether there is a plan, with its trends, goals and projects."""
    if get_plan(session) is None:
        return ["Regioplan: nog niet begonnen"]
    trends = _count(session, t.RegioplanTrend)
    goals = _count(session, t.RegioplanGoal)
    spearheads = _count(session, t.RegioplanGoal, t.RegioplanGoal.spearhead.is_(True))
    projects = _count(session, t.RegioplanProject)
    return [f"Regioplan: {trends} trends, {goals} doelen ({spearheads} speerpunten), "
            f"{projects} projecten"]
