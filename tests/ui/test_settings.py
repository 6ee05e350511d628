"""Declared settings: typed, defaulted, labelled; the settings dialog writes them; idle time applies."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from evidencevault.ui import settings
from evidencevault.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.helpers import child


def test_defaults_types_and_labels():
    for setting in settings.ALL_SETTINGS:
        assert settings.get(setting) == setting.default
        assert isinstance(setting.default, setting.kind)
        assert setting.translated_label()
    assert settings.get(settings.AUTO_LOCK_MINUTES) == 5


def test_a_damaged_value_falls_back_to_the_default():
    from PySide6.QtCore import QSettings

    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.ORGANISATION,
                      settings.APPLICATION)
    store.setValue(settings.AUTO_LOCK_MINUTES.key, "soon")
    store.sync()
    assert settings.get(settings.AUTO_LOCK_MINUTES) == 5


def test_recent_vaults_keep_paths_only_most_recent_first(tmp_path):
    for name in ("a", "b", "a"):
        settings.remember_vault(tmp_path / name)
    assert settings.recent_vaults() == [(tmp_path / "a").resolve(), (tmp_path / "b").resolve()]


def test_settings_dialog_writes_the_values(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    child(dialog, QSpinBox, "autoLockSpin").setValue(12)
    child(dialog, QSpinBox, "dueSoonSpin").setValue(30)
    language = child(dialog, QComboBox, "languageCombo")
    language.setCurrentIndex(language.findData("ru"))
    dialog._save()
    assert settings.get(settings.AUTO_LOCK_MINUTES) == 12
    assert settings.get(settings.DUE_SOON_DAYS) == 30
    assert settings.get(settings.LANGUAGE) == "ru"
