"""Starting the program: no vault yet → the create dialog; a vault → the unlock dialog;
copied text does not outlive a lock."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWidget

from evidencevault.services.vault import create_vault
from evidencevault.ui.app import apply_style, first_session
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child
from tests.ui.test_main_flow import when_dialog

PASSPHRASE = "lantern over the river"


def test_first_start_creates_a_vault_then_later_starts_unlock(qtbot, tmp_path, fast_kdf):
    apply_style(QApplication.instance())
    folder = tmp_path / "default"

    def create(dialog) -> None:
        child(dialog, QLineEdit, "newPassphraseEdit").setText(PASSPHRASE)
        child(dialog, QLineEdit, "confirmPassphraseEdit").setText(PASSPHRASE)
        child(dialog, QWidget, "createButton").click()

        def finish() -> None:
            if dialog.pages.currentIndex() != 1:
                from PySide6.QtCore import QTimer
                QTimer.singleShot(20, finish)
                return
            child(dialog, QCheckBox, "recoveryWrittenCheck").setChecked(True)
            child(dialog, QWidget, "recoveryDoneButton").click()
        finish()

    when_dialog("createVaultDialog", create)
    session = first_session(folder, kdf=fast_kdf)
    assert session is not None and session.is_open and session.folder == folder
    session.close()

    def unlock(dialog) -> None:
        child(dialog, QLineEdit, "unlockSecretEdit").setText(PASSPHRASE)
        child(dialog, QWidget, "unlockButton").click()

    when_dialog("unlockDialog", unlock)
    again = first_session(folder)
    assert again is not None and again.is_open
    again.close()


def test_giving_up_on_the_first_dialog_starts_nothing(qtbot, tmp_path):
    when_dialog("createVaultDialog", lambda dialog: dialog.reject())
    assert first_session(tmp_path / "nothing-here") is None


def test_lock_clears_what_was_copied_while_unlocked(qtbot, tmp_path, fast_kdf):
    QApplication.clipboard().setText("copied before the vault was opened")
    session = create_vault(tmp_path / "v", PASSPHRASE, kdf=fast_kdf).session
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.lock()
    assert QApplication.clipboard().text() == "copied before the vault was opened"
    window.lock_screen.secret.setText(PASSPHRASE)
    window.lock_screen.unlock()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    edit = window.workspace.case_list.filter_edit
    edit.setText("Name of a witness")
    edit.selectAll()
    edit.copy()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "Name of a witness", timeout=2000)
    window.lock()
    assert QApplication.clipboard().text() == ""
