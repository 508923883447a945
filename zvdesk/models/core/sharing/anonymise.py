"""Cleaning a staged copy before it is shared: blank tombstones, people reduced to initials.

These functions work on a plain sqlite3 connection to a private staging copy (never on the
user's file) and change values without touching ``field_stamps``: the cleaning is not an edit
the other copy should take over when the copy is merged back (docs/MERGE.md).

What an initials copy does with a column is declared next to the column in the model
(:class:`~zvdesk.models.core.sharing.personal.Share`); this module only carries it out:

1. :func:`unknown_schema` — a file with tables or columns this version does not know (from a
   newer ZV Desk) gets no initials copy: nobody declared what those hold.
2. :func:`collect_people` — before anything is blanked, every person's name (deleted people,
   free-text players and participants, the report author included) and the organisations.
3. :func:`blank_tombstones` — deleted records lose their text.
4. :func:`anonymise` — names to initials, notes and contact details emptied, free text
   scrubbed (:mod:`.scrub`), functions optionally emptied.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Column, LargeBinary, String, Table, Text

from zvdesk.models.core.base import BOOKKEEPING_COLUMNS
from zvdesk.models.core.names import suggest_initials
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.sharing.personal import Share, column_share, columns_with
from zvdesk.models.core.sharing.scrub import Scrubber, ScrubCounts, is_organisation_name, words

#: SQLite's own tables, never part of the schema.
_INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def is_text_column(column: Column) -> bool:
    """True for a free-text column (not an id, reference, stamp, enum or date)."""
    if column.primary_key or column.foreign_keys or column.name in BOOKKEEPING_COLUMNS:
        return False
    return type(column.type) in (String, Text)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: Short text columns (keys such as ``question_key``, codes, short names) up to this length
#: stay in tombstones, so that a record revived by its stable id keeps its key; columns with
#: personal data or free text are emptied whatever their length.
KEY_TEXT_LENGTH = 40


def _blanked_on_tombstones(table: Table) -> list[Column]:
    out = []
    for column in table.columns:
        if not is_text_column(column):
            continue
        length = getattr(column.type, "length", None)
        if column_share(column) is not Share.KEEP or type(column.type) is Text or not length \
                or length > KEY_TEXT_LENGTH:
            out.append(column)
    return out


def blank_tombstones(conn: sqlite3.Connection) -> int:
    """Empties the free text (and blobs) of every deleted record; returns how many rows.

    Ids, references, stamps and short key-like text stay, so that the deletion still travels
    when merged and a record revived by its stable id keeps its key.
    """
    total = 0
    for kind, cls in record_classes().items():
        table = cls.__table__
        sets = [f"{_q(c.name)} = ''" for c in _blanked_on_tombstones(table)]
        sets += [f"{_q(c.name)} = NULL" for c in table.columns
                 if isinstance(c.type, LargeBinary) and c.nullable]
        if not sets:
            continue
        cur = conn.execute(f"UPDATE {_q(kind)} SET {', '.join(sets)} "
                           "WHERE deleted_at IS NOT NULL")
        total += max(cur.rowcount, 0)
    return total


def unknown_schema(conn: sqlite3.Connection) -> list[str]:
    """Tables and columns in the file that this version of ZV Desk does not know.

    Returns Dutch descriptions ("tabel x", "kolom x.y"); empty for a file of this version.
    """
    known = {kind: {c.name for c in cls.__table__.columns}
             for kind, cls in record_classes().items()}
    found: list[str] = []
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in tables:
        if name in _INTERNAL_TABLES:
            continue
        if name not in known:
            found.append(f"tabel {name}")
            continue
        for row in conn.execute(f"PRAGMA table_info({_q(name)})"):
            if row[1] not in known[name]:
                found.append(f"kolom {name}.{row[1]}")
    return found


@dataclass
class People:
    """The people of a file (deleted ones too) and its organisations, read before cleaning.

    Attributes:
        initials: Full name -> the initials that replace it.
        organisations: Names and short names of organisations and municipalities (as
            :func:`~.scrub.words` joined by spaces).
        scrubber: Finds the people in free text.
    """

    initials: dict[str, str] = field(default_factory=dict)
    organisations: set[str] = field(default_factory=set)
    scrubber: Scrubber = field(default_factory=Scrubber)

    def is_organisation(self, name: str) -> bool:
        """True when a free-text player or participant name is an organisation's."""
        return is_organisation_name(name, self.organisations)

    def initials_for(self, name: str, given: str | None = None) -> str:
        """The initials that replace a name: those recorded with it, else made from it."""
        given = (given or "").strip()
        if given:
            return given
        return self.initials.get(name.strip()) or suggest_initials(name)


def _rows(conn: sqlite3.Connection, kind: str, columns: list[str]) -> list[tuple]:
    return conn.execute(f"SELECT {', '.join(_q(c) for c in ['id', *columns])} "
                        f"FROM {_q(kind)}").fetchall()


