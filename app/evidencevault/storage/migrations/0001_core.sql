-- 0001 core: vault metadata, the vault's own keys, the audit log, cases.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Private keys live only here, inside the encrypted database.
CREATE TABLE vault_key (
    purpose    TEXT PRIMARY KEY,          -- 'audit-signing' (Ed25519), later 'age-identity'
    secret     BLOB NOT NULL,
    public     BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Append-only, hash-chained: hash = SHA-256 of the canonical entry including prev_hash.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    case_id     TEXT,
    details     TEXT NOT NULL,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
) STRICT;
CREATE INDEX audit_event_case ON audit_event(case_id, seq);
CREATE INDEX audit_event_target ON audit_event(target_type, target_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- A signed statement "the log had this head at this seq".
CREATE TABLE audit_checkpoint (
    seq        INTEGER PRIMARY KEY,
    head_hash  BLOB NOT NULL,
    at         TEXT NOT NULL,
    public_key BLOB NOT NULL,
    signature  BLOB NOT NULL
) STRICT;

CREATE TABLE case_file (
    id          TEXT PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    summary     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,                      -- tombstone: never a silent removal
    origin      TEXT NOT NULL DEFAULT 'local',
    read_only   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX case_file_updated ON case_file(updated_at);

CREATE TABLE case_tag (
    case_id TEXT NOT NULL REFERENCES case_file(id),
    tag     TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) STRICT;
CREATE INDEX case_tag_tag ON case_tag(tag);
