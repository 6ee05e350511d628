"""The case list as a Qt model: fetched page by page, changed row by row.

A vault may hold tens of thousands of cases: the model asks the service for one
page at a time (``canFetchMore``/``fetchMore``, driven by the view's scrolling),
and an edit updates or inserts one row instead of reloading the list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from evidencevault.domain.case import Case
from evidencevault.services.cases import CaseService
from evidencevault.ui import labels

PAGE_SIZE = 500
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    REF, TITLE, STATUS, TAGS, UPDATED = range(5)

    def __init__(self, service: CaseService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[Case] = []
        self._row_of: dict[str, int] = {}
        self._text = ""
        self._exhausted = False
        self._haystacks: dict[str, tuple[Case, str]] = {}

    # --- loading -----------------------------------------------------------
    def search(self, text: str) -> None:
        """Start again with the cases whose title or reference contains ``text``."""
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._text = text.strip()
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def search_text(self) -> str:
        return self._text

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        page = self._service.list_cases(offset=len(self._rows), limit=PAGE_SIZE, text=self._text)
        self._exhausted = len(page) < PAGE_SIZE
        fresh = [case for case in page if case.id not in self._row_of]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for case in fresh:
            self._row_of[case.id] = len(self._rows)
            self._rows.append(case)
        self.endInsertRows()

    def upsert(self, case: Case) -> None:
        """One case was added or changed: touch only its row."""
        row = self._row_of.get(case.id)
        if row is not None:
            self._rows[row] = case
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, case)
        self._row_of = {c.id: i for i, c in enumerate(self._rows)}
        self.endInsertRows()

    def remove(self, case_id: str) -> None:
        row = self._row_of.get(case_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._row_of = {c.id: i for i, c in enumerate(self._rows)}
        self.endRemoveRows()

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    def case_at(self, row: int) -> Case:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """Lower-case text the filter looks in (cached per case object)."""
        case = self._rows[row]
        text = self._haystacks.get(case.id)
        if text is None or text[0] is not case:
            text = (case, " ".join((case.ref, case.title, labels.case_status(case.status),
                                     *case.tags)).casefold())
            self._haystacks[case.id] = text
        return text[1]

    def clear(self) -> None:
        """Drop every row (the vault is being locked)."""
        self.beginResetModel()
        self._rows, self._row_of, self._exhausted = [], {}, True
        self.endResetModel()

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (self.tr("Reference"), self.tr("Title"), self.tr("Status"), self.tr("Tags"),
                self.tr("Last change"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case)
        if role == CASE_ROLE:
            return case
        if role == Qt.ItemDataRole.UserRole and column == self.UPDATED:
            return case.updated_at  # ISO text sorts by time
        return None

    def _tooltip(self, case: Case) -> str:
        tags = ", ".join(case.tags)
        return "\n".join(filter(None, (case.title, tags, labels.local_time(case.updated_at))))

    def _display(self, case: Case, column: int) -> str:
        if column == self.REF:
            return case.ref
        if column == self.TITLE:
            return case.title
        if column == self.STATUS:
            return labels.case_status(case.status)
        if column == self.TAGS:
            return ", ".join(case.tags)
        return labels.local_date(case.updated_at)


class CaseFilterProxy(QSortFilterProxyModel):
    """Instant filtering of the rows already fetched: reference, title, status, tags."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt API
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:
            if hasattr(self, "beginFilterChange"):  # Qt 6.9+
                self.beginFilterChange()
                self._needle = needle
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._needle = needle
                self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        source = self.sourceModel()
        return isinstance(source, CaseTableModel) and self._needle in source.haystack(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        if left.column() == CaseTableModel.UPDATED:
            return str(left.data(Qt.ItemDataRole.UserRole)) < str(right.data(Qt.ItemDataRole.UserRole))
        return super().lessThan(left, right)
