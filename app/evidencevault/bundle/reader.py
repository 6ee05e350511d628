"""Open a bundle: decrypt, walk the tar safely, check signature and every hash.

Everything happens in one streaming pass on two busy threads: this one
decrypts the age layer (agefile.decrypt, our own reader), walks the tar and
hands file bytes to their sinks (for import: re-encryption into new blobs,
whose disk writes happen on a writer thread of their own); a helper thread
hashes them. Two busy threads on a two-core machine each keep a core: a third
(once the tar walk had its own) made the hash thread, the slowest step, wait
for a core, and import fell from 0.85 to 0.72 of plain SHA-256. The plaintext goes
into a TarWalker; the fixed metadata entries are kept in memory (each under a small
cap) and checked as soon as they arrive: the manifest must be canonical, its
signature must verify with the key it names, and SHA256SUMS must be exactly
the list the manifest implies. After that the tar may only hold the files the
manifest announces, in its order, each exactly the announced size, each
hashed on the way. File bytes go to sinks the caller provides (for import:
encrypted staging files; for verify: nowhere). Nothing is final until the
whole age file has authenticated: on any failure every sink is discarded.
"""

from __future__ import annotations

import hashlib
import hmac
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from evidencevault.bundle import agefile
from evidencevault.bundle.manifest import (
    AUDIT_NAME, MANIFEST_NAME, METADATA_LIMITS, METADATA_NAMES, MAX_FILE_SIZE, MAX_FILES,
    README_NAME, SIGNATURE_NAME, SIGNER_NAME, SUMS_NAME, BundleFile, Manifest,
    parse_manifest, sums_text,
)
from evidencevault.bundle.tarwalk import TarLimits, TarWalker
from evidencevault.crypto import signing
from evidencevault.domain.errors import (
    BundleDamaged, BundleSignatureInvalid, BundleUnreadable, BundleUnsafe,
)


class FileSink(Protocol):
    """Where one file's bytes go while the bundle is read."""

    def write(self, data: memoryview) -> None: ...
    def close(self) -> None: ...
    def discard(self) -> None: ...


SinkFactory = Callable[[BundleFile], FileSink]


@dataclass(frozen=True)
class CheckedFile:
    file: BundleFile
    sha256_ok: bool
    sink: FileSink | None


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose age layer, signature and every hash checked."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    signer_public_key: bytes
    audit_jsonl: bytes
    files: tuple[CheckedFile, ...]
    bytes_read: int

    def discard(self) -> None:
        for f in self.files:
            if f.sink is not None:
                f.sink.discard()


class NullSink:
    """Takes a file's bytes and keeps nothing (the reader still hashes them)."""

    def write(self, data: memoryview) -> None:
        pass

    def close(self) -> None:
        pass

    def discard(self) -> None:
        pass


class _MemorySink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: memoryview) -> None:
        self.data += data

    def close(self) -> None:
        pass


class _Hasher:
    """SHA-256 of the files on a thread of its own, beside decryption and storing.

    hashlib releases the GIL on big buffers, so the hash runs while the other
    threads decrypt and re-encrypt. The views it gets point into plaintext
    pieces that are never written again. A file whose hash does not match
    sets ``failure``; ``finish`` raises it.
    """

    _END = object()

    def __init__(self, depth: int = 64) -> None:
        self._queue: queue.Queue = queue.Queue(depth)
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="bundle-import-hash")
        self._thread.start()

    def update(self, digest, data: memoryview) -> None:  # noqa: ANN001
        if self.failure is not None:
            raise self.failure
        self._queue.put((digest, data))

    def check(self, sink: _HashingSink) -> None:
        self._queue.put((None, sink))

    def _run(self) -> None:
        while (item := self._queue.get()) is not self._END:
            digest, data = item
            if self.failure is not None:
                continue
            if digest is not None:
                digest.update(data)
            elif not hmac.compare_digest(data.digest.hexdigest(), data.file.sha256):
                self.failure = BundleDamaged(
                    detail="a file does not match its SHA-256 in the signed manifest")

    def finish_quietly(self) -> None:
        try:
            self.finish()
        except BaseException:
            pass

    def finish(self) -> None:
        """Wait until every queued byte is hashed; raise a mismatch."""
        if self._thread.is_alive():
            self._queue.put(self._END)
            self._thread.join()
        if self.failure is not None:
            raise self.failure


class _HashingSink:
    def __init__(self, file: BundleFile, inner: FileSink, hasher: _Hasher) -> None:
        self.file, self.inner, self._hasher = file, inner, hasher
        self.digest = hashlib.sha256()
        self.closed = False

    def write(self, data: memoryview) -> None:
        self._hasher.update(self.digest, data)
        self.inner.write(data)

    def close(self) -> None:
        self.inner.close()
        self.closed = True
        self._hasher.check(self)


