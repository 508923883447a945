"""The schema a file must have: exactly what its version creates, compared object by object.

A table that keeps our name but changes behaviour (``ON CONFLICT REPLACE``, ``phone
NUMERIC``, a ``CHECK``, a hidden generated column, no primary key, ``WITHOUT ROWID``, another
collation or foreign-key action) is as dangerous as a foreign table, so names are not enough.
Every table and index in ``sqlite_master`` is compared by its SQL, normalised for whitespace,
identifier quoting and letter case, with what this version creates (for the current version:
the models, built in an in-memory database; for an earlier version: the frozen snapshot
``resources/schema/v<N>.sql`` of the last released version up to it, followed by the
migration steps from there). ``PRAGMA table_xinfo`` and ``index_xinfo`` are compared
too, which also catches hidden columns.

Nothing here knows Dutch; :mod:`zvdesk.models.core.safeopen` turns a :class:`SchemaProblem` into
the message the user reads.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from zvdesk.models.core import fileformat as ff
from zvdesk.resources import resource_path

#: Tables SQLite itself makes (``ANALYZE`` by another tool); tolerated with the definition
#: SQLite gives them.
INTERNAL_TABLES = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<comment>--[^\n]*|/\*.*?(?:\*/|\Z))
      | (?P<string>'(?:[^']|'')*'?)
      | (?P<dquote>"(?:[^"]|"")*"?)
      | (?P<bracket>\[[^\]]*\]?)
      | (?P<backtick>`(?:[^`]|``)*`?)
      | (?P<word>[^\W\d][\w$]*)
      | (?P<number>0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
      | (?P<operator>\|\||<<|>>|<=|>=|==|!=|<>|->>|->|.)""",
    re.VERBOSE | re.DOTALL,
)


def normalise_sql(sql: str | None) -> tuple[str, ...] | None:
    """Returns the tokens of a CREATE statement without layout, quoting or letter case.

    Identifiers and keywords are lower-cased and unquoted (SQLite treats them without regard
    to case); string literals and numbers are kept as written; whitespace and comments go.
    """
    if sql is None:
        return None
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            continue
        if kind == "dquote":
            text = text[1:-1].replace('""', '"').lower()
        elif kind == "backtick":
            text = text[1:-1].replace("``", "`").lower()
        elif kind == "bracket":
            text = text[1:-1].lower()
        elif kind == "word":
            text = text.lower()
        tokens.append(text)
    return tuple(tokens)


@dataclass(frozen=True)
class SchemaProblem:
    """What is wrong with a file's schema.

    Attributes:
        kind: ``"trigger_or_view"``, ``"unknown_table"``, ``"unknown_index"``, ``"missing"``
            or ``"changed"``.
        names: The objects concerned (tables, or the table of a changed index).
    """

    kind: str
    names: tuple[str, ...]


@dataclass
class ExpectedSchema:
    """The objects one schema version creates, read back from SQLite itself."""

    #: (type, table, normalised SQL) by lower-cased object name.
    objects: dict[str, tuple[str, str, tuple[str, ...] | None]] = field(default_factory=dict)
    #: ``PRAGMA table_xinfo`` rows (without cid) by table name.
    columns: dict[str, list[tuple]] = field(default_factory=dict)
    #: ``PRAGMA index_xinfo`` rows by index name.
    index_columns: dict[str, list[tuple]] = field(default_factory=dict)

    @property
    def tables(self) -> set[str]:
        """The names of the tables."""
        return {n for n, (t, _tb, _s) in self.objects.items() if t == "table"}


def snapshot_sql(version: int) -> str | None:
    """Returns the frozen SQL of a released schema version, or None when there is none."""
    path = resource_path("schema", f"v{version}.sql")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _read_schema(conn: sqlite3.Connection) -> ExpectedSchema:
    found = ExpectedSchema()
    for type_, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"):
        found.objects[str(name).lower()] = (type_, str(table).lower(), normalise_sql(sql))
    for name in found.tables:
        found.columns[name] = _table_xinfo(conn, name)
    for name, (type_, _t, _s) in found.objects.items():
        if type_ == "index":
            found.index_columns[name] = _index_xinfo(conn, name)
    return found


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_xinfo(conn: sqlite3.Connection, table: str) -> list[tuple]:
    rows = conn.execute(f"PRAGMA table_xinfo({_quoted(table)})").fetchall()
    # (name, type, notnull, default, pk, hidden); names and types without regard to case.
    return [(str(r[1]).lower(), str(r[2]).upper(), r[3], r[4], r[5], r[6]) for r in rows]


def _index_xinfo(conn: sqlite3.Connection, index: str) -> list[tuple]:
    rows = conn.execute(f"PRAGMA index_xinfo({_quoted(index)})").fetchall()
    return [(r[0], r[1], None if r[2] is None else str(r[2]).lower(), r[3],
             str(r[4]).lower(), r[5]) for r in rows]


@lru_cache(maxsize=4)
def _current_schema(version: int) -> ExpectedSchema:
    """What the models create, read back from an in-memory SQLite database.

    The DDL is compiled for SQLite and run on a plain ``sqlite3`` connection (what
    ``metadata.create_all`` emits, without an engine's per-statement machinery: this runs
    while the first file of the session opens).
    """
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from zvdesk.models.core.base import Base
    from zvdesk.models.core.schema import tables  # noqa: F401 - registers every table

    dialect = sqlite.dialect()
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for table in Base.metadata.sorted_tables:
            conn.execute(str(CreateTable(table).compile(dialect=dialect)))
            for index in sorted(table.indexes, key=lambda i: i.name or ""):
                conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
        return _read_schema(conn)
    finally:
        conn.close()


