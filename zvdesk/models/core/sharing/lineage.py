"""Which file is which, and when copies parted: the common state a merge starts from.

Every file has one live ``file_info`` row holding its own file id (a UUID; a shared copy gets a
new one). Every copy made for sharing leaves a ``lineage`` row (``kopie``: parent file id →
copy's file id, and the moment they parted) in the copy and, when it can be written, in the
original. Merges leave a ``samenvoegen`` row (for the record; it does not move the common
state, see docs/MERGE.md). Lineage rows are ordinary records and travel with every copy and
merge, so the union of both files' rows describes the family tree of copies.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from zvdesk.models.core.base import Base, EnumText, Record, UTCDateTime, new_id, utcnow
from zvdesk.models.core.sharing.personal import Share

#: Kinds a merge never copies from the other file (each file keeps its own identity).
NEVER_MERGED = frozenset({"file_info"})


class LineageEvent(enum.Enum):
    """What happened between two files."""

    COPY = "kopie"
    MERGE = "samenvoegen"


class FileInfo(Record, Base):
    """The identity of this file (one live row)."""

    __tablename__ = "file_info"
    __label__ = "bestandsidentiteit"

    file_id: Mapped[str] = mapped_column(String(36), default="", info={"share": Share.KEEP})
    name: Mapped[str] = mapped_column(String(260), default="", info={"share": Share.TEXT})


class Lineage(Record, Base):
    """One event in the sharing history of a file: a copy made, or a copy merged back."""

    __tablename__ = "lineage"
    __label__ = "deelgeschiedenis"

    event: Mapped[LineageEvent] = mapped_column(EnumText(LineageEvent), default=LineageEvent.COPY,
                                                info={"share": Share.KEEP})
    #: For a copy: the original; for a merge: the file that took the changes.
    file_id: Mapped[str] = mapped_column(String(36), default="", info={"share": Share.KEEP})
    file_name: Mapped[str] = mapped_column(String(260), default="", info={"share": Share.TEXT})
    #: For a copy: the copy; for a merge: the file whose changes were taken.
    partner_file_id: Mapped[str] = mapped_column(String(36), default="", info={"share": Share.KEEP})
    partner_name: Mapped[str] = mapped_column(String(260), default="", info={"share": Share.TEXT})
    #: When the copy was made (they parted) or the merge was done.
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False,
                                         info={"share": Share.KEEP})
    #: Dutch note for the history ("namen als initialen, met wachtwoord").
    note: Mapped[str] = mapped_column(String(200), default="", info={"share": Share.KEEP})


@dataclass(frozen=True)
class LineageFact:
    """A lineage row as plain data (from either file)."""

    id: str
    event: LineageEvent
    file_id: str
    partner_file_id: str
    at: datetime


def own_file_id(session: Session) -> str | None:
    """Returns this file's id, or None when it never got one (never shared)."""
    row = session.scalars(select(FileInfo).where(FileInfo.deleted_at.is_(None))
                          .order_by(FileInfo.created_at, FileInfo.id)).first()
    return row.file_id if row is not None and row.file_id else None


def ensure_file_id(session: Session, name: str = "", file_id: str | None = None) -> str:
    """Model function: gives the file an id (``file_id`` or a new one) when it has none.

    Returns:
        The file's id.
    """
    existing = own_file_id(session)
    if existing:
        return existing
    info = FileInfo(file_id=file_id or new_id(), name=name[:260])
    session.add(info)
    session.flush()
    return info.file_id


def set_own_file_id(session: Session, file_id: str, name: str = "") -> None:
    """Model function for a fresh copy: replaces the file id it inherited."""
    row = session.scalars(select(FileInfo).where(FileInfo.deleted_at.is_(None))
                          .order_by(FileInfo.created_at, FileInfo.id)).first()
    if row is None:
        session.add(FileInfo(file_id=file_id, name=name[:260]))
    else:
        row.file_id = file_id
        row.name = name[:260]
    session.flush()


def lineage_facts(session: Session) -> list[LineageFact]:
    """Returns the file's live lineage rows as plain data."""
    rows = session.scalars(select(Lineage).where(Lineage.deleted_at.is_(None)))
    return [LineageFact(r.id, r.event, r.file_id, r.partner_file_id, r.at) for r in rows]


def _departures(parents: dict[str, tuple[str, datetime]], start: str
                ) -> dict[str, datetime | None]:
    """For ``start`` and each ancestor (nearest first): when start's branch left it.

    ``None`` stands for "never left" (the file itself).
    """
    found: dict[str, datetime | None] = {start: None}
    node = start
    while node in parents:
        parent, when = parents[node]
        if parent in found:
            break  # a cycle (only in a manipulated file): stop
        found[parent] = when
        node = parent
    return found


def common_base(facts: list[LineageFact], mine: str | None, theirs: str | None
                ) -> datetime | None:
    """Returns when the two files last held the same content, or None when unknown.

    Copies form a family tree (each copy has one parent). The common state of two files is
    their nearest common ancestor as it was when the first of the two branches left it. A file
    compared with itself (or with a plain duplicate of it) has no known common state.
    """
    if not mine or not theirs or mine == theirs:
        return None
    parents = _parents(facts)
    up_mine = _departures(parents, mine)
    for node, left_theirs in _departures(parents, theirs).items():
        if node in up_mine:
            times = [t for t in (up_mine[node], left_theirs) if t is not None]
            return min(times) if times else None
    return None


def _parents(facts: list[LineageFact]) -> dict[str, tuple[str, datetime]]:
    parents: dict[str, tuple[str, datetime]] = {}
    for fact in sorted(facts, key=lambda f: (f.at, f.id)):
        if fact.event is LineageEvent.COPY and fact.partner_file_id not in parents:
            parents[fact.partner_file_id] = (fact.file_id, fact.at)
    return parents


def share_lineage(facts: list[LineageFact], mine: str | None, theirs: str | None) -> bool:
    """True when the two files belong to one family of copies (or are the same file).

    Two files are related when one descends from the other, they have a common ancestor, or
    either has already been merged with the other.
    """
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    parents = _parents(facts)
    if set(_departures(parents, mine)) & set(_departures(parents, theirs)):
        return True
    return any(f.event is LineageEvent.MERGE and {f.file_id, f.partner_file_id} == {mine, theirs}
               for f in facts)
