"""Change the passphrase: only the key slot is rewrapped, nothing else is re-encrypted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from evidencevault.services.vault import VaultSession
from evidencevault.ui.dialogs.passphrase_fields import PassphraseFields
from evidencevault.ui.jobs import JobRunner


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: VaultSession, runner: JobRunner, kdf: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase — Evidence Vault"))
        self.setMinimumWidth(480)
        self._session, self._runner, self._kdf = session, runner, kdf
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphraseEdit")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = PassphraseFields(self.tr("New passphrase:"), self)
        self.fields.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("changeBusy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = QLabel(self)
        self.error.setObjectName("changeError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("changeCancelButton")
        cancel.clicked.connect(self.reject)
        self.change_button = QPushButton(self.tr("Change passphrase"), self)
        self.change_button.setObjectName("changeButton")
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self._change)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(QLabel(self.tr("The recovery code stays the same."), self))
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(bool(self.current.text()) and self.fields.is_acceptable())

    def _change(self) -> None:
        current, new, kdf = self.current.text(), self.fields.text(), self._kdf
        self.busy.show()
        self.change_button.setEnabled(False)
        self.error.clear()
        self._runner.start(
            self.tr("Changing the passphrase"),
            lambda ctx: self._session.change_passphrase(current, new, kdf),
            on_success=lambda _: self._done(),
            on_failure=self._failed,
        )

    def _done(self) -> None:
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, sentence: str) -> None:
        self.busy.hide()
        self.error.setText(sentence)
        self._update()
