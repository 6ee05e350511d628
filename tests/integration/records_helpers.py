"""Small helpers shared by the record service tests (real vaults, no mocks)."""

from __future__ import annotations

from evidencevault.services.cases import CaseService


def new_case(session, title: str = "Дело Петрова", ref: str | None = None) -> str:
    return CaseService(session).add_case(title, ref=ref).ref


def audit_actions(session) -> list[str]:
    return [e.action for e in session.audit.entries()]


def snapshot(session, *tables: str) -> dict:
    """Row counts of the given tables and the audit log, to show nothing changed."""
    counts = {t: session.db.query_one(f"SELECT count(*) AS n FROM {t}")["n"] for t in tables}
    counts["audit_event"] = session.db.query_one("SELECT count(*) AS n FROM audit_event")["n"]
    return counts
