"""An open password-protected document: decrypted privately, written back encrypted.

The decrypted database lives in a private temporary folder (0700, the file 0600) that is
removed when the document closes. After every committed write the whole database is encrypted
again with a fresh nonce and written atomically over the protected file. The lock, the
read-only decision (mail attachment, unwritable folder) and the title all concern the
protected file, not the private copy.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
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
from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.lock import DocumentLock
from zvdesk.models.core.sharing import crypto

log = logging.getLogger(__name__)


def _private_plain_copy(path: Path, plain: bytes) -> tuple[Path, Path]:
    """Writes decrypted bytes to a private temp file; returns (folder, file)."""
    folder = Path(tempfile.mkdtemp(prefix="zvdesk-beveiligd-"))
    os.chmod(folder, 0o700)
    name = path.name if path.suffix.lower() == ".zvdb" else "bestand.zvdb"
    target = folder / name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(plain)
    return folder, target


def decrypt_to_private(path: Path | str, password: str) -> tuple[Path, Path]:
    """Decrypts a protected file into a private temp folder; returns (folder, file).

    The caller removes the folder. Raises WrongPassword/TamperedFile before writing anything.
    """
    path = Path(path).absolute()
    plain, _key = crypto.decrypt_file(path, password)
    return _private_plain_copy(path, plain)


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
        shutil.rmtree(folder, ignore_errors=True)


class EncryptedContainer:
    """Keeps a protected file in step with the decrypted private copy a Document edits."""

    def __init__(self, path: Path, plain_path: Path, folder: Path,
                 key: crypto.KeyMaterial) -> None:
        self.path = path
        self.plain_path = plain_path
        self.folder = folder
        self.key = key
        #: True while the protected file lags behind the private copy (a failed write-back).
        self.pending = False

    def write_back(self) -> None:
        """Encrypts the private copy again and replaces the protected file atomically."""
        try:
            self.pending = True
            crypto.encrypt_to_file(self.plain_path.read_bytes(), self.path, self.key)
            self.pending = False
        except OSError as exc:
            raise ZvdbError(
                f"De wijziging staat in de werkkopie, maar ‘{self.path.name}’ kon niet "
                "versleuteld worden bijgewerkt. Controleer of het bestand nog bereikbaar is en "
                "probeer het opnieuw.") from exc

    def cleanup(self) -> None:
        """Removes the decrypted private copy (after one more try to save a failed write-back;
        when that fails too, the private copy is kept rather than losing the edits)."""
        if self.pending:
            try:
                self.write_back()
            except ZvdbError:
                log.error("protected file %s not updated; decrypted copy kept in %s",
                          self.path, self.folder)
                return
        shutil.rmtree(self.folder, ignore_errors=True)


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
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if reason is not None and doc.read_only_reason == MSG_ASKED:
        doc.read_only_reason = reason  # say why (attachment, folder), not just "read-only"
    if doc.lock is not None:
        doc.lock.release()  # the private copy needs no lock; the protected file has ours
    doc.lock = lock  # refreshed by the UI's heartbeat, released by Document.close
    container = EncryptedContainer(path, plain_path, folder, key)
    doc.path = path
    doc.encrypted = container  # type: ignore[attr-defined]
    plain_save_copy = doc.save_copy

    def save_protected_copy(target: Path | str) -> Path:
        """"Opslaan als…" of a protected file writes a protected copy (same password)."""
        target = Path(target).absolute()
        folder = Path(tempfile.mkdtemp(prefix="zvdesk-beveiligd-"))
        try:
            plain_copy = plain_save_copy(folder / "kopie.zvdb")
            crypto.encrypt_to_file(plain_copy.read_bytes(), target, key)
        except OSError as exc:
            raise ZvdbError(f"De kopie ‘{target.name}’ kon niet worden opgeslagen.") from exc
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return target

    doc.save_copy = save_protected_copy  # type: ignore[method-assign]
    if not doc.read_only:
        doc.after_write.append(container.write_back)
        if doc.migrated_backup is not None:
            container.write_back()
            doc.migrated_backup = None

    doc.on_close.append(container.cleanup)
    return doc


def is_encrypted_document(doc: Document) -> bool:
    """True for a document opened with :func:`open_encrypted`."""
    return getattr(doc, "encrypted", None) is not None
