"""The chunked media format (C2SP chunked-encryption, Cobblestone-256).

Checked three ways: the published Wycheproof vectors, interoperability with
an independent implementation (cryptography.cobblestone, when installed), and
property tests for the damage a file can suffer on disk.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidencevault.crypto import chunked
from evidencevault.crypto.chunked import (
    CHUNK_SIZE,
    HEADER_SIZE,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    ChunkedEncryptor,
    ChunkedReader,
    RawChunks,
)
from evidencevault.domain.errors import MediaDamaged

VECTORS = Path(__file__).resolve().parents[2].parent / "shared" / "vectors"
WYCHEPROOF_FILE = VECTORS / "wycheproof" / "c2sp_chunked_encryption_aes_256_gcm_test.json"
KEY = bytes(range(32))
CTX = b"evidence-vault test"


def _load_vectors() -> list[dict]:
    if not WYCHEPROOF_FILE.exists():
        return []
    data = json.loads(WYCHEPROOF_FILE.read_text())
    assert data["algorithm"] == "Cobblestone-256"
    tests = [t for g in data["testGroups"] for t in g["tests"]]
    assert len(tests) == data["numberOfTests"]
    return tests


VECTOR_LIST = _load_vectors()
needs_vectors = pytest.mark.skipif(
    not VECTOR_LIST, reason=f"Wycheproof chunked-encryption vectors not found at {WYCHEPROOF_FILE}"
)


def _ct(t: dict) -> bytes:
    return zlib.decompress(bytes.fromhex(t["ct"]))


def _matches(message: bytes, t: dict) -> bool:
    return len(message) == t["msgLength"] and hashlib.sha512(message).hexdigest() == t["msgSha512"]


def _ids(tests: list[dict]) -> list[str]:
    return [f"tc{t['tcId']}-{t['result']}" for t in tests]


# --- Wycheproof ---------------------------------------------------------------
@needs_vectors
def test_all_35_vectors_are_present() -> None:
    assert len(VECTOR_LIST) == 35


@needs_vectors
@pytest.mark.parametrize("t", VECTOR_LIST, ids=_ids(VECTOR_LIST))
def test_wycheproof_whole_message(t: dict) -> None:
    key, ctx, ct = bytes.fromhex(t["key"]), bytes.fromhex(t["ctx"]), _ct(t)
    if t["result"] == "valid":
        assert _matches(chunked.decrypt(ct, key, ctx), t)
    elif "InvalidKeySize" in t["flags"]:
        with pytest.raises(ValueError):
            chunked.decrypt(ct, key, ctx)
    else:
        with pytest.raises(MediaDamaged):
            chunked.decrypt(ct, key, ctx)


@needs_vectors
@pytest.mark.parametrize("t", VECTOR_LIST, ids=_ids(VECTOR_LIST))
def test_wycheproof_random_access(t: dict) -> None:
    """Reading through the random-access interface: the whole range, then the length check."""
    key, ctx, ct = bytes.fromhex(t["key"]), bytes.fromhex(t["ctx"]), _ct(t)
    if "InvalidKeySize" in t["flags"]:
        with pytest.raises(ValueError):
            ChunkedReader(io.BytesIO(ct), key, ctx)
        return
    if "HeaderFailure" in t["flags"]:
        with pytest.raises(MediaDamaged):
            ChunkedReader(io.BytesIO(ct), key, ctx)
        return
    try:
        reader = ChunkedReader(io.BytesIO(ct), key, ctx)
    except MediaDamaged:
        assert t["result"] == "invalid"
        return
    if t["result"] == "valid":
        reader.verify_length()
        assert _matches(reader.read(0, reader.size), t)
        return
    with pytest.raises(MediaDamaged):
        reader.read(0, reader.size)
    if "ValidFinalChunk" not in t["flags"]:
        with pytest.raises(MediaDamaged):
            reader.verify_length()
    if "PartialPlaintext" in t["flags"] and t["msgLength"] < reader.size:
        # a range covered only by valid chunks may be read, and is exactly the valid prefix
        assert _matches(reader.read(0, t["msgLength"]), t)


VALID = [t for t in VECTOR_LIST if t["result"] == "valid"]
RAW = [t for t in VECTOR_LIST if "HeaderFailure" not in t["flags"]]


@needs_vectors
@pytest.mark.parametrize("t", VALID, ids=_ids(VALID))
def test_wycheproof_encryption_is_exact(t: dict) -> None:
    """Key derivation, raw re-encryption, and re-encryption with the vector's salt all reproduce it."""
    key, ctx, ct = bytes.fromhex(t["key"]), bytes.fromhex(t["ctx"]), _ct(t)
    aead_key, base_nonce, commitment = chunked.derive_message_keys(key, ct[:24], ctx)
    assert aead_key.hex() == t["aeadKey"] and base_nonce.hex() == t["baseNonce"]
    assert commitment == ct[24:HEADER_SIZE]
    message = chunked.decrypt(ct, key, ctx)
    assert chunked.encrypt(message, key, ctx, salt=ct[:24]) == ct
    raw = RawChunks(aead_key, base_nonce)
    body = bytearray(len(ct) - HEADER_SIZE)
    whole = len(message) - len(message) % CHUNK_SIZE
    n = raw.seal_many_into(0, memoryview(message)[:whole], memoryview(body))
    raw.seal_into(whole // CHUNK_SIZE, memoryview(message)[whole:], memoryview(body)[n:])
    assert bytes(body) == ct[HEADER_SIZE:]


@needs_vectors
@pytest.mark.parametrize("t", RAW, ids=_ids(RAW))
def test_wycheproof_raw_mode_decryption(t: dict) -> None:
    ct = _ct(t)[HEADER_SIZE:]
    raw = RawChunks(bytes.fromhex(t["aeadKey"]), bytes.fromhex(t["baseNonce"]))
    out = bytearray(len(ct))
    if t["result"] == "valid":
        got = raw.open_many_into(0, memoryview(ct), memoryview(out))
        assert _matches(bytes(out[:got]), t)
    else:
        with pytest.raises(MediaDamaged):
            full, rest = divmod(len(ct), SEALED_CHUNK_SIZE)
            if rest < TAG_SIZE:
                raise MediaDamaged(detail="impossible length")
            raw.open_many_into(0, memoryview(ct), memoryview(out))


# --- an independent implementation -------------------------------------------
def test_interoperates_with_cryptography_cobblestone() -> None:
    cobblestone = pytest.importorskip(
        "cryptography.cobblestone", reason="cryptography >= 50 provides Cobblestone; this one does not"
    )
    for size in (0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * CHUNK_SIZE + 7):
        message = os.urandom(size)
        ours = chunked.encrypt(message, KEY, CTX)
        dec = cobblestone.Cobblestone256Decryptor(KEY, context=CTX)
        assert dec.update(ours) + dec.finalize() == message
        enc = cobblestone.Cobblestone256Encryptor(KEY, context=CTX)
        theirs = enc.update(message) + enc.finalize()
        assert chunked.decrypt(theirs, KEY, CTX) == message


# --- sizes ----------------------------------------------------------------------
EDGE_SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE - 1, 3 * CHUNK_SIZE + 1]
sizes = st.one_of(st.sampled_from(EDGE_SIZES), st.integers(0, 5 * CHUNK_SIZE))
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("size", EDGE_SIZES)
def test_plaintext_size_follows_from_file_size(size: int) -> None:
    sealed = chunked.encrypt(os.urandom(size), KEY, CTX)
    assert len(sealed) == chunked.sealed_size(size) == HEADER_SIZE + size + TAG_SIZE * (size // CHUNK_SIZE + 1)
    assert chunked.plaintext_size(len(sealed)) == size


def test_impossible_file_sizes_are_refused() -> None:
    for bad in [0, HEADER_SIZE, HEADER_SIZE + TAG_SIZE - 1, HEADER_SIZE + SEALED_CHUNK_SIZE, HEADER_SIZE + SEALED_CHUNK_SIZE + 15]:
        with pytest.raises(MediaDamaged):
            chunked.plaintext_size(bad)


@FAST
@given(size=sizes, cuts=st.lists(st.integers(0, 6 * CHUNK_SIZE), max_size=6), data=st.data())
def test_streaming_encryption_in_any_pieces_round_trips(size: int, cuts: list[int], data: st.DataObject) -> None:
    message = data.draw(st.binary(min_size=size, max_size=size)) if size < 64 else os.urandom(size)
    enc = ChunkedEncryptor(KEY, CTX)
    out = [enc.header]
    bounds = sorted({0, size, *[c for c in cuts if c <= size]})
    for a, b in zip(bounds, bounds[1:]):
        out.append(enc.update(message[a:b]))
    out.append(enc.finalize())
    sealed = b"".join(out)
    assert len(sealed) == chunked.sealed_size(size)
    assert chunked.decrypt(sealed, KEY, CTX) == message


@FAST
@given(size=sizes, ranges=st.lists(st.tuples(st.integers(0, 6 * CHUNK_SIZE), st.integers(0, 3 * CHUNK_SIZE)), min_size=1, max_size=8))
def test_random_offset_reads_equal_the_plaintext_slice(size: int, ranges: list[tuple[int, int]]) -> None:
    message = os.urandom(size)
    reader = ChunkedReader(io.BytesIO(chunked.encrypt(message, KEY, CTX)), KEY, CTX)
    assert reader.size == size
    for offset, length in ranges:
        assert reader.read(offset, length) == message[offset : offset + length]


def test_reads_from_a_real_file_descriptor(tmp_path: Path) -> None:
    message = os.urandom(7 * CHUNK_SIZE + 123)
    path = tmp_path / "blob"
    path.write_bytes(chunked.encrypt(message, KEY, CTX))
    with open(path, "rb", buffering=0) as f:
        reader = ChunkedReader(f, KEY, CTX)
        for offset in (0, 1, CHUNK_SIZE - 1, 3 * CHUNK_SIZE + 5, len(message) - 1):
            assert reader.read(offset, 2 * CHUNK_SIZE) == message[offset : offset + 2 * CHUNK_SIZE]
        assert reader.read_all() == message


# --- damage ---------------------------------------------------------------------
def _boundaries(sealed_len: int) -> set[int]:
    points = set(range(0, HEADER_SIZE + 1))
    for edge in range(HEADER_SIZE, sealed_len + 1, SEALED_CHUNK_SIZE):
        points.update({edge - 1, edge, edge + 1, edge + TAG_SIZE - 1, edge + TAG_SIZE})
    return {p for p in points if 0 <= p < sealed_len}


@FAST
@given(size=sizes)
def test_truncation_at_every_chunk_boundary_is_detected(size: int) -> None:
    sealed = chunked.encrypt(os.urandom(size), KEY, CTX)
    for cut in sorted(_boundaries(len(sealed))):
        with pytest.raises(MediaDamaged):
            chunked.decrypt(sealed[:cut], KEY, CTX)


def test_truncation_at_every_byte_is_detected() -> None:
    sealed = chunked.encrypt(os.urandom(CHUNK_SIZE + 40), KEY, CTX)
    for cut in range(len(sealed)):
        with pytest.raises(MediaDamaged):
            chunked.decrypt(sealed[:cut], KEY, CTX)


def _chunks(sealed: bytes) -> tuple[bytes, list[bytes]]:
    body = sealed[HEADER_SIZE:]
    return sealed[:HEADER_SIZE], [body[i : i + SEALED_CHUNK_SIZE] for i in range(0, len(body), SEALED_CHUNK_SIZE)]


@FAST
@given(n_full=st.integers(1, 4), tail=st.integers(0, CHUNK_SIZE - 1), data=st.data())
def test_swapped_chunks_are_detected(n_full: int, tail: int, data: st.DataObject) -> None:
    header, parts = _chunks(chunked.encrypt(os.urandom(n_full * CHUNK_SIZE + tail), KEY, CTX))
    i = data.draw(st.integers(0, len(parts) - 1))
    j = data.draw(st.integers(0, len(parts) - 1).filter(lambda x: x != i and parts[x] != parts[i]))
    parts[i], parts[j] = parts[j], parts[i]
    with pytest.raises(MediaDamaged):
        chunked.decrypt(header + b"".join(parts), KEY, CTX)


@FAST
@given(n_full=st.integers(1, 4), tail=st.integers(0, CHUNK_SIZE - 1), data=st.data())
def test_duplicated_chunks_are_detected(n_full: int, tail: int, data: st.DataObject) -> None:
    header, parts = _chunks(chunked.encrypt(os.urandom(n_full * CHUNK_SIZE + tail), KEY, CTX))
    i = data.draw(st.integers(0, n_full - 1))
    inserted = parts[: i + 1] + [parts[i]] + parts[i + 1 :]  # a copy inserted after itself
    replaced = parts[: i + 1] + [parts[i]] + parts[i + 2 :]  # a copy over its successor
    for damaged in (inserted, replaced):
        with pytest.raises(MediaDamaged):
            chunked.decrypt(header + b"".join(damaged), KEY, CTX)


@FAST
@given(size=sizes, extra=st.one_of(st.binary(min_size=1, max_size=40), st.integers(1, 3).map(lambda n: os.urandom(n * SEALED_CHUNK_SIZE))))
def test_appended_bytes_are_detected(size: int, extra: bytes) -> None:
    sealed = chunked.encrypt(os.urandom(size), KEY, CTX)
    with pytest.raises(MediaDamaged):
        chunked.decrypt(sealed + extra, KEY, CTX)
    # a whole valid chunk from another message at the next index does not pass either
    other = chunked.encrypt(os.urandom(size + CHUNK_SIZE), KEY, CTX)
    with pytest.raises(MediaDamaged):
        chunked.decrypt(sealed + other[len(sealed) :], KEY, CTX)


@FAST
@given(size=sizes, data=st.data())
def test_any_flipped_bit_is_detected(size: int, data: st.DataObject) -> None:
    sealed = bytearray(chunked.encrypt(os.urandom(size), KEY, CTX))
    pos = data.draw(st.integers(0, len(sealed) - 1))
    sealed[pos] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(MediaDamaged):
        chunked.decrypt(bytes(sealed), KEY, CTX)


def test_wrong_key_or_context_fails_before_any_chunk() -> None:
    sealed = chunked.encrypt(b"x" * 100, KEY, CTX)
    with pytest.raises(MediaDamaged, match="key does not match"):
        ChunkedReader(io.BytesIO(sealed), os.urandom(32), CTX)
    with pytest.raises(MediaDamaged, match="key does not match"):
        ChunkedReader(io.BytesIO(sealed), KEY, b"another context")


def test_each_encryption_uses_a_fresh_salt() -> None:
    a, b = chunked.encrypt(b"same", KEY, CTX), chunked.encrypt(b"same", KEY, CTX)
    assert a[:24] != b[:24] and a[HEADER_SIZE:] != b[HEADER_SIZE:]


def test_a_finished_encryptor_refuses_more_input() -> None:
    enc = ChunkedEncryptor(KEY, CTX)
    enc.finalize()
    with pytest.raises(ValueError):
        enc.update(b"more")
    with pytest.raises(ValueError):
        enc.finalize()
