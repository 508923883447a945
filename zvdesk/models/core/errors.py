"""Errors the model layer raises; each carries one Dutch sentence for the user."""

from __future__ import annotations


class ZvdbError(Exception):
    """A problem with a .zvdb file, explained in Dutch in ``str(error)``."""


class NotAZvdbFile(ZvdbError):
    """The file is not a ZV Desk file at all (empty, foreign, random bytes)."""


class DamagedFile(ZvdbError):
    """The file is a ZV Desk file but truncated or damaged."""


class UnsafeFile(ZvdbError):
    """The file holds something ZV Desk never writes (triggers, views, huge values)."""


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


def write_failure_reason(exc: BaseException) -> str:
    """A short Dutch reason why writing a file failed, for "… kon niet worden …: <reason>"."""
    if isinstance(exc, PermissionError):
        return "geen toestemming om in die map te schrijven"
    if isinstance(exc, FileNotFoundError):
        return "de map bestaat niet"
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "de schijf is vol"
    if isinstance(exc, ZvdbError):
        return str(exc)
    return "onbekende fout bij het schrijven"
