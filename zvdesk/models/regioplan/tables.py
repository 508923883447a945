"""The records of the Regioplan (seed 004 "Een regioplan schrijven").

One plan per file (the region writes one regioplan): the :class:`RegioPlan` row holds the
texts of the four parts of the seed — the vliegende start (who decides, strategic focus,
choice criteria, organisational form), the analysis of the region (history, present
situation), the goals' business case and impact, and the annexes the user types (risks,
budget, staffing). Trends, goals (a tree) and the projects the plan covers are rows of their
own. The plan's id and the id of a covered project's row are deterministic (UUID 5), so two
copies that each started the plan, or each chose the same project, merge into one row.

The annexes that other instruments already hold (communication plan, impact theories,
milestones, monitoring) are not stored here: the report reads them from those instruments.
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, Record
from zvdesk.models.core.sharing.personal import Share

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("0d6c2f4e-8a61-4f0e-9a39-4f1f0e7d0418")

#: The id of the one plan of a file.
PLAN_ID = str(uuid.uuid5(_ID_NAMESPACE, "regioplan"))


def plan_project_id(project_id: str) -> str:
    """The deterministic id of the row that says the plan covers this project."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"project:{project_id}"))


class TrendKind(enum.Enum):
    """The kinds of development seed 004 names (values are stored in the file)."""

    DEMOGRAFISCH = "demografisch"
    GEOGRAFISCH = "geografisch"
    ECONOMISCH = "economisch"
    MAATSCHAPPELIJK = "maatschappelijk"
    TECHNOLOGISCH = "technologisch"
    SECTORSPECIFIEK = "sectorspecifiek"


#: Dutch labels of :class:`TrendKind`.
TREND_KIND_LABELS = {
    TrendKind.DEMOGRAFISCH: "Demografisch",
    TrendKind.GEOGRAFISCH: "Geografisch",
    TrendKind.ECONOMISCH: "Economisch",
    TrendKind.MAATSCHAPPELIJK: "Maatschappelijk",
    TrendKind.TECHNOLOGISCH: "Technologisch",
    TrendKind.SECTORSPECIFIEK: "Sectorspecifiek",
}


class Valence(enum.Enum):
    """Whether a trend is an opportunity or a threat for the region's cooperation."""

    KANS = "kans"
    BEDREIGING = "bedreiging"


#: Dutch labels of :class:`Valence`.
VALENCE_LABELS = {Valence.KANS: "Kans", Valence.BEDREIGING: "Bedreiging"}

#: Relevance of a trend: 1 (nauwelijks relevant) to 5 (zeer relevant).
RELEVANCE = (1, 5)
_RELEVANCE = {"domain": RELEVANCE}


def _text(**info: object) -> dict:
    return {"share": Share.TEXT, **info}


class RegioPlan(Record, Base):
    """The region's plan: the texts of seed 004's parts (one row per file, :data:`PLAN_ID`)."""

    __tablename__ = "regioplan"
    __label__ = "regioplan"

    title: Mapped[str] = mapped_column(String(300), default="", info=_text())
    # 1 Een vliegende start
    deciders: Mapped[str] = mapped_column(Text, default="", info=_text())
    strategic_focus: Mapped[str] = mapped_column(Text, default="", info=_text())
    choice_criteria: Mapped[str] = mapped_column(Text, default="", info=_text())
    organisation_form: Mapped[str] = mapped_column(Text, default="", info=_text())
    # 2 De analyse van de regio: historie and huidige situatie (trends are rows)
    history_success: Mapped[str] = mapped_column(Text, default="", info=_text())
    history_ambition: Mapped[str] = mapped_column(Text, default="", info=_text())
    characteristics: Mapped[str] = mapped_column(Text, default="", info=_text())
    actors_needs: Mapped[str] = mapped_column(Text, default="", info=_text())
    provision: Mapped[str] = mapped_column(Text, default="", info=_text())
    starting_position: Mapped[str] = mapped_column(Text, default="", info=_text())
    legislation: Mapped[str] = mapped_column(Text, default="", info=_text())
    insights: Mapped[str] = mapped_column(Text, default="", info=_text())
    # 3 De doelstellingen (the goal tree and the speerpunten are rows)
    mission_vision: Mapped[str] = mapped_column(Text, default="", info=_text())
    business_case: Mapped[str] = mapped_column(Text, default="", info=_text())
    impact_culture: Mapped[str] = mapped_column(Text, default="", info=_text())
    impact_structure: Mapped[str] = mapped_column(Text, default="", info=_text())
    impact_activities: Mapped[str] = mapped_column(Text, default="", info=_text())
    impact_technology: Mapped[str] = mapped_column(Text, default="", info=_text())
    # Bijlagen typed in the plan (the others come from the instruments)
    risks: Mapped[str] = mapped_column(Text, default="", info=_text())
    budget: Mapped[str] = mapped_column(Text, default="", info=_text())
    staffing: Mapped[str] = mapped_column(Text, default="", info=_text())


class RegioplanTrend(Record, Base):
    """A trend of the analysis: its kind, relevance (1–5) and whether it is a kans."""

    __tablename__ = "regioplan_trend"
    __label__ = "trend"

    kind: Mapped[TrendKind] = mapped_column(EnumText(TrendKind),
                                            default=TrendKind.MAATSCHAPPELIJK,
                                            info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(300), default="", info=_text())
    description: Mapped[str] = mapped_column(Text, default="", info=_text())
    relevance: Mapped[int | None] = mapped_column(Integer, default=None,
                                                  info={"share": Share.KEEP, **_RELEVANCE})
    valence: Mapped[Valence | None] = mapped_column(EnumText(Valence), default=None,
                                                    info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})


class RegioplanGoal(Record, Base):
    """A goal of the plan; ``parent_id`` makes the goal tree, ``spearhead`` a speerpunt."""

    __tablename__ = "regioplan_goal"
    __label__ = "doel"

    parent_id: Mapped[str | None] = mapped_column(ForeignKey("regioplan_goal.id"), default=None,
                                                  info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(500), default="", info=_text())
    description: Mapped[str] = mapped_column(Text, default="", info=_text())
    spearhead: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_regioplan_goal_parent", "parent_id"),)


class RegioplanProject(Record, Base):
    """That the plan covers a project (its annexes are drawn from that project)."""

    __tablename__ = "regioplan_project"
    __label__ = "project van het regioplan"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})

    __table_args__ = (Index("ix_regioplan_project_project", "project_id"),)


#: The record kinds of this instrument.
KINDS = ("regioplan", "regioplan_trend", "regioplan_goal", "regioplan_project")

from zvdesk.models.regioplan import ops as _ops  # noqa: E402,F401 - registers validators and hooks
