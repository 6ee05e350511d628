"""Typed errors. Each carries a stable code and the data needed to explain it.

The English sentence here is what the CLI prints; the window passes the same
template through Qt's translator (context "errors") so each code reads in the
user's language. Messages never contain case data: only counts, paths the user
chose, and technical names.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error a user may see. Subclasses set ``code`` and ``template``."""

    code = "error"
    template = "Something went wrong."

    def __init__(self, template: str | None = None, /, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


# --- vault and keys -------------------------------------------------------
class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    template = "The passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again."


class WrongRecoveryCode(VaultError):
    code = "wrong_recovery_code"
    template = "The recovery code does not open this vault. Check each word and try again."


class VaultNotFound(VaultError):
    code = "vault_not_found"
    template = "There is no vault at {path}. Create one first, or choose another folder."


class VaultExists(VaultError):
    code = "vault_exists"
    template = "A vault already exists at {path}. Open it instead, or choose an empty folder."


class HeaderDamaged(VaultError):
    code = "header_damaged"
    template = "The vault's key file is damaged ({detail}). Restore it from a backup copy; nothing was changed."


class DatabaseDamaged(VaultError):
    code = "database_damaged"
    template = "The vault's database is damaged or was altered ({detail}). Nothing was changed; restore the vault from a backup."


class UnsupportedVault(VaultError):
    code = "unsupported_vault"
    template = "This vault was made by a newer version of Evidence Vault ({detail}). Update the program to open it."


class WeakPassphrase(VaultError):
    code = "weak_passphrase"
    template = "The passphrase is too short: use at least {minimum} characters, ideally several words."


class VaultLocked(VaultError):
    code = "vault_locked"
    template = "The vault is locked. Unlock it to continue."


class DiskFull(VaultError):
    code = "disk_full"
    template = "The disk is full, so nothing was saved. Free some space and try again."


class VaultErased(VaultError):
    code = "vault_erased"
    template = "This vault's keys were destroyed (quick erase, or too many wrong attempts), so it can never be opened again."


# --- records --------------------------------------------------------------
class NotFound(VaultError):
    code = "not_found"
    template = "No {kind} with reference {ref} exists in this vault."


class InvalidInput(VaultError):
    code = "invalid_input"
    template = "Check the {field}: {problem}."


class ReadOnlyRecord(VaultError):
    code = "read_only"
    template = "This {kind} was imported from a bundle and is kept read-only; add an annotation beside it instead."


# --- audit ----------------------------------------------------------------
class AuditBroken(VaultError):
    code = "audit_broken"
    template = "The audit log is broken at entry {seq}: {detail}."


# --- evidence and media ---------------------------------------------------
class MediaDamaged(VaultError):
    code = "media_damaged"
    template = "An encrypted evidence file is damaged or was altered ({detail}). Nothing was changed; restore it from a backup."


class HashMismatch(VaultError):
    code = "hash_mismatch"
    template = "The file read back does not match the SHA-256 taken at intake, so it was not written. Restore the vault from a backup."


class FileUnreadable(VaultError):
    code = "file_unreadable"
    template = "Could not read {path}: {detail}. Nothing was added."


class IntakeCancelled(VaultError):
    code = "intake_cancelled"
    template = "Adding files was cancelled; {count} file(s) had already been added and were kept."


class NotAnImage(VaultError):
    code = "not_an_image"
    template = "This item is not an image that can be read ({detail}), so no working copy was made."


# --- bundles (export, verify, import) --------------------------------------
class BundleUnreadable(VaultError):
    code = "bundle_unreadable"
    template = "This file is not an Evidence Vault bundle that can be opened ({detail}). Nothing was imported."


class BundleNotForYou(VaultError):
    code = "bundle_not_for_you"
    template = "This bundle was not encrypted to this vault's key or to the identity given. Ask the sender to encrypt it to your age1… key; nothing was imported."


class BundleWrongPassphrase(VaultError):
    code = "bundle_wrong_passphrase"
    template = "The passphrase does not open this bundle. Check it and try again; nothing was imported."


class BundleDamaged(VaultError):
    code = "bundle_damaged"
    template = "The bundle is damaged, cut short or was altered ({detail}). Nothing was imported; ask the sender for a new copy."


class BundleUnsafe(VaultError):
    code = "bundle_unsafe"
    template = "The bundle was refused because it contains something unsafe ({detail}). Nothing was imported."


class BundleSignatureInvalid(VaultError):
    code = "bundle_signature_invalid"
    template = "The bundle's signature does not match its contents ({detail}); it may have been altered. Nothing was imported."


class BundleTooLarge(VaultError):
    code = "bundle_too_large"
    template = "A bundle protected by a passphrase is limited to {limit_mib} MiB; encrypt it to the recipient's age1… key instead."


class InvalidRecipient(VaultError):
    code = "invalid_recipient"
    template = "{recipient} is not a valid age recipient (it should start with age1). Nothing was exported."


class NothingToExport(VaultError):
    code = "nothing_to_export"
    template = "Nothing is left to export after applying the options ({left_out} item(s) left out). No bundle was written."


class ExportCancelled(VaultError):
    code = "export_cancelled"
    template = "The export was cancelled; no bundle file was left behind."


class BundleWriteFailed(VaultError):
    code = "bundle_write_failed"
    template = "The bundle could not be written ({detail}); no bundle file was left behind."
