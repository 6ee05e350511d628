"""Testimonies: original and translation saved, consent recorded, drafts autosaved into the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from evidencevault.services.cases import CaseService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs import testimonies as testimonies_module
from evidencevault.ui.tabs.testimonies import TestimoniesTab
from tests.ui.helpers import child

TEXT = "Меня задержали 14 марта 2020 года у дома и отвезли в отдел полиции."


def make_tab(qtbot, session):
    tab = TestimoniesTab(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def test_save_original_translation_and_consent(qtbot, qtmodeltester, session):
    case = CaseService(session).add_case("Case")
    tab = make_tab(qtbot, session)
    tab.show_case(case)
    child(tab, QPlainTextEdit, "testimonyOriginalEdit").setPlainText(TEXT)
    child(tab, QPlainTextEdit, "testimonyTranslationEdit").setPlainText("I was detained on 14 March 2020.")
    child(tab, QLineEdit, "intervieweeEdit").setText("A. Fictional")
    child(tab, QLineEdit, "testimonyDateEdit").setText("05.2021")
    consent = child(tab, QComboBox, "consent_legal_action")
    consent.setCurrentIndex(consent.findData("given"))
    tab.save_button.click()
    [saved] = TestimonyService(session).list_testimonies(case.ref)
    assert saved.text == TEXT and saved.language == "ru"
    assert saved.translations[-1].text == "I was detained on 14 March 2020."
    assert saved.consent_for("legal_action") == "given"
    assert saved.taken_on.to_text() == "2021-05"
    qtmodeltester.check(tab.model)
    # withdraw consent later: the history keeps both decisions
    consent.setCurrentIndex(consent.findData("withdrawn"))
    tab.save_button.click()
    again = TestimonyService(session).get_testimony(saved.id)
    assert again.consent_for("legal_action") == "withdrawn"
    assert [d.state for d in again.consent_history if d.use == "legal_action"] == ["given", "withdrawn"]


def test_draft_is_autosaved_into_the_vault_and_recovered(qtbot, session, monkeypatch):
    monkeypatch.setattr(testimonies_module, "AUTOSAVE_MS", 50)
    case = CaseService(session).add_case("Case")
    tab = make_tab(qtbot, session)
    tab._autosave.setInterval(50)
    tab.show_case(case)
    original = child(tab, QPlainTextEdit, "testimonyOriginalEdit")
    qtbot.keyClicks(original, "Draft: ")  # QTest types ASCII only; the rest as an input method would
    original.insertPlainText("Черновик показаний")
    qtbot.waitUntil(lambda: TestimonyService(session).load_draft(case.ref) is not None, timeout=3000)
    assert TestimonyService(session).load_draft(case.ref).fields["text"] == "Draft: Черновик показаний"
    # a fresh tab (after a lock or a crash) offers the draft again
    other = make_tab(qtbot, session)
    other.show_case(case)
    assert child(other, QPlainTextEdit, "testimonyOriginalEdit").toPlainText() == "Draft: Черновик показаний"
    other.save_button.click()
    assert TestimonyService(session).load_draft(case.ref) is None
    assert len(TestimonyService(session).list_testimonies(case.ref)) == 1


def test_empty_text_is_refused_with_a_sentence(qtbot, session):
    case = CaseService(session).add_case("Case")
    tab = make_tab(qtbot, session)
    tab.show_case(case)
    tab.save_button.click()
    assert "testimony text" in tab.status.text()
    assert TestimonyService(session).list_testimonies(case.ref) == []
