"""Global search (Ctrl+F): results from the vault's full-text index, grouped by kind,
searched in the background as the user types; Enter opens the record's case and tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from evidencevault.ui.context import WorkspaceContext
from evidencevault.ui.highlight_delegate import HighlightDelegate
from evidencevault.ui.record_model import RECORD_ROLE, Column, RecordModel

TAB_OF_KIND = {"case": "overview", "person": "people", "testimony": "testimonies", "incident": "timeline",
               "complaint": "complaints", "reparation": "reparations", "evidence": "evidence",
               "annotation": "overview"}


def kind_label(kind: str) -> str:
    """What the Kind column says: a word in the user's language, never the internal code."""
    return {"case": QCoreApplication.translate("search", "Case"), "person": QCoreApplication.translate("search", "Person"), "testimony": QCoreApplication.translate("search", "Testimony"),
            "incident": QCoreApplication.translate("search", "Incident"), "complaint": QCoreApplication.translate("search", "Complaint"),
            "reparation": QCoreApplication.translate("search", "Reparation claim"), "evidence": QCoreApplication.translate("search", "Evidence"),
            "annotation": QCoreApplication.translate("search", "Note")}.get(kind, QCoreApplication.translate("search", "Other"))


class SearchPanel(QWidget):
    def __init__(self, context: WorkspaceContext, open_record: Callable[[str, str, str | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._context = context
        self._open_record = open_record
        self._pending = ""
        self._job = None
        self._edit: QLineEdit | None = None
        self.model = RecordModel([
            Column(lambda: QCoreApplication.translate("search", "Kind"), lambda h: kind_label(h.kind)),
            Column(lambda: QCoreApplication.translate("search", "Case"), lambda h: h.case_ref),
            Column(lambda: QCoreApplication.translate("search", "Found"), lambda h: h.title_text),
            Column(lambda: QCoreApplication.translate("search", "Context"), lambda h: h.snippet_text("", ""),
                   tooltip=lambda h: h.snippet_text("", "")),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("searchResultsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 220)
        self.table.activated.connect(self._activated)
        self._bold = [HighlightDelegate(lambda h: h.title, self.table), HighlightDelegate(lambda h: h.snippet, self.table)]
        self.table.setItemDelegateForColumn(2, self._bold[0])  # the matched words in bold
        self.table.setItemDelegateForColumn(3, self._bold[1])
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setProperty("role", "subtle")
        self.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._run)

    def attach(self, edit: QLineEdit) -> None:
        """Keyboard between the search box and the results: Down moves into them, Escape closes."""
        self._edit = edit
        edit.installEventFilter(self)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isVisible():
            self.hide()
            if watched is self.table and self._edit is not None:
                self._edit.setFocus()
            return True
        if watched is self._edit and key == Qt.Key.Key_Down and self.isVisible() and self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(self.table.currentIndex().row())
            return True
        return False

    def search_soon(self, text: str) -> None:
        self._pending = text.strip()
        self._debounce.start()

    def search_now(self, text: str):
        self._pending = text.strip()
        return self._run()

    def _run(self):
        query = self._pending
        if not query:
            self.model.set_records([])
            self.summary.clear()
            return None
        from evidencevault.services.search import SearchService

        service = self._context.service(SearchService)
        self._job = self._context.runner.start(self.tr("Searching"), lambda ctx: service.search(query, limit=200),
                                               on_success=lambda results: self._show(query, results),
                                               on_failure=self.summary.setText)
        return self._job

    def _show(self, query: str, results) -> None:
        if query != self._pending:
            return  # a newer search is on its way
        self.model.set_records(results.hits)
        more = " " + self.tr("(more exist: refine the search)") if results.truncated else ""
        self.summary.setText(self.tr("%n result(s)", "", results.count) + more)

    def _activated(self, index) -> None:
        hit = index.data(RECORD_ROLE)
        if hit is not None and hit.case_id:
            tab = TAB_OF_KIND.get(hit.kind, "overview")
            self._open_record(hit.case_id, tab, hit.record_id if tab != "overview" else None)
