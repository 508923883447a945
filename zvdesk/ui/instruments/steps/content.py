"""The own content of steps 1, 3, the time-out, 4 and 5 (step 2's goals: goals.py).

Step 4 plans the work: its milestones and beslismomenten are the ``tim_moment`` records of
2.2 Timing (one record, shown and edited here and there, never copied).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.steps.content import step_text
from zvdesk.models.steps.read import Stappenplan
from zvdesk.models.steps.tables import (
    FEASIBILITY_LABELS,
    MONITORING_AIMS,
    MONITORING_LEVEL_LABELS,
    Feasibility,
    MonitoringLevel,
    StepKey,
    participants,
    roles,
    set_project_lead,
)
from zvdesk.models.timing.ops import moments
from zvdesk.models.timing.tables import MOMENT_LABELS, MomentKind
from zvdesk.ui.instruments.steps import texts
from zvdesk.ui.instruments.steps.page import registered_links
from zvdesk.ui.instruments.steps.widgets import PausedText
from zvdesk.ui.widgets.choice import ChoiceBox
from zvdesk.ui.widgets.fields import Field, enum_choices, organisation_choices, person_choices
from zvdesk.ui.widgets.recordtable import RecordTable

if TYPE_CHECKING:
    from zvdesk.ui.instruments.steps.tab import StepsTab






def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AmbitionContent(QWidget):
    """Stap 1: the shared ambition and each participant's own ambition and needs."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        self.tab = tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(texts.AMBITION_BOX)
        box_layout = QVBoxLayout(box)
        example = step_text(StepKey.STAP_1).example
        self.ambition = PausedText(
            tab.controller, texts.AMBITION_LABEL,
            lambda value: tab.save_step(StepKey.STAP_1, {"ambition": value},
                                        texts.AMBITION_UNDO),
            placeholder=texts.AMBITION_PLACEHOLDER.format(example=example), lines=5)
        box_layout.addWidget(self.ambition)
        layout.addWidget(box)

        parts = QGroupBox(texts.PARTICIPANTS_BOX)
        parts_layout = QVBoxLayout(parts)
        parts_layout.addWidget(_note(texts.PARTICIPANTS_NOTE))
        names = texts.PARTICIPANT_FIELDS
        project_id = tab.project_id
        self.table = RecordTable(
            tab.controller, "step_participant",
            [Field("organisation_id", names["organisation_id"], "choice", organisation_choices,
                   width=160),
             Field("person_id", names["person_id"], "choice", person_choices, width=120,
                   narrow_by="organisation_id"),
             Field("ambition", names["ambition"], width=230),
             Field("needs", names["needs"], width=200)],
            lambda s: participants(s, project_id),
            lambda s: {"project_id": project_id,
                       "sort_order": len(participants(s, project_id)) + 1},
            texts.PARTICIPANT_NOUN, refresh_kinds=("organisation", "person"))
        self.table.setMinimumHeight(220)
        parts_layout.addWidget(self.table)
        layout.addWidget(parts)

    def load(self, plan: Stappenplan) -> None:
        """Shows the shared ambition (the table refreshes itself)."""
        self.ambition.set_value(plan.step(StepKey.STAP_1).ambition)


