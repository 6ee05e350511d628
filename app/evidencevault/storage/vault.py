"""The vault folder: create it, open it with a key slot, lock it.

Layout (docs/vault-format.md):
    vault.header       key slots (JSON), written atomically
    vault.header.bak   the same, a backup copy
    vault.db           SQLCipher 4 database (+ -wal/-shm while open)
    media/             encrypted originals, named by random ids
    staging/           encrypted scratch space for imports in progress
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from evidencevault.crypto import signing
from evidencevault.crypto.kdf import KdfParams, calibrate
from evidencevault.crypto.keyslots import (
    SlotOpenFailed,
    make_slot,
    new_master_key,
    new_recovery_code,
    open_slot,
    passphrase_secret,
    recovery_secret,
)
from evidencevault.crypto.subkeys import derive_subkey
from evidencevault.domain.errors import (
    HeaderDamaged,
    InvalidInput,
    VaultErased,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from evidencevault.storage.audit import AuditLog, utc_now
from evidencevault.storage.database import Database
from evidencevault.storage.erase import ERASED_NAME, erase_keys
from evidencevault.storage.header import (
    BACKUP_NAME, HEADER_NAME, Guard, Header, read_headers, update_guards, write_header)
from evidencevault.storage.key_changes import record_key_change, remember_slots, settle_after_unlock
from evidencevault.storage.migrate import migrate
from evidencevault.storage.vocabularies import seed_vocabularies

DB_NAME = "vault.db"
MIN_PASSPHRASE_LENGTH = 8
RECOVERY_KDF = KdfParams.floor()  # the recovery code is 128 random bits already
WIPE_AFTER_RANGE = (3, 100)       # 0 turns the setting off


@dataclass
class OpenVault:
    """An unlocked vault: the database and the keys live only as long as this object."""

    folder: Path
    header: Header
    db: Database
    audit: AuditLog
    master_key: bytes = field(repr=False)
    warnings: list[str] = field(default_factory=list)

    @property
    def media_dir(self) -> Path:
        return self.folder / "media"

    @property
    def staging_dir(self) -> Path:
        return self.folder / "staging"

    def subkey(self, purpose: str) -> bytes:
        return derive_subkey(self.master_key, purpose)

    def close(self) -> None:
        self.db.close()
        self.master_key = b""


def is_vault(folder: Path) -> bool:
    return (folder / HEADER_NAME).exists() or (folder / BACKUP_NAME).exists()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(minimum=MIN_PASSPHRASE_LENGTH)


def create(folder: Path, passphrase: str, kdf: KdfParams | None = None,
           actor: str = "vault owner") -> tuple[OpenVault, str]:
    """Make a new vault; returns it open, with the recovery code to show once."""
    check_passphrase(passphrase)
    folder = Path(folder)
    if is_vault(folder) or (folder / DB_NAME).exists():
        raise VaultExists(path=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("media", "staging"):
        (folder / sub).mkdir(exist_ok=True)
    kdf = kdf or calibrate()
    master = new_master_key()
    code = new_recovery_code()
    header = Header(vault_id=secrets.token_hex(16))
    header.slots.append(make_slot(header.vault_id, "passphrase", "passphrase",
                                  passphrase_secret(passphrase), master, kdf))
    header.slots.append(make_slot(header.vault_id, "recovery", "recovery",
                                  recovery_secret(code), master, max_kdf(kdf, RECOVERY_KDF)))
    header.seal(master)
    db = Database(folder / DB_NAME, derive_subkey(master, "sqlcipher"))
    migrate(db)
    seed_vocabularies(db)
    with db.transaction():
        key = signing.new_signing_key()
        db.execute("INSERT INTO vault_key VALUES ('audit-signing', ?, ?, ?)",
                   (key, signing.public_key_of(key), utc_now()))
        db.execute("INSERT INTO vault_meta VALUES ('vault_id', ?)", (header.vault_id,))
        db.execute("INSERT INTO vault_meta VALUES ('actor', ?)", (actor,))
        remember_slots(db, header)
        vault = OpenVault(folder, header, db, AuditLog(db, key, actor), master)
        vault.audit.append("vault.create", "vault", header.vault_id)
    write_header(folder, header)
    return vault, code


def max_kdf(a: KdfParams, b: KdfParams) -> KdfParams:
    return KdfParams(max(a.memory_kib, b.memory_kib), max(a.iterations, b.iterations),
                     max(a.lanes, b.lanes))


def unlock(folder: Path, *, passphrase: str | None = None,
           recovery_code: str | None = None) -> OpenVault:
    """Open with a passphrase or a recovery code. Nothing on disk changes if it fails."""
    folder = Path(folder)
    if not is_vault(folder):
        if (folder / ERASED_NAME).exists():
            raise VaultErased()
        raise VaultNotFound(path=str(folder))
    headers = read_headers(folder)
    try:
        header, master = _unwrap(headers, passphrase, recovery_code)
    except (WrongPassphrase, WrongRecoveryCode):
        _count_failed_attempt(folder, headers)
        raise
    if any(h.guard.failed_attempts for h in headers):
        update_guards(folder, lambda g: Guard(0, g.wipe_after))
        header.guard = Guard(0, header.guard.wipe_after)
    db = Database(folder / DB_NAME, derive_subkey(master, "sqlcipher"))
    try:
        migrate(db)
        seed_vocabularies(db)
        key_row = db.query_one("SELECT secret FROM vault_key WHERE purpose = 'audit-signing'")
        actor_row = db.query_one("SELECT value FROM vault_meta WHERE key = 'actor'")
        if key_row is None:
            raise HeaderDamaged(detail="the vault's signing key is missing")
    except BaseException:
        db.close()
        raise
    actor = actor_row["value"] if actor_row else "vault owner"
    vault = OpenVault(folder, header, db, AuditLog(db, key_row["secret"], actor), master)
    if not (folder / HEADER_NAME).exists():
        vault.warnings.append("header_restored_from_backup")
    for sub in ("media", "staging"):
        (folder / sub).mkdir(exist_ok=True)
    try:
        settle_after_unlock(vault, headers)
    except BaseException:
        vault.close()
        raise
    return vault


def _count_failed_attempt(folder: Path, headers: list[Header]) -> None:
    """With wipe-after-N on: count the wrong attempt, and erase the keys at N.

    Only the counter in the key file changes (nothing at all with the setting
    off). See header.py for what this protects against and what it does not.
    """
    limit = max(h.guard.wipe_after for h in headers)
    if not limit:
        return
    failed = max(h.guard.failed_attempts for h in headers) + 1
    if failed >= limit:
        erase_keys(folder)
        raise VaultErased()
    update_guards(folder, lambda g: Guard(failed, g.wipe_after))


def set_wipe_after(vault: OpenVault, attempts: int) -> None:
    """Destroy the key slots after ``attempts`` wrong attempts in a row (0 = never)."""
    low, high = WIPE_AFTER_RANGE
    if attempts != 0 and not low <= attempts <= high:
        raise InvalidInput(field="number of attempts",
                           problem=f"use 0 (off) or a number from {low} to {high}")
    update_guards(vault.folder, lambda g: Guard(0, attempts))
    vault.header.guard = Guard(0, attempts)
    vault.audit.append("vault.wipe_setting", "vault", vault.header.vault_id,
                       details={"wipe_after": attempts})


def _unwrap(headers: list[Header], passphrase: str | None,
            recovery_code: str | None) -> tuple[Header, bytes]:
    if recovery_code is not None:
        try:
            secret, kind, error = recovery_secret(recovery_code), "recovery", WrongRecoveryCode
        except ValueError:
            raise WrongRecoveryCode() from None
    elif passphrase is not None:
        secret, kind, error = passphrase_secret(passphrase), "passphrase", WrongPassphrase
    else:
        raise ValueError("a passphrase or a recovery code is needed")
    for header in headers:
        for slot in (s for s in header.slots if s.kind == kind):
            try:
                master = open_slot(header.vault_id, slot, secret)
            except SlotOpenFailed:
                continue
            if not header.mac_ok(master):
                raise HeaderDamaged(detail="the key file was altered")
            return header, master
    raise error()


def change_passphrase(vault: OpenVault, new_passphrase: str, kdf: KdfParams | None = None) -> None:
    """Rewrap the master key only: no database rekey, no media re-encryption."""
    check_passphrase(new_passphrase)
    old = next(s for s in vault.header.slots if s.kind == "passphrase")
    fresh = make_slot(vault.header.vault_id, old.slot_id, "passphrase",
                      passphrase_secret(new_passphrase), vault.master_key, kdf or old.kdf)
    header = Header(vault.header.vault_id,
                    [fresh if s is old else s for s in vault.header.slots],
                    guard=vault.header.guard)
    header.seal(vault.master_key)
    write_header(vault.folder, header)
    vault.header = header
    record_key_change(vault, "passphrase")


def new_recovery(vault: OpenVault) -> str:
    """Replace the recovery slot (the old code stops working); returns the new code."""
    code = new_recovery_code()
    slots = [s for s in vault.header.slots if s.kind != "recovery"]
    slots.append(make_slot(vault.header.vault_id, "recovery", "recovery",
                           recovery_secret(code), vault.master_key, RECOVERY_KDF))
    header = Header(vault.header.vault_id, slots, guard=vault.header.guard)
    header.seal(vault.master_key)
    write_header(vault.folder, header)
    vault.header = header
    record_key_change(vault, "recovery")
    return code



def passphrase_opens(vault: OpenVault, passphrase: str) -> bool:
    slot = next(s for s in vault.header.slots if s.kind == "passphrase")
    try:
        open_slot(vault.header.vault_id, slot, passphrase_secret(passphrase))
    except SlotOpenFailed:
        return False
    return True
