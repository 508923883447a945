"""One open .zvdb file: opening it safely, writing edits, undo data, saving a copy, closing."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from zvdesk.models.core import fileformat as ff
from zvdesk.models.core.base import Base
from zvdesk.models.core.changes import Changes
from zvdesk.models.core.edits import Edit, Recorder, apply_rows
from zvdesk.models.core.engine import apply_pragmas, connect_raw, make_engine
from zvdesk.models.core.errors import ReadOnlyDocument, ZvdbError, write_failure_reason
from zvdesk.models.core.lock import DocumentLock
from zvdesk.models.core.migrations import migrate_file
from zvdesk.models.core.private import BesideStage, make_work_folder, remove_work_folder
from zvdesk.models.core.safeopen import Inspection, inspect_file
from zvdesk.models.core.writeguard import check_write_target

T = TypeVar("T")

_MAIL_FOLDER_MARKERS = ("content.outlook", "content.mso", "inetcache", "temporary internet files",
                        "windowscommunicationsapps", "mozilla_", "thunderbird")

#: Folder names of unpackers that open a file from an archive in temp: 7-Zip (``7zO1A2B3C4D``),
#: Windows Explorer (``Temp1_regio.zip``), WinRAR (``Rar$DIa0.123``).
_UNPACK_FOLDER = re.compile(r"7zo[0-9a-f]{6,}|temp\d+_.+\.zip|rar\$.*")

MSG_NEWER = ("Dit bestand is gemaakt met een nieuwere versie van ZV Desk (bestandsversie {v}). "
             "Het is alleen-lezen geopend; werk ZV Desk bij om het te bewerken.")
MSG_NOT_WRITABLE = ("Dit bestand staat in een map waarin ZV Desk niet mag schrijven (bijvoorbeeld "
                    "een alleen-lezen netwerkmap). Het is alleen-lezen geopend. Kies "
                    "‘Opslaan als…’ om een kopie te maken die u wel kunt bewerken.")
MSG_ATTACHMENT = ("Dit bestand is geopend vanuit een bijlage of een tijdelijke map. Het is "
                  "alleen-lezen geopend, zodat uw werk niet verloren gaat als die map wordt "
                  "opgeruimd. Kies ‘Opslaan als…’ om het op een vaste plek te bewaren.")
MSG_ASKED = "Het bestand is alleen-lezen geopend."


def _temp_folders() -> list[Path]:
    """The temp folder (as Python sees it and as the environment names it), resolved."""
    folders = {Path(tempfile.gettempdir()).resolve()}
    for name in ("TEMP", "TMP", "TMPDIR"):
        value = os.environ.get(name)
        if value:
            folders.add(Path(value).resolve())
    return sorted(folders)


def _attachment_folder_name(part: str) -> bool:
    """A folder name that mail clients and unpackers use for opened attachments."""
    lowered = part.lower()
    return (any(marker in lowered for marker in _MAIL_FOLDER_MARKERS)
            or _UNPACK_FOLDER.fullmatch(lowered) is not None)


def is_mail_attachment(path: Path) -> bool:
    """True when a file lies where opened attachments land: anywhere under the temp folder
    (any depth), or in a mail client's or unpacker's folder (``Content.Outlook``,
    ``INetCache``, ``7zO…``, ``Temp1_regio.zip``, ``Rar$…``) wherever that is.

    ZV Desk's own private working folder (decrypted copies) is not an attachment folder.
    """
    from zvdesk.models.core.private import is_private_path

    real = Path(path).resolve()
    if is_private_path(real):
        return False
    if any(_attachment_folder_name(part) for part in real.parent.parts):
        return True
    return any(real.is_relative_to(temp) for temp in _temp_folders())


def folder_writable(path: Path) -> bool:
    """True when both the file and its folder can really be written (tries it)."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):
        return False
    try:
        fd, probe = tempfile.mkstemp(prefix=".~zvdesk-", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


class Document:
    """An open .zvdb file.

    Create one with :meth:`open` or :meth:`create`. Widgets never hold its sessions: every read
    is a short ``with doc.session() as s`` block and every write goes through :meth:`write`.

    Attributes:
        path: The file.
        read_only: No edit is possible (reason in ``read_only_reason``).
        migrated_backup: When the file was migrated on open, where its original was kept.
    """

    def __init__(self, path: Path, engine: Engine, *, read_only_reason: str | None,
                 lock: DocumentLock | None, inspection: Inspection | None = None) -> None:
        self.path = Path(path)
        self.engine = engine
        self.read_only_reason = read_only_reason
        self.lock = lock
        self.migrated_backup: Path | None = None
        self._inspection = inspection
        #: Written by a newer ZV Desk (it is then open read-only).
        self.newer = inspection is not None and inspection.newer
        self.listeners: list[Callable[[Changes], None]] = []
        #: Called after every committed write (the encrypted container writes itself back).
        self.after_write: list[Callable[[], None]] = []
        #: Called once when the document closes (the encrypted container removes its copy).
        self.on_close: list[Callable[[], None]] = []
        #: Dutch messages for the user from closing (a protected file not written back).
        self.close_warnings: list[str] = []

    # -- opening and creating -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             take_over_lock: bool = False) -> Document:
        """Checks and opens a file.

        Args:
            path: The .zvdb file.
            read_only: Open read-only even when it could be written.
            take_over_lock: Replace another instance's (stale) lock; ask the user first.

        Raises:
            ZvdbError: with a Dutch message; the file is left as it was.
            FileLocked: another ZV Desk has it open for writing.
        """
        path = Path(path).absolute()
        info = inspect_file(path)
        reason = None
        if info.newer:
            reason = MSG_NEWER.format(v=info.user_version)
        elif read_only:
            reason = MSG_ASKED
        elif is_mail_attachment(path):
            reason = MSG_ATTACHMENT
        elif not folder_writable(path):
            reason = MSG_NOT_WRITABLE
        lock = None
        try:
            if reason is None:
                lock = DocumentLock(path)
                lock.acquire(take_over=take_over_lock)
                backup = None
                if info.older:
                    backup = migrate_file(path, info.user_version)
                engine = make_engine(path, read_only=False)
                if info.needs_recovery:
                    _finish_recovery(engine, path)
                doc = cls(path, engine, read_only_reason=None, lock=lock)
                doc.migrated_backup = backup
                info.cleanup()
                return doc
            source = info.checked_copy or path
            if info.older:
                source = _migrated_private_copy(info)
            engine = make_engine(source, read_only=True)
            doc = cls(path, engine, read_only_reason=reason, lock=None, inspection=info)
            if info.older:
                doc.on_close.append(lambda: remove_work_folder(source.parent))
            return doc
        except BaseException:
            if lock is not None:
                lock.release()
            info.cleanup()
            raise

    @classmethod
    def create(cls, path: Path | str, *, populate: Callable[[Session], None] | None = None
               ) -> Document:
        """Creates a new file (replacing one the user chose to overwrite) and opens it.

        The file is built beside the target under a temporary name and renamed into place, so
        a failure never leaves half a file.

        Args:
            path: Where the new file goes.
            populate: Fills the new file (region, catalogue) in the same transaction.
        """
        path = check_write_target(path)
        stage = BesideStage(path, "nieuw")
        work = stage.path
        try:
            work.unlink(missing_ok=True)
            init_file(work, populate)
            os.replace(work, path)
        except (OSError, sqlite3.Error) as exc:
            work.unlink(missing_ok=True)
            raise ZvdbError(
                f"Het bestand ‘{path.name}’ kon niet worden gemaakt: "
                f"{write_failure_reason(exc, path)}."
            ) from exc
        finally:
            stage.done()
        return cls.open(path)

    # -- reading and writing --------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """True when edits are refused."""
        return self.read_only_reason is not None

    @contextmanager
    def session(self):  # noqa: ANN201 - a context manager of Session
        """A short read session: ``with doc.session() as s: …``."""
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    def write(self, fn: Callable[[Session], T]) -> tuple[T, Edit]:
        """Runs a model function in one transaction and commits it to disk.

        Returns:
            The function's result and the :class:`Edit` that records what changed.

        Raises:
            ReadOnlyDocument: the document is read-only.
            ValidationError: the function refused the change; nothing was written.
        """
        if self.read_only:
            raise ReadOnlyDocument(self.read_only_reason or MSG_ASKED)
        with Session(self.engine, expire_on_commit=False, autoflush=True) as s:
            recorder = Recorder(s)
            try:
                with s.begin():
                    result = fn(s)
                    s.flush()
                    edit = recorder.finish()
            except BaseException:
                recorder.stop()
                raise
        failure: ZvdbError | None = None
        for hook in list(self.after_write):
            try:
                hook()
            except ZvdbError as exc:  # e.g. the encrypted write-back: the edit is committed
                failure = failure or exc
        self._notify(edit.changes())  # the views show what is committed, even then
        if failure is not None:
            raise failure
        return result, edit

    def apply(self, edit: Edit, *, undo: bool) -> Changes:
        """Undoes or redoes an edit in one transaction; returns what changed."""
        self.write(lambda s: apply_rows(s, edit, undo=undo))
        return edit.changes()

    def notify_all(self) -> None:
        """Tells listeners that anything may have changed (after a merge or reload)."""
        self._notify(Changes.all())

    def _notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self.listeners):
                listener(changes)

    def snapshot(self) -> Snapshot:
        """A private, read-only copy of the file as it is now, in memory.

        Made with SQLite's backup API in milliseconds; a report (or any long read) reads the
        snapshot, so it never holds a read lock on the file that the user's edits would have
        to wait for (rollback journal: a writer waits for every reader). Any thread may call
        this and read the snapshot; close it when done.
        """
        return Snapshot.of(self)

    # -- saving and closing ---------------------------------------------------------------

    def save_copy(self, target: Path | str) -> Path:
        """Writes a complete, compact copy of the document to ``target``.

        The copy is made with ``VACUUM INTO`` beside the target, checked with
        ``integrity_check`` and then renamed into place, so the target is either the old file
        or the whole new one.
        """
        target = check_write_target(target, (self.path, self.engine.url.database))
        stage = BesideStage(target, "kopie")
        work = stage.path
        try:
            work.unlink(missing_ok=True)
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                raw.execute("VACUUM INTO ?", (str(work),))
            check = connect_raw(work, read_only=True)
            try:
                ok = check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                check.close()
            if not ok:
                raise ZvdbError("de kopie is niet in orde")
            os.replace(work, target)
        except (OSError, sqlite3.Error, ZvdbError) as exc:
            work.unlink(missing_ok=True)
            raise ZvdbError(
                f"De kopie ‘{target.name}’ kon niet worden opgeslagen: "
                f"{write_failure_reason(exc, target)}."
            ) from exc
        finally:
            stage.done()
        return target

    def refresh_lock(self) -> None:
        """Keeps the lock fresh (the UI calls this every half minute)."""
        if self.lock:
            self.lock.refresh()

    def close(self) -> None:
        """Closes the file; leaves no journal or lock beside it."""
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None
        if self._inspection:
            self._inspection.cleanup()
            self._inspection = None
        hooks, self.on_close = self.on_close, []
        for hook in hooks:
            hook()


