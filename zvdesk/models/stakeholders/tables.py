"""Stakeholder- en krachtenveldanalyse (toolbox 2.1): players, relations, next step, strategy.

The tables of the instrument and the pure rules of its communication strategy. Model
functions live in :mod:`zvdesk.models.stakeholders.ops`, the read API in
:mod:`zvdesk.models.stakeholders.read`, the circle geometry in
:mod:`zvdesk.models.stakeholders.geometry`.

Communication strategy (the template "Stakeholderanalyse en communicatie" of seed 003):
influence (mate van invloed) and interest (mate van belang) each on five levels 1…5; the score
is their product (High × Very high = 4 × 5 = 20). The strategy follows from the
influence/interest grid, split at level 4 ("hoog") on both axes:

=====================  ==================  ==================
                       belang < hoog       belang ≥ hoog
=====================  ==================  ==================
invloed ≥ hoog         gehoord worden      betrekken
invloed < hoog         inlichten           informeren
=====================  ==================  ==================

So the scale runs from *inlichten* (low on both) via *informeren* (high interest) and
*gehoord worden* (high influence) to *betrekken* (high on both). The user may override the
suggested strategy per player; ``strategy`` then holds the choice.
"""

from __future__ import annotations

import enum

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, Record
from zvdesk.models.core.sharing.personal import Share


class Ring(enum.Enum):
    """Where a player stands around the project."""

    DIRECT = "direct"  # cirkel 1: directe invloed op het project (en het project op hen)
    INDIRECT = "indirect"  # cirkel 2: indirecte invloed
    OUTSIDE = "buiten"  # buiten de cirkels: (nog) geen invloed


class Attitude(enum.Enum):
    """A player's opinion of the project (the colour of the token)."""

    RED = "rood"  # niet tevreden / niet aangehaakt
    BLUE = "blauw"  # mening niet gevormd
    GREEN = "groen"  # tevreden / aangehaakt


class RelationKind(enum.Enum):
    """How two players get on."""

    GOOD = "goed"
    BAD = "slecht"


class Strategy(enum.Enum):
    """How to communicate with a player, from least to most involvement."""

    INFORM_PASSIVE = "inlichten"
    INFORM = "informeren"
    CONSULT = "gehoord_worden"
    INVOLVE = "betrekken"


#: The five levels of influence and interest (the template's Insignificant … Very high).
LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
LEVEL_LABELS: dict[int, str] = {1: "Verwaarloosbaar", 2: "Klein", 3: "Gemiddeld", 4: "Hoog",
                                5: "Zeer hoog"}
#: Column info of the 1…5 scales: the safe opener refuses a file with a value outside it.
_SCALE = {"domain": (LEVELS[0], LEVELS[-1])}
#: The strategy that follows the score (influence × interest, 1–25), lowest score first.
#: Toolbox 003 §2.1: "Hoe hoger de score, hoe meer de stakeholder betrokken moet worden",
#: from inlichten to betrekken. The bands themselves are ZV Desk's proposal (help text).
STRATEGY_BANDS: tuple[tuple[int, Strategy], ...] = (
    (1, Strategy.INFORM_PASSIVE),   # 1–4
    (5, Strategy.INFORM),           # 5–9
    (10, Strategy.CONSULT),         # 10–15
    (16, Strategy.INVOLVE),         # 16–25
)

RING_LABELS: dict[Ring, str] = {Ring.DIRECT: "Directe invloed", Ring.INDIRECT: "Indirecte invloed",
                                Ring.OUTSIDE: "Buiten de cirkels"}
ATTITUDE_LABELS: dict[Attitude, str] = {
    Attitude.RED: "Rood: niet tevreden / niet aangehaakt",
    Attitude.BLUE: "Blauw: mening nog niet gevormd",
    Attitude.GREEN: "Groen: tevreden / aangehaakt",
}
#: The colour-independent cue of each attitude (also printed in reports).
ATTITUDE_SYMBOLS: dict[Attitude, str] = {Attitude.RED: "✗", Attitude.BLUE: "?",
                                         Attitude.GREEN: "✓"}
RELATION_LABELS: dict[RelationKind, str] = {RelationKind.GOOD: "Goede relatie",
                                            RelationKind.BAD: "Slechte relatie"}
