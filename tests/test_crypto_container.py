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


# -- hostile: plaintext left by a crash, a write-back that fails ------------------------------


def test_plaintext_of_a_killed_session_is_removed_at_the_next_start(protected: Path,
                                                                    workdir: Path) -> None:
    from tests.processes import hold_open, kill_9, zvdesk

    password_file = workdir / "wachtwoord.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    holder, plain = hold_open(protected, PASSWORD)
    plain_path = Path(plain)
    try:
        assert plain_path.exists()
        result = zvdesk("check", str(protected), "--password-file", str(password_file))
        assert result.returncode == 0, result.stderr
        assert plain_path.exists(), "the working copy of a running session is left alone"
    finally:
        kill_9(holder)
    assert plain_path.exists(), "kill -9: nothing could clean up"
    result = zvdesk("check", str(protected), "--password-file", str(password_file))
    assert result.returncode == 0, result.stderr
    assert not plain_path.parent.exists(), "the next start removed the decrypted copy"


def test_plaintext_of_a_killed_session_is_removed_when_the_app_starts(
        protected: Path, workdir: Path, example_master: Path) -> None:
    """The window itself (not only the command) sweeps at start-up."""
    import subprocess
    import sys

    from tests.processes import REPO, hold_open, kill_9

    holder, plain = hold_open(protected, PASSWORD)
    kill_9(holder)
    assert Path(plain).exists()
    env = dict(os.environ, ZVDESK_BENCH_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(workdir / "config"), XDG_DATA_HOME=str(workdir / "data"))
    plain_file = workdir / "gewoon.zvdb"
    plain_file.write_bytes(example_master.read_bytes())
    result = subprocess.run([sys.executable, "-m", "zvdesk", str(plain_file)],
                            capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    assert "first-paint" in result.stdout, result.stderr
    assert not Path(plain).parent.exists()


def test_write_back_into_a_vanished_folder_keeps_the_edit_and_says_where(
        protected: Path, workdir: Path) -> None:
    """The USB stick or network share is gone: the edit stays safe and the user is told."""
    import subprocess
    import sys

    from tests.processes import REPO
    from zvdesk.models.core.errors import ZvdbError

    doc = open_encrypted(protected, PASSWORD)
    plain = doc.encrypted.plain_path
    moved = workdir.with_name("werk-weg")
    workdir.rename(moved)
    try:
        with pytest.raises(ZvdbError) as err:
            doc.write(lambda s: ops.create_record(s, "theme", {"name": "Onderweg-QQ"}))
        message = str(err.value)
        assert "bewaard in de werkkopie" in message and "bestaat niet" in message
        assert str(plain) in message
        doc.close()
        assert len(doc.close_warnings) == 1
        assert str(plain) in doc.close_warnings[0] and "Opslaan als" in doc.close_warnings[0]
        assert plain.exists(), "the only copy of the edit is kept"
        # The next start sweeps crashed sessions but keeps this one.
        subprocess.run([sys.executable, "-m", "zvdesk", "check", str(plain)], cwd=REPO,
                       capture_output=True, timeout=120, check=True)
        assert plain.exists()
        kept = Document.open(plain, read_only=True)
        try:
            with kept.session() as s:
                assert "Onderweg-QQ" in {t.name for t in ops.list_live(s, "theme")}
        finally:
            kept.close()
    finally:
        moved.rename(workdir)


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    """A real 3 MB file system (tmpfs), where root may mount one; else skipped."""
    import shutil
    import subprocess

    mount = shutil.which("mount")
    if os.name != "posix" or os.geteuid() != 0 or mount is None:
        pytest.skip("mounting a small file system needs root")
    folder = tmp_path / "kleine-schijf"
    folder.mkdir()
    done = subprocess.run([mount, "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_full_disk_during_write_back_keeps_the_edit(protected: Path, small_disk: Path) -> None:
    """A real full disk (ENOSPC from the kernel), not a simulated one."""
    from zvdesk.models.core.errors import ZvdbError

    target = small_disk / "regio.zvdb"
    target.write_bytes(protected.read_bytes())
    doc = open_encrypted(target, PASSWORD)
    filler = small_disk / "vol.bin"
    try:
        with open(filler, "wb") as fh:  # fill the disk to the last byte
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        before = target.read_bytes()
        with pytest.raises(ZvdbError) as err:
            doc.write(lambda s: ops.create_record(s, "theme", {"name": "Vol-QQ"}))
        assert "de schijf is vol" in str(err.value)
        assert str(doc.encrypted.plain_path) in str(err.value)
        assert target.read_bytes() == before, "the protected file is whole, not half written"
        assert not list(small_disk.glob(".~*.schrijven"))
        filler.unlink()  # space again: closing writes the edit back
        doc.close()
        assert not doc.close_warnings
    finally:
        filler.unlink(missing_ok=True)
    with decrypted_copy(target, PASSWORD) as copy:
        reopened = Document.open(copy, read_only=True)
        try:
            with reopened.session() as s:
                assert "Vol-QQ" in {t.name for t in ops.list_live(s, "theme")}
        finally:
            reopened.close()


def test_protected_file_under_temp_opens_read_only(protected: Path) -> None:
    import shutil
    import tempfile

    folder = Path(tempfile.gettempdir()) / "Temp1_regio.zip"
    folder.mkdir()
    try:
        target = folder / "beveiligd.zvdb"
        target.write_bytes(protected.read_bytes())
        doc = open_encrypted(target, PASSWORD)
        try:
            assert doc.read_only and "bijlage" in (doc.read_only_reason or "")
        finally:
            doc.close()
    finally:
        shutil.rmtree(folder)


def test_save_as_of_a_protected_file_refuses_itself(protected: Path, workdir: Path) -> None:
    from zvdesk.models.core.errors import TargetRefused

    before = protected.read_bytes()
    link = workdir / "zelfde.zvdb"
    os.link(protected, link)
    doc = open_encrypted(protected, PASSWORD)
    try:
        for target in (protected, link, workdir / "x" / ".." / protected.name):
            (workdir / "x").mkdir(exist_ok=True)
            with pytest.raises(TargetRefused):
                doc.save_copy(target)
    finally:
        doc.close()
    assert protected.read_bytes() == before


def test_registration_follows_the_file_not_a_freed_inode(protected: Path, workdir: Path) -> None:
    """Every write-back replaces the protected file (a new inode). A hard link made before
    is then another file, and the old registration must not lock it (nor a file that the
    system later gives the freed inode)."""
    old_name = workdir / "oude-versie.zvdb"
    os.link(protected, old_name)
    doc = open_encrypted(protected, PASSWORD)
    try:
        with pytest.raises(Exception, match="al geopend"):
            open_encrypted(old_name, PASSWORD)  # still the same file: refused
        doc.write(lambda s: ops.create_record(s, "theme", {"name": "Nieuw-inode-QQ"}))
        assert os.stat(protected).st_ino != os.stat(old_name).st_ino
        other = open_encrypted(old_name, PASSWORD)  # now another file: opens for writing
        try:
            assert not other.read_only
        finally:
            other.close()
    finally:
        doc.close()


def test_write_back_never_overwrites_a_colleague_who_took_over(protected: Path) -> None:
    """Our session looked crashed; a colleague took the file over. Our next write-back must
    not replace the colleague's work."""
    import json

    from zvdesk.models.core.errors import ZvdbError
    from zvdesk.models.core.lock import lock_path_for

    doc = open_encrypted(protected, PASSWORD)
    try:
        lock = lock_path_for(protected)
        data = json.loads(lock.read_text())
        data.update(pid=1, user="collega", host="andere-pc")
        lock.write_text(json.dumps(data))  # what the colleague's take-over leaves
        before = protected.read_bytes()
        with pytest.raises(ZvdbError) as err:
            doc.write(lambda s: ops.create_record(s, "theme", {"name": "Botsing-QQ"}))
        assert "overgenomen door collega op andere-pc" in str(err.value)
        assert str(doc.encrypted.plain_path) in str(err.value)
        assert protected.read_bytes() == before
    finally:
        doc.close()
    assert lock.exists(), "the colleague's lock stays"
    lock.unlink()
