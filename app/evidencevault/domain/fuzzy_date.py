"""Dates as people remember them: exact, month known, year known, estimated, unknown.

A ``FuzzyDate`` keeps only what is known and says so when rendered: "14 March
2020", "March 2020", "2020", "around 2019", "date unknown". Its text form
("2020-03-14", "2020-03", "2019", "~2019", "") is what the database stores, and
``sort_key`` orders a timeline: a month-only date sorts before the days of that
month, a year-only date before the months of that year, unknown dates last.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

EXACT, MONTH, YEAR, ESTIMATED, UNKNOWN = "exact", "month", "year", "estimated", "unknown"
PRECISIONS = (EXACT, MONTH, YEAR, ESTIMATED, UNKNOWN)

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь")
MONTHS_RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                      "августа", "сентября", "октября", "ноября", "декабря")

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DOTTED = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")  # 14.03.2020 or 03.2020
_UNKNOWN_WORDS = {"", "?", "unknown", "date unknown", "неизвестно", "n/a"}
_ESTIMATE_PREFIXES = ("~", "c.", "ca.", "circa", "around", "about", "около", "примерно")
MIN_YEAR, MAX_YEAR = 1000, 9999


class FuzzyDateError(ValueError):
    """The text is not a date we can read; the message says which forms work."""


@dataclass(frozen=True)
class FuzzyDate:
    precision: str = UNKNOWN
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise FuzzyDateError(f"unknown date precision {self.precision!r}")
        if self.precision == UNKNOWN:
            if (self.year, self.month, self.day) != (None, None, None):
                raise FuzzyDateError("an unknown date has no year, month or day")
            return
        if self.year is None or not MIN_YEAR <= self.year <= MAX_YEAR:
            raise FuzzyDateError("the year must have four digits")
        if self.day is not None and self.month is None:
            raise FuzzyDateError("a day needs a month")
        expected = {EXACT: (True, True), MONTH: (True, False), YEAR: (False, False)}
        if self.precision in expected:
            has_month, has_day = expected[self.precision]
            if (self.month is not None) != has_month or (self.day is not None) != has_day:
                raise FuzzyDateError(f"a date of precision {self.precision!r} has the wrong parts")
        if self.month is not None and not 1 <= self.month <= 12:
            raise FuzzyDateError("the month must be between 1 and 12")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month, self.day)
            except ValueError:
                raise FuzzyDateError("there is no such day in that month") from None

    # -- constructors ---------------------------------------------------------
    @classmethod
    def unknown(cls) -> FuzzyDate:
        return cls()

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None,
           estimated: bool = False) -> FuzzyDate:
        if estimated:
            return cls(ESTIMATED, year, month, day)
        precision = EXACT if day is not None else MONTH if month is not None else YEAR
        return cls(precision, year, month, day)

    @classmethod
    def from_date(cls, value: _dt.date) -> FuzzyDate:
        return cls(EXACT, value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str | None) -> FuzzyDate:
        """Read "2020-03-14", "2020-03", "2019", "~2019", "14.03.2020", "" (unknown)."""
        raw = " ".join((text or "").split())
        if raw.lower() in _UNKNOWN_WORDS:
            return cls()
        estimated = False
        lowered = raw.lower()
        for prefix in _ESTIMATE_PREFIXES:
            if lowered.startswith(prefix):
                estimated, raw = True, raw[len(prefix):].strip()
                break
        year, month, day = _parts(raw)
        return cls.of(year, month, day, estimated=estimated)

    # -- views -----------------------------------------------------------------
    @property
    def is_known(self) -> bool:
        return self.precision != UNKNOWN

    def to_text(self) -> str:
        """The stored form; ``parse(to_text())`` gives the same date back."""
        if not self.is_known:
            return ""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return ("~" if self.precision == ESTIMATED else "") + text

    def render(self, language: str = "en") -> str:
        """Say exactly what is known, no more: "14 March 2020", "around 2019"."""
        ru = language.startswith("ru")
        if not self.is_known:
            return "дата неизвестна" if ru else "date unknown"
        if self.day is not None:
            month = MONTHS_RU_GENITIVE[self.month - 1] if ru else MONTHS_EN[self.month - 1]
            body = f"{self.day} {month} {self.year}"
        elif self.month is not None:
            body = f"{(MONTHS_RU if ru else MONTHS_EN)[self.month - 1]} {self.year}"
        else:
            body = str(self.year)
        if self.precision == ESTIMATED:
            return ("примерно " if ru else "around ") + body
        return body

    def sort_key(self) -> str:
        """A string that orders dates on a timeline; unknown dates sort last."""
        if not self.is_known:
            return "~"
        return f"{self.year:04d}-{self.month or 0:02d}-{self.day or 0:02d}"

    def earliest(self) -> _dt.date | None:
        """The first day this date could mean (for deadlines and "after" checks)."""
        if not self.is_known:
            return None
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        return self.render()


def _parts(raw: str) -> tuple[int, int | None, int | None]:
    match = _ISO.match(raw)
    if match:
        return int(match[1]), _int(match[2]), _int(match[3])
    match = _DOTTED.match(raw)
    if match:
        return int(match[3]), int(match[2]), _int(match[1])
    raise FuzzyDateError(
        "write the date as 2020-03-14, 2020-03 (month known), 2019 (year known), "
        "~2019 (estimated), or leave it empty when unknown")


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def parse_exact_date(text: str) -> _dt.date:
    """A day that must be known exactly (a deadline, the date consent was given)."""
    value = FuzzyDate.parse(text)
    if value.precision != EXACT:
        raise FuzzyDateError("give the full date, as 2020-03-14")
    return value.earliest()
