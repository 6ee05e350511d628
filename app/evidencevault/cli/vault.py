"""init, unlock-check, passphrase change, recovery-code replace."""

from __future__ import annotations

import argparse
import sys

from evidencevault.cli.common import (
    add_vault_options, opened, passphrase_from, read_secret_file, vault_dir)
from evidencevault.crypto.kdf import KdfParams
from evidencevault.domain.errors import InvalidInput
from evidencevault.services.vault import create_vault


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help="create a new vault")
    add_vault_options(init, secrets=False)
    init.add_argument("--passphrase-file", metavar="FILE",
                      help="read the new passphrase from FILE ('-' for standard input); "
                           "without it you are asked twice on the terminal")
    init.add_argument("--name", default="vault owner",
                      help="who you are, as written in the audit log")
    init.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    init.set_defaults(run=run_init)

    check = subparsers.add_parser("unlock-check", help="exit 0 when the passphrase opens the vault")
    add_vault_options(check)
    check.add_argument("--deep", action="store_true",
                       help="also check every database page (slower on large vaults)")
    check.set_defaults(run=run_unlock_check)

    passphrase = subparsers.add_parser("passphrase", help="passphrase commands")
    sub = passphrase.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = sub.add_parser("change", help="change the passphrase (the recovery code stays)")
    add_vault_options(change)
    change.add_argument("--new-passphrase-file", metavar="FILE",
                        help="read the new passphrase from FILE; without it you are asked "
                             "twice on the terminal")
    change.set_defaults(run=run_passphrase_change)

    recovery = subparsers.add_parser("recovery-code", help="recovery-code commands")
    sub = recovery.add_subparsers(dest="action", metavar="ACTION", required=True)
    replace = sub.add_parser("replace", help="make a new recovery code; the old one stops working")
    add_vault_options(replace)
    replace.set_defaults(run=run_recovery_replace)


def _new_passphrase(args: argparse.Namespace, attr: str) -> str:
    name = getattr(args, attr)
    if name:
        return read_secret_file(name)
    first = passphrase_from(args, "New passphrase: ", file_attr="__none__")
    if passphrase_from(args, "Repeat the new passphrase: ", file_attr="__none__") != first:
        raise InvalidInput(field="passphrase", problem="the two passphrases differ")
    return first


def run_init(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    passphrase = _new_passphrase(args, "passphrase_file")
    kdf = KdfParams.floor() if args.fast_kdf else None
    created = create_vault(folder, passphrase, kdf=kdf, actor=args.name)
    created.session.close()
    print(f"Created a vault at {folder}.")
    print("Recovery code (write it on paper now; it is shown only this once):")
    print(f"  {created.recovery_code}")
    return 0


def run_unlock_check(args: argparse.Namespace) -> int:
    with opened(args) as session:
        if args.deep:
            problems = session.integrity_check()
            if problems:
                print(f"error: the database failed its integrity check: {problems[0]}",
                      file=sys.stderr)
                return 1
    print("The vault opens.")
    return 0


def run_passphrase_change(args: argparse.Namespace) -> int:
    new = _new_passphrase(args, "new_passphrase_file")
    with opened(args) as session:
        session.set_passphrase(new)
    print("The passphrase was changed. The recovery code still works.")
    return 0


def run_recovery_replace(args: argparse.Namespace) -> int:
    with opened(args) as session:
        code = session.replace_recovery_code()
    print("New recovery code (the old one no longer works; write this one down now):")
    print(f"  {code}")
    return 0
