"""Testimony use cases: record a testimony, its translations and consent decisions;
autosave what is being typed as an encrypted draft."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping

from evidencevault.domain.errors import InvalidInput
from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.domain.testimony import (
    CONSENT_STATES, ConsentDecision, Testimony, TestimonyDraft, Translation)
from evidencevault.services.records import (
    RecordService, clean_line, clean_lines, clean_text, day, fuzzy, not_in_future)
from evidencevault.storage.drafts import DraftRepository
from evidencevault.storage.persons import PersonRepository
from evidencevault.storage.testimonies import TestimonyRepository

_EDITABLE = ("text", "language", "interviewee_id", "interviewee_name", "interviewer",
             "interpreter", "persons_present", "taken_on", "place")
MAX_DRAFT = 5_000_000


class TestimonyService(RecordService):
    __test__ = False
    kind = "testimony"

    def __init__(self, session) -> None:
        super().__init__(session)
        self._repo = TestimonyRepository(session.db)
        self._persons = PersonRepository(session.db)
        self._drafts = DraftRepository(session.db, session.vault.subkey("drafts"))

    def add_testimony(self, case_ref: str, text: str, *, language: str = "",
                      interviewee_id: str | None = None, interviewee_name: str = "",
                      interviewer: str = "", interpreter: str = "",
                      persons_present: Iterable[str] = (),
                      taken_on: FuzzyDate | str | None = None, place: str = "",
                      consent: Mapping[str, str] | None = None,
                      consent_date: _dt.date | str | None = None,
                      from_draft: bool = False) -> Testimony:
        """Record a testimony. ``consent`` maps uses to given/refused/withdrawn, decided on
        ``consent_date`` (default today). With ``from_draft`` the case's new-testimony draft
        is discarded in the same transaction."""
        case = self._case(case_ref)
        fields = self._clean({
            "text": text, "language": language, "interviewee_id": interviewee_id,
            "interviewee_name": interviewee_name, "interviewer": interviewer,
            "interpreter": interpreter, "persons_present": persons_present,
            "taken_on": taken_on, "place": place})
        decisions = self._consents(consent or {}, consent_date)
        with self._db.transaction():
            testimony_id = self._repo.insert(case.id, fields)
            self._audit("testimony.create", testimony_id, case.id,
                        {"language": fields["language"], "characters": len(fields["text"])})
            for use, state, on in decisions:
                self._record_consent(case.id, testimony_id, use, state, on, "")
            if from_draft:
                self._drafts.discard(case.id, None)
        return self.get_testimony(testimony_id)

    def get_testimony(self, testimony_id: str) -> Testimony:
        return self._found(self._repo.get(testimony_id), "testimony", testimony_id)

    def list_testimonies(self, case_ref: str) -> list[Testimony]:
        """The case's testimonies, by the date they were taken."""
        return self._repo.in_case(self._case(case_ref).id)

    def update_testimony(self, testimony_id: str, **fields: object) -> Testimony:
        testimony = self._writable(self.get_testimony(testimony_id))
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise InvalidInput(field=", ".join(sorted(unknown)), problem="cannot be changed here")
        cleaned = self._clean(fields)
        with self._db.transaction():
            self._repo.update(testimony.id, cleaned)
            self._audit("testimony.edit", testimony.id, testimony.case_id,
                        {"fields": sorted(fields)})
        return self.get_testimony(testimony.id)

    def delete_testimony(self, testimony_id: str) -> None:
        testimony = self._writable(self.get_testimony(testimony_id))
        with self._db.transaction():
            self._repo.testimonies.tombstone(testimony.id)
            self._audit("testimony.delete", testimony.id, testimony.case_id)

    # -- translations and consent ---------------------------------------------------
    def add_translation(self, testimony_id: str, language: str, text: str,
                        translator: str = "") -> Translation:
        testimony = self._writable(self.get_testimony(testimony_id))
        fields = {"testimony_id": testimony.id,
                  "language": _language(language, required=True),
                  "text": clean_text(text, "translation", required=True),
                  "translator": clean_line(translator, "translator")}
        with self._db.transaction():
            translation = self._repo.add_translation(testimony.case_id, fields)
            self._audit("testimony.translation_add", translation.id, testimony.case_id,
                        {"testimony_id": testimony.id, "language": fields["language"]},
                        target_type="testimony_translation")
        return translation

    def record_consent(self, testimony_id: str, use: str, state: str,
                       decided_on: _dt.date | str | None = None, note: str = "") -> Testimony:
        """Add a consent decision for one use; earlier decisions stay in the history."""
        testimony = self._writable(self.get_testimony(testimony_id))
        [(use, state, on)] = self._consents({use: state}, decided_on)
        with self._db.transaction():
            self._record_consent(testimony.case_id, testimony.id, use, state, on,
                                 clean_text(note, "note"))
        return self.get_testimony(testimony.id)

    def withdraw_consent(self, testimony_id: str, use: str,
                         decided_on: _dt.date | str | None = None, note: str = "") -> Testimony:
        return self.record_consent(testimony_id, use, "withdrawn", decided_on, note)

    def _record_consent(self, case_id: str, testimony_id: str, use: str, state: str, on: str,
                        note: str) -> ConsentDecision:
        decision = self._repo.add_consent(case_id, {
            "testimony_id": testimony_id, "use": use, "state": state, "decided_on": on,
            "note": note})
        self._audit("testimony.consent", decision.id, case_id,
                    {"testimony_id": testimony_id, "use": use, "state": state, "decided_on": on},
                    target_type="testimony_consent")
        return decision

    def _consents(self, consent: Mapping[str, str], when) -> list[tuple[str, str, str]]:
        on = day(when, "consent date")
        out = []
        for use, state in consent.items():
            use = self._term("consent_use", use, "consent use")
            if state not in CONSENT_STATES:
                raise InvalidInput(field="consent",
                                   problem=f"use one of {', '.join(CONSENT_STATES)}")
            out.append((use, state, on))
        return out

    # -- drafts ---------------------------------------------------------------------
    def autosave_draft(self, case_ref: str, fields: Mapping[str, object],
                       testimony_id: str | None = None) -> str:
        """Keep what is being typed (any JSON-able fields), sealed; returns the time saved.
        Not audited: drafts are rewritten every few seconds and are not records."""
        case = self._case(case_ref)
        if testimony_id is not None:
            self.get_testimony(testimony_id)
        size = sum(len(str(v)) for v in fields.values())
        if size > MAX_DRAFT:
            raise InvalidInput(field="draft", problem=f"keep it under {MAX_DRAFT} characters")
        with self._db.transaction():
            return self._drafts.save(case.id, testimony_id, dict(fields))

    def load_draft(self, case_ref: str, testimony_id: str | None = None) -> TestimonyDraft | None:
        case = self._case(case_ref)
        found = self._drafts.load(case.id, testimony_id)
        if found is None:
            return None
        fields, saved_at = found
        return TestimonyDraft(case.id, testimony_id, fields, saved_at)

    def discard_draft(self, case_ref: str, testimony_id: str | None = None) -> bool:
        case = self._case(case_ref)
        with self._db.transaction():
            return self._drafts.discard(case.id, testimony_id)

    def drafts_in_case(self, case_ref: str) -> list[TestimonyDraft]:
        """Every draft of the case (to offer recovery after a crash)."""
        case = self._case(case_ref)
        return [d for d in (self.load_draft(case_ref, tid)
                            for tid, _ in self._drafts.list_for_case(case.id)) if d]

    # -- input ------------------------------------------------------------------------
    def _clean(self, fields: dict) -> dict:
        out: dict = {}
        if "text" in fields:
            out["text"] = clean_text(fields["text"], "testimony text", required=True)
        if "language" in fields:
            out["language"] = _language(fields["language"])
        if "interviewee_id" in fields:
            person_id = fields["interviewee_id"] or None
            if person_id is not None and self._persons.get(person_id) is None:
                self._found(None, "person", person_id)
            out["interviewee_id"] = person_id
        for key in ("interviewee_name", "interviewer", "interpreter", "place"):
            if key in fields:
                out[key] = clean_line(fields[key], key.replace("_", " "))
        if "persons_present" in fields:
            out["persons_present"] = clean_lines(fields["persons_present"] or (),
                                                 "persons present")
        if "taken_on" in fields:
            out["taken_on"] = not_in_future(fuzzy(fields["taken_on"], "date"), "date")
        return out


def _language(value: object, required: bool = False) -> str:
    """A language tag such as ru, en, uz, kk, uz-Cyrl."""
    text = clean_line(value, "language", required=required, limit=35)
    if text and not all(part.isalnum() and part.isascii() for part in text.split("-")):
        raise InvalidInput(field="language", problem="use a language code such as ru, en or uz")
    return text.lower() if "-" not in text else text
