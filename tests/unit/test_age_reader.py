"""Our age reader (bundle/age_reader.py) cross-checked against pyrage, which writes bundles.

pyrage encrypts, our reader decrypts: the bytes must be equal, at sizes around
the 64 KiB chunk and 1 MiB piece boundaries and up to a few MiB. On truncations
and bit flips at sampled positions both must refuse, and ours must never have
released a byte that is not the plaintext's. The C2SP vectors are in
test_bundle_age_vectors.py.
"""

from __future__ import annotations

import io
import os
import time

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidencevault.bundle import age_reader, agefile, bech32
from evidencevault.domain.errors import (
    BundleDamaged, BundleNotForYou, BundleUnreadable, BundleWrongPassphrase, InvalidInput, VaultError,
)

KIB = 1024
CHUNK = 64 * KIB
MIB = 1024 * KIB
IDENTITIES = [pyrage.x25519.Identity.generate() for _ in range(2)]
KEYS = agefile.parse_identities("\n".join(str(i) for i in IDENTITIES))
OTHER = agefile.parse_identities(str(pyrage.x25519.Identity.generate()))
EDGES = [0, 1, 2, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 1, MIB - 1, MIB, MIB + 1,
         16 * CHUNK + CHUNK, 3 * MIB + 7]
SIZES = st.one_of(st.sampled_from(EDGES), st.integers(0, 300 * KIB), st.integers(0, 4 * MIB))
SLOW = settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])


def _ours(data: bytes, **keys) -> tuple[bytes, Exception | None]:  # noqa: ANN003
    """(released plaintext, the error or None)."""
    released = bytearray()
    try:
        for piece in agefile.decrypt(io.BytesIO(data), **keys):
            assert len(piece) <= age_reader.BATCH * age_reader.CHUNK   # flat memory
            released += piece
    except VaultError as exc:
        return bytes(released), exc
    return bytes(released), None


def _pyrage_refuses(data: bytes) -> bool:
    try:
        pyrage.decrypt(data, IDENTITIES)
    except pyrage.DecryptError:
        return True
    return False


@SLOW
@given(size=SIZES, recipients=st.integers(1, 2))
def test_pyrage_encrypts_to_keys_and_our_reader_gives_the_same_bytes(size: int, recipients: int) -> None:
    plain = os.urandom(size)
    sealed = pyrage.encrypt(plain, [i.to_public() for i in IDENTITIES[:recipients]])
    for key in KEYS[:recipients]:
        assert _ours(sealed, identities=[key]) == (plain, None)
    released, error = _ours(sealed, identities=OTHER)
    assert isinstance(error, BundleNotForYou) and released == b""


