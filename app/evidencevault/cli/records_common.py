"""Options and helpers shared by the record commands (person, incident, testimony, complaint)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidencevault.cli.common import add_json_option, add_vault_options
from evidencevault.domain.errors import InvalidInput


def record_parser(sub: argparse._SubParsersAction, name: str, help_text: str, *,
                  case: bool = True, json: bool = False) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    add_vault_options(parser)
    if json:
        add_json_option(parser)
    if case:
        parser.add_argument("--case", dest="case_ref", required=True, metavar="REF",
                            help="the case reference, as printed by 'case add'")
    return parser


ID_HELP = "its id, or the first characters of it (at least 4)"


def read_text_file(name: str, what: str) -> str:
    """A UTF-8 text file ('-' for standard input); a clear sentence when it cannot be read."""
    try:
        if name == "-":
            return sys.stdin.read()
        return Path(name).read_text("utf-8")
    except OSError as exc:
        raise InvalidInput(field=what, problem=f"cannot read {name} ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InvalidInput(field=what, problem=f"{name} is not UTF-8 text") from None


def text_option(args: argparse.Namespace, text_attr: str, file_attr: str, what: str) -> str:
    name = getattr(args, file_attr, None)
    if name:
        if name == "-" and getattr(args, "passphrase_file", None) == "-":
            raise InvalidInput(field=what, problem="standard input already holds the passphrase")
        return read_text_file(name, what)
    return getattr(args, text_attr, None) or ""


def pairs(values: list[str], what: str, separator: str = "=") -> list[tuple[str, str]]:
    """USE=STATE or PERSON:INVOLVEMENT options, split once."""
    found = []
    for value in values:
        key, sep, rest = value.partition(separator)
        if not key.strip():
            raise InvalidInput(field=what, problem=f"write it as NAME{separator}VALUE")
        found.append((key.strip(), rest.strip()))
    return found


def table(rows: list[list[str]]) -> None:
    """Tab-separated lines; newlines inside a cell become spaces."""
    for row in rows:
        print("\t".join(" ".join(str(cell).split()) for cell in row))
