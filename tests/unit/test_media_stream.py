"""Streaming into and out of the media format through real files (no database)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from evidencevault.crypto import chunked
from evidencevault.crypto.chunked import CHUNK_SIZE, ChunkedReader
from evidencevault.domain.errors import HashMismatch, IntakeCancelled, MediaDamaged
from evidencevault.intake.pipeline import BLOCK_SIZE
from evidencevault.intake.stream import open_stream, seal_stream
from evidencevault.storage.durable_file import DurableWriter

KEY = os.urandom(32)
CTX = b"test"
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, BLOCK_SIZE - 1, BLOCK_SIZE, BLOCK_SIZE + 1,
         BLOCK_SIZE + CHUNK_SIZE, 2 * BLOCK_SIZE + 12345]


def seal(tmp_path: Path, data: bytes, *, direct: bool = True) -> Path:
    final = tmp_path / "blob"
    writer = DurableWriter(tmp_path / "blob.part", direct=direct)
    result = seal_stream(io.BytesIO(data), writer, KEY, CTX, total=len(data))
    writer.commit(final)
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.size == len(data)
    assert not (tmp_path / "blob.part").exists()
    return final


def unseal(path: Path, expected: str, out: Path, *, direct_read: bool, direct_write: bool = True) -> bytes:
    with open(path, "rb", buffering=0) as f:
        reader = ChunkedReader(f, KEY, CTX)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECT", 0)) if direct_read else None
        writer = DurableWriter(out.with_name(out.name + ".part"), direct=direct_write)
        try:
            open_stream(reader, writer, expected, direct_fd=fd)
        except BaseException:
            writer.abort()
            raise
        finally:
            if fd is not None:
                os.close(fd)
        writer.commit(out)
    return out.read_bytes()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("direct", [True, False], ids=["direct", "buffered"])
def test_round_trip_through_files(tmp_path, size, direct):
    data = os.urandom(size)
    blob = seal(tmp_path, data, direct=direct)
    assert blob.stat().st_size == chunked.sealed_size(size)
    assert chunked.decrypt(blob.read_bytes(), KEY, CTX) == data
    digest = hashlib.sha256(data).hexdigest()
    assert unseal(blob, digest, tmp_path / "out", direct_read=direct, direct_write=direct) == data


@pytest.mark.parametrize("direct_read", [True, False])
def test_damage_and_wrong_hash_are_refused_without_output(tmp_path, direct_read):
    data = os.urandom(BLOCK_SIZE + 3 * CHUNK_SIZE + 7)
    blob = seal(tmp_path, data)
    digest = hashlib.sha256(data).hexdigest()
    with pytest.raises(HashMismatch):
        unseal(blob, "0" * 64, tmp_path / "a", direct_read=direct_read)
    assert not (tmp_path / "a").exists() and not (tmp_path / "a.part").exists()
    sealed = bytearray(blob.read_bytes())
    for damage in ("flip", "truncate-chunk", "truncate-final", "append"):
        copy = tmp_path / f"damaged-{damage}"
        bad = bytearray(sealed)
        if damage == "flip":
            bad[BLOCK_SIZE + 999] ^= 0x80
        elif damage == "truncate-chunk":
            bad = bad[: chunked.HEADER_SIZE + 2 * chunked.SEALED_CHUNK_SIZE + 100]
        elif damage == "truncate-final":
            bad = bad[:-1]
        else:
            bad += os.urandom(chunked.SEALED_CHUNK_SIZE)
        copy.write_bytes(bytes(bad))
        with pytest.raises(MediaDamaged):
            unseal(copy, digest, tmp_path / f"out-{damage}", direct_read=direct_read)
        assert not (tmp_path / f"out-{damage}").exists()


def test_progress_and_cancel(tmp_path):
    data = os.urandom(3 * BLOCK_SIZE + 5)
    seen = []
    writer = DurableWriter(tmp_path / "x.part")
    seal_stream(io.BytesIO(data), writer, KEY, CTX, total=len(data), progress=lambda d, t: seen.append((d, t)))
    writer.commit(tmp_path / "x")
    assert seen[-1] == (len(data), len(data)) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    writer = DurableWriter(tmp_path / "y.part")
    with pytest.raises(IntakeCancelled):
        seal_stream(io.BytesIO(data), writer, KEY, CTX, cancel=lambda: True)
    writer.abort()
    assert not (tmp_path / "y.part").exists() and not (tmp_path / "y").exists()


def test_durable_writer_refuses_to_overwrite_and_cleans_up(tmp_path):
    (tmp_path / "f.part").write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        DurableWriter(tmp_path / "f.part")
    assert (tmp_path / "f.part").read_bytes() == b"someone else's"
    writer = DurableWriter(tmp_path / "g.part")
    writer.write(b"x" * 5000)
    writer.abort()
    assert not (tmp_path / "g.part").exists()


@pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="O_DIRECT exists only on Linux and a few others")
def test_a_file_system_refusing_direct_io_midway_falls_back(tmp_path, monkeypatch):
    import errno
    import fcntl

    data = os.urandom(BLOCK_SIZE + 777)
    real_write, real_preadv = os.write, os.preadv
    refused = {"write": 0, "read": 0}

    def direct(fd: int) -> bool:
        return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & getattr(os, "O_DIRECT", 0))

    def write(fd, buf):
        if direct(fd):
            refused["write"] += 1
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_write(fd, buf)

    def preadv(fd, buffers, offset):
        if direct(fd):
            refused["read"] += 1
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_preadv(fd, buffers, offset)

    monkeypatch.setattr(os, "write", write)
    blob = seal(tmp_path, data, direct=True)
    monkeypatch.setattr(os, "preadv", preadv)
    assert unseal(blob, hashlib.sha256(data).hexdigest(), tmp_path / "out", direct_read=True) == data
    assert refused == {"write": 2, "read": 1}  # the blob and the export each fell back once
