"""Qt's own file dialog remembers the folders it visited in QtProject.conf.

Folder names can carry case data ("…/Cases/Farmonov/photos"), and that file is
plain text outside the vault, so the program forgets that history right after
every file dialog, at lock and at quit.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

_GROUP = "FileDialog"


def forget() -> None:
    """Remove the visited folders Qt's file dialog wrote to its own settings file."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if _GROUP in settings.childGroups():
        settings.remove(_GROUP)
        settings.sync()
