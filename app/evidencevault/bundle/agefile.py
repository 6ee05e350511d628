"""The outer layer of a bundle: a standard age v1 file, through ``pyrage``.

To X25519 recipients (``age1…``) the file is written and read as a stream.
With a passphrase (age's scrypt recipient) ``pyrage`` only works on whole
byte strings, so such bundles are limited to PASSPHRASE_LIMIT.

``pyrage.decrypt_io`` hands plaintext to the writer before it has seen the end
of the file, and only notices truncation at the end: whatever the writer
receives is provisional until ``decrypt_to`` returns.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

import pyrage

from evidencevault.domain.errors import (
    BundleDamaged,
    BundleNotForYou,
    BundleTooLarge,
    BundleUnreadable,
    BundleWrongPassphrase,
    InvalidRecipient,
    InvalidInput,
)

MAGIC = b"age-encryption.org/v1\n"
PASSPHRASE_LIMIT = 256 * 1024 * 1024
MAX_WORK_FACTOR = 22  # as the age reference implementation
_HEADER_LIMIT = 64 * 1024


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    text = text.strip()
    try:
        if not text.startswith("age1"):
            raise pyrage.RecipientError("prefix")
        return pyrage.x25519.Recipient.from_str(text)
    except (pyrage.RecipientError, ValueError):
        shown = text if len(text) < 80 and text.isprintable() else "The recipient"
        raise InvalidRecipient(recipient=shown) from None


def new_identity() -> tuple[str, str]:
    """A fresh X25519 identity: (AGE-SECRET-KEY-1…, age1… recipient)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def parse_identities(text: str) -> list[pyrage.x25519.Identity]:
    """Identities in age's identity-file format (comments and blank lines allowed)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            found.append(pyrage.x25519.Identity.from_str(line))
        except (pyrage.IdentityError, ValueError):
            raise InvalidInput(field="identity", problem="a line is not an age identity "
                               "(AGE-SECRET-KEY-1…); only X25519 identities are supported") from None
    if not found:
        raise InvalidInput(field="identity", problem="the identity file holds no age identity")
    return found


def recipient_of(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def encrypt_to(reader: BinaryIO, out: BinaryIO, recipients: list[pyrage.x25519.Recipient]) -> None:
    """Stream ``reader`` into ``out`` as an age file. pyrage.EncryptError on failure."""
    pyrage.encrypt_io(reader, out, recipients)


def encrypt_with_passphrase(plaintext: bytes, passphrase: str) -> bytes:
    if len(plaintext) > PASSPHRASE_LIMIT:
        raise BundleTooLarge(limit_mib=PASSPHRASE_LIMIT >> 20)
    return pyrage.passphrase.encrypt(plaintext, passphrase)


def check_header(source: BinaryIO) -> bool:
    """Look at the age header before decrypting; True when it is for a passphrase.

    Refuses files that are not age files and scrypt work factors above
    MAX_WORK_FACTOR (an attacker could otherwise make us spend gigabytes and
    minutes). Rewinds ``source``.
    """
    start = source.tell()
    head = source.read(_HEADER_LIMIT)
    source.seek(start)
    if not head.startswith(MAGIC):
        raise BundleUnreadable(detail="it does not start like an age-encrypted file")
    end = head.find(b"\n---")
    header = head if end < 0 else head[:end]
    stanzas = re.findall(rb"\n-> scrypt [^ \n]* ([^\n]*)", header)
    for factor in stanzas:
        if not re.fullmatch(rb"[1-9][0-9]?", factor) or int(factor) > MAX_WORK_FACTOR:
            raise BundleUnreadable(detail="its passphrase protection uses settings this program refuses")
    return bool(stanzas)


def decrypt_to(source: BinaryIO, writer: io.RawIOBase | BinaryIO,
               identities: list[pyrage.x25519.Identity]) -> None:
    """Decrypt ``source`` into ``writer`` (provisional until this returns).

    Exceptions raised by the writer pass through unchanged; pyrage's own
    failures become BundleNotForYou, BundleUnreadable or BundleDamaged.
    """
    try:
        pyrage.decrypt_io(source, writer, identities)
    except pyrage.DecryptError as exc:
        raise _decrypt_error(str(exc)) from None
    except OSError as exc:
        if type(exc) is OSError and not exc.errno:   # pyrage's stream failures
            raise BundleDamaged(detail="its encrypted contents do not authenticate") from None
        raise


def decrypt_with_passphrase(source: BinaryIO, passphrase: str) -> bytes:
    data = source.read(PASSPHRASE_LIMIT + (1 << 20))
    if len(data) > PASSPHRASE_LIMIT + (1 << 16) or source.read(1):
        raise BundleTooLarge(limit_mib=PASSPHRASE_LIMIT >> 20)
    check_header(io.BytesIO(data[:_HEADER_LIMIT]))
    try:
        return pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError as exc:
        text = str(exc)
        if text == "Decryption failed":          # the scrypt stanza did not open
            raise BundleWrongPassphrase() from None
        if text == "decryption error":           # the payload did not authenticate
            raise BundleDamaged(detail="its encrypted contents do not authenticate") from None
        raise _decrypt_error(text) from None


def _decrypt_error(text: str) -> Exception:
    if "no matching keys" in text.lower():
        return BundleNotForYou()
    # Every other DecryptError from pyrage is about the header (format, MAC, stanzas).
    return BundleUnreadable(detail="its age header is not valid or was altered")
