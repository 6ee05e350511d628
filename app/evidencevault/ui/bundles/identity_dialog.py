"""Vault ▸ Identity and contacts: this vault's age1… key and signing fingerprint, and the
people it sends bundles to or receives them from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from evidencevault.domain.errors import InvalidRecipient, VaultError
from evidencevault.services.contacts import ContactService
from evidencevault.ui.bundles.contacts_model import FINGERPRINT, KEY, NAME, VERIFIED, ContactsModel
from evidencevault.ui.bundles.widgets import named, set_role
from evidencevault.ui.error_text import error_sentence


class IdentityDialog(QDialog):
    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Identity and contacts"))
        self.resize(920, 720)
        self._contacts = contacts
        self.identity = contacts.identity()
        self.model = ContactsModel(contacts, self)
        self.model.refused.connect(self._show_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self._identity_box())
        layout.addWidget(self._contacts_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("identityCloseButton")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._selection_changed()

    # -- this vault ------------------------------------------------------------
    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This vault"), self)
        grid = QGridLayout(box)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        rows = ((self.tr("Your age1… key:"), self.identity.recipient, "recipient"),
                (self.tr("Your signing fingerprint:"), self.identity.fingerprint, "fingerprint"))
        for row, (label, value, name) in enumerate(rows):
            grid.addWidget(QLabel(label, box), row, 0)
            field = named(QLineEdit(value, box), f"{name}Field")
            field.setReadOnly(True)
            field.setFont(mono)
            field.setCursorPosition(0)
            grid.addWidget(field, row, 1)
            copy = named(QPushButton(self.tr("Copy"), box), f"copy{name.title()}Button")
            copy.clicked.connect(lambda _=False, text=value: self._copy(text))
            grid.addWidget(copy, row, 2)
        self.recipient_field = box.findChild(QLineEdit, "recipientField")
        hint = QLabel(self.tr(
            "Give your age1… key to whoever sends you bundles. Read the fingerprint to them in "
            "person or by phone, so they can tell your bundles from anyone else's."), box)
        hint.setWordWrap(True)
        set_role(hint, "subtle")
        grid.addWidget(hint, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied. The clipboard is emptied when the vault locks."))

    # -- contacts --------------------------------------------------------------
    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts"), self)
        layout = QVBoxLayout(box)
        self.table = named(QTableView(box), "contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VERIFIED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setMinimumHeight(170)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.verify_button = named(QPushButton(self.tr("Mark verified in person"), box),
                                    "toggleVerifiedButton")
        self.verify_button.clicked.connect(self._toggle_verified)
        self.remove_button = named(QPushButton(self.tr("Remove…"), box), "removeContactButton")
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.verify_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._add_form(box))
        self.status = named(QLabel(box), "contactStatus")
        self.status.setWordWrap(True)
        set_role(self.status, "error")
        layout.addWidget(self.status)
        return box

    def _add_form(self, parent: QWidget) -> QGroupBox:
        form_box = QGroupBox(self.tr("Add a contact"), parent)
        form = QFormLayout(form_box)
        self.name_edit = named(QLineEdit(form_box), "contactNameEdit")
        self.key_edit = named(QLineEdit(form_box), "contactKeyEdit")
        self.key_edit.setPlaceholderText(self.tr("age1… (from their Evidence Vault or age-keygen)"))
        self.fingerprint_edit = named(QLineEdit(form_box), "contactFingerprintEdit")
        self.fingerprint_edit.setPlaceholderText(self.tr("optional: 32 hexadecimal digits"))
        self.verified_check = named(QCheckBox(self.tr("I compared the key and fingerprint with them in person"),
                                               form_box), "contactVerifiedCheck")
        self.add_button = named(QPushButton(self.tr("Add contact"), form_box), "addContactButton")
        self.add_button.clicked.connect(self.add_contact)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("age1… key:"), self.key_edit)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_edit)
        form.addRow("", self.verified_check)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        form.addRow(row)
        return form_box

    def add_contact(self) -> bool:
        try:
            contact = self._contacts.add_contact(
                self.name_edit.text(), self.key_edit.text(), self.fingerprint_edit.text(),
                self.verified_check.isChecked())
        except InvalidRecipient:
            self._show_error(self.tr(
                "This is not an age key: it starts with age1 and is 62 letters and digits long, as "
                "printed by 'evidence-vault identity' or age-keygen. Nothing was added."))
            self.key_edit.setFocus()
            return False
        except VaultError as error:
            self._show_error(error_sentence(error))
            return False
        self.model.add(contact)
        for edit in (self.name_edit, self.key_edit, self.fingerprint_edit):
            edit.clear()
        self.verified_check.setChecked(False)
        set_role(self.status, "subtle")
        self.status.setText(self.tr("%1 was added.").replace("%1", contact.name))
        return True

    def _show_error(self, sentence: str) -> None:
        set_role(self.status, "error")
        self.status.setText(sentence)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        self.verify_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        if row is not None:
            verified = self.model.contact_at(row).verified
            self.verify_button.setText(self.tr("Mark not verified") if verified
                                       else self.tr("Mark verified in person"))

    def _toggle_verified(self) -> None:
        row = self.selected_row()
        if row is not None and self.model.set_verified(row, not self.model.contact_at(row).verified):
            self.status.setText("")
            self._selection_changed()

    def _remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        contact = self.model.contact_at(row)
        answer = QMessageBox.question(self, self.tr("Remove contact"), self.tr(
            "Remove %1 from your contacts? Bundles already imported from them keep their record.")
            .replace("%1", contact.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_now(row)

    def remove_now(self, row: int) -> None:
        try:
            self.model.remove_row(row)
        except VaultError as error:
            self._show_error(error_sentence(error))
            return
        self._selection_changed()

