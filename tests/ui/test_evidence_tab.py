"""Evidence: files dropped on a case go in through the background job; gallery,
viewer with metadata, redacted and location-free working copies; Cancel keeps what is done."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from evidencevault.services.cases import CaseService
from evidencevault.services.evidence import EvidenceService
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.jobs import JobRunner
from evidencevault.ui.tabs.evidence import EvidenceTab
from evidencevault.ui.tabs.evidence_viewer import EvidenceViewer
from tests.ui.helpers import child, drop_files, make_jpeg


def make_tab(qtbot, session):
    context = WorkspaceContext(session, JobRunner(), lambda t: None)
    tab = EvidenceTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    return tab, context


def test_drop_files_and_folder_then_gallery(qtbot, qtmodeltester, session, tmp_path):
    case = CaseService(session).add_case("Case")
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(3):
        make_jpeg(folder / f"injury-{n}.jpg", seed=n)
    letter = tmp_path / "letter.txt"
    letter.write_text("Ответ прокуратуры", encoding="utf-8")
    tab, _ = make_tab(qtbot, session)
    tab.show_case(case)
    assert tab.hint.isVisible()
    drop_files(tab, [folder, letter])
    assert tab.intake is not None
    with qtbot.waitSignal(tab.intake.ended, timeout=20000):
        pass
    assert tab.model.rowCount() == 4 and not tab.hint.isVisible()
    qtmodeltester.check(tab.model)
    assert len(EvidenceService(session).list_items(case.ref)) == 4
    assert not tab.model.index(0, 0).data(1).isNull()  # a decrypted thumbnail icon


def test_viewer_metadata_redaction_and_strip_location(qtbot, session, tmp_path):
    case = CaseService(session).add_case("Case")
    make_jpeg(tmp_path / "bruise.jpg")
    [item] = EvidenceService(session).add_files(case.ref, [tmp_path / "bruise.jpg"])
    tab, context = make_tab(qtbot, session)
    tab.show_case(case)
    viewer = EvidenceViewer(context, item, parent=tab)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view.pixmap_item is not None, timeout=10000)
    assert child(viewer, QLineEdit, "meta_sha256").text() == item.sha256
    assert child(viewer, QLabel, "meta_gps").text().startswith("55.7")
    made = []
    viewer.copy_made.connect(made.append)
    viewer.view.add_box(QRectF(10, 10, 50, 40))
    assert child(viewer, QPushButton, "makeRedactedCopyButton").isEnabled()
    child(viewer, QPushButton, "makeRedactedCopyButton").click()
    qtbot.waitUntil(lambda: len(made) == 1, timeout=10000)
    child(viewer, QPushButton, "stripLocationButton").click()
    qtbot.waitUntil(lambda: len(made) == 2, timeout=10000)
    assert all(m.parent_id == item.id for m in made)
    assert made[1].gps_lat is None
    actions = [e.action for e in session.audit.entries(case_id=case.id)]
    assert "evidence.view" in actions  # opening the original is in the log


def test_cancel_keeps_the_files_already_added(qtbot, session, tmp_path):
    case = CaseService(session).add_case("Case")
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"scan-{n:02d}.bin").write_bytes(bytes([n]) * 3_000_000)
    tab, _ = make_tab(qtbot, session)
    tab.show_case(case)
    job = tab.add_paths([folder])
    qtbot.waitUntil(lambda: len(EvidenceService(session).list_items(case.ref)) >= 1, timeout=20000)
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        job.cancel()
    kept = EvidenceService(session).list_items(case.ref)
    assert 1 <= len(kept) < 40
    assert tab.model.rowCount() == len(kept)


def test_files_dropped_on_any_tab_of_the_case_go_to_its_evidence(qtbot, session, tmp_path):
    from evidencevault.ui.case_view import CaseView

    case = CaseService(session).add_case("Case")
    make_jpeg(tmp_path / "photo.jpg")
    view = CaseView(WorkspaceContext(session, JobRunner(), lambda t: None))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.show_case(case)
    assert view.tabs.currentWidget().objectName() == "overviewTab"
    drop_files(view, [tmp_path / "photo.jpg"])
    evidence = view.pages["evidence"]
    assert view.tabs.currentWidget() is evidence
    with qtbot.waitSignal(evidence.intake.ended, timeout=20000):
        pass
    assert [i.file_name for i in EvidenceService(session).list_items(case.ref)] == ["photo.jpg"]
