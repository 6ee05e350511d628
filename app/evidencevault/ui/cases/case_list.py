"""Left pane: the case list with its filter-as-you-type box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from evidencevault.domain.case import Case
from evidencevault.services.cases import CaseService
from evidencevault.ui import labels
from evidencevault.ui.cases.model import CASE_ROLE, CaseFilterProxy, CaseTableModel


class CaseList(QWidget):
    case_selected = Signal(object)  # Case or None

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self.setMinimumWidth(340)
        self.model = CaseTableModel(service, self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("caseFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter cases: title, reference, tag…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self._configure_table()
        self.empty = QLabel(self.tr("No cases yet — press Ctrl+N to add the first one."), self)
        self.empty.setObjectName("caseListEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._search_vault)
        self.filter_edit.textChanged.connect(self._filter_now)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_empty)
        self.model.search("")

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setWordWrap(False)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in ((CaseTableModel.REF, 104), (CaseTableModel.STATUS, 92),
                              (CaseTableModel.TAGS, 110), (CaseTableModel.UPDATED, 96)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))  # bold in the style: +10 %
            table.setColumnWidth(column, max(width, int(header.fontMetrics().horizontalAdvance(title) * 1.1) + 24))
        longest_date = labels.local_date("2026-09-28T12:00:00+00:00")  # 'Sep' / 'сент.': the widest month
        table.setColumnWidth(CaseTableModel.UPDATED, max(table.columnWidth(CaseTableModel.UPDATED),
                                                         table.fontMetrics().horizontalAdvance(longest_date) + 16))
        table.setColumnHidden(CaseTableModel.TAGS, True)  # tags: in the tooltip, the filter, the header menu
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(self.model.columnCount()):
            if column == CaseTableModel.TITLE:
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), header)
            action.setObjectName(f"showCaseColumn{column}")
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
            header.addAction(action)

    def _filter_now(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._debounce.start()
        self._update_empty()

    def _search_vault(self) -> None:
        """Rows not fetched yet can match too: ask the vault when the list is partial."""
        text = self.filter_edit.text().strip()
        if text == self.model.search_text:
            return
        if self.model.canFetchMore(QModelIndex()) or self.model.search_text:
            self.model.search(text)

    def _update_empty(self) -> None:
        nothing = self.model.rowCount() == 0 and not self.filter_edit.text()
        self.table.setVisible(not nothing)
        self.empty.setVisible(nothing)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case = current.data(CASE_ROLE) if current.isValid() else None
        self.case_selected.emit(case)

    def current_case(self) -> Case | None:
        index = self.table.currentIndex()
        return index.data(CASE_ROLE) if index.isValid() else None

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def case_changed(self, case: Case) -> None:
        self.model.upsert(case)
        self.select_case(case.id)
