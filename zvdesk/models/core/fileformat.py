"""File identity and version of the .zvdb format, in one place.

A .zvdb file is a SQLite database. Its header carries our ``application_id`` and the schema
version in ``user_version``. Files of every version from ``OLDEST_READABLE_VERSION`` up to
``SCHEMA_VERSION`` open and are migrated; a newer file opens read-only.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

#: "ZVDB" as a big-endian 32-bit integer, stored at offset 68 of the SQLite header.
APPLICATION_ID = 0x5A564442
#: The schema version this code writes.
SCHEMA_VERSION = 3
#: The oldest schema version this code can open (and migrate).
OLDEST_READABLE_VERSION = 1
#: File name suffix.
SUFFIX = ".zvdb"
#: Largest text value accepted in any field (bytes). Larger values mean a hostile file.
MAX_TEXT_BYTES = 1_000_000
#: Largest blob accepted in any field (e.g. a logo), in bytes.
MAX_BLOB_BYTES = 10_000_000
#: Largest file (database plus journal or WAL) the safe opener looks at, checked before any
#: copy is made. A region's work is a few MB; a bigger file is a mistake or a bomb.
MAX_FILE_BYTES = 1 << 30
#: Files up to this size get SQLite's full ``integrity_check`` (which also compares every
#: index with its table); larger ones, or a check that takes longer than
#: ``INTEGRITY_CHECK_SECONDS``, fall back to ``quick_check``.
INTEGRITY_CHECK_MAX_BYTES = 256 * 1024 * 1024
INTEGRITY_CHECK_SECONDS = 15.0
#: Whole numbers ZV Desk stores fit in 32 bits (Qt's int): sort order, levels.
MAX_INTEGER = 2**31 - 1
#: Canvas coordinates and sizes stay far below this (and are finite).
MAX_COORDINATE = 1e9
#: Years a UTC change stamp may carry (the local time of 9999-12-31 23:00 UTC overflows).
STAMP_YEARS = (1970, 9998)
#: Years a calendar date may carry (Python's and Qt's dates start at year 1).
DATE_YEARS = (1, 9999)

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SqliteHeader:
    """The fields of the 100-byte SQLite header that the safe opener looks at."""

    page_size: int
    write_version: int
    read_version: int
    change_counter: int
    page_count: int
    version_valid_for: int
    user_version: int
    application_id: int

    @property
    def is_wal(self) -> bool:
        """True when the file was last written in WAL mode."""
        return self.write_version == 2 or self.read_version == 2

    @property
    def page_size_valid(self) -> bool:
        """True for a page size SQLite can write: a power of two from 512 to 65536."""
        return 512 <= self.page_size <= 65536 and self.page_size & (self.page_size - 1) == 0

    @property
    def page_count_valid(self) -> bool:
        """True when the in-header page count may be trusted (SQLite ≥ 3.7.0 wrote it)."""
        return self.page_count > 0 and self.change_counter == self.version_valid_for


def parse_header(data: bytes) -> SqliteHeader | None:
    """Parses the first 100 bytes of a file; returns None when it is not SQLite."""
    if len(data) < 100 or not data.startswith(SQLITE_MAGIC):
        return None
    (page_size,) = struct.unpack(">H", data[16:18])
    page_size = 65536 if page_size == 1 else page_size
    return SqliteHeader(
        page_size=page_size,
        write_version=data[18],
        read_version=data[19],
        change_counter=struct.unpack(">I", data[24:28])[0],
        page_count=struct.unpack(">I", data[28:32])[0],
        version_valid_for=struct.unpack(">I", data[92:96])[0],
        user_version=struct.unpack(">i", data[60:64])[0],
        application_id=struct.unpack(">i", data[68:72])[0] & 0xFFFFFFFF,
    )
