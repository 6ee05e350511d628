"""Persons: names in several scripts, roles per case, confidential fields, tombstones."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput, NotFound, ReadOnlyRecord
from evidencevault.services.persons import PersonService
from evidencevault.storage.persons import PersonRepository
from tests.integration.records_helpers import audit_actions, new_case, snapshot


@pytest.fixture
def persons(session):
    return PersonService(session)


def test_add_person_with_spellings_aliases_roles_and_fuzzy_birth_date(session, persons):
    ref = new_case(session)
    person = persons.add_person(ref, "Иван Петров", spellings=["Ivan Petrov"], aliases=["Ваня"],
                                birth_date="~1980", sex="male", roles=["victim", "witness"])
    again = persons.get_person(person.id)
    assert again == person
    assert [(n.text, n.kind, n.script) for n in again.names] == [
        ("Иван Петров", "name", "cyrillic"), ("Ivan Petrov", "name", "latin"),
        ("Ваня", "alias", "cyrillic")]
    assert again.aliases == ("Ваня",)
    assert again.birth_date.render() == "around 1980"
    assert sorted(r.role for r in again.roles) == ["victim", "witness"]
    assert audit_actions(session)[-3:] == ["person.create", "person.role_add", "person.role_add"]


def test_perpetrator_role_with_unit_and_rank_listed_per_case(session, persons):
    ref, other = new_case(session), new_case(session, "Другое дело")
    officer = persons.add_person(ref, "Officer K.")
    role = persons.add_role(ref, officer.id, "perpetrator", unit="ОМВД Центрального района",
                            rank="майор", perpetrator_type="police")
    assert (role.unit, role.rank, role.perpetrator_type) == ("ОМВД Центрального района", "майор",
                                                              "police")
    persons.add_role(other, officer.id, "official")
    assert [p.name for p in persons.list_persons(ref, role="perpetrator")] == ["Officer K."]
    in_other = persons.list_persons(other)
    assert [p.id for p in in_other] == [officer.id]
    assert [r.role for r in in_other[0].roles] == ["official"]
    with pytest.raises(InvalidInput):
        persons.add_role(ref, officer.id, "perpetrator")


def test_confidential_fields_are_blanked_in_the_redacted_view(session, persons):
    ref = new_case(session)
    person = persons.add_person(ref, "Айгуль", aliases=["A."], identity_document="AB123456",
                                contact="+7 900 000", birth_date="1990-05-01",
                                confidential=["name", "identity_document", "birth_date"])
    shown = person.redacted()
    assert shown.name == "[confidential]" and "Айгуль" not in [n.text for n in shown.names]
    assert shown.aliases == ("A.",)
    assert shown.identity_document == "[confidential]"
    assert shown.contact == "+7 900 000"
    assert not shown.birth_date.is_known
    assert person.identity_document == "AB123456"


def test_edit_is_audited_and_bad_input_changes_nothing(session, persons):
    ref = new_case(session)
    person = persons.add_person(ref, "Иван")
    before = snapshot(session, "person", "person_name")
    for bad in ({"name": "  "}, {"sex": "martian"}, {"birth_date": "2020-02-30"},
                {"birth_date": "2999"}, {"confidential": ["shoe size"]}, {"height": 2}):
        with pytest.raises(InvalidInput):
            persons.update_person(person.id, **bad)
    assert snapshot(session, "person", "person_name") == before
    assert persons.get_person(person.id) == person
    updated = persons.update_person(person.id, name="Ivan", aliases=["Vanya"], sex="male")
    assert updated.name == "Ivan" and updated.aliases == ("Vanya",) and updated.sex == "male"
    entry = session.audit.entries()[-1]
    assert (entry.action, entry.target_id) == ("person.edit", person.id)
    assert entry.details == {"fields": ["aliases", "name", "sex"]}
    assert "Ivan" not in str(entry.details)


def test_delete_is_a_tombstone_with_its_roles(session, persons):
    ref = new_case(session)
    person = persons.add_person(ref, "Иван", roles=["victim"])
    persons.delete_person(person.id)
    with pytest.raises(NotFound):
        persons.get_person(person.id)
    assert persons.list_persons(ref) == []
    row = session.db.query_one("SELECT name, deleted_at FROM person WHERE id = ?", (person.id,))
    assert row["name"] == "Иван" and row["deleted_at"]
    assert session.db.query_one("SELECT deleted_at FROM person_role WHERE person_id = ?",
                                (person.id,))["deleted_at"]
    assert audit_actions(session)[-1] == "person.delete"


def test_imported_person_refuses_edits(session, persons):
    ref = new_case(session)
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    with session.db.transaction():
        person_id = PersonRepository(session.db).insert(
            case_id, {"name": "Imported"}, [], origin="bundle:abc", read_only=True)
    with pytest.raises(ReadOnlyRecord):
        persons.update_person(person_id, name="Changed")
    with pytest.raises(ReadOnlyRecord):
        persons.delete_person(person_id)
    assert persons.get_person(person_id).name == "Imported"


def test_unknown_case_is_reported(persons):
    with pytest.raises(NotFound):
        persons.add_person("C-0000-9999", "Иван")
