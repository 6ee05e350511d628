"""The durable writer: its disk writes happen on a writer thread behind the caller.

Real files in tmp_path; failures are real OSErrors raised by os.write.
"""

from __future__ import annotations

import errno
import os
import random
import threading
import time

import pytest

from evidencevault.domain.errors import DiskFull
from evidencevault.storage import durable_file
from evidencevault.storage.durable_file import STAGE_SIZE, DurableWriter

MIB = 1024 * 1024


def _writer_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "durable-write")


def _feed(writer: DurableWriter, data: bytes, seed: int) -> None:
    """Write ``data`` in pieces of random sizes, half through buffer/advance, half through write."""
    rng = random.Random(seed)
    view, pos = memoryview(data), 0
    while pos < len(data):
        n = min(len(data) - pos, rng.choice([1, 511, 4096, 16400, 300_000, 3 * MIB]))
        if rng.random() < 0.5:
            out = writer.buffer(n)
            out[:] = view[pos:pos + n]
            out.release()
            writer.advance(n)
        else:
            writer.write(view[pos:pos + n])
        pos += n


@pytest.mark.parametrize("direct", [True, False], ids=["direct", "buffered"])
@pytest.mark.parametrize("size", [0, 1, 4095, 4096, STAGE_SIZE // 2 + 1, 3 * STAGE_SIZE + 12345])
def test_whatever_is_written_is_on_disk_in_order_after_commit(tmp_path, direct, size):
    data = os.urandom(size)
    writer = DurableWriter(tmp_path / "f.part", direct=direct)
    _feed(writer, data, seed=size)
    writer.commit(tmp_path / "f")
    assert (tmp_path / "f").read_bytes() == data
    assert not (tmp_path / "f.part").exists()
    assert _writer_threads() == 0


def test_a_small_file_is_written_without_a_thread(tmp_path, monkeypatch):
    started = []
    real = durable_file._WriteBehind.__init__

    def spy(self, *args):  # noqa: ANN001, ANN202
        started.append(True)
        real(self, *args)

    monkeypatch.setattr(durable_file._WriteBehind, "__init__", spy)
    writer = DurableWriter(tmp_path / "small.part")
    writer.write(os.urandom(STAGE_SIZE // 2 - 1))
    writer.commit(tmp_path / "small")
    assert started == []
    writer = DurableWriter(tmp_path / "big.part")
    writer.write(os.urandom(STAGE_SIZE))
    writer.commit(tmp_path / "big")
    assert started == [True]


def test_a_write_that_fails_behind_the_caller_is_a_disk_full_error_and_leaves_nothing(
        tmp_path, monkeypatch):
    real_write = os.write
    calls = {"n": 0, "after_failure": 0}

    def write(fd, data):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        if calls["n"] > 2:
            calls["after_failure"] += 1
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    writer = DurableWriter(tmp_path / "full.part")
    with pytest.raises(DiskFull):
        writer.write(os.urandom(6 * STAGE_SIZE))   # raised at a later flush, on this thread
        writer.commit(tmp_path / "full")
    writer.abort()
    assert calls["after_failure"] == 0            # nothing more was written once one write failed
    assert not (tmp_path / "full.part").exists() and not (tmp_path / "full").exists()
    assert _writer_threads() == 0


def test_a_failure_on_the_last_stage_is_raised_by_commit(tmp_path, monkeypatch):
    real_write = os.write
    stage_writes = []

    def write(fd, data):  # noqa: ANN001, ANN202
        stage_writes.append(len(data))
        if len(stage_writes) == 3:
            raise OSError(errno.EIO, "Input/output error")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    writer = DurableWriter(tmp_path / "io.part")
    writer.write(os.urandom(STAGE_SIZE + 100))    # two stages handed over, one tail staged
    with pytest.raises(OSError) as raised:
        writer.commit(tmp_path / "io")
    assert raised.value.errno == errno.EIO
    assert not (tmp_path / "io.part").exists() and not (tmp_path / "io").exists()
    assert _writer_threads() == 0


def test_abort_while_stages_are_in_flight_stops_the_thread_and_deletes_the_file(tmp_path):
    writer = DurableWriter(tmp_path / "gone.part")
    writer.write(os.urandom(4 * STAGE_SIZE))
    writer.abort()
    writer.abort()   # twice is harmless
    assert not (tmp_path / "gone.part").exists()
    assert _writer_threads() == 0


def test_finish_writing_lets_go_of_buffers_and_thread_before_commit(tmp_path):
    """An import holds every finished file open until its end: each must cost only a descriptor."""
    writers = []
    for n in range(6):
        writer = DurableWriter(tmp_path / f"{n}.part")
        writer.write(bytes([n]) * (STAGE_SIZE + 4097))
        writer.finish_writing()
        assert writer._stage.closed and writer._behind is None
        writers.append(writer)
    assert _writer_threads() == 0
    with pytest.raises(ValueError):
        writers[0].write(b"more")
    for n, writer in enumerate(writers):
        writer.commit(tmp_path / str(n))
        assert (tmp_path / str(n)).read_bytes() == bytes([n]) * (STAGE_SIZE + 4097)


def test_a_failed_write_stays_failed_even_if_the_caller_goes_on(tmp_path, monkeypatch):
    """Catching the DiskFull and committing anyway must not produce a short final file."""
    real_write = os.write
    calls = {"n": 0}

    def write(fd, data):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    writer = DurableWriter(tmp_path / "short.part")
    writer.write(os.urandom(STAGE_SIZE // 2))      # handed to the writer thread, which fails
    deadline = time.monotonic() + 10
    while writer._behind.failure is None and time.monotonic() < deadline:
        time.sleep(0.001)
    with pytest.raises(DiskFull):
        writer.write(os.urandom(STAGE_SIZE // 2))  # reported at the next hand-over
    with pytest.raises(DiskFull):
        writer.commit(tmp_path / "short")
    assert not (tmp_path / "short").exists() and not (tmp_path / "short.part").exists()
