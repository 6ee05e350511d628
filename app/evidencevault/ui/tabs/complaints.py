"""Complaints tab: each complaint's status workflow, responses (with their documents),
deadlines, and the retaliation recorded after it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.complaint import Complaint
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.incidents import IncidentService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.tabs import complaint_forms as forms
from evidencevault.ui.vocab import Vocabularies, language

STATUS_COLOURS = {"refused": "#f7dede", "no_response": "#fbecd3", "investigation_opened": "#e2f1e4",
                  "decided": "#eceff3", "closed": "#eceff3", "in_court": "#e3ecf7", "appealed": "#e3ecf7"}


def status_colour(complaint: Complaint) -> QColor | None:
    code = STATUS_COLOURS.get(complaint.status)
    return QColor(code) if code else None


def next_deadline(complaint: Complaint) -> str:
    open_ones = sorted(d.due_on for d in complaint.deadlines if d.is_open)
    return open_ones[0] if open_ones else ""


def _table(name: str, model: RecordModel, parent: QWidget, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


class ComplaintsTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsTab")
        self._context = context
        self._service: ComplaintService = context.service(ComplaintService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.case: Case | None = None
        label = self._vocab.label
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("complaints", "To"), lambda c: c.authority),
            Column(lambda: QCoreApplication.translate("complaints", "Reference"), lambda c: c.reference_number),
            Column(lambda: QCoreApplication.translate("complaints", "Filed"),
                   lambda c: c.filed_on.render(language()) if c.filed_on.is_known else QCoreApplication.translate("complaints", "not yet")),
            Column(lambda: QCoreApplication.translate("complaints", "Status"), lambda c: label("complaint_status", c.status),
                   background=status_colour),
            Column(lambda: QCoreApplication.translate("complaints", "Next deadline"), next_deadline),
        ], self)
        self.responses = RecordModel([
            Column(lambda: QCoreApplication.translate("complaints", "Received"), lambda r: r.received_on.render(language())),
            Column(lambda: QCoreApplication.translate("complaints", "Kind of answer"), lambda r: label("response_type", r.response_type)),
            Column(lambda: QCoreApplication.translate("complaints", "Answer"), lambda r: r.text, tooltip=lambda r: r.text),
            Column(lambda: QCoreApplication.translate("complaints", "Documents"), lambda r: str(len(r.evidence_item_ids))),
        ], self)
        self.deadlines = RecordModel([
            Column(lambda: QCoreApplication.translate("complaints", "Due"), lambda d: d.due_on),
            Column(lambda: QCoreApplication.translate("complaints", "What"), lambda d: d.what),
            Column(lambda: QCoreApplication.translate("complaints", "Met"), lambda d: d.met_on or "—"),
        ], self)
        self.table = _table("complaintTable", self.model, self, 0)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.response_table = _table("responseTable", self.responses, self, 2)
        self.deadline_table = _table("deadlineTable", self.deadlines, self, 1)
        self.history = QLabel(self)
        self.history.setObjectName("complaintHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.retaliation = QLabel(self)
        self.retaliation.setObjectName("complaintRetaliation")
        self.retaliation.setWordWrap(True)
        self._lay_out()
        self._show_details()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._button("addComplaintButton", self.tr("Add complaint…"), self.add_complaint))
        self.status_button = self._button("complaintStatusButton", self.tr("Change status…"), self.change_status)
        top.addWidget(self.status_button)
        top.addStretch(1)
        self.empty = QLabel(self.tr("No complaints yet. Record each complaint, then its answers and deadlines."), self)
        self.empty.setObjectName("complaintsEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QWidget(self)
        details = QHBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        left = QGroupBox(self.tr("Responses"), self.details)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.response_table)
        self.response_button = self._button("addResponseButton", self.tr("Record a response…"), self.add_response)
        left_layout.addWidget(self.response_button)
        right = QGroupBox(self.tr("Deadlines, history and retaliation"), self.details)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.deadline_table)
        row = QHBoxLayout()
        self.deadline_button = self._button("addDeadlineButton", self.tr("Add deadline…"), self.add_deadline)
        self.met_button = self._button("markDeadlineMetButton", self.tr("Mark met"), self.mark_met)
        row.addWidget(self.deadline_button)
        row.addWidget(self.met_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.history)
        right_layout.addWidget(self.retaliation)
        details.addWidget(left, 3)
        details.addWidget(right, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    # --- showing ---------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        self.case = case
        self.model.set_records(self._service.list_complaints(case.ref))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_details()

    def current(self) -> Complaint | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _show_details(self) -> None:
        complaint = self.current()
        self.details.setEnabled(complaint is not None)
        self.status_button.setEnabled(complaint is not None)
        if complaint is None:
            self.responses.set_records([])
            self.deadlines.set_records([])
            self.history.clear()
            self.retaliation.clear()
            return
        self.responses.set_records(complaint.responses)
        self.deadlines.set_records(sorted(complaint.deadlines, key=lambda d: d.due_on))
        steps = [f"{c.changed_on}: <b>{self._vocab.label('complaint_status', c.to_status)}</b>"
                 for c in complaint.status_history]
        self.history.setText(self.tr("Status history:") + "<br>" + "<br>".join(steps))
        retaliation = self._context.service(IncidentService).retaliation_for_complaint(complaint.id)
        self.retaliation.setText(
            self.tr("Retaliation recorded after this complaint: %1").replace(
                "%1", "; ".join(f"{i.occurred.render(language())} — {i.title}" for i in retaliation))
            if retaliation else self.tr("No retaliation recorded after this complaint."))

    def _refresh(self, complaint: Complaint) -> None:
        row = self.model.upsert(complaint)
        self.empty.setVisible(False)
        self.table.selectRow(row)
        self._show_details()

    # --- commands ----------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            saved = dialog.saved
            complaint = saved if isinstance(saved, Complaint) else self._service.get_complaint(saved.complaint_id)
            self._refresh(complaint)

    def add_complaint(self) -> None:
        if self.case is not None:
            self._run(forms.new_complaint(self._service, self._vocab, self.case.ref, self))

    def change_status(self) -> None:
        if (complaint := self.current()) is not None:
            self._run(forms.change_status(self._service, self._vocab, complaint, self))

    def add_response(self) -> None:
        if (complaint := self.current()) is not None and self.case is not None:
            documents = self._context.service(EvidenceService).list_items(self.case.ref)
            self._run(forms.add_response(self._service, self._vocab, complaint, documents, self))

    def add_deadline(self) -> None:
        if (complaint := self.current()) is not None:
            self._run(forms.add_deadline(self._service, complaint, self))

    def mark_met(self) -> None:
        index = self.deadline_table.currentIndex()
        if not index.isValid():
            return
        deadline = index.data(RECORD_ROLE)
        self._service.mark_deadline_met(deadline.id)
        self._refresh(self._service.get_complaint(deadline.complaint_id))
