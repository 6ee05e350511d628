"""Search over a real encrypted vault: every script, prefixes, phrases, filters, freshness."""

from __future__ import annotations

import pytest

from evidencevault.domain.errors import InvalidInput, NotFound
from evidencevault.services.cases import CaseService
from evidencevault.services.search import SearchService
from evidencevault.storage.search_index import SearchIndex

NOW = "2024-01-01T00:00:00Z"

TESTIMONY_RU = ("Меня задержали 14 марта и отвезли в ИВС Ташкента. Следователь Каримов "
                "бил меня дубинкой, требовал подписать признание. Потом Фармонова перевели "
                "в колонию Жаслык, где его держали в одиночной камере.")
TESTIMONY_UZ = ("Farmanov Jaslik koloniyasida o‘n kun yakka kamerada saqlandi. "
                "Qarindoshlari Toshkent shahar prokuraturasiga shikoyat yozishdi.")


def add_person(db, case_id, person_id, name, *spellings):
    with db.transaction():
        db.execute("INSERT INTO person (id, case_id, name, created_at, updated_at)"
                   " VALUES (?, ?, ?, ?, ?)", (person_id, case_id, name, NOW, NOW))
        for i, text in enumerate(spellings):
            db.execute("INSERT INTO person_name (person_id, position, text, kind)"
                       " VALUES (?, ?, ?, 'alias')", (person_id, i, text))


def add_testimony(db, case_id, testimony_id, text, who="", taken_on=""):
    with db.transaction():
        db.execute("INSERT INTO testimony (id, case_id, text, interviewee_name, taken_on,"
                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (testimony_id, case_id, text, who, taken_on, NOW, NOW))


@pytest.fixture
def vault(session):
    cases = CaseService(session)
    jaslyk = cases.add_case("Фармонов: пытки в колонии Жаслык", ref="UZ-1", tags=["torture"])
    other = cases.add_case("Kazakh detention, Zhanaozen", ref="KZ-2", tags=["detention"])
    db = session.db
    add_person(db, jaslyk.id, "p-farm", "Фармонов Алишер", "Farmonov Alisher", "Alisher")
    add_person(db, other.id, "p-tok", "Тоқаев Ерлан", "Toqaev Yerlan")
    add_testimony(db, jaslyk.id, "t-ru", TESTIMONY_RU, "Фармонов А.", "2023-03-20")
    add_testimony(db, jaslyk.id, "t-uz", TESTIMONY_UZ, "Jo‘rayev B.", "2023-05")
    add_testimony(db, other.id, "t-kz", "Жаңаөзен қаласында ереуілге қатысқандар ұсталды.",
                  "Тоқаев Е.", "2011-12-16")
    return session, jaslyk, other


def ids(results):
    return [(h.kind, h.record_id) for h in results.hits]


def test_cyrillic_query_finds_latin_spellings_and_the_reverse(vault):
    session, *_ = vault
    search = SearchService(session)
    for query in ("Фармонов", "Farmonov", "FARMONOV", "фармонов"):
        found = ids(search.search(query))
        assert ("person", "p-farm") in found, query
        assert ("testimony", "t-ru") in found, query
        assert ("case", search.search("UZ-1").hits[0].record_id) in found, query
    toqaev = ids(search.search("Токаев"))
    assert ("person", "p-tok") in toqaev and ("testimony", "t-kz") in toqaev


def test_uzbek_and_kazakh_letters_fold(vault):
    session, *_ = vault
    search = SearchService(session)
    assert ids(search.search("Жўраев")) == [("testimony", "t-uz")]
    assert ids(search.search("Juraev")) == [("testimony", "t-uz")]
    assert ("testimony", "t-kz") in ids(search.search("Zhanaozen"))
    assert ("testimony", "t-kz") in ids(search.search("Janaozen"))
    assert ("testimony", "t-uz") in ids(search.search("прокуратура"))


def test_prefix_as_you_type_and_snippet_in_original_script(vault):
    session, *_ = vault
    hits = {h.record_id: h for h in SearchService(session).search("Фарм", types=["testimony"]).hits}
    assert set(hits) == {"t-ru", "t-uz"}  # Фармонова and Farmanov both start with "farm"
    assert "[Фармонова]" in hits["t-ru"].snippet_text()
    assert "[Farmanov]" in hits["t-uz"].snippet_text()
    latin = SearchService(session).search("Tashk").hits
    assert latin[0].record_id == "t-ru"
    assert "[Ташкента]" in latin[0].snippet_text()  # a Latin query marks the Cyrillic word


