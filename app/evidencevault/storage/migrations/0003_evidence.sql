-- 0003 evidence: originals and working copies, kept as encrypted blobs under media/.

-- One encrypted file under media/ (named by id). Content is stored once: the
-- SHA-256 of the plaintext is unique, and items share a blob.
CREATE TABLE media_blob (
    id          TEXT PRIMARY KEY,          -- random; also the file name under media/
    wrapped_key BLOB NOT NULL,             -- nonce || AES-256-GCM(media-wrap subkey, file key, aad = id)
    sha256      TEXT NOT NULL UNIQUE,      -- of the plaintext, taken while it was read at intake
    size        INTEGER NOT NULL,          -- plaintext bytes
    sealed_size INTEGER NOT NULL,          -- bytes on disk
    created_at  TEXT NOT NULL
) STRICT;

-- A thumbnail (small JPEG) of an image blob; inside the encrypted database, never a file.
CREATE TABLE media_thumbnail (
    blob_id TEXT PRIMARY KEY REFERENCES media_blob(id),
    jpeg    BLOB NOT NULL
) STRICT;

-- A piece of evidence in a case: one intake (or one working copy) of a blob.
CREATE TABLE evidence_item (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES case_file(id),
    blob_id            TEXT NOT NULL REFERENCES media_blob(id),
    file_name          TEXT NOT NULL,      -- the original file name, as it was
    media_type         TEXT NOT NULL,      -- MIME type, 'application/octet-stream' if unknown
    size               INTEGER NOT NULL,
    sha256             TEXT NOT NULL,
    acquired_at        TEXT NOT NULL,      -- intake time, UTC
    acquired_by        TEXT NOT NULL,      -- who took it in
    acquisition_method TEXT NOT NULL DEFAULT '',  -- how: 'file copy', 'received by messenger', ...
    source             TEXT NOT NULL DEFAULT '',  -- from whom or where
    reliability        TEXT NOT NULL DEFAULT 'cannot_be_judged',  -- vocabulary 'reliability'
    captured_at        TEXT,               -- EXIF capture time as written by the camera
    camera             TEXT,
    gps_lat            REAL,
    gps_lon            REAL,
    metadata           TEXT NOT NULL DEFAULT '{}',  -- JSON: every metadata field read
    note               TEXT NOT NULL DEFAULT '',    -- e.g. why no preview could be made
    parent_id          TEXT REFERENCES evidence_item(id),  -- working copies: the item it was made from
    derivation         TEXT,               -- JSON: what was done to the parent
    duplicate_of       TEXT REFERENCES evidence_item(id),  -- same content first added as this item
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    origin             TEXT NOT NULL DEFAULT 'local',
    read_only          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX evidence_item_case ON evidence_item(case_id, acquired_at);
CREATE INDEX evidence_item_sha ON evidence_item(sha256);
CREATE INDEX evidence_item_blob ON evidence_item(blob_id);
CREATE INDEX evidence_item_parent ON evidence_item(parent_id);
