"""Source and reliability of an evidence item can be set after intake: audited, checked, file untouched."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput, ReadOnlyRecord
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService


def test_set_source_and_reliability_is_saved_and_audited(session, tmp_path):
    case = CaseService(session).add_case("A case")
    path = tmp_path / "statement.txt"
    path.write_bytes(b"a fictional statement")
    service = EvidenceService(session)
    [item] = service.add_files(case.ref, [path])
    assert item.reliability == "cannot_be_judged" and item.source == ""
    changed = service.set_source(item.id, "  handed over by the lawyer  ", "probably_true")
    assert changed.source == "handed over by the lawyer" and changed.reliability == "probably_true"
    assert changed.sha256 == item.sha256 and service.read_original(item.id) == b"a fictional statement"
    again = service.get_item(item.id)
    assert (again.source, again.reliability) == ("handed over by the lawyer", "probably_true")
    [last] = [e for e in session.audit.entries(case_id=case.id) if e.action == "evidence.describe"]
    assert last.target_id == item.id and last.details["reliability"] == "probably_true"
    assert "lawyer" not in str(last.details)  # the source's words stay out of the log
    assert session.audit.verify().ok


@pytest.mark.parametrize("source, reliability", [("x", "very_sure"), ("y" * 501, "confirmed")])
def test_bad_source_or_reliability_changes_nothing(session, tmp_path, source, reliability):
    case = CaseService(session).add_case("A case")
    path = tmp_path / "photo.bin"
    path.write_bytes(b"\x00\x01fictional")
    service = EvidenceService(session)
    [item] = service.add_files(case.ref, [path])
    events = len(session.audit.entries())
    with pytest.raises(InvalidInput):
        service.set_source(item.id, source, reliability)
    assert service.get_item(item.id) == item
    assert len(session.audit.entries()) == events


def test_imported_item_is_read_only(session, tmp_path):
    case = CaseService(session).add_case("A case")
    path = tmp_path / "f.bin"
    path.write_bytes(b"fictional")
    service = EvidenceService(session)
    [item] = service.add_files(case.ref, [path])
    with session.db.transaction():
        session.db.execute("UPDATE evidence_item SET read_only = 1 WHERE id = ?", (item.id,))
    with pytest.raises(ReadOnlyRecord):
        service.set_source(item.id, "someone", "confirmed")
