"""Parsing what a user types, and marking what matched (no database)."""

from __future__ import annotations

from evidencevault.domain.search_query import Matcher, marked, mark, parse_query, snippet


def test_bare_words_are_prefixes_and_quotes_make_a_phrase():
    query = parse_query('Фарм "колонию Жаслык" Tashkent')
    assert [(t.tokens, t.phrase) for t in query.terms] == [
        (("farm",), False), (("koloniu", "jaslik"), True), (("tashkent",), False)]
    assert query.expression() == '"farm"* AND "koloniu jaslik" AND "tashkent"*'


def test_operators_and_syntax_are_plain_words():
    query = parse_query('NEAR(a b) OR title:x -y ^z "unclosed')
    expression = query.expression()
    assert all(t.tokens for t in query.terms)
    assert expression.count('"') % 2 == 0
    assert "NEAR(" not in expression and ":" not in expression


def test_symbols_only_is_an_empty_query():
    assert parse_query("  «—» * ").empty


def test_half_typed_digraph_also_matches_the_whole_word():
    term = parse_query("Ikromz").terms[0]
    assert "ikromj" in term.alternatives
    assert parse_query("Дмитри").terms[0].alternatives == ("dmitr",)
    assert parse_query("Ak").terms[0].expression() == '("ak"* OR "ah"*)'


def test_variants_widen_single_words_only():
    query = parse_query('Farmonov "Farmonov Alisher"')
    expression = query.expression({"farmonov": ("farmanov",)})
    assert expression == '("farmonov"* OR "farmanov") AND "farmonov alisher"'


def test_snippet_marks_words_in_their_original_script():
    text = ("Меня задержали ночью. " * 20) + "Следователь Фармонов бил меня. " + ("Потом суд. " * 20)
    matcher = Matcher.for_query(parse_query("Farmonov"))
    parts = snippet(text, matcher)
    assert "[Фармонов]" in marked(parts)
    assert marked(parts).startswith("… ") and marked(parts).endswith(" …")
    assert len(marked(parts).split()) < 40


def test_mark_handles_apostrophes_and_punctuation():
    matcher = Matcher.for_query(parse_query("Ўзбекистон Jo‘rayev"))
    assert marked(mark("«O‘zbekiston», Жўраев!", matcher)) == "«[O‘zbekiston]», [Жўраев]!"
    assert marked(mark("nothing here", matcher)) == "nothing here"
