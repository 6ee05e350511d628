-- 0002 records: vocabularies, persons and their roles, incidents and their links,
-- testimonies (translations, consent, drafts), complaints (responses, status history,
-- deadlines), reparation claims, annotations.
--
-- Every record table carries: id (uuid hex), case_id, created_at, updated_at,
-- deleted_at (a tombstone, never a silent removal), origin ('local' or the bundle it came
-- from) and read_only (1 for imported records). Fuzzy dates are three columns:
-- <name> (text form "2020-03-14" / "2020-03" / "2019" / "~2019" / ""), <name>_precision
-- and <name>_sort (timeline order). Lists of vocabulary codes are JSON arrays.

CREATE TABLE vocabulary_term (
    vocabulary TEXT NOT NULL,
    code       TEXT NOT NULL,
    label_en   TEXT NOT NULL DEFAULT '',
    label_ru   TEXT NOT NULL DEFAULT '',
    builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (vocabulary, code)
) STRICT;

CREATE TABLE person (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES case_file(id),
    name              TEXT NOT NULL,
    birth_date        TEXT NOT NULL DEFAULT '',
    birth_date_precision TEXT NOT NULL DEFAULT 'unknown',
    sex               TEXT NOT NULL DEFAULT 'unknown',
    identity_document TEXT NOT NULL DEFAULT '',
    contact           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    confidential      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(confidential)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    origin            TEXT NOT NULL DEFAULT 'local',
    read_only         INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX person_case ON person(case_id, deleted_at);

-- Spellings of the name in several scripts, and aliases.
CREATE TABLE person_name (
    person_id TEXT NOT NULL REFERENCES person(id),
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('name', 'alias')),
    script    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (person_id, position)
) STRICT;

-- A person's role in a case (a person may have roles in several cases).
CREATE TABLE person_role (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES case_file(id),
    person_id        TEXT NOT NULL REFERENCES person(id),
    role             TEXT NOT NULL,
    unit             TEXT NOT NULL DEFAULT '',
    rank             TEXT NOT NULL DEFAULT '',
    perpetrator_type TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    origin           TEXT NOT NULL DEFAULT 'local',
    read_only        INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX person_role_case ON person_role(case_id, role);
CREATE INDEX person_role_person ON person_role(person_id);

CREATE TABLE incident (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES case_file(id),
    title              TEXT NOT NULL,
    act_type           TEXT NOT NULL,
    occurred           TEXT NOT NULL DEFAULT '',
    occurred_precision TEXT NOT NULL DEFAULT 'unknown',
    occurred_sort      TEXT NOT NULL DEFAULT '~',
    methods            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(methods)),
    place              TEXT NOT NULL DEFAULT '',
    place_type         TEXT NOT NULL DEFAULT '',
    detention_status   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(detention_status)),
    statements         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(statements)),
    description        TEXT NOT NULL DEFAULT '',
    consequences       TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    origin             TEXT NOT NULL DEFAULT 'local',
    read_only          INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX incident_timeline ON incident(case_id, occurred_sort, created_at);
CREATE INDEX incident_act ON incident(act_type);

-- Who it was done to (victim) and who did it (perpetrator, with involvement).
CREATE TABLE incident_person (
    incident_id TEXT NOT NULL REFERENCES incident(id),
    person_id   TEXT NOT NULL REFERENCES person(id),
    part        TEXT NOT NULL CHECK (part IN ('victim', 'perpetrator')),
    involvement TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, person_id, part)
) STRICT;
CREATE INDEX incident_person_person ON incident_person(person_id);

CREATE TABLE complaint (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES case_file(id),
    authority         TEXT NOT NULL,
    authority_type    TEXT NOT NULL,
    reference_number  TEXT NOT NULL DEFAULT '',
    filed_on          TEXT NOT NULL DEFAULT '',
    filed_on_precision TEXT NOT NULL DEFAULT 'unknown',
    filed_on_sort     TEXT NOT NULL DEFAULT '~',
    asked             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    origin            TEXT NOT NULL DEFAULT 'local',
    read_only         INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX complaint_case ON complaint(case_id, filed_on_sort);
CREATE INDEX complaint_status ON complaint(status);

-- An incident precedes / causes / is retaliation for another incident or a complaint.
CREATE TABLE incident_link (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES case_file(id),
    incident_id       TEXT NOT NULL REFERENCES incident(id),
    kind              TEXT NOT NULL,
    other_incident_id TEXT REFERENCES incident(id),
    complaint_id      TEXT REFERENCES complaint(id),
    note              TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    origin            TEXT NOT NULL DEFAULT 'local',
    read_only         INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1)),
    CHECK ((other_incident_id IS NULL) != (complaint_id IS NULL))
) STRICT;
CREATE INDEX incident_link_from ON incident_link(incident_id);
CREATE INDEX incident_link_to ON incident_link(other_incident_id);
CREATE INDEX incident_link_complaint ON incident_link(complaint_id);

