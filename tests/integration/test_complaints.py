"""Complaints: the status workflow, responses, deadlines across cases."""

from __future__ import annotations

import datetime as dt

import pytest

from evidencevault.domain.errors import InvalidInput, ReadOnlyRecord
from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.storage.complaints import ComplaintRepository
from tests.integration.records_helpers import audit_actions, new_case, snapshot


@pytest.fixture
def complaints(session):
    return ComplaintService(session)


def test_new_complaint_starts_filed_or_drafted_with_its_history(session, complaints):
    ref = new_case(session)
    filed = complaints.add_complaint(ref, "Прокуратура Ташкентской области", "prosecutor",
                                     reference_number="12/3-456", filed_on="2021-03-01",
                                     asked="возбудить уголовное дело по ст. 235 УК")
    drafted = complaints.add_complaint(ref, "UN CAT", "un_treaty_body")
    assert filed.status == "filed" and drafted.status == "drafted"
    assert [(c.from_status, c.to_status, c.changed_on) for c in filed.status_history] == [
        (None, "filed", "2021-03-01")]
    assert complaints.get_complaint(filed.id) == filed
    assert [c.id for c in complaints.list_complaints(ref)] == [filed.id, drafted.id]


def test_status_workflow_allows_only_sensible_moves(session, complaints):
    ref = new_case(session)
    complaint = complaints.add_complaint(ref, "Prosecutor", "prosecutor", filed_on="2021-03-01")
    assert "refused" in complaints.allowed_statuses(complaint.id)
    assert "appealed" not in complaints.allowed_statuses(complaint.id)
    before = snapshot(session, "complaint_status_change")
    with pytest.raises(InvalidInput) as info:
        complaints.change_status(complaint.id, "appealed")
    assert "filed" in info.value.message and "appealed" in info.value.message
    with pytest.raises(InvalidInput):
        complaints.change_status(complaint.id, "filed")
    with pytest.raises(InvalidInput):
        complaints.change_status(complaint.id, "lost")
    assert snapshot(session, "complaint_status_change") == before
    for status in ("acknowledged", "refused", "appealed", "in_court", "decided", "closed"):
        complaint = complaints.change_status(complaint.id, status, on="2021-05-01")
    assert complaint.status == "closed"
    assert [c.to_status for c in complaint.status_history] == [
        "filed", "acknowledged", "refused", "appealed", "in_court", "decided", "closed"]
    assert audit_actions(session).count("complaint.status") == 6
    with pytest.raises(InvalidInput):
        complaints.update_complaint(complaint.id, status="filed")


def test_responses_with_evidence_ids_and_a_status_change(session, complaints):
    ref = new_case(session)
    complaint = complaints.add_complaint(ref, "Prosecutor", "prosecutor", filed_on="2021-03-01")
    complaint = complaints.add_response(
        complaint.id, "denied_event", received_on="2021-04-15",
        text="Факты не подтвердились.", evidence_item_ids=["e1", "e2"], new_status="refused")
    [response] = complaint.responses
    assert response.response_type == "denied_event"
    assert response.received_on.render() == "15 April 2021"
    assert response.evidence_item_ids == ("e1", "e2")
    assert complaint.status == "refused"
    assert complaint.status_history[-1].changed_on == "2021-04-15"
    assert audit_actions(session)[-2:] == ["complaint.response", "complaint.status"]
    before = snapshot(session, "complaint_response")
    with pytest.raises(InvalidInput):
        complaints.add_response(complaint.id, "denied_event", new_status="filed")
    with pytest.raises(InvalidInput):
        complaints.add_response(complaint.id, "rude")
    assert snapshot(session, "complaint_response") == before  # the response rolled back too


def test_overdue_and_due_soon_across_all_cases(session, complaints):
    today = dt.date(2024, 6, 1)
    first, second = new_case(session), new_case(session, "second")
    a = complaints.add_complaint(first, "Prosecutor", "prosecutor", filed_on="2024-05-01")
    b = complaints.add_complaint(second, "Court", "court", filed_on="2024-05-02")
    overdue = complaints.add_deadline(a.id, "2024-05-30", "answer due (30 days)")
    soon = complaints.add_deadline(b.id, "2024-06-10", "appeal within 10 days")
    complaints.add_deadline(b.id, "2024-07-30", "later")
    met = complaints.add_deadline(a.id, "2024-05-20", "already done")
    complaints.mark_deadline_met(met.id, "2024-05-19")
    due = complaints.overdue_and_due_soon(days=14, today=today)
    assert [(d.deadline.id, d.days_left, d.overdue, d.case_ref) for d in due] == [
        (overdue.id, -2, True, first), (soon.id, 9, False, second)]
    assert due[0].authority == "Prosecutor"
    complaints.change_status(b.id, "closed")
    assert [d.deadline.id for d in complaints.overdue_and_due_soon(14, today)] == [overdue.id]
    CaseService(session).delete_case(first)
    assert complaints.overdue_and_due_soon(14, today) == []
    with pytest.raises(InvalidInput):
        complaints.add_deadline(a.id, "2024-06", "vague")
    with pytest.raises(InvalidInput):
        complaints.add_deadline(a.id, "2024-06-01", " ")


def test_retaliation_incidents_of_a_complaint(session, complaints):
    from evidencevault.services.incidents import IncidentService
    ref = new_case(session)
    complaint = complaints.add_complaint(ref, "Prosecutor", "prosecutor", filed_on="2021-03-01")
    incidents = IncidentService(session)
    late = incidents.add_incident(ref, "new charges", "new_charges", occurred="2021-06")
    early = incidents.add_incident(ref, "solitary", "solitary_confinement", occurred="2021-03-10")
    unrelated = incidents.add_incident(ref, "transfer", "transfer", occurred="2021-04")
    for incident in (late, early):
        incidents.link(incident.id, "retaliation_for", complaint_id=complaint.id)
    incidents.link(unrelated.id, "causes", complaint_id=complaint.id)
    assert [i.title for i in complaints.retaliation_incidents(complaint.id)] == [
        "solitary", "new charges"]


def test_tombstone_and_read_only(session, complaints):
    ref = new_case(session)
    complaint = complaints.add_complaint(ref, "Ombudsman", "ombudsperson")
    complaints.update_complaint(complaint.id, reference_number="77")
    complaints.delete_complaint(complaint.id)
    assert complaints.list_complaints(ref) == []
    assert audit_actions(session)[-2:] == ["complaint.edit", "complaint.delete"]
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    with session.db.transaction():
        imported = ComplaintRepository(session.db).insert(
            case_id, {"authority": "x", "authority_type": "court", "status": "filed"},
            origin="bundle:x", read_only=True)
    for attempt in (lambda: complaints.change_status(imported, "refused"),
                    lambda: complaints.add_response(imported, "no_response"),
                    lambda: complaints.add_deadline(imported, "2030-01-01", "x"),
                    lambda: complaints.delete_complaint(imported)):
        with pytest.raises(ReadOnlyRecord):
            attempt()
