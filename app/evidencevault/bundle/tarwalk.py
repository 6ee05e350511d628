"""A safe, push-driven tar reader for bundles.

Bytes are pushed in with ``write`` (``pyrage.decrypt_io`` calls it as it
decrypts), so entries are checked while the bundle streams by, with memory
bounded by one header block and the caller's sinks. It accepts only what the
bundle writer produces: POSIX ustar regular files, with pax extended headers
for long names or sizes. It refuses absolute paths, ``..``, odd names,
links, devices, pipes, directories, GNU extensions, global pax headers,
duplicate names, entries larger than the limit, and more entries than the
limit, each with a sentence that names the entry by number, never by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from evidencevault.domain.errors import BundleDamaged, BundleUnsafe

BLOCK = 512
_ZERO = bytes(BLOCK)
_USTAR = b"ustar\x0000"
_REGULAR = (b"0", b"\0", b"7")
_KIND = {b"1": "a hard link", b"2": "a symbolic link", b"3": "a device file",
         b"4": "a device file", b"5": "a folder", b"6": "a pipe (FIFO)",
         b"g": "a global header", b"L": "a GNU long name", b"K": "a GNU long link",
         b"S": "a sparse file"}
_PAX_IGNORED = {"mtime", "atime", "ctime", "uid", "gid", "uname", "gname", "comment"}
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass(frozen=True)
class TarLimits:
    max_entries: int
    max_entry_size: int
    max_pax_size: int = 64 * 1024
    max_trailing: int = 64 * 1024


class EntrySink(Protocol):
    def write(self, data: memoryview) -> None: ...
    def close(self) -> None: ...


class EntryVisitor(Protocol):
    def begin(self, index: int, name: str, size: int) -> EntrySink:
        """Called before an entry's bytes; raise to refuse it."""


class _PaxSink:
    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: memoryview) -> None:
        self.data += data

    def close(self) -> None:
        pass


class TarWalker:
    def __init__(self, visitor: EntryVisitor, limits: TarLimits) -> None:
        self._visitor = visitor
        self._limits = limits
        self._buf = bytearray()
        self._sink: EntrySink | None = None
        self._remaining = 0
        self._pad = 0
        self._pax: dict[str, str] | None = None
        self._pax_sink: _PaxSink | None = None
        self._names: set[str] = set()
        self.entries = 0
        self._zero_blocks = 0
        self._trailing = 0

    # -- bytes in -----------------------------------------------------------
    def write(self, data) -> int:  # noqa: ANN001 - any buffer
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            if self._remaining:
                take = min(len(view), self._remaining)
                self._sink.write(view[:take])
                view = view[take:]
                self._remaining -= take
                if not self._remaining:
                    self._end_entry()
            elif self._pad:
                take = min(len(view), self._pad)
                view = view[take:]
                self._pad -= take
            else:
                need = BLOCK - len(self._buf)
                self._buf += view[:need]
                view = view[need:]
                if len(self._buf) == BLOCK:
                    block = bytes(self._buf)
                    self._buf.clear()
                    self._block(block)
        return size

    def finish(self) -> None:
        """Call when the stream ended; BundleDamaged unless the archive was complete."""
        if self._zero_blocks < 2 or self._buf:
            raise BundleDamaged(detail="the archive inside it ends early")

    # -- blocks -------------------------------------------------------------
    def _block(self, block: bytes) -> None:
        if self._zero_blocks >= 2:
            self._trailing += BLOCK
            if block != _ZERO or self._trailing > self._limits.max_trailing:
                raise BundleUnsafe(detail="there is data after the end of the archive")
            return
        if block == _ZERO:
            if self._pax is not None or self._pax_sink is not None:
                raise BundleDamaged(detail="the archive inside it ends in the middle of an entry")
            self._zero_blocks += 1
            return
        if self._zero_blocks:
            raise BundleDamaged(detail="the archive inside it has an empty block between entries")
        self._header(block)

    def _header(self, block: bytes) -> None:
        number = self.entries + 1
        if not _checksum_ok(block):
            raise BundleDamaged(detail=f"the header of entry {number} is damaged")
        if block[257:265] != _USTAR:
            raise BundleUnsafe(detail=f"entry {number} is not in the POSIX tar format")
        kind = block[156:157]
        size = _octal(block[124:136], number)
        if kind == b"x":
            if self._pax is not None or size > self._limits.max_pax_size:
                raise BundleUnsafe(detail=f"entry {number} has an oversized or repeated extended header")
            self._pax_sink = _PaxSink()
            self._start(self._pax_sink, size)
            return
        if kind not in _REGULAR:
            what = _KIND.get(kind, "an entry of an unknown type")
            raise BundleUnsafe(detail=f"entry {number} is {what}; only plain files are accepted")
        pax, self._pax = self._pax or {}, None
        name = pax.get("path") or _name(block, number)
        if "size" in pax:
            size = _decimal(pax["size"], number)
        _check_name(name, number)
        if name in self._names:
            raise BundleUnsafe(detail=f"entry {number} repeats the name of an earlier entry")
        if number > self._limits.max_entries:
            raise BundleUnsafe(detail=f"it holds more than {self._limits.max_entries} entries")
        if size > self._limits.max_entry_size:
            raise BundleUnsafe(detail=f"entry {number} is larger than allowed")
        self._names.add(name)
        self.entries = number
        self._start(self._visitor.begin(number, name, size), size)

    def _start(self, sink: EntrySink, size: int) -> None:
        self._sink = sink
        self._remaining = size
        self._pad = -size % BLOCK
        if not size:
            self._end_entry()

    def _end_entry(self) -> None:
        sink, self._sink = self._sink, None
        sink.close()
        if sink is self._pax_sink:
            self._pax_sink = None
            self._pax = _parse_pax(bytes(sink.data), self.entries + 1)


