"""Small widget helpers shared by the bundle dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


def set_role(label: QLabel, role: str) -> None:
    """'error', 'ok' or 'subtle' (style.qss); re-polished so the colour follows at once."""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
