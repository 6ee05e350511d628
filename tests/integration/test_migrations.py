"""Schema migrations, tested from an empty vault and from every earlier version.

For each version N: build a database at N, write sample rows (with the writers of
every migration up to N), migrate to the newest, and check that every row
survived unchanged and that the schema equals a freshly made one. New migrations
are covered automatically; add a writer to SAMPLE_WRITERS so their tables get
rows too.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from evidencevault.storage.database import Database
from evidencevault.storage.migrate import available, latest_version, migrate
from evidencevault.storage.vocabularies import seed_vocabularies

NOW = "2024-01-02T03:04:05.000000+00:00"


def _write_0001(db: Database) -> None:
    db.execute("INSERT INTO vault_meta VALUES ('vault_id', 'abc')")
    db.execute("INSERT INTO case_file (id, ref, title, created_at, updated_at)"
               " VALUES ('c1', 'C-1', 'Кейс Петрова', ?, ?)", (NOW, NOW))
    db.execute("INSERT INTO case_tag VALUES ('c1', 'пытки')")
    db.execute("INSERT INTO audit_event VALUES (1, ?, 'me', 'case.create', 'case', 'c1', 'c1',"
               " '{}', x'00', x'01')", (NOW,))


def _write_0002(db: Database) -> None:
    seed_vocabularies(db)
    std = "created_at, updated_at"
    rows = [
        f"INSERT INTO person (id, case_id, name, birth_date, birth_date_precision, {std})"
        " VALUES ('p1', 'c1', 'Иван', '~1980', 'estimated', ?, ?)",
        f"INSERT INTO person_role (id, case_id, person_id, role, {std})"
        " VALUES ('r1', 'c1', 'p1', 'victim', ?, ?)",
        f"INSERT INTO incident (id, case_id, title, act_type, occurred, occurred_precision,"
        f" occurred_sort, methods, {std}) VALUES ('i1', 'c1', 'Избиение', 'torture',"
        " '2020-03', 'month', '2020-03-00', '[\"beating\"]', ?, ?)",
        f"INSERT INTO complaint (id, case_id, authority, authority_type, status, {std})"
        " VALUES ('k1', 'c1', 'Прокуратура', 'prosecutor', 'filed', ?, ?)",
        f"INSERT INTO incident_link (id, case_id, incident_id, kind, complaint_id, {std})"
        " VALUES ('l1', 'c1', 'i1', 'retaliation_for', 'k1', ?, ?)",
        f"INSERT INTO complaint_response (id, case_id, complaint_id, response_type, {std})"
        " VALUES ('cr1', 'c1', 'k1', 'token_response', ?, ?)",
        f"INSERT INTO complaint_deadline (id, case_id, complaint_id, due_on, what, {std})"
        " VALUES ('d1', 'c1', 'k1', '2024-02-01', 'appeal', ?, ?)",
        f"INSERT INTO testimony (id, case_id, text, language, {std})"
        " VALUES ('t1', 'c1', 'Меня били', 'ru', ?, ?)",
        f"INSERT INTO testimony_consent (id, case_id, testimony_id, use, state, decided_on,"
        f" {std}) VALUES ('tc1', 'c1', 't1', 'legal_action', 'given', '2024-01-01', ?, ?)",
        f"INSERT INTO reparation_claim (id, case_id, kind, status, {std})"
        " VALUES ('rc1', 'c1', 'compensation', 'claimed', ?, ?)",
        f"INSERT INTO annotation (id, case_id, target_type, target_id, note, {std})"
        " VALUES ('a1', 'c1', 'testimony', 't1', 'credible', ?, ?)",
    ]
    for sql in rows:
        db.execute(sql, (NOW, NOW))
    db.execute("INSERT INTO person_name VALUES ('p1', 0, 'Иван', 'name', 'cyrillic')")
    db.execute("INSERT INTO incident_person VALUES ('i1', 'p1', 'victim', '')")


def _write_0003(db: Database) -> None:
    db.execute("INSERT INTO media_blob VALUES ('b1', x'0102', 'ab', 10, 60, ?)", (NOW,))
    db.execute("INSERT INTO media_thumbnail VALUES ('b1', x'ffd8')")
    db.execute("INSERT INTO evidence_item (id, case_id, blob_id, file_name, media_type, size,"
               " sha256, acquired_at, acquired_by, created_at, updated_at)"
               " VALUES ('e1', 'c1', 'b1', 'синяк.jpg', 'image/jpeg', 10, 'ab', ?, 'me', ?, ?)",
               (NOW, NOW, NOW))


def _write_0004(db: Database) -> None:
    db.execute("INSERT OR IGNORE INTO search_pending VALUES ('case', 'c1')")
    db.execute("INSERT OR REPLACE INTO search_state VALUES ('sample', '1')")


def _write_0005(db: Database) -> None:
    db.execute("INSERT INTO contact (id, name, recipient, created_at, updated_at)"
               " VALUES ('k1', 'Адвокат', 'age1sample', ?, ?)", (NOW, NOW))


# Migration number → a function that writes sample rows into the tables it made.
SAMPLE_WRITERS: dict[int, Callable[[Database], None]] = {
    1: _write_0001, 2: _write_0002, 3: _write_0003, 4: _write_0004, 5: _write_0005}


@pytest.fixture
def open_db(tmp_path):
    opened = []

    def make(name: str) -> Database:
        db = Database(tmp_path / f"{name}.db", os.urandom(32))
        opened.append(db)
        return db
    yield make
    for db in opened:
        db.close()


def schema(db: Database) -> list[tuple]:
    return [tuple(r.values()) for r in db.query(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")]


def contents(db: Database, columns: dict[str, list[str]] | None = None) -> dict[str, set]:
    """Every row of every ordinary table; with ``columns``, only those columns (so a
    later migration may add columns without the old rows looking changed)."""
    tables = [r["name"] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    found = {}
    for table in tables:
        if columns is not None and table not in columns:
            continue
        names = columns[table] if columns else [r["name"] for r in
                                                db.query(f"PRAGMA table_info({table})")]
        found[table] = {tuple(map(repr, r.values())) for r in
                        db.query(f"SELECT {', '.join(names)} FROM {table}")}
    return found


def column_names(db: Database, tables) -> dict[str, list[str]]:
    return {t: [r["name"] for r in db.query(f"PRAGMA table_info({t})")] for t in tables}


def test_migrations_are_numbered_without_gaps():
    numbers = [m.number for m in available()]
    assert numbers == list(range(1, latest_version() + 1))


def test_from_an_empty_vault(open_db):
    db = open_db("fresh")
    assert migrate(db) == latest_version()
    assert db.pragma("user_version") == latest_version()
    assert db.query("PRAGMA foreign_key_check") == []
    assert [r["integrity_check"] for r in db.query("PRAGMA integrity_check")] == ["ok"]
    loose = [r["name"] for r in db.query("PRAGMA table_list")
             if r["schema"] == "main" and r["type"] == "table" and not r["strict"]
             and not r["name"].startswith("sqlite_")
             and not db.query_one("SELECT 1 FROM sqlite_master WHERE name = ? AND"
                                  " sql LIKE 'CREATE VIRTUAL%'", (r["name"],))]
    assert loose == [], "every ordinary table should be STRICT"
    assert migrate(db) == latest_version()  # running again changes nothing


@pytest.mark.parametrize("start", range(1, latest_version()))
def test_from_each_earlier_version_data_survives(open_db, start):
    fresh = open_db("fresh")
    migrate(fresh)
    old = open_db(f"from_{start}")
    assert migrate(old, target=start) == start
    with old.transaction():
        for number in range(1, start + 1):
            if number in SAMPLE_WRITERS:
                SAMPLE_WRITERS[number](old)
    before = contents(old)
    columns = column_names(old, before)
    assert migrate(old) == latest_version()
    after = contents(old, columns)
    for table, rows in before.items():
        assert table in after, f"table {table} vanished"
        assert rows <= after[table], f"rows of {table} changed or vanished"
    assert schema(old) == schema(fresh)
    assert old.query("PRAGMA foreign_key_check") == []


def test_every_migration_has_sample_rows():
    missing = [m.number for m in available() if m.number not in SAMPLE_WRITERS]
    if missing:
        pytest.skip(f"no sample rows for migration(s) {missing}: add writers to SAMPLE_WRITERS")
