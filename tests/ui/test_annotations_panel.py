"""Reviewer notes in the window: added through the real widgets on a real vault, shown in
the list, stored by the annotation service, audited; an empty note is refused with a
sentence; an item imported read-only from a bundle takes notes too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QToolButton

from evidencevault.services.annotations import AnnotationService
from evidencevault.services.bundles import BundleService
from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.services.testimonies import TestimonyService
from evidencevault.services.vault import create_vault
from evidencevault.ui.annotations_panel import AnnotationsPanel
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from tests.ui.helpers import child, click, make_jpeg

BUNDLE_PASSPHRASE = "a long passphrase only for this bundle"


def context(session, said: list | None = None) -> WorkspaceContext:
    return WorkspaceContext(session, JobRunner(), (said if said is not None else []).append)


def local_item(session, tmp_path):
    case = CaseService(session).add_case("Case", ref="C-9")
    make_jpeg(tmp_path / "bruise.jpg")
    [item] = EvidenceService(session).add_files(case.ref, [tmp_path / "bruise.jpg"])
    return item


def open_panel(qtbot, session, kind: str, target_id: str, said: list | None = None) -> AnnotationsPanel:
    panel = AnnotationsPanel(context(session, said))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_target(kind, target_id)
    return panel


def write(qtbot, panel, note: str, rating: str = "") -> None:
    edit = child(panel, QPlainTextEdit, "annotationNoteEdit")
    edit.setFocus()
    if note.isascii() and note.isprintable():
        qtbot.keyClicks(edit, note)
    else:
        edit.setPlainText(note)   # QTest cannot type Cyrillic, tabs or line breaks
    box = child(panel, QComboBox, "annotationReliabilityCombo")
    box.setCurrentIndex(box.findData(rating))


def annotation_audit(session, annotation_id: str) -> list:
    return [e for e in session.audit.entries() if e.action == "annotation.create" and e.target_id == annotation_id]


def test_a_note_added_on_an_evidence_item_is_listed_stored_and_audited(qtbot, session, tmp_path):
    item = local_item(session, tmp_path)
    said: list[str] = []
    panel = open_panel(qtbot, session, "evidence", item.id, said)
    listing = child(panel, QListWidget, "annotationList")
    assert listing.count() == 0 and child(panel, QLabel, "annotationsEmpty").text() == "No notes yet."
    write(qtbot, panel, "Bruise matches the testimony of 3 May.", "probably_true")
    click(qtbot, panel, "addAnnotationButton")

    [stored] = AnnotationService(session).annotations_on("evidence", item.id)
    assert stored.note == "Bruise matches the testimony of 3 May." and stored.reliability == "probably_true"
    assert stored.reviewer and stored.case_id == item.case_id
    assert listing.count() == 1 and listing.isVisible()
    shown = listing.item(0).text()
    assert "probably true" in shown and "Bruise matches the testimony of 3 May." in shown
    assert stored.reviewer in shown
    assert child(panel, QToolButton, "annotationsToggle").text() == "Reviewer notes (1)"
    [entry] = annotation_audit(session, stored.id)
    assert entry.details["target_id"] == item.id and entry.details["reliability"] == "probably_true"
    assert "Bruise" not in str(entry.details)       # the note's words stay out of the audit log
    assert child(panel, QPlainTextEdit, "annotationNoteEdit").toPlainText() == ""
    assert child(panel, QComboBox, "annotationReliabilityCombo").currentData() == ""
    assert said and "unchanged" in said[-1]
    assert EvidenceService(session).get_item(item.id).reliability == item.reliability  # the item is untouched


def test_ctrl_enter_adds_and_a_second_target_has_its_own_list(qtbot, session, tmp_path):
    item = local_item(session, tmp_path)
    testimony = TestimonyService(session).add_testimony("C-9", "They took him at night.")
    panel = open_panel(qtbot, session, "testimony", testimony.id)
    write(qtbot, panel, "Consistent with the neighbour's account.")
    qtbot.keyClick(child(panel, QPlainTextEdit, "annotationNoteEdit"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    [stored] = AnnotationService(session).annotations_on("testimony", testimony.id)
    assert stored.note == "Consistent with the neighbour's account." and stored.reliability == ""
    assert child(panel, QListWidget, "annotationList").count() == 1
    panel.show_target("evidence", item.id)
    assert child(panel, QListWidget, "annotationList").count() == 0
    panel.show_target(None, None)
    assert not child(panel, QPushButton, "addAnnotationButton").isEnabled()
    assert "Save the record first" in child(panel, QLabel, "annotationsEmpty").text()


@pytest.mark.parametrize("note", ["", "   \n\t  "])
def test_an_empty_note_is_refused_with_a_sentence_and_nothing_is_stored(qtbot, session, tmp_path, note):
    item = local_item(session, tmp_path)
    panel = open_panel(qtbot, session, "evidence", item.id)
    before = len(session.audit.entries())
    write(qtbot, panel, note, "doubtful")
    click(qtbot, panel, "addAnnotationButton")
    assert child(panel, QLabel, "annotationError").text() == "Write the note first; an empty note is not added."
    assert AnnotationService(session).annotations_on("evidence", item.id) == []
    assert len(session.audit.entries()) == before
    assert child(panel, QListWidget, "annotationList").count() == 0
    write(qtbot, panel, "Now with words.")
    click(qtbot, panel, "addAnnotationButton")
    assert child(panel, QLabel, "annotationError").text() == ""
    assert len(AnnotationService(session).annotations_on("evidence", item.id)) == 1


def test_a_record_deleted_meanwhile_is_a_sentence_not_a_crash(qtbot, session, tmp_path):
    item = local_item(session, tmp_path)
    panel = open_panel(qtbot, session, "evidence", "0" * 32)   # no such item
    write(qtbot, panel, "A note on nothing.")
    click(qtbot, panel, "addAnnotationButton")
    assert child(panel, QLabel, "annotationError").text()
    assert session.db.query_one("SELECT count(*) AS n FROM annotation")["n"] == 0
    assert item.id  # the real item is still there, without notes
    assert AnnotationService(session).annotations_on("evidence", item.id) == []


@pytest.fixture
def imported_item(session, tmp_path, fast_kdf):
    """A photo sent from another vault as a passphrase bundle and imported here read-only."""
    created = create_vault(tmp_path / "sender", "the sender's own long passphrase", kdf=fast_kdf)
    try:
        CaseService(created.session).add_case("Detention of A.", ref="C-1")
        make_jpeg(tmp_path / "injury.jpg")
        EvidenceService(created.session).add_files("C-1", [tmp_path / "injury.jpg"])
        BundleService(created.session).export(tmp_path / "c1.evb", case_refs=["C-1"], passphrase=BUNDLE_PASSPHRASE)
    finally:
        created.session.close()
    BundleService(session).import_bundle(tmp_path / "c1.evb", passphrase=BUNDLE_PASSPHRASE)
    [case] = CaseService(session).list_cases()
    [item] = [i for i in EvidenceService(session).list_items(case.ref) if not i.is_working_copy]
    assert item.read_only
    return item


def test_an_imported_read_only_item_takes_a_note_in_the_viewer(qtbot, session, imported_item):
    from evidencevault.ui.tabs.evidence_viewer import EvidenceViewer

    viewer = EvidenceViewer(context(session), imported_item)
    qtbot.addWidget(viewer)
    viewer.show()
    panel = child(viewer, AnnotationsPanel, "annotationsPanel")
    assert panel.target == ("evidence", imported_item.id) and panel.isVisible()
    side = child(viewer, QScrollArea, "viewerSideScroll")   # details and notes scroll together, none cut
    assert side.minimumSizeHint().width() > side.widget().minimumSizeHint().width()
    assert side.widget().minimumSizeHint().width() >= panel.minimumSizeHint().width()
    write(qtbot, panel, "Original received from the monitor; looks genuine.", "confirmed")
    click(qtbot, panel, "addAnnotationButton")
    [stored] = AnnotationService(session).annotations_on("evidence", imported_item.id)
    assert stored.reliability == "confirmed" and not stored.read_only
    assert "confirmed" in child(panel, QListWidget, "annotationList").item(0).text()
    assert annotation_audit(session, stored.id)
    after = EvidenceService(session).get_item(imported_item.id)
    assert after.read_only and after.sha256 == imported_item.sha256 and after.reliability == imported_item.reliability


def test_the_testimonies_tab_folds_notes_under_the_editor_for_the_chosen_testimony(qtbot, session):
    from evidencevault.ui.tabs.testimonies import TestimoniesTab

    case = CaseService(session).add_case("Case", ref="C-7")
    first = TestimonyService(session).add_testimony("C-7", "They took him at night.")
    second = TestimonyService(session).add_testimony("C-7", "I saw the car.")
    AnnotationService(session).annotate("testimony", second.id, "Seen from the window.")
    tab = TestimoniesTab(context(session))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.show_case(case)
    panel = child(tab, AnnotationsPanel, "annotationsPanel")
    assert panel.target is None and not panel.body.isVisible()    # a new testimony: nothing to annotate yet
    click(qtbot, panel, "annotationsToggle")
    assert panel.body.isVisible() and not child(panel, QPushButton, "addAnnotationButton").isEnabled()
    tab.table.selectRow(tab.model.row_of(first.id))
    assert panel.target == ("testimony", first.id) and child(panel, QListWidget, "annotationList").count() == 0
    write(qtbot, panel, "The date is uncertain.", "possibly_true")
    click(qtbot, panel, "addAnnotationButton")
    assert [a.note for a in AnnotationService(session).annotations_on("testimony", first.id)] == ["The date is uncertain."]
    assert TestimonyService(session).get_testimony(first.id).text == "They took him at night."
    tab.table.selectRow(tab.model.row_of(second.id))
    assert child(panel, QListWidget, "annotationList").count() == 1
    assert child(panel, QToolButton, "annotationsToggle").text() == "Reviewer notes (1)"


def russian(source: str) -> str:
    """The catalogue's Russian for one of the panel's strings (it must have one)."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("AnnotationsPanel", source)
    assert text != source and any("а" <= ch <= "я" for ch in text.lower()), source
    return text


def test_the_panel_speaks_russian_with_russian_ratings(qtbot, qapp, session, tmp_path):
    from evidencevault.ui import i18n

    item = local_item(session, tmp_path)
    assert i18n.install(qapp, "ru") == "ru"
    try:
        panel = open_panel(qtbot, session, "evidence", item.id)
        assert child(panel, QPushButton, "addAnnotationButton").text() == russian("Add note")
        assert child(panel, QComboBox, "annotationReliabilityCombo").itemText(0) == russian("not rated")
        click(qtbot, panel, "addAnnotationButton")
        assert child(panel, QLabel, "annotationError").text() == russian(
            "Write the note first; an empty note is not added.")
        write(qtbot, panel, "Синяк совпадает с показаниями.", "probably_true")
        click(qtbot, panel, "addAnnotationButton")
        assert "вероятно, достоверно" in child(panel, QListWidget, "annotationList").item(0).text()
        assert child(panel, QToolButton, "annotationsToggle").text() == russian("Reviewer notes (%1)").replace("%1", "1")
    finally:
        i18n.install(qapp, "en")
