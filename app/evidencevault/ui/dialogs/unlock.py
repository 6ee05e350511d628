"""Unlock a vault with its passphrase or, when that is lost, its recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from evidencevault.services import vault as vault_service
from evidencevault.ui import settings
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui import file_dialog_history

NEW_VAULT = 2  # dialog result: the user asked to create a vault instead


class UnlockDialog(QDialog):
    def __init__(self, folder: Path | None = None, runner: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock — Evidence Vault"))
        self.setMinimumWidth(500)
        self.session: vault_service.VaultSession | None = None
        self._runner = runner or JobRunner(self)
        self.vault_combo = QComboBox(self)
        self.vault_combo.setObjectName("vaultCombo")
        self.vault_combo.setEditable(True)
        recent = [str(p) for p in settings.recent_vaults()]
        first = str(folder) if folder else (recent[0] if recent else "")
        self.vault_combo.addItems([first] + [p for p in recent if p != first])
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("vaultBrowseButton")
        browse.clicked.connect(self._browse)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), self)
        self.use_passphrase.setObjectName("usePassphraseRadio")
        self.use_passphrase.setChecked(True)
        self.use_recovery = QRadioButton(self.tr("Recovery code"), self)
        self.use_recovery.setObjectName("useRecoveryRadio")
        self.use_recovery.toggled.connect(self._mode_changed)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("unlockSecretEdit")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self._unlock)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.new_button = QPushButton(self.tr("Create a new vault…"), self)
        self.new_button.setObjectName("newVaultButton")
        self.new_button.clicked.connect(lambda: self.done(NEW_VAULT))
        self.cancel_button = QPushButton(self.tr("Quit"), self)
        self.cancel_button.setObjectName("unlockCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self._lay_out(browse)
        self.secret.setFocus()

    def _lay_out(self, browse: QPushButton) -> None:
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_combo, 1)
        vault_row.addWidget(browse)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.use_passphrase)
        mode_row.addWidget(self.use_recovery)
        mode_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Vault:"), vault_row)
        form.addRow(self.tr("Unlock with:"), mode_row)
        self.secret_label = QLabel(self.tr("Passphrase:"), self)
        form.addRow(self.secret_label, self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button)
        heading = QLabel(self.tr("Unlock your vault"), self)
        heading.setProperty("role", "heading")
        hint = QLabel(self.tr("Everything in the vault stays encrypted until the passphrase is typed here."), self)
        hint.setProperty("role", "subtle")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.secret, self.unlock_button)

    def folder(self) -> Path:
        return Path(self.vault_combo.currentText().strip()).expanduser()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Vault folder"), self.vault_combo.currentText())
        file_dialog_history.forget()
        if chosen:
            self.vault_combo.setEditText(chosen)

    def _mode_changed(self) -> None:
        recovery = self.use_recovery.isChecked()
        self.secret_label.setText(self.tr("Recovery code:") if recovery else self.tr("Passphrase:"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.error.clear()
        self.secret.setFocus()

    def _unlock(self) -> None:
        secret = self.secret.text()
        if not secret or self._runner.running():
            return
        folder = self.folder()
        if self.use_recovery.isChecked():
            work = lambda ctx: vault_service.open_vault(folder, recovery_code=secret)  # noqa: E731
        else:
            work = lambda ctx: vault_service.open_vault(folder, passphrase=secret)  # noqa: E731
        self._set_busy(True)
        self.error.clear()
        self._runner.start(self.tr("Unlocking"), work, on_success=self._opened, on_failure=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.secret, self.unlock_button, self.vault_combo, self.new_button):
            widget.setEnabled(not busy)

    def _failed(self, sentence: str) -> None:
        self._set_busy(False)
        self.error.setText(sentence)
        self.secret.selectAll()
        self.secret.setFocus()

    def _opened(self, session: vault_service.VaultSession) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.session = session
        settings.remember_vault(session.folder)
        self.accept()

    def reject(self) -> None:
        if not self._runner.running():
            super().reject()
