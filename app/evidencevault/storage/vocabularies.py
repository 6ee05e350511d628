"""Vocabulary terms: seeded builtin terms, user terms, retirement, and usage counts."""

from __future__ import annotations

from evidencevault.domain.vocabularies import Term, seed_terms
from evidencevault.storage.audit import utc_now
from evidencevault.storage.database import Database, Row

# Where each vocabulary's codes are stored: (table, column, is a JSON list).
USAGE: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "person_role": (("person_role", "role", False),),
    "sex": (("person", "sex", False),),
    "perpetrator_type": (("person_role", "perpetrator_type", False),),
    "act_type": (("incident", "act_type", False),),
    "torture_method": (("incident", "methods", True),),
    "place_type": (("incident", "place_type", False),),
    "detention_status": (("incident", "detention_status", True),),
    "statement": (("incident", "statements", True),),
    "perpetrator_involvement": (("incident_person", "involvement", False),),
    "incident_link": (("incident_link", "kind", False),),
    "authority_type": (("complaint", "authority_type", False),),
    "complaint_status": (("complaint", "status", False),
                         ("complaint_status_change", "to_status", False),
                         ("complaint_status_change", "from_status", False)),
    "response_type": (("complaint_response", "response_type", False),),
    "reparation_kind": (("reparation_claim", "kind", False),),
    "reparation_status": (("reparation_claim", "status", False),),
    "consent_use": (("testimony_consent", "use", False),),
    "consent_state": (("testimony_consent", "state", False),),
    "reliability": (("annotation", "reliability", False), ("evidence_item", "reliability", False)),
    "istanbul_consistency": (("annotation", "consistency", False),),
    "date_precision": (("incident", "occurred_precision", False),
                       ("person", "birth_date_precision", False),
                       ("testimony", "taken_on_precision", False),
                       ("complaint", "filed_on_precision", False)),
}

_COLUMNS = "vocabulary, code, label_en, label_ru, builtin, retired, position"


def seed_vocabularies(db: Database) -> int:
    """Add any builtin term this vault lacks (INSERT OR IGNORE); returns how many were added.

    Labels the user changed and terms the user retired stay as they are."""
    terms = seed_terms()
    have = db.query_one("SELECT count(*) AS n FROM vocabulary_term WHERE builtin = 1")["n"]
    if have >= len(terms):
        return 0
    now = utc_now()
    with db.transaction():
        before = db.query_one("SELECT count(*) AS n FROM vocabulary_term")["n"]
        db.executemany(
            f"INSERT OR IGNORE INTO vocabulary_term ({_COLUMNS}, created_at)"
            " VALUES (?,?,?,?,1,0,?,?)",
            [(t.vocabulary, t.code, t.label_en, t.label_ru, t.position, now) for t in terms])
        after = db.query_one("SELECT count(*) AS n FROM vocabulary_term")["n"]
    return after - before


class VocabularyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def names(self) -> list[str]:
        return [r["vocabulary"] for r in self._db.query(
            "SELECT DISTINCT vocabulary FROM vocabulary_term ORDER BY vocabulary")]

    def terms(self, vocabulary: str, include_retired: bool = False) -> list[Term]:
        sql = f"SELECT {_COLUMNS} FROM vocabulary_term WHERE vocabulary = ?"
        if not include_retired:
            sql += " AND retired = 0"
        return [_term(r) for r in self._db.query(sql + " ORDER BY position, code", (vocabulary,))]

    def get(self, vocabulary: str, code: str) -> Term | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM vocabulary_term WHERE vocabulary = ? AND code = ?",
            (vocabulary, code))
        return None if row is None else _term(row)

    def add(self, vocabulary: str, code: str, label_en: str, label_ru: str) -> Term:
        position = self._db.query_one(
            "SELECT coalesce(max(position), -1) + 1 AS p FROM vocabulary_term WHERE vocabulary = ?",
            (vocabulary,))["p"]
        self._db.execute(
            f"INSERT INTO vocabulary_term ({_COLUMNS}, created_at) VALUES (?,?,?,?,0,0,?,?)",
            (vocabulary, code, label_en, label_ru, position, utc_now()))
        return self.get(vocabulary, code)

    def relabel(self, vocabulary: str, code: str, label_en: str, label_ru: str) -> Term:
        self._db.execute("UPDATE vocabulary_term SET label_en = ?, label_ru = ?"
                         " WHERE vocabulary = ? AND code = ?", (label_en, label_ru, vocabulary, code))
        return self.get(vocabulary, code)

    def set_retired(self, vocabulary: str, code: str, retired: bool) -> Term:
        self._db.execute("UPDATE vocabulary_term SET retired = ? WHERE vocabulary = ? AND code = ?",
                         (int(retired), vocabulary, code))
        return self.get(vocabulary, code)

    def remove(self, vocabulary: str, code: str) -> None:
        self._db.execute("DELETE FROM vocabulary_term WHERE vocabulary = ? AND code = ?",
                         (vocabulary, code))

    def usage_count(self, vocabulary: str, code: str) -> int:
        """How many rows (deleted ones too: tombstones keep their history) use this code."""
        total = 0
        for table, column, is_json in USAGE.get(vocabulary, ()):
            if is_json:
                sql = (f"SELECT count(*) AS n FROM {table}"
                       f" WHERE EXISTS (SELECT 1 FROM json_each({table}.{column}) WHERE value = ?)")
            else:
                sql = f"SELECT count(*) AS n FROM {table} WHERE {column} = ?"
            total += self._db.query_one(sql, (code,))["n"]
        return total


def _term(row: Row) -> Term:
    return Term(row["vocabulary"], row["code"], row["label_en"], row["label_ru"],
                bool(row["builtin"]), bool(row["retired"]), row["position"])
