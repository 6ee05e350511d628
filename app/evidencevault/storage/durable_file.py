"""Writing a large new file durably: `.part` → fsync → rename → fsync the folder.

Where the system allows it (Linux, most local file systems) the data goes
straight to the disk with O_DIRECT, from a page-aligned buffer: no copy into
the page cache, and the final fsync has almost nothing left to do. That is
what lets a 1 GiB intake keep pace with SHA-256. Elsewhere the file is written
normally and flushed every 64 MiB so the final fsync stays short.

Callers fill the buffer in place (``buffer(n)`` then ``advance(n)``) to avoid a
copy, or call ``write(data)``.
"""

from __future__ import annotations

import errno
import mmap
import os
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
        self._stage = mmap.mmap(-1, STAGE_SIZE + ALIGN)  # page-aligned, as O_DIRECT needs
        self._view = memoryview(self._stage)
        self._staged = 0
        self.size = 0
        self._unsynced = 0

    def buffer(self, n: int) -> memoryview:
        """A writable region of ``n`` bytes at the end of what is staged (n <= STAGE_SIZE)."""
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
            try:
                done = 0
                while done < len(data):
                    done += self._write(data[done:])
            except OSError as exc:
                raise _disk_error(exc) from exc
            self.size += len(data)
        else:
            self.write(data)

    def _flush(self, *, everything: bool) -> None:
        length = self._staged if everything else self._staged - self._staged % ALIGN
        try:
            done = 0
            while done < length:
                done += self._write(self._view[done:length])
        except OSError as exc:
            raise _disk_error(exc) from exc
        rest = self._staged - length
        if rest:
            self._view[:rest] = self._view[length : self._staged]
        self._staged = rest
        self._unsynced += length
        if not self.direct and self._unsynced >= SYNC_EVERY:
            os.fsync(self.fd)
            self._unsynced = 0

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

    def _finish(self) -> None:
        if self.direct and self._staged:
            pad = -self._staged % ALIGN
            self._view[self._staged : self._staged + pad] = bytes(pad)
            self._staged += pad
            self._flush(everything=True)
            os.ftruncate(self.fd, self.size)
        else:
            self._flush(everything=True)
        os.fsync(self.fd)

    def commit(self, final: Path) -> None:
        """Flush, fsync, rename to ``final`` and fsync the folder."""
        try:
            self._finish()
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
        self._close()
        self.part_path.unlink(missing_ok=True)

    def _close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if not self._stage.closed:
            try:
                self._view.release()
                self._stage.close()
            except BufferError:  # a caller still holds a view; the mapping goes with it
                pass

    def __enter__(self) -> DurableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            self.abort()
