"""Image sizes read from the PNG or JPEG header, before anything decodes the pixels.

A 445 KB PNG can hold 12,000 × 12,000 pixels: decoding it takes more than half a gigabyte.
The logo of a report is therefore measured from its header first (no decoder involved) and
refused when it is larger than a cover ever needs.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
#: Largest logo side, in pixels (the cover prints it at most 5 cm wide: 2000 px is plenty).
MAX_LOGO_SIDE = 5000
#: Largest logo area, in pixels (about 64 MB once decoded).
MAX_LOGO_PIXELS = 16_000_000

# Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                  0xCF})


def image_size(data: bytes) -> tuple[int, int] | None:
    """Returns (width, height) of a PNG or JPEG from its header, or None when unreadable."""
    if data.startswith(PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return (width, height) if width and height else None
    if data.startswith(JPEG_SIGNATURE):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image or start of scan before any frame
            return None
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if pos + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return (width, height) if width and height else None
        pos += 2 + length
    return None


def logo_problem(data: bytes) -> str | None:
    """Returns a Dutch reason why an image cannot be a logo, or None when it can."""
    size = image_size(data)
    if size is None:
        return "Het logo moet een PNG- of JPEG-afbeelding zijn die ZV Desk kan lezen."
    width, height = size
    if max(width, height) > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
        return (f"Het logo is te groot: {width:,} × {height:,} beeldpunten; hoogstens "
                f"{MAX_LOGO_SIDE:,} × {MAX_LOGO_SIDE:,} en {MAX_LOGO_PIXELS // 1_000_000} "
                "miljoen beeldpunten. Verklein het logo en kies het opnieuw."
                ).replace(",", ".")
    return None


def usable_logo(data: bytes | None) -> bytes | None:
    """Returns the logo when it may be decoded; None for none, an unreadable or a huge one.

    A logo stored by another tool (or a hostile file) skips :func:`logo_problem` at input;
    reports leave such a logo out rather than decoding it.
    """
    if not data or logo_problem(data) is not None:
        return None
    return data
