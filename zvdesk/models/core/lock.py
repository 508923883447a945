"""A lock file beside an open document, so that two ZV Desks never write the same file.

The lock is ``.~<name>.lock`` in the document's folder, created atomically, holding who took
it. The holder refreshes its time every :data:`HEARTBEAT_SECONDS`. A lock whose process is
gone (same computer) or that has not been refreshed for :data:`STALE_AFTER_SECONDS` (another
computer on a share) is stale: it may be taken over after asking the user.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from pathlib import Path

from zvdesk.models.core.errors import FileLocked

HEARTBEAT_SECONDS = 30
STALE_AFTER_SECONDS = 180


def lock_path_for(document: Path) -> Path:
    """Returns the path of the lock file that belongs to a document."""
    document = Path(document)
    return document.with_name(f".~{document.name}.lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _me() -> dict:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "onbekend"
    return {"app": "ZV Desk", "pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "since": time.time()}


class DocumentLock:
    """The lock this process holds on one document."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path_for(document)
        self.document = Path(document)
        self.held = False

    def holder(self) -> dict | None:
        """Returns who holds the lock now (None when nobody does or it cannot be read)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}

    def is_stale(self, holder: dict) -> bool:
        """True when the holder has evidently stopped (crashed, or gone for minutes)."""
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return True
        if holder.get("host") == socket.gethostname() and isinstance(holder.get("pid"), int):
            return not _pid_alive(holder["pid"])
        return age > STALE_AFTER_SECONDS

    def acquire(self, *, take_over: bool = False) -> None:
        """Takes the lock.

        Args:
            take_over: Replace an existing lock (only after the user agreed).

        Raises:
            FileLocked: someone else holds it; ``stale`` says whether it looks abandoned.
        """
        data = json.dumps(_me()).encode()
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is None:
                    continue  # released between our two calls
                if take_over:
                    self.path.unlink(missing_ok=True)
                    take_over = False
                    continue
                stale = self.is_stale(holder)
                who = holder.get("user", "onbekend")
                host = holder.get("host", "een andere computer")
                since = holder.get("since")
                when = time.strftime("%d-%m-%Y %H:%M", time.localtime(since)) if isinstance(
                    since, (int, float)) else "onbekend tijdstip"
                if stale:
                    msg = (f"‘{self.document.name}’ was geopend door {who} op {host} "
                           f"(sinds {when}), maar dat programma lijkt te zijn afgesloten of "
                           "vastgelopen. U kunt het bestand overnemen.")
                else:
                    msg = (f"‘{self.document.name}’ is al geopend door {who} op {host} "
                           f"(sinds {when}). Open het alleen-lezen, of wacht tot het daar "
                           "gesloten is.")
                raise FileLocked(msg, holder, stale) from None
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            self.held = True
            return
        raise FileLocked(f"‘{self.document.name}’ kon niet worden vergrendeld.", {}, False)

    def refresh(self) -> None:
        """Marks the lock as still in use (call every :data:`HEARTBEAT_SECONDS`)."""
        if self.held:
            try:
                os.utime(self.path)
            except OSError:
                pass

    def release(self) -> None:
        """Removes the lock file if this process holds it."""
        if not self.held:
            return
        holder = self.holder()
        if holder and holder.get("pid") == os.getpid() and holder.get(
                "host") == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False
