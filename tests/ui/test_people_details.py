"""People tab (usertest): the detail pane shows the person's roles; Edit/Remove need a chosen person."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from evidencevault.services.cases import CaseService
from evidencevault.services.persons import PersonService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.people import PeopleTab
from tests.ui.helpers import child


def test_roles_in_details_and_buttons_need_a_selection(qtbot, session):
    case = CaseService(session).add_case("Case")
    empty_case = CaseService(session).add_case("Empty case")
    PersonService(session).add_person(case.ref, "Фарход Тестов", spellings=["Farhod Testov"], roles=["victim", "witness"])
    tab = PeopleTab(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(empty_case)
    assert not child(tab, QPushButton, "editPersonButton").isEnabled()
    assert not child(tab, QPushButton, "removePersonButton").isEnabled()
    tab.show_case(case)
    assert child(tab, QPushButton, "editPersonButton").isEnabled()
    assert child(tab, QPushButton, "removePersonButton").isEnabled()
    roles = child(tab, QLabel, "personDetail_roles")
    assert roles.text() == "victim, witness"
    assert tab.details_form.labelForField(roles).text() == "Role in this case:"
    names = child(tab, QLabel, "personDetail_aliases")
    assert names.text() == "Farhod Testov" and tab.details_form.labelForField(names).text() == "Other names:"
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.model.index(-1, -1))
    assert not child(tab, QPushButton, "editPersonButton").isEnabled()
