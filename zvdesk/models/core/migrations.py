"""Numbered schema migrations: one function a step, all steps in one transaction, on a copy.

A step takes an open sqlite3 connection inside a transaction and brings the schema from
``version - 1`` to ``version``. :func:`migrate_file` runs the steps on a copy beside the file,
checks the copy, keeps the original as a backup and then puts the copy in its place.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.engine import connect_raw
from zvdesk.models.core.errors import ZvdbError

Step = Callable[[sqlite3.Connection], None]

#: Migration steps by the version they produce. Version 1 is the first released schema.
STEPS: dict[int, Step] = {}


def step(version: int) -> Callable[[Step], Step]:
    """Registers a function as the step that produces ``version``."""

    def register(fn: Step) -> Step:
        STEPS[version] = fn
        return fn

    return register


def backup_path_for(path: Path, from_version: int) -> Path:
    """Returns where the original of a migrated file is kept."""
    return path.with_name(f"{path.stem}.versie{from_version}.bak{path.suffix}")


def run_steps(conn: sqlite3.Connection, from_version: int, to_version: int,
              steps: Mapping[int, Step]) -> None:
    """Runs the steps from ``from_version`` to ``to_version`` in one transaction.

    Foreign keys are off while the steps run (a table rebuilt with new columns is renamed
    aside first; with foreign keys on, SQLite would point the references at the old one) and
    checked, all of them, before the commit.
    """
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, to_version + 1):
            if version not in steps:
                raise ZvdbError(f"Er is geen omzetting naar bestandsversie {version}.")
            steps[version](conn)
            conn.execute(f"PRAGMA user_version={int(version)}")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise ZvdbError("na de omzetting verwijzen gegevens naar iets dat er niet is")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def migrate_file(path: Path, from_version: int, *, to_version: int | None = None,
                 steps: Mapping[int, Step] | None = None) -> Path:
    """Migrates a file in place, safely; returns the path of the backup of the original.

    Raises:
        ZvdbError: a step failed; the original file is untouched and no copy is left.
    """
    steps = STEPS if steps is None else steps
    to_version = ff.SCHEMA_VERSION if to_version is None else to_version
    path = Path(path)
    work = path.with_name(f".~{path.name}.migreren")
    backup = backup_path_for(path, from_version)
    shutil.copyfile(path, work)
    try:
        conn = connect_raw(work, read_only=False)
        try:
            run_steps(conn, from_version, to_version, steps)
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise ZvdbError("De omzetting leverde een beschadigd bestand op.")
        finally:
            conn.close()
        if to_version == ff.SCHEMA_VERSION:
            # The result must be exactly what this version creates, every value in its domain
            # (an older file's values are only checked here, once they have today's columns).
            from zvdesk.models.core.safeopen import inspect_file

            inspect_file(work).cleanup()
        shutil.copy2(path, backup)
        os.replace(work, path)
    except (sqlite3.Error, ZvdbError, OSError) as exc:
        Path(work).unlink(missing_ok=True)
        Path(f"{work}-journal").unlink(missing_ok=True)
        reason = str(exc).replace(f"‘{work.name}’", "het bijgewerkte bestand").rstrip(".")
        raise ZvdbError(
            f"‘{path.name}’ kon niet worden bijgewerkt naar de nieuwe bestandsversie "
            f"({reason}). Het bestand is niet veranderd."
        ) from exc
    return backup


@step(2)
def _add_instrument_tables_of_version_2(conn: sqlite3.Connection) -> None:
    """Adds the tables of the instruments new in version 2 (frozen SQL in schema_v2.py)."""
    from zvdesk.models.core.schema_v2 import STATEMENTS

    for sql in STATEMENTS:
        conn.execute(sql)


@step(3)
def _version_3(conn: sqlite3.Connection) -> None:
    """Adds and extends the tables of version 3 (frozen SQL in schema_v3.py), then moves data."""
    from zvdesk.models.core.frozen import run_frozen
    from zvdesk.models.core.migrate_v3 import DATA_STEPS
    from zvdesk.models.core.schema_v3 import REBUILDS, STATEMENTS

    run_frozen(conn, STATEMENTS, REBUILDS)
    for data_step in DATA_STEPS:
        data_step(conn)
