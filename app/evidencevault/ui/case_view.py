"""Right pane: one case in tabs (Overview, People, Timeline, Testimonies, Evidence,
Complaints, Reparations, Audit), or a hint when no case is chosen."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from evidencevault.domain.case import Case
from evidencevault.ui.context import WorkspaceContext


# (object name, module in ui.tabs, class, tab title); a tab whose service has not
# landed yet is skipped, so the window runs on whatever the vault can do.
TABS = (
    ("overview", "overview", "OverviewTab", lambda: QCoreApplication.translate("CaseView", "&Overview")),
    ("people", "people", "PeopleTab", lambda: QCoreApplication.translate("CaseView", "&People")),
    ("timeline", "timeline", "TimelineTab", lambda: QCoreApplication.translate("CaseView", "T&imeline")),
    ("testimonies", "testimonies", "TestimoniesTab", lambda: QCoreApplication.translate("CaseView", "&Testimonies")),
    ("evidence", "evidence", "EvidenceTab", lambda: QCoreApplication.translate("CaseView", "&Evidence")),
    ("complaints", "complaints", "ComplaintsTab", lambda: QCoreApplication.translate("CaseView", "&Complaints")),
    ("reparations", "reparations", "ReparationsTab", lambda: QCoreApplication.translate("CaseView", "&Reparations")),
    ("audit", "audit", "AuditTab", lambda: QCoreApplication.translate("CaseView", "&Audit")),
)


class CaseView(QStackedWidget):
    case_edited = Signal(object)  # Case

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._context = context
        self.case: Case | None = None
        self.hint = QLabel(self.tr("Choose a case on the left, or press Ctrl+N to add one."), self)
        self.hint.setObjectName("caseViewHint")
        self.hint.setProperty("role", "empty")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)  # long (Russian) tab names never squeeze the case list
        self.pages: dict[str, QWidget] = {}
        for name, module, cls, title in TABS:
            page = self._make(module, cls)
            if page is not None:
                self.pages[name] = page
                self.tabs.addTab(page, title())
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        self.addWidget(self.hint)
        self.addWidget(self.tabs)
        self.setAcceptDrops(True)

    # Files dropped anywhere on an open case go to its evidence (the Evidence tab shows progress).
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        if "evidence" in self.pages and self.case is not None and mime.hasUrls() \
                and all(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.case is not None and "evidence" in self.pages:
            self.show_tab("evidence").dropEvent(event)

    def _make(self, module: str, cls: str) -> QWidget | None:
        try:
            mod = importlib.import_module(f"evidencevault.ui.tabs.{module}")
        except ModuleNotFoundError as missing:
            if (missing.name or "").startswith(("evidencevault.services", f"evidencevault.ui.tabs.{module}")):
                return None  # its service (or the tab) is not in this build yet
            raise
        return getattr(mod, cls)(self._context, self.tabs)

    def show_case(self, case: Case | None) -> None:
        self.case = case
        if case is None:
            self.setCurrentWidget(self.hint)
            return
        self.setCurrentWidget(self.tabs)
        self._shown: set[str] = set()
        self._refresh_current()

    def _refresh_current(self) -> None:
        """Load a tab when it is looked at, not all eight at every click."""
        if self.case is None:
            return
        page = self.tabs.currentWidget()
        name = next((n for n, p in self.pages.items() if p is page), None)
        if name is not None and name not in self._shown:
            self._shown.add(name)
            page.show_case(self.case)

    def show_tab(self, name: str) -> QWidget:
        page = self.pages[name]
        self.tabs.setCurrentWidget(page)
        return page

    def show_record(self, name: str, record_id: str) -> QWidget:
        """Show a tab with one record chosen in its table (and so loaded in its editor)."""
        page = self.show_tab(name)
        model, table = getattr(page, "model", None), getattr(page, "table", None)
        row = model.row_of(record_id) if hasattr(model, "row_of") else None
        if row is not None and table is not None:
            table.setCurrentIndex(model.index(row, 0))
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
        return page

    def flush(self) -> None:
        """Let tabs with unsaved typing put it into the vault (drafts) before a lock."""
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def refresh(self) -> None:
        if self.case is not None:
            self.show_case(self.case)
