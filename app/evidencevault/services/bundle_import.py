"""Import: verify the whole bundle first, then add everything in one transaction.

While the bundle is decrypted, each new file is encrypted straight into a new
blob (``media/<id>.part``, its own random key): the plaintext never touches
the disk, and nothing counts until the age file has authenticated, the
signature and every hash have checked and the audit entries agree with the
signed checkpoint. Only then are the blobs renamed into place and the rows,
provenance and audit entries written in one transaction. On any failure every
new blob is removed. A file whose content the vault already holds is only
hashed. The same bundle imported twice changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from evidencevault.bundle.manifest import BundleFile
from evidencevault.bundle.reader import NullSink, OpenedBundle, open_bundle
from evidencevault.crypto.chunked import ChunkedEncryptor, ChunkedReader
from evidencevault.domain.errors import BundleDamaged
from evidencevault.domain.evidence import DEFAULT_RELIABILITY, MediaMetadata
from evidencevault.intake.metadata import make_thumbnail
from evidencevault.services.bundle_checks import audit_problems
from evidencevault.services.bundle_records import import_records
from evidencevault.services.evidence import media_store
from evidencevault.services.vault import VaultSession
from evidencevault.storage.blobstore import MEDIA_CONTEXT, NewBlob
from evidencevault.storage.bundles import BundleRepository
from evidencevault.storage.cases import CaseRepository
from evidencevault.storage.evidence import BlobRow, EvidenceRepository, NewItem


@dataclass(frozen=True)
class ImportResult:
    already_imported: bool
    import_id: str
    case_refs: tuple[str, ...]
    items_added: int
    items_already_present: int
    records_added: int
    signer_fingerprint: str
    signer_name: str | None
    signer_verified: bool
    persons_added: int = 0          # records_added = persons_added + testimonies_added
    testimonies_added: int = 0


THUMBNAIL_LIMIT = 32 * 1024 * 1024   # larger pictures come in without a preview (memory)


class _BlobSink:
    """Encrypts pushed plaintext straight into a new blob's ``.part`` file."""

    def __init__(self, blob: NewBlob) -> None:
        self.blob = blob
        self._encryptor = ChunkedEncryptor(blob.key, MEDIA_CONTEXT)
        blob.writer.write(self._encryptor.header)
        self.sealed_size = 0

    def write(self, data: memoryview) -> None:
        out = self.blob.writer.buffer(ChunkedEncryptor.max_output(len(data)))
        self.blob.writer.advance(self._encryptor.update_into(data, out))
        out.release()

    def close(self) -> None:
        """The file's last bytes; then its buffers and writer thread go (only the descriptor
        stays until the import commits, however many files the bundle holds)."""
        self.blob.writer.write(self._encryptor.finalize())
        self.blob.writer.finish_writing()

    def discard(self) -> None:
        self.blob.discard()


