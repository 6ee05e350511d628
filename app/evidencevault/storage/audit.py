"""The append-only, hash-chained audit log with signed checkpoints.

Each entry's hash is SHA-256 over the canonical JSON of its fields and the
previous entry's hash, so editing, deleting or reordering any entry breaks the
chain from that point. Every append also records a checkpoint (the new head
hash) signed with the vault's Ed25519 key; a checkpoint that left the laptop
(in a bundle, on paper) makes even a rewrite of the whole chain detectable.
Specified in docs/audit-log.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from evidencevault.crypto import signing
from evidencevault.storage.database import Database
from evidencevault.storage.search_index import flush_pending

GENESIS = b"\0" * 32


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target_type: str
    target_id: str
    case_id: str | None
    details: dict
    prev_hash: bytes
    hash: bytes

    def computed_hash(self) -> bytes:
        return entry_hash(self.seq, self.at, self.actor, self.action, self.target_type,
                          self.target_id, self.case_id, self.details, self.prev_hash)

    def to_json(self) -> dict:
        return {"seq": self.seq, "at": self.at, "actor": self.actor, "action": self.action,
                "target_type": self.target_type, "target_id": self.target_id,
                "case_id": self.case_id, "details": self.details,
                "prev_hash": self.prev_hash.hex(), "hash": self.hash.hex()}


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head_hash: bytes
    at: str
    public_key: bytes
    signature: bytes

    def message(self) -> bytes:
        return checkpoint_message(self.seq, self.head_hash, self.at)


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    checkpoints: int
    broken_at: int | None = None
    problem: str = ""


def entry_hash(seq: int, at: str, actor: str, action: str, target_type: str, target_id: str,
               case_id: str | None, details: dict, prev_hash: bytes) -> bytes:
    body = [seq, at, actor, action, target_type, target_id, case_id, details, prev_hash.hex()]
    return hashlib.sha256(b"evidence-vault/audit/v1\n" + canonical(body)).digest()


def checkpoint_message(seq: int, head_hash: bytes, at: str) -> bytes:
    return b"evidence-vault/checkpoint/v1\n" + canonical([seq, head_hash.hex(), at])


class AuditLog:
    def __init__(self, db: Database, signing_key: bytes, actor: str) -> None:
        self._db = db
        self._key = signing_key
        self.public_key = signing.public_key_of(signing_key)
        self.actor = actor

    def append(self, action: str, target_type: str, target_id: str, *,
               case_id: str | None = None, details: dict | None = None) -> AuditEntry:
        """Add an entry (and a signed checkpoint) inside the caller's transaction."""
        details = details or {}
        with self._db.transaction():
            head = self._db.query_one("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
            seq = 1 if head is None else head["seq"] + 1
            prev = GENESIS if head is None else head["hash"]
            at = utc_now()
            digest = entry_hash(seq, at, self.actor, action, target_type, target_id,
                                case_id, details, prev)
            self._db.execute(
                "INSERT INTO audit_event (seq, at, actor, action, target_type, target_id, case_id,"
                " details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (seq, at, self.actor, action, target_type, target_id, case_id,
                 canonical(details).decode(), prev, digest))
            self._db.execute(
                "INSERT INTO audit_checkpoint (seq, head_hash, at, public_key, signature)"
                " VALUES (?,?,?,?,?)",
                (seq, digest, at, self.public_key,
                 signing.sign(self._key, checkpoint_message(seq, digest, at))))
            flush_pending(self._db)  # the search index follows each recorded change, same transaction
        return AuditEntry(seq, at, self.actor, action, target_type, target_id, case_id,
                          details, prev, digest)

    def entries(self, case_id: str | None = None, after_seq: int = 0,
                limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT * FROM audit_event WHERE seq > ?"
        params: list = [after_seq]
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_entry(row) for row in self._db.query(sql, params)]

    def latest_checkpoint(self) -> Checkpoint | None:
        row = self._db.query_one("SELECT * FROM audit_checkpoint ORDER BY seq DESC LIMIT 1")
        return None if row is None else Checkpoint(**row)

    def verify(self, trusted: list[Checkpoint] = ()) -> AuditReport:
        """Walk the whole log; report the first entry where it breaks."""
        count = 0
        prev = GENESIS
        for entry in self._iter_all():
            count += 1
            if entry.seq != count:
                missing = count if entry.seq > count else entry.seq
                return AuditReport(False, count - 1, 0, missing,
                                   "an entry is missing or out of order")
            if entry.prev_hash != prev:
                return AuditReport(False, count - 1, 0, entry.seq,
                                   "the link to the previous entry does not match")
            if entry.computed_hash() != entry.hash:
                return AuditReport(False, count - 1, 0, entry.seq,
                                   "the entry was altered after it was written")
            prev = entry.hash
        return self._verify_checkpoints(count, list(trusted))

    def _verify_checkpoints(self, count: int, trusted: list[Checkpoint]) -> AuditReport:
        rows = self._db.query("SELECT * FROM audit_checkpoint ORDER BY seq")
        heads = {r["seq"]: r["hash"] for r in self._db.query("SELECT seq, hash FROM audit_event")}
        for cp in [Checkpoint(**r) for r in rows] + trusted:
            if not signing.verify(cp.public_key, cp.message(), cp.signature):
                return AuditReport(False, count, len(rows), cp.seq,
                                   "a checkpoint's signature is not valid")
            if cp.public_key != self.public_key and cp not in trusted:
                return AuditReport(False, count, len(rows), cp.seq,
                                   "a checkpoint was signed by another key")
            if cp.seq > count:
                return AuditReport(False, count, len(rows), count + 1,
                                   "entries after this point were removed")
            if heads.get(cp.seq) != cp.head_hash:
                return AuditReport(False, count, len(rows), cp.seq,
                                   "the log differs from what was signed at this point")
        return AuditReport(True, count, len(rows))

    def _iter_all(self, batch: int = 5000) -> Iterator[AuditEntry]:
        after = 0
        while True:
            rows = self._db.query(
                "SELECT * FROM audit_event WHERE rowid > ? ORDER BY rowid LIMIT ?", (after, batch))
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            after = rows[-1]["seq"]


def _entry(row: dict) -> AuditEntry:
    data = dict(row)
    data["details"] = json.loads(data["details"])
    return AuditEntry(**data)
