"""A testimony: the narrative in its original language and translations, who
was there, and what the person consented to, use by use."""

from __future__ import annotations

from dataclasses import dataclass, field

from evidencevault.domain.fuzzy_date import FuzzyDate

CONSENT_USES = ("internal_documentation", "legal_action", "un_regional", "advocacy_anonymous",
                "publication_named", "sharing_partners")
CONSENT_STATES = ("given", "refused", "withdrawn")
NOT_ASKED = "not_asked"


@dataclass(frozen=True)
class Translation:
    id: str
    testimony_id: str
    language: str
    text: str
    translator: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class ConsentDecision:
    """One decision: for this use, consent was given / refused / withdrawn on this date."""
    id: str
    testimony_id: str
    use: str                    # vocabulary consent_use
    state: str                  # given / refused / withdrawn
    decided_on: str             # ISO date
    note: str = ""
    recorded_at: str = ""


@dataclass(frozen=True)
class Testimony:
    __test__ = False            # a record, not a pytest class
    id: str
    case_id: str
    text: str
    language: str = ""
    interviewee_id: str | None = None       # a person in the vault, when known
    interviewee_name: str = ""
    interviewer: str = ""
    interpreter: str = ""
    persons_present: tuple[str, ...] = ()
    taken_on: FuzzyDate = field(default_factory=FuzzyDate)
    place: str = ""
    translations: tuple[Translation, ...] = ()
    consent_history: tuple[ConsentDecision, ...] = ()   # oldest first
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False

    def consent(self) -> dict[str, ConsentDecision]:
        """The latest decision for each use that was asked about."""
        latest: dict[str, ConsentDecision] = {}
        for decision in self.consent_history:
            latest[decision.use] = decision
        return latest

    def consent_for(self, use: str) -> str:
        decision = self.consent().get(use)
        return decision.state if decision else NOT_ASKED

    def may_be_used_for(self, use: str) -> bool:
        return self.consent_for(use) == "given"


@dataclass(frozen=True)
class TestimonyDraft:
    """Unsaved typing, autosaved (encrypted) so a crash loses nothing."""
    __test__ = False
    case_id: str
    testimony_id: str | None
    fields: dict
    saved_at: str
