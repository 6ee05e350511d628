"""What every record service shares: finding the case, checking vocabulary codes,
cleaning text and dates, refusing edits to imported records, writing the audit entry.

Services built on ``RecordService`` follow the pattern of ``CaseService``:
validate, write the row and its audit entry in one transaction, return a
dataclass. Audit details hold ids, codes and field names, never case text.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from evidencevault.domain.case import Case
from evidencevault.domain.errors import InvalidInput, NotFound, ReadOnlyRecord
from evidencevault.domain.fuzzy_date import FuzzyDate, FuzzyDateError, parse_exact_date
from evidencevault.services.vault import VaultSession
from evidencevault.storage.cases import CaseRepository
from evidencevault.storage.vocabularies import VocabularyRepository

MAX_SHORT = 1000          # names, titles, places, reference numbers
MAX_LONG = 5_000_000      # testimony text and descriptions


class RecordService:
    kind = "record"           # English noun used in error sentences and audit entries

    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._db = session.db
        self._cases = CaseRepository(session.db)
        self._vocab = VocabularyRepository(session.db)

    # -- cases -----------------------------------------------------------------
    def _case(self, case_ref: str) -> Case:
        case = self._cases.get_by_ref(case_ref)
        if case is None:
            raise NotFound(kind="case", ref=case_ref)
        return case

    def _case_ref(self, case_id: str) -> str:
        case = self._cases.get_by_id(case_id)
        return case.ref if case else case_id

    # -- checks ----------------------------------------------------------------
    def _found(self, record, kind: str, record_id: str):
        if record is None:
            raise NotFound(kind=kind, ref=record_id)
        return record

    def _writable(self, record, kind: str | None = None):
        if record.read_only:
            raise ReadOnlyRecord(kind=kind or self.kind)
        return record

    def _term(self, vocabulary: str, code: str | None, field: str, *, required: bool = True,
              current: str | None = None) -> str:
        """A code from a vocabulary; retired terms are refused unless already in place."""
        code = (code or "").strip()
        if not code:
            if required:
                raise InvalidInput(field=field, problem="choose a value")
            return ""
        term = self._vocab.get(vocabulary, code)
        if term is None:
            known = ", ".join(t.code for t in self._vocab.terms(vocabulary))
            raise InvalidInput(field=field, problem=f"unknown value; use one of {known}")
        if term.retired and code != current:
            raise InvalidInput(field=field, problem="this term is retired; choose another")
        return code

    def _terms(self, vocabulary: str, codes: Iterable[str], field: str,
               current: Iterable[str] = ()) -> tuple[str, ...]:
        if isinstance(codes, str):
            codes = [codes]
        current = set(current)
        chosen = []
        for code in codes:
            if code not in chosen:
                chosen.append(self._term(vocabulary, code, field,
                                         current=code if code in current else None))
        return tuple(chosen)

    def _audit(self, action: str, target_id: str, case_id: str | None,
               details: dict | None = None, target_type: str | None = None) -> None:
        self._session.audit.append(action, target_type or self.kind, target_id,
                                   case_id=case_id, details=details or {})


# -- cleaning input ----------------------------------------------------------------
def clean_line(value: object, field: str, *, required: bool = False,
               limit: int = MAX_SHORT) -> str:
    """One line of text: whitespace collapsed; empty refused when required."""
    text = " ".join(str(value or "").split())
    if required and not text:
        raise InvalidInput(field=field, problem="this cannot be empty")
    if len(text) > limit:
        raise InvalidInput(field=field, problem=f"keep it under {limit} characters")
    return text


def clean_text(value: object, field: str, *, required: bool = False,
               limit: int = MAX_LONG) -> str:
    """Free text: kept as typed (line breaks too), trailing space trimmed."""
    text = str(value or "").replace("\r\n", "\n").strip()
    if required and not text:
        raise InvalidInput(field=field, problem="this cannot be empty")
    if len(text) > limit:
        raise InvalidInput(field=field, problem=f"keep it under {limit} characters")
    return text


def clean_lines(values: Iterable[str], field: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    return tuple(dict.fromkeys(t for t in (clean_line(v, field) for v in values) if t))


def fuzzy(value: FuzzyDate | str | None, field: str) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, _dt.date):
        return FuzzyDate.from_date(value)
    try:
        return FuzzyDate.parse(value)
    except FuzzyDateError as exc:
        raise InvalidInput(field=field, problem=str(exc)) from None


def day(value: _dt.date | str | None, field: str, *, default_today: bool = True) -> str:
    """An exact day as ISO text; today when not given."""
    if value is None or value == "":
        if not default_today:
            raise InvalidInput(field=field, problem="give the date, as 2020-03-14")
        return _dt.date.today().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return parse_exact_date(str(value)).isoformat()
    except FuzzyDateError as exc:
        raise InvalidInput(field=field, problem=str(exc)) from None


def not_in_future(value: FuzzyDate, field: str) -> FuzzyDate:
    earliest = value.earliest()
    if earliest is not None and earliest > _dt.date.today():
        raise InvalidInput(field=field, problem="this date is in the future")
    return value
