"""Reading a blob's ciphertext one block ahead of decryption, in its own thread.

With a descriptor opened with O_DIRECT the bytes go from the disk straight to
page-aligned buffers: no page-cache copy, which on this kind of machine costs
more than the decryption itself. Reads are widened to whole 4 KiB pages, as
O_DIRECT requires; each block is exactly the ciphertext of its chunks.
"""

from __future__ import annotations

import errno
import mmap
import os
import queue
import threading

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from evidencevault.crypto.chunked import SEALED_CHUNK_SIZE, ChunkedReader
from evidencevault.domain.errors import MediaDamaged

ALIGN = 4096


class SealedBlocks:
    """Yields (first chunk index, slot, ciphertext view) for consecutive blocks of chunks."""

    def __init__(self, fd: int, reader: ChunkedReader, chunks_per_block: int, depth: int = 3) -> None:
        self._fd = fd
        self._spans = [(first, *reader.sealed_span(first, chunks_per_block))
                       for first in range(0, reader.chunk_count, chunks_per_block)]
        size = chunks_per_block * SEALED_CHUNK_SIZE + 2 * ALIGN
        self._buffers = [mmap.mmap(-1, size) for _ in range(depth)]  # page-aligned
        self._free: queue.Queue[int] = queue.Queue()
        for slot in range(depth):
            self._free.put(slot)
        self._ready: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="evidence-read-ahead")
        self._thread.start()

    def _run(self) -> None:
        try:
            for first, start, length in self._spans:
                slot = self._free.get()
                if self._stop.is_set():
                    return
                self._ready.put((first, slot, self._read(slot, start, length)))
            self._ready.put(None)
        except BaseException as exc:  # handed to the consumer
            self._ready.put(exc)

    def _read(self, slot: int, start: int, length: int) -> memoryview:
        lo = start - start % ALIGN
        end = start + length
        hi = end + (-end % ALIGN)
        view = memoryview(self._buffers[slot])[: hi - lo]
        got = 0
        while got < len(view):
            n = self._pread(view[got:], lo + got)
            if n == 0:
                break
            got += n
        if got < end - lo:
            raise MediaDamaged(detail="it was cut short while being read")
        return view[start - lo : end - lo]

    def _pread(self, view: memoryview, offset: int) -> int:
        try:
            return os.preadv(self._fd, [view], offset)
        except OSError as exc:
            if exc.errno != errno.EINVAL or fcntl is None:
                raise
        # opened with O_DIRECT but refused now: read through the page cache instead
        fcntl.fcntl(self._fd, fcntl.F_SETFL, fcntl.fcntl(self._fd, fcntl.F_GETFL) & ~getattr(os, "O_DIRECT", 0))
        return os.preadv(self._fd, [view], offset)

    def next(self) -> tuple[int, int, memoryview] | None:
        item = self._ready.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def release(self, slot: int) -> None:
        self._free.put(slot)

    def close(self) -> None:
        self._stop.set()
        self._free.put(0)  # wakes the thread if it waits for a buffer
        self._thread.join()
