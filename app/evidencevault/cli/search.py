"""search QUERY [--case REF] [--type T] [--from D] [--to D] [--tag T] [--json] | --reindex."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.domain.errors import InvalidInput
from evidencevault.services.search import SearchResults, SearchService
from evidencevault.storage.search_sources import KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    search = subparsers.add_parser(
        "search", help="find names and words in every record, in any script",
        description="Words are prefixes (Фарм finds Фармонов and Farmonov); put an exact "
                    "phrase in double quotes. Cyrillic finds Latin spellings and the reverse.")
    add_vault_options(search)
    add_json_option(search)
    search.add_argument("query", nargs="*", help="what to look for")
    search.add_argument("--case", dest="case_ref", metavar="REF", help="only in this case")
    search.add_argument("--type", dest="types", action="append", choices=KINDS, metavar="TYPE",
                        help=f"only this record type (repeatable): {', '.join(KINDS)}")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="dated on or after")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="dated on or before")
    search.add_argument("--tag", help="only in cases with this tag")
    search.add_argument("--limit", type=int, default=50, help="at most this many results")
    search.add_argument("--reindex", action="store_true",
                        help="rebuild the search index from every record")
    search.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    if not args.reindex and not query.strip():
        raise InvalidInput(field="search", problem="give words to look for, or --reindex")
    with opened(args) as session:
        service = SearchService(session)
        if args.reindex:
            count = service.reindex()
            if not query.strip():
                print(f"Search index rebuilt: {count} records.")
                return 0
        results = service.search(query, case_ref=args.case_ref, types=args.types,
                                 date_from=args.date_from, date_to=args.date_to,
                                 tag=args.tag, limit=args.limit)
    if args.json:
        print_json(_as_json(results))
    else:
        _print(results)
    return 0


def _print(results: SearchResults) -> None:
    if not results.count:
        print("Nothing found.")
        return
    for group in results.groups:
        print(f"{group.kind} ({len(group.hits)})")
        for hit in group.hits:
            approx = "  ~" if hit.approximate else ""
            print(f"  {hit.case_ref}\t{hit.kind}:{hit.record_id}\t"
                  f"{'' .join(f'[{p.text}]' if p.hit else p.text for p in hit.title)}{approx}")
            if hit.snippet:
                print(f"      {hit.snippet_text()}")
    if results.truncated:
        print("More results exist: narrow the search or raise --limit.")


def _as_json(results: SearchResults) -> dict:
    return {
        "query": results.query,
        "truncated": results.truncated,
        "groups": [{
            "kind": group.kind,
            "hits": [{
                "kind": hit.kind, "record_id": hit.record_id, "case_id": hit.case_id,
                "case_ref": hit.case_ref, "title": hit.title_text,
                "title_marked": "".join(f"[{p.text}]" if p.hit else p.text for p in hit.title),
                "snippet": hit.snippet_text(), "score": hit.score,
                "approximate": hit.approximate, "date": hit.date,
                "confidential": hit.confidential,
            } for hit in group.hits],
        } for group in results.groups],
    }
