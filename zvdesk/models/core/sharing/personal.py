"""Which fields hold personal data (AVG), so that a shared copy can leave it out.

Two registries, both ``kind -> [field]``:

* :data:`PERSONAL_FIELDS`: names of people, reduced to initials in an "initialen" copy.
* :data:`REMOVED_FIELDS`: contact details and notes about people, emptied in such a copy.

Instrument model modules declare theirs with :func:`register_personal_fields` (one call, no
import cycle: this module imports nothing of the models). A record class with both a ``name``
and an ``initials`` column is treated as a person-like record even when not registered: its
``name`` becomes initials and its ``email``/``phone``/``notes`` are emptied.
"""

from __future__ import annotations

from collections.abc import Iterable

#: kind -> fields that hold a person's name (reduced to initials).
PERSONAL_FIELDS: dict[str, list[str]] = {}
#: kind -> fields with contact details or notes about a person (emptied).
REMOVED_FIELDS: dict[str, list[str]] = {}

_PERSON_LIKE_REMOVED = ("email", "phone", "notes")


def register_personal_fields(kind: str, names: Iterable[str] = (),
                             removed: Iterable[str] = ()) -> None:
    """Declares a kind's personal-data fields.

    Args:
        kind: The record kind (table name), e.g. ``"stakeholder"``.
        names: Fields holding people's names; an initials copy keeps only the initials.
        removed: Fields with contact details or opinions about people; an initials copy
            empties them.
    """
    for registry, fields in ((PERSONAL_FIELDS, names), (REMOVED_FIELDS, removed)):
        have = registry.setdefault(kind, [])
        have.extend(f for f in fields if f not in have)


register_personal_fields("person", names=["name"], removed=["email", "phone", "notes"])


def personal_fields(kind: str, columns: Iterable[str]) -> tuple[list[str], list[str]]:
    """Returns ``(name fields, removed fields)`` of a kind with these columns."""
    columns = set(columns)
    names = [f for f in PERSONAL_FIELDS.get(kind, []) if f in columns]
    removed = [f for f in REMOVED_FIELDS.get(kind, []) if f in columns]
    if {"name", "initials"} <= columns:
        if "name" not in names:
            names.append("name")
        removed.extend(f for f in _PERSON_LIKE_REMOVED if f in columns and f not in removed)
    return names, removed


def holds_personal_data(kind: str, columns: Iterable[str]) -> bool:
    """True when a kind has any personal-data field."""
    names, removed = personal_fields(kind, columns)
    return bool(names or removed)
