"""Carrying out a merge plan as one model function, and the Dutch summary of what it did.

:func:`apply_merge` runs inside :meth:`Document.write` (in the UI through
``controller.execute``), so the whole merge is one transaction and one undo step. The fields it
takes keep the other file's change stamps (it sets ``field_stamps`` itself, which the edit
layer then leaves alone), so a later merge knows they are the same versions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import text
from sqlalchemy.orm import Session

from zvdesk.models.core.base import utcnow
from zvdesk.models.core.document import Document
from zvdesk.models.core.edits import (
    ANCESTORS_PREFIX,
    ORIGIN_PREFIX,
    join_ancestors,
    read_stamps,
)
from zvdesk.models.core.errors import NewerFile, ZvdbError
from zvdesk.models.core.schema import record_class, record_classes
from zvdesk.models.core.sharing.lineage import Lineage, LineageEvent, ensure_file_id
from zvdesk.models.core.sharing.merge import (
    HISTORY_KINDS,
    Action,
    FieldConflict,
    MergePlan,
    Snapshot,
    plan_merge,
    read_snapshot,
    stamp_text,
)
from zvdesk.models.core.sharing.texts import (
    BOTH_MINE_MARK,
    BOTH_THEIRS_MARK,
    conflicts_phrase,
    other_region_message,
)

#: "both" keeps both versions of a text, marked (only for text fields).
Choice = Literal["mine", "theirs", "both"]
Choices = Mapping[tuple[str, str, str], Choice]


@dataclass
class KindSummary:
    """What a merge did to one kind of record."""

    label: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One Dutch line: "persoon: 2 toegevoegd, 1 gewijzigd"."""
        parts = [f"{len(items)} {word}" for items, word in (
            (self.added, "toegevoegd"), (self.changed, "gewijzigd"),
            (self.removed, "verwijderd"), (self.revived, "teruggezet")) if items]
        return f"{self.label}: {', '.join(parts)}"


