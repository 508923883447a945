"""The password-protected container: format, refusals before SQLite, write-back on edits."""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

import pytest

from zvdesk.models.core import ops
from zvdesk.models.core.document import Document
from zvdesk.models.core.errors import NotAZvdbFile
from zvdesk.models.core.safeopen import inspect_file
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.container import decrypted_copy, open_encrypted
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.magic import (
    ENCRYPTED_MAGIC,
    EncryptedFile,
    TamperedFile,
    WrongPassword,
    is_encrypted_file,
)

PASSWORD = "Zaanstad-2026!"


@pytest.fixture
def protected(example_doc: Document, workdir: Path) -> Path:
    """A password-protected copy of the example."""
    target = workdir / "beveiligd.zvdb"
    make_share_copy(example_doc, target, CopyOptions(password=PASSWORD))
    return target


def test_header_layout_and_round_trip() -> None:
    key = crypto.derive(PASSWORD)
    blob = crypto.encrypt(b"SQLite format 3\x00 data", key)
    assert blob.startswith(ENCRYPTED_MAGIC)
    magic, version, kdf, p1, p2, p3, salt, check, nonce = struct.unpack_from(
        ">8sBBIII16s16s12s", blob)
    assert (version, kdf) == (1, crypto.KDF_ARGON2ID)
    assert (p1, p2, p3) == crypto.DEFAULT_ARGON2[1:]
    assert len(blob) == crypto.HEADER_SIZE + len(b"SQLite format 3\x00 data") + 16
    again = crypto.encrypt(b"SQLite format 3\x00 data", key)
    assert again[54:66] != nonce, "a fresh nonce per save"
    plain, _ = crypto.decrypt(blob, PASSWORD, Path("x.zvdb"))
    assert plain == b"SQLite format 3\x00 data"
    scrypt_key = crypto.derive(PASSWORD, crypto.DEFAULT_SCRYPT)
    assert crypto.decrypt(crypto.encrypt(b"abc", scrypt_key), PASSWORD, Path("x"))[0] == b"abc"


def test_protected_copy_opens_with_its_password(protected: Path) -> None:
    assert is_encrypted_file(protected)
    assert b"Zaanstreek" not in protected.read_bytes()
    doc = open_encrypted(protected, PASSWORD)
    try:
        assert doc.path == protected and not doc.read_only
        with doc.session() as s:
            assert len(ops.list_live(s, "person")) == 16
    finally:
        doc.close()


def test_safe_opener_recognises_an_encrypted_file(protected: Path) -> None:
    with pytest.raises(EncryptedFile) as err:
        inspect_file(protected)
    assert "beveiligd met een wachtwoord" in str(err.value)
    assert not isinstance(err.value, NotAZvdbFile)


def test_wrong_password_is_refused_and_file_untouched(protected: Path) -> None:
    before = protected.read_bytes()
    with pytest.raises(WrongPassword) as err:
        open_encrypted(protected, "verkeerd-wachtwoord")
    assert "wachtwoord" in str(err.value) and "klopt niet" in str(err.value)
    assert protected.read_bytes() == before
    assert not list(protected.parent.glob(f".~{protected.name}*"))


@pytest.mark.parametrize("where", ["ciphertext", "tag", "nonce", "version"])
def test_a_changed_byte_is_refused_before_sqlite(protected: Path, where: str) -> None:
    data = bytearray(protected.read_bytes())
    offset = {"ciphertext": crypto.HEADER_SIZE + 500, "tag": len(data) - 1, "nonce": 60,
              "version": 8}[where]
    data[offset] ^= 0x01
    protected.write_bytes(bytes(data))
    with pytest.raises(TamperedFile) as err:
        open_encrypted(protected, PASSWORD)
    assert "beschadigd" in str(err.value)
    assert protected.read_bytes() == bytes(data)


def test_changed_salt_or_check_reads_as_wrong_password(protected: Path) -> None:
    data = bytearray(protected.read_bytes())
    data[25] ^= 0x80  # in the salt
    protected.write_bytes(bytes(data))
    with pytest.raises(WrongPassword):
        open_encrypted(protected, PASSWORD)


def test_hostile_parameters_and_truncation_are_refused_quickly(workdir: Path) -> None:
    key = crypto.derive(PASSWORD)
    blob = bytearray(crypto.encrypt(b"x" * 100, key))
    struct.pack_into(">I", blob, 10, 1 << 30)  # 1 TiB of Argon2 memory
    hostile = workdir / "vijandig.zvdb"
    hostile.write_bytes(bytes(blob))
    with pytest.raises(TamperedFile, match="niet te openen"):
        open_encrypted(hostile, PASSWORD)
    short = workdir / "kort.zvdb"
    short.write_bytes(ENCRYPTED_MAGIC + b"\x01\x02")
    with pytest.raises(TamperedFile, match="onvolledig"):
        open_encrypted(short, PASSWORD)


