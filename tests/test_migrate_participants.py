"""Schema 3 moves the stappenplan's and 1.4's participants into one list per project."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from zvdesk.models.core.document import Document

V2 = Path(__file__).parent / "fixtures" / "v2.zvdb"


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _migrated(workdir: Path) -> Path:
    target = workdir / "old.zvdb"
    shutil.copyfile(V2, target)
    Document.open(target).close()
    return target


def test_every_v2_participant_is_in_the_shared_list_once(workdir: Path) -> None:
    before = {(p, o, ps, n) for p, o, ps, n in _rows(
        V2, "SELECT project_id, organisation_id, person_id, name FROM coop_participant "
            "WHERE deleted_at IS NULL UNION SELECT project_id, organisation_id, person_id, '' "
            "FROM step_participant WHERE deleted_at IS NULL")}
    target = _migrated(workdir)
    shared = _rows(target, "SELECT project_id, organisation_id, person_id, name "
                           "FROM project_participant WHERE deleted_at IS NULL")
    assert set(shared) == before
    assert len(shared) == len(before) == 7          # 7 in 1.4, 5 of them also in stap 1
    for table in ("coop_participant", "step_participant"):
        unlinked = _rows(target, f"SELECT count(*) FROM {table} t LEFT JOIN project_participant"
                                 " p ON p.id = t.participant_id WHERE t.deleted_at IS NULL"
                                 " AND (p.id IS NULL OR p.project_id != t.project_id"
                                 " OR p.organisation_id IS NOT t.organisation_id"
                                 " OR p.person_id IS NOT t.person_id)")
        assert unlinked == [(0,)], table


def test_the_instruments_keep_their_own_attributes(workdir: Path) -> None:
    sql = ("SELECT id, ambition, needs FROM step_participant ORDER BY id",
           "SELECT id, own_role, intake_date, agreed_mandate, investment FROM coop_participant "
           "ORDER BY id")
    before = [_rows(V2, q) for q in sql]
    target = _migrated(workdir)
    assert [_rows(target, q) for q in sql] == before


def test_two_copies_migrated_apart_give_the_same_ids(workdir: Path) -> None:
    first = _migrated(workdir)
    other = workdir / "other"
    other.mkdir()
    second = _migrated(other)
    query = "SELECT id FROM project_participant ORDER BY id"
    assert _rows(first, query) == _rows(second, query)
