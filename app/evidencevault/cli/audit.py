"""audit verify / audit list."""

from __future__ import annotations

import argparse
import sys

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.services.cases import CaseService


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="the tamper-evident log of every action")
    sub = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="check the whole log; say where it breaks")
    add_vault_options(verify)
    add_json_option(verify)
    verify.set_defaults(run=run_verify)
    listing = sub.add_parser("list", help="print log entries")
    add_vault_options(listing)
    add_json_option(listing)
    listing.add_argument("--case", metavar="REF", help="only entries about this case")
    listing.set_defaults(run=run_list)


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as session:
        report = session.verify_audit()
    if args.json:
        print_json(report)
    elif report.ok:
        print(f"The audit log is intact: {report.entries} entries, "
              f"{report.checkpoints} signed checkpoints.")
    else:
        print(f"error: the audit log is broken at entry {report.broken_at}: {report.problem}.",
              file=sys.stderr)
    return 0 if report.ok else 1


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        case_id = CaseService(session).get_case(args.case).id if args.case else None
        entries = session.audit.entries(case_id=case_id)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    for e in entries:
        print(f"{e.seq}\t{e.at[:19]}\t{e.actor}\t{e.action}\t{e.target_type}:{e.target_id}")
    return 0