@dataclass
class MergeSummary:
    """What a merge did (or would do), per kind, plus notes on edits that met deletions."""

    kinds: dict[str, KindSummary] = field(default_factory=dict)
    conflicts_resolved: int = 0
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Dutch summary lines for dialogs and the command line."""
        if not self.kinds and not self.conflicts_resolved:
            return ["Er was niets samen te voegen: de bestanden verschillen niet."]
        out = [s.line() for s in self.kinds.values()]
        if self.conflicts_resolved:
            out.append(f"{conflicts_phrase(self.conflicts_resolved)} opgelost volgens uw "
                       "keuze.")
        return out + self.notes


def summarize_plan(plan: MergePlan, choices: Choices | None = None) -> MergeSummary:
    """Summarises a plan per kind (Dutch labels), counting chosen conflicts as changes."""
    summary = MergeSummary(notes=list(plan.notes))
    classes = record_classes()
    for change in plan.changes:
        if change.kind in HISTORY_KINDS or change.quiet:
            continue
        entry = summary.kinds.setdefault(change.kind, KindSummary(classes[change.kind].__label__))
        if change.action is Action.ADD:
            if change.values.get("deleted_at") is None:
                entry.added.append(change.title)
        elif change.action is Action.REMOVE:
            entry.removed.append(change.title)
        elif change.action is Action.REVIVE:
            entry.revived.append(change.title)
        elif change.title not in entry.changed:
            entry.changed.append(change.title)
    for conflict in plan.conflicts:
        choice = choices.get(conflict.key) if choices else None
        if choice in ("theirs", "both"):
            entry = summary.kinds.setdefault(conflict.kind,
                                             KindSummary(classes[conflict.kind].__label__))
            if conflict.is_deletion:
                target = entry.revived if conflict.theirs is None else entry.removed
            else:
                target = entry.changed
            if conflict.title not in target:
                target.append(conflict.title)
    summary.conflicts_resolved = sum(1 for c in plan.conflicts if choices and c.key in choices)
    summary.kinds = {k: v for k, v in summary.kinds.items()
                     if v.added or v.changed or v.removed or v.revived}
    return summary


class UnresolvedConflicts(ZvdbError):
    """A merge with conflicts was asked without a choice for each of them."""


def _dump(stamps: dict[str, str]) -> str:
    return json.dumps(stamps, sort_keys=True, separators=(",", ":"))


def keep_both(conflict: FieldConflict) -> str:
    """Both versions of a text conflict in one text, each marked ("[mijn versie] …")."""
    return (f"{BOTH_MINE_MARK} {conflict.mine or ''}\n{BOTH_THEIRS_MARK} "
            f"{conflict.theirs or ''}")


def apply_merge(session: Session, plan: MergePlan, choices: Choices | None = None,
                *, prefer: Literal["mine", "theirs"] | None = None) -> MergeSummary:
    """Model function: carries out a plan in the user's file.

    Args:
        session: The write session (one transaction, one undo step).
        plan: From :func:`plan_merge`, computed on the same file.
        choices: ``(kind, id, field) -> "mine" | "theirs" | "both"`` for the plan's
            conflicts ("both" only for text).
        prefer: The choice for every conflict without one (the command line's ``--prefer``).

    Raises:
        UnresolvedConflicts: a conflict has no choice; nothing was changed.
    """
    if plan.other_region is not None:
        raise OtherRegion(plan.theirs_name, plan.other_region, "")
    choices = dict(choices or {})
    for conflict in plan.conflicts:
        if conflict.key not in choices:
            if prefer is None:
                raise UnresolvedConflicts("Kies bij elk conflict welke versie blijft.")
            choices[conflict.key] = prefer
        elif choices[conflict.key] == "both" and not conflict.is_text:
            raise UnresolvedConflicts("‘Beide bewaren’ kan alleen bij tekst.")
    # New records may refer to each other in any order; check references at commit.
    session.execute(text("PRAGMA defer_foreign_keys=ON"))
    for change in plan.changes:
        cls = record_class(change.kind)
        obj = session.get(cls, change.id)
        if obj is None:
            obj = cls(id=change.id, **change.values)
            obj.created_at = change.created_at or utcnow()
            stamps = dict(change.stamps)
        else:
            stamps = read_stamps(obj.field_stamps)
            for key, value in change.values.items():
                setattr(obj, key, value)
        for key in change.values:
            # the taken version remembers what it was made from and what it replaces here
            replaced = stamps.get(key)
            previous = [replaced] if replaced and replaced != change.stamps[key] else []
            known = join_ancestors(change.ancestors.get(key, "").split(), previous,
                                   (stamps.get(ANCESTORS_PREFIX + key) or "").split())
            stamps[key] = change.stamps[key]
            stamps.pop(ORIGIN_PREFIX + key, None)
            if known:
                stamps[ANCESTORS_PREFIX + key] = known
            else:
                stamps.pop(ANCESTORS_PREFIX + key, None)
            if key in change.exact and plan.theirs_file_id:
                stamps[ORIGIN_PREFIX + key] = plan.theirs_file_id
        obj.field_stamps = _dump(stamps)
        if obj not in session:
            session.add(obj)
    now = stamp_text(utcnow())
    for conflict in plan.conflicts:
        obj = session.get(record_class(conflict.kind), conflict.id)
        stamps = read_stamps(obj.field_stamps)
        choice = choices[conflict.key]
        if choice == "theirs":
            setattr(obj, conflict.field, conflict.theirs)
        elif choice == "both":
            setattr(obj, conflict.field, keep_both(conflict))
        stamps.pop(ORIGIN_PREFIX + conflict.field, None)
        # the choice is a new version made from both: a later merge with either file takes
        # it instead of asking again (docs/MERGE.md)
        stamps[conflict.field] = now
        stamps[ANCESTORS_PREFIX + conflict.field] = join_ancestors(
            [conflict.mine_stamp, conflict.theirs_stamp], conflict.mine_ancestors,
            conflict.theirs_ancestors)
        obj.field_stamps = _dump(stamps)
    mine_id = ensure_file_id(session, plan.mine_name)
    session.add(Lineage(event=LineageEvent.MERGE, file_id=mine_id, file_name=plan.mine_name[:260],
                        partner_file_id=plan.theirs_file_id or "",
                        partner_name=plan.theirs_name[:260], at=utcnow(),
                        note=f"{len(plan.changes)} onderdelen, "
                             f"{conflicts_phrase(len(plan.conflicts))}"))
    session.flush()
    return summarize_plan(plan, choices)


def snapshot_of(path: Path | str, *, name: str | None = None) -> Snapshot:
    """Opens a file read-only (through the safe opener) and reads its snapshot."""
    path = Path(path)
    doc = Document.open(path, read_only=True)
    try:
        if doc.newer:
            raise NewerFile(name or path.name, "samenvoegen zou gegevens kunnen kwijtraken.")
        with doc.session() as s:
            return read_snapshot(s, name or path.name)
    finally:
        doc.close()


class OtherRegion(ZvdbError):
    """The other file is about another region; merging it would mix two regions.

    Attributes:
        file_name: The other file's name.
        their_region: Its region's name.
        my_region: The user's region's name ("" when unknown).
    """

    def __init__(self, file_name: str, their_region: str, my_region: str, *,
                 command_line: bool = False) -> None:
        super().__init__(other_region_message(file_name, their_region, my_region,
                                              command_line=command_line))
        self.file_name, self.their_region, self.my_region = file_name, their_region, my_region


def plan_with_file(doc: Document, theirs: Path | str, *, theirs_name: str | None = None,
                   command_line: bool = False) -> MergePlan:
    """Plans merging the file ``theirs`` (opened read-only) into the open document.

    Raises:
        OtherRegion: ``theirs`` is another region's file (no shared history, another region
            record). A file holds one region: such a file is never merged, only kept as a
            separate region (:mod:`.region_import`). ``command_line`` words the message for
            ``zvdesk merge``.
    """
    other = snapshot_of(theirs, name=theirs_name)
    with doc.session() as s:
        mine = read_snapshot(s, doc.path.name)
    plan = plan_merge(mine, other)
    if plan.other_region is not None:
        raise OtherRegion(other.name, plan.other_region, (mine.region() or ("", ""))[1],
                          command_line=command_line)
    return plan
