"""Read API of the stappenplan: a project's six steps as plain data, for the tab and reports.

``stappenplan_for_project(session, project_id)`` returns a :class:`Stappenplan` that needs
no session afterwards. Steps without a row (a project nobody has worked on yet) appear as
"niet gestart" with empty answers, so there are always six.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from zvdesk.models.impact import tables as impact
from zvdesk.models.impact.checks import check_theory
from zvdesk.models.impact.measures import theory_with_measures
from zvdesk.models.region.tables import Organisation, Person, Project
from zvdesk.models.steps.content import questions, step_text
from zvdesk.models.steps.tables import (
    FEASIBILITY_LABELS,
    MONITORING_AIMS,
    MONITORING_LEVEL_LABELS,
    QUESTION_FIELDS,
    STATUS_LABELS,
    STEP_ORDER,
    Feasibility,
    MonitoringLevel,
    StepKey,
    StepStatus,
    live_steps,
    participants,
    roles,
)

HORIZON_LABELS = {impact.Horizon.KORT: "Korte termijn",
                  impact.Horizon.MIDDELLANG: "Middellange termijn",
                  impact.Horizon.LANG: "Lange termijn"}


@dataclass
class StepView:
    """One step as the user sees it.

    Attributes:
        key: The step.
        number: "Stap 1" / "Time-out".
        title: The step's title.
        asks: What the step asks for ("Ambitie", "Doelen", …).
        status: Its status; ``status_label`` in Dutch.
        answers: Per question key (see ``questions``) the team's answer.
        stored: Whether the step has a row in the file yet.
        ambition: Stap 1: the shared ambition.
        feasibility: Time-out: go / bijstellen / stoppen (None: not decided).
        feasibility_motivation: Time-out: why.
        monitoring_aims: Stap 5: the Dutch labels of the chosen aims.
        monitoring_level: Stap 5: outcome / mechanismen / beide (None: not chosen).
        monitoring_focus: Stap 5: which activities and outputs monitoring zooms in on.
    """

    key: StepKey
    number: str
    title: str
    asks: str
    status: StepStatus
    status_label: str
    answers: dict[str, str]
    stored: bool = False
    ambition: str = ""
    feasibility: Feasibility | None = None
    feasibility_motivation: str = ""
    monitoring_aims: list[str] = field(default_factory=list)
    monitoring_level: MonitoringLevel | None = None
    monitoring_focus: str = ""

    @property
    def label(self) -> str:
        """"Stap 1 – Richten van de energie"."""
        return f"{self.number} – {self.title}"

    @property
    def feasibility_label(self) -> str:
        """The time-out decision in Dutch ("" when not decided)."""
        return FEASIBILITY_LABELS.get(self.feasibility, "") if self.feasibility else ""

    @property
    def monitoring_level_label(self) -> str:
        """The monitoring level in Dutch ("" when not chosen)."""
        return (MONITORING_LEVEL_LABELS.get(self.monitoring_level, "")
                if self.monitoring_level else "")


@dataclass
class ParticipantView:
    """Stap 1: a participant with their own ambition and needs."""

    id: str
    organisation: str
    person: str
    ambition: str
    needs: str

    @property
    def name(self) -> str:
        """"Politie (Ruud Visser)", or whichever of the two is known."""
        if self.organisation and self.person:
            return f"{self.organisation} ({self.person})"
        return self.organisation or self.person or "(onbekend)"


@dataclass
class RoleView:
    """Stap 4: the role and tasks of one partner."""

    id: str
    organisation: str
    person: str
    role: str
    tasks: str


@dataclass
class GoalView:
    """Stap 2: one goal of the impact framework with its SMART check."""

    id: str
    title: str
    description: str
    horizon_label: str
    noticed_by: list[str]
    smart: list[tuple[str, str, bool]]  # (label, explanation, checked), SMART order
    horizon: impact.Horizon | None = None
    noticed_by_citizens: bool = False
    noticed_by_professionals: bool = False

    @property
    def smart_score(self) -> str:
        """"3/5 SMART"."""
        return f"{sum(1 for _l, _t, ok in self.smart if ok)}/{len(self.smart)} SMART"


@dataclass
class Stappenplan:
    """A project's stappenplan as plain data."""

    project_id: str
    project_name: str
    steps: list[StepView]
    participants: list[ParticipantView]
    roles: list[RoleView]
    goals: list[GoalView]
    lead_person_id: str | None
    lead_name: str
    impact_counts: list[tuple[str, int]]  # stap 3: elements per kind of the theory
    impact_findings: list[str] = field(default_factory=list)  # stap 3: open check messages

    @property
    def completed(self) -> int:
        """How many steps are finished."""
        return sum(1 for s in self.steps if s.status is StepStatus.AFGEROND)

    @property
    def progress_text(self) -> str:
        """"2/6 afgerond"."""
        return f"{self.completed}/{len(self.steps)} afgerond"

    def step(self, key: StepKey | str) -> StepView:
        """One step."""
        key = StepKey(key)
        return next(s for s in self.steps if s.key is key)


