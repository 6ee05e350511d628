"""evidence add / list / show / export / strip-location / redact."""

from __future__ import annotations

import argparse
import sys

from evidencevault.cli.common import ProgressLine, add_json_option, add_vault_options, opened, print_json
from evidencevault.domain.errors import InvalidInput, NotAnImage
from evidencevault.domain.evidence import DEFAULT_RELIABILITY, EvidenceItem, IntakeProgress, Rectangle
from evidencevault.services.evidence import Acquisition, EvidenceService


ITEM_HELP = "the item's id, or its first characters (at least 4)"


def register(subparsers: argparse._SubParsersAction) -> None:
    evidence = subparsers.add_parser("evidence", help="evidence: originals kept bit-for-bit, and working copies")
    sub = evidence.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add files or folders to a case; prints ITEM_ID  SHA256  SIZE  NAME")
    add_vault_options(add)
    add_json_option(add)
    add.add_argument("--case", required=True, metavar="REF", help="the case reference, e.g. UZ-17")
    add.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                     help="files, or folders whose files are all added")
    add.add_argument("--source", default="", help="from whom or where the files came")
    add.add_argument("--method", default="file copy", help="how they were acquired (default: %(default)s)")
    add.add_argument("--acquired-by", default=None, metavar="NAME",
                     help="who acquired them (default: the vault's user)")
    add.add_argument("--reliability", default=DEFAULT_RELIABILITY,
                     help="confirmed, probably_true, possibly_true, doubtful or cannot_be_judged (default)")
    add.add_argument("--progress", action="store_true", help="show progress on standard error")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="a case's evidence, oldest first")
    add_vault_options(listing)
    add_json_option(listing)
    listing.add_argument("--case", required=True, metavar="REF", help="the case reference")
    listing.set_defaults(run=run_list)

    show = sub.add_parser("show", help="one item's metadata")
    add_vault_options(show)
    add_json_option(show)
    show.add_argument("item", metavar="ITEM", help=ITEM_HELP)
    show.set_defaults(run=run_show)

    export = sub.add_parser("export", help="write the original's exact bytes, checking its SHA-256")
    add_vault_options(export)
    export.add_argument("item", metavar="ITEM", help=ITEM_HELP)
    export.add_argument("--out", required=True, metavar="PATH",
                        help="the file to write (it must not exist yet)")
    export.set_defaults(run=run_export)

    strip = sub.add_parser("strip-location", help="make a working copy of an image without its GPS position")
    add_vault_options(strip)
    add_json_option(strip)
    strip.add_argument("item", metavar="ITEM", help=ITEM_HELP)
    strip.set_defaults(run=run_strip)

    redact = sub.add_parser("redact", help="make a working copy of an image with rectangles blacked out")
    add_vault_options(redact)
    add_json_option(redact)
    redact.add_argument("item", metavar="ITEM", help=ITEM_HELP)
    redact.add_argument("--rect", action="append", required=True, metavar="X,Y,W,H",
                        help="a region in pixels of the upright image; repeat for more")
    redact.set_defaults(run=run_redact)


def _line(item: EvidenceItem) -> str:
    return f"{item.id}  {item.sha256}  {item.size}  {item.file_name}"


def _print_items(items: list[EvidenceItem], as_json: bool) -> None:
    if as_json:
        print_json(items)
    else:
        for item in items:
            print(_line(item))


