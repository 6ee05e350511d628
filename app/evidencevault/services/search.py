"""Search everything in the vault from one box.

``SearchService(session).search("Фарм")`` finds "Фармонов", "Farmonov" and, ranked
below them as approximate matches, "Farmanov": names in every script, prefixes as you
type, "exact phrases" in quotes, filtered by case, record type, date range and tag.
Results come grouped by record type, best first, each with a snippet of the original
text in which the matching words are marked.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from evidencevault.domain.errors import InvalidInput, NotFound
from evidencevault.domain.person import REDACTED
from evidencevault.domain.search_query import (
    Matcher,
    ParsedQuery,
    SnippetPart,
    contains,
    mark,
    marked,
    parse_query,
    snippet,
)
from evidencevault.services.vault import VaultSession
from evidencevault.storage import search_sources
from evidencevault.storage.cases import CaseRepository
from evidencevault.storage.search_index import Filters, SearchIndex, date_range
from evidencevault.storage.search_sources import KINDS

MAX_LIMIT = 1000
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class SearchHit:
    kind: str              # case, person, testimony, incident, complaint, reparation, ...
    record_id: str
    case_id: str | None
    case_ref: str
    title: tuple[SnippetPart, ...]    # the record's name or title, matches marked
    snippet: tuple[SnippetPart, ...]  # a piece of its text around the first match
    score: float           # higher is better (negated bm25)
    approximate: bool      # found only through a vowel variant (Farmanov for Farmonov)
    date: str              # start of the record's date, ISO, or ""
    confidential: bool = False  # parts of it are confidential and shown as [confidential]

    @property
    def title_text(self) -> str:
        return "".join(p.text for p in self.title)

    def snippet_text(self, open_mark: str = "[", close_mark: str = "]") -> str:
        return marked(self.snippet, open_mark, close_mark)


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: tuple[SearchGroup, ...]   # one per record type, the best-ranked type first
    truncated: bool                   # more matches exist than the limit
    elapsed_ms: float

    @property
    def hits(self) -> list[SearchHit]:
        return [hit for group in self.groups for hit in group.hits]

    @property
    def count(self) -> int:
        return sum(len(g.hits) for g in self.groups)


class SearchService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._index = SearchIndex.of(session.db)

    def search(self, query: str, case_ref: str | None = None,
               types: list[str] | tuple[str, ...] | None = None,
               date_from: str | None = None, date_to: str | None = None,
               tag: str | None = None, limit: int = 50) -> SearchResults:
        started = time.perf_counter()
        parsed = parse_query(query or "")
        if parsed.empty:
            raise InvalidInput(field="search", problem="type at least one letter or digit")
        filters = self._filters(case_ref, types, date_from, date_to, tag)
        if not 1 <= limit <= MAX_LIMIT:
            raise InvalidInput(field="limit", problem=f"use a number from 1 to {MAX_LIMIT}")
        self.refresh()
        variants = self._variants(parsed)
        # One ranked query for the spellings asked for and their vowel variants; hits found
        # only through a variant are then moved after the others and marked approximate.
        rows = self._index.match(parsed.expression(variants), filters, limit + 1)
        truncated = len(rows) > limit
        exact = [Matcher.for_term(term) for term in parsed.terms
                 if term.single_word and term.tokens[0] in variants]
        hits = self._hits(rows[:limit], Matcher.for_query(parsed, variants), exact)
        hits.sort(key=lambda hit: hit.approximate)  # stable: bm25 order within each part
        return SearchResults(query, _grouped(hits), truncated,
                             (time.perf_counter() - started) * 1000)

    def refresh(self) -> int:
        """Bring the index up to date with every committed write (normally instant)."""
        self._index.ensure_current()
        return self._index.flush()

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the whole index from the records; returns how many records it holds."""
        return self._index.reindex_all(progress)

    # -- helpers ----------------------------------------------------------------
    def _filters(self, case_ref, types, date_from, date_to, tag) -> Filters:
        kinds = tuple(dict.fromkeys(types or ()))
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise InvalidInput(field="type",
                               problem=f"unknown record type; use one of {', '.join(KINDS)}")
        case_id = None
        if case_ref:
            case = CaseRepository(self._session.db).get_by_ref(case_ref.strip())
            if case is None:
                raise NotFound(kind="case", ref=case_ref)
            case_id = case.id
        start = _iso(date_from, "from")
        end = _iso(date_to, "to")
        date_from = date_range(start)[0] if start else None
        date_to = date_range(end)[1] if end else None
        if date_from and date_to and date_from > date_to:
            raise InvalidInput(field="date", problem="the start date is after the end date")
        tag = tag.strip() if tag else None
        return Filters(kinds, case_id, date_from, date_to, tag or None)

    def _variants(self, parsed: ParsedQuery) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = {}
        for term in parsed.terms:
            if term.single_word:
                others = self._index.variants(term.tokens[0])
                if others:
                    found[term.tokens[0]] = tuple(others)
        return found

    def _hits(self, rows: list[dict], matcher: Matcher, exact: list[Matcher]) -> list[SearchHit]:
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            by_kind.setdefault(row["kind"], []).append(row["record_id"])
        texts = {(doc.kind, doc.record_id): doc
                 for kind, ids in by_kind.items() if kind in search_sources.SOURCES
                 for doc in search_sources.fetch(self._session.db, kind, ids)}
        refs = self._case_refs({r["case_id"] for r in rows if r["case_id"]})
        secret = self._confidential(by_kind.get("person", []))
        hits = []
        for row in rows:
            doc = texts.get((row["kind"], row["record_id"]))
            text = f"{doc.title} {doc.body}" if doc else row["title"]
            approximate = not all(contains(text, term) for term in exact)
            title = mark(doc.title if doc else row["title"], matcher)
            body = snippet(doc.body, matcher) if doc else ()
            hidden = secret.get(row["record_id"], set()) if row["kind"] == "person" else set()
            if hidden & {"name", "aliases"}:
                title = (SnippetPart(REDACTED),)
            if "notes" in hidden:
                body = (SnippetPart(REDACTED),)
            hits.append(SearchHit(
                row["kind"], row["record_id"], row["case_id"], refs.get(row["case_id"], ""),
                title, body, round(-row["score"], 4), approximate,
                row["date_start"] or "", bool(hidden)))
        return hits

    def _confidential(self, person_ids: list[str]) -> dict[str, set[str]]:
        """Which fields of these persons are confidential: a result list never shows them."""
        if not person_ids:
            return {}
        marks = ",".join("?" * len(person_ids))
        rows = self._session.db.query(
            f"SELECT id, confidential FROM person WHERE id IN ({marks})", person_ids)
        return {r["id"]: set(json.loads(r["confidential"] or "[]")) for r in rows
                if r["confidential"] not in (None, "", "[]")}

    def _case_refs(self, case_ids: set[str]) -> dict[str, str]:
        if not case_ids:
            return {}
        ids = sorted(case_ids)
        marks = ",".join("?" * len(ids))
        rows = self._session.db.query(
            f"SELECT id, ref FROM case_file WHERE id IN ({marks})", ids)
        return {r["id"]: r["ref"] for r in rows}


def _iso(value: str | None, which: str) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _ISO.match(value):
        raise InvalidInput(field=f"date {which}", problem="write the date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _grouped(hits: list[SearchHit]) -> tuple[SearchGroup, ...]:
    order: dict[str, list[SearchHit]] = {}
    for hit in hits:
        order.setdefault(hit.kind, []).append(hit)
    return tuple(SearchGroup(kind, tuple(group)) for kind, group in order.items())
