"""Subkeys derived from the vault's master key with HKDF-SHA256 (RFC 5869).

Each purpose gets its own key, so the database key, the media-wrapping key and
the header MAC key are independent. Purposes are fixed strings: changing one
would make every existing vault unreadable.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PURPOSES = frozenset({"sqlcipher", "media-wrap", "header-mac", "staging", "drafts"})
_SALT = b"evidence-vault/v1"


def derive_subkey(master_key: bytes, purpose: str, length: int = 32) -> bytes:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown subkey purpose {purpose!r}")
    if len(master_key) != 32:
        raise ValueError("master key must be 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT,
                info=b"evidence-vault/v1/" + purpose.encode()).derive(master_key)
