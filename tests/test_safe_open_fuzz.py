"""Damaged files from the mail: any changed or missing bytes give a Dutch error or open cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.fileformat import SCHEMA_VERSION
from zvdesk.models.core.schema import record_classes
from zvdesk.models.core.summary import summarize

#: The fixture of the current schema: it has every table the fuzzing below picks from.
FIXTURE = Path(__file__).parent / "fixtures" / f"v{SCHEMA_VERSION}.zvdb"
SIZE = FIXTURE.stat().st_size


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(0, SIZE - 1), st.integers(0, 255)),
                        min_size=1, max_size=6),
       cut=st.one_of(st.none(), st.integers(0, SIZE - 1)))
def test_damaged_bytes_never_crash_and_never_change_the_file(tmp_path_factory: pytest.TempPathFactory,
                                                              changes: list[tuple[int, int]],
                                                              cut: int | None) -> None:
    folder = tmp_path_factory.mktemp("fuzz") / "werk"
    folder.mkdir()
    path = folder / "bijlage.zvdb"
    shutil.copyfile(FIXTURE, path)
    data = bytearray(path.read_bytes())
    for offset, value in changes:
        data[offset] = value
    if cut is not None:
        data = data[:cut]
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    try:
        lines = summarize(path)  # read-only: checks and reads every project
    except ZvdbError as exc:
        assert str(exc) and "Traceback" not in str(exc)
    else:
        assert "Controle: in orde" in lines
    assert path.read_bytes() == before
    try:
        doc = Document.open(path, read_only=True)
    except ZvdbError:
        return
    try:
        with doc.session() as s:
            for kind in record_classes():  # every value of every record through the ORM
                ops.list_live(s, kind)
    finally:
        doc.close()
    assert path.read_bytes() == before


TABLES = {name: [c.name for c in table.columns] for name, table in
          __import__("zvdesk.models.core.schema", fromlist=["tables"]).tables().items()}
VALUES = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=True),
                   st.text(max_size=40), st.binary(max_size=40),
                   st.sampled_from(["2026-02-30T10:00:00.000000Z", "2026-11-22", "zorg",
                                    "x" * 36, "nan", "", "{}", "{not json"]))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(sorted(TABLES)), data=st.data())
def test_hostile_values_in_any_column_are_refused_or_read_safely(
        tmp_path_factory: pytest.TempPathFactory, table: str, data: st.DataObject) -> None:
    import sqlite3

    column = data.draw(st.sampled_from(TABLES[table]))
    value = data.draw(VALUES)
    folder = tmp_path_factory.mktemp("vijandig") / "werk"
    folder.mkdir()
    path = folder / "bijlage.zvdb"
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ?', (value,))
    except sqlite3.IntegrityError:
        conn.close()
        return  # SQLite itself refuses (a NOT NULL or key constraint): nothing to open
    conn.close()
    before = path.read_bytes()
    try:
        doc = Document.open(path, read_only=True)
    except ZvdbError as exc:
        assert str(exc)
    else:
        try:
            with doc.session() as s:
                for kind in record_classes():
                    ops.list_live(s, kind)
            summarize(path)
        finally:
            doc.close()
    assert path.read_bytes() == before
