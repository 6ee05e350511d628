"""Key slots: the master key wrapped under keys derived from what the user knows.

After LUKS and KeePassXC: one random master key per vault, several slots that
each wrap it with AES-256-GCM under an Argon2id-derived key-encryption key.
The slot's own description (id, kind, KDF parameters, salt) is bound to the
ciphertext as associated data, so editing a parameter breaks the slot instead
of silently weakening it. A recovery code is 128 random bits shown as twelve
BIP-39 words (the last word carries a checksum, so typos are caught early).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from mnemonic import Mnemonic

from evidencevault.crypto.kdf import SALT_LENGTH, KdfParams, derive_key, normalise_passphrase

MASTER_KEY_LENGTH = 32
SLOT_KINDS = ("passphrase", "recovery", "organisation")
_WORDS = Mnemonic("english")


class SlotOpenFailed(Exception):
    """The secret did not unwrap this slot (wrong secret, or the slot was altered)."""


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self, vault_id: str) -> bytes:
        return canonical_json({"vault_id": vault_id, "slot_id": self.slot_id, "kind": self.kind,
                               "kdf": self.kdf.to_dict(), "salt": b64(self.salt)})

    def to_dict(self) -> dict:
        return {"slot_id": self.slot_id, "kind": self.kind, "kdf": self.kdf.to_dict(),
                "salt": b64(self.salt), "nonce": b64(self.nonce), "wrapped_key": b64(self.wrapped_key)}

    @classmethod
    def from_dict(cls, data: dict) -> KeySlot:
        kind = data["kind"]
        if kind not in SLOT_KINDS:
            raise ValueError(f"unknown slot kind {kind!r}")
        slot = cls(str(data["slot_id"]), kind, KdfParams.from_dict(data["kdf"]),
                   unb64(data["salt"]), unb64(data["nonce"]), unb64(data["wrapped_key"]))
        if len(slot.salt) != SALT_LENGTH or len(slot.nonce) != 12 or len(slot.wrapped_key) != 48:
            raise ValueError("slot field has the wrong length")
        return slot


def new_master_key() -> bytes:
    return os.urandom(MASTER_KEY_LENGTH)


def make_slot(vault_id: str, slot_id: str, kind: str, secret: bytes, master_key: bytes,
              kdf: KdfParams) -> KeySlot:
    salt = os.urandom(SALT_LENGTH)
    nonce = os.urandom(12)
    draft = KeySlot(slot_id, kind, kdf, salt, nonce, b"")
    kek = derive_key(secret, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, master_key, draft.associated_data(vault_id))
    return KeySlot(slot_id, kind, kdf, salt, nonce, wrapped)


def open_slot(vault_id: str, slot: KeySlot, secret: bytes) -> bytes:
    kek = derive_key(secret, slot.salt, slot.kdf)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, slot.associated_data(vault_id))
    except InvalidTag as exc:
        raise SlotOpenFailed(slot.slot_id) from exc


def passphrase_secret(passphrase: str) -> bytes:
    return normalise_passphrase(passphrase)


def new_recovery_code() -> str:
    return _WORDS.to_mnemonic(os.urandom(16))


def recovery_secret(code: str) -> bytes:
    """The 16 random bytes behind a recovery code; ValueError if the words are not valid."""
    words = " ".join(code.lower().split())
    if not _WORDS.check(words):
        raise ValueError("not a valid recovery code")
    return bytes(_WORDS.to_entropy(words))


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
