"""Every parser of outside input, as a function of bytes: the fuzz targets.

Each target feeds its input to the real parser and returns normally when the
parser either accepted it or refused it with the error it is documented to
raise. Anything else (another exception type, a hang the caller times out, a
file written outside staging) is a finding. Shared by the hypothesis tests and
the atheris driver (``python -m tests.proof.fuzz_atheris TARGET RUNS``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from evidencevault.bundle import agefile
from evidencevault.bundle.manifest import parse_manifest
from evidencevault.bundle.tarwalk import TarLimits, TarWalker
from evidencevault.crypto.keyslots import recovery_secret
from evidencevault.domain.errors import VaultError
from evidencevault.domain.fuzzy_date import FuzzyDate, FuzzyDateError
from evidencevault.intake.metadata import make_thumbnail, read_metadata
from evidencevault.storage.header import Header

TARGETS: dict[str, Callable[[bytes], None]] = {}


def target(fn):
    TARGETS[fn.__name__] = fn
    return fn


def text_of(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


@target
def key_file(data: bytes) -> None:
    """The key-file header (vault.header): JSON, slots, KDF parameters, guard."""
    try:
        header = Header.from_bytes(data)
    except VaultError:
        return
    assert Header.from_bytes(header.to_bytes()).to_bytes() == header.to_bytes()


@target
def image_metadata(data: bytes) -> None:
    """EXIF, GPS, capture time and the thumbnail of an untrusted picture: never raises."""
    for name in ("photo.jpg", "scan.png", "x.tif", "file.bin"):
        meta = read_metadata(data, name)
        assert isinstance(meta.media_type, str)
        read_metadata(io.BytesIO(data), name)
    thumb = make_thumbnail(data)
    assert thumb is None or thumb[:2] == b"\xff\xd8"


@target
def bundle_manifest(data: bytes) -> None:
    try:
        parse_manifest(data)
    except VaultError:
        pass


class _Discard:
    def write(self, data) -> None:  # noqa: ANN001
        pass

    def close(self) -> None:
        pass


class _Visitor:
    def begin(self, index: int, name: str, size: int) -> _Discard:
        assert not name.startswith("/") and ".." not in name.split("/"), name
        return _Discard()

    def end(self, index: int, name: str) -> None:
        pass


@target
def bundle_tar(data: bytes) -> None:
    """The streaming tar walker inside a bundle: links, '..', absolute paths, huge sizes."""
    walker = TarWalker(_Visitor(), TarLimits(max_entries=50, max_entry_size=1 << 20))
    try:
        walker.write(data)
        walker.finish()
    except VaultError:
        pass


@target
def age_header(data: bytes) -> None:
    try:
        agefile.check_header(io.BytesIO(data))
    except VaultError:
        pass


FUZZ_KEY = X25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


@target
def age_file(data: bytes) -> None:
    """Our own age v1 reader (bundle/age_reader.py): header, stanzas, X25519, STREAM payload."""
    try:
        for _piece in agefile.decrypt(io.BytesIO(data), identities=[FUZZ_KEY]):
            pass
    except VaultError:
        pass


@target
def recovery_code(data: bytes) -> None:
    try:
        secret = recovery_secret(text_of(data))
    except ValueError:
        return
    assert len(secret) == 16


@target
def age_recipient_and_identity(data: bytes) -> None:
    text = text_of(data)
    for parse in (agefile.parse_recipient, agefile.parse_identities):
        try:
            parse(text)
        except VaultError:
            pass


@target
def fuzzy_date(data: bytes) -> None:
    try:
        date = FuzzyDate.parse(text_of(data))
    except (FuzzyDateError, VaultError):
        return
    assert FuzzyDate.parse(date.to_text()) == date


def json_bytes(value: object) -> bytes:
    return json.dumps(value).encode()
