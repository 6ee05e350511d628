"""Writing a large new file durably: `.part` → fsync → rename → fsync the folder.

Where the system allows it (Linux, most local file systems) the data goes
straight to the disk with O_DIRECT, from a page-aligned buffer: no copy into
the page cache, and the final fsync has almost nothing left to do. That is
what lets a 1 GiB intake keep pace with SHA-256. Elsewhere the file is written
normally and flushed every 64 MiB so the final fsync stays short.

Callers fill the buffer in place (``buffer(n)`` then ``advance(n)``) to avoid a
copy, or call ``write(data)``.

The disk writes themselves happen behind the caller: once a file has filled
its first stage, a writer thread takes each full stage while the caller fills
the other one. An O_DIRECT write blocks until the disk has the data (about
0.35 s per GiB here), time the caller would otherwise spend not decrypting or
encrypting. A write that fails is raised at the caller's next flush or at
``commit``; nothing is final before ``commit`` in any case.
"""

from __future__ import annotations

import errno
import mmap
import os
import queue
import threading
import traceback
from pathlib import Path

from evidencevault.domain.errors import DiskFull

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
from evidencevault.storage.atomic import fsync_dir

ALIGN = 4096
STAGE_SIZE = 8 * 1024 * 1024
SYNC_EVERY = 64 * 1024 * 1024
_O_DIRECT = getattr(os, "O_DIRECT", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def _disk_error(exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    return exc


class DurableWriter:
    """A new file at ``part_path`` that becomes ``final`` only through ``commit``."""

    def __init__(self, part_path: Path, *, direct: bool = True) -> None:
        self.part_path = part_path
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY
        self.fd = -1
        self.direct = False
        if direct and _O_DIRECT:
            try:
                self.fd = os.open(part_path, flags | _O_DIRECT, 0o600)
                self.direct = True
            except OSError as exc:
                if exc.errno != errno.EINVAL:  # EINVAL: this file system refuses O_DIRECT
                    raise _disk_error(exc) from exc
        if self.fd < 0:
            self.fd = os.open(part_path, flags, 0o600)
        self._stage = _new_stage()
        self._view = memoryview(self._stage)
        self._staged = 0
        self.size = 0
        self._unsynced = 0
        self._behind: _WriteBehind | None = None
        self._failure: BaseException | None = None   # a write that failed stays failed
        self._written_out = False

    def buffer(self, n: int) -> memoryview:
        """A writable region of ``n`` bytes at the end of what is staged (n <= STAGE_SIZE)."""
        if self._written_out:
            raise ValueError("this file was already written out")
        if self._staged + n > len(self._view):
            self._flush(everything=not self.direct)
        if n > len(self._view) - self._staged:
            raise ValueError("a single write is larger than the staging buffer")
        return self._view[self._staged : self._staged + n]

    def advance(self, n: int) -> None:
        """Mark ``n`` bytes of the last ``buffer()`` as written."""
        self._staged += n
        self.size += n
        if self._staged >= STAGE_SIZE // 2:
            self._flush(everything=not self.direct)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        data = memoryview(data).cast("B")
        while data:
            n = min(len(data), STAGE_SIZE // 2)
            self.buffer(n)[:] = data[:n]
            self.advance(n)
            data = data[n:]

    def write_aligned(self, data: memoryview) -> None:
        """Like ``write``, for data that starts on a page boundary (an mmap): skips the copy when it can."""
        if self.direct and self._staged == 0 and len(data) % ALIGN == 0:
            self._drain()   # keep the order of writes
            try:
                done = 0
                while done < len(data):
                    done += self._write(data[done:])
            except OSError as exc:
                raise _disk_error(exc) from exc
            self.size += len(data)
        else:
            self.write(data)

    def _flush(self, *, everything: bool, last: bool = False) -> None:
        """Hand the staged bytes (all, or the page-aligned part) to the writer thread.

        The ``last`` flush of a file that never filled a stage is written here:
        a small file needs no thread.
        """
        length = self._staged if everything else self._staged - self._staged % ALIGN
        if not length:
            return
        if last and self._behind is None:
            self._write_out(self._view, length)
            self._staged = 0
            return
        if self._behind is None:
            self._behind = _WriteBehind(self._write_out)
        view = self._view
        self._stage = self._behind.submit(self._stage, length)   # raises an earlier failure
        self._view = memoryview(self._stage)
        rest = self._staged - length
        if rest:
            self._view[:rest] = view[length : self._staged]      # the writer reads only [:length]
        view.release()
        self._staged = rest

    def _write_out(self, view: memoryview, length: int) -> None:
        """On the writer thread: write ``view[:length]`` fully; flush now and then if buffered."""
        try:
            done = 0
            while done < length:
                done += self._write(view[done:length])
            self._unsynced += length
            if not self.direct and self._unsynced >= SYNC_EVERY:
                os.fsync(self.fd)
                self._unsynced = 0
        except OSError as exc:
            raise _disk_error(exc) from exc

    def _drain(self) -> None:
        """Wait until every handed-over byte is written; raise what failed (now and later)."""
        if self._behind is not None:
            behind, self._behind = self._behind, None
            try:
                behind.finish()
            except BaseException as exc:
                self._failure = exc
                raise
        if self._failure is not None:
            raise self._failure

    def _write(self, data: memoryview) -> int:
        try:
            return os.write(self.fd, data)
        except OSError as exc:
            if not (self.direct and exc.errno == errno.EINVAL):
                raise
        # the file system accepted O_DIRECT when opening but refuses it now: write normally
        self.direct = False
        if fcntl is not None:
            fcntl.fcntl(self.fd, fcntl.F_SETFL, fcntl.fcntl(self.fd, fcntl.F_GETFL) & ~_O_DIRECT)
        return os.write(self.fd, data)

    def finish_writing(self) -> None:
        """Write out everything staged, stop the writer thread and free the stages.

        Only the descriptor stays open until ``commit``: a caller holding many
        finished files (an import commits them all at its end) keeps no buffers.
        """
        if self._written_out:
            return
        if self._failure is not None:
            raise self._failure
        try:
            padded = self.direct and self._staged
            if padded:   # O_DIRECT writes whole pages: pad, then cut the file back to its size
                pad = -self._staged % ALIGN
                self._view[self._staged : self._staged + pad] = bytes(pad)
                self._staged += pad
            self._flush(everything=True, last=True)
            self._drain()
            if padded:
                os.ftruncate(self.fd, self.size)
        except OSError as exc:
            self._failure = _disk_error(exc)
            raise self._failure from exc
        except BaseException as exc:
            self._failure = self._failure or exc
            raise
        self._written_out = True
        self._free_stage()

    def commit(self, final: Path) -> None:
        """Flush, fsync, rename to ``final`` and fsync the folder."""
        try:
            self.finish_writing()
            os.fsync(self.fd)
            self._close()
            os.replace(self.part_path, final)
            fsync_dir(final.parent)
        except OSError as exc:
            self.abort()
            raise _disk_error(exc) from exc
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Close and delete the unfinished file (safe to call more than once)."""
        if self._behind is not None:
            self._behind.finish_quietly()
            self._behind = None
        self._close()
        self.part_path.unlink(missing_ok=True)

    def _close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        self._free_stage()

    def _free_stage(self) -> None:
        if not self._stage.closed:
            _close_stage(self._stage, self._view)

    def __enter__(self) -> DurableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            self.abort()


def _new_stage() -> mmap.mmap:
    return mmap.mmap(-1, STAGE_SIZE + ALIGN)  # page-aligned, as O_DIRECT needs


def _close_stage(stage: mmap.mmap, view: memoryview | None = None) -> None:
    try:
        if view is not None:
            view.release()
        stage.close()
    except BufferError:  # something still holds a view; the mapping goes with it
        pass


class _WriteBehind:
    """One writer thread and a second stage: the caller fills one while the other is written.

    ``submit`` hands over a full stage and returns a free one (waiting only when
    the disk is behind by a whole stage). The first failure is kept and raised
    at the next ``submit`` or at ``finish``; later stages are then skipped.
    """

    def __init__(self, write_out) -> None:  # noqa: ANN001
        self._write_out = write_out
        self._todo: queue.SimpleQueue = queue.SimpleQueue()
        self._free: queue.SimpleQueue = queue.SimpleQueue()
        self._spare: mmap.mmap | None = _new_stage()
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="durable-write")
        self._thread.start()

    def submit(self, stage: mmap.mmap, length: int) -> mmap.mmap:
        if self.failure is not None:
            raise self.failure
        self._todo.put((stage, length))
        if self._spare is not None:
            spare, self._spare = self._spare, None
            return spare
        return self._free.get()

    def _run(self) -> None:
        while (item := self._todo.get()) is not None:
            stage, length = item
            if self.failure is None:
                try:
                    with memoryview(stage) as view:
                        self._write_out(view, length)
                except BaseException as exc:  # raised on the caller's thread
                    _forget_locals(exc)
                    self.failure = exc
            self._free.put(stage)

    def finish(self) -> None:
        self.finish_quietly()
        if self.failure is not None:
            raise self.failure

    def finish_quietly(self) -> None:
        if self._thread.is_alive():
            self._todo.put(None)
            self._thread.join()
        stages = [self._free.get() for _ in range(self._free.qsize())]
        if self._spare is not None:
            stages.append(self._spare)
            self._spare = None
        for stage in stages:
            _close_stage(stage)


def _forget_locals(exc: BaseException) -> None:
    """Drop the frames' locals kept by ``exc`` (views of a stage) so the stage can close."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__
