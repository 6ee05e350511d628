"""Case rows: the repository for the Case aggregate (with its tags)."""

from __future__ import annotations

import uuid

from evidencevault.domain.case import Case
from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row

_COLUMNS = "id, ref, title, status, summary, created_at, updated_at, origin, read_only"


class CaseRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, ref: str, title: str, status: str, summary: str, tags: tuple[str, ...],
               origin: str = "local", read_only: bool = False, case_id: str | None = None) -> Case:
        now = utc_now()
        case_id = case_id or uuid.uuid4().hex
        with self._db.transaction():
            self._db.execute(
                f"INSERT INTO case_file ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                (case_id, ref, title, status, summary, now, now, origin, int(read_only)))
            self._set_tags(case_id, tags)
        return self.get_by_id(case_id)

    def update(self, case_id: str, **fields: object) -> Case:
        tags = fields.pop("tags", None)
        allowed = {"title", "status", "summary"}
        if set(fields) - allowed:
            raise ValueError(f"cannot update {set(fields) - allowed}")
        with self._db.transaction():
            if fields:
                assignments = ", ".join(f"{name} = ?" for name in fields)
                self._db.execute(f"UPDATE case_file SET {assignments}, updated_at = ? WHERE id = ?",
                                 (*fields.values(), utc_now(), case_id))
            if tags is not None:
                self._set_tags(case_id, tuple(tags))
                self._db.execute("UPDATE case_file SET updated_at = ? WHERE id = ?",
                                 (utc_now(), case_id))
        return self.get_by_id(case_id)

    def tombstone(self, case_id: str) -> None:
        self._db.execute("UPDATE case_file SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (utc_now(), utc_now(), case_id))

    def touch(self, case_id: str) -> None:
        self._db.execute("UPDATE case_file SET updated_at = ? WHERE id = ?", (utc_now(), case_id))

    def _set_tags(self, case_id: str, tags: tuple[str, ...]) -> None:
        self._db.execute("DELETE FROM case_tag WHERE case_id = ?", (case_id,))
        self._db.executemany("INSERT OR IGNORE INTO case_tag (case_id, tag) VALUES (?, ?)",
                             [(case_id, t) for t in tags])

    def get_by_id(self, case_id: str) -> Case | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM case_file WHERE id = ?", (case_id,))
        return None if row is None else self._case(row)

    def get_by_ref(self, ref: str) -> Case | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM case_file WHERE ref = ? AND deleted_at IS NULL", (ref,))
        return None if row is None else self._case(row)

    def ref_exists(self, ref: str) -> bool:
        return self._db.query_one("SELECT 1 FROM case_file WHERE ref = ?", (ref,)) is not None

    def count(self, include_closed: bool = True) -> int:
        sql = "SELECT count(*) AS n FROM case_file WHERE deleted_at IS NULL"
        if not include_closed:
            sql += " AND status != 'closed'"
        return self._db.query_one(sql)["n"]

    def list(self, offset: int = 0, limit: int = -1, text: str = "") -> list[Case]:
        sql = f"SELECT {_COLUMNS} FROM case_file WHERE deleted_at IS NULL"
        params: list = []
        if text:
            sql += " AND (title LIKE ? OR ref LIKE ?)"
            params += [f"%{text}%", f"%{text}%"]
        sql += " ORDER BY updated_at DESC, ref LIMIT ? OFFSET ?"
        rows = self._db.query(sql, (*params, limit, offset))
        tags = self._tags_for([r["id"] for r in rows])
        return [self._case(r, tags.get(r["id"], ())) for r in rows]

    def _tags_for(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                    f"SELECT case_id, tag FROM case_tag WHERE case_id IN ({marks}) ORDER BY tag",
                    chunk):
                found.setdefault(row["case_id"], []).append(row["tag"])
        return {k: tuple(v) for k, v in found.items()}

    def _case(self, row: Row, tags: tuple[str, ...] | None = None) -> Case:
        if tags is None:
            tags = self._tags_for([row["id"]]).get(row["id"], ())
        return Case(row["id"], row["ref"], row["title"], row["status"], row["summary"], tags,
                    row["created_at"], row["updated_at"], row["origin"], bool(row["read_only"]))
