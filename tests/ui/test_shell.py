"""The shell as a whole: every interactive widget named, every string translatable,
the Russian translation complete and compiled from its .ts, keyboard shortcuts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QHeaderView, QLineEdit,
    QPlainTextEdit, QTabBar, QWidget,
)

from evidencevault.domain import errors
from evidencevault.services.cases import CaseService
from evidencevault.ui import i18n
from evidencevault.ui.error_text import error_sentence
from evidencevault.ui.main_window import MainWindow

TRANSLATIONS = i18n.translations_dir()
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)
INTERNAL = (QComboBox, QAbstractSpinBox, QTabBar, QHeaderView, QLineEdit)


def _internal(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INTERNAL):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def window(qtbot, session):
    case = CaseService(session).add_case("Case")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.workspace.case_list.case_changed(case)
    for name in window.workspace.case_view.pages:
        window.workspace.case_view.show_tab(name)
    yield window
    window.close()


def test_every_interactive_widget_has_an_object_name(window):
    unnamed = [f"{type(w).__name__} in {w.parentWidget().objectName()}" for w in window.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and not w.objectName() and not _internal(w)]
    assert unnamed == []


def test_all_eight_tabs_are_there_and_reachable_by_keyboard(window):
    tabs = window.workspace.case_view.tabs
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == ["overviewTab", "peopleTab", "timelineTab", "testimoniesTab", "evidenceTab",
                     "complaintsTab", "reparationsTab", "auditTab"]
    assert all("&" in tabs.tabText(i) for i in range(tabs.count()))  # Alt+letter mnemonics
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["actionLock"] == "Ctrl+L" and shortcuts["actionFind"] == "Ctrl+F"
    assert shortcuts["actionNewCase"] == "Ctrl+N"


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name"), message


def test_russian_translation_is_complete_and_covers_every_error_code():
    ts = TRANSLATIONS / "evidencevault_ru.ts"
    unfinished = [(c, m.findtext("source")) for c, m in _messages(ts)
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    error_sources = {m.findtext("source") for c, m in _messages(ts) if c == "errors"}
    templates = {cls.template for cls in vars(errors).values()
                 if isinstance(cls, type) and issubclass(cls, errors.VaultError)}
    assert templates <= error_sources, templates - error_sources


def test_compiled_translations_match_their_sources(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    for ts in TRANSLATIONS.glob("*.ts"):
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease if lrelease.exists() else "pyside6-lrelease"), str(ts), "-qm", str(out)],
                       check=True, capture_output=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run tools/translations.py ({ts.name})"


def test_the_window_and_errors_speak_russian(qtbot, session):
    app = QApplication.instance()
    try:
        assert i18n.install(app, "ru") == "ru"
        window = MainWindow(session)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&Хранилище"
        assert error_sentence(errors.WrongPassphrase()).startswith("Парольная фраза не подходит")
        assert error_sentence(errors.NotFound(kind="case", ref="C-1")).endswith("номером C-1.")
        assert QCoreApplication.translate("OverviewTab", "%n person(s)", "", 3) == "3 человека"
        window.close()
    finally:
        i18n.install(app, "en")
    assert QCoreApplication.translate("OverviewTab", "%n person(s)", "", 1) == "1 person"
