"""Wrong passphrases: a clear error every time, nothing changed on disk but the
attempt counter, and the optional wipe-after-N-attempts crypto-erase."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidencevault.domain.errors import (
    InvalidInput, VaultErased, WrongPassphrase, WrongRecoveryCode)
from evidencevault.services.cases import CaseService
from evidencevault.services.vault import erase_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.integration.test_vault_keys import snapshot

KEY_FILES = ("vault.header", "vault.header.bak")


def header_docs(folder: Path) -> dict[str, dict]:
    """Each key file's JSON without its guard (the only part a wrong attempt may change)."""
    docs = {}
    for name in KEY_FILES:
        doc = json.loads((folder / name).read_text())
        doc.pop("guard", None)
        docs[name] = doc
    return docs


def guard(folder: Path, name: str = "vault.header") -> dict:
    return json.loads((folder / name).read_text()).get(
        "guard", {"failed_attempts": 0, "wipe_after": 0})


def without_key_files(snap: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in snap.items() if k not in KEY_FILES}


@pytest.fixture
def closed(created, tmp_vault_dir):
    CaseService(created.session).add_case("Задержание — marker case")
    created.session.set_wipe_after(5)
    created.session.close()
    return tmp_vault_dir, created.recovery_code


def test_wrong_passphrase_is_a_clear_error_every_time_and_changes_nothing(created, tmp_vault_dir):
    created.session.close()
    before = snapshot(tmp_vault_dir)
    for attempt in ("", "x", PASSPHRASE.upper(), PASSPHRASE + " ", "пароль неверный"):
        with pytest.raises(WrongPassphrase) as info:
            open_vault(tmp_vault_dir, passphrase=attempt)
        assert info.value.code == "wrong_passphrase" and info.value.message.endswith(".")
    assert snapshot(tmp_vault_dir) == before   # the setting is off: not even a counter


def test_with_wipe_on_only_the_counter_changes(closed):
    folder, _code = closed
    before, docs = snapshot(folder), header_docs(folder)
    for n in range(1, 5):
        with pytest.raises(WrongPassphrase):
            open_vault(folder, passphrase=f"guess number {n}")
        assert guard(folder) == guard(folder, "vault.header.bak") == \
            {"failed_attempts": n, "wipe_after": 5}
        assert without_key_files(snapshot(folder)) == without_key_files(before)
        assert header_docs(folder) == docs
    with open_vault(folder, passphrase=PASSPHRASE) as session:   # the 5th attempt is right
        assert session.wipe_after == 5
        assert session.verify_audit().ok
    assert guard(folder) == {"failed_attempts": 0, "wipe_after": 5}


def test_the_nth_wrong_attempt_destroys_the_keys(closed):
    folder, code = closed
    for n in range(4):
        with pytest.raises(WrongRecoveryCode if n % 2 else WrongPassphrase):
            if n % 2:
                open_vault(folder, recovery_code="abandon " * 11 + "about")
            else:
                open_vault(folder, passphrase="a wrong guess")
    with pytest.raises(VaultErased) as info:
        open_vault(folder, passphrase="the fifth wrong guess")
    assert "never be opened" in info.value.message
    assert not any((folder / n).exists() for n in KEY_FILES)
    assert not list(folder.glob("*.tmp"))
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises(VaultErased):
            open_vault(folder, **kwargs)


def test_counter_and_setting_survive_a_passphrase_change(closed, fast_kdf):
    folder, _code = closed
    with pytest.raises(WrongPassphrase):
        open_vault(folder, passphrase="one wrong guess")
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        session.change_passphrase(PASSPHRASE, "a new long passphrase", kdf=fast_kdf)
    assert guard(folder) == {"failed_attempts": 0, "wipe_after": 5}


def test_a_wrong_attempt_keeps_each_copy_s_own_slots(closed, fast_kdf):
    """After a crash half-way through a passphrase change the two copies differ;
    counting a wrong attempt must not copy one over the other."""
    folder, _code = closed
    old_main = (folder / "vault.header").read_bytes()
    with open_vault(folder, passphrase=PASSPHRASE) as session:
        session.change_passphrase(PASSPHRASE, "a new long passphrase", kdf=fast_kdf)
    (folder / "vault.header").write_bytes(old_main)      # as if killed between the two writes
    slots_before = {n: doc["slots"] for n, doc in header_docs(folder).items()}
    assert slots_before["vault.header"] != slots_before["vault.header.bak"]
    with pytest.raises(WrongPassphrase):
        open_vault(folder, passphrase="wrong")
    assert {n: doc["slots"] for n, doc in header_docs(folder).items()} == slots_before
    assert guard(folder)["failed_attempts"] == guard(folder, "vault.header.bak")["failed_attempts"] == 1
    open_vault(folder, passphrase="a new long passphrase").close()   # settles on the new one


@pytest.mark.parametrize("attempts", [1, 2, 101, -1])
def test_out_of_range_settings_are_refused_and_change_nothing(session, tmp_vault_dir, attempts):
    before = snapshot(tmp_vault_dir)
    with pytest.raises(InvalidInput):
        session.set_wipe_after(attempts)
    assert snapshot(tmp_vault_dir)["vault.header"] == before["vault.header"]


def test_setting_is_logged_and_can_be_turned_off(session, tmp_vault_dir):
    session.set_wipe_after(3)
    session.set_wipe_after(0)
    actions = [(e.action, e.details) for e in session.audit.entries()]
    assert ("vault.wipe_setting", {"wipe_after": 3}) in actions
    assert "guard" not in json.loads((tmp_vault_dir / "vault.header").read_text())


def test_quick_erase_from_an_open_session(session, tmp_vault_dir):
    session.erase()
    assert not session.is_open
    with pytest.raises(VaultErased):
        open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    erase_vault(tmp_vault_dir)   # erasing twice is harmless


def ev(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evidencevault", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())


def test_cli_erase_needs_yes_then_destroys_the_keys(created, tmp_vault_dir, passphrase_file):
    created.session.close()
    before = snapshot(tmp_vault_dir)
    refused = ev("erase", "--vault", str(tmp_vault_dir))
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert snapshot(tmp_vault_dir) == before
    wipe = ev("wipe-after", "4", "--vault", str(tmp_vault_dir), "--passphrase-file",
              str(passphrase_file))
    assert wipe.returncode == 0, wipe.stderr
    assert guard(tmp_vault_dir)["wipe_after"] == 4
    done = ev("erase", "--yes", "--vault", str(tmp_vault_dir))
    assert done.returncode == 0, done.stderr
    check = ev("unlock-check", "--vault", str(tmp_vault_dir), "--passphrase-file",
               str(passphrase_file))
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert check.stderr.startswith("error: ") and "never be opened" in check.stderr
