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
