"""Overview tab: the case's title, reference, status, tags and summary at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidencevault.domain.case import Case
from evidencevault.ui import labels
from evidencevault.ui.context import WorkspaceContext


class OverviewTab(QWidget):
    edit_requested = Signal()

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._context = context
        self.title = QLabel(self)
        self.title.setObjectName("overviewTitle")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ref = QLabel(self)
        self.status = QLabel(self)
        self.tags = QLabel(self)
        self.updated = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel(self)
        self.counts.setObjectName("overviewCounts")
        self.counts.setProperty("role", "subtle")
        self.counts.setWordWrap(True)
        edit = QPushButton(self.tr("Edit case…"), self)
        edit.setObjectName("overviewEditButton")
        edit.clicked.connect(self.edit_requested)
        form = QFormLayout()
        form.addRow(self.tr("Reference:"), self.ref)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Last change:"), self.updated)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)

    def show_case(self, case: Case) -> None:
        self.title.setText(case.title)
        self.ref.setText(case.ref)
        self.status.setText(labels.case_status(case.status))
        self.tags.setText(", ".join(case.tags) or "—")
        self.updated.setText(labels.local_time(case.updated_at))
        self.summary.setText(case.summary or self.tr("No summary yet. Press “Edit case…” to write one."))
        self.counts.setText(self._counts(case))

    def _counts(self, case: Case) -> str:
        from evidencevault.services.complaints import ComplaintService
        from evidencevault.services.evidence import EvidenceService
        from evidencevault.services.incidents import IncidentService
        from evidencevault.services.persons import PersonService
        from evidencevault.services.testimonies import TestimonyService

        service = self._context.service
        parts = (
            self.tr("%n person(s)", "", len(service(PersonService).list_persons(case.ref))),
            self.tr("%n incident(s)", "", len(service(IncidentService).timeline(case.ref))),
            self.tr("%n testimony(ies)", "", len(service(TestimonyService).list_testimonies(case.ref))),
            self.tr("%n evidence item(s)", "", len(service(EvidenceService).list_items(case.ref))),
            self.tr("%n complaint(s)", "", len(service(ComplaintService).list_complaints(case.ref))),
        )
        return " · ".join(parts)
