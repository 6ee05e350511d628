"""Hostile input with the full budget: thousands of inputs per parser (hypothesis),
hundreds of mutated bundles imported, and coverage-guided atheris runs when
atheris is installed (pip install atheris; Linux and macOS wheels on PyPI)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from evidencevault.crypto.kdf import KdfParams
from evidencevault.services.vault import create_vault
from tests.proof import fuzz_seeds
from tests.proof.fuzz_cases import import_campaign, run_target
from tests.proof.fuzz_targets import TARGETS
from tests.proof.harness import REPO

pytestmark = [pytest.mark.proof, pytest.mark.timeout(1800)]
ATHERIS_RUNS = {"image_metadata": 4000, "bundle_import": 0}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return fuzz_seeds.build(tmp_path_factory.mktemp("seeds"))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_parser_survives_hostile_input(seeds, name):
    count = run_target(name, seeds[name], examples=3000)
    print(f"fuzz[{name}]: {count} inputs (hypothesis)")
    assert count >= 2500


def test_import_of_mutated_bundles(seeds, tmp_path):
    folder = tmp_path / "receiver"
    with create_vault(folder, "receiver passphrase", kdf=KdfParams.floor()).session as receiver:
        outcomes = import_campaign(seeds, receiver, folder, tmp_path / "work", runs=400, seed=9)
    print(f"fuzz[bundle import]: 400 mutated bundles: {outcomes}")
    assert sum(outcomes.values()) == 400


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed (pip install atheris); hypothesis covers the same targets")
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_atheris(seeds, tmp_path, name):
    corpus, artifacts = tmp_path / "corpus", tmp_path / "artifacts"
    corpus.mkdir()
    artifacts.mkdir()
    for i, seed in enumerate(seeds[name]):
        (corpus / f"seed{i}").write_bytes(seed)
    runs = ATHERIS_RUNS.get(name, 20000)
    result = subprocess.run([sys.executable, "-m", "tests.proof.fuzz_atheris", name, str(runs),
                             str(corpus), str(artifacts)], cwd=REPO, capture_output=True,
                            text=True, timeout=1500, env=os.environ.copy())
    tail = "\n".join(result.stderr.splitlines()[-15:])
    print(f"fuzz[{name}]: atheris, {runs} runs, exit {result.returncode}")
    assert result.returncode == 0, tail
    assert list(artifacts.iterdir()) == [], tail
