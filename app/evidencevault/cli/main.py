"""`evidence-vault`: the command line. Each group of sub-commands lives in its
own module with ``register(subparsers)``; Qt is imported only by ``gui``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from evidencevault import __version__
from evidencevault.domain.errors import VaultError

# Modules in evidencevault.cli, each with register(subparsers).
COMMAND_MODULES = ["vault", "case", "audit", "gui", "erase", "search", "evidence", "identity", "bundle"]
# Case records (persons, incidents, testimonies, complaints) and vocabularies.
COMMAND_MODULES += ["person", "incident", "testimony", "complaint", "vocabulary"]
COMMAND_MODULES += ["reparation", "annotation"]


class CommandParser(argparse.ArgumentParser):
    """Usage mistakes are one sentence on stderr too, with where to look for help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sentence = message[0].upper() + message[1:] if message else "The command is not complete"
        print(f"error: {sentence.rstrip('.')}. Run '{self.prog} --help' to see the options.",
              file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="evidence-vault",
        description="Offline encrypted vault for testimonies, evidence and complaints.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"evidencevault.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        if "gui" in COMMAND_MODULES:
            args = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
        else:
            parser.print_help()
            return 2
    try:
        return int(args.run(args) or 0)
    except VaultError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error of ours. Point stdout at
        # /dev/null so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 1
