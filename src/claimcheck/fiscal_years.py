"""When a country's government fiscal year starts, for "the first nine months of the current fiscal year".

The table (fiscal_years.csv, beside this module) gives, per currency, the country and the month its
government's fiscal year starts, each row with its producer, title, URL, date published and date read.
An article's country is the one whose currency most of its amounts are in, when the article also names
it ("Rs" alone may be India's rupee or Pakistan's, so a currency the draft defaulted to decides nothing). Companies keep their own
years (India requires April to March of its companies; Japan's and most others' vary), so a check reads
a mismatch against this table as a tension to confirm, never as an error. The US and the UK are left out
on purpose: their articles' "fiscal year" is most often a company's. A year the article itself says its
company keeps ("the financial year ended Dec 31") comes before the table.
"""
from __future__ import annotations

import calendar
import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("fiscal_years.csv")


@dataclass(frozen=True)
class FiscalYear:
    currency: str
    country: str
    names: str         # how an article names the country: "Pakistan|Pakistani|Islamabad"
    first_month: int
    producer: str
    title: str
    url: str
    published: str
    date_read: str

    @property
    def cited(self) -> str:
        return f"{self.producer}, \"{self.title}\"" + (f", {self.published}" if self.published else "")


@cache
def _table() -> dict[str, FiscalYear]:
    with TABLE.open(newline="", encoding="utf-8") as handle:
        rows = [FiscalYear(**{**row, "first_month": int(row["first_month"])}) for row in csv.DictReader(handle)]
    return {row.currency: row for row in rows}


def of_currency(currency: str) -> FiscalYear | None:
    """The fiscal year of the country whose currency it is, if the table has it."""
    return _table().get(currency)


def fiscal_year_of(units: Iterable[str], text: str) -> FiscalYear | None:
    """The government fiscal year of the country whose currency most of the units name, if the table has it and
    the text names that country; else of the one country of the table the text names."""
    currencies = Counter(unit for unit in units if len(unit) == 3 and unit.isupper())
    found = _table().get(currencies.most_common(1)[0][0]) if currencies else None
    named = _countries_named(text)
    if found is not None and found in named:
        return found
    # ("India's coal production rose 12 per cent to 880.72 million tonnes in April-February", "Pakistan Bureau of
    # Statistics ... exports of $31.760b", "Pakistanis in Saudi Arabia remitted $3.74 billion in first 9 months of
    # 2019": no money, a currency of no country of the table, or one of a country the text does not name)
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=8)
def _countries_named(text: str) -> tuple[FiscalYear, ...]:
    """The countries of the table the text names (remembered: asked again for each span of a long article), found
    in one pass over the text."""
    named = {match.lastgroup for match in _names_pattern().finditer(text)}
    return tuple(row for n, row in enumerate(_table().values()) if f"c{n}" in named)


@cache
def _names_pattern() -> re.Pattern:
    """Every country's names, each country a named group (a dateline's capitals too: "ISLAMABAD: A decline")."""
    return re.compile("|".join(rf"(?P<c{n}>\b(?:{row.names}|{row.names.upper()})\b)"
                               for n, row in enumerate(_table().values())))


# "For the financial year ended Dec 31 (FY18)", "the fiscal year ending 30 June 2019": the year the article's company
# keeps, in its own words ("the fiscal year that ended Sept. 30": a relative clause between)
_YEAR_ENDED = re.compile(r"(?i)(?P<half>\bhalf of the )?\b(?:financial|fiscal)\s+year\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|to)\s+"
                         r"(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\b(?P<year>\.?\s+(?:\d{1,2},?\s+)?\d{4}\b)?")
_MONTH_NUMBERS = {calendar.month_abbr[number].lower(): number for number in range(1, 13)}


@lru_cache(maxsize=8)
def stated_fiscal_year(text: str) -> FiscalYear | None:
    """The fiscal year the article says its company keeps ("the financial year ended Dec 31": January to December),
    when every such statement names one month; None otherwise. It comes before the country's table: a Malaysian
    bank's FY18 is the calendar year it says it is."""
    # (not "the first half of the financial year ending September 30", a day with no year: the end of the half, not of
    # the year; "the second quarter of the fiscal year ending March 2026" names the year's end)
    ends = {_MONTH_NUMBERS[match.group("month").lower()] for match in _YEAR_ENDED.finditer(text)
            if not (match.group("half") and not match.group("year"))}
    if len(ends) != 1:
        return None
    last = ends.pop()
    return FiscalYear(currency="", country="the company", names="", first_month=last % 12 + 1,
                      producer="the article itself", title=f"its financial year ends in {calendar.month_name[last]}",
                      url="", published="", date_read="")


def first_months(fiscal_year: int, first_month: int, months: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (year, month) of the first `months` of a fiscal year named by the year it ends."""
    start_year = fiscal_year - 1 if first_month > 1 else fiscal_year
    last = start_year * 12 + first_month - 1 + months - 1
    return (start_year, first_month), (last // 12, last % 12 + 1)


def quarter_in_fiscal_year(calendar_quarter: int, first_month: int) -> int:
    """The number in the fiscal year of a calendar quarter: October-December is the third in India's (from April)."""
    return ((calendar_quarter - 1) * 3 + 1 - first_month) % 12 // 3 + 1
