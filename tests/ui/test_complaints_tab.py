"""Complaints: workflow, responses with documents, deadlines, the overdue view; reparations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit

from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.incidents import IncidentService
from evidencevault.services.reparations import ReparationService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.overdue import OverdueDialog
from evidencevault.ui.tabs import complaint_forms as forms
from evidencevault.ui.tabs.complaints import ComplaintsTab
from evidencevault.ui.tabs.reparations import ReparationsTab
from evidencevault.ui.vocab import Vocabularies
from tests.ui.helpers import child, make_jpeg


def context_for(session):
    return WorkspaceContext(session, JobRunner(), lambda t: None)


def test_complaint_dialog_workflow_response_and_deadline(qtbot, qtmodeltester, session, tmp_path):
    case = CaseService(session).add_case("Case")
    service, vocab = ComplaintService(session), Vocabularies(session)
    make_jpeg(tmp_path / "answer.jpg", gps=False)
    [letter] = EvidenceService(session).add_files(case.ref, [tmp_path / "answer.jpg"])
    tab = ComplaintsTab(context_for(session))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(case)
    assert tab.empty.isVisible()

    dialog = forms.new_complaint(service, vocab, case.ref, tab)
    child(dialog, QLineEdit, "complaintAuthorityEdit").setText("Prosecutor of the Region")
    child(dialog, QLineEdit, "complaintFiledEdit").setText("02.04.2020")
    assert dialog.try_save(), child(dialog, QLabel, "complaintDialogError").text()
    tab._refresh(dialog.saved)
    complaint = dialog.saved
    assert complaint.status == "filed"

    bad = forms.new_complaint(service, vocab, case.ref, tab)
    assert not bad.try_save()  # no authority: a sentence, nothing saved
    assert child(bad, QLabel, "complaintDialogError").text()
    assert len(service.list_complaints(case.ref)) == 1

    response = forms.add_response(service, vocab, complaint, [letter], tab)
    child(response, QLineEdit, "responseDateEdit").setText("05.2020")
    documents = child(response, QListWidget, "responseDocumentsList")
    documents.item(0).setCheckState(Qt.CheckState.Checked)
    status = child(response, QComboBox, "responseNewStatusCombo")
    status.setCurrentIndex(status.findData("refused"))
    assert response.try_save(), child(response, QLabel, "responseDialogError").text()
    tab._refresh(service.get_complaint(complaint.id))
    assert tab.responses.rowCount() == 1 and tab.responses.index(0, 3).data() == "1"
    assert service.get_complaint(complaint.id).status == "refused"

    deadline = forms.add_deadline(service, service.get_complaint(complaint.id), tab)
    child(deadline, QLineEdit, "deadlineWhatEdit").setText("Appeal the refusal")
    assert deadline.try_save()
    tab._refresh(service.get_complaint(complaint.id))
    assert tab.deadlines.rowCount() == 1
    for model in (tab.model, tab.responses, tab.deadlines):
        qtmodeltester.check(model)
    assert "Refused" in child(tab, QLabel, "complaintHistory").text() or "refused" in child(tab, QLabel, "complaintHistory").text()


def test_retaliation_shown_on_the_complaint(qtbot, session):
    case = CaseService(session).add_case("Case")
    complaint = ComplaintService(session).add_complaint(case.ref, "Ombudsperson", "ombudsperson", filed_on="2021")
    incident = IncidentService(session).add_incident(case.ref, "Sent to the punishment cell", "solitary_confinement",
                                                     occurred="2021-06")
    IncidentService(session).link(incident.id, "retaliation_for", complaint_id=complaint.id)
    tab = ComplaintsTab(context_for(session))
    qtbot.addWidget(tab)
    tab.show_case(case)
    assert "Sent to the punishment cell" in child(tab, QLabel, "complaintRetaliation").text()


def test_overdue_and_due_soon_across_cases(qtbot, qtmodeltester, session):
    cases = CaseService(session)
    service = ComplaintService(session)
    opened = []
    for title, days in (("A", -3), ("B", 5), ("C", 200)):
        case = cases.add_case(title)
        complaint = service.add_complaint(case.ref, f"Court {title}", "court", filed_on="2020")
        service.add_deadline(complaint.id, (dt.date.today() + dt.timedelta(days=days)).isoformat(), "Answer due")
    dialog = OverdueDialog(context_for(session), opened.append)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "3 days overdue"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f7dede"
    dialog._open(dialog.model.index(1, 0))
    assert opened and opened[0] == cases.get_case(dialog.model.record_at(1).case_ref).id


def test_reparation_claims_are_listed_with_their_kind(qtbot, qtmodeltester, session):
    case = CaseService(session).add_case("Case")
    ReparationService(session).add_claim(case.ref, "compensation", asked="Compensation for injuries")
    tab = ReparationsTab(context_for(session))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(case)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1 and not tab.empty.isVisible()
    assert "ompensation" in tab.model.index(0, 0).data()
