"""Damaged files from the mail: any changed or missing bytes give a Dutch error or open cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
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
#: The fixture of the current schema: it has every table that TABLES names.
LATEST = Path(__file__).parent / "fixtures" / f"v{SCHEMA_VERSION}.zvdb"


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
    shutil.copyfile(LATEST, path)
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


#: Changes another tool could make to one column's definition; each changes behaviour.
COLUMN_MUTATIONS = [
    lambda d: d.replace(" NOT NULL", ""),
    lambda d: d + " CHECK (1)",
    lambda d: d + " COLLATE NOCASE",
    lambda d: d + " DEFAULT 'x'",
    lambda d: d + " UNIQUE ON CONFLICT REPLACE",
    lambda d: d + " REFERENCES person (id) ON DELETE CASCADE",
    lambda d: d.split(" ", 1)[0] + " NUMERIC" + (" NOT NULL" if "NOT NULL" in d else ""),
    lambda d: d.split(" ", 1)[0] + " BLOB" + (" NOT NULL" if "NOT NULL" in d else ""),
    lambda d: d + ", hidden_x TEXT GENERATED ALWAYS AS ('x') VIRTUAL",
]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(sorted(TABLES)), data=st.data())
def test_any_changed_column_definition_is_refused_and_the_file_untouched(
        tmp_path_factory: pytest.TempPathFactory, table: str, data: st.DataObject) -> None:
    """Same names, other behaviour: the file's SQL is compared with what the version creates."""
    import sqlite3

    folder = tmp_path_factory.mktemp("schema") / "werk"
    folder.mkdir()
    path = folder / "bijlage.zvdb"
    shutil.copyfile(LATEST, path)
    conn = sqlite3.connect(path, isolation_level=None)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()
    lines = sql.split("\n")
    columns = [i for i, line in enumerate(lines) if line.startswith("\t") and
               not line.lstrip().startswith(("PRIMARY KEY", "FOREIGN KEY"))]
    index = data.draw(st.sampled_from(columns))
    mutate = data.draw(st.sampled_from(COLUMN_MUTATIONS))
    definition = lines[index].strip().rstrip(",").rstrip()
    ending = lines[index][len(lines[index].rstrip().rstrip(",")):]
    lines[index] = "\t" + mutate(definition) + ending
    new_sql = "\n".join(lines)
    assume(new_sql != sql)  # dropping NOT NULL from a nullable column changes nothing
    conn.execute("PRAGMA writable_schema=ON")  # edits the definition in place, as a tool can
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (new_sql, table))
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ZvdbError) as info:
        Document.open(path, read_only=True)
    assert "ZV Desk" in str(info.value) or "beschadigd" in str(info.value)
    assert path.read_bytes() == before
