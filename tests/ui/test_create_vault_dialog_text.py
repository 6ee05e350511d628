"""Create-vault dialog (usertest shot1, shot4, shot5): says that the passphrase AND the recovery
code are the only ways in; nothing can be changed while creating; no empty gap on the code page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from evidencevault.ui.dialogs.create_vault import CreateVaultDialog
from tests.ui.helpers import child

PASSPHRASE = "violet tundra lantern 42"


def test_wording_busy_state_and_code_page_height(qtbot, tmp_path, fast_kdf):
    dialog = CreateVaultDialog(tmp_path / "vault", kdf=fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "without the passphrase and the recovery code, nobody" in texts
    assert "can recover it for you" not in texts
    child(dialog, QLineEdit, "newPassphraseEdit").setText(PASSPHRASE)
    child(dialog, QLineEdit, "confirmPassphraseEdit").setText(PASSPHRASE)
    before = {w.objectName(): w.height() for w in dialog.findChildren(QLineEdit) if w.isVisible()}
    child(dialog, QPushButton, "createButton").click()
    assert not child(dialog, QPushButton, "folderBrowseButton").isEnabled()  # nothing to change while creating
    assert {w.objectName(): w.height() for w in dialog.findChildren(QLineEdit) if w.objectName() in before} == before
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20000)
    qtbot.wait(50)
    check, done = dialog.written_check, dialog.done_button
    gap = done.mapTo(dialog, done.rect().topLeft()).y() - check.mapTo(dialog, check.rect().bottomLeft()).y()
    assert gap < 40, gap  # the button sits under the checkbox, not far below
    check.setChecked(True)
    done.click()
    dialog.session.close()
