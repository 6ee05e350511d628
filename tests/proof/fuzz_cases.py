"""Hypothesis-driven runs of the fuzz targets, and the bundle-import campaign; the
budget is a parameter so make test runs a slice and make proof the whole."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidencevault.domain.errors import VaultError
from tests.proof.fuzz_seeds import mutate
from tests.proof.fuzz_targets import TARGETS


def run_target(name: str, seeds: list[bytes], examples: int) -> int:
    """Feed ``examples`` inputs (raw bytes and mutated seeds) to target ``name``."""
    fn = TARGETS[name]
    count = [0]
    inputs = st.one_of(st.binary(max_size=2048),
                       st.builds(lambda s, r: mutate(s, random.Random(r)),
                                 st.sampled_from(seeds), st.integers(0, 1 << 32)))

    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(inputs)
    def check(data: bytes) -> None:
        count[0] += 1
        fn(data)
    check()
    return count[0]


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def import_campaign(seeds: dict, receiver, folder: Path, tmp: Path, runs: int, seed: int) -> dict:
    """Mutate the decrypted tar of a real bundle, re-encrypt it to the receiver's key and
    import it: a typed refusal with nothing left behind, or a whole, correct import."""
    import pyrage

    from evidencevault.services.bundles import BundleService
    rng = random.Random(seed)
    recipient = pyrage.x25519.Recipient.from_str(seeds["_recipient"])
    service, outcomes = BundleService(receiver), {}
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "hostile.age"
    elsewhere = [tmp, Path(os.environ.get("TMPDIR", tempfile.gettempdir()))]
    for _ in range(runs):
        path.write_bytes(pyrage.encrypt(mutate(seeds["_tar"], rng), [recipient]))
        before, temp_before = tree(folder), [tree(p) for p in elsewhere]
        items_before = _count(receiver, "evidence_item")
        try:
            result = service.import_bundle(path, identity_text=seeds["_identity"])
        except VaultError as exc:
            assert tree(folder) == before, "files left behind by a refused import"
            assert _count(receiver, "evidence_item") == items_before, "partial import"
            outcomes[exc.code] = outcomes.get(exc.code, 0) + 1
        else:       # the mutation carried no meaning (a tar header field, padding)
            assert result.already_imported or result.items_added >= 1
            _check_whole_import(receiver, seeds)
            outcomes["imported whole"] = outcomes.get("imported whole", 0) + 1
        assert [tree(p) for p in elsewhere] == temp_before, "a file was written outside the vault"
    return outcomes


def _check_whole_import(receiver, seeds: dict) -> None:
    """Every imported item decrypts to its SHA-256, and is the sender's content."""
    from evidencevault.services.evidence import EvidenceService
    from evidencevault.storage.evidence import EvidenceRepository
    items = EvidenceRepository(receiver.db).all_items()
    assert items, "an import that reported success added nothing"
    for item in items:
        EvidenceService(receiver).verify_item(item.id)
        assert item.sha256 in seeds["_shas"], "imported content that was not sent"


def _count(session, table: str) -> int:
    return session.db.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]
