"""The goal tree as a picture, on the canvas kit: drag a goal onto another to make it a
subgoal, onto empty space to make it a top goal (one undo step each).

Places are not stored: the tree is laid out from the parent links
(:func:`zvdesk.models.regioplan.layout.tree_layout`), the same layout as the document's
figure. The goals' table beside it is the keyboard and screen-reader view of the same tree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.regioplan.layout import PlacedGoal, TreeLayout, tree_layout
from zvdesk.models.regioplan.read import goal_tree
from zvdesk.ui.canvas.interactions import MoveInteraction
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.canvas.view import CanvasView

BOX_W, BOX_H, GAP_X, GAP_Y = 170.0, 60.0, 16.0, 40.0
SPEARHEAD = QColor("#fff4d6")
SPEARHEAD_LINE = QColor("#c58a00")
TOP = QColor("#f1f4f8")
MOVE_TEXT = "Doel verplaatsen in de doelenboom"
DELETE_TEXT = "Doel verwijderen"


def _corner(placed: PlacedGoal) -> QPointF:
    return QPointF(placed.column * (BOX_W + GAP_X), placed.row * (BOX_H + GAP_Y))


class GoalItem(QGraphicsRectItem):
    """The box of one goal: its number and title; a speerpunt is yellow with a star."""

    def __init__(self, placed: PlacedGoal) -> None:
        super().__init__(0, 0, BOX_W, BOX_H)
        self.record_id = placed.node.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(1)
        self.text = ""
        self.show_goal(placed)

    def show_goal(self, placed: PlacedGoal) -> None:
        """Shows the goal at its place in the tree."""
        node = placed.node
        self.text = f"{node.number} {node.title}" + (" ★" if node.spearhead else "")
        self.spearhead = node.spearhead
        self.top = placed.row == 0
        self.setPos(_corner(placed))
        self.setToolTip(self.text + (f"\n{node.description}" if node.description else ""))
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,  # noqa: D102
              widget: QWidget | None = None) -> None:
        fill = SPEARHEAD if self.spearhead else (TOP if self.top else QColor("#ffffff"))
        line = SPEARHEAD_LINE if self.spearhead else QColor("#8a97a6")
        pen = QPen(QColor("#1d4f91") if self.isSelected() else line,
                   2.5 if self.isSelected() else 1.0)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self.rect(), 5, 5)
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        font.setBold(self.top)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(self.rect().adjusted(6, 4, -6, -4),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text)


class ReparentMove(MoveInteraction):
    """Drags one goal; dropped on another goal it becomes its subgoal, on empty space a top
    goal. Nothing else is written (the places follow from the tree)."""

    def __init__(self, scene: GoalTreeScene, items: list[Any], start: QPointF) -> None:
        super().__init__(scene, items[:1], start)
        self.last = QPointF(start)

    def mouse_move(self, pos: QPointF) -> None:  # noqa: D102
        self.last = QPointF(pos)
        super().mouse_move(pos)

    def write(self) -> bool:  # noqa: D102
        scene = self.scene
        assert isinstance(scene, GoalTreeScene)
        goal_id = self.items[0].record_id
        target = next((item for item in scene.items(self.last)
                       if isinstance(item, GoalItem) and item not in self.items), None)
        parent_id = target.record_id if target is not None else None
        if parent_id == scene.parents.get(goal_id):
            return False
        return bool(scene.execute(MOVE_TEXT, lambda s: ops.update_record(
            s, "regioplan_goal", goal_id, {"parent_id": parent_id})))


class GoalTreeScene(CanvasScene):
    """One box per live goal, lines from each goal to its subgoals."""

    watched_kinds = ("regioplan_goal",)

    def __init__(self, controller: Any) -> None:
        super().__init__(controller, "")
        self.mirror: Mirror[PlacedGoal, GoalItem] = Mirror(
            self, GoalItem, GoalItem.show_goal, key=lambda placed: placed.node.id)
        self.goals = self.mirror.items
        self.set_records(self.mirror)
        self.parents: dict[str, str | None] = {}
        self.lines = QGraphicsPathItem()
        self.lines.setPen(QPen(QColor("#6b7785"), 1.2))
        self.addItem(self.lines)
        self.reload()

    def read(self, session: Session) -> TreeLayout:  # noqa: D102
        return tree_layout(goal_tree(session))

    def sync(self, layout: TreeLayout, changes: Changes) -> None:  # noqa: D102
        self.mirror.sync(layout.goals)
        self.parents = {goal.node.id: None for goal in layout.goals}
        path = QPainterPath()
        places = layout.by_id()
        for parent_id, child_id in layout.edges:
            self.parents[child_id] = parent_id
            top, bottom = _corner(places[parent_id]), _corner(places[child_id])
            mid = top.y() + BOX_H + GAP_Y / 2
            path.moveTo(top.x() + BOX_W / 2, top.y() + BOX_H)
            path.lineTo(top.x() + BOX_W / 2, mid)
            path.lineTo(bottom.x() + BOX_W / 2, mid)
            path.lineTo(bottom.x() + BOX_W / 2, bottom.y())
        self.lines.setPath(path)
        rect = self.itemsBoundingRect() if layout.goals else QRectF(0, 0, 400, 200)
        self.setSceneRect(rect.adjusted(-20, -20, 20, 20))

    def move_interaction(self, items: list[Any], start: QPointF) -> ReparentMove | None:  # noqa: D102
        return None if self.read_only else ReparentMove(self, items, start)

    def delete_selected(self) -> None:
        """Deletes the selected goals (their subgoals move up): one undo step."""
        ids = self.selected_ids()
        if ids and not self.read_only:
            self.execute(DELETE_TEXT, lambda s: ops.delete_records(s, "regioplan_goal", ids))


class GoalTreeView(CanvasView):
    """The goal tree's view: zoom, fit (Ctrl+0), Delete removes the selected goals."""

    def __init__(self, scene: GoalTreeScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent, fit_max_zoom=1.0, fit_on_resize=True)
        self.setAccessibleName("Doelenboom als afbeelding; de tabel ernaast toont dezelfde "
                               "doelen")
        self.setMinimumSize(200, 160)
        self.delete_requested.connect(scene.delete_selected)
