"""bundle export / verify / import."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from evidencevault.cli.common import (
    ProgressLine, add_json_option, add_vault_options, opened, print_json, read_secret_file,
)
from evidencevault.domain.errors import InvalidInput, VaultError
from evidencevault.services.bundles import BundleService, ExportOptions, VerifyReport, verify_bundle


def register(subparsers: argparse._SubParsersAction) -> None:
    bundle = subparsers.add_parser("bundle", help="encrypted, signed bundles: export, verify, import")
    sub = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = sub.add_parser("export", help="write cases or items to an encrypted bundle file")
    add_vault_options(export)
    add_json_option(export)
    export.add_argument("--case", action="append", default=[], dest="cases", metavar="REF",
                        help="send this case's evidence, persons and testimonies (repeatable)")
    export.add_argument("--item", action="append", default=[], dest="items", metavar="ITEM",
                        help="send this evidence item: its id or first characters (repeatable)")
    export.add_argument("--to", action="append", default=[], dest="recipients", metavar="AGE1KEY",
                        help="a recipient's age1… key; repeat for several")
    export.add_argument("--bundle-passphrase-file", metavar="FILE",
                        help="protect the bundle with the passphrase in FILE instead of a key")
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the bundle file to write, e.g. /media/usb/UZ-17.evb")
    copies = export.add_mutually_exclusive_group()
    copies.add_argument("--working-copies", action="store_const", const="working", dest="copies",
                        default="originals",
                        help="send ONLY the working copies (redacted or location-stripped) and "
                             "none of the originals; an original without a working copy is not "
                             "sent (default: originals only)")
    copies.add_argument("--originals-and-working-copies", action="store_const", const="both",
                        dest="copies", help="send the originals and their working copies")
    export.add_argument("--strip-location", action="store_true",
                        help="send images without their GPS position")
    export.add_argument("--leave-out-confidential", action="store_true",
                        help="leave out persons with any field marked confidential")
    export.add_argument("--consent-use", metavar="USE",
                        help="send only testimonies whose consent allows this use (e.g. legal_action)")
    export.add_argument("--recheck-hashes", action="store_true",
                        help="re-hash every original while exporting (slower; the recipient checks them anyway)")
    export.add_argument("--progress", action="store_true", help="show progress on standard error")
    export.set_defaults(run=run_export)

    for name, text in (("verify", "check a bundle: signature, every hash, audit entries"),
                       ("import", "verify a bundle, then add it to this vault (read-only)")):
        command = sub.add_parser(name, help=text)
        add_vault_options(command)
        add_json_option(command)
        command.add_argument("file", type=Path, metavar="FILE", help="the bundle file (.evb)")
        command.add_argument("--identity", metavar="FILE",
                             help="an age identity file (AGE-SECRET-KEY-1…) instead of the vault's own")
        command.add_argument("--bundle-passphrase-file", metavar="FILE",
                             help="the bundle's passphrase, if it was protected by one")
        command.set_defaults(run=run_verify if name == "verify" else run_import)


def _bundle_secrets(args: argparse.Namespace) -> tuple[str | None, str | None]:
    identity = None
    if getattr(args, "identity", None):
        try:
            identity = Path(args.identity).read_text("utf-8")
        except OSError as exc:
            raise InvalidInput(field="identity", problem=f"cannot read the file ({exc.strerror})") from None
    passphrase = None
    if args.bundle_passphrase_file:
        passphrase = read_secret_file(args.bundle_passphrase_file)
    return identity, passphrase


def run_export(args: argparse.Namespace) -> int:
    _identity, passphrase = _bundle_secrets(args)
    if bool(args.recipients) == (passphrase is not None):
        raise InvalidInput(field="recipients",
                           problem="give --to age1… (one or more) or --bundle-passphrase-file, not both")
    options = ExportOptions(copies=args.copies,
                            strip_location=args.strip_location,
                            leave_out_confidential=args.leave_out_confidential,
                            consent_use=args.consent_use, recheck_hashes=args.recheck_hashes)
    line = ProgressLine() if args.progress else None
    try:
        with opened(args) as session:
            result = BundleService(session).export(
                args.out, case_refs=args.cases, item_ids=args.items, recipients=args.recipients,
                passphrase=passphrase, options=options,
                progress=(lambda done, total: line.show(done, total, "exported ")) if line else None)
    finally:
        if line:
            line.finish()
    if args.json:
        print_json(result)
        return 0
    print(f"Wrote {result.path}: {result.items} file(s), {result.total_bytes} bytes, "
          f"signed by {result.fingerprint}.")
    for left in result.left_out:
        print(f"Left out {left.kind} {left.item_id}: {left.reason}.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    identity, passphrase = _bundle_secrets(args)
    try:
        if (identity or passphrase) and args.vault is None and not args.passphrase_file:
            report = verify_bundle(args.file, identity_text=identity, passphrase=passphrase)
        else:
            with opened(args) as session:
                report = BundleService(session).verify(args.file, identity_text=identity,
                                                       passphrase=passphrase)
    except VaultError as exc:
        raise _VerifyError(_without_import_clause(exc.message)) from None
    if args.json:
        print_json(report)
    else:
        _print_report(report)
    return 0 if report.ok else 1


class _VerifyError(VaultError):
    """A bundle error as ``verify`` says it: verifying never imports, so the sentence
    does not say that nothing was imported."""

    code = "bundle_not_verified"

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence.replace("{", "{{").replace("}", "}}"))


_IMPORT_CLAUSES = ((re.compile(r"; nothing was imported\."), "."),
                   (re.compile(r" Nothing was imported; (\w)"), lambda m: " " + m.group(1).upper()),
                   (re.compile(r" Nothing was imported\."), ""))


def _without_import_clause(sentence: str) -> str:
    for pattern, replacement in _IMPORT_CLAUSES:
        sentence = pattern.sub(replacement, sentence)
    return sentence


def _print_report(report: VerifyReport) -> None:
    signer = report.signer_fingerprint
    if report.signer_name:
        state = "verified in person" if report.signer_verified else "NOT verified in person"
        signer += f" ({report.signer_name}, {state})"
    else:
        signer += " (not in your contacts: compare this fingerprint with the sender's)"
    print(f"Signed by:      {signer}")
    print(f"Made:           {report.made_at}")
    for case in report.cases:   # from the sender: control characters could fake a line
        print(f"Case:           {''.join(ch if ch.isprintable() else ' ' for ch in case)}")
    print(f"Files:          {report.item_count}, {report.total_bytes} bytes; "
          f"{report.hashes_checked} SHA-256 checked"
          + (f"; {report.working_copies} of them copies the sender made (redacted or location removed)"
             if report.working_copies else ""))
    print(f"Records:        {report.persons} person(s), {report.testimonies} testimony(ies)")
    print(f"Audit entries:  {report.audit_entries}, up to signed checkpoint {report.checkpoint_seq}: "
          + ("consistent" if report.audit_consistent else "NOT consistent"))
    if report.left_out:
        print(f"Left out:       {report.left_out} item(s) by the sender's export options")
    for problem in report.problems:
        print(f"Problem:        {problem}")
    print("Result:         " + ("all is well" if report.ok else "NOT VERIFIED"))


def run_import(args: argparse.Namespace) -> int:
    identity, passphrase = _bundle_secrets(args)
    with opened(args) as session:
        result = BundleService(session).import_bundle(args.file, identity_text=identity,
                                                      passphrase=passphrase)
    if args.json:
        print_json(result)
    elif result.already_imported:
        print("This bundle was already imported; nothing was changed.")
    else:
        who = result.signer_name or "an unknown sender"
        print(f"Imported {result.items_added} file(s) from {who} ({result.signer_fingerprint}) "
              f"and {result.records_added} record(s) into {', '.join(result.case_refs)}; "
              f"{result.items_already_present} file(s) already present.")
    return 0
