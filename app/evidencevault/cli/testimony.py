"""testimony add / list / show / consent / translate."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import opened, print_json
from evidencevault.cli.records_common import ID_HELP, pairs, record_parser, table, text_option
from evidencevault.domain.testimony import CONSENT_USES
from evidencevault.services.record_ids import resolve_id
from evidencevault.services.testimonies import TestimonyService


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("testimony", help="testimonies: the narrative, who was there, "
                                                    "consent")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = record_parser(sub, "add", "record a testimony from a UTF-8 text file; prints its id")
    add.add_argument("--text-file", required=True, metavar="FILE",
                     help="the narrative ('-' for standard input)")
    add.add_argument("--language", default="", help="language of the text, e.g. ru, uz, en")
    add.add_argument("--interviewee", default="", metavar="NAME", help="who gave the testimony")
    add.add_argument("--interviewee-id", metavar="PERSON_ID",
                     help="the interviewee as a person already in the vault: " + ID_HELP)
    add.add_argument("--interviewer", default="", metavar="NAME", help="who took the testimony")
    add.add_argument("--interpreter", default="", metavar="NAME", help="who interpreted, if anyone")
    add.add_argument("--present", action="append", default=[], metavar="NAME",
                     help="someone present during the interview (repeatable)")
    add.add_argument("--date", default="", help="2021-04-02, 2021-04, 2021, ~2021 or empty")
    add.add_argument("--place", default="", help="where the interview took place")
    add.add_argument("--consent", action="append", default=[], metavar="USE=STATE",
                     help=f"STATE is given, refused or withdrawn; USE one of {', '.join(CONSENT_USES)}")
    add.add_argument("--consent-date", metavar="DATE", help="when consent was decided (today)")
    add.set_defaults(run=run_add)

    listing = record_parser(sub, "list", "list a case's testimonies by date", json=True)
    listing.set_defaults(run=run_list)

    show = record_parser(sub, "show", "print one testimony in full", case=False, json=True)
    show.add_argument("testimony_id", metavar="ID", help="the testimony: " + ID_HELP)
    show.set_defaults(run=run_show)
    _register_consent_and_translation(sub)


def _register_consent_and_translation(sub: argparse._SubParsersAction) -> None:
    consent = record_parser(sub, "consent", "record a consent decision (given, refused, "
                                            "withdrawn) for one use", case=False)
    consent.add_argument("testimony_id", metavar="ID", help="the testimony: " + ID_HELP)
    consent.add_argument("use", choices=CONSENT_USES, metavar="USE",
                         help=f"one of {', '.join(CONSENT_USES)}")
    consent.add_argument("state", choices=("given", "refused", "withdrawn"), metavar="STATE",
                         help="given, refused or withdrawn")
    consent.add_argument("--on", metavar="DATE", help="when it was decided (default: today)")
    consent.add_argument("--note", default="", metavar="TEXT", help="how or why it was decided")
    consent.set_defaults(run=run_consent)

    translate = record_parser(sub, "translate", "add a translation of a testimony", case=False)
    translate.add_argument("testimony_id", metavar="ID", help="the testimony: " + ID_HELP)
    translate.add_argument("--language", required=True, help="language of the translation, e.g. en")
    translate.add_argument("--text-file", required=True, metavar="FILE",
                           help="the translation as UTF-8 text ('-' for standard input)")
    translate.add_argument("--translator", default="", metavar="NAME", help="who translated it")
    translate.set_defaults(run=run_translate)


def run_add(args: argparse.Namespace) -> int:
    text = text_option(args, "text", "text_file", "testimony text")
    with opened(args) as session:
        interviewee = args.interviewee_id and resolve_id(session, "person", args.interviewee_id)
        testimony = TestimonyService(session).add_testimony(
            args.case_ref, text, language=args.language, interviewee_id=interviewee or None,
            interviewee_name=args.interviewee, interviewer=args.interviewer,
            interpreter=args.interpreter, persons_present=args.present, taken_on=args.date,
            place=args.place, consent=dict(pairs(args.consent, "consent")),
            consent_date=args.consent_date)
    print(testimony.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        testimonies = TestimonyService(session).list_testimonies(args.case_ref)
    if args.json:
        print_json([_summary(t) | {"text": t.text} for t in testimonies])
        return 0
    table([[t.id, t.taken_on.render(), t.language or "-", t.interviewee_name or "-",
            _consent_line(t), _excerpt(t.text)] for t in testimonies])
    if not testimonies:
        print("No testimonies in this case yet. Add one with: evidence-vault testimony add "
              "--case REF --text-file FILE")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as session:
        t = TestimonyService(session).get_testimony(
            resolve_id(session, "testimony", args.testimony_id))
    if args.json:
        print_json(_summary(t) | {"text": t.text, "translations": t.translations,
                                  "consent_history": t.consent_history})
        return 0
    for label, value in (("Id", t.id), ("Taken", t.taken_on.render()), ("Place", t.place),
                         ("Language", t.language), ("Interviewee", t.interviewee_name),
                         ("Interviewer", t.interviewer), ("Interpreter", t.interpreter),
                         ("Present", ", ".join(t.persons_present)),
                         ("Consent", _consent_line(t))):
        print(f"{label + ':':<13}{value}")
    print()
    print(t.text)
    for translation in t.translations:
        print(f"\n--- translation ({translation.language}) ---\n{translation.text}")
    return 0


def run_consent(args: argparse.Namespace) -> int:
    with opened(args) as session:
        t = TestimonyService(session).record_consent(
            resolve_id(session, "testimony", args.testimony_id), args.use, args.state,
            args.on, args.note)
    print(f"Consent for {args.use}: {t.consent_for(args.use)}.")
    return 0


def run_translate(args: argparse.Namespace) -> int:
    text = text_option(args, "text", "text_file", "translation")
    with opened(args) as session:
        translation = TestimonyService(session).add_translation(
            resolve_id(session, "testimony", args.testimony_id), args.language, text,
            args.translator)
    print(translation.id)
    return 0


def _summary(t) -> dict:
    return {"id": t.id, "case_id": t.case_id, "language": t.language,
            "taken_on": t.taken_on.to_text(), "taken_on_text": t.taken_on.render(),
            "place": t.place, "interviewee_id": t.interviewee_id,
            "interviewee_name": t.interviewee_name, "interviewer": t.interviewer,
            "interpreter": t.interpreter, "persons_present": list(t.persons_present),
            "consent": {use: d.state for use, d in t.consent().items()},
            "characters": len(t.text), "translations": [x.language for x in t.translations],
            "created_at": t.created_at, "updated_at": t.updated_at,
            "read_only": t.read_only}


def _consent_line(t) -> str:
    current = t.consent()
    return ", ".join(f"{use}={d.state}" for use, d in current.items()) or "consent not recorded"


def _excerpt(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"
