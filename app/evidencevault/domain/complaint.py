"""A complaint (HURIDOCS ESF "intervention"): to whom, when, what was asked,
the answers, the status history and the deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field

from evidencevault.domain.fuzzy_date import FuzzyDate

# Which status may follow which. A status a user adds to the vocabulary may be
# reached from any open status and may lead to any status.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "drafted": ("filed", "closed"),
    "filed": ("acknowledged", "under_review", "investigation_opened", "refused", "no_response",
              "referred", "in_court", "closed"),
    "acknowledged": ("under_review", "investigation_opened", "refused", "no_response",
                     "referred", "closed"),
    "under_review": ("investigation_opened", "refused", "no_response", "referred", "decided",
                     "closed"),
    "investigation_opened": ("refused", "no_response", "referred", "in_court", "decided",
                             "closed"),
    "refused": ("appealed", "in_court", "closed"),
    "no_response": ("acknowledged", "under_review", "investigation_opened", "refused",
                    "appealed", "in_court", "closed"),
    "appealed": ("under_review", "investigation_opened", "refused", "no_response", "in_court",
                 "decided", "closed"),
    "referred": ("acknowledged", "under_review", "investigation_opened", "refused",
                 "no_response", "closed"),
    "in_court": ("decided", "appealed", "closed"),
    "decided": ("appealed", "closed"),
    "closed": ("appealed",),
}
OPEN_STATUSES = tuple(s for s in TRANSITIONS if s not in ("closed", "decided"))


def may_change(current: str, new: str) -> bool:
    if current == new:
        return False
    if current not in TRANSITIONS:
        return True
    if new not in TRANSITIONS:
        return current != "closed"
    return new in TRANSITIONS[current]


@dataclass(frozen=True)
class StatusChange:
    id: str
    complaint_id: str
    from_status: str | None
    to_status: str
    changed_on: str             # ISO date
    note: str = ""
    recorded_at: str = ""


@dataclass(frozen=True)
class ComplaintResponse:
    id: str
    complaint_id: str
    received_on: FuzzyDate
    response_type: str          # vocabulary response_type
    text: str = ""
    evidence_item_ids: tuple[str, ...] = ()
    created_at: str = ""


@dataclass(frozen=True)
class Deadline:
    id: str
    complaint_id: str
    due_on: str                 # ISO date
    what: str
    met_on: str | None = None
    created_at: str = ""

    @property
    def is_open(self) -> bool:
        return self.met_on is None


@dataclass(frozen=True)
class Complaint:
    id: str
    case_id: str
    authority: str
    authority_type: str         # vocabulary authority_type
    status: str                 # vocabulary complaint_status
    reference_number: str = ""
    filed_on: FuzzyDate = field(default_factory=FuzzyDate)
    asked: str = ""
    responses: tuple[ComplaintResponse, ...] = ()
    status_history: tuple[StatusChange, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False


@dataclass(frozen=True)
class DueDeadline:
    """A deadline that has passed or comes soon, with what a list needs to show it."""
    deadline: Deadline
    complaint_id: str
    case_id: str
    case_ref: str
    authority: str
    complaint_status: str
    days_left: int              # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0
