"""Vocabulary use cases: list terms in English or Russian, add terms, relabel,
retire and restore them. A term that records use is never deleted, only retired;
builtin terms are never deleted at all."""

from __future__ import annotations

import re
import unicodedata

from evidencevault.domain.errors import InvalidInput, NotFound
from evidencevault.domain.vocabularies import BY_NAME, Term
from evidencevault.services.records import RecordService, clean_line

_CODE = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")


class VocabularyService(RecordService):
    kind = "vocabulary_term"

    def vocabularies(self) -> list[str]:
        """The names of every vocabulary (builtin ones first, in the documented order)."""
        found = self._vocab.names()
        return [v for v in BY_NAME if v in found] + [v for v in found if v not in BY_NAME]

    def title(self, vocabulary: str, language: str = "en") -> str:
        known = BY_NAME.get(vocabulary)
        if known is None:
            return vocabulary
        return known.label_ru if language.startswith("ru") else known.label_en

    def terms(self, vocabulary: str, include_retired: bool = False) -> list[Term]:
        self._check_vocabulary(vocabulary)
        return self._vocab.terms(vocabulary, include_retired)

    def get_term(self, vocabulary: str, code: str) -> Term:
        term = self._vocab.get(vocabulary, code)
        if term is None:
            raise NotFound(kind=f"{vocabulary} term", ref=code)
        return term

    def label(self, vocabulary: str, code: str, language: str = "en") -> str:
        """The label to show for a stored code; the code itself if the term is unknown."""
        term = self._vocab.get(vocabulary, code)
        return term.label(language) if term else code

    def add_term(self, vocabulary: str, label_en: str, label_ru: str = "",
                 code: str | None = None) -> Term:
        """A user's own term; its code is made from the English label unless given."""
        self._check_vocabulary(vocabulary)
        label_en = clean_line(label_en, "English label", limit=200)
        label_ru = clean_line(label_ru, "Russian label", limit=200)
        if not (label_en or label_ru):
            raise InvalidInput(field="label", problem="give the term a label")
        code = (code or "").strip() or _code_from(label_en or label_ru)
        if not _CODE.match(code):
            raise InvalidInput(field="code",
                               problem="use lower-case Latin letters, digits and _ only")
        if self._vocab.get(vocabulary, code) is not None:
            raise InvalidInput(field="code", problem="this vocabulary already has this code")
        with self._db.transaction():
            term = self._vocab.add(vocabulary, code, label_en, label_ru)
            self._audit("vocabulary.add", _target(term), None, {"vocabulary": vocabulary,
                                                                "code": code})
        return term

    def relabel_term(self, vocabulary: str, code: str, label_en: str | None = None,
                     label_ru: str | None = None) -> Term:
        """Change a label; the code (and every record using it) stays the same."""
        term = self.get_term(vocabulary, code)
        label_en = term.label_en if label_en is None else clean_line(label_en, "English label")
        label_ru = term.label_ru if label_ru is None else clean_line(label_ru, "Russian label")
        if not (label_en or label_ru):
            raise InvalidInput(field="label", problem="give the term a label")
        with self._db.transaction():
            updated = self._vocab.relabel(vocabulary, code, label_en, label_ru)
            self._audit("vocabulary.relabel", _target(term), None, {"vocabulary": vocabulary,
                                                                    "code": code})
        return updated

    def retire_term(self, vocabulary: str, code: str) -> Term:
        """Hide a term from choices; records that use it keep it and still show its label."""
        return self._set_retired(vocabulary, code, True)

    def restore_term(self, vocabulary: str, code: str) -> Term:
        return self._set_retired(vocabulary, code, False)

    def usage_count(self, vocabulary: str, code: str) -> int:
        return self._vocab.usage_count(vocabulary, code)

    def delete_term(self, vocabulary: str, code: str) -> None:
        """Only a user's own term that no record uses (or ever used) can be deleted."""
        term = self.get_term(vocabulary, code)
        if term.builtin:
            raise InvalidInput(field="term", problem="builtin terms cannot be deleted; retire it")
        used = self._vocab.usage_count(vocabulary, code)
        if used:
            raise InvalidInput(field="term",
                               problem=f"{used} record(s) use this term; retire it instead")
        with self._db.transaction():
            self._vocab.remove(vocabulary, code)
            self._audit("vocabulary.delete", _target(term), None, {"vocabulary": vocabulary,
                                                                   "code": code})

    def _set_retired(self, vocabulary: str, code: str, retired: bool) -> Term:
        term = self.get_term(vocabulary, code)
        if term.retired == retired:
            return term
        with self._db.transaction():
            updated = self._vocab.set_retired(vocabulary, code, retired)
            self._audit("vocabulary.retire" if retired else "vocabulary.restore", _target(term),
                        None, {"vocabulary": vocabulary, "code": code})
        return updated

    def _check_vocabulary(self, vocabulary: str) -> None:
        if vocabulary not in BY_NAME:
            raise InvalidInput(field="vocabulary",
                               problem=f"unknown vocabulary; use one of {', '.join(BY_NAME)}")


def _target(term: Term) -> str:
    return f"{term.vocabulary}/{term.code}"


def _code_from(label: str) -> str:
    """"Detention in a basement" → "detention_in_a_basement"; non-Latin labels get "term_…"."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    code = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:60]
    if not code:
        code = "term_" + label.encode().hex()[:16]
    return code
