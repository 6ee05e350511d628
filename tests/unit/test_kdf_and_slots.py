"""Argon2id (RFC 9106), parameter floor/cap, key slots and recovery codes."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from evidencevault.crypto import kdf
from evidencevault.crypto.kdf import KdfParams, KdfParamsRejected
from evidencevault.crypto.keyslots import (
    KeySlot, SlotOpenFailed, make_slot, new_master_key, new_recovery_code, open_slot,
    passphrase_secret, recovery_secret)


def test_argon2id_matches_rfc9106_vector():
    # RFC 9106 section 5.3, the Argon2id test vector.
    tag = Argon2id(salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=b"\x04" * 12, secret=b"\x03" * 8).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


@pytest.mark.parametrize("params", [
    KdfParams(32 * 1024, 3, 4),           # below the memory floor
    KdfParams(64 * 1024, 1, 4),           # below the iteration floor
    KdfParams(64 * 1024 * 1024, 3, 4),    # a crafted header asking for 64 GiB
    KdfParams(64 * 1024, 10_000, 4),      # or for hours of work
    KdfParams(64 * 1024, 3, 0),
])
def test_params_outside_floor_and_cap_are_refused(params):
    with pytest.raises(KdfParamsRejected):
        params.check()
    with pytest.raises(KdfParamsRejected):
        KdfParams.from_dict(params.to_dict())


def test_calibration_never_goes_below_the_floor():
    params = kdf.calibrate(target_seconds=0.01)
    assert params.memory_kib >= kdf.FLOOR_MEMORY_KIB and params.iterations >= kdf.FLOOR_ITERATIONS
    params.check()


def test_passphrase_is_nfc_normalised():
    # "й" typed as one code point or as и + combining breve opens the same slot.
    assert passphrase_secret("пароль й") == passphrase_secret("пароль и\u0306")


def test_slot_round_trip_and_wrong_secret():
    master = new_master_key()
    slot = make_slot("vault-1", "passphrase", "passphrase", b"secret", master, KdfParams.floor())
    assert open_slot("vault-1", slot, b"secret") == master
    with pytest.raises(SlotOpenFailed):
        open_slot("vault-1", slot, b"Secret")


def test_slot_is_bound_to_its_parameters_and_vault():
    master = new_master_key()
    slot = make_slot("vault-1", "passphrase", "passphrase", b"secret", master, KdfParams.floor())
    with pytest.raises(SlotOpenFailed):
        open_slot("vault-2", slot, b"secret")
    data = slot.to_dict()
    data["kind"] = "recovery"
    with pytest.raises(SlotOpenFailed):
        open_slot("vault-1", KeySlot.from_dict(data), b"secret")


def test_recovery_code_is_twelve_words_with_a_checksum():
    code = new_recovery_code()
    words = code.split()
    assert len(words) == 12
    assert len(recovery_secret(code)) == 16
    assert recovery_secret("  " + code.upper() + "\n") == recovery_secret(code)
    # The checksum is 4 bits (BIP-39, 12 words): a swap of two words goes unnoticed once in 16
    # on average, so count over many codes rather than expect it of one (that flaked).
    caught = 0
    for _ in range(400):
        words = new_recovery_code().split()
        if words[0] == words[1]:
            continue
        try:
            recovery_secret(" ".join(words[1:2] + words[:1] + words[2:]))
        except ValueError:
            caught += 1
    assert caught >= 330        # expected about 375 of 400
