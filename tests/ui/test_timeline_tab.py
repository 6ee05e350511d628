"""Timeline: date order with honest fuzzy dates, colour by kind of act, retaliation links shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.timeline import TimelineTab


def test_timeline_order_dates_colours_and_links(qtbot, qtmodeltester, session):
    case = CaseService(session).add_case("Case")
    incidents = IncidentService(session)
    complaint = ComplaintService(session).add_complaint(case.ref, "Regional prosecutor", "prosecutor",
                                                        reference_number="No. 12/2020", filed_on="2020-04-02")
    solitary = incidents.add_incident(case.ref, "Placed in solitary confinement", "solitary_confinement",
                                      occurred="2020-05")
    incidents.link(solitary.id, "retaliation_for", complaint_id=complaint.id)
    incidents.add_incident(case.ref, "Beaten during interrogation", "torture", occurred="14.03.2020")
    incidents.add_incident(case.ref, "First arrest", "arrest", occurred="~2019")
    incidents.add_incident(case.ref, "Threats to the family", "threats")
    tab = TimelineTab(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(tab)
    tab.show_case(case)
    qtmodeltester.check(tab.model)
    dates = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert dates == ["around 2019", "14 March 2020", "May 2020", "date unknown"]
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f7dede"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e3ecf7"
    link = tab.model.index(2, 4).data()
    assert "retaliation" in link and "Regional prosecutor" in link and "No. 12/2020" in link