STRATEGY_LABELS: dict[Strategy, str] = {
    Strategy.INFORM_PASSIVE: "Inlichten",
    Strategy.INFORM: "Informeren",
    Strategy.CONSULT: "Gehoord worden",
    Strategy.INVOLVE: "Betrekken",
}
STRATEGY_HINTS: dict[Strategy, str] = {
    Strategy.INFORM_PASSIVE: "Op de hoogte houden met algemene berichten; weinig inspanning.",
    Strategy.INFORM: "Actief en regelmatig informeren over voortgang en besluiten.",
    Strategy.CONSULT: "Mening vragen op de momenten die ertoe doen; tevreden houden.",
    Strategy.INVOLVE: "Nauw betrekken bij de invulling van het project; samen beslissen.",
}


def score(influence: int | None, interest: int | None) -> int | None:
    """The template's score: influence × interest, or None while either is not filled in."""
    if influence is None or interest is None:
        return None
    return influence * interest


def strategy_for_score(value: int) -> Strategy:
    """The strategy of a score: the higher the score, the closer the involvement."""
    chosen = STRATEGY_BANDS[0][1]
    for lowest, strategy in STRATEGY_BANDS:
        if value >= lowest:
            chosen = strategy
    return chosen


def suggested_strategy(influence: int | None, interest: int | None) -> Strategy | None:
    """The strategy that follows the score (:data:`STRATEGY_BANDS`), None while unscored."""
    value = score(influence, interest)
    return None if value is None else strategy_for_score(value)


class Stakeholder(Record, Base):
    """A player in a project's stakeholder analysis.

    Linked to a person and/or organisation of the region, or only a free-text ``name``. When
    the linked person or organisation is deleted the player stays, with the name kept as
    free text (see :mod:`zvdesk.models.stakeholders.ops`). ``x``/``y`` are unit
    coordinates around the project (centre 0, 0; the outer edge of the map at radius 1).
    """

    __tablename__ = "stakeholder"
    __label__ = "speler"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    initials: Mapped[str] = mapped_column(String(8), default="", info={"share": Share.KEEP})
    ring: Mapped[Ring] = mapped_column(EnumText(Ring), default=Ring.DIRECT,
                                       info={"share": Share.KEEP})
    x: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    y: Mapped[float] = mapped_column(Float, default=0.0, info={"share": Share.KEEP})
    attitude: Mapped[Attitude] = mapped_column(EnumText(Attitude), default=Attitude.BLUE,
                                               info={"share": Share.KEEP})
    notes: Mapped[str] = mapped_column(Text, default="", info={"share": Share.NOTE})
    influence: Mapped[int | None] = mapped_column(Integer, default=None,
                                                  info={"share": Share.KEEP, **_SCALE})
    interest: Mapped[int | None] = mapped_column(Integer, default=None,
                                                 info={"share": Share.KEEP, **_SCALE})
    strategy: Mapped[Strategy | None] = mapped_column(EnumText(Strategy), default=None,
                                                      info={"share": Share.KEEP})
    actions: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    medium: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    frequency: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    owner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                        info={"share": Share.KEEP})

    __table_args__ = (Index("ix_stakeholder_project", "project_id"),)


class StakeholderRelation(Record, Base):
    """A relation between two players of one project (an arrow from source to target)."""

    __tablename__ = "stakeholder_relation"
    __label__ = "relatie"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    source_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"), info={"share": Share.KEEP})
    target_id: Mapped[str] = mapped_column(ForeignKey("stakeholder.id"), info={"share": Share.KEEP})
    kind: Mapped[RelationKind] = mapped_column(EnumText(RelationKind), default=RelationKind.GOOD,
                                               info={"share": Share.KEEP})
    note: Mapped[str] = mapped_column(Text, default="", info={"share": Share.NOTE})

    __table_args__ = (Index("ix_stakeholder_relation_project", "project_id"),)


class StakeholderNextStep(Record, Base):
    """Step 4 of the analysis: what the next step is, one text per project."""

    __tablename__ = "stakeholder_next_step"
    __label__ = "volgende stap"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    text: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_stakeholder_next_step_project", "project_id"),)


# Validators, delete hooks and the counter register when the tables are loaded.
from zvdesk.models.stakeholders import ops as _rules  # noqa: E402, F401
