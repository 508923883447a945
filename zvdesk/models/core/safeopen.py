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
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Boolean, Column, Float, Integer, LargeBinary, String, Table, Text

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core import schemacheck
from zvdesk.models.core.base import EnumText, ISODate, UTCDateTime
from zvdesk.models.core.engine import apply_pragmas, sqlite_uri
from zvdesk.models.core.errors import DamagedFile, NotAZvdbFile, UnsafeFile, ZvdbError
from zvdesk.models.core.schema import tables as current_tables
from zvdesk.models.core.sharing.magic import EncryptedFile, encrypted_message, looks_encrypted


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
    _check_total_size(path, (journal, wal))
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
        try:
            info._tempdir = tempfile.TemporaryDirectory(prefix="zvdesk-check-")
            source = Path(info._tempdir.name) / "check.zvdb"
            shutil.copyfile(path, source)
            for extra, suffix in ((journal, "-journal"), (wal, "-wal")):
                if extra.is_file():
                    shutil.copyfile(extra, f"{source}{suffix}")
        except OSError as exc:
            info.cleanup()
            raise ZvdbError(
                f"{_name(path)} moet eerst worden hersteld, maar ZV Desk kon er geen "
                "werkkopie van maken in de tijdelijke map (vol of niet toegankelijk). Het "
                "bestand is niet veranderd."
            ) from exc
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
    if not header.page_size_valid:
        raise DamagedFile(
            f"{_name(path)} is beschadigd en kan niet worden geopend (de kop van het bestand "
            "klopt niet)."
        )
    return header


def _check_total_size(path: Path, extras: tuple[Path, ...]) -> None:
    """Refuses a file that is too big before anything is copied or read (a sparse file too)."""
    try:
        total = path.stat().st_size + sum(p.stat().st_size for p in extras if p.is_file())
    except OSError as exc:
        raise NotAZvdbFile(f"{_name(path)} kan niet worden gelezen: geen toegang.") from exc
    if total > ff.MAX_FILE_BYTES:
        raise UnsafeFile(
            f"{_name(path)} is veel groter dan een ZV Desk-bestand ooit wordt "
            f"({total / 1e9:.1f} GB). Het is beschadigd of niet van ZV Desk en wordt daarom "
            "niet geopend."
        )


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
        if not _structure_ok(conn, source):
            raise DamagedFile(
                f"{_name(info.path)} is beschadigd: de controle van de database vond fouten."
            )
        # Every file: a newer one (the tables and columns this version knows), an older one
        # (the tables and columns it has; checked again once migrated).
        _check_row_sizes(conn, info)
        _check_values(conn, info)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DamagedFile(
                f"{_name(info.path)} is beschadigd: verwijzingen tussen gegevens kloppen niet."
            )
    finally:
        conn.close()


def _structure_ok(conn: sqlite3.Connection, source: Path) -> bool:
    """SQLite's own check: ``integrity_check`` when affordable, else ``quick_check``.

    Only ``integrity_check`` notices an index out of step with its table (which makes
    queries return wrong answers). It is bounded: files above
    :data:`~zvdesk.models.core.fileformat.INTEGRITY_CHECK_MAX_BYTES`, or a check running longer
    than :data:`~zvdesk.models.core.fileformat.INTEGRITY_CHECK_SECONDS`, get ``quick_check``.
    """
    if source.stat().st_size <= ff.INTEGRITY_CHECK_MAX_BYTES:
        deadline = time.monotonic() + ff.INTEGRITY_CHECK_SECONDS
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc).lower():
                raise
        finally:
            conn.set_progress_handler(None, 0)
    return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


_SCHEMA_CHANGED = (
    "{name} heeft een opbouw die ZV Desk niet maakt (tabel {table}): het is beschadigd of "
    "door een ander programma gewijzigd, en wordt daarom niet geopend."
)


