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
