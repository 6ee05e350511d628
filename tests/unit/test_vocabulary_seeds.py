"""The seeded vocabularies: every list of VOCABULARIES.md, stable codes, English and Russian."""

from __future__ import annotations

import re

from evidencevault.domain.complaint import TRANSITIONS
from evidencevault.domain.fuzzy_date import PRECISIONS
from evidencevault.domain.testimony import CONSENT_STATES, CONSENT_USES
from evidencevault.domain.vocabularies import BY_NAME, VOCABULARIES, builtin_codes, seed_terms

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
CODE = re.compile(r"^[a-z0-9_]+$")

EXPECTED_SIZES = {
    "date_precision": 5, "person_role": 10, "act_type": 18, "torture_method": 17,
    "place_type": 10, "detention_status": 8, "statement": 4, "perpetrator_involvement": 5,
    "perpetrator_type": 9, "source_connection": 9, "source_material": 10, "reliability": 5,
    "authority_type": 9, "complaint_status": 12, "response_type": 7, "reparation_kind": 6,
    "reparation_status": 6, "consent_use": 6, "istanbul_consistency": 5,
}


def test_every_vocabulary_of_the_design_is_seeded_in_full():
    for name, size in EXPECTED_SIZES.items():
        assert len(BY_NAME[name].terms) == size, name


def test_codes_are_stable_identifiers_and_unique_per_vocabulary():
    for vocabulary in VOCABULARIES:
        codes = [code for code, _, _ in vocabulary.terms]
        assert len(codes) == len(set(codes)), vocabulary.name
        assert all(CODE.match(code) for code in codes), vocabulary.name


def test_every_term_has_an_english_and_a_real_russian_label():
    for term in seed_terms():
        assert term.label_en and term.label_en.isascii(), term
        assert CYRILLIC.search(term.label_ru), term
        assert term.label("ru") == term.label_ru and term.label("en") == term.label_en
    for vocabulary in VOCABULARIES:
        assert CYRILLIC.search(vocabulary.label_ru), vocabulary.name


def test_domain_constants_match_the_seeded_codes():
    assert builtin_codes("date_precision") == PRECISIONS
    assert builtin_codes("consent_use") == CONSENT_USES
    assert builtin_codes("consent_state") == CONSENT_STATES
    assert set(builtin_codes("complaint_status")) == set(TRANSITIONS)
    for targets in TRANSITIONS.values():
        assert set(targets) <= set(TRANSITIONS)
