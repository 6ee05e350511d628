"""A reparation claim: rehabilitation, compensation, restitution and the rest."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReparationClaim:
    id: str
    case_id: str
    kind: str                   # vocabulary reparation_kind
    status: str                 # vocabulary reparation_status
    person_id: str | None = None
    complaint_id: str | None = None
    asked: str = ""
    paid: str = ""
    obstacle: str = ""
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False
