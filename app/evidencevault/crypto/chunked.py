"""Chunked authenticated encryption of large files (C2SP chunked-encryption).

This is Cobblestone-256 from https://c2sp.org/chunked-encryption: HKDF-Expand
with SHA-512 derives a one-time AES-256-GCM key, a base nonce and a 32-byte key
commitment from the file's input key, a random 24-byte salt and a context.
The plaintext is cut into 16 KiB chunks; the last chunk is always shorter (it
may be empty), which marks the end. Chunk ``i`` is sealed with the nonce
``base_nonce XOR i`` (big-endian) and no AAD.

    file = salt (24) || commitment (32) || chunk_0 || chunk_1 || ... || chunk_n

So the plaintext size follows from the file size, any byte range can be read
by decrypting only the chunks that cover it, and truncation, extension,
reordering, duplication and bit flips all fail authentication. See
docs/media-format.md.
"""

from __future__ import annotations

import hmac
import os
import threading
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from evidencevault.domain.errors import MediaDamaged

CHUNK_SIZE = 16 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
SALT_SIZE = 24
COMMITMENT_SIZE = 32
HEADER_SIZE = SALT_SIZE + COMMITMENT_SIZE
KEY_SIZE = 32
NONCE_SIZE = 12
MAX_CHUNKS = 1 << 38
AEAD_NAME = b"AEAD_AES_256_GCM"
_INFO_PREFIX = b"c2sp.org/chunked-encryption@v1+"
_HAS_INTO = hasattr(AESGCM, "encrypt_into") and hasattr(AESGCM, "decrypt_into")


def derive_message_keys(input_key: bytes, salt: bytes, context: bytes) -> tuple[bytes, bytes, bytes]:
    """Return (aead key, base nonce, commitment) for one message."""
    if len(input_key) != KEY_SIZE:
        raise ValueError(f"the input key must be {KEY_SIZE} bytes")
    if len(salt) != SALT_SIZE:
        raise ValueError(f"the salt must be {SALT_SIZE} bytes")
    info = _INFO_PREFIX + AEAD_NAME + b"\x00" + bytes(salt) + bytes(context)
    okm = HKDFExpand(hashes.SHA512(), KEY_SIZE + NONCE_SIZE + COMMITMENT_SIZE, info).derive(bytes(input_key))
    return okm[:KEY_SIZE], okm[KEY_SIZE : KEY_SIZE + NONCE_SIZE], okm[KEY_SIZE + NONCE_SIZE :]


def sealed_size(plaintext_size: int) -> int:
    """Size of the encrypted file for a plaintext of ``plaintext_size`` bytes."""
    full, rest = divmod(plaintext_size, CHUNK_SIZE)
    return HEADER_SIZE + full * SEALED_CHUNK_SIZE + rest + TAG_SIZE


def plaintext_size(sealed: int) -> int:
    """Plaintext size for an encrypted file of ``sealed`` bytes; MediaDamaged if impossible."""
    full, rest = divmod(sealed - HEADER_SIZE, SEALED_CHUNK_SIZE)
    if sealed < HEADER_SIZE + TAG_SIZE or rest < TAG_SIZE:
        raise MediaDamaged(detail="its length is impossible: it was cut short or extended")
    if full >= MAX_CHUNKS:
        raise MediaDamaged(detail="it is larger than the format allows")
    return full * CHUNK_SIZE + rest - TAG_SIZE


