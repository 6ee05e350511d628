"""Build real bundles, and deliberately broken ones, for the bundle tests."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pyrage

from evidencevault.bundle import agefile
from evidencevault.bundle.manifest import BundleFile, Checkpoint, safe_file_name
from evidencevault.bundle.tarwrite import tar_chunks
from evidencevault.bundle.writer import BundleContent, ExportSource, make_manifest, tar_entries
from evidencevault.crypto import signing

CREATED = "2026-11-26T12:00:00+00:00"


def make_content(datas: list[bytes], signing_key: bytes | None = None) -> BundleContent:
    key = signing_key or signing.new_signing_key()
    sources = []
    for i, data in enumerate(datas, start=1):
        digest = hashlib.sha256(data).hexdigest()
        file = BundleFile(path=safe_file_name(i, f"photo {i}.jpg"), size=len(data), sha256=digest,
                          acquisition_sha256=digest, intake_at=CREATED, item_id=f"item-{i}",
                          item={"title": f"Photo {i}"})
        sources.append(ExportSource(file, lambda data=data: [data]))
    checkpoint = Checkpoint(seq=1, head_hash="ab" * 32, at=CREATED, signature="cd" * 64)
    return BundleContent(sources=sources, audit_jsonl=b'{"seq":1}\n', audit_entries=1,
                         checkpoint=checkpoint, signing_key=key, created_at=CREATED)


def members(content: BundleContent) -> list[tuple[str, bytes]]:
    """(name, bytes) of every tar entry the writer would produce, in order."""
    manifest, raw, signature = make_manifest(content)
    return [(e.name, b"".join(e.chunks())) for e in tar_entries(content, manifest, raw, signature)]


def writer_tar(content: BundleContent) -> bytes:
    manifest, raw, signature = make_manifest(content)
    return b"".join(tar_chunks(tar_entries(content, manifest, raw, signature), 0))


def build_tar(entries: list[tuple[str, bytes] | tarfile.TarInfo], *,
              fmt: int = tarfile.PAX_FORMAT) -> bytes:
    """A tar from (name, bytes) regular files and prepared TarInfo objects (links, devices...)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        for entry in entries:
            if isinstance(entry, tarfile.TarInfo):
                tar.addfile(entry)
            else:
                name, data = entry
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def special(name: str, kind: bytes, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = linkname
    return info


def new_identity() -> tuple[str, str]:
    return agefile.new_identity()


def age_encrypt(plaintext: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(recipient)])


def write_age(path: Path, plaintext: bytes, recipient: str) -> Path:
    path.write_bytes(age_encrypt(plaintext, recipient))
    return path


def random_files(sizes: list[int]) -> list[bytes]:
    return [os.urandom(n) for n in sizes]
