""""Samenvoegen met kopie": working out what a colleague's copy adds, changes and removes.

:func:`plan_merge` compares two files record by record (matched by UUID) and field by field,
three-way: each field's version is its change stamp, and each version remembers the versions it
was made from (``"^field"`` in ``field_stamps``). A version made from the other file's version
replaces it; two versions made apart are a conflict. Where that history is missing (older
edits), the moment the copies parted (:func:`.lineage.common_base`) decides, but a clock that
disagrees with the history never decides alone. Nothing is written here; :mod:`.merge_apply`
carries a plan out as one model function (one undo step). The rules are in docs/MERGE.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS, UTCDateTime
from zvdesk.models.core.edits import ORIGIN_PREFIX, read_ancestors, read_stamps
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.lineage import (
    NEVER_MERGED,
    LineageFact,
    common_base,
    lineage_facts,
    own_file_id,
    share_lineage,
)
from zvdesk.models.core.sharing.texts import field_label
from zvdesk.models.core.sharing.titles import record_title

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

    def ancestors(self, name: str) -> list[str] | None:
        """The versions this field's value was made from (None: not recorded)."""
        return read_ancestors(self.stamps, name)

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

    def region(self) -> tuple[str, str] | None:
        """``(id, name)`` of the file's region (its oldest live region row), or None."""
        live = [(r.created_at, rid, r) for rid, r in self.rows.get("region", {}).items()
                if not r.deleted]
        if not live:
            return None
        _, rid, row = min(live, key=lambda x: (x[0], x[1]))
        return rid, str(row.values.get("name") or "")


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
    #: The versions each side's value was made from (carried into the chosen version).
    mine_ancestors: list[str] = field(default_factory=list)
    theirs_ancestors: list[str] = field(default_factory=list)
    #: For a deletion met by an edit (``field == "deleted_at"``): Dutch descriptions of both
    #: sides ("verwijderd", "bestaat nog, gewijzigd: rol").
    mine_text: str | None = None
    theirs_text: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """``(kind, id, field)``: how a choice refers to this conflict."""
        return (self.kind, self.id, self.field)

    @property
    def is_text(self) -> bool:
        """True for free text, where both versions can be kept ("Beide bewaren")."""
        if self.field == "deleted_at":
            return False
        texts = [v for v in (self.mine, self.theirs) if v not in (None, "")]
        if not texts or not all(isinstance(v, str) for v in texts):
            return False
        return not any(len(v) == 36 and v.count("-") == 4 for v in texts)

    @property
    def is_deletion(self) -> bool:
        """True when one file deleted the record and the other changed it meanwhile."""
        return self.field == "deleted_at"

    @property
    def field_name(self) -> str:
        """The field's Dutch name ("houding"; "verwijderen of bewaren" for a deletion)."""
        return "verwijderen of bewaren" if self.is_deletion else field_label(self.field)


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
    #: Per field, the versions the taken value was made from (``"^field"`` in the stamps).
    ancestors: dict[str, str] = field(default_factory=dict)
    #: True for bookkeeping on a record that stays deleted here (not listed in summaries).
    quiet: bool = False


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
        other_region: Set when the other file is about another region.
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
    #: The other file's region name when it is another region (no shared history and another
    #: region record). Such a file is never merged (a file holds one region): the plan is
    #: then empty and :func:`.merge_apply.apply_merge` refuses it.
    other_region: str | None = None

    @property
    def empty(self) -> bool:
        """True when merging changes nothing the user works with (history rows aside)."""
        return not self.conflicts and all(c.kind in HISTORY_KINDS for c in self.changes)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, enum.Enum) or isinstance(b, enum.Enum):
        return getattr(a, "value", a) == getattr(b, "value", b)
    if isinstance(a, (date, datetime)) or isinstance(b, (date, datetime)):
        return a == b
    return a == b


class Verdict(enum.Enum):
    """Which side of one field holds the newer version."""

    SAME = "same"  # the same version (or no difference that matters): keep mine
    MINE = "mine"  # mine was made from theirs (or only mine changed)
    THEIRS = "theirs"  # theirs was made from mine (or only theirs changed)
    CONFLICT = "conflict"  # made apart, or history and clocks disagree: ask


@dataclass
class _Pair:
    """What field comparisons of one merge need to know."""

    base: str | None
    mine_file: str | None
    theirs_file: str | None


def _looks_new(row: RowSnap, name: str, base: str, other_file: str | None) -> bool:
    """By the clock and the merge marks: did this side change the field since the base?"""
    origin = row.origin(name)
    if origin is not None:
        return origin != other_file  # taken from a third file after all: a change here
    return row.stamp(name) > base


