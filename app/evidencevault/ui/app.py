"""Start the window: QApplication, language, style, then unlock or create a vault."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory

from evidencevault.services import vault as vault_service
from evidencevault.ui import file_dialog_history, i18n, jobs
from evidencevault.ui.dialogs.create_vault import CreateVaultDialog
from evidencevault.ui.dialogs.unlock import NEW_VAULT, UnlockDialog
from evidencevault.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("EvidenceVault")
    QCoreApplication.setApplicationName("EvidenceVault")
    app.setApplicationDisplayName("Evidence Vault")
    i18n.install(app)
    apply_style(app)
    return app  # type: ignore[return-value]


def apply_style(app: QApplication) -> None:
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    app.setStyleSheet(i18n.resource_file("style.qss").read_text(encoding="utf-8"))


def first_session(vault_dir: Path, kdf: object = None) -> vault_service.VaultSession | None:
    """Unlock the vault at ``vault_dir``, or create one there; None when the user gives up."""
    folder = vault_dir
    while True:
        if vault_service.is_vault(folder):
            unlock = UnlockDialog(folder)
            result = unlock.exec()
            if result == QDialog.DialogCode.Accepted:
                return unlock.session
            if result != NEW_VAULT:
                return None
            folder = _fresh_folder(unlock.folder())
        create = CreateVaultDialog(folder, kdf=kdf)
        if create.exec() == QDialog.DialogCode.Accepted:
            return create.session
        if not vault_service.is_vault(vault_dir):
            return None
        folder = vault_dir


def _fresh_folder(near: Path) -> Path:
    parent = near.parent
    for number in range(2, 100):
        candidate = parent / f"{near.name}-{number}"
        if not candidate.exists():
            return candidate
    return parent / "new-vault"


def run_gui(vault_dir: Path) -> int:
    app = make_application()
    session = first_session(Path(vault_dir))
    if session is None:
        return 0
    window = MainWindow(session)
    app.aboutToQuit.connect(lambda: jobs.stop_all_jobs())  # no worker thread outlives the window
    app.aboutToQuit.connect(file_dialog_history.forget)
    window.show()
    window.raise_()
    window.activateWindow()  # shortcuts (Ctrl+L, Ctrl+N) work at once, even without a window manager
    return app.exec()
