"""Toolbox §2.3 "Overlegstructuren": the inventory of the region's meetings.

The meetings belong to the region, not to a project (the inventory is made once for the whole
region and kept up to date by a half-yearly call round). Per meeting the file records its
purpose, task, frequency, level, domain, themes and tasks with their legal basis, its
participants (people and organisations of the region, or a free-text name), its links to
other meetings (feeds into / reports to), the answers to the five golden questions and the
decision that follows, with the details of the change the toolbox's tips ask for. The review
routine is a rota of call rounds, each by one municipality.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share
from zvdesk.models.region.tables import Level

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("b8a9f1d2-73c4-4e8e-a1f5-2303e1d0c0de")


def stable_id(*parts: str) -> str:
    """The deterministic id of a row identified by what it is about (merges find one row)."""
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(parts)))


class MeetingTask(enum.Enum):
    """What a meeting is for (Beleidstheorie Regiopilots, input 1)."""

    ADVIES = "advies"
    CONTROLE = "controle"
    BESLUITVORMING = "besluitvorming"
    AFSTEMMING = "afstemming"
    ACTIVERING = "activering"


class MeetingDomain(enum.Enum):
    """The domain a meeting belongs to."""

    ZORG = "zorg"
    VEILIGHEID = "veiligheid"
    SOCIAAL = "sociaal domein"
    INTEGRAAL = "zorg en veiligheid"


class Decision(enum.Enum):
    """What the region decides about a meeting after the five golden questions."""

    BEHOUDEN = "behouden"
    SCHRAPPEN = "schrappen"
    AANPASSEN = "aanpassen"
    AANSLUITEN = "aansluiten"
    NIEUW = "nieuw starten"


class JoinForm(enum.Enum):
    """The form of joining a meeting (golden question 3)."""

    INFORMEREN = "informeren"
    AFSTEMMEN = "afstemmen"
    GOEDKEURING = "goedkeuring"
    SAMENWERKING = "samenwerking"


class LinkKind(enum.Enum):
    """How one meeting relates to another."""

    FEEDS = "voedt"
    REPORTS = "rapporteert aan"


TASK_LABELS = {t: t.value.capitalize() for t in MeetingTask}
DOMAIN_LABELS = {MeetingDomain.ZORG: "Zorg", MeetingDomain.VEILIGHEID: "Veiligheid",
                 MeetingDomain.SOCIAAL: "Sociaal domein",
                 MeetingDomain.INTEGRAAL: "Zorg en veiligheid"}
LEVEL_LABELS = {lv: lv.value.capitalize() for lv in Level}
DECISION_LABELS = {Decision.BEHOUDEN: "Behouden", Decision.SCHRAPPEN: "Schrappen",
                   Decision.AANPASSEN: "Aanpassen", Decision.AANSLUITEN: "Aansluiten",
                   Decision.NIEUW: "Nieuw starten"}
JOIN_LABELS = {j: j.value.capitalize() for j in JoinForm}
LINK_LABELS = {LinkKind.FEEDS: "voedt", LinkKind.REPORTS: "rapporteert aan"}

#: The five golden questions of §2.3 step 4, verbatim, with the toolbox's hints. The second
#: is about the whole inventory (stored on :class:`MeetingReview`); the others per meeting.
GOLDEN_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("answer_needed", "Zijn al deze overleggen nodig?",
     "Waarom zijn ze wel/niet nodig? Inhoudelijke urgentie, frequentie en aantal, gebrek aan "
     "overzicht/span of control, kwaliteit, voorbereidingstijd, samenstelling, andere "
     "zaken...?"),
    ("answer_missing", "Missen we nog overleggen op belangrijke thema's?", ""),
    ("answer_join", "Bij welke overleggen willen we aansluiten voor informeren, afstemmen, "
     "goedkeuring of samenwerking?",
     "Belang van de overleggen, personen in de overleggen, focus en doel van de overleggen. "
     "Wat levert het ons op? Welke vorm van aansluiting willen we?"),
    ("answer_influence", "Op welke overleggen kunnen we invloed uitoefenen?",
     "Is het bijvoorbeeld mogelijk om overbodige overleggen te schrappen?"),
    ("answer_result", "Bereiken we het beste resultaat met de overleggen die overblijven?", ""),
)

#: The details of a change (§2.3 step 5, the tips): (attribute, Dutch label, hint).
CHANGE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("less_well", "Wat is minder goed aan dit overleg?", ""),
    ("ideal", "Gewenste ideale situatie",
     "Minder tijdsinvestering, andere focus, hogere kwaliteit, meer integraliteit etc."),
    ("causes", "Oorzaken van de huidige situatie", ""),
    ("willingness", "Bereidheid van partijen om aan te passen", ""),
    ("change_by", "Wie past het overleg aan?", ""),
    ("partner_burden", "Gevolgen voor ketenpartners",
     "Het is voor ketenpartners niet altijd mogelijk om op nieuwe, andere of meer overleggen "
     "in verschillende gemeenten aan te sluiten."),
)


class Meeting(Record, Base):
    """A meeting (overleg) of the region, with the golden questions and the decision."""

    __tablename__ = "meeting"
    __label__ = "overleg"

    name: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    purpose: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    task: Mapped[MeetingTask | None] = mapped_column(EnumText(MeetingTask), default=None,
                                                     info={"share": Share.KEEP})
    #: Meeting moments per year.
    frequency: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})
    level: Mapped[Level | None] = mapped_column(EnumText(Level), default=None,
                                                info={"share": Share.KEEP})
    domain: Mapped[MeetingDomain | None] = mapped_column(EnumText(MeetingDomain), default=None,
                                                         info={"share": Share.KEEP})
    #: Themes or tasks with their legal basis, one a line ("Vrouwenopvang (Wmo)").
    legal_tasks: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    x: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    y: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    # The golden questions that apply per meeting.
    answer_needed: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    answer_join: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    answer_influence: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    answer_result: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    # The decision and the change.
    decision: Mapped[Decision | None] = mapped_column(EnumText(Decision), default=None,
                                                      info={"share": Share.KEEP})
    join_form: Mapped[JoinForm | None] = mapped_column(EnumText(JoinForm), default=None,
                                                       info={"share": Share.KEEP})
    #: Meeting moments per year after the decision (None: as now).
    frequency_after: Mapped[int | None] = mapped_column(Integer, default=None,
                                                        info={"share": Share.KEEP})
    less_well: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    ideal: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    causes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    willingness: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    change_by: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    partner_burden: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})


class MeetingParticipant(Record, Base):
    """Who takes part in a meeting: a person and/or organisation of the region, or a name."""

    __tablename__ = "meeting_participant"
    __label__ = "deelnemer"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    #: For someone not in the file ("Wethouders sociaal domein van de gemeenten").
    name: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.PLAYER})
    #: The seat at the table ("voorzitter", "secretaris", "lid").
    role: Mapped[str] = mapped_column(String(120), default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_meeting_participant_meeting", "meeting_id"),)


class MeetingTheme(Record, Base):
    """That a meeting deals with a theme of the region (stable id per meeting and theme)."""

    __tablename__ = "meeting_theme"
    __label__ = "thema van een overleg"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), info={"share": Share.KEEP})
    theme_id: Mapped[str] = mapped_column(ForeignKey("theme.id"), info={"share": Share.KEEP})

    __table_args__ = (Index("ix_meeting_theme_meeting", "meeting_id"),)


class MeetingLink(Record, Base):
    """One meeting feeds into, or reports to, another."""

    __tablename__ = "meeting_link"
    __label__ = "verbinding"

    source_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), info={"share": Share.KEEP})
    target_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), info={"share": Share.KEEP})
    kind: Mapped[LinkKind] = mapped_column(EnumText(LinkKind), default=LinkKind.FEEDS,
                                           info={"share": Share.KEEP})

    __table_args__ = (Index("ix_meeting_link_source", "source_id"),
                      Index("ix_meeting_link_target", "target_id"))


class MeetingReview(Record, Base):
    """The inventory as a whole (one row per file): golden question 2 and the call rounds."""

    __tablename__ = "meeting_review"
    __label__ = "inventarisatie"

    answer_missing: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: Months between two call rounds (the toolbox: every half year).
    interval_months: Mapped[int] = mapped_column(Integer, default=6, info={"share": Share.KEEP})


class MeetingRound(Record, Base):
    """A call round of the review routine: when, by which municipality, and whether done."""

    __tablename__ = "meeting_round"
    __label__ = "belronde"

    planned_on: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                    info={"share": Share.KEEP})
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"),
                                                        default=None, info={"share": Share.KEEP})
    done: Mapped[bool] = mapped_column(Boolean, default=False, info={"share": Share.KEEP})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})


#: Every kind of this module (for the instrument spec and change notices).
KINDS = ("meeting", "meeting_participant", "meeting_theme", "meeting_link", "meeting_review",
         "meeting_round")

from zvdesk.models.overleg import ops as _ops  # noqa: E402,F401  (registers validators)
