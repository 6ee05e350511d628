"""Alt+letter: no letter is taken twice between the menu bar and the case tabs, in English and
Russian (usertest: Alt+I opened View instead of Timeline, Alt+C Case instead of Complaints)."""

from __future__ import annotations

import re

import pytest

from evidencevault.services.cases import CaseService
from evidencevault.ui import i18n
from evidencevault.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "ru"])
def test_menu_bar_and_tab_letters_are_unique(qtbot, qapp, session, language):
    CaseService(session).add_case("A case")
    i18n.install(qapp, language)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.show()
        titles = [a.text() for a in window.menuBar().actions() if a.isVisible() and a.text()]
        tabs = window.workspace.case_view.tabs
        titles += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
        letters = [mnemonic(t) for t in titles]
        assert None not in letters, titles
        assert len(set(letters)) == len(letters), dict(zip(titles, letters))
        if language == "ru":
            assert any("Дело" in t for t in titles)  # really translated
        window.close()
    finally:
        i18n.install(qapp, "en")