def test_vowel_variant_is_found_but_ranked_below_exact_matches(vault):
    session, *_ = vault
    results = SearchService(session).search("Farmonov")
    hits = results.hits
    approximate = [h for h in hits if h.approximate]
    exact = [h for h in hits if not h.approximate]
    assert [h.record_id for h in approximate] == ["t-uz"]  # "Farmanov" in the Uzbek text
    assert "[Farmanov]" in approximate[0].snippet_text()
    assert hits.index(approximate[0]) > max(hits.index(h) for h in exact)


def test_exact_phrase_in_quotes(vault):
    session, *_ = vault
    search = SearchService(session)
    assert ids(search.search('"одиночной камере"')) == [("testimony", "t-ru")]
    assert ids(search.search('"камере одиночной"')) == []
    assert ids(search.search('"yakka kamerada" Farmanov')) == [("testimony", "t-uz")]


def test_filters_case_type_date_and_tag(vault):
    session, jaslyk, other = vault
    search = SearchService(session)
    assert {h.case_ref for h in search.search("Тоқаев").hits} == {"KZ-2"}
    assert search.search("Тоқаев", case_ref="UZ-1").count == 0
    assert {h.kind for h in search.search("Farmonov", types=["person"]).hits} == {"person"}
    march = search.search("Farmonov", types=["testimony"], date_from="2023-03", date_to="2023-03")
    assert ids(march) == [("testimony", "t-ru")]
    assert search.search("Farmonov", date_to="2022").count == 0  # the case dates from its creation
    assert search.search("Farmonov", tag="TORTURE").count >= 3
    assert search.search("Farmonov", tag="detention").count == 0


def test_results_are_grouped_by_type(vault):
    session, *_ = vault
    results = SearchService(session).search("Farmonov")
    kinds = [g.kind for g in results.groups]
    assert len(kinds) == len(set(kinds))
    assert set(kinds) >= {"person", "testimony", "case"}
    assert results.count == len(results.hits)


def test_index_follows_edits_translations_and_deletions(vault):
    session, jaslyk, _ = vault
    db, search = session.db, SearchService(session)
    assert search.search("Норбоев").count == 0
    with db.transaction():
        db.execute("UPDATE testimony SET text = text || ' Норбоев тоже был там.' WHERE id = 't-ru'")
    assert ids(search.search("Norboyev")) == [("testimony", "t-ru")]
    with db.transaction():
        db.execute("INSERT INTO testimony_translation (id, case_id, testimony_id, language, text,"
                   " created_at, updated_at) VALUES ('tr1', ?, 't-ru', 'en', ?, ?, ?)",
                   (jaslyk.id, "The investigator Karimov beat me with a baton.", NOW, NOW))
    assert ids(search.search("baton")) == [("testimony", "t-ru")]
    with db.transaction():
        db.execute("UPDATE testimony SET deleted_at = ? WHERE id = 't-ru'", (NOW,))
    assert search.search("baton").count == 0 and search.search("Norboyev").count == 0


def test_a_failed_write_leaves_nothing_queued_or_indexed(vault):
    session, jaslyk, _ = vault
    SearchService(session).refresh()
    with pytest.raises(RuntimeError):
        with session.db.transaction():
            add_testimony(session.db, jaslyk.id, "t-gone", "Сафаров пропал")
            raise RuntimeError("power cut")
    assert SearchIndex(session.db).pending() == 0
    assert SearchService(session).search("Сафаров").count == 0


def test_reindex_rebuilds_the_same_results(vault):
    session, *_ = vault
    search = SearchService(session)
    before = [ids(search.search(q)) for q in ("Farmonov", "Жаслык", "Toqaev")]
    session.db.execute("DELETE FROM search_doc")  # damage the index
    assert search.reindex() == 7  # 2 cases, 2 persons, 3 testimonies
    assert [ids(search.search(q)) for q in ("Farmonov", "Жаслык", "Toqaev")] == before


def test_index_survives_lock_and_unlock(vault, tmp_vault_dir):
    from evidencevault.services.vault import open_vault
    from tests.conftest import PASSPHRASE
    session, *_ = vault
    expected = ids(SearchService(session).search("Жаслык"))
    session.close()
    reopened = open_vault(tmp_vault_dir, passphrase=PASSPHRASE)
    try:
        assert ids(SearchService(reopened).search("Jaslyk")) == expected
    finally:
        reopened.close()


