"""Autosaved testimony drafts, sealed with AES-256-GCM inside the encrypted database.

The database is already encrypted by SQLCipher; drafts are sealed once more
under their own subkey (purpose "drafts") because they are rewritten every few
seconds while someone types, and are bound to their (case, testimony) slot so
one cannot be swapped for another. Discarding a draft deletes the row
(``secure_delete`` zeroes it): a draft is not a record and has no tombstone.
"""

from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evidencevault.domain.errors import DatabaseDamaged
from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import new_id

_NONCE = 12


class DraftRepository:
    def __init__(self, db: Database, key: bytes) -> None:
        self._db = db
        self._aead = AESGCM(key)

    def save(self, case_id: str, testimony_id: str | None, fields: dict) -> str:
        slot = testimony_id or ""
        nonce = os.urandom(_NONCE)
        plain = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()
        sealed = nonce + self._aead.encrypt(nonce, plain, _aad(case_id, slot))
        now = utc_now()
        self._db.execute(
            "INSERT INTO testimony_draft (id, case_id, testimony_id, sealed, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (case_id, testimony_id)"
            " DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at",
            (new_id(), case_id, slot, sealed, now, now))
        return now

    def load(self, case_id: str, testimony_id: str | None) -> tuple[dict, str] | None:
        row = self._row(case_id, testimony_id or "")
        if row is None:
            return None
        sealed = row["sealed"]
        try:
            plain = self._aead.decrypt(sealed[:_NONCE], sealed[_NONCE:],
                                       _aad(case_id, testimony_id or ""))
        except InvalidTag:
            raise DatabaseDamaged(detail="an autosaved draft does not decrypt") from None
        return json.loads(plain), row["updated_at"]

    def discard(self, case_id: str, testimony_id: str | None) -> bool:
        before = self._row(case_id, testimony_id or "")
        self._db.execute("DELETE FROM testimony_draft WHERE case_id = ? AND testimony_id = ?",
                         (case_id, testimony_id or ""))
        return before is not None

    def list_for_case(self, case_id: str) -> list[tuple[str | None, str]]:
        rows = self._db.query("SELECT testimony_id, updated_at FROM testimony_draft"
                              " WHERE case_id = ? ORDER BY updated_at", (case_id,))
        return [(r["testimony_id"] or None, r["updated_at"]) for r in rows]

    def _row(self, case_id: str, slot: str) -> Row | None:
        return self._db.query_one("SELECT sealed, updated_at FROM testimony_draft"
                                  " WHERE case_id = ? AND testimony_id = ?", (case_id, slot))


def _aad(case_id: str, slot: str) -> bytes:
    return f"evidence-vault/draft/v1\n{case_id}\n{slot}".encode()