def init_file(path: Path, populate: Callable[[Session], None] | None = None) -> None:
    """Creates the schema in a new, empty file and stamps our identity and version."""
    conn = connect_raw(path, read_only=False)
    conn.execute(f"PRAGMA application_id={ff.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={ff.SCHEMA_VERSION}")
    conn.close()
    engine = make_engine(path, read_only=False)
    try:
        Base.metadata.create_all(engine)
        if populate is not None:
            with Session(engine) as s, s.begin():
                recorder = Recorder(s)  # stamps created/modified like any edit
                populate(s)
                s.flush()
                recorder.finish()
    finally:
        engine.dispose()


def _finish_recovery(engine: Engine, path: Path) -> None:
    """After a crash: let SQLite roll back a hot journal or fold in a WAL, and leave nothing.

    The first read rolls back a hot journal (and ``journal_mode=DELETE`` in the connect hook
    checkpoints a WAL). A journal that SQLite did not consider hot is left over from a
    transaction that never reached the file; one tiny write transaction makes SQLite itself
    reset and remove it, so no ``-journal`` stays beside the document.
    """
    with engine.begin() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar()
        if Path(f"{path}-journal").exists():
            conn.exec_driver_sql(f"PRAGMA user_version={int(version or ff.SCHEMA_VERSION)}")


