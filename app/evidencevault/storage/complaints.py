"""Complaint rows, their responses, status history and deadlines."""

from __future__ import annotations

from evidencevault.domain.complaint import Complaint, ComplaintResponse, Deadline, StatusChange
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import (
    RecordTable, common_fields, date_columns, from_json_list, read_date, to_json_list)

COMPLAINT_COLUMNS = ("authority", "authority_type", "reference_number", "filed_on",
                     "filed_on_precision", "filed_on_sort", "asked", "status")
RESPONSE_COLUMNS = ("complaint_id", "received_on", "received_on_precision", "received_on_sort",
                    "response_type", "text", "evidence_item_ids")
STATUS_COLUMNS = ("complaint_id", "from_status", "to_status", "changed_on", "note")
DEADLINE_COLUMNS = ("complaint_id", "due_on", "what", "met_on")


class ComplaintRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.complaints = RecordTable(db, "complaint", COMPLAINT_COLUMNS)
        self.responses = RecordTable(db, "complaint_response", RESPONSE_COLUMNS)
        self.status_changes = RecordTable(db, "complaint_status_change", STATUS_COLUMNS)
        self.deadlines = RecordTable(db, "complaint_deadline", DEADLINE_COLUMNS)

    def insert(self, case_id: str, fields: dict, **origin: object) -> str:
        return self.complaints.insert(case_id, _values(fields), **origin)

    def update(self, complaint_id: str, fields: dict) -> None:
        self.complaints.update(complaint_id, _values(fields))

    def get(self, complaint_id: str, include_deleted: bool = False) -> Complaint | None:
        row = self.complaints.get(complaint_id, include_deleted)
        return None if row is None else self._build([row])[0]

    def in_case(self, case_id: str) -> list[Complaint]:
        return self._build(self.complaints.where("case_id = ?", (case_id,),
                                                 "filed_on_sort, created_at, id"))

    def all(self) -> list[Complaint]:
        return self._build(self.complaints.where("1", (), "filed_on_sort, created_at, id"))

    def _build(self, rows: list[Row]) -> list[Complaint]:
        ids = [r["id"] for r in rows]
        responses = self.responses.for_parents("complaint_id", ids, "received_on_sort, created_at")
        changes = self.status_changes.for_parents("complaint_id", ids, "created_at, rowid")
        deadlines = self.deadlines.for_parents("complaint_id", ids, "due_on, created_at")
        return [Complaint(
            id=r["id"], case_id=r["case_id"], authority=r["authority"],
            authority_type=r["authority_type"], status=r["status"],
            reference_number=r["reference_number"], filed_on=read_date(r, "filed_on"),
            asked=r["asked"],
            responses=tuple(_response(x) for x in responses.get(r["id"], [])),
            status_history=tuple(_change(x) for x in changes.get(r["id"], [])),
            deadlines=tuple(_deadline(x) for x in deadlines.get(r["id"], [])),
            **common_fields(r)) for r in rows]

    def add_response(self, case_id: str, fields: dict) -> ComplaintResponse:
        values = dict(fields)
        values.update(date_columns("received_on", values.pop("received_on")))
        ids = values.pop("evidence_item_ids", None)
        values["evidence_item_ids"] = to_json_list(ids) if ids else None
        return _response(self.responses.get(self.responses.insert(case_id, values)))

    def add_status_change(self, case_id: str, fields: dict) -> StatusChange:
        return _change(self.status_changes.get(self.status_changes.insert(case_id, fields)))

    def add_deadline(self, case_id: str, fields: dict) -> Deadline:
        return _deadline(self.deadlines.get(self.deadlines.insert(case_id, fields)))

    def get_deadline(self, deadline_id: str) -> Row | None:
        return self.deadlines.get(deadline_id)

    def open_deadlines_until(self, last_day: str) -> list[Row]:
        """Unmet deadlines up to ``last_day`` (ISO), of complaints that are not deleted."""
        return self._db.query(
            "SELECT d.*, c.authority, c.status AS complaint_status, f.ref AS case_ref"
            " FROM complaint_deadline d JOIN complaint c ON c.id = d.complaint_id"
            " JOIN case_file f ON f.id = d.case_id"
            " WHERE d.met_on IS NULL AND d.deleted_at IS NULL AND c.deleted_at IS NULL"
            " AND f.deleted_at IS NULL AND c.status != 'closed' AND d.due_on <= ?"
            " ORDER BY d.due_on, f.ref",
            (last_day,))


def _values(fields: dict) -> dict:
    values = dict(fields)
    if "filed_on" in values:
        values.update(date_columns("filed_on", values.pop("filed_on")))
    return values


def _response(row: Row) -> ComplaintResponse:
    return ComplaintResponse(row["id"], row["complaint_id"], read_date(row, "received_on"),
                             row["response_type"], row["text"],
                             from_json_list(row["evidence_item_ids"]), row["created_at"])


def _change(row: Row) -> StatusChange:
    return StatusChange(row["id"], row["complaint_id"], row["from_status"], row["to_status"],
                        row["changed_on"], row["note"], row["created_at"])


def deadline_from_row(row: Row) -> Deadline:
    return _deadline(row)


def _deadline(row: Row) -> Deadline:
    return Deadline(row["id"], row["complaint_id"], row["due_on"], row["what"], row["met_on"],
                    row["created_at"])