def compare_field(m: RowSnap, t: RowSnap, name: str, pair: _Pair) -> Verdict:
    """Three-way verdict for one field whose values differ (see docs/MERGE.md).

    History first (clock-free): a version made from the other side's version is newer. Then
    the merge marks, then the clock against the moment the copies parted; a clock that says
    "unchanged" while the other side's recorded history does not contain this version is
    not believed (clock skew): that is a conflict, never a silent choice.
    """
    sm, st = m.stamp(name), t.stamp(name)
    if sm == st:
        return Verdict.SAME  # the same version; a difference made outside edits (clean copy)
    hm, ht = m.ancestors(name), t.ancestors(name)
    if hm and st in hm:
        return Verdict.MINE
    if ht and sm in ht:
        return Verdict.THEIRS
    if pair.theirs_file and m.origin(name) == pair.theirs_file:
        return Verdict.THEIRS  # mine is a value taken from their file; theirs came after it
    if pair.mine_file and t.origin(name) == pair.mine_file:
        return Verdict.MINE
    if pair.base is None:
        return Verdict.CONFLICT
    mine_new = _looks_new(m, name, pair.base, pair.theirs_file)
    theirs_new = _looks_new(t, name, pair.base, pair.mine_file)
    if theirs_new and not mine_new and ht is None:
        return Verdict.THEIRS
    if mine_new and not theirs_new and hm is None:
        return Verdict.MINE
    return Verdict.CONFLICT


def _ancestors_text(row: RowSnap, name: str) -> str:
    return row.stamps.get("^" + name, "")


def plan_merge(mine: Snapshot, theirs: Snapshot) -> MergePlan:
    """Works out what to take from ``theirs``; see docs/MERGE.md for the rules."""
    facts = mine.lineage + theirs.lineage
    base_time = common_base(facts, mine.file_id, theirs.file_id)
    base = stamp_text(base_time) if base_time else None
    plan = MergePlan(mine.name, theirs.name, mine.file_id, theirs.file_id, base_time)
    pair = _Pair(base, mine.file_id, theirs.file_id)
    my_region, their_region = mine.region(), theirs.region()
    if my_region and their_region and my_region[0] != their_region[0] \
            and not share_lineage(facts, mine.file_id, theirs.file_id):
        plan.other_region = their_region[1] or "(zonder naam)"
        return plan  # never merged: two regions would be mixed (see region_import)

    def lookup(kind: str, rid: str) -> dict[str, Any] | None:
        for snap in (mine, theirs):
            row = snap.rows.get(kind, {}).get(rid)
            if row is not None and not row.deleted:
                return row.values
        row = mine.rows.get(kind, {}).get(rid) or theirs.rows.get(kind, {}).get(rid)
        return row.values if row is not None else None

    shared = 0
    for kind, their_rows in theirs.rows.items():
        my_rows = mine.rows.get(kind, {})
        for rid, t in their_rows.items():
            m = my_rows.get(rid)
            if m is None:
                plan.changes.append(RecordChange(
                    kind, rid, Action.ADD, record_title(kind, t.values, lookup),
                    dict(t.values), {k: t.stamp(k) for k in t.values}, t.created_at,
                    set(t.values), {k: _ancestors_text(t, k) for k in t.values
                                    if _ancestors_text(t, k)}))
                continue
            shared += 1
            title = record_title(kind, m.values if not m.deleted else t.values, lookup)
            _plan_record(plan, kind, rid, m, t, pair, title)
    plan.related = shared > 0 or not any(mine.rows.values()) or not any(theirs.rows.values())
    return plan


def _conflict(kind: str, rid: str, name: str, m: RowSnap, t: RowSnap, title: str
              ) -> FieldConflict:
    return FieldConflict(kind, rid, name, m.values.get(name), t.values.get(name),
                         m.stamp(name), t.stamp(name), title, m.ancestors(name) or [],
                         t.ancestors(name) or [])


def _plan_record(plan: MergePlan, kind: str, rid: str, m: RowSnap, t: RowSnap, pair: _Pair,
                 title: str) -> None:
    change = RecordChange(kind, rid, Action.UPDATE, title)
    conflicts: list[FieldConflict] = []

    def take(name: str) -> None:
        change.values[name], change.stamps[name] = t.values.get(name), t.stamp(name)
        change.exact.add(name)
        change.ancestors[name] = _ancestors_text(t, name)

    verdicts: dict[str, Verdict] = {}
    for name, mv in m.values.items():
        if name != "deleted_at" and not _same(mv, t.values.get(name)):
            verdicts[name] = compare_field(m, t, name, pair)
    for name, verdict in verdicts.items():
        if verdict is Verdict.THEIRS:
            take(name)
        elif verdict is Verdict.CONFLICT:
            conflicts.append(_conflict(kind, rid, name, m, t, title))
    if m.deleted and t.deleted:
        # deleted on both sides: no question about its fields, but what the other side made
        # from mine is kept on my tombstone, and both deletions are remembered
        _join_deletions(plan, change, m, t, pair)
        return
    if m.deleted != t.deleted:
        deletion = compare_field(m, t, "deleted_at", pair)
        alive_side = Verdict.THEIRS if m.deleted else Verdict.MINE
        if deletion is alive_side:
            # the living side saw the deletion and undid it: it comes back
            if m.deleted:
                take("deleted_at")
                change.action = Action.REVIVE
        elif deletion is Verdict.SAME:
            if m.deleted:
                return  # the same deletion version: a difference made outside edits
        elif not _deletion_meets_edits(plan, change, m, t, verdicts, deletion, alive_side):
            return
    if m.deleted and change.action is Action.UPDATE:
        change.quiet = True  # values kept on my tombstone, so the question is not repeated
    if change.values:
        plan.changes.append(change)
    plan.conflicts.extend(conflicts)


