"""A small fan-out pipeline: one producer fills big buffers, several stages consume each.

Hashing (SHA-256) and AES-GCM both release the GIL on large buffers, so running
them in separate threads over the same 4 MiB blocks lets intake go as fast as
the slower of the two instead of their sum. Memory is ``depth`` buffers,
whatever the file size.
"""

from __future__ import annotations

import mmap
import queue
import threading
from collections.abc import Callable

BLOCK_SIZE = 4 * 1024 * 1024
DEPTH = 4

Fill = Callable[[memoryview], int]
Stage = Callable[[memoryview], None]


class _StageThread(threading.Thread):
    def __init__(self, work: Stage, release: Callable[[int], None]) -> None:
        super().__init__(daemon=True, name="evidence-pipeline-stage")
        self.work = work
        self.release = release
        self.inbox: queue.Queue[tuple[int, memoryview] | None] = queue.Queue()
        self.error: BaseException | None = None

    def run(self) -> None:
        while True:
            item = self.inbox.get()
            if item is None:
                return
            slot, view = item
            if self.error is None:
                try:
                    self.work(view)
                except BaseException as exc:  # handed back to the producer's thread
                    self.error = exc
            self.release(slot)


def run_pipeline(
    fill: Fill,
    stages: list[Stage],
    *,
    after_block: Callable[[int], None] | None = None,
    block_size: int = BLOCK_SIZE,
    depth: int = DEPTH,
) -> int:
    """Run ``fill`` in this thread and every stage in its own thread, block by block, in order.

    ``fill(buffer)`` returns how many bytes it put at the start of the buffer;
    0 ends the stream (a short fill does not). Buffers start on a page boundary. ``after_block(total)`` runs in
    this thread after each block: report progress there, or raise to stop.
    The first error of any stage or of ``fill`` is raised here once every
    thread has stopped. Returns the total number of bytes produced.
    """
    buffers = [mmap.mmap(-1, block_size) for _ in range(depth)]  # page-aligned, for O_DIRECT
    free: queue.Queue[int] = queue.Queue()
    for slot in range(depth):
        free.put(slot)
    pending = [0] * depth
    lock = threading.Lock()

    def release(slot: int) -> None:
        with lock:
            pending[slot] -= 1
            if pending[slot] == 0:
                free.put(slot)

    threads = [_StageThread(stage, release) for stage in stages]
    for t in threads:
        t.start()
    total = 0
    try:
        while not any(t.error for t in threads):
            slot = free.get()
            n = fill(memoryview(buffers[slot]))
            if n == 0:
                break
            total += n
            with lock:
                pending[slot] = len(threads)
            for t in threads:
                t.inbox.put((slot, memoryview(buffers[slot])[:n]))
            if after_block is not None:
                after_block(total)
    finally:
        for t in threads:
            t.inbox.put(None)
        for t in threads:
            t.join()
    for t in threads:
        if t.error is not None:
            raise t.error
    return total
