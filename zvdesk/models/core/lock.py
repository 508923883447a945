"""A lock file beside an open document, so that two ZV Desks never write the same file.

The lock is ``.~<name>.lock`` beside the *real* file (symlinks and ``..`` resolved), created
atomically, holding who took it: user, computer, process id and that process's start time (so
that a process id reused by another program after a crash does not keep the lock alive). The
holder refreshes its time every :data:`HEARTBEAT_SECONDS`. A lock is stale when its process is
gone or is another process now (same computer), or when it has not been refreshed for
:data:`STALE_AFTER_SECONDS` and its owner cannot be checked (another computer on a share, an
older lock without a start time). A stale lock may be taken over after asking the user.

The same file can have several names (hard links). On this computer each held lock is also
registered by the file's device and inode in the user's private folder
(:func:`zvdesk.models.core.private.private_root`), so a second name of an open file is refused too.

A lock path that is not a small regular file (a FIFO, a link to ``/dev/zero``, a folder, a huge
file) is refused at once and never opened blocking.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
import sys
import time
from pathlib import Path

from zvdesk.models.core.errors import FileLocked

HEARTBEAT_SECONDS = 30
STALE_AFTER_SECONDS = 180
#: A lock file is a few hundred bytes of JSON; anything bigger is not ours.
MAX_LOCK_BYTES = 4096


class UnusableLock(OSError):
    """The lock path exists but is not a small regular file (FIFO, device, link, folder)."""


def real_path(path: Path | str) -> Path:
    """The file itself: absolute, with ``..`` and every symlink resolved."""
    return Path(os.path.realpath(os.path.abspath(os.fspath(path))))


def lock_path_for(document: Path | str) -> Path:
    """Returns the path of the lock file that belongs to a document (beside the real file)."""
    document = real_path(document)
    return document.with_name(f".~{document.name}.lock")


def file_identity(path: Path | str) -> tuple[int, int] | None:
    """(device, inode) of the file a path leads to, or None when it does not exist."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not st.st_ino:  # some network file systems report no inode
        return None
    return st.st_dev, st.st_ino


# -- who a process is ------------------------------------------------------------------------


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
    except OSError:
        return False
    return True


