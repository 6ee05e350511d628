"""Vocabularies in a real vault: seeded in English and Russian, extendable, retired
instead of deleted, and left as the user set them when the vault is opened again."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.vocabularies import VOCABULARIES, seed_terms
from evidencevault.services.incidents import IncidentService
from evidencevault.services.vault import open_vault
from evidencevault.services.vocabularies import VocabularyService
from tests.conftest import PASSPHRASE
from tests.integration.records_helpers import audit_actions, new_case


def test_a_new_vault_has_every_term_in_english_and_russian(session):
    vocab = VocabularyService(session)
    assert vocab.vocabularies() == [v.name for v in VOCABULARIES]
    stored = {(t.vocabulary, t.code): t for v in VOCABULARIES
              for t in vocab.terms(v.name)}
    assert len(stored) == len(seed_terms())
    beating = stored[("torture_method", "beating")]
    assert beating.label("en") == "beating (fists, truncheons, objects)"
    assert beating.label("ru") == "избиение (кулаками, дубинками, предметами)"
    assert vocab.label("place_type", "pretrial_detention", "ru") == "следственный изолятор (СИЗО)"
    assert vocab.title("complaint_status", "ru") == "Статус жалобы"


def test_users_add_terms_and_use_them(session):
    vocab = VocabularyService(session)
    term = vocab.add_term("place_type", "Basement of the district administration",
                          "подвал районной администрации")
    assert term.code == "basement_of_the_district_administration" and not term.builtin
    assert vocab.terms("place_type")[-1] == term
    russian_only = vocab.add_term("act_type", "", "принудительная психиатрия")
    assert russian_only.code.startswith("term_")
    ref = new_case(session)
    incident = IncidentService(session).add_incident(ref, "held", "detention",
                                                     place_type=term.code)
    assert incident.place_type == term.code
    with pytest.raises(InvalidInput):
        vocab.add_term("place_type", "Basement of the district administration")
    with pytest.raises(InvalidInput):
        vocab.add_term("colours", "red")
    with pytest.raises(InvalidInput):
        vocab.add_term("place_type", "Cellar", code="Bad Code!")
    assert audit_actions(session).count("vocabulary.add") == 2


def test_terms_in_use_are_retired_never_deleted(session):
    vocab = VocabularyService(session)
    incidents = IncidentService(session)
    ref = new_case(session)
    mine = vocab.add_term("torture_method", "Forced to stand on one leg", "стойка на одной ноге")
    incident = incidents.add_incident(ref, "cell", "ill_treatment", methods=[mine.code])
    assert vocab.usage_count("torture_method", mine.code) == 1
    with pytest.raises(InvalidInput) as info:
        vocab.delete_term("torture_method", mine.code)
    assert "retire" in info.value.message
    with pytest.raises(InvalidInput):
        vocab.delete_term("act_type", "arrest")  # builtin, even unused
    vocab.retire_term("torture_method", mine.code)
    assert mine.code not in [t.code for t in vocab.terms("torture_method")]
    assert mine.code in [t.code for t in vocab.terms("torture_method", include_retired=True)]
    with pytest.raises(InvalidInput):
        incidents.add_incident(ref, "again", "ill_treatment", methods=[mine.code])
    # The record that uses it keeps it, can still be edited, and still shows the label.
    edited = incidents.update_incident(incident.id, title="cell 2", methods=[mine.code, "beating"])
    assert edited.methods == (mine.code, "beating")
    assert vocab.label("torture_method", mine.code) == "Forced to stand on one leg"
    vocab.restore_term("torture_method", mine.code)
    unused = vocab.add_term("torture_method", "Typo term")
    vocab.delete_term("torture_method", unused.code)
    assert [t.code for t in vocab.terms("torture_method", True)].count(unused.code) == 0
    assert audit_actions(session)[-4:] == ["incident.edit", "vocabulary.restore",
                                           "vocabulary.add", "vocabulary.delete"]


def test_reopening_keeps_the_users_changes_and_adds_nothing_twice(created, tmp_vault_dir):
    session = created.session
    vocab = VocabularyService(session)
    vocab.retire_term("act_type", "sentencing")
    vocab.relabel_term("place_type", "home", label_ru="дом, квартира")
    count = session.db.query_one("SELECT count(*) AS n FROM vocabulary_term")["n"]
    session.close()
    with open_vault(tmp_vault_dir, passphrase=PASSPHRASE) as reopened:
        vocab = VocabularyService(reopened)
        assert reopened.db.query_one("SELECT count(*) AS n FROM vocabulary_term")["n"] == count
        assert vocab.get_term("act_type", "sentencing").retired
        assert vocab.label("place_type", "home", "ru") == "дом, квартира"
        # A builtin term lost (say, by an older build) comes back at the next unlock.
        with reopened.db.transaction():
            reopened.db.execute("DELETE FROM vocabulary_term WHERE vocabulary = 'sex'")
    with open_vault(tmp_vault_dir, passphrase=PASSPHRASE) as again:
        assert [t.code for t in VocabularyService(again).terms("sex")] == [
            "female", "male", "other", "unknown"]
