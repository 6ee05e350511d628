"""Passphrase + confirmation + strength meter, shared by the create and change dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from evidencevault.ui.passphrase_strength import MINIMUM_LENGTH, estimate

_LEVEL_COLOURS = ("#b3261e", "#c2571a", "#b08900", "#2e7d32", "#1b5e20")


class PassphraseFields(QWidget):
    """Emits ``changed`` whenever the pair becomes acceptable or not."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(self)
        self.confirmation.setObjectName("confirmPassphraseEdit")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("strengthLabel")
        self.show_text = QCheckBox(self.tr("Show what I type"), self)
        self.show_text.setObjectName("showPassphraseCheck")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.verdict)
        form.addRow(self.tr("Type it again:"), self.confirmation)
        form.addRow("", self.show_text)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return len(text.strip()) >= MINIMUM_LENGTH and text == self.confirmation.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = estimate(text)
        self.meter.setValue(strength.level)
        colour = _LEVEL_COLOURS[strength.level]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(self._sentence(strength.level, text))
        self.changed.emit()

    def _sentence(self, level: int, text: str) -> str:
        if not text:
            return self.tr("At least %n characters; several unrelated words are easiest to remember.", "", MINIMUM_LENGTH)
        if level == 0:
            return self.tr("Too short: at least %n characters.", "", MINIMUM_LENGTH)
        if self.confirmation.text() and self.confirmation.text() != text:
            return self.tr("The two passphrases differ.")
        return (
            self.tr("Weak: easy to guess. Add more words."),
            self.tr("Fair: add a word or two."),
            self.tr("Good."),
            self.tr("Strong."),
        )[level - 1]
