"""The four verdicts of the design note (§3) and how two intervals earn one.

consistent    the intervals overlap by more than a sliver
tension       they overlap only at an edge, or they measure slightly different things
inconsistent  they do not overlap: the gap is reported in the unit and in percent
unverifiable  nothing to compare with
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .. import fmt
from ..intervals import Interval

CONSISTENT, TENSION, INCONSISTENT, UNVERIFIABLE = "consistent", "tension", "inconsistent", "unverifiable"
VERDICTS = (INCONSISTENT, TENSION, CONSISTENT, UNVERIFIABLE)  # most serious first
SEVERITY = {INCONSISTENT: 3, TENSION: 2, CONSISTENT: 1, UNVERIFIABLE: 0}
SYMBOLS = {CONSISTENT: "✓", TENSION: "!", INCONSISTENT: "✗", UNVERIFIABLE: "?"}

# An overlap narrower than this share of the narrower interval is reachable only
# when every input sits at an extreme corner of its rounding: a sliver, not agreement.
SLIVER = 0.10


@dataclass(frozen=True)
class Comparison:
    verdict: str
    gap: float | None = None          # distance between the intervals, in their unit
    gap_percent: float | None = None  # the gap relative to the nearest bound of the first interval
    direction: str = ""               # "below" / "above": where the second lies relative to the first


def compare(first: Interval, second: Interval, *, other_scope: bool = False) -> Comparison:
    """Compare an interval from the article (first) with another figure (second)."""
    if second.high < first.low or first.high < second.low:
        if second.high < first.low:
            gap, nearest, direction = first.low - second.high, first.low, "below"
        else:
            gap, nearest, direction = second.low - first.high, first.high, "above"
        gap_percent = 100 * gap / abs(nearest) if nearest and math.isfinite(nearest) else None
        # Different definitions cannot contradict each other, only warn.
        return Comparison(TENSION if other_scope else INCONSISTENT, gap, gap_percent, direction)
    overlap = first.overlap(second)
    narrower = min(first.width, second.width)
    if narrower == 0:
        # A point figure inside the other interval: agreement unless it sits exactly on an open edge.
        edge = any(
            iv.width > 0 and (overlap.low == iv.high and iv.high_open or overlap.high == iv.low and iv.low_open)
            for iv in (first, second)
        )
        return Comparison(TENSION if edge else CONSISTENT)
    if math.isinf(narrower):
        return Comparison(CONSISTENT if overlap.width > 0 else TENSION)
    return Comparison(CONSISTENT if overlap.width / narrower >= SLIVER else TENSION)


def worst(verdicts) -> str:
    verdicts = list(verdicts)
    return max(verdicts, key=lambda v: SEVERITY[v]) if verdicts else UNVERIFIABLE


def describe(text: str, cmp: Comparison, unit: str) -> str:
    """Finish a sentence about a comparison with its verdict and, for a gap, its size."""
    if cmp.gap is not None:
        bound = "lowest" if cmp.direction == "below" else "highest"
        pct = f" ({cmp.gap_percent:.0f} %)" if cmp.gap_percent is not None else ""
        return f"{text}: {cmp.verdict}, {fmt.gap(cmp.gap, unit)}{pct} {cmp.direction} the {bound} value the article allows"
    if cmp.verdict == TENSION:
        return f"{text}: the two meet only at the edge of their rounding (tension)"
    return f"{text}: {cmp.verdict}"
