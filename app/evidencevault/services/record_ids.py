"""Record ids as people type them: the whole 32-character id, or any unambiguous
prefix of at least four characters (``4e23`` for ``4e23a1…``).

One resolver for every command and window that takes an id, so a prefix that works
for a person works for an evidence item, a complaint or a deadline alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from evidencevault.domain.errors import InvalidInput, NotFound
from evidencevault.services.vault import VaultSession

MIN_PREFIX = 4

# kind -> (table, noun, plural) — the nouns are what error sentences say.
KINDS: dict[str, tuple[str, str, str]] = {
    "evidence": ("evidence_item", "evidence item", "evidence items"),
    "person": ("person", "person", "persons"),
    "incident": ("incident", "incident", "incidents"),
    "testimony": ("testimony", "testimony", "testimonies"),
    "complaint": ("complaint", "complaint", "complaints"),
    "deadline": ("complaint_deadline", "deadline", "deadlines"),
    "reparation": ("reparation_claim", "reparation claim", "reparation claims"),
    "annotation": ("annotation", "annotation", "annotations"),
}


def resolve_id(session: VaultSession, kind: str, text: str) -> str:
    """The full id of the one ``kind`` record that ``text`` names."""
    return resolve_any(session, [kind], text)[1]


def resolve_ids(session: VaultSession, kind: str, texts: Iterable[str]) -> list[str]:
    return [resolve_id(session, kind, t) for t in texts]


def resolve_any(session: VaultSession, kinds: Iterable[str], text: str) -> tuple[str, str]:
    """(kind, full id) of the one record among ``kinds`` that ``text`` names.

    An exact id is returned even for a deleted record, so the service that reads it
    gives its own answer; a prefix only matches records that still exist."""
    kinds = list(kinds)
    typed = (text or "").strip().lower()
    noun = KINDS[kinds[0]][1] if len(kinds) == 1 else "record"
    for kind in kinds:
        if session.db.query_one(f"SELECT id FROM {KINDS[kind][0]} WHERE id = ?", (typed,)):
            return kind, typed
    if len(typed) < MIN_PREFIX:
        if not typed:
            raise InvalidInput(field=f"{noun} id", problem="give the id, as printed when it was added")
        raise InvalidInput(field=f"{noun} id {typed}",
                           problem=f"type at least {MIN_PREFIX} characters of the id")
    found: list[tuple[str, str]] = []
    for kind in kinds:
        rows = session.db.query(
            f"SELECT id FROM {KINDS[kind][0]} WHERE substr(id, 1, ?) = ? AND deleted_at IS NULL"
            " LIMIT 2", (len(typed), typed))
        found += [(kind, row["id"]) for row in rows]
    if not found:
        raise NotFound(kind=noun, ref=typed)
    if len(found) > 1:
        plural = KINDS[kinds[0]][2] if len(kinds) == 1 else "records"
        raise InvalidInput(field=f"{noun} id",
                           problem=f"{typed} matches several {plural}; type more characters")
    return found[0]
