"""Hostile, damaged and foreign files: a clear Dutch message, and the bytes stay as they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import DamagedFile, NotAZvdbFile, UnsafeFile, ZvdbError
from zvdesk.models.core.safeopen import inspect_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def make_empty(src: Path) -> Path:
    p = src.with_name("leeg.zvdb")
    p.write_bytes(b"")
    return p


def make_truncated(src: Path) -> Path:
    p = src.with_name("afgekapt.zvdb")
    data = src.read_bytes()
    p.write_bytes(data[: len(data) // 2 + 100])
    return p


def make_random(src: Path) -> Path:
    p = src.with_name("ruis.zvdb")
    p.write_bytes(os.urandom(8192))
    return p


def make_foreign_sqlite(src: Path) -> Path:
    p = src.with_name("ander.zvdb")
    conn = _raw(p)
    conn.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
    conn.close()
    return p


def make_newer(src: Path) -> Path:
    p = src.with_name("nieuwer.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute(f"PRAGMA user_version={ff.SCHEMA_VERSION + 1}")
    conn.close()
    return p


def make_trigger(src: Path) -> Path:
    p = src.with_name("trigger.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("CREATE TRIGGER t AFTER UPDATE ON person BEGIN DELETE FROM person; END")
    conn.close()
    return p


def make_view(src: Path) -> Path:
    p = src.with_name("view.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("CREATE VIEW v AS SELECT * FROM person")
    conn.close()
    return p


def make_huge_string(src: Path) -> Path:
    p = src.with_name("groot.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("UPDATE region SET description = ?", ("x" * 20_000_000,))
    conn.close()
    return p


def make_folder(src: Path) -> Path:
    p = src.with_name("x.zvdb")
    p.mkdir()
    return p


def make_extra_table(src: Path) -> Path:
    p = src.with_name("extra.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("CREATE TABLE geheim (x TEXT)")
    conn.close()
    return p


def make_bad_enum(src: Path) -> Path:
    p = src.with_name("enum.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("UPDATE organisation SET domain = 'hacker'")
    conn.close()
    return p


def make_bad_date(src: Path) -> Path:
    p = src.with_name("datum.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("UPDATE person SET created_at = '2026-02-30T10:00:00.000000Z'")
    conn.close()
    return p


def make_old_version(src: Path) -> Path:
    p = src.with_name("oud.zvdb")
    shutil.copyfile(src, p)
    conn = _raw(p)
    conn.execute("PRAGMA user_version=0")
    conn.close()
    return p


def _copy(src: Path, name: str) -> Path:
    p = src.with_name(name)
    shutil.copyfile(src, p)
    return p


def _rebuild_table(path: Path, table: str, edit: Callable[[str], str],
                   after: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Rebuilds a table the way another tool would: same name, changed definition, same rows."""
    conn = _raw(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()
    indexes = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL",
        (table,))]
    new_sql = edit(sql)
    assert new_sql != sql
    conn.execute("BEGIN")
    conn.execute(new_sql.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}__neu (", 1))
    columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    conn.execute(f"INSERT INTO {table}__neu ({columns}) SELECT {columns} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}__neu RENAME TO {table}")
    for index in indexes:
        conn.execute(index)
    if after is not None:
        after(conn)
    conn.execute("COMMIT")
    conn.close()


def make_on_conflict_replace(src: Path) -> Path:
    p = _copy(src, "vervangen.zvdb")
    _rebuild_table(p, "person", lambda sql: sql.replace(
        "PRIMARY KEY (id)", "PRIMARY KEY (id), UNIQUE (name) ON CONFLICT REPLACE"))
    return p


def make_phone_numeric(src: Path) -> Path:
    p = _copy(src, "telefoon.zvdb")
    _rebuild_table(p, "person", lambda sql: sql.replace(
        "phone VARCHAR(40) NOT NULL", "phone NUMERIC NOT NULL"))
    return p


def make_check_constraint(src: Path) -> Path:
    p = _copy(src, "check.zvdb")
    _rebuild_table(p, "person", lambda sql: sql.replace(
        "PRIMARY KEY (id)", "PRIMARY KEY (id), CHECK (length(name) < 5)"))
    return p


def make_hidden_generated_column(src: Path) -> Path:
    p = _copy(src, "verborgen.zvdb")
    _rebuild_table(p, "municipality", lambda sql: sql.replace(
        "PRIMARY KEY (id)",
        "ballast TEXT GENERATED ALWAYS AS (printf('%.*c', 1000000, 'x')) STORED, "
        "PRIMARY KEY (id)"))
    return p


def make_quoted_and_spaced(src: Path) -> Path:
    """Only the layout of the SQL differs: quoting, case and spaces. Refused all the same
    when a collation is added; this one adds NOCASE to a name."""
    p = _copy(src, "collatie.zvdb")
    _rebuild_table(p, "theme", lambda sql: sql.replace(
        "name VARCHAR(200) NOT NULL", '"NAME"   varchar(200) NOT NULL COLLATE NOCASE'))
    return p


def make_no_primary_key(src: Path) -> Path:
    p = _copy(src, "zonder-sleutel.zvdb")

    def twin(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO person SELECT * FROM person")  # the same id twice

    _rebuild_table(p, "person", lambda sql: sql.replace("PRIMARY KEY (id), \n\t", ""), twin)
    return p


def make_without_rowid(src: Path) -> Path:
    p = _copy(src, "zonder-rowid.zvdb")
    _rebuild_table(p, "theme", lambda sql: sql.rstrip() + " WITHOUT ROWID")
    return p


def make_fk_action(src: Path) -> Path:
    p = _copy(src, "cascade.zvdb")
    _rebuild_table(p, "person", lambda sql: sql.replace(
        "REFERENCES organisation (id)", "REFERENCES organisation (id) ON DELETE CASCADE"))
    return p


def make_index_out_of_step(src: Path) -> Path:
    """The index's definition is ours, but its entries were made for another column."""
    p = _copy(src, "index.zvdb")
    ours = "CREATE INDEX ix_person_organisation ON person (organisation_id)"
    other = "CREATE INDEX ix_person_organisation ON person (name)"
    for sql_from, sql_to, then in ((ours, other, "UPDATE person SET name = name || ' '"),
                                   (other, ours, None)):
        conn = _raw(p)
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql=? WHERE sql=?", (sql_to, sql_from))
        conn.execute("PRAGMA writable_schema=OFF")
        conn.close()
        if then:
            conn = _raw(p)
            conn.execute("REINDEX ix_person_organisation")
            conn.execute(then)
            conn.close()
    conn = _raw(p)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # it fools quick_check
    conn.close()
    return p


def make_extra_index(src: Path) -> Path:
    p = _copy(src, "extra-index.zvdb")
    conn = _raw(p)
    conn.execute("CREATE INDEX ix_extra ON person (name)")
    conn.close()
    return p


def _update(name: str, sql: str, *params: object) -> Callable[[Path], Path]:
    """A maker that runs one statement on a copy (a stakeholder gets its project first)."""

    def make(src: Path) -> Path:
        p = _copy(src, f"{name}.zvdb")
        conn = _raw(p)
        conn.execute("PRAGMA foreign_keys=OFF")
        if sql.startswith("INSERT INTO stakeholder"):
            conn.execute(_PROJECT, ("2026-01-01",))
        conn.execute(sql, params)
        assert conn.total_changes
        conn.close()
        return p

    make.__name__ = f"make_{name.replace('-', '_')}"
    return make


def make_newer_with_bad_value(src: Path) -> Path:
    p = make_newer(src)
    conn = _raw(p)
    conn.execute("UPDATE person SET created_at = '2026-13-01T10:00:00.000000Z'")
    conn.close()
    return p


def make_newer_with_changed_column(src: Path) -> Path:
    p = make_newer(src)
    _rebuild_table(p, "person", lambda sql: sql.replace(
        "phone VARCHAR(40) NOT NULL", "phone NUMERIC NOT NULL"))
    return p


def make_newer_with_hidden_column(src: Path) -> Path:
    p = make_newer(src)
    _rebuild_table(p, "theme", lambda sql: sql.replace(
        "PRIMARY KEY (id)", "big TEXT GENERATED ALWAYS AS (name || name) VIRTUAL, "
        "PRIMARY KEY (id)"))
    return p


def make_page_size_zero(src: Path) -> Path:
    p = _copy(src, "pagina.zvdb")
    data = bytearray(p.read_bytes())
    data[16:18] = b"\x00\x00"
    p.write_bytes(bytes(data))
    return p


_STAKEHOLDER = ("INSERT INTO stakeholder (project_id, name, initials, ring, x, y, attitude, notes, "
                "influence, interest, actions, medium, frequency, id, created_at, modified_at, "
                "field_stamps) SELECT p.id, 'Speler', '', 'direct', 0, 0, 'blauw', '', ?, ?, '', "
                "'', '', '00000000-0000-4000-8000-000000000001', p.created_at, p.modified_at, "
                "'{}' FROM project p LIMIT 1")
_PROJECT = ("INSERT INTO project (name, description, status, start_date, sort_order, id, "
            "created_at, modified_at, field_stamps) VALUES ('P', '', 'verkenning', ?, 0, "
            "'00000000-0000-4000-8000-000000000002', '2026-01-01T10:00:00.000000Z', "
            "'2026-01-01T10:00:00.000000Z', '{}')")

CASES: list[tuple[Callable[[Path], Path], type[ZvdbError], str]] = [
    (make_empty, NotAZvdbFile, "leeg (0 bytes)"),
    (make_truncated, DamagedFile, "onvolledig"),
    (make_random, NotAZvdbFile, "geen ZV Desk-bestand"),
    (make_foreign_sqlite, NotAZvdbFile, "ander programma"),
    (make_trigger, UnsafeFile, "triggers of views"),
    (make_view, UnsafeFile, "triggers of views"),
    (make_huge_string, UnsafeFile, "veel groter"),
    (make_folder, NotAZvdbFile, "een map"),
    (make_extra_table, UnsafeFile, "tabellen die ZV Desk niet kent"),
    (make_bad_enum, DamagedFile, "ongeldige gegevens"),
    (make_bad_date, DamagedFile, "ongeldige gegevens"),
    (make_old_version, NotAZvdbFile, "te oude"),
    (make_on_conflict_replace, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_phone_numeric, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_check_constraint, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_hidden_generated_column, DamagedFile, "opbouw die ZV Desk niet maakt"),
    (make_quoted_and_spaced, DamagedFile, "opbouw die ZV Desk niet maakt (tabel theme)"),
    (make_no_primary_key, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_without_rowid, DamagedFile, "opbouw die ZV Desk niet maakt (tabel theme)"),
    (make_fk_action, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_index_out_of_step, DamagedFile, "de controle van de database vond fouten"),
    (make_extra_index, UnsafeFile, "onbekende index (ix_extra)"),
    (make_page_size_zero, DamagedFile, "kop van het bestand klopt niet"),
    (make_newer_with_bad_value, DamagedFile, "ongeldige gegevens (in tabel person)"),
    (make_newer_with_changed_column, DamagedFile, "opbouw die ZV Desk niet maakt (tabel person)"),
    (make_newer_with_hidden_column, DamagedFile, "opbouw die ZV Desk niet maakt (tabel theme)"),
    (_update("jaar-nul", "UPDATE person SET created_at = '0000-01-01T10:00:00.000000Z'"),
     DamagedFile, "ongeldige gegevens (in tabel person)"),
    (_update("uur-29", "UPDATE person SET modified_at = '2026-01-01T29:00:00.000000Z'"),
     DamagedFile, "ongeldige gegevens (in tabel person)"),
    (_update("uur-24", "UPDATE person SET modified_at = '2026-01-01T24:00:00.000000Z'"),
     DamagedFile, "ongeldige gegevens (in tabel person)"),
    (_update("naam-te-lang", "UPDATE person SET name = ?", "n" * 250),
     DamagedFile, "ongeldige gegevens (in tabel person)"),
    (_update("datum-jaar-nul", _PROJECT, "0000-03-01"),
     DamagedFile, "ongeldige gegevens (in tabel project)"),
    (_update("datum-31-april", _PROJECT, "2026-04-31"),
     DamagedFile, "ongeldige gegevens (in tabel project)"),
    (_update("invloed-vijf-miljard", _STAKEHOLDER, 5_000_000_000, 3),
     DamagedFile, "ongeldige gegevens (in tabel stakeholder)"),
    (_update("belang-zes", _STAKEHOLDER, 3, 6),
     DamagedFile, "ongeldige gegevens (in tabel stakeholder)"),
    (_update("belang-nul", _STAKEHOLDER, 1, 0),
     DamagedFile, "ongeldige gegevens (in tabel stakeholder)"),
    (_update("positie-oneindig", _STAKEHOLDER.replace("0, 0, 'blauw'", "9e999, 0, 'blauw'"),
             3, 3), DamagedFile, "ongeldige gegevens (in tabel stakeholder)"),
]


@pytest.fixture
def good_file(new_doc: Document) -> Path:
    new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Piet"}))
    path = new_doc.path
    new_doc.close()
    return path


@pytest.mark.parametrize(("make", "error", "text"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_file_is_refused_and_untouched(good_file: Path, make: Callable[[Path], Path],
                                           error: type[ZvdbError], text: str) -> None:
    bad = make(good_file)
    before = _digest(bad)
    listing = sorted(p.name for p in bad.parent.iterdir())
    with pytest.raises(error) as info:
        Document.open(bad)
    assert text in str(info.value)
    assert "Traceback" not in str(info.value)
    assert _digest(bad) == before
    assert sorted(p.name for p in bad.parent.iterdir()) == listing  # no lock, no journal


def test_newer_version_opens_read_only_with_message(good_file: Path) -> None:
    newer = make_newer(good_file)
    before = _digest(newer)
    doc = Document.open(newer)
    try:
        assert doc.read_only
        assert "nieuwere versie van ZV Desk" in (doc.read_only_reason or "")
        with doc.session() as s:
            assert [p.name for p in ops.list_live(s, "person")] == ["Piet"]
    finally:
        doc.close()
    assert _digest(newer) == before


def test_newer_version_may_add_tables_columns_and_indexes(good_file: Path) -> None:
    """What a later ZV Desk adds is no reason to refuse its file (it opens read-only)."""
    newer = make_newer(good_file)
    conn = _raw(newer)
    conn.execute("ALTER TABLE person ADD COLUMN pronouns VARCHAR(40)")
    conn.execute("CREATE TABLE future_thing (id VARCHAR(36) NOT NULL, PRIMARY KEY (id))")
    conn.execute("CREATE INDEX ix_person_name ON person (name)")
    conn.close()
    before = _digest(newer)
    doc = Document.open(newer)
    try:
        assert doc.read_only
        with doc.session() as s:
            assert [p.name for p in ops.list_live(s, "person")] == ["Piet"]
    finally:
        doc.close()
    assert _digest(newer) == before


def test_statistics_of_another_tools_analyze_are_no_reason_to_refuse(good_file: Path) -> None:
    conn = _raw(good_file)
    conn.execute("ANALYZE")
    conn.close()
    before = _digest(good_file)
    inspect_file(good_file).cleanup()
    assert _digest(good_file) == before
    conn = _raw(good_file)
    conn.execute("PRAGMA writable_schema=ON")  # the same name, another definition: refused
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE sqlite_stat1(tbl,idx,stat,x)' "
                 "WHERE name = 'sqlite_stat1'")
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    with pytest.raises(UnsafeFile, match="tabellen die ZV Desk niet kent"):
        inspect_file(good_file)


def test_hot_journal_is_rolled_back_not_lost(good_file: Path, workdir: Path) -> None:
    """A crash mid-transaction leaves a hot journal; opening must roll it back safely."""
    script = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE person SET name='Halverwege'\")\n"
        "c.execute(\"UPDATE region SET description=hex(randomblob(100000))\")\n"
        "c.execute('PRAGMA cache_spill=1')\n"
        "os._exit(0)\n"  # dies mid-transaction, leaving the journal
    )
    subprocess.run([sys.executable, "-c", script, str(good_file)], check=True)
    journal = Path(f"{good_file}-journal")
    if not journal.exists():
        pytest.skip("SQLite did not spill to the journal on this platform")
    check_digest = _digest(good_file)
    info = inspect_file(good_file)  # the check itself works on a copy
    assert info.needs_recovery
    info.cleanup()
    assert _digest(good_file) == check_digest and journal.exists()
    doc = Document.open(good_file)
    try:
        with doc.session() as s:
            assert [p.name for p in ops.list_live(s, "person")] == ["Piet"]
    finally:
        doc.close()
    assert not journal.exists()


def test_file_left_in_wal_mode_is_read_and_converted(good_file: Path) -> None:
    conn = _raw(good_file)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("UPDATE person SET name='Uit WAL'")
    # Keep the WAL content un-checkpointed, as a crashed tool would leave it.
    conn.execute("PRAGMA wal_autocheckpoint=0")
    wal_copy = Path(f"{good_file}-wal").read_bytes()
    main_copy = good_file.read_bytes()
    conn.close()
    good_file.write_bytes(main_copy)
    Path(f"{good_file}-wal").write_bytes(wal_copy)
    before = _digest(good_file)
    info = inspect_file(good_file)
    assert info.needs_recovery
    info.cleanup()
    assert _digest(good_file) == before  # checking changed nothing
    doc = Document.open(good_file)
    try:
        with doc.session() as s:
            assert [p.name for p in ops.list_live(s, "person")] == ["Uit WAL"]
    finally:
        doc.close()
    assert not Path(f"{good_file}-wal").exists()
    with good_file.open("rb") as fh:
        assert ff.parse_header(fh.read(100)).is_wal is False


def test_check_reads_older_journal_mode_free_file_read_only(good_file: Path) -> None:
    before = _digest(good_file)
    info = inspect_file(good_file)
    assert not info.needs_recovery and not info.newer and not info.older
    assert _digest(good_file) == before
