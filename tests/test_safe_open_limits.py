"""The schema snapshot of every released version, and files too big to look at.

The hostile corpus of small files is in ``test_safe_open.py``; here are the cases that need
big files (a 300 MB text in a newer-version file, a sparse 3 GB file flagged WAL), the frozen
schema of version 1, and the main window refusing a bad file with a Dutch message.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core import ops, schemacheck
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import DamagedFile, UnsafeFile
from zvdesk.resources import resource_path

FIXTURES = Path(__file__).parent / "fixtures"


def _master(path: Path | str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"),
                      key=lambda r: (r[0], r[1]))
    finally:
        conn.close()


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def test_snapshot_of_every_released_version_equals_its_fixture() -> None:
    """resources/schema/v<N>.sql is the exact sqlite_master SQL of tests/fixtures/v<N>.zvdb."""
    snapshots = sorted(resource_path("schema").glob("v*.sql"))
    assert resource_path("schema", "v1.sql") in snapshots  # version 1 is released
    for snapshot_file in snapshots:
        version = int(snapshot_file.stem[1:])
        script = schemacheck.snapshot_sql(version)
        conn = sqlite3.connect(":memory:")
        conn.executescript(script)
        snapshot = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"),
                          key=lambda r: (r[0], r[1]))
        conn.close()
        assert snapshot == _master(FIXTURES / f"v{version}.zvdb")  # the text, not its meaning


def test_a_new_file_and_the_v1_fixture_each_match_their_version(new_doc: Document) -> None:
    """The opener expects of each version exactly what that version wrote."""
    path = new_doc.path
    new_doc.close()
    conn = sqlite3.connect(path)
    try:
        assert schemacheck.find_problem(conn, ff.SCHEMA_VERSION) is None
    finally:
        conn.close()
    older = schemacheck.expected_schema(ff.OLDEST_READABLE_VERSION)
    assert older is not None
    v1 = sqlite3.connect(FIXTURES / "v1.zvdb")
    try:
        assert schemacheck.find_problem(v1, 1) is None
    finally:
        v1.close()


@pytest.mark.parametrize("version", range(ff.OLDEST_READABLE_VERSION, ff.SCHEMA_VERSION))
def test_an_older_fixture_is_checked_against_its_own_version(
        version: int, workdir: Path) -> None:
    """A released file is held to its version's snapshot: as made it opens, changed it does not."""
    old = workdir / f"v{version}.zvdb"
    shutil.copyfile(FIXTURES / f"v{version}.zvdb", old)
    Document.open(old, read_only=True).close()  # opens (read-only: migrated privately)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'phone VARCHAR(40)', "
                 "'phone NUMERIC') WHERE name = 'person'")
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    before = _digest(old)
    with pytest.raises(DamagedFile, match=r"opbouw die ZV Desk niet maakt \(tabel person\)"):
        Document.open(old)
    assert _digest(old) == before
    assert sorted(p.name for p in workdir.iterdir()) == [old.name]


def test_normalising_ignores_layout_quoting_and_case_only() -> None:
    ours = "CREATE TABLE theme (\n\tname VARCHAR(200) NOT NULL, \n\tPRIMARY KEY (id)\n)"
    same = 'create table "THEME"([name]   varchar(200)  not null,primary key(`id`)) -- x'
    assert schemacheck.normalise_sql(ours) == schemacheck.normalise_sql(same)
    for changed in ("CREATE TABLE theme (name VARCHAR(200) NOT NULL COLLATE NOCASE, "
                    "PRIMARY KEY (id))",
                    "CREATE TABLE theme (name VARCHAR(200) NOT NULL DEFAULT 'x', "
                    "PRIMARY KEY (id))",
                    "CREATE TABLE theme (name VARCHAR(201) NOT NULL, PRIMARY KEY (id))"):
        assert schemacheck.normalise_sql(ours) != schemacheck.normalise_sql(changed)


@pytest.fixture
def plain_file(new_doc: Document) -> Path:
    new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Piet"}))
    path = new_doc.path
    new_doc.close()
    return path


