"""Flipped bits in the vault database, a media file, the key file and a bundle are
always detected with a typed error, never a crash, never wrong data shown as good.
(A few dozen flips each here; hundreds in tests/proof/test_tampering.py.)"""

from __future__ import annotations

import pytest

from tests.proof import tamper_cases as tc
from tests.proof.tamper import cache_kdf

N = 16


@pytest.fixture
def built(tmp_path, fast_kdf, monkeypatch):
    cache_kdf(monkeypatch)
    return tc.build_vault(tmp_path, fast_kdf)


def test_database_bits(built):
    tc.assert_all_detected(tc.database_flips(*built, N, seed=1))


def test_media_bits(built):
    tc.assert_all_detected(tc.media_flips(*built, N, seed=2))


def test_key_file_bits(built):
    tc.assert_all_detected(tc.header_flips(*built, N * 2, seed=3), allow_same=True)


def test_bundle_bits(built, tmp_path, fast_kdf):
    bundle, identity, receiver = tc.make_bundle(built[0], tmp_path, fast_kdf)
    tc.assert_all_detected(tc.bundle_flips(bundle, identity, N, seed=4))
    tc.assert_all_detected(tc.bundle_import_flips(bundle, receiver, identity, N // 2, seed=5))


def test_the_probe_notices_wrong_data(built):
    """The classifier is not blind: the same vault with a different reference is WRONG DATA."""
    from tests.conftest import PASSPHRASE
    from tests.proof.tamper import probe_vault
    folder, reference = built
    assert probe_vault(folder, PASSPHRASE, reference) == "same"
    assert probe_vault(folder, PASSPHRASE, "not the reference") == "WRONG DATA"