def _check_schema(conn: sqlite3.Connection, info: Inspection) -> None:
    """Every table and index exactly as this version (or the file's older version) makes it."""
    problem = schemacheck.find_problem(conn, info.user_version, newer=info.newer)
    if problem is None:
        return
    names = ", ".join(problem.names[:3])
    if problem.kind == "trigger_or_view":
        raise UnsafeFile(
            f"{_name(info.path)} bevat onderdelen die ZV Desk nooit maakt (triggers of views). "
            "Het is mogelijk door een ander programma gewijzigd of gemanipuleerd en wordt "
            "daarom niet geopend."
        )
    if problem.kind == "unknown_table":
        raise UnsafeFile(
            f"{_name(info.path)} bevat tabellen die ZV Desk niet kent ({names}) en wordt "
            "daarom niet geopend."
        )
    if problem.kind == "unknown_index":
        raise UnsafeFile(
            f"{_name(info.path)} bevat een onbekende index ({names}) en wordt daarom "
            "niet geopend."
        )
    if problem.kind == "missing":
        raise DamagedFile(
            f"{_name(info.path)} is onvolledig: er ontbreken onderdelen ({names})."
        )
    raise DamagedFile(_SCHEMA_CHANGED.format(name=_name(info.path), table=names))


_TS_GLOB = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]."
    "[0-9][0-9][0-9][0-9][0-9][0-9]Z"
)
_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"

#: A check that finds a value far larger than ZV Desk ever writes (a hostile file).
SIZE = "size"
#: A check that finds a value outside its column's domain (a damaged or foreign file).
VALUE = "value"


def _years(c: str, years: tuple[int, int]) -> str:
    return f"substr({c},1,4) NOT BETWEEN '{years[0]:04d}' AND '{years[1]:04d}'"


def _column_problems(column: Column) -> list[tuple[str, str]]:
    """(SQL expression, SIZE or VALUE) pairs, true for a value this column must never hold.

    A column may name its domain in ``info``: ``{"domain": (low, high)}`` for whole numbers
    (the 1–5 scales of influence and interest).
    """
    c = f'"{column.name}"'
    t = column.type
    checks: list[tuple[str, str]] = []
    if not column.nullable:
        checks.append((f"{c} IS NULL", VALUE))
    if isinstance(t, UTCDateTime):
        # A real moment: the calendar date and the time of day exist (no 30 February, no
        # hour 29) and the year lies where Python and the local clock can show it.
        checks.append((
            f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} NOT GLOB '{_TS_GLOB}' "
            f"OR {_years(c, ff.STAMP_YEARS)} "
            f"OR strftime('%Y-%m-%dT%H:%M:%S', substr({c},1,19), '+0 seconds') "
            f"IS NOT substr({c},1,19)))",
            VALUE))
    elif isinstance(t, ISODate):
        checks.append((
            f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} NOT GLOB '{_DATE_GLOB}' "
            f"OR {_years(c, ff.DATE_YEARS)} OR date({c}, '+0 days') IS NOT {c}))", VALUE))
    elif isinstance(t, EnumText):
        values = ", ".join("'" + e.value.replace("'", "''") + "'" for e in t.enum_class)
        checks.append((f"({c} IS NOT NULL AND {c} NOT IN ({values}))", VALUE))
    elif isinstance(t, Boolean):
        checks.append((f"({c} IS NOT NULL AND {c} NOT IN (0, 1))", VALUE))
    elif isinstance(t, Integer):
        low, high = column.info.get("domain", (-ff.MAX_INTEGER, ff.MAX_INTEGER))
        checks.append((f"typeof({c}) NOT IN ('integer', 'null')", VALUE))
        checks.append((f"({c} IS NOT NULL AND {c} NOT BETWEEN {int(low)} AND {int(high)})",
                       VALUE))
    elif isinstance(t, Float):
        checks.append((f"typeof({c}) NOT IN ('integer', 'real', 'null')", VALUE))
        # Infinity compares larger than any bound; NaN is stored as NULL.
        checks.append((f"abs({c}) > {ff.MAX_COORDINATE:.0f}", VALUE))
    elif isinstance(t, LargeBinary):
        checks.append((f"typeof({c}) NOT IN ('blob', 'null')", VALUE))
        checks.append((f"length({c}) > {ff.MAX_BLOB_BYTES}", SIZE))
    elif isinstance(t, (String, Text)):
        checks.append((f"typeof({c}) NOT IN ('text', 'null')", VALUE))
        checks.append((f"length(CAST({c} AS BLOB)) > {ff.MAX_TEXT_BYTES}", SIZE))
        if isinstance(t, String) and not isinstance(t, Text) and t.length:
            checks.append((f"length({c}) > {int(t.length)}", VALUE))
    if column.primary_key:
        checks.append((f"length({c}) != 36", VALUE))
    return checks