class Importer:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._items = EvidenceRepository(session.db)
        self._bundles = BundleRepository(session.db)
        self._store = media_store(session)

    def import_bundle(self, path: Path, *, identities, passphrase) -> ImportResult:  # noqa: ANN001
        new_blobs: dict[str, _BlobSink] = {}

        def sink_for(file: BundleFile):  # noqa: ANN202
            if file.sha256 in new_blobs or self._items.blob_by_sha(file.sha256) is not None:
                return NullSink()  # content the vault already holds: nothing is written
            new_blobs[file.sha256] = _BlobSink(self._store.new_blob())
            return new_blobs[file.sha256]

        opened = open_bundle(Path(path), identities=identities, passphrase=passphrase,
                             sink_factory=sink_for)
        try:
            if audit_problems(opened):
                raise BundleDamaged(detail="its audit entries do not agree with its signed checkpoint")
            digest = hashlib.sha256(opened.manifest_bytes).hexdigest()
            earlier = self._bundles.import_by_manifest(digest)
            if earlier is not None:
                opened.discard()
                return self._result(opened, earlier.id, True, (), 0, 0)
            for sink in new_blobs.values():
                sink.sealed_size = sink.blob.commit()
            previews = self._previews(opened, new_blobs)
            with self._session.db.transaction():
                try:
                    result = self._record(opened, digest, new_blobs)
                except (TypeError, KeyError, AttributeError, ValueError) as exc:
                    # Signed, but not what this program writes: a hostile or broken sender.
                    # The transaction rolls back; nothing of it stays.
                    raise BundleDamaged(detail="its signed records are not in the form this "
                                               "program writes") from exc
                for blob_id, jpeg in previews.items():
                    self._items.set_thumbnail(blob_id, jpeg)
        except BaseException:
            opened.discard()
            raise
        for sink in new_blobs.values():
            sink.blob.release()
        return result

    def _previews(self, opened: OpenedBundle, new_blobs: dict[str, _BlobSink]) -> dict[str, bytes]:
        """Thumbnails of the new pictures, as intake makes them, read back from their blobs
        once the whole bundle has been verified (one picture in memory at a time)."""
        previews = {}
        for checked in opened.files:
            file, sink = checked.file, new_blobs.get(checked.file.sha256)
            if sink is None or sink.blob.id in previews or file.size > THUMBNAIL_LIMIT \
                    or not str(file.item.get("media_type", "")).startswith("image/"):
                continue
            with open(sink.blob.path, "rb", buffering=0) as blob:
                jpeg = make_thumbnail(ChunkedReader(blob, sink.blob.key, MEDIA_CONTEXT).read_all())
            if jpeg is not None:
                previews[sink.blob.id] = jpeg
        return previews

    def _record(self, opened: OpenedBundle, digest: str, new_blobs: dict[str, _BlobSink]) -> ImportResult:
        manifest = opened.manifest
        contact = self._bundles.contact_by_fingerprint(manifest.fingerprint)
        cp = manifest.checkpoint
        import_id = self._bundles.insert_import({
            "manifest_sha256": digest, "signer_key": opened.signer_public_key,
            "signer_fingerprint": manifest.fingerprint,
            "contact_id": contact.id if contact else None, "made_at": manifest.created_at,
            "checkpoint_seq": cp.seq, "checkpoint_head": cp.head_hash, "checkpoint_at": cp.at,
            "checkpoint_signature": cp.signature, "manifest": opened.manifest_bytes,
            "signature": opened.signature, "audit_jsonl": opened.audit_jsonl,
            "imported_by": self._session.audit.actor})
        cases = self._local_cases(opened)
        if not cases:
            raise BundleDamaged(detail="it holds nothing to import")
        added = present = 0
        source = f"bundle from {contact.name if contact else 'an unknown sender'} ({manifest.fingerprint})"
        for checked in opened.files:
            file = checked.file
            case_id = cases[_case_of(file)]
            if self._items.in_case_with_sha(case_id, file.sha256) is not None:
                present += 1
                continue
            blob = self._blob_row(file, new_blobs)
            first = self._items.first_with_sha(file.sha256)
            item = self._items.insert_item(_new_item(file, case_id, self._session.audit.actor, source),
                                           blob, first.id if first else None)
            self._bundles.mark_imported(item.id)
            self._bundles.insert_imported_item(item.id, import_id, file.item_id,
                                               file.acquisition_sha256, file.intake_at, file.path)
            self._session.audit.append(
                "evidence.import", "evidence", item.id, case_id=case_id,
                details={"sha256": file.sha256, "size": file.size, "import_id": import_id,
                         "sender_item_id": file.item_id,
                         "sender_acquisition_sha256": file.acquisition_sha256})
            added += 1
        persons, testimonies = import_records(self._session, manifest.records, cases,
                                              opened.signer_public_key)
        records = persons + testimonies
        first_case = next(iter(cases.values()))
        self._session.audit.append(
            "bundle.import", "bundle", import_id, case_id=first_case,
            details={"manifest_sha256": digest, "signer_fingerprint": manifest.fingerprint,
                     "checkpoint_seq": cp.seq, "files": len(opened.files), "added": added,
                     "records_added": records})
        refs = tuple(CaseRepository(self._session.db).get_by_id(c).ref for c in cases.values())
        return self._result(opened, import_id, False, refs, added, present, contact, (persons, testimonies))

    def _blob_row(self, file: BundleFile, new_blobs: dict[str, _BlobSink]) -> BlobRow:
        existing = self._items.blob_by_sha(file.sha256)
        if existing is not None:
            return existing
        sink = new_blobs[file.sha256]
        row = BlobRow(sink.blob.id, self._store.wrap_key(sink.blob.id, sink.blob.key),
                      file.sha256, file.size, sink.sealed_size)
        self._items.insert_blob(row)
        return row

    def _local_cases(self, opened: OpenedBundle) -> dict[str, str]:
        """Sender case id → local read-only case id (made on first import from that sender)."""
        signer = opened.signer_public_key
        wanted = {_case_of(c.file) for c in opened.files}
        for group in opened.manifest.records.values():
            if isinstance(group, list):
                wanted |= {r.get("case_id") for r in group
                           if isinstance(r, dict) and isinstance(r.get("case_id"), str)}
        described = {c["id"]: c for c in opened.manifest.cases
                     if isinstance(c, dict) and isinstance(c.get("id"), str)}
        repo = CaseRepository(self._session.db)
        local = {}
        for sender_case in sorted(wanted):
            case_id = self._bundles.imported_case(signer, sender_case)
            if case_id is None:
                info = described.get(sender_case, {})
                ref = self._free_ref(f"{info.get('ref') or 'imported'}/{opened.manifest.fingerprint[:4]}")
                case = repo.insert(ref, str(info.get("title") or "Imported evidence")[:500], "open",
                                   str(info.get("summary") or ""), (), origin="bundle", read_only=True)
                self._bundles.insert_imported_case(case.id, signer, sender_case)
                self._session.audit.append("case.import", "case", case.id, case_id=case.id,
                                           details={"ref": ref, "sender_case_id": sender_case})
                case_id = case.id
            local[sender_case] = case_id
        return local

    def _free_ref(self, base: str) -> str:
        repo = CaseRepository(self._session.db)
        ref, n = base, 1
        while repo.ref_exists(ref):
            n += 1
            ref = f"{base}-{n}"
        return ref

    def _result(self, opened, import_id, already, refs, added, present, contact=None,  # noqa: ANN001, ANN202
                records=(0, 0)):
        if contact is None:
            contact = self._bundles.contact_by_fingerprint(opened.manifest.fingerprint)
        return ImportResult(already, import_id, tuple(refs), added, present, sum(records),
                            opened.manifest.fingerprint, contact.name if contact else None,
                            bool(contact and contact.verified), *records)


def _case_of(file: BundleFile) -> str:
    """The sender's case id of a file ("" when the manifest gives none, or not as text)."""
    case_id = file.item.get("case_id", "")
    return case_id if isinstance(case_id, str) else ""


def _new_item(file: BundleFile, case_id: str, actor: str, source: str) -> NewItem:
    info = file.item
    metadata = MediaMetadata(
        media_type=str(info.get("media_type") or "application/octet-stream"),
        captured_at=info.get("captured_at"), camera=info.get("camera"),
        gps_lat=_number(info.get("gps_lat")), gps_lon=_number(info.get("gps_lon")),
        fields=info.get("metadata") if isinstance(info.get("metadata"), dict) else {},
        note=str(info.get("note") or ""))
    return NewItem(case_id=case_id, file_name=str(info.get("file_name") or file.path.split("/")[-1]),
                   acquired_by=actor, acquisition_method="bundle import", source=source,
                   reliability=str(info.get("reliability") or DEFAULT_RELIABILITY),
                   metadata=metadata, parent_id=None,
                   derivation=info.get("derivation") if isinstance(info.get("derivation"), dict) else None)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
