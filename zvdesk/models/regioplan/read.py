"""Read models of the Regioplan for the tab and the document (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.region.tables import Project
from zvdesk.models.regioplan import tables as t
from zvdesk.models.regioplan.ops import covered_project_ids, get_plan


@dataclass(frozen=True)
class TrendView:
    """One trend, with Dutch labels."""

    id: str
    kind: t.TrendKind
    kind_label: str
    title: str
    description: str
    relevance: int | None
    valence: t.Valence | None
    valence_label: str


@dataclass
class GoalNode:
    """A goal with its subgoals (the goal tree)."""

    id: str
    title: str
    description: str
    spearhead: bool
    number: str = ""
    children: list[GoalNode] = field(default_factory=list)


@dataclass
class GoalTree:
    """The goal tree: its top goals, numbered 1, 1.1, 1.2, 2 … in sort order."""

    roots: list[GoalNode]

    def walk(self) -> list[tuple[int, GoalNode]]:
        """Every goal with its depth (0 for a top goal), in reading order."""
        out: list[tuple[int, GoalNode]] = []

        def visit(node: GoalNode, depth: int) -> None:
            out.append((depth, node))
            for child in node.children:
                visit(child, depth + 1)

        for root in self.roots:
            visit(root, 0)
        return out

    def parent_title(self) -> dict[str, str]:
        """The number and title of each goal's parent, by goal id ("" for a top goal)."""
        out: dict[str, str] = {}

        def visit(node: GoalNode, parent: GoalNode | None) -> None:
            out[node.id] = f"{parent.number} {parent.title}" if parent else ""
            for child in node.children:
                visit(child, node)

        for root in self.roots:
            visit(root, None)
        return out


def live_trends(session: Session) -> list[t.RegioplanTrend]:
    """The live trends in their order."""
    return list(session.scalars(select(t.RegioplanTrend).where(
        t.RegioplanTrend.deleted_at.is_(None)).order_by(t.RegioplanTrend.sort_order)))


def trend_views(session: Session) -> list[TrendView]:
    """The trends with labels, by kind in the seed's order, then in their own order."""
    order = {kind: i for i, kind in enumerate(t.TrendKind)}
    trends = sorted(live_trends(session), key=lambda tr: (order[tr.kind], tr.sort_order))
    return [TrendView(tr.id, tr.kind, t.TREND_KIND_LABELS[tr.kind], tr.title, tr.description,
                      tr.relevance, tr.valence,
                      t.VALENCE_LABELS[tr.valence] if tr.valence else "")
            for tr in trends]


def live_goals(session: Session) -> list[t.RegioplanGoal]:
    """The live goals in their order."""
    return list(session.scalars(select(t.RegioplanGoal).where(
        t.RegioplanGoal.deleted_at.is_(None)).order_by(t.RegioplanGoal.sort_order)))


def goal_tree(session: Session) -> GoalTree:
    """The goals as a numbered tree; a goal whose parent is gone counts as a top goal."""
    goals = live_goals(session)
    nodes = {g.id: GoalNode(g.id, g.title, g.description, g.spearhead) for g in goals}
    roots: list[GoalNode] = []
    for g in goals:
        parent = nodes.get(g.parent_id or "")
        (parent.children if parent is not None else roots).append(nodes[g.id])

    def number(items: list[GoalNode], prefix: str) -> None:
        for i, node in enumerate(items, 1):
            node.number = f"{prefix}{i}"
            number(node.children, f"{node.number}.")

    number(roots, "")
    return GoalTree(roots)


def covered_projects(session: Session) -> list[Project]:
    """The live projects the plan covers, in the projects' order."""
    ids = covered_project_ids(session)
    if not ids:
        return []
    return list(session.scalars(select(Project).where(
        Project.id.in_(ids), Project.deleted_at.is_(None)).order_by(
        Project.sort_order, Project.name)))


@dataclass(frozen=True)
class PlanView:
    """Everything the plan holds itself (the document adds what the instruments hold)."""

    plan: t.RegioPlan | None
    trends: list[TrendView]
    tree: GoalTree
    projects: list[Project]

    @property
    def started(self) -> bool:
        """True once the user has started the plan."""
        return self.plan is not None


def plan_view(session: Session) -> PlanView:
    """Reads the plan, its trends, goal tree and covered projects."""
    return PlanView(get_plan(session), trend_views(session), goal_tree(session),
                    covered_projects(session))
