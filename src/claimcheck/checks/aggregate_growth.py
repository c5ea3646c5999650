"""An aggregate's growth against its segments' growths: it lies between the lowest and the highest,
and, when the segments' levels are known, it is their level-weighted mean.

Register shapes, either one:
- the aggregate's `growth` row lists its segments' growth rows as 'plus' links (industrial output
  +5.6 % from manufacturing +5.9 %, mining +4.6 %, utilities +7.0 %);
- the aggregate's level lists its segments' levels as 'plus' links, and each level has its
  growth row (same metric, entity and period): total trade from exports and imports.
Only a complete set of segments bounds the aggregate ('plus'); segments linked as 'part' may leave
others out, so outside their range the aggregate is a tension, never a contradiction, unless their
levels add up to the whole's: then nothing is left out.

A difference's growth (a trade surplus from exports 'plus' and imports 'minus', each level with its
growth row) is checked against the year-before difference its components imply: exports / (1 + g)
minus imports / (1 + g).
"""
from __future__ import annotations

from dataclasses import replace

from .. import fmt
from ..intervals import Interval, apply, total
from ..periods import same_period, year_before
from ..register import Claim
from .model import Check, Context, Family, is_growth, is_level
from .revision import compared_with
from .verdict import CONSISTENT, INCONSISTENT, SEVERITY, TENSION, compare, describe

# Segments the article does not declare complete ('part' links) whose levels add up to the whole: statistics offices
# measure each segment's rate against its own revised ("comparable") base, and real rates weigh by current-price
# levels, so the weighted mean misses the published whole by a few tenths of a point (NBS, January-July 2019:
# 5.51-5.61 % weighted, 5.7 % published). Half a point is that slack; a misprinted level moves it by points.
_BASE_REVISION_PP = 0.5


def aggregate_growth_checks(ctx: Context) -> list[Check]:
    checks = []
    for claim in ctx.numeric_claims:
        complete = [ctx.by_id[i] for i in claim.linked("plus")]
        segments = complete or next(iter(ctx.breakdowns(claim)), [])
        if claim.linked("minus"):
            if is_level(claim) and (check := _difference(ctx, claim)) is not None:
                checks.append(check)
            continue
        if len(segments) < 2:
            continue
        if is_growth(claim) and all(is_growth(p) for p in segments):
            if _mixed_bases([claim, *segments]):
                continue
            levels = [_level_of(ctx, p) for p in segments]
            # ("758,225 TEUs, down 14.9% ... Imports decreased 17.2% to 361,661 TEUs and exports increased 8.1% to
            # 127,870 TEUs": sides whose levels fall short of the whole's own leave a part out, empty boxes here)
            short = all(levels) and _falls_short(ctx, claim, levels)
            check = _check(claim, segments, levels if all(levels) and not short else None, bool(complete) and not short)
        elif is_level(claim) and all(is_level(p) for p in segments):
            made_up = not complete and _make_up(claim, segments)
            # (one check for each basis the whole's rates are measured against: "down 7.54% over June, up 15.67%
            # over last year", each against its segments' rates of that basis)
            for basis in _bases(ctx, claim):
                growth = _growth_of(ctx, claim, basis)
                growths = [_growth_of(ctx, p, basis) for p in segments]
                # (parts that make up the whole are weighted below; a year-before level the article states for the
                # whole still bounds theirs)
                before = _year_before(ctx, claim, growth, segments, growths,
                                      stated_only=bool(complete) or made_up) if not basis else None
                if growth is None or not all(growths) or _mixed_bases([growth, *growths]):
                    if before:
                        checks.append(before)
                    continue
                check = _check(growth, growths, segments if complete or made_up else None,
                               bool(complete) or made_up, made_up)
                # (the whole's level too: the relation is of the whole and its segments)
                check = replace(check, claims=check.claims + [c for c in [claim.id] if c not in check.claims])
                checks.append(_together(check, before) if before else check)
            continue
        else:
            continue
        checks.append(check)
    return checks


