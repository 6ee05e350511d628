"""Streaming files into and out of the encrypted media format.

Into: read the original in big blocks; one thread takes SHA-256, another
encrypts and writes. Out: decrypt in this thread; one thread takes SHA-256,
another writes. Both keep a handful of 4 MiB buffers in memory, whatever the
file size, and call ``progress(done, total)`` and ``cancel()`` once per block
from the thread that called them.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from evidencevault.crypto.chunked import CHUNK_SIZE, ChunkedEncryptor, ChunkedReader
from evidencevault.domain.errors import HashMismatch, IntakeCancelled
from evidencevault.intake.pipeline import BLOCK_SIZE, run_pipeline
from evidencevault.intake.read_ahead import SealedBlocks

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
READ_AHEAD_BLOCKS = 8  # ask the disk for the next 32 MiB while this block is decrypted


class Sink(Protocol):
    """Where encrypted or decrypted bytes go (storage.durable_file.DurableWriter)."""

    def buffer(self, n: int) -> memoryview: ...

    def advance(self, n: int) -> None: ...

    def write(self, data: bytes | bytearray | memoryview) -> None: ...

    def write_aligned(self, data: memoryview) -> None: ...


class SourceUnreadable(OSError):
    """Reading the original failed (as opposed to writing the vault's copy)."""


@dataclass(frozen=True)
class StreamResult:
    sha256: str
    size: int


def _after_block(total: int, progress: Progress | None, cancel: Cancel | None) -> Callable[[int], None]:
    def check(done: int) -> None:
        if cancel is not None and cancel():
            raise IntakeCancelled(count=0)
        if progress is not None:
            progress(done, total)

    return check


class _SealingWriter:
    """Pipeline stage: encrypt whole blocks straight into the sink's buffer."""

    def __init__(self, sink: Sink, encryptor: ChunkedEncryptor) -> None:
        self.sink = sink
        self.encryptor = encryptor

    def __call__(self, block: memoryview) -> None:
        out = self.sink.buffer(ChunkedEncryptor.max_output(len(block)))
        self.sink.advance(self.encryptor.update_into(block, out))
        out.release()

    def finish(self) -> None:
        self.sink.write(self.encryptor.finalize())


def seal_stream(
    source: BinaryIO,
    sink: Sink,
    input_key: bytes,
    context: bytes,
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> StreamResult:
    """Encrypt ``source`` into ``sink``; return the plaintext SHA-256 and size.

    The caller commits the sink (fsync, rename); nothing here touches the database.
    """
    encryptor = ChunkedEncryptor(input_key, context)
    sink.write(encryptor.header)
    digest = hashlib.sha256()
    writer = _SealingWriter(sink, encryptor)

    def fill(buf: memoryview) -> int:
        got = 0
        while got < len(buf):  # keep blocks whole so every chunk but the last is full
            try:
                n = source.readinto(buf[got:])
            except OSError as exc:
                raise SourceUnreadable(exc.errno, exc.strerror) from exc
            if not n:
                break
            got += n
        return got

    size = run_pipeline(fill, [digest.update, writer], after_block=_after_block(total, progress, cancel))
    writer.finish()
    return StreamResult(sha256=digest.hexdigest(), size=size)


def open_stream(
    reader: ChunkedReader,
    sink: Sink,
    expected_sha256: str,
    *,
    direct_fd: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> StreamResult:
    """Decrypt the whole of ``reader`` into ``sink`` and check SHA-256 against ``expected_sha256``.

    ``direct_fd``, if given, is a second descriptor on the same file (ideally
    opened with O_DIRECT) that a read-ahead thread uses for the bulk reads.
    Raises HashMismatch (after writing) if the hash differs: the caller must
    then discard what was written. MediaDamaged if any chunk fails.
    """
    digest = hashlib.sha256()
    per_block = BLOCK_SIZE // CHUNK_SIZE
    blocks = SealedBlocks(direct_fd, reader, per_block) if direct_fd is not None and hasattr(os, "preadv") else None
    next_chunk = 0

    def fill(buf: memoryview) -> int:
        nonlocal next_chunk
        if blocks is not None:
            item = blocks.next()
            if item is None:
                return 0
            first, slot, sealed = item
            try:
                return reader.open_sealed_into(first, sealed, buf)
            finally:
                blocks.release(slot)
        if next_chunk >= reader.chunk_count:
            return 0
        reader.prefetch(next_chunk + per_block, READ_AHEAD_BLOCKS * per_block)
        n = reader.decrypt_chunks_into(next_chunk, buf)
        next_chunk += per_block
        return n

    try:
        size = run_pipeline(fill, [digest.update, sink.write_aligned],
                            after_block=_after_block(reader.size, progress, cancel))
    finally:
        if blocks is not None:
            blocks.close()
    if size == reader.size:  # a message of whole chunks ends with an empty chunk: authenticate it too
        reader.verify_length()
    result = StreamResult(sha256=digest.hexdigest(), size=size)
    if not hmac.compare_digest(result.sha256, expected_sha256) or size != reader.size:
        raise HashMismatch()
    return result
