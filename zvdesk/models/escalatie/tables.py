"""Toolbox §2.4 "Aanpak Voorkomen Escalaties" (AVE): the phases of a project's regiekaart.

Per project the file records the phases of the escalation model (by default four: AVE 1,
green, to AVE 4, dark red) and, per phase, the agreements the toolbox asks for: the starting
situation, who holds casusregie and procesregie, the operational and administrative
responsibility, the criteria to scale up and down, the protocols and agreements in force and
the escalation route. "De termen in het model staan niet vast": the card's title and every
row label are the project's own (one :class:`AveCard` per project, with a deterministic id so
two copies that both rename a label merge into one card).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, Record
from zvdesk.models.core.sharing.personal import Share

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("0c5e2f54-8a61-4d0b-9c1e-24ae5c0e2404")


def card_id(project_id: str) -> str:
    """The deterministic id of a project's regiekaart (its title and row labels)."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"ave_card:{project_id}"))


@dataclass(frozen=True)
class Colour:
    """A phase colour: stable key (stored), Dutch name, fill and the text colour on it."""

    key: str
    name: str
    fill: str
    ink: str


#: The colours a phase can have; the number stays the second cue beside the colour.
COLOURS: tuple[Colour, ...] = (
    Colour("groen", "Groen", "#2e7d32", "#ffffff"),
    Colour("geel", "Geel", "#f2c318", "#1f2933"),
    Colour("oranje", "Oranje", "#e8730c", "#1f2933"),
    Colour("rood", "Rood", "#c62828", "#ffffff"),
    Colour("donkerrood", "Donkerrood", "#7b1414", "#ffffff"),
    Colour("blauw", "Blauw", "#1d4f91", "#ffffff"),
    Colour("grijs", "Grijs", "#6b7785", "#ffffff"),
)
COLOUR_BY_KEY = {c.key: c for c in COLOURS}


def colour(key: str) -> Colour:
    """The colour of a key; an unknown key (a newer file) is shown grey."""
    return COLOUR_BY_KEY.get(key, COLOUR_BY_KEY["grijs"])


#: The rows of the regiekaart: (attribute of a phase, default label). The label attribute of
#: :class:`AveCard` is ``label_<attribute>``.
ROWS: tuple[tuple[str, str], ...] = (
    ("starting_situation", "Uitgangssituatie"),
    ("case_direction", "Casusregie"),
    ("process_direction", "Procesregie"),
    ("operational_responsibility", "Operationele verantwoordelijkheid"),
    ("administrative_responsibility", "Bestuurlijke verantwoordelijkheid"),
    ("scale_up", "Criteria om op te schalen"),
    ("scale_down", "Criteria om af te schalen"),
    ("protocols", "Geldende protocollen en afspraken"),
    ("escalation_route", "Escalatieroute"),
)
ROW_LABELS = dict(ROWS)
DEFAULT_TITLE = "Regiekaart"


@dataclass(frozen=True)
class DefaultPhase:
    """A phase of the default model (the app's proposal; see the help text)."""

    number: int
    name: str
    colour: str
    starting_situation: str


#: The four phases offered as a start. The toolbox's own figure survives only as a caption:
#: AVE 1 (green, no problems or only suspicions) to AVE 4 (dark red, escalation) are its
#: extremes; the names and the middle phases are the app's proposal.
DEFAULT_PHASES: tuple[DefaultPhase, ...] = (
    DefaultPhase(1, "Geen zorgen of alleen vermoedens", "groen",
                 "Er zijn geen problemen, of alleen vermoedens van problemen."),
    DefaultPhase(2, "Zorgen", "geel",
                 "Er zijn problemen; de betrokken professional of organisatie pakt ze aan "
                 "binnen de eigen werkwijze."),
    DefaultPhase(3, "Complexe problematiek", "oranje",
                 "De problemen vragen om meerdere organisaties en om afstemming tussen hen; "
                 "de gewone aanpak werkt niet (meer)."),
    DefaultPhase(4, "Escalatie", "donkerrood",
                 "De situatie escaleert: er is (dreigend) gevaar voor de persoon of zijn "
                 "omgeving, of de samenwerking loopt vast en er is doorzettingsmacht nodig."),
)


class AveCard(Record, Base):
    """A project's regiekaart: its title and its own names for the rows."""

    __tablename__ = "ave_card"
    __label__ = "regiekaart"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    label_starting_situation: Mapped[str] = mapped_column(String(120), default="",
                                                          info={"share": Share.TEXT})
    label_case_direction: Mapped[str] = mapped_column(String(120), default="",
                                                      info={"share": Share.TEXT})
    label_process_direction: Mapped[str] = mapped_column(String(120), default="",
                                                         info={"share": Share.TEXT})
    label_operational_responsibility: Mapped[str] = mapped_column(
        String(120), default="", info={"share": Share.TEXT})
    label_administrative_responsibility: Mapped[str] = mapped_column(
        String(120), default="", info={"share": Share.TEXT})
    label_scale_up: Mapped[str] = mapped_column(String(120), default="",
                                                info={"share": Share.TEXT})
    label_scale_down: Mapped[str] = mapped_column(String(120), default="",
                                                  info={"share": Share.TEXT})
    label_protocols: Mapped[str] = mapped_column(String(120), default="",
                                                 info={"share": Share.TEXT})
    label_escalation_route: Mapped[str] = mapped_column(String(120), default="",
                                                        info={"share": Share.TEXT})

    __table_args__ = (Index("ix_ave_card_project", "project_id"),)


class AvePhase(Record, Base):
    """One phase of the escalation model with the agreements that hold in it."""

    __tablename__ = "ave_phase"
    __label__ = "fase"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    number: Mapped[int] = mapped_column(Integer, default=1, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    colour: Mapped[str] = mapped_column(String(20), default="grijs", info={"share": Share.KEEP})
    starting_situation: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    case_direction: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    process_direction: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    operational_responsibility: Mapped[str] = mapped_column(Text, default="",
                                                            info={"share": Share.TEXT})
    administrative_responsibility: Mapped[str] = mapped_column(Text, default="",
                                                               info={"share": Share.TEXT})
    scale_up: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    scale_down: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    protocols: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: Where an escalation goes in this phase, in words ("het RBO Zorg en Veiligheid").
    escalation_route: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The region's meeting (§2.3) an escalation goes to in this phase, if it is in the file:
    #: one record, referred to, not a copy of its name.
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None,
                                                   info={"share": Share.KEEP})

    __table_args__ = (Index("ix_ave_phase_project", "project_id"),)


#: Every kind of this module (for the instrument spec and change notices).
KINDS = ("ave_card", "ave_phase")

from zvdesk.models.escalatie import ops as _ops  # noqa: E402,F401  (registers validators)
