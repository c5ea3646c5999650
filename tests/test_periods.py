"""The period grammar: validated, a year earlier, the same stretch of time, days."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from claimcheck.intervals import Interval
from claimcheck.periods import parse_period, same_period, year_before


@pytest.mark.parametrize("text, start, end", [
    ("2024", "2024-01-01", "2024-12-31"), ("2024Q4", "2024-10-01", "2024-12-31"),
    ("2024H1", "2024-01-01", "2024-06-30"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2025-01/2025-04", "2025-01-01", "2025-04-30"), ("2024-03-15", "2024-03-15", "2024-03-15"),
    ("2023 (as of July)", "2023-01-01", "2023-12-31"),
])
def test_calendar_periods(text, start, end):
    period = parse_period(text)
    assert (str(period.start), str(period.end)) == (start, end)


@pytest.mark.parametrize("text, message", [
    ("2025Q5", "Q5 is not a quarter"), ("2025-01/2025-13", "2025-13 is not a real date"),
    ("2025-02-30", "2025-02-30 is not a real date"), ("2025-04/2025-01", "ends before it starts"),
    ("Q4 2024", "is not one of"), ("0000", "no year 0"), ("2025-01/2025-04-30", "write both ends alike"),
])
def test_bad_periods_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse_period(text)


@pytest.mark.parametrize("period, before", [
    ("2024", "2023"), ("2024Q4", "2023Q4"), ("2025-01/2025-04", "2024-01/2024-04"), ("FY2018", "FY2017"),
    ("FY2018Q2", "FY2017Q2"), ("2024-11/2025-02", "2023-11/2024-02"), ("2024-02-29", "2023-02-28"),
    ("2023 (as of July)", "2022 (as of July)"), ("", None), ("0001", None),
])
def test_the_same_period_a_year_earlier(period, before):
    assert year_before(period) == before


def test_same_stretch_of_time_and_days():
    assert same_period("2025H1", "2025-01/2025-06") and not same_period("2025H1", "2025Q2")
    assert parse_period("2025Q3").days.low == 92 and parse_period("FY2025Q3").days.high == 92


@given(st.dates(min_value=dt.date(2, 1, 1)), st.dates(min_value=dt.date(2, 1, 1)))
def test_any_valid_range_has_a_year_before(a, b):
    start, end = sorted((a, b))
    text = f"{start.isoformat()}/{end.isoformat()}"
    assert parse_period(year_before(text)).end <= end


def test_the_first_months_of_a_fiscal_year_last_as_many_months_in_a_row_can():
    assert parse_period("FY2024 (first 6 months)").days == Interval(181, 184)   # Jan-Jun to Jul-Dec
    assert parse_period("FY2023 (first 8 months)").days == Interval(242, 245)
    assert parse_period("FY2024").days == Interval(365, 366)                    # the whole year, its start unknown
