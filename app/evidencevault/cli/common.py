"""Options every command shares, and how a command reaches an open vault."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path

from platformdirs import user_data_dir

from evidencevault.domain.errors import InvalidInput
from evidencevault.services.vault import VaultSession, open_vault


def default_vault_dir() -> Path:
    return Path(user_data_dir("EvidenceVault", appauthor=False)) / "default"


def add_vault_options(parser: argparse.ArgumentParser, *, secrets: bool = True) -> None:
    parser.add_argument("--vault", type=Path, default=None, metavar="DIR",
                        help="vault folder (default: the vault in your user data folder)")
    if secrets:
        parser.add_argument("--passphrase-file", metavar="FILE",
                            help="read the passphrase from FILE ('-' for standard input)")
        parser.add_argument("--recovery-code-file", metavar="FILE",
                            help="open with the recovery code in FILE instead of the passphrase")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def vault_dir(args: argparse.Namespace) -> Path:
    return args.vault if args.vault is not None else default_vault_dir()


def read_secret_file(name: str) -> str:
    """One line from a file or stdin, without the trailing newline."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text("utf-8")
    except OSError as exc:
        raise InvalidInput(field=name, problem=f"cannot read this file ({exc.strerror})") from None
    return text.rstrip("\r\n")


def passphrase_from(args: argparse.Namespace, prompt: str = "Passphrase: ",
                    file_attr: str = "passphrase_file") -> str:
    name = getattr(args, file_attr, None)
    if name:
        return read_secret_file(name)
    if not sys.stdin.isatty():
        raise InvalidInput(field="passphrase",
                           problem="no terminal to ask on; use --passphrase-file FILE or '-'")
    return getpass.getpass(prompt)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[VaultSession]:
    folder = vault_dir(args)
    if getattr(args, "recovery_code_file", None):
        session = open_vault(folder, recovery_code=read_secret_file(args.recovery_code_file))
    else:
        session = open_vault(folder, passphrase=passphrase_from(args))
    try:
        yield session
    finally:
        session.close()


class ProgressLine:
    """Progress on standard error: on a terminal one line rewritten in place (\\r) and
    ended with a newline by ``finish()``; otherwise (a file, a pipe) one line per step,
    a step being a new file or ten more percent."""

    def __init__(self, stream=None) -> None:  # noqa: ANN001
        self._stream = stream if stream is not None else sys.stderr
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._last: str | None = None
        self._width = 0

    def show(self, done: int, total: int, prefix: str = "") -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if not self._tty:
            percent -= percent % 10
        text = f"{prefix}{percent}%"
        if text == self._last:
            return
        self._last = text
        if self._tty:
            self._stream.write("\r" + text + " " * max(0, self._width - len(text)))
            self._width = len(text)
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._tty and self._last is not None:
            self._stream.write("\n")
            self._stream.flush()
        self._last = None


def print_json(value: object) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))


def to_jsonable(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Path):
        return str(value)
    return value
