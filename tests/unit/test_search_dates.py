"""Fuzzy record dates become inclusive ranges for the search date filter."""

from __future__ import annotations

import pytest

from evidencevault.storage.search_index import date_range


@pytest.mark.parametrize("text, expected", [
    ("2020-03-14", ("2020-03-14", "2020-03-14")),
    ("2020-03", ("2020-03-01", "2020-03-31")),
    ("2019", ("2019-01-01", "2019-12-31")),
    ("~2019", ("2019-01-01", "2019-12-31")),
    ("2024-05-01T10:00:00+00:00", ("2024-05-01", "2024-05-01")),
    ("", (None, None)),
    ("spring", (None, None)),
])
def test_date_range(text, expected):
    assert date_range(text) == expected
