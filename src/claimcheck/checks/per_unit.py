"""A per-unit figure against the total and the count it divides: earnings per share, revenue per
tourist, spending per person, output per day.

Register shapes:
- a row in a per-unit unit ('USD per share', 'INR per person', 'tonnes per day') linked to the
  total (in the unit before 'per': USD, INR, tonnes, count) and to the count it is per (a count
  row); which is which follows from their units, so the order of the links does not matter;
- per day, week, month or year, linked to the total alone: the count is the length of the
  total's period ("a quarter's revenue divided by its days").
"""
from __future__ import annotations

from .. import fmt
from ..intervals import Interval, ratio
from ..periods import parse_period
from .model import Check, Context, Family, comparison

# How many days each calendar unit is, as an interval: a month is 28-31 days.
_DAYS = {"day": Interval.point(1), "week": Interval.point(7), "month": Interval(28, 31), "year": Interval(365, 366)}


def per_unit_checks(ctx: Context) -> list[Check]:
    checks = []
    for figure in (c for c in ctx.numeric_claims if c.canonical_unit.per):
        top_unit = figure.canonical_unit.key.split(" per ")[0]
        per = figure.canonical_unit.per
        linked = ctx.linked_claims(figure)
        totals = [c for c in linked if c.canonical_unit.key == top_unit]
        counts = [c for c in linked if c.canonical_unit.key == "count" and c not in totals]
        if not totals:
            continue
        whole = totals[0]
        if counts:
            count, what = counts[0].interval, counts[0].phrase
            claims = [figure.id, whole.id, counts[0].id]
        elif per.rstrip("s") in _DAYS and whole.period:
            try:
                days = parse_period(whole.period).days
            except ValueError:
                continue
            unit_days = _DAYS[per.rstrip("s")]
            count = Interval(days.low / unit_days.high, days.high / unit_days.low)
            what = f"the {fmt.span(count, 'count')} {per}s of {whole.period}"
            claims = [figure.id, whole.id]
        else:
            continue
        try:
            # The total is in its canonical unit (bn for money); the per-unit figure in plain units.
            implied = ratio(whole.interval, count).scaled(float(_to_plain(whole)))
        except ValueError:
            continue
        unit = figure.unit_label
        text = f"{whole.phrase} over {what} is {fmt.span(implied, unit)}; the article says {figure.phrase}"
        checks.append(comparison("per unit", claims, implied, figure.interval, unit, text))
    return checks


def _to_plain(claim) -> float:
    """From the claim's canonical unit to plain units: a money amount is kept in billions."""
    return 1e9 if claim.canonical_unit.is_money else 1.0


FAMILY = Family(per_unit_checks, {"per unit": 1})
