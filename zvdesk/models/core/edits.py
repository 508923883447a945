"""Recording what a write changed, so that every edit can be undone and redone.

A model function runs inside :meth:`Document.write`. A session listener stamps every new or
changed record (``created_at``/``modified_at``) and notes each row's values before and after.
Undo puts the "before" values back (a row the edit created becomes a tombstone); redo puts the
"after" values back. Both are plain model functions that run in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS, Record, UTCDateTime, new_id, utcnow
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.errors import ValidationError
from zvdesk.models.core.limits import length_problems
from zvdesk.models.core.schema import record_class

Values = dict[str, Any]


@dataclass
class RowChange:
    """One row's values before and after an edit (``before`` is None for a new row)."""

    kind: str
    id: str
    before: Values | None
    after: Values


@dataclass
class Edit:
    """Everything one write changed, in the order the rows were first touched."""

    rows: list[RowChange] = field(default_factory=list)

    def changes(self) -> Changes:
        """Returns the change notice of this edit."""
        notice = Changes()
        for row in self.rows:
            notice.add(row.kind, row.id)
        return notice

    def __bool__(self) -> bool:
        return bool(self.rows)


def column_values(obj: Record) -> Values:
    """Returns the editable column values of a record (no id or stamps)."""
    mapper = inspect(obj).mapper
    return {
        attr.key: getattr(obj, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in BOOKKEEPING_COLUMNS
    }


def _old_values(obj: Record) -> Values:
    state = inspect(obj)
    values: Values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING_COLUMNS:
            continue
        hist = state.attrs[attr.key].history
        if hist.deleted:
            values[attr.key] = hist.deleted[0]
        elif hist.unchanged:
            values[attr.key] = hist.unchanged[0]
        else:
            values[attr.key] = getattr(obj, attr.key)
    return values


#: In ``field_stamps``, ``"~column": file id`` marks a value a merge took unchanged from
#: that file (docs/MERGE.md); any edit of the column removes the mark.
ORIGIN_PREFIX = "~"
#: In ``field_stamps``, ``"^column": "stamp stamp …"`` lists earlier versions of the column
#: (by their stamps, newest first) that the current value was made from, so a merge can tell a
#: value that replaced one it saw from a concurrent edit (docs/MERGE.md). Kept inside the
#: existing JSON column: the file format does not change.
ANCESTORS_PREFIX = "^"
#: How many earlier versions a field remembers (a forgotten one only means a question more).
MAX_ANCESTORS = 8


def read_ancestors(stamps: dict[str, str], name: str) -> list[str] | None:
    """The earlier versions a field's value was made from, or None when none were recorded."""
    text = stamps.get(ANCESTORS_PREFIX + name)
    return None if text is None else text.split()


def join_ancestors(*groups: list[str] | None) -> str:
    """Ancestor stamps as stored: unique, in the given order, at most :data:`MAX_ANCESTORS`.

    The newest entries are kept, plus the two oldest (usually the version both copies had
    when they parted).
    """
    seen: list[str] = []
    for group in groups:
        for stamp in group or ():
            if stamp and stamp not in seen:
                seen.append(stamp)
    if len(seen) > MAX_ANCESTORS:
        seen = seen[:MAX_ANCESTORS - 2] + seen[-2:]
    return " ".join(seen)


def read_stamps(text: str | None) -> dict[str, str]:
    """Parses a ``field_stamps`` value; anything malformed counts as no stamps."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _stamp_fields(obj: Record, now: Any, *, new: bool) -> None:
    """Sets ``field_stamps`` of the columns this flush changes (merging reads them).

    A model function that sets ``field_stamps`` itself (a merge carrying the other copy's
    stamps) is left alone.
    """
    state = inspect(obj)
    if "field_stamps" not in state.mapper.column_attrs:
        return
    if new:
        if obj.field_stamps not in (None, ""):
            return
        stamps: dict[str, str] = {}
        changed = [a.key for a in state.mapper.column_attrs]
    else:
        if state.attrs["field_stamps"].history.has_changes():
            return
        stamps = read_stamps(obj.field_stamps)
        changed = [a.key for a in state.mapper.column_attrs
                   if state.attrs[a.key].history.has_changes()]
    stamp_type = UTCDateTime()
    text = stamp_type.process_bind_param(now, None)
    old_modified = None if new else stamp_type.process_bind_param(
        state.attrs["modified_at"].history.deleted[0]
        if state.attrs["modified_at"].history.deleted else obj.modified_at, None)
    for key in changed:
        if key not in BOOKKEEPING_COLUMNS:
            if not new:
                # the version this edit replaces (and what it was made from) stays known
                previous = stamps.get(key) or old_modified
                stamps[ANCESTORS_PREFIX + key] = join_ancestors(
                    [previous] if previous else [], read_ancestors(stamps, key))
            stamps[key] = text
            stamps.pop(ORIGIN_PREFIX + key, None)  # a merge's "taken from" mark no longer holds
    obj.field_stamps = json.dumps(stamps, sort_keys=True, separators=(",", ":"))


def _refuse_overlong(session: Session) -> None:
    """No write stores a text longer than its column: the safe opener would refuse the file."""
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Record):
            problems = length_problems(obj)
            if problems:
                raise ValidationError(" ".join(dict.fromkeys(problems)))


class Recorder:
    """Listens to one session and collects a :class:`RowChange` per touched record."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._before: dict[tuple[str, str], Values | None] = {}
        self._objects: dict[tuple[str, str], Record] = {}
        event.listen(session, "before_flush", self._before_flush)

    def _before_flush(self, session: Session, _ctx: object, _instances: object) -> None:
        now = utcnow()
        if session.deleted:
            raise RuntimeError("records are never deleted, only marked (tombstones)")
        for obj in session.new:
            if isinstance(obj, Record):
                if obj.id is None:
                    obj.id = new_id()
                obj.created_at = obj.created_at or now
                obj.modified_at = now
                _stamp_fields(obj, now, new=True)
                key = (obj.__tablename__, obj.id)
                self._before.setdefault(key, None)
                self._objects[key] = obj
        for obj in session.dirty:
            if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
                key = (obj.__tablename__, obj.id)
                if key not in self._before:
                    self._before[key] = _old_values(obj)
                self._objects[key] = obj
                _stamp_fields(obj, now, new=False)
                obj.modified_at = now
        _refuse_overlong(session)

    def stop(self) -> None:
        """Stops listening without building an edit (after a failed write)."""
        if event.contains(self.session, "before_flush", self._before_flush):
            event.remove(self.session, "before_flush", self._before_flush)

    def finish(self) -> Edit:
        """Stops listening and returns the edit (rows whose values did not change are dropped)."""
        self.stop()
        edit = Edit()
        for key, obj in self._objects.items():
            after = column_values(obj)
            before = self._before[key]
            if before == after:
                continue
            edit.rows.append(RowChange(key[0], key[1], before, after))
        return edit


def apply_rows(session: Session, edit: Edit, *, undo: bool) -> None:
    """Puts an edit's rows back to their "before" (undo) or "after" (redo) values.

    A row the edit created is tombstoned on undo and revived on redo, so that a copy of the
    file that already holds it learns of the change when merged.
    """
    rows = reversed(edit.rows) if undo else edit.rows
    for row in rows:
        cls = record_class(row.kind)
        obj = session.get(cls, row.id)
        values = row.before if undo else row.after
        if obj is None:
            if values is None:
                continue
            obj = cls(id=row.id)
            session.add(obj)
        if values is None:
            obj.deleted_at = utcnow()
            continue
        for key, value in values.items():
            setattr(obj, key, value)
