"""Persons and testimonies in a bundle: chosen with the consent and confidentiality options.

Export: a case's persons go out with their confidential fields blanked
(``Person.redacted``); with ``leave_out_confidential`` a person with any field
marked confidential is left out entirely (and a testimony naming them as its
interviewee loses the name). With ``consent_use``, a testimony goes out only if
its latest consent decision for that use is "given"; the others are left out
and listed. Import: records become read-only rows of the local imported case,
with ids derived from the signer and the sender's id, so a record that came in
an earlier bundle is not added twice.
"""

from __future__ import annotations

import uuid

from evidencevault.domain.fuzzy_date import FuzzyDate, FuzzyDateError
from evidencevault.domain.person import REDACTED, PersonName
from evidencevault.storage.persons import PersonRepository
from evidencevault.storage.testimonies import TestimonyRepository

_NAMESPACE = uuid.UUID("6f1d7c52-8a43-4f0e-9d55-2b8f3f7c9e01")


def export_records(db, case_ids, options, left_out: list) -> tuple[dict, set[str]]:  # noqa: ANN001
    """The ``records`` part of the manifest, and the ids of every record included."""
    persons: dict[str, dict] = {}
    testimonies, hidden, gone = [], {}, set()
    people, talks = PersonRepository(db), TestimonyRepository(db)
    for case_id in case_ids:
        for person in people.in_case(case_id):
            if person.id in gone:
                continue
            if options.leave_out_confidential and person.confidential:
                left_out.append(("person", person.id, "the person is marked confidential"))
                hidden[person.id] = REDACTED
                gone.add(person.id)
                continue
            if "name" in person.confidential:
                hidden[person.id] = REDACTED
            sent = _person_json(person.redacted())
            if person.id in persons:        # the same person in two exported cases: one entry
                persons[person.id]["roles"] += sent["roles"]
                continue
            if person.case_id not in case_ids:
                # Recorded in a case that is not sent (with a role in this one): file them here,
                # so the other case (not even its title) goes nowhere.
                sent["case_id"] = case_id
            persons[person.id] = sent
        for testimony in talks.in_case(case_id):
            use = options.consent_use
            if use and not testimony.may_be_used_for(use):
                state = testimony.consent_for(use)
                reason = (f"consent for {use} was never asked" if state == "not_asked"
                          else f"consent for {use} is {state}")
                left_out.append(("testimony", testimony.id, reason))
                continue
            testimonies.append(_testimony_json(testimony, hidden))
    included = set(persons) | {t["id"] for t in testimonies}
    return {"persons": list(persons.values()), "testimonies": testimonies}, included


def _person_json(person) -> dict:  # noqa: ANN001
    """A (redacted) person with their roles in the exported case; role notes follow the person's notes."""
    hide_notes = "notes" in person.confidential
    return {"id": person.id, "case_id": person.case_id, "name": person.name,
            "names": [{"text": n.text, "kind": n.kind, "script": n.script} for n in person.names],
            "birth_date": person.birth_date.to_text(), "sex": person.sex,
            "identity_document": person.identity_document, "contact": person.contact,
            "notes": person.notes, "confidential": sorted(person.confidential),
            "roles": [{"id": r.id, "case_id": r.case_id, "role": r.role, "unit": r.unit, "rank": r.rank,
                       "perpetrator_type": r.perpetrator_type,
                       "notes": REDACTED if hide_notes and r.notes else r.notes}
                      for r in person.roles]}


def _testimony_json(t, hidden: dict) -> dict:  # noqa: ANN001
    interviewee_id, name = t.interviewee_id, t.interviewee_name
    if interviewee_id in hidden:
        name = hidden[interviewee_id] if name else ""
        interviewee_id = None
    return {"id": t.id, "case_id": t.case_id, "text": t.text, "language": t.language,
            "interviewee_id": interviewee_id, "interviewee_name": name,
            "interviewer": t.interviewer, "interpreter": t.interpreter,
            "persons_present": list(t.persons_present), "taken_on": t.taken_on.to_text(),
            "place": t.place,
            "translations": [{"language": x.language, "text": x.text, "translator": x.translator}
                             for x in t.translations],
            "consent": [{"use": c.use, "state": c.state, "decided_on": c.decided_on, "note": c.note}
                        for c in t.consent_history]}


