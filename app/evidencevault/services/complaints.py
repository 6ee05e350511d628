"""Complaint use cases: file a complaint, move it through its statuses, record the
answers and the deadlines, and list what is overdue or due soon across all cases."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from evidencevault.domain.complaint import (
    TRANSITIONS, Complaint, ComplaintResponse, Deadline, DueDeadline, may_change)
from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.services.records import (
    RecordService, clean_line, clean_lines, clean_text, day, fuzzy, not_in_future)
from evidencevault.domain.incident import Incident
from evidencevault.storage.complaints import ComplaintRepository, deadline_from_row
from evidencevault.storage.incidents import IncidentRepository

_EDITABLE = ("authority", "authority_type", "reference_number", "filed_on", "asked")


class ComplaintService(RecordService):
    kind = "complaint"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = ComplaintRepository(session.db)
        self._incidents = IncidentRepository(session.db)

    def add_complaint(self, case_ref: str, authority: str, authority_type: str, *,
                      reference_number: str = "", filed_on: FuzzyDate | str | None = None,
                      asked: str = "", status: str | None = None) -> Complaint:
        """A complaint starts "filed" when it has a filing date, "drafted" otherwise."""
        case = self._case(case_ref)
        fields = self._clean({"authority": authority, "authority_type": authority_type,
                              "reference_number": reference_number, "filed_on": filed_on,
                              "asked": asked})
        if status is None:
            status = "filed" if fields["filed_on"].is_known else "drafted"
        status = self._term("complaint_status", status, "status")
        with self._db.transaction():
            complaint_id = self._repo.insert(case.id, {**fields, "status": status})
            self._audit("complaint.create", complaint_id, case.id,
                        {"authority_type": fields["authority_type"], "status": status})
            self._repo.add_status_change(case.id, {
                "complaint_id": complaint_id, "from_status": None, "to_status": status,
                "changed_on": _start_day(fields["filed_on"]), "note": ""})
        return self.get_complaint(complaint_id)

    def get_complaint(self, complaint_id: str) -> Complaint:
        return self._found(self._repo.get(complaint_id), "complaint", complaint_id)

    def list_complaints(self, case_ref: str) -> list[Complaint]:
        return self._repo.in_case(self._case(case_ref).id)

    def update_complaint(self, complaint_id: str, **fields: object) -> Complaint:
        """Change the details; the status changes only through ``change_status``."""
        complaint = self._writable(self.get_complaint(complaint_id))
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)),
                               problem="cannot be changed here (use the status workflow)")
        cleaned = self._clean(fields, current=complaint)
        with self._db.transaction():
            self._repo.update(complaint.id, cleaned)
            self._audit("complaint.edit", complaint.id, complaint.case_id,
                        {"fields": sorted(fields)})
        return self.get_complaint(complaint.id)

    def delete_complaint(self, complaint_id: str) -> None:
        complaint = self._writable(self.get_complaint(complaint_id))
        with self._db.transaction():
            self._repo.complaints.tombstone(complaint.id)
            self._audit("complaint.delete", complaint.id, complaint.case_id)

    def retaliation_incidents(self, complaint_id: str) -> list[Incident]:
        """Incidents recorded as retaliation for this complaint, in date order."""
        complaint = self.get_complaint(complaint_id)
        links = [x for x in self._incidents.links_to_complaint(complaint.id)
                 if x.kind == "retaliation_for"]
        found = [self._incidents.get(x.incident_id) for x in links]
        return sorted((i for i in found if i is not None), key=Incident.timeline_key)

    # -- status workflow ---------------------------------------------------------------
    def allowed_statuses(self, complaint_id: str) -> list[str]:
        """The statuses this complaint may move to next."""
        current = self.get_complaint(complaint_id).status
        codes = [t.code for t in self._vocab.terms("complaint_status")]
        return [code for code in codes if may_change(current, code)]

    def change_status(self, complaint_id: str, status: str, *,
                      on: _dt.date | str | None = None, note: str = "") -> Complaint:
        complaint = self._writable(self.get_complaint(complaint_id))
        with self._db.transaction():
            self._change_status(complaint, status, day(on, "date"), clean_text(note, "note"))
        return self.get_complaint(complaint.id)

    def _change_status(self, complaint: Complaint, status: str, on: str, note: str) -> None:
        status = self._term("complaint_status", status, "status")
        if not may_change(complaint.status, status):
            allowed = ", ".join(TRANSITIONS.get(complaint.status, ())) or "none"
            raise InvalidInput(field="status", problem=(
                f"a complaint that is {complaint.status} cannot become {status};"
                f" allowed next: {allowed}"))
        self._repo.update(complaint.id, {"status": status})
        change = self._repo.add_status_change(complaint.case_id, {
            "complaint_id": complaint.id, "from_status": complaint.status, "to_status": status,
            "changed_on": on, "note": note})
        self._audit("complaint.status", complaint.id, complaint.case_id,
                    {"from": complaint.status, "to": status, "on": on, "change_id": change.id})

    # -- responses -------------------------------------------------------------------------
    def add_response(self, complaint_id: str, response_type: str, *,
                     received_on: FuzzyDate | str | None = None, text: str = "",
                     evidence_item_ids: Iterable[str] = (),
                     new_status: str | None = None) -> Complaint:
        """Record an answer (optionally moving the complaint to ``new_status`` too)."""
        complaint = self._writable(self.get_complaint(complaint_id))
        received = not_in_future(fuzzy(received_on, "date received"), "date received")
        fields = {"complaint_id": complaint.id, "received_on": received,
                  "response_type": self._term("response_type", response_type, "response"),
                  "text": clean_text(text, "response text"),
                  "evidence_item_ids": clean_lines(evidence_item_ids, "evidence items")}
        with self._db.transaction():
            response = self._repo.add_response(complaint.case_id, fields)
            self._audit("complaint.response", response.id, complaint.case_id,
                        {"complaint_id": complaint.id, "response_type": response.response_type,
                         "evidence_items": len(response.evidence_item_ids)},
                        target_type="complaint_response")
            if new_status is not None:
                self._change_status(complaint, new_status, _start_day(received), "")
        return self.get_complaint(complaint.id)

    def responses(self, complaint_id: str) -> tuple[ComplaintResponse, ...]:
        return self.get_complaint(complaint_id).responses

    # -- deadlines -------------------------------------------------------------------------
    def add_deadline(self, complaint_id: str, due_on: _dt.date | str, what: str) -> Deadline:
        complaint = self._writable(self.get_complaint(complaint_id))
        fields = {"complaint_id": complaint.id,
                  "due_on": day(due_on, "deadline", default_today=False),
                  "what": clean_line(what, "what is due", required=True), "met_on": None}
        with self._db.transaction():
            deadline = self._repo.add_deadline(complaint.case_id, fields)
            self._audit("complaint.deadline_add", deadline.id, complaint.case_id,
                        {"complaint_id": complaint.id, "due_on": deadline.due_on},
                        target_type="complaint_deadline")
        return deadline

    def mark_deadline_met(self, deadline_id: str, on: _dt.date | str | None = None) -> Deadline:
        row = self._found(self._repo.get_deadline(deadline_id), "deadline", deadline_id)
        self._writable(self.get_complaint(row["complaint_id"]))
        met = day(on, "date met")
        with self._db.transaction():
            self._repo.deadlines.update(deadline_id, {"met_on": met})
            self._audit("complaint.deadline_met", deadline_id, row["case_id"],
                        {"complaint_id": row["complaint_id"], "met_on": met},
                        target_type="complaint_deadline")
        return deadline_from_row(self._repo.get_deadline(deadline_id))

    def overdue_and_due_soon(self, days: int = 14,
                             today: _dt.date | None = None) -> list[DueDeadline]:
        """Unmet deadlines, across all cases, that passed or fall within ``days`` days;
        the most urgent first."""
        if days < 0:
            raise InvalidInput(field="days", problem="give zero or more days")
        today = today or _dt.date.today()
        last = (today + _dt.timedelta(days=days)).isoformat()
        return [DueDeadline(deadline_from_row(r), r["complaint_id"], r["case_id"], r["case_ref"],
                            r["authority"], r["complaint_status"],
                            (_dt.date.fromisoformat(r["due_on"]) - today).days)
                for r in self._repo.open_deadlines_until(last)]

    # -- input -------------------------------------------------------------------------------
    def _clean(self, fields: dict, current: Complaint | None = None) -> dict:
        out: dict = {}
        if "authority" in fields:
            out["authority"] = clean_line(fields["authority"], "authority", required=True)
        if "authority_type" in fields:
            out["authority_type"] = self._term(
                "authority_type", fields["authority_type"], "authority type",
                current=current.authority_type if current else None)
        if "reference_number" in fields:
            out["reference_number"] = clean_line(fields["reference_number"], "reference number")
        if "filed_on" in fields:
            out["filed_on"] = not_in_future(fuzzy(fields["filed_on"], "date filed"), "date filed")
        if "asked" in fields:
            out["asked"] = clean_text(fields["asked"], "what was asked")
        return out


def _start_day(value: FuzzyDate) -> str:
    earliest = value.earliest()
    return (earliest or _dt.date.today()).isoformat()