@pytest.mark.parametrize("kwargs, code", [
    ({"query": "   "}, "invalid_input"),
    ({"query": "«—»"}, "invalid_input"),
    ({"query": "x", "types": ["letters"]}, "invalid_input"),
    ({"query": "x", "date_from": "March"}, "invalid_input"),
    ({"query": "x", "date_from": "2024", "date_to": "2023"}, "invalid_input"),
    ({"query": "x", "limit": 0}, "invalid_input"),
    ({"query": "x", "case_ref": "NOPE-9"}, "not_found"),
])
def test_bad_input_is_a_clear_error(vault, kwargs, code):
    session, *_ = vault
    with pytest.raises((InvalidInput, NotFound)) as err:
        SearchService(session).search(**kwargs)
    assert err.value.code == code


def test_fts_syntax_in_a_query_is_just_text(vault):
    session, *_ = vault
    search = SearchService(session)
    for query in ('NEAR(a b)', 'a OR', '"unclosed', 'title:x', 'AND AND', 'x*', '^x'):
        search.search(query)  # no FTS5 syntax error reaches the user
    assert search.search("колонию NOT Жаслык").count == 0  # NOT is a word here, not an operator
    with pytest.raises(InvalidInput):
        search.search("* ^ -")


def test_index_text_is_not_readable_on_disk(vault, tmp_vault_dir):
    session, *_ = vault
    SearchService(session).search("Farmonov")
    session.db.checkpoint()
    raw = b"".join(p.read_bytes() for p in tmp_vault_dir.rglob("*") if p.is_file())
    for marker in ("farmonov", "Фармонов", "jaslik", "zhanaozen"):
        assert marker.encode() not in raw


def test_confidential_names_are_found_but_not_shown(vault):
    session, jaslyk, _ = vault
    with session.db.transaction():
        session.db.execute("UPDATE person SET confidential = '[\"name\", \"aliases\", \"notes\"]',"
                           " notes = 'Адрес: Нукус' WHERE id = 'p-farm'")
    hits = [h for h in SearchService(session).search("Farmonov Alisher").hits if h.kind == "person"]
    assert [h.record_id for h in hits] == ["p-farm"]
    assert hits[0].confidential
    assert hits[0].title_text == "[confidential]"
    assert "Нукус" not in hits[0].snippet_text() and "Farmonov" not in hits[0].snippet_text()


def test_a_service_write_is_indexed_inside_its_own_transaction(session):
    from evidencevault.services.persons import PersonService
    case = CaseService(session).add_case("Задержание Норбоева", ref="UZ-9")
    index = SearchIndex.of(session.db)
    assert index.pending() == 0  # the case was indexed when its audit entry was written
    assert session.db.query_one("SELECT count(*) AS n FROM search_doc WHERE kind = 'case'")["n"] == 1
    people = PersonService(session)
    people.add_person(case.ref, "Норбоев Жасур", aliases=["Norboyev Jasur"])
    assert index.pending() == 0
    row = session.db.query_one("SELECT title FROM search_doc WHERE kind = 'person'")
    assert row["title"].startswith("Норбоев Жасур")


def test_deleting_a_case_takes_its_records_out_of_search(vault):
    session, jaslyk, other = vault
    search = SearchService(session)
    assert search.search("Farmonov").count >= 3
    CaseService(session).delete_case("UZ-1")
    assert search.search("Farmonov").count == 0
    assert ids(search.search("Toqaev"))  # the other case is untouched
    search.reindex()
    assert search.search("Farmonov").count == 0


def test_evidence_file_names_are_searchable(session, tmp_path):
    from evidencevault.services.evidence import EvidenceService
    CaseService(session).add_case("Жалоба", ref="UZ-5")
    scan = tmp_path / "Javob_prokuratura_Qarshi.pdf"
    scan.write_bytes(b"%PDF-1.4 not really a pdf")
    EvidenceService(session).add_files("UZ-5", [scan])
    hits = SearchService(session).search("Карши", types=["evidence"]).hits
    assert len(hits) == 1 and hits[0].case_ref == "UZ-5"
    assert hits[0].title_text == "Javob_prokuratura_Qarshi.pdf"
    assert "".join(f"[{p.text}]" if p.hit else p.text for p in hits[0].title) == \
        "Javob_prokuratura_[Qarshi].pdf"
