-- 0005 bundles: contacts, and where imported items came from.
-- The vault's own age X25519 identity lives in vault_key (purpose 'age-identity',
-- secret = AGE-SECRET-KEY-1…, public = age1…), made on first use; bundles are
-- signed with the existing 'audit-signing' Ed25519 key.

-- People we send bundles to or receive them from.
CREATE TABLE contact (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    recipient   TEXT NOT NULL UNIQUE,          -- their age1… key
    fingerprint TEXT NOT NULL DEFAULT '',      -- their Ed25519 signing-key fingerprint, if known
    verified    INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),  -- checked in person
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX contact_fingerprint ON contact(fingerprint);

-- One row per bundle imported: the exact signed manifest, its signature and the
-- sender's audit entries are kept, so the chain of custody can be shown again.
CREATE TABLE bundle_import (
    id                   TEXT PRIMARY KEY,
    manifest_sha256      TEXT NOT NULL UNIQUE,  -- the same bundle twice is recognised here
    signer_key           BLOB NOT NULL,
    signer_fingerprint   TEXT NOT NULL,
    contact_id           TEXT REFERENCES contact(id),
    made_at              TEXT NOT NULL,         -- when the sender made the bundle
    checkpoint_seq       INTEGER NOT NULL,
    checkpoint_head      TEXT NOT NULL,
    checkpoint_at        TEXT NOT NULL,
    checkpoint_signature TEXT NOT NULL,
    manifest             BLOB NOT NULL,
    signature            BLOB NOT NULL,
    audit_jsonl          BLOB NOT NULL,
    imported_at          TEXT NOT NULL,
    imported_by          TEXT NOT NULL
) STRICT;

-- A sender's case, as it was imported here (one local, read-only case per sender case).
CREATE TABLE imported_case (
    case_id        TEXT PRIMARY KEY REFERENCES case_file(id),
    signer_key     BLOB NOT NULL,
    sender_case_id TEXT NOT NULL,
    UNIQUE (signer_key, sender_case_id)
) STRICT;

-- Provenance of each imported item: from which bundle, and what the sender recorded.
CREATE TABLE imported_item (
    item_id                   TEXT PRIMARY KEY REFERENCES evidence_item(id),
    import_id                 TEXT NOT NULL REFERENCES bundle_import(id),
    sender_item_id            TEXT NOT NULL,
    sender_acquisition_sha256 TEXT NOT NULL,
    sender_intake_at          TEXT NOT NULL,
    path_in_bundle            TEXT NOT NULL
) STRICT;
CREATE INDEX imported_item_import ON imported_item(import_id);

-- Imported originals are read-only: reviewers add annotations beside them
-- (annotation.target_type = 'evidence_item'), never change them.
CREATE TRIGGER evidence_item_read_only BEFORE UPDATE ON evidence_item
WHEN OLD.read_only = 1 AND (
    NEW.read_only IS NOT OLD.read_only OR NEW.blob_id IS NOT OLD.blob_id
    OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
    OR NEW.file_name IS NOT OLD.file_name OR NEW.case_id IS NOT OLD.case_id
    OR NEW.acquired_at IS NOT OLD.acquired_at OR NEW.acquired_by IS NOT OLD.acquired_by
    OR NEW.source IS NOT OLD.source OR NEW.reliability IS NOT OLD.reliability
    OR NEW.metadata IS NOT OLD.metadata OR NEW.note IS NOT OLD.note
    OR NEW.captured_at IS NOT OLD.captured_at OR NEW.origin IS NOT OLD.origin)
BEGIN SELECT RAISE(ABORT, 'imported items are read-only'); END;