def _checksum_ok(block: bytes) -> bool:
    try:
        stored = int(block[148:156].split(b"\0", 1)[0].strip() or b"-1", 8)
    except ValueError:
        return False
    return stored == sum(block[:148]) + 8 * 32 + sum(block[156:])


def _octal(field: bytes, number: int) -> int:
    text = field.split(b"\0", 1)[0].strip()
    if not text or not re.fullmatch(rb"[0-7]{1,12}", text):
        raise BundleDamaged(detail=f"the size of entry {number} cannot be read")
    return int(text, 8)


def _decimal(text: str, number: int) -> int:
    if not re.fullmatch(r"[0-9]{1,20}", text):
        raise BundleDamaged(detail=f"the size of entry {number} cannot be read")
    return int(text)


def _name(block: bytes, number: int) -> str:
    raw = block[0:100].split(b"\0", 1)[0]
    prefix = block[345:500].split(b"\0", 1)[0]
    if prefix:
        raw = prefix + b"/" + raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleUnsafe(detail=f"the name of entry {number} is not valid text") from None


def _check_name(name: str, number: int) -> None:
    if not name or len(name) > 1024:
        raise BundleUnsafe(detail=f"entry {number} has an empty or overlong name")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise BundleUnsafe(detail=f"entry {number} has an absolute path")
    parts = name.split("/")
    if ".." in parts:
        raise BundleUnsafe(detail=f"entry {number} has a path that climbs out of its folder (..)")
    if _BAD_CHARS.search(name) or any(p in ("", ".") for p in parts):
        raise BundleUnsafe(detail=f"entry {number} has a name with forbidden characters")


def _parse_pax(data: bytes, number: int) -> dict[str, str]:
    """Records are "<len> <key>=<value>\\n"; only path and size are used, links refused."""
    records: dict[str, str] = {}
    pos = 0
    try:
        while pos < len(data):
            space = data.index(b" ", pos)
            length = int(data[pos:space])
            record = data[space + 1:pos + length]
            if length <= 0 or not record.endswith(b"\n"):
                raise ValueError
            key, value = record[:-1].decode("utf-8").split("=", 1)
            records[key] = value
            pos += length
    except (ValueError, UnicodeDecodeError):
        raise BundleDamaged(detail=f"the extended header of entry {number} is damaged") from None
    unknown = set(records) - _PAX_IGNORED - {"path", "size"}
    if unknown:
        raise BundleUnsafe(detail=f"entry {number} uses extended header fields that are not accepted")
    return records
