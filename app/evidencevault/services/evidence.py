"""Evidence use cases: add originals, list and show them, view, export, make working copies.

Each original goes through one path (``_store``): stream → SHA-256 + encrypt →
``.part`` → fsync → rename, then one transaction (blob row, item row, audit
event). Content already in the vault is linked, not stored twice.

Threads: ``add_files`` and ``export_original`` may run on a worker thread; they
call ``progress`` and ``cancel`` from that thread, once per 4 MiB block.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from evidencevault.domain.errors import (
    FileUnreadable,
    HashMismatch,
    IntakeCancelled,
    InvalidInput,
    NotFound,
    ReadOnlyRecord,
)
from evidencevault.domain.evidence import DEFAULT_RELIABILITY, EvidenceItem, IntakeProgress, Rectangle
from evidencevault.intake import working_copies
from evidencevault.intake.metadata import make_thumbnail, read_metadata
from evidencevault.intake.stream import SourceUnreadable, open_stream, seal_stream
from evidencevault.services import vault as vault_service
from evidencevault.services.cases import CaseService
from evidencevault.services.record_ids import resolve_id
from evidencevault.services.vault import VaultSession
from evidencevault.storage.blobstore import MEDIA_CONTEXT, BlobStore, SweepReport
from evidencevault.storage.durable_file import DurableWriter
from evidencevault.storage.evidence import BlobRow, EvidenceRepository, NewItem
from evidencevault.storage.vocabularies import VocabularyRepository

MAX_WORKING_COPY_SOURCE = 256 * 1024 * 1024
ProgressCallback = Callable[[IntakeProgress], None]
CancelCallback = Callable[[], bool]


@dataclass(frozen=True)
class Acquisition:
    """Who took the files in, how, from whom, and how far they can be trusted."""

    acquired_by: str | None = None  # default: the vault's user
    method: str = "file copy"
    source: str = ""
    reliability: str = DEFAULT_RELIABILITY


class OriginalReader:
    """Authenticated random-access reading of one original (for a viewer or a player)."""

    def __init__(self, item: EvidenceItem, fileobj: BinaryIO, reader) -> None:
        self.item = item
        self.size = reader.size
        self._file = fileobj
        self._reader = reader

    def read(self, offset: int, length: int) -> bytes:
        return self._reader.read(offset, length)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> OriginalReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EvidenceService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._repo = EvidenceRepository(session.db)
        self._blobs = media_store(session)

    # -- adding ----------------------------------------------------------------
    def add_files(self, case_ref: str, paths: Iterable[str | Path], acquisition: Acquisition = Acquisition(),
                  *, progress: ProgressCallback | None = None,
                  cancel: CancelCallback | None = None) -> list[EvidenceItem]:
        """Add files (folders are walked) to a case; one item per file, in order.

        Everything is checked before the first file is read. On cancel, the
        files already added stay and IntakeCancelled carries them in ``.items``.
        """
        case = CaseService(self._session).get_case(case_ref)
        acquisition = self._checked(acquisition)
        files = expand_paths(paths)
        sizes = [f.stat().st_size for f in files]
        total, done, added = sum(sizes), 0, []
        for index, (path, size) in enumerate(zip(files, sizes)):
            if cancel is not None and cancel():
                raise _cancelled(added)

            def report(file_done: int, _total: int, i: int = index, p: Path = path, s: int = size) -> None:
                if progress is not None:
                    progress(IntakeProgress(i, len(files), p.name, file_done, s, done + file_done, total))

            report(0, size)
            try:
                source = open(path, "rb", buffering=0)
            except OSError as exc:
                raise FileUnreadable(path=str(path), detail=exc.strerror or type(exc).__name__) from exc
            try:
                with source:
                    added.append(self._store_original(case.id, source, path.name, acquisition,
                                                      size=size, progress=report, cancel=cancel))
            except IntakeCancelled:
                raise _cancelled(added) from None
            except SourceUnreadable as exc:
                raise FileUnreadable(path=str(path), detail=exc.strerror or "read error") from exc
            report(size, size)
            done += size
        return added

    def _store_original(self, case_id: str, source: BinaryIO, name: str, acquisition: Acquisition,
                        *, size: int = 0, progress=None, cancel=None) -> EvidenceItem:
        metadata = read_metadata(source, name)
        source.seek(0)
        thumbnail = make_thumbnail(source) if metadata.media_type.startswith("image/") else None
        if metadata.media_type.startswith("image/") and thumbnail is None and not metadata.note:
            metadata = replace(metadata, note="No preview could be made: the picture data is damaged "
                                              "or unsupported; the original is kept bit-for-bit.")
        source.seek(0)
        new = NewItem(case_id, name, acquisition.acquired_by or self._session.audit.actor,
                      acquisition.method, acquisition.source, acquisition.reliability, metadata)
        return self._store(source, new, thumbnail, size=size, progress=progress, cancel=cancel)

    def _store(self, source: BinaryIO, new: NewItem, thumbnail: bytes | None, *, size: int = 0,
               progress=None, cancel=None) -> EvidenceItem:
        blob = self._blobs.new_blob()
        duplicate = False
        try:
            result = seal_stream(source, blob.writer, blob.key, MEDIA_CONTEXT, total=size,
                                 progress=progress, cancel=cancel)
            sealed_size = blob.commit()
            with self._session.db.transaction():
                item, duplicate = self._record(new, blob.id, self._blobs.wrap_key(blob.id, blob.key),
                                               result.sha256, result.size, sealed_size, thumbnail)
        except BaseException:
            blob.discard()
            raise
        if duplicate:
            blob.discard()  # the same content was already stored; a crash here leaves an orphan the sweep removes
        else:
            blob.release()
        return item

    def _record(self, new: NewItem, blob_id: str, wrapped: bytes, sha256: str, size: int,
                sealed_size: int, thumbnail: bytes | None) -> tuple[EvidenceItem, bool]:
        audit = self._session.audit
        existing = self._repo.blob_by_sha(sha256)
        if existing is not None and new.parent_id is None:
            same = self._repo.in_case_with_sha(new.case_id, sha256)
            if same is not None:
                audit.append("evidence.add_again", "evidence", same.id, case_id=new.case_id,
                             details={"sha256": sha256, "file_name": new.file_name, "source": new.source})
                return replace(same, already_present=True), True
        blob = existing or BlobRow(blob_id, wrapped, sha256, size, sealed_size)
        if existing is None:
            self._repo.insert_blob(blob)
            if thumbnail is not None:
                self._repo.set_thumbnail(blob.id, thumbnail)
        first = self._repo.first_with_sha(sha256) if existing is not None else None
        item = self._repo.insert_item(new, blob, first.id if first else None)
        action = "evidence.derive" if new.parent_id else "evidence.add"
        audit.append(action, "evidence", item.id, case_id=new.case_id,
                     details={"sha256": sha256, "size": size, "file_name": new.file_name,
                              "media_type": item.media_type, "duplicate_of": item.duplicate_of,
                              "parent_id": new.parent_id, "derivation": new.derivation})
        return item, existing is not None

    def _checked(self, acquisition: Acquisition) -> Acquisition:
        term = VocabularyRepository(self._session.db).get("reliability", acquisition.reliability)
        if term is None or term.retired:
            codes = [t.code for t in VocabularyRepository(self._session.db).terms("reliability")]
            raise InvalidInput(field="reliability", problem=f"unknown value; use one of {', '.join(codes)}")
        return acquisition

    def set_source(self, item_id: str, source: str, reliability: str) -> EvidenceItem:
        """Say where an item came from and how far it can be trusted (audited; the file is untouched)."""
        item = self.get_item(item_id)
        if item.read_only:
            raise ReadOnlyRecord(kind="evidence item")
        source = source.strip()
        if len(source) > 500:
            raise InvalidInput(field="source", problem="it is longer than 500 characters")
        self._checked(Acquisition(source=source, reliability=reliability))
        with self._session.db.transaction():
            self._repo.set_source(item.id, source, reliability)
            self._session.audit.append("evidence.describe", "evidence", item.id, case_id=item.case_id,
                                       details={"reliability": reliability,
                                                "source_changed": source != item.source})
        return self.get_item(item.id)

    # -- reading ---------------------------------------------------------------
    def list_items(self, case_ref: str) -> list[EvidenceItem]:
        case = CaseService(self._session).get_case(case_ref)
        return self._repo.list_for_case(case.id)

    def get_item(self, item_id: str) -> EvidenceItem:
        """By full id, or by an unambiguous prefix of at least 4 characters."""
        item_id = resolve_id(self._session, "evidence", item_id)
        item = self._repo.get(item_id)
        if item is None:
            raise NotFound(kind="evidence item", ref=item_id)
        return item

    def thumbnail(self, item_id: str) -> bytes | None:
        return self._repo.thumbnail(self.get_item(item_id).blob_id)

    def open_original(self, item_id: str) -> OriginalReader:
        """Open an original for viewing; records a "view" event in the audit log."""
        item = self.get_item(item_id)
        fileobj, reader = self._open_blob(item)
        with self._session.db.transaction():
            self._session.audit.append("evidence.view", "evidence", item.id, case_id=item.case_id,
                                       details={"sha256": item.sha256})
        return OriginalReader(item, fileobj, reader)

    def read_original(self, item_id: str, offset: int = 0, length: int = -1) -> bytes:
        with self.open_original(item_id) as original:
            return original.read(offset, original.size if length < 0 else length)

    def export_original(self, item_id: str, out_path: str | Path, *,
                        progress: Callable[[int, int], None] | None = None,
                        cancel: CancelCallback | None = None) -> EvidenceItem:
        """Write the original's exact bytes to ``out_path``, checking SHA-256 on the way out."""
        item = self.get_item(item_id)
        out = Path(out_path)
        if out.exists():
            raise InvalidInput(field=str(out), problem="a file with this name already exists; choose another")
        if not out.parent.is_dir():
            raise InvalidInput(field=str(out), problem="its folder does not exist")
        fileobj, reader = self._open_blob(item)
        try:
            writer = DurableWriter(out.with_name(out.name + ".part"))
            try:
                self._stream_out(item, reader, writer, progress=progress, cancel=cancel)
            except BaseException:
                writer.abort()  # nothing unverified is left behind
                raise
            writer.commit(out)
        finally:
            fileobj.close()
        with self._session.db.transaction():
            self._session.audit.append("evidence.export", "evidence", item.id, case_id=item.case_id,
                                       details={"sha256": item.sha256, "verified": True})
        return item

    def verify_item(self, item_id: str) -> None:
        """Decrypt the whole original and check its hash; raises MediaDamaged or HashMismatch."""
        item = self.get_item(item_id)
        fileobj, reader = self._open_blob(item)
        try:
            self._stream_out(item, reader, _HashOnly())
        finally:
            fileobj.close()

    def _stream_out(self, item: EvidenceItem, reader, sink, **callbacks) -> None:
        fd = self._blobs.open_for_reading(item.blob_id)
        try:
            open_stream(reader, sink, item.sha256, direct_fd=fd, **callbacks)
        finally:
            os.close(fd)

    def _open_blob(self, item: EvidenceItem):
        blob = self._repo.blob(item.blob_id)
        if blob is None:
            raise NotFound(kind="stored file for evidence item", ref=item.id)
        return self._blobs.open(blob.id, blob.wrapped_key)

    # -- working copies ----------------------------------------------------------
    def make_location_stripped_copy(self, item_id: str) -> EvidenceItem:
        """A new item: the image without its GPS position (JPEG: lossless)."""
        parent, data = self._original_bytes(item_id)
        out, ext, details = working_copies.strip_location(data)
        if not any(not r.startswith("nothing") for r in details["removed"]):
            raise InvalidInput(field="location",
                               problem="this image carries no location data, so the original can be shared as it is")
        return self._derive(parent, out, ext, details, "location removed")

    def make_redacted_copy(self, item_id: str, rectangles: list[Rectangle]) -> EvidenceItem:
        """A new item: the image with ``rectangles`` blacked out and no metadata."""
        parent, data = self._original_bytes(item_id)
        out, ext, details = working_copies.redact(data, list(rectangles))
        return self._derive(parent, out, ext, details, "redacted")

    def _original_bytes(self, item_id: str) -> tuple[EvidenceItem, bytes]:
        item = self.get_item(item_id)
        if item.size > MAX_WORKING_COPY_SOURCE:
            raise InvalidInput(field="item", problem="the file is too large for a working copy")
        fileobj, reader = self._open_blob(item)
        try:
            data = reader.read_all()
        finally:
            fileobj.close()
        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise HashMismatch()
        return item, data

    def _derive(self, parent: EvidenceItem, data: bytes, ext: str, details: dict, label: str) -> EvidenceItem:
        stem = Path(parent.file_name).stem or "item"
        name = f"{stem} ({label}){ext}"
        metadata = read_metadata(data, name)
        new = NewItem(parent.case_id, name, self._session.audit.actor, "working copy",
                      f"made from item {parent.id}", parent.reliability, metadata,
                      parent_id=parent.id, derivation=details)
        return self._store(io.BytesIO(data), new, make_thumbnail(data), size=len(data))


