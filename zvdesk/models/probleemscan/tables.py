"""Toolbox §1.1 "Probleemscan": the start questions of a project and the answers to them.

Per project: the eight questions of the toolbox (each switched on or off: "Je kan zelf een
selectie maken van de vragen die interessant zijn voor jouw project"), questions the
participants add themselves, each participant's answer to a question (a person of the region,
or a free-text name for someone not in the file) and per question the group's summary and a
one-line proposal ("in één zin wat de belangrijkste uitkomst is … en zo mogelijk een voorstel
voor het vervolg").

A standard question's row is made on its first edit, with a deterministic id (UUID 5 of the
project and the question key), so that two copies of a file that both edit it merge into one
row instead of two. Model functions are in :mod:`zvdesk.models.probleemscan.ops`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, Record
from zvdesk.models.core.sharing.personal import Share

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("3b6c0a52-1d2e-4f7b-8a11-0c5e9d1a1101")


def stable_id(*parts: str) -> str:
    """Returns the deterministic id of a row that is identified by what it is about."""
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(parts)))


@dataclass(frozen=True)
class StandardQuestion:
    """One question of the toolbox's probleemscan.

    Attributes:
        key: Stable identifier (stored in the file).
        text: The question, verbatim as the toolbox asks it.
        framing: Which of the toolbox's two framing questions it serves.
    """

    key: str
    text: str
    framing: str


WHY = "Waarom gaan we samenwerken?"
HOW = "Hoe gaan we samenwerken?"

#: The key of "Wat is een realistisch eindresultaat?": its summary can become the Doel of the
#: impact framework (toolbox §1.1 refers to §1.3 for it).
REALISTIC = "realistic"

#: The eight questions of §1.1 ("Inhoud van het project"), verbatim and in the toolbox's order.
STANDARD_QUESTIONS: tuple[StandardQuestion, ...] = (
    StandardQuestion("problem", "Wat is het probleem waarvoor samenwerking nodig is? Waarom?",
                     WHY),
    StandardQuestion("unsolved", "Waarom is het nog niet opgelost?", WHY),
    StandardQuestion("ideal", "Wat is het ideale eindresultaat?", WHY),
    StandardQuestion(REALISTIC, "Wat is een realistisch eindresultaat?", WHY),
    StandardQuestion("support", "Is er voldoende draagvlak vanuit jou(w organisatie) om aan de "
                     "slag te gaan met dit probleem (zowel in de uitvoering als op bestuurlijk "
                     "niveau)?", HOW),
    StandardQuestion("steps", "Welke stappen zijn er al ondernomen, en waarom werkten deze "
                     "wel/niet?", HOW),
    StandardQuestion("energy", "Waar zit de energie om dit aan te pakken?", HOW),
    StandardQuestion("no_energy", "Waar zit geen energie in de aanpak van dit probleem?", HOW),
)

STANDARD_BY_KEY = {q.key: q for q in STANDARD_QUESTIONS}


class ScanQuestion(Record, Base):
    """A question of a project's probleemscan, with the group's summary and proposal.

    A question of the toolbox has its ``question_key``; a question the participants added has
    an empty key and its own ``question`` text.
    """

    __tablename__ = "problemscan_question"
    __label__ = "vraag"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    question_key: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.KEEP})
    #: The text of a question of the participants' own (``question_key`` is "").
    question: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    #: Switched on for this project ("Je kan zelf een selectie maken").
    used: Mapped[bool] = mapped_column(Boolean, default=True, info={"share": Share.KEEP})
    summary: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    proposal: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_problemscan_question_project", "project_id"),)


class ScanAnswer(Record, Base):
    """What one participant answered to a question of the scan.

    Who: a person of the region (one record, not a copy), or a free-text name for someone who
    is not in the file.
    """

    __tablename__ = "problemscan_answer"
    __label__ = "antwoord"

    question_id: Mapped[str] = mapped_column(ForeignKey("problemscan_question.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    answer: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_problemscan_answer_question", "question_id"),)


QUESTION = ScanQuestion.__tablename__
ANSWER = ScanAnswer.__tablename__
#: Every kind of this instrument (for the tab spec and change notices).
KINDS = (QUESTION, ANSWER)

from zvdesk.models.probleemscan import ops as _ops  # noqa: E402,F401  (registers rules)
