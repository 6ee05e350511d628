"""The evidence gallery model: one tile per item, thumbnails decrypted on first sight
and kept in memory only (never written to disk)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from evidencevault.ui import labels
from evidencevault.domain.evidence import EvidenceItem
from evidencevault.ui.record_model import RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex
THUMB = QSize(160, 120)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)


class EvidenceGalleryModel(QAbstractListModel):
    def __init__(self, thumbnail_of, parent=None) -> None:
        super().__init__(parent)
        self._thumbnail_of = thumbnail_of  # item id -> bytes | None (decrypted thumbnail)
        self._items: list[EvidenceItem] = []
        self._icons: dict[str, QIcon] = {}

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._icons = {k: v for k, v in self._icons.items() if any(i.id == k for i in items)}
        self.endResetModel()

    def add(self, item: EvidenceItem) -> None:
        if any(i.id == item.id for i in self._items):
            return
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()

    def item_at(self, row: int) -> EvidenceItem:
        return self._items[row]

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def forget_images(self) -> None:
        self._icons.clear()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = item.file_name
            made = labels.derived_copy(item.derivation)
            if made:
                name = f"{name} · {made}"
            return self.tr("%1 (read-only)").replace("%1", name) if item.read_only else name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.tr("working copy") if item.is_working_copy else self.tr("original")
            if item.read_only:
                kind = self.tr("imported from a bundle, read-only")
            return f"{item.file_name}\n{kind} · {human_size(item.size)}\nSHA-256 {item.sha256[:16]}…"
        if role == RECORD_ROLE:
            return item
        return None

    def _icon(self, item: EvidenceItem) -> QIcon:
        icon = self._icons.get(item.id)
        if icon is None:
            data = self._thumbnail_of(item.id)
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                icon = QIcon(pixmap)
            else:
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            self._icons[item.id] = icon
        return icon