class _HashOnly:
    """A sink that discards what it is given (for verification)."""

    def buffer(self, n: int) -> memoryview:
        return memoryview(bytearray(n))

    def advance(self, n: int) -> None:
        pass

    def write(self, data) -> None:
        pass

    def write_aligned(self, data) -> None:
        pass


def media_store(session: VaultSession) -> BlobStore:
    return BlobStore(session.vault.media_dir, session.vault.subkey("media-wrap"))


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files given, and every file under folders given (sorted); refuses anything missing."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs.sort()
                files += [Path(folder) / n for n in sorted(names) if (Path(folder) / n).is_file()]
        elif path.is_file():
            files.append(path)
        else:
            raise FileUnreadable(path=str(path), detail="there is no such file or folder")
    for f in files:
        if not os.access(f, os.R_OK):
            raise FileUnreadable(path=str(f), detail="permission denied")
    if not files:
        raise InvalidInput(field="files", problem="no files were found to add")
    return files


def _cancelled(added: list[EvidenceItem]) -> IntakeCancelled:
    exc = IntakeCancelled(count=len(added))
    exc.items = list(added)  # type: ignore[attr-defined]
    return exc


def sweep_media(session: VaultSession) -> SweepReport:
    """Remove unfinished and unreferenced blobs; log what was removed. Runs on every unlock."""
    repo = EvidenceRepository(session.db)
    report = media_store(session).sweep(repo.blob_exists)
    if report.anything:
        with session.db.transaction():
            session.audit.append("media.sweep", "vault", session.vault_id,
                                 details={"unfinished_removed": report.unfinished_removed,
                                          "orphans_removed": report.orphans_removed})
    return report


if sweep_media not in vault_service.OPEN_HOOKS:
    vault_service.OPEN_HOOKS.append(sweep_media)