def _falls_short(ctx: Context, growth: Claim, levels: list[Claim]) -> bool:
    """Whether the segments' levels add up to clearly less than the level the whole's rate is of (more than its
    rounding and a few per cent of revision apart): segments that leave something out."""
    # (the level of the rate, or of the same rate told again: a headline's "down 14.9%" over the lede's)
    rates = [growth] + [g for g in ctx.same_measure_claims(growth) if is_growth(g) and g.period == growth.period]
    wholes = [c for rate in rates for c in ctx.linked_claims(rate) if is_level(c) and c.period == growth.period
              and c.canonical_unit is not None and levels[0].canonical_unit is not None
              and c.canonical_unit.key == levels[0].canonical_unit.key]
    return bool(wholes) and total([level.interval for level in levels]).high < (1 - _REVISED) * wholes[0].interval.low


# How far segments' levels may fall short of their whole's and still make it up (revisions, rounding of a total)
_REVISED = 0.03


def _mixed_bases(rates: list[Claim]) -> bool:
    """Organic rates ("organic sales rose 4.0 per cent", without currency effects and acquisitions) beside reported
    ones: a whole's reported rate need not lie between its segments' organic rates."""
    return len({"organic" in rate.metric.lower() for rate in rates}) > 1


def _bases(ctx: Context, level: Claim) -> list[str]:
    """The bases of the level's growth rates, the year before ('') first and always."""
    return [""] + sorted({g.basis for g in ctx.partners(level) if is_growth(g) and g.basis
                          and g.period == level.period and (ctx.same_measure(g, level) or ctx.linked(g, level))})


def _together(bounds: Check, before: Check) -> Check:
    """The range the segments' rates allow and their year-before levels, one check of the whole's growth: the
    more serious verdict, both sentences."""
    first, second = (before, bounds) if SEVERITY[before.verdict] > SEVERITY[bounds.verdict] else (bounds, before)
    return replace(first, claims=first.claims + [c for c in second.claims if c not in first.claims],
                   explanation=f"{first.explanation} {second.explanation}")


def _year_before(ctx: Context, whole: Claim, growth: Claim | None, parts: list[Claim],
                 growths: list[Claim | None], stated_only: bool = False) -> Check | None:
    """Parts that leave others out ('part' links, adding up to less than the whole): the others may have moved
    any way, so no rate bounds the whole's, but the parts' year-before levels, each its level over one plus its
    growth, still add up to no more than the whole's year-before level, stated or implied by its own growth.
    ("Hydel rose 17.9 % to 3,906 GWh, RLNG fell 8.0 % to 2,748 GWh, ...": the sources add up to 12,643 GWh a year
    before, yet the whole was 12,284 GWh then.) Parts that make up the whole are weighted instead, and checked here
    only against a year-before level the article states for the whole (`stated_only`). A part's own year-before
    level, when the article states it, is taken as stated; a part given with neither is left out of the sum."""
    stated_for = {p.id: _stated_before(ctx, p) for p in parts}
    rated = [(p, g) for p, g in zip(parts, growths) if g is not None or stated_for[p.id]]
    unit = whole.unit_label
    if len(rated) < 2 or any(p.canonical_unit.key != whole.canonical_unit.key or p.interval.low <= 0
                             or g is not None and g.interval.low <= -100 for p, g in rated):
        return None
    stated = _stated_before(ctx, whole)
    if stated is not None:
        before, said = stated.interval, f"{stated.phrase} ({stated.period})"
    elif growth is not None and growth.interval.low > -100 and not stated_only:
        before = apply(lambda v, g: v / (1 + g / 100), whole.interval, growth.interval)
        said = f"{fmt.span(before, unit)}, implied by {whole.phrase} and its {growth.phrase}"
    else:
        return None
    summed = total([_part_before(p, g, stated_for[p.id]) for p, g in rated])
    # (rates measured on revised bases, as statistics offices publish them, move the year-before level they imply
    # by a few tenths of a percent: the same slack as the weighted mean's, on the levels implied by rates)
    implied = sum(_part_before(p, g, None).high for p, g in rated if stated_for[p.id] is None)
    allowed = before.high + implied * _BASE_REVISION_PP / 100
    rated_ids = {p.id for p, _ in rated}
    left_out = [p for p in parts if p.id not in rated_ids]
    claims = [whole.id] + ([stated.id] if stated else [growth.id]) + [
        c.id for p, g in rated for c in (p, g, stated_for[p.id]) if c is not None] + [p.id for p in left_out]
    aside = f" ({', '.join(p.phrase for p in left_out)} left out: no rate given)" if left_out else ""
    text = (f"The year before, the parts ({', '.join(_back_from(p, g, stated_for[p.id]) for p, g in rated)}) stood at "
            f"{fmt.span(summed, unit)} in all{aside}; the whole then was {said}")
    if summed.low > allowed:
        gap = summed.low - before.high
        return Check("aggregate growth", claims, INCONSISTENT,
                     f"{text}: inconsistent, the parts exceed the whole by at least {fmt.gap(gap, unit)} "
                     f"({100 * gap / before.high:.1f} %), so a part's rate or level or the whole's is wrong.",
                     implied=summed, implied_unit=unit, stated=before, stated_unit=unit, gap=gap,
                     gap_percent=100 * gap / before.high)
    return Check("aggregate growth", claims, CONSISTENT, f"{text}: the parts fit within the whole.",
                 implied=summed, implied_unit=unit, stated=before, stated_unit=unit)


