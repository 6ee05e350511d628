"""Hostile input, a fixed budget per parser (a slice here; tests/proof runs thousands):
the key file, image metadata and thumbnails, the bundle's age header, tar walker and
manifest, a whole bundle import, recovery codes, age keys and dates. No crash, only
the documented typed errors, nothing written outside staging, no partial import."""

from __future__ import annotations

import pytest

from evidencevault.crypto.kdf import KdfParams
from evidencevault.services.vault import create_vault
from tests.proof import fuzz_seeds
from tests.proof.fuzz_cases import import_campaign, run_target
from tests.proof.fuzz_targets import TARGETS


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return fuzz_seeds.build(tmp_path_factory.mktemp("seeds"))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_parser_survives_hostile_input(seeds, name):
    count = run_target(name, seeds[name], examples=120)
    print(f"fuzz[{name}]: {count} inputs")
    assert count >= 100


def test_import_of_mutated_bundles(seeds, tmp_path):
    folder = tmp_path / "receiver"
    with create_vault(folder, "receiver passphrase", kdf=KdfParams.floor()).session as receiver:
        outcomes = import_campaign(seeds, receiver, folder, tmp_path / "work", runs=25, seed=3)
    print(f"fuzz[bundle import]: {outcomes}")
    assert sum(outcomes.values()) == 25
