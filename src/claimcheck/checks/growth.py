"""Levels and growth rates: implied prior levels, implied growth, and trend words."""
from __future__ import annotations

from .. import fmt
from ..intervals import growth_between, prior_level
from ..register import Claim
from .model import Check, Context, comparison, year_before
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare, describe, worst

LEVEL_KINDS = ("level", "forecast")


def _levels(ctx: Context) -> list[Claim]:
    return [c for c in ctx.numeric_claims if _is_level(c)]


def _growths(ctx: Context) -> list[Claim]:
    return [c for c in ctx.numeric_claims if _is_growth(c)]


def _is_level(c: Claim) -> bool:
    return c.kind in LEVEL_KINDS and c.unit not in ("percent", "pp")


def _is_growth(c: Claim) -> bool:
    return c.kind == "growth" and c.unit == "percent"


def _partners(ctx: Context, claim: Claim) -> list[Claim]:
    """Claims of the same measure, and those linked either way, without repeats."""
    found = {c.id: c for c in ctx.same_measure_claims(claim)}
    found.update({c.id: c for c in ctx.linking_to(claim)})
    found.update({i: ctx.by_id[i] for i in claim.links if i in ctx.by_id})
    found.pop(claim.id, None)
    return [c for c in sorted(found.values(), key=lambda c: c.row) if c.interval is not None and c.is_claim]


def _pairs_level_growth(ctx: Context):
    """(level, growth) of one quantity and period, or linked by the analyst."""
    for growth in _growths(ctx):
        for level in _partners(ctx, growth):
            if _is_level(level) and ((level.period == growth.period and ctx.same_measure(level, growth))
                                     or ctx.linked(level, growth)):
                yield level, growth


def prior_level_checks(ctx: Context) -> list[Check]:
    """A level and its growth imply the previous period's level; compare with what was published."""
    checks = []
    for level, growth in _pairs_level_growth(ctx):
        prior_period = year_before(level.period)
        implied = prior_level(level.interval, growth.interval)
        unit = level.unit_label
        lead = (f"A {growth.phrase} rise to {level.phrase} in {level.period} implies "
                f"{prior_period} was {fmt.span(implied, unit)}")
        refs = [r for r in ctx.references_for(level.metric, level.entity, prior_period or "", level.canonical_unit.key)
                if r.decides]
        known = [r for r in refs if r.known_by(ctx.as_of)]
        later = [r for r in refs if not r.known_by(ctx.as_of)]
        earlier_claims = [c for c in _partners(ctx, level)
                          if _is_level(c) and c.period == prior_period and ctx.same_quantity(c, level)]
        check = Check("prior level", [level.id, growth.id], UNVERIFIABLE, "", implied=implied, implied_unit=unit,
                      later_references=[r.id for r in later])
        verdicts, parts = [], []  # parts[0] is the most decisive comparison: same-scope references first
        for ref in sorted(known, key=ctx.other_scope):
            scope = ctx.other_scope(ref)
            cmp = compare(implied, ref.interval, other_scope=scope)
            verdicts.append(cmp.verdict)
            check.references.append(ref.id)
            what = f"{prior_period} ({ref.period.split('(', 1)[1].rstrip(')')})" if scope else prior_period
            parts.append(describe(f"the {what} figure published on {fmt.day(ref.published)} was {ref.phrase} "
                                  f"({ref.source_org}, {ref.id})", cmp, unit))
            _keep_decisive(check, cmp, ref.interval, unit)
        for other in earlier_claims:
            cmp = compare(implied, other.interval)
            verdicts.append(cmp.verdict)
            check.claims.append(other.id)
            parts.append(describe(f"the article's own {prior_period} figure is {other.phrase}", cmp, unit))
            _keep_decisive(check, cmp, other.interval, unit)
        if later:
            check.later_information = "; ".join(
                f"{fmt.day(r.published)}: {r.source_org} gives {r.phrase} ({r.id})" for r in later)
        if not verdicts:
            check.explanation = f"{lead}; no {prior_period} figure published by {fmt.day(ctx.as_of)} to compare with."
        else:
            check.verdict = worst(verdicts)
            check.explanation = f"{lead}; " + "; ".join(parts) + "."
            check.finding = f"{lead}; {parts[0]}."
        checks.append(check)
    return checks


