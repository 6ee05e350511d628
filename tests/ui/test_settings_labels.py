"""Settings dialog (usertest shot44): no '(empty = system)' beside a box that says 'System language'."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout

from evidencevault.ui import i18n
from evidencevault.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.helpers import child


def test_language_row_reads_plainly(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    combo = child(dialog, QComboBox, "languageCombo")
    form = dialog.findChild(QFormLayout)
    assert form.labelForField(combo).text() == "Language of the interface"
    assert combo.itemText(0) == "System language"


def test_spin_boxes_keep_their_drawn_arrows():
    """A styled border on QSpinBox makes Qt drop the up/down arrows: the style leaves spin boxes' frames alone."""
    qss = i18n.resource_file("style.qss").read_text(encoding="utf-8")
    for rule in qss.split("}"):
        selectors, _, body = rule.partition("{")
        if "QSpinBox" in selectors and "::" not in selectors:
            assert "border" not in body, rule
