"""One flipped bit in the database: a clear error, nothing written."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import DatabaseDamaged
from evidencevault.services.cases import CaseService
from evidencevault.services.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.integration.test_vault_keys import snapshot

PAGE = 4096


def _fill(session, n=60):
    cases = CaseService(session)
    for i in range(n):
        cases.add_case(f"Case number {i} " + "x" * 300)


@pytest.mark.parametrize("where", ["first page", "middle page", "last page"])
def test_flipped_bit_is_a_clear_error(created, tmp_vault_dir, where):
    _fill(created.session)
    created.session.close()
    db = tmp_vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    page = {"first page": 0, "middle page": pages // 2, "last page": pages - 1}[where]
    data[page * PAGE + 100] ^= 0x10
    db.write_bytes(bytes(data))
    before = snapshot(tmp_vault_dir)
    with pytest.raises(DatabaseDamaged) as info:
        session = open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
        try:
            CaseService(session).list_cases()
            problems = session.integrity_check()
            if problems:
                raise DatabaseDamaged(detail=problems[0])
        finally:
            session.close()
    assert "damaged" in info.value.message
    for name in ("vault.db", "vault.header", "vault.header.bak"):
        assert snapshot(tmp_vault_dir)[name] == before[name]


def test_integrity_check_passes_on_a_healthy_vault(session):
    _fill(session, 5)
    assert session.integrity_check() == []
