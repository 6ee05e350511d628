"""Quick erase (destroy the key slots) and the wipe-after-N-wrong-attempts setting."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_vault_options, opened, vault_dir
from evidencevault.domain.errors import InvalidInput
from evidencevault.services.vault import erase_vault


def register(subparsers: argparse._SubParsersAction) -> None:
    erase = subparsers.add_parser(
        "erase", help="destroy the vault's keys now: it can never be opened again")
    add_vault_options(erase, secrets=False)
    erase.add_argument("--yes", action="store_true",
                       help="confirm; without it nothing is erased")
    erase.set_defaults(run=run_erase)

    wipe = subparsers.add_parser(
        "wipe-after", help="destroy the keys after N wrong attempts in a row (0 = never)")
    add_vault_options(wipe)
    wipe.add_argument("attempts", type=int, metavar="N",
                      help="wrong attempts in a row before the keys are destroyed (0 = never)")
    wipe.set_defaults(run=run_wipe_after)


def run_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidInput(field="confirmation",
                           problem="erasing cannot be undone; add --yes to erase the vault")
    folder = vault_dir(args)
    erase_vault(folder)
    print(f"The vault at {folder} was erased: its keys are destroyed and it cannot be opened.")
    return 0


def run_wipe_after(args: argparse.Namespace) -> int:
    with opened(args) as session:
        session.set_wipe_after(args.attempts)
    if args.attempts:
        print(f"The keys will be destroyed after {args.attempts} wrong attempts in a row. "
              "This guards against guessing at the keyboard only: whoever copies the "
              "vault folder can reset the counter.")
    else:
        print("Wrong attempts no longer erase the vault.")
    return 0
