"""Global search: Ctrl+F focuses the box; results from the index, in the background; Enter opens the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from evidencevault.services.cases import CaseService
from evidencevault.services.persons import PersonService
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child


def test_search_finds_a_person_in_another_script_and_opens_the_case(qtbot, session):
    cases = CaseService(session)
    target = cases.add_case("Detention of a fictional teacher")
    cases.add_case("Another case")
    PersonService(session).add_person(target.ref, "Фарход Тестов", roles=["victim"])
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.find_action.trigger()
    edit = child(window, QLineEdit, "globalSearchEdit")
    assert window.focusWidget() is edit  # the window's focus (offscreen windows are never active)
    edit.setText("Farhod")
    panel = window.workspace.search_panel
    with qtbot.waitSignal(window.runner.started, timeout=5000) as started:
        edit.returnPressed.emit()
    job = started.args[0]
    qtbot.waitUntil(lambda: not job.running, timeout=60000)  # slow only when the machine is busy
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    hit = panel.model.record_at(0)
    assert hit.kind == "person" and hit.case_ref == target.ref
    table = child(window, QTableView, "searchResultsTable")
    table.setCurrentIndex(panel.model.index(0, 0))
    table.activated.emit(panel.model.index(0, 0))
    assert window.workspace.case_view.case.id == target.id
    assert window.workspace.case_view.tabs.currentWidget().objectName() == "peopleTab"
    window.close()


def test_search_results_model_passes_qt_checks(qtbot, qtmodeltester, session):
    from evidencevault.ui.context import WorkspaceContext
    from evidencevault.ui.jobs import JobRunner
    from evidencevault.ui.search_panel import SearchPanel

    case = CaseService(session).add_case("Beating of a fictional witness")
    PersonService(session).add_person(case.ref, "Айгуль Образцова", roles=["witness"])
    panel = SearchPanel(WorkspaceContext(session, JobRunner(), lambda t: None), lambda *a: None)
    qtbot.addWidget(panel)
    job = panel.search_now("Aigul")
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    assert panel.summary.text() == "1 result"
