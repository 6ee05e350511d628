"""50,000 cases in the window's list: opening, scrolling to the end, filtering, one edit.

Baseline measured in the same run: reading all 50,000 cases straight from the
service in one call (what a naive "reload everything" list would do on every change).
Figures are noisy on this 2-core machine shared with other test runs.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from evidencevault.services.cases import CaseService
from evidencevault.storage.cases import CaseRepository
from evidencevault.ui.cases.case_list import CaseList

COUNT = 50_000
OUT = Path(__file__).resolve().parents[2] / "build" / "bench" / "case_list.json"


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


@pytest.mark.bench
def test_fifty_thousand_cases_stay_smooth(qtbot, session):
    repo = CaseRepository(session.db)
    with session.db.transaction():
        for n in range(COUNT):
            repo.insert(f"B-{n:06d}", f"Case {n}: задержание и избиение", "open", "", ("bench",))
    service = CaseService(session)
    figures: dict[str, float] = {}

    start = time.perf_counter()
    everything = service.list_cases()
    figures["baseline_full_reload_ms"] = _ms(start)
    assert len(everything) == COUNT

    start = time.perf_counter()
    widget = CaseList(service)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    figures["open_list_ms"] = _ms(start)

    start = time.perf_counter()
    while widget.model.canFetchMore(QModelIndex()):
        widget.table.scrollToBottom()
        widget.model.fetchMore(QModelIndex())
    figures["fetch_all_pages_ms"] = _ms(start)
    assert widget.model.rowCount() == COUNT

    start = time.perf_counter()
    widget.proxy.setFilterFixedString("4999")
    figures["filter_keystroke_ms"] = _ms(start)
    assert widget.proxy.rowCount() > 0
    widget.proxy.setFilterFixedString("")

    case = service.add_case("One more")
    start = time.perf_counter()
    widget.case_changed(case)
    figures["one_change_ms"] = _ms(start)

    figures["open_vs_full_reload"] = round(figures["open_list_ms"] / figures["baseline_full_reload_ms"], 3)
    figures["change_vs_full_reload"] = round(figures["one_change_ms"] / figures["baseline_full_reload_ms"], 4)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"cases": COUNT, **figures}, indent=2))
    print("\ncase list, 50,000 cases:", json.dumps(figures, indent=2))
    assert figures["open_list_ms"] < figures["baseline_full_reload_ms"]
    assert figures["one_change_ms"] < figures["baseline_full_reload_ms"]