def _migrated_private_copy(info: Inspection) -> Path:
    """For an older file opened read-only: migrate a private copy and read that."""
    folder = make_work_folder("alleen-lezen")
    copy = folder / "migrated.zvdb"
    shutil.copyfile(info.checked_copy or info.path, copy)
    migrate_file(copy, info.user_version)
    return copy



class Snapshot:
    """An in-memory copy of an open document, read like one (``with snap.session() as s``).

    Attributes:
        path: The document's file (for names in reports; the snapshot itself is in memory).
        read_only: Always True: the copy refuses writes (``PRAGMA query_only``).
    """

    read_only = True

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = Path(path)
        self._conn = conn
        self.engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

        @event.listens_for(self.engine, "begin")
        def _on_begin(c: object) -> None:
            c.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    @classmethod
    def of(cls, document: Document) -> Snapshot:
        """Copies the document's database (through its own engine) into memory."""
        memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        try:
            with document.engine.connect() as conn:
                conn.connection.dbapi_connection.backup(memory)  # type: ignore[union-attr]
            apply_pragmas(memory, read_only=True)
            memory.execute("PRAGMA query_only=ON")
        except sqlite3.Error as exc:
            memory.close()
            raise ZvdbError("Het bestand kon niet worden gelezen (is het nog bereikbaar?). "
                            "Probeer het opnieuw.") from exc
        return cls(document.path, memory)

    @contextmanager
    def session(self):  # noqa: ANN201 - a context manager of Session
        """A read session on the copy."""
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    def close(self) -> None:
        """Frees the copy."""
        self.engine.dispose()
        self._conn.close()

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
