"""Export: choose the items, apply the options, and write a signed, encrypted bundle."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from evidencevault.bundle.manifest import BundleFile, Checkpoint, safe_file_name
from evidencevault.bundle.writer import BundleContent, ExportSource, write_bundle
from evidencevault.crypto.chunked import CHUNK_SIZE
from evidencevault.domain.errors import InvalidInput, NotAnImage, NothingToExport
from evidencevault.domain.evidence import EvidenceItem
from evidencevault.domain.testimony import CONSENT_USES
from evidencevault.intake import working_copies
from evidencevault.services.bundle_records import export_records
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService, media_store
from evidencevault.services.vault import VaultSession
from evidencevault.storage.audit import canonical, utc_now
from evidencevault.storage.bundles import BundleRepository
from evidencevault.storage.evidence import EvidenceRepository

COPIES = ("originals", "working", "both")
READ_BLOCK = 64 * CHUNK_SIZE   # 1 MiB of plaintext per read
STRIP_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class ExportOptions:
    copies: str = "originals"          # "originals", "working" (working copies only) or "both"
    strip_location: bool = False       # images go out without their GPS position
    leave_out_confidential: bool = False
    consent_use: str | None = None     # the use the recipient will make of it
    # Re-hash every original while exporting and stop on a mismatch. Off by default: each
    # blob is read through authenticated encryption (a changed byte fails to decrypt), its
    # SHA-256 was taken as it was encrypted at intake, and the recipient checks every hash
    # before anything is imported; re-hashing costs about a third of the export's speed.
    recheck_hashes: bool = False


@dataclass(frozen=True)
class LeftOut:
    item_id: str               # the id of the evidence item, person or testimony
    reason: str
    kind: str = "evidence"     # "evidence", "person" or "testimony"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    items: int
    total_bytes: int
    left_out: tuple[LeftOut, ...]
    manifest_sha256: str
    fingerprint: str
    recipients: tuple[str, ...] = field(default_factory=tuple)
    file_names: tuple[str, ...] = ()   # as sent, in order
    persons: int = 0                   # records that went with the files
    testimonies: int = 0
    location_removed: int = 0          # images sent without their GPS position
    location_removed_from: tuple[str, ...] = ()   # their file names


_PRIVATE_ACTIONS = frozenset({"bundle.export"})


class Exporter:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._items = EvidenceRepository(session.db)
        self._blobs = media_store(session)

    def export(self, out: Path, *, case_refs, item_ids, recipients, passphrase,  # noqa: ANN001
               options: ExportOptions, progress, cancel) -> ExportResult:
        if options.copies not in COPIES:
            raise InvalidInput(field="copies",
                               problem="choose originals, working copies, or both")
        if options.consent_use is not None and options.consent_use not in CONSENT_USES:
            raise InvalidInput(field="consent use", problem=f"use one of {', '.join(CONSENT_USES)}")
        items, cases = self._choose(case_refs, item_ids, options)
        self._location_removed: list[str] = []
        left_out: list[LeftOut] = []
        sources = []
        for item in items:
            source = self._source(len(sources) + 1, item, cases[item.case_id], options, left_out)
            if source is not None:
                sources.append(source)
        records, record_ids = {}, set()
        whole_cases = [CaseService(self._session).get_case(ref).id for ref in case_refs]
        if whole_cases:
            found: list = []
            records, record_ids = export_records(self._session.db, whole_cases, options, found)
            left_out += [LeftOut(record_id, reason, kind) for kind, record_id, reason in found]
        if not sources and not record_ids:
            raise NothingToExport(left_out=len(left_out))
        for case_id in {r["case_id"] for group in records.values() for r in group}:
            cases.setdefault(case_id, CaseService(self._session).get_case_by_id(case_id))
        content = self._content(sources, cases, options, left_out, records, record_ids, set(whole_cases))
        written = write_bundle(Path(out), content, recipients=list(recipients) or None,
                               passphrase=passphrase, progress=progress, cancel=cancel)
        digest = hashlib.sha256(written.manifest_bytes).hexdigest()
        first_case = next(iter(cases))
        self._session.audit.append(
            "bundle.export", "case", first_case, case_id=first_case,
            details={"manifest_sha256": digest, "files": len(sources),
                     "item_ids": [s.file.item_id for s in sources],
                     "left_out": [x.item_id for x in left_out],
                     "records": sorted(record_ids),
                     "recipients": list(recipients), "passphrase": passphrase is not None,
                     "options": _options_json(options)})
        return ExportResult(written.path, written.size, len(sources), written.manifest.total_size(),
                            tuple(left_out), digest, written.manifest.fingerprint, tuple(recipients),
                            tuple(s.file.item.get("file_name", "") for s in sources),
                            len(records.get("persons", [])), len(records.get("testimonies", [])),
                            len(self._location_removed), tuple(self._location_removed))

    # -- choosing --------------------------------------------------------------
    def _choose(self, case_refs, item_ids, options: ExportOptions):  # noqa: ANN001, ANN202
        chosen: dict[str, EvidenceItem] = {}
        case_service = CaseService(self._session)
        for ref in case_refs:
            case = case_service.get_case(ref)
            for item in self._items.list_for_case(case.id):
                chosen.setdefault(item.id, item)
        evidence = EvidenceService(self._session)
        for item_id in item_ids:
            item = evidence.get_item(item_id)
            chosen.setdefault(item.id, item)
        if not chosen and not case_refs:
            raise InvalidInput(field="selection", problem="choose at least one case or item")
        wanted_working = options.copies == "working"
        items = [i for i in chosen.values()
                 if options.copies == "both" or i.is_working_copy == wanted_working]
        cases = {}
        for item in items:
            if item.case_id not in cases:
                cases[item.case_id] = case_service.get_case_by_id(item.case_id)
        return items, cases

    # -- one file --------------------------------------------------------------
    def _source(self, index: int, item: EvidenceItem, case, options: ExportOptions,  # noqa: ANN001
                left_out: list[LeftOut]) -> ExportSource | None:
        described = _describe(item, case, options)
        if options.strip_location and item.media_type.startswith("image/"):
            try:
                data = self._whole(item)
                stripped, _ext, derivation = working_copies.strip_location(data)
            except NotAnImage:
                left_out.append(LeftOut(item.id, "its location could not be removed"))
                return None
            if stripped != data:
                if any(not str(what).startswith("nothing") for what in derivation.get("removed", [])):
                    self._location_removed.append(item.file_name)
                described["derivation"] = derivation
                digest = hashlib.sha256(stripped).hexdigest()
                file = BundleFile(safe_file_name(index, item.file_name), len(stripped), digest,
                                  item.sha256, item.acquired_at, item.id, "working", described)
                return ExportSource(file, lambda data=stripped: [data])
        copy = "working" if item.is_working_copy else "original"
        file = BundleFile(safe_file_name(index, item.file_name), item.size, item.sha256,
                          self._acquisition_sha(item), item.acquired_at, item.id, copy, described)
        return ExportSource(file, lambda item=item: self._chunks(item), options.recheck_hashes)

    def _acquisition_sha(self, item: EvidenceItem) -> str:
        """An original's own hash; for a working copy, the hash of the original it came from."""
        seen = 0
        while item.parent_id is not None and seen < 100:
            parent = self._items.get(item.parent_id)
            if parent is None:
                break
            item, seen = parent, seen + 1
        return item.sha256

    def _chunks(self, item: EvidenceItem) -> Iterator[bytes]:
        blob = self._items.blob(item.blob_id)
        fileobj, reader = self._blobs.open(blob.id, blob.wrapped_key)
        try:
            buf = bytearray(READ_BLOCK)
            for first in range(0, reader.chunk_count, READ_BLOCK // CHUNK_SIZE):
                n = reader.decrypt_chunks_into(first, buf)
                if n:
                    yield bytes(buf[:n])
        finally:
            fileobj.close()

    def _whole(self, item: EvidenceItem) -> bytes:
        if item.size > STRIP_LIMIT:
            raise NotAnImage(detail="the picture is too large to process in memory")
        return b"".join(self._chunks(item))

    def _content(self, sources, cases, options, left_out, records, record_ids,  # noqa: ANN001
                 whole_cases: set[str]) -> BundleContent:
        audit = self._session.audit
        # The entries about what goes: the files, the records, and (for whole cases only) the
        # case itself. Earlier exports are never included: they name other recipients' keys.
        targets = {s.file.item_id for s in sources} | whole_cases | record_ids
        entries = []
        for case_id in cases:
            entries += [e for e in audit.entries(case_id=case_id)
                        if e.target_id in targets and e.action not in _PRIVATE_ACTIONS]
        entries.sort(key=lambda e: e.seq)
        checkpoint = audit.latest_checkpoint()
        key = BundleRepository(self._session.db).signing_key()
        return BundleContent(
            sources=sources,
            audit_jsonl=b"".join(canonical(e.to_json()) + b"\n" for e in entries),
            audit_entries=len(entries),
            checkpoint=Checkpoint(checkpoint.seq, checkpoint.head_hash.hex(), checkpoint.at,
                                  checkpoint.signature.hex()),
            signing_key=key, created_at=utc_now(),
            exporter={"vault_id": self._session.vault_id, "actor": audit.actor},
            # Chosen files (no whole case) take their case's reference and title, for filing,
            # but not its summary: only what the sender picked leaves the vault.
            cases=[{"id": c.id, "ref": c.ref, "title": c.title,
                    "summary": c.summary if c.id in whole_cases else ""} for c in cases.values()],
            options=_options_json(options),
            left_out=[{"kind": x.kind, "item_id": x.item_id, "reason": x.reason} for x in left_out],
            records=records)


def _describe(item: EvidenceItem, case, options: ExportOptions) -> dict:  # noqa: ANN001
    described = {
        "case_id": item.case_id, "case_ref": case.ref, "file_name": item.file_name,
        "media_type": item.media_type, "acquired_by": item.acquired_by,
        "acquisition_method": item.acquisition_method, "source": item.source,
        "reliability": item.reliability, "captured_at": item.captured_at, "camera": item.camera,
        "note": item.note, "parent_id": item.parent_id, "derivation": item.derivation,
        "metadata": item.metadata, "gps_lat": item.gps_lat, "gps_lon": item.gps_lon,
    }
    if options.strip_location:
        described.update(metadata={}, gps_lat=None, gps_lon=None)
    return described


def _options_json(options: ExportOptions) -> dict:
    return {"copies": options.copies, "strip_location": options.strip_location,
            "leave_out_confidential": options.leave_out_confidential,
            "consent_use": options.consent_use, "recheck_hashes": options.recheck_hashes}


ProgressCallback = Callable[[int, int], None]
