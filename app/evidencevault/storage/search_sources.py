"""What search indexes: one ``Source`` per kind of record.

A source is a SELECT that assembles a record's searchable text from its tables:
``title`` (names, titles, file names: weighted higher) and ``body`` (everything else),
plus its case and date. The index calls it for queued records, for a full rebuild, and
to cut snippets from the current text. Adding a kind of record is one ``Source`` here
(and its triggers in a migration, see 0004_search.sql).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from evidencevault.storage.database import Database

NL = "char(10)"


@dataclass(frozen=True)
class SearchDocument:
    """One record's searchable text, in its original script."""

    kind: str
    record_id: str
    case_id: str | None
    title: str
    body: str
    date: str = ""


@dataclass(frozen=True)
class Source:
    kind: str
    table: str
    select: str  # columns record_id, case_id, title, body, date; the table's alias is "r"

    def sql(self, where: str) -> str:
        live_case = "" if self.kind == "case" else (
            " AND r.case_id NOT IN (SELECT id FROM case_file WHERE deleted_at IS NOT NULL)")
        return (f"SELECT {self.select} FROM {self.table} AS r"
                f" WHERE r.deleted_at IS NULL{live_case} {where}")


def _concat(*parts: str) -> str:
    return f" || {NL} || ".join(f"coalesce({p}, '')" for p in parts)


def _group(sql: str) -> str:
    return f"({sql})"


SOURCES: dict[str, Source] = {}


def register(source: Source) -> Source:
    SOURCES[source.kind] = source
    return source


register(Source("case", "case_file", f"""
    r.id AS record_id, r.id AS case_id, r.ref || ' ' || r.title AS title,
    {_concat("r.summary", _group("SELECT group_concat(tag, ' ') FROM case_tag WHERE case_id = r.id"))}
        AS body,
    substr(r.created_at, 1, 10) AS date"""))

register(Source("person", "person", f"""
    r.id AS record_id, r.case_id, {_concat(
        "r.name", _group("SELECT group_concat(text, ' ') FROM person_name WHERE person_id = r.id AND text <> r.name"))}
        AS title,
    {_concat("r.notes", _group(
        "SELECT group_concat(role || ' ' || unit || ' ' || rank || ' ' || notes, ' ') "
        "FROM person_role WHERE person_id = r.id AND deleted_at IS NULL"))} AS body,
    r.birth_date AS date"""))

register(Source("testimony", "testimony", f"""
    r.id AS record_id, r.case_id,
    coalesce(nullif(r.interviewee_name, ''),
             (SELECT name FROM person WHERE id = r.interviewee_id), '') AS title,
    {_concat("r.text", "r.interviewer || ' ' || r.interpreter || ' ' || r.place", _group(
        f"SELECT group_concat(text, {NL}) FROM testimony_translation "
        "WHERE testimony_id = r.id AND deleted_at IS NULL"))} AS body,
    r.taken_on AS date"""))

register(Source("incident", "incident", f"""
    r.id AS record_id, r.case_id, r.title AS title,
    {_concat("r.description", "r.consequences", "r.place")} AS body,
    r.occurred AS date"""))

register(Source("complaint", "complaint", f"""
    r.id AS record_id, r.case_id, r.authority || ' ' || r.reference_number AS title,
    {_concat("r.asked", _group(
        f"SELECT group_concat(text, {NL}) FROM complaint_response "
        "WHERE complaint_id = r.id AND deleted_at IS NULL"))} AS body,
    r.filed_on AS date"""))

register(Source("reparation", "reparation_claim", f"""
    r.id AS record_id, r.case_id, r.kind AS title,
    {_concat("r.asked", "r.paid", "r.obstacle")} AS body, '' AS date"""))

register(Source("annotation", "annotation", """
    r.id AS record_id, r.case_id, r.reviewer AS title, r.note AS body,
    substr(r.created_at, 1, 10) AS date"""))

register(Source("evidence", "evidence_item", f"""
    r.id AS record_id, r.case_id, r.file_name AS title,
    {_concat("r.source", "r.note", "r.acquisition_method")} AS body,
    coalesce(substr(r.captured_at, 1, 10), substr(r.acquired_at, 1, 10)) AS date"""))

KINDS: tuple[str, ...] = tuple(SOURCES)


def _document(kind: str, row: dict) -> SearchDocument:
    return SearchDocument(kind, row["record_id"], row["case_id"], row["title"] or "",
                          row["body"] or "", row["date"] or "")


def table_exists(db: Database, table: str) -> bool:
    return db.query_one("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)) is not None


def fetch(db: Database, kind: str, ids: Sequence[str]) -> list[SearchDocument]:
    """The current documents of these records (deleted or missing ones are left out)."""
    source = SOURCES[kind]
    found: list[SearchDocument] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.query(source.sql(f"AND r.id IN ({marks})"), chunk)
        found.extend(_document(kind, row) for row in rows)
    return found


def fetch_all(db: Database, kind: str, page: int = 2000) -> Iterator[list[SearchDocument]]:
    """Every live record of one kind, a page at a time (in rowid order)."""
    source = SOURCES[kind]
    if not table_exists(db, source.table):
        return
    last = -1
    sql = source.sql("AND r.rowid > ? ORDER BY r.rowid LIMIT ?").replace(
        "SELECT ", "SELECT r.rowid AS _rowid, ", 1)
    while True:
        rows = db.query(sql, (last, page))
        if not rows:
            return
        last = rows[-1]["_rowid"]
        yield [_document(kind, row) for row in rows]
