"""An incident (HURIDOCS ESF "act"): what was done to whom, when, where, by whom."""

from __future__ import annotations

from dataclasses import dataclass, field

from evidencevault.domain.fuzzy_date import FuzzyDate

LINK_KINDS = ("precedes", "causes", "retaliation_for")


@dataclass(frozen=True)
class IncidentPerpetrator:
    person_id: str
    involvement: str = ""       # vocabulary perpetrator_involvement


@dataclass(frozen=True)
class IncidentLink:
    """``incident`` precedes / causes / is retaliation for another incident or a complaint."""
    id: str
    case_id: str
    incident_id: str
    kind: str                   # vocabulary incident_link
    other_incident_id: str | None = None
    complaint_id: str | None = None
    note: str = ""
    created_at: str = ""
    origin: str = "local"
    read_only: bool = False


@dataclass(frozen=True)
class Incident:
    id: str
    case_id: str
    title: str
    act_type: str               # vocabulary act_type
    occurred: FuzzyDate = field(default_factory=FuzzyDate)
    methods: tuple[str, ...] = ()           # vocabulary torture_method
    place: str = ""
    place_type: str = ""        # vocabulary place_type
    detention_status: tuple[str, ...] = ()  # vocabulary detention_status
    statements: tuple[str, ...] = ()        # vocabulary statement
    description: str = ""
    consequences: str = ""
    victims: tuple[str, ...] = ()           # person ids
    perpetrators: tuple[IncidentPerpetrator, ...] = ()
    links: tuple[IncidentLink, ...] = ()    # links going out of this incident
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False

    def timeline_key(self) -> tuple[str, str]:
        return (self.occurred.sort_key(), self.created_at)