def _stated_before(ctx: Context, level: Claim) -> Claim | None:
    """The level's year-before figure as the article states it: linked to it, or to the same figure said again
    ("It fell by one per cent to 100.84 billion kwh ... from 101.86 billion units", then "conventional electricity
    generation fell by one per cent to 100.84 billion kwh")."""
    before = year_before(level.period)
    if not before:
        return None
    said = [level] + [c for c in ctx.partners(level) if c.value == level.value and c.period == level.period]
    return next((c for s in said for c in ctx.earlier_levels(s) + ctx.linked_claims(s)
                 if is_level(c) and same_period(c.period, before) and c.interval.low > 0
                 and c.canonical_unit.key == level.canonical_unit.key), None)


def _part_before(part: Claim, growth: Claim | None, stated: Claim | None) -> Interval:
    """A part's year-before level: as stated, or its level over one plus its growth."""
    if stated is not None:
        return stated.interval
    return Interval(part.interval.low / (1 + growth.interval.high / 100),
                    part.interval.high / (1 + growth.interval.low / 100))


def _back_from(part: Claim, growth: Claim | None, stated: Claim | None) -> str:
    return f"{part.phrase} from {stated.phrase}" if stated is not None else f"{part.phrase} after {growth.move}"


def _make_up(whole: Claim, parts: list[Claim]) -> bool:
    """Parts that may leave others out ('part' links) still make up all of the whole when their levels add up
    to at least its level: nothing is left for any other part, so the whole's growth is theirs, weighted.
    (Parts adding up to more than the whole are a contradiction of their own, which sum of parts reports.)"""
    units = {p.canonical_unit.key for p in parts} | {whole.canonical_unit.key}
    return len(units) == 1 and sum(p.interval.high for p in parts) >= whole.interval.low


def _growth_of(ctx: Context, level: Claim, basis: str = "") -> Claim | None:
    """The level's growth rate against `basis` ('' the year before): of its measure and period, the one stated
    nearest to it."""
    growths = [g for g in ctx.partners(level) if is_growth(g) and g.period == level.period and g.basis == basis
               and (ctx.same_measure(g, level) or ctx.linked(g, level))]
    # ("trade surplus amounted to 849.49 billion yuan, an increase of 1.4 times", after the whole trade's surplus "up
    # 46%": a level whose own move is linked to it is read by that move, not by another figure of its measure)
    own = [c for c in ctx.linked_claims(level) if c.kind in ("growth", "multiple") and c.period == level.period
           and c.basis == basis]
    if own:
        growths = [g for g in growths if g in own]
    return min(growths, key=lambda g: abs(g.start - level.start)) if growths else None


def _level_of(ctx: Context, growth: Claim) -> Claim | None:
    return next((c for c in ctx.partners(growth) if is_level(c) and c.period == growth.period
                 and (ctx.same_measure(c, growth) or ctx.linked(c, growth))), None)


