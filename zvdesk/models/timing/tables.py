"""Toolbox §2.2 "Timing bij samenwerken en agenderen": the records.

Per project: its moments (milestones and beslismomenten such as a college- or raadsbesluit),
each partner's cycles entered once with their recurrence (begroting every year in June,
elections every four years, the summer recess), the chosen solution of each clash the app
finds between a moment and a cycle, the five planning steps of the toolbox as a checklist,
the project group members' verdict on the planning, and the beleidsraam's three streams.

Rows that two copies may create for the same thing (a clash's solution, a checklist step)
get a deterministic id (UUID 5 of what they are about), so merging finds one row.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("1e7d4a52-5b0e-4c1d-8f6a-2202b2a1a216")


def stable_id(*parts: str) -> str:
    """The deterministic id of a row identified by what it is about."""
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(parts)))


class MomentKind(enum.Enum):
    """What a project moment is."""

    MIJLPAAL = "mijlpaal"
    COLLEGEBESLUIT = "collegebesluit"
    RAADSBESLUIT = "raadsbesluit"
    RBO = "rbo"
    OVERIG = "overig"


MOMENT_LABELS = {MomentKind.MIJLPAAL: "Mijlpaal", MomentKind.COLLEGEBESLUIT: "Collegebesluit",
                 MomentKind.RAADSBESLUIT: "Raadsbesluit", MomentKind.RBO: "Besluit RBO",
                 MomentKind.OVERIG: "Overig"}


class CycleKind(enum.Enum):
    """What a partner's cycle is (the toolbox's words; recesses from the product)."""

    BEGROTING = "begroting"
    VERANTWOORDING = "verantwoording"
    VERKIEZINGEN = "verkiezingen"
    RECES = "reces"
    KRITIEK = "kritiek_moment"
    STIP = "stip_op_horizon"


CYCLE_LABELS = {CycleKind.BEGROTING: "Begrotingscyclus",
                CycleKind.VERANTWOORDING: "Verantwoordingscyclus",
                CycleKind.VERKIEZINGEN: "Verkiezingen", CycleKind.RECES: "Reces",
                CycleKind.KRITIEK: "Kritiek moment", CycleKind.STIP: "Stip op de horizon"}


class Recurrence(enum.Enum):
    """How often a cycle comes back."""

    EENMALIG = "eenmalig"
    JAARLIJKS = "jaarlijks"
    VIERJAARLIJKS = "vierjaarlijks"


RECURRENCE_LABELS = {Recurrence.EENMALIG: "Eenmalig", Recurrence.JAARLIJKS: "Elk jaar",
                     Recurrence.VIERJAARLIJKS: "Elke vier jaar"}


class Stream(enum.Enum):
    """The beleidsraam's three streams, and the moment they meet."""

    PROBLEMEN = "problemen"
    POLITIEK = "politiek"
    OPLOSSINGEN = "oplossingen"
    RAAM = "raam"


STREAM_LABELS = {Stream.PROBLEMEN: "Problemenstroom",
                 Stream.POLITIEK: "Politieke stroom (personen en coalities)",
                 Stream.OPLOSSINGEN: "Oplossingenstroom",
                 Stream.RAAM: "Beleidsraam: de stromen komen samen"}


class Verdict(enum.Enum):
    """A project group member's verdict: is the planning realistic for my organisation?"""

    JA = "ja"
    DEELS = "deels"
    NEE = "nee"


VERDICT_LABELS = {Verdict.JA: "Realistisch", Verdict.DEELS: "Deels, met knelpunten",
                  Verdict.NEE: "Niet realistisch"}


class TimMoment(Record, Base):
    """A milestone or beslismoment of a project."""

    __tablename__ = "tim_moment"
    __label__ = "moment"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    kind: Mapped[MomentKind] = mapped_column(EnumText(MomentKind), default=MomentKind.MIJLPAAL,
                                             info={"share": Share.KEEP})
    on_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                 info={"share": Share.KEEP})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_tim_moment_project", "project_id"),)


class TimCycle(Record, Base):
    """A partner's cycle, entered once with its recurrence."""

    __tablename__ = "tim_cycle"
    __label__ = "cyclus"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    kind: Mapped[CycleKind] = mapped_column(EnumText(CycleKind), default=CycleKind.BEGROTING,
                                            info={"share": Share.KEEP})
    recurrence: Mapped[Recurrence] = mapped_column(
        EnumText(Recurrence), default=Recurrence.JAARLIJKS, info={"share": Share.KEEP})
    #: The first (or only) occurrence: its first and last day.
    start_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                    info={"share": Share.KEEP})
    end_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                  info={"share": Share.KEEP})
    #: Days before and after the period that are also unsuitable (an election's run-up).
    margin_days: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_tim_cycle_project", "project_id"),)


class TimClashSolution(Record, Base):
    """The chosen solution of a clash between a moment and an occurrence of a cycle."""

    __tablename__ = "tim_clash"
    __label__ = "botsing"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    moment_id: Mapped[str] = mapped_column(ForeignKey("tim_moment.id"),
                                           info={"share": Share.KEEP})
    cycle_id: Mapped[str] = mapped_column(ForeignKey("tim_cycle.id"), info={"share": Share.KEEP})
    occurrence: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                    info={"share": Share.KEEP})
    solution: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_tim_clash_project", "project_id"),)


class TimChecklist(Record, Base):
    """One of the toolbox's five planning steps, done or not, for a project."""

    __tablename__ = "tim_checklist"
    __label__ = "planningsstap"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    step_key: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.KEEP})
    done: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_tim_checklist_project", "project_id"),)


class TimVerdict(Record, Base):
    """A project group member's verdict on the planning and its knelpunten."""

    __tablename__ = "tim_verdict"
    __label__ = "oordeel"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    verdict: Mapped[Verdict | None] = mapped_column(EnumText(Verdict), default=None,
                                                    info={"share": Share.KEEP})
    bottlenecks: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_tim_verdict_project", "project_id"),)


class TimStreamEntry(Record, Base):
    """An entry of one of the beleidsraam's streams, on a date."""

    __tablename__ = "tim_stream"
    __label__ = "ontwikkeling"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    stream: Mapped[Stream] = mapped_column(EnumText(Stream), default=Stream.PROBLEMEN,
                                           info={"share": Share.KEEP})
    on_date: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                 info={"share": Share.KEEP})
    text: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_tim_stream_project", "project_id"),)


#: Every kind of this instrument.
KINDS = ("tim_moment", "tim_cycle", "tim_clash", "tim_checklist", "tim_verdict", "tim_stream")


# Validators, delete hooks and the counter register when the tables are loaded.
from zvdesk.models.timing import ops as _rules  # noqa: E402, F401
