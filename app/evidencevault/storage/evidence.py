"""Evidence rows: media blobs, their thumbnails, and evidence items."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from evidencevault.domain.evidence import EvidenceItem, MediaMetadata
from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row

_ITEM_COLUMNS = (
    "id, case_id, blob_id, file_name, media_type, size, sha256, acquired_at, acquired_by,"
    " acquisition_method, source, reliability, captured_at, camera, gps_lat, gps_lon, metadata,"
    " note, parent_id, derivation, duplicate_of, created_at, updated_at, origin, read_only"
)


@dataclass(frozen=True)
class BlobRow:
    id: str
    wrapped_key: bytes
    sha256: str
    size: int
    sealed_size: int


@dataclass(frozen=True)
class NewItem:
    """Everything an intake or a working copy knows about the item it adds."""

    case_id: str
    file_name: str
    acquired_by: str
    acquisition_method: str
    source: str
    reliability: str
    metadata: MediaMetadata
    parent_id: str | None = None
    derivation: dict | None = None


class EvidenceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- blobs ---------------------------------------------------------------
    def blob_by_sha(self, sha256: str) -> BlobRow | None:
        row = self._db.query_one("SELECT * FROM media_blob WHERE sha256 = ?", (sha256,))
        return None if row is None else _blob(row)

    def blob(self, blob_id: str) -> BlobRow | None:
        row = self._db.query_one("SELECT * FROM media_blob WHERE id = ?", (blob_id,))
        return None if row is None else _blob(row)

    def blob_exists(self, blob_id: str) -> bool:
        return self._db.query_one("SELECT 1 AS x FROM media_blob WHERE id = ?", (blob_id,)) is not None

    def insert_blob(self, blob: BlobRow) -> None:
        self._db.execute(
            "INSERT INTO media_blob (id, wrapped_key, sha256, size, sealed_size, created_at)"
            " VALUES (?,?,?,?,?,?)",
            (blob.id, blob.wrapped_key, blob.sha256, blob.size, blob.sealed_size, utc_now()))

    def set_thumbnail(self, blob_id: str, jpeg: bytes) -> None:
        self._db.execute("INSERT OR REPLACE INTO media_thumbnail (blob_id, jpeg) VALUES (?, ?)",
                         (blob_id, jpeg))

    def thumbnail(self, blob_id: str) -> bytes | None:
        row = self._db.query_one("SELECT jpeg FROM media_thumbnail WHERE blob_id = ?", (blob_id,))
        return None if row is None else bytes(row["jpeg"])

    # -- items ---------------------------------------------------------------
    def insert_item(self, new: NewItem, blob: BlobRow, duplicate_of: str | None) -> EvidenceItem:
        now = utc_now()
        item_id = uuid.uuid4().hex
        meta = new.metadata
        self._db.execute(
            f"INSERT INTO evidence_item ({_ITEM_COLUMNS}) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (item_id, new.case_id, blob.id, new.file_name, meta.media_type, blob.size, blob.sha256,
             now, new.acquired_by, new.acquisition_method, new.source, new.reliability,
             meta.captured_at, meta.camera, meta.gps_lat, meta.gps_lon,
             json.dumps(meta.fields, ensure_ascii=False, sort_keys=True), meta.note,
             new.parent_id, None if new.derivation is None else json.dumps(new.derivation, sort_keys=True),
             duplicate_of, now, now, "local", 0))
        return self.get(item_id)

    def set_source(self, item_id: str, source: str, reliability: str) -> None:
        self._db.execute("UPDATE evidence_item SET source = ?, reliability = ?, updated_at = ? WHERE id = ?",
                         (source, reliability, utc_now(), item_id))

    def get(self, item_id: str) -> EvidenceItem | None:
        row = self._db.query_one(f"SELECT {_ITEM_COLUMNS} FROM evidence_item WHERE id = ?", (item_id,))
        return None if row is None else _item(row)

    def find_by_prefix(self, prefix: str) -> list[EvidenceItem]:
        rows = self._db.query(
            f"SELECT {_ITEM_COLUMNS} FROM evidence_item WHERE substr(id, 1, ?) = ? AND deleted_at IS NULL"
            " LIMIT 2", (len(prefix), prefix))
        return [_item(r) for r in rows]

    def in_case_with_sha(self, case_id: str, sha256: str) -> EvidenceItem | None:
        row = self._db.query_one(
            f"SELECT {_ITEM_COLUMNS} FROM evidence_item WHERE case_id = ? AND sha256 = ?"
            " AND parent_id IS NULL AND deleted_at IS NULL ORDER BY acquired_at LIMIT 1",
            (case_id, sha256))
        return None if row is None else _item(row)

    def first_with_sha(self, sha256: str) -> EvidenceItem | None:
        row = self._db.query_one(
            f"SELECT {_ITEM_COLUMNS} FROM evidence_item WHERE sha256 = ? ORDER BY acquired_at LIMIT 1",
            (sha256,))
        return None if row is None else _item(row)

    def list_for_case(self, case_id: str) -> list[EvidenceItem]:
        rows = self._db.query(
            f"SELECT {_ITEM_COLUMNS} FROM evidence_item WHERE case_id = ? AND deleted_at IS NULL"
            " ORDER BY acquired_at, id", (case_id,))
        return [_item(r) for r in rows]

    def all_items(self) -> list[EvidenceItem]:
        rows = self._db.query(f"SELECT {_ITEM_COLUMNS} FROM evidence_item ORDER BY acquired_at, id")
        return [_item(r) for r in rows]


def _blob(row: Row) -> BlobRow:
    return BlobRow(row["id"], bytes(row["wrapped_key"]), row["sha256"], row["size"], row["sealed_size"])


def _item(row: Row) -> EvidenceItem:
    return EvidenceItem(
        id=row["id"], case_id=row["case_id"], file_name=row["file_name"],
        media_type=row["media_type"], size=row["size"], sha256=row["sha256"],
        acquired_at=row["acquired_at"], acquired_by=row["acquired_by"],
        acquisition_method=row["acquisition_method"], source=row["source"],
        reliability=row["reliability"], captured_at=row["captured_at"], camera=row["camera"],
        gps_lat=row["gps_lat"], gps_lon=row["gps_lon"], metadata=json.loads(row["metadata"]),
        note=row["note"], parent_id=row["parent_id"],
        derivation=None if row["derivation"] is None else json.loads(row["derivation"]),
        duplicate_of=row["duplicate_of"], blob_id=row["blob_id"], created_at=row["created_at"],
        updated_at=row["updated_at"], origin=row["origin"], read_only=bool(row["read_only"]))
