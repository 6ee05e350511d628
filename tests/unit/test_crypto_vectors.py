"""Known-answer tests for every primitive our code calls, through the same calls:

* Argon2id (key slots): RFC 9106 §5.3 is in test_kdf_and_slots.py; here the
  Argon2id vectors of the reference implementation (phc-winner-argon2 src/test.c),
  one of them at parameters our own ``derive_key`` accepts, run through it.
* AES-GCM (key-slot wrap, media-key wrap): Wycheproof aes_gcm_test.json.
* HKDF-SHA256 (subkeys): Wycheproof hkdf_sha256_test.json, via derive_subkey's call.
* Ed25519 (audit checkpoints, bundle signatures): Wycheproof ed25519_test.json via
  ``crypto.signing.verify``, which must never raise.
* X25519 (age): Wycheproof x25519_test.json via ``cryptography``, which the bundle
  reader's own age decryption uses; and pyrage's key derivation (bundle writing,
  identities) tied to it. The C2SP CCTV age vectors for the bundle
  reader are in test_bundle_age_vectors.py; the chunked media format's Wycheproof
  vectors in test_chunked_format.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from evidencevault.crypto import signing
from evidencevault.crypto.kdf import KdfParams, derive_key

WYCHEPROOF = Path(__file__).resolve().parents[2].parent / "shared" / "vectors" / "wycheproof"


def _tests(name: str) -> list[tuple[dict, dict]]:
    path = WYCHEPROOF / name
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    found = [(g, t) for g in data["testGroups"] for t in g["tests"]]
    assert len(found) == data["numberOfTests"]
    return found


def _params(name: str):
    cases = _tests(name)
    marks = [pytest.mark.skip(reason=f"Wycheproof vectors not found at {WYCHEPROOF / name}")] \
        if not cases else []
    return pytest.mark.parametrize("group,case", cases or [({}, {})],
                                   ids=[f"tc{t.get('tcId', 0)}" for _g, t in cases] or ["none"]), marks


def wycheproof(name: str):
    parametrize, marks = _params(name)

    def decorate(fn):
        for mark in marks:
            fn = mark(fn)
        return parametrize(fn)
    return decorate


# --- Argon2id: phc-winner-argon2 src/test.c, Argon2id v0x13 ------------------------------
PHC_ARGON2ID = [  # (t, log2 m, p, password, salt, tag)
    (2, 16, 1, "password", "somesalt", "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"),
    (2, 8, 1, "password", "somesalt", "9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe"),
    (2, 8, 2, "password", "somesalt", "6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037"),
    (1, 16, 1, "password", "somesalt", "f6a5adc1ba723dddef9b5ac1d464e180fcd9dffc9d1cbf76cca2fed795d9ca98"),
    (4, 16, 1, "password", "somesalt", "9025d48e68ef7395cca9079da4c4ec3affb3c8911fe4f86d1a2520856f63172c"),
    (2, 16, 1, "differentpassword", "somesalt", "0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde"),
    (2, 16, 1, "password", "diffsalt", "bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c"),
]
PHC_ARGON2ID_LARGE = (2, 18, 1, "password", "somesalt",
                      "78fe1ec91fb3aa5657d72e710854e4c3d9b9198c742f9616c2f085bed95b2e8c")


def argon2id_tag(t: int, m_log2: int, p: int, password: str, salt: str) -> str:
    return Argon2id(salt=salt.encode(), length=32, iterations=t, lanes=p,
                    memory_cost=1 << m_log2).derive(password.encode()).hex()


@pytest.mark.parametrize("t,m_log2,p,password,salt,tag", PHC_ARGON2ID)
def test_argon2id_reference_vectors(t, m_log2, p, password, salt, tag):
    assert argon2id_tag(t, m_log2, p, password, salt) == tag


def test_argon2id_vector_through_our_derive_key():
    """t=4, 64 MiB, one lane: within our floor and cap, so it goes through derive_key."""
    params = KdfParams(memory_kib=1 << 16, iterations=4, lanes=1)
    params.check()
    assert derive_key(b"password", b"somesalt", params).hex() == PHC_ARGON2ID[4][5]


# --- AES-GCM ---------------------------------------------------------------------------
@wycheproof("aes_gcm_test.json")
def test_aes_gcm(group, case):
    key, iv, aad = (bytes.fromhex(case[k]) for k in ("key", "iv", "aad"))
    msg, sealed = bytes.fromhex(case["msg"]), bytes.fromhex(case["ct"] + case["tag"])
    if len(iv) < 8 or len(iv) > 128:
        with pytest.raises(ValueError):      # the library refuses nonces it cannot use safely
            AESGCM(key).encrypt(iv, msg, aad)
        return
    aead = AESGCM(key)
    if case["result"] == "valid":
        assert aead.encrypt(iv, msg, aad) == sealed
        assert aead.decrypt(iv, sealed, aad) == msg
    else:
        with pytest.raises(InvalidTag):
            aead.decrypt(iv, sealed, aad)


def test_aes_gcm_slot_wrap_shape_is_covered():
    """Our slot wrap is AES-256-GCM, 96-bit nonce, 128-bit tag: Wycheproof has that group."""
    groups = {(g["keySize"], g["ivSize"], g["tagSize"]) for g, _t in _tests("aes_gcm_test.json")}
    if not groups:
        pytest.skip(f"Wycheproof vectors not found at {WYCHEPROOF}")
    assert (256, 96, 128) in groups


# --- HKDF-SHA256 --------------------------------------------------------------------------
@wycheproof("hkdf_sha256_test.json")
def test_hkdf_sha256(group, case):
    ikm, salt, info = (bytes.fromhex(case[k]) for k in ("ikm", "salt", "info"))
    derive = lambda: HKDF(algorithm=hashes.SHA256(), length=case["size"],  # noqa: E731
                          salt=salt or None, info=info).derive(ikm)
    if case["result"] == "valid":
        assert derive().hex() == case["okm"]
    else:
        with pytest.raises(ValueError):
            derive()


# --- Ed25519 ------------------------------------------------------------------------------
@wycheproof("ed25519_test.json")
def test_ed25519_verify(group, case):
    public = bytes.fromhex(group["publicKey"]["pk"])
    ok = signing.verify(public, bytes.fromhex(case["msg"]), bytes.fromhex(case["sig"]))
    assert ok is (case["result"] == "valid")


# --- X25519 -------------------------------------------------------------------------------
@wycheproof("x25519_test.json")
def test_x25519(group, case):
    private = X25519PrivateKey.from_private_bytes(bytes.fromhex(case["private"]))
    public = X25519PublicKey.from_public_bytes(bytes.fromhex(case["public"]))
    if "ZeroSharedSecret" in case["flags"]:
        with pytest.raises(ValueError):      # age must refuse an all-zero share
            private.exchange(public)
        return
    assert private.exchange(public).hex() == case["shared"]


_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def _bech32(hrp: str, data: bytes) -> str:
    bits, acc, words = 0, 0, []
    for byte in data:
        acc, bits = acc << 8 | byte, bits + 8
        while bits >= 5:
            bits -= 5
            words.append(acc >> bits & 31)
    if bits:
        words.append(acc << (5 - bits) & 31)
    expand = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    poly = _polymod(expand + words + [0] * 6) ^ 1
    return hrp + "1" + "".join(_CHARSET[d] for d in words + [(poly >> 5 * (5 - i)) & 31 for i in range(6)])


def test_pyrage_x25519_matches_the_checked_implementation():
    """pyrage (the age layer) turns a secret scalar into the same public key as the
    Wycheproof-checked X25519 above, for the vectors' private keys."""
    import pyrage
    cases = [t for _g, t in _tests("x25519_test.json") if "Normal" in t["flags"]][:20]
    if not cases:
        pytest.skip(f"Wycheproof vectors not found at {WYCHEPROOF}")
    for case in cases:
        scalar = bytes.fromhex(case["private"])
        expected = X25519PrivateKey.from_private_bytes(scalar).public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        identity = pyrage.x25519.Identity.from_str(_bech32("age-secret-key-", scalar).upper())
        assert str(identity.to_public()) == _bech32("age", expected)
