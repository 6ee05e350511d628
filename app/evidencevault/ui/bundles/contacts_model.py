"""The contacts list: name, age1… key, fingerprint, and a "verified in person" check box.

Ticking the box asks the contact service; its refusal (no fingerprint recorded)
comes back as a sentence through ``refused`` and the box stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from evidencevault.domain.errors import VaultError
from evidencevault.services.contacts import ContactService
from evidencevault.services.contacts import Contact
from evidencevault.ui.error_text import error_sentence

Index = QModelIndex | QPersistentModelIndex
NAME, KEY, FINGERPRINT, VERIFIED = range(4)


class ContactsModel(QAbstractTableModel):
    refused = Signal(str)  # a sentence: why a change was not made

    def __init__(self, contacts: ContactService, parent=None) -> None:
        super().__init__(parent)
        self._service = contacts
        self._rows: list[Contact] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._service.list_contacts())
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def row_of(self, recipient: str) -> int | None:
        for row, contact in enumerate(self._rows):
            if contact.recipient == recipient:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("Name"), self.tr("age1… key"), self.tr("Signing fingerprint"),
                self.tr("Verified in person"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VERIFIED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (contact.name, contact.recipient, contact.fingerprint or "—",
                    self.tr("yes") if contact.verified else self.tr("no"))[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == VERIFIED:
            return Qt.CheckState.Checked if contact.verified else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in (KEY, FINGERPRINT):
            return contact.recipient if column == KEY else contact.fingerprint
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != VERIFIED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        return self.set_verified(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)

    def set_verified(self, row: int, verified: bool) -> bool:
        contact = self._rows[row]
        try:
            self._rows[row] = self._service.mark_verified(contact.recipient, verified)
        except VaultError as error:
            self.refused.emit(error_sentence(error))
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, VERIFIED))
        return True

    def add(self, contact: Contact) -> None:
        rows = sorted([*self._rows, contact], key=lambda c: (c.name, c.created_at))
        row = rows.index(contact)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows = rows
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self._service.remove_contact(self._rows[row].recipient)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
