"""The deterministic tar writer and the safe, push-driven tar walker."""

from __future__ import annotations

import subprocess
import tarfile
import time
import tracemalloc

import pytest

from evidencevault.bundle.tarwalk import BLOCK, TarLimits, TarWalker
from evidencevault.bundle.tarwrite import TarEntry, tar_chunks
from evidencevault.domain.errors import BundleDamaged, BundleUnsafe
from tests.bundle_factory import build_tar, make_content, special, writer_tar

LIMITS = TarLimits(max_entries=1000, max_entry_size=1 << 20)


class Collect:
    """A visitor that accepts every entry and keeps its bytes."""

    def __init__(self) -> None:
        self.entries: dict[str, bytearray] = {}

    def begin(self, index: int, name: str, size: int):
        buf = self.entries.setdefault(name, bytearray())

        class Sink:
            def write(self, data):
                buf.extend(data)

            def close(self):
                pass
        return Sink()


def walk(data: bytes, limits: TarLimits = LIMITS, piece: int = 7919) -> Collect:
    visitor = Collect()
    walker = TarWalker(visitor, limits)
    for pos in range(0, len(data), piece):
        walker.write(data[pos:pos + piece])
    walker.finish()
    return visitor


def test_writer_output_is_deterministic_and_read_back_by_tar_and_walker(tmp_path) -> None:
    content = make_content([b"", b"x", b"y" * 513, bytes(range(256)) * 100])
    first, second = writer_tar(content), writer_tar(content)
    assert first == second
    assert len(first) % (20 * BLOCK) == 0
    seen = walk(first)
    names = list(seen.entries)
    assert names[:6] == ["README.txt", "manifest.json", "manifest.sig", "signer.pub",
                         "audit.jsonl", "SHA256SUMS"]
    assert seen.entries["files/00004-photo_4.jpg"] == bytes(range(256)) * 100
    path = tmp_path / "b.tar"
    path.write_bytes(first)
    listing = subprocess.run(["tar", "-tvf", str(path)], capture_output=True, text=True, check=True)
    assert all(" 0/0 " in line for line in listing.stdout.splitlines())
    assert [line.split()[-1] for line in listing.stdout.splitlines()] == names


def test_long_and_non_ascii_names_use_pax_and_read_back() -> None:
    long_name = "files/" + "ü" * 150
    data = b"".join(tar_chunks([TarEntry.of_bytes(long_name, b"abc")], 0))
    assert walk(data).entries == {long_name: bytearray(b"abc")}
    with tarfile.open(fileobj=__import__("io").BytesIO(data)) as tar:
        assert tar.getnames() == [long_name]


@pytest.mark.parametrize("entries, words", [
    ([("../evil", b"x")], "climbs out"),
    ([("files/../../evil", b"x")], "climbs out"),
    ([("/etc/passwd", b"x")], "absolute path"),
    ([("C:/windows/evil", b"x")], "absolute path"),
    ([special("link", tarfile.SYMTYPE, "/etc/passwd")], "symbolic link"),
    ([("a", b"x"), special("b", tarfile.LNKTYPE, "a")], "hard link"),
    ([special("dev", tarfile.CHRTYPE)], "device file"),
    ([special("dev", tarfile.BLKTYPE)], "device file"),
    ([special("fifo", tarfile.FIFOTYPE)], "pipe"),
    ([special("dir", tarfile.DIRTYPE)], "folder"),
    ([("same", b"1"), ("same", b"2")], "repeats the name"),
    ([("a\\b", b"x")], "forbidden characters"),
    ([("./a", b"x")], "forbidden characters"),
    ([("a\nb", b"x")], "forbidden characters"),
])
def test_walker_refuses_unsafe_entries(entries, words) -> None:
    with pytest.raises(BundleUnsafe) as caught:
        walk(build_tar(entries))
    assert words in caught.value.message
    assert "evil" not in caught.value.message and "passwd" not in caught.value.message


def test_walker_refuses_gnu_long_names_and_link_targets_in_pax() -> None:
    with pytest.raises(BundleUnsafe, match="not in the POSIX tar format"):
        walk(build_tar([("x" * 150, b"1")], fmt=tarfile.GNU_FORMAT))
    info = special("safe-looking", tarfile.SYMTYPE, "l" * 150)
    with pytest.raises(BundleUnsafe):
        walk(build_tar([info]))


def test_walker_refuses_an_entry_over_the_size_limit_at_its_header() -> None:
    limits = TarLimits(max_entries=10, max_entry_size=1000)
    data = build_tar([("big", b"z" * 1001)])
    visitor = Collect()
    walker = TarWalker(visitor, limits)
    with pytest.raises(BundleUnsafe, match="larger than allowed"):
        walker.write(data[:BLOCK])          # refused before any of its bytes arrive
    assert visitor.entries == {}


def test_walker_detects_damage_and_truncation() -> None:
    data = bytearray(build_tar([("a", b"hello"), ("b", b"world")]))
    bad = bytearray(data)
    bad[10] ^= 1
    with pytest.raises(BundleDamaged, match="header of entry 1 is damaged"):
        walk(bytes(bad))
    for cut in (1, BLOCK, BLOCK + 3, 2 * BLOCK, 4 * BLOCK + 1, 5 * BLOCK):
        with pytest.raises((BundleDamaged, BundleUnsafe)):
            walk(bytes(data[:cut]))
    with pytest.raises(BundleUnsafe, match="after the end"):
        walk(bytes(data) + b"\1" * BLOCK)


def test_a_million_tiny_entries_are_refused_quickly_with_bounded_memory() -> None:
    """The walker stops at the limit; time and memory do not grow with the attack."""
    template = tarfile.TarInfo("t/0000000").tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")
    limits = TarLimits(max_entries=100_006, max_entry_size=1 << 20)
    walker = TarWalker(_Null(), limits)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(BundleUnsafe, match="more than 100006 entries"):
        for i in range(1, 1_000_001):
            walker.write(_renamed(template, i))
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert walker.entries == 100_006          # stopped at the limit, not after a million
    print(f"refused after {walker.entries} entries in {elapsed:.1f} s")  # a figure, not a test
    assert peak < 32 * 1024 * 1024   # the name set for 100k entries, nothing per byte


class _Null:
    def begin(self, index, name, size):
        return self

    def write(self, data):
        pass

    def close(self):
        pass


def _renamed(template: bytes, i: int) -> bytes:
    """A ustar header for t/<i> with a correct checksum, without going through tarfile."""
    block = bytearray(template)
    block[2:9] = b"%07d" % i
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)
