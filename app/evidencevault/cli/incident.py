"""incident add / list (the timeline) / link."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import opened, print_json, to_jsonable
from evidencevault.cli.records_common import ID_HELP, pairs, record_parser, table, text_option
from evidencevault.services.incidents import IncidentService
from evidencevault.services.record_ids import resolve_id, resolve_ids


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("incident", help="incidents: what was done, when, where, by whom")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = record_parser(sub, "add", "record an incident; prints its id")
    add.add_argument("--title", required=True, help="a short title, e.g. 'Beaten in the cell'")
    add.add_argument("--type", dest="act_type", required=True, metavar="CODE",
                     help="type of act, e.g. arrest, torture, solitary_confinement "
                          "(see: evidence-vault vocabulary list act_type)")
    add.add_argument("--date", default="", help="2020-03-14, 2020-03, 2020, ~2020 or empty")
    add.add_argument("--method", action="append", default=[], metavar="CODE",
                     help="method of torture or ill-treatment, e.g. beating (repeatable; "
                          "see: vocabulary list torture_method)")
    add.add_argument("--place", default="", help="where it happened")
    add.add_argument("--place-type", default="", metavar="CODE",
                     help="e.g. police_station, temporary_detention (see: vocabulary list place_type)")
    add.add_argument("--victim", action="append", default=[], metavar="PERSON_ID",
                     help="a person in the case: " + ID_HELP + " (repeatable)")
    add.add_argument("--perpetrator", action="append", default=[],
                     metavar="PERSON_ID[:INVOLVEMENT]",
                     help="a person in the case, optionally with how they took part: direct, "
                          "ordered, present_no_intervention, failed_to_investigate, covered_up "
                          "(repeatable)")
    add.add_argument("--description", default="", metavar="TEXT", help="what happened")
    add.add_argument("--description-file", metavar="FILE",
                     help="read the description from a UTF-8 file ('-' for standard input)")
    add.add_argument("--consequences", default="", metavar="TEXT",
                     help="injuries and other consequences")
    add.set_defaults(run=run_add)

    listing = record_parser(sub, "list", "the case's timeline, in date order", json=True)
    listing.set_defaults(run=run_list)

    link = record_parser(sub, "link", "link an incident to another incident or to a complaint",
                         case=False)
    link.add_argument("incident_id", metavar="INCIDENT_ID", help="the incident: " + ID_HELP)
    link.add_argument("kind", choices=("precedes", "causes", "retaliation_for"),
                      help="precedes, causes or retaliation_for")
    target = link.add_mutually_exclusive_group(required=True)
    target.add_argument("--incident", dest="other_incident_id", metavar="ID",
                        help="the other incident: " + ID_HELP)
    target.add_argument("--complaint", dest="complaint_id", metavar="ID",
                        help="the complaint: " + ID_HELP)
    link.add_argument("--note", default="", metavar="TEXT", help="why they are linked")
    link.set_defaults(run=run_link)


def run_add(args: argparse.Namespace) -> int:
    description = text_option(args, "description", "description_file", "description")
    perpetrators = pairs(args.perpetrator, "perpetrator", separator=":")
    with opened(args) as session:
        victims = resolve_ids(session, "person", args.victim)
        perpetrators = [(resolve_id(session, "person", p), how) for p, how in perpetrators]
        incident = IncidentService(session).add_incident(
            args.case_ref, args.title, args.act_type, occurred=args.date, methods=args.method,
            place=args.place, place_type=args.place_type, victims=victims,
            perpetrators=perpetrators, description=description, consequences=args.consequences)
    print(incident.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        timeline = IncidentService(session).timeline(args.case_ref)
    if args.json:
        print_json([_json(i) for i in timeline])
        return 0
    table([[i.id, i.occurred.render(), i.act_type, i.title, i.place or "-"] for i in timeline])
    if not timeline:
        print("No incidents in this case yet. Add one with: evidence-vault incident add "
              "--case REF --title TITLE --type CODE")
    return 0


def run_link(args: argparse.Namespace) -> int:
    with opened(args) as session:
        other = args.other_incident_id and resolve_id(session, "incident", args.other_incident_id)
        complaint = args.complaint_id and resolve_id(session, "complaint", args.complaint_id)
        link = IncidentService(session).link(resolve_id(session, "incident", args.incident_id),
                                             args.kind, other_incident_id=other or None,
                                             complaint_id=complaint or None, note=args.note)
    print(link.id)
    return 0


def _json(incident) -> dict:
    data = to_jsonable(incident)
    data["occurred"] = incident.occurred.to_text()
    data["occurred_text"] = incident.occurred.render()
    return data
