"""Reparation claim use cases: what was asked, what was paid, what stands in the way."""

from __future__ import annotations

from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.reparation import ReparationClaim
from evidencevault.services.records import RecordService, clean_line, clean_text
from evidencevault.storage.complaints import ComplaintRepository
from evidencevault.storage.persons import PersonRepository
from evidencevault.storage.reparations import ReparationRepository

_EDITABLE = ("kind", "status", "person_id", "complaint_id", "asked", "paid", "obstacle")
NEEDS_OBSTACLE = ("abandoned",)


class ReparationService(RecordService):
    kind = "reparation claim"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = ReparationRepository(session.db)
        self._persons = PersonRepository(session.db)
        self._complaints = ComplaintRepository(session.db)

    def add_claim(self, case_ref: str, kind: str, *, status: str = "not_claimed",
                  person_id: str | None = None, complaint_id: str | None = None,
                  asked: str = "", paid: str = "", obstacle: str = "") -> ReparationClaim:
        case = self._case(case_ref)
        fields = self._clean({"kind": kind, "status": status, "person_id": person_id,
                              "complaint_id": complaint_id, "asked": asked, "paid": paid,
                              "obstacle": obstacle})
        _check_obstacle(fields["status"], fields["obstacle"])
        with self._db.transaction():
            claim_id = self._repo.insert(case.id, fields)
            self._audit("reparation.create", claim_id, case.id,
                        {"kind": fields["kind"], "status": fields["status"]},
                        target_type="reparation")
        return self.get_claim(claim_id)

    def get_claim(self, claim_id: str) -> ReparationClaim:
        return self._found(self._repo.get(claim_id), "reparation claim", claim_id)

    def list_claims(self, case_ref: str) -> list[ReparationClaim]:
        return self._repo.in_case(self._case(case_ref).id)

    def update_claim(self, claim_id: str, **fields: object) -> ReparationClaim:
        claim = self._writable(self.get_claim(claim_id))
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)), problem="cannot be changed here")
        cleaned = self._clean(fields, current=claim)
        _check_obstacle(cleaned.get("status", claim.status), cleaned.get("obstacle", claim.obstacle))
        with self._db.transaction():
            self._repo.update(claim.id, cleaned)
            details = {"fields": sorted(fields)}
            if "status" in cleaned:
                details.update({"from": claim.status, "to": cleaned["status"]})
            self._audit("reparation.edit", claim.id, claim.case_id, details,
                        target_type="reparation")
        return self.get_claim(claim.id)

    def delete_claim(self, claim_id: str) -> None:
        claim = self._writable(self.get_claim(claim_id))
        with self._db.transaction():
            self._repo.claims.tombstone(claim.id)
            self._audit("reparation.delete", claim.id, claim.case_id, target_type="reparation")

    def _clean(self, fields: dict, current: ReparationClaim | None = None) -> dict:
        out: dict = {}
        for key, vocabulary in (("kind", "reparation_kind"), ("status", "reparation_status")):
            if key in fields:
                out[key] = self._term(vocabulary, fields[key], key,
                                      current=getattr(current, key) if current else None)
        if "person_id" in fields:
            out["person_id"] = fields["person_id"] or None
            if out["person_id"] and self._persons.get(out["person_id"]) is None:
                self._found(None, "person", out["person_id"])
        if "complaint_id" in fields:
            out["complaint_id"] = fields["complaint_id"] or None
            if out["complaint_id"] and self._complaints.get(out["complaint_id"]) is None:
                self._found(None, "complaint", out["complaint_id"])
        for key in ("asked", "paid"):
            if key in fields:
                out[key] = clean_line(fields[key], key)
        if "obstacle" in fields:
            out["obstacle"] = clean_text(fields["obstacle"], "obstacle")
        return out


def _check_obstacle(status: str, obstacle: str) -> None:
    if status in NEEDS_OBSTACLE and not obstacle:
        raise InvalidInput(field="obstacle",
                           problem="say what stood in the way when a claim is abandoned")
