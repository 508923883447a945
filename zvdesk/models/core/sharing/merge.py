""""Samenvoegen met kopie": working out what a colleague's copy adds, changes and removes.

:func:`plan_merge` compares two files record by record (matched by UUID) and field by field,
using each field's change stamp (``field_stamps``) and the moment the copies parted
(:func:`.lineage.common_base`). Nothing is written here; :mod:`.merge_apply` carries a plan
out as one model function (one undo step). The rules are documented in docs/MERGE.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS, UTCDateTime
from zvdesk.models.core.edits import ORIGIN_PREFIX, read_stamps
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.lineage import (
    NEVER_MERGED,
    LineageFact,
    common_base,
    lineage_facts,
    own_file_id,
)

_STAMP = UTCDateTime()
#: Kinds that are merged but not shown in summaries (the sharing history itself).
HISTORY_KINDS = frozenset({"lineage"})


def stamp_text(value: datetime | None) -> str:
    """A UTC time as stamp text (sorts like the time itself)."""
    return _STAMP.process_bind_param(value, None) or ""


@dataclass
class RowSnap:
    """One record as read from a file."""

    values: dict[str, Any]
    stamps: dict[str, str]
    created_at: datetime
    modified_at: datetime

    def stamp(self, name: str) -> str:
        """When this field last changed (the record's modified time when unknown)."""
        return self.stamps.get(name) or stamp_text(self.modified_at)

    def origin(self, name: str) -> str | None:
        """The file a merge took this field's value from, unchanged since (or None)."""
        return self.stamps.get(ORIGIN_PREFIX + name)

    @property
    def deleted(self) -> bool:
        """True for a tombstone."""
        return self.values.get("deleted_at") is not None


@dataclass
class Snapshot:
    """Everything of one file a merge needs."""

    name: str
    file_id: str | None
    lineage: list[LineageFact]
    rows: dict[str, dict[str, RowSnap]]  # kind -> id -> row


def read_snapshot(session: Session, name: str) -> Snapshot:
    """Reads every record of every kind (except a file's own identity)."""
    rows: dict[str, dict[str, RowSnap]] = {}
    for kind, cls in record_classes().items():
        if kind in NEVER_MERGED:
            continue
        keys = [a.key for a in inspect(cls).column_attrs if a.key not in BOOKKEEPING_COLUMNS]
        found: dict[str, RowSnap] = {}
        for obj in session.scalars(select(cls)):
            found[obj.id] = RowSnap({k: getattr(obj, k) for k in keys},
                                    read_stamps(obj.field_stamps), obj.created_at,
                                    obj.modified_at)
        rows[kind] = found
    return Snapshot(name, own_file_id(session), lineage_facts(session), rows)


@dataclass
class FieldConflict:
    """The same field changed differently in both files since they parted."""

    kind: str
    id: str
    field: str
    mine: Any
    theirs: Any
    mine_stamp: str
    theirs_stamp: str
    title: str

    @property
    def key(self) -> tuple[str, str, str]:
        """``(kind, id, field)``: how a choice refers to this conflict."""
        return (self.kind, self.id, self.field)


class Action(enum.Enum):
    """What a merge does to one record of the user's file."""

    ADD = "add"  # a record only the other file has (live or a tombstone)
    UPDATE = "update"  # fields the other file changed
    REMOVE = "remove"  # the other file deleted it (fields may change too)
    REVIVE = "revive"  # deleted here, edited there after that: it comes back


@dataclass
class RecordChange:
    """Fields to take from the other file for one record, with their stamps."""

    kind: str
    id: str
    action: Action
    title: str
    values: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)
    created_at: datetime | None = None
    #: Fields whose value and stamp are exactly the other file's (marked as taken from it).
    exact: set[str] = field(default_factory=set)


@dataclass
class MergePlan:
    """What merging ``theirs`` into ``mine`` would do; nothing is written yet.

    Attributes:
        base: When the two files last held the same content (None: unknown, so every
            difference both files could have made is a conflict).
        changes: What to take from the other file, per record.
        conflicts: Fields to choose for.
        notes: Dutch sentences for edits that met deletions.
        related: False when the files share no records at all (probably the wrong file).
    """

    mine_name: str
    theirs_name: str
    mine_file_id: str | None
    theirs_file_id: str | None
    base: datetime | None
    changes: list[RecordChange] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    related: bool = True

    @property
    def empty(self) -> bool:
        """True when merging changes nothing the user works with (history rows aside)."""
        return not self.conflicts and all(c.kind in HISTORY_KINDS for c in self.changes)


def record_title(kind: str, values: dict[str, Any]) -> str:
    """A short Dutch name for a record in lists ("persoon ‘Jan de Vries’")."""
    label = record_classes()[kind].__label__
    for key in ("name", "title", "term", "text", "question", "description"):
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            text = value.strip().splitlines()[0]
            return f"{label} ‘{text[:60]}{'…' if len(text) > 60 else ''}’"
    for value in values.values():
        if isinstance(value, str) and value.strip() and len(value) != 36:
            return f"{label} ‘{value.strip()[:60]}’"
    return label


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, enum.Enum) or isinstance(b, enum.Enum):
        return getattr(a, "value", a) == getattr(b, "value", b)
    if isinstance(a, (date, datetime)) or isinstance(b, (date, datetime)):
        return a == b
    return a == b