class TheoryContent(QWidget):
    """Stap 3: a short summary of the impact framework and the way to open it."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        box = QGroupBox(texts.THEORY_BOX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        box_layout = QVBoxLayout(box)
        self.summary = _note("")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        box_layout.addWidget(self.summary)
        self.open_button: QPushButton | None = None
        if registered_links(("impact",)):
            self.open_button = QPushButton(texts.OPEN_IMPACT)
            self.open_button.clicked.connect(lambda: tab.open_instrument("impact"))
            row = QHBoxLayout()
            row.addWidget(self.open_button)
            row.addStretch(1)
            box_layout.addLayout(row)

    def load(self, plan: Stappenplan) -> None:
        """Shows how many elements of each kind the theory holds."""
        if not plan.impact_counts:
            self.summary.setText(texts.THEORY_EMPTY)
            return
        items = ", ".join(f"{n} {label}" for label, n in plan.impact_counts)
        summary = html.escape(texts.THEORY_SUMMARY.format(items=items))
        findings = plan.impact_findings
        if findings:
            shown = "".join(f"<li>{html.escape(m)}</li>" for m in findings[:5])
            more = (f"<li>{texts.THEORY_MORE.format(n=len(findings) - 5)}</li>"
                    if len(findings) > 5 else "")
            summary += (f"<p>{texts.THEORY_FINDINGS.format(n=len(findings))}</p>"
                        f"<ul>{shown}{more}</ul>")
        else:
            summary += f"<p>{texts.THEORY_NO_FINDINGS}</p>"
        self.summary.setText(summary)


class TimeoutContent(QWidget):
    """The time-out: go / bijstellen / stoppen, with the motivation."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        self.tab = tab
        box = QGroupBox(texts.FEASIBILITY_BOX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons: dict[Feasibility | None, QRadioButton] = {}
        row = QHBoxLayout()
        for value, label in [(None, texts.FEASIBILITY_NONE), *FEASIBILITY_LABELS.items()]:
            button = QRadioButton(label)
            button.setEnabled(not tab.controller.read_only)
            self.group.addButton(button)
            self.buttons[value] = button
            button.clicked.connect(lambda _c=False, v=value: self._chosen(v))
            row.addWidget(button)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.motivation = PausedText(
            tab.controller, texts.MOTIVATION_LABEL,
            lambda value: tab.save_step(StepKey.TIMEOUT, {"feasibility_motivation": value},
                                        texts.MOTIVATION_UNDO), lines=3)
        box_layout.addWidget(self.motivation)
        self._current: Feasibility | None = None

    def _chosen(self, value: Feasibility | None) -> None:
        if value == self._current:
            return
        self.tab.save_step(StepKey.TIMEOUT, {"feasibility": value}, texts.FEASIBILITY_UNDO)

    def load(self, plan: Stappenplan) -> None:
        """Shows the decision and its motivation."""
        step = plan.step(StepKey.TIMEOUT)
        self._current = step.feasibility
        self.buttons[step.feasibility].setChecked(True)
        self.motivation.set_value(step.feasibility_motivation)


class RolesContent(QWidget):
    """Stap 4: the explicit project lead and the tasks and roles per partner."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        self.tab = tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        lead_box = QGroupBox(texts.LEAD_BOX)
        lead_layout = QVBoxLayout(lead_box)
        lead_layout.addWidget(_note(texts.LEAD_NOTE))
        row = QHBoxLayout()
        self.lead_label = QLabel(texts.LEAD_LABEL)
        self.lead_combo = ChoiceBox()  # typing a name chooses it
        self.lead_combo.setAccessibleName(texts.LEAD_LABEL.replace("&", "").rstrip(":"))
        self.lead_combo.setMinimumContentsLength(24)
        self.lead_combo.setEnabled(not tab.controller.read_only)
        self.lead_label.setBuddy(self.lead_combo)
        self.lead_combo.chosen.connect(self._lead_chosen)
        self.lead_combo.lineEdit().editingFinished.connect(self._lead_typed)
        row.addWidget(self.lead_label)
        row.addWidget(self.lead_combo)
        row.addStretch(1)
        lead_layout.addLayout(row)
        layout.addWidget(lead_box)

        roles_box = QGroupBox(texts.ROLES_BOX)
        roles_layout = QVBoxLayout(roles_box)
        names = texts.ROLE_FIELDS
        project_id = tab.project_id
        self.table = RecordTable(
            tab.controller, "step_role",
            [Field("organisation_id", names["organisation_id"], "choice", organisation_choices,
                   width=160),
             Field("person_id", names["person_id"], "choice", person_choices, width=120,
                   narrow_by="organisation_id"),
             Field("role", names["role"], width=200),
             Field("tasks", names["tasks"], width=300)],
            lambda s: roles(s, project_id),
            lambda s: {"project_id": project_id, "sort_order": len(roles(s, project_id)) + 1},
            texts.ROLE_NOUN, refresh_kinds=("organisation", "person"))
        self.table.setMinimumHeight(200)
        roles_layout.addWidget(self.table)
        layout.addWidget(roles_box)
        layout.addWidget(self._planning_box(tab))
        self._lead: str | None = None

    def _planning_box(self, tab: StepsTab) -> QGroupBox:
        """The project's milestones and beslismomenten: the records of 2.2 Timing itself."""
        box = QGroupBox(texts.PLANNING_BOX)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(_note(texts.PLANNING_NOTE))
        project_id = tab.project_id
        names = texts.MOMENT_FIELDS
        self.moments = RecordTable(
            tab.controller, "tim_moment",
            [Field("title", names["title"], width=260),
             Field("kind", names["kind"], "choice", enum_choices(MomentKind, MOMENT_LABELS),
                   width=130),
             Field("on_date", names["on_date"], "date", width=100)],
            lambda s: moments(s, project_id),
            lambda _s: {"project_id": project_id, "title": texts.MOMENT_NEW},
            texts.MOMENT_NOUN)
        self.moments.setMinimumHeight(180)
        box_layout.addWidget(self.moments)
        self.open_timing: QPushButton | None = None
        if registered_links(("timing",)):
            self.open_timing = QPushButton(texts.OPEN_TIMING)
            self.open_timing.clicked.connect(lambda: tab.open_instrument("timing"))
            row = QHBoxLayout()
            row.addWidget(self.open_timing)
            row.addStretch(1)
            box_layout.addLayout(row)
        return box

    def _lead_typed(self) -> None:
        if self.lead_combo.shows_choice():
            return
        if self.lead_combo.resolve():
            self._lead_chosen()
        else:  # no such person: the stored lead again (the list says who can be chosen)
            self.lead_combo.set_value(self._lead or "")

    def _lead_chosen(self) -> None:
        person_id = self.lead_combo.value() or None
        if person_id == self._lead:
            return
        self.tab.run(texts.LEAD_UNDO,
                     lambda s: set_project_lead(s, self.tab.project_id, person_id))

    def load(self, plan: Stappenplan) -> None:
        """Shows the people to choose from and the current lead."""
        self._lead = plan.lead_person_id
        with self.tab.controller.session() as s:
            choices = person_choices(s)
        self.lead_combo.set_choices([(value or "", label) for value, label in choices],
                                    plan.lead_person_id or "")


class MonitoringContent(QWidget):
    """Stap 5: the monitoring aims (several), the level and the focus."""

    def __init__(self, tab: StepsTab) -> None:
        super().__init__()
        self.tab = tab
        box = QGroupBox(texts.MONITORING_BOX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(QLabel(texts.AIMS_LABEL))
        aims_row = QHBoxLayout()
        self.aims: dict[str, QCheckBox] = {}
        for name, label in MONITORING_AIMS.items():
            check = QCheckBox(label)
            check.setEnabled(not tab.controller.read_only)
            check.clicked.connect(lambda checked, n=name: tab.save_step(
                StepKey.STAP_5, {n: bool(checked)}, texts.AIMS_UNDO))
            self.aims[name] = check
            aims_row.addWidget(check)
        aims_row.addStretch(1)
        box_layout.addLayout(aims_row)
        box_layout.addWidget(QLabel(texts.LEVEL_LABEL))
        level_row = QHBoxLayout()
        self.level_group = QButtonGroup(self)
        self.levels: dict[MonitoringLevel | None, QRadioButton] = {}
        for value, label in [(None, texts.LEVEL_NONE), *MONITORING_LEVEL_LABELS.items()]:
            button = QRadioButton(label)
            button.setEnabled(not tab.controller.read_only)
            self.level_group.addButton(button)
            self.levels[value] = button
            button.clicked.connect(lambda _c=False, v=value: self._level_chosen(v))
            level_row.addWidget(button)
        level_row.addStretch(1)
        box_layout.addLayout(level_row)
        self.focus = PausedText(
            tab.controller, texts.FOCUS_LABEL,
            lambda value: tab.save_step(StepKey.STAP_5, {"monitoring_focus": value},
                                        texts.FOCUS_UNDO), lines=3)
        box_layout.addWidget(self.focus)
        self._level: MonitoringLevel | None = None

    def _level_chosen(self, value: MonitoringLevel | None) -> None:
        if value == self._level:
            return
        self.tab.save_step(StepKey.STAP_5, {"monitoring_level": value}, texts.LEVEL_UNDO)

    def load(self, plan: Stappenplan) -> None:
        """Shows the chosen aims, level and focus."""
        step = plan.step(StepKey.STAP_5)
        for name, check in self.aims.items():
            check.setChecked(MONITORING_AIMS[name] in step.monitoring_aims)
        self._level = step.monitoring_level
        self.levels[step.monitoring_level].setChecked(True)
        self.focus.set_value(step.monitoring_focus)
