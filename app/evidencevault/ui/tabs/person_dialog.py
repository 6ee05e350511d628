"""Add or edit a person: names in any script, aliases, roles in this case, and
which identity fields are confidential."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from evidencevault.domain.errors import VaultError
from evidencevault.domain.person import CONFIDENTIAL_FIELDS, Person
from evidencevault.services.persons import PersonService
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.vocab import Vocabularies, language


def field_label(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "name": QCoreApplication.translate("people", "Name"),
        "aliases": QCoreApplication.translate("people", "Aliases"),
        "birth_date": QCoreApplication.translate("people", "Birth date"),
        "sex": QCoreApplication.translate("people", "Sex"),
        "identity_document": QCoreApplication.translate("people", "Identity document"),
        "contact": QCoreApplication.translate("people", "Contact"),
        "notes": QCoreApplication.translate("people", "Notes"),
    }.get(name, name)


class PersonDialog(QDialog):
    def __init__(self, service: PersonService, vocab: Vocabularies, case_ref: str,
                 person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Add a person") if person is None else self.tr("Edit person"))
        self.setMinimumWidth(560)
        self._service, self._vocab, self._case_ref, self._person = service, vocab, case_ref, person
        self.saved: Person | None = None
        self.name_edit = self._line("personNameEdit", self.tr("Full name as the person writes it"))
        self.spellings_edit = self._text("personSpellingsEdit", self.tr("One per line, e.g. Ivanov Ivan / Иванов Иван"))
        self.aliases_edit = self._text("personAliasesEdit", self.tr("Nicknames, other names; one per line"))
        self.birth_edit = self._line("personBirthDateEdit", self.tr("14.03.1985, 03.1985, 1985 or ~1985"))
        self.sex_combo = QComboBox(self)
        self.sex_combo.setObjectName("personSexCombo")
        vocab.fill(self.sex_combo, "sex", person.sex if person else "unknown")
        self.document_edit = self._line("personDocumentEdit", "")
        self.contact_edit = self._line("personContactEdit", "")
        self.notes_edit = self._text("personNotesEdit", "")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Other spellings:"), self.spellings_edit)
        form.addRow(self.tr("Aliases:"), self.aliases_edit)
        form.addRow(self.tr("Birth date:"), self.birth_edit)
        form.addRow(self.tr("Sex:"), self.sex_combo)
        form.addRow(self.tr("Identity document:"), self.document_edit)
        form.addRow(self.tr("Contact:"), self.contact_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        self.role_checks = self._roles_box(person)
        self.confidential_checks = self._confidential_box(person)
        self.error = QLabel(self)
        self.error.setObjectName("personDialogError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("personSaveButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        boxes = QHBoxLayout()
        boxes.addWidget(self.roles_group)
        boxes.addWidget(self.confidential_group)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(boxes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if person is not None:
            self._fill(person)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(54)
        return edit

    def _roles_box(self, person: Person | None) -> dict[str, QCheckBox]:
        self.roles_group = QGroupBox(self.tr("Role in this case"), self)
        grid = QGridLayout(self.roles_group)
        checks = {}
        for n, term in enumerate(self._vocab.terms("person_role")):
            box = QCheckBox(term.label(language()), self.roles_group)
            box.setObjectName(f"role_{term.code}")
            grid.addWidget(box, n // 2, n % 2)
            checks[term.code] = box
        if person is not None:
            for role in person.roles:
                if role.role in checks and role.case_id == person.case_id:
                    checks[role.role].setChecked(True)
        return checks

    def _confidential_box(self, person: Person | None) -> dict[str, QCheckBox]:
        self.confidential_group = QGroupBox(self.tr("Confidential (masked on screen)"), self)
        column = QVBoxLayout(self.confidential_group)
        checks = {}
        for name in CONFIDENTIAL_FIELDS:
            box = QCheckBox(field_label(name), self.confidential_group)
            box.setObjectName(f"confidential_{name}")
            box.setChecked(person is not None and person.is_confidential(name))
            column.addWidget(box)
            checks[name] = box
        return checks

    def _fill(self, person: Person) -> None:
        self.name_edit.setText(person.name)
        self.spellings_edit.setPlainText("\n".join(person.spellings[1:]))
        self.aliases_edit.setPlainText("\n".join(person.aliases))
        self.birth_edit.setText(person.birth_date.to_text())
        self.document_edit.setText(person.identity_document)
        self.contact_edit.setText(person.contact)
        self.notes_edit.setPlainText(person.notes)

    def _fields(self) -> dict:
        lines = lambda edit: [s.strip() for s in edit.toPlainText().splitlines() if s.strip()]  # noqa: E731
        return {
            "name": self.name_edit.text(), "spellings": lines(self.spellings_edit),
            "aliases": lines(self.aliases_edit), "birth_date": self.birth_edit.text(),
            "sex": self.sex_combo.currentData() or "unknown",
            "identity_document": self.document_edit.text(), "contact": self.contact_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "confidential": [n for n, box in self.confidential_checks.items() if box.isChecked()],
        }

    def _update_roles(self, person: Person) -> Person:
        """Give the roles newly ticked, take away the ones unticked (each is audited)."""
        chosen = {code for code, box in self.role_checks.items() if box.isChecked()}
        current = {r.role: r for r in person.roles if r.case_id == person.case_id}
        for code in sorted(chosen - set(current)):
            self._service.add_role(self._case_ref, person.id, code)
        for code in sorted(set(current) - chosen):
            self._service.remove_role(current[code].id)
        return self._service.get_person(person.id)

    def _save(self) -> None:
        fields = self._fields()
        try:
            if self._person is None:
                roles = [code for code, box in self.role_checks.items() if box.isChecked()]
                self.saved = self._service.add_person(self._case_ref, fields.pop("name"), roles=roles, **fields)
            else:
                self.saved = self._service.update_person(self._person.id, **fields)
                self.saved = self._update_roles(self._person)
        except VaultError as error:
            self.error.setText(error_sentence(error))
            return
        self.accept()
