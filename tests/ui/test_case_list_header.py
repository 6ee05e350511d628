"""Case list: fixed-width column headers show their whole (bold) title (usertest: 'ast change')."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView

from evidencevault.services.cases import CaseService
from evidencevault.ui import i18n
from evidencevault.ui.cases.case_list import CaseList


@pytest.mark.parametrize("language", ["en", "ru"])
def test_fixed_columns_fit_their_bold_titles(qtbot, qapp, session, language):
    i18n.install(qapp, language)
    try:
        qss = i18n.resource_file("style.qss").read_text(encoding="utf-8")
        qapp.setStyleSheet(qss)  # the bold 10 pt headers the program shows (set before the widget is built)
        widget = CaseList(CaseService(session))
        qtbot.addWidget(widget)
        widget.show()
        header = widget.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setPointSize(10)
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        for column in range(widget.model.columnCount()):
            if widget.table.isColumnHidden(column) or header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            title = str(widget.model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 12, title
        from evidencevault.ui import labels
        from evidencevault.ui.cases.model import CaseTableModel

        for month in ("2026-09-28", "2026-11-26"):  # '26 нояб. 2026' was cut to '26 нояб. 20…'
            text = labels.local_date(month + "T12:00:00+00:00")
            assert header.sectionSize(CaseTableModel.UPDATED) >= widget.table.fontMetrics().horizontalAdvance(text) + 8
    finally:
        qapp.setStyleSheet("")
        i18n.install(qapp, "en")