def _check_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("zvdesk-check-*")}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory via /proc")
def test_newer_file_with_a_300_mb_text_is_refused_quickly_without_loading_it(
        plain_file: Path) -> None:
    conn = sqlite3.connect(plain_file, isolation_level=None)
    conn.execute("UPDATE region SET description = ?", ("x" * 300_000_000,))
    conn.execute(f"PRAGMA user_version={ff.SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(plain_file)
    # A fresh process, so its peak memory (VmHWM: since exec) tells whether the text was
    # loaded.
    script = (
        "import sys, time\n"
        "from zvdesk.models.core.document import Document\n"
        "from zvdesk.models.core.errors import ZvdbError\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    Document.open(sys.argv[1])\n"
        "except ZvdbError as exc:\n"
        "    print(exc)\n"
        "print(round(time.monotonic() - t, 2))\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(int(hwm.split()[1]) // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(plain_file)], capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    message, seconds, peak_mb = out.stdout.strip().splitlines()[-3:]
    print(f"300 MB text, newer version: refused in {seconds} s, peak {peak_mb} MB")
    assert "veel groter is dan ZV Desk ooit opslaat (in tabel region)" in message
    assert float(seconds) < 5
    assert int(peak_mb) < 250  # the 300 MB text itself never came into memory
    assert _digest(plain_file) == before


def _sparse_state(path: Path) -> tuple:
    """What shows that a sparse file was not written: size, blocks, time and its first pages."""
    st = path.stat()
    with path.open("rb") as fh:
        head = hashlib.sha256(fh.read(1 << 20)).hexdigest()
    return st.st_size, getattr(st, "st_blocks", None), st.st_mtime_ns, head


def test_sparse_3_gb_file_flagged_wal_is_refused_before_any_copy(plain_file: Path) -> None:
    data = bytearray(plain_file.read_bytes())
    data[18:20] = b"\x02\x02"  # "last written in WAL mode": would need a private copy
    plain_file.write_bytes(bytes(data))
    os.truncate(plain_file, 3 * 1024**3)  # sparse: 3 GB long, a few KB on disk
    before_dirs = _check_dirs()
    before = _sparse_state(plain_file)
    t = time.monotonic()
    with pytest.raises(UnsafeFile) as info:
        Document.open(plain_file)
    assert time.monotonic() - t < 2
    assert "veel groter dan een ZV Desk-bestand ooit wordt" in str(info.value)
    assert _check_dirs() == before_dirs  # no temp copy was started
    assert _sparse_state(plain_file) == before
    assert sorted(p.name for p in plain_file.parent.iterdir()) == [plain_file.name]


def test_sparse_3_gb_wal_beside_the_file_is_refused_before_any_copy(plain_file: Path) -> None:
    wal = Path(f"{plain_file}-wal")
    with wal.open("wb") as fh:
        fh.truncate(3 * 1024**3)
    before_dirs = _check_dirs()
    before = _sparse_state(plain_file)
    with pytest.raises(UnsafeFile, match="veel groter"):
        Document.open(plain_file)
    assert _check_dirs() == before_dirs
    assert _sparse_state(plain_file) == before and wal.stat().st_size == 3 * 1024**3


def test_big_file_gets_quick_check_when_integrity_check_would_take_too_long(
        plain_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bounded check: past its time limit, ``quick_check`` decides (the file opens)."""
    monkeypatch.setattr(ff, "INTEGRITY_CHECK_SECONDS", 0.0)
    doc = Document.open(plain_file, read_only=True)
    doc.close()


def _stakeholder_with_influence(path: Path, influence: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO project (name, description, status, sort_order, id, created_at, "
                 "modified_at, field_stamps) VALUES ('Project', '', 'verkenning', 0, "
                 "'00000000-0000-4000-8000-000000000002', '2026-01-01T10:00:00.000000Z', "
                 "'2026-01-01T10:00:00.000000Z', '{}')")
    conn.execute("INSERT INTO stakeholder (project_id, name, initials, ring, x, y, attitude, "
                 "notes, influence, interest, actions, medium, frequency, id, created_at, "
                 "modified_at, field_stamps) VALUES ('00000000-0000-4000-8000-000000000002', "
                 "'Speler', '', 'direct', 0, 0, 'blauw', '', ?, 3, '', '', '', "
                 "'00000000-0000-4000-8000-000000000001', '2026-01-01T10:00:00.000000Z', "
                 "'2026-01-01T10:00:00.000000Z', '{}')", (influence,))
    conn.close()


def test_window_refuses_influence_five_billion_with_a_dutch_message(
        window, plain_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from zvdesk.ui import dialogs

    _stakeholder_with_influence(plain_file, 5_000_000_000)
    before = _digest(plain_file)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(plain_file))
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.text() == "&Openen…")
    action.trigger()
    assert window.controller is None  # the Communicatie tab never sees the value
    assert window.messages and window.messages[-1][0] == "Openen mislukt"
    assert "ongeldige gegevens (in tabel stakeholder)" in window.messages[-1][1]
    assert _digest(plain_file) == before
    assert sorted(p.name for p in plain_file.parent.iterdir()) == [plain_file.name]


def test_window_keeps_an_unexpected_error_while_opening_from_the_user(
        window, plain_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Whatever goes wrong while a document is shown: a Dutch message, the lock released."""
    from zvdesk.ui import controller, dialogs

    def broken(*_a: object, **_k: object) -> None:
        raise ValueError("Invalid isoformat string: '2026-01-01T29:00:00'")

    # (the window imports its controller when a file is shown, from zvdesk.ui.controller)
    monkeypatch.setattr(controller, "DocumentController", broken)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a, **_k: str(plain_file))
    action = next(a for a in window.findChildren(type(window.undo_action))
                  if a.text() == "&Openen…")
    action.trigger()
    assert window.controller is None
    assert window.messages[-1][0] == "Openen mislukt"
    assert "kon niet worden geopend" in window.messages[-1][1]
    assert "isoformat" not in window.messages[-1][1]
    assert sorted(p.name for p in plain_file.parent.iterdir()) == [plain_file.name]  # no lock
    shutil.copyfile(plain_file, plain_file.with_name("nog.zvdb"))  # the file is free again
    doc = Document.open(plain_file)
    doc.close()


def test_merge_refuses_a_copy_with_influence_five_billion(new_doc: Document,
                                                          workdir: Path) -> None:
    """The value does not travel on through a merge into the user's own file."""
    from zvdesk.models.core.sharing.merge_apply import plan_with_file

    theirs = workdir / "van-collega.zvdb"
    shutil.copyfile(new_doc.path, theirs)
    _stakeholder_with_influence(theirs, 5_000_000_000)
    before = _digest(new_doc.path)
    with pytest.raises(DamagedFile, match=r"ongeldige gegevens \(in tabel stakeholder\)"):
        plan_with_file(new_doc, theirs)
    assert _digest(new_doc.path) == before


@pytest.mark.parametrize("step_sql", [
    "UPDATE stakeholder SET influence = 9",  # a step that leaves a value out of its domain
    "ALTER TABLE person ADD COLUMN extra TEXT",  # a step that does not produce our schema
])
def test_an_older_file_is_checked_again_once_migrated(
        new_doc: Document, monkeypatch: pytest.MonkeyPatch, step_sql: str | None) -> None:
    """Pretend a newer version: the migrated copy must be exactly its schema, values included."""
    from zvdesk.models.core import migrations
    from zvdesk.models.core.errors import ZvdbError

    path = new_doc.path
    new_doc.close()
    _stakeholder_with_influence(path, 3)
    nxt = ff.SCHEMA_VERSION + 1
    monkeypatch.setattr(ff, "SCHEMA_VERSION", nxt)
    monkeypatch.setitem(migrations.STEPS, nxt,
                        lambda conn: conn.execute(step_sql))
    before = _digest(path)
    with pytest.raises(ZvdbError) as info:
        Document.open(path)
    assert "kon niet worden bijgewerkt naar de nieuwe bestandsversie" in str(info.value)
    assert "Het bestand is niet veranderd" in str(info.value)
    assert ".migreren" not in str(info.value)
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_no_room_for_the_recovery_copy_gives_a_dutch_message(
        plain_file: Path, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zvdesk.models.core.errors import ZvdbError

    data = bytearray(plain_file.read_bytes())
    data[18:20] = b"\x02\x02"  # left in WAL mode: needs a private copy to recover
    plain_file.write_bytes(bytes(data))
    before = _digest(plain_file)
    monkeypatch.setattr(tempfile, "tempdir", str(workdir / "bestaat-niet"))
    with pytest.raises(ZvdbError, match="geen werkkopie van maken in de tijdelijke map"):
        Document.open(plain_file)
    assert _digest(plain_file) == before


def test_no_write_stores_a_text_the_opener_would_refuse(new_doc: Document) -> None:
    """Every write keeps texts within their column, also a model function that skips the
    validators; so the file ZV Desk wrote always opens again."""
    from zvdesk.models.core.errors import ValidationError
    from zvdesk.models.core.schema import record_class

    pid, _ = new_doc.write(lambda s: ops.create_record(s, "person", {"name": "Piet"}))
    before = _digest(new_doc.path)

    def too_long(s) -> None:  # noqa: ANN001
        s.get(record_class("person"), pid).name = "n" * 201

    with pytest.raises(ValidationError, match="hoogstens 200 tekens"):
        new_doc.write(too_long)
    assert _digest(new_doc.path) == before
    path = new_doc.path
    new_doc.close()
    Document.open(path).close()
