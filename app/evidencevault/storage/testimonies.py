"""Testimony rows, their translations and their consent history."""

from __future__ import annotations

from evidencevault.domain.testimony import ConsentDecision, Testimony, Translation
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import (
    RecordTable, common_fields, date_columns, from_json_list, read_date, to_json_list)

TESTIMONY_COLUMNS = ("text", "language", "interviewee_id", "interviewee_name", "interviewer",
                     "interpreter", "persons_present", "taken_on", "taken_on_precision",
                     "taken_on_sort", "place")
TRANSLATION_COLUMNS = ("testimony_id", "language", "text", "translator")
CONSENT_COLUMNS = ("testimony_id", "use", "state", "decided_on", "note")


class TestimonyRepository:
    __test__ = False

    def __init__(self, db: Database) -> None:
        self._db = db
        self.testimonies = RecordTable(db, "testimony", TESTIMONY_COLUMNS)
        self.translations = RecordTable(db, "testimony_translation", TRANSLATION_COLUMNS)
        self.consents = RecordTable(db, "testimony_consent", CONSENT_COLUMNS)

    def insert(self, case_id: str, fields: dict, **origin: object) -> str:
        return self.testimonies.insert(case_id, _values(fields), **origin)

    def update(self, testimony_id: str, fields: dict) -> None:
        self.testimonies.update(testimony_id, _values(fields))

    def get(self, testimony_id: str, include_deleted: bool = False) -> Testimony | None:
        row = self.testimonies.get(testimony_id, include_deleted)
        return None if row is None else self._build([row])[0]

    def in_case(self, case_id: str) -> list[Testimony]:
        rows = self.testimonies.where("case_id = ?", (case_id,), "taken_on_sort, created_at, id")
        return self._build(rows)

    def _build(self, rows: list[Row]) -> list[Testimony]:
        ids = [r["id"] for r in rows]
        translations = self.translations.for_parents("testimony_id", ids)
        consents = self.consents.for_parents("testimony_id", ids, "created_at, rowid")
        return [_testimony(r, translations.get(r["id"], []), consents.get(r["id"], []))
                for r in rows]

    def add_translation(self, case_id: str, fields: dict) -> Translation:
        return _translation(self.translations.get(self.translations.insert(case_id, fields)))

    def get_translation(self, translation_id: str) -> Translation | None:
        row = self.translations.get(translation_id)
        return None if row is None else _translation(row)

    def add_consent(self, case_id: str, fields: dict) -> ConsentDecision:
        return _consent(self.consents.get(self.consents.insert(case_id, fields)))


def _values(fields: dict) -> dict:
    values = dict(fields)
    if "taken_on" in values:
        values.update(date_columns("taken_on", values.pop("taken_on")))
    if "persons_present" in values:
        values["persons_present"] = to_json_list(values["persons_present"])
    return values


def _testimony(row: Row, translations: list[Row], consents: list[Row]) -> Testimony:
    return Testimony(
        id=row["id"], case_id=row["case_id"], text=row["text"], language=row["language"],
        interviewee_id=row["interviewee_id"], interviewee_name=row["interviewee_name"],
        interviewer=row["interviewer"], interpreter=row["interpreter"],
        persons_present=from_json_list(row["persons_present"]),
        taken_on=read_date(row, "taken_on"), place=row["place"],
        translations=tuple(_translation(t) for t in translations),
        consent_history=tuple(_consent(c) for c in consents), **common_fields(row))


def _translation(row: Row) -> Translation:
    return Translation(row["id"], row["testimony_id"], row["language"], row["text"],
                       row["translator"], row["created_at"], row["updated_at"])


def _consent(row: Row) -> ConsentDecision:
    return ConsentDecision(row["id"], row["testimony_id"], row["use"], row["state"],
                           row["decided_on"], row["note"], row["created_at"])
