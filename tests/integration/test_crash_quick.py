"""The fast part of the crash harness (the long one is tests/proof): a few dozen
SIGKILLs during edits, passphrase changes, intake, export and bundle import, and
proof that the checker itself notices lost or half-written work."""

from __future__ import annotations

import pytest

from evidencevault.services.cases import CaseService
from evidencevault.services.vault import open_vault
from tests.proof import ops
from tests.proof.harness import Campaign, run_campaign

# runs, longest random delay, share of runs killed at a file-system call
QUICK = {"edits": (7, 0.25, 0.0), "passphrase": (7, 0.6, 0.6), "mixed": (8, 0.4, 0.35)}


@pytest.mark.timeout(240)
@pytest.mark.parametrize("scenario", list(QUICK))
def test_sigkill_quick(tmp_path, scenario: str) -> None:
    runs, delay, self_kill = QUICK[scenario]
    tally = run_campaign(tmp_path, scenario, runs, seed=7, max_delay=delay, self_kill_rate=self_kill)
    assert tally.failures == [] and tally.runs == runs
    assert tally.killed_mid_operation > 0


def test_sigkill_plain_subprocesses(tmp_path) -> None:
    """The same with a fresh `python -m tests.proof.driver` per run (no fork server)."""
    tally = run_campaign(tmp_path, "edits", 3, seed=5, max_delay=0.3, self_kill_rate=0.0,
                         fork=False)
    assert tally.failures == [] and tally.runs == 3


@pytest.fixture
def campaign(tmp_path) -> Campaign:
    return Campaign(tmp_path, "edits")


def _add(campaign: Campaign, ref: str) -> None:
    with open_vault(campaign.vault, passphrase=ops.passphrase(0)) as session:
        CaseService(session).add_case("a title", ref=ref)


def test_checker_notices_a_half_done_operation(campaign) -> None:
    _add(campaign, "KA")                                   # only one of the pair made it
    value = {"title": "a title", "deleted": False, "edits": 0, "logged": True}
    campaign.check({"case:KA": value, "case:KB": value})
    assert any("half-done" in f for f in campaign.tally.failures)


def test_checker_notices_lost_committed_work(campaign) -> None:
    campaign.model["case:KLOST"] = {"title": "x", "deleted": False, "edits": 0, "logged": True}
    campaign.check(None)
    assert any("case:KLOST" in f for f in campaign.tally.failures)


def test_checker_notices_work_nobody_committed(campaign) -> None:
    _add(campaign, "KGHOST")
    campaign.check(None)
    assert any("case:KGHOST" in f for f in campaign.tally.failures)


def test_checker_refuses_a_vault_that_opens_with_neither(campaign) -> None:
    campaign.model["passphrase"] = 5
    with pytest.raises(AssertionError, match="none of"):
        campaign.check(None)
