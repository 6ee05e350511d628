"""annotate RECORD --note … --reliability …; annotations list.

A reviewer's note and ratings sit beside a record without changing it, which is how
imported (read-only) records are commented on."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.cli.records_common import ID_HELP, table, text_option
from evidencevault.domain.errors import InvalidInput
from evidencevault.services.annotations import AnnotationService
from evidencevault.services.cases import CaseService
from evidencevault.services.record_ids import resolve_any
from evidencevault.storage.cases import CaseRepository

# Record kinds an annotation can sit on, besides a case (named by its reference).
RECORD_KINDS = ("evidence", "person", "incident", "testimony", "complaint", "reparation")
RELIABILITY_HELP = "confirmed, probably_true, possibly_true, doubtful or cannot_be_judged"
CONSISTENCY_HELP = ("Istanbul Protocol consistency: not_consistent, consistent, "
                    "highly_consistent, typical_of or diagnostic_of")


def register(subparsers: argparse._SubParsersAction) -> None:
    annotate = subparsers.add_parser(
        "annotate", help="add a note or rating beside a record (imported ones too); prints its id",
        description="Add a reviewer's note, reliability rating or Istanbul Protocol consistency "
                    "beside any record. The record itself is not changed.")
    add_vault_options(annotate)
    annotate.add_argument("record", metavar="RECORD",
                          help="an evidence item, person, incident, testimony, complaint or "
                               "reparation claim: " + ID_HELP + "; or a case reference")
    annotate.add_argument("--note", default="", metavar="TEXT", help="the note")
    annotate.add_argument("--note-file", metavar="FILE",
                          help="read the note from a UTF-8 file ('-' for standard input)")
    annotate.add_argument("--reliability", default="", metavar="CODE", help=RELIABILITY_HELP)
    annotate.add_argument("--consistency", default="", metavar="CODE", help=CONSISTENCY_HELP)
    annotate.add_argument("--type", dest="kind", choices=("case",) + RECORD_KINDS,
                          metavar="KIND", help="the kind of record, when an id prefix is "
                                               "shared by two kinds: " + ", ".join(RECORD_KINDS))
    annotate.set_defaults(run=run_annotate)

    group = subparsers.add_parser("annotations", help="reviewers' notes and ratings")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="the annotations in a case, or on one record")
    add_vault_options(listing)
    add_json_option(listing)
    where = listing.add_mutually_exclusive_group(required=True)
    where.add_argument("--case", dest="case_ref", metavar="REF", help="every annotation in this case")
    where.add_argument("--on", dest="record", metavar="RECORD",
                       help="only those on this record: " + ID_HELP)
    listing.set_defaults(run=run_list)


def _target(session, text: str, kind: str | None) -> tuple[str, str]:  # noqa: ANN001
    """(target type, id) of the record the user named."""
    if kind == "case" or kind is None:
        case = CaseRepository(session.db).get_by_ref(text.strip())
        if case is not None:
            return "case", case.id
        if kind == "case":
            CaseService(session).get_case(text)  # raises the usual "no case" sentence
    return resolve_any(session, [kind] if kind else RECORD_KINDS, text)


def run_annotate(args: argparse.Namespace) -> int:
    note = text_option(args, "note", "note_file", "note")
    if not (note.strip() or args.reliability or args.consistency):
        raise InvalidInput(field="annotation",
                           problem="give --note, --reliability or --consistency")
    with opened(args) as session:
        target_type, target_id = _target(session, args.record, args.kind)
        annotation = AnnotationService(session).annotate(
            target_type, target_id, note, reliability=args.reliability,
            consistency=args.consistency)
    print(annotation.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        service = AnnotationService(session)
        if args.case_ref:
            annotations = service.annotations_in_case(args.case_ref)
        else:
            annotations = service.annotations_on(*_target(session, args.record, None))
    if args.json:
        print_json(annotations)
        return 0
    table([[a.id, f"{a.target_type}:{a.target_id[:8]}", a.reliability or "-",
            a.consistency or "-", a.reviewer or "-", a.note or "-"] for a in annotations])
    if not annotations:
        print("No annotations yet. Add one with: evidence-vault annotate RECORD --note TEXT")
    return 0
