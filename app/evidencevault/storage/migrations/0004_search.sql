-- 0004 search: a full-text index (FTS5) inside the encrypted database.
--
-- search_fts indexes *folded keys* (evidencevault.domain.transliteration.fold), never the
-- raw text: "Фармонов", "Farmonov" and "ФАРМОНОВ" are one token, so a query in either
-- script finds both. It is contentless: the original text stays in the record tables and
-- snippets are cut from there. search_doc maps each FTS row to its record.
--
-- Every write to a searchable table queues (kind, record_id) in search_pending through
-- the triggers below, in the same transaction as the write; SearchIndex.flush() folds
-- and indexes the queued records (the search service flushes before every query, and
-- services may flush inside their own transaction). Adding a searchable table: one
-- Source in storage/search_sources.py and its three triggers in a later migration.

CREATE TABLE IF NOT EXISTS search_doc (
    doc_id     INTEGER PRIMARY KEY,        -- = search_fts.rowid
    kind       TEXT NOT NULL,              -- case, person, testimony, incident, complaint, ...
    record_id  TEXT NOT NULL,
    case_id    TEXT,
    date_start TEXT,                       -- the record's (fuzzy) date as a range, ISO
    date_end   TEXT,
    title      TEXT NOT NULL DEFAULT '',   -- what a result list shows, original script
    UNIQUE (kind, record_id)
) STRICT;
CREATE INDEX IF NOT EXISTS search_doc_case ON search_doc(case_id, kind);

CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 0');

-- Every folded word seen, with its vowel-free skeleton: "farmanov" is offered for
-- "farmonov" as a lower-ranked match.
CREATE TABLE IF NOT EXISTS search_term (
    term     TEXT PRIMARY KEY,
    skeleton TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS search_term_skeleton ON search_term(skeleton);

CREATE TABLE IF NOT EXISTS search_pending (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;

-- fold_version: the folding rules the index was built with; another version is rebuilt.
CREATE TABLE IF NOT EXISTS search_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Records that existed before this migration are indexed on the first flush.
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'case', id FROM case_file;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'person', id FROM person;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'testimony', id FROM testimony;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'incident', id FROM incident;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'complaint', id FROM complaint;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'reparation', id FROM reparation_claim;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'annotation', id FROM annotation;
INSERT OR IGNORE INTO search_pending (kind, record_id) SELECT 'evidence', id FROM evidence_item;

-- Queue every change to a searchable table.
CREATE TRIGGER search_queue_case_file_insert AFTER INSERT ON case_file BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', NEW.id); END;
CREATE TRIGGER search_queue_case_file_update AFTER UPDATE ON case_file BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', NEW.id); END;
CREATE TRIGGER search_queue_case_file_delete AFTER DELETE ON case_file BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', OLD.id); END;
CREATE TRIGGER search_queue_case_tag_insert AFTER INSERT ON case_tag BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', NEW.case_id); END;
CREATE TRIGGER search_queue_case_tag_update AFTER UPDATE ON case_tag BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', NEW.case_id); END;
CREATE TRIGGER search_queue_case_tag_delete AFTER DELETE ON case_tag BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('case', OLD.case_id); END;
CREATE TRIGGER search_queue_person_insert AFTER INSERT ON person BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.id); END;
CREATE TRIGGER search_queue_person_update AFTER UPDATE ON person BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.id); END;
CREATE TRIGGER search_queue_person_delete AFTER DELETE ON person BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', OLD.id); END;
CREATE TRIGGER search_queue_person_name_insert AFTER INSERT ON person_name BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.person_id); END;
CREATE TRIGGER search_queue_person_name_update AFTER UPDATE ON person_name BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.person_id); END;
CREATE TRIGGER search_queue_person_name_delete AFTER DELETE ON person_name BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', OLD.person_id); END;
CREATE TRIGGER search_queue_person_role_insert AFTER INSERT ON person_role BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.person_id); END;
CREATE TRIGGER search_queue_person_role_update AFTER UPDATE ON person_role BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', NEW.person_id); END;
CREATE TRIGGER search_queue_person_role_delete AFTER DELETE ON person_role BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('person', OLD.person_id); END;
CREATE TRIGGER search_queue_testimony_insert AFTER INSERT ON testimony BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', NEW.id); END;
CREATE TRIGGER search_queue_testimony_update AFTER UPDATE ON testimony BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', NEW.id); END;
CREATE TRIGGER search_queue_testimony_delete AFTER DELETE ON testimony BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', OLD.id); END;
CREATE TRIGGER search_queue_testimony_translation_insert AFTER INSERT ON testimony_translation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', NEW.testimony_id); END;
CREATE TRIGGER search_queue_testimony_translation_update AFTER UPDATE ON testimony_translation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', NEW.testimony_id); END;
CREATE TRIGGER search_queue_testimony_translation_delete AFTER DELETE ON testimony_translation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('testimony', OLD.testimony_id); END;
CREATE TRIGGER search_queue_incident_insert AFTER INSERT ON incident BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('incident', NEW.id); END;
CREATE TRIGGER search_queue_incident_update AFTER UPDATE ON incident BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('incident', NEW.id); END;
CREATE TRIGGER search_queue_incident_delete AFTER DELETE ON incident BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('incident', OLD.id); END;
CREATE TRIGGER search_queue_complaint_insert AFTER INSERT ON complaint BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', NEW.id); END;
CREATE TRIGGER search_queue_complaint_update AFTER UPDATE ON complaint BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', NEW.id); END;
CREATE TRIGGER search_queue_complaint_delete AFTER DELETE ON complaint BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', OLD.id); END;
CREATE TRIGGER search_queue_complaint_response_insert AFTER INSERT ON complaint_response BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', NEW.complaint_id); END;
CREATE TRIGGER search_queue_complaint_response_update AFTER UPDATE ON complaint_response BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', NEW.complaint_id); END;
CREATE TRIGGER search_queue_complaint_response_delete AFTER DELETE ON complaint_response BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('complaint', OLD.complaint_id); END;
CREATE TRIGGER search_queue_reparation_claim_insert AFTER INSERT ON reparation_claim BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('reparation', NEW.id); END;
CREATE TRIGGER search_queue_reparation_claim_update AFTER UPDATE ON reparation_claim BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('reparation', NEW.id); END;
CREATE TRIGGER search_queue_reparation_claim_delete AFTER DELETE ON reparation_claim BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('reparation', OLD.id); END;
CREATE TRIGGER search_queue_annotation_insert AFTER INSERT ON annotation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('annotation', NEW.id); END;
CREATE TRIGGER search_queue_annotation_update AFTER UPDATE ON annotation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('annotation', NEW.id); END;
CREATE TRIGGER search_queue_annotation_delete AFTER DELETE ON annotation BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('annotation', OLD.id); END;
CREATE TRIGGER search_queue_evidence_item_insert AFTER INSERT ON evidence_item BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('evidence', NEW.id); END;
CREATE TRIGGER search_queue_evidence_item_update AFTER UPDATE ON evidence_item BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('evidence', NEW.id); END;
CREATE TRIGGER search_queue_evidence_item_delete AFTER DELETE ON evidence_item BEGIN INSERT OR IGNORE INTO search_pending (kind, record_id) VALUES ('evidence', OLD.id); END;
