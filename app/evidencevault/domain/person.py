"""A person in the vault: names in several scripts, aliases, birth date, sex,
roles per case, and which identity fields are confidential."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from evidencevault.domain.fuzzy_date import FuzzyDate

# Fields that may be marked confidential; a redacted view blanks them.
CONFIDENTIAL_FIELDS = ("name", "aliases", "birth_date", "sex", "identity_document", "contact",
                       "notes")
NAME_KINDS = ("name", "alias")
REDACTED = "[confidential]"


@dataclass(frozen=True)
class PersonName:
    text: str
    kind: str = "name"          # "name" (a spelling of the real name) or "alias"
    script: str = ""            # "latin", "cyrillic", "mixed", "other": see script_of


@dataclass(frozen=True)
class PersonRole:
    id: str
    case_id: str
    person_id: str
    role: str                   # vocabulary person_role
    unit: str = ""              # perpetrators: unit, rank and type
    rank: str = ""
    perpetrator_type: str = ""  # vocabulary perpetrator_type
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False


@dataclass(frozen=True)
class Person:
    id: str
    case_id: str
    name: str
    names: tuple[PersonName, ...] = ()
    birth_date: FuzzyDate = field(default_factory=FuzzyDate)
    sex: str = "unknown"        # vocabulary sex
    identity_document: str = ""
    contact: str = ""
    notes: str = ""
    confidential: tuple[str, ...] = ()
    roles: tuple[PersonRole, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    origin: str = "local"
    read_only: bool = False

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(n.text for n in self.names if n.kind == "alias")

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(n.text for n in self.names if n.kind == "name")

    def is_confidential(self, field_name: str) -> bool:
        return field_name in self.confidential

    def redacted(self) -> Person:
        """A copy with every confidential field blanked, for reports and exports."""
        changes: dict = {}
        if "name" in self.confidential:
            changes["name"] = REDACTED
            changes["names"] = tuple(n for n in self.names if n.kind != "name")
        if "aliases" in self.confidential:
            names = changes.get("names", self.names)
            changes["names"] = tuple(n for n in names if n.kind != "alias")
        if "birth_date" in self.confidential:
            changes["birth_date"] = FuzzyDate()
        if "sex" in self.confidential:
            changes["sex"] = "unknown"
        for name in ("identity_document", "contact", "notes"):
            if name in self.confidential:
                changes[name] = REDACTED if getattr(self, name) else ""
        return replace(self, **changes)


def script_of(text: str) -> str:
    """Which writing system a name uses: latin, cyrillic, mixed or other."""
    scripts = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            scripts.add("latin")
        elif name.startswith("CYRILLIC"):
            scripts.add("cyrillic")
        else:
            scripts.add("other")
    if not scripts:
        return "other"
    return scripts.pop() if len(scripts) == 1 else "mixed"
