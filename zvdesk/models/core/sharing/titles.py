"""Dutch names of records in merge lists: which player, which activity, in which project.

A record is named by its own text (name, title, term …); a record without one (a player linked
to a person, a relation, a step) is named after what it refers to. Records of a project say
which project. Names are looked up in both files, so a record only the colleague has is named
too.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from zvdesk.models.core.schema import record_classes

#: Own text columns that name a record, in order of preference.
NAME_COLUMNS = ("name", "title", "term", "question", "text", "initials", "description")
#: Enum columns that say what a record is better than its kind's label does.
LABEL_COLUMNS = {"impact_element": "kind"}
#: Enum columns that name a record that has no text of its own (a step).
ENUM_NAME_COLUMNS = ("step",)
_LIMIT = 60

Lookup = Callable[[str, str], Mapping[str, Any] | None]


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= _LIMIT else line[: _LIMIT - 1] + "…"


def _enum_text(value: Any) -> str:
    raw = value.value if isinstance(value, enum.Enum) else str(value)
    return raw.replace("_", " ")


def _reference_kind(kind: str, column: str) -> str | None:
    table = record_classes()[kind].__table__
    col = table.columns.get(column)
    if col is None:
        return None
    for fk in col.foreign_keys:
        return fk.column.table.name
    return None


def record_name(kind: str, values: Mapping[str, Any], lookup: Lookup, depth: int = 0) -> str:
    """The record's own name without its kind ("Jan de Vries"), or "" when it has none."""
    for key in NAME_COLUMNS:
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            return _short(value)
    if depth < 2:
        names = []
        pair = ("source_id", "target_id")
        columns = pair if all(values.get(c) for c in pair) else tuple(values)
        for column in columns:
            value = values.get(column)
            if column == "project_id" or not isinstance(value, str) or not value:
                continue
            target = _reference_kind(kind, column)
            if target is None:
                continue
            found = lookup(target, value)
            name = record_name(target, found, lookup, depth + 1) if found else ""
            if name:
                names.append(name)
                if columns is not pair:
                    break  # a player is named after its person (or else its organisation)
        if names:
            return " → ".join(names)
    for key in ENUM_NAME_COLUMNS:
        value = values.get(key)
        if value is not None:
            return _enum_text(value)
    return ""


def record_title(kind: str, values: Mapping[str, Any], lookup: Lookup | None = None) -> str:
    """A short Dutch name for a record in lists: "speler ‘Jan de Vries’ (project ‘Noord’)"."""
    lookup = lookup or (lambda _k, _i: None)
    label = record_classes()[kind].__label__
    label_column = LABEL_COLUMNS.get(kind)
    if label_column and values.get(label_column) is not None:
        label = _enum_text(values[label_column])
    name = record_name(kind, values, lookup)
    title = f"{label} ‘{name}’" if name else label
    project_id = values.get("project_id")
    if kind != "project" and isinstance(project_id, str) and project_id:
        project = lookup("project", project_id)
        project_name = record_name("project", project, lookup) if project else ""
        if project_name:
            title += f" (project ‘{project_name}’)"
    return title
