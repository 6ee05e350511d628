"""Case records at scale: 10,000 incidents on one timeline, 5,000 testimonies, 4,000
complaint deadlines across 1,000 cases.

Baselines measured in the same run: the bare SELECT of the same rows (no children, no
dataclasses) for reads, and a repository insert without its audit entry for writes.
Figures are noisy on this 2-core machine shared with other test runs.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from evidencevault.domain.fuzzy_date import FuzzyDate
from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.storage.complaints import ComplaintRepository
from evidencevault.storage.incidents import IncidentRepository
from evidencevault.storage.testimonies import TestimonyRepository

OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "records.json"
INCIDENTS, TESTIMONIES, CASES = 10_000, 5_000, 1_000
TEXT = "Меня задержали и били в ИВС. " * 40


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _best_ms(action, runs: int = 3) -> tuple[float, object]:
    """The fastest of a few runs (the first one also warms SQLCipher's page cache)."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, _ms(start))
    return best, result


def _date(n: int) -> FuzzyDate:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=(n * 7919) % 3000)
    return [FuzzyDate.from_date(day), FuzzyDate.of(day.year, day.month),
            FuzzyDate.of(day.year, estimated=True)][n % 3]


@pytest.mark.bench
def test_records_at_scale(session):
    cases = CaseService(session)
    ref = cases.add_case("bench").ref
    case_id = cases.get_case(ref).id
    figures: dict[str, float] = {}

    incidents = IncidentService(session)
    start = time.perf_counter()
    for n in range(300):
        incidents.add_incident(ref, f"incident {n}", "torture", occurred=_date(n),
                               methods=["beating"], description=TEXT)
    figures["service_add_incident_ms_each"] = round(_ms(start) / 300, 3)
    repo = IncidentRepository(session.db)
    start = time.perf_counter()
    with session.db.transaction():
        for n in range(300, 600):
            repo.insert(case_id, {"title": f"incident {n}", "act_type": "torture",
                                  "occurred": _date(n), "methods": ["beating"],
                                  "description": TEXT})
    figures["baseline_bare_insert_ms_each"] = round(_ms(start) / 300, 3)
    with session.db.transaction():
        for n in range(600, INCIDENTS):
            repo.insert(case_id, {"title": f"incident {n}", "act_type": "arrest",
                                  "occurred": _date(n), "description": TEXT})

    figures["baseline_bare_select_10k_ms"], rows = _best_ms(lambda: session.db.query(
        "SELECT * FROM incident WHERE case_id = ? AND deleted_at IS NULL"
        " ORDER BY occurred_sort, created_at", (case_id,)))
    figures["timeline_10k_ms"], timeline = _best_ms(lambda: incidents.timeline(ref))
    figures["timeline_page_of_100_ms"], page = _best_ms(
        lambda: incidents.timeline(ref, offset=5000, limit=100))
    assert len(page) == 100
    assert len(timeline) == len(rows) == INCIDENTS
    keys = [i.occurred.sort_key() for i in timeline]
    assert keys == sorted(keys)

    testimonies = TestimonyService(session)
    trepo = TestimonyRepository(session.db)
    with session.db.transaction():
        for n in range(TESTIMONIES):
            tid = trepo.insert(case_id, {"text": TEXT, "language": "ru", "taken_on": _date(n)})
            trepo.add_consent(case_id, {"testimony_id": tid, "use": "legal_action",
                                        "state": "given", "decided_on": "2020-01-01", "note": ""})
    figures["baseline_bare_select_5k_testimonies_ms"], _ = _best_ms(lambda: session.db.query(
        "SELECT * FROM testimony WHERE case_id = ? AND deleted_at IS NULL"
        " ORDER BY taken_on_sort", (case_id,)))
    figures["list_testimonies_5k_ms"], listed = _best_ms(
        lambda: testimonies.list_testimonies(ref))
    assert len(listed) == TESTIMONIES
    start = time.perf_counter()
    testimonies.autosave_draft(ref, {"text": TEXT * 10})
    figures["autosave_draft_12k_chars_ms"] = _ms(start)

    crepo = ComplaintRepository(session.db)
    today = dt.date.today()
    with session.db.transaction():
        for n in range(CASES):
            other = cases._repo.insert(f"B-{n:05d}", f"case {n}", "open", "", ())
            cid = crepo.insert(other.id, {"authority": "Прокуратура", "authority_type":
                                          "prosecutor", "status": "filed",
                                          "filed_on": FuzzyDate.from_date(today)})
            for k in range(4):
                due = (today + dt.timedelta(days=(n * 13 + k * 29) % 120 - 30)).isoformat()
                crepo.add_deadline(other.id, {"complaint_id": cid, "due_on": due,
                                              "what": "answer", "met_on": None})
    figures["due_soon_over_4k_deadlines_ms"], due = _best_ms(
        lambda: ComplaintService(session).overdue_and_due_soon(days=14))
    assert due and all(d.days_left <= 14 for d in due)

    figures["timeline_vs_bare_select"] = round(
        figures["timeline_10k_ms"] / max(figures["baseline_bare_select_10k_ms"], 0.1), 2)
    figures["testimonies_vs_bare_select"] = round(
        figures["list_testimonies_5k_ms"] / max(figures["baseline_bare_select_5k_testimonies_ms"],
                                                0.1), 2)
    figures["service_add_vs_bare_insert"] = round(
        figures["service_add_incident_ms_each"] / max(figures["baseline_bare_insert_ms_each"],
                                                      0.001), 2)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"incidents": INCIDENTS, "testimonies": TESTIMONIES,
                               "deadlines": CASES * 4, **figures}, indent=2))
    print("\ncase records at scale:", json.dumps(figures, indent=2))
    assert figures["timeline_10k_ms"] < 5000
