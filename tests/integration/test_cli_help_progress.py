"""What a new user of the command line meets first: help for every option, progress that
reads well on a terminal and in a log, which copies a bundle carries, and `bundle verify`
errors that speak of verifying. One vault for the module (each command derives a key)."""

from __future__ import annotations

import argparse
import json
import os
import pty
import subprocess
import sys

import pytest

from evidencevault.cli.main import build_parser
from tests.conftest import PASSPHRASE
from tests.integration.test_cli_vault import assert_one_sentence_error, ev


def _options(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _options(sub, (*path, name))
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            yield " ".join(path), parser, action


def test_every_option_has_help_and_no_help_says_none():
    missing = [(command, action.option_strings or action.dest)
               for command, _parser, action in _options(build_parser()) if not action.help]
    assert missing == []
    helps = {command: parser.format_help() for command, parser, _action in _options(build_parser())}
    assert [c for c, text in helps.items() if "None" in text] == []
    for command in ("reparation add", "reparation status", "annotate", "annotations list"):
        assert command in helps


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    from PIL import Image

    folder = tmp_path_factory.mktemp("cli_help")
    pp = folder / "pass.txt"
    pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
    opts = ("--vault", str(folder / "v"), "--passphrase-file", str(pp))
    assert ev("init", *opts[:2], "--passphrase-file", str(pp), "--fast-kdf").returncode == 0
    assert ev("case", "add", *opts, "--title", "Case", "--ref", "UZ-17").returncode == 0
    Image.new("RGB", (80, 60), "gray").save(folder / "photo.jpg")
    (folder / "big.bin").write_bytes(os.urandom(3 * 1024 * 1024))
    added = ev("evidence", "add", "--case", "UZ-17", str(folder / "photo.jpg"), *opts)
    assert added.returncode == 0, added.stderr
    redacted = ev("evidence", "redact", added.stdout.split()[0][:6], "--rect", "1,1,10,10", *opts)
    assert redacted.returncode == 0, redacted.stderr
    me = json.loads(ev("identity", "--json", *opts).stdout)
    return folder, opts, me["recipient"]


def test_progress_into_a_pipe_is_one_line_per_step(vault):
    folder, opts, recipient = vault
    out = folder / "pipe.evb"
    result = ev("bundle", "export", "--case", "UZ-17", "--to", recipient, "--out", str(out),
                "--progress", *opts)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.split("\n")
    assert "\r" not in result.stderr and result.stderr.endswith("\n")
    assert lines[-2] == "exported 100%" and all(l.endswith("%") for l in lines[:-1])
    assert len(lines) - 1 == len(set(lines[:-1])) <= 11


def test_progress_on_a_terminal_is_one_line_rewritten_in_place(vault):
    folder, opts, _recipient = vault
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "evidencevault", "evidence", "add", "--case", "UZ-17",
             str(folder / "big.bin"), "--progress", *opts],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal, timeout=120)
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:   # EIO once the terminal side is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(controller)
    assert result.returncode == 0
    text = seen.decode().replace("\r\n", "\n")   # the terminal turns \n into \r\n
    assert text.count("\n") == 1 and text.endswith("100%\n"), repr(text)
    assert text.startswith("\rfile 1 of 1, all files ") and text.count("\r") >= 2, repr(text)


def _bundle_files(vault, name: str, *options: str) -> list[str]:
    folder, opts, recipient = vault
    out = folder / name
    made = ev("bundle", "export", "--case", "UZ-17", "--to", recipient, "--out", str(out),
              *options, *opts)
    assert made.returncode == 0, made.stderr
    checked = ev("bundle", "verify", str(out), "--json", *opts)
    assert checked.returncode == 0, checked.stderr
    return json.loads(checked.stdout)["item_count"]


def test_which_copies_a_bundle_carries(vault):
    folder, opts, recipient = vault
    listed = ev("evidence", "list", "--case", "UZ-17", "--json", *opts)
    items = json.loads(listed.stdout)
    originals = sum(1 for item in items if not item["parent_id"])
    assert originals >= 1 and len(items) - originals == 1   # the photo (other tests add more) and its redaction
    assert _bundle_files(vault, "originals.evb") == originals
    assert _bundle_files(vault, "working.evb", "--working-copies") == 1
    assert _bundle_files(vault, "both.evb", "--originals-and-working-copies") == originals + 1
    both = ev("bundle", "export", "--case", "UZ-17", "--to", recipient, "--out",
              str(folder / "no.evb"), "--working-copies", "--originals-and-working-copies", *opts)
    assert both.returncode == 2 and not (folder / "no.evb").exists()
    assert_one_sentence_error(both)
    shown = ev("bundle", "export", "--help").stdout
    assert "ONLY the working copies" in " ".join(shown.split())
    assert "--originals-and-working-copies" in shown and "None" not in shown


def _first_item(vault) -> str:
    listed = ev("evidence", "list", "--case", "UZ-17", *vault[1]).stdout
    return listed.split()[0][:5]      # a prefix, as --item accepts


def test_verify_errors_do_not_speak_of_importing(vault):
    import pyrage

    folder, opts, recipient = vault
    mine = folder / "mine.evb"
    assert ev("bundle", "export", "--item", _first_item(vault), "--to", recipient,
              "--out", str(mine), *opts).returncode == 0
    junk = folder / "junk.evb"
    junk.write_bytes(b"not a bundle\n")
    other = folder / "other-key.txt"
    other.write_text(str(pyrage.x25519.Identity.generate()) + "\n")
    for result in (ev("bundle", "verify", str(junk), *opts),
                   ev("bundle", "verify", str(mine), "--identity", str(other))):
        assert_one_sentence_error(result)
        assert "import" not in result.stderr.lower(), result.stderr
    imported = ev("bundle", "import", str(junk), *opts)
    assert_one_sentence_error(imported)
    assert "Nothing was imported" in imported.stderr
