"""SIGKILL at random moments of intake, edits, passphrase change, bundle export and
import: hundreds of runs, and after each the vault is whole (see harness.py)."""

from __future__ import annotations

import pytest

from tests.proof.harness import run_campaign

pytestmark = pytest.mark.proof

RUNS = {"edits": 60, "passphrase": 60, "intake": 50, "export": 30, "bundles": 40, "mixed": 70}


def test_at_least_300_runs_in_all() -> None:
    assert sum(RUNS.values()) >= 300


@pytest.mark.timeout(1200)
@pytest.mark.parametrize("scenario", list(RUNS))
def test_sigkill_never_loses_or_half_writes(tmp_path, scenario: str) -> None:
    tally = run_campaign(tmp_path, scenario, RUNS[scenario], seed=hash(scenario) % 1000)
    assert tally.failures == []
    assert tally.runs == RUNS[scenario]
    assert tally.committed > 0
    assert tally.killed_mid_operation >= RUNS[scenario] // 4   # the kills land inside operations
