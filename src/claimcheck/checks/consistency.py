"""Headline or lede against body: one quantity stated twice must agree with itself."""
from __future__ import annotations

from .. import fmt
from .model import Check, Context, comparison
from .verdict import CONSISTENT, compare

_PROMINENT = ("headline", "lede")


def restatement_checks(ctx: Context) -> list[Check]:
    checks = []
    kinds = ("level", "forecast", "growth", "share")
    for a in (c for c in ctx.numeric_claims if c.kind in kinds):
        for b in ctx.same_measure_claims(a):
            if b.row <= a.row or b.kind not in kinds or a.period != b.period or not ctx.same_quantity(a, b):
                continue
            if a.section not in _PROMINENT and b.section not in _PROMINENT:
                continue  # body figures restated in the body are cross-checked elsewhere
            unit = a.unit_label
            text = (f"The {a.section}'s \"{a.phrase}\" and the {b.section}'s \"{b.phrase}\" for {a.period} "
                    f"({fmt.span(a.interval, unit)} and {fmt.span(b.interval, unit)})")
            weaker = a if a.interval.width > b.interval.width else b
            tail = (f"; both can hold, the {weaker.section} using the less precise figure"
                    if compare(a.interval, b.interval).verdict == CONSISTENT and a.interval != b.interval else "")
            checks.append(comparison("headline vs body", [a.id, b.id], a.interval, b.interval, unit, text, tail=tail))
    return checks
