"""The interval rules of the design note (§1): from a printed number to an interval.

| qualifier                     | interval for printed v, last-digit step s |
| exact, about, expected        | [v - s/2, v + s/2)                          |
| over (exceeded, surpassed...) | [v, v + s)  s = step to the next round figure |
| nearly (almost, under...)     | [v - s, v)                                  |
| at least / at most            | [v, +inf) / (-inf, v]                       |

A range printed as words ("double-digit") is its range; "more than half" runs to the
next fraction a writer would have used (two-thirds), "nearly a third" from the one
below (a quarter).

Round numbers have two readings (design note §1). The loose one reads every trailing zero
as rounding: "20 percent" is 15-25 %, "1,000" is 500-1,500. The strict one is what a
careful writer means:

| figure                              | strict step s                        | loose step       |
|-------------------------------------|--------------------------------------|------------------|
| percentages, growth rates, pp, multiples | the last printed digit: 20 -> 19.5-20.5 | trailing zeros round |
| money, counts, physical amounts     | two significant figures at most: 140 -> 135-145, 1,000 -> 950-1,050, 20 -> 19.5-20.5 | trailing zeros round |
| reference figures                   | the last printed digit               | the same, unless the row says "about" |

A count of things printed to the unit, with no scale and no hedge ("42 new cases", "1,048
deaths", "4,213 employees"), is exact in both readings: nobody rounds 1,048 to the nearest unit, and
reading it as 1,047.5-1,048.5 would let thirteen states' counts add up to anything within 6.5 of
their total. A count with trailing zeros ("1,200 jobs") keeps the readings above.

"Over" and "nearly" reach, strictly, no further than the next round figure ("over 900 billion" is short of a
trillion). Read loosely, a figure of three significant digits or fewer is a bound on one side, reaching to twice it
on the other: "more than 3.41 times" allows 3.41-6.82, "nearly 5 lakh crore" 2.5-5; one printed to four digits
or more ("nearly 101.50 million") is meant close, and keeps its strict reading.

A verdict that holds only under the loose reading is a tension (checks/engine.py).
Evidence for the choice is in docs/relations.md ("How wide is a round number").
"""
from __future__ import annotations

import math
from decimal import Decimal

from .intervals import Interval
from .printed import MULTIPLE_WORDS, Printed
from .units import Unit
from .vocabulary import BOUND_QUALIFIERS


def strict_step(printed: Printed, amount: bool) -> Decimal:
    """The rounding step of the strict reading: the last digit for rates, two significant figures at most
    for amounts ("$140 billion" for 141.6 is a normal rounding of money)."""
    last = printed.digit_step
    if not amount or printed.value == 0 or printed.step <= last:
        return last
    two_figures = Decimal(1).scaleb(abs(printed.value).adjusted() - 1)
    return max(last, min(printed.step, two_figures))


# Kinds whose counts are tallies of things, not estimates: a forecast's or a target's "1,248" is still rounded.
_TALLIES = ("level", "count", "change")


def exact_count(printed: Printed, unit: Unit, scale: str, qualifier: str, kind: str) -> bool:
    """A count printed to its last unit, without scale or hedge: exact in both readings."""
    return (unit.key == "count" and not scale and qualifier == "exact" and kind in _TALLIES
            and printed.step == 1 and printed.bounds is None and printed.whole is None)


def loose_bound(printed: Printed, qualifier: str) -> tuple[Interval, str] | None:
    """The loose reading of "over" or "nearly" a figure of three significant digits or fewer: a bound, the other
    side no further than a factor of two; None for any other figure."""
    if qualifier not in BOUND_QUALIFIERS or printed.bounds is not None or printed.whole is not None \
            or printed.value <= 0 or printed.digit_step <= 0 or len(str(int(printed.value / printed.digit_step))) > 3:
        return None
    v = float(printed.value)
    if qualifier == "over":
        return Interval(v, 2 * v, high_open=True), "over, read as a bound: [v, 2v)"
    return Interval(v / 2, v), "nearly, read as a bound: (v/2, v]"


def interval_for(printed: Printed, qualifier: str, scale: str = "", step: Decimal | None = None) -> tuple[Interval, str]:
    """The interval a printed value allows (in the printed scale), and the rule in words. `step` is the
    rounding step of the reading (default: the loose one, trailing zeros round)."""
    v, s = printed.value, printed.step if step is None else step
    if qualifier == "about" and s == 0 and printed.text.isalpha():
        s = Decimal(1)  # ("about three million US dollars": hedged as "about 3 million" is, a word exact only when bare)
    suffix = f" {scale}" if scale else ""
    if printed.bounds and qualifier not in ("at least", "at most"):
        low, high = printed.bounds
        return Interval(float(low), float(high), high_open=True), f"{printed.text}: [{_fmt(low)}, {_fmt(high)})"
    if qualifier in ("exact", "about", "expected"):
        if s == 0:
            return Interval.point(float(v)), "exact value"
        half = s / 2
        return (Interval(float(v - half), float(v + half), high_open=True),
                f"rounded to {_fmt(s)}{suffix}: [v - {_fmt(half)}, v + {_fmt(half)})")
    if printed.whole:
        below, above = printed.fraction_neighbours()
        over_rule, nearly_rule = f"over: [v, {_fmt(above)})", f"nearly: [{_fmt(below)}, v)"
    elif printed.text.lower() in MULTIPLE_WORDS and v >= 2:
        # "more than doubled" is short of tripled; "nearly doubled" is more than one and a half times
        below, above = v - Decimal("0.5"), v + 1
        over_rule, nearly_rule = f"over: [v, {_fmt(above)})", f"nearly: [{_fmt(below)}, v)"
    else:
        step = printed.step or Decimal(1)  # "over 900": up to the next round figure, in either reading
        below, above = v - step, v + step
        over_rule, nearly_rule = f"over: [v, v + {_fmt(step)}{suffix})", f"nearly: [v - {_fmt(step)}{suffix}, v)"
    if qualifier == "over":
        return Interval(float(v), float(above), high_open=True), over_rule
    if qualifier == "nearly":
        return Interval(float(below), float(v), high_open=True), nearly_rule
    if qualifier == "at least":
        return Interval(float(v), math.inf), "at least: [v, +inf)"
    if qualifier == "at most":
        return Interval(-math.inf, float(v)), "at most: (-inf, v]"
    raise ValueError(f"unknown qualifier {qualifier!r}")


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f")
