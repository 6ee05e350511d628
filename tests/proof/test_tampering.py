"""Hundreds of flipped bits in each of: the vault database, a media file, the key file
and a bundle (verify and import). Every one detected with a typed error; none
crashes; none shows altered data as good. Counts are printed."""

from __future__ import annotations

import pytest

from tests.proof import tamper_cases as tc
from tests.proof.tamper import cache_kdf

pytestmark = [pytest.mark.proof, pytest.mark.timeout(1200)]


@pytest.fixture
def built(tmp_path, fast_kdf, monkeypatch):
    cache_kdf(monkeypatch)
    return tc.build_vault(tmp_path, fast_kdf)


def test_database_bits(built):
    tc.assert_all_detected(tc.database_flips(*built, 300, seed=11))


def test_media_bits(built):
    tc.assert_all_detected(tc.media_flips(*built, 400, seed=12))


def test_key_file_bits(built):
    tc.assert_all_detected(tc.header_flips(*built, 400, seed=13), allow_same=True)


def test_bundle_bits(built, tmp_path, fast_kdf):
    bundle, identity, receiver = tc.make_bundle(built[0], tmp_path, fast_kdf)
    tc.assert_all_detected(tc.bundle_flips(bundle, identity, 400, seed=14))
    tc.assert_all_detected(tc.bundle_import_flips(bundle, receiver, identity, 150, seed=15))
