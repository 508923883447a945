"""Stap 2: the project's SMART goals — the "doel" elements of the impact framework.

There is no second goal table: every edit here goes through the impact model
(:mod:`zvdesk.models.impact.ops`), so the canvas shows it too, and back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.impact import ops as impact_ops
from zvdesk.models.impact.tables import SMART_CRITERIA, ElementKind, Horizon
from zvdesk.models.steps.read import HORIZON_LABELS, GoalView, Stappenplan
from zvdesk.ui.instruments.steps import texts
from zvdesk.ui.instruments.steps.widgets import PausedText

if TYPE_CHECKING:
    from zvdesk.ui.instruments.steps.tab import StepsTab


class GoalEditor(QGroupBox):
    """One goal: its text, horizon, who notices it, and the five SMART criteria."""

    def __init__(self, tab: StepsTab, goal_id: str, number: int) -> None:
        super().__init__(texts.GOAL_HEADING.format(n=number))
        self.tab = tab
        self.goal_id = goal_id
        read_only = tab.controller.read_only
        layout = QVBoxLayout(self)
        self.title = PausedText(
            tab.controller, texts.GOAL_TITLE_LABEL,
            lambda value: self._update({"title": value}, texts.GOAL_TITLE_UNDO), lines=2)
        layout.addWidget(self.title)

        row = QHBoxLayout()
        horizon_label = QLabel(texts.HORIZON_LABEL)
        self.horizon = QComboBox()
        self.horizon.setAccessibleName(texts.HORIZON_LABEL.rstrip(":"))
        self.horizon.addItem(texts.HORIZON_NONE, "")
        for value, label in HORIZON_LABELS.items():
            self.horizon.addItem(label, value.value)
        self.horizon.setEnabled(not read_only)
        horizon_label.setBuddy(self.horizon)
        self.horizon.activated.connect(self._horizon_chosen)
        row.addWidget(horizon_label)
        row.addWidget(self.horizon)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(texts.NOTICED_LABEL))
        self.citizens = QCheckBox(texts.NOTICED_CITIZENS)
        self.professionals = QCheckBox(texts.NOTICED_PROFESSIONALS)
        for check, name in ((self.citizens, "noticed_by_citizens"),
                            (self.professionals, "noticed_by_professionals")):
            check.setEnabled(not read_only)
            check.clicked.connect(lambda checked, n=name: self._update(
                {n: bool(checked)}, texts.NOTICED_UNDO))
            row.addWidget(check)
        row.addStretch(1)
        layout.addLayout(row)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.smart_checks: dict[str, QCheckBox] = {}
        self.smart_texts: dict[str, PausedText] = {}
        for i, (key, label) in enumerate(SMART_CRITERIA):
            check = QCheckBox(label)
            check.setToolTip(texts.SMART_PLACEHOLDER[key])
            check.setEnabled(not read_only)
            check.clicked.connect(lambda checked, k=key, lab=label: self.tab.run(
                texts.SMART_CHECK_UNDO.format(label=lab),
                lambda s: impact_ops.set_smart(s, self.goal_id, k, checked=bool(checked))))
            explanation = PausedText(
                tab.controller, "",
                lambda value, k=key, lab=label: self.tab.run(
                    texts.SMART_UNDO.format(label=lab),
                    lambda s: impact_ops.set_smart(s, self.goal_id, k, text=value)),
                placeholder=texts.SMART_PLACEHOLDER[key], lines=2)
            explanation.label.hide()
            explanation.edit.setAccessibleName(texts.SMART_ACCESSIBLE.format(label=label.lower()))
            self.smart_checks[key] = check
            self.smart_texts[key] = explanation
            grid.addWidget(check, i, 0)
            grid.addWidget(explanation, i, 1)
        layout.addLayout(grid)
        self.score = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.score)
        row.addStretch(1)
        self.delete_button = QPushButton(texts.DELETE_GOAL)
        self.delete_button.setEnabled(not read_only)
        self.delete_button.clicked.connect(self._delete)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self._horizon_value = ""

    def _update(self, values: dict, undo_text: str) -> None:
        self.tab.run(undo_text, lambda s: impact_ops.update_element(s, self.goal_id, values))

    def _horizon_chosen(self, index: int) -> None:
        value = self.horizon.itemData(index) or ""
        if value == self._horizon_value:
            return
        self._update({"horizon": Horizon(value) if value else None}, texts.HORIZON_UNDO)

    def _delete(self) -> None:
        from zvdesk.ui import dialogs

        if dialogs.confirm(self, texts.DELETE_GOAL, texts.DELETE_GOAL_QUESTION,
                           yes=texts.DELETE_YES):
            self.tab.run(texts.DELETE_GOAL,
                         lambda s: impact_ops.delete_elements(s, [self.goal_id]))

    def set_goal(self, goal: GoalView) -> None:
        """Shows a goal's current values."""
        self.title.set_value(goal.title)
        self._horizon_value = goal.horizon.value if goal.horizon else ""
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(self._horizon_value)))
        self.citizens.setChecked(goal.noticed_by_citizens)
        self.professionals.setChecked(goal.noticed_by_professionals)
        checked = 0
        for (key, _label), (_l, text, ok) in zip(SMART_CRITERIA, goal.smart, strict=True):
            self.smart_checks[key].setChecked(ok)
            self.smart_texts[key].set_value(text)
            checked += ok
        self.score.setText(texts.SMART_SCORE.format(n=checked))


class GoalsContent(QWidget):
    """Stap 2: the list of goals with a button to add one."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        self.tab = tab
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(texts.GOALS_BOX)
        outer.addWidget(box)
        self.box_layout = QVBoxLayout(box)
        note = QLabel(texts.GOALS_NOTE)
        note.setWordWrap(True)
        self.box_layout.addWidget(note)
        self.empty = QLabel(texts.NO_GOALS)
        self.empty.setWordWrap(True)
        self.box_layout.addWidget(self.empty)
        self.goals_layout = QVBoxLayout()
        self.box_layout.addLayout(self.goals_layout)
        row = QHBoxLayout()
        self.add_button = QPushButton(texts.ADD_GOAL)
        self.add_button.setEnabled(not tab.controller.read_only)
        self.add_button.clicked.connect(self.add_goal)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.box_layout.addLayout(row)
        self.editors: list[GoalEditor] = []

    def add_goal(self) -> str | None:
        """Adds a goal to the impact framework and puts the cursor in its text."""
        goal_id = self.tab.run(texts.ADD_GOAL_UNDO, lambda s: impact_ops.add_element(
            s, self.tab.project_id, ElementKind.DOEL, texts.NEW_GOAL_TITLE))
        for editor in self.editors:
            if editor.goal_id == goal_id:
                editor.title.edit.setFocus()
                editor.title.edit.selectAll()
        return goal_id

    def load(self, plan: Stappenplan) -> None:
        """Shows the goals, rebuilding the editors when goals came or went."""
        ids = [g.id for g in plan.goals]
        if ids != [e.goal_id for e in self.editors]:
            for editor in self.editors:
                self.goals_layout.removeWidget(editor)
                editor.deleteLater()
            self.editors = [GoalEditor(self.tab, goal_id, i + 1)
                            for i, goal_id in enumerate(ids)]
            for editor in self.editors:
                self.goals_layout.addWidget(editor)
        for editor, goal in zip(self.editors, plan.goals, strict=True):
            editor.set_goal(goal)
        self.empty.setVisible(not plan.goals)
