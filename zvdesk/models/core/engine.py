"""The one place where a SQLAlchemy engine for a .zvdb file is made, with its pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """Returns a ``file:`` URI for SQLite that survives spaces, '#' and '?' in the path."""
    uri = Path(path).resolve().as_uri()
    return uri + ("?mode=ro" if read_only else "")


def connect_raw(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Opens a plain sqlite3 connection with the same safety pragmas as the engine.

    Autocommit mode (``isolation_level=None``): the caller writes BEGIN/COMMIT itself.
    """
    conn = sqlite3.connect(
        sqlite_uri(path, read_only=read_only), uri=True, isolation_level=None,
        check_same_thread=False, timeout=5,
    )
    apply_pragmas(conn, read_only=read_only)
    return conn


def _lenient_text(data: bytes) -> str:
    """Decodes text from the file, showing a damaged byte as � instead of failing."""
    return data.decode("utf-8", "replace")


def apply_pragmas(conn: sqlite3.Connection, *, read_only: bool) -> None:
    """Sets the pragmas every connection to a .zvdb file runs with.

    ``trusted_schema=OFF`` keeps functions named in the file's schema from running;
    extensions stay disabled; rollback journal (``DELETE``), not WAL, because the file travels
    by mail and lives on network shares; ``secure_delete`` so deleted text does not linger in
    free pages.
    """
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)
    # SQLite does not check that text is valid UTF-8; a damaged byte must not crash a read.
    conn.text_factory = _lenient_text
    cur = conn.cursor()
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA cell_size_check=ON")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    if not read_only:
        cur.execute("PRAGMA journal_mode=DELETE")
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, *, read_only: bool) -> Engine:
    """Creates the engine of one open document.

    Args:
        path: The .zvdb file (already checked by :mod:`zvdesk.models.core.safeopen`).
        read_only: Open with ``mode=ro`` so that nothing can be written.
    """
    uri = sqlite_uri(path, read_only=read_only)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)

    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool, pool_size=2,
                           max_overflow=4)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_conn.isolation_level = None
        apply_pragmas(dbapi_conn, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine
