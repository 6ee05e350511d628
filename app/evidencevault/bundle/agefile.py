"""The outer layer of a bundle: a standard age v1 file.

Written with ``pyrage``: to X25519 recipients (``age1…``) as a stream; with a
passphrase (age's scrypt recipient) ``pyrage`` only works on whole byte
strings, so such bundles are limited to PASSPHRASE_LIMIT.

Read with our own streaming reader (age_reader.py, on ``cryptography``),
because pyrage decrypts far slower than an import must hash. It hands out
plaintext only after each chunk authenticated, but notices truncation at the
end: whatever it hands out is provisional until the iterator ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import pyrage
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from evidencevault.bundle import age_reader
from evidencevault.domain.errors import (
    BundleTooLarge,
    BundleUnreadable,
    InvalidRecipient,
    InvalidInput,
)

MAGIC = b"age-encryption.org/v1\n"
PASSPHRASE_LIMIT = 256 * 1024 * 1024
MAX_WORK_FACTOR = age_reader.MAX_WORK_FACTOR


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


def parse_identities(text: str) -> list[X25519PrivateKey]:
    """Identities in age's identity-file format (comments and blank lines allowed).

    Each is decoded here (bech32) to the raw X25519 key our age reader needs.
    """
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            found.append(age_reader.identity_key(line))
        except ValueError:
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

    Refuses files that are not age files (or armored, or with a header that
    breaks the spec) and scrypt work factors above MAX_WORK_FACTOR (an attacker
    could otherwise make us spend gigabytes and minutes). Rewinds ``source``.
    """
    start = source.tell()
    try:
        return age_reader.is_passphrase_header(age_reader.read_header(source))
    finally:
        source.seek(start)


def decrypt(source: BinaryIO, *, identities: list[X25519PrivateKey] | None = None,
            passphrase: str | None = None) -> Iterator[bytearray]:
    """The authenticated plaintext of an age file, about 1 MiB per piece (age_reader.py).

    Pieces are provisional until the iterator ends: a file cut short after a
    chunk boundary is only noticed at its end. Typed errors: BundleUnreadable
    (not an age file, bad header, no identity or passphrase given),
    BundleNotForYou (also: a passphrase given for a file made for keys),
    BundleWrongPassphrase, BundleDamaged (payload).
    """
    header = age_reader.read_header(source)
    if not age_reader.is_passphrase_header(header) and not identities and passphrase is None:
        raise BundleUnreadable(detail="it is encrypted to a key; give an identity")
    key = age_reader.file_key(header, identities=identities, passphrase=passphrase)
    return age_reader.payload(source, key)
