"""Reparation claims and reviewers' annotations."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput, NotFound, ReadOnlyRecord
from evidencevault.services.annotations import AnnotationService
from evidencevault.services.persons import PersonService
from evidencevault.services.reparations import ReparationService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.storage.testimonies import TestimonyRepository
from tests.integration.records_helpers import audit_actions, new_case, snapshot


def test_reparation_claim_life(session):
    ref = new_case(session)
    person = PersonService(session).add_person(ref, "Фарход", roles=["victim"])
    claims = ReparationService(session)
    claim = claims.add_claim(ref, "compensation", status="claimed", person_id=person.id,
                             asked="500 000 сум")
    claim = claims.update_claim(claim.id, status="partly_granted", paid="100 000 сум")
    assert (claim.status, claim.paid, claim.asked) == ("partly_granted", "100 000 сум", "500 000 сум")
    before = snapshot(session, "reparation_claim")
    with pytest.raises(InvalidInput):
        claims.update_claim(claim.id, status="abandoned")   # needs the obstacle
    with pytest.raises(InvalidInput):
        claims.add_claim(ref, "a pony")
    with pytest.raises(NotFound):
        claims.add_claim(ref, "compensation", person_id="0" * 32)
    assert snapshot(session, "reparation_claim") == before
    claim = claims.update_claim(claim.id, status="abandoned", obstacle="court refused to hear it")
    assert claim.obstacle == "court refused to hear it"
    claims.delete_claim(claim.id)
    assert claims.list_claims(ref) == []
    assert audit_actions(session)[-4:] == ["reparation.create", "reparation.edit",
                                           "reparation.edit", "reparation.delete"]


def test_annotations_sit_beside_records_even_imported_ones(session):
    ref = new_case(session)
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    with session.db.transaction():
        imported = TestimonyRepository(session.db).insert(case_id, {"text": "их текст"},
                                                          origin="bundle:x", read_only=True)
    notes = AnnotationService(session)
    annotation = notes.annotate("testimony", imported, "Consistent with the medical report.",
                                reliability="probably_true", consistency="highly_consistent")
    assert annotation.reviewer == "vault owner" and annotation.case_id == case_id
    assert notes.annotations_on("testimony", imported) == [annotation]
    assert TestimonyService(session).get_testimony(imported).text == "их текст"
    edited = notes.update_annotation(annotation.id, reliability="confirmed")
    assert edited.reliability == "confirmed"
    case_note = notes.annotate("case", case_id, "Ready for CAT submission")
    assert len(notes.annotations_in_case(ref)) == 2
    notes.delete_annotation(case_note.id)
    assert notes.annotations_in_case(ref) == [edited]
    assert audit_actions(session)[-4:] == ["annotation.create", "annotation.edit",
                                           "annotation.create", "annotation.delete"]
    before = snapshot(session, "annotation")
    with pytest.raises(InvalidInput):
        notes.annotate("testimony", imported, "", reliability="")
    with pytest.raises(InvalidInput):
        notes.annotate("testimony", imported, "x", reliability="gospel")
    with pytest.raises(InvalidInput):
        notes.annotate("horoscope", imported, "x")
    with pytest.raises(NotFound):
        notes.annotate("person", imported, "x")
    assert snapshot(session, "annotation") == before
    with session.db.transaction():
        theirs = notes._repo.insert(case_id, {"target_type": "case", "target_id": case_id,
                                               "note": "their note"}, read_only=True)
    with pytest.raises(ReadOnlyRecord):
        notes.update_annotation(theirs, note="mine")


def test_an_evidence_item_can_be_annotated(session):
    ref = new_case(session)
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    now = "2024-01-01T00:00:00+00:00"
    with session.db.transaction():
        session.db.execute("INSERT INTO media_blob VALUES ('b1', x'00', 'aa', 1, 1, ?)", (now,))
        session.db.execute(
            "INSERT INTO evidence_item (id, case_id, blob_id, file_name, media_type, size, sha256,"
            " acquired_at, acquired_by, created_at, updated_at, read_only)"
            " VALUES ('e1', ?, 'b1', 'x.jpg', 'image/jpeg', 1, 'aa', ?, 'me', ?, ?, 1)",
            (case_id, now, now, now))
    notes = AnnotationService(session)
    annotation = notes.annotate("evidence_item", "e1", "Bruises match the testimony.",
                                reliability="confirmed")
    assert annotation.target_type == "evidence" and annotation.case_id == case_id
    assert notes.annotations_on("evidence", "e1") == notes.annotations_on("evidence_item", "e1")
