"""Vault use cases: create, open, lock, change the passphrase, verify the log.

The window and the CLI hold a ``VaultSession``; every other service is built
from one. Closing it closes the database and drops the keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evidencevault.crypto.kdf import KdfParams
from evidencevault.domain.errors import VaultLocked, VaultNotFound, WrongPassphrase
from evidencevault.storage import erase as erase_store
from evidencevault.storage import vault as vault_store
from evidencevault.storage.audit import AuditLog, AuditReport
from evidencevault.storage.database import Database
from evidencevault.storage.vault import OpenVault


class VaultSession:
    """An unlocked vault as the services see it."""

    def __init__(self, vault: OpenVault) -> None:
        self._vault: OpenVault | None = vault
        self.folder = vault.folder
        self.warnings = list(vault.warnings)

    @property
    def vault(self) -> OpenVault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    @property
    def db(self) -> Database:
        return self.vault.db

    @property
    def audit(self) -> AuditLog:
        return self.vault.audit

    @property
    def vault_id(self) -> str:
        return self.vault.header.vault_id

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def close(self) -> None:
        """Lock: close the database and drop the keys. Safe to call twice."""
        if self._vault is not None:
            vault, self._vault = self._vault, None
            vault.close()

    lock = close

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def change_passphrase(self, current: str, new: str, kdf: KdfParams | None = None) -> None:
        """Check the current passphrase again, then rewrap the master key."""
        if not vault_store.passphrase_opens(self.vault, current):
            raise WrongPassphrase()
        vault_store.change_passphrase(self.vault, new, kdf)

    def set_passphrase(self, new: str, kdf: KdfParams | None = None) -> None:
        """Set a new passphrase on a vault already opened (by passphrase or recovery code)."""
        vault_store.change_passphrase(self.vault, new, kdf)

    def replace_recovery_code(self) -> str:
        return vault_store.new_recovery(self.vault)

    @property
    def wipe_after(self) -> int:
        """After how many wrong attempts in a row the keys are destroyed (0 = never)."""
        return self.vault.header.guard.wipe_after

    def set_wipe_after(self, attempts: int) -> None:
        vault_store.set_wipe_after(self.vault, attempts)

    def erase(self) -> None:
        """Quick erase: lock, then destroy the key slots. The vault can never be opened again."""
        folder = self.folder
        self.close()
        erase_vault(folder)

    def verify_audit(self) -> AuditReport:
        return self.audit.verify()

    def integrity_check(self) -> list[str]:
        """SQLite's and SQLCipher's own checks; an empty list means all is well."""
        problems = [r["integrity_check"] for r in self.db.query("PRAGMA integrity_check")
                    if r["integrity_check"] != "ok"]
        problems += [next(iter(r.values())) for r in self.db.query("PRAGMA cipher_integrity_check")]
        return problems


@dataclass(frozen=True)
class CreatedVault:
    session: VaultSession
    recovery_code: str


def create_vault(folder: Path, passphrase: str, kdf: KdfParams | None = None,
                 actor: str = "vault owner") -> CreatedVault:
    vault, code = vault_store.create(Path(folder), passphrase, kdf, actor)
    return CreatedVault(VaultSession(vault), code)


def open_vault(folder: Path, *, passphrase: str | None = None,
               recovery_code: str | None = None) -> VaultSession:
    vault = vault_store.unlock(Path(folder), passphrase=passphrase, recovery_code=recovery_code)
    session = VaultSession(vault)
    for hook in OPEN_HOOKS:
        hook(session)
    return session


# Work to do right after every unlock (sweeping unfinished intake, say).
# Each hook takes the session; services register theirs by appending here.
OPEN_HOOKS: list = []


def erase_vault(folder: Path) -> None:
    """Quick erase without unlocking (for the panic action): destroy every key slot.

    Whoever holds the files afterwards has only ciphertext; nobody, including
    the owner, can open the vault again. Close any open session first.
    """
    folder = Path(folder)
    if not vault_store.is_vault(folder):
        if erase_store.was_erased(folder):
            return
        raise VaultNotFound(path=str(folder))
    erase_store.erase_keys(folder)


def is_vault(folder: Path) -> bool:
    return vault_store.is_vault(Path(folder))
