"""Errors the model layer raises; each carries one Dutch sentence for the user."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class ZvdbError(Exception):
    """A problem with a .zvdb file, explained in Dutch in ``str(error)``."""


class NotAZvdbFile(ZvdbError):
    """The file is not a ZV Desk file at all (empty, foreign, random bytes)."""


class DamagedFile(ZvdbError):
    """The file is a ZV Desk file but truncated or damaged."""


class UnsafeFile(ZvdbError):
    """The file holds something ZV Desk never writes (triggers, views, huge values)."""


class NewerFile(ZvdbError):
    """A file written by a newer ZV Desk, refused by a command that would write from it."""

    def __init__(self, shown: str, consequence: str = "") -> None:
        """Names the file; ``consequence`` says what the command would risk (may be empty)."""
        middle = f" {consequence}" if consequence else ""
        super().__init__(f"‘{shown}’ is gemaakt met een nieuwere versie van ZV Desk;{middle} "
                         "Werk ZV Desk eerst bij.")


class FileLocked(ZvdbError):
    """Another ZV Desk has the file open for writing.

    Attributes:
        holder: Who holds the lock, for the message (user, computer, since).
        stale: True when the holder appears to have crashed.
    """

    def __init__(self, message: str, holder: dict, stale: bool) -> None:
        super().__init__(message)
        self.holder = holder
        self.stale = stale


class ReadOnlyDocument(ZvdbError):
    """An edit was attempted on a document opened read-only."""


class ValidationError(ZvdbError):
    """A value the user entered is not acceptable; the message says why in Dutch."""


class TargetRefused(ZvdbError):
    """A write target that must not be written: an input of the command, or a file in use."""


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}
_IN_USE = {errno.EBUSY, errno.ETXTBSY}
_WINDOWS_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def _missing_folder(exc: OSError, target: Path | None) -> str:
    folder = Path(target).parent if target is not None else None
    if folder is None and exc.filename:
        folder = Path(str(exc.filename)).parent
    if folder is not None and not folder.is_dir():
        return f"de map ‘{folder}’ bestaat niet"
    return "de map bestaat niet"


def _sqlite_reason(exc: sqlite3.Error) -> str | None:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "de schijf is vol"
    if "readonly" in text or "read-only" in text:
        return "de map of de schijf is alleen-lezen"
    if "unable to open" in text:
        return "de map bestaat niet of ZV Desk mag er niet schrijven"
    if "locked" in text or "busy" in text:
        return "het bestand is in gebruik door een ander programma"
    if "disk i/o" in text:
        return "de schijf gaf een schrijffout (vol, losgekoppeld of beschadigd)"
    return None


def write_failure_reason(exc: BaseException, target: Path | str | None = None) -> str:
    """A short Dutch reason why writing a file failed, for "… kon niet worden …: <reason>".

    Names the cause the user can act on: a full disk, a missing folder, no permission, a file
    in use (by another program, or refused by the write guard), a read-only disk.

    Args:
        exc: What writing raised (OSError, sqlite3.Error, ZvdbError or anything else).
        target: The file that was being written, to name a missing folder.
    """
    target = Path(target) if target is not None else None
    if isinstance(exc, ZvdbError):
        return str(exc).rstrip(".")
    if isinstance(exc, sqlite3.Error):
        if "unable to open" in str(exc).lower() and target is not None and not (
                target.parent.is_dir()):
            return f"de map ‘{target.parent}’ bestaat niet"
        return _sqlite_reason(exc) or "onbekende fout bij het schrijven"
    if isinstance(exc, OSError):
        code = exc.errno
        winerror = getattr(exc, "winerror", None)
        if code in _FULL or winerror in _WINDOWS_FULL:
            return "de schijf is vol"
        if winerror in _WINDOWS_IN_USE or code in _IN_USE:
            return "het bestand is in gebruik door een ander programma"
        if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
            return _missing_folder(exc, target)
        if isinstance(exc, PermissionError) or code in _NO_PERMISSION:
            return "geen toestemming om daar te schrijven"
        if code == errno.EROFS:
            return "de map of de schijf is alleen-lezen"
        if isinstance(exc, IsADirectoryError):
            return "er staat een map met die naam; kies een bestandsnaam"
        if isinstance(exc, NotADirectoryError):
            return "een deel van het pad is geen map"
    return "onbekende fout bij het schrijven"
