"""“Overdue and due soon”: every unmet complaint deadline across all cases, most urgent first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.complaint import DueDeadline
from evidencevault.services.complaints import ComplaintService
from evidencevault.ui import settings
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.tabs.complaint_forms import days_text
from evidencevault.ui.vocab import Vocabularies



def urgency(due: DueDeadline) -> QColor:
    return QColor("#f7dede") if due.overdue else QColor("#fbecd3")


class OverdueDialog(QDialog):
    def __init__(self, context: WorkspaceContext, open_case: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueView")
        self.setWindowTitle(self.tr("Overdue and due soon — Evidence Vault"))
        self.resize(860, 460)
        self._open_case = open_case
        vocab: Vocabularies = context.service(Vocabularies)
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("overdue", "Due"), lambda d: d.deadline.due_on, background=urgency),
            Column(lambda: QCoreApplication.translate("overdue", "When"), lambda d: days_text(d.days_left), background=urgency),
            Column(lambda: QCoreApplication.translate("overdue", "Case"), lambda d: d.case_ref),
            Column(lambda: QCoreApplication.translate("overdue", "Complaint to"), lambda d: d.authority),
            Column(lambda: QCoreApplication.translate("overdue", "What is due"), lambda d: d.deadline.what),
            Column(lambda: QCoreApplication.translate("overdue", "Status"), lambda d: vocab.label("complaint_status", d.complaint_status)),
        ], self)
        days = settings.get(settings.DUE_SOON_DAYS)
        self.model.set_records(context.service(ComplaintService).overdue_and_due_soon(days))
        self.table = QTableView(self)
        self.table.setObjectName("overdueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 4
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        intro = QLabel(self.tr("Unmet deadlines that have passed or fall within %n day(s). "
                               "Press Enter on a row to open its case.", "", days), self)
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing is overdue or due soon."), self)
        self.empty.setObjectName("overdueEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(self.model.rowCount() == 0)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("overdueCloseButton")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _open(self, index) -> None:
        due: DueDeadline = index.data(RECORD_ROLE)
        self._open_case(due.case_id)
        self.accept()
