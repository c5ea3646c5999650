"""An average annual growth rate against the growth it averages: "an increase of 8.7% from January to July
2019 ... The average annual growth rate is 4.3%" (the two-year average: 1.087 ** (1/2) - 1 = 4.26 %), or "grew
at a compound annual rate of 12% to $5 billion in 2025 from $2.8 billion in 2020".

Register shape: a `growth` row in `percent per year` (a rate each year of a span, not over it), linked to
- a `growth` row in percent measured against a period whole years before its own (its `basis`), the growth
  over the span: the average is (1 + G) ** (1 / N) - 1 over the N years; or
- two levels of one unit whole years apart: (later / earlier) ** (1 / N) - 1.
A span that is not whole years (or under two) says nothing about a yearly average: no check.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import fmt
from ..intervals import Interval, apply
from ..periods import parse_period, start_of
from .model import Check, Context, Family, comparison, digits_cut, is_growth, is_level
from .verdict import INCONSISTENT, TENSION, compare

PER_YEAR = "percent per year"


def average_growth_checks(ctx: Context) -> list[Check]:
    checks = []
    for average in (c for c in ctx.numeric_claims if c.kind == "growth" and c.unit == PER_YEAR):
        linked = ctx.linked_claims(average)
        spans = [(g, whole_years(g.basis, g.period)) for g in linked if is_growth(g) and g.basis]
        spans = [(g, n) for g, n in spans if n]
        if spans:
            growth, years = spans[0]
            implied = apply(lambda g: ((1 + g / 100) ** (1 / years) - 1) * 100, _above_minus_100(growth.interval))
            text = (f"{fmt.opening(growth.move)} over the {years} years from {growth.basis} to {growth.period} is "
                    f"{fmt.span(implied, 'percent')} a year on average; the article says {average.phrase}")
            checks.append(comparison("average growth", [average.id, growth.id], implied, average.interval,
                                     "percent", text))
            continue
        levels = sorted((c for c in linked if is_level(c) and c.period), key=lambda c: start_of(c.period) or dt.date.max)
        if len(levels) != 2 or levels[0].canonical_unit.key != levels[1].canonical_unit.key:
            continue
        earlier, later = levels
        years = whole_years(earlier.period, later.period)
        if not years or earlier.interval.low <= 0:
            continue
        implied = _yearly(later.interval, earlier.interval, years)
        text = (f"From {earlier.phrase} ({earlier.period}) to {later.phrase} ({later.period}) over {years} years is "
                f"{fmt.span(implied, 'percent')} a year on average; the article says {average.phrase}")
        check = comparison("average growth", [average.id, later.id, earlier.id], implied, average.interval,
                           "percent", text)
        check = _dated_by_year_only(check, earlier, later, years, average)
        if check.verdict == INCONSISTENT and digits_cut(average, implied):
            # ("from US$24.45 billion in 2021 to US$29.83 billion by 2028, at a CAGR of 2.8%": 2.88 % with its last
            # digit cut, as market reports print their CAGRs, not another rate)
            check.verdict = TENSION
            check.explanation += (f" The article's {average.value} % is the levels' {fmt.span(implied, 'percent')} with "
                                  f"its last digit cut, not rounded: a report's truncation more likely than another "
                                  f"rate (tension).")
        checks.append(check)
    return checks


def _yearly(later: Interval, earlier: Interval, years: int) -> Interval:
    return apply(lambda a, b: ((a / b) ** (1 / years) - 1) * 100, later, earlier)


_A_YEAR = re.compile(r"(?:FY)?\d{4}")
# What is counted at a moment, not over a span: an amount outstanding, a balance, a stock of things
_AT_A_MOMENT = re.compile(r"(?i)\b(?:outstanding|balances?|debts?|assets|deposits|loans?|credit|reserves|population|"
                          r"holdings|under management|aum|installed|subscribers|stocks?)\b")


def _dated_by_year_only(check: Check, earlier, later, years: int, average) -> Check:
    """Amounts at a moment dated by their years alone ("the amount outstanding ... rose from Rs 52,327 crore in 2014 to
    Rs 1,37,474 crore in 2025") are points anywhere in those years: over a year fewer or more the yearly average moves
    by a few tenths. A stated average that misses the whole years but fits a year either side is a tension for the
    exact dates to settle, not a contradiction. (A year's flows, revenue or exports, span the whole years.)"""
    if check.verdict != INCONSISTENT or years < 3 or not (_A_YEAR.fullmatch(earlier.period)
                                                         and _A_YEAR.fullmatch(later.period)) \
            or not (_AT_A_MOMENT.search(earlier.metric) and _AT_A_MOMENT.search(later.metric)):
        return check
    fewer, more = (_yearly(later.interval, earlier.interval, n) for n in (years - 1, years + 1))
    wider = Interval(min(fewer.low, more.low), max(fewer.high, more.high))
    if compare(wider, average.interval).verdict == INCONSISTENT:
        return check
    check.verdict = TENSION
    check.explanation += (f" Over {years - 1} to {years + 1} years the levels give {fmt.span(wider, 'percent')} a "
                          f"year, which holds the article's figure: with the levels dated by year alone, their exact "
                          f"dates would settle it (tension).")
    return check


def whole_years(earlier: str, later: str) -> int:
    """Whole years from one period to a later one of the same shape (January-July 2019 to January-July 2021: 2);
    0 when they are not whole years apart, or under two."""
    try:
        a, b = parse_period(earlier), parse_period(later)
    except ValueError:
        return 0
    if a.start is None or b.start is None or (a.start.month, a.start.day, a.end.month, a.end.day) != \
            (b.start.month, b.start.day, b.end.month, b.end.day):
        return 0
    years = b.start.year - a.start.year
    return years if years >= 2 else 0


def _above_minus_100(rate: Interval) -> Interval:
    """A fall of 100 % or more leaves nothing to average."""
    return Interval(max(rate.low, -99.999), max(rate.high, -99.999))


FAMILY = Family(average_growth_checks, {"average growth": 1})