def _check(aggregate: Claim, segments: list[Claim], levels: list[Claim] | None, complete: bool,
           made_up: bool = False) -> Check:
    rates = [s.interval for s in segments]
    bounds = Interval(min(r.low for r in rates), max(r.high for r in rates))
    listed = ", ".join(f"{s.phrase}" for s in segments)
    claims = [aggregate.id] + [s.id for s in segments] + [lv.id for lv in levels or []]
    if levels and all(lv.canonical_unit.key == levels[0].canonical_unit.key and lv.interval.low > 0
                      for lv in levels):
        implied = _weighted(levels, rates)
        text = (f"Weighting the segments' growth ({listed}) by their levels "
                f"({', '.join(lv.phrase for lv in levels)}) gives {fmt.span(implied, 'percent')} for the whole")
        if made_up:
            implied = Interval(implied.low - _BASE_REVISION_PP, implied.high + _BASE_REVISION_PP)
            text += (f", {fmt.span(implied, 'percent')} allowing {_BASE_REVISION_PP} pp for rates on revised bases "
                     f"(the levels add up to at least the whole's, so no segment is left out)")
        text += f"; the article says {aggregate.phrase}"
    else:
        implied = bounds
        text = (f"The whole's growth must lie between its segments' ({listed}): "
                f"{fmt.span(implied, 'percent')}; the article says {aggregate.phrase}")
    # Segments that may not be all of the whole ('part' links) only suggest where its growth lies.
    # (a whole said to be all its segments, missed by less than the slack of revised bases: "exports of textiles and
    # apparel decreased by 2.2% ...: textiles, US$26,900.7 million (up 3.9%) and apparel, US$29,430.1 million (down
    # 6.5%)" weigh to -1.8 %, a warning)
    revised = complete and bool(levels) and not made_up
    cmp = compare(implied, aggregate.interval, other_scope=not complete)
    tail = "" if complete else "; the segments named may not be the whole, so a gap is a warning, not a contradiction"
    if revised and cmp.verdict == INCONSISTENT and cmp.gap is not None and cmp.gap <= _BASE_REVISION_PP:
        cmp = replace(cmp, verdict=TENSION)
        tail = (f"; within {_BASE_REVISION_PP} pp, which rates measured on revised bases may explain, so a gap is a "
                f"warning, not a contradiction")
    return Check("aggregate growth", claims, cmp.verdict, describe(text, cmp, "percent") + tail + ".", implied=implied,
                 implied_unit="percent", stated=aggregate.interval, stated_unit="percent", gap=cmp.gap,
                 gap_percent=cmp.gap_percent)


