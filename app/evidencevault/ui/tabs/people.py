"""People tab: who is in this case, in which role; confidential fields masked until revealed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.errors import VaultError
from evidencevault.domain.person import Person
from evidencevault.services.persons import PersonService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.tabs.person_dialog import PersonDialog, field_label
from evidencevault.ui.vocab import Vocabularies, language

MASK = "••••••"
REVEAL_SECONDS = 60


class PeopleTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleTab")
        self._context = context
        self._service: PersonService = context.service(PersonService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.case: Case | None = None
        self.revealed = False
        self.model = RecordModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.table.activated.connect(lambda *_: self.edit_person())  # Enter or double-click
        self.details = QWidget(self)
        self.details.setObjectName("personDetails")
        self.details_form = QFormLayout(self.details)
        self.empty = QLabel(self.tr("No people in this case yet. “Add person…” records a victim, witness, "
                                    "relative, perpetrator or lawyer."), self)
        self.empty.setObjectName("peopleEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons()
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([540, 300])
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(lambda: self.reveal_button.setChecked(False))

    def _buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Add person…"), self)
        self.add_button.setObjectName("addPersonButton")
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removePersonButton")
        self.remove_button.clicked.connect(self.remove_person)
        self.reveal_button = QPushButton(self.tr("Reveal confidential fields"), self)
        self.reveal_button.setObjectName("peopleRevealButton")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._set_revealed)
        self.button_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.reveal_button)

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: QCoreApplication.translate("people", "Name"), lambda p: self._masked(p, "name", p.name)),
            Column(lambda: QCoreApplication.translate("people", "Other names"),
                   lambda p: self._masked(p, "aliases", ", ".join([*p.spellings[1:], *p.aliases]))),
            Column(lambda: QCoreApplication.translate("people", "Role in this case"),
                   lambda p: ", ".join(self._vocab.label("person_role", r.role) for r in p.roles)),
            Column(lambda: QCoreApplication.translate("people", "Born"),
                   lambda p: self._masked(p, "birth_date", p.birth_date.render(language()) if p.birth_date.is_known else "")),
        ]

    def _masked(self, person: Person, field: str, text: str) -> str:
        if person.is_confidential(field) and not self.revealed and text:
            return MASK
        return text

    def show_case(self, case: Case) -> None:
        self.case = case
        self.reveal_button.setChecked(False)
        self.model.set_records(self._service.list_persons(case.ref))
        self._update_empty()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_details()

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _set_revealed(self, revealed: bool) -> None:
        self.revealed = revealed
        self.reveal_button.setText(self.tr("Hide confidential fields") if revealed else self.tr("Reveal confidential fields"))
        if revealed:
            self._hide_timer.start(REVEAL_SECONDS * 1000)
        else:
            self._hide_timer.stop()
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
        self._show_details()

    def current_person(self) -> Person | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _show_details(self) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        person = self.current_person()
        self.edit_button.setEnabled(person is not None)  # nothing chosen: nothing to edit or remove
        self.remove_button.setEnabled(person is not None)
        if person is None:
            return
        rows = [
            ("name", person.name),
            ("roles", ", ".join(self._vocab.label("person_role", r.role) for r in person.roles)),
            ("aliases", "\n".join([*person.spellings[1:], *person.aliases])),
            ("birth_date", person.birth_date.render(language()) if person.birth_date.is_known else ""),
            ("sex", self._vocab.label("sex", person.sex)),
            ("identity_document", person.identity_document), ("contact", person.contact),
            ("notes", person.notes),
        ]
        for field, text in rows:
            value = QLabel(self._masked(person, field, text) or "—", self.details)
            value.setObjectName(f"personDetail_{field}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if person.is_confidential(field) and not self.revealed:
                value.setProperty("role", "masked")
                value.setToolTip(self.tr("Confidential: press “Reveal confidential fields” to see it."))
            titles = {"roles": self.tr("Role in this case:"), "aliases": self.tr("Other names:")}
            self.details_form.addRow(titles.get(field, field_label(field) + ":"), value)

    def add_person(self) -> None:
        if self.case is None:
            return
        dialog = PersonDialog(self._service, self._vocab, self.case.ref, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            row = self.model.upsert(dialog.saved)
            self.table.selectRow(row)
            self._update_empty()
            self._context.notify(self.tr("Person added."))

    def edit_person(self) -> None:
        person = self.current_person()
        if person is None or self.case is None:
            return
        dialog = PersonDialog(self._service, self._vocab, self.case.ref, person, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.model.upsert(dialog.saved)
            self._show_details()
            self._context.notify(self.tr("Person saved."))

    def remove_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove person"), self.tr(
            "Remove this person from the case? The record stays in the vault's history, marked removed."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_person(person.id)
        except VaultError as error:
            self._context.notify(error_sentence(error))
            return
        self.model.remove(person.id)
        self._update_empty()
        self._show_details()