class RawChunks:
    """The AEAD layer alone: seal or open chunk ``index`` with key and base nonce.

    This is the specification's "raw mode"; applications use ChunkedEncryptor
    and ChunkedReader, which add the salt and the key commitment.
    """

    def __init__(self, key: bytes, base_nonce: bytes) -> None:
        if len(key) != KEY_SIZE or len(base_nonce) != NONCE_SIZE:
            raise ValueError("wrong key or nonce size")
        self._aead = AESGCM(key)
        self._base = int.from_bytes(base_nonce, "big")

    def nonce(self, index: int) -> bytes:
        if not 0 <= index < MAX_CHUNKS:
            raise MediaDamaged(detail="it has more chunks than the format allows")
        return (self._base ^ index).to_bytes(NONCE_SIZE, "big")

    def seal_into(self, index: int, chunk: memoryview, out: memoryview) -> int:
        """Encrypt one chunk into ``out``; return the bytes written (len(chunk) + 16)."""
        if _HAS_INTO:
            return self._aead.encrypt_into(self.nonce(index), chunk, None, out[: len(chunk) + TAG_SIZE])
        sealed = self._aead.encrypt(self.nonce(index), bytes(chunk), None)
        out[: len(sealed)] = sealed
        return len(sealed)

    def open_into(self, index: int, sealed: memoryview, out: memoryview) -> int:
        """Decrypt one sealed chunk into ``out``; MediaDamaged if it does not authenticate."""
        try:
            if _HAS_INTO:
                return self._aead.decrypt_into(self.nonce(index), sealed, None, out[: len(sealed) - TAG_SIZE])
            plain = self._aead.decrypt(self.nonce(index), bytes(sealed), None)
        except InvalidTag:
            raise MediaDamaged(detail=f"chunk {index} does not authenticate") from None
        out[: len(plain)] = plain
        return len(plain)

    def seal_many_into(self, first_index: int, data: memoryview, out: memoryview) -> int:
        """Encrypt ``data`` (whole 16 KiB chunks only) as chunks first_index, ...; return bytes written."""
        written = 0
        for pos in range(0, len(data), CHUNK_SIZE):
            chunk = data[pos : pos + CHUNK_SIZE]
            written += self.seal_into(first_index + pos // CHUNK_SIZE, chunk, out[written:])
        return written

    def open_many_into(self, first_index: int, sealed: memoryview, out: memoryview) -> int:
        """Decrypt consecutive sealed chunks starting at ``first_index``; return plaintext bytes."""
        written = 0
        for n, pos in enumerate(range(0, len(sealed), SEALED_CHUNK_SIZE)):
            piece = sealed[pos : pos + SEALED_CHUNK_SIZE]
            if len(piece) < TAG_SIZE:
                raise MediaDamaged(detail="a chunk is shorter than its tag")
            written += self.open_into(first_index + n, piece, out[written:])
        return written


class ChunkedEncryptor:
    """Streaming encryption of one message; memory use is one chunk plus the caller's buffers.

    Write ``header`` first, then everything ``update``/``update_into`` return,
    then ``finalize()``. Feeding whole multiples of CHUNK_SIZE avoids any copy.
    """

    def __init__(self, input_key: bytes, context: bytes = b"", *, salt: bytes | None = None) -> None:
        salt = os.urandom(SALT_SIZE) if salt is None else bytes(salt)
        key, base_nonce, commitment = derive_message_keys(input_key, salt, context)
        self.header = salt + commitment
        self._raw = RawChunks(key, base_nonce)
        self._index = 0
        self._pending = bytearray()
        self._done = False

    @staticmethod
    def max_output(data_len: int) -> int:
        """Largest number of bytes ``update_into`` can write for ``data_len`` input bytes."""
        return (data_len // CHUNK_SIZE + 1) * SEALED_CHUNK_SIZE

    def update(self, data: bytes | bytearray | memoryview) -> bytes:
        out = bytearray(self.max_output(len(data)))
        return bytes(out[: self.update_into(data, out)])

    def update_into(self, data: bytes | bytearray | memoryview, out: bytearray | memoryview) -> int:
        """Encrypt every complete chunk now available into ``out``; return bytes written."""
        if self._done:
            raise ValueError("this encryptor is finished")
        data, out = memoryview(data).cast("B"), memoryview(out).cast("B")
        written = 0
        if self._pending:
            take = min(CHUNK_SIZE - len(self._pending), len(data))
            self._pending += data[:take]
            data = data[take:]
            if len(self._pending) < CHUNK_SIZE:
                return 0
            written += self._raw.seal_into(self._index, memoryview(self._pending), out)
            self._index += 1
            self._pending = bytearray()
        whole = len(data) - len(data) % CHUNK_SIZE
        if whole:
            written += self._raw.seal_many_into(self._index, data[:whole], out[written:])
            self._index += whole // CHUNK_SIZE
        self._pending += data[whole:]
        return written

    def finalize(self) -> bytes:
        """Seal the final, short (possibly empty) chunk."""
        if self._done:
            raise ValueError("this encryptor is finished")
        self._done = True
        out = bytearray(len(self._pending) + TAG_SIZE)
        self._raw.seal_into(self._index, memoryview(self._pending), memoryview(out))
        self._pending = bytearray()
        return bytes(out)


def encrypt(plaintext: bytes, input_key: bytes, context: bytes = b"", *, salt: bytes | None = None) -> bytes:
    """Encrypt a whole message held in memory (small things: thumbnails, tests)."""
    enc = ChunkedEncryptor(input_key, context, salt=salt)
    return enc.header + enc.update(plaintext) + enc.finalize()


def decrypt(sealed: bytes, input_key: bytes, context: bytes = b"") -> bytes:
    """Decrypt and authenticate a whole message held in memory."""
    import io

    return ChunkedReader(io.BytesIO(sealed), input_key, context).read_all()


def _pread_into(fileobj: BinaryIO, lock: threading.Lock, buf: memoryview, offset: int) -> int:
    if hasattr(os, "preadv"):
        try:
            fd = fileobj.fileno()
        except (AttributeError, OSError, ValueError):
            fd = None
        if fd is not None:
            got = 0
            while got < len(buf):
                n = os.preadv(fd, [buf[got:]], offset + got)
                if n == 0:
                    break
                got += n
            return got
    with lock:
        fileobj.seek(offset)
        got = 0
        while got < len(buf):
            n = fileobj.readinto(buf[got:])
            if not n:
                break
            got += n
        return got


class ChunkedReader:
    """Random-access, authenticated reading of an encrypted file.

    Opening checks the length and the key commitment (so a wrong key or a
    damaged header fails before any chunk is decrypted). Every read decrypts
    and authenticates the chunks it touches; nothing unauthenticated is
    returned. Safe to share between threads when the file has a descriptor.
    """

    def __init__(self, fileobj: BinaryIO, input_key: bytes, context: bytes = b"", *, size: int | None = None) -> None:
        self._file = fileobj
        self._lock = threading.Lock()
        if size is None:
            size = fileobj.seek(0, os.SEEK_END)
        self.sealed_size = size
        self.size = plaintext_size(size)
        self.chunk_count = self.size // CHUNK_SIZE + 1
        header = bytearray(HEADER_SIZE)
        if _pread_into(fileobj, self._lock, memoryview(header), 0) != HEADER_SIZE:
            raise MediaDamaged(detail="its header is missing")
        key, base_nonce, commitment = derive_message_keys(input_key, bytes(header[:SALT_SIZE]), context)
        if not hmac.compare_digest(commitment, bytes(header[SALT_SIZE:])):
            raise MediaDamaged(detail="the key does not match it, or its header was altered")
        self._raw = RawChunks(key, base_nonce)
        self._scratch = threading.local()

    def _sealed_buffer(self, n: int) -> memoryview:
        buf = getattr(self._scratch, "buf", None)
        if buf is None or len(buf) < n:
            buf = bytearray(n)
            self._scratch.buf = buf
        return memoryview(buf)[:n]

    def sealed_span(self, first_index: int, count: int) -> tuple[int, int]:
        """(file offset, length) of chunks first_index .. first_index+count-1, clipped to the end."""
        count = max(0, min(count, self.chunk_count - first_index))
        start = HEADER_SIZE + first_index * SEALED_CHUNK_SIZE
        return start, max(0, min(count * SEALED_CHUNK_SIZE, self.sealed_size - start))

    def open_sealed_into(self, first_index: int, sealed: memoryview, out: memoryview) -> int:
        """Decrypt chunks already read (exactly ``sealed_span(first_index, n)``) into ``out``."""
        start, length = self.sealed_span(first_index, -(-len(sealed) // SEALED_CHUNK_SIZE))
        if len(sealed) != length or not 0 <= first_index < self.chunk_count:
            raise ValueError("the ciphertext given is not a whole span of chunks")
        return self._raw.open_many_into(first_index, sealed, out)

    def decrypt_chunks_into(self, first_index: int, out: bytearray | memoryview) -> int:
        """Decrypt chunks from ``first_index`` on, as many as ``out`` holds; return plaintext bytes.

        ``out`` should be a multiple of CHUNK_SIZE long (the final chunk is shorter).
        """
        out = memoryview(out).cast("B")
        if not 0 <= first_index < self.chunk_count:
            return 0
        count = min(max(len(out) // CHUNK_SIZE, 1), self.chunk_count - first_index)
        start, length = self.sealed_span(first_index, count)
        if len(out) < min(count * CHUNK_SIZE, self.size - first_index * CHUNK_SIZE):
            raise ValueError("the output buffer is too small for one chunk")
        sealed = self._sealed_buffer(length)
        if _pread_into(self._file, self._lock, sealed, start) != length:
            raise MediaDamaged(detail="it was cut short while being read")
        return self._raw.open_many_into(first_index, sealed, out)

    def prefetch(self, first_index: int, count: int) -> None:
        """Ask the system to start reading these chunks from disk now (a hint; may do nothing)."""
        if not hasattr(os, "posix_fadvise"):
            return
        try:
            fd = self._file.fileno()
        except (AttributeError, OSError, ValueError):
            return
        start = HEADER_SIZE + max(first_index, 0) * SEALED_CHUNK_SIZE
        if start < self.sealed_size:
            os.posix_fadvise(fd, start, count * SEALED_CHUNK_SIZE, os.POSIX_FADV_WILLNEED)

    def read(self, offset: int, length: int) -> bytes:
        """Return plaintext bytes [offset, offset+length), clipped to the end; authenticated.

        A read that reaches the end of the message also authenticates the final
        chunk, so "end of file" is never reported for a file cut short.
        """
        if offset < 0 or length < 0:
            raise ValueError("offset and length must not be negative")
        end = min(offset + length, self.size)
        if offset >= end:
            if offset >= self.size:
                self.verify_length()
            return b""
        first = offset // CHUNK_SIZE
        last = self.chunk_count - 1 if end == self.size else (end - 1) // CHUNK_SIZE
        out = bytearray((last - first + 1) * CHUNK_SIZE)
        got = self.decrypt_chunks_into(first, out)
        base = first * CHUNK_SIZE
        return bytes(out[offset - base : min(end - base, got)])

    def verify_length(self) -> None:
        """Authenticate the plaintext size by decrypting the final chunk."""
        out = bytearray(CHUNK_SIZE)
        self.decrypt_chunks_into(self.chunk_count - 1, out)

    def read_all(self) -> bytes:
        out = bytearray(self.chunk_count * CHUNK_SIZE)
        got = self.decrypt_chunks_into(0, out)
        return bytes(out[:got])
