"""Audit tab: the case's log in order, and "Verify log" saying clearly whether it is intact."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from evidencevault.services.cases import CaseService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.audit import AuditTab
from tests.ui.helpers import child


def make_tab(qtbot, session):
    tab = AuditTab(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(tab)
    return tab


def test_log_of_the_case_and_a_clean_verification(qtbot, qtmodeltester, session):
    cases = CaseService(session)
    case = cases.add_case("Case")
    cases.update_case(case.ref, title="Case, renamed")
    cases.add_case("Another case")
    tab = make_tab(qtbot, session)
    tab.show_case(case)
    qtmodeltester.check(tab.model)
    assert [tab.model.index(r, 3).data() for r in range(tab.model.rowCount())] == ["Case created", "Case edited"]
    child(tab, QPushButton, "verifyLogButton").click()
    result = child(tab, QLabel, "verifyResult")
    qtbot.waitUntil(lambda: result.text().startswith("The log is intact"), timeout=10000)
    assert result.property("role") == "ok"


def test_a_tampered_log_is_reported_with_the_entry(qtbot, session):
    cases = CaseService(session)
    case = cases.add_case("Case")
    cases.update_case(case.ref, title="Renamed")
    db = session.db
    db.executescript("DROP TRIGGER audit_event_no_update;")
    with db.transaction():
        db.execute("UPDATE audit_event SET actor = 'someone else' WHERE seq = 2")
    tab = make_tab(qtbot, session)
    tab.show_case(case)
    tab.verify()
    result = child(tab, QLabel, "verifyResult")
    qtbot.waitUntil(lambda: "broken" in result.text(), timeout=10000)
    assert "entry 2" in result.text() and result.property("role") == "error"
