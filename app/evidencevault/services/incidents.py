"""Incident use cases: record what was done, when, where and by whom; the timeline;
links between incidents (precedes / causes / retaliation for), also to complaints."""

from __future__ import annotations

from collections.abc import Iterable

from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.domain.incident import Incident, IncidentLink, IncidentPerpetrator
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.records import (
    RecordService, clean_line, clean_lines, clean_text, fuzzy, not_in_future)
from evidencevault.storage.complaints import ComplaintRepository
from evidencevault.storage.incidents import IncidentRepository
from evidencevault.storage.persons import PersonRepository

_EDITABLE = ("title", "act_type", "occurred", "methods", "place", "place_type",
             "detention_status", "statements", "description", "consequences", "victims",
             "perpetrators")
Perpetrators = Iterable[IncidentPerpetrator | tuple[str, str] | str]


class IncidentService(RecordService):
    kind = "incident"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = IncidentRepository(session.db)
        self._persons = PersonRepository(session.db)
        self._complaints = ComplaintRepository(session.db)

    def add_incident(self, case_ref: str, title: str, act_type: str, *,
                     occurred: FuzzyDate | str | None = None, methods: Iterable[str] = (),
                     place: str = "", place_type: str = "",
                     detention_status: Iterable[str] = (), statements: Iterable[str] = (),
                     description: str = "", consequences: str = "",
                     victims: Iterable[str] = (), perpetrators: Perpetrators = ()) -> Incident:
        case = self._case(case_ref)
        fields = self._clean({
            "title": title, "act_type": act_type, "occurred": occurred, "methods": methods,
            "place": place, "place_type": place_type, "detention_status": detention_status,
            "statements": statements, "description": description, "consequences": consequences,
            "victims": victims, "perpetrators": perpetrators})
        with self._db.transaction():
            incident_id = self._repo.insert(case.id, fields)
            self._audit("incident.create", incident_id, case.id, {"act_type": fields["act_type"]})
        return self.get_incident(incident_id)

    def get_incident(self, incident_id: str) -> Incident:
        return self._found(self._repo.get(incident_id), "incident", incident_id)

    def timeline(self, case_ref: str, offset: int = 0, limit: int = -1) -> list[Incident]:
        """The case's incidents in date order (month-only dates before that month's days,
        undated incidents last); ``offset``/``limit`` fetch one page of a long timeline."""
        return self._repo.timeline(self._case(case_ref).id, offset, limit)

    def count_incidents(self, case_ref: str) -> int:
        return self._repo.count(self._case(case_ref).id)

    list_incidents = timeline

    def update_incident(self, incident_id: str, **fields: object) -> Incident:
        incident = self._writable(self.get_incident(incident_id))
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)), problem="cannot be changed here")
        cleaned = self._clean(fields, current=incident)
        with self._db.transaction():
            self._repo.update(incident.id, cleaned)
            self._audit("incident.edit", incident.id, incident.case_id, {"fields": sorted(fields)})
        return self.get_incident(incident.id)

    def delete_incident(self, incident_id: str) -> None:
        incident = self._writable(self.get_incident(incident_id))
        with self._db.transaction():
            self._repo.incidents.tombstone(incident.id)
            self._audit("incident.delete", incident.id, incident.case_id)

    # -- links -------------------------------------------------------------------
    def link(self, incident_id: str, kind: str, *, other_incident_id: str | None = None,
             complaint_id: str | None = None, note: str = "") -> IncidentLink:
        """This incident precedes / causes / is retaliation for another incident or a complaint."""
        incident = self.get_incident(incident_id)
        kind = self._term("incident_link", kind, "link")
        if (other_incident_id is None) == (complaint_id is None):
            raise InvalidInput(field="link", problem="link to one incident or one complaint")
        if other_incident_id is not None:
            if other_incident_id == incident.id:
                raise InvalidInput(field="link", problem="an incident cannot be linked to itself")
            self.get_incident(other_incident_id)
        elif self._complaints.get(complaint_id) is None:
            self._found(None, "complaint", complaint_id)
        with self._db.transaction():
            link = self._repo.add_link(incident.case_id, {
                "incident_id": incident.id, "kind": kind, "other_incident_id": other_incident_id,
                "complaint_id": complaint_id, "note": clean_text(note, "note")})
            self._audit("incident.link", link.id, incident.case_id,
                        {"incident_id": incident.id, "kind": kind,
                         "other_incident_id": other_incident_id, "complaint_id": complaint_id},
                        target_type="incident_link")
        return link

    def unlink(self, link_id: str) -> None:
        link = self._writable(self._found(self._repo.get_link(link_id), "link", link_id), "link")
        with self._db.transaction():
            self._repo.links.tombstone(link.id)
            self._audit("incident.unlink", link.id, link.case_id, {"incident_id": link.incident_id},
                        target_type="incident_link")

    def retaliation_for_complaint(self, complaint_id: str) -> list[Incident]:
        """Incidents recorded as retaliation for this complaint, in date order."""
        return ComplaintService(self._session).retaliation_incidents(complaint_id)

    def linked_from(self, incident_id: str) -> list[IncidentLink]:
        """Links from other incidents pointing at this one."""
        return self._repo.links_to_incident(incident_id)

    # -- input -------------------------------------------------------------------
    def _clean(self, fields: dict, current: Incident | None = None) -> dict:
        out: dict = {}
        if "title" in fields:
            out["title"] = clean_line(fields["title"], "title", required=True)
        if "act_type" in fields:
            out["act_type"] = self._term("act_type", fields["act_type"], "type of act",
                                         current=current.act_type if current else None)
        if "occurred" in fields:
            out["occurred"] = not_in_future(fuzzy(fields["occurred"], "date"), "date")
        for key, vocabulary, label in (("methods", "torture_method", "method"),
                                       ("detention_status", "detention_status", "detention"),
                                       ("statements", "statement", "statement")):
            if key in fields:
                out[key] = self._terms(vocabulary, fields[key] or (), label,
                                       getattr(current, key) if current else ())
        if "place" in fields:
            out["place"] = clean_line(fields["place"], "place")
        if "place_type" in fields:
            out["place_type"] = self._term("place_type", fields["place_type"], "type of place",
                                           required=False,
                                           current=current.place_type if current else None)
        for key in ("description", "consequences"):
            if key in fields:
                out[key] = clean_text(fields[key], key)
        if "victims" in fields:
            out["victims"] = self._people(clean_lines(fields["victims"] or (), "victims"))
        if "perpetrators" in fields:
            out["perpetrators"] = self._perpetrators(fields["perpetrators"] or ())
        return out

    def _people(self, person_ids: Iterable[str]) -> tuple[str, ...]:
        for person_id in person_ids:
            if self._persons.get(person_id) is None:
                self._found(None, "person", person_id)
        return tuple(person_ids)

    def _perpetrators(self, given: Perpetrators) -> tuple[IncidentPerpetrator, ...]:
        out = []
        for item in given:
            if isinstance(item, str):
                item = IncidentPerpetrator(item)
            elif not isinstance(item, IncidentPerpetrator):
                item = IncidentPerpetrator(*item)
            self._people([item.person_id])
            involvement = self._term("perpetrator_involvement", item.involvement,
                                     "involvement", required=False)
            out.append(IncidentPerpetrator(item.person_id, involvement))
        return tuple(out)
