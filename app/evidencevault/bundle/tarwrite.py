"""A deterministic tar stream, produced on demand as a readable file object.

Plain POSIX ustar (pax extended headers only when a name or size needs one),
regular files only, every entry owned by 0:0 with mode 0644 and the same
modification time, in the order given. ``pyrage.encrypt_io`` pulls from it, so
the whole bundle is never held in memory.
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable, Iterable, Iterator

BLOCK = 512
RECORD = 20 * BLOCK
CHUNK = 1 << 20


def entry_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class TarEntry:
    """A name, a size and a way to get the bytes (called once, when the stream reaches it)."""

    def __init__(self, name: str, size: int, chunks: Callable[[], Iterable[bytes]]) -> None:
        self.name = name
        self.size = size
        self.chunks = chunks

    @classmethod
    def of_bytes(cls, name: str, data: bytes) -> TarEntry:
        return cls(name, len(data), lambda: (data,))


def tar_chunks(entries: Iterable[TarEntry], mtime: int) -> Iterator[bytes]:
    """Yield the tar stream; raises ValueError if an entry yields more or fewer bytes than announced."""
    total = 0
    for entry in entries:
        header = entry_header(entry.name, entry.size, mtime)
        yield header
        written = 0
        for chunk in entry.chunks():
            written += len(chunk)
            if written > entry.size:
                raise ValueError("an entry produced more bytes than announced")
            yield chunk
        if written != entry.size:
            raise ValueError("an entry produced fewer bytes than announced")
        yield padding(entry.size)
        total += len(header) + entry.size + len(padding(entry.size))
    end = 2 * BLOCK
    yield b"\0" * (end + (-(total + end) % RECORD))


class ChunkReader(io.RawIOBase):
    """A raw readable over an iterator of byte chunks (wrap in io.BufferedReader)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - buffer protocol
        out = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(out):
            if not self._current:
                nxt = next(self._chunks, None)
                if nxt is None:
                    break
                self._current = memoryview(nxt).cast("B")
                continue
            n = min(len(out) - filled, len(self._current))
            out[filled:filled + n] = self._current[:n]
            self._current = self._current[n:]
            filled += n
        return filled
