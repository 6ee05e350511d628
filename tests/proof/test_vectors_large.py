"""The one Argon2id reference vector that needs 256 MiB (too heavy for make test)."""

from __future__ import annotations

import pytest

from tests.unit.test_crypto_vectors import PHC_ARGON2ID_LARGE, argon2id_tag

pytestmark = pytest.mark.proof


def test_argon2id_256_mib_reference_vector():
    *args, tag = PHC_ARGON2ID_LARGE
    assert argon2id_tag(*args) == tag
