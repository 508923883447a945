"""Toolbox deel 2 "Werkvormen digitale samenwerkingssessies": a session and what it produced.

A session of a project has a date, its participants (the region's people by id, or a free-text
name for someone not in the file), a checklist of the toolbox's tips and an agenda of work
forms with durations. Each agenda item records its results as entries: a vote (groen, geel,
rood, with the doubt), a duo of a belronde, an answer in bedenktijd, the words of a
woordenwolk, a point under one of the six hats, a member of a subgroup (vissenkom, mystery
guest). Which fields an entry uses depends on the work form (see :mod:`.catalogue`).

A vote has a deterministic id (UUID 5 of item and participant), so that two copies that record
the same person's vote merge into one row.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, ISODate, Record
from zvdesk.models.core.sharing.personal import Share

#: Namespace of the deterministic ids of this module (never change it: ids live in files).
_ID_NAMESPACE = uuid.UUID("b1f4a0c2-6a51-4d2e-9e7a-40c2e5a91742")


def stable_id(*parts: str) -> str:
    """Returns the deterministic id of a row that is identified by what it is about."""
    return str(uuid.uuid5(_ID_NAMESPACE, ":".join(parts)))


class WvSession(Record, Base):
    """A (digital) session of a project, planned as an agenda of work forms."""

    __tablename__ = "wv_session"
    __label__ = "sessie"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    title: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    held_on: Mapped[date | None] = mapped_column(ISODate, default=None,
                                                 info={"share": Share.KEEP})
    goal: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The keys of the ticked tips of the checklist, comma-separated (catalogue keys).
    tips_done: Mapped[str] = mapped_column(String(400), default="", info={"share": Share.KEEP})
    outcome: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_wv_session_project", "project_id"),)


class WvParticipant(Record, Base):
    """Someone taking part in a session: a person of the region, or a free-text name."""

    __tablename__ = "wv_participant"
    __label__ = "deelnemer"

    session_id: Mapped[str] = mapped_column(ForeignKey("wv_session.id"),
                                            info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None,
                                                  info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_wv_participant_session", "session_id"),)


class WvItem(Record, Base):
    """An agenda item: one work form with its question (or proposal) and duration."""

    __tablename__ = "wv_item"
    __label__ = "agendapunt"

    session_id: Mapped[str] = mapped_column(ForeignKey("wv_session.id"),
                                            info={"share": Share.KEEP})
    #: The work form (a key of the catalogue).
    form_key: Mapped[str] = mapped_column(String(40), default="", info={"share": Share.KEEP})
    #: The question, proposal or prompt shown on the screen.
    question: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    minutes: Mapped[int] = mapped_column(Integer, default=10, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})
    #: What came out: the decision taken, what is done with the input.
    outcome: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_wv_item_session", "session_id"),)


class WvEntry(Record, Base):
    """One result of an agenda item (a vote, an answer, words, a hat's point, a group member)."""

    __tablename__ = "wv_entry"
    __label__ = "resultaat"

    item_id: Mapped[str] = mapped_column(ForeignKey("wv_item.id"), info={"share": Share.KEEP})
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("wv_participant.id"),
                                                       default=None, info={"share": Share.KEEP})
    #: Someone not among the participants (a mystery guest from outside).
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    #: The colour, hat or role (a category key of the work form), or "".
    category: Mapped[str] = mapped_column(String(20), default="", info={"share": Share.KEEP})
    #: The idea a hat's point is about (denkhoeden).
    subject: Mapped[str] = mapped_column(String(300), default="", info={"share": Share.TEXT})
    #: The doubt, answer, words, point or a group's position.
    text: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    #: The duo or subgroup number (belronde, vissenkom, mystery guest, hats in pairs).
    group_no: Mapped[int] = mapped_column(Integer, default=0, info={"share": Share.KEEP})
    sort_order: Mapped[int] = mapped_column(default=0, info={"share": Share.KEEP})

    __table_args__ = (Index("ix_wv_entry_item", "item_id"),)


#: The kinds of this instrument (a tab refreshes when one of them changes).
KINDS = ("wv_session", "wv_participant", "wv_item", "wv_entry")

from zvdesk.models.werkvormen import ops as _ops  # noqa: E402,F401  registrations