@lru_cache(maxsize=8)
def _released_schema(version: int, steps: tuple[object, ...]) -> ExpectedSchema | None:
    """The nearest frozen snapshot at or below ``version``, with the later steps run on it.

    ``steps`` are the step functions up to ``version`` (part of the cache key, so a changed
    step list gives a fresh answer).
    """
    from zvdesk.models.core.migrations import STEPS

    for base in range(version, ff.OLDEST_READABLE_VERSION - 1, -1):
        script = snapshot_sql(base)
        if script is None:
            continue
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.executescript(script)
            for later in range(base + 1, version + 1):
                if later not in STEPS:
                    return None
                STEPS[later](conn)
            return _read_schema(conn)
        finally:
            conn.close()
    return None


def expected_schema(version: int) -> ExpectedSchema | None:
    """The schema a version creates, or None when it cannot be known.

    The models for the current version; for an older one its frozen snapshot
    (``resources/schema/v<N>.sql``), or the nearest older snapshot followed by the migration
    steps up to it.
    """
    if version == ff.SCHEMA_VERSION:
        return _current_schema(version)
    if version > ff.SCHEMA_VERSION or version < ff.OLDEST_READABLE_VERSION:
        return None
    from zvdesk.models.core.migrations import STEPS

    steps = tuple(STEPS.get(v) for v in range(ff.OLDEST_READABLE_VERSION + 1, version + 1))
    return _released_schema(version, steps)


def _is_internal(name: str, type_: str, sql: tuple[str, ...] | None) -> bool:
    """True for SQLite's own statistics table, defined as SQLite defines it."""
    return (type_ == "table" and name in INTERNAL_TABLES
            and sql == normalise_sql(INTERNAL_TABLES[name]))


def find_problem(conn: sqlite3.Connection, version: int, *, newer: bool = False
                 ) -> SchemaProblem | None:
    """Compares a file's schema with what its version creates.

    Args:
        conn: The file, opened read-only (or its private checked copy).
        version: The file's ``user_version``.
        newer: The file comes from a newer ZV Desk (opened read-only): it may add tables,
            columns and indexes, but every table and column this version knows must be
            defined as this version defines it, and no column may be hidden.

    Returns:
        The first problem found, or None when the schema is exactly right.
    """
    want = expected_schema(ff.SCHEMA_VERSION if newer else version)
    if want is None:
        return SchemaProblem("missing", (f"schema v{version}",))
    have = _read_schema(conn)
    kinds = {t for t, _tb, _s in have.objects.values()}
    if kinds & {"trigger", "view"}:
        names = tuple(n for n, (t, _tb, _s) in have.objects.items() if t in ("trigger", "view"))
        return SchemaProblem("trigger_or_view", names)
    if newer:
        return _newer_problem(have, want)
    unknown_tables = sorted(n for n, (t, _tb, sql) in have.objects.items()
                            if t == "table" and n not in want.objects
                            and not _is_internal(n, t, sql))
    if unknown_tables:
        return SchemaProblem("unknown_table", tuple(unknown_tables))
    missing_tables = sorted(want.tables - have.tables)
    if missing_tables:
        return SchemaProblem("missing", tuple(missing_tables))
    for name in sorted(want.tables):
        if have.objects[name] != want.objects[name] or have.columns[name] != want.columns[name]:
            return SchemaProblem("changed", (name,))
    for name, (type_, table, _sql) in sorted(have.objects.items()):
        if type_ == "index" and name not in want.objects:
            if name.startswith("sqlite_autoindex_"):  # a UNIQUE or key the table gained
                return SchemaProblem("changed", (table,))
            return SchemaProblem("unknown_index", (name,))
    for name, (type_, table, _sql) in sorted(want.objects.items()):
        if type_ != "index":
            continue
        if name not in have.objects:
            if name.startswith("sqlite_autoindex_"):
                return SchemaProblem("changed", (table,))
            return SchemaProblem("missing", (name,))
        if have.objects[name] != want.objects[name]:
            return SchemaProblem("changed", (table,))
        if have.index_columns.get(name) != want.index_columns[name]:
            return SchemaProblem("changed", (table,))
    return None


def _newer_problem(have: ExpectedSchema, want: ExpectedSchema) -> SchemaProblem | None:
    missing = sorted(want.tables - have.tables)
    if missing:
        return SchemaProblem("missing", tuple(missing))
    for name in sorted(want.tables):
        sql = have.objects[name][2] or ()
        tail = sql[len(sql) - sql[::-1].index(")"):] if ")" in sql else sql
        if "without" in tail:  # WITHOUT ROWID after the closing parenthesis
            return SchemaProblem("changed", (name,))
        columns = {row[0]: row for row in have.columns[name]}
        if any(row[5] != 0 for row in columns.values()):
            return SchemaProblem("changed", (name,))
        for row in want.columns[name]:
            if columns.get(row[0]) != row:
                return SchemaProblem("changed", (name,))
    return None
