"""Create a vault in the dialog, add a case in the window, lock, unlock: the data is there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QTableView

from evidencevault.services.cases import CaseService
from evidencevault.ui.dialogs.create_vault import CreateVaultDialog
from evidencevault.ui.dialogs.unlock import UnlockDialog
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child, click, type_into

PASSPHRASE = "violet tundra lantern 42"


def create_in_dialog(qtbot, folder, fast_kdf):
    dialog = CreateVaultDialog(folder, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not child(dialog, QLabel, "createError").text()
    type_into(qtbot, dialog, QLineEdit, "newPassphraseEdit", PASSPHRASE)
    assert not child(dialog, type(dialog.create_button), "createButton").isEnabled()
    type_into(qtbot, dialog, QLineEdit, "confirmPassphraseEdit", PASSPHRASE)
    click(qtbot, dialog, "createButton")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20000)
    code = child(dialog, QLabel, "recoveryCodeLabel").text()
    assert len(code.split()) >= 6
    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Escape on the code page does not leave it
    assert dialog.isVisible()
    child(dialog, QCheckBox, "recoveryWrittenCheck").setChecked(True)
    click(qtbot, dialog, "recoveryDoneButton")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert child(dialog, QLabel, "recoveryCodeLabel").text() == ""
    return dialog.session, code


def test_create_add_case_lock_unlock(qtbot, tmp_path, fast_kdf):
    session, _code = create_in_dialog(qtbot, tmp_path / "vault", fast_kdf)
    window = MainWindow(session, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace.case_list.empty.isVisible()
    case = CaseService(session).add_case("Arrest of the fictional Ivan Testov", tags=["police"])
    window.workspace.case_list.case_changed(case)
    table = child(window, QTableView, "caseTable")
    assert table.model().rowCount() == 1
    window.lock_action.trigger()
    assert window.session is None and not session.is_open
    assert window.workspace is None
    assert window.windowTitle() == "Locked — Evidence Vault"
    assert window.findChild(QTableView, "caseTable") is None
    type_into(qtbot, window, QLineEdit, "lockPassphraseEdit", "wrong passphrase here")
    click(qtbot, window, "lockUnlockButton")
    error = child(window, QLabel, "lockError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=20000)
    assert "passphrase does not open" in error.text()
    child(window, QLineEdit, "lockPassphraseEdit").clear()
    type_into(qtbot, window, QLineEdit, "lockPassphraseEdit", PASSPHRASE)
    qtbot.keyClick(child(window, QLineEdit, "lockPassphraseEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    table = child(window, QTableView, "caseTable")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 1).data() == "Arrest of the fictional Ivan Testov"
    window.close()


def test_unlock_dialog_with_recovery_code(qtbot, tmp_path, fast_kdf):
    session, code = create_in_dialog(qtbot, tmp_path / "vault", fast_kdf)
    folder = session.folder
    session.close()
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, QLineEdit, "unlockSecretEdit", "nope nope nope")
    click(qtbot, dialog, "unlockButton")
    error = child(dialog, QLabel, "unlockError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=20000)
    assert error.text().startswith("The passphrase does not open this vault")
    dialog.use_recovery.setChecked(True)
    type_into(qtbot, dialog, QLineEdit, "unlockSecretEdit", code)
    click(qtbot, dialog, "unlockButton")
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=20000)
    assert dialog.session.is_open
    dialog.session.close()


def test_change_passphrase_dialog(qtbot, tmp_path, fast_kdf):
    from evidencevault.services.vault import open_vault
    from evidencevault.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from evidencevault.ui.jobs import JobRunner

    session, _code = create_in_dialog(qtbot, tmp_path / "vault", fast_kdf)
    dialog = ChangePassphraseDialog(session, JobRunner(), kdf=fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    new = "amber quarry whistle 77"
    child(dialog, QLineEdit, "currentPassphraseEdit").setText("not the passphrase")
    child(dialog, QLineEdit, "newPassphraseEdit").setText(new)
    child(dialog, QLineEdit, "confirmPassphraseEdit").setText(new)
    click(qtbot, dialog, "changeButton")
    error = child(dialog, QLabel, "changeError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=20000)
    assert "passphrase does not open" in error.text()
    child(dialog, QLineEdit, "currentPassphraseEdit").setText(PASSPHRASE)
    click(qtbot, dialog, "changeButton")
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20000)
    session.close()
    open_vault(tmp_path / "vault", passphrase=new).close()


def test_strength_meter_and_mismatch(qtbot, tmp_path):
    dialog = CreateVaultDialog(tmp_path / "v")
    qtbot.addWidget(dialog)
    fields = dialog.fields
    fields.passphrase.setText("short")
    assert fields.meter.value() == 0 and not dialog.create_button.isEnabled()
    fields.passphrase.setText("quiet meadow copper lantern")
    fields.confirmation.setText("quiet meadow copper lanterm")
    assert fields.meter.value() >= 3
    assert "differ" in child(dialog, QLabel, "strengthLabel").text()
    assert not dialog.create_button.isEnabled()
    fields.confirmation.setText("quiet meadow copper lantern")
    assert dialog.create_button.isEnabled()
