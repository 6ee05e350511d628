"""Ctrl+Enter saves the New-case dialog, also while typing the summary (usertest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from evidencevault.services.cases import CaseService
from evidencevault.ui.cases.case_dialog import CaseDialog
from tests.ui.helpers import child


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_from_the_summary(qtbot, session, key):
    service = CaseService(session)
    dialog = CaseDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    child(dialog, QLineEdit, "caseTitleEdit").setText("Detention of a fictional journalist")
    summary = child(dialog, QPlainTextEdit, "caseSummaryEdit")
    summary.setFocus()
    qtbot.keyClicks(summary, "Held for two days.")
    qtbot.keyClick(summary, key, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.summary == "Held for two days."
    assert [c.title for c in service.list_cases()] == ["Detention of a fictional journalist"]  # once


def test_ctrl_enter_from_the_title_saves_once(qtbot, session):
    service = CaseService(session)
    dialog = CaseDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    title = child(dialog, QLineEdit, "caseTitleEdit")
    title.setFocus()
    qtbot.keyClicks(title, "Beating of a fictional student")
    qtbot.keyClick(title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [c.title for c in service.list_cases()] == ["Beating of a fictional student"]
