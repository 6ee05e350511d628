"""The SQLCipher connection: keyed first, checked, then configured.

One connection per open vault, shared by the window's threads behind a lock.
The key is a raw 256-bit key derived by HKDF from the master key, so
SQLCipher's own PBKDF2 is skipped; it is interpolated into the PRAGMA only as
hex digits we produced ourselves (PRAGMAs cannot take bound parameters).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from evidencevault.domain.errors import DatabaseDamaged, DiskFull

Row = dict[str, Any]
# "vtable constructor failed": a full-text index (FTS5) whose own pages are damaged.
_DAMAGE_HINTS = ("not a database", "malformed", "hmac", "corrupt", "disk i/o error",
                 "vtable constructor failed")


def _dict_row(cursor: dbapi2.Cursor, row: tuple) -> Row:
    return {d[0]: v for d, v in zip(cursor.description, row)}


class Database:
    """A keyed SQLCipher connection with a transaction helper and typed errors."""

    def __init__(self, path: Path, raw_key: bytes) -> None:
        if len(raw_key) != 32:
            raise ValueError("database key must be 32 bytes")
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._conn = sqlcipher3.connect(str(path), isolation_level=None,
                                            check_same_thread=False)
        except dbapi2.Error as exc:
            raise DatabaseDamaged(detail="the database file cannot be opened") from exc
        try:
            self._configure(raw_key)
        except BaseException:
            self._conn.close()
            raise

    def _configure(self, raw_key: bytes) -> None:
        conn = self._conn
        # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise DatabaseDamaged(detail="SQLCipher is not available")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            raise DatabaseDamaged(detail="the database does not match this vault's key") from exc
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.row_factory = _dict_row

    # -- queries -------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[Row]:
        with self._guard():
            return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict = ()) -> Row | None:
        with self._guard():
            return self._conn.execute(sql, params).fetchone()

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> int:
        """Run one statement; returns lastrowid. Use inside ``transaction()`` for writes."""
        with self._guard():
            return self._conn.execute(sql, params).lastrowid

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._guard():
            self._conn.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        with self._guard():
            self._conn.executescript(script)

    def pragma(self, name: str) -> Any:
        row = self.query_one(f"PRAGMA {name}")
        return None if row is None else next(iter(row.values()))

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; nested uses join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            with self._guard():
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                with self._guard():
                    self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            with self._guard():
                self._conn.execute("COMMIT")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def _guard(self) -> Iterator[None]:
        with self._lock:
            try:
                yield
            except dbapi2.DatabaseError as exc:
                raise translate_error(exc) from exc

    def rollback_if_open(self) -> None:
        with self._lock:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            self._depth = 0

    def checkpoint(self) -> None:
        self.query("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except dbapi2.Error:
                pass
            self._conn.close()


def translate_error(exc: dbapi2.DatabaseError) -> Exception:
    """Map SQLite's errors to ours: damage and a full disk get sentences; bugs stay bugs."""
    text = str(exc).lower()
    if "full" in text and ("disk" in text or "database" in text):
        return DiskFull()
    if isinstance(exc, (dbapi2.IntegrityError, dbapi2.ProgrammingError)):
        return exc
    if any(hint in text for hint in _DAMAGE_HINTS):
        return DatabaseDamaged(detail="a page failed its integrity check")
    return exc
