"""Recognising a password-protected .zvdb file by its own magic bytes (it is not SQLite)."""

from __future__ import annotations

from pathlib import Path

from zvdesk.models.core.errors import ZvdbError

#: The first bytes of every encrypted ZV Desk file (docs/ENCRYPTED-FORMAT.md).
ENCRYPTED_MAGIC = b"ZVDBENC\x00"


class EncryptedFile(ZvdbError):
    """The file is a password-protected ZV Desk file; open it with its password."""


class WrongPassword(ZvdbError):
    """The password does not open the file."""


class TamperedFile(ZvdbError):
    """The encrypted file was changed or damaged after it was saved."""


def looks_encrypted(data: bytes) -> bool:
    """True when these first bytes start an encrypted ZV Desk file."""
    return data.startswith(ENCRYPTED_MAGIC)


def is_encrypted_file(path: Path | str) -> bool:
    """True when the file exists and starts with the encrypted container's magic bytes."""
    try:
        with Path(path).open("rb") as fh:
            return looks_encrypted(fh.read(len(ENCRYPTED_MAGIC)))
    except OSError:
        return False


def encrypted_message(path: Path | str) -> str:
    """The Dutch message for an encrypted file opened without its password."""
    return (f"‘{Path(path).name}’ is beveiligd met een wachtwoord. Open het in ZV Desk en "
            "voer het wachtwoord in (of geef bij ‘zvdesk check’ een wachtwoordbestand op met "
            "--password-file).")
