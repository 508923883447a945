"""Checks a file before the ORM touches it: is it ours, whole, and free of anything hostile.

Nothing here writes to the file. When the file needs recovery (a leftover rollback journal
or WAL mode from another tool) the checks run on a private copy in a temporary folder, so
that even then the original bytes stay as they are until the user really opens it for
editing.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Boolean, Column, Float, Integer, LargeBinary, String, Table, Text

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.base import EnumText, ISODate, UTCDateTime
from zvdesk.models.core.engine import apply_pragmas, sqlite_uri
from zvdesk.models.core.errors import DamagedFile, NotAZvdbFile, UnsafeFile, ZvdbError
from zvdesk.models.core.schema import tables as current_tables
from zvdesk.models.core.sharing.magic import EncryptedFile, encrypted_message, looks_encrypted

_INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}


@dataclass
class Inspection:
    """What the safe opener found out about a file.

    Attributes:
        path: The file as given.
        user_version: Its schema version.
        newer: Written by a newer ZV Desk (open read-only).
        older: An earlier schema version (migrate before editing).
        needs_recovery: A hot journal or WAL content must be applied first.
        checked_copy: When recovery was needed, the recovered private copy the checks ran on.
    """

    path: Path
    user_version: int
    newer: bool = False
    older: bool = False
    needs_recovery: bool = False
    checked_copy: Path | None = None
    _tempdir: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    def cleanup(self) -> None:
        """Removes the private copy, if one was made."""
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None
            self.checked_copy = None


def _name(path: Path) -> str:
    return f"‘{path.name}’"


def inspect_file(path: Path | str) -> Inspection:
    """Checks a file and returns what was found; raises a :class:`ZvdbError` with a Dutch text.

    Args:
        path: The file to check. It is never written to.

    Raises:
        NotAZvdbFile: not a file, empty, not SQLite, or another program's database.
        DamagedFile: truncated or failing SQLite's own check.
        UnsafeFile: holds triggers, views, unknown tables or oversized values.
    """
    path = Path(path)
    header = _read_header(path)
    journal = Path(f"{path}-journal")
    wal = Path(f"{path}-wal")
    hot_journal = journal.is_file() and journal.stat().st_size > 0
    needs_recovery = hot_journal or header.is_wal or wal.is_file()
    if not needs_recovery:
        _check_size(path, header)
    if header.user_version < ff.OLDEST_READABLE_VERSION:
        raise NotAZvdbFile(
            f"{_name(path)} is gemaakt met een te oude of onbekende versie van ZV Desk "
            f"(bestandsversie {header.user_version}) en kan niet worden geopend."
        )
    info = Inspection(
        path=path,
        user_version=header.user_version,
        newer=header.user_version > ff.SCHEMA_VERSION,
        older=header.user_version < ff.SCHEMA_VERSION,
        needs_recovery=needs_recovery,
    )
    source = path
    if needs_recovery:
        info._tempdir = tempfile.TemporaryDirectory(prefix="zvdesk-check-")
        source = Path(info._tempdir.name) / "check.zvdb"
        shutil.copyfile(path, source)
        for extra, suffix in ((journal, "-journal"), (wal, "-wal")):
            if extra.is_file():
                shutil.copyfile(extra, f"{source}{suffix}")
        info.checked_copy = source
    try:
        _check_database(source, info, recover=needs_recovery)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged schema can make SQLite's own error message invalid UTF-8.
        info.cleanup()
        reason = (_sqlite_reason(exc) if isinstance(exc, sqlite3.DatabaseError)
                  else "de database-structuur klopt niet")
        raise DamagedFile(
            f"{_name(path)} is beschadigd en kan niet worden geopend ({reason})."
        ) from exc
    except ZvdbError:
        info.cleanup()
        raise
    return info


def _read_header(path: Path) -> ff.SqliteHeader:
    if not path.exists():
        raise NotAZvdbFile(f"Het bestand {_name(path)} bestaat niet (meer).")
    if path.is_dir():
        raise NotAZvdbFile(f"{_name(path)} is een map, geen ZV Desk-bestand.")
    if not path.is_file():
        raise NotAZvdbFile(f"{_name(path)} is geen gewoon bestand.")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(100)
    except OSError as exc:
        raise NotAZvdbFile(f"{_name(path)} kan niet worden gelezen: geen toegang.") from exc
    if size == 0:
        raise NotAZvdbFile(
            f"{_name(path)} is leeg (0 bytes). Het is waarschijnlijk niet goed opgeslagen "
            "of niet volledig meegestuurd."
        )
    header = ff.parse_header(data)
    if header is None and looks_encrypted(data):
        raise EncryptedFile(encrypted_message(path))
    if header is None:
        raise NotAZvdbFile(
            f"{_name(path)} is geen ZV Desk-bestand: het is geen database maar een ander "
            "soort bestand, of het is zwaar beschadigd."
        )
    if header.application_id != ff.APPLICATION_ID:
        raise NotAZvdbFile(
            f"{_name(path)} is een database van een ander programma, geen ZV Desk-bestand."
        )
    return header


def _check_size(path: Path, header: ff.SqliteHeader) -> None:
    size = path.stat().st_size
    truncated = size % header.page_size != 0 or (
        header.page_count_valid and size < header.page_count * header.page_size
    )
    if truncated:
        raise DamagedFile(
            f"{_name(path)} is onvolledig (afgekapt), bijvoorbeeld doordat een download of "
            "bijlage niet helemaal is overgekomen. Vraag de afzender het opnieuw te sturen."
        )


def _sqlite_reason(exc: sqlite3.DatabaseError) -> str:
    text = str(exc).lower()
    if "malformed" in text or "corrupt" in text:
        return "de database-structuur klopt niet"
    if "not a database" in text:
        return "het is geen geldige database"
    if "locked" in text or "busy" in text:
        return "het bestand is in gebruik door een ander programma"
    return "SQLite meldt een fout"


def _check_database(source: Path, info: Inspection, *, recover: bool) -> None:
    """Runs the checks on ``source`` (the original, read-only; or the private copy)."""
    conn = sqlite3.connect(
        sqlite_uri(source, read_only=not recover), uri=True, isolation_level=None
    )
    try:
        apply_pragmas(conn, read_only=not recover)
        if recover:
            # Replays the copy's journal or WAL, then leaves it in rollback-journal mode.
            conn.execute("PRAGMA journal_mode=DELETE").fetchall()
        _check_schema(conn, info)
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise DamagedFile(
                f"{_name(info.path)} is beschadigd: de controle van de database vond fouten."
            )
        if not info.newer:
            _check_values(conn, info)  # an older file: the tables and columns it has
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DamagedFile(
                f"{_name(info.path)} is beschadigd: verwijzingen tussen gegevens kloppen niet."
            )
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, info: Inspection) -> None:
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    kinds = {t for t, _n, _tb in objects}
    if kinds & {"trigger", "view"}:
        raise UnsafeFile(
            f"{_name(info.path)} bevat onderdelen die ZV Desk nooit maakt (triggers of views). "
            "Het is mogelijk door een ander programma gewijzigd of gemanipuleerd en wordt "
            "daarom niet geopend."
        )
    expected = current_tables()
    expected_indexes = {ix.name for t in expected.values() for ix in t.indexes}
    present = {n for t, n, _tb in objects if t == "table"} - _INTERNAL_TABLES
    for kind, name, _tbl in objects:
        if kind == "index" and not name.startswith("sqlite_autoindex_"):
            if name not in expected_indexes and not info.newer:
                raise UnsafeFile(
                    f"{_name(info.path)} bevat een onbekende index ({name}) en wordt daarom "
                    "niet geopend."
                )
    if info.older:
        return  # the migration steps know what older files hold; checked again after
    missing = set(expected) - present
    unknown = present - set(expected)
    if unknown and not info.newer:
        raise UnsafeFile(
            f"{_name(info.path)} bevat tabellen die ZV Desk niet kent "
            f"({', '.join(sorted(unknown)[:3])}) en wordt daarom niet geopend."
        )
    if missing:
        raise DamagedFile(
            f"{_name(info.path)} is onvolledig: er ontbreken onderdelen "
            f"({', '.join(sorted(missing)[:3])})."
        )
    for name, table in expected.items():
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        want = {c.name for c in table.columns}
        if not want <= have or (have - want and not info.newer):
            raise DamagedFile(
                f"{_name(info.path)} heeft een onverwachte opbouw (tabel {name}) en kan niet "
                "worden geopend."
            )


_TS_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]."
    "[0-9][0-9][0-9][0-9][0-9][0-9]Z"
)


def _column_problems(column: Column) -> list[str]:
    """SQL expressions that are true for a value this column must never hold."""
    c = f'"{column.name}"'
    t = column.type
    checks: list[str] = []
    if not column.nullable:
        checks.append(f"{c} IS NULL")
    if isinstance(t, UTCDateTime):
        checks.append(
            f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} NOT GLOB '{_TS_GLOB}' "
            f"OR date(substr({c},1,10), '+0 days') IS NOT substr({c},1,10)))"
        )
    elif isinstance(t, ISODate):
        checks.append(
            f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR date({c}, '+0 days') IS NOT {c}))")
    elif isinstance(t, EnumText):
        values = ", ".join("'" + e.value.replace("'", "''") + "'" for e in t.enum_class)
        checks.append(f"({c} IS NOT NULL AND {c} NOT IN ({values}))")
    elif isinstance(t, Boolean):
        checks.append(f"({c} IS NOT NULL AND {c} NOT IN (0, 1))")
    elif isinstance(t, Integer):
        checks.append(f"typeof({c}) NOT IN ('integer', 'null')")
    elif isinstance(t, Float):
        checks.append(f"typeof({c}) NOT IN ('integer', 'real', 'null')")
    elif isinstance(t, LargeBinary):
        checks.append(f"typeof({c}) NOT IN ('blob', 'null')")
        checks.append(f"length({c}) > {ff.MAX_BLOB_BYTES}")
    elif isinstance(t, (String, Text)):
        checks.append(f"typeof({c}) NOT IN ('text', 'null')")
        checks.append(f"length(CAST({c} AS BLOB)) > {ff.MAX_TEXT_BYTES}")
    if column.primary_key:
        checks.append(f"length({c}) != 36")
    return checks


def _check_values(conn: sqlite3.Connection, info: Inspection) -> None:
    """One scan per table: every value must be of the type and size ZV Desk writes."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, table in current_tables().items():
        if name not in present:
            continue  # an older file: a table that a migration step adds
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        checks = [chk for col in table.columns if col.name in have
                  for chk in _column_problems(col)]
        if not checks:
            continue
        sql = "SELECT " + ", ".join(f"ifnull(sum({chk}), 0)" for chk in checks)
        sql += f' FROM "{name}"'
        counts = conn.execute(sql).fetchone()
        bad = [chk for chk, n in zip(checks, counts, strict=True) if n]
        if any("length(CAST" in chk or "> " + str(ff.MAX_BLOB_BYTES) in chk for chk in bad):
            raise UnsafeFile(
                f"{_name(info.path)} bevat een waarde die veel groter is dan ZV Desk ooit "
                f"opslaat (in tabel {name}). Het bestand is mogelijk gemanipuleerd en wordt "
                "daarom niet geopend."
            )
        if bad:
            raise DamagedFile(
                f"{_name(info.path)} bevat ongeldige gegevens (in tabel {name}) en kan niet "
                "worden geopend."
            )


def table_of(name: str) -> Table:
    """Returns the current schema's table of that name (for tests and tools)."""
    return current_tables()[name]
