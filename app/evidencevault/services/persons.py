"""Person use cases: add, edit, delete (tombstone) persons; give them roles in cases."""

from __future__ import annotations

from collections.abc import Iterable

from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.domain.person import CONFIDENTIAL_FIELDS, Person, PersonName, PersonRole, script_of
from evidencevault.services.records import (
    RecordService, clean_line, clean_lines, clean_text, fuzzy, not_in_future)
from evidencevault.storage.persons import PersonRepository

_EDITABLE = {"name", "spellings", "aliases", "birth_date", "sex", "identity_document", "contact",
             "notes", "confidential"}


class PersonService(RecordService):
    kind = "person"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = PersonRepository(session.db)

    def add_person(self, case_ref: str, name: str, *, spellings: Iterable[str] = (),
                   aliases: Iterable[str] = (), birth_date: FuzzyDate | str | None = None,
                   sex: str = "unknown", identity_document: str = "", contact: str = "",
                   notes: str = "", confidential: Iterable[str] = (),
                   roles: Iterable[str] = ()) -> Person:
        """A person recorded in this case; ``roles`` are role codes in the same case."""
        case = self._case(case_ref)
        fields = self._clean({"name": name, "spellings": spellings, "aliases": aliases,
                              "birth_date": birth_date, "sex": sex,
                              "identity_document": identity_document, "contact": contact,
                              "notes": notes, "confidential": confidential})
        roles = self._terms("person_role", roles, "role")
        names = _names(fields.pop("name"), fields.pop("spellings"), fields.pop("aliases"))
        with self._db.transaction():
            person_id = self._repo.insert(case.id, {"name": names[0].text, **fields}, names)
            self._audit("person.create", person_id, case.id, {"roles": list(roles)})
            for role in roles:
                self._add_role(case.id, person_id, {"role": role})
        return self.get_person(person_id)

    def get_person(self, person_id: str) -> Person:
        return self._found(self._repo.get(person_id), "person", person_id)

    def list_persons(self, case_ref: str, role: str | None = None) -> list[Person]:
        """Persons of a case with their roles in it, by name; optionally only one role."""
        people = self._repo.in_case(self._case(case_ref).id)
        if role is not None:
            people = [p for p in people if any(r.role == role for r in p.roles)]
        return people

    def update_person(self, person_id: str, **fields: object) -> Person:
        person = self._writable(self.get_person(person_id))
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)), problem="cannot be changed here")
        cleaned = self._clean(fields, current=person)
        if {"name", "spellings", "aliases"} & set(cleaned):
            names = _names(cleaned.pop("name", person.name),
                           cleaned.pop("spellings", person.spellings[1:]),
                           cleaned.pop("aliases", person.aliases))
            cleaned.update(name=names[0].text, names=names)
        with self._db.transaction():
            self._repo.update(person.id, cleaned)
            self._audit("person.edit", person.id, person.case_id, {"fields": sorted(fields)})
        return self.get_person(person.id)

    def delete_person(self, person_id: str) -> None:
        """A tombstone: the person and their roles stay in the vault, marked deleted."""
        person = self._writable(self.get_person(person_id))
        with self._db.transaction():
            for role in person.roles:
                self._repo.roles.tombstone(role.id)
            self._repo.persons.tombstone(person.id)
            self._audit("person.delete", person.id, person.case_id,
                        {"roles": [r.id for r in person.roles]})

    # -- roles -------------------------------------------------------------------
    def add_role(self, case_ref: str, person_id: str, role: str, *, unit: str = "",
                 rank: str = "", perpetrator_type: str = "", notes: str = "") -> PersonRole:
        """Give a person (of this case or another) a role in this case."""
        case = self._case(case_ref)
        person = self.get_person(person_id)
        fields = {"role": self._term("person_role", role, "role"),
                  "unit": clean_line(unit, "unit"), "rank": clean_line(rank, "rank"),
                  "perpetrator_type": self._term("perpetrator_type", perpetrator_type,
                                                 "perpetrator type", required=False),
                  "notes": clean_text(notes, "notes")}
        if any(r.role == fields["role"] and r.case_id == case.id
               for r in self._repo.roles_in_case(case.id) if r.person_id == person.id):
            raise InvalidInput(field="role", problem="this person already has this role here")
        with self._db.transaction():
            return self._add_role(case.id, person.id, fields)

    def _add_role(self, case_id: str, person_id: str, fields: dict) -> PersonRole:
        role = self._repo.add_role(case_id, {"person_id": person_id, **fields})
        self._audit("person.role_add", role.id, case_id,
                    {"person_id": person_id, "role": role.role}, target_type="person_role")
        return role

    def remove_role(self, role_id: str) -> None:
        role = self._writable(self._found(self._repo.get_role(role_id), "role", role_id), "role")
        with self._db.transaction():
            self._repo.roles.tombstone(role.id)
            self._audit("person.role_remove", role.id, role.case_id,
                        {"person_id": role.person_id, "role": role.role}, target_type="person_role")

    # -- input -------------------------------------------------------------------
    def _clean(self, fields: dict, current: Person | None = None) -> dict:
        out: dict = {}
        if "name" in fields:
            out["name"] = clean_line(fields["name"], "name", required=True)
        for key in ("spellings", "aliases"):
            if key in fields:
                out[key] = clean_lines(fields[key], key)
        if "birth_date" in fields:
            out["birth_date"] = not_in_future(fuzzy(fields["birth_date"], "birth date"),
                                              "birth date")
        if "sex" in fields:
            out["sex"] = self._term("sex", fields["sex"] or "unknown", "sex",
                                    current=current.sex if current else None)
        for key in ("identity_document", "contact"):
            if key in fields:
                out[key] = clean_line(fields[key], key.replace("_", " "))
        if "notes" in fields:
            out["notes"] = clean_text(fields["notes"], "notes")
        if "confidential" in fields:
            chosen = clean_lines(fields["confidential"], "confidential")
            wrong = [c for c in chosen if c not in CONFIDENTIAL_FIELDS]
            if wrong:
                raise InvalidInput(field="confidential",
                                   problem=f"use field names from {', '.join(CONFIDENTIAL_FIELDS)}")
            out["confidential"] = chosen
        return out


def _names(name: str, spellings: Iterable[str], aliases: Iterable[str]) -> tuple[PersonName, ...]:
    """The main name first, then other spellings (other scripts), then aliases."""
    names = [PersonName(name, "name", script_of(name))]
    names += [PersonName(s, "name", script_of(s)) for s in spellings if s != name]
    names += [PersonName(a, "alias", script_of(a)) for a in aliases]
    return tuple(names)