def collect_people(conn: sqlite3.Connection) -> People:
    """Reads every person's name from the staged copy, deleted records included.

    Call it before :func:`blank_tombstones`: a deleted person's full name quoted in a live
    text must still be recognised.
    """
    people = People()
    for kind, columns in (("organisation", ["name", "short_name"]), ("municipality", ["name"])):
        for row in _rows(conn, kind, columns):
            people.organisations.update(" ".join(words(v)) for v in row[1:]
                                        if isinstance(v, str) and v.strip())
    people.organisations.discard("")
    classes = record_classes()
    for kind, cls in classes.items():
        table = cls.__table__
        names = columns_with(table, Share.NAME)
        players = columns_with(table, Share.PLAYER)
        extra = ["initials"] if "initials" in table.columns else []
        if names or players:
            for row in _rows(conn, kind, [*names, *players, *extra]):
                _add_people(people, dict(zip(["id", *names, *players, *extra], row,
                                             strict=True)), names, players)
        for column in columns_with(table, Share.ROWS):  # names inside versions
            for _rid, row_kind, value in _rows(conn, kind, ["kind", column]):
                if row_kind not in classes or not isinstance(value, str):
                    continue
                try:
                    values = json.loads(value)
                except ValueError:
                    continue
                inner = classes[row_kind].__table__
                if isinstance(values, dict):
                    _add_people(people, values, columns_with(inner, Share.NAME),
                                columns_with(inner, Share.PLAYER))
    return people


def _add_people(people: People, values: dict, names: list[str], players: list[str]) -> None:
    for column in (*names, *players):
        value = values.get(column)
        if not isinstance(value, str) or not value.strip():
            continue
        if column in players and people.is_organisation(value):
            continue
        given = values.get("initials")
        short = people.initials_for(value, given if isinstance(given, str) else None)
        people.initials.setdefault(value.strip(), short)
        people.scrubber.add_person(value, short)


@dataclass
class AnonymiseReport:
    """What :func:`anonymise` changed, counted per kind.

    Attributes:
        names: Names of people reduced to initials (in name fields).
        names_in_text: Mentions of people in free text replaced by initials.
        texts: Free texts that were scrubbed (changed).
        notes: Notes about people left out.
        contacts: E-mail addresses and phone numbers left out (fields and inside text).
        functions: Functions of people emptied (only when asked for).
        people: Full name -> initials of every person known to the file.
    """

    names: int = 0
    names_in_text: int = 0
    texts: int = 0
    notes: int = 0
    contacts: int = 0
    functions: int = 0
    people: dict[str, str] = field(default_factory=dict)


def anonymise(conn: sqlite3.Connection, people: People, *,
              blank_functions: bool = False) -> AnonymiseReport:
    """Carries out every column's :class:`Share` declaration on the staged copy.

    Args:
        conn: The staged copy (inside a transaction).
        people: From :func:`collect_people` on the same copy.
        blank_functions: Also empty people's functions (``Share.FUNCTION``).
    """
    report = AnonymiseReport(people=dict(people.initials))
    scrubbed = ScrubCounts()
    for kind, cls in record_classes().items():
        table = cls.__table__
        shares = {c.name: column_share(c) for c in table.columns}
        columns = [c for c, share in shares.items() if share not in (Share.KEEP, None)]
        if not columns:
            continue
        has_initials = "initials" in table.columns
        extra = ["initials"] if has_initials else []
        if Share.ROWS in shares.values():
            extra.append("kind")
        for row in _rows(conn, kind, [*columns, *extra]):
            values = dict(zip(["id", *columns, *extra], row, strict=True))
            updates: dict[str, str] = {}
            for column in columns:
                value = values[column]
                if not isinstance(value, str) or not value:
                    continue
                if shares[column] is Share.ROWS:
                    # counted apart: the summary tells about the fields, not their history
                    new = _treat_rows(str(values.get("kind") or ""), value, people,
                                      blank_functions, AnonymiseReport(), ScrubCounts())
                else:
                    new = _treat(shares[column], value, values.get("initials"), people,
                                 blank_functions, report, scrubbed)
                if new != value:
                    updates[column] = new
            if updates:
                sets = ", ".join(f"{_q(c)} = ?" for c in updates)
                conn.execute(f"UPDATE {_q(kind)} SET {sets} WHERE id = ?",
                             [*updates.values(), values["id"]])
    report.names_in_text = scrubbed.names
    report.contacts += scrubbed.emails + scrubbed.phones
    return report


def _treat_rows(kind: str, value: str, people: People, blank_functions: bool,
                report: AnonymiseReport, scrubbed: ScrubCounts) -> str:
    """A row of ``kind`` stored as JSON (a version's payload), each value treated by its
    column's declaration; a payload that cannot be read, or of an unknown kind, is emptied."""
    classes = record_classes()
    try:
        row = json.loads(value)
    except ValueError:
        return ""
    if kind not in classes or not isinstance(row, dict):
        return ""
    table = classes[kind].__table__
    initials = row.get("initials") if isinstance(row.get("initials"), str) else None
    for name in list(row):
        if name not in table.columns:
            del row[name]  # nobody declared what it holds
            continue
        share = column_share(table.columns[name])
        item = row[name]
        if share is Share.ROWS or share is None:
            row[name] = None
        elif share is not Share.KEEP and isinstance(item, str) and item:
            row[name] = _treat(share, item, initials, people, blank_functions, report,
                               scrubbed)
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _treat(share: Share | None, value: str, initials: str | None, people: People,
           blank_functions: bool, report: AnonymiseReport, scrubbed: ScrubCounts) -> str:
    """The value one column holds in the copy (and the report counts what changed)."""
    if share is Share.NOTE:
        report.notes += 1
        return ""
    if share is Share.CONTACT:
        report.contacts += 1
        return ""
    if share is Share.FUNCTION and blank_functions:
        report.functions += 1
        return ""
    if share is Share.NAME or (share is Share.PLAYER and not people.is_organisation(value)):
        short = people.initials_for(value, initials)
        if short != value.strip():
            report.names += 1
        return short
    new, counts = people.scrubber.scrub(value)  # TEXT, FUNCTION, an organisation's name
    if new != value:
        report.texts += 1
        scrubbed.add(counts)
    return new