def _names(session: Session, cls: type, ids: set[str | None]) -> dict[str, str]:
    found = {}
    for record_id in ids - {None}:
        obj = session.get(cls, record_id)
        if obj is not None and obj.deleted_at is None:
            found[record_id] = obj.name
    return found


def goals_for_project(session: Session, project_id: str) -> list[GoalView]:
    """The goals of the project's impact framework (elements of kind "doel")."""
    return _goals(impact.theory_for_project(session, project_id))


def _goals(theory: impact.Theory) -> list[GoalView]:
    goals = []
    for el in theory.goals():
        noticed = (["De kwetsbare burger"] if el.noticed_by_citizens else []) + (
            ["Zorg- en veiligheidsprofessionals"] if el.noticed_by_professionals else [])
        goals.append(GoalView(
            id=el.id, title=el.title, description=el.description,
            horizon_label=HORIZON_LABELS.get(el.horizon, "") if el.horizon else "",
            noticed_by=noticed, smart=[(c.label, c.text, c.checked) for c in el.smart],
            horizon=el.horizon, noticed_by_citizens=el.noticed_by_citizens,
            noticed_by_professionals=el.noticed_by_professionals))
    return goals


#: Dutch singular of each kind of the theory (the plural comes from the impact model).
KIND_SINGULARS = {
    impact.ElementKind.DOEL: "doel",
    impact.ElementKind.INPUT: "input",
    impact.ElementKind.ACTIVITEIT: "activiteit",
    impact.ElementKind.OUTPUT: "output",
    impact.ElementKind.DIRECTE_OUTCOME: "directe outcome",
    impact.ElementKind.MAATSCHAPPELIJK_EFFECT: "maatschappelijk effect",
    impact.ElementKind.MECHANISME: "mechanisme",
    impact.ElementKind.CONTEXTFACTOR: "contextfactor",
}


def impact_counts(session: Session, project_id: str) -> list[tuple[str, int]]:
    """Stap 3: how many elements of each kind the project's theory holds (kinds with any).

    Labels agree with the number: ``[("doel", 1), ("activiteiten", 14), ("verbindingen", 61)]``.
    """
    return _counts(impact.theory_for_project(session, project_id))


def _counts(theory: impact.Theory) -> list[tuple[str, int]]:
    counts = []
    for kind in impact.ElementKind:
        n = len(theory.of_kind(kind))
        if n:
            counts.append((KIND_SINGULARS.get(kind, impact.KIND_PLURALS[kind]) if n == 1
                           else impact.KIND_PLURALS[kind], n))
    if theory.links:
        counts.append(("verbinding" if len(theory.links) == 1 else "verbindingen",
                       len(theory.links)))
    return counts


def stappenplan_for_project(session: Session, project_id: str) -> Stappenplan:
    """Returns a project's stappenplan: six steps, participants, roles, goals, lead."""
    project = session.get(Project, project_id)
    rows = live_steps(session, project_id)
    theory = theory_with_measures(session, project_id)
    steps = []
    for key in STEP_ORDER:
        text = step_text(key)
        row = rows.get(key)
        status = row.status if row is not None else StepStatus.NIET_GESTART
        view = StepView(key=key, number=text.number, title=text.title, asks=text.asks,
                        status=status, status_label=STATUS_LABELS[status],
                        answers={q: (getattr(row, q) or "") if row is not None else ""
                                 for q in QUESTION_FIELDS},
                        stored=row is not None)
        if row is not None:
            view.ambition = row.ambition or ""
            view.feasibility = row.feasibility
            view.feasibility_motivation = row.feasibility_motivation or ""
            view.monitoring_aims = [label for name, label in MONITORING_AIMS.items()
                                    if getattr(row, name)]
            view.monitoring_level = row.monitoring_level
            view.monitoring_focus = row.monitoring_focus or ""
        steps.append(view)
    parts = participants(session, project_id)
    role_rows = roles(session, project_id)
    both = [*parts, *role_rows]
    orgs = _names(session, Organisation, {r.organisation_id for r in both})
    people = _names(session, Person, {r.person_id for r in both}
                    | {project.lead_person_id if project else None})
    lead_id = project.lead_person_id if project else None
    return Stappenplan(
        project_id=project_id, project_name=project.name if project else "",
        steps=steps,
        participants=[ParticipantView(p.id, orgs.get(p.organisation_id, ""),
                                      people.get(p.person_id, ""), p.ambition or "",
                                      p.needs or "") for p in parts],
        roles=[RoleView(r.id, orgs.get(r.organisation_id, ""), people.get(r.person_id, ""),
                        r.role or "", r.tasks or "") for r in role_rows],
        goals=_goals(theory),
        lead_person_id=lead_id, lead_name=people.get(lead_id, "") if lead_id else "",
        impact_counts=_counts(theory),
        impact_findings=[f.message for f in check_theory(theory)])


def question_titles() -> dict[str, str]:
    """The four questions by key, for renderers."""
    return {q.key: q.title for q in questions()}
