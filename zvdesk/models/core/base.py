"""Declarative base, the columns every record carries, and the column types of the file."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from zvdesk.models.core.sharing.personal import Share


def new_id() -> str:
    """Returns a fresh record id (a random UUID as text)."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Returns the current time in UTC, with microseconds."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A UTC timestamp stored as ISO 8601 text with microseconds, e.g. 2026-11-22T21:40:00.123456Z.

    Text sorts chronologically and survives every SQLite tool; naive values are refused.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        # fromisoformat reads the trailing Z (Python >= 3.11) and is ~10x faster than strptime.
        return datetime.fromisoformat(value)


class ISODate(TypeDecorator):
    """A calendar date stored as ISO text (YYYY-MM-DD)."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Any) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Any) -> date | None:
        return None if value is None else date.fromisoformat(value)


class EnumText(TypeDecorator):
    """An enum stored by its stable string ``value`` (never by name or position)."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_class: type[enum.Enum], **kw: Any) -> None:
        super().__init__(**kw)
        self.enum_class = enum_class

    def process_bind_param(self, value: enum.Enum | str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Any) -> enum.Enum | None:
        return None if value is None else self.enum_class(value)


class Base(DeclarativeBase):
    """Base of every table in a .zvdb file."""


class Record:
    """Columns every row carries, so that two copies of a file can be merged.

    Every column, here and in each table, declares how a shared initials copy treats it
    (``info={"share": Share...}``, :mod:`zvdesk.models.core.sharing.personal`).

    ``id`` is a UUID that never changes; ``created_at``/``modified_at`` are UTC stamps set by the
    edit layer; a deleted row stays as a tombstone with ``deleted_at`` set.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id,
                                    info={"share": Share.KEEP})
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False,
                                                 info={"share": Share.KEEP})
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False,
                                                  info={"share": Share.KEEP})
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None,
                                                        info={"share": Share.KEEP})
    #: When each column last changed, as JSON ``{"column": "<UTC stamp>"}``; kept by the edit
    #: layer and used by merging (docs/MERGE.md) to tell which copy changed a field.
    field_stamps: Mapped[str] = mapped_column(Text, default="{}", nullable=False,
                                              info={"share": Share.KEEP})

    #: Dutch name of one record of this kind, for messages ("persoon").
    __label__ = "record"

    @property
    def is_deleted(self) -> bool:
        """True for a tombstone."""
        return self.deleted_at is not None


#: Columns managed by the edit layer, never copied by undo/redo or shown to users.
BOOKKEEPING_COLUMNS = frozenset({"id", "created_at", "modified_at", "field_stamps"})

LongText = Text
