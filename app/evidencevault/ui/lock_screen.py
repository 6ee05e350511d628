"""What the window shows while the vault is locked: nothing of the vault, one field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from evidencevault.services import vault as vault_service
from evidencevault.ui.jobs import JobRunner


class LockScreen(QWidget):
    unlocked = Signal(object)  # VaultSession

    def __init__(self, folder: Path, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.folder = folder
        self._runner = runner
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(420)
        heading = QLabel(self.tr("The vault is locked"), card)
        heading.setProperty("role", "heading")
        hint = QLabel(self.tr("Its keys were dropped from memory. Type the passphrase to continue."), card)
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 2 + 6)
        self.secret = QLineEdit(card)
        self.secret.setObjectName("lockPassphraseEdit")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Passphrase"))
        self.secret.returnPressed.connect(self.unlock)
        self.use_recovery = QCheckBox(self.tr("Use the recovery code instead"), card)
        self.use_recovery.setObjectName("lockUseRecoveryCheck")
        self.use_recovery.toggled.connect(self._mode_changed)
        self.error = QLabel(card)
        self.error.setObjectName("lockError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("lockUnlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        for widget in (heading, hint, self.secret, self.use_recovery, self.error, self.unlock_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def reset(self) -> None:
        self.secret.clear()
        self.error.clear()
        self.error.setMinimumHeight(0)
        self.unlock_button.setEnabled(True)
        self.secret.setEnabled(True)
        self.secret.setFocus()

    def _mode_changed(self, recovery: bool) -> None:
        self.secret.setPlaceholderText(self.tr("Recovery code") if recovery else self.tr("Passphrase"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.secret.setFocus()

    def unlock(self) -> None:
        secret = self.secret.text()
        if not secret or not self.unlock_button.isEnabled():
            return
        folder, recovery = self.folder, self.use_recovery.isChecked()
        self.unlock_button.setEnabled(False)
        self.secret.setEnabled(False)
        self.error.clear()

        def work(ctx: object) -> vault_service.VaultSession:
            if recovery:
                return vault_service.open_vault(folder, recovery_code=secret)
            return vault_service.open_vault(folder, passphrase=secret)

        self._runner.start(self.tr("Unlocking"), work, on_success=self._opened, on_failure=self._failed)

    def _opened(self, session: vault_service.VaultSession) -> None:
        self.secret.clear()
        self.unlocked.emit(session)

    def _failed(self, sentence: str) -> None:
        self.error.setText(sentence)
        # The card's layout does not ask wrapped labels for their height: give the whole sentence room.
        margins = self.error.parentWidget().layout().contentsMargins()
        width = self.error.parentWidget().width() - margins.left() - margins.right()
        self.error.setMinimumHeight(self.error.heightForWidth(width))
        self.unlock_button.setEnabled(True)
        self.secret.setEnabled(True)
        self.secret.selectAll()
        self.secret.setFocus()
