"""A reviewer's note and reliability rating on any record, kept beside it."""

from __future__ import annotations

from dataclasses import dataclass

TARGET_TYPES = ("case", "person", "incident", "testimony", "complaint", "reparation",
                "evidence")


@dataclass(frozen=True)
class Annotation:
    id: str
    case_id: str
    target_type: str
    target_id: str
    note: str
    reliability: str = ""       # vocabulary reliability ("" = not rated)
    consistency: str = ""       # vocabulary istanbul_consistency ("" = not assessed)
    reviewer: str = ""
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False
