"""The bundle reader's age layer against the C2SP CCTV age test vectors.

Each vector goes through exactly the function the bundle reader uses
(agefile.decrypt, our own age reader in age_reader.py), X25519 and scrypt alike.
Expected outcomes map to our typed errors; for streaming failures the
plaintext released before the error must hash to ``payload`` (what the
vectors README says a streaming reader may release), which is why the bundle
reader treats that output as provisional. Our reader follows the spec
strictly, so the two stanza vectors that age and rage accept as a legacy
leniency are refused here, as the vectors expect.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pytest

from evidencevault.bundle import agefile
from evidencevault.domain.errors import (
    BundleDamaged, BundleNotForYou, BundleUnreadable, BundleWrongPassphrase,
)

VECTORS = Path(__file__).resolve().parents[2].parent / "shared" / "vectors" / "cctv-age"
EXPECTED = {
    "success": None,
    "no match": (BundleNotForYou, BundleWrongPassphrase),
    "HMAC failure": (BundleUnreadable,),
    "header failure": (BundleUnreadable,),
    "payload failure": (BundleDamaged,),
}


def _names() -> list[str]:
    return sorted(p.name for p in VECTORS.iterdir()) if VECTORS.is_dir() else []


def _load(name: str) -> tuple[dict, list[str], list[str], bytes]:
    raw = (VECTORS / name).read_bytes()
    head, body = raw.split(b"\n\n", 1)
    meta: dict = {}
    identities: list[str] = []
    passphrases: list[str] = []
    for line in head.decode().splitlines():
        key, value = line.split(": ", 1)
        if key == "identity":
            identities.append(value)
        elif key == "passphrase":
            passphrases.append(value)
        else:
            meta[key] = value
    if meta.get("compressed") == "zlib":
        body = zlib.decompress(body)
    return meta, identities, passphrases, body


def _open(identities: list[str], passphrases: list[str], body: bytes) -> bytes:
    """Decrypt like the bundle reader; return the released plaintext (raises on failure)."""
    released = io.BytesIO()
    source = io.BytesIO(body)
    keys = agefile.parse_identities("\n".join(identities)) if identities else None
    try:
        for piece in agefile.decrypt(source, identities=keys,
                                     passphrase=passphrases[0] if passphrases else None):
            released.write(piece)
    except Exception as exc:
        exc.released = released.getvalue()  # type: ignore[attr-defined]
        raise
    return released.getvalue()


@pytest.mark.parametrize("name", _names() or ["(vectors missing)"])
def test_cctv_vector(name: str) -> None:
    if not VECTORS.is_dir():
        pytest.skip(f"C2SP CCTV age vectors not found at {VECTORS}")
    meta, identities, passphrases, body = _load(name)
    if meta.get("armored") == "yes":
        pytest.skip("ASCII armor: bundles are always binary age files, and the reader refuses armor")
    if any(i.startswith("AGE-SECRET-KEY-PQ-") for i in identities) or name.startswith("hybrid"):
        pytest.skip("ML-KEM hybrid recipients: our reader opens X25519 and scrypt only; bundles use X25519")
    expect = meta["expect"]
    if EXPECTED[expect] is None:
        plaintext = _open(identities, passphrases, body)
        assert hashlib.sha256(plaintext).hexdigest() == meta["payload"]
        return
    with pytest.raises(EXPECTED[expect]) as caught:
        _open(identities, passphrases, body)
    if "payload" in meta:
        released = caught.value.released  # type: ignore[attr-defined]
        assert hashlib.sha256(released).hexdigest() == meta["payload"]


def test_the_vectors_cover_both_recipient_types() -> None:
    if not VECTORS.is_dir():
        pytest.skip(f"C2SP CCTV age vectors not found at {VECTORS}")
    names = _names()
    assert sum(n.startswith("x25519") for n in names) >= 10
    assert sum(n.startswith("scrypt") for n in names) >= 20
    assert sum(n.startswith("stream") for n in names) >= 20
    assert {"stanza_missing_body", "stanza_missing_final_line"} <= set(names)


def test_armored_input_is_refused_before_decryption() -> None:
    if not VECTORS.is_dir():
        pytest.skip(f"C2SP CCTV age vectors not found at {VECTORS}")
    _meta, _ids, _pw, body = _load("armor_x25519")
    with pytest.raises(BundleUnreadable):
        agefile.check_header(io.BytesIO(body))