def _max_row_bytes(table: Table) -> int:
    """The largest record a row of this table can be when every value is within its limit."""
    total = 0
    for column in table.columns:
        t = column.type
        if isinstance(t, LargeBinary):
            total += ff.MAX_BLOB_BYTES
        elif isinstance(t, Text) or (isinstance(t, String) and not t.length):
            total += ff.MAX_TEXT_BYTES
        elif isinstance(t, String):
            total += 4 * t.length
        total += 16  # the value's type in the record header, or a number
    return total + 64


def _check_row_sizes(conn: sqlite3.Connection, info: Inspection) -> None:
    """Refuses a row too large for its table before any value of it is read.

    SQLite's ``dbstat`` table reads only the page headers, so a 300 MB text is noticed
    without loading it. Where this SQLite lacks ``dbstat``, the value checks still find it.
    """
    tables = current_tables()
    try:
        rows = conn.execute(
            "SELECT name, max(mx_payload) FROM dbstat WHERE pagetype = 'leaf' GROUP BY name"
        ).fetchall()
    except sqlite3.OperationalError:
        return
    for name, payload in rows:
        table = tables.get(str(name))
        if table is None:
            continue  # an index, SQLite's own table, or a table of a newer version
        extra = 0
        if info.newer:  # a newer version may have added columns to this table
            have = len(conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall())
            extra = max(0, have - len(table.columns)) * (ff.MAX_BLOB_BYTES + 16)
        if payload is not None and payload > _max_row_bytes(table) + extra:
            raise UnsafeFile(_too_big(info, str(name)))


def _too_big(info: Inspection, table: str) -> str:
    return (
        f"{_name(info.path)} bevat een waarde die veel groter is dan ZV Desk ooit opslaat (in "
        f"tabel {table}). Het bestand is mogelijk gemanipuleerd en wordt daarom niet geopend."
    )


def _check_values(conn: sqlite3.Connection, info: Inspection) -> None:
    """One scan per table: every value of the type, size and domain ZV Desk writes.

    Also for a file of a newer version (its columns this version knows), before anything of
    it is loaded; and for an older one (the tables and columns it has).
    """
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, table in current_tables().items():
        if name not in present:
            continue  # an older file: a table that a migration step adds
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
        checks = [chk for col in table.columns if col.name in have
                  for chk in _column_problems(col)]
        if not checks:
            continue
        sql = "SELECT " + ", ".join(f"ifnull(sum({expr}), 0)" for expr, _k in checks)
        sql += f' FROM "{name}"'
        counts = conn.execute(sql).fetchone()
        bad = [kind for (_e, kind), n in zip(checks, counts, strict=True) if n]
        if SIZE in bad:
            raise UnsafeFile(_too_big(info, name))
        if bad:
            raise DamagedFile(
                f"{_name(info.path)} bevat ongeldige gegevens (in tabel {name}) en kan niet "
                "worden geopend."
            )


def table_of(name: str) -> Table:
    """Returns the current schema's table of that name (for tests and tools)."""
    return current_tables()[name]
