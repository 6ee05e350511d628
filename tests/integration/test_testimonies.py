"""Testimonies: text and translations, who was present, consent per use, drafts."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import DatabaseDamaged, InvalidInput, ReadOnlyRecord
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.storage.testimonies import TestimonyRepository
from tests.integration.records_helpers import audit_actions, new_case, snapshot

TEXT = "Меня задержали 14 марта.\nВ отделе били дубинкой по ногам."


@pytest.fixture
def testimonies(session):
    return TestimonyService(session)


def test_add_testimony_with_people_present_and_consent(session, testimonies):
    ref = new_case(session)
    person = PersonService(session).add_person(ref, "Фарход", roles=["victim"])
    testimony = testimonies.add_testimony(
        ref, TEXT, language="ru", interviewee_id=person.id, interviewer="Monitor A",
        interpreter="Interpreter B", persons_present=["сестра", "Monitor A"],
        taken_on="2021-04-02", place="kitchen",
        consent={"internal_documentation": "given", "legal_action": "given",
                 "publication_named": "refused"}, consent_date="2021-04-02")
    again = testimonies.get_testimony(testimony.id)
    assert again == testimony
    assert again.text == TEXT
    assert again.persons_present == ("сестра", "Monitor A")
    assert again.consent_for("legal_action") == "given"
    assert again.consent_for("publication_named") == "refused"
    assert again.consent_for("sharing_partners") == "not_asked"
    assert not again.may_be_used_for("publication_named")
    assert audit_actions(session)[-4:] == ["testimony.create"] + ["testimony.consent"] * 3
    assert TEXT not in str(session.audit.entries()[-4].details)


def test_consent_withdrawal_keeps_the_history(session, testimonies):
    ref = new_case(session)
    testimony = testimonies.add_testimony(ref, TEXT, consent={"un_regional": "given"},
                                          consent_date="2021-01-01")
    updated = testimonies.withdraw_consent(testimony.id, "un_regional", "2021-06-01")
    assert updated.consent_for("un_regional") == "withdrawn"
    assert [(d.state, d.decided_on) for d in updated.consent_history] == [
        ("given", "2021-01-01"), ("withdrawn", "2021-06-01")]
    with pytest.raises(InvalidInput):
        testimonies.record_consent(testimony.id, "un_regional", "maybe")
    with pytest.raises(InvalidInput):
        testimonies.record_consent(testimony.id, "selling", "given")
    with pytest.raises(InvalidInput):
        testimonies.record_consent(testimony.id, "un_regional", "given", "2021-06")


def test_translations_are_kept_beside_the_original(session, testimonies):
    ref = new_case(session)
    testimony = testimonies.add_testimony(ref, TEXT, language="ru")
    testimonies.add_translation(testimony.id, "en", "I was detained on 14 March.", "Translator")
    again = testimonies.get_testimony(testimony.id)
    assert again.text == TEXT
    assert [(t.language, t.text) for t in again.translations] == [
        ("en", "I was detained on 14 March.")]
    with pytest.raises(InvalidInput):
        testimonies.add_translation(testimony.id, "en", "  ")
    with pytest.raises(InvalidInput):
        testimonies.add_translation(testimony.id, "русский", "text")


def test_bad_input_changes_nothing(session, testimonies):
    ref = new_case(session)
    before = snapshot(session, "testimony", "testimony_consent")
    for kwargs in ({"text": "   "}, {"text": TEXT, "taken_on": "yesterday"},
                   {"text": TEXT, "consent": {"legal_action": "perhaps"}},
                   {"text": TEXT, "interviewee_id": "f" * 32},
                   {"text": TEXT, "language": "ru ru"}):
        with pytest.raises(Exception) as info:
            testimonies.add_testimony(ref, **kwargs)
        assert info.type.__name__ in ("InvalidInput", "NotFound")
    assert snapshot(session, "testimony", "testimony_consent") == before


def test_edit_delete_and_read_only(session, testimonies):
    ref = new_case(session)
    testimony = testimonies.add_testimony(ref, TEXT)
    edited = testimonies.update_testimony(testimony.id, text=TEXT + "\nДополнение.", language="ru")
    assert edited.text.endswith("Дополнение.")
    testimonies.delete_testimony(testimony.id)
    assert testimonies.list_testimonies(ref) == []
    assert audit_actions(session)[-2:] == ["testimony.edit", "testimony.delete"]
    case_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (ref,))["id"]
    with session.db.transaction():
        imported = TestimonyRepository(session.db).insert(case_id, {"text": "их"},
                                                          origin="bundle:x", read_only=True)
    for attempt in (lambda: testimonies.update_testimony(imported, text="наш"),
                    lambda: testimonies.add_translation(imported, "en", "ours"),
                    lambda: testimonies.record_consent(imported, "legal_action", "given"),
                    lambda: testimonies.delete_testimony(imported)):
        with pytest.raises(ReadOnlyRecord):
            attempt()


def test_drafts_autosave_encrypted_and_survive_a_reopen(created, testimonies, tmp_vault_dir):
    from evidencevault.services.vault import open_vault
    from tests.conftest import PASSPHRASE
    session = created.session
    ref = new_case(session)
    marker = "ЧЕРНОВИК-МАРКЕР draft marker"
    testimonies.autosave_draft(ref, {"text": marker, "language": "ru"})
    sealed = session.db.query_one("SELECT sealed FROM testimony_draft")["sealed"]
    assert marker.encode() not in sealed and "ЧЕРНОВИК".encode() not in sealed
    session.close()
    with open_vault(tmp_vault_dir, passphrase=PASSPHRASE) as reopened:
        service = TestimonyService(reopened)
        draft = service.load_draft(ref)
        assert draft.fields == {"text": marker, "language": "ru"}
        assert [d.fields["text"] for d in service.drafts_in_case(ref)] == [marker]
        testimony = service.add_testimony(ref, draft.fields["text"], language="ru",
                                          from_draft=True)
        assert service.load_draft(ref) is None
        service.autosave_draft(ref, {"text": "edit"}, testimony_id=testimony.id)
        assert service.load_draft(ref, testimony.id).fields == {"text": "edit"}
        assert service.discard_draft(ref, testimony.id) is True
        assert service.discard_draft(ref, testimony.id) is False
        assert "testimony.draft" not in " ".join(audit_actions(reopened))


def test_a_draft_moved_to_another_case_does_not_open(session, testimonies):
    first, second = new_case(session), new_case(session, "second")
    testimonies.autosave_draft(first, {"text": "secret"})
    second_id = session.db.query_one("SELECT id FROM case_file WHERE ref = ?", (second,))["id"]
    with session.db.transaction():
        session.db.execute("UPDATE testimony_draft SET case_id = ?", (second_id,))
    with pytest.raises(DatabaseDamaged):
        testimonies.load_draft(second)
