"""Person rows, their names and aliases, and their roles per case."""

from __future__ import annotations

import json
from collections.abc import Sequence

from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.domain.person import Person, PersonName, PersonRole
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import RecordTable, common_fields, date_columns, read_date

PERSON_COLUMNS = ("name", "birth_date", "birth_date_precision", "sex",
                  "identity_document", "contact", "notes", "confidential")
ROLE_COLUMNS = ("person_id", "role", "unit", "rank", "perpetrator_type", "notes")


class PersonRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.persons = RecordTable(db, "person", PERSON_COLUMNS)
        self.roles = RecordTable(db, "person_role", ROLE_COLUMNS)

    # -- persons ---------------------------------------------------------------
    def insert(self, case_id: str, fields: dict, names: Sequence[PersonName],
               **origin: object) -> str:
        person_id = self.persons.insert(case_id, _person_values(fields), **origin)
        self.set_names(person_id, names)
        return person_id

    def update(self, person_id: str, fields: dict) -> None:
        names = fields.pop("names", None)
        if fields:
            self.persons.update(person_id, _person_values(fields))
        if names is not None:
            self.set_names(person_id, names)
            self.persons.touch(person_id)

    def set_names(self, person_id: str, names: Sequence[PersonName]) -> None:
        self._db.execute("DELETE FROM person_name WHERE person_id = ?", (person_id,))
        self._db.executemany(
            "INSERT INTO person_name (person_id, position, text, kind, script) VALUES (?,?,?,?,?)",
            [(person_id, i, n.text, n.kind, n.script) for i, n in enumerate(names)])

    def get(self, person_id: str, include_deleted: bool = False) -> Person | None:
        row = self.persons.get(person_id, include_deleted)
        return None if row is None else self._people([row])[0]

    def in_case(self, case_id: str) -> list[Person]:
        """Persons recorded in this case, and persons from elsewhere with a role in it."""
        rows = self.persons.where(
            "case_id = ? OR id IN (SELECT person_id FROM person_role"
            " WHERE case_id = ? AND deleted_at IS NULL)", (case_id, case_id), "name, id")
        return self._people(rows, role_case=case_id)

    def _people(self, rows: list[Row], role_case: str | None = None) -> list[Person]:
        ids = [r["id"] for r in rows]
        names = self._names_for(ids)
        roles = self.roles.for_parents("person_id", ids)
        people = []
        for row in rows:
            own = [_role(r) for r in roles.get(row["id"], [])
                   if role_case is None or r["case_id"] == role_case]
            people.append(_person(row, names.get(row["id"], ()), tuple(own)))
        return people

    def _names_for(self, ids: list[str]) -> dict[str, tuple[PersonName, ...]]:
        found: dict[str, list[PersonName]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._db.query(f"SELECT * FROM person_name WHERE person_id IN ({marks})"
                                    " ORDER BY person_id, position", chunk):
                found.setdefault(r["person_id"], []).append(
                    PersonName(r["text"], r["kind"], r["script"]))
        return {k: tuple(v) for k, v in found.items()}

    # -- roles -----------------------------------------------------------------
    def add_role(self, case_id: str, fields: dict, **origin: object) -> PersonRole:
        role_id = self.roles.insert(case_id, fields, **origin)
        return self.get_role(role_id)

    def get_role(self, role_id: str) -> PersonRole | None:
        row = self.roles.get(role_id)
        return None if row is None else _role(row)

    def roles_in_case(self, case_id: str, role: str | None = None) -> list[PersonRole]:
        if role is None:
            rows = self.roles.where("case_id = ?", (case_id,))
        else:
            rows = self.roles.where("case_id = ? AND role = ?", (case_id, role))
        return [_role(r) for r in rows]


def _person_values(fields: dict) -> dict:
    values = dict(fields)
    if "birth_date" in values:
        birth: FuzzyDate = values.pop("birth_date")
        values.update(date_columns("birth_date", birth))
        values.pop("birth_date_sort")  # persons are not on a timeline
    if "confidential" in values:
        values["confidential"] = json.dumps(sorted(values["confidential"]))
    return values


def _person(row: Row, names: tuple[PersonName, ...], roles: tuple[PersonRole, ...]) -> Person:
    return Person(
        id=row["id"], case_id=row["case_id"], name=row["name"], names=names,
        birth_date=read_date(row, "birth_date"), sex=row["sex"],
        identity_document=row["identity_document"], contact=row["contact"], notes=row["notes"],
        confidential=tuple(json.loads(row["confidential"])), roles=roles, **common_fields(row))


def _role(row: Row) -> PersonRole:
    return PersonRole(id=row["id"], case_id=row["case_id"], person_id=row["person_id"],
                      role=row["role"], unit=row["unit"], rank=row["rank"],
                      perpetrator_type=row["perpetrator_type"], notes=row["notes"],
                      **common_fields(row))
