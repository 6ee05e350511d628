"""The whole day in one test, through the real window: create a vault, add a case, a person,
a testimony and dropped evidence, lock, unlock, and find everything again. Then: idle lock,
and no case data in the settings file or the window title."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from evidencevault.services.evidence import EvidenceService
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.ui import settings
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import active_dialog, child, drop_files, make_jpeg
from tests.ui.test_vault_flow import PASSPHRASE, create_in_dialog

TITLE = "Задержание Ивана Маркерова"  # fictional; also a marker for the leak checks
PERSON = "Марат Маркеров"
TESTIMONY = "МАРКЕР-показания: меня избили в отделе полиции."


def when_dialog(name: str, drive) -> None:
    """Drive the modal dialog ``name`` as soon as it is open."""
    def attempt() -> None:
        dialog = active_dialog(name)
        if dialog is None:
            QTimer.singleShot(20, attempt)
        else:
            drive(dialog)
    QTimer.singleShot(0, attempt)


def add_case(window: MainWindow) -> None:
    def drive(dialog) -> None:
        child(dialog, QLineEdit, "caseTitleEdit").setText(TITLE)
        child(dialog, QLineEdit, "caseTagsEdit").setText("police, 2020")
        child(dialog, QWidget, "caseSaveButton").click()
    when_dialog("caseDialog", drive)
    window.new_case_action.trigger()


def add_person(window: MainWindow) -> None:
    def drive(dialog) -> None:
        child(dialog, QLineEdit, "personNameEdit").setText(PERSON)
        child(dialog, QPlainTextEdit, "personSpellingsEdit").setPlainText("Marat Markerov")
        child(dialog, QCheckBox, "role_victim").setChecked(True)
        child(dialog, QWidget, "personSaveButton").click()
    when_dialog("personDialog", drive)
    people = window.workspace.case_view.show_tab("people")
    child(people, QWidget, "addPersonButton").click()


def test_whole_flow_through_the_window(qtbot, tmp_path, fast_kdf):
    session, _code = create_in_dialog(qtbot, tmp_path / "vault", fast_kdf)
    window = MainWindow(session, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.show()
    add_case(window)
    case = window.workspace.case_list.current_case()
    assert case is not None and case.title == TITLE
    assert window.workspace.case_view.case.id == case.id
    add_person(window)
    assert [p.name for p in PersonService(session).list_persons(case.ref)] == [PERSON]

    testimonies = window.workspace.case_view.show_tab("testimonies")
    child(testimonies, QPlainTextEdit, "testimonyOriginalEdit").setPlainText(TESTIMONY)
    child(testimonies, QWidget, "saveTestimonyButton").click()

    make_jpeg(tmp_path / "injury.jpg")
    evidence = window.workspace.case_view.show_tab("evidence")
    drop_files(evidence, [tmp_path / "injury.jpg"])
    with qtbot.waitSignal(evidence.intake.ended, timeout=20000):
        pass
    assert evidence.model.rowCount() == 1

    window.lock_action.trigger()
    assert window.session is None and not session.is_open
    assert TITLE not in window.windowTitle()
    texts = " ".join(w.text() for w in window.findChildren(QLineEdit))
    assert "Маркер" not in texts

    child(window, QLineEdit, "lockPassphraseEdit").setText(PASSPHRASE)
    window.lock_screen.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    reopened = window.session
    window.workspace.case_list.select_case(case.id)
    assert window.workspace.case_view.case.title == TITLE
    assert [p.name for p in PersonService(reopened).list_persons(case.ref)] == [PERSON]
    assert TestimonyService(reopened).list_testimonies(case.ref)[0].text == TESTIMONY
    assert len(EvidenceService(reopened).list_items(case.ref)) == 1
    people = window.workspace.case_view.show_tab("people")
    assert people.model.rowCount() == 1

    window.close()
    # nothing from inside the vault reached the settings file; the title never named a case
    stored = settings.settings_file().read_bytes()
    for marker in ("Маркер", "Markerov", "МАРКЕР", PASSPHRASE):
        assert marker.encode() not in stored
    assert settings.recent_vaults() == [(tmp_path / "vault").resolve()]  # remembered by path only


def test_idle_lock_drops_the_session(qtbot, session):
    settings.put(settings.AUTO_LOCK_MINUTES, 1)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.idle._enabled
    window.idle.set_timeout_ms(150)
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.session is None and not session.is_open
    assert window.stack.currentWidget() is window.lock_screen
    assert window.windowTitle() == "Locked — Evidence Vault"


def test_activity_postpones_the_idle_lock(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_timeout_ms(400)
    for _ in range(6):
        qtbot.wait(120)
        qtbot.mouseMove(window, window.rect().center())
        qtbot.keyClick(window.workspace.case_list.filter_edit, "a")
    assert window.session is not None  # 720 ms of activity, still unlocked
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass


def test_auto_lock_zero_means_never(qtbot, session):
    settings.put(settings.AUTO_LOCK_MINUTES, 0)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert not window.idle._enabled
    window.close()


def test_quick_erase_makes_the_vault_unopenable(qtbot, tmp_path, fast_kdf):
    import pytest

    from evidencevault.domain.errors import VaultError
    from evidencevault.services.vault import open_vault

    session, _ = create_in_dialog(qtbot, tmp_path / "vault", fast_kdf)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.erase_now()
    assert window.session is None and window.workspace is None
    with pytest.raises(VaultError):
        open_vault(tmp_path / "vault", passphrase=PASSPHRASE)


def test_close_case_from_the_menu(qtbot, session):
    from evidencevault.services.cases import CaseService

    case = CaseService(session).add_case("To be closed")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.workspace.case_list.select_case(case.id)
    window.close_case_action.trigger()
    assert CaseService(session).get_case(case.ref).status == "closed"
    assert window.workspace.case_list.model.index(0, 2).data() == "Closed"
    window.close()


def test_typing_is_kept_as_a_draft_when_the_vault_locks(qtbot, session):
    from evidencevault.services.cases import CaseService
    from evidencevault.services.vault import open_vault

    case = CaseService(session).add_case("Case")
    folder = session.folder
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.workspace.case_list.select_case(case.id)
    tab = window.workspace.case_view.show_tab("testimonies")
    child(tab, QPlainTextEdit, "testimonyOriginalEdit").setPlainText("Half-typed testimony")
    window.lock()  # before the autosave timer fired
    reopened = open_vault(folder, passphrase="correct horse battery staple")
    try:
        assert TestimonyService(reopened).load_draft(case.ref).fields["text"] == "Half-typed testimony"
    finally:
        reopened.close()


def test_a_lock_while_a_dialog_is_open_closes_it(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    seen = []

    def lock_from_inside(dialog) -> None:
        seen.append(dialog.isVisible())
        window.lock()  # what the idle timer does
        seen.append(dialog.isVisible())

    when_dialog("caseDialog", lock_from_inside)
    window.new_case_action.trigger()  # returns once the dialog is closed by the lock
    assert seen == [True, False]
    assert window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.lock_screen
