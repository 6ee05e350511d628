"""A person's search result names them once (usertest: 'Фарход [Фармонов] Фарход [Фармонов] Farhod [Farmonov]')."""

from __future__ import annotations

from evidencevault.services.cases import CaseService
from evidencevault.services.persons import PersonService
from evidencevault.services.search import SearchService


def test_person_title_has_the_name_once_then_other_spellings(session):
    case = CaseService(session).add_case("A case")
    PersonService(session).add_person(case.ref, "Фарход Фармонов", spellings=["Farhod Farmonov"], roles=["victim"])
    results = SearchService(session).search("Farmonov")
    [hit] = [h for h in results.hits if h.kind == "person"]
    assert hit.title_text == "Фарход Фармонов Farhod Farmonov"
    assert any(part.hit for part in hit.title)
