"""A share moving from a to b: the change is b - a percentage points and b/a - 1 percent, and the
text must not mix the two; "rising" or "falling" must match the direction.

Register shape: two `share` rows in percent of the same metric and entity, the later linked to
the earlier (or of a later period); a `change` row (unit pp or percent) of the later period for
the stated change, and trend `rising`/`falling` on the later share.
"""
from __future__ import annotations

from .. import fmt
from ..intervals import difference, growth_between
from ..periods import parse_period
from .model import Check, Context, Family, comparison, direction_borne_out, said_direction
from .verdict import INCONSISTENT, compare


def _is_share(claim) -> bool:
    return claim.kind == "share" and claim.unit == "percent"


def _before(a, b) -> bool:
    """Whether period a ends before period b does."""
    try:
        pa, pb = parse_period(a.period), parse_period(b.period)
    except ValueError:
        return False
    return pa.end is not None and pb.end is not None and pa.end < pb.end


def share_change_checks(ctx: Context) -> list[Check]:
    checks = []
    for later in (c for c in ctx.numeric_claims if _is_share(c)):
        # (an outlook revised within one period, "from 1% previously, to between 1% and 2%", is a revision: no share
        # of an earlier period)
        earlier = [c for c in ctx.linked_claims(later) + ctx.same_measure_claims(later)
                   if c is not later and _is_share(c) and (c.id in later.links or _before(c, later))
                   and not (c.period == later.period and (c.overridden or later.overridden))]
        if not earlier:
            continue
        first = earlier[0]
        points = difference(later.interval, first.interval)
        text = (f"From {first.phrase} ({first.period or 'earlier'}) to {later.phrase} ({later.period or 'later'}) is "
                f"{fmt.signed_exact(later.printed.value - first.printed.value, 'pp')} ({fmt.span(points, 'pp')})")
        try:
            relative = growth_between(later.interval, first.interval)
            text += f", or {fmt.signed((later.printed.value / first.printed.value - 1) * 100, 'percent', 3)} relative"
        except (ValueError, ArithmeticError):
            relative = None  # a share of zero has no relative change
        stated_changes = [c for c in ctx.same_measure_claims(later)
                          if c.kind == "change" and c.unit in ("pp", "percent") and c.period == later.period]
        for change in stated_changes:
            right = points if change.unit == "pp" or relative is None else relative
            wrong = relative if change.unit == "pp" else points
            mixed = (wrong is not None and compare(right, change.interval).verdict == INCONSISTENT
                     and compare(wrong, change.interval).verdict != INCONSISTENT)
            other = "percent" if change.unit == "pp" else "percentage points"
            tail = f"; the stated figure fits the change in {other}, so the text mixes up the two" if mixed else ""
            checks.append(comparison("share change", [first.id, later.id, change.id], right, change.interval,
                                     change.unit_label, f"{text}; the article says {change.phrase}", tail=tail))
        if later.trend in ("rising", "falling"):
            ctx.use(later, "trend")
            checks.append(_direction(later, first, points, text))
    return checks


def _direction(later, first, points, text: str) -> Check:
    direction = direction_borne_out(later.trend == "rising", points, later, first)
    tail = said_direction(direction, later.trend, "the share")
    return Check("share change", [first.id, later.id], direction.verdict, f"{text}; {tail}.", implied=points,
                 implied_unit="pp", gap=direction.gap)


FAMILY = Family(share_change_checks, {"share change": 1})
