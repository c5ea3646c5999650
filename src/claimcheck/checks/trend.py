"""Words about the pace of growth: "accelerating" needs the new rate above the old one, "slowing" below.

Register shape: trend `accelerating` or `slowing` on a later level (with an earlier level and
that earlier level's growth rate in the article), or on a later growth row (with an earlier
growth row of the same measure a year before, or linked to it).
"""
from __future__ import annotations

from .. import fmt
from ..intervals import growth_between
from ..periods import same_period, year_before
from .model import Check, Context, Family, is_growth, is_level, printed_move
from .verdict import CONSISTENT, INCONSISTENT, SEVERITY, TENSION, UNVERIFIABLE

PACE = ("accelerating", "slowing")


def trend_checks(ctx: Context) -> list[Check]:
    checks = []
    for later in (c for c in ctx.numeric_claims if c.trend in PACE):
        ctx.use(later, "trend")
        prior_period = year_before(later.period)
        if is_growth(later):
            old = [g for g in ctx.partners(later) if is_growth(g) and (
                ctx.linked(g, later) or (prior_period and same_period(g.period, prior_period)))]
            if old:
                checks.append(_series(ctx, later, old))
                continue
        elif is_level(later):
            earlier = ctx.earlier_levels(later)
            old_growths = [g for e in earlier for g in ctx.partners(e)
                           if is_growth(g) and g.period == e.period and (ctx.same_measure(g, e) or ctx.linked(g, e))]
            if earlier and old_growths:
                base, old = earlier[0], old_growths[0]
                try:
                    new = growth_between(later.interval, base.interval)
                except ValueError:
                    new = None
                if new is not None:
                    rate = (f"Growth from {base.phrase} ({base.period}) to {later.phrase} ({later.period}) could be "
                            f"anything from {fmt.amount(new.low, 'percent')} to {fmt.amount(new.high, 'percent')}")
                    checks.append(_verdict(later, [later.id, base.id, old.id], new, old, rate))
                    continue
        checks.append(Check("trend", [later.id], UNVERIFIABLE,
                            f"\"{later.trend}\" growth in {later.period or 'its period'} cannot be checked: the article "
                            f"gives no {prior_period or 'earlier'} growth rate to compare with."))
    return checks


def _series(ctx: Context, later, old: list) -> Check:
    """"growth slowing in the third quarter to 4.9 percent, down from the 7.9 percent in the second quarter and
    18.3 percent in the first": the later rate against each earlier one linked to it (a rate the words set it
    against), or else the one of a year before; the most serious verdict is the check's."""
    earlier = [g for g in old if ctx.linked(g, later)] or old[:1]
    rate = f"Growth of {later.phrase} ({later.period or 'its period'})"
    steps = [_verdict(later, [], later.interval, g, rate, as_printed=True) for g in earlier]
    worst = max(steps, key=lambda c: SEVERITY[c.verdict])
    tails = [c.explanation.removeprefix(f"{rate}; ").removesuffix(".") for c in steps]
    text = f"{rate}; {'; '.join(tails)}."
    return Check("trend", [later.id] + [g.id for g in earlier], worst.verdict, text, implied=worst.implied,
                 implied_unit="percent", stated=worst.stated, stated_unit="percent", gap=worst.gap)


def _verdict(later, claims: list[str], new, old, rate: str, as_printed: bool = False) -> Check:
    """`as_printed`: the two rates are both printed, so their printed order may settle what rounding leaves open."""
    trend = later.trend
    need_above = trend == "accelerating"
    earlier = f"{old.period}'s {old.phrase}" if old.period else f"the earlier {old.phrase}"
    if (need_above and new.low > old.interval.high) or (not need_above and new.high < old.interval.low):
        verdict = CONSISTENT
        tail = f"that is {'above' if need_above else 'below'} {earlier} throughout, so \"{trend}\" holds"
        gap = None
    elif (need_above and new.high < old.interval.low) or (not need_above and new.low > old.interval.high):
        verdict = INCONSISTENT
        tail = f"that is {'below' if need_above else 'above'} {earlier} throughout, so \"{trend}\" cannot hold"
        gap = old.interval.low - new.high if need_above else new.low - old.interval.high
    elif as_printed and printed_move(later, old) == (1 if need_above else -1):
        # "growth slowed to 5 percent from 6 percent": the printed rates moved that way; only their rounding meets
        verdict, gap = CONSISTENT, None
        tail = f"\"{trend}\" holds as printed against {earlier} (within rounding the two may meet)"
    else:
        edge = old.interval.high if need_above else old.interval.low
        verdict, gap = TENSION, None
        tail = (f"\"{trend}\" needs {'more' if need_above else 'less'} than {earlier}, "
                f"which holds only if {later.period or 'its'} growth is {'above' if need_above else 'below'} "
                f"{fmt.amount(edge, 'percent')}: the article's own figures neither confirm nor rule it out")
    return Check("trend", claims, verdict, f"{rate}; {tail}.", implied=new, implied_unit="percent",
                 stated=old.interval, stated_unit="percent", gap=gap)


FAMILY = Family(trend_checks, {"trend": 2})
