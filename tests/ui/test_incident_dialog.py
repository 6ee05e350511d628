"""Incident dialog: a fuzzy date, a type of act, and a retaliation link to a complaint."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from evidencevault.services.cases import CaseService
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.ui.tabs.incident_dialog import IncidentDialog
from evidencevault.ui.vocab import Vocabularies
from tests.ui.helpers import child


def test_new_incident_linked_as_retaliation_for_a_complaint(qtbot, session):
    case = CaseService(session).add_case("Case")
    complaint = ComplaintService(session).add_complaint(case.ref, "Prosecutor", "prosecutor", filed_on="2020")
    service = IncidentService(session)
    dialog = IncidentDialog(service, Vocabularies(session), case.ref,
                            targets=[("complaint: Prosecutor", None, complaint.id)])
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "incidentTitleEdit").setText("Moved to a punishment cell")
    act = child(dialog, QComboBox, "incidentActCombo")
    act.setCurrentIndex(act.findData("solitary_confinement"))
    child(dialog, QLineEdit, "incidentDateEdit").setText("~05.2020")
    link = child(dialog, QComboBox, "incidentLinkKindCombo")
    link.setCurrentIndex(link.findData("retaliation_for"))
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted, child(dialog, QLabel, "incidentDialogError").text()
    [incident] = service.timeline(case.ref)
    assert incident.occurred.render() == "around May 2020"
    assert [(l.kind, l.complaint_id) for l in incident.links] == [("retaliation_for", complaint.id)]
    assert service.retaliation_for_complaint(complaint.id)[0].id == incident.id


def test_a_date_that_is_not_a_date_is_refused(qtbot, session):
    case = CaseService(session).add_case("Case")
    dialog = IncidentDialog(IncidentService(session), Vocabularies(session), case.ref)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "incidentTitleEdit").setText("Something")
    child(dialog, QLineEdit, "incidentDateEdit").setText("last spring")
    dialog._save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert child(dialog, QLabel, "incidentDialogError").text()
    assert IncidentService(session).timeline(case.ref) == []
