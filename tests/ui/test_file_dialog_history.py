"""Qt's file dialog writes the folders it visited to QtProject.conf, a plain file outside
the vault; folder names can carry case data, so the program forgets them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from evidencevault.ui import file_dialog_history


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def test_visited_folders_are_forgotten(qtbot, tmp_path):
    folder = tmp_path / "Cases" / "Фармонов-photos"
    folder.mkdir(parents=True)
    dialog = QFileDialog(None, "pick", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    dialog.done(0)
    dialog.deleteLater()                        # Qt saves its history when the dialog goes
    del dialog
    qtbot.wait(50)
    settings = _qt_settings()
    settings.sync()
    assert "FileDialog" in settings.childGroups()   # Qt did write the history
    file_dialog_history.forget()
    settings = _qt_settings()
    assert "FileDialog" not in settings.childGroups()
    path = Path(settings.fileName())
    assert not path.exists() or "Cases" not in path.read_text("utf-8", errors="replace")
