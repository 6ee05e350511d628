"""Reparation claim rows."""

from __future__ import annotations

from evidencevault.domain.reparation import ReparationClaim
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import RecordTable, common_fields

REPARATION_COLUMNS = ("person_id", "complaint_id", "kind", "status", "asked", "paid", "obstacle")


class ReparationRepository:
    def __init__(self, db: Database) -> None:
        self.claims = RecordTable(db, "reparation_claim", REPARATION_COLUMNS)

    def insert(self, case_id: str, fields: dict, **origin: object) -> str:
        return self.claims.insert(case_id, fields, **origin)

    def update(self, claim_id: str, fields: dict) -> None:
        self.claims.update(claim_id, fields)

    def get(self, claim_id: str, include_deleted: bool = False) -> ReparationClaim | None:
        row = self.claims.get(claim_id, include_deleted)
        return None if row is None else _claim(row)

    def in_case(self, case_id: str) -> list[ReparationClaim]:
        return [_claim(r) for r in self.claims.where("case_id = ?", (case_id,))]


def _claim(row: Row) -> ReparationClaim:
    return ReparationClaim(
        id=row["id"], case_id=row["case_id"], kind=row["kind"], status=row["status"],
        person_id=row["person_id"], complaint_id=row["complaint_id"], asked=row["asked"],
        paid=row["paid"], obstacle=row["obstacle"], **common_fields(row))
