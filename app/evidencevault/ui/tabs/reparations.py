"""Reparations tab: what was claimed (rehabilitation, compensation …), what was paid, obstacles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.reparation import ReparationClaim
from evidencevault.services.reparations import ReparationService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.form_dialog import FormDialog, named
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.vocab import Vocabularies



class ReparationsTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reparationsTab")
        self._service: ReparationService = context.service(ReparationService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self._context = context
        self.case: Case | None = None
        label = self._vocab.label
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("reparations", "Kind"), lambda c: label("reparation_kind", c.kind)),
            Column(lambda: QCoreApplication.translate("reparations", "Status"), lambda c: label("reparation_status", c.status)),
            Column(lambda: QCoreApplication.translate("reparations", "Asked for"), lambda c: c.asked, tooltip=lambda c: c.asked),
            Column(lambda: QCoreApplication.translate("reparations", "Paid or granted"), lambda c: c.paid),
            Column(lambda: QCoreApplication.translate("reparations", "Obstacle"), lambda c: c.obstacle, tooltip=lambda c: c.obstacle),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("reparationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (2, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda index: self.edit_claim(index.data(RECORD_ROLE)))
        add = QPushButton(self.tr("Add claim…"), self)
        add.setObjectName("addClaimButton")
        add.clicked.connect(lambda: self.edit_claim(None))
        edit = QPushButton(self.tr("Edit…"), self)
        edit.setObjectName("editClaimButton")
        edit.clicked.connect(lambda: self.edit_claim(self.table.currentIndex().data(RECORD_ROLE)))
        self.empty = QLabel(self.tr("No reparation claims yet: medical or psychological rehabilitation, "
                                    "compensation, restitution, satisfaction, guarantees of non-repetition."), self)
        self.empty.setObjectName("reparationsEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_case(self, case: Case) -> None:
        self.case = case
        self.model.set_records(self._service.list_claims(case.ref))
        self.empty.setVisible(self.model.rowCount() == 0)

    def edit_claim(self, claim: ReparationClaim | None) -> None:
        if self.case is None:
            return
        kind = named(QComboBox(), "claimKindCombo")
        self._vocab.fill(kind, "reparation_kind", claim.kind if claim else "")
        status = named(QComboBox(), "claimStatusCombo")
        self._vocab.fill(status, "reparation_status", claim.status if claim else "not_claimed")
        asked = named(QPlainTextEdit(claim.asked if claim else ""), "claimAskedEdit")
        asked.setTabChangesFocus(True)
        asked.setFixedHeight(70)
        paid = named(QLineEdit(claim.paid if claim else ""), "claimPaidEdit")
        obstacle = named(QLineEdit(claim.obstacle if claim else ""), "claimObstacleEdit")
        obstacle.setPlaceholderText(self.tr("Needed when refused or abandoned"))
        values = lambda: {"kind": kind.currentData(), "status": status.currentData(),  # noqa: E731
                          "asked": asked.toPlainText(), "paid": paid.text(), "obstacle": obstacle.text()}
        if claim is None:
            save = lambda: self._service.add_claim(self.case.ref, **values())  # noqa: E731
        else:
            save = lambda: self._service.update_claim(claim.id, **values())  # noqa: E731
        dialog = FormDialog("claimDialog", self.tr("Reparation claim"), [
            (self.tr("Kind:"), kind), (self.tr("Status:"), status), (self.tr("Asked for:"), asked),
            (self.tr("Paid or granted:"), paid), (self.tr("Obstacle:"), obstacle)], save, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.upsert(dialog.saved)
            self.empty.setVisible(False)
