"""Creating, opening, changing the passphrase, recovery, and damage to the key file."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from evidencevault.domain.errors import (
    HeaderDamaged, VaultExists, VaultNotFound, WeakPassphrase, WrongPassphrase, WrongRecoveryCode)
from evidencevault.services.cases import CaseService
from evidencevault.services.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_create_lays_out_the_folder(created, tmp_vault_dir):
    names = {p.name for p in tmp_vault_dir.iterdir()}
    assert {"vault.header", "vault.header.bak", "vault.db", "media", "staging"} <= names
    assert (tmp_vault_dir / "vault.header").read_bytes() == \
        (tmp_vault_dir / "vault.header.bak").read_bytes()


def test_create_refuses_an_existing_vault_and_a_short_passphrase(created, tmp_vault_dir, tmp_path,
                                                                  fast_kdf):
    with pytest.raises(VaultExists):
        create_vault(tmp_vault_dir, PASSPHRASE, kdf=fast_kdf)
    with pytest.raises(WeakPassphrase):
        create_vault(tmp_path / "other", "short", kdf=fast_kdf)
    assert not (tmp_path / "other").exists()


def test_open_missing_vault(tmp_path):
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nowhere", passphrase=PASSPHRASE)


def test_wrong_passphrase_changes_nothing(created, tmp_vault_dir):
    CaseService(created.session).add_case("A case")
    created.session.close()
    before = snapshot(tmp_vault_dir)
    with pytest.raises(WrongPassphrase) as info:
        open_vault(tmp_vault_dir, passphrase="not the passphrase")
    assert "passphrase" in info.value.message and PASSPHRASE not in info.value.message
    assert snapshot(tmp_vault_dir) == before


def test_recovery_code_opens_and_a_wrong_one_does_not(created, tmp_vault_dir):
    code = created.recovery_code
    created.session.close()
    with open_vault(tmp_vault_dir, recovery_code=code) as session:
        assert session.verify_audit().ok
    with pytest.raises(WrongRecoveryCode):
        open_vault(tmp_vault_dir, recovery_code="abandon " * 11 + "about")
    with pytest.raises(WrongRecoveryCode):
        open_vault(tmp_vault_dir, recovery_code="not even words")


def test_recovery_then_new_passphrase(created, tmp_vault_dir, fast_kdf):
    code = created.recovery_code
    created.session.close()
    with open_vault(tmp_vault_dir, recovery_code=code) as session:
        session.set_passphrase("a brand new passphrase", kdf=fast_kdf)
    with pytest.raises(WrongPassphrase):
        open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    open_vault(tmp_vault_dir, passphrase="a brand new passphrase").close()
    open_vault(tmp_vault_dir, recovery_code=code).close()


def test_passphrase_change_holds_in_a_new_process(created, tmp_vault_dir, fast_kdf):
    session = created.session
    with pytest.raises(WrongPassphrase):
        session.change_passphrase("not the current one", "another long passphrase")
    session.change_passphrase(PASSPHRASE, "another long passphrase", kdf=fast_kdf)
    actions = [e.action for e in session.audit.entries()]
    assert "vault.passphrase_change" in actions
    session.close()
    probe = ("import sys; from evidencevault.services.vault import open_vault\n"
             "from evidencevault.domain.errors import WrongPassphrase\n"
             "try:\n    open_vault(sys.argv[1], passphrase=sys.argv[2]).close(); print('opens')\n"
             "except WrongPassphrase:\n    print('refused')\n")
    def run(pp: str) -> str:
        return subprocess.run([sys.executable, "-c", probe, str(tmp_vault_dir), pp],
                              capture_output=True, text=True, check=True).stdout.strip()
    assert run(PASSPHRASE) == "refused"
    assert run("another long passphrase") == "opens"


def test_truncated_header_falls_back_to_backup_then_fails_clearly(created, tmp_vault_dir):
    created.session.close()
    header = tmp_vault_dir / "vault.header"
    header.write_bytes(header.read_bytes()[:100])
    open_vault(tmp_vault_dir, passphrase=PASSPHRASE).close()   # the backup copy still opens it
    backup = tmp_vault_dir / "vault.header.bak"
    backup.write_bytes(backup.read_bytes()[:57])
    before = snapshot(tmp_vault_dir)
    with pytest.raises(HeaderDamaged) as info:
        open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    assert "damaged" in info.value.message
    assert snapshot(tmp_vault_dir) == before


def test_altered_kdf_parameters_are_refused(created, tmp_vault_dir):
    created.session.close()
    for name in ("vault.header", "vault.header.bak"):
        path = tmp_vault_dir / name
        path.write_text(path.read_text().replace('"memory_kib": 65536', '"memory_kib": 99999'))
    with pytest.raises((HeaderDamaged, WrongPassphrase)):
        open_vault(tmp_vault_dir, passphrase=PASSPHRASE)


def test_removed_slot_breaks_the_header_mac(created, tmp_vault_dir):
    import json
    created.session.close()
    for name in ("vault.header", "vault.header.bak"):
        path = tmp_vault_dir / name
        doc = json.loads(path.read_text())
        doc["slots"] = [s for s in doc["slots"] if s["kind"] != "recovery"]
        path.write_text(json.dumps(doc))
    with pytest.raises(HeaderDamaged):
        open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
