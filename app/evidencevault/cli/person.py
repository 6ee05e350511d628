"""person add / list / role."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import opened, print_json
from evidencevault.cli.records_common import record_parser, table
from evidencevault.domain.person import CONFIDENTIAL_FIELDS, REDACTED
from evidencevault.cli.records_common import ID_HELP
from evidencevault.services.persons import PersonService
from evidencevault.services.record_ids import resolve_id


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("person", help="persons: names, aliases, roles in a case")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = record_parser(sub, "add", "add a person to a case; prints the person's id")
    add.add_argument("--name", required=True, help="the name as the person writes it")
    add.add_argument("--spelling", action="append", default=[], metavar="NAME",
                     help="the name in another script, e.g. Latin (repeatable)")
    add.add_argument("--alias", action="append", default=[], metavar="NAME",
                     help="another name the person is known by (repeatable)")
    add.add_argument("--birth-date", default="", metavar="DATE",
                     help="1980-05-01, 1980-05, 1980, ~1980 or empty")
    add.add_argument("--sex", default="unknown", help="female, male, other or unknown")
    add.add_argument("--role", action="append", default=[],
                     help="role in the case: victim, witness, relative, perpetrator, lawyer, "
                          "medical_provider, hr_defender, official, interpreter, interviewer")
    add.add_argument("--unit", default="", help="perpetrator's unit (with --role perpetrator)")
    add.add_argument("--rank", default="", help="perpetrator's rank (with --role perpetrator)")
    add.add_argument("--identity-document", default="", metavar="TEXT",
                     help="passport or ID card number")
    add.add_argument("--contact", default="", metavar="TEXT", help="how to reach the person")
    add.add_argument("--notes", default="", metavar="TEXT", help="free notes")
    add.add_argument("--confidential", action="append", default=[], metavar="FIELD",
                     help=f"mark a field confidential: {', '.join(CONFIDENTIAL_FIELDS)}")
    add.set_defaults(run=run_add)

    listing = record_parser(sub, "list", "list the persons of a case", json=True)
    listing.add_argument("--role", help="only persons with this role")
    listing.add_argument("--show-confidential", action="store_true",
                         help="print confidential fields instead of [confidential]")
    listing.set_defaults(run=run_list)

    role = record_parser(sub, "role", "give a person a role in a case")
    role.add_argument("person_id", metavar="PERSON_ID", help="the person: " + ID_HELP)
    role.add_argument("role", help="victim, witness, relative, perpetrator, lawyer, …")
    role.add_argument("--unit", default="", help="perpetrator's unit")
    role.add_argument("--rank", default="", help="perpetrator's rank")
    role.add_argument("--perpetrator-type", default="", metavar="CODE",
                      help="e.g. police, prison_staff (see: vocabulary list perpetrator_type)")
    role.set_defaults(run=run_role)


def run_add(args: argparse.Namespace) -> int:
    perpetrator_details = bool(args.unit or args.rank)
    with opened(args) as session:
        service = PersonService(session)
        roles = [r for r in args.role if not (perpetrator_details and r == "perpetrator")]
        with session.db.transaction():
            person = service.add_person(
                args.case_ref, args.name, spellings=args.spelling, aliases=args.alias,
                birth_date=args.birth_date, sex=args.sex, identity_document=args.identity_document,
                contact=args.contact, notes=args.notes, confidential=args.confidential,
                roles=roles)
            if perpetrator_details:
                service.add_role(args.case_ref, person.id, "perpetrator", unit=args.unit,
                                 rank=args.rank)
    print(person.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        people = PersonService(session).list_persons(args.case_ref, role=args.role)
    if not args.show_confidential:
        people = [p.redacted() for p in people]
    if args.json:
        print_json(people)
        return 0
    table([[p.id, p.name, ", ".join(_role_text(r) for r in p.roles) or "-",
            REDACTED if p.is_confidential("birth_date") and not args.show_confidential
            else p.birth_date.render(), ", ".join(p.aliases)] for p in people])
    if not people:
        print("No persons in this case yet. Add one with: evidence-vault person add "
              "--case REF --name NAME")
    return 0


def run_role(args: argparse.Namespace) -> int:
    with opened(args) as session:
        person_id = resolve_id(session, "person", args.person_id)
        role = PersonService(session).add_role(args.case_ref, person_id, args.role,
                                               unit=args.unit, rank=args.rank,
                                               perpetrator_type=args.perpetrator_type)
    print(role.id)
    return 0


def _role_text(role) -> str:
    extra = ", ".join(x for x in (role.rank, role.unit) if x)
    return f"{role.role} ({extra})" if extra else role.role
