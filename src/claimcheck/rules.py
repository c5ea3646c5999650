"""The interval rules of the design note (§1): from a printed number to an interval.

| qualifier                     | interval for printed v, last-digit step s |
| exact, about, expected        | [v - s/2, v + s/2)                          |
| over (exceeded, surpassed...) | [v, v + s)  s = step to the next round figure |
| nearly (almost, under...)     | [v - s, v)                                  |
| at least / at most            | [v, +inf) / (-inf, v]                       |
"""
from __future__ import annotations

import math
from decimal import Decimal

from .intervals import Interval
from .printed import Printed

QUALIFIERS = ("exact", "about", "expected", "over", "nearly", "at least", "at most")

# Words that set the qualifier, for the draft register and the extractor.
QUALIFIER_WORDS = {
    "over": ("over", "more than", "exceed", "exceeded", "exceeds", "exceeding", "surpass", "surpassed",
             "surpasses", "surpassing", "topped", "top", "tops", "above", "beyond", "upwards of", "in excess of",
             "break", "broke", "passed"),
    "nearly": ("nearly", "almost", "close to", "under", "below", "just shy of", "less than"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "~"),
    "at least": ("at least", "no less than", "a minimum of"),
    "at most": ("at most", "no more than", "up to", "a maximum of"),
}


def interval_for(printed: Printed, qualifier: str, scale: str = "") -> tuple[Interval, str]:
    """The interval a printed value allows (in the printed scale), and the rule in words."""
    v, s = printed.value, printed.step
    suffix = f" {scale}" if scale else ""
    if qualifier in ("exact", "about", "expected"):
        if s == 0:
            return Interval.point(float(v)), "exact value"
        half = s / 2
        return (Interval(float(v - half), float(v + half), high_open=True),
                f"rounded to {_fmt(s)}{suffix}: [v - {_fmt(half)}, v + {_fmt(half)})")
    step = s if s else Decimal(1)
    if qualifier == "over":
        return Interval(float(v), float(v + step), high_open=True), f"over: [v, v + {_fmt(step)}{suffix})"
    if qualifier == "nearly":
        return Interval(float(v - step), float(v), high_open=True), f"nearly: [v - {_fmt(step)}{suffix}, v)"
    if qualifier == "at least":
        return Interval(float(v), math.inf), "at least: [v, +inf)"
    if qualifier == "at most":
        return Interval(-math.inf, float(v)), "at most: (-inf, v]"
    raise ValueError(f"unknown qualifier {qualifier!r}")


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f")
