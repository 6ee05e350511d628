"""identity; contact add / list / verify."""

from __future__ import annotations

import argparse

from evidencevault.cli.common import add_json_option, add_vault_options, opened, print_json
from evidencevault.services.contacts import ContactService


def register(subparsers: argparse._SubParsersAction) -> None:
    identity = subparsers.add_parser(
        "identity", help="this vault's age1… key (what others encrypt bundles to) and signing fingerprint")
    add_vault_options(identity)
    add_json_option(identity)
    identity.set_defaults(run=run_identity)

    contact = subparsers.add_parser("contact", help="people you send bundles to or receive them from")
    sub = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a contact by their age1… key")
    add_vault_options(add)
    add.add_argument("--name", required=True, help="who they are, e.g. 'Lawyer N.'")
    add.add_argument("--recipient", required=True, metavar="AGE1KEY",
                     help="their age1… key (from 'evidence-vault identity' or age-keygen)")
    add.add_argument("--fingerprint", default="", help="their signing-key fingerprint, if they have one")
    add.add_argument("--verified", action="store_true",
                     help="you compared the key and fingerprint with them in person")
    add.add_argument("--note", default="", metavar="TEXT", help="a note about the contact")
    add.set_defaults(run=run_add)

    listing = sub.add_parser("list", help="all contacts")
    add_vault_options(listing)
    add_json_option(listing)
    listing.set_defaults(run=run_list)

    verify = sub.add_parser("verify", help="mark a contact as verified in person")
    add_vault_options(verify)
    verify.add_argument("recipient", metavar="AGE1KEY", help="the contact's age1… key")
    verify.set_defaults(run=run_verify)


def run_identity(args: argparse.Namespace) -> int:
    with opened(args) as session:
        me = ContactService(session).identity()
    if args.json:
        print_json(me)
    else:
        print(f"Recipient:    {me.recipient}")
        print(f"Fingerprint:  {me.fingerprint}")
        print("Give the recipient to whoever sends you bundles; read the fingerprint to them "
              "in person or by phone so they can check your bundles' signatures.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with opened(args) as session:
        contact = ContactService(session).add_contact(args.name, args.recipient, args.fingerprint,
                                                      args.verified, args.note)
    print(f"Added {contact.name}: {contact.recipient}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened(args) as session:
        contacts = ContactService(session).list_contacts()
    if args.json:
        print_json(contacts)
        return 0
    for c in contacts:
        mark = "verified in person" if c.verified else "not verified"
        print(f"{c.name}\t{c.recipient}\t{c.fingerprint or '-'}\t{mark}")
    if not contacts:
        print("No contacts yet. Add one with: evidence-vault contact add --name NAME --recipient age1…")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with opened(args) as session:
        contact = ContactService(session).mark_verified(args.recipient)
    print(f"{contact.name} is marked verified in person.")
    return 0
