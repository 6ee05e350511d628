"""Rows for bundles: the vault's age identity, contacts, and imported provenance."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row

AGE_IDENTITY = "age-identity"


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    recipient: str
    fingerprint: str
    verified: bool
    note: str
    created_at: str


@dataclass(frozen=True)
class ImportRow:
    id: str
    manifest_sha256: str
    signer_fingerprint: str
    contact_id: str | None
    made_at: str
    checkpoint_seq: int
    imported_at: str


class BundleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the vault's own keys ------------------------------------------------
    def age_identity(self) -> tuple[str, str] | None:
        row = self._db.query_one("SELECT secret, public FROM vault_key WHERE purpose = ?",
                                 (AGE_IDENTITY,))
        return None if row is None else (bytes(row["secret"]).decode(), bytes(row["public"]).decode())

    def save_age_identity(self, identity: str, recipient: str) -> None:
        self._db.execute("INSERT INTO vault_key (purpose, secret, public, created_at) VALUES (?,?,?,?)",
                         (AGE_IDENTITY, identity.encode(), recipient.encode(), utc_now()))

    def signing_key(self) -> bytes:
        row = self._db.query_one("SELECT secret FROM vault_key WHERE purpose = 'audit-signing'")
        return bytes(row["secret"])

    # -- contacts ------------------------------------------------------------
    def add_contact(self, name: str, recipient: str, fingerprint: str, verified: bool,
                    note: str) -> Contact:
        now = utc_now()
        contact_id = uuid.uuid4().hex
        self._db.execute(
            "INSERT INTO contact (id, name, recipient, fingerprint, verified, note, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (contact_id, name, recipient, fingerprint, int(verified), note, now, now))
        return self.contact(contact_id)

    def set_verified(self, contact_id: str, verified: bool) -> None:
        self._db.execute("UPDATE contact SET verified = ?, updated_at = ? WHERE id = ?",
                         (int(verified), utc_now(), contact_id))

    def remove_contact(self, contact_id: str) -> None:
        self._db.execute("UPDATE contact SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (utc_now(), utc_now(), contact_id))

    def restore_contact(self, recipient: str, name: str, fingerprint: str, verified: bool,
                        note: str) -> Contact | None:
        """A contact removed earlier and added again keeps its row (the key is unique)."""
        row = self._db.query_one("SELECT id FROM contact WHERE recipient = ? AND deleted_at IS NOT NULL",
                                 (recipient,))
        if row is None:
            return None
        self._db.execute(
            "UPDATE contact SET name = ?, fingerprint = ?, verified = ?, note = ?, updated_at = ?,"
            " deleted_at = NULL WHERE id = ?",
            (name, fingerprint, int(verified), note, utc_now(), row["id"]))
        return self.contact(row["id"])

    def contact(self, contact_id: str) -> Contact | None:
        row = self._db.query_one("SELECT * FROM contact WHERE id = ?", (contact_id,))
        return None if row is None else _contact(row)

    def contact_by_recipient(self, recipient: str) -> Contact | None:
        row = self._db.query_one(
            "SELECT * FROM contact WHERE recipient = ? AND deleted_at IS NULL", (recipient,))
        return None if row is None else _contact(row)

    def contact_by_fingerprint(self, fingerprint: str) -> Contact | None:
        row = self._db.query_one(
            "SELECT * FROM contact WHERE fingerprint = ? AND fingerprint != '' AND deleted_at IS NULL"
            " ORDER BY verified DESC, created_at LIMIT 1", (fingerprint,))
        return None if row is None else _contact(row)

    def contacts(self) -> list[Contact]:
        rows = self._db.query("SELECT * FROM contact WHERE deleted_at IS NULL ORDER BY name, created_at")
        return [_contact(r) for r in rows]

    # -- imports -------------------------------------------------------------
    def import_by_manifest(self, manifest_sha256: str) -> ImportRow | None:
        row = self._db.query_one("SELECT * FROM bundle_import WHERE manifest_sha256 = ?",
                                 (manifest_sha256,))
        return None if row is None else _import(row)

    def insert_import(self, values: dict) -> str:
        values = {"id": uuid.uuid4().hex, "imported_at": utc_now(), **values}
        names = ", ".join(values)
        marks = ",".join("?" * len(values))
        self._db.execute(f"INSERT INTO bundle_import ({names}) VALUES ({marks})",
                         tuple(values.values()))
        return values["id"]

    def imported_case(self, signer_key: bytes, sender_case_id: str) -> str | None:
        row = self._db.query_one(
            "SELECT case_id FROM imported_case WHERE signer_key = ? AND sender_case_id = ?",
            (signer_key, sender_case_id))
        return None if row is None else row["case_id"]

    def insert_imported_case(self, case_id: str, signer_key: bytes, sender_case_id: str) -> None:
        self._db.execute("INSERT INTO imported_case (case_id, signer_key, sender_case_id)"
                         " VALUES (?,?,?)", (case_id, signer_key, sender_case_id))

    def insert_imported_item(self, item_id: str, import_id: str, sender_item_id: str,
                             acquisition_sha256: str, intake_at: str, path: str) -> None:
        self._db.execute(
            "INSERT INTO imported_item (item_id, import_id, sender_item_id,"
            " sender_acquisition_sha256, sender_intake_at, path_in_bundle) VALUES (?,?,?,?,?,?)",
            (item_id, import_id, sender_item_id, acquisition_sha256, intake_at, path))

    def mark_imported(self, item_id: str) -> None:
        """Make a freshly inserted item an imported, read-only original."""
        self._db.execute("UPDATE evidence_item SET origin = 'bundle', read_only = 1 WHERE id = ?",
                         (item_id,))

    def provenance(self, item_id: str) -> Row | None:
        return self._db.query_one(
            "SELECT i.*, b.signer_fingerprint, b.made_at, b.checkpoint_seq, b.imported_at,"
            " b.contact_id FROM imported_item i JOIN bundle_import b ON b.id = i.import_id"
            " WHERE i.item_id = ?", (item_id,))


def _contact(row: Row) -> Contact:
    return Contact(row["id"], row["name"], row["recipient"], row["fingerprint"],
                   bool(row["verified"]), row["note"], row["created_at"])


def _import(row: Row) -> ImportRow:
    return ImportRow(row["id"], row["manifest_sha256"], row["signer_fingerprint"],
                     row["contact_id"], row["made_at"], row["checkpoint_seq"], row["imported_at"])