@SLOW
@given(size=SIZES, data=st.data())
def test_truncations_and_bit_flips_are_refused_by_both(size: int, data) -> None:  # noqa: ANN001
    plain = os.urandom(size)
    sealed = pyrage.encrypt(plain, [IDENTITIES[0].to_public()])
    payload_start = sealed.index(b"\n---") + 1 + 48 + 16   # header MAC line, then the 16-byte nonce
    # rage adds random "grease" stanzas, so positions are drawn as fractions of the length
    spots = [payload_start, payload_start + CHUNK + 16, len(sealed) - 1, len(sealed) - 17]
    where = data.draw(st.one_of(st.floats(0, 1, exclude_max=True), st.sampled_from(range(len(spots)))),
                      label="cut")
    cut = min(spots[where], len(sealed) - 1) if isinstance(where, int) else int(where * len(sealed))
    flip = int(data.draw(st.floats(0, 1, exclude_max=True), label="bit") * len(sealed) * 8)
    flipped = bytearray(sealed)
    flipped[flip // 8] ^= 1 << (flip % 8)
    for bad in (sealed[:cut], bytes(flipped), sealed + b"\0"):
        released, error = _ours(bad, identities=KEYS)
        assert isinstance(error, (BundleDamaged, BundleUnreadable, BundleNotForYou)), error
        assert plain.startswith(released)            # only authenticated plaintext came out
        assert _pyrage_refuses(bad)


@settings(deadline=None, max_examples=3)
@given(size=st.sampled_from([0, 1, CHUNK, CHUNK + 1, 200 * KIB]))
def test_pyrage_passphrase_files_open_with_our_scrypt(size: int) -> None:
    plain = os.urandom(size)
    sealed = pyrage.passphrase.encrypt(plain, "correct horse")
    assert _ours(sealed, passphrase="correct horse") == (plain, None)
    released, error = _ours(sealed, passphrase="wrong horse")
    assert isinstance(error, BundleWrongPassphrase) and released == b""
    released, error = _ours(sealed[:-1], passphrase="correct horse")
    assert isinstance(error, BundleDamaged) and plain.startswith(released)


def test_a_huge_scrypt_work_factor_is_refused_before_any_work() -> None:
    sealed = pyrage.passphrase.encrypt(b"x", "pw")
    factor = sealed.split(b"\n")[1].rsplit(b" ", 1)[1]
    for bad in (b"23", b"40"):
        started = time.process_time()
        _released, error = _ours(sealed.replace(b" " + factor + b"\n", b" " + bad + b"\n", 1), passphrase="pw")
        assert isinstance(error, BundleUnreadable) and "refuses" in error.message
        assert time.process_time() - started < 0.5
        with pytest.raises(BundleUnreadable):
            agefile.check_header(io.BytesIO(sealed.replace(b" " + factor + b"\n", b" " + bad + b"\n", 1)))


def test_no_identity_given_for_a_file_made_for_keys() -> None:
    sealed = pyrage.encrypt(b"abc", [IDENTITIES[0].to_public()])
    with pytest.raises(BundleUnreadable, match="give an identity"):
        agefile.decrypt(io.BytesIO(sealed))


def test_identities_decode_to_pyrage_keys_and_bad_ones_are_refused() -> None:
    for _ in range(50):
        identity = pyrage.x25519.Identity.generate()
        key = age_reader.identity_key(str(identity))
        assert age_reader.recipient_of_key(key) == str(identity.to_public())
    text = str(IDENTITIES[0])
    wrong_checksum = text[:-1] + ("q" if text[-1] != "Q" else "P")
    assert age_reader.recipient_of_key(age_reader.identity_key(text.lower())) == str(
        IDENTITIES[0].to_public())                   # pyrage accepts lower case too
    for bad in (wrong_checksum, text[:20] + text[20:].lower(),
                str(IDENTITIES[0].to_public()), "AGE-SECRET-KEY-1", ""):
        with pytest.raises(ValueError):
            age_reader.identity_key(bad)
    with pytest.raises(InvalidInput):
        agefile.parse_identities(wrong_checksum)
    assert bech32.decode(bech32.encode("age", bytes(range(32)))) == ("age", bytes(range(32)))


@pytest.mark.parametrize("split", [1, 10, 22, 200, 226, 4096])
def test_a_pipe_that_delivers_a_few_bytes_at_a_time_reads_the_same(split):
    """A read from a pipe may return less than asked (the magic, the nonce): read until full."""
    import threading

    plaintext = os.urandom(3 * CHUNK + 5)
    sealed = pyrage.encrypt(plaintext, [IDENTITIES[0].to_public()])
    read_fd, write_fd = os.pipe()

    def trickle() -> None:
        """The header and nonce in pieces of ``split`` bytes with pauses, then the rest at once."""
        with open(write_fd, "wb", buffering=0) as w:
            head = 300
            for start in range(0, head, split):
                w.write(sealed[start:min(start + split, head)])
                time.sleep(0.001)
            w.write(sealed[head:])

    writer = threading.Thread(target=trickle)
    writer.start()
    try:
        with open(read_fd, "rb", buffering=0) as source:
            got = b"".join(bytes(p) for p in age_reader.decrypt(source, identities=KEYS))
    finally:
        writer.join()
    assert got == plaintext
