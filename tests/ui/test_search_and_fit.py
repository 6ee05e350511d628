"""Findings of the new-user test: the search panel must not crush the case tabs, and a result
opens its own record (not just its tab); the keyboard moves between the search box and results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableView, QWidget

from evidencevault.services.cases import CaseService
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child

TEXT = "Меня избили в одиночной камере. Фармонов молчал."


def open_window(qtbot, session) -> tuple[MainWindow, object]:
    case = CaseService(session).add_case("Задержание Фарход Фармонова")
    PersonService(session).add_person(case.ref, "Фарход Фармонов", roles=["victim"])
    testimonies = TestimonyService(session)
    testimonies.add_testimony(case.ref, "An earlier, unrelated statement.", language="en",
                              interviewee_name="Someone Else")
    testimonies.add_testimony(case.ref, TEXT, language="ru", interviewee_name="Фарход Фармонов",
                              interviewer="N. Monitor", taken_on="04.2021")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.workspace.case_list.select_case(case.id)
    return window, case


def search(qtbot, window: MainWindow, text: str):
    edit = child(window, QLineEdit, "globalSearchEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    panel = window.workspace.search_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.model.rowCount() >= 3, timeout=10000)
    return edit, panel


def test_open_search_panel_leaves_testimony_boxes_their_full_height(qtbot, session):
    window, _case = open_window(qtbot, session)
    tab = window.workspace.case_view.show_tab("testimonies")
    tab.table.selectRow(0)
    search(qtbot, window, "Farmonov")
    qtbot.wait(50)
    for name in ("intervieweeEdit", "interviewerEdit", "interpreterEdit", "personsPresentEdit",
                 "testimonyDateEdit", "testimonyPlaceEdit"):
        edit = child(tab, QLineEdit, name)
        assert edit.height() >= edit.minimumSizeHint().height(), name
    for box in tab.findChildren(QComboBox):
        assert box.height() >= box.minimumSizeHint().height(), box.objectName()
    sizes = window.workspace.vertical.sizes()
    assert sizes[0] >= window.workspace.splitter.minimumSizeHint().height()
    assert sizes[1] >= window.workspace.search_panel.minimumHeight()
    window.close()


def test_enter_on_a_testimony_result_opens_that_testimony(qtbot, session):
    window, _case = open_window(qtbot, session)
    edit, panel = search(qtbot, window, "Farmonov")
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record_at(r).kind == "testimony")
    table = child(window, QTableView, "searchResultsTable")
    table.setFocus()
    table.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    tab = window.workspace.case_view.tabs.currentWidget()
    assert tab.objectName() == "testimoniesTab"
    assert tab.current is not None and tab.current.interviewee_name == "Фарход Фармонов"
    assert tab.table.selectionModel().isRowSelected(tab.model.row_of(tab.current.id))
    assert child(tab, QPlainTextEdit, "testimonyOriginalEdit").toPlainText() == TEXT
    assert child(tab, QLineEdit, "intervieweeEdit").text() == "Фарход Фармонов"
    window.close()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_consent_labels_show_every_line(qtbot, qapp, session, language):
    from evidencevault.ui import i18n

    i18n.install(qapp, language)
    try:
        window, _case = open_window(qtbot, session)
        window.setStyleSheet(i18n.resource_file("style.qss").read_text(encoding="utf-8"))
        window.resize(1000, 760)  # narrow enough that long uses wrap
        tab = window.workspace.case_view.show_tab("testimonies")
        tab.table.selectRow(0)
        qtbot.wait(100)
        labels = [label for label in child(tab, QWidget, "consentPanel").findChildren(QLabel)
                  if label.objectName().startswith("consentLabel_")]
        assert len(labels) == 6
        for label in labels:  # e.g. 'передача названным партнёрским организациям:' on four lines
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        if language == "ru":
            assert any(label.heightForWidth(label.width()) > 2 * label.fontMetrics().lineSpacing() for label in labels), [(l.text(), l.width(), l.height()) for l in labels]
        window.close()
    finally:
        i18n.install(qapp, "en")


def test_down_moves_into_results_and_escape_closes_the_panel(qtbot, session):
    window, _case = open_window(qtbot, session)
    edit, panel = search(qtbot, window, "Farmonov")
    table = child(window, QTableView, "searchResultsTable")
    assert window.focusWidget() is edit
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.focusWidget() is table
    assert table.currentIndex().row() == 0 and table.selectionModel().isRowSelected(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not panel.isVisible() and window.focusWidget() is edit
    assert edit.text() == "Farmonov"  # closing keeps what was typed
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, "o")  # typing opens it again
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert edit.text() == "Farmonovo"
    qtbot.wait(300)  # the search typed above has started: let it end before the window goes
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=10000)
    window.close()


@pytest.mark.parametrize("language, person", [("en", "Person"), ("ru", "Человек")])
def test_kind_is_a_word_and_matches_are_bold_not_bracketed(qtbot, qapp, session, language, person):
    from evidencevault.ui import i18n

    i18n.install(qapp, language)
    try:
        window, _case = open_window(qtbot, session)
        _edit, panel = search(qtbot, window, "Farmonov")
        kinds = {panel.model.record_at(r).kind: panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
        assert kinds["person"] == person
        assert all(label != code for code, label in kinds.items())  # never the internal code
        row = next(r for r in range(panel.model.rowCount()) if panel.model.record_at(r).kind == "testimony")
        context = panel.model.index(row, 3)
        assert "[" not in context.data() and "Фармонов молчал" in context.data()
        table = child(window, QTableView, "searchResultsTable")
        assert "<b>Фармонов</b>" in table.itemDelegateForColumn(3).html(context)
        assert "<b>" in table.itemDelegateForColumn(2).html(panel.model.index(row, 2))
        assert not table.grab().isNull()  # the rich-text cells paint
        window.close()
    finally:
        i18n.install(qapp, "en")
