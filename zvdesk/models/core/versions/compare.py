"""What changed between two states of a project (a version, another one, or now).

Per instrument — the instrument of a table is the package its record class lives in
(``zvdesk.models.<key>.tables``), so this module names no instrument — the records added,
removed and changed, and for a changed record which fields, with Dutch field names.
Positions and bookkeeping (stamps, order) are left out: they are not what a council reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.texts import display_value, field_label
from zvdesk.models.core.sharing.titles import record_title
from zvdesk.models.core.versions.scope import project_tables
from zvdesk.models.core.versions.store import State

#: Columns never reported as a change.
IGNORED = frozenset({"id", "created_at", "modified_at", "deleted_at", "field_stamps",
                     "sort_order", "x", "y", "w", "h", "origin_id"})


@dataclass(frozen=True)
class FieldChange:
    """One field of one record: its Dutch name and both values as the user reads them."""

    label: str
    before: str
    after: str


@dataclass
class RecordDiff:
    """One record that was added, removed or changed."""

    kind: str
    record_id: str
    title: str
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class InstrumentDiff:
    """What changed in one instrument's tables (``key`` "" for the file's own tables)."""

    key: str
    added: list[RecordDiff] = field(default_factory=list)
    removed: list[RecordDiff] = field(default_factory=list)
    changed: list[RecordDiff] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.added or self.removed or self.changed)


def instrument_of(kind: str) -> str:
    """The instrument key of a table ("impact" for impact_element), "" for the core's."""
    module = record_classes()[kind].__module__.split(".")
    if len(module) >= 3 and module[:2] == ["zvdesk", "models"] and module[2] != "core":
        return module[2]
    return ""


def _lookup(*states: State):  # noqa: ANN202 - a titles.Lookup
    def find(kind: str, rid: str) -> dict[str, Any] | None:
        for state in states:
            row = state.get((kind, rid))
            if row is not None:
                return row
        return None
    return find


def compare(before: State, after: State) -> list[InstrumentDiff]:
    """Per instrument (in order of first appearance), what ``after`` added, removed, changed.

    Region rows (people, organisations) are compared too: a renamed person shows once, under
    the region.
    """
    known = record_classes()
    scoped = set(project_tables())  # a region row no longer referred to is not "removed"
    out: dict[str, InstrumentDiff] = {}
    new_names = _lookup(after, before)
    old_names = _lookup(before, after)

    def diff_of(kind: str) -> InstrumentDiff:
        key = instrument_of(kind)
        return out.setdefault(key, InstrumentDiff(key))

    for key in sorted(set(before) | set(after)):
        kind, rid = key
        if kind not in known:
            continue
        old, new = before.get(key), after.get(key)
        if kind not in scoped and (old is None or new is None):
            continue
        if old is None and new is not None:
            diff_of(kind).added.append(RecordDiff(kind, rid, record_title(kind, new, new_names)))
        elif new is None and old is not None:
            diff_of(kind).removed.append(RecordDiff(kind, rid,
                                                    record_title(kind, old, old_names)))
        elif old is not None and new is not None:
            fields = [FieldChange(field_label(c), display_value(old.get(c)),
                                  display_value(new.get(c)))
                      for c in known[kind].__table__.columns.keys()
                      if c not in IGNORED and old.get(c) != new.get(c)]
            if fields:
                diff_of(kind).changed.append(RecordDiff(kind, rid,
                                                        record_title(kind, new, new_names),
                                                        fields))
    return [d for d in out.values() if not d.empty]


def diff_lines(diffs: list[InstrumentDiff], titles: dict[str, str]) -> list[str]:
    """The comparison as readable Dutch lines (instrument titles from ``titles`` by key)."""
    lines: list[str] = []
    for d in diffs:
        lines.append(titles.get(d.key) or ("Regio" if d.key == "region" else d.key or "Bestand"))
        for r in d.added:
            lines.append(f"  + toegevoegd: {r.title}")
        for r in d.removed:
            lines.append(f"  − verwijderd: {r.title}")
        for r in d.changed:
            lines.append(f"  ~ gewijzigd: {r.title}")
            lines.extend(f"      {f.label}: {f.before} → {f.after}" for f in r.fields)
    return lines or ["Geen verschillen."]
