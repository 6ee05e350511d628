"""English plural forms also when the system language has no translation (LANG=C, 'de', …):
usertest saw '0 person(s) · 1 testimony(ies)'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from evidencevault.ui import i18n
from evidencevault.ui.plurals import plurals


@pytest.mark.parametrize("language", ["C", "de", "en"])
def test_plural_forms_without_a_translation_for_the_language(qapp, language):
    try:
        assert i18n.install(qapp, language) == "en"
        assert plurals().uses_allowed(1) == "1 use allowed"
        assert plurals().uses_allowed(3) == "3 uses allowed"
        assert QCoreApplication.translate("OverviewTab", "%n testimony(ies)", "", 1) == "1 testimony"
        assert QCoreApplication.translate("OverviewTab", "%n testimony(ies)", "", 0) == "0 testimonies"
    finally:
        i18n.install(qapp, "en")
