"""Audit tab: what happened to this case, in order, and a check of the whole log."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.ui import labels
from evidencevault.ui.context import WorkspaceContext

Index = QModelIndex | QPersistentModelIndex


def action_label(action: str) -> str:
    known = {
        "case.create": QCoreApplication.translate("audit", "Case created"),
        "case.edit": QCoreApplication.translate("audit", "Case edited"),
        "case.delete": QCoreApplication.translate("audit", "Case deleted"),
        "vault.create": QCoreApplication.translate("audit", "Vault created"),
        "evidence.add": QCoreApplication.translate("audit", "Evidence added"),
        "evidence.view": QCoreApplication.translate("audit", "Original viewed"),
        "evidence.derive": QCoreApplication.translate("audit", "Working copy made"),
        "person.create": QCoreApplication.translate("audit", "Person added"),
        "person.edit": QCoreApplication.translate("audit", "Person edited"),
        "testimony.create": QCoreApplication.translate("audit", "Testimony added"),
        "testimony.edit": QCoreApplication.translate("audit", "Testimony edited"),
        "incident.create": QCoreApplication.translate("audit", "Incident added"),
        "complaint.create": QCoreApplication.translate("audit", "Complaint added"),
        "bundle.export": QCoreApplication.translate("audit", "Exported in a bundle"),
        "bundle.import": QCoreApplication.translate("audit", "Imported from a bundle"),
        "person.delete": QCoreApplication.translate("audit", "Person removed"),
        "person.role_add": QCoreApplication.translate("audit", "Role given"),
        "person.role_remove": QCoreApplication.translate("audit", "Role removed"),
        "incident.edit": QCoreApplication.translate("audit", "Incident edited"),
        "incident.delete": QCoreApplication.translate("audit", "Incident removed"),
        "incident.link": QCoreApplication.translate("audit", "Incidents linked"),
        "incident.unlink": QCoreApplication.translate("audit", "Link removed"),
        "testimony.delete": QCoreApplication.translate("audit", "Testimony removed"),
        "testimony.consent": QCoreApplication.translate("audit", "Consent recorded"),
        "testimony.translation_add": QCoreApplication.translate("audit", "Translation added"),
        "complaint.edit": QCoreApplication.translate("audit", "Complaint edited"),
        "complaint.status": QCoreApplication.translate("audit", "Complaint status changed"),
        "complaint.response": QCoreApplication.translate("audit", "Response recorded"),
        "complaint.deadline_add": QCoreApplication.translate("audit", "Deadline added"),
        "complaint.deadline_met": QCoreApplication.translate("audit", "Deadline met"),
        "reparation.create": QCoreApplication.translate("audit", "Reparation claim added"),
        "reparation.edit": QCoreApplication.translate("audit", "Reparation claim edited"),
        "evidence.export": QCoreApplication.translate("audit", "Original exported"),
        "annotation.create": QCoreApplication.translate("audit", "Note added"),
    }
    return known.get(action, action)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return (self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Item"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        return (str(entry.seq), labels.local_time(entry.at), entry.actor, action_label(entry.action),
                f"{entry.target_type.replace('_', ' ')} · {entry.target_id[:8]}")[index.column()]


class AuditTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._context = context
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 3
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.verify_button = QPushButton(self.tr("Verify log"), self)
        self.verify_button.setObjectName("verifyLogButton")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self.tr("“Verify log” checks every entry of the vault's log and its signatures."), self)
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_case(self, case: Case) -> None:
        self.model.set_entries(self._context.session.audit.entries(case_id=case.id))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setProperty("role", "")
        self.result.setText(self.tr("Checking the log…"))
        self._context.runner.start(self.tr("Verifying the log"),
                                   lambda ctx: self._context.session.verify_audit(),
                                   on_success=self._verified, on_failure=self._failed)

    def _verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.result.setProperty("role", "ok")
            self.result.setText(self.tr("The log is intact: %n entry(ies) checked, each linked to the one before; "
                                        "signatures valid.", "", report.entries))
        else:
            self.result.setProperty("role", "error")
            self.result.setText(self.tr("The log is broken at entry {seq}: {problem}. Something changed it "
                                        "outside the program.").format(seq=report.broken_at, problem=report.problem))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _failed(self, sentence: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.setProperty("role", "error")
        self.result.setText(sentence)
