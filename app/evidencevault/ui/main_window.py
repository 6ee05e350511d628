"""The main window: menus, toolbar, status bar, and either the workspace or the lock screen.

Locking (Ctrl+L, or after the idle time) stops running jobs, destroys the
workspace with every record it showed, closes the session (keys dropped) and
shows the lock screen. The title never names a case or a vault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow, QMessageBox, QSizePolicy, QStackedWidget, QToolBar, QWidget

from evidencevault.services.vault import VaultSession
from evidencevault.ui import settings
from evidencevault.ui.bundles.actions import BundleActions
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.dialogs.change_passphrase import ChangePassphraseDialog
from evidencevault.ui.idle import IdleWatcher
from evidencevault.ui.jobs import JobProgress, JobRunner
from evidencevault.ui.lock_screen import LockScreen
from evidencevault.ui.workspace import Workspace
from evidencevault.ui import file_dialog_history

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, session: VaultSession, kdf: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1280, 800)
        self.setMinimumSize(900, 560)
        self._kdf = kdf
        self.session: VaultSession | None = None
        self.workspace: Workspace | None = None
        self.runner = JobRunner(self)
        self.runner.error_shown.connect(self.show_error)
        self._clipboard_touched = False  # something was copied while the vault was open
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.lock_screen = LockScreen(session.folder, self.runner, self.stack)
        self.lock_screen.unlocked.connect(self.open_session)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.bundle_actions = BundleActions(self, self.vault_menu, self.case_menu)
        self.progress = JobProgress(self.runner, self)
        self.statusBar().addPermanentWidget(self.progress)
        self._restore_geometry()
        self.open_session(session)

    # --- actions -------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_case_action = self._action("actionNewCase", self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New)
        self.edit_case_action = self._action("actionEditCase", self.tr("&Edit case…"), self._edit_case, "Ctrl+E")
        self.close_case_action = self._action("actionCloseCase", self.tr("C&lose case"), self._close_case)
        self.find_action = self._action("actionFind", self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.lock_action = self._action("actionLock", self.tr("&Lock"), self.lock, "Ctrl+L")
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # also from a dialog
        self.passphrase_action = self._action("actionChangePassphrase", self.tr("Change &passphrase…"), self.change_passphrase)
        self.settings_action = self._action("actionSettings", self.tr("&Settings…"), self.open_settings)
        self.erase_action = self._action("actionEraseVault", self.tr("&Erase this vault…"), self.erase_vault)
        self.quit_action = self._action("actionQuit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.overdue_action = self._action("actionOverdue", self.tr("&Overdue and due soon…"), self.show_overdue, "Ctrl+Shift+D")
        self.about_action = self._action("actionAbout", self.tr("&About Evidence Vault"), self._about)
        self.vault_actions = [self.new_case_action, self.edit_case_action, self.close_case_action, self.find_action,
                              self.lock_action, self.passphrase_action, self.overdue_action, self.erase_action]

    def _make_menus(self) -> None:
        vault = self.vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (self.lock_action, self.passphrase_action, self.settings_action):
            vault.addAction(action)
        vault.addSeparator()
        vault.addAction(self.erase_action)
        vault.addSeparator()
        vault.addAction(self.quit_action)
        case = self.case_menu = self.menuBar().addMenu(self.tr("Ca&se"))
        case.addAction(self.new_case_action)
        case.addAction(self.edit_case_action)
        case.addAction(self.close_case_action)
        self.view_menu = self.menuBar().addMenu(self.tr("Vie&w"))
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.overdue_action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_case_action)
        bar.addAction(self.overdue_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_edit = QLineEdit(bar)
        self.search_edit.setObjectName("globalSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textEdited.connect(self._search_typed)
        bar.addWidget(self.search_edit)
        bar.addAction(self.lock_action)
        for action in (self.new_case_action, self.overdue_action, self.lock_action):
            bar.widgetForAction(action).setObjectName(action.objectName() + "Button")
        self.addToolBar(bar)
        self.toolbar = bar

    # --- session -------------------------------------------------------------
    def open_session(self, session: VaultSession) -> None:
        self.session = session
        context = WorkspaceContext(session, self.runner, self.notify)
        self.workspace = Workspace(context, self.stack)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if self.workspace.search_panel is not None:
            self.workspace.search_panel.attach(self.search_edit)
        self._set_locked_look(False)
        self.idle.set_minutes(settings.get(settings.AUTO_LOCK_MINUTES))
        self.workspace.case_list.filter_edit.setFocus()
        if self.workspace.case_list.model.rowCount():
            self.workspace.case_list.table.selectRow(0)
        self.notify(self.tr("Vault unlocked."))
        self.unlocked.emit()

    def lock(self) -> None:
        """Hide everything, stop jobs, drop the records and the keys."""
        if self.session is None:
            return
        self.idle.stop()
        self.stack.setCurrentWidget(self.lock_screen)
        self.runner.cancel_all()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        if self.workspace is not None:
            self.workspace.teardown()
            self.stack.removeWidget(self.workspace)
            self.workspace.setParent(None)  # out of the widget tree now, deleted just below
            self.workspace.deleteLater()
            self.workspace = None
        self.session.close()
        self.session = None
        self.search_edit.clear()
        if self._clipboard_touched or QGuiApplication.clipboard().ownsClipboard():
            QGuiApplication.clipboard().clear()  # what was copied while unlocked does not outlive the lock
        self._clipboard_touched = False
        file_dialog_history.forget()
        self._set_locked_look(True)
        self.lock_screen.reset()
        self.notify(self.tr("Locked. The keys were dropped from memory."))
        self.locked.emit()

    def _clipboard_changed(self) -> None:
        if self.session is not None:
            self._clipboard_touched = True

    def _set_locked_look(self, locked: bool) -> None:
        self.setWindowTitle(self.tr("Locked — Evidence Vault") if locked else self.tr("Evidence Vault"))
        for action in self.vault_actions:
            action.setEnabled(not locked)
        self.search_edit.setEnabled(not locked)

    # --- commands ------------------------------------------------------------
    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def show_error(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, STATUS_TIMEOUT_MS * 2)
        QMessageBox.warning(self, self.tr("Evidence Vault"), sentence)

    def new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def _edit_case(self) -> None:
        if self.workspace is not None:
            self.workspace.edit_case()

    def show_overdue(self) -> None:
        if self.workspace is None:
            return
        from evidencevault.ui.overdue import OverdueDialog

        workspace = self.workspace
        OverdueDialog(workspace.context, lambda case_id: workspace.open_case(case_id, "complaints"), self).exec()

    def _close_case(self) -> None:
        if self.workspace is not None:
            self.workspace.close_case()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_typed(self, text: str) -> None:
        if self.workspace is not None and self.workspace.search_panel is not None:
            self.workspace.show_search(bool(text.strip()))
            self.workspace.search_panel.search_soon(text)

    def search(self) -> None:
        """Enter in the search box: search now (or filter case titles when the index is absent)."""
        text = self.search_edit.text().strip()
        if self.workspace is None or not text:
            return
        if self.workspace.search_panel is None:
            self.workspace.case_list.filter_edit.setText(text)
            return
        self.workspace.show_search(True)
        self.workspace.search_panel.search_now(text)
        self.workspace.search_panel.table.setFocus()

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        dialog = ChangePassphraseDialog(self.session, self.runner, kdf=self._kdf, parent=self)
        if dialog.exec():
            self.notify(self.tr("Passphrase changed. Use the new one from now on."))

    def open_settings(self) -> None:
        from evidencevault.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self).exec() and self.session is not None:
            self.idle.set_minutes(settings.get(settings.AUTO_LOCK_MINUTES))

    def erase_vault(self) -> None:
        """Quick erase (a raid, a checkpoint): destroy the key slots after one typed confirmation."""
        word = self.tr("ERASE")
        text, ok = QInputDialog.getText(self, self.tr("Erase this vault"), self.tr(
            "This destroys the vault's keys in a second. Nobody, including you, will ever open it "
            "again; exported bundles are not affected.\n\nType %1 to erase:").replace("%1", word))
        if ok and text.strip().upper() == word.upper():
            self.erase_now()

    def erase_now(self) -> None:
        if self.session is None:
            return
        self.idle.stop()
        self.stack.setCurrentWidget(self.lock_screen)
        self.runner.cancel_all()
        if self.workspace is not None:
            self.workspace.teardown()
            self.stack.removeWidget(self.workspace)
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        session, self.session = self.session, None
        session.erase()
        self._set_locked_look(True)
        self.lock_screen.setEnabled(False)
        self.notify(self.tr("The vault was erased. Its files can no longer be opened."))
        self.locked.emit()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Evidence Vault"), self.tr(
            "Evidence Vault keeps testimonies, evidence and complaints encrypted on this computer. "
            "It never connects to the network."))

    # --- window state ----------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry()))
        self.idle.stop()
        self.runner.cancel_all()
        if self.workspace is not None:
            self.workspace.teardown()
        if self.session is not None:
            self.session.close()
            self.session = None
        event.accept()
