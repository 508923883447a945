"""Generic model functions on records: create, update, delete (tombstone), list, validate.

Every function takes a session inside :meth:`Document.write` and changes ORM objects only, so
that the edit layer can stamp and record what changed. Validation messages are Dutch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS, Record, new_id, utcnow
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.limits import length_problems
from zvdesk.models.core.schema import record_class

Values = dict[str, Any]
Validator = Callable[[Session, Record], list[str]]

#: Extra checks per kind, beyond lengths and types: ``kind -> [validator]``. A validator
#: returns Dutch messages (empty when all is well). Instruments register their own.
VALIDATORS: dict[str, list[Validator]] = {}
#: What else must change when a record of a kind is deleted: ``kind -> [hook]``; a hook gets
#: the session and the record being deleted and changes related records (as one edit).
DELETE_HOOKS: dict[str, list[Callable[[Session, Record], None]]] = {}


def validator(kind: str) -> Callable[[Validator], Validator]:
    """Registers a validator for a kind."""

    def register(fn: Validator) -> Validator:
        VALIDATORS.setdefault(kind, []).append(fn)
        return fn

    return register


def on_delete(kind: str) -> Callable:
    """Registers a delete hook for a kind."""

    def register(fn: Callable[[Session, Record], None]) -> Callable:
        DELETE_HOOKS.setdefault(kind, []).append(fn)
        return fn

    return register


def validate(session: Session, obj: Record) -> None:
    """Raises :class:`ValidationError` with all Dutch messages for an invalid record."""
    problems = length_problems(obj)
    for check in VALIDATORS.get(obj.__tablename__, []):
        problems.extend(check(session, obj))
    if problems:
        raise ValidationError(" ".join(dict.fromkeys(problems)))


def _editable(cls: type[Record], values: Values) -> Values:
    columns = {attr.key for attr in inspect(cls).column_attrs} - BOOKKEEPING_COLUMNS
    unknown = set(values) - columns
    if unknown:
        raise KeyError(f"unknown fields for {cls.__tablename__}: {sorted(unknown)}")
    return values


def create_record(session: Session, kind: str, values: Values | None = None,
                  record_id: str | None = None) -> str:
    """Creates a record and returns its id."""
    cls = record_class(kind)
    obj = cls(**_editable(cls, dict(values or {})))
    obj.id = record_id or new_id()
    validate(session, obj)
    session.add(obj)
    session.flush()
    return obj.id


def get_live(session: Session, kind: str, record_id: str) -> Record:
    """Returns a record that is not deleted; raises ValidationError when it is gone."""
    obj = session.get(record_class(kind), record_id)
    if obj is None or obj.deleted_at is not None:
        label = record_class(kind).__label__
        raise ValidationError(f"Deze {label} bestaat niet meer (misschien al verwijderd).")
    return obj


def update_record(session: Session, kind: str, record_id: str, values: Values) -> None:
    """Changes fields of a record, after validating the result."""
    obj = get_live(session, kind, record_id)
    for key, value in _editable(type(obj), values).items():
        setattr(obj, key, value)
    validate(session, obj)


def delete_records(session: Session, kind: str, ids: Iterable[str]) -> None:
    """Marks records as deleted (tombstones) and runs the kind's delete hooks."""
    now = utcnow()
    for record_id in ids:
        obj = session.get(record_class(kind), record_id)
        if obj is None or obj.deleted_at is not None:
            continue
        for hook in DELETE_HOOKS.get(kind, []):
            hook(session, obj)
        obj.deleted_at = now


def live(kind: str, order_by: str | None = None):  # noqa: ANN201 - a Select
    """Returns a SELECT of the live (not deleted) records of a kind."""
    cls = record_class(kind)
    stmt = select(cls).where(cls.deleted_at.is_(None))
    if order_by:
        stmt = stmt.order_by(getattr(cls, order_by))
    return stmt


def list_live(session: Session, kind: str, order_by: str | None = None) -> list[Record]:
    """Returns the live records of a kind."""
    return list(session.scalars(live(kind, order_by)))
