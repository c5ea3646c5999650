"""A per-unit figure against the total and the count it divides: earnings per share, revenue per
tourist, spending per person, output per day.

Register shapes:
- a row in a per-unit unit ('USD per share', 'INR per person', 'tonnes per day') linked to the
  total (in the unit before 'per': USD, INR, tonnes, count) and to the count it is per (a count
  row); which is which follows from their units, so the order of the links does not matter;
- per day, week, month or year, linked to the total alone: the count is the length of the
  total's period ("a quarter's revenue divided by its days");
- average power: a power row (MW, GW) linked to an energy row (GWh, TWh) of the same period
  ("12,617 GWh (16,958 MW)" for May): the energy over the period's hours;
- share counts: two amounts per share, each linked to its amount alone, of one measure (or amounts linked
  to each other) in two periods: the share counts they imply must be alike.
"""
from __future__ import annotations

import itertools
import math

from .. import fmt
from ..intervals import Interval, ratio
from ..periods import parse_period
from ..units import quantities_of
from .model import Check, Context, Family, comparison, is_level
from .verdict import CONSISTENT, INCONSISTENT, TENSION

# How far apart two share counts of one company may be and still bear out its amounts and amounts per share: a year's
# buybacks or issues move a count a few per cent; a split moves it twofold or more.
_SHARES_ALIKE = 0.10
# How many days each calendar unit is, as an interval: a month is 28-31 days.
_DAYS = {"day": Interval.point(1), "week": Interval.point(7), "month": Interval(28, 31), "year": Interval(365, 366)}


def per_unit_checks(ctx: Context) -> list[Check]:
    checks = []
    # (a move per period is no rate a total divides into: "A youth monthly pass jumps $2.50 a month to $92.25")
    for figure in (c for c in ctx.numeric_claims if c.canonical_unit.per and c.kind != "change"):
        top_unit = figure.canonical_unit.key.split(" per ")[0]
        per = figure.canonical_unit.per
        linked = ctx.linked_claims(figure)
        # (a move is no total: "increased its daily production by 96,000 barrels, to 1.18 million barrels a day")
        totals = [c for c in linked if c.canonical_unit.key == top_unit and c.kind != "change"]
        # (or the quantity it is per: "1.3 billion USD" over "690,000 tonnes" against "US$1,933 per tonne")
        counts = [c for c in linked if c.canonical_unit.key in ("count", *quantities_of(per)) and c not in totals]
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
    return checks + _average_power(ctx) + _share_counts(ctx)


def _average_power(ctx: Context) -> list[Check]:
    """"reaching 12,617 GWh (16,958 MW)" in May 2024: 12,617 GWh over May's 744 hours is 16,958 MW."""
    checks = []
    for power in (c for c in ctx.numeric_claims if c.canonical_unit.key == "GW"):
        for energy in ctx.linked_claims(power):
            if energy.canonical_unit.key != "TWh" or not energy.period or energy.period != power.period:
                continue  # (last May's energy is no measure of this May's power)
            try:
                hours = parse_period(energy.period).days.scaled(24)
                implied = ratio(energy.interval, hours).scaled(1000)  # TWh per hour is TW: 1,000 GW
            except ValueError:
                continue
            span = fmt.span(hours, "count")
            text = (f"{energy.phrase} over the {span} hours of {energy.period} is {fmt.span(implied, 'GW')} on average; "
                    f"the article says {power.phrase}")
            check = comparison("per unit", [power.id, energy.id], implied, power.interval, "GW", text)
            days = _whole_days(energy, power)
            if check.verdict == INCONSISTENT and days:
                # The two figures agree on a span of whole days, just not the period read for them: the period is
                # the likelier slip ("the first eleven months of the fiscal year 2024" read as all of it).
                check.verdict = TENSION
                check.explanation += (f" Yet the two figures fit each other over {days} days: check the period "
                                      f"({energy.period}) before reading this as a contradiction.")
            checks.append(check)
    return checks


def _share_counts(ctx: Context) -> list[Check]:
    """"net income of $20.1 million, or 20 cents per share, from $17.2 million, or 18 cents per share": each amount
    over its amount per share is the company's share count, which a year or a quarter apart is alike. Within
    _SHARES_ALIKE of each other they bear the figures out; further apart, a split, a large buyback or issue, or a
    misprinted figure: a tension, never a contradiction."""
    pairs = []  # (per-share row, its amount) with no count of shares linked
    for figure in (c for c in ctx.numeric_claims if c.canonical_unit.per == "share"):
        top_unit = figure.canonical_unit.key.split(" per ")[0]
        linked = ctx.linked_claims(figure)
        totals = [c for c in linked if c.canonical_unit.key == top_unit and is_level(c) and c.interval.low > 0]
        if len(totals) == 1 and not any(c.canonical_unit.key == "count" for c in linked) and figure.interval.low > 0:
            pairs.append((figure, totals[0]))
    checks = []
    for (first, total), (second, other) in itertools.combinations(pairs, 2):
        if not total.period or not other.period or total.period == other.period \
                or not (ctx.same_measure(total, other) or ctx.linked(total, other)):
            continue
        shares = [ratio(t.interval, p.interval).scaled(_to_plain(t)) for p, t in ((first, total), (second, other))]
        apart = ratio(shares[0], shares[1])
        alike = apart.low <= 1 + _SHARES_ALIKE and apart.high >= 1 / (1 + _SHARES_ALIKE)
        text = (f"{total.phrase} over {first.phrase} puts the shares at {fmt.span(shares[0], 'count')} ({total.period}); "
                f"{other.phrase} over {second.phrase} at {fmt.span(shares[1], 'count')} ({other.period})")
        text += (": alike, as one company's share count is from one period to another." if alike else
                 f": {fmt.span(Interval((apart.low - 1) * 100, (apart.high - 1) * 100), 'percent')} apart, more than a "
                 f"share count moves without a split, a large buyback or issue; check both figures.")
        checks.append(Check("share count", [first.id, total.id, second.id, other.id], CONSISTENT if alike else TENSION,
                            text, implied=shares[0], implied_unit="count", stated=shares[1], stated_unit="count"))
    return checks


def _whole_days(energy, power) -> int:
    """A whole number of days (a week to a year) that the energy over the power spans within their rounding, or 0."""
    try:
        hours = ratio(energy.interval, power.interval).scaled(1000)  # TWh / GW is thousands of hours
    except ValueError:
        return 0
    low, high = math.ceil(hours.low / 24), math.floor(hours.high / 24)
    # (a round power figure, "14,100 MW", leaves a few days open: a span of whole days still, within 3)
    middle = round((hours.low + hours.high) / 48)
    return middle if low <= middle <= high and high - low <= 3 and 7 <= middle <= 366 else 0


def _to_plain(claim) -> float:
    """From the claim's canonical unit to plain units: a money amount is kept in billions."""
    return 1e9 if claim.canonical_unit.is_money else 1.0


FAMILY = Family(per_unit_checks, {"per unit": 1, "share count": 1})
