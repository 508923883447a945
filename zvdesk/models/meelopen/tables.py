"""Toolbox §3.2 "Bij elkaar meelopen in de praktijk": meeloopdagen and uitwisselingstrajecten.

"Er zijn verschillende manieren hoe je een meeloopdag of uitwisselingstraject kan vormgeven.
Het verschil zit hem in intensiteit, duur en de persoon met wie je meeloopt." Per project the
file records each visit: its kind, the host organisation, the date (for an exchange its period,
e.g. "een half jaar"), the focus, who takes part and with whom each one walks along or swaps;
and after it the reflection: "wat jullie hebben gedaan, gezien en meegemaakt en wat dat
betekent voor jullie samenwerking". The rota follows "Laat iedere organisatie een dag
organiseren" (see :func:`zvdesk.models.meelopen.read.rota`).

Participants refer to the region's people (one record, not a copy), or carry a free-text name.
Model functions are in :mod:`zvdesk.models.meelopen.ops`.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zvdesk.models.core.base import Base, EnumText, ISODate, Record
from zvdesk.models.core.sharing.personal import Share


class VisitKind(enum.Enum):
    """The two forms of §3.2, from less to more intensive."""

    DAY = "meeloopdag"
    EXCHANGE = "uitwisselingstraject"


class VisitStatus(enum.Enum):
    """Where a visit stands."""

    PLANNED = "gepland"
    DONE = "gedaan"
    CANCELLED = "vervallen"


class Role(enum.Enum):
    """What a participant does in a visit."""

    GUEST = "loopt_mee"  # walks along (or swaps, in an exchange)
    HOST = "ontvangt"  # receives the others at the host organisation


KIND_LABELS = {VisitKind.DAY: "Meeloopdag", VisitKind.EXCHANGE: "Uitwisselingstraject"}
STATUS_LABELS = {VisitStatus.PLANNED: "Gepland", VisitStatus.DONE: "Gedaan",
                 VisitStatus.CANCELLED: "Vervallen"}
ROLE_LABELS = {Role.GUEST: "Loopt mee / wisselt", Role.HOST: "Ontvangt"}

#: The reflection after each visit (§3.2): field -> the question the tab and report ask.
REFLECTION = (
    ("reflection_done", "Wat hebben jullie gedaan?"),
    ("reflection_seen", "Wat hebben jullie gezien?"),
    ("reflection_experienced", "Wat hebben jullie meegemaakt?"),
    ("reflection_meaning", "Wat betekent dat voor jullie samenwerking?"),
)


class Visit(Record, Base):
    """A meeloopdag or an uitwisselingstraject of a project."""

    __tablename__ = "practice_visit"
    __label__ = "meeloopdag"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), info={"share": Share.KEEP})
    kind: Mapped[VisitKind] = mapped_column(EnumText(VisitKind), default=VisitKind.DAY, info={"share": Share.KEEP})
    host_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                             default=None, info={"share": Share.KEEP})
    visit_date: Mapped[date | None] = mapped_column(ISODate, default=None, info={"share": Share.KEEP})
    #: The last day of an exchange (empty for a single day).
    end_date: Mapped[date | None] = mapped_column(ISODate, default=None, info={"share": Share.KEEP})
    #: The period in words ("een half jaar").
    period: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.TEXT})
    focus: Mapped[str] = mapped_column(String(500), default="", info={"share": Share.TEXT})
    status: Mapped[VisitStatus] = mapped_column(EnumText(VisitStatus),
                                                default=VisitStatus.PLANNED, info={"share": Share.KEEP})
    reflection_done: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    reflection_seen: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    reflection_experienced: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})
    reflection_meaning: Mapped[str] = mapped_column(Text, default="", info={"share": Share.TEXT})

    __table_args__ = (Index("ix_practice_visit_project", "project_id"),)


class VisitParticipant(Record, Base):
    """Someone who takes part in a visit, and with whom they walk along or swap."""

    __tablename__ = "practice_visit_participant"
    __label__ = "deelnemer"

    visit_id: Mapped[str] = mapped_column(ForeignKey("practice_visit.id"), info={"share": Share.KEEP})
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})
    role: Mapped[Role] = mapped_column(EnumText(Role), default=Role.GUEST, info={"share": Share.KEEP})
    #: The person this participant walks along with, or swaps with in an exchange.
    partner_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None, info={"share": Share.KEEP})
    partner_name: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.PLAYER})

    __table_args__ = (Index("ix_practice_visit_participant_visit", "visit_id"),)


VISIT = Visit.__tablename__
PARTICIPANT = VisitParticipant.__tablename__
#: Every kind of this instrument (for the tab spec and change notices).
KINDS = (VISIT, PARTICIPANT)

from zvdesk.models.meelopen import ops as _ops  # noqa: E402,F401  (registers rules)
