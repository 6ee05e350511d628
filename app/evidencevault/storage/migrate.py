"""Numbered schema migrations: ``migrations/NNNN_name.sql``, applied in order.

``PRAGMA user_version`` holds the number of the last one applied. Each runs in
its own transaction together with the version bump, so a crash leaves the
schema at a whole step. A vault newer than this program is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from evidencevault.domain.errors import UnsupportedVault
from evidencevault.storage.database import Database

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files("evidencevault.storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(available())


def migrate(db: Database, target: int | None = None) -> int:
    """Bring the schema up to ``target`` (default: the newest). Returns the new version."""
    steps = available()
    target = len(steps) if target is None else target
    current = int(db.pragma("user_version"))
    if current > len(steps):
        raise UnsupportedVault(detail=f"schema version {current}")
    for step in steps[current:target]:
        try:
            db.executescript("BEGIN IMMEDIATE;\n" + step.sql
                             + f"\nPRAGMA user_version = {step.number};\nCOMMIT;")
        except BaseException:
            db.rollback_if_open()
            raise
    return int(db.pragma("user_version"))