def _keep_decisive(check: Check, cmp, compared, unit: str) -> None:
    """The check reports the figure it was compared with: the one with the largest gap, else the first."""
    if cmp.gap is not None and cmp.verdict == INCONSISTENT and (check.gap is None or cmp.gap > check.gap):
        check.gap, check.gap_percent, check.stated, check.stated_unit = cmp.gap, cmp.gap_percent, compared, unit
    elif check.stated is None:
        check.stated, check.stated_unit = compared, unit


def trend_checks(ctx: Context) -> list[Check]:
    """'Growth accelerating' needs the new rate above the old one; 'slowing', below."""
    checks = []
    for later in _levels(ctx):
        if later.trend not in ("accelerating", "slowing"):
            continue
        prior_period = year_before(later.period)
        earlier = [c for c in _partners(ctx, later)
                   if _is_level(c) and c.period == prior_period and ctx.same_quantity(c, later)]
        old_growths = [g for e in earlier for g in _partners(ctx, e)
                       if _is_growth(g) and g.period == prior_period and (ctx.same_measure(g, e) or ctx.linked(g, e))]
        if not earlier or not old_growths:
            checks.append(Check("trend", [later.id], UNVERIFIABLE,
                                f"\"{later.trend}\" growth in {later.period} cannot be checked: the article gives no "
                                f"{prior_period} level and growth rate to compare with."))
            continue
        base, old = earlier[0], old_growths[0]
        new = growth_between(later.interval, base.interval)
        rate = (f"Growth from {base.phrase} ({base.period}) to {later.phrase} ({later.period}) could be anything from "
                f"{fmt.amount(new.low, 'percent')} to {fmt.amount(new.high, 'percent')}")
        need_above = later.trend == "accelerating"
        if (need_above and new.low > old.interval.high) or (not need_above and new.high < old.interval.low):
            verdict, tail = CONSISTENT, f"that is {'above' if need_above else 'below'} {old.period}'s {old.value} % throughout, so \"{later.trend}\" holds"
        elif (need_above and new.high < old.interval.low) or (not need_above and new.low > old.interval.high):
            verdict, tail = INCONSISTENT, f"that is {'below' if need_above else 'above'} {old.period}'s {old.value} % throughout, so \"{later.trend}\" cannot hold"
        else:
            edge = old.interval.high if need_above else old.interval.low
            verdict = TENSION
            tail = (f"\"{later.trend}\" needs {'more' if need_above else 'less'} than {old.period}'s {old.phrase}, "
                    f"which holds only if {later.period} growth is {'above' if need_above else 'below'} "
                    f"{fmt.amount(edge, 'percent')}: the article's own figures neither confirm nor rule it out")
        checks.append(Check("trend", [later.id, base.id, old.id], verdict, f"{rate}; {tail}.",
                            implied=new, implied_unit="percent", stated=old.interval, stated_unit="percent"))
    return checks


def implied_growth_checks(ctx: Context) -> list[Check]:
    """Two levels of consecutive periods imply a growth rate: compare it with a stated one."""
    checks = []
    for later in _levels(ctx):
        prior_period = year_before(later.period)
        partners = _partners(ctx, later)
        for earlier in (c for c in partners if _is_level(c) and c.period == prior_period and ctx.same_quantity(c, later)):
            for stated in (g for g in partners if _is_growth(g) and g.period == later.period and ctx.same_measure(g, later)):
                implied = growth_between(later.interval, earlier.interval)
                text = (f"From {earlier.phrase} ({earlier.period}) to {later.phrase} ({later.period}) is growth of "
                        f"{fmt.span(implied, 'percent')}; the article states {stated.value} %")
                checks.append(comparison("implied growth", [later.id, earlier.id, stated.id], implied, stated.interval,
                                         "percent", text))
    return checks
