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
from functools import cached_property

from evidencevault.domain.transliteration import WORD_RE, fold, fold_chunks, fold_word

_PHRASE = re.compile(r'"([^"]*)"?')
MAX_TERMS = 16


@dataclass(frozen=True)
class QueryTerm:
    text: str                 # as typed
    tokens: tuple[str, ...]   # folded words
    phrase: bool = False      # quoted: these words, in this order, no prefix
    alternatives: tuple[str, ...] = ()  # other folded prefixes for a half-typed last letter

    def expression(self, variants: tuple[str, ...] = ()) -> str:
        """This term as FTS5 syntax (tokens are plain \\w words, so quoting is safe)."""
        quoted = '"' + " ".join(self.tokens) + '"'
        own = [quoted if self.phrase else quoted + "*"]
        head = " ".join(self.tokens[:-1])
        own += [f'"{head} {alt}"*' if head else f'"{alt}"*' for alt in self.alternatives]
        own += [f'"{v}"' for v in variants]
        return own[0] if len(own) == 1 else "(" + " OR ".join(own) + ")"

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


# A prefix that stops inside a digraph folds differently from the whole word:
# "Ikromz" is "ikromz", "Ikromzhon" is "ikromjon"; "Дмитри" is "dmitri", "Дмитриев" "dmitrev".
_HALF_DIGRAPH = {"z": "j", "k": "h", "d": "j", "д": "j", "p": "f", "c": "ch"}


def _bare_terms(text: str) -> list[QueryTerm]:
    terms = []
    for chunk in text.split():
        tokens = tuple(WORD_RE.findall(fold(chunk)))
        if tokens:  # "Qasym-Jomart" is two tokens: a phrase whose last word is a prefix
            terms.append(QueryTerm(chunk, tokens, alternatives=_alternatives(chunk, tokens[-1])))
    return terms


def _alternatives(chunk: str, key: str) -> tuple[str, ...]:
    found = []
    last = chunk[-1:].lower()
    if last in _HALF_DIGRAPH:
        found.append(key[:-1] + _HALF_DIGRAPH[last])
    if key.endswith("i"):
        found.append(key[:-1])
    return tuple(dict.fromkeys(a for a in found if a and a != key))


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
                prefixes += [term.tokens[-1], *term.alternatives]
        for found in (variants or {}).values():
            exact.update(found)
        return cls(frozenset(exact), tuple(prefixes))

    @classmethod
    def for_term(cls, term: QueryTerm) -> Matcher:
        """Only the spellings of one term as typed (no vowel variants)."""
        prefixes = () if term.phrase else (term.tokens[-1], *term.alternatives)
        return cls(frozenset(term.tokens), prefixes)

    def matches(self, word: str) -> bool:
        key = fold_word(word)
        return key in self.exact or key.startswith(self.prefixes)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """Finds a matching word in *folded* text."""
        start, stop = r"(?<![^\W_])", r"(?![^\W_])"  # word edges; "_" separates words too
        alternatives = []
        if self.exact:
            alternatives.append(f"{start}(?:{'|'.join(map(re.escape, sorted(self.exact)))}){stop}")
        if self.prefixes:
            alternatives.append(f"{start}(?:{'|'.join(map(re.escape, self.prefixes))})")
        return re.compile("|".join(alternatives)) if alternatives else None


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


def snippet(text: str, matcher: Matcher, words: int = 28) -> tuple[SnippetPart, ...]:
    """About ``words`` words of ``text`` around its first match, matches marked.

    The text is folded chunk by chunk (whitespace-separated, as the index folds it), so
    matches are found by regex in the folded text and mapped back to the original words.
    """
    chunks = text.split()
    keys = fold_chunks(chunks)
    first = 0
    if matcher.pattern is not None and chunks:
        folded = " ".join(keys)
        found = matcher.pattern.search(folded)
        if found:
            first = folded.count(" ", 0, found.start())
    start = max(0, first - words // 4)
    end = min(len(chunks), start + words)
    parts = _marked_chunks(chunks[start:end], keys[start:end], matcher)
    if start > 0:
        parts.insert(0, SnippetPart("… "))
    if end < len(chunks):
        parts.append(SnippetPart(" …"))
    return tuple(parts)


def contains(text: str, matcher: Matcher) -> bool:
    """Whether any word of ``text`` is one the matcher asks for."""
    if matcher.pattern is None:
        return False
    return matcher.pattern.search(" ".join(fold_chunks(text.split()))) is not None


def mark(text: str, matcher: Matcher) -> tuple[SnippetPart, ...]:
    """A short text (a name, a title), whitespace normalised, matches marked."""
    chunks = text.split()
    return tuple(_marked_chunks(chunks, fold_chunks(chunks), matcher))


def _marked_chunks(chunks: list[str], keys: list[str], matcher: Matcher) -> list[SnippetPart]:
    hit_chunks: set[int] = set()
    if matcher.pattern is not None:
        folded = " ".join(keys)
        hit_chunks = {folded.count(" ", 0, m.start()) for m in matcher.pattern.finditer(folded)}
    parts: list[SnippetPart] = []
    plain: list[str] = []
    for i, chunk in enumerate(chunks):
        if i:
            plain.append(" ")
        if i not in hit_chunks:
            plain.append(chunk)
            continue
        if plain:
            parts.append(SnippetPart("".join(plain)))
            plain = []
        parts.extend(highlight(chunk, matcher))
    if plain:
        parts.append(SnippetPart("".join(plain)))
    return parts


def marked(parts: tuple[SnippetPart, ...], open_mark: str = "[", close_mark: str = "]") -> str:
    """The snippet as one string, matches between markers (for a terminal or a script)."""
    return "".join(f"{open_mark}{p.text}{close_mark}" if p.hit else p.text for p in parts)
