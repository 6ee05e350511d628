"""A case: the file on one person or one event."""

from __future__ import annotations

from dataclasses import dataclass, field

CASE_STATUSES = ("open", "monitoring", "closed", "archived")


@dataclass(frozen=True)
class Case:
    id: str
    ref: str
    title: str
    status: str
    summary: str
    tags: tuple[str, ...] = field(default_factory=tuple)
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False
