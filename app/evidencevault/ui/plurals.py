"""Phrases with a number in them, kept in one QObject so the translation tools see their
plural forms (Russian has three: 1 день, 2 дня, 5 дней)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def days_overdue(self, n: int) -> str:
        return self.tr("%n day(s) overdue", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)

    def uses_allowed(self, n: int) -> str:
        return self.tr("%n use(s) allowed", "", n)

    def withdrawn(self, n: int) -> str:
        return self.tr("%n withdrawn", "", n)


_plurals: Plurals | None = None


def plurals() -> Plurals:
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
