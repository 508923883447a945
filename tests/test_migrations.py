"""Migrations: numbered steps in one transaction, on a copy; every released fixture opens."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core import migrations
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.summary import summarize

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_fixture_exists_for_every_released_version() -> None:
    versions = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.zvdb"))
    assert versions == list(range(ff.OLDEST_READABLE_VERSION, ff.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.zvdb")), ids=lambda p: p.name)
def test_every_fixture_opens_and_is_current_after_opening(fixture: Path, workdir: Path) -> None:
    target = workdir / fixture.name
    shutil.copyfile(fixture, target)
    doc = Document.open(target)
    try:
        assert not doc.read_only
        with doc.session() as s:
            assert s.connection().exec_driver_sql("PRAGMA user_version").scalar() == (
                ff.SCHEMA_VERSION)
    finally:
        doc.close()
    lines = summarize(target)
    assert "Controle: in orde" in lines


def _versioned_copy(src: Path, version: int) -> Path:
    conn = sqlite3.connect(src, isolation_level=None)
    conn.execute(f"PRAGMA user_version={version}")
    conn.close()
    return src


def test_steps_run_in_order_in_one_transaction(new_doc: Document) -> None:
    path = new_doc.path
    new_doc.close()
    _versioned_copy(path, 1)
    ran: list[int] = []

    def step2(conn: sqlite3.Connection) -> None:
        ran.append(2)
        conn.execute("CREATE TABLE extra_two (id TEXT)")

    def step3(conn: sqlite3.Connection) -> None:
        ran.append(3)
        conn.execute("INSERT INTO extra_two VALUES ('x')")

    original = path.read_bytes()
    # Versions beyond today's: the result is not held to the current schema.
    backup = migrations.migrate_file(path, 11, to_version=13, steps={12: step2, 13: step3})
    assert ran == [2, 3]
    assert backup.read_bytes() == original  # the original is kept beside it
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (13,)
    assert conn.execute("SELECT * FROM extra_two").fetchall() == [("x",)]
    conn.close()
    assert not list(path.parent.glob(".~*"))


def test_a_failing_step_leaves_the_file_untouched(new_doc: Document) -> None:
    path = new_doc.path
    new_doc.close()
    original = path.read_bytes()

    def good(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE halfway (id TEXT)")

    def bad(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("kapot")

    with pytest.raises(ZvdbError, match="niet veranderd"):
        migrations.migrate_file(path, 1, to_version=3, steps={2: good, 3: bad})
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == ["regio.zvdb"]


def test_older_file_is_migrated_on_open_with_backup(new_doc: Document,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the current schema is one newer with one step; today's file opens, upgraded."""
    path = new_doc.path
    new_doc.close()
    calls: list[str] = []
    nxt = ff.SCHEMA_VERSION + 1
    monkeypatch.setattr(ff, "SCHEMA_VERSION", nxt)
    monkeypatch.setitem(migrations.STEPS, nxt, lambda conn: calls.append(str(nxt)))
    from zvdesk.models.core import safeopen

    monkeypatch.setattr(safeopen.ff, "SCHEMA_VERSION", nxt)
    doc = Document.open(path)
    try:
        assert calls == [str(nxt)]
        assert doc.migrated_backup is not None and doc.migrated_backup.exists()
        with doc.session() as s:
            assert s.connection().exec_driver_sql("PRAGMA user_version").scalar() == nxt
    finally:
        doc.close()


def _schema_sql(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    finally:
        conn.close()


def test_a_new_file_has_exactly_the_schema_of_its_version_fixture(new_doc: Document) -> None:
    """The code's schema is that of its version: moving model code never changes the file."""
    path = new_doc.path
    new_doc.close()
    fixture = _schema_sql(FIXTURES / f"v{ff.SCHEMA_VERSION}.zvdb")
    assert fixture, "the fixture holds no schema"
    assert _schema_sql(path) == fixture


@pytest.mark.parametrize("version", range(ff.OLDEST_READABLE_VERSION, ff.SCHEMA_VERSION))
def test_a_migrated_file_has_exactly_the_schema_of_a_new_file(
        version: int, new_doc: Document, workdir: Path) -> None:
    """Every older fixture, migrated, has the very SQL a new file has (frozen steps in step)."""
    new_path = new_doc.path
    new_doc.close()
    old = workdir / f"oud-v{version}.zvdb"
    shutil.copyfile(FIXTURES / f"v{version}.zvdb", old)
    migrations.migrate_file(old, version)
    assert _schema_sql(old) == _schema_sql(new_path)
