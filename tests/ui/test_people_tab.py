"""People tab: names in two scripts, roles, confidential fields masked until revealed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from evidencevault.services.cases import CaseService
from evidencevault.services.persons import PersonService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.people import MASK, PeopleTab
from evidencevault.ui.tabs.person_dialog import PersonDialog
from evidencevault.ui.vocab import Vocabularies
from tests.ui.helpers import child


def make_tab(qtbot, session):
    context = WorkspaceContext(session, JobRunner(), lambda text: None)
    tab = PeopleTab(context)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_person_dialog_saves_names_roles_and_confidential_fields(qtbot, session):
    case = CaseService(session).add_case("Detention in 2020")
    service = PersonService(session)
    dialog = PersonDialog(service, Vocabularies(session), case.ref)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "personNameEdit").setText("Иван Тестов")
    child(dialog, QPlainTextEdit, "personSpellingsEdit").setPlainText("Ivan Testov")
    child(dialog, QPlainTextEdit, "personAliasesEdit").setPlainText("Vanya")
    child(dialog, QLineEdit, "personBirthDateEdit").setText("03.1985")
    child(dialog, QLineEdit, "personDocumentEdit").setText("AB 1234567")
    child(dialog, QCheckBox, "role_victim").setChecked(True)
    child(dialog, QCheckBox, "confidential_identity_document").setChecked(True)
    child(dialog, QCheckBox, "confidential_name").setChecked(True)
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted, child(dialog, QLabel, "personDialogError").text()
    person = service.list_persons(case.ref)[0]
    assert person.spellings == ("Иван Тестов", "Ivan Testov") and person.aliases == ("Vanya",)
    assert [r.role for r in person.roles] == ["victim"]
    assert set(person.confidential) == {"identity_document", "name"}
    assert person.birth_date.to_text() == "1985-03"


def test_bad_birth_date_is_a_sentence_and_nothing_is_saved(qtbot, session):
    case = CaseService(session).add_case("Case")
    dialog = PersonDialog(PersonService(session), Vocabularies(session), case.ref)
    qtbot.addWidget(dialog)
    child(dialog, QLineEdit, "personNameEdit").setText("Someone")
    child(dialog, QLineEdit, "personBirthDateEdit").setText("the spring")
    dialog._save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "birth date" in child(dialog, QLabel, "personDialogError").text()
    assert PersonService(session).list_persons(case.ref) == []


def test_confidential_fields_are_masked_until_revealed(qtbot, qtmodeltester, session):
    case = CaseService(session).add_case("Case")
    PersonService(session).add_person(case.ref, "Marat Fictitious", identity_document="XY 999",
                                      confidential=["identity_document", "name"], roles=["witness"])
    tab = make_tab(qtbot, session)
    tab.show_case(case)
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 0).data() == MASK
    tab.table.selectRow(0)
    assert child(tab, QLabel, "personDetail_identity_document").text() == MASK
    assert "XY 999" not in " ".join(label.text() for label in tab.findChildren(QLabel))
    child(tab, QPushButton, "peopleRevealButton").click()
    assert tab.model.index(0, 0).data() == "Marat Fictitious"
    assert child(tab, QLabel, "personDetail_identity_document").text() == "XY 999"
    tab.reveal_button.setChecked(False)
    assert tab.model.index(0, 0).data() == MASK


def test_roles_are_changed_in_the_edit_dialog(qtbot, session):
    case = CaseService(session).add_case("Case")
    service = PersonService(session)
    person = service.add_person(case.ref, "Witness Fictional", roles=["witness"])
    dialog = PersonDialog(service, Vocabularies(session), case.ref, person)
    qtbot.addWidget(dialog)
    assert child(dialog, QCheckBox, "role_witness").isChecked()
    child(dialog, QCheckBox, "role_witness").setChecked(False)
    child(dialog, QCheckBox, "role_relative").setChecked(True)
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [r.role for r in service.get_person(person.id).roles] == ["relative"]
