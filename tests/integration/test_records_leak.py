"""Nothing readable at rest from the case records: persons, incidents, testimonies (with
translations and autosaved drafts), complaints, annotations; through edits, tombstones,
sorts, a temp table, VACUUM and a WAL checkpoint."""

from __future__ import annotations

import os
from pathlib import Path

from evidencevault.services.annotations import AnnotationService
from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from tests.integration.test_leak_scan import MARKERS, _needles, scan


def test_record_text_never_reaches_the_disk_in_the_clear(session, tmp_vault_dir):
    ref = CaseService(session).add_case("case").ref
    people, incidents = PersonService(session), IncidentService(session)
    testimonies, complaints = TestimonyService(session), ComplaintService(session)
    needles = _needles(session)
    needles["drafts-key"] = [session.vault.subkey("drafts"), session.vault.subkey("drafts").hex().encode()]
    body = " ".join(MARKERS) * 50
    for i in range(15):
        person = people.add_person(ref, f"{MARKERS[i % 3]} {i}", aliases=[MARKERS[1]],
                                   identity_document=MARKERS[2], notes=body, roles=["victim"])
        incident = incidents.add_incident(ref, MARKERS[0], "torture", occurred="2021-03",
                                          place=MARKERS[1], description=body,
                                          victims=[person.id])
        testimony = testimonies.add_testimony(ref, body, language="ru", interviewee_name=MARKERS[1],
                                              persons_present=[MARKERS[2]], place=MARKERS[0])
        testimonies.add_translation(testimony.id, "en", body)
        testimonies.autosave_draft(ref, {"text": body + str(i)})
        complaint = complaints.add_complaint(ref, MARKERS[1], "prosecutor", asked=body)
        complaints.add_response(complaint.id, "token_response", text=body)
        AnnotationService(session).annotate("testimony", testimony.id, body)
        incidents.update_incident(incident.id, description="edited " + body)
        if i % 2:
            people.delete_person(person.id)
    db = session.db
    db.query("SELECT text FROM testimony ORDER BY text DESC")
    db.executescript("CREATE TEMP TABLE scratch AS SELECT * FROM testimony;"
                     " SELECT * FROM scratch ORDER BY text; DROP TABLE scratch;")
    testimonies.discard_draft(ref)
    db.execute("VACUUM")
    db.checkpoint()
    roots = [tmp_vault_dir, Path(os.environ["TMPDIR"]), Path(os.environ["XDG_CONFIG_HOME"]).parent]
    files_open, hits_open = scan(roots, needles)
    session.close()
    files_closed, hits_closed = scan(roots, needles)
    assert files_open >= 3 and hits_open == [] and hits_closed == []