def process_start(pid: int) -> int | None:
    """When a process started, as an opaque number that differs for a reused pid.

    Linux: clock ticks since boot (``/proc/<pid>/stat``); Windows: the creation time. None
    where it cannot be read (then the heartbeat decides).
    """
    if pid <= 0:
        return None
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes
        from ctypes import wintypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return None
        times = [wintypes.FILETIME() for _ in range(4)]
        try:
            ok = ctypes.windll.kernel32.GetProcessTimes(handle, *[ctypes.byref(t) for t in times])
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
        if not ok:
            return None
        return (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            text = fh.read(4096).decode("ascii", "replace")
    except OSError:
        return None
    fields = text.rsplit(")", 1)[-1].split()
    try:
        return int(fields[19])  # field 22 of stat(5); fields[0] is field 3 (state)
    except (IndexError, ValueError):
        return None


def owner_alive(holder: dict) -> bool | None:
    """Whether the process that wrote ``holder`` (a lock's or working folder's owner) still
    runs: True/False on this computer, None when that cannot be known (another computer, no
    process id)."""
    pid = holder.get("pid")
    if holder.get("host") != socket.gethostname() or not isinstance(pid, int) or isinstance(
            pid, bool):
        return None
    if not _pid_alive(pid):
        return False
    started = holder.get("started")
    if not isinstance(started, int) or isinstance(started, bool):
        return None  # an older lock: alive or reused, only the heartbeat can tell
    now = process_start(pid)
    if now is None:
        return None
    return now == started


def me() -> dict:
    """Who this process is, as written into a lock or a working folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "onbekend"
    return {"app": "ZV Desk", "pid": os.getpid(), "started": process_start(os.getpid()),
            "host": socket.gethostname(), "user": user, "since": time.time()}


def read_small_json(path: Path) -> dict | None:
    """Reads a lock-like JSON file without ever blocking or following a link.

    Returns:
        The data (``{}`` when it is not readable JSON), or None when there is no file.

    Raises:
        UnusableLock: the path is a FIFO, device, symlink, folder or a file over
            :data:`MAX_LOCK_BYTES`.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnusableLock(str(exc)) from exc
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_LOCK_BYTES:
        raise UnusableLock(str(path))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnusableLock(str(exc)) from exc
    try:
        st = os.fstat(fd)  # the same checks on what was opened (it may have been swapped)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_LOCK_BYTES:
            raise UnusableLock(str(path))
        raw = os.read(fd, MAX_LOCK_BYTES + 1)
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _registry_entry(identity: tuple[int, int] | None) -> Path | None:
    if identity is None:
        return None
    from zvdesk.models.core.private import private_root

    try:
        folder = private_root() / "open"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / f"{identity[0]}-{identity[1]}.lock"


def _registration_live(entry: dict, identity: tuple[int, int] | None) -> bool:
    """True when a registration still stands for a file held open by a live ZV Desk.

    It must name a lock that still exists, an owner that may still run, and a document that
    still is this very file (an inode freed by an atomic replace may be reused by another).
    """
    lock = entry.get("lock")
    document = entry.get("document")
    if not isinstance(lock, str) or not isinstance(document, str):
        return False
    if owner_alive(entry) is False or not os.path.lexists(lock):
        return False
    return identity is not None and file_identity(document) == identity


def _write_exclusive(path: Path, data: bytes) -> bool:
    """Creates ``path`` with ``data`` unless it exists; False when it existed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return True


def _when(holder: dict) -> str:
    since = holder.get("since")
    if isinstance(since, (int, float)) and not isinstance(since, bool):
        try:
            return time.strftime("%d-%m-%Y %H:%M", time.localtime(since))
        except (OverflowError, OSError, ValueError):
            pass
    return "onbekend tijdstip"


class DocumentLock:
    """The lock this process holds on one document."""

    def __init__(self, document: Path | str) -> None:
        self.document = Path(document)
        self.real = real_path(document)
        self.path = lock_path_for(self.real)
        self.held = False
        self._registered: Path | None = None
        self._identity: tuple[int, int] | None = None

    def _unusable(self) -> FileLocked:
        return FileLocked(
            f"Naast ‘{self.document.name}’ staat een vergrendelbestand (‘{self.path.name}’) "
            "dat geen gewoon klein bestand is. ZV Desk gebruikt het niet en opent het "
            "bestand daarom niet om te bewerken. Open het alleen-lezen, of laat "
            f"‘{self.path.name}’ verwijderen.", {}, False)

    def holder(self) -> dict | None:
        """Returns who holds the lock now (None when nobody does, ``{}`` if unreadable).

        Raises:
            FileLocked: the lock path is not a small regular file (refused at once).
        """
        try:
            return read_small_json(self.path)
        except UnusableLock:
            raise self._unusable() from None

    def is_stale(self, holder: dict) -> bool:
        """True when the holder has evidently stopped (crashed, pid reused, gone for minutes)."""
        alive = owner_alive(holder)
        if alive is not None:
            return not alive
        try:
            age = time.time() - os.lstat(self.path).st_mtime
        except OSError:
            return True
        # Far in the future is no heartbeat either (a clock or a hand set it there).
        return age > STALE_AFTER_SECONDS or age < -10 * STALE_AFTER_SECONDS

    def _refuse(self, holder: dict, stale: bool) -> FileLocked:
        who = holder.get("user", "onbekend")
        host = holder.get("host", "een andere computer")
        when = _when(holder)
        if stale:
            msg = (f"‘{self.document.name}’ was geopend door {who} op {host} "
                   f"(sinds {when}), maar dat programma lijkt te zijn afgesloten of "
                   "vastgelopen. U kunt het bestand overnemen.")
        else:
            msg = (f"‘{self.document.name}’ is al geopend door {who} op {host} "
                   f"(sinds {when}). Open het alleen-lezen, of wacht tot het daar "
                   "gesloten is.")
        return FileLocked(msg, holder, stale)

    def acquire(self, *, take_over: bool = False) -> None:
        """Takes the lock.

        Args:
            take_over: Replace an existing (stale) lock (only after the user agreed).

        Raises:
            FileLocked: someone else holds it (``stale`` says whether it looks abandoned),
                or the lock path is not a regular file.
        """
        mine = me()
        for _attempt in range(3):
            if _write_exclusive(self.path, json.dumps(mine).encode()):
                break
            holder = self.holder()
            if holder is None:
                continue  # released between our two calls
            if take_over:
                self.path.unlink(missing_ok=True)
                take_over = False
                continue
            raise self._refuse(holder, self.is_stale(holder))
        else:
            raise FileLocked(f"‘{self.document.name}’ kon niet worden vergrendeld.", {}, False)
        self.held = True
        try:
            self._register(mine)
        except FileLocked:
            self.release()
            raise

    def _register(self, mine: dict) -> None:
        """Registers the lock by the file's identity, so another name of it is refused."""
        self._identity = file_identity(self.real)
        entry = _registry_entry(self._identity)
        if entry is None:
            return
        data = dict(mine, lock=str(self.path), document=str(self.real))
        for _attempt in range(3):
            if _write_exclusive(entry, json.dumps(data).encode()):
                self._registered = entry
                return
            try:
                other = read_small_json(entry)
            except UnusableLock:
                other = {}
            if other is None:
                continue
            if other.get("lock") != str(self.path) and _registration_live(other,
                                                                        self._identity):
                raise self._refuse(other, False)
            entry.unlink(missing_ok=True)  # left by a crash, or by our own earlier take-over
        raise FileLocked(f"‘{self.document.name}’ kon niet worden vergrendeld.", {}, False)

    def refresh(self) -> None:
        """Marks the lock as still in use (call every :data:`HEARTBEAT_SECONDS`)."""
        if self.held:
            for path in (self.path, self._registered):
                if path is not None:
                    try:
                        os.utime(path)
                    except OSError:
                        pass

    def _ours(self, holder: dict | None) -> bool:
        return bool(holder) and holder.get("pid") == os.getpid() and holder.get(
            "host") == socket.gethostname()

    def taken_over(self) -> bool:
        """True when the lock file on disk now names someone else (a take-over elsewhere).

        A lock file that is simply gone (its folder vanished) is no take-over: writing then
        fails, or succeeds, for its own reason.
        """
        try:
            holder = read_small_json(self.path)
        except (UnusableLock, OSError):
            return True
        return holder is not None and not self._ours(holder)

    def release(self) -> None:
        """Removes the lock file if this process holds it."""
        if not self.held:
            return
        self.held = False
        try:
            if self._ours(read_small_json(self.path)):
                self.path.unlink(missing_ok=True)
        except (UnusableLock, OSError):
            pass
        entry, self._registered = self._registered, None
        if entry is not None:
            try:
                if self._ours(read_small_json(entry)):
                    entry.unlink(missing_ok=True)
            except (UnusableLock, OSError):
                pass


def held_by_live_process(document: Path | str) -> dict | None:
    """Who holds a document open for writing now (any ZV Desk), or None.

    Looks at the lock beside the real file and, on this computer, at the registration by
    device and inode (another name of the same file). An unusable lock path counts as held.
    """
    lock = DocumentLock(document)
    try:
        holder = lock.holder()
    except FileLocked:
        return {"user": "onbekend", "host": "onbekend"}
    if holder is not None and not lock.is_stale(holder):
        return holder
    entry = _registry_entry(file_identity(lock.real))
    if entry is None:
        return None
    try:
        other = read_small_json(entry)
    except UnusableLock:
        return None
    if other and _registration_live(other, file_identity(lock.real)):
        return other
    return None
