"""case add / list / show / edit / close."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.services.cases import CaseService


REF_HELP = "the case reference, as printed by 'case add' (e.g. UZ-17)"


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser("case", help="cases: the file on one person or one event")
    sub = case.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="create a case; prints its reference")
    add_vault_options(add)
    add.add_argument("--title", required=True, help="what the case is about")
    add.add_argument("--ref", help="your own reference, e.g. UZ-17 (default: C-YEAR-NNNN)")
    add.add_argument("--summary", default="", metavar="TEXT", help="a few lines on the case")
    add.add_argument("--tag", action="append", default=[], dest="tags", metavar="TAG",
                     help="a word to group and filter cases by, e.g. torture (repeatable)")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="list cases, most recently changed first")
    add_vault_options(listing)
    add_json_option(listing)
    listing.set_defaults(run=run_list)

    show = sub.add_parser("show", help="one case")
    add_vault_options(show)
    add_json_option(show)
    show.add_argument("ref", metavar="REF", help=REF_HELP)
    show.set_defaults(run=run_show)

    edit = sub.add_parser("edit", help="change a case's title, status, summary or tags")
    add_vault_options(edit)
    edit.add_argument("ref", metavar="REF", help=REF_HELP)
    edit.add_argument("--title", help="a new title")
    edit.add_argument("--status", help="open, monitoring, closed or archived")
    edit.add_argument("--summary", metavar="TEXT", help="a new summary")
    edit.add_argument("--tag", action="append", dest="tags", metavar="TAG",
                      help="the case's tags, replacing the old ones (repeatable)")
    edit.set_defaults(run=run_edit)

    close = sub.add_parser("close", help="mark a case closed")
    add_vault_options(close)
    close.add_argument("ref", metavar="REF", help=REF_HELP)
    close.set_defaults(run=run_close)


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as session:
        case = CaseService(session).add_case(args.title, ref=args.ref, summary=args.summary,
                                             tags=args.tags)
    print(case.ref)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        cases = CaseService(session).list_cases()
    if args.json:
        print_json(cases)
        return 0
    for case in cases:
        tags = f"  [{', '.join(case.tags)}]" if case.tags else ""
        print(f"{case.ref}\t{case.status}\t{case.updated_at[:10]}\t{case.title}{tags}")
    if not cases:
        print("No cases yet. Add one with: evidence-vault case add --title TITLE")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as session:
        case = CaseService(session).get_case(args.ref)
    if args.json:
        print_json(case)
    else:
        for label, value in (("Reference", case.ref), ("Title", case.title),
                             ("Status", case.status), ("Tags", ", ".join(case.tags)),
                             ("Created", case.created_at), ("Changed", case.updated_at),
                             ("Summary", case.summary)):
            print(f"{label + ':':<11}{value}")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    fields = {k: getattr(args, k) for k in ("title", "status", "summary", "tags")
              if getattr(args, k) is not None}
    with opened(args) as session:
        case = CaseService(session).update_case(args.ref, **fields)
    print(f"{case.ref} updated.")
    return 0


def run_close(args: argparse.Namespace) -> int:
    with opened(args) as session:
        case = CaseService(session).close_case(args.ref)
    print(f"{case.ref} closed.")
    return 0
