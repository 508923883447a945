"""The encrypted container of a password-protected .zvdb file (docs/ENCRYPTED-FORMAT.md).

AES-256-GCM over the whole SQLite file. The key comes from the password through Argon2id
(scrypt when this ``cryptography`` lacks Argon2id); the KDF's parameters, the salt, a password
check and the nonce live in a fixed header that is authenticated as associated data, so a
changed byte anywhere is noticed before SQLite reads anything. Every save uses a fresh nonce.
"""

from __future__ import annotations

import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from zvdesk.models.core.errors import NotAZvdbFile
from zvdesk.models.core.sharing.magic import ENCRYPTED_MAGIC, TamperedFile, WrongPassword

try:  # cryptography >= 44
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError:  # pragma: no cover - older cryptography
    Argon2id = None  # type: ignore[assignment,misc]

FORMAT_VERSION = 1
KDF_SCRYPT = 1
KDF_ARGON2ID = 2

_HEADER = struct.Struct(">8sBBIII16s16s12s")
HEADER_SIZE = _HEADER.size  # 66 bytes
TAG_SIZE = 16
#: Largest encrypted file we decrypt (the whole file is held in memory).
MAX_FILE_BYTES = 1 << 30

#: Parameters written by this version: (kdf, p1, p2, p3). Argon2id: memory KiB, iterations,
#: lanes (RFC 9106's second recommendation). scrypt: log2 N, r, p.
DEFAULT_ARGON2 = (KDF_ARGON2ID, 64 * 1024, 3, 4)
DEFAULT_SCRYPT = (KDF_SCRYPT, 17, 8, 1)

MIN_PASSWORD_LENGTH = 8


def _name(path: Path) -> str:
    return f"‘{path.name}’"


@dataclass(frozen=True)
class KeyMaterial:
    """A derived key with everything needed to write headers that reproduce it."""

    kdf: int
    p1: int
    p2: int
    p3: int
    salt: bytes
    key: bytes
    check: bytes


