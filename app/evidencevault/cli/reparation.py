"""reparation add / list / status: what was claimed for the victim, what was paid,
what stands in the way."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import opened, print_json
from evidencevault.cli.records_common import ID_HELP, record_parser, table
from evidencevault.services.record_ids import resolve_id
from evidencevault.services.reparations import ReparationService

KINDS_HELP = ("medical_rehabilitation, psychological_rehabilitation, compensation, "
              "restitution, satisfaction or non_repetition")
STATUS_HELP = "not_claimed, claimed, partly_granted, granted, refused or abandoned"


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("reparation", help="reparation claims: rehabilitation, "
                                                     "compensation, restitution …")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = record_parser(sub, "add", "record a reparation claim; prints its id")
    add.add_argument("--kind", required=True, metavar="CODE", help=KINDS_HELP)
    add.add_argument("--status", default="not_claimed", metavar="CODE",
                     help=f"{STATUS_HELP} (default: not_claimed)")
    add.add_argument("--person", metavar="PERSON_ID", help="for whom: " + ID_HELP)
    add.add_argument("--complaint", metavar="COMPLAINT_ID",
                     help="the complaint it was claimed through: " + ID_HELP)
    add.add_argument("--asked", default="", metavar="TEXT", help="what was asked, e.g. an amount")
    add.add_argument("--paid", default="", metavar="TEXT", help="what was granted or paid")
    add.add_argument("--obstacle", default="", metavar="TEXT",
                     help="what stands in the way (needed when abandoned)")
    add.set_defaults(run=run_add)

    listing = record_parser(sub, "list", "a case's reparation claims", json=True)
    listing.set_defaults(run=run_list)

    status = record_parser(sub, "status", "move a reparation claim to a new status", case=False)
    status.add_argument("claim_id", metavar="CLAIM_ID", help="the claim: " + ID_HELP)
    status.add_argument("status", metavar="STATUS", help=STATUS_HELP)
    status.add_argument("--paid", metavar="TEXT", help="what was granted or paid")
    status.add_argument("--obstacle", metavar="TEXT",
                        help="what stands in the way (needed when abandoned)")
    status.set_defaults(run=run_status)


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as session:
        person = args.person and resolve_id(session, "person", args.person)
        complaint = args.complaint and resolve_id(session, "complaint", args.complaint)
        claim = ReparationService(session).add_claim(
            args.case_ref, args.kind, status=args.status, person_id=person or None,
            complaint_id=complaint or None, asked=args.asked, paid=args.paid,
            obstacle=args.obstacle)
    print(claim.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        claims = ReparationService(session).list_claims(args.case_ref)
    if args.json:
        print_json(claims)
        return 0
    table([[c.id, c.kind, c.status, c.asked or "-", c.paid or "-", c.obstacle or "-"]
           for c in claims])
    if not claims:
        print("No reparation claims in this case yet. Add one with: evidence-vault reparation "
              "add --case REF --kind CODE")
    return 0


def run_status(args: argparse.Namespace) -> int:
    fields = {"status": args.status}
    fields.update({k: getattr(args, k) for k in ("paid", "obstacle") if getattr(args, k) is not None})
    with opened(args) as session:
        claim = ReparationService(session).update_claim(
            resolve_id(session, "reparation", args.claim_id), **fields)
    print(f"The reparation claim is now {claim.status}.")
    return 0
