"""Write a bundle: signed manifest + audit entries + files, as tar, inside age.

The caller (services/bundles.py) says what goes in: each file with its
expected SHA-256 and a function that yields its bytes. The writer streams
everything once; with ``recheck`` a file's bytes are hashed on the way and the
export fails (``HashMismatch``) unless they equal the hash the manifest
announces. Reading (and hashing) run on a helper thread while ``pyrage``
encrypts, so the export goes about as fast as age encryption alone. Output is written to
``<out>.part``, fsynced and renamed; on any failure or cancel nothing is left.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from evidencevault.bundle import agefile
from evidencevault.bundle.manifest import (
    AUDIT_NAME, MANIFEST_NAME, README_NAME, SIGNATURE_NAME, SIGNER_NAME, SUMS_NAME,
    BundleFile, Checkpoint, Manifest, sums_text,
)
from evidencevault.bundle.readme import readme_bytes
from evidencevault.bundle.tarwrite import ChunkReader, TarEntry, tar_chunks
from evidencevault.crypto import signing
from evidencevault.domain.errors import BundleWriteFailed, DiskFull, ExportCancelled, HashMismatch
from evidencevault.storage.atomic import fsync_dir

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportSource:
    """One file to put in the bundle, and how to read it (an iterable of byte chunks)."""

    file: BundleFile
    chunks: Callable[[], Iterable[bytes]]
    recheck: bool = True   # hash the bytes on the way and fail unless they match file.sha256


@dataclass
class BundleContent:
    sources: list[ExportSource]
    audit_jsonl: bytes
    audit_entries: int
    checkpoint: Checkpoint
    signing_key: bytes              # raw Ed25519 private key
    created_at: str
    exporter: dict = field(default_factory=dict)
    cases: list[dict] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    left_out: list[dict] = field(default_factory=list)
    records: dict = field(default_factory=dict)


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    size: int
    manifest: Manifest
    manifest_bytes: bytes


def make_manifest(content: BundleContent) -> tuple[Manifest, bytes, bytes]:
    """The manifest, its canonical bytes and its Ed25519 signature."""
    public = signing.public_key_of(content.signing_key)
    files = tuple(s.file for s in content.sources)
    audit_sha = hashlib.sha256(content.audit_jsonl).hexdigest()
    readme_sha = hashlib.sha256(readme_bytes()).hexdigest()
    manifest = Manifest(
        created_at=content.created_at, signing_key=public.hex(),
        fingerprint=signing.fingerprint(public), checkpoint=content.checkpoint, files=files,
        audit_sha256=audit_sha, audit_entries=content.audit_entries, readme_sha256=readme_sha,
        sums_sha256=hashlib.sha256(sums_text(files, audit_sha, readme_sha)).hexdigest(),
        exporter=content.exporter, cases=tuple(content.cases), options=content.options,
        left_out=tuple(content.left_out), records=content.records)
    raw = manifest.to_bytes()
    return manifest, raw, signing.sign(content.signing_key, raw)


def tar_entries(content: BundleContent, manifest: Manifest, raw: bytes,
                signature: bytes) -> list[TarEntry]:
    public = bytes.fromhex(manifest.signing_key)
    sums = sums_text(manifest.files, manifest.audit_sha256, manifest.readme_sha256)
    entries = [TarEntry.of_bytes(README_NAME, readme_bytes()),
               TarEntry.of_bytes(MANIFEST_NAME, raw),
               TarEntry.of_bytes(SIGNATURE_NAME, signature),
               TarEntry.of_bytes(SIGNER_NAME, signing.public_key_pem(public)),
               TarEntry.of_bytes(AUDIT_NAME, content.audit_jsonl),
               TarEntry.of_bytes(SUMS_NAME, sums)]
    for source in content.sources:
        chunks = _checked(source) if source.recheck else source.chunks
        entries.append(TarEntry(source.file.path, source.file.size, chunks))
    return entries


def _checked(source: ExportSource) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        digest = hashlib.sha256()
        for chunk in source.chunks():
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != source.file.sha256:
            raise HashMismatch()
    return chunks


def write_bundle(out: Path, content: BundleContent, *, recipients: list[str] | None = None,
                 passphrase: str | None = None, progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None) -> WrittenBundle:
    """Write the bundle to ``out`` (atomically). Exactly one of recipients/passphrase."""
    if bool(recipients) == (passphrase is not None):
        raise ValueError("give recipients or a passphrase")
    parsed = [agefile.parse_recipient(r) for r in recipients or []]
    manifest, raw, signature = make_manifest(content)
    mtime = _epoch(content.created_at)
    chunks = tar_chunks(tar_entries(content, manifest, raw, signature), mtime)
    meter = _Meter(manifest.total_size(), progress, cancel)
    out = Path(out)
    part = out.with_name(out.name + ".part")
    try:
        with open(part, "wb") as sink:
            if parsed:
                _encrypt_stream(chunks, sink, parsed, meter)
            else:
                plaintext = b"".join(meter.counted(chunks, agefile.PASSPHRASE_LIMIT))
                sink.write(agefile.encrypt_with_passphrase(plaintext, passphrase))
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(part, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    return WrittenBundle(out, out.stat().st_size, manifest, raw)


def _encrypt_stream(chunks: Iterator[bytes], sink, recipients, meter: _Meter) -> None:  # noqa: ANN001
    ahead = _Prefetch(chunks)
    reader = io.BufferedReader(ChunkReader(meter.counted(iter(ahead), None)), 1 << 20)
    try:
        agefile.encrypt_to(reader, sink, recipients)
    except pyrage.EncryptError as exc:
        ahead.stop()
        if meter.failure is not None:
            raise meter.failure from None
        if ahead.failure is not None:
            raise ahead.failure from None
        raise _write_error(str(exc)) from None
    finally:
        ahead.stop()
    if ahead.failure is not None:
        raise ahead.failure


class _Meter:
    """Counts bytes for the progress callback and checks for cancel between chunks."""

    def __init__(self, total: int, progress: Progress | None, cancel: Callable[[], bool] | None):
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel
        self._next_report = 0
        self.failure: BaseException | None = None

    def counted(self, chunks: Iterable[bytes], limit: int | None) -> Iterator[bytes]:
        for chunk in chunks:
            self.done += len(chunk)
            if limit is not None and self.done > limit:
                self.failure = agefile.BundleTooLarge(limit_mib=limit >> 20)
                raise self.failure
            if self._cancel is not None and self._cancel():
                self.failure = ExportCancelled()
                raise self.failure
            if self._progress is not None and self.done >= self._next_report:
                self._progress(min(self.done, self.total), self.total)
                self._next_report = self.done + (4 << 20)
            yield chunk
        if self._progress is not None:
            self._progress(self.total, self.total)


class _Prefetch:
    """Run an iterator on a helper thread, a few chunks ahead of the consumer."""

    _END = object()

    def __init__(self, chunks: Iterator[bytes], depth: int = 8) -> None:
        self._queue: queue.Queue = queue.Queue(depth)
        self._stopped = threading.Event()
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(chunks,), daemon=True,
                                        name="bundle-export-reader")
        self._thread.start()

    def _run(self, chunks: Iterator[bytes]) -> None:
        try:
            for chunk in chunks:
                if not self._put(chunk):
                    return
        except BaseException as exc:  # handed to the consumer
            self.failure = exc
        self._put(self._END)

    def _put(self, item: object) -> bool:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[bytes]:
        while True:
            item = self._queue.get()
            if item is self._END:
                if self.failure is not None:
                    raise self.failure
                return
            yield item

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()


def _write_error(text: str) -> Exception:
    """pyrage reports a failed write as text: 'OSError: [Errno 28] ...' or '... (os error 28)'."""
    match = re.search(r"\[Errno (\d+)\]|os error (\d+)", text)
    code = int(match.group(1) or match.group(2)) if match else 0
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    detail = os.strerror(code) if code else "the encryption stopped"
    return BundleWriteFailed(detail=detail)


def _epoch(iso: str) -> int:
    from datetime import datetime

    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())

