"""Lock screen: a wrong passphrase's sentence is shown whole (usertest: it ended at '…then try')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child


def test_wrong_passphrase_sentence_wraps_and_fits(qtbot, session):
    from evidencevault.ui import i18n

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.setStyleSheet(i18n.resource_file("style.qss").read_text(encoding="utf-8"))  # the bold error font
    window.resize(1280, 800)
    window.show()
    window.lock()
    secret = child(window, QLineEdit, "lockPassphraseEdit")
    secret.setText("not the passphrase at all")
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    error = child(window, QLabel, "lockError")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=20000)
    qtbot.wait(50)
    assert error.text().endswith(".") and "Caps Lock" in error.text()
    assert error.wordWrap()
    assert error.height() >= error.heightForWidth(error.width())  # every line of the sentence shows
    assert error.heightForWidth(error.width()) > error.fontMetrics().lineSpacing() * 2  # it is 3+ lines
    assert secret.height() >= secret.minimumSizeHint().height()
    window.close()
