"""An open password-protected document: decrypted privately, written back encrypted.

The decrypted database lives in a private working folder (0700, the file 0600; see
:mod:`zvdesk.models.core.private`) that is removed when the document closes, or at the next start
after a crash. After every committed write the whole database is encrypted
again with a fresh nonce and written atomically over the protected file. The lock, the
read-only decision (mail attachment, unwritable folder) and the title all concern the
protected file, not the private copy.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from zvdesk.models.core.document import (
    MSG_ASKED,
    MSG_ATTACHMENT,
    MSG_NOT_WRITABLE,
    Document,
    folder_writable,
    is_mail_attachment,
)
from zvdesk.models.core.errors import ZvdbError, write_failure_reason
from zvdesk.models.core.lock import DocumentLock
from zvdesk.models.core.private import keep_work_folder, make_work_folder, remove_work_folder
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.writeguard import check_write_target

log = logging.getLogger(__name__)


def _private_plain_copy(path: Path, plain: bytes) -> tuple[Path, Path]:
    """Writes decrypted bytes to a private working folder; returns (folder, file).

    The folder records this process as its owner, so that after a crash the next start
    removes it (:func:`zvdesk.models.core.private.sweep_orphans`).
    """
    folder = make_work_folder("beveiligd")
    name = path.name if path.suffix.lower() == ".zvdb" else "bestand.zvdb"
    target = folder / name
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(plain)
    except OSError as exc:
        remove_work_folder(folder)
        raise ZvdbError(f"‘{path.name}’ kon niet worden geopend: de werkkopie kon niet worden "
                        f"gemaakt ({write_failure_reason(exc, target)}).") from exc
    return folder, target


def unlock_to_private(path: Path | str, password: str
                      ) -> tuple[Path, Path, crypto.KeyMaterial]:
    """Decrypts a protected file into a private temp folder; returns (folder, file, key).

    The caller removes the folder; the key protects what is made of the file (a region saved
    apart). Raises WrongPassword/TamperedFile before writing anything.
    """
    path = Path(path).absolute()
    plain, key = crypto.decrypt_file(path, password)
    folder, target = _private_plain_copy(path, plain)
    return folder, target, key


@contextmanager
def decrypted_copy(path: Path | str, password: str) -> Iterator[Path]:
    """Decrypts a protected file into a private temp file for reading; removed afterwards.

    Raises:
        WrongPassword, TamperedFile: before anything is written or read by SQLite.
    """
    path = Path(path).absolute()
    plain, _key = crypto.decrypt_file(path, password)
    folder, target = _private_plain_copy(path, plain)
    try:
        yield target
    finally:
        remove_work_folder(folder)


class EncryptedContainer:
    """Keeps a protected file in step with the decrypted private copy a Document edits."""

    def __init__(self, path: Path, plain_path: Path, folder: Path,
                 key: crypto.KeyMaterial) -> None:
        self.path = path
        self.plain_path = plain_path
        self.folder = folder
        self.key = key
        #: The lock on the protected file (None when opened read-only).
        self.lock: DocumentLock | None = None
        #: True while the protected file lags behind the private copy (a failed write-back).
        self.pending = False

    def write_back(self) -> None:
        """Encrypts the private copy again and replaces the protected file atomically.

        Raises:
            ZvdbError: the write failed (disk full, folder gone, no permission, file in use);
                the message names the cause and where the edit is safe (the private copy).
        """
        self.pending = True
        try:
            check_write_target(self.path, (self.plain_path,), own_lock=self.lock)
            crypto.encrypt_to_file(self.plain_path.read_bytes(), self.path, self.key)
        except (OSError, ZvdbError) as exc:
            raise ZvdbError(
                f"De wijziging is bewaard in de werkkopie, maar ‘{self.path.name}’ kon niet "
                f"versleuteld worden bijgewerkt: {write_failure_reason(exc, self.path)}. "
                "ZV Desk probeert het bij de volgende wijziging en bij het sluiten opnieuw; "
                f"tot dan staat uw werk (zonder wachtwoord) in ‘{self.plain_path}’."
            ) from exc
        self.pending = False

    def cleanup(self) -> str | None:
        """Removes the decrypted private copy, after one more try to save a failed write-back.

        Returns:
            None when all is well; when the write-back failed again, a Dutch message that says
            where the kept copy is (the folder is then kept, also by the start-up sweep).
        """
        if self.pending:
            try:
                self.write_back()
            except ZvdbError as exc:
                log.error("protected file %s not updated; decrypted copy kept in %s",
                          self.path, self.folder)
                keep_work_folder(self.folder, f"Niet teruggeschreven naar {self.path}: {exc}")
                return (f"‘{self.path.name}’ kon bij het sluiten niet versleuteld worden "
                        "bijgewerkt. Uw laatste wijzigingen zijn bewaard in "
                        f"‘{self.plain_path}’ (zonder wachtwoord). Open dat bestand in ZV "
                        "Desk en kies ‘Opslaan als…’ om het op een vaste plek te bewaren, en "
                        "verwijder het daarna.")
        remove_work_folder(self.folder)
        return None


def open_encrypted(path: Path | str, password: str, *, read_only: bool = False,
                   take_over_lock: bool = False) -> Document:
    """Opens a password-protected file.

    The password and the whole container are checked before SQLite reads anything; then the
    safe opener checks the decrypted database like any other file.

    Raises:
        WrongPassword, TamperedFile, ZvdbError: Dutch messages; the file is left as it was.
        FileLocked: another ZV Desk has it open for writing.
    """
    path = Path(path).absolute()
    plain, key = crypto.decrypt_file(path, password)
    return open_decrypted(path, plain, key, read_only=read_only, take_over_lock=take_over_lock)


def open_decrypted(path: Path | str, plain: bytes, key: crypto.KeyMaterial, *,
                   read_only: bool = False,
                   take_over_lock: bool = False) -> Document:
    """Opens a protected file whose contents were already decrypted (``crypto.decrypt_file``).

    The slow part (deriving the key from the password) is done by then, so a UI can do it off
    the GUI thread and open here. Raises like :func:`open_encrypted`.
    """
    path = Path(path).absolute()
    reason = None
    if read_only:
        reason = MSG_ASKED
    elif is_mail_attachment(path):
        reason = MSG_ATTACHMENT
    elif not folder_writable(path):
        reason = MSG_NOT_WRITABLE
    folder, plain_path = _private_plain_copy(path, plain)
    lock = None
    try:
        if reason is None:
            lock = DocumentLock(path)
            lock.acquire(take_over=take_over_lock)
        doc = Document.open(plain_path, read_only=reason is not None)
    except BaseException:
        if lock is not None:
            lock.release()
        remove_work_folder(folder)
        raise
    if reason is not None and doc.read_only_reason == MSG_ASKED:
        doc.read_only_reason = reason  # say why (attachment, folder), not just "read-only"
    if doc.lock is not None:
        doc.lock.release()  # the private copy needs no lock; the protected file has ours
    doc.lock = lock  # refreshed by the UI's heartbeat, released by Document.close
    container = EncryptedContainer(path, plain_path, folder, key)
    container.lock = lock
    doc.path = path
    doc.encrypted = container  # type: ignore[attr-defined]
    plain_save_copy = doc.save_copy

    def save_protected_copy(target: Path | str) -> Path:
        """"Opslaan als…" of a protected file writes a protected copy (same password)."""
        target = check_write_target(target, (path, plain_path))
        folder = make_work_folder("beveiligd")
        try:
            plain_copy = plain_save_copy(folder / "kopie.zvdb")
            crypto.encrypt_to_file(plain_copy.read_bytes(), target, key)
        except OSError as exc:
            raise ZvdbError(f"De kopie ‘{target.name}’ kon niet worden opgeslagen: "
                            f"{write_failure_reason(exc, target)}.") from exc
        finally:
            remove_work_folder(folder)
        return target

    doc.save_copy = save_protected_copy  # type: ignore[method-assign]
    if not doc.read_only:
        doc.after_write.append(container.write_back)
        if doc.migrated_backup is not None:
            container.write_back()
            doc.migrated_backup = None

    def close_container() -> None:
        warning = container.cleanup()
        if warning:
            doc.close_warnings.append(warning)

    doc.on_close.append(close_container)
    return doc


def is_encrypted_document(doc: Document) -> bool:
    """True for a document opened with :func:`open_encrypted`."""
    return getattr(doc, "encrypted", None) is not None
