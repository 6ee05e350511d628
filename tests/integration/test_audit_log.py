"""The audit log: every action recorded, and tampering found and located."""

from __future__ import annotations

import subprocess
import sys

import pytest

from evidencevault.services.cases import CaseService
from tests.conftest import PASSPHRASE


@pytest.fixture
def logged(session):
    cases = CaseService(session)
    for i in range(6):
        cases.add_case(f"Case {i}", ref=f"T-{i}")
    cases.update_case("T-1", title="Renamed")
    cases.delete_case("T-2")
    return session


def _tamper(session, sql, params=()):
    db = session.db
    db.executescript("DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;")
    with db.transaction():
        db.execute(sql, params)


def test_actions_are_logged_and_verify(logged):
    actions = [e.action for e in logged.audit.entries()]
    assert actions[0] == "vault.create"
    assert actions.count("case.create") == 6
    assert "case.edit" in actions and "case.delete" in actions
    report = logged.verify_audit()
    assert report.ok and report.entries == len(actions) and report.checkpoints == len(actions)


def test_delete_is_a_tombstone(logged):
    row = logged.db.query_one("SELECT deleted_at FROM case_file WHERE ref = 'T-2'")
    assert row["deleted_at"]
    assert "T-2" not in [c.ref for c in CaseService(logged).list_cases()]


def test_the_log_refuses_edits_through_sql(logged):
    with pytest.raises(Exception, match="append-only"):
        with logged.db.transaction():
            logged.db.execute("UPDATE audit_event SET actor = 'x' WHERE seq = 2")


def test_an_edited_entry_is_located(logged):
    _tamper(logged, "UPDATE audit_event SET details = '{\"ref\":\"FORGED\"}' WHERE seq = 3")
    report = logged.verify_audit()
    assert not report.ok and report.broken_at == 3 and "altered" in report.problem


def test_a_deleted_entry_is_located(logged):
    _tamper(logged, "DELETE FROM audit_event WHERE seq = 4")
    report = logged.verify_audit()
    assert not report.ok and report.broken_at == 4


def test_a_deleted_last_entry_is_caught_by_its_checkpoint(logged):
    last = logged.db.query_one("SELECT max(seq) AS n FROM audit_event")["n"]
    _tamper(logged, "DELETE FROM audit_event WHERE seq = ?", (last,))
    report = logged.verify_audit()
    assert not report.ok and report.broken_at == last


def test_reordered_entries_are_located(logged):
    rows = {r["seq"]: r for r in logged.db.query("SELECT * FROM audit_event WHERE seq IN (2, 5)")}
    _tamper(logged, "UPDATE audit_event SET seq = 1000 WHERE seq = 2")
    with logged.db.transaction():
        logged.db.execute("UPDATE audit_event SET seq = 2 WHERE seq = 5")
        logged.db.execute("UPDATE audit_event SET seq = 5 WHERE seq = 1000")
    assert rows[2]["hash"] != rows[5]["hash"]
    report = logged.verify_audit()
    assert not report.ok and report.broken_at == 2


def test_a_rewritten_chain_fails_its_signed_checkpoints(logged):
    from evidencevault.storage.audit import entry_hash
    _tamper(logged, "UPDATE audit_event SET actor = 'someone else' WHERE seq >= 1")
    prev = b"\0" * 32
    with logged.db.transaction():
        for row in logged.db.query("SELECT * FROM audit_event ORDER BY seq"):
            import json
            digest = entry_hash(row["seq"], row["at"], row["actor"], row["action"],
                                row["target_type"], row["target_id"], row["case_id"],
                                json.loads(row["details"]), prev)
            logged.db.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                              (prev, digest, row["seq"]))
            prev = digest
    report = logged.verify_audit()
    assert not report.ok and "signed" in report.problem


def test_cli_audit_verify_reports_the_break(logged, tmp_vault_dir, passphrase_file):
    _tamper(logged, "UPDATE audit_event SET action = 'case.view' WHERE seq = 5")
    logged.close()
    result = subprocess.run(
        [sys.executable, "-m", "evidencevault", "audit", "verify", "--vault", str(tmp_vault_dir),
         "--passphrase-file", str(passphrase_file)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "broken at entry 5" in result.stderr
    assert "Traceback" not in result.stderr and PASSPHRASE not in result.stderr
