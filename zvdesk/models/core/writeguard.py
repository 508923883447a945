"""One guard for every file ZV Desk writes: never an input, never a file in use.

Every write target — ``zvdesk copy``, ``zvdesk merge -o``, "Opslaan als", "Kopie maken om te
delen", a report, an exported picture, the encrypted write-back — passes
:func:`check_write_target` first. It compares *real files*: ``..`` and symlinks resolved, and
hard links recognised by device and inode, so ``sub/../A``, a link to ``A`` and a second name
of ``A`` are all ``A``. It refuses, with a Dutch sentence, a target that is one of the
command's inputs, a target that a ZV Desk (this one or another) holds open for writing, and a
target that is not a regular file (a device such as ``/dev/null``, a FIFO, a folder).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from zvdesk.models.core.errors import TargetRefused
from zvdesk.models.core.lock import DocumentLock, file_identity, held_by_live_process, real_path


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when two paths lead to the same file (same real path, or same device+inode)."""
    if real_path(a) == real_path(b):
        return True
    ida, idb = file_identity(a), file_identity(b)
    return ida is not None and ida == idb


def check_write_target(target: Path | str, inputs: Iterable[Path | str | None] = (), *,
                       own_lock: DocumentLock | None = None) -> Path:
    """Refuses a write target that would destroy an input or another user's open file.

    Args:
        target: The file about to be written (replaced).
        inputs: The files the command reads (None entries are skipped).
        own_lock: The lock this process holds on ``target`` itself (the encrypted write-back
            of the open protected file); that lock does not count as "in use".

    Returns:
        ``target`` as an absolute path (not resolved: a symlink target is replaced, not
        followed).

    Raises:
        TargetRefused: with a Dutch sentence that names the file and the reason.
    """
    target = Path(os.path.abspath(os.fspath(target)))
    name = target.name or str(target)
    try:
        st = os.stat(target)  # follows a link: what would really be written
    except (OSError, ValueError):
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise TargetRefused(f"‘{name}’ is een map. Kies een bestandsnaam.")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise TargetRefused(
            f"‘{name}’ is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp). "
            "Kies een bestandsnaam in een gewone map. Er is niets geschreven.")
    for given in inputs:
        if given is not None and same_file(target, given):
            shown = Path(given).name
            also = "" if shown == name else f" (hetzelfde bestand als ‘{shown}’)"
            raise TargetRefused(
                f"‘{name}’{also} is een van de bestanden waaruit gelezen wordt; het zou "
                "worden overschreven. Kies een andere naam of map, dan blijft het origineel "
                "zoals het is. Er is niets geschreven.")
    if own_lock is not None and own_lock.held and same_file(target, own_lock.real):
        if not own_lock.taken_over():
            return target
        holder = held_by_live_process(target) or {}
        raise TargetRefused(
            f"‘{name}’ is intussen overgenomen door {holder.get('user', 'iemand anders')} op "
            f"{holder.get('host', 'een andere computer')}; ZV Desk schrijft er niet meer "
            "overheen")
    holder = held_by_live_process(target)
    if holder is not None:
        who = holder.get("user", "onbekend")
        host = holder.get("host", "een andere computer")
        raise TargetRefused(
            f"‘{name}’ is in gebruik: het is geopend in ZV Desk door {who} op {host}. "
            "Overschrijven zou dat werk wegnemen. Kies een andere naam, of sluit het bestand "
            "daar eerst. Er is niets geschreven.")
    return target
