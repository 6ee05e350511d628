"""vocabulary list / add / retire / restore."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.cli.records_common import table
from evidencevault.services.vocabularies import VocabularyService


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("vocabulary", help="controlled vocabularies (English, Russian)")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="the vocabularies, or the terms of one")
    add_vault_options(listing)
    add_json_option(listing)
    listing.add_argument("name", nargs="?", help="a vocabulary, e.g. act_type")
    listing.add_argument("--all", action="store_true", help="include retired terms")
    listing.set_defaults(run=run_list)

    add = sub.add_parser("add", help="add your own term; prints its code")
    add_vault_options(add)
    add.add_argument("name", help="the vocabulary")
    add.add_argument("--label-en", default="", metavar="TEXT", help="the term in English")
    add.add_argument("--label-ru", default="", metavar="TEXT", help="the term in Russian")
    add.add_argument("--code", help="a stable code (default: made from the English label)")
    add.set_defaults(run=run_add)

    for action, help_text in (("retire", "hide a term from choices; records keep it"),
                              ("restore", "offer a retired term again")):
        parser = sub.add_parser(action, help=help_text)
        add_vault_options(parser)
        parser.add_argument("name", help="the vocabulary, e.g. act_type")
        parser.add_argument("code", help="the term's code")
        parser.set_defaults(run=run_retire if action == "retire" else run_restore)


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        vocab = VocabularyService(session)
        if args.name is None:
            rows = [{"name": n, "label_en": vocab.title(n), "label_ru": vocab.title(n, "ru")}
                    for n in vocab.vocabularies()]
            terms = None
        else:
            terms = vocab.terms(args.name, include_retired=args.all)
    if terms is None:
        if args.json:
            print_json(rows)
        else:
            table([[r["name"], r["label_en"], r["label_ru"]] for r in rows])
        return 0
    if args.json:
        print_json(terms)
    else:
        table([[t.code, t.label_en, t.label_ru, "retired" if t.retired else ""] for t in terms])
    return 0


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as session:
        term = VocabularyService(session).add_term(args.name, args.label_en, args.label_ru,
                                                   code=args.code)
    print(term.code)
    return 0


def run_retire(args: argparse.Namespace) -> int:
    with opened(args) as session:
        VocabularyService(session).retire_term(args.name, args.code)
    print(f"{args.code} is retired; records that use it keep it.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with opened(args) as session:
        VocabularyService(session).restore_term(args.name, args.code)
    print(f"{args.code} is offered again.")
    return 0
