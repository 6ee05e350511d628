"""The media/ folder: encrypted blobs named by random ids.

A blob is written as ``<id>.part``, fsynced, renamed to ``<id>`` and the folder
fsynced; only then may a database row point at it. While a process is writing
a blob (and until its row is committed) it holds an exclusive lock on the
file, so a sweep in another process leaves it alone. The sweep on open removes
unfinished ``.part`` files and blobs that no row points at. Each blob's file
key is kept in the database, wrapped with the vault's media-wrap subkey.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evidencevault.crypto.chunked import KEY_SIZE, ChunkedReader
from evidencevault.domain.errors import MediaDamaged
from evidencevault.storage.durable_file import DurableWriter

try:
    import fcntl
except ImportError:  # Windows: no cross-process guard; the sweep runs only on open
    fcntl = None  # type: ignore[assignment]

MEDIA_CONTEXT = b"evidence-vault/media/v1"
_WRAP_AAD = b"evidence-vault/media-key/v1:"
_ID = re.compile(r"^[0-9a-f]{32}$")
PART = ".part"


def new_blob_id() -> str:
    return secrets.token_hex(16)


def new_file_key() -> bytes:
    return os.urandom(KEY_SIZE)


@dataclass(frozen=True)
class SweepReport:
    unfinished_removed: int
    orphans_removed: int

    @property
    def anything(self) -> bool:
        return bool(self.unfinished_removed or self.orphans_removed)


class _Hold:
    """An exclusive lock on a blob file, held until released (no-op without fcntl)."""

    def __init__(self, path: Path) -> None:
        self.fd = -1
        if fcntl is not None:
            self.fd = os.open(path, os.O_RDONLY)
            fcntl.flock(self.fd, fcntl.LOCK_EX)

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class NewBlob:
    """A blob being written. ``commit()`` makes the file final (still locked);
    ``release()`` after the database row is committed; ``discard()`` on failure."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        self.id = new_blob_id()
        self.key = new_file_key()
        self.part_path = store.folder / (self.id + PART)
        self.writer = DurableWriter(self.part_path)
        self._hold = _Hold(self.part_path)
        self.committed = False

    @property
    def path(self) -> Path:
        return self.store.folder / self.id

    def commit(self) -> int:
        """fsync → rename → fsync folder; returns the size on disk."""
        self.writer.commit(self.path)
        self.committed = True
        return self.path.stat().st_size

    def release(self) -> None:
        self._hold.release()

    def discard(self) -> None:
        self.writer.abort()
        if self.committed:
            self.path.unlink(missing_ok=True)
        self.release()


class BlobStore:
    def __init__(self, folder: Path, wrap_key: bytes) -> None:
        self.folder = folder
        self._wrap = AESGCM(wrap_key)
        folder.mkdir(parents=True, exist_ok=True)

    def new_blob(self) -> NewBlob:
        return NewBlob(self)

    def path(self, blob_id: str) -> Path:
        if not _ID.match(blob_id):
            raise MediaDamaged(detail="its name in the database is not a blob id")
        return self.folder / blob_id

    def wrap_key(self, blob_id: str, file_key: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._wrap.encrypt(nonce, file_key, _WRAP_AAD + blob_id.encode())

    def unwrap_key(self, blob_id: str, wrapped: bytes) -> bytes:
        try:
            return self._wrap.decrypt(wrapped[:12], wrapped[12:], _WRAP_AAD + blob_id.encode())
        except InvalidTag:
            raise MediaDamaged(detail="its key in the database does not unwrap") from None

    def open(self, blob_id: str, wrapped_key: bytes) -> tuple[BinaryIO, ChunkedReader]:
        """Open a blob for authenticated reading; the caller closes the file."""
        key = self.unwrap_key(blob_id, wrapped_key)
        try:
            fileobj = open(self.path(blob_id), "rb", buffering=0)
        except FileNotFoundError:
            raise MediaDamaged(detail="its file is missing from the media folder") from None
        try:
            return fileobj, ChunkedReader(fileobj, key, MEDIA_CONTEXT)
        except BaseException:
            fileobj.close()
            raise

    def open_for_reading(self, blob_id: str) -> int:
        """A read-only descriptor for bulk reads of a sealed blob.

        Reads go through the page cache: a blob read again soon (a verify, then an
        export) comes from memory, and the cache only ever holds ciphertext. (O_DIRECT
        here measured 0.9 GB/s on a cached blob against 1.6-1.8 GB/s buffered.)
        """
        fd = os.open(self.path(blob_id), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        return fd

    def delete(self, blob_id: str) -> None:
        self.path(blob_id).unlink(missing_ok=True)

    def sweep(self, is_known: Callable[[str], bool]) -> SweepReport:
        """Remove unfinished ``.part`` files and blobs no row points at.

        A file another process is still writing is locked and left alone;
        ``is_known`` is asked again once the lock is ours, so a row committed
        meanwhile keeps its blob.
        """
        unfinished = orphans = 0
        for entry in sorted(self.folder.iterdir()):
            name = entry.name
            if name.endswith(PART) and _ID.match(name[: -len(PART)]):
                unfinished += _remove_unless_busy(entry, lambda: True)
            elif _ID.match(name) and not is_known(name):
                orphans += _remove_unless_busy(entry, lambda n=name: not is_known(n))
        return SweepReport(unfinished, orphans)


def _remove_unless_busy(path: Path, still_unwanted: Callable[[], bool]) -> int:
    if fcntl is None:
        if not still_unwanted():
            return 0
        path.unlink(missing_ok=True)
        return 1
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return 0
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return 0
    try:
        if not still_unwanted():
            return 0
        path.unlink(missing_ok=True)
        return 1
    finally:
        os.close(fd)