CREATE TABLE complaint_response (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES case_file(id),
    complaint_id       TEXT NOT NULL REFERENCES complaint(id),
    received_on        TEXT NOT NULL DEFAULT '',
    received_on_precision TEXT NOT NULL DEFAULT 'unknown',
    received_on_sort   TEXT NOT NULL DEFAULT '~',
    response_type      TEXT NOT NULL,
    text               TEXT NOT NULL DEFAULT '',
    evidence_item_ids  TEXT CHECK (evidence_item_ids IS NULL OR json_valid(evidence_item_ids)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    origin             TEXT NOT NULL DEFAULT 'local',
    read_only          INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX complaint_response_complaint ON complaint_response(complaint_id, received_on_sort);

CREATE TABLE complaint_status_change (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    complaint_id TEXT NOT NULL REFERENCES complaint(id),
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    changed_on   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    origin       TEXT NOT NULL DEFAULT 'local',
    read_only    INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX complaint_status_change_complaint ON complaint_status_change(complaint_id, created_at);

CREATE TABLE complaint_deadline (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    complaint_id TEXT NOT NULL REFERENCES complaint(id),
    due_on       TEXT NOT NULL,
    what         TEXT NOT NULL,
    met_on       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    origin       TEXT NOT NULL DEFAULT 'local',
    read_only    INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX complaint_deadline_due ON complaint_deadline(due_on) WHERE met_on IS NULL AND deleted_at IS NULL;
CREATE INDEX complaint_deadline_complaint ON complaint_deadline(complaint_id);

CREATE TABLE testimony (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES case_file(id),
    text              TEXT NOT NULL,
    language          TEXT NOT NULL DEFAULT '',
    interviewee_id    TEXT REFERENCES person(id),
    interviewee_name  TEXT NOT NULL DEFAULT '',
    interviewer       TEXT NOT NULL DEFAULT '',
    interpreter       TEXT NOT NULL DEFAULT '',
    persons_present   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(persons_present)),
    taken_on          TEXT NOT NULL DEFAULT '',
    taken_on_precision TEXT NOT NULL DEFAULT 'unknown',
    taken_on_sort     TEXT NOT NULL DEFAULT '~',
    place             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    origin            TEXT NOT NULL DEFAULT 'local',
    read_only         INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX testimony_case ON testimony(case_id, taken_on_sort);
CREATE INDEX testimony_interviewee ON testimony(interviewee_id);

CREATE TABLE testimony_translation (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    testimony_id TEXT NOT NULL REFERENCES testimony(id),
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    translator   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    origin       TEXT NOT NULL DEFAULT 'local',
    read_only    INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX testimony_translation_testimony ON testimony_translation(testimony_id);

-- Consent decisions are kept as a history: the latest per use is the one in force.
CREATE TABLE testimony_consent (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    testimony_id TEXT NOT NULL REFERENCES testimony(id),
    use          TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('given', 'refused', 'withdrawn')),
    decided_on   TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    origin       TEXT NOT NULL DEFAULT 'local',
    read_only    INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX testimony_consent_testimony ON testimony_consent(testimony_id, created_at);

-- Autosaved typing: one draft per (case, testimony or new). The fields are sealed with
-- AES-256-GCM under a key derived from the master key, inside the encrypted database.
CREATE TABLE testimony_draft (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    testimony_id TEXT NOT NULL DEFAULT '',       -- '' while the testimony is new
    sealed       BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (case_id, testimony_id)
) STRICT;

CREATE TABLE reparation_claim (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES case_file(id),
    person_id    TEXT REFERENCES person(id),
    complaint_id TEXT REFERENCES complaint(id),
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL,
    asked        TEXT NOT NULL DEFAULT '',
    paid         TEXT NOT NULL DEFAULT '',
    obstacle     TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT,
    origin       TEXT NOT NULL DEFAULT 'local',
    read_only    INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX reparation_claim_case ON reparation_claim(case_id);

-- A reviewer's note and rating on any record, kept apart from the record itself.
CREATE TABLE annotation (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file(id),
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    reliability TEXT NOT NULL DEFAULT '',
    consistency TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    origin      TEXT NOT NULL DEFAULT 'local',
    read_only   INTEGER NOT NULL DEFAULT 0 CHECK (read_only IN (0, 1))
) STRICT;
CREATE INDEX annotation_target ON annotation(target_type, target_id);
CREATE INDEX annotation_case ON annotation(case_id);
