"""A small form dialog: labelled fields, Save/Cancel, and the service's error as a sentence.

``save`` is called with the dialog; it returns the saved record or raises a VaultError,
which is shown under the form while nothing is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from evidencevault.domain.errors import VaultError
from evidencevault.ui.error_text import error_sentence


class FormDialog(QDialog):
    def __init__(self, name: str, title: str, rows: list[tuple[str, QWidget]],
                 save: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._save = save
        self.saved: Any = None
        form = QFormLayout()
        for label, widget in rows:
            widget.setParent(self)
            form.addRow(label, widget)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}Error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(f"{name}SaveButton")
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if rows:
            rows[0][1].setFocus()

    def try_save(self) -> bool:
        try:
            self.saved = self._save()
        except VaultError as error:
            self.error.setText(error_sentence(error))
            return False
        self.accept()
        return True


def named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget
