"""A passphrase change cut short by a crash is settled at the next unlock: the two
key-file copies agree again, the passphrase not used stops working, and the audit
log records a change that completed without its entry."""

from __future__ import annotations

import json

import pytest

from evidencevault.crypto.keyslots import make_slot, passphrase_secret
from evidencevault.domain.errors import WrongPassphrase
from evidencevault.services.vault import open_vault
from evidencevault.storage.header import Header, write_header
from tests.conftest import PASSPHRASE

NEW = "the new passphrase after a crash"


def _write_new_slots_only(session, fast_kdf) -> None:
    """What change_passphrase does up to the point where a crash stops it: the key file."""
    vault = session.vault
    old = next(s for s in vault.header.slots if s.kind == "passphrase")
    fresh = make_slot(vault.header.vault_id, old.slot_id, "passphrase", passphrase_secret(NEW),
                      vault.master_key, fast_kdf)
    header = Header(vault.header.vault_id, [fresh if s is old else s for s in vault.header.slots])
    header.seal(vault.master_key)
    write_header(vault.folder, header)


def _changes(session) -> list[dict]:
    return [e.details for e in session.audit.entries() if e.action == "vault.passphrase_change"]


def test_key_file_written_but_not_logged_is_logged_at_next_unlock(created, tmp_vault_dir, fast_kdf):
    _write_new_slots_only(created.session, fast_kdf)
    created.session.close()                       # "killed" before the audit entry
    with open_vault(tmp_vault_dir, passphrase=NEW) as session:
        assert _changes(session) == [{"completed_after_interruption": True}]
        assert session.verify_audit().ok
    with open_vault(tmp_vault_dir, passphrase=NEW) as session:
        assert len(_changes(session)) == 1        # recorded once, not at every unlock


def test_a_normal_change_is_logged_once(created, tmp_vault_dir, fast_kdf):
    created.session.change_passphrase(PASSPHRASE, NEW, kdf=fast_kdf)
    created.session.close()
    with open_vault(tmp_vault_dir, passphrase=NEW) as session:
        assert _changes(session) == [{}]


@pytest.mark.parametrize("use_new", [True, False])
def test_copies_that_disagree_settle_on_the_passphrase_used(created, tmp_vault_dir, fast_kdf,
                                                           use_new):
    old_main = (tmp_vault_dir / "vault.header").read_bytes()
    _write_new_slots_only(created.session, fast_kdf)
    created.session.close()
    (tmp_vault_dir / "vault.header").write_bytes(old_main)   # killed between backup and main
    used, other = (NEW, PASSPHRASE) if use_new else (PASSPHRASE, NEW)
    with open_vault(tmp_vault_dir, passphrase=used) as session:
        assert session.verify_audit().ok
        assert len(_changes(session)) == (1 if use_new else 0)
    main = json.loads((tmp_vault_dir / "vault.header").read_text())
    assert main == json.loads((tmp_vault_dir / "vault.header.bak").read_text())
    with pytest.raises(WrongPassphrase):
        open_vault(tmp_vault_dir, passphrase=other)
    open_vault(tmp_vault_dir, passphrase=used).close()
