"""Vault ▸ Open bundle…: verify in the background, show the report, then import it
(in one transaction, also in the background). Nothing is imported before the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from evidencevault.services.bundles import BundleService, ImportResult, VerifyReport
from evidencevault.ui.bundles.send_dialog import BUNDLE_FILTER
from evidencevault.ui.bundles.texts import signer_sentence
from evidencevault.ui.bundles.widgets import named, set_role
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import Job, JobContext
from evidencevault.ui.labels import local_time
from evidencevault.ui import file_dialog_history

BUNDLE_SUFFIXES = (".evb", ".age")


def bundle_paths(urls) -> list[Path]:  # noqa: ANN001
    """The local bundle files among dropped URLs."""
    return [Path(u.toLocalFile()) for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith(BUNDLE_SUFFIXES)]


class OpenBundleDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, context: WorkspaceContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openBundleDialog")
        self.setWindowTitle(self.tr("Open bundle"))
        self.resize(820, 600)
        self.setAcceptDrops(True)
        self.context = context
        self.job: Job | None = None
        self.report: VerifyReport | None = None
        self.result: ImportResult | None = None
        self._close_when_done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._file_box())
        layout.addWidget(self._report_box(), 1)
        layout.addLayout(self._bottom_row())
        self._show_report(None)
        if path is not None:
            self.path_edit.setText(str(path))
            self.verify()

    # -- the file ----------------------------------------------------------------
    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bundle file"), self)
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.path_edit = named(QLineEdit(box), "bundlePathEdit")
        self.path_edit.setPlaceholderText(self.tr("choose a bundle, or drop it here"))
        choose = named(QPushButton(self.tr("Choose…"), box), "chooseBundleButton")
        choose.clicked.connect(self._choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("File:"), row)
        self.passphrase_check = named(QCheckBox(self.tr("It was protected with a passphrase:"), box),
                                       "bundleHasPassphraseCheck")
        self.passphrase_edit = named(QLineEdit(box), "openBundlePassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setEnabled(False)
        self.passphrase_check.toggled.connect(self.passphrase_edit.setEnabled)
        form.addRow(self.passphrase_check, self.passphrase_edit)
        return box

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open bundle"), self.path_edit.text(),
                                              self.tr("Evidence Vault bundles") + " " + BUNDLE_FILTER)
        file_dialog_history.forget()
        if path:
            self.path_edit.setText(path)
            self.verify()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = bundle_paths(event.mimeData().urls())
        if paths and not self.busy():
            event.acceptProposedAction()
            self.path_edit.setText(str(paths[0]))
            self.verify()

    # -- the report --------------------------------------------------------------
    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Verification report"), self)
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("fingerprint", self.tr("Signed by key:")), ("sender", self.tr("Sender:")),
                           ("made", self.tr("Signed on:")), ("cases", self.tr("Cases:")),
                           ("files", self.tr("Files:")), ("records", self.tr("Records:")),
                           ("hashes", self.tr("SHA-256 checked:")), ("audit", self.tr("Audit entries:")),
                           ("left_out", self.tr("Left out by the sender:"))):
            value = named(QLabel(box), f"report_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)   # titles come from the sender: never markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value
        self.problems = named(QListWidget(box), "reportProblems")
        self.problems.setMaximumHeight(72)
        form.addRow(self.tr("Problems:"), self.problems)
        self.verdict = named(QLabel(box), "reportVerdict")
        self.verdict.setWordWrap(True)
        form.addRow(self.verdict)
        return box

    def _show_report(self, report: VerifyReport | None) -> None:
        self.report = report
        for label in self.fields.values():
            label.setText("—" if report is None else "")
        self.problems.clear()
        self.verdict.setText("")
        self.import_button.setEnabled(bool(report and report.ok) and not self.busy())
        if report is None:
            return
        f = self.fields
        f["fingerprint"].setText(report.signer_fingerprint)
        f["sender"].setText(signer_sentence(report.signer_name, report.signer_verified))
        f["made"].setText(local_time(report.made_at))
        f["cases"].setText("\n".join(report.cases))
        f["files"].setText(self.tr("%n file(s)", "", report.item_count) + (
            "; " + self.tr("%n of them copies the sender made (redacted or location removed)", "",
                           report.working_copies) if report.working_copies else ""))
        f["records"].setText(self.tr("%n person(s)", "", report.persons) + ", "
                             + self.tr("%n testimony(ies)", "", report.testimonies)
                             + ("" if report.persons or report.testimonies else
                                " " + self.tr("(files only)")))
        f["hashes"].setText(self.tr("%1 of %2, all match").replace("%1", str(report.hashes_checked))
                            .replace("%2", str(report.item_count)))
        f["audit"].setText((self.tr("%1 entries of the sender's log, consistent with the log as they "
                                    "signed it (entry %2)")
                            if report.audit_consistent else
                            self.tr("%1 entries of the sender's log, NOT consistent with the log as "
                                    "they signed it (entry %2)"))
                           .replace("%1", str(report.audit_entries)).replace("%2", str(report.checkpoint_seq)))
        f["left_out"].setText(str(report.left_out))
        self.problems.addItems(list(report.problems) or [self.tr("None.")])
        set_role(self.verdict, "ok" if report.ok else "error")
        self.verdict.setText(self.tr("All is well: the bundle is exactly what the sender signed. "
                                     "You can import it.") if report.ok else
                             self.tr("This bundle did NOT verify; do not rely on it. Nothing can be imported."))

    def _bottom_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.message = named(QLabel(self), "openBundleMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.progress = named(QProgressBar(self), "openBundleProgress")
        self.progress.setVisible(False)
        row = QHBoxLayout()
        self.verify_button = named(QPushButton(self.tr("Verify"), self), "verifyBundleButton")
        self.verify_button.clicked.connect(self.verify)
        self.import_button = named(QPushButton(self.tr("Import"), self), "importBundleButton")
        self.import_button.clicked.connect(self.import_now)
        self.close_button = named(QPushButton(self.tr("Close"), self), "openBundleCloseButton")
        self.close_button.clicked.connect(self._cancel_or_close)
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        for button in (self.verify_button, self.import_button, self.close_button):
            row.addWidget(button)
        column.addWidget(self.message)
        column.addLayout(row)
        return column

    # -- the jobs ------------------------------------------------------------------
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _secrets(self) -> dict:
        if self.passphrase_check.isChecked():
            return {"passphrase": self.passphrase_edit.text()}
        return {}

    def verify(self) -> Job | None:
        text = self.path_edit.text().strip()
        if self.busy() or not text:
            if not text:
                self.message.setText(self.tr("Choose a bundle file first."))
            return None
        path, secrets, service = Path(text), self._secrets(), self.context.service(BundleService)
        self._show_report(None)
        self.result = None

        def check(ctx: JobContext) -> VerifyReport:
            report = service.verify(path, **secrets)
            ctx.check_cancelled()   # stopped while checking: show nothing
            return report

        return self._start(self.tr("Checking the bundle…"), check, self._verified)

    def import_now(self) -> Job | None:
        if self.busy() or self.report is None or not self.report.ok:
            return None
        path, secrets = Path(self.path_edit.text().strip()), self._secrets()
        service = self.context.service(BundleService)
        self.import_button.setEnabled(False)
        job = self._start(self.tr("Importing the bundle…"), lambda ctx: service.import_bundle(path, **secrets),
                          self._imported)
        self.close_button.setEnabled(False)   # one transaction: it finishes, or changes nothing
        return job

    def _start(self, title: str, fn, on_success) -> Job:  # noqa: ANN001
        set_role(self.message, "subtle")
        self.message.setText(title)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.verify_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.job = self.context.runner.start(title, fn, on_success=on_success, on_failure=self._failed)
        self.job.cancelled.connect(self._stopped)
        self.job.ended.connect(self._ended)
        return self.job

    def _stopped(self) -> None:
        self.message.setText(self.tr("Stopped. Nothing was imported."))

    def _ended(self) -> None:
        if self._close_when_done:
            self.reject()
            return
        self.progress.setVisible(False)
        self.verify_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)
        self.import_button.setEnabled(bool(self.report and self.report.ok) and self.result is None)

    def _cancel_or_close(self) -> None:
        if self.busy():
            self.job.cancel()
            self.close_button.setEnabled(False)
            self.message.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc while checking or importing: stop first, close when stopped."""
        if self.busy() and not self.job.context.cancelled():
            if not self.close_button.isEnabled():
                return   # importing: the result is shown when the transaction ends
            self._close_when_done = True
            self._cancel_or_close()
            return
        super().reject()

    def _failed(self, sentence: str) -> None:
        set_role(self.message, "error")
        self.message.setText(sentence)

    def _verified(self, report: VerifyReport) -> None:
        self._show_report(report)
        set_role(self.message, "ok" if report.ok else "error")
        self.message.setText(self.tr("Verified. Nothing has been imported yet.") if report.ok else "")
        if report.ok:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        set_role(self.message, "ok")
        if result.already_imported:
            self.message.setText(self.tr("This bundle was already imported; nothing was changed."))
        else:
            parts = [self.tr("Imported %n file(s)", "", result.items_added) + " "
                     + self.tr("into %1.").replace("%1", ", ".join(result.case_refs))]
            if result.records_added:
                parts.append(self.tr("Also %n person(s)", "", result.persons_added) + ", "
                             + self.tr("%n testimony(ies).", "", result.testimonies_added))
            if result.items_already_present:
                parts.append(self.tr("Already in this vault, not copied again: %n file(s).", "",
                                     result.items_already_present))
            parts.append(self.tr("Imported items are read-only; add your annotations beside them."))
            self.message.setText(" ".join(parts))
        self.imported.emit(result)
