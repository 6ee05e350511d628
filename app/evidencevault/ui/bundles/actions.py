"""The bundle commands in the main window: Vault ▸ Identity and contacts, Vault ▸ Open bundle,
Case ▸ Send bundle (also on the toolbar), and a bundle file dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from evidencevault.services.bundles import ImportResult
from evidencevault.services.cases import CaseService
from evidencevault.services.contacts import ContactService


class BundleActions(QObject):
    def __init__(self, window: QMainWindow, vault_menu: QMenu, case_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.identity_action = self._action("actionIdentity", self.tr("&Identity and contacts…"), self.show_identity)
        self.open_action = self._action("actionOpenBundle", self.tr("&Open bundle…"), lambda: self.open_bundle())
        self.send_action = self._action("actionSendBundle", self.tr("&Send bundle…"), self.send_bundle)
        self.send_files_action = self._action("actionSendChosenFiles", self.tr("Send chosen &files…"),
                                              self.send_chosen_files)
        first = vault_menu.actions()[0] if vault_menu.actions() else None
        vault_menu.insertActions(first, [self.identity_action, self.open_action])
        vault_menu.insertSeparator(first)
        case_menu.addSeparator()
        case_menu.addAction(self.send_action)
        case_menu.addAction(self.send_files_action)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None and len(toolbar.actions()) >= 2:
            toolbar.insertAction(toolbar.actions()[2] if len(toolbar.actions()) > 2 else None, self.send_action)
            toolbar.widgetForAction(self.send_action).setObjectName("actionSendBundleButton")
        window.vault_actions += [self.identity_action, self.open_action, self.send_action,
                                 self.send_files_action]
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _action(self, name: str, text: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _context(self):  # noqa: ANN202
        workspace = self.window.workspace
        return None if workspace is None else workspace.context

    def show_identity(self):  # noqa: ANN201
        from evidencevault.ui.bundles.identity_dialog import IdentityDialog

        context = self._context()
        if context is None:
            return None
        dialog = IdentityDialog(context.service(ContactService), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def send_bundle(self):  # noqa: ANN201
        from evidencevault.ui.bundles.send_dialog import SendBundleDialog

        context = self._context()
        if context is None:
            return None
        current = self.window.workspace.case_list.current_case()
        dialog = SendBundleDialog(context, [current] if current is not None else [], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def send_chosen_files(self):  # noqa: ANN201
        """The files selected in the case's Evidence tab; with none, go there and say how."""
        if self._context() is None:
            return None
        workspace = self.window.workspace
        if workspace.case_list.current_case() is None:
            self.window.notify(self.tr("Open a case first, then select its files in the Evidence tab."))
            return None
        evidence = workspace.case_view.show_tab("evidence")
        if evidence.model.rowCount() == 0:
            self.window.notify(self.tr("This case has no files yet: add them here first."))
            return None
        if not evidence.selected_items():
            self.window.notify(self.tr("Select the files to send in the gallery (Ctrl- or Shift-click), "
                                       "then press “Send selected…”."))
            evidence.gallery.setFocus()
            return None
        return evidence.send_selected()

    def open_bundle(self, path: Path | None = None):  # noqa: ANN201
        from evidencevault.ui.bundles.open_dialog import OpenBundleDialog

        context = self._context()
        if context is None:
            return None
        dialog = OpenBundleDialog(context, path, self.window)
        dialog.imported.connect(self._show_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_imported(self, result: ImportResult) -> None:
        workspace = self.window.workspace
        if workspace is None or result.already_imported or not result.case_refs:
            return
        cases = workspace.context.service(CaseService)
        for ref in result.case_refs:
            workspace.case_list.case_changed(cases.get_case(ref))
        workspace.open_case(cases.get_case(result.case_refs[0]).id, "evidence")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            from evidencevault.ui.bundles.open_dialog import bundle_paths

            paths = bundle_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
            if paths and self._context() is not None:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.open_bundle(paths[0])
                return True
        return super().eventFilter(watched, event)
