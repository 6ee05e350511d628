"""Bundles through the window: identity and contacts, Send bundle (background job, summary,
Cancel), Open bundle (verify report, import read-only, twice changes nothing, tampering refused).
Real vaults, real age files, the real widgets driven offscreen."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from evidencevault.bundle import agefile
from evidencevault.services.bundles import BundleService, ExportOptions
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.persons import PersonService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.services.vault import create_vault
from evidencevault.ui.bundles.identity_dialog import IdentityDialog
from evidencevault.ui.main_window import MainWindow
from tests.ui.helpers import child, click, drop_files, make_jpeg, type_into

LAWYER_PASSPHRASE = "the lawyer's own long passphrase"


@pytest.fixture
def sender(session, tmp_path):
    """A monitor's vault: case C-1 with a photo (GPS), a letter, a confidential witness and
    a testimony whose consent refuses legal action."""
    CaseService(session).add_case("Detention of A.", ref="C-1")
    folder = tmp_path / "incoming"
    folder.mkdir()
    make_jpeg(folder / "injury.jpg")
    (folder / "letter.txt").write_text("Ответ прокуратуры", encoding="utf-8")
    EvidenceService(session).add_files("C-1", [folder])
    PersonService(session).add_person("C-1", "Secret Witness", confidential=["name"])
    TestimonyService(session).add_testimony("C-1", "Do not share.", consent={"legal_action": "refused"})
    return session


@pytest.fixture
def lawyer(tmp_path, fast_kdf):
    created = create_vault(tmp_path / "lawyer", LAWYER_PASSPHRASE, kdf=fast_kdf)
    yield created.session
    created.session.close()


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def send_dialog_for(qtbot, window, case_ref: str):
    case = window.workspace.cases.get_case(case_ref)
    window.workspace.case_list.select_case(case.id)
    window.findChild(type(window.bundle_actions.send_action), "actionSendBundle").trigger()
    dialog = window.findChild(object, "sendBundleDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def tick(list_widget, row: int = 0) -> None:
    list_widget.item(row).setCheckState(Qt.CheckState.Checked)


def test_identity_is_shown_and_copy_puts_the_key_on_the_clipboard(qtbot, session):
    me = ContactService(session).identity()
    dialog = IdentityDialog(ContactService(session))
    qtbot.addWidget(dialog)
    dialog.show()
    assert child(dialog, QLineEdit, "recipientField").text() == me.recipient
    assert me.recipient.startswith("age1")
    assert child(dialog, QLineEdit, "fingerprintField").text() == me.fingerprint
    click(qtbot, dialog, "copyRecipientButton")
    assert QGuiApplication.clipboard().text() == me.recipient
    click(qtbot, dialog, "copyFingerprintButton")
    assert QGuiApplication.clipboard().text() == me.fingerprint


def test_contacts_bad_key_is_a_sentence_then_add_verify_remove(qtbot, qtmodeltester, session):
    contacts = ContactService(session)
    dialog = IdentityDialog(contacts)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, QLineEdit, "contactNameEdit", "Lawyer N.")
    type_into(qtbot, dialog, QLineEdit, "contactKeyEdit", "age1thisisnotakey")
    click(qtbot, dialog, "addContactButton")
    assert "not an age key" in child(dialog, QLabel, "contactStatus").text()
    assert contacts.list_contacts() == [] and dialog.model.rowCount() == 0
    assert child(dialog, QLineEdit, "contactKeyEdit").text() == "age1thisisnotakey"  # kept to fix

    _secret, recipient = agefile.new_identity()   # a key made outside our program
    child(dialog, QLineEdit, "contactKeyEdit").setText(recipient)
    click(qtbot, dialog, "addContactButton")
    assert [c.recipient for c in contacts.list_contacts()] == [recipient]
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)

    dialog.table.selectRow(0)
    click(qtbot, dialog, "toggleVerifiedButton")   # no fingerprint recorded: refused in words
    assert "fingerprint" in child(dialog, QLabel, "contactStatus").text()
    assert not contacts.list_contacts()[0].verified

    fingerprint = ContactService(session).identity().fingerprint
    other_secret, other = agefile.new_identity()
    child(dialog, QLineEdit, "contactNameEdit").setText("Anna")
    child(dialog, QLineEdit, "contactKeyEdit").setText(other)
    child(dialog, QLineEdit, "contactFingerprintEdit").setText(fingerprint.replace(" ", ""))
    click(qtbot, dialog, "addContactButton")
    assert dialog.model.rowCount() == 2 and dialog.model.contact_at(0).name == "Anna"
    dialog.table.selectRow(0)
    click(qtbot, dialog, "toggleVerifiedButton")
    assert contacts.by_recipient(other).verified
    assert dialog.model.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(dialog.model)

    dialog.remove_now(0)
    assert [c.name for c in contacts.list_contacts()] == ["Lawyer N."]
    assert dialog.model.rowCount() == 1
    assert "contact.remove" in [e.action for e in session.audit.entries()]
    child(dialog, QLineEdit, "contactNameEdit").setText("Anna again")   # a removed key can come back
    child(dialog, QLineEdit, "contactKeyEdit").setText(other)
    click(qtbot, dialog, "addContactButton")
    assert sorted(c.name for c in contacts.list_contacts()) == ["Anna again", "Lawyer N."]
    assert not contacts.by_recipient(other).verified


def test_send_from_a_to_b_then_open_verify_and_import_read_only(qtbot, sender, lawyer, tmp_path):
    ContactService(sender).add_contact("Lawyer N.", ContactService(lawyer).identity().recipient)
    window_a = open_window(qtbot, sender)
    dialog = send_dialog_for(qtbot, window_a, "C-1")
    assert dialog.chosen_refs() == ["C-1"]          # the current case, ticked already
    tick(dialog.contact_list)
    child(dialog, QCheckBox, "leaveOutConfidentialCheck").setChecked(True)
    child(dialog, QCheckBox, "respectConsentCheck").setChecked(True)   # legal action by default
    warning = child(dialog, QLabel, "locationWarning")
    assert warning.text().startswith("Pictures to send that show where they were taken (GPS): 1.")
    below = child(dialog, QLineEdit, "bundleOutputEdit").mapTo(dialog, child(dialog, QLineEdit,
                                                                                "bundleOutputEdit").rect().topLeft())
    child(dialog, QCheckBox, "stripLocationCheck").setChecked(True)
    assert warning.text() == ""
    assert child(dialog, QLineEdit, "bundleOutputEdit").mapTo(dialog, child(
        dialog, QLineEdit, "bundleOutputEdit").rect().topLeft()) == below   # nothing below it moved
    out = tmp_path / "usb" / "C-1.evb"
    out.parent.mkdir()
    child(dialog, QLineEdit, "bundleOutputEdit").setText(str(out))
    click(qtbot, dialog, "sendBundleButton")
    assert dialog.job is not None
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30000)
    assert dialog.result is not None, child(dialog, QLabel, "sendBundleError").text()
    assert out.exists() and out.stat().st_size > 0
    summary = child(dialog, QPlainTextEdit, "bundleSummary").toPlainText()
    assert "Sent 2 files" in summary and "Lawyer N." in summary
    assert "A person" in summary and "marked confidential" in summary
    assert "A testimony" in summary and "was refused" in summary
    assert "name confidential" in summary and "Secret Witness" not in summary  # masked here too
    assert "With them: 0 persons, 0 testimonies." in summary
    assert "Incidents, complaints, reparations and tags are not carried" in summary
    assert "Location (GPS) removed from 1 image." in summary

    me = ContactService(sender).identity()
    ContactService(lawyer).add_contact("Monitor R.", me.recipient, me.fingerprint, verified=True)
    window_b = open_window(qtbot, lawyer)
    drop_files(window_b, [out])                      # a bundle dropped on the window opens it
    opened = window_b.findChild(object, "openBundleDialog")
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: opened.report is not None, timeout=30000)
    assert opened.report.ok and opened.report.hashes_checked == 2
    assert child(opened, QLabel, "report_files").text() == \
        "2 files; 1 of them copies the sender made (redacted or location removed)"
    assert child(opened, QLabel, "report_fingerprint").text() == ContactService(sender).identity().fingerprint
    assert child(opened, QLabel, "report_sender").text() == "Monitor R., verified in person."
    assert "consistent" in child(opened, QLabel, "report_audit").text()
    assert "All is well" in child(opened, QLabel, "reportVerdict").text()
    assert CaseService(lawyer).count_cases() == 0    # verifying imports nothing

    click(qtbot, opened, "importBundleButton")
    qtbot.waitUntil(lambda: opened.result is not None, timeout=30000)
    assert "Imported 2 files" in child(opened, QLabel, "openBundleMessage").text()
    [ref] = opened.result.case_refs
    items = EvidenceService(lawyer).list_items(ref)
    assert len(items) == 2 and all(item.read_only for item in items)
    case_view = window_b.workspace.case_view
    assert case_view.tabs.currentWidget() is case_view.pages["evidence"]
    gallery = case_view.pages["evidence"].model
    assert gallery.rowCount() == 2
    assert all("(read-only)" in gallery.index(row, 0).data() for row in range(2))
    labels = sorted(gallery.index(row, 0).data() for row in range(2))
    assert labels[0] == "injury.jpg · location removed (read-only)"   # stripped by the sender
    assert child(case_view.pages["evidence"], QLabel, "evidenceCounts").text() == "1 original, 1 working copy"
    assert window_b.workspace.case_list.current_case().ref == ref

    click(qtbot, opened, "verifyBundleButton")       # the same bundle again
    qtbot.waitUntil(lambda: opened.report is not None and not opened.busy(), timeout=30000)
    click(qtbot, opened, "importBundleButton")
    qtbot.waitUntil(lambda: opened.result is not None, timeout=30000)
    assert "already imported; nothing was changed" in child(opened, QLabel, "openBundleMessage").text()
    assert len(EvidenceService(lawyer).list_items(ref)) == 2


def test_a_tampered_bundle_is_a_sentence_and_nothing_is_imported(qtbot, sender, lawyer, tmp_path):
    path = BundleService(sender).export(tmp_path / "c.evb", case_refs=["C-1"],
                                        recipients=[ContactService(lawyer).identity().recipient]).path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    window = open_window(qtbot, lawyer)
    opened = window.bundle_actions.open_bundle(path)
    qtbot.waitUntil(lambda: not opened.busy(), timeout=30000)
    message = child(opened, QLabel, "openBundleMessage").text()
    assert "damaged" in message and "Nothing was imported" in message
    assert opened.report is None and not child(opened, QPushButton, "importBundleButton").isEnabled()
    assert opened.import_now() is None
    assert CaseService(lawyer).count_cases() == 0
    assert lawyer.db.query_one("SELECT count(*) AS n FROM bundle_import")["n"] == 0


def test_passphrase_must_be_confirmed_and_cancel_leaves_no_file(qtbot, sender, tmp_path):
    big = tmp_path / "big"
    big.mkdir()
    for n in range(4):
        (big / f"recording-{n}.bin").write_bytes(os.urandom(40_000_000))
    EvidenceService(sender).add_files("C-1", [big])
    window = open_window(qtbot, sender)
    dialog = send_dialog_for(qtbot, window, "C-1")
    out = tmp_path / "c.evb"
    child(dialog, QLineEdit, "bundleOutputEdit").setText(str(out))
    click(qtbot, dialog, "toPassphraseRadio")
    child(dialog, QLineEdit, "bundlePassphraseEdit").setText("a long shared passphrase")
    child(dialog, QLineEdit, "bundlePassphraseConfirmEdit").setText("a long shared passphrase!")
    click(qtbot, dialog, "sendBundleButton")
    assert dialog.job is None and "not the same" in child(dialog, QLabel, "sendBundleError").text()
    child(dialog, QLineEdit, "bundlePassphraseConfirmEdit").setText("a long shared passphrase")
    click(qtbot, dialog, "sendBundleButton")
    job = dialog.job
    with qtbot.waitSignal(job.progressed, timeout=30000):
        pass
    click(qtbot, dialog, "sendBundleCancelButton")
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    assert "cancelled" in child(dialog, QLabel, "sendBundleError").text()
    assert dialog.result is None and not out.exists()
    assert list(tmp_path.glob("c.evb*")) == []
    assert child(dialog, QPushButton, "sendBundleButton").isEnabled()

    click(qtbot, dialog, "sendBundleButton")          # again, then Esc: it stops, then closes
    job = dialog.job
    with qtbot.waitSignal(job.progressed, timeout=30000):
        pass
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and job.context.cancelled()
    with qtbot.waitSignal(job.ended, timeout=30000):
        pass
    qtbot.waitUntil(lambda: window.findChild(QDialog, "sendBundleDialog") is None, timeout=5000)
    assert not out.exists() and list(tmp_path.glob("c.evb*")) == []


def test_every_control_is_named_and_a_lock_closes_the_dialogs(qtbot, sender, tmp_path):
    from tests.ui.test_shell import INTERACTIVE, _internal

    ContactService(sender).add_contact("Lawyer N.", agefile.new_identity()[1])
    path = BundleService(sender).export(tmp_path / "c.evb", case_refs=["C-1"],
                                        recipients=[ContactService(sender).identity().recipient]).path
    window = open_window(qtbot, sender)
    window.workspace.case_list.select_case(window.workspace.cases.get_case("C-1").id)
    dialogs = [window.bundle_actions.show_identity(), window.bundle_actions.send_bundle(),
               window.bundle_actions.open_bundle(path)]
    qtbot.waitUntil(lambda: dialogs[2].report is not None, timeout=30000)
    for dialog in dialogs:
        unnamed = [f"{type(w).__name__} in {dialog.objectName()}" for w in dialog.findChildren(QWidget)
                   if isinstance(w, INTERACTIVE) and not w.objectName() and not _internal(w)]
        assert unnamed == []
    names = [d.objectName() for d in dialogs]
    window.lock()
    qtbot.waitUntil(lambda: not any(window.findChild(QDialog, n) for n in names), timeout=5000)
    assert not window.bundle_actions.send_action.isEnabled()


def test_a_passphrase_bundle_opens_only_with_its_passphrase(qtbot, sender, lawyer, tmp_path):
    path = BundleService(sender).export(tmp_path / "p.evb", case_refs=["C-1"],
                                        passphrase="the shared bundle passphrase").path
    window = open_window(qtbot, lawyer)
    opened = window.bundle_actions.open_bundle(path)
    qtbot.waitUntil(lambda: not opened.busy(), timeout=30000)
    message = child(opened, QLabel, "openBundleMessage")
    assert opened.report is None and "Nothing was imported" in message.text()
    child(opened, QCheckBox, "bundleHasPassphraseCheck").setChecked(True)
    child(opened, QLineEdit, "openBundlePassphraseEdit").setText("a wrong guess at it")
    click(qtbot, opened, "verifyBundleButton")
    qtbot.waitUntil(lambda: not opened.busy(), timeout=30000)
    assert "passphrase does not open this bundle" in message.text() and opened.report is None
    child(opened, QLineEdit, "openBundlePassphraseEdit").setText("the shared bundle passphrase")
    click(qtbot, opened, "verifyBundleButton")
    qtbot.waitUntil(lambda: opened.report is not None, timeout=30000)
    assert opened.report.ok
    assert "Not in your contacts" in child(opened, QLabel, "report_sender").text()
    click(qtbot, opened, "importBundleButton")
    qtbot.waitUntil(lambda: opened.result is not None, timeout=30000)
    assert opened.result.items_added == 2 and CaseService(lawyer).count_cases() == 1


def test_selected_files_go_alone_from_the_evidence_tab(qtbot, sender, lawyer, tmp_path):
    """Select one file in the gallery, Send selected…: the bundle holds that file and no records."""
    ContactService(sender).add_contact("Lawyer N.", ContactService(lawyer).identity().recipient)
    window = open_window(qtbot, sender)
    window.workspace.case_list.select_case(window.workspace.cases.get_case("C-1").id)
    tab = window.workspace.case_view.show_tab("evidence")
    send = child(tab, QPushButton, "sendSelectedEvidenceButton")
    assert not send.isEnabled()                      # nothing selected yet
    letter_row = [i.file_name for i in tab.model.items()].index("letter.txt")
    tab.gallery.selectionModel().select(tab.model.index(letter_row, 0),
                                        tab.gallery.selectionModel().SelectionFlag.Select)
    assert send.isEnabled() and send.text() == "Send 1 selected…"
    click(qtbot, tab, "sendSelectedEvidenceButton")
    dialog = window.findChild(QDialog, "sendBundleDialog")
    assert dialog is not None and dialog.isVisible() and dialog.items_mode
    assert dialog.chosen_refs() == [] and len(dialog.chosen_item_ids()) == 1
    assert not child(dialog, QWidget, "originalsRadio").isVisible()
    assert child(dialog, QLineEdit, "bundleOutputEdit").text().endswith("C-1-files.evb")

    tick(dialog.contact_list)
    dialog.item_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    out = tmp_path / "letter.evb"
    child(dialog, QLineEdit, "bundleOutputEdit").setText(str(out))
    click(qtbot, dialog, "sendBundleButton")
    assert dialog.job is None and child(dialog, QLabel, "sendBundleError").text() == \
        "Tick at least one file to send."
    dialog.item_list.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog, "sendBundleButton")
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.running, timeout=30000)
    assert dialog.result is not None, child(dialog, QLabel, "sendBundleError").text()
    summary = child(dialog, QPlainTextEdit, "bundleSummary").toPlainText()
    assert "Sent 1 file chosen from C-1." in summary and "  • letter.txt" in summary
    assert "Not ticked" not in summary
    assert "no summary, persons or testimonies" in summary
    assert "Not verified in person: Lawyer N." in summary
    assert child(dialog, QLineEdit, "bundleOutputEdit").text() == str(tmp_path / "letter-2.evb")
    click(qtbot, dialog, "sendBundleButton")                  # again: a new name, no clash
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30000)
    assert (tmp_path / "letter-2.evb").exists()
    assert child(dialog, QLineEdit, "bundleOutputEdit").text() == str(tmp_path / "letter-3.evb")

    result = BundleService(lawyer).import_bundle(out)
    assert result.items_added == 1 and result.records_added == 0
    [ref] = result.case_refs
    assert [i.file_name for i in EvidenceService(lawyer).list_items(ref)] == ["letter.txt"]


def test_the_case_list_filters_as_you_type_and_keeps_ticks(qtbot, sender):
    CaseService(sender).add_case("Arrest in Nukus", ref="KK-2")
    CaseService(sender).add_case("Задержание в Андижане", ref="AN-3")
    window = open_window(qtbot, sender)
    dialog = send_dialog_for(qtbot, window, "C-1")
    shown = lambda: [dialog.case_list.item(r).data(Qt.ItemDataRole.UserRole)  # noqa: E731
                     for r in range(dialog.case_list.count()) if not dialog.case_list.item(r).isHidden()]
    assert sorted(shown()) == ["AN-3", "C-1", "KK-2"]
    type_into(qtbot, dialog, QLineEdit, "bundleCaseFilter", "nukus")   # typed, as a user would
    assert shown() == ["KK-2"]
    assert dialog.chosen_refs() == ["C-1"]          # still ticked while hidden
    child(dialog, QLineEdit, "bundleCaseFilter").setText("АНДИЖ")    # (keyClicks is ASCII only)
    assert shown() == ["AN-3"]
    child(dialog, QLineEdit, "bundleCaseFilter").clear()
    assert len(shown()) == 3


def test_the_import_message_counts_files_already_here_and_records(qtbot, sender, lawyer, tmp_path):
    recipient = ContactService(lawyer).identity().recipient
    PersonService(sender).add_person("C-1", "Open Witness")
    [letter] = [i for i in EvidenceService(sender).list_items("C-1") if i.file_name == "letter.txt"]
    first = BundleService(sender).export(tmp_path / "letter.evb", item_ids=[letter.id], recipients=[recipient])
    BundleService(lawyer).import_bundle(first.path)
    whole = BundleService(sender).export(tmp_path / "whole.evb", case_refs=["C-1"], recipients=[recipient])
    window = open_window(qtbot, lawyer)
    opened = window.bundle_actions.open_bundle(whole.path)
    qtbot.waitUntil(lambda: opened.report is not None, timeout=30000)
    assert "entries of the sender's log, consistent with the log as they signed it" in \
        child(opened, QLabel, "report_audit").text()
    assert child(opened, QLabel, "report_cases").text() == "C-1 — Detention of A."
    assert child(opened, QLabel, "report_cases").textFormat() == Qt.TextFormat.PlainText   # sender's text
    assert child(opened, QLabel, "report_records").text() == "2 persons, 1 testimony"
    click(qtbot, opened, "importBundleButton")
    qtbot.waitUntil(lambda: opened.result is not None, timeout=30000)
    message = child(opened, QLabel, "openBundleMessage").text()
    assert message.startswith("Imported 1 file into ")
    assert "Already in this vault, not copied again: 1 file." in message
    assert "Also 2 persons, 1 testimony." in message


def test_case_menu_send_chosen_files_leads_to_the_gallery_then_sends_the_selection(qtbot, sender):
    window = open_window(qtbot, sender)
    action = window.findChild(type(window.bundle_actions.send_action), "actionSendChosenFiles")
    window.workspace.case_list.select_case(window.workspace.cases.get_case("C-1").id)
    action.trigger()                                   # nothing selected: it shows the way
    case_view = window.workspace.case_view
    assert case_view.tabs.currentWidget() is case_view.pages["evidence"]
    assert "Select the files to send" in window.statusBar().currentMessage()
    assert window.findChild(QDialog, "sendBundleDialog") is None
    tab = case_view.pages["evidence"]
    tab.gallery.selectAll()
    action.trigger()
    dialog = window.findChild(QDialog, "sendBundleDialog")
    assert dialog is not None and dialog.items_mode and len(dialog.chosen_item_ids()) == 2


def test_the_next_default_name_keeps_the_case_reference(qtbot, sender, tmp_path, monkeypatch):
    """A reference like C-2026-0001 ends in digits: the next name is C-2026-0001-2, not C-2026."""
    from PySide6.QtCore import QDir

    CaseService(sender).add_case("Ends in digits", ref="C-2026-0001")
    PersonService(sender).add_person("C-2026-0001", "Someone to send")
    ContactService(sender).add_contact("Lawyer N.", agefile.new_identity()[1])
    monkeypatch.setattr(QDir, "homePath", staticmethod(lambda: str(tmp_path)))
    window = open_window(qtbot, sender)
    dialog = send_dialog_for(qtbot, window, "C-2026-0001")
    tick(dialog.contact_list)
    assert dialog.chosen_refs() == ["C-2026-0001"]
    out = child(dialog, QLineEdit, "bundleOutputEdit")
    assert out.text() == str(tmp_path / "C-2026-0001.evb")
    for expected_next in ("C-2026-0001-2.evb", "C-2026-0001-3.evb"):
        dialog.send()
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=30000)
        assert dialog.result is not None, child(dialog, QLabel, "sendBundleError").text()
        assert out.text() == str(tmp_path / expected_next)