def _difference(ctx: Context, level: Claim) -> Check | None:
    """"A trade surplus of 506.24 billion yuan, which narrowed by 24.1 percent" with exports of 4.81 trillion,
    up 6.4 percent, and imports of 4.3 trillion, up 11.7 percent: the year before, the surplus was
    4.81/1.064 - 4.3/1.117, so it changed by 506.24 / that - 1."""
    growth = _growth_of(ctx, level)
    signed = [(ctx.by_id[i], 1) for i in level.linked("plus")] + [(ctx.by_id[i], -1) for i in level.linked("minus")]
    if growth is None or not all(is_level(c) and c.canonical_unit.key == level.canonical_unit.key for c, _ in signed):
        return None
    growths = [_growth_of(ctx, c) for c, _ in signed]
    if not all(growths):
        return None
    n = len(signed)

    def change(now, *values):
        before = sum(sign * v / (1 + g / 100) for (_, sign), v, g in zip(signed, values[:n], values[n:]))
        return (now / before - 1) * 100

    # The year-before difference must keep one sign over every corner, or no rate follows from it.
    prior = apply(lambda *v: sum(sign * x / (1 + g / 100) for (_, sign), x, g in zip(signed, v[:n], v[n:])),
                  *[c.interval for c, _ in signed], *[g.interval for g in growths])
    if prior.low <= 0 <= prior.high:
        return None
    if (prior.high < 0) != (level.interval.high < 0):
        # (a surplus the year before and a deficit now: no rate of change spans the turn, so a rate the article
        # gives is of something else)
        return None
    if compared_with(growth) == "year" and any(
            is_level(c) and c.period and c.period != year_before(level.period)
            and compare(prior, c.interval).verdict == CONSISTENT for c in ctx.linked_claims(level)):
        # ("the deficit is actually up 11.5 percent from a year ago" beside "dropped to $46.2 billion, down from $47.2
        # billion in March", exports "rose by 0.3 percent" and imports "declined 0.2 percent": the components put the
        # figure before at March's, so their rates are of the month, no way to the year-ago figure)
        return None
    implied = apply(change, level.interval, *[c.interval for c, _ in signed], *[g.interval for g in growths])
    terms = " ".join(f"{'+' if sign > 0 else '−'} {c.phrase} / (1 {'+' if g.interval.low >= 0 else '−'} "
                     f"{g.phrase.lstrip('−-')})" for (c, sign), g in zip(signed, growths)).lstrip("+ ")
    text = (f"The components put the year before at {terms} = {fmt.span(prior, level.unit_label)}; from there to "
            f"{level.phrase} is a change of {fmt.span(implied, 'percent')}; the article says {growth.phrase} "
            f"{growth.change_word}")
    stated = growth.interval  # signed: a fall is negative
    cmp = compare(implied, stated)
    tail = ""
    if cmp.verdict == INCONSISTENT and (told := _its_year_before_told(ctx, level, growth)) is not None:
        # ("a surplus of ₹5,120 crore ..., a 116% increase compared to ₹2,367 crore" beside income "up 78%" and
        # expenses "up 66%": the rate fits the year before's figure the article prints; the components' rates, whose
        # small slips a difference magnifies, may be on restated bases)
        cmp = replace(cmp, verdict=TENSION)
        tail = (f"; the rate fits the year before's {told.phrase} the article prints, so the components' rates may "
                f"be on restated bases: a warning, not a contradiction")
    return Check("growth of a difference", [growth.id, level.id] + [c.id for c, _ in signed] + [g.id for g in growths],
                 cmp.verdict, describe(text, cmp, "percent") + tail + ".", implied=implied, implied_unit="percent",
                 stated=stated, stated_unit="percent", gap=cmp.gap, gap_percent=cmp.gap_percent)


def _its_year_before_told(ctx: Context, level: Claim, growth: Claim) -> Claim | None:
    """The figure of the difference a year before its level's that the article prints, when the rate fits it."""
    before = year_before(level.period)
    for told in ctx.linked_claims(level) + ctx.linked_claims(growth):
        if is_level(told) and before and told.period == before and told.canonical_unit.key == level.canonical_unit.key:
            fits = apply(lambda now, then: (now / then - 1) * 100, level.interval, told.interval)
            if compare(fits, growth.interval).verdict == CONSISTENT:
                return told
    return None


def _weighted(levels: list[Claim], rates: list[Interval]) -> Interval:
    """Growth of the sum: the sum of the levels over the sum of their year-before levels, minus one.
    It rises with each segment's growth, and with the rates fixed it is a ratio of two sums linear in the levels,
    whose extremes over the levels' intervals lie at a corner: the highest puts a segment at its top exactly when
    it grew faster than the whole does there (Dinkelbach's iteration finds that corner in a few rounds, where
    trying every corner would cost 4^n)."""
    return Interval(_extreme(levels, [max(r.low, -99.999) for r in rates], highest=False),
                    _extreme(levels, [max(r.high, -99.999) for r in rates], highest=True))


def _extreme(levels: list[Claim], rates: list[float], highest: bool) -> float:
    factors = [1 + r / 100 for r in rates]
    now = [(lv.interval.low + lv.interval.high) / 2 for lv in levels]
    for _ in range(len(levels) + 2):
        ratio = sum(now) / sum(v / f for v, f in zip(now, factors))
        # a segment raises the whole's ratio when its own factor is above it
        corner = [(lv.interval.high if (f > ratio) == highest else lv.interval.low) for lv, f in zip(levels, factors)]
        if corner == now:
            break
        now = corner
    return (sum(now) / sum(v / f for v, f in zip(now, factors)) - 1) * 100


FAMILY = Family(aggregate_growth_checks, {"aggregate growth": 1, "growth of a difference": 1})
