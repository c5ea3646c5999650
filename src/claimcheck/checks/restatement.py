"""One quantity stated twice must agree with itself: headline or lede against body, body against body.

Register shape: two rows of the same metric, entity, period and unit (kinds level, forecast,
growth, share, count, change, target or multiple; a conversion restates a level in its currency), or
linked to each other.
"""
from __future__ import annotations

from .. import fmt
from ..periods import parse_period, same_period, year_before
from ..vocabulary import COMPARISON_TRENDS
from ..register import Claim
from .model import Check, Context, Family, comparison, metric_key
from .verdict import CONSISTENT, INCONSISTENT, TENSION, compare

RESTATED = ("level", "forecast", "growth", "share", "count", "change", "target", "multiple", "conversion")
# Kinds that state the same sort of figure: a level may restate a forecast, never a growth rate.
_SAME_SORT = {"forecast": "level", "target": "level", "count": "level", "conversion": "level"}
_PROMINENT = ("headline", "lede")


def restatement_checks(ctx: Context) -> list[Check]:
    """Each later statement of a figure against the first one in the headline, in the lede and in the body (so
    n statements make at most 3n checks, not n²/2: one that disagrees shows as that contradiction), and every
    statement linked to an earlier one."""
    checks = []
    first: dict[tuple, dict[str, object]] = {}
    for b in sorted((c for c in ctx.numeric_claims if _group(c)), key=lambda c: c.row):
        earlier = []
        if metric_key(b.metric) and b.canonical_unit is not None:
            by_section = first.setdefault((_group(b), metric_key(b.metric), b.entity.lower(), _period_key(b.period),
                                           b.canonical_unit.key), {})
            earlier = list(by_section.values())
            by_section.setdefault(b.section, b)
        earlier += [a for a in ctx.linked_claims(b) if a.row < b.row and a not in earlier and _group(a) == _group(b)
                    and same_period(a.period, b.period)]
        for a in earlier:
            compared = {a.trend, b.trend} & set(COMPARISON_TRENDS)  # "beat estimates of": linked, not restated
            if ctx.linked(a, b) and {a.trend, b.trend} & {"rising", "falling", "accelerating", "slowing"}:
                continue  # "growth slowed to 5 percent from 6 percent": a figure and the one it moved from
            # Linked rows with no period may be a figure and the earlier one it is measured from: not restated.
            if not (ctx.same_quantity(a, b) or (ctx.linked(a, b) and not compared and a.period
                                                and a.canonical_unit.key == b.canonical_unit.key)):
                continue
            if not _one_basis(ctx, a, b) or a.basis != b.basis:
                continue  # a rate on the year before and one on the quarter before are not one figure
            unit = a.unit_label
            prominent = a.section in _PROMINENT or b.section in _PROMINENT
            if prominent:
                text = f"The {a.section}'s \"{a.phrase}\" and the {b.section}'s \"{b.phrase}\""
            else:
                text = f"The article states \"{a.phrase}\" and, later, \"{b.phrase}\""
            text += f" for {a.period or 'one period'} ({fmt.span(a.interval, unit)} and {fmt.span(b.interval, unit)})"
            weaker = a if a.interval.width > b.interval.width else b
            tail = (f"; both can hold, the {weaker.section} using the less precise figure"
                    if compare(a.interval, b.interval).verdict == CONSISTENT and a.interval != b.interval else "")
            check = comparison("headline vs body" if prominent else "restatement", [a.id, b.id], a.interval,
                               b.interval, unit, text, tail=tail)
            precise = b if weaker is a else a
            if check.verdict == INCONSISTENT and _truncates(weaker, precise):
                check.verdict = TENSION
                check.explanation += (f" {weaker.phrase} is {precise.phrase} with its digits cut, not rounded: a slip "
                                      f"of the {weaker.section}'s writing more likely than another figure (tension).")
            checks.append(check)
    return checks


def _truncates(short: Claim, full: Claim) -> bool:
    """Whether a figure is another with its last digits cut off rather than rounded ("1.85 lakh crore" for "1,85,776.55
    crore", which rounds to 1.86): the full figure lies within [short, short + one step of its last digit)."""
    if short.printed is None or short.canonical_unit is None or short.printed.value <= 0 or full.interval.low <= 0:
        return False
    factor = short.canonical_unit.factor
    low, high = float(short.printed.value * factor), float((short.printed.value + short.printed.step) * factor)
    return low <= full.interval.low and full.interval.high < high


def _period_key(period: str):
    """One key for the spellings of one stretch of time (2025H1 and 2025-01/2025-06)."""
    try:
        parsed = parse_period(period)
    except ValueError:
        return period.strip().lower()
    return (parsed.bare, parsed.fiscal, parsed.remark) if parsed.fiscal or parsed.start is None else \
        (parsed.start, parsed.end, parsed.remark)


def _bases(ctx: Context, claim) -> set[str]:
    """The levels a growth rate is said to be measured against (its links to earlier levels)."""
    return {c.id for c in ctx.linked_claims(claim) if c.kind in ("level", "forecast") and c.period != claim.period} \
        if claim.kind == "growth" else set()


def _one_basis(ctx: Context, a, b) -> bool:
    """Whether two rates may be measured against the same figure: their bases agree, or one names none (the
    year before, by default) and the other's are a year before. The headline's "3% decline in wheat output" is
    no restatement of "lower by 4.61 per cent from the earlier estimate"."""
    bases_a, bases_b = _bases(ctx, a), _bases(ctx, b)
    if bases_a == bases_b:
        return True
    if bases_a and bases_b:
        return False
    named, rate = (bases_a, a) if bases_a else (bases_b, b)
    return all(same_period(ctx.by_id[i].period, year_before(rate.period) or "") for i in named)


def _group(claim) -> str:
    return _SAME_SORT.get(claim.kind, claim.kind) if claim.kind in RESTATED else ""


FAMILY = Family(restatement_checks, {"headline vs body": 1, "restatement": 1})
