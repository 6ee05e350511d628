"""The full-text index inside the encrypted database (FTS5 over folded keys).

Writes to searchable tables queue their record in ``search_pending`` (triggers, same
transaction, see 0004_search.sql). ``flush()`` folds the queued records' current text
and replaces their index rows; the search service flushes before every query, so a
search always sees every committed write. ``reindex_all()`` rebuilds everything, and
runs by itself when the folding rules changed since the index was built.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlcipher3 import dbapi2

from evidencevault.domain.transliteration import FOLD_VERSION, WORD_RE, FoldCache, skeleton
from evidencevault.storage import search_sources
from evidencevault.storage.database import Database, Row
from evidencevault.storage.search_sources import SOURCES, SearchDocument

BATCH = 1000
TITLE_WEIGHT = 4.0  # bm25 weight of names and titles against body text
MIN_VARIANT_TERM = 4  # shorter words get no skeleton variants (too many, too vague)
MIN_SKELETON = 3
MAX_VARIANTS = 24
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Filters:
    """Restrictions on a search; all optional, combined with AND."""

    kinds: tuple[str, ...] = ()
    case_id: str | None = None
    date_from: str | None = None  # ISO, inclusive: records whose date range overlaps
    date_to: str | None = None
    tag: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.case_id or self.date_from or self.date_to or self.tag)


def date_range(text: str) -> tuple[str | None, str | None]:
    """A fuzzy date ("2020-03-14", "2020-03", "~2019", "") as an inclusive ISO range."""
    match = _DATE.match(text.strip().lstrip("~").strip())
    if not match:
        return None, None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


class SearchIndex:
    _open: weakref.WeakKeyDictionary[Database, SearchIndex] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, db: Database) -> SearchIndex:
        """The index of an open database (one per database, so its word memory is shared)."""
        index = cls._open.get(db)
        if index is None:
            index = cls._open[db] = cls(db)
        return index

    def __init__(self, db: Database) -> None:
        self._db = db
        self._fold = FoldCache()  # its new words are the candidates for search_term

    # -- keeping the index current ------------------------------------------
    def pending(self) -> int:
        return self._db.query_one("SELECT count(*) AS n FROM search_pending")["n"]

    def flush(self) -> int:
        """Index every queued record; returns how many were queued."""
        if self._db.query_one("SELECT 1 AS x FROM search_pending LIMIT 1") is None:
            return 0
        with self._db.transaction():
            queued = self._db.query("SELECT kind, record_id FROM search_pending")
            self._db.execute("DELETE FROM search_pending")
            by_kind: dict[str, list[str]] = {}
            for row in queued:
                by_kind.setdefault(row["kind"], []).append(row["record_id"])
            for kind, ids in by_kind.items():
                self.refresh(kind, ids)
        return len(queued)

    def refresh(self, kind: str, ids: Sequence[str]) -> None:
        """Replace the index rows of these records with their current text."""
        self.remove(kind, ids)
        if kind not in SOURCES:
            return
        docs = search_sources.fetch(self._db, kind, ids)
        self.index_documents(docs)
        if kind == "case":  # a deleted case takes its records out of search with it
            gone = sorted(set(ids) - {d.record_id for d in docs})
            for start in range(0, len(gone), 500):
                chunk = gone[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row in self._db.query("SELECT kind, record_id FROM search_doc"
                                          f" WHERE case_id IN ({marks})", chunk):
                    self.remove(row["kind"], [row["record_id"]])

    def remove(self, kind: str, ids: Sequence[str]) -> None:
        with self._db.transaction():
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                marks = ",".join("?" * len(chunk))
                doc_ids = [r["doc_id"] for r in self._db.query(
                    f"SELECT doc_id FROM search_doc WHERE kind = ? AND record_id IN ({marks})",
                    (kind, *chunk))]
                self._db.executemany("DELETE FROM search_fts WHERE rowid = ?",
                                     [(d,) for d in doc_ids])
                self._db.executemany("DELETE FROM search_doc WHERE doc_id = ?",
                                     [(d,) for d in doc_ids])

    def index_documents(self, docs: Iterable[SearchDocument]) -> int:
        """Add documents not yet in the index (callers remove old rows first)."""
        count = 0
        with self._db.transaction():
            next_id = self._db.query_one(
                "SELECT coalesce(max(doc_id), 0) + 1 AS n FROM search_doc")["n"]
            doc_rows: list[tuple] = []
            fts_rows: list[tuple] = []
            terms: dict[str, str] = {}
            for doc in docs:
                title_key = self._fold.fold_text(doc.title)
                body_key = self._fold.fold_text(doc.body)
                start, end = date_range(doc.date)
                doc_rows.append((next_id, doc.kind, doc.record_id, doc.case_id, start, end,
                                 " ".join(doc.title.split())[:500]))
                fts_rows.append((next_id, title_key, body_key))
                if self._fold.fresh:
                    self._collect_terms(terms)
                next_id += 1
                count += 1
                if len(doc_rows) >= BATCH:
                    self._write(doc_rows, fts_rows, terms)
            self._write(doc_rows, fts_rows, terms)
        return count

    def _collect_terms(self, terms: dict[str, str]) -> None:
        fresh, self._fold.fresh = self._fold.fresh, []
        for chunk in fresh:
            for term in WORD_RE.findall(chunk):
                if len(term) >= MIN_VARIANT_TERM and term not in terms:
                    skel = skeleton(term)
                    if len(skel) >= MIN_SKELETON:
                        terms[term] = skel

    def _write(self, doc_rows: list[tuple], fts_rows: list[tuple], terms: dict[str, str]) -> None:
        self._db.executemany(
            "INSERT INTO search_doc (doc_id, kind, record_id, case_id, date_start, date_end, title)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", doc_rows)
        self._db.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
                             fts_rows)
        self._db.executemany("INSERT OR IGNORE INTO search_term (term, skeleton) VALUES (?, ?)",
                             list(terms.items()))
        doc_rows.clear()
        fts_rows.clear()
        terms.clear()

    def reindex_all(self, progress: Callable[[int], None] | None = None,
                    documents: Iterable[SearchDocument] | None = None) -> int:
        """Rebuild the whole index from the records (or from ``documents`` when given,
        e.g. a benchmark's in-memory corpus); returns the number of documents."""
        cache_size = self._db.pragma("cache_size")
        self._db.execute("PRAGMA cache_size = -65536")  # 64 MiB of pages while rebuilding
        try:
            return self._rebuild(progress, documents)
        finally:
            self._db.execute(f"PRAGMA cache_size = {int(cache_size)}")

    def _rebuild(self, progress: Callable[[int], None] | None,
                 documents: Iterable[SearchDocument] | None) -> int:
        total = 0
        with self._db.transaction():
            for table in ("search_doc", "search_term", "search_pending"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
            self.tune_for_bulk()
            self._fold = FoldCache()
            pages = ([documents] if documents is not None else
                     (page for kind in SOURCES for page in search_sources.fetch_all(self._db, kind)))
            for page in pages:
                total += self.index_documents(page)
                if progress is not None:
                    progress(total)
            self._db.execute(
                "INSERT OR REPLACE INTO search_state (key, value) VALUES ('fold_version', ?)",
                (str(FOLD_VERSION),))
        return total

    def ensure_current(self) -> bool:
        """Rebuild if the index was made with other folding rules; True if it rebuilt."""
        row = self._db.query_one("SELECT value FROM search_state WHERE key = 'fold_version'")
        if row is not None and row["value"] == str(FOLD_VERSION):
            return False
        if row is None and self._db.query_one("SELECT 1 AS x FROM search_doc LIMIT 1") is None:
            with self._db.transaction():
                self._db.execute(
                    "INSERT OR REPLACE INTO search_state (key, value) VALUES ('fold_version', ?)",
                    (str(FOLD_VERSION),))
            return False
        self.reindex_all()
        return True

    def tune_for_bulk(self, hash_bytes: int = 8 << 20) -> None:
        """Let FTS5 buffer more tokens in memory before writing a segment (bulk builds)."""
        self._db.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', ?)",
                         (hash_bytes,))

    # -- querying -------------------------------------------------------------
    def variants(self, term: str) -> list[str]:
        """Other indexed words with the same skeleton as ``term`` (vowel variants)."""
        skel = skeleton(term)
        if len(term) < MIN_VARIANT_TERM or len(skel) < MIN_SKELETON:
            return []
        rows = self._db.query(
            "SELECT term FROM search_term WHERE skeleton = ? AND term != ? LIMIT 500",
            (skel, term))
        found = [r["term"] for r in rows if not r["term"].startswith(term)]
        found.sort(key=lambda other: (_distance(term, other), other))  # closest spellings first
        return found[:MAX_VARIANTS]

    def match(self, expression: str, filters: Filters = Filters(), limit: int = 50) -> list[Row]:
        """Ranked documents matching an FTS5 expression: doc_id, kind, record_id, case_id,
        title, date_start, score (bm25: lower is better)."""
        rank = f"bm25(search_fts, {TITLE_WEIGHT}, 1.0)"
        columns = "d.doc_id, d.kind, d.record_id, d.case_id, d.title, d.date_start"
        if filters.empty:
            return self._db.query(
                f"SELECT {columns}, m.score FROM (SELECT rowid, {rank} AS score FROM search_fts"
                " WHERE search_fts MATCH ? ORDER BY score LIMIT ?) AS m"
                " JOIN search_doc AS d ON d.doc_id = m.rowid ORDER BY m.score",
                (expression, limit))
        where, params = _filter_sql(filters)
        return self._db.query(
            f"SELECT {columns}, {rank} AS score FROM search_fts"
            " JOIN search_doc AS d ON d.doc_id = search_fts.rowid"
            f" WHERE search_fts MATCH ?{where} ORDER BY score LIMIT ?",
            (expression, *params, limit))


def _distance(a: str, b: str) -> int:
    """A cheap spelling distance: letters that differ position by position, plus length."""
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


def flush_pending(db: Database) -> int:
    """Index what the current transaction queued, inside it (the audit log calls this
    after every recorded change). A database still below migration 0004 has no queue."""
    try:
        return SearchIndex.of(db).flush()
    except dbapi2.OperationalError as exc:
        if "search_pending" in str(exc):
            return 0
        raise


def _filter_sql(filters: Filters) -> tuple[str, list]:
    where: list[str] = []
    params: list = []
    if filters.kinds:
        where.append(f"d.kind IN ({','.join('?' * len(filters.kinds))})")
        params += filters.kinds
    if filters.case_id:
        where.append("d.case_id = ?")
        params.append(filters.case_id)
    if filters.date_from:
        where.append("d.date_end >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        where.append("d.date_start <= ?")
        params.append(filters.date_to)
    if filters.tag:
        where.append("d.case_id IN (SELECT case_id FROM case_tag WHERE lower(tag) = lower(?))")
        params.append(filters.tag)
    return "".join(f" AND {w}" for w in where), params
