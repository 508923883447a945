"""Where the goal tree's boxes go (shared by the tab's picture and the document's figure).

A plain top-down tree: each leaf gets the next column, a parent sits above the middle of its
children, each level one row lower. Positions are in slots (column, row); the caller scales.
"""

from __future__ import annotations

from dataclasses import dataclass

from zvdesk.models.regioplan.read import GoalNode, GoalTree


@dataclass(frozen=True)
class PlacedGoal:
    """A goal at its place: ``column`` (may be a half slot) and ``row`` (0 at the top)."""

    node: GoalNode
    column: float
    row: int


@dataclass(frozen=True)
class TreeLayout:
    """The placed goals, the parent→child edges (goal ids) and the size in slots."""

    goals: list[PlacedGoal]
    edges: list[tuple[str, str]]
    columns: int
    rows: int

    def by_id(self) -> dict[str, PlacedGoal]:
        """The placed goals by goal id."""
        return {p.node.id: p for p in self.goals}


def tree_layout(tree: GoalTree) -> TreeLayout:
    """Places every goal of the tree; an empty tree has no columns and no rows."""
    placed: list[PlacedGoal] = []
    edges: list[tuple[str, str]] = []
    next_column = 0

    def place(node: GoalNode, row: int) -> float:
        nonlocal next_column
        if not node.children:
            column = float(next_column)
            next_column += 1
        else:
            columns = [place(child, row + 1) for child in node.children]
            edges.extend((node.id, child.id) for child in node.children)
            column = (columns[0] + columns[-1]) / 2
        placed.append(PlacedGoal(node, column, row))
        return column

    for root in tree.roots:
        place(root, 0)
    rows = 1 + max((p.row for p in placed), default=-1)
    placed.sort(key=lambda p: (p.row, p.column))
    return TreeLayout(placed, edges, next_column, rows)
