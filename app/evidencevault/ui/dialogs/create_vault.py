"""Create a vault: folder and passphrase, then the recovery code shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from evidencevault.services import vault as vault_service
from evidencevault.ui import settings
from evidencevault.ui.dialogs.passphrase_fields import PassphraseFields
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui import file_dialog_history


class CreateVaultDialog(QDialog):
    def __init__(self, folder: Path, runner: JobRunner | None = None, kdf: object = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultDialog")
        self.setWindowTitle(self.tr("Create a vault — Evidence Vault"))
        self.setMinimumWidth(520)
        self.session: vault_service.VaultSession | None = None
        self._runner = runner or JobRunner(self)
        self._kdf = kdf
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page(folder))
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.fields.passphrase.setFocus()

    # --- page 1: folder and passphrase -----------------------------------
    def _choose_page(self, folder: Path) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "A vault is a folder whose contents are encrypted with your passphrase. "
            "Choose one you can remember under stress. Next you get a recovery code: "
            "without the passphrase and the recovery code, nobody, including us, can open the vault."), page)
        intro.setWordWrap(True)
        heading = QLabel(self.tr("Create a vault"), page)
        heading.setProperty("role", "heading")
        self.folder_edit = QLineEdit(str(folder), page)
        self.folder_edit.setObjectName("folderEdit")
        browse = self.browse_button = QPushButton(self.tr("Choose…"), page)
        browse.setObjectName("folderBrowseButton")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:"), page))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.fields = PassphraseFields(self.tr("Passphrase:"), page)
        self.fields.changed.connect(self._update_buttons)
        self.busy = QProgressBar(page)
        self.busy.setObjectName("createBusy")
        self.busy.setRange(0, 0)
        keep = self.busy.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its room is kept, so the form does not jump or squash
        self.busy.setSizePolicy(keep)
        self.busy.hide()
        self.error = QLabel(page)
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setObjectName("createCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create vault"), page)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        for item in (heading, intro, folder_row, self.fields, self.busy, self.error, buttons):
            (layout.addLayout if isinstance(item, QHBoxLayout) else layout.addWidget)(item)
        self._update_buttons()
        return page

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new vault"),
                                                  self.folder_edit.text())
        file_dialog_history.forget()
        if chosen:
            self.folder_edit.setText(chosen)

    def _update_buttons(self) -> None:
        self.create_button.setEnabled(self.fields.is_acceptable() and bool(self.folder_edit.text().strip()))

    def _create(self) -> None:
        if not self.fields.is_acceptable():
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        passphrase, kdf = self.fields.text(), self._kdf
        self._set_busy(True)
        self.error.clear()
        self._runner.start(
            self.tr("Creating the vault"),
            lambda ctx: vault_service.create_vault(folder, passphrase, kdf=kdf),
            on_success=self._created,
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.fields, self.folder_edit, self.browse_button, self.create_button, self.cancel_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _failed(self, sentence: str) -> None:
        self._set_busy(False)
        self.error.setText(sentence)

    def _created(self, created: vault_service.CreatedVault) -> None:
        self.session = created.session
        settings.remember_vault(created.session.folder)
        self.fields.clear()
        self.code_label.setText(created.recovery_code)
        self.pages.setCurrentIndex(1)
        # The dialog takes the code page's height, without the first page's empty room above the button.
        code_page = self.pages.widget(1)
        height = code_page.heightForWidth(self.pages.width()) if code_page.hasHeightForWidth() else -1
        self.pages.setFixedHeight(height if height > 0 else code_page.sizeHint().height())
        self.adjustSize()
        self.written_check.setFocus()

    # --- page 2: the recovery code, once ----------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Write down your recovery code"), page)
        title.setProperty("role", "heading")
        explain = QLabel(self.tr(
            "If you forget the passphrase, this code is the only other way into the vault. "
            "It is shown now and never again. Write it on paper and keep it apart from this "
            "laptop; do not photograph it or save it in a file."), page)
        explain.setWordWrap(True)
        self.code_label = QLabel(page)
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.code_label.setFont(mono)
        self.code_label.setProperty("role", "code")
        self.written_check = QCheckBox(self.tr("I have written it down and will keep it safe"), page)
        self.written_check.setObjectName("recoveryWrittenCheck")
        self.done_button = QPushButton(self.tr("Open the vault"), page)
        self.done_button.setObjectName("recoveryDoneButton")
        self.done_button.setEnabled(False)
        self.written_check.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        for widget in (title, explain, self.code_label, self.written_check):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _finish(self) -> None:
        if self.written_check.isChecked():
            self.code_label.clear()
            self.accept()

    def reject(self) -> None:
        if self.pages.currentIndex() == 1:
            return  # the vault exists: leave only once the code is written down
        if self._runner.running():
            return
        super().reject()
