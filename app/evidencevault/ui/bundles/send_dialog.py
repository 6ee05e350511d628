"""Case ▸ Send bundle…: choose cases, recipients (or a passphrase) and options, write the
bundle in the background with a progress bar and Cancel, then say what went and what stayed.

Opened from the Evidence tab's "Send selected…" it sends chosen files instead of whole
cases: the same dialog with the files (each can be unticked) in place of the cases, and
no originals/working-copies choice, as the files chosen are the files sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
    QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from evidencevault.domain.case import Case
from evidencevault.domain.errors import VaultError
from evidencevault.domain.evidence import EvidenceItem
from evidencevault.services.bundles import BundleService, ExportOptions, ExportResult
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.ui.bundles.texts import left_out_sentence
from evidencevault.ui.bundles.widgets import named, set_role
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import Job, JobContext
from evidencevault.ui.vocab import Vocabularies
from evidencevault.ui import file_dialog_history

BUNDLE_FILTER = "(*.evb *.age)"


def _fit(view: QListWidget) -> None:
    """Long titles end in … (the full text is the tooltip) instead of a sideways scroll bar."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setUniformItemSizes(True)


class SendBundleDialog(QDialog):
    def __init__(self, context: WorkspaceContext, chosen: list[Case], parent: QWidget | None = None,
                 *, items: list[EvidenceItem] | None = None) -> None:
        """``items``: send these files (of the ``chosen`` case) rather than whole cases."""
        super().__init__(parent)
        self.setObjectName("sendBundleDialog")
        self.setWindowTitle(self.tr("Send chosen files") if items is not None else self.tr("Send bundle"))
        self.resize(980, 640)
        self.context = context
        self.vocab = Vocabularies(context.session)
        self.job: Job | None = None
        self.result: ExportResult | None = None
        self._close_when_done = False
        self.items_mode = items is not None
        self._case_refs_of_items = [case.ref for case in chosen] if self.items_mode else []
        self.case_list: QListWidget | None = None
        self.item_list: QListWidget | None = None
        self._chosen_items = {item.id: item for item in items or []}
        self._located_when_sent = 0
        self._located_cache: dict[str, tuple[int, int]] = {}
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._items_box(items) if items is not None else self._cases_box(chosen), 1)
        left.addWidget(self._recipients_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._options_box())
        right.addWidget(self._output_box())
        right.addWidget(self._summary_box(), 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self._bottom_row())
        for view in (self.case_list, self.item_list):
            if view is not None:
                view.itemChanged.connect(self._update_location_warning)
        self.contact_list.itemChanged.connect(lambda *_: self.error.setText(""))
        self.strip_check.toggled.connect(self._update_location_warning)
        self.working_radio.toggled.connect(self._update_location_warning)
        self._update_location_warning()
        self._recipient_mode_changed()

    # -- what, to whom ------------------------------------------------------------
    def _cases_box(self, chosen: list[Case]) -> QGroupBox:
        box = QGroupBox(self.tr("Cases to send"), self)
        self.case_list = named(QListWidget(box), "bundleCaseList")
        wanted = {case.id for case in chosen}
        for case in self.context.service(CaseService).list_cases():
            item = QListWidgetItem(f"{case.ref} — {case.title}", self.case_list)
            item.setData(Qt.ItemDataRole.UserRole, case.ref)
            item.setToolTip(f"{case.ref} — {case.title}")
            item.setCheckState(Qt.CheckState.Checked if case.id in wanted else Qt.CheckState.Unchecked)
        _fit(self.case_list)
        self.case_filter = named(QLineEdit(box), "bundleCaseFilter")
        self.case_filter.setPlaceholderText(self.tr("Filter by reference or title"))
        self.case_filter.setClearButtonEnabled(True)
        self.case_filter.textChanged.connect(self._filter_cases)
        layout = QVBoxLayout(box)
        layout.addWidget(self.case_filter)
        layout.addWidget(self.case_list)
        return box

    def _located_images(self) -> int:
        """How many of the pictures about to be sent carry a GPS position."""
        if self.items_mode:
            return sum(1 for i in self.chosen_item_ids() if self._chosen_items[i].has_location)
        working = self.working_radio.isChecked()
        return sum(self._located_in_case(ref)[working] for ref in self.chosen_refs())

    def _located_in_case(self, ref: str) -> tuple[int, int]:
        """(originals, working copies) of a case that carry a GPS position, counted once per case."""
        if ref not in self._located_cache:
            items = self.context.service(EvidenceService).list_items(ref)
            located = [i for i in items if i.has_location]
            self._located_cache[ref] = (sum(1 for i in located if not i.is_working_copy),
                                        sum(1 for i in located if i.is_working_copy))
        return self._located_cache[ref]

    def _update_location_warning(self, *_args: object) -> None:
        self.error.setText("")   # a problem shown earlier may be fixed by this change
        located = 0 if self.strip_check.isChecked() else self._located_images()
        self.location_warning.setText(self.tr(
            "Pictures to send that show where they were taken (GPS): %n. Tick “Remove the "
            "location” unless the recipient needs it.", "", located) if located else "")

    def _filter_cases(self, text: str) -> None:
        """Hide the cases that do not match; ticked cases stay ticked (and are sent) when hidden."""
        needle = text.strip().casefold()
        for row in range(self.case_list.count()):
            item = self.case_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _items_box(self, items: list[EvidenceItem]) -> QGroupBox:
        box = QGroupBox(self.tr("Files to send"), self)
        self.item_list = named(QListWidget(box), "bundleItemList")
        for evidence in items:
            kind = self.tr("working copy") if evidence.is_working_copy else self.tr("original")
            text = f"{evidence.file_name} ({kind})"
            item = QListWidgetItem(text, self.item_list)
            item.setData(Qt.ItemDataRole.UserRole, evidence.id)
            item.setToolTip(text)
            item.setCheckState(Qt.CheckState.Checked)
        _fit(self.item_list)
        QVBoxLayout(box).addWidget(self.item_list)
        return box

    def _recipients_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recipients"), self)
        layout = QVBoxLayout(box)
        self.to_contacts = named(QRadioButton(self.tr("Encrypt to these contacts:"), box), "toContactsRadio")
        self.to_passphrase = named(QRadioButton(self.tr("Protect with a passphrase (only if they have no key)"),
                                                 box), "toPassphraseRadio")
        group = QButtonGroup(box)
        for radio in (self.to_contacts, self.to_passphrase):
            group.addButton(radio)
            radio.toggled.connect(self._recipient_mode_changed)
        self.contact_list = named(QListWidget(box), "bundleContactList")
        for contact in self.context.service(ContactService).list_contacts():
            mark = self.tr("verified in person") if contact.verified else self.tr("not verified")
            item = QListWidgetItem(f"{contact.name} ({mark}) — {contact.recipient[:16]}…", self.contact_list)
            item.setData(Qt.ItemDataRole.UserRole, contact.recipient)
            item.setToolTip(contact.recipient)
            item.setCheckState(Qt.CheckState.Unchecked)
        _fit(self.contact_list)
        self.no_contacts = QLabel(self.tr("No contacts yet: add one under Vault ▸ Identity and contacts."), box)
        self.no_contacts.setWordWrap(True)
        self.no_contacts.setVisible(self.contact_list.count() == 0)
        self.passphrase_edit = named(QLineEdit(box), "bundlePassphraseEdit")
        self.confirm_edit = named(QLineEdit(box), "bundlePassphraseConfirmEdit")
        for edit, hint in ((self.passphrase_edit, self.tr("passphrase for the bundle")),
                           (self.confirm_edit, self.tr("the same passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
        layout.addWidget(self.to_contacts)
        layout.addWidget(self.contact_list, 1)
        layout.addWidget(self.no_contacts)
        layout.addWidget(self.to_passphrase)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.confirm_edit)
        self.to_contacts.setChecked(True)
        return box

    def _recipient_mode_changed(self, *_args: object) -> None:
        by_key = self.to_contacts.isChecked()
        self.contact_list.setEnabled(by_key)
        self.passphrase_edit.setEnabled(not by_key)
        self.confirm_edit.setEnabled(not by_key)

    # -- how ---------------------------------------------------------------------
    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to send"), self)
        grid = QGridLayout(box)
        self.originals_radio = named(QRadioButton(self.tr("Originals"), box), "originalsRadio")
        self.working_radio = named(QRadioButton(self.tr("Working copies only"), box), "workingCopiesRadio")
        self.originals_radio.setChecked(True)
        copies = QButtonGroup(box)
        copies.addButton(self.originals_radio)
        copies.addButton(self.working_radio)
        self.strip_check = named(QCheckBox(self.tr("Remove the location (GPS) from images"), box),
                                  "stripLocationCheck")
        self.confidential_check = named(QCheckBox(self.tr("Leave out persons marked confidential"), box),
                                         "leaveOutConfidentialCheck")
        self.consent_check = named(QCheckBox(self.tr("Only testimonies whose consent allows:"), box),
                                    "respectConsentCheck")
        self.consent_combo = named(QComboBox(box), "consentUseCombo")
        self.vocab.fill(self.consent_combo, "consent_use", "legal_action")
        self.consent_combo.setEnabled(False)
        self.consent_check.toggled.connect(self.consent_combo.setEnabled)
        grid.addWidget(self.originals_radio, 0, 0)
        grid.addWidget(self.working_radio, 0, 1)
        if self.items_mode:
            # The files ticked are the files sent, originals or working copies; no records
            # (persons, testimonies) go with them, so those two choices do not apply either.
            for widget in (self.originals_radio, self.working_radio, self.confidential_check,
                           self.consent_check, self.consent_combo):
                widget.setVisible(False)
            note = named(QLabel(self.tr(
                "The files ticked are sent, originals and working copies alike, with the case's "
                "reference and title so the recipient can file them; not its summary, persons or "
                "testimonies."), box), "sendChosenFilesNote")
            note.setWordWrap(True)
            set_role(note, "subtle")
            grid.addWidget(note, 4, 0, 1, 2)
        grid.addWidget(self.strip_check, 1, 0, 1, 2)
        grid.addWidget(self.confidential_check, 2, 0, 1, 2)
        grid.addWidget(self.consent_check, 3, 0)
        grid.addWidget(self.consent_combo, 3, 1)
        self.location_warning = named(QLabel(box), "locationWarning")
        self.location_warning.setWordWrap(True)
        # Room kept for it: the fields below must not move when it comes and goes.
        self.location_warning.setMinimumHeight(self.location_warning.fontMetrics().lineSpacing() * 3)
        set_role(self.location_warning, "error")
        grid.addWidget(self.location_warning, 5, 0, 1, 2)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Save the bundle as"), self)
        row = QHBoxLayout(box)
        self.out_edit = named(QLineEdit(box), "bundleOutputEdit")
        checked = self.chosen_refs() or self._case_refs_of_items
        stem = (checked[0] if len(checked) == 1 else "bundle") + ("-files" if self.items_mode else "")
        self._suggest(Path(QDir.homePath()), stem)
        choose = named(QPushButton(self.tr("Choose…"), box), "chooseBundleOutputButton")
        choose.clicked.connect(self._choose_output)
        row.addWidget(self.out_edit, 1)
        row.addWidget(choose)
        return box

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle as"), self.out_edit.text(),
                                              self.tr("Evidence Vault bundles") + " " + BUNDLE_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        file_dialog_history.forget()
        if path:
            self.out_edit.setText(path)

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Result"), self)
        self.summary = named(QPlainTextEdit(box), "bundleSummary")
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("What was sent, and what was left out and why, "
                                                "will be listed here."))
        QVBoxLayout(box).addWidget(self.summary)
        return box

    def _bottom_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.error = named(QLabel(self), "sendBundleError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.progress = named(QProgressBar(self), "bundleProgress")
        self.progress.setVisible(False)
        row = QHBoxLayout()
        self.send_button = named(QPushButton(self.tr("Send"), self), "sendBundleButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = named(QPushButton(self.tr("Close"), self), "sendBundleCancelButton")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        row.addWidget(self.progress, 1)
        row.addStretch(0)
        row.addWidget(self.send_button)
        row.addWidget(self.cancel_button)
        column.addWidget(self.error)
        column.addLayout(row)
        return column

    # -- running -----------------------------------------------------------------
    def chosen_refs(self) -> list[str]:
        return _ticked(self.case_list)

    def chosen_item_ids(self) -> list[str]:
        return _ticked(self.item_list)

    def chosen_recipients(self) -> list[str]:
        return _ticked(self.contact_list)

    def options(self) -> ExportOptions:
        consent = self.consent_combo.currentData() if self.consent_check.isChecked() else None
        copies = "working" if self.working_radio.isChecked() else "originals"
        return ExportOptions(copies="both" if self.items_mode else copies,
                             strip_location=self.strip_check.isChecked(),
                             leave_out_confidential=self.confidential_check.isChecked(),
                             consent_use=consent or None)

    def _problem(self) -> str | None:
        """What must be fixed before sending, as a sentence; None when all is ready."""
        if self.items_mode and not self.chosen_item_ids():
            return self.tr("Tick at least one file to send.")
        if not self.items_mode and not self.chosen_refs():
            return self.tr("Tick at least one case to send.")
        if self.to_contacts.isChecked() and not self.chosen_recipients():
            return self.tr("Tick at least one contact to encrypt the bundle to, or use a passphrase.")
        if self.to_passphrase.isChecked():
            if len(self.passphrase_edit.text()) < 12:
                return self.tr("Give the bundle a passphrase of at least 12 characters.")
            if self.passphrase_edit.text() != self.confirm_edit.text():
                return self.tr("The two passphrases are not the same.")
        if not self.out_edit.text().strip():
            return self.tr("Choose where to save the bundle.")
        if Path(self.out_edit.text().strip()).exists():
            return self.tr("A file with this name already exists; choose another name.")
        return None

    def send(self) -> Job | None:
        problem = self._problem()
        if problem is not None:
            self.error.setText(problem)
            self.summary.clear()   # an earlier result beside a new problem reads as a contradiction
            return None
        self.error.setText("")
        self.summary.clear()
        refs, out, options = self.chosen_refs(), Path(self.out_edit.text().strip()), self.options()
        self._located_when_sent = 0 if options.strip_location else self._located_images()
        item_ids = self.chosen_item_ids()
        recipients = self.chosen_recipients() if self.to_contacts.isChecked() else []
        passphrase = None if recipients else self.passphrase_edit.text()
        service = self.context.service(BundleService)

        def work(ctx: JobContext) -> ExportResult:
            return service.export(out, case_refs=refs, item_ids=item_ids, recipients=recipients,
                                  passphrase=passphrase,
                                  options=options, progress=lambda d, t: ctx.progress(d, t),
                                  cancel=ctx.cancelled)

        self._set_running(True)
        self.job = self.context.runner.start(self.tr("Writing the bundle…"), work,
                                             on_success=self._sent, on_failure=self._failed)
        self.job.progressed.connect(self._on_progress)
        self.job.cancelled.connect(self._cancelled)
        self.job.ended.connect(self._job_ended)
        return self.job

    def _job_ended(self) -> None:
        self._set_running(False)
        if self._close_when_done:
            self.reject()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.send_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        for box in self.findChildren(QGroupBox):
            if box.title() != self.tr("Result"):
                box.setEnabled(not running)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000 + 1)
            self.progress.setRange(0, total // scale)
            self.progress.setValue(done // scale)

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.error.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close box while writing: stop first, close when stopped
        (a lock has already stopped every job, so then it closes at once)."""
        if self.job is not None and self.job.running and not self.job.context.cancelled():
            self._close_when_done = True
            self._cancel_or_close()
            return
        super().reject()

    def _cancelled(self) -> None:
        self.cancel_button.setEnabled(True)
        self.error.setText(self.tr("The export was cancelled; no bundle file was left behind."))

    def _failed(self, sentence: str) -> None:
        self.error.setText(sentence)

    def _sent(self, result: ExportResult) -> None:
        self.result = result
        late = self.job is not None and self.job.context.cancelled()
        self.error.setText(self.tr("The bundle was already written when Cancel was pressed.") if late else "")
        self.summary.setPlainText(self.summary_text(result))
        self.context.notify(self.tr("Bundle written."))
        out = Path(self.out_edit.text().strip())   # ready for another send without a name clash
        stem = self._suggested[0] if out == self._suggested[1] else out.name.removesuffix(".evb")
        self._suggest(out.parent, stem)

    def _suggest(self, folder: Path, stem: str) -> None:
        """Offer ``stem.evb`` in ``folder`` or, if taken, ``stem-2.evb``… (stem kept for the next)."""
        path = free_name(folder, stem)
        self._suggested = (stem, path)
        self.out_edit.setText(str(path))

    def summary_text(self, result: ExportResult) -> str:
        contacts = self.context.service(ContactService)
        found = {r: contacts.by_recipient(r) for r in result.recipients}
        names = [(found[r].name if found[r] else r) for r in result.recipients]
        unverified = [found[r].name for r in result.recipients if found[r] and not found[r].verified]
        origin = (self.tr("chosen from %1.") if self.items_mode else self.tr("from %1.")).replace(
            "%1", ", ".join(self.chosen_refs() or self._case_refs_of_items))
        lines = [self.tr("Sent %n file(s)", "", result.items) + " " + origin] + self._contents_lines(result)
        if result.location_removed:
            lines.append(self.tr("Location (GPS) removed from %n image(s).", "", result.location_removed))
        if self._located_when_sent:
            lines.append(self.tr("Sent with the place they were taken (GPS): %n picture(s).", "",
                                 self._located_when_sent))
        lines += [self.tr("Encrypted to: %1").replace("%1", ", ".join(names)) if names
                  else self.tr("Protected by the passphrase you gave; tell it by another channel."),
                  self.tr("Saved as: %1").replace("%1", str(result.path)),
                  self.tr("Signed with your fingerprint %1.").replace("%1", result.fingerprint)]
        if unverified:
            lines.append(self.tr("Not verified in person: %1 — compare their key's fingerprint with "
                                 "them before relying on it.").replace("%1", ", ".join(unverified)))
        lines.append("")
        if result.left_out:
            lines.append(self.tr("Left out (%n):", "", len(result.left_out)))
            lines += ["  • " + left_out_sentence(left, self.vocab, self._what(left)) for left in result.left_out]
        elif self.items_mode:
            lines.append(self.tr("None of the ticked files was left out."))
        else:
            lines.append(self.tr("Nothing was left out."))
        return "\n".join(lines)

    def _contents_lines(self, result: ExportResult) -> list[str]:
        """The chosen files (and those left unticked), or the records that went with whole cases."""
        if not self.items_mode:
            return [self.tr("With them: %n person(s)", "", result.persons) + ", "
                    + self.tr("%n testimony(ies).", "", result.testimonies),
                    self.tr("Incidents, complaints, reparations and tags are not carried by "
                            "bundles; they stay in this vault.")]
        stripped = set(result.location_removed_from)
        lines = ["  • " + name + (" (" + self.tr("location removed") + ")" if name in stripped else "")
                 for name in result.file_names]
        unticked = [self.item_list.item(r).text() for r in range(self.item_list.count())
                    if self.item_list.item(r).checkState() != Qt.CheckState.Checked]
        if unticked:
            lines.append(self.tr("Not ticked, so not sent: %n file(s):", "", len(unticked)))
            lines += ["  ◦ " + name for name in unticked]
        lines.append(self.tr("With them only the case's reference and title: "
                             "no summary, persons or testimonies."))
        return lines

    def _what(self, left) -> str:  # noqa: ANN001
        """The file name, or the person's name unless it is confidential (it stays masked here too)."""
        try:
            if left.kind == "evidence":
                return self.context.service(EvidenceService).get_item(left.item_id).file_name
            if left.kind == "person":
                return self._person_name(left.item_id)
            if left.kind == "testimony":
                testimony = self.context.service(TestimonyService).get_testimony(left.item_id)
                if testimony.interviewee_id:
                    return self.tr("testimony of %1").replace("%1", self._person_name(testimony.interviewee_id))
                return (self.tr("testimony of %1").replace("%1", testimony.interviewee_name)
                        if testimony.interviewee_name else self.tr("no interviewee named"))
        except VaultError:
            pass
        return ""

    def _person_name(self, person_id: str) -> str:
        person = self.context.service(PersonService).get_person(person_id)
        return self.tr("name confidential") if "name" in person.confidential else person.name


def _ticked(view: QListWidget | None) -> list[str]:
    if view is None:
        return []
    return [view.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.count())
            if view.item(i).checkState() == Qt.CheckState.Checked]


def free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.evb``, or ``stem-2.evb``, ``stem-3.evb``… the first that does not exist."""
    candidate, n = folder / f"{stem}.evb", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.evb"
    return candidate
