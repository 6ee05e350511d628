"""Small helpers for driving the real widgets by objectName."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget


def child(parent: QObject, kind: type, name: str):
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot, parent: QObject, name: str) -> None:
    button = child(parent, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, parent: QObject, kind: type, name: str, text: str) -> None:
    widget = child(parent, kind, name)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def active_dialog(name: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def run_modal(qtbot, name: str, drive) -> None:
    """Drive the modal dialog ``name`` that the next action opens (via a zero timer)."""
    from PySide6.QtCore import QTimer

    done = []

    def attempt() -> None:
        dialog = active_dialog(name)
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        drive(dialog)
        done.append(True)

    QTimer.singleShot(0, attempt)
    return done


def all_widgets(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]
