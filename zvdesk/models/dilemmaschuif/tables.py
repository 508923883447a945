"""Toolbox §3.1 "Dilemmaschuif": a dilemma between two values and where everyone stands.

"Dilemma = keuze tussen twee waarden, die beide waardevol zijn, maar elkaar ook (deels)
uitsluiten." Per project any number of dilemmas; each has the two values at the ends of the
line, the way it is done (everyone draws their own slider, or "1 grote schuif aan de muur"),
and the outcome: a choice, or how the group will relate to the dilemma ("Een dilemma kun je
niet oplossen. Je kunt je er wel 'toe verhouden'."). Per participant a position on the line
and the explanation of "wat maakt dat ze meer naar links of naar rechts zitten", optionally
their order of values (the "waardenhiërarchie").

The toolbox gives no scale; the line runs from 0 (entirely the left value) to 100 (entirely the
right value), 50 in the middle. Model functions are in :mod:`zvdesk.models.dilemmaschuif.ops`.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share

#: The ends and the middle of the line.
LINE_MIN, LINE_MIDDLE, LINE_MAX = 0, 50, 100


class Mode(enum.Enum):
    """How the group uses the slider (toolbox §3.1 "Hoe doe je dit?")."""

    INDIVIDUAL = "individueel"  # everyone draws their own slider and places it
    WALL = "muur"  # one big slider on the wall, discussed in small groups


class Outcome(enum.Enum):
    """What the group did with the dilemma."""

    CHOICE = "keuze"  # "Kom op die manier samen tot een keuze."
    RELATE = "verhouden"  # the group relates to it ("je er wel 'toe verhouden'")


MODE_LABELS = {Mode.INDIVIDUAL: "Ieder een eigen schuif",
               Mode.WALL: "Eén grote schuif aan de muur"}
OUTCOME_LABELS = {Outcome.CHOICE: "Keuze gemaakt",
                  Outcome.RELATE: "We verhouden ons ertoe"}


class Dilemma(Record, Base):
    """A dilemma of a project: two values at the ends of the line, and what came of it."""

    __tablename__ = "dilemma"
    __label__ = "dilemma"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    left_value: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    right_value: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    mode: Mapped[Mode] = mapped_column(EnumText(Mode), default=Mode.INDIVIDUAL, info={"share": Share.KEEP})
    session_date: Mapped[date | None] = mapped_column(ISODate, default=None, info={"share": Share.KEEP})
    #: "Welke waarden spelen er nog meer?"
    other_values: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    outcome_kind: Mapped[Outcome | None] = mapped_column(EnumText(Outcome), default=None, info={"share": Share.KEEP})
    #: The choice made, or how the group will relate to the dilemma.
    outcome: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: Where the group's choice lies on the line (0–100), if it is a point on it.
    chosen_position: Mapped[int | None] = mapped_column(Integer, default=None, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_dilemma_project", "project_id"),)


class DilemmaPosition(Record, Base):
    """Where one participant places the slider, and why.

    Who: a person of the region (one record, not a copy), or a free-text name.
    """

    __tablename__ = "dilemma_position"
    __label__ = "positie"

    dilemma_id: Mapped[str] = mapped_column(ForeignKey("dilemma.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    position: Mapped[int] = mapped_column(Integer, default=LINE_MIDDLE, info={"share": Share.KEEP})
    explanation: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The participant's order of values (their "waardenhiërarchie").
    value_order: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_dilemma_position_dilemma", "dilemma_id"),)


DILEMMA = Dilemma.__tablename__
POSITION = DilemmaPosition.__tablename__
#: Every kind of this instrument (for the tab spec and change notices).
KINDS = (DILEMMA, POSITION)

from zvdesk.models.dilemmaschuif import ops as _ops  # noqa: E402,F401  (registers rules)
