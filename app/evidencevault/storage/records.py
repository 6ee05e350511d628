"""What every record table shares: ids, timestamps, tombstones, origin, read-only.

Repositories build on ``RecordTable`` so that inserting, updating and
tombstoning a row works the same way everywhere. Column names are never taken
from the user: each repository passes its own fixed list.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence

from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row

COMMON = ("id", "case_id", "created_at", "updated_at", "deleted_at", "origin", "read_only")


def new_id() -> str:
    return uuid.uuid4().hex


class RecordTable:
    """One record table with its fixed, editable columns."""

    def __init__(self, db: Database, table: str, columns: Sequence[str]) -> None:
        self._db = db
        self.table = table
        self.columns = tuple(columns)

    def insert(self, case_id: str, values: dict, *, origin: str = "local",
               read_only: bool = False, record_id: str | None = None) -> str:
        self._check(values)
        record_id = record_id or new_id()
        now = utc_now()
        names = ["id", "case_id", "created_at", "updated_at", "origin", "read_only", *values]
        params = [record_id, case_id, now, now, origin, int(read_only), *values.values()]
        self._db.execute(
            f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            params)
        return record_id

    def update(self, record_id: str, values: dict) -> None:
        self._check(values)
        assignments = "".join(f"{name} = ?, " for name in values)
        self._db.execute(f"UPDATE {self.table} SET {assignments}updated_at = ? WHERE id = ?",
                         (*values.values(), utc_now(), record_id))

    def tombstone(self, record_id: str) -> None:
        now = utc_now()
        self._db.execute(f"UPDATE {self.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (now, now, record_id))

    def touch(self, record_id: str) -> None:
        self._db.execute(f"UPDATE {self.table} SET updated_at = ? WHERE id = ?",
                         (utc_now(), record_id))

    def get(self, record_id: str, include_deleted: bool = False) -> Row | None:
        sql = f"SELECT * FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return self._db.query_one(sql, (record_id,))

    def where(self, condition: str, params: Sequence = (), order: str = "created_at, id",
              include_deleted: bool = False, offset: int = 0, limit: int = -1) -> list[Row]:
        sql = f"SELECT * FROM {self.table} WHERE ({condition})"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return self._db.query(f"{sql} ORDER BY {order} LIMIT ? OFFSET ?",
                              (*params, limit, offset))

    def for_parents(self, column: str, ids: Sequence[str],
                    order: str = "created_at, id") -> dict[str, list[Row]]:
        """Child rows grouped by a parent id column, fetched in chunks (one query per 500)."""
        found: dict[str, list[Row]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.where(f"{column} IN ({marks})", chunk, order):
                found.setdefault(row[column], []).append(row)
        return found

    def _check(self, values: dict) -> None:
        unknown = set(values) - set(self.columns)
        if unknown:
            raise ValueError(f"{self.table} has no editable column {sorted(unknown)}")


# -- column codecs -------------------------------------------------------------
def date_columns(name: str, value: FuzzyDate) -> dict:
    """A fuzzy date as its three columns: text, precision, sort key."""
    return {name: value.to_text(), f"{name}_precision": value.precision,
            f"{name}_sort": value.sort_key()}


def read_date(row: Row, name: str) -> FuzzyDate:
    """The stored text form back to a date (a fast path for the forms we write)."""
    text = row[name]
    if not text:
        return FuzzyDate()
    try:
        parts = [int(p) for p in text.lstrip("~").split("-")]
    except ValueError:
        return FuzzyDate.parse(text)
    return FuzzyDate.of(*parts, estimated=text.startswith("~"))


def to_json_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def from_json_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def common_fields(row: Row) -> dict:
    return {"created_at": row["created_at"], "updated_at": row["updated_at"],
            "origin": row["origin"], "read_only": bool(row["read_only"])}
