"""The vault header file: key slots, written atomically, with a backup copy.

``vault.header`` and ``vault.header.bak`` hold the same JSON document. A write
goes to the backup first and then to the main file, so a crash between the two
leaves one copy with the old slots and one with the new: opening tries both,
and the old or the new passphrase opens the vault, never neither. The document
carries an HMAC under a subkey of the master key, checked once a slot opens, so
slots cannot be added or removed unnoticed.

The ``guard`` entry (wrong-attempt counter and the wipe-after-N setting) sits
outside the MAC'd body on purpose: a wrong passphrase gives us no key, yet the
counter must be updated. It is not secret, and whoever holds the files can
reset it; it protects against casual guessing at the keyboard, not against an
offline attack (Argon2id is the defence there).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path

from evidencevault.crypto.keyslots import KeySlot, b64, canonical_json, unb64
from evidencevault.crypto.subkeys import derive_subkey
from evidencevault.domain.errors import HeaderDamaged, UnsupportedVault
from evidencevault.storage.atomic import write_atomic

FORMAT = "evidence-vault/header"
VERSION = 1
MAX_HEADER_BYTES = 256 * 1024
MAX_GUARD_VALUE = 1_000_000
HEADER_NAME = "vault.header"
BACKUP_NAME = "vault.header.bak"


@dataclass(frozen=True)
class Guard:
    """Wrong attempts in a row, and after how many to destroy the key slots (0 = never)."""

    failed_attempts: int = 0
    wipe_after: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"failed_attempts": self.failed_attempts, "wipe_after": self.wipe_after}

    @classmethod
    def from_dict(cls, data: object) -> Guard:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise HeaderDamaged(detail="the attempt counter is malformed")
        values = [data.get("failed_attempts", 0), data.get("wipe_after", 0)]
        if not all(type(v) is int and 0 <= v <= MAX_GUARD_VALUE for v in values):
            raise HeaderDamaged(detail="the attempt counter is malformed")
        return cls(*values)


@dataclass
class Header:
    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    mac: bytes = b""
    guard: Guard = field(default_factory=Guard)

    def body(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                "slots": [s.to_dict() for s in self.slots]}

    def compute_mac(self, master_key: bytes) -> bytes:
        key = derive_subkey(master_key, "header-mac")
        return hmac.new(key, canonical_json(self.body()), hashlib.sha256).digest()

    def seal(self, master_key: bytes) -> None:
        self.mac = self.compute_mac(master_key)

    def mac_ok(self, master_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(master_key))

    def to_bytes(self) -> bytes:
        doc = self.body()
        doc["mac"] = b64(self.mac)
        if self.guard != Guard():
            doc["guard"] = self.guard.to_dict()
        return json.dumps(doc, indent=1, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        if len(data) > MAX_HEADER_BYTES:
            raise HeaderDamaged(detail="the key file is far too large")
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise HeaderDamaged(detail="the key file cannot be read") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise HeaderDamaged(detail="this is not an Evidence Vault key file")
        if doc.get("version") != VERSION:
            raise UnsupportedVault(detail=f"key file version {doc.get('version')}")
        try:
            slots = [KeySlot.from_dict(s) for s in doc["slots"]]
            header = cls(str(doc["vault_id"]), slots, unb64(doc["mac"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise HeaderDamaged(detail="a key slot is malformed") from None
        header.guard = Guard.from_dict(doc.get("guard"))
        return header


def read_headers(folder: Path) -> list[Header]:
    """Every readable copy, main file first. HeaderDamaged if none can be read."""
    found: list[Header] = []
    first_error: Exception | None = None
    for name in (HEADER_NAME, BACKUP_NAME):
        path = folder / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        try:
            header = Header.from_bytes(data)
        except (HeaderDamaged, UnsupportedVault) as exc:
            first_error = first_error or exc
            continue
        if all(h.to_bytes() != header.to_bytes() for h in found):
            found.append(header)
    if not found:
        raise first_error or HeaderDamaged(detail="the key file is missing")
    return found


def write_header(folder: Path, header: Header) -> None:
    data = header.to_bytes()
    write_atomic(folder / BACKUP_NAME, data)
    write_atomic(folder / HEADER_NAME, data)


def update_guards(folder: Path, change) -> Guard | None:
    """Rewrite each readable copy with ``change(guard) -> guard``, keeping its own slots.

    Copies are updated one by one (never one copied over the other), so a copy
    left behind by an interrupted passphrase change keeps its slots. Returns the
    new guard of the main copy (or the backup's), None if no copy could be read.
    """
    result = None
    for name in (BACKUP_NAME, HEADER_NAME):
        path = folder / name
        try:
            header = Header.from_bytes(path.read_bytes())
        except (OSError, HeaderDamaged, UnsupportedVault):
            continue
        header.guard = change(header.guard)
        write_atomic(path, header.to_bytes())
        result = header.guard
    return result
