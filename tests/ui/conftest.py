"""Window tests: offscreen Qt, settings isolated in tmp_path, a fast KDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    from evidencevault.ui import settings

    folder = tmp_path_factory.mktemp("settings")
    settings.use_folder(folder)
    yield folder


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The window as the program starts it: English, with its plural forms ("1 result")."""
    from evidencevault.ui import i18n

    i18n.install(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def no_job_outlives_its_test(qapp):
    """A job still running when its test ends would call back into widgets the next
    test no longer has: stop every job and deliver its last signals here."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from evidencevault.ui import jobs

    jobs.stop_all_jobs()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
