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

from .. import fmt
from ..intervals import Interval, apply
from ..periods import parse_period, start_of
from .model import Check, Context, Family, comparison, is_growth, is_level

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
        implied = apply(lambda a, b: ((a / b) ** (1 / years) - 1) * 100, later.interval, earlier.interval)
        text = (f"From {earlier.phrase} ({earlier.period}) to {later.phrase} ({later.period}) over {years} years is "
                f"{fmt.span(implied, 'percent')} a year on average; the article says {average.phrase}")
        checks.append(comparison("average growth", [average.id, later.id, earlier.id], implied, average.interval,
                                 "percent", text))
    return checks


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
