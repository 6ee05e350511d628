"""Fuzzy dates: parse what people write, render only what is known, sort a timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidencevault.domain.fuzzy_date import FuzzyDate, FuzzyDateError, parse_exact_date
from evidencevault.storage.records import read_date


@pytest.mark.parametrize("text, precision, parts, english, russian", [
    ("2020-03-14", "exact", (2020, 3, 14), "14 March 2020", "14 марта 2020"),
    ("2020-03", "month", (2020, 3, None), "March 2020", "март 2020"),
    ("2019", "year", (2019, None, None), "2019", "2019"),
    ("~2019", "estimated", (2019, None, None), "around 2019", "примерно 2019"),
    ("~2019-07", "estimated", (2019, 7, None), "around July 2019", "примерно июль 2019"),
    ("", "unknown", (None, None, None), "date unknown", "дата неизвестна"),
    ("unknown", "unknown", (None, None, None), "date unknown", "дата неизвестна"),
    ("14.03.2020", "exact", (2020, 3, 14), "14 March 2020", "14 марта 2020"),
    ("03.2020", "month", (2020, 3, None), "March 2020", "март 2020"),
    ("около 2018", "estimated", (2018, None, None), "around 2018", "примерно 2018"),
])
def test_parse_and_render_honestly(text, precision, parts, english, russian):
    value = FuzzyDate.parse(text)
    assert value.precision == precision
    assert (value.year, value.month, value.day) == parts
    assert value.render() == english
    assert value.render("ru") == russian
    assert FuzzyDate.parse(value.to_text()) == value


@pytest.mark.parametrize("text", ["2020-13", "2020-02-30", "20", "March 2020", "2020/03/14",
                                  "2020-03-14T10:00", "~", "14.13.2020", "abc"])
def test_unreadable_dates_are_refused_with_the_forms_that_work(text):
    with pytest.raises(FuzzyDateError) as info:
        FuzzyDate.parse(text)
    assert str(info.value)


def test_inconsistent_parts_are_refused():
    with pytest.raises(FuzzyDateError):
        FuzzyDate("exact", 2020, 3, None)
    with pytest.raises(FuzzyDateError):
        FuzzyDate("year", 2020, 3, None)
    with pytest.raises(FuzzyDateError):
        FuzzyDate("unknown", 2020)
    with pytest.raises(FuzzyDateError):
        FuzzyDate("sometime", 2020)


def test_timeline_order_month_before_its_days_year_before_its_months_unknown_last():
    texts = ["2020-03-14", "", "2020", "2019-12-31", "2020-03", "~2020-02", "2020-03-01"]
    ordered = sorted((FuzzyDate.parse(t) for t in texts), key=FuzzyDate.sort_key)
    assert [d.to_text() for d in ordered] == [
        "2019-12-31", "2020", "~2020-02", "2020-03", "2020-03-01", "2020-03-14", ""]


def test_earliest_day_and_exact_dates():
    assert FuzzyDate.parse("2020-03").earliest() == dt.date(2020, 3, 1)
    assert FuzzyDate.parse("").earliest() is None
    assert parse_exact_date("2021-01-05") == dt.date(2021, 1, 5)
    with pytest.raises(FuzzyDateError):
        parse_exact_date("2021-01")


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
       st.sampled_from(["exact", "month", "year"]), st.booleans())
def test_round_trip_and_sort_agree_with_calendar(day, precision, estimated):
    parts = {"exact": (day.year, day.month, day.day), "month": (day.year, day.month, None),
             "year": (day.year, None, None)}[precision]
    value = FuzzyDate.of(*parts, estimated=estimated)
    assert FuzzyDate.parse(value.to_text()) == value
    assert read_date({"d": value.to_text()}, "d") == value   # the storage fast path agrees
    assert value.earliest() <= day
    assert value.sort_key() <= FuzzyDate.from_date(day).sort_key()
