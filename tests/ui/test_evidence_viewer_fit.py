"""Evidence viewer: fits a 1366×768 screen, has a Close button, and sets source and reliability."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.ui import i18n
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.evidence_viewer import EvidenceViewer
from tests.ui.helpers import child, make_jpeg


def open_viewer(qtbot, session, tmp_path):
    case = CaseService(session).add_case("Case")
    make_jpeg(tmp_path / "bruise-photographed-at-the-hospital-by-the-family.jpg")
    [item] = EvidenceService(session).add_files(case.ref, [tmp_path / "bruise-photographed-at-the-hospital-by-the-family.jpg"])
    viewer = EvidenceViewer(WorkspaceContext(session, JobRunner(), lambda t: None), item)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view.pixmap_item is not None, timeout=10000)
    return viewer, item


@pytest.mark.parametrize("language", ["en", "ru"])
def test_viewer_fits_a_small_laptop_screen_and_closes_with_a_button(qtbot, qapp, session, tmp_path, language):
    i18n.install(qapp, language)
    try:
        viewer, _item = open_viewer(qtbot, session, tmp_path)
        viewer.setStyleSheet(i18n.resource_file("style.qss").read_text(encoding="utf-8"))
        minimum = viewer.minimumSizeHint()
        assert minimum.width() <= 1366 - 40 and minimum.height() <= 768 - 80, minimum
        screen = viewer.screen().availableGeometry()
        # opened no larger than the screen allows (the offscreen screen is 800×800: then its minimum)
        assert viewer.width() <= max(screen.width() - 40, minimum.width())
        assert viewer.height() <= max(screen.height() - 60, minimum.height())
        close = child(viewer, QPushButton, "viewerCloseButton")
        assert isinstance(close.parent(), QDialogButtonBox) and close.isVisible()
        close.click()
        assert not viewer.isVisible()
    finally:
        i18n.install(qapp, "en")


def test_source_and_reliability_set_in_the_viewer(qtbot, session, tmp_path):
    viewer, item = open_viewer(qtbot, session, tmp_path)
    changed = []
    viewer.item_changed.connect(changed.append)
    save = child(viewer, QPushButton, "saveSourceButton")
    assert not save.isEnabled()  # nothing changed yet
    source = child(viewer, QLineEdit, "evidenceSourceEdit")
    source.setFocus()
    qtbot.keyClicks(source, "Sister of the victim, on a USB stick")
    box = child(viewer, QComboBox, "evidenceReliabilityCombo")
    box.setCurrentIndex(box.findData("probably_true"))
    assert save.isEnabled()
    save.click()
    stored = EvidenceService(session).get_item(item.id)
    assert (stored.source, stored.reliability) == ("Sister of the victim, on a USB stick", "probably_true")
    assert changed and changed[-1].reliability == "probably_true"
    assert not save.isEnabled()
    assert child(viewer, QLabel, "sourceError").text() == ""
    assert child(viewer, QWidget, "metadataPanel").isVisible()


def test_source_and_reliability_given_when_adding_files(qtbot, session, tmp_path):
    from evidencevault.ui.tabs.evidence import EvidenceTab

    case = CaseService(session).add_case("Case")
    tab = EvidenceTab(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(case)
    child(tab, QLineEdit, "intakeSourceEdit").setText("Mother of the victim")
    box = child(tab, QComboBox, "intakeReliabilityCombo")
    assert box.currentData() == "cannot_be_judged"
    box.setCurrentIndex(box.findData("confirmed"))
    make_jpeg(tmp_path / "scan.jpg")
    job = tab.add_paths([tmp_path / "scan.jpg"])
    with qtbot.waitSignal(job.ended, timeout=20000):
        pass
    [item] = EvidenceService(session).list_items(case.ref)
    assert (item.source, item.reliability) == ("Mother of the victim", "confirmed")
