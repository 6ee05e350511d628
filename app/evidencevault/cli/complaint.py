"""complaint add / list / status / respond / deadline / deadline-met, and complaints due."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import (
    add_json_option, add_vault_options, opened, print_json, to_jsonable)
from evidencevault.cli.records_common import ID_HELP, record_parser, table, text_option
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.record_ids import resolve_id, resolve_ids


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("complaint", help="complaints: authority, answers, status, "
                                                    "deadlines")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = record_parser(sub, "add", "record a complaint; prints its id")
    add.add_argument("--authority", required=True, help="to whom, e.g. the regional prosecutor")
    add.add_argument("--authority-type", required=True, metavar="CODE",
                     help="prosecutor, investigative_committee, ombudsperson, court, "
                          "prison_administration, ministry, un_treaty_body, "
                          "un_special_procedure, regional_mechanism")
    add.add_argument("--number", default="", dest="reference_number",
                     help="the reference number the authority gave")
    add.add_argument("--filed", default="", metavar="DATE", help="date filed (empty: a draft)")
    add.add_argument("--asked", default="", metavar="TEXT", help="what was asked")
    add.add_argument("--status", help="initial status (default: filed, or drafted without a date)")
    add.set_defaults(run=run_add)

    listing = record_parser(sub, "list", "a case's complaints with their status", json=True)
    listing.set_defaults(run=run_list)

    status = record_parser(sub, "status", "move a complaint to a new status", case=False)
    status.add_argument("complaint_id", metavar="ID", help="the complaint: " + ID_HELP)
    status.add_argument("status", help="acknowledged, under_review, investigation_opened, refused, "
                                       "no_response, appealed, referred, in_court, decided, closed")
    status.add_argument("--on", metavar="DATE", help="when it changed (default: today)")
    status.add_argument("--note", default="", metavar="TEXT", help="a note on the change")
    status.set_defaults(run=run_status)
    _register_answers(sub)
    _register_due(subparsers)


def _register_answers(sub: argparse._SubParsersAction) -> None:
    respond = record_parser(sub, "respond", "record an authority's answer", case=False)
    respond.add_argument("complaint_id", metavar="ID", help="the complaint: " + ID_HELP)
    respond.add_argument("--type", dest="response_type", required=True, metavar="CODE",
                         help="denied_event, denied_responsibility, token_response, "
                              "investigation_promised, investigation_opened, no_response, "
                              "redress_granted")
    respond.add_argument("--received", default="", metavar="DATE", help="when the answer came")
    respond.add_argument("--text", default="", help="what the answer says")
    respond.add_argument("--text-file", metavar="FILE",
                         help="read the answer's text from a UTF-8 file ('-' for standard input)")
    respond.add_argument("--evidence", action="append", default=[], metavar="ITEM_ID",
                         help="an evidence item holding the letter: " + ID_HELP + " (repeatable)")
    respond.add_argument("--status", help="also move the complaint to this status")
    respond.set_defaults(run=run_respond)

    deadline = record_parser(sub, "deadline", "add a deadline to a complaint", case=False)
    deadline.add_argument("complaint_id", metavar="ID", help="the complaint: " + ID_HELP)
    deadline.add_argument("--due", required=True, metavar="DATE", help="the day it is due")
    deadline.add_argument("--what", required=True, metavar="TEXT", help="what must be done by then")
    deadline.set_defaults(run=run_deadline)

    met = record_parser(sub, "deadline-met", "mark a deadline as met", case=False)
    met.add_argument("deadline_id", metavar="DEADLINE_ID",
                     help="the deadline (as printed by 'complaint deadline'): " + ID_HELP)
    met.add_argument("--on", metavar="DATE", help="when it was met (default: today)")
    met.set_defaults(run=run_deadline_met)


def _register_due(subparsers: argparse._SubParsersAction) -> None:
    due = subparsers.add_parser("complaints", help="complaints across all cases")
    due_sub = due.add_subparsers(dest="action", metavar="ACTION", required=True)
    due_parser = due_sub.add_parser("due", help="deadlines overdue or due soon, in every case")
    add_vault_options(due_parser)
    add_json_option(due_parser)
    due_parser.add_argument("--days", type=int, default=14, help="how far ahead (14)")
    due_parser.set_defaults(run=run_due)


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as session:
        complaint = ComplaintService(session).add_complaint(
            args.case_ref, args.authority, args.authority_type,
            reference_number=args.reference_number, filed_on=args.filed, asked=args.asked,
            status=args.status)
    print(complaint.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        complaints = ComplaintService(session).list_complaints(args.case_ref)
    if args.json:
        print_json([_json(c) for c in complaints])
        return 0
    table([[c.id, c.filed_on.render(), c.status, c.authority, c.reference_number or "-",
            _next_deadline(c)] for c in complaints])
    if not complaints:
        print("No complaints in this case yet. Add one with: evidence-vault complaint add "
              "--case REF --authority NAME --authority-type CODE")
    return 0


def run_status(args: argparse.Namespace) -> int:
    with opened(args) as session:
        complaint = ComplaintService(session).change_status(
            resolve_id(session, "complaint", args.complaint_id), args.status,
            on=args.on, note=args.note)
    print(f"The complaint is now {complaint.status}.")
    return 0


def run_respond(args: argparse.Namespace) -> int:
    text = text_option(args, "text", "text_file", "response text")
    with opened(args) as session:
        complaint = ComplaintService(session).add_response(
            resolve_id(session, "complaint", args.complaint_id), args.response_type,
            received_on=args.received, text=text,
            evidence_item_ids=resolve_ids(session, "evidence", args.evidence),
            new_status=args.status)
    print(complaint.responses[-1].id if complaint.responses else "")
    return 0


def run_deadline(args: argparse.Namespace) -> int:
    with opened(args) as session:
        deadline = ComplaintService(session).add_deadline(
            resolve_id(session, "complaint", args.complaint_id), args.due, args.what)
    print(deadline.id)
    return 0


def run_deadline_met(args: argparse.Namespace) -> int:
    with opened(args) as session:
        deadline = ComplaintService(session).mark_deadline_met(
            resolve_id(session, "deadline", args.deadline_id), args.on)
    print(f"Deadline met on {deadline.met_on}.")
    return 0


def run_due(args: argparse.Namespace) -> int:
    with opened(args) as session:
        due = ComplaintService(session).overdue_and_due_soon(days=args.days)
    if args.json:
        print_json(due)
        return 0
    table([[d.deadline.due_on, f"{-d.days_left} days overdue" if d.overdue
            else f"in {d.days_left} days", d.case_ref, d.authority, d.complaint_status,
            d.deadline.what, d.complaint_id] for d in due])
    if not due:
        print(f"Nothing is overdue or due in the next {args.days} days.")
    return 0


def _next_deadline(complaint) -> str:
    open_ones = [d for d in complaint.deadlines if d.is_open]
    return f"due {open_ones[0].due_on}" if open_ones else "-"


def _json(complaint) -> dict:
    data = to_jsonable(complaint)
    data["filed_on"] = complaint.filed_on.to_text()
    for response, original in zip(data["responses"], complaint.responses):
        response["received_on"] = original.received_on.to_text()
    return data
