"""Closed intervals with honest infinite ends, and interval arithmetic by corners.

Every comparison treats both ends as reachable, so a verdict never depends on
whether a writer rounded half up or half down. Whether an end is open is kept for
display only ("[900, 1000)").
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def __post_init__(self):
        if math.isnan(self.low) or math.isnan(self.high):
            raise ValueError("interval bound is NaN")
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} is above high {self.high}")

    @classmethod
    def point(cls, value: float) -> "Interval":
        return cls(value, value)

    @property
    def width(self) -> float:
        return self.high - self.low

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def overlap(self, other: "Interval") -> "Interval | None":
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None

    def scaled(self, factor: float) -> "Interval":
        if factor < 0:
            return Interval(self.high * factor, self.low * factor, self.high_open, self.low_open)
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)


def apply(formula: Callable[..., float], *args: Interval) -> Interval:
    """Evaluate a formula that is monotone in each argument at all corners.

    Infinite corners are evaluated as limits by the formula itself (float inf
    arithmetic); a corner that yields NaN (inf/inf) makes that side unbounded.
    """
    values = []
    for corner in itertools.product(*[(a.low, a.high) for a in args]):
        try:
            values.append(formula(*corner))
        except ZeroDivisionError:
            values.append(math.inf)
    low = min((v for v in values if not math.isnan(v)), default=-math.inf)
    high = max((v for v in values if not math.isnan(v)), default=math.inf)
    if any(math.isnan(v) for v in values):
        low, high = -math.inf if low > -math.inf else low, math.inf
    open_end = any(a.low_open or a.high_open for a in args)
    return Interval(low, high, open_end, open_end)


def prior_level(level: Interval, growth_percent: Interval) -> Interval:
    """Level before a growth: level / (1 + g). A fall cannot exceed 100 %: the part of the growth
    interval below -100 % is no growth at all, and a fall of up to 100 % leaves the earlier level unbounded."""
    if growth_percent.high <= -100:
        raise ValueError("a fall of 100 % or more leaves no earlier level")
    growth_percent = Interval(max(growth_percent.low, -100), growth_percent.high)
    return apply(lambda v, g: v / (1 + g / 100), level, growth_percent)


def growth_between(later: Interval, earlier: Interval) -> Interval:
    """Growth in percent from earlier to later: later / earlier - 1. Only a positive earlier level has
    a growth rate; an earlier level that may be as small as zero leaves the growth unbounded above."""
    if earlier.high <= 0:
        raise ValueError("growth needs a positive earlier level")
    earlier = Interval(max(earlier.low, 0), earlier.high)
    return apply(lambda a, b: (a / b - 1) * 100, later, earlier)


def ratio(numerator: Interval, denominator: Interval) -> Interval:
    if denominator.low <= 0 <= denominator.high:
        raise ValueError("ratio with a denominator that may be zero")
    return apply(lambda a, b: a / b, numerator, denominator)


def difference(a: Interval, b: Interval) -> Interval:
    return apply(lambda x, y: x - y, a, b)


def total(parts: list[Interval]) -> Interval:
    return Interval(sum(p.low for p in parts), sum(p.high for p in parts))
