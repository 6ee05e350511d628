"""Load the interface language: our own .qm plus Qt's own (buttons in standard dialogs).

Translations are compiled from resources/translations/*.ts by tools/translations.py
(pyside6-lrelease, shipped with PySide6-Essentials); nothing is translated at import.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidencevault.ui import settings

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resources.files("evidencevault") / "resources" / "translations"))


def resource_file(name: str) -> Path:
    return Path(str(resources.files("evidencevault") / "resources" / name))


def chosen_language() -> str:
    """'ru', 'en', …: the setting, else the system's language."""
    language = settings.get(settings.LANGUAGE)
    return language or QLocale.system().name().split("_")[0]


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Replace the installed translators; returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or chosen_language()
    ours = QTranslator(app)  # for English: only the plural forms ("1 file", "2 files")
    if not ours.load(str(translations_dir() / f"evidencevault_{language}.qm")):
        language = "en"  # no file for it (or the "C" locale): English, with its plural forms
        ours.load(str(translations_dir() / "evidencevault_en.qm"))
    if not ours.isEmpty():
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
    return language if ours in _installed else "en"