def import_records(session, records: dict, cases: dict[str, str],  # noqa: ANN001
                   signer: bytes) -> tuple[int, int]:
    """Add the bundle's persons and testimonies to the local cases; returns how many of each were new."""
    people, talks = PersonRepository(session.db), TestimonyRepository(session.db)
    added = 0
    local_person = {}
    for person in _list(records.get("persons")):
        if not isinstance(person.get("id"), str):
            continue                      # a person without an id cannot be referred to: skipped
        local_id = _local_id(signer, person.get("id"))
        local_person[person.get("id")] = local_id
        roles = [r for r in _list(person.get("roles"))
                 if cases.get(_text(r.get("case_id"))) and _text(r.get("role"))]
        case_id = cases.get(_text(person.get("case_id"))) or (cases[roles[0]["case_id"]] if roles else None)
        if case_id is None or people.get(local_id, include_deleted=True) is not None:
            continue
        names = [PersonName(_text(n.get("text")), _text(n.get("kind")) or "name", _text(n.get("script")))
                 for n in _list(person.get("names"))]
        fields = {"name": _text(person.get("name")), "birth_date": _date(person.get("birth_date")),
                  "sex": _text(person.get("sex")) or "unknown",
                  "identity_document": _text(person.get("identity_document")),
                  "contact": _text(person.get("contact")), "notes": _text(person.get("notes")),
                  "confidential": _texts(person.get("confidential"))}
        people.insert(case_id, fields, names, origin="bundle", read_only=True, record_id=local_id)
        seen_roles = set()
        for role in roles:
            role_id = _local_id(signer, f"{person['id']}/{role.get('id')}")
            if role_id in seen_roles:
                continue                  # the same role listed twice
            seen_roles.add(role_id)
            people.add_role(cases[role["case_id"]], {
                "person_id": local_id, "role": role["role"],
                "unit": _text(role.get("unit")), "rank": _text(role.get("rank")),
                "perpetrator_type": _text(role.get("perpetrator_type")), "notes": _text(role.get("notes"))},
                origin="bundle", read_only=True, record_id=role_id)
        session.audit.append("person.import", "person", local_id, case_id=case_id,
                             details={"sender_id": person.get("id"),
                                      "roles": [_text(r.get("role")) for r in roles]})
        added += 1
    testimonies = 0
    for testimony in _list(records.get("testimonies")):
        testimonies += _import_testimony(session, talks, testimony, cases, signer, local_person)
    return added, testimonies


def _import_testimony(session, talks, t: dict, cases, signer, local_person) -> int:  # noqa: ANN001
    local_id = _local_id(signer, t.get("id"))
    case_id = cases.get(_text(t.get("case_id")))
    if case_id is None or talks.get(local_id, include_deleted=True) is not None:
        return 0
    fields = {"text": _text(t.get("text")), "language": _text(t.get("language")),
              "interviewee_id": local_person.get(_text(t.get("interviewee_id"))),
              "interviewee_name": _text(t.get("interviewee_name")),
              "interviewer": _text(t.get("interviewer")), "interpreter": _text(t.get("interpreter")),
              "persons_present": _texts(t.get("persons_present")),
              "taken_on": _date(t.get("taken_on")), "place": _text(t.get("place"))}
    talks.insert(case_id, fields, origin="bundle", read_only=True, record_id=local_id)
    for x in _list(t.get("translations")):
        talks.translations.insert(case_id, {"testimony_id": local_id, "language": _text(x.get("language")),
                                            "text": _text(x.get("text")),
                                            "translator": _text(x.get("translator"))},
                                  origin="bundle", read_only=True)
    for c in _list(t.get("consent")):
        talks.consents.insert(case_id, {"testimony_id": local_id, "use": _text(c.get("use")),
                                        "state": _text(c.get("state")),
                                        "decided_on": _text(c.get("decided_on")),
                                        "note": _text(c.get("note"))}, origin="bundle", read_only=True)
    session.audit.append("testimony.import", "testimony", local_id, case_id=case_id,
                         details={"sender_id": t.get("id")})
    return 1


def _local_id(signer: bytes, sender_id: object) -> str:
    return uuid.uuid5(_NAMESPACE, signer.hex() + ":" + str(sender_id)).hex


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _list(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _texts(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _date(value: object) -> FuzzyDate:
    try:
        return FuzzyDate.parse(_text(value))
    except (FuzzyDateError, ValueError):
        return FuzzyDate()
