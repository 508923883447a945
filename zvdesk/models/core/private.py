"""The user's private folder for decrypted working copies and stage copies, swept at start.

Decrypted copies of password-protected files, and the stage copies of ``copy`` and ``merge``,
hold plain text (names, notes). They live in one well-known private folder (0700) per user,
each in its own working folder that records its owner process (pid and start time). Closing
removes a working folder; after a crash, :func:`sweep_orphans` (run when ZV Desk or the
``zvdesk`` command starts) removes every working folder whose owner is gone — except one that
was *kept* because an encrypted write-back failed: that one holds the user's only copy of an
edit, and the user was told where it is.

The folder is ``$ZVDESK_PRIVATE_DIR`` when set, else ``%LOCALAPPDATA%\\ZV Desk`` (Windows),
``~/Library/Application Support/ZV Desk`` (macOS) or ``$XDG_STATE_HOME/zvdesk``
(``~/.local/state/zvdesk``); under the temp folder when none of those can be made.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

from zvdesk.models.core.lock import me, owner_alive, read_small_json

log = logging.getLogger(__name__)

OWNER_FILE = "eigenaar.json"
#: Lists the temporary files beside a target (``.~name.kopie``) a working folder stands for.
STAGES_FILE = "naast-het-doel.txt"
#: Present in a working folder that must survive: it holds an edit not yet written back.
KEEP_FILE = "BEWAREN.txt"


def _candidate() -> Path:
    given = os.environ.get("ZVDESK_PRIVATE_DIR")
    if given:
        return Path(given)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "ZV Desk"
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        return Path.home() / "Library" / "Application Support" / "ZV Desk"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "zvdesk"


def _fallback() -> Path:
    user = os.getuid() if hasattr(os, "getuid") else "gebruiker"
    return Path(tempfile.gettempdir()) / f"zvdesk-{user}"


def private_root() -> Path:
    """The user's private ZV Desk folder (created 0700 when missing)."""
    folder = _candidate()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        folder = _fallback()
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def is_private_path(path: Path) -> bool:
    """True for a file inside a working folder of ZV Desk (a decrypted or stage copy)."""
    real = Path(path).resolve()
    return any(real.is_relative_to(root.resolve() / "werkkopieen")
               for root in (_candidate(), _fallback()))


def work_root() -> Path:
    """Where the working folders are."""
    folder = private_root() / "werkkopieen"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def make_work_folder(kind: str) -> Path:
    """A new private working folder owned by this process (0700).

    Args:
        kind: A short word in the folder name (``beveiligd``, ``delen``, ``samenvoegen``).
    """
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=work_root()))
    os.chmod(folder, 0o700)
    (folder / OWNER_FILE).write_text(json.dumps(me()), encoding="utf-8")
    return folder


def keep_work_folder(folder: Path, note: str) -> None:
    """Marks a working folder to survive the sweep (it holds the only copy of an edit)."""
    try:
        (folder / KEEP_FILE).write_text(note + "\n", encoding="utf-8")
    except OSError:
        log.error("could not mark %s as kept", folder)


def remove_work_folder(folder: Path) -> None:
    """Removes a working folder and everything in it."""
    shutil.rmtree(folder, ignore_errors=True)


class BesideStage:
    """A temporary name beside a write target, for a file that is renamed into place.

    The name (``.~<name>.<suffix>``) is recorded in a working folder, so that when the
    process is killed before the rename, the next start removes the half-written file (a
    copy or report holds names). Call :meth:`done` when the rename happened or failed.
    """

    def __init__(self, target: Path, suffix: str, folder: Path | None = None) -> None:
        self.path = target.with_name(f".~{target.name}.{suffix}")
        self._own = folder is None
        try:
            self.folder: Path | None = folder or make_work_folder("naast")
            with open(self.folder / STAGES_FILE, "a", encoding="utf-8") as fh:
                fh.write(f"{self.path}\n")
        except OSError:
            self.folder = None

    def done(self) -> None:
        """Forgets the stage (its own working folder is removed)."""
        if self._own and self.folder is not None:
            remove_work_folder(self.folder)
            self.folder = None


def _remove_stages(folder: Path) -> None:
    """Removes the half-written files beside their targets that a dead owner left."""
    try:
        lines = (folder / STAGES_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        stage = Path(line)
        try:
            if stage.name.startswith(".~") and stat.S_ISREG(os.lstat(stage).st_mode):
                stage.unlink()
        except OSError:
            continue


def sweep_orphans() -> list[Path]:
    """Removes working folders whose owner process is gone (left by a crash).

    Kept folders (a failed write-back) stay. Never raises; returns what was removed.
    """
    removed: list[Path] = []
    try:
        root = private_root() / "werkkopieen"
        entries = list(root.iterdir()) if root.is_dir() else []
    except OSError:
        return removed
    for folder in entries:
        try:
            if not folder.is_dir() or folder.is_symlink() or (folder / KEEP_FILE).exists():
                continue
            try:
                owner = read_small_json(folder / OWNER_FILE)
            except OSError:
                owner = {}
            if owner and owner_alive(owner) is not False:
                continue  # still in use (or on another computer: not ours to judge)
            if not owner and time.time() - folder.stat().st_mtime < 60:
                continue  # being made right now
            _remove_stages(folder)
            remove_work_folder(folder)
            removed.append(folder)
        except OSError:
            continue
    for entry in _stale_registrations():
        entry.unlink(missing_ok=True)
    return removed


def _stale_registrations() -> list[Path]:
    """Lock registrations (by device and inode) whose owner is gone."""
    out: list[Path] = []
    try:
        folder = private_root() / "open"
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return out
    for entry in entries:
        try:
            data = read_small_json(entry)
        except OSError:
            continue
        if data is not None and owner_alive(data) is False:
            out.append(entry)
    return out