def run_add(args: argparse.Namespace) -> int:
    acquisition = Acquisition(acquired_by=args.acquired_by, method=args.method, source=args.source,
                              reliability=args.reliability)
    line = ProgressLine() if args.progress else None

    def show(p: IntakeProgress) -> None:
        line.show(p.done, p.total, f"file {p.file_index + 1} of {p.file_count}, all files ")

    try:
        with opened(args) as session:
            items = EvidenceService(session).add_files(args.case, args.paths, acquisition,
                                                       progress=show if line else None)
    finally:
        if line:
            line.finish()
    _print_items(items, args.json)
    for item in items:
        if item.already_present:
            print(f"note: {item.file_name}: the same content is already in this case as {item.id}; "
                  "nothing new was stored.", file=sys.stderr)
        elif item.duplicate_of:
            print(f"note: {item.file_name}: the same content is already in the vault as "
                  f"{item.duplicate_of}; it was linked, not stored twice.", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        items = EvidenceService(session).list_items(args.case)
    _print_items(items, args.json)
    if not items and not args.json:
        print(f"No evidence in {args.case} yet. Add some with: evidence-vault evidence add --case {args.case} FILE")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with opened(args) as session:
        item = EvidenceService(session).get_item(args.item)
    if args.json:
        print_json(item)
        return 0
    gps = f"{item.gps_lat}, {item.gps_lon}" if item.gps_lat is not None else ""
    rows = [("Item", item.id), ("File name", item.file_name), ("Type", item.media_type),
            ("Size", f"{item.size} bytes"), ("SHA-256", item.sha256), ("Added", item.acquired_at),
            ("Acquired by", item.acquired_by), ("How", item.acquisition_method), ("Source", item.source),
            ("Reliability", item.reliability), ("Captured", item.captured_at or ""),
            ("Camera", item.camera or ""), ("GPS", gps), ("Made from", item.parent_id or ""),
            ("What was done", _describe(item.derivation)), ("Same as", item.duplicate_of or ""),
            ("Note", item.note)]
    for label, value in rows:
        if value:
            print(f"{label + ':':<15}{value}")
    return 0


def _describe(derivation: dict | None) -> str:
    if not derivation:
        return ""
    if derivation.get("kind") == "redacted":
        return "redacted: " + "; ".join(",".join(map(str, r)) for r in derivation.get("rectangles", []))
    if derivation.get("kind") == "location_stripped":
        return "location removed: " + ", ".join(derivation.get("removed", []))
    return str(derivation)


def run_export(args: argparse.Namespace) -> int:
    with opened(args) as session:
        item = EvidenceService(session).export_original(args.item, args.out)
    print(f"{args.out}: {item.size} bytes, SHA-256 {item.sha256} verified.")
    return 0


def run_strip(args: argparse.Namespace) -> int:
    with opened(args) as session:
        item = _working_copy(EvidenceService(session), args.item, "strip-location",
                             lambda service, item_id: service.make_location_stripped_copy(item_id))
    _print_items([item], args.json)
    return 0


def run_redact(args: argparse.Namespace) -> int:
    try:
        rectangles = [Rectangle.parse(r) for r in args.rect]
    except ValueError:
        raise InvalidInput(field="--rect", problem="write each rectangle as X,Y,WIDTH,HEIGHT in whole pixels") from None
    with opened(args) as session:
        item = _working_copy(EvidenceService(session), args.item, "redact",
                             lambda service, item_id: service.make_redacted_copy(item_id, rectangles))
    _print_items([item], args.json)
    return 0


def _working_copy(service: EvidenceService, item_text: str, command: str, make) -> EvidenceItem:  # noqa: ANN001
    """Make a working copy; a file that is not a picture gets a plain sentence saying what it is."""
    parent = service.get_item(item_text)
    try:
        return make(service, parent.id)
    except NotAnImage:
        if parent.media_type.startswith("image/"):
            raise
        raise NotAnImage(detail=f"it is {_kind_of_file(parent.media_type)}; {command} works on "
                                "JPEG, PNG, WebP, TIFF and GIF pictures") from None


def _kind_of_file(media_type: str) -> str:
    named = {"application/pdf": "a PDF document", "audio/": "a sound recording",
             "video/": "a video", "text/": "a text file"}
    for prefix, words in named.items():
        if media_type.startswith(prefix):
            return words
    return f"a file of type {media_type}" if media_type else "not a picture"