def _changed_since(stamp: str, base: str | None) -> bool:
    return base is None or stamp > base


def _is_new(row: RowSnap, name: str, base: str | None, other_file: str | None) -> bool:
    """True when this side changed the field since the base (values a merge took unchanged
    from the other file do not count)."""
    origin = row.origin(name)
    if origin is not None and origin == other_file:
        return False
    return _changed_since(row.stamp(name), base)


def plan_merge(mine: Snapshot, theirs: Snapshot) -> MergePlan:
    """Works out what to take from ``theirs``; see docs/MERGE.md for the rules."""
    base_time = common_base(mine.lineage + theirs.lineage, mine.file_id, theirs.file_id)
    base = stamp_text(base_time) if base_time else None
    plan = MergePlan(mine.name, theirs.name, mine.file_id, theirs.file_id, base_time)
    shared = 0
    for kind, their_rows in theirs.rows.items():
        my_rows = mine.rows.get(kind, {})
        for rid, t in their_rows.items():
            m = my_rows.get(rid)
            if m is None:
                plan.changes.append(RecordChange(
                    kind, rid, Action.ADD, record_title(kind, t.values), dict(t.values),
                    {k: t.stamp(k) for k in t.values}, t.created_at, set(t.values)))
                continue
            shared += 1
            _plan_record(plan, kind, rid, m, t, base)
    plan.related = shared > 0 or not any(mine.rows.values()) or not any(theirs.rows.values())
    return plan


def _plan_record(plan: MergePlan, kind: str, rid: str, m: RowSnap, t: RowSnap,
                 base: str | None) -> None:
    take: dict[str, Any] = {}
    stamps: dict[str, str] = {}
    exact: set[str] = set()  # fields taken exactly as theirs (value and stamp)
    conflicts: list[FieldConflict] = []
    title = record_title(kind, m.values if not m.deleted else t.values)
    for name, mv in m.values.items():
        if name == "deleted_at":
            continue
        tv = t.values.get(name)
        if _same(mv, tv):
            continue
        sm, st = m.stamp(name), t.stamp(name)
        if sm == st:
            continue  # the same version; the difference was made outside edits (a clean copy)
        mine_new = _is_new(m, name, base, plan.theirs_file_id)
        theirs_new = _is_new(t, name, base, plan.mine_file_id)
        if theirs_new and not mine_new:
            take[name], stamps[name] = tv, st
            exact.add(name)
        elif mine_new and not theirs_new:
            continue
        else:
            conflicts.append(FieldConflict(kind, rid, name, mv, tv, sm, st, title))
    action = Action.UPDATE
    if m.deleted != t.deleted:
        deleted, alive = (m, t) if m.deleted else (t, m)
        other_of_deleted, other_of_alive = ((plan.theirs_file_id, plan.mine_file_id)
                                            if m.deleted else
                                            (plan.mine_file_id, plan.theirs_file_id))
        s_del, s_alive = deleted.stamp("deleted_at"), alive.stamp("deleted_at")
        deletion_new = s_del != s_alive and _is_new(deleted, "deleted_at", base,
                                                    other_of_deleted)
        edits = [alive.stamp(n) for n in m.values
                 if alive.stamp(n) != deleted.stamp(n)
                 and _is_new(alive, n, base, other_of_alive)]
        side_del = "uw bestand" if m.deleted else f"‘{plan.theirs_name}’"
        side_alive = f"‘{plan.theirs_name}’" if m.deleted else "uw bestand"
        if deletion_new and edits and max(edits) > s_del:
            # an edit made after the deletion on the other side survives
            revive_stamp = max(edits)
            plan.notes.append(f"{_cap(title)} was verwijderd in {side_del}, maar is daarna "
                              f"gewijzigd in {side_alive}; het blijft bestaan.")
            if m.deleted:
                take["deleted_at"], stamps["deleted_at"] = None, revive_stamp
                action = Action.REVIVE
            elif revive_stamp != m.stamp("deleted_at"):
                take["deleted_at"], stamps["deleted_at"] = None, revive_stamp
        elif deletion_new:
            if edits:
                plan.notes.append(f"{_cap(title)} is verwijderd in {side_del}; de wijziging in "
                                  f"{side_alive} was van eerder en vervalt met het onderdeel.")
            conflicts = []  # the record ends deleted: its fields no longer matter
            if m.deleted:
                take = {}
            else:
                take["deleted_at"], stamps["deleted_at"] = t.values["deleted_at"], s_del
                exact.add("deleted_at")
                action = Action.REMOVE
        elif s_alive != s_del and _is_new(alive, "deleted_at", base, other_of_alive) \
                and m.deleted:
            # they brought it back (undid the deletion) since the copies parted
            take["deleted_at"], stamps["deleted_at"] = None, s_alive
            exact.add("deleted_at")
            action = Action.REVIVE
    elif m.deleted:
        conflicts, take = [], {}  # deleted on both sides
    if take:
        plan.changes.append(RecordChange(kind, rid, action, title, take, stamps,
                                         exact=exact & set(take)))
    plan.conflicts.extend(conflicts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
