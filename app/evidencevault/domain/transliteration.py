"""Fold names and text in any script to one Latin search key.

The same person is "Фармонов" in a prison letter, "Farmonov" in a UN document and
"Farmanov" in a news report; Uzbek and Kazakh are written in Cyrillic and in Latin.
Search compares *folded keys*, never raw spellings:

``fold(text)``
    The exact key. Every letter is mapped to a reduced Latin alphabet so that the usual
    ways of writing one name agree: Russian, Uzbek and Kazakh Cyrillic; Uzbek Latin
    (o‘ g‘ with any apostrophe); Kazakh Latin (2018 and 2021 letters); the common
    Russian romanisations (BGN/PCGN, passport/ICAO, informal). Case and diacritics are
    folded, ё = е, ў = o‘ = u, ғ = g‘ = g, қ = q = k, х = ҳ = x = kh = h,
    ж = zh = j = dzh, щ = shch = sch = sh, y = i, ye/ie = e, yo/io = e.
    Фёдор, Fyodor and Fedor all give ``fedor``; Жўраев, Jo‘rayev, Zhuraev, Juraev give
    ``juraev``.

``skeleton(key)``
    A looser key for one folded word: vowels dropped and doubled letters collapsed, so
    Farmonov and Farmanov (``frmnv``), Hasan and Hassan (``hsn``) meet. Search ranks
    such matches below exact ones.

What is deliberately *not* attempted: ISO 9's ``c`` for ц (``c`` folds to ``k``, so
Victor = Виктор instead), ``x`` = ``ks`` (Uzbek Latin x is х, which is far more common
in these names), and guessing vowels (left to the skeleton). Folding is lossy on
purpose: it trades a little precision for finding every spelling.

Folding works on whole texts without changing word boundaries (except that apostrophes
inside a word are dropped, so "O‘zbekiston" stays one word), so ``fold(text)`` splits
into the same words as folding each word of ``words(text)``. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FOLD_VERSION = 1
"""Bumped whenever folding changes; stored indexes built with another version are rebuilt."""

APOSTROPHES = "'‘’ʻʼʽʹ`´′"
VOWELS = frozenset("aeiou")

_CYRILLIC = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Uzbek, Tajik
    "ў": "u", "қ": "k", "ғ": "g", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    # Kazakh, Kyrgyz, Bashkir, Tatar
    "ә": "a", "ө": "o", "ү": "u", "ұ": "u", "і": "i", "ң": "n", "һ": "h", "ӊ": "n",
    "ҙ": "z", "ҫ": "s", "ҡ": "k", "ӏ": "",
    # Ukrainian, Belarusian
    "є": "ie", "ї": "i", "ґ": "g",
}

# Latin letters whose base letter alone would lose a sound the Cyrillic spelling keeps.
_LATIN_SPECIAL = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ǵ": "g",
    "ğ": "g", "ñ": "n", "ń": "n", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
    "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ŋ": "n", "ə": "a",
    # single-letter equivalences of the folded alphabet
    "y": "i", "q": "k", "x": "h", "w": "v",
}

# Context-free rewrites, applied in this order after the character table.
_DIGRAPHS = (
    ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("zh", "j"),
    ("dj", "j"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("tz", "ts"),
    # protect "ch" while a lone c becomes k (Victor = Виктор)
    ("ch", "\ue000"), ("c", "k"), ("\ue000", "ch"),
)
_VOWEL_GLIDES = (("ie", "e"), ("io", "e"))

_O_APOSTROPHE = re.compile(f"o[{APOSTROPHES}](?=\\w)")
WORD_RE = re.compile(f"[^\\W_]+(?:[{APOSTROPHES}][^\\W_]+)*")
"""A word as the index sees it (letters and digits; apostrophes inside a word kept)."""


def _latin_diacritics() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if c.isascii())
            if base.isalpha() and base != char:
                table[code] = base.lower()
    return table


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict(_latin_diacritics())
    table.update({ord(k): v for k, v in _CYRILLIC.items()})
    table.update({ord(k): v for k, v in _LATIN_SPECIAL.items()})
    for code in range(0x0300, 0x0370):  # stray combining marks
        table[code] = None
    for char in APOSTROPHES:
        table[ord(char)] = None
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """The exact search key of ``text``: lower-case reduced Latin, same word boundaries."""
    text = unicodedata.normalize("NFC", text).lower()
    if "o" in text:
        text = _O_APOSTROPHE.sub("u", text)  # Uzbek o‘ (ў) before apostrophes vanish
    text = text.translate(_TABLE)
    for old, new in _DIGRAPHS:
        if old in text:
            text = text.replace(old, new)
    while "ii" in text:
        text = text.replace("ii", "i")
    for old, new in _VOWEL_GLIDES:
        if old in text:
            text = text.replace(old, new)
    return text


class FoldCache(dict):
    """Folded form of each whitespace-free chunk seen; words repeat a lot in real text.

    ``fresh`` lists the folded forms of chunks seen for the first time, so an index can
    learn new words without looking at every word of every text again.
    """

    LIMIT = 500_000

    def __init__(self) -> None:
        super().__init__()
        self.fresh: list[str] = []

    def __missing__(self, chunk: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        key = self[chunk] = fold(chunk)
        self.fresh.append(key)
        return key

    def fold_text(self, text: str) -> str:
        """``fold`` for long texts: the same words, whitespace normalised to single spaces.

        Folding never crosses whitespace, so each chunk is folded once and remembered.
        """
        return " ".join(map(self.__getitem__, text.split()))


_CACHE = FoldCache()


def fold_text(text: str) -> str:
    """``FoldCache.fold_text`` with the shared cache."""
    return _CACHE.fold_text(text)


def fold_chunks(chunks: list[str]) -> list[str]:
    """``fold`` of each whitespace-free chunk, remembered; same length as ``chunks``."""
    return list(map(_CACHE.__getitem__, chunks))


def fold_word(word: str) -> str:
    """``fold`` for one word, remembered."""
    return _CACHE[word]


def forget() -> None:
    """Drop remembered words (call when a vault is locked)."""
    _CACHE.clear()
    _CACHE.fresh.clear()
    skeleton.cache_clear()


def words(text: str) -> list[str]:
    """The words of ``text`` in its original script, in order."""
    return WORD_RE.findall(text)


def folded_words(text: str) -> list[str]:
    """The folded words of ``text`` (a word may fold to nothing, e.g. a lone ь)."""
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=262_144)
def skeleton(key: str) -> str:
    """Vowel-free key of one folded word, doubled letters collapsed: Farmanov → frmnv."""
    out: list[str] = []
    for char in key:
        if char in VOWELS:
            continue
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


def same_name(a: str, b: str) -> bool:
    """True when two spellings fold to the same exact key."""
    return fold(a).split() == fold(b).split()


def similar_name(a: str, b: str) -> bool:
    """True when two spellings share the skeleton of every word (vowels may differ)."""
    sa = [skeleton(w) for w in folded_words(a)]
    sb = [skeleton(w) for w in folded_words(b)]
    return bool(sa) and sa == sb
