"""Settings: built from the declared settings (labels and defaults live in settings.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from evidencevault.ui import settings

LANGUAGES = (("en", "English"), ("ru", "Русский"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings — Evidence Vault"))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLockSpin")
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setValue(settings.get(settings.AUTO_LOCK_MINUTES))
        self.due_soon = QSpinBox(self)
        self.due_soon.setObjectName("dueSoonSpin")
        self.due_soon.setRange(1, 120)
        self.due_soon.setSuffix(self.tr(" days"))
        self.due_soon.setValue(settings.get(settings.DUE_SOON_DAYS))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        form = QFormLayout()
        form.addRow(settings.AUTO_LOCK_MINUTES.translated_label(), self.auto_lock)
        form.addRow(settings.DUE_SOON_DAYS.translated_label(), self.due_soon)
        form.addRow(settings.LANGUAGE.translated_label(), self.language)
        note = QLabel(self.tr("A new language applies the next time the program starts."), self)
        note.setProperty("role", "subtle")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settingsOkButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _save(self) -> None:
        settings.put(settings.AUTO_LOCK_MINUTES, self.auto_lock.value())
        settings.put(settings.DUE_SOON_DAYS, self.due_soon.value())
        settings.put(settings.LANGUAGE, self.language.currentData())
        self.accept()
