"""Incidents: fuzzy dates on a timeline, perpetrators and involvement, links."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput, NotFound, ReadOnlyRecord
from evidencevault.domain.incident import IncidentPerpetrator
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.services.persons import PersonService
from evidencevault.storage.incidents import IncidentRepository
from tests.integration.records_helpers import audit_actions, new_case, snapshot


@pytest.fixture
def incidents(session):
    return IncidentService(session)


def test_timeline_is_in_date_order_whatever_the_entry_order(session, incidents):
    ref = new_case(session)
    for title, when in (("unknown", ""), ("sentence", "2021"), ("beating", "2020-03-14"),
                        ("arrest", "2020-03"), ("threats", "~2019"), ("transfer", "2020-03-02")):
        incidents.add_incident(ref, title, "threats", occurred=when)
    timeline = incidents.timeline(ref)
    assert [i.title for i in timeline] == ["threats", "arrest", "transfer", "beating", "sentence",
                                           "unknown"]
    assert [i.occurred.render() for i in timeline] == [
        "around 2019", "March 2020", "2 March 2020", "14 March 2020", "2021", "date unknown"]


def test_victims_perpetrators_methods_and_place(session, incidents):
    ref = new_case(session)
    people = PersonService(session)
    victim = people.add_person(ref, "Фарход", roles=["victim"])
    guard = people.add_person(ref, "Guard", roles=["perpetrator"])
    chief = people.add_person(ref, "Chief", roles=["perpetrator"])
    incident = incidents.add_incident(
        ref, "Beaten in the punishment cell", "torture", occurred="2021-06-14",
        methods=["beating", "stress_positions"], place="ИК-64, ШИЗО",
        place_type="prison", detention_status=["lawyer_denied"], statements=["forced_to_sign"],
        victims=[victim.id],
        perpetrators=[(guard.id, "direct"), IncidentPerpetrator(chief.id, "ordered")],
        description="Бил дубинкой", consequences="broken rib")
    again = incidents.get_incident(incident.id)
    assert again == incident
    assert again.methods == ("beating", "stress_positions")
    assert again.victims == (victim.id,)
    assert again.perpetrators == (IncidentPerpetrator(guard.id, "direct"),
                                  IncidentPerpetrator(chief.id, "ordered"))
    edited = incidents.update_incident(incident.id, perpetrators=[(guard.id, "direct")])
    assert edited.victims == (victim.id,) and len(edited.perpetrators) == 1
    assert audit_actions(session)[-2:] == ["incident.create", "incident.edit"]


def test_bad_input_is_refused_and_changes_nothing(session, incidents):
    ref = new_case(session)
    before = snapshot(session, "incident", "incident_person")
    for kwargs in ({"title": "", "act_type": "torture"},
                   {"title": "x", "act_type": "tickling"},
                   {"title": "x", "act_type": "torture", "methods": ["beating", "nonsense"]},
                   {"title": "x", "act_type": "torture", "occurred": "2020-13"},
                   {"title": "x", "act_type": "torture", "occurred": "2999-01-01"},
                   {"title": "x", "act_type": "torture", "place_type": "moon"},
                   {"title": "x", "act_type": "torture", "perpetrators": [("p", "direct")]}):
        with pytest.raises((InvalidInput, NotFound)):
            incidents.add_incident(ref, **kwargs)
    assert snapshot(session, "incident", "incident_person") == before


def test_links_between_incidents_and_retaliation_for_a_complaint(session, incidents):
    ref = new_case(session)
    arrest = incidents.add_incident(ref, "arrest", "arrest", occurred="2021-01")
    beating = incidents.add_incident(ref, "beating", "torture", occurred="2021-02")
    complaint = ComplaintService(session).add_complaint(ref, "Прокуратура области", "prosecutor",
                                                       filed_on="2021-03-01")
    cell = incidents.add_incident(ref, "solitary after complaint", "solitary_confinement",
                                  occurred="2021-03-10")
    link = incidents.link(arrest.id, "precedes", other_incident_id=beating.id)
    incidents.link(cell.id, "retaliation_for", complaint_id=complaint.id)
    assert incidents.get_incident(arrest.id).links == (link,)
    assert [x.incident_id for x in incidents.linked_from(beating.id)] == [arrest.id]
    assert [i.title for i in incidents.retaliation_for_complaint(complaint.id)] == [
        "solitary after complaint"]
    with pytest.raises(InvalidInput):
        incidents.link(arrest.id, "precedes", other_incident_id=arrest.id)
    with pytest.raises(InvalidInput):
        incidents.link(arrest.id, "precedes")
    with pytest.raises(InvalidInput):
        incidents.link(arrest.id, "befriends", other_incident_id=beating.id)
    with pytest.raises(NotFound):
        incidents.link(arrest.id, "causes", complaint_id="0" * 32)
    incidents.unlink(link.id)
    assert incidents.get_incident(arrest.id).links == ()
    assert audit_actions(session)[-1] == "incident.unlink"


def test_delete_is_a_tombstone_and_imported_incidents_are_read_only(session, incidents):
    ref = new_case(session)
    incident = incidents.add_incident(ref, "arrest", "arrest")
    incidents.delete_incident(incident.id)
    assert incidents.timeline(ref) == []
    assert session.db.query_one("SELECT deleted_at FROM incident WHERE id = ?",
                                (incident.id,))["deleted_at"]
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    with session.db.transaction():
        imported = IncidentRepository(session.db).insert(
            case_id, {"title": "theirs", "act_type": "arrest"}, origin="bundle:x", read_only=True)
    with pytest.raises(ReadOnlyRecord):
        incidents.update_incident(imported, title="mine")
    with pytest.raises(ReadOnlyRecord):
        incidents.delete_incident(imported)
    assert audit_actions(session)[-1] == "incident.delete"


def test_a_long_timeline_comes_in_pages(session, incidents):
    ref = new_case(session)
    for n in range(12):
        incidents.add_incident(ref, f"i{n}", "threats", occurred=f"2020-{12 - n:02d}")
    whole = incidents.timeline(ref)
    pages = [incidents.timeline(ref, offset=o, limit=5) for o in (0, 5, 10)]
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [i.id for p in pages for i in p] == [i.id for i in whole]
    assert incidents.count_incidents(ref) == 12
