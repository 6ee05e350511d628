"""Incident rows, who was involved (victims, perpetrators), and links between incidents."""

from __future__ import annotations

from collections.abc import Sequence

from evidencevault.domain.incident import Incident, IncidentLink, IncidentPerpetrator
from evidencevault.storage.database import Database, Row
from evidencevault.storage.records import (
    RecordTable, common_fields, date_columns, from_json_list, read_date, to_json_list)

INCIDENT_COLUMNS = ("title", "act_type", "occurred", "occurred_precision", "occurred_sort",
                    "methods", "place", "place_type", "detention_status", "statements",
                    "description", "consequences")
LINK_COLUMNS = ("incident_id", "kind", "other_incident_id", "complaint_id", "note")
_LISTS = ("methods", "detention_status", "statements")


class IncidentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.incidents = RecordTable(db, "incident", INCIDENT_COLUMNS)
        self.links = RecordTable(db, "incident_link", LINK_COLUMNS)

    def insert(self, case_id: str, fields: dict, **origin: object) -> str:
        people = _split_people(fields)
        incident_id = self.incidents.insert(case_id, _values(fields), **origin)
        self._set_people(incident_id, *people)
        return incident_id

    def update(self, incident_id: str, fields: dict) -> None:
        victims, perpetrators = fields.pop("victims", None), fields.pop("perpetrators", None)
        if fields:
            self.incidents.update(incident_id, _values(fields))
        if victims is not None or perpetrators is not None:
            current = self.get(incident_id)
            self._set_people(incident_id,
                             current.victims if victims is None else victims,
                             current.perpetrators if perpetrators is None else perpetrators)
            self.incidents.touch(incident_id)

    def _set_people(self, incident_id: str, victims: Sequence[str],
                    perpetrators: Sequence[IncidentPerpetrator]) -> None:
        self._db.execute("DELETE FROM incident_person WHERE incident_id = ?", (incident_id,))
        rows = [(incident_id, pid, "victim", "") for pid in dict.fromkeys(victims)]
        rows += [(incident_id, p.person_id, "perpetrator", p.involvement) for p in perpetrators]
        self._db.executemany("INSERT OR REPLACE INTO incident_person"
                             " (incident_id, person_id, part, involvement) VALUES (?,?,?,?)", rows)

    def get(self, incident_id: str, include_deleted: bool = False) -> Incident | None:
        row = self.incidents.get(incident_id, include_deleted)
        return None if row is None else self._build([row])[0]

    def timeline(self, case_id: str, offset: int = 0, limit: int = -1) -> list[Incident]:
        """The case's incidents in date order; undated ones last, then by entry time."""
        rows = self.incidents.where("case_id = ?", (case_id,), "occurred_sort, created_at, id",
                                    offset=offset, limit=limit)
        return self._build(rows)

    def _build(self, rows: list[Row]) -> list[Incident]:
        ids = [r["id"] for r in rows]
        people: dict[str, list[Row]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._db.query(f"SELECT * FROM incident_person WHERE incident_id IN ({marks})"
                                    " ORDER BY rowid", chunk):
                people.setdefault(r["incident_id"], []).append(r)
        links = self.links.for_parents("incident_id", ids)
        return [_incident(r, people.get(r["id"], []), links.get(r["id"], [])) for r in rows]

    # -- links -------------------------------------------------------------------
    def add_link(self, case_id: str, fields: dict, **origin: object) -> IncidentLink:
        link_id = self.links.insert(case_id, fields, **origin)
        return _link(self.links.get(link_id))

    def get_link(self, link_id: str) -> IncidentLink | None:
        row = self.links.get(link_id)
        return None if row is None else _link(row)

    def links_to_complaint(self, complaint_id: str) -> list[IncidentLink]:
        return [_link(r) for r in self.links.where("complaint_id = ?", (complaint_id,))]

    def links_to_incident(self, incident_id: str) -> list[IncidentLink]:
        return [_link(r) for r in self.links.where("other_incident_id = ?", (incident_id,))]

    def count(self, case_id: str) -> int:
        return self._db.query_one("SELECT count(*) AS n FROM incident WHERE case_id = ?"
                                  " AND deleted_at IS NULL", (case_id,))["n"]


def _split_people(fields: dict) -> tuple[Sequence[str], Sequence[IncidentPerpetrator]]:
    return fields.pop("victims", ()), fields.pop("perpetrators", ())


def _values(fields: dict) -> dict:
    values = dict(fields)
    if "occurred" in values:
        values.update(date_columns("occurred", values.pop("occurred")))
    for name in _LISTS:
        if name in values:
            values[name] = to_json_list(values[name])
    return values


def _incident(row: Row, people: list[Row], links: list[Row]) -> Incident:
    return Incident(
        id=row["id"], case_id=row["case_id"], title=row["title"], act_type=row["act_type"],
        occurred=read_date(row, "occurred"), methods=from_json_list(row["methods"]),
        place=row["place"], place_type=row["place_type"],
        detention_status=from_json_list(row["detention_status"]),
        statements=from_json_list(row["statements"]), description=row["description"],
        consequences=row["consequences"],
        victims=tuple(p["person_id"] for p in people if p["part"] == "victim"),
        perpetrators=tuple(IncidentPerpetrator(p["person_id"], p["involvement"])
                           for p in people if p["part"] == "perpetrator"),
        links=tuple(_link(r) for r in links), **common_fields(row))


def _link(row: Row) -> IncidentLink:
    return IncidentLink(id=row["id"], case_id=row["case_id"], incident_id=row["incident_id"],
                        kind=row["kind"], other_incident_id=row["other_incident_id"],
                        complaint_id=row["complaint_id"], note=row["note"],
                        created_at=row["created_at"], origin=row["origin"],
                        read_only=bool(row["read_only"]))
