"""The dialogs of the complaints tab: a new complaint, a status change, a response, a deadline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from evidencevault.domain.complaint import Complaint
from evidencevault.domain.evidence import EvidenceItem
from evidencevault.services.complaints import ComplaintService
from evidencevault.ui.form_dialog import FormDialog, named
from evidencevault.ui.plurals import plurals
from evidencevault.ui.vocab import Vocabularies



def _text(name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(80)
    return edit


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setPlaceholderText(placeholder)
    return edit


def _date(name: str, days_ahead: int = 0) -> QDateEdit:
    edit = named(QDateEdit(), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(QDate.currentDate().addDays(days_ahead))
    return edit


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def new_complaint(service: ComplaintService, vocab: Vocabularies, case_ref: str, parent: QWidget) -> FormDialog:
    authority = _line("complaintAuthorityEdit", QCoreApplication.translate("complaints", "e.g. Prosecutor's Office of the Region"))
    kind = named(QComboBox(), "complaintAuthorityTypeCombo")
    vocab.fill(kind, "authority_type")
    number = _line("complaintNumberEdit", QCoreApplication.translate("complaints", "Registration number, if known"))
    filed = _line("complaintFiledEdit", QCoreApplication.translate("complaints", "14.03.2020, or empty if not filed yet"))
    asked = _text("complaintAskedEdit", QCoreApplication.translate("complaints", "What the complaint asks for"))
    return FormDialog("complaintDialog", QCoreApplication.translate("complaints", "Add a complaint"), [
        (QCoreApplication.translate("complaints", "To:"), authority), (QCoreApplication.translate("complaints", "Type of authority:"), kind),
        (QCoreApplication.translate("complaints", "Reference number:"), number), (QCoreApplication.translate("complaints", "Filed on:"), filed),
        (QCoreApplication.translate("complaints", "Asked for:"), asked),
    ], lambda: service.add_complaint(case_ref, authority.text(), kind.currentData() or "",
                                     reference_number=number.text(), filed_on=filed.text(),
                                     asked=asked.toPlainText()), parent)


def change_status(service: ComplaintService, vocab: Vocabularies, complaint: Complaint, parent: QWidget) -> FormDialog:
    status = named(QComboBox(), "complaintStatusCombo")
    for code in service.allowed_statuses(complaint.id):
        status.addItem(vocab.label("complaint_status", code), code)
    on = _date("complaintStatusDate")
    note = _text("complaintStatusNote")
    return FormDialog("statusDialog", QCoreApplication.translate("complaints", "Change the complaint's status"), [
        (QCoreApplication.translate("complaints", "New status:"), status), (QCoreApplication.translate("complaints", "Since:"), on),
        (QCoreApplication.translate("complaints", "Note:"), note),
    ], lambda: service.change_status(complaint.id, status.currentData() or "", on=_iso(on),
                                     note=note.toPlainText()), parent)


def add_response(service: ComplaintService, vocab: Vocabularies, complaint: Complaint,
                 documents: list[EvidenceItem], parent: QWidget) -> FormDialog:
    received = _line("responseDateEdit", QCoreApplication.translate("complaints", "14.03.2020, 03.2020 …"))
    kind = named(QComboBox(), "responseTypeCombo")
    vocab.fill(kind, "response_type")
    text = _text("responseTextEdit", QCoreApplication.translate("complaints", "What the authority answered"))
    attached = named(QListWidget(), "responseDocumentsList")
    attached.setFixedHeight(90)
    for item in documents:
        entry = QListWidgetItem(item.file_name, attached)
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Unchecked)
    new_status = named(QComboBox(), "responseNewStatusCombo")
    new_status.addItem(QCoreApplication.translate("complaints", "keep the status"), None)
    for code in service.allowed_statuses(complaint.id):
        new_status.addItem(vocab.label("complaint_status", code), code)

    def save():
        ids = [attached.item(i).data(Qt.ItemDataRole.UserRole) for i in range(attached.count())
               if attached.item(i).checkState() == Qt.CheckState.Checked]
        return service.add_response(complaint.id, kind.currentData() or "", received_on=received.text(),
                                    text=text.toPlainText(), evidence_item_ids=ids,
                                    new_status=new_status.currentData())

    return FormDialog("responseDialog", QCoreApplication.translate("complaints", "Record a response"), [
        (QCoreApplication.translate("complaints", "Received on:"), received), (QCoreApplication.translate("complaints", "Kind of answer:"), kind),
        (QCoreApplication.translate("complaints", "Answer:"), text), (QCoreApplication.translate("complaints", "Documents (evidence):"), attached),
        (QCoreApplication.translate("complaints", "Then the status becomes:"), new_status),
    ], save, parent)


def add_deadline(service: ComplaintService, complaint: Complaint, parent: QWidget) -> FormDialog:
    due = _date("deadlineDateEdit", 30)
    what = _line("deadlineWhatEdit", QCoreApplication.translate("complaints", "e.g. appeal the refusal"))
    return FormDialog("deadlineDialog", QCoreApplication.translate("complaints", "Add a deadline"), [
        (QCoreApplication.translate("complaints", "Due on:"), due), (QCoreApplication.translate("complaints", "What is due:"), what),
    ], lambda: service.add_deadline(complaint.id, _iso(due), what.text()), parent)


def days_text(days: int) -> str:
    if days < 0:
        return plurals().days_overdue(-days)
    if days == 0:
        return QCoreApplication.translate("complaints", "due today")
    return plurals().in_days(days)
