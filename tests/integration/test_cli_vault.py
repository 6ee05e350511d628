"""The command line as a script uses it: exit codes, one-sentence errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def ev(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evidencevault", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())


def assert_one_sentence_error(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and lines[0].endswith(".")
    assert "Traceback" not in result.stderr and "sqlcipher" not in result.stderr.lower()


@pytest.fixture
def cli_vault(tmp_path, passphrase_file) -> tuple[Path, Path]:
    vault = tmp_path / "v"
    result = ev("init", "--vault", str(vault), "--passphrase-file", str(passphrase_file),
                "--fast-kdf")
    assert result.returncode == 0, result.stderr
    return vault, passphrase_file


def test_init_prints_the_recovery_code_once(tmp_path, passphrase_file):
    result = ev("init", "--vault", str(tmp_path / "v"), "--passphrase-file", str(passphrase_file),
                "--fast-kdf")
    assert result.returncode == 0
    code = result.stdout.splitlines()[-1].strip()
    assert len(code.split()) == 12
    recovery = tmp_path / "code.txt"
    recovery.write_text(code)
    opened = ev("unlock-check", "--vault", str(tmp_path / "v"), "--recovery-code-file", str(recovery))
    assert opened.returncode == 0, opened.stderr
    assert code not in (tmp_path / "v" / "vault.header").read_text()


def test_case_add_and_list_with_options_after_the_subcommand(cli_vault):
    vault, pp = cli_vault
    added = ev("case", "add", "--vault", str(vault), "--passphrase-file", str(pp),
               "--title", "Задержание Фармонова", "--ref", "UZ-17", "--tag", "torture")
    assert added.returncode == 0 and added.stdout.strip() == "UZ-17"
    auto = ev("case", "add", "--title", "Second", "--vault", str(vault), "--passphrase-file", "-",
              stdin=PASSPHRASE + "\n")
    assert auto.returncode == 0 and auto.stdout.strip().startswith("C-")
    listed = ev("case", "list", "--vault", str(vault), "--passphrase-file", str(pp), "--json")
    cases = json.loads(listed.stdout)
    assert {c["ref"] for c in cases} == {"UZ-17", auto.stdout.strip()}
    assert next(c for c in cases if c["ref"] == "UZ-17")["tags"] == ["torture"]


def test_errors_are_one_sentence(cli_vault, tmp_path):
    vault, pp = cli_vault
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all")
    assert_one_sentence_error(ev("case", "list", "--vault", str(vault), "--passphrase-file", str(wrong)))
    assert_one_sentence_error(ev("case", "show", "NOPE", "--vault", str(vault),
                                 "--passphrase-file", str(pp)))
    assert_one_sentence_error(ev("case", "add", "--title", "   ", "--vault", str(vault),
                                 "--passphrase-file", str(pp)))
    assert_one_sentence_error(ev("unlock-check", "--vault", str(tmp_path / "none"),
                                 "--passphrase-file", str(pp)))
    assert_one_sentence_error(ev("unlock-check", "--vault", str(vault),
                                 "--passphrase-file", str(tmp_path / "missing.txt")))
    assert_one_sentence_error(ev("init", "--vault", str(vault), "--passphrase-file", str(pp)))


def test_damaged_database_is_one_sentence(cli_vault):
    vault, pp = cli_vault
    db = vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[50] ^= 1
    db.write_bytes(bytes(data))
    assert_one_sentence_error(ev("case", "list", "--vault", str(vault), "--passphrase-file", str(pp)))


def test_passphrase_change_from_the_command_line(cli_vault, tmp_path):
    vault, pp = cli_vault
    new = tmp_path / "new.txt"
    new.write_text("a different long passphrase\n")
    changed = ev("passphrase", "change", "--vault", str(vault), "--passphrase-file", str(pp),
                 "--new-passphrase-file", str(new))
    assert changed.returncode == 0, changed.stderr
    assert ev("unlock-check", "--vault", str(vault), "--passphrase-file", str(pp)).returncode == 1
    assert ev("unlock-check", "--vault", str(vault), "--passphrase-file", str(new),
              "--deep").returncode == 0


def test_audit_verify_ok(cli_vault):
    vault, pp = cli_vault
    ev("case", "add", "--title", "T", "--vault", str(vault), "--passphrase-file", str(pp))
    result = ev("audit", "verify", "--vault", str(vault), "--passphrase-file", str(pp))
    assert result.returncode == 0 and "intact" in result.stdout


def test_usage_mistakes_are_one_sentence(cli_vault):
    vault, pp = cli_vault
    for args in (["case", "add", "--vault", str(vault)],          # --title missing
                 ["case", "frobnicate"],
                 ["case", "list", "--no-such-option"]):
        result = ev(*args)
        assert result.returncode == 2
        assert_one_sentence_error(result)
        assert "--help" in result.stderr


def test_output_into_a_closed_pipe_is_not_an_error(cli_vault):
    """`evidence-vault case list | head`: the reader left before we wrote a byte."""
    vault, pp = cli_vault
    ev("case", "add", "--title", "A case", "--vault", str(vault), "--passphrase-file", str(pp))
    child = subprocess.Popen([sys.executable, "-m", "evidencevault", "case", "list", "--vault",
                              str(vault), "--passphrase-file", str(pp)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()                      # nobody will read what it prints
    _, err = child.communicate(timeout=120)
    assert err.decode() == ""
    assert child.returncode == 0
