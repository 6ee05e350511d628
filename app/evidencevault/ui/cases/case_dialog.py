"""New case / edit case."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from evidencevault.domain.case import CASE_STATUSES, Case
from evidencevault.domain.errors import VaultError
from evidencevault.services.cases import CaseService
from evidencevault.ui import labels
from evidencevault.ui.error_text import error_sentence


class CaseDialog(QDialog):
    def __init__(self, service: CaseService, case: Case | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("New case") if case is None else self.tr("Edit case"))
        self.setMinimumWidth(520)
        self._service, self._case = service, case
        self.saved: Case | None = None
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("caseTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("For example: Detention and beating at police station No. 3"))
        self.ref_edit = QLineEdit(self)
        self.ref_edit.setObjectName("caseRefEdit")
        self.ref_edit.setPlaceholderText(self.tr("Leave empty for the next number"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("caseStatusCombo")
        for code in CASE_STATUSES:
            self.status_combo.addItem(labels.case_status(code), code)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("caseTagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. police, 2020, Tashkent"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("caseSummaryEdit")
        self.summary_edit.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setObjectName("caseDialogError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("caseDialogButtons")
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("caseSaveButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.summary_edit.installEventFilter(self)  # Ctrl+Enter saves, also from the summary box
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Reference:"), self.ref_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        form.addRow(self.tr("Summary:"), self.summary_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if case is not None:
            self._fill(case)

    @staticmethod
    def _is_ctrl_enter(event) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and self._is_ctrl_enter(event):
            self._save()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._is_ctrl_enter(event):
            self._save()
            return
        super().keyPressEvent(event)

    def _fill(self, case: Case) -> None:
        self.title_edit.setText(case.title)
        self.ref_edit.setText(case.ref)
        self.ref_edit.setReadOnly(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(case.status)))
        self.tags_edit.setText(", ".join(case.tags))
        self.summary_edit.setPlainText(case.summary)

    def _save(self) -> None:
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        status = self.status_combo.currentData()
        try:
            if self._case is None:
                self.saved = self._service.add_case(
                    self.title_edit.text(), ref=self.ref_edit.text().strip() or None,
                    summary=self.summary_edit.toPlainText(), tags=tags, status=status)
            else:
                self.saved = self._service.update_case(
                    self._case.ref, title=self.title_edit.text(), status=status, tags=tags,
                    summary=self.summary_edit.toPlainText())
        except VaultError as error:
            self.error.setText(error_sentence(error))
            return
        self.accept()
