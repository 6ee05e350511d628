"""What a user types into the search box, and how a result shows what matched.

``parse_query('Фарм "Жаслык колония" Tashkent')`` gives three terms: bare words are
prefixes (search as you type: "Фарм" finds "Фармонов"), quoted words are an exact phrase.
Every term is folded (see ``transliteration``), so the FTS5 expression built from it
matches every spelling in every script. Snippets are cut from the original text and
mark the words whose folded form matched. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidencevault.domain.transliteration import WORD_RE, fold, fold_word

_PHRASE = re.compile(r'"([^"]*)"?')
MAX_TERMS = 16


@dataclass(frozen=True)
class QueryTerm:
    text: str                 # as typed
    tokens: tuple[str, ...]   # folded words
    phrase: bool = False      # quoted: these words, in this order, no prefix

    def expression(self, variants: tuple[str, ...] = ()) -> str:
        """This term as FTS5 syntax (tokens are plain \\w words, so quoting is safe)."""
        quoted = '"' + " ".join(self.tokens) + '"'
        own = quoted if self.phrase else quoted + "*"
        if not variants:
            return own
        return "(" + " OR ".join([own, *(f'"{v}"' for v in variants)]) + ")"

    @property
    def single_word(self) -> bool:
        return not self.phrase and len(self.tokens) == 1


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple[QueryTerm, ...]

    @property
    def empty(self) -> bool:
        return not self.terms

    def expression(self, variants: dict[str, tuple[str, ...]] | None = None) -> str:
        """All terms, ANDed. With ``variants``, single words also match their variants."""
        variants = variants or {}
        return " AND ".join(
            t.expression(variants.get(t.tokens[0], ()) if t.single_word else ())
            for t in self.terms)


def parse_query(text: str) -> ParsedQuery:
    """Split a query into folded terms: quoted phrases and bare (prefix) words."""
    terms: list[QueryTerm] = []
    position = 0
    for match in _PHRASE.finditer(text):
        terms += _bare_terms(text[position:match.start()])
        tokens = tuple(WORD_RE.findall(fold(match.group(1))))
        if tokens:
            terms.append(QueryTerm(match.group(1), tokens, phrase=True))
        position = match.end()
    terms += _bare_terms(text[position:])
    return ParsedQuery(text, tuple(terms[:MAX_TERMS]))


def _bare_terms(text: str) -> list[QueryTerm]:
    terms = []
    for chunk in text.split():
        tokens = tuple(WORD_RE.findall(fold(chunk)))
        if tokens:  # "Qasym-Jomart" is two tokens: a phrase whose last word is a prefix
            terms.append(QueryTerm(chunk, tokens))
    return terms


# -- showing what matched ------------------------------------------------------
@dataclass(frozen=True)
class SnippetPart:
    text: str
    hit: bool = False


@dataclass(frozen=True)
class Matcher:
    """Decides whether a word of a result (folded) is one the query asked for."""

    exact: frozenset[str] = field(default_factory=frozenset)
    prefixes: tuple[str, ...] = ()

    @classmethod
    def for_query(cls, query: ParsedQuery, variants: dict[str, tuple[str, ...]] | None = None
                  ) -> Matcher:
        exact: set[str] = set()
        prefixes: list[str] = []
        for term in query.terms:
            exact.update(term.tokens)
            if not term.phrase:
                prefixes.append(term.tokens[-1])
        for found in (variants or {}).values():
            exact.update(found)
        return cls(frozenset(exact), tuple(prefixes))

    def matches(self, word: str) -> bool:
        key = fold_word(word)
        return key in self.exact or key.startswith(self.prefixes)


def highlight(text: str, matcher: Matcher) -> tuple[SnippetPart, ...]:
    """The whole (short) text, matching words marked."""
    parts: list[SnippetPart] = []
    position = 0
    for match in WORD_RE.finditer(text):
        if matcher.matches(match.group()):
            if match.start() > position:
                parts.append(SnippetPart(text[position:match.start()]))
            parts.append(SnippetPart(match.group(), True))
            position = match.end()
    if position < len(text):
        parts.append(SnippetPart(text[position:]))
    return tuple(parts)


def snippet(text: str, matcher: Matcher, width: int = 180) -> tuple[SnippetPart, ...]:
    """About ``width`` characters around the first match, on word boundaries, marked."""
    first = None
    for match in WORD_RE.finditer(text):
        if matcher.matches(match.group()):
            first = match
            break
    if first is None:
        start, end = 0, min(len(text), width)
    else:
        start = max(0, first.start() - width // 4)
        end = min(len(text), start + width)
    if start > 0:
        space = text.find(" ", start, first.start() if first else end)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    piece = " ".join(text[start:end].split())
    parts = list(highlight(piece, matcher))
    if start > 0:
        parts.insert(0, SnippetPart("…"))
    if end < len(text):
        parts.append(SnippetPart("…"))
    return tuple(parts)


def marked(parts: tuple[SnippetPart, ...], open_mark: str = "[", close_mark: str = "]") -> str:
    """The snippet as one string, matches between markers (for a terminal or a script)."""
    return "".join(f"{open_mark}{p.text}{close_mark}" if p.hit else p.text for p in parts)