def _join_deletions(plan: MergePlan, change: RecordChange, m: RowSnap, t: RowSnap,
                    pair: _Pair) -> None:
    """Both files deleted the record: afterwards my tombstone must know theirs too.

    Their field versions made from mine (already in ``change``) are kept on my tombstone, so
    that a third file that brings the record back is compared with them too (else the copies
    would disagree after it). Two deletions made apart are two versions; keeping only mine
    would let a later merge with a third file that undid *my* deletion (and never saw theirs)
    bring the record back silently. So they become one version made from both (its own stamp,
    the same whichever file merges). All quietly: nothing the user sees changes.
    """
    change.quiet = True
    verdict = compare_field(m, t, "deleted_at", pair)
    if verdict in (Verdict.SAME, Verdict.MINE):
        pass
    elif verdict is Verdict.THEIRS:
        change.values["deleted_at"] = t.values["deleted_at"]
        change.stamps["deleted_at"] = t.stamp("deleted_at")
        change.exact.add("deleted_at")
        change.ancestors["deleted_at"] = _ancestors_text(t, "deleted_at")
    else:
        sm, st = m.stamp("deleted_at"), t.stamp("deleted_at")
        change.values["deleted_at"] = max(m.values["deleted_at"], t.values["deleted_at"])
        change.stamps["deleted_at"] = _just_after(max(sm, st))
        change.ancestors["deleted_at"] = " ".join(
            [max(sm, st), min(sm, st), *(m.ancestors("deleted_at") or []),
             *(t.ancestors("deleted_at") or [])])
    if change.values:
        plan.changes.append(change)


def _deletion_meets_edits(plan: MergePlan, change: RecordChange, m: RowSnap, t: RowSnap,
                          verdicts: dict[str, Verdict], deletion: Verdict,
                          alive_side: Verdict) -> bool:
    """One file deleted the record, the other kept it. Returns False when nothing else of the
    record is to be planned (the deletion simply holds in my file)."""
    deleted, alive = (m, t) if m.deleted else (t, m)
    unseen = [n for n, v in verdicts.items() if v in (alive_side, Verdict.CONFLICT)]
    if deletion is Verdict.CONFLICT:
        unseen.append("deleted_at")
    side_del = "uw bestand" if m.deleted else f"‘{plan.theirs_name}’"
    side_alive = f"‘{plan.theirs_name}’" if m.deleted else "uw bestand"
    if not unseen:
        # the deleting side knew every version the other side has: the deletion holds
        if m.deleted:
            return False
        change.values["deleted_at"] = t.values["deleted_at"]
        change.stamps["deleted_at"] = t.stamp("deleted_at")
        change.exact.add("deleted_at")
        change.ancestors["deleted_at"] = _ancestors_text(t, "deleted_at")
        change.action = Action.REMOVE
        plan.changes.append(change)
        return False
    fields = ", ".join(field_label(n) for n in unseen if n != "deleted_at") or "teruggezet"
    latest = max(alive.stamp(n) for n in unseen)
    if latest > deleted.stamp("deleted_at"):
        # The change is stamped after the deletion: keep the record (nothing is lost; the
        # deleting side can delete it again). The note says only what is known for sure.
        plan.notes.append(f"{_cap(change.title)} is verwijderd in {side_del}, maar in "
                          f"{side_alive} gewijzigd ({fields}) zonder dat {side_del} die "
                          "wijziging kende; het blijft bestaan.")
        if m.deleted:
            # a new version of "deleted_at" made from both (its own stamp, the same whichever
            # file merges: just after the latest change)
            change.values["deleted_at"] = None
            change.stamps["deleted_at"] = _just_after(latest)
            change.ancestors["deleted_at"] = " ".join(
                [m.stamp("deleted_at"), t.stamp("deleted_at"),
                 *(t.ancestors("deleted_at") or [])])
            change.action = Action.REVIVE
        return True
    # stamped before the deletion, but the deleting side never saw it: clocks cannot be
    # trusted to say what happened first, so the user decides
    conflict = _conflict(change.kind, change.id, "deleted_at", m, t, change.title)
    gone, kept = "verwijderd", f"bestaat nog, gewijzigd: {fields}"
    conflict.mine_text, conflict.theirs_text = (gone, kept) if m.deleted else (kept, gone)
    plan.conflicts.append(conflict)
    # their changes are taken either way (onto my tombstone when I keep the deletion), so
    # choosing "Hun versie" only needs to bring the record back
    return True


def _just_after(stamp: str) -> str:
    """The stamp one microsecond after ``stamp`` (a new version's own identity)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp + "+"
    return stamp_text(when + timedelta(microseconds=1))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
