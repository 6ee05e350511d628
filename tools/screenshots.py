"""Open the real window on a demo vault and save a PNG of each main view.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots   (what `make screenshots` runs)
    DISPLAY=:99 python tools/screenshots.py docs/screenshots                  (under Xvfb)

The vault, its settings and the demo files live in a temporary folder that is
removed at the end; the data is fictional (tools/demo_vault.py).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QRectF, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import demo_vault  # noqa: E402
from evidencevault.crypto.kdf import KdfParams  # noqa: E402
from evidencevault.ui import i18n, settings  # noqa: E402
from evidencevault.ui.app import make_application  # noqa: E402
from evidencevault.ui.dialogs.create_vault import CreateVaultDialog  # noqa: E402
from evidencevault.ui.dialogs.unlock import UnlockDialog  # noqa: E402
from evidencevault.ui.main_window import MainWindow  # noqa: E402
from evidencevault.ui.overdue import OverdueDialog  # noqa: E402
from evidencevault.ui.tabs.evidence_viewer import EvidenceViewer  # noqa: E402

SIZE = (1280, 800)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_until(condition, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def create_vault(folder: Path, out: Path):
    dialog = CreateVaultDialog(folder, kdf=KdfParams.floor())
    dialog.show()
    dialog.fields.passphrase.setText(demo_vault.DEMO_PASSPHRASE + " 2026")
    dialog.fields.confirmation.setText(demo_vault.DEMO_PASSPHRASE + " 2026")
    save(dialog, out, "01-create-vault")
    dialog.create_button.click()
    wait_until(lambda: dialog.pages.currentIndex() == 1)
    dialog.written_check.setChecked(True)
    save(dialog, out, "02-recovery-code")
    dialog.done_button.click()
    return dialog.session


def main_views(window: MainWindow, out: Path, prefix: str = "") -> None:
    view = window.workspace.case_view
    shots = [("overview", "03-case-overview"), ("people", "04-people"), ("timeline", "05-timeline"),
             ("testimonies", "06-testimonies"), ("evidence", "07-evidence"), ("complaints", "09-complaints"),
             ("reparations", "10-reparations")]
    for tab, name in shots:
        view.show_tab(tab)
        if tab == "testimonies":
            page = view.pages["testimonies"]
            page.table.selectRow(0)
        save(window, out, prefix + name)
    audit = view.show_tab("audit")
    audit.verify()
    wait_until(lambda: audit.verify_button.isEnabled())
    save(window, out, prefix + "11-audit")


def extra_views(window: MainWindow, out: Path) -> None:
    evidence = window.workspace.case_view.show_tab("evidence")
    item = evidence.model.item_at(0)
    viewer = EvidenceViewer(window.workspace.context, item, parent=window)
    viewer.resize(1100, 720)  # the offscreen screen is 800 px wide; the viewer would open at its minimum
    viewer.show()
    wait_until(lambda: viewer.view.pixmap_item is not None)
    viewer.redact_mode.setChecked(True)
    viewer.view.add_box(QRectF(420, 250, 360, 220))
    save(viewer, out, "08-evidence-viewer")
    viewer.close()
    overdue = OverdueDialog(window.workspace.context, lambda case_id: None, window)
    overdue.show()
    save(overdue, out, "12-overdue-and-due-soon")
    overdue.close()
    window.search_edit.setText("Farhod")
    window.search()
    panel = window.workspace.search_panel
    wait_until(lambda: panel.model.rowCount() > 0)
    save(window, out, "13-search")
    window.search_edit.clear()
    window.workspace.show_search(False)


def bundle_views(window: MainWindow, out: Path, scratch: Path) -> None:
    """Identity and contacts, Send bundle (after sending), Open bundle (the verification report)."""
    import os

    from evidencevault.bundle import agefile
    from evidencevault.services.bundles import BundleService
    from evidencevault.services.contacts import ContactService

    contacts = ContactService(window.session)
    contacts.add_contact("Nodira K. (lawyer)", agefile.new_identity()[1], os.urandom(16).hex(), verified=True)
    contacts.add_contact("Legal clinic, Samarkand", agefile.new_identity()[1])
    identity = window.bundle_actions.show_identity()
    identity.table.selectRow(0)
    save(identity, out, "18-identity-and-contacts")
    identity.close()
    send = window.bundle_actions.send_bundle()
    send.contact_list.item(0).setCheckState(Qt.CheckState.Checked)
    send.confidential_check.setChecked(True)
    send.consent_check.setChecked(True)
    send.strip_check.setChecked(True)
    send.out_edit.setText(str(scratch / "UZ-17.evb"))
    send.send()
    wait_until(lambda: send.result is not None or not send.job.running)
    save(send, out, "19-send-bundle")
    refs = send.chosen_refs()
    send.close()
    mine = BundleService(window.session).export(
        scratch / "for-me.evb", case_refs=refs,
        recipients=[contacts.identity().recipient])
    opened = window.bundle_actions.open_bundle(mine.path)
    wait_until(lambda: opened.report is not None)
    save(opened, out, "20-open-bundle")
    opened.close()
    evidence = window.workspace.case_view.show_tab("evidence")
    selection = evidence.gallery.selectionModel()
    for row in range(min(2, evidence.model.rowCount())):
        selection.select(evidence.model.index(row, 0), selection.SelectionFlag.Select)
    chosen = evidence.send_selected()
    chosen.contact_list.item(1).setCheckState(Qt.CheckState.Checked)
    chosen.strip_check.setChecked(True)
    chosen.out_edit.setText(str(scratch / "UZ-17-files.evb"))
    chosen.send()
    wait_until(lambda: chosen.result is not None or not chosen.job.running)
    save(chosen, out, "21-send-selected-files")
    chosen.close()


def run(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(["screenshots"])
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        settings.use_folder(scratch_dir / "settings")
        i18n.install(app, "en")
        session = create_vault(scratch_dir / "demo-vault", out)
        ref = demo_vault.build(session, scratch_dir / "files")
        window = MainWindow(session, kdf=KdfParams.floor())
        window.resize(*SIZE)
        window.show()
        window.workspace.case_list.select_case(session_case_id(window, ref))
        save(window, out, "00-case-list")
        main_views(window, out)
        extra_views(window, out)
        bundle_views(window, out, scratch_dir)
        window.lock()
        save(window, out, "14-locked")
        unlock = UnlockDialog(scratch_dir / "demo-vault")
        unlock.show()
        save(unlock, out, "15-unlock")
        unlock.close()
        russian(app, window, out)
        window.close()
    return 0


def russian(app: QApplication, window: MainWindow, out: Path) -> None:
    """The same window in Russian (the shell is translated; records stay as typed)."""
    i18n.install(app, "ru")
    window.close()
    from evidencevault.services.vault import open_vault

    session = open_vault(window.lock_screen.folder, passphrase=demo_vault.DEMO_PASSPHRASE + " 2026")
    ru = MainWindow(session)
    ru.resize(*SIZE)
    ru.show()
    ru.workspace.case_list.select_case(ru.workspace.case_list.model.case_at(0).id)
    ru.workspace.case_view.show_tab("timeline")
    save(ru, out, "16-ru-timeline")
    ru.workspace.case_view.show_tab("testimonies").table.selectRow(0)
    save(ru, out, "17-ru-testimonies")
    ru.close()
    i18n.install(app, "en")


def session_case_id(window: MainWindow, ref: str) -> str:
    return window.workspace.cases.get_case(ref).id


if __name__ == "__main__":
    QCoreApplication.setOrganizationName("EvidenceVault-screenshots")
    raise SystemExit(run(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
