"""Timeline tab: the case's incidents in date order, dates said as precisely as they are
known, coloured by kind of act, with their links ("retaliation for complaint …")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.incident import Incident
from evidencevault.services.complaints import ComplaintService
from evidencevault.services.incidents import IncidentService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel
from evidencevault.ui.tabs.incident_dialog import IncidentDialog
from evidencevault.ui.vocab import Vocabularies, language

# Kinds of act grouped by colour: custody, violence, pressure, denial of rights.
ACT_COLOURS = {
    **dict.fromkeys(("arrest", "detention", "incommunicado", "enforced_disappearance", "transfer"), "#e3ecf7"),
    **dict.fromkeys(("torture", "ill_treatment", "death_in_custody"), "#f7dede"),
    **dict.fromkeys(("threats", "forced_confession", "solitary_confinement", "new_charges", "sentencing",
                     "harassment_relatives", "retaliation"), "#fbecd3"),
    **dict.fromkeys(("denial_medical_care", "denial_lawyer", "denial_family_contact"), "#ece3f5"),
}


def act_colour(incident: Incident) -> QColor | None:
    code = ACT_COLOURS.get(incident.act_type)
    return QColor(code) if code else None


class TimelineTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self._context = context
        self._service: IncidentService = context.service(IncidentService)
        self._complaints: ComplaintService = context.service(ComplaintService)
        self._vocab: Vocabularies = context.service(Vocabularies)
        self.case: Case | None = None
        self._names: dict[str, str] = {}  # incident / complaint id → short label for links
        self._incident_names: dict[str, str] = {}
        self._complaint_names: dict[str, str] = {}
        self.model = RecordModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 170), (3, 150), (4, 210)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda *_: self.edit_incident())  # Enter or double-click
        self.add_button = QPushButton(self.tr("Add incident…"), self)
        self.add_button.setObjectName("addIncidentButton")
        self.add_button.clicked.connect(self.add_incident)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editIncidentButton")
        self.edit_button.clicked.connect(self.edit_incident)
        self.empty = QLabel(self.tr("No incidents yet. Add the arrest, the beatings, the complaints' "
                                    "consequences: they line up here by date."), self)
        self.empty.setObjectName("timelineEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        legend = QLabel(self._legend(), self)
        legend.setObjectName("timelineLegend")
        legend.setProperty("role", "subtle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

    def _legend(self) -> str:
        swatch = '<span style="background:{0}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {1}'
        return "&nbsp;&nbsp;".join(swatch.format(colour, label) for colour, label in (
            ("#e3ecf7", self.tr("custody")), ("#f7dede", self.tr("violence")),
            ("#fbecd3", self.tr("pressure and reprisals")), ("#ece3f5", self.tr("denial of rights"))))

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: QCoreApplication.translate("timeline", "When"), lambda i: i.occurred.render(language()),
                   sort=lambda i: i.occurred.sort_key(), background=act_colour),
            Column(lambda: QCoreApplication.translate("timeline", "What happened"), lambda i: i.title, background=act_colour,
                   tooltip=lambda i: i.description),
            Column(lambda: QCoreApplication.translate("timeline", "Type of act"), lambda i: self._vocab.label("act_type", i.act_type),
                   background=act_colour),
            Column(lambda: QCoreApplication.translate("timeline", "Where"), lambda i: i.place, background=act_colour),
            Column(lambda: QCoreApplication.translate("timeline", "Linked to"), self._links_text, background=act_colour),
        ]

    def _links_text(self, incident: Incident) -> str:
        parts = []
        for link in incident.links:
            target = self._names.get(link.complaint_id or link.other_incident_id or "", "?")
            parts.append(f"{self._vocab.label('incident_link', link.kind)} {target}")
        return "; ".join(parts)

    def show_case(self, case: Case) -> None:
        self.case = case
        incidents = self._service.timeline(case.ref)
        complaints = self._complaints.list_complaints(case.ref)
        self._incident_names = {i.id: f"«{i.title}»" for i in incidents}
        self._complaint_names = {}
        for complaint in complaints:
            ref = f" {complaint.reference_number}" if complaint.reference_number else ""
            self._complaint_names[complaint.id] = f"{complaint.authority}{ref}"
        self._names = {**self._incident_names,
                       **{cid: self.tr("complaint to %1").replace("%1", name)
                          for cid, name in self._complaint_names.items()}}
        self.model.set_records(incidents)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not incidents)

    def _targets(self) -> list[tuple[str, str | None, str | None]]:
        if self.case is None:
            return []
        targets = [(self.tr("complaint: ") + name, None, cid) for cid, name in self._complaint_names.items()]
        targets += [(self.tr("incident: ") + name, iid, None) for iid, name in self._incident_names.items()]
        return targets

    def add_incident(self) -> None:
        if self.case is None:
            return
        dialog = IncidentDialog(self._service, self._vocab, self.case.ref, targets=self._targets(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_case(self.case)  # date order may change: reread this case's timeline
            self._context.notify(self.tr("Incident added to the timeline."))

    def edit_incident(self) -> None:
        index = self.table.currentIndex()
        if self.case is None or not index.isValid():
            return
        incident = index.data(RECORD_ROLE)
        dialog = IncidentDialog(self._service, self._vocab, self.case.ref, incident, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_case(self.case)