def _normalise(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


#: How far a file's KDF parameters may exceed what this version writes: a future version may
#: ask somewhat more, a hostile header must not make one attempt cost gigabytes or minutes.
KDF_MARGIN = 4
#: Largest KDF memory accepted, in bytes (4 × the 64 MiB of Argon2id and 128 MiB of scrypt
#: this version writes, but at most 256 MiB).
MAX_KDF_MEMORY = 256 * 1024 * 1024


def params_acceptable(kdf: int, p1: int, p2: int, p3: int) -> bool:
    """Accepts KDF parameters up to what ZV Desk writes, with a margin (:data:`KDF_MARGIN`).

    A header is read before the password is known; parameters beyond this are refused before
    anything is derived, so a hostile file costs neither memory nor time.
    """
    if kdf == KDF_ARGON2ID:
        _k, mem, passes, lanes = DEFAULT_ARGON2
        return (8 * 1024 <= p1 <= MAX_KDF_MEMORY // 1024 and 1 <= p2 <= 2 * passes
                and 1 <= p3 <= 2 * lanes and p1 * p2 <= KDF_MARGIN * mem * passes)
    if kdf == KDF_SCRYPT:
        _k, log_n, r, p = DEFAULT_SCRYPT
        if not (10 <= p1 <= log_n + 2 and 1 <= p2 <= r and 1 <= p3 <= 2 * p):
            return False
        memory = 128 * p2 * (1 << p1)
        work = (1 << p1) * p2 * p3
        return memory <= MAX_KDF_MEMORY and work <= KDF_MARGIN * (1 << log_n) * r * p
    return False


def derive(password: str, params: tuple[int, int, int, int] | None = None,
           salt: bytes | None = None) -> KeyMaterial:
    """Derives the file key and the password check from a password.

    Args:
        password: The user's password.
        params: ``(kdf, p1, p2, p3)``; default Argon2id when available, else scrypt.
        salt: 16 bytes; a fresh random salt when omitted.
    """
    if params is None:
        params = DEFAULT_ARGON2 if Argon2id is not None else DEFAULT_SCRYPT
    kdf, p1, p2, p3 = params
    salt = os.urandom(16) if salt is None else salt
    secret = _normalise(password)
    if kdf == KDF_ARGON2ID:
        if Argon2id is None:
            raise NotAZvdbFile("Dit bestand is versleuteld met een methode (Argon2id) die deze "
                               "installatie van ZV Desk niet kent. Werk ZV Desk bij.")
        out = Argon2id(salt=salt, length=48, iterations=p2, lanes=p3,
                       memory_cost=p1).derive(secret)
    else:
        out = Scrypt(salt=salt, length=48, n=1 << p1, r=p2, p=p3).derive(secret)
    return KeyMaterial(kdf, p1, p2, p3, salt, out[:32], out[32:])


def encrypt(plain: bytes, key: KeyMaterial) -> bytes:
    """Returns the container bytes for a plaintext database, with a fresh nonce."""
    header = _HEADER.pack(ENCRYPTED_MAGIC, FORMAT_VERSION, key.kdf, key.p1, key.p2, key.p3,
                          key.salt, key.check, os.urandom(12))
    return header + AESGCM(key.key).encrypt(header[-12:], plain, header)


def read_header(data: bytes, path: Path) -> tuple[int, int, int, int, bytes, bytes, bytes]:
    """Parses and checks the header; returns (kdf, p1, p2, p3, salt, check, nonce).

    Raises:
        TamperedFile: truncated, an unknown version or unacceptable parameters.
    """
    if len(data) < HEADER_SIZE + TAG_SIZE:
        raise TamperedFile(f"{_name(path)} is onvolledig (afgekapt) en kan niet worden "
                           "geopend. Vraag de afzender het opnieuw te sturen.")
    magic, version, kdf, p1, p2, p3, salt, check, nonce = _HEADER.unpack_from(data)
    if magic != ENCRYPTED_MAGIC:
        raise NotAZvdbFile(f"{_name(path)} is geen beveiligd ZV Desk-bestand.")
    if version != FORMAT_VERSION:
        raise TamperedFile(f"{_name(path)} is beveiligd met een nieuwere versie van ZV Desk "
                           "of is beschadigd. Werk ZV Desk bij.")
    if kdf not in (KDF_ARGON2ID, KDF_SCRYPT):
        raise TamperedFile(f"{_name(path)} is beschadigd of gemanipuleerd: de kop van het "
                           "beveiligde bestand klopt niet. Het wordt niet geopend.")
    if not params_acceptable(kdf, p1, p2, p3):
        raise TamperedFile(
            f"{_name(path)} is niet te openen: de beveiliging vraagt veel meer geheugen of "
            "rekentijd dan ZV Desk ooit instelt. Het bestand is beschadigd of gemanipuleerd, "
            "of gemaakt met een veel nieuwere versie van ZV Desk.")
    return kdf, p1, p2, p3, salt, check, nonce


def decrypt(data: bytes, password: str, path: Path) -> tuple[bytes, KeyMaterial]:
    """Checks the password and the whole container, then returns the plaintext database.

    Raises:
        WrongPassword: the password does not match the file's password check.
        TamperedFile: the password is right but a byte was changed (or the file is damaged).
    """
    kdf, p1, p2, p3, salt, check, nonce = read_header(data, path)
    key = derive(password, (kdf, p1, p2, p3), salt)
    if not hmac.compare_digest(key.check, check):
        raise WrongPassword(
            f"Het wachtwoord voor {_name(path)} klopt niet. Let op hoofdletters en "
            "spaties. (Als het wachtwoord zeker goed is, is het bestand beschadigd.)")
    try:
        plain = AESGCM(key.key).decrypt(nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except InvalidTag as exc:
        raise TamperedFile(
            f"{_name(path)} is na het opslaan veranderd of beschadigd (de controle van de "
            "versleuteling klopt niet). Het wordt niet geopend; vraag de afzender het "
            "opnieuw te sturen.") from exc
    return plain, key


def read_container(path: Path) -> bytes:
    """Reads an encrypted file whole, refusing absurd sizes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TamperedFile(f"{_name(path)} is te groot voor een ZV Desk-bestand.")
        return path.read_bytes()
    except OSError as exc:
        raise NotAZvdbFile(f"{_name(path)} kan niet worden gelezen: geen toegang.") from exc


def decrypt_file(path: Path | str, password: str) -> tuple[bytes, KeyMaterial]:
    """Reads and decrypts an encrypted file (see :func:`decrypt`)."""
    path = Path(path)
    return decrypt(read_container(path), password, path)


def write_atomically(path: Path, data: bytes) -> None:
    """Writes bytes beside ``path`` under a temporary name, syncs, and renames into place."""
    path = Path(path)
    work = path.with_name(f".~{path.name}.schrijven")
    created = False
    try:
        work.unlink(missing_ok=True)  # left by a crash (never followed if it is a link)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
            os, "O_BINARY", 0)
        fd = os.open(work, flags, 0o666)
        created = True
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(work, path)
    except BaseException:
        if created:
            work.unlink(missing_ok=True)
        raise


def encrypt_to_file(plain: bytes, path: Path, key: KeyMaterial) -> None:
    """Encrypts a plaintext database and writes it atomically to ``path``."""
    write_atomically(path, encrypt(plain, key))