class _BundleVisitor:
    """Decides, entry by entry, what the tar may hold; keeps metadata in memory."""

    def __init__(self, sink_factory: SinkFactory | None, hasher: _Hasher) -> None:
        self._factory = sink_factory
        self._hasher = hasher
        self.meta: dict[str, _MemorySink] = {}
        self.manifest: Manifest | None = None
        self.manifest_bytes = b""
        self.public_key = b""
        self.file_sinks: list[_HashingSink] = []

    def begin(self, index: int, name: str, size: int):  # noqa: ANN201 - EntrySink
        if index <= len(METADATA_NAMES):
            if index > 1:
                self._after_metadata(METADATA_NAMES[index - 2])
            expected = METADATA_NAMES[index - 1]
            if name != expected:
                raise BundleUnsafe(detail=f"entry {index} is not the expected {expected}")
            if size > METADATA_LIMITS[name]:
                raise BundleUnsafe(detail=f"its {name} is larger than allowed")
            self.meta[name] = _MemorySink()
            return self.meta[name]
        if index == len(METADATA_NAMES) + 1:
            self._after_metadata(METADATA_NAMES[-1])
        return self._begin_file(index, name, size)

    def _begin_file(self, index: int, name: str, size: int) -> _HashingSink:
        files = self.manifest.files
        position = index - len(METADATA_NAMES) - 1
        if position >= len(files):
            raise BundleUnsafe(detail=f"entry {index} is not listed in the signed manifest")
        expected = files[position]
        if name != expected.path:
            raise BundleUnsafe(detail=f"entry {index} is not the file the signed manifest lists there")
        if size != expected.size:
            raise BundleUnsafe(detail=f"entry {index} is not the size the signed manifest announces")
        inner = self._factory(expected) if self._factory else NullSink()
        sink = _HashingSink(expected, inner, self._hasher)
        self.file_sinks.append(sink)
        return sink

    def _after_metadata(self, name: str) -> None:
        """Check each metadata entry as soon as the next one starts (or the files do)."""
        data = bytes(self.meta[name].data)
        if name == MANIFEST_NAME:
            self.manifest_bytes = data
            self.manifest = parse_manifest(data)
        elif name == SIGNER_NAME:
            self.public_key = _check_signature(self.manifest, self.manifest_bytes,
                                               bytes(self.meta[SIGNATURE_NAME].data), data)
        elif name in (README_NAME, AUDIT_NAME) and self.manifest is not None:
            want = self.manifest.readme_sha256 if name == README_NAME else self.manifest.audit_sha256
            if hashlib.sha256(data).hexdigest() != want:
                raise BundleDamaged(detail=f"its {name} does not match the signed manifest")
        elif name == SUMS_NAME:
            m = self.manifest
            if data != sums_text(m.files, m.audit_sha256, m.readme_sha256):
                raise BundleDamaged(detail="its SHA256SUMS does not match the signed manifest")
        if name == README_NAME:
            self._readme = data

    def finish(self) -> None:
        if self.manifest is None or len(self.meta) < len(METADATA_NAMES):
            raise BundleDamaged(detail="it ends before its manifest and signature")
        if len(self.file_sinks) == 0:
            self._after_metadata(METADATA_NAMES[-1])
        self._after_metadata(README_NAME)
        if len(self.file_sinks) != len(self.manifest.files) or not all(
                s.closed for s in self.file_sinks):
            raise BundleDamaged(detail="files listed in its signed manifest are missing")

    def discard(self) -> None:
        for sink in self.file_sinks:
            sink.inner.discard()


def _check_signature(manifest: Manifest, raw: bytes, signature: bytes, pem: bytes) -> bytes:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise BundleSignatureInvalid(detail="its signer.pub is not a public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise BundleSignatureInvalid(detail="its signer.pub is not an Ed25519 key")
    public = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if public.hex() != manifest.signing_key or signing.fingerprint(public) != manifest.fingerprint:
        raise BundleSignatureInvalid(detail="signer.pub is not the key the manifest names")
    if not signing.verify(public, raw, signature):
        raise BundleSignatureInvalid(detail="the signature on manifest.json does not verify")
    return public


class _CountingReader:
    """Counts bytes read from the bundle file (for reports and speed figures)."""

    def __init__(self, raw) -> None:  # noqa: ANN001
        self._raw, self.count = raw, 0

    def read(self, n: int = -1) -> bytes:
        data = self._raw.read(n)
        self.count += len(data)
        return data

    def readline(self, limit: int = -1) -> bytes:
        data = self._raw.readline(limit)
        self.count += len(data)
        return data

    def readinto(self, buffer) -> int:  # noqa: ANN001
        n = self._raw.readinto(buffer)
        self.count += n or 0
        return n


def open_bundle(path: Path, *, identities: list | None = None, passphrase: str | None = None,
                sink_factory: SinkFactory | None = None) -> OpenedBundle:
    """Decrypt and check the bundle at ``path``; raise a typed error on any problem.

    On success the caller owns the sinks (and must keep or discard them); on
    failure every sink has already been discarded.
    """
    hasher = _Hasher()
    visitor = _BundleVisitor(sink_factory, hasher)
    walker = TarWalker(visitor, TarLimits(max_entries=MAX_FILES + len(METADATA_NAMES),
                                          max_entry_size=MAX_FILE_SIZE))
    try:
        with open(path, "rb", buffering=0) as raw:
            source = _CountingReader(raw)
            for piece in agefile.decrypt(source, identities=identities, passphrase=passphrase):
                if hasher.failure is not None:
                    raise hasher.failure
                walker.write(piece)
        walker.finish()
        visitor.finish()
        hasher.finish()
    except BaseException:
        hasher.failure = hasher.failure or BundleDamaged(detail="it was not read to the end")
        hasher.finish_quietly()
        visitor.discard()
        raise
    files = tuple(CheckedFile(s.file, True, s.inner if sink_factory else None)
                  for s in visitor.file_sinks)
    return OpenedBundle(visitor.manifest, visitor.manifest_bytes,
                        bytes(visitor.meta[SIGNATURE_NAME].data), visitor.public_key,
                        bytes(visitor.meta[AUDIT_NAME].data), files, source.count)
