"""A frozen rebuild adds columns to a table of an older version and keeps rows and references."""

from __future__ import annotations

import sqlite3

from zvdesk.models.core.frozen import Rebuild, run_frozen

OLD = ("CREATE TABLE parent (\n\tname VARCHAR(20) NOT NULL, \n\tid VARCHAR(36) NOT NULL, "
       "\n\tPRIMARY KEY (id)\n)")
NEW = ("CREATE TABLE parent (\n\tname VARCHAR(20) NOT NULL, \n\tlevel INTEGER NOT NULL, "
       "\n\tnote TEXT, \n\tid VARCHAR(36) NOT NULL, \n\tPRIMARY KEY (id)\n)")
CHILD = ("CREATE TABLE child (\n\tparent_id VARCHAR(36) NOT NULL, \n\tid VARCHAR(36) NOT NULL, "
         "\n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES parent (id)\n)")
INDEX = "CREATE INDEX ix_parent_name ON parent (name)"


def test_rebuild_keeps_rows_references_and_the_exact_sql() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    for sql in (OLD, CHILD, INDEX):
        conn.execute(sql)
    conn.execute("INSERT INTO parent VALUES ('Zaanstad', 'p1')")
    conn.execute("INSERT INTO child VALUES ('p1', 'c1')")
    conn.execute("PRAGMA foreign_keys=OFF")  # as the migration runs its steps
    conn.execute("BEGIN")
    run_frozen(conn, ("CREATE TABLE extra (id VARCHAR(36) NOT NULL, PRIMARY KEY (id))",),
               (Rebuild("parent", NEW, ("name", "id"), (("level", "0"),), (INDEX,)),))
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys=ON")
    master = dict(conn.execute("SELECT name, sql FROM sqlite_master"))
    assert master["parent"] == NEW  # exactly what a new file has, not a renamed copy
    assert master["child"] == CHILD  # the reference still names parent
    assert master["ix_parent_name"] == INDEX
    assert "extra" in master and "parent__v_old" not in master
    assert conn.execute("SELECT name, level, note, id FROM parent").fetchall() == [
        ("Zaanstad", 0, None, "p1")]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("DELETE FROM child")
    conn.execute("DELETE FROM parent")  # the foreign key works against the new table
