"""Resource bombs: a huge logo in a small file, key-derivation settings beyond what we write.

A 12,000 × 12,000 PNG is 445 KB on disk and more than half a gigabyte once decoded; a
protected file's header may ask for a gigabyte of Argon2id memory. Both are measured before
anything is decoded or derived, and refused with a Dutch message.
"""

from __future__ import annotations

import io
import sqlite3
import struct
import time
import zlib
from pathlib import Path

import pypdf
import pytest

from zvdesk.models.core import images
from zvdesk.models.core.document import Document
from zvdesk.models.core.report_settings import get_report_settings, set_report_settings
from zvdesk.models.core.sharing import crypto
from zvdesk.models.core.sharing.container import open_encrypted
from zvdesk.models.core.sharing.copy import CopyOptions, make_share_copy
from zvdesk.models.core.sharing.magic import TamperedFile
from zvdesk.reports.data import ReportOptions
from zvdesk.reports.engine import generate
from zvdesk.ui.report import dialog as report_dialog
from zvdesk.ui.report import open_report_dialog

PASSWORD = "geheim wachtwoord 1"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def huge_png(side: int = 12_000) -> bytes:
    """A valid greyscale PNG of side × side white pixels, a few hundred KB (built row-wise)."""
    packer = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * side
    parts = [packer.compress(row * 500) for _ in range(side // 500)]
    parts.append(packer.compress(row * (side % 500)) + packer.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (images.PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts))
            + _chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return huge_png()


def _jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, "JPEG", progressive=True)
    return out.getvalue()


def test_sizes_come_from_the_header(bomb: bytes) -> None:
    from PIL import Image

    assert len(bomb) < 600_000
    assert images.image_size(bomb) == (12_000, 12_000)
    assert images.image_size(_jpeg(300, 120)) == (300, 120)
    small = io.BytesIO()
    Image.new("RGB", (30, 10)).save(small, "PNG")
    assert images.image_size(small.getvalue()) == (30, 10)
    assert images.image_size(b"GIF89a....") is None
    assert images.image_size(b"\xff\xd8\xff\xe0\x00\x02") is None  # no frame header
    assert images.image_size(bomb[:20]) is None


def test_dialog_refuses_a_12000_pixel_logo_with_a_dutch_message(
        window, example_path: Path, workdir: Path, bomb: bytes,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.open_path(example_path)
    dialog = open_report_dialog(window)
    logo = workdir / "logo.png"
    logo.write_bytes(bomb)
    monkeypatch.setattr(report_dialog, "ask_logo_path", lambda _p: str(logo))
    started = time.monotonic()
    dialog.logo_choose.click()
    assert time.monotonic() - started < 2
    assert "Het logo is te groot: 12.000 × 12.000 beeldpunten" in window.messages[-1][1]
    with window.controller.session() as s:
        settings = get_report_settings(s)
        assert settings is None or settings.logo is None
    assert window.controller.undo_stack.count() == 0
    assert not dialog.logo_remove.isEnabled()


def test_report_leaves_out_a_huge_logo_a_file_already_holds(
        example_doc: Document, workdir: Path, bomb: bytes) -> None:
    """Another tool stored the bomb directly: the report is made without decoding it."""
    example_doc.write(lambda s: set_report_settings(s, organisation="Gemeente Zaanstad"))
    path = example_doc.path
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE report_settings SET logo = ?", (bomb,))
    conn.close()
    out = workdir / "rapport.pdf"
    started = time.monotonic()
    generate(example_doc, ReportOptions(instruments=("region",)), out)
    assert time.monotonic() - started < 10
    cover = pypdf.PdfReader(str(out)).pages[0]
    assert "Gemeente Zaanstad" in cover.extract_text()
    assert not cover["/Resources"].get("/XObject"), "the bomb is not on the cover"


def _protected(example_doc: Document, workdir: Path) -> Path:
    target = workdir / "beveiligd.zvdb"
    make_share_copy(example_doc, target, CopyOptions(password=PASSWORD))
    return target


@pytest.mark.parametrize(("kdf", "p1", "p2", "p3"), [
    (crypto.KDF_ARGON2ID, 1024 * 1024, 3, 4),  # 1 GiB: the old reader's maximum
    (crypto.KDF_ARGON2ID, 256 * 1024, 16, 4),  # 16 passes over 256 MiB
    (crypto.KDF_ARGON2ID, 64 * 1024, 3, 16),
    (crypto.KDF_SCRYPT, 22, 8, 1),  # 4 GiB
    (crypto.KDF_SCRYPT, 17, 8, 16),  # 16 × the work
])
def test_kdf_settings_beyond_ours_are_refused_before_deriving(
        example_doc: Document, workdir: Path, kdf: int, p1: int, p2: int, p3: int) -> None:
    path = _protected(example_doc, workdir)
    blob = bytearray(path.read_bytes())
    struct.pack_into(">BIII", blob, 9, kdf, p1, p2, p3)
    path.write_bytes(bytes(blob))
    before = path.read_bytes()
    started = time.monotonic()
    with pytest.raises(TamperedFile) as info:
        open_encrypted(path, PASSWORD)
    assert time.monotonic() - started < 0.5  # nothing was derived
    assert "is niet te openen" in str(info.value)
    assert path.read_bytes() == before


def test_our_own_settings_and_the_margin_are_accepted() -> None:
    assert crypto.params_acceptable(*crypto.DEFAULT_ARGON2)
    assert crypto.params_acceptable(*crypto.DEFAULT_SCRYPT)
    assert crypto.params_acceptable(crypto.KDF_ARGON2ID, 256 * 1024, 3, 8)
    assert crypto.params_acceptable(crypto.KDF_SCRYPT, 18, 8, 2)


def test_dialog_says_a_stored_huge_logo_is_left_out(
        window, example_path: Path, bomb: bytes) -> None:  # noqa: ANN001
    conn = sqlite3.connect(example_path, isolation_level=None)
    conn.execute("INSERT INTO report_settings (organisation, author, logo, logo_name, id, "
                 "created_at, modified_at, field_stamps) VALUES ('', '', ?, 'groot.png', "
                 "'00000000-0000-4000-8000-00000000000a', '2026-01-01T10:00:00.000000Z', "
                 "'2026-01-01T10:00:00.000000Z', '{}')", (bomb,))
    conn.close()
    assert window.open_path(example_path)
    dialog = open_report_dialog(window)
    assert "te groot of onleesbaar en wordt weggelaten" in dialog.logo_label.text()
    assert dialog.logo_remove.isEnabled()  # the user can remove it
    dialog.logo_remove.click()
    assert dialog.logo_label.text() == "Geen logo"
