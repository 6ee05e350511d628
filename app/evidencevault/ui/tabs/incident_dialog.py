"""Add or edit an incident, and optionally link it to an earlier incident or a complaint."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from evidencevault.domain.errors import VaultError
from evidencevault.domain.incident import Incident
from evidencevault.services.incidents import IncidentService
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.vocab import Vocabularies


class IncidentDialog(QDialog):
    """``targets`` are (label, incident_id, complaint_id) the new incident may link to."""

    def __init__(self, service: IncidentService, vocab: Vocabularies, case_ref: str,
                 incident: Incident | None = None, targets: list[tuple[str, str | None, str | None]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Add an incident") if incident is None else self.tr("Edit incident"))
        self.setMinimumWidth(560)
        self._service, self._case_ref, self._incident = service, case_ref, incident
        self.saved: Incident | None = None
        self._make_fields(vocab, incident, targets)
        self.error = QLabel(self)
        self.error.setObjectName("incidentDialogError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("incidentSaveButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What:"), self.title_edit)
        form.addRow(self.tr("Type of act:"), self.act_combo)
        form.addRow(self.tr("When:"), self.date_edit)
        form.addRow(self.tr("Where:"), self.place_edit)
        form.addRow(self.tr("Type of place:"), self.place_type_combo)
        form.addRow(self.tr("Description:"), self.description_edit)
        if incident is None and targets:
            form.addRow(self.tr("Link:"), self.link_kind)
            form.addRow(self.tr("… to:"), self.link_target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if incident is not None:
            self.title_edit.setText(incident.title)
            self.date_edit.setText(incident.occurred.to_text())
            self.place_edit.setText(incident.place)
            self.description_edit.setPlainText(incident.description)

    def _make_fields(self, vocab: Vocabularies, incident: Incident | None, targets) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("incidentTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.act_combo = QComboBox(self)
        self.act_combo.setObjectName("incidentActCombo")
        vocab.fill(self.act_combo, "act_type", incident.act_type if incident else "")
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("incidentDateEdit")
        self.date_edit.setPlaceholderText(self.tr("14.03.2020, 03.2020, 2020, ~2019 or empty if unknown"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("incidentPlaceEdit")
        self.place_type_combo = QComboBox(self)
        self.place_type_combo.setObjectName("incidentPlaceTypeCombo")
        vocab.fill(self.place_type_combo, "place_type", incident.place_type if incident else "", blank="—")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("incidentDescriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.link_kind = QComboBox(self)
        self.link_kind.setObjectName("incidentLinkKindCombo")
        vocab.fill(self.link_kind, "incident_link", "", blank=self.tr("no link"))
        self.link_target = QComboBox(self)
        self.link_target.setObjectName("incidentLinkTargetCombo")
        for label, incident_id, complaint_id in targets:
            self.link_target.addItem(label, (incident_id, complaint_id))

    def _save(self) -> None:
        fields = {"occurred": self.date_edit.text(), "place": self.place_edit.text(),
                  "place_type": self.place_type_combo.currentData() or "",
                  "description": self.description_edit.toPlainText()}
        try:
            if self._incident is None:
                saved = self._service.add_incident(self._case_ref, self.title_edit.text(),
                                                   self.act_combo.currentData() or "", **fields)
                kind, target = self.link_kind.currentData(), self.link_target.currentData()
                if kind and target:
                    self._service.link(saved.id, kind, other_incident_id=target[0], complaint_id=target[1])
                    saved = self._service.get_incident(saved.id)
            else:
                saved = self._service.update_incident(self._incident.id, title=self.title_edit.text(),
                                                      act_type=self.act_combo.currentData(), **fields)
        except VaultError as error:
            self.error.setText(error_sentence(error))
            return
        self.saved = saved
        self.accept()