def test_edits_are_written_back_encrypted(protected: Path) -> None:
    doc = open_encrypted(protected, PASSWORD)
    container = doc.encrypted
    plain = container.plain_path
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600
    assert stat.S_IMODE(plain.parent.stat().st_mode) == 0o700
    before = protected.read_bytes()
    lock_file = protected.parent / f".~{protected.name}.lock"
    assert lock_file.exists() and doc.lock is not None
    doc.refresh_lock()
    assert not list(plain.parent.glob(".~*.lock")), "no lock beside the private copy"
    try:
        doc.write(lambda s: ops.create_record(s, "theme", {"name": "Ondermijning-QQ"}))
        after = protected.read_bytes()
        assert after != before and after[54:66] != before[54:66]
        assert b"Ondermijning-QQ" not in after
        assert not list(protected.parent.glob(".~*.schrijven"))
    finally:
        doc.close()
    assert not plain.exists() and not plain.parent.exists()
    assert not (protected.parent / f".~{protected.name}.lock").exists()
    with decrypted_copy(protected, PASSWORD) as copy:
        reopened = Document.open(copy, read_only=True)
        try:
            with reopened.session() as s:
                assert "Ondermijning-QQ" in {t.name for t in ops.list_live(s, "theme")}
        finally:
            reopened.close()


def test_protected_file_in_read_only_folder_opens_read_only(protected: Path) -> None:
    from tests.unprivileged import run_unprivileged

    folder = protected.parent
    before = protected.read_bytes()
    os.chmod(folder, 0o555)
    try:
        result = run_unprivileged(f"""
            from zvdesk.models.core.sharing.container import open_encrypted
            doc = open_encrypted({str(protected)!r}, {PASSWORD!r})
            print(doc.read_only, doc.read_only_reason)
            doc.close()
        """)
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 0, result.stderr
    read_only, reason = result.stdout.strip().split(" ", 1)
    assert read_only == "True" and "alleen-lezen" in reason
    assert protected.read_bytes() == before
    assert not (folder / f".~{protected.name}.lock").exists()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(protected.name + "-")]


def test_protected_mail_attachment_opens_read_only(protected: Path) -> None:
    import tempfile

    attachment = Path(tempfile.gettempdir()) / f"bijlage-{os.getpid()}-{protected.name}"
    attachment.write_bytes(protected.read_bytes())
    try:
        doc = open_encrypted(attachment, PASSWORD)
        try:
            assert doc.read_only and "bijlage" in (doc.read_only_reason or "")
            assert not doc.after_write, "a read-only document is never written back"
        finally:
            doc.close()
        assert not Path(f"{attachment}").with_name(f".~{attachment.name}.lock").exists()
    finally:
        attachment.unlink()


def test_save_as_of_a_protected_file_stays_protected(protected: Path, workdir: Path) -> None:
    doc = open_encrypted(protected, PASSWORD)
    try:
        target = doc.save_copy(workdir / "opgeslagen-als.zvdb")
    finally:
        doc.close()
    assert is_encrypted_file(target)
    reopened = open_encrypted(target, PASSWORD)
    try:
        with reopened.session() as s:
            assert len(ops.list_live(s, "person")) == 16
    finally:
        reopened.close()


def test_failed_write_back_is_retried_on_close(protected: Path) -> None:
    from zvdesk.models.core.errors import ZvdbError

    doc = open_encrypted(protected, PASSWORD)
    container = doc.encrypted
    blocker = protected.with_name(f".~{protected.name}.schrijven")
    blocker.mkdir()  # the work file cannot be written: the write-back fails
    try:
        with pytest.raises(ZvdbError, match="versleuteld"):
            doc.write(lambda s: ops.create_record(s, "theme", {"name": "Later-QQ"}))
        assert container.pending
    finally:
        blocker.rmdir()
    doc.close()
    assert not container.pending and not container.folder.exists()
    with decrypted_copy(protected, PASSWORD) as copy:
        reopened = Document.open(copy, read_only=True)
        try:
            with reopened.session() as s:
                assert "Later-QQ" in {t.name for t in ops.list_live(s, "theme")}
        finally:
            reopened.close()
