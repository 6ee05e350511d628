"""Vocabulary labels for the window, in the interface language.

Terms come from the vault (so terms a user added show too) through the
vocabulary service when it exists, else from the seeded list.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from evidencevault.domain.vocabularies import Term, seed_terms


def language() -> str:
    return "ru" if QLocale().name().startswith("ru") else "en"


class Vocabularies:
    """Looked up once per session; ``refresh()`` after a term is added."""

    def __init__(self, session) -> None:
        self._session = session
        self._terms: dict[str, list[Term]] = {}

    def refresh(self) -> None:
        self._terms.clear()

    def terms(self, vocabulary: str, include_retired: bool = False) -> list[Term]:
        if vocabulary not in self._terms:
            self._terms[vocabulary] = self._load(vocabulary)
        return [t for t in self._terms[vocabulary] if include_retired or not t.retired]

    def _load(self, vocabulary: str) -> list[Term]:
        try:
            from evidencevault.services.vocabularies import VocabularyService
        except ImportError:
            return [t for t in seed_terms() if t.vocabulary == vocabulary]
        return list(VocabularyService(self._session).terms(vocabulary, include_retired=True))

    def label(self, vocabulary: str, code: str) -> str:
        if not code:
            return ""
        for term in self.terms(vocabulary, include_retired=True):
            if term.code == code:
                return term.label(language())
        return code

    def fill(self, combo: QComboBox, vocabulary: str, current: str = "", blank: str | None = None) -> None:
        combo.clear()
        if blank is not None:
            combo.addItem(blank, "")
        for term in self.terms(vocabulary, include_retired=True):
            if not term.retired or term.code == current:
                combo.addItem(term.label(language()), term.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
