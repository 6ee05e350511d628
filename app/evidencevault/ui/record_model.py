"""One table model for the lists inside a case (people, incidents, testimonies,
complaints, evidence, deadlines): the columns are declared, the rows are the
dataclasses the services return, and a change touches only its own row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    value: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    background: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class RecordModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    def upsert(self, record: Any, at: int | None = None) -> int:
        row = self.row_of(record.id)
        if row is not None:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
            return row
        row = len(self._records) if at is None else at
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self.endInsertRows()
        return row

    def remove(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.value(record)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None
