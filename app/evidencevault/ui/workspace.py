"""The unlocked workspace: case list on the left, the chosen case on the right.

Built afresh at every unlock and destroyed at every lock, so no record stays in
a model or widget while the vault is locked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from evidencevault.domain.case import Case
from evidencevault.domain.errors import VaultError
from evidencevault.services.cases import CaseService
from evidencevault.ui.case_view import CaseView
from evidencevault.ui.cases.case_dialog import CaseDialog
from evidencevault.ui.cases.case_list import CaseList
from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.error_text import error_sentence


class Workspace(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self.cases: CaseService = context.service(CaseService)
        self.case_list = CaseList(self.cases, self)
        self.case_view = CaseView(context, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 810])
        self.splitter.setChildrenCollapsible(False)
        self.search_panel = self._make_search_panel()
        self.vertical = QSplitter(Qt.Orientation.Vertical, self)
        self.vertical.addWidget(self.splitter)
        if self.search_panel is not None:
            self.vertical.addWidget(self.search_panel)
            self.search_panel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.vertical)
        self.case_list.case_selected.connect(self.case_view.show_case)
        self.case_list.table.activated.connect(lambda *_: self.case_view.tabs.currentWidget().setFocus())
        overview = self.case_view.pages.get("overview")
        if overview is not None:
            overview.edit_requested.connect(self.edit_case)
        self.setTabOrder(self.case_list.filter_edit, self.case_list.table)
        self.setTabOrder(self.case_list.table, self.case_view.tabs)

    def _make_search_panel(self):
        try:
            from evidencevault.services.search import SearchService  # noqa: F401
        except ModuleNotFoundError:
            return None  # no index in this build: the search box filters case titles
        from evidencevault.ui.search_panel import SearchPanel

        return SearchPanel(self.context, self.open_case, self)

    def show_search(self, visible: bool) -> None:
        if self.search_panel is not None:
            self.search_panel.setVisible(visible)
            if visible:  # a third for the results, never squeezing the case below its minimum
                total = self.vertical.height()
                top = max(total * 2 // 3, min(self.splitter.minimumSizeHint().height(), total - 140))
                self.vertical.setSizes([top, total - top])

    def new_case(self) -> Case | None:
        dialog = CaseDialog(self.cases, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        self.case_list.case_changed(dialog.saved)
        self.context.notify(self.tr("Case %1 added.").replace("%1", dialog.saved.ref))
        return dialog.saved

    def edit_case(self) -> None:
        case = self.case_list.current_case()
        if case is None:
            return
        dialog = CaseDialog(self.cases, case, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.case_changed(dialog.saved)
            self.context.notify(self.tr("Case %1 saved.").replace("%1", dialog.saved.ref))

    def close_case(self) -> None:
        """Mark the chosen case closed (it stays in the list and the vault)."""
        case = self.case_list.current_case()
        if case is None or case.status == "closed":
            return
        try:
            closed = self.cases.close_case(case.ref)
        except VaultError as error:
            self.context.notify(error_sentence(error))
            return
        self.case_changed(closed)
        self.context.notify(self.tr("Case %1 closed.").replace("%1", closed.ref))

    def case_changed(self, case: Case) -> None:
        self.case_list.case_changed(case)
        self.case_view.show_case(case)

    def open_case(self, case_id: str, tab: str | None = None, record_id: str | None = None) -> None:
        case = self.cases.get_case_by_id(case_id)
        if self.case_list.model.row_of(case_id) is None:
            self.case_list.model.upsert(case)
        self.case_list.select_case(case_id)
        self.case_view.show_case(case)
        if tab and record_id:
            self.case_view.show_record(tab, record_id)
        elif tab:
            self.case_view.show_tab(tab)

    def teardown(self) -> None:
        """Forget everything shown (called before the session closes)."""
        self.case_view.flush()
        self.case_view.show_case(None)
        self.case_list.model.clear()
