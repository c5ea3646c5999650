"""A share moving from a to b: the change is b - a percentage points and b/a - 1 percent, and the
text must not mix the two; "rising" or "falling" must match the direction.

Register shape: two `share` rows in percent of the same metric and entity, the later linked to
the earlier (or of a later period); a `change` row (unit pp or percent) of the later period for
the stated change, and trend `rising`/`falling` on the later share.

A share linked to its part and whole, each with its own rate over the year before, also gives the share a year
before: the part taken back by its rate over the whole taken back by its rate, against the earlier share.
"""
from __future__ import annotations

import re

from .. import fmt
from ..intervals import difference, growth_between, prior_level, ratio
from ..periods import parse_period, same_period, year_before
from .model import (Check, Context, Family, comparison, direction_borne_out, is_growth, printed_at,
                    said_direction)
from .share_of_total import part_and_whole
from .verdict import INCONSISTENT, TENSION, compare


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
    shares_told_with: dict[str, set[str]] = {}  # quote -> the shares of that clause
    for share in (c for c in ctx.numeric_claims if _is_share(c)):
        shares_told_with.setdefault(share.quote, set()).add(share.id)
    places = {c.id: printed_at(ctx.article.text, c) for c in ctx.numeric_claims}
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
        # (a change told with a share of its own clause, "dropped 11.1 percentage points from 63.3 per cent over the
        # same period last year", is the move from that share, not from this pair's first)
        # ("Mobile penetration registered a 2.7 percent drop, going down from 90.0% in the previous quarter to
        # 87.3%": a rate told in the very clause of the two shares is their move, whatever name the draft gave each)
        told_with_both = [c for c in ctx.numeric_claims if c.quote == later.quote == first.quote and c.unit == "percent"
                          and is_growth(c) and c.period == later.period
                          and _right_before(ctx.article.text, places, c, first, later)]
        stated_changes = list({c.id: c for c in ctx.same_measure_claims(later) + ctx.same_measure_claims(first)
                               if c.kind == "change" and c.unit in ("pp", "percent") and c.period == later.period
                               and not shares_told_with.get(c.quote, set()) - {first.id, later.id}}.values()) \
            + told_with_both
        for change in stated_changes:
            right = points if change.unit == "pp" or relative is None else relative
            wrong = relative if change.unit == "pp" else points
            mixed = (wrong is not None and compare(right, change.interval).verdict == INCONSISTENT
                     and compare(wrong, change.interval).verdict != INCONSISTENT)
            other = "percent" if change.unit == "pp" else "percentage points"
            check = comparison("share change", [first.id, later.id, change.id], right, change.interval,
                               change.unit_label, f"{text}; the article says {change.phrase}")
            if mixed:
                # ("a 2.7 percent drop, going down from 90.0% ... to 87.3%": the arithmetic holds in the other unit;
                # the word is loose, as the expert reads it, no figure wrong)
                check.verdict = TENSION
                check.explanation = (f"{check.explanation.rstrip('.')}. The stated figure fits the change in {other}: "
                                     f"the text calls one unit the other, a wording to correct (tension).")
            checks.append(check)
        if later.trend in ("rising", "falling"):
            ctx.use(later, "trend")
            checks.append(_direction(later, first, points, text))
    return checks + _taken_back_by_their_rates(ctx)


def _right_before(text: str, places: dict[str, int | None], rate, *shares) -> bool:
    """Whether a rate comes right before the first of two shares, no other figure between ("a 2.7 percent drop,
    going down from 90.0%"; not "rose by 3.4 percent to 3.44-billion euros, meaning the operating return on sales rose
    to 6.8 percent": the rate is the profit's). `places`: where each claim's figure is printed."""
    own, spots = places.get(rate.id), [places.get(s.id) for s in shares]
    first = None if None in spots else min(spots)
    if own is None or first is None or own >= first or _ANOTHER_MOVES.search(text, own, first):
        return False
    return not any(at is not None and own < at < first for cid, at in places.items() if cid != rate.id)


# ("That's a 17.9 percent decline that accounted for a drop in market share from 27.7 percent to 24.5 percent": what
# the rate caused is another move, the share's)
_ANOTHER_MOVES = re.compile(r"(?i)\b(?:that|which|meaning|led|leading|resulted|resulting|accounted|caused|causing|"
                            r"pushed|pushing|brought|bringing)\b")


def _taken_back_by_their_rates(ctx: Context) -> list[Check]:
    """"Acer PC shipments in EMEA have fallen by 42.2 percent ... to just 1.464 million units. Market share ... has
    also tightened from 9.4 percent to 8.5 percent", the market down 21.6 % to 17.207 million: the share a year
    before is the part's level then over the whole's, each taken back by its own rate (2.53 of 21.9 million, 11.5 %,
    not 9.4 %)."""
    checks = []
    for later in (c for c in ctx.numeric_claims if _is_share(c)):
        linked = part_and_whole(ctx, later)
        before = year_before(later.period)
        earlier = [c for c in ctx.linked_claims(later) if _is_share(c) and c.id in later.links and before
                   and same_period(c.period, before)]
        if linked is None or len(earlier) != 1:
            continue
        (part, whole), first = linked, earlier[0]
        rates = [_own_rate(ctx, level) for level in (part, whole)]
        if None in rates:
            continue
        try:
            then = [prior_level(level.interval, rate.interval) for level, rate in zip((part, whole), rates)]
            implied = ratio(*then).scaled(100)
        except ValueError:
            continue  # (a fall of 100 % or more leaves no earlier level)
        text = (f"{part.phrase} after {rates[0].move} was {fmt.span(then[0], part.unit_label)} in {before}, and "
                f"{whole.phrase} after {rates[1].move} {fmt.span(then[1], whole.unit_label)}: a share of "
                f"{fmt.span(implied, 'percent')} then; the article says {first.phrase}")
        checks.append(comparison("share change", [first.id, later.id, part.id, rates[0].id, whole.id, rates[1].id],
                                 implied, first.interval, "percent", text))
    return checks


def _own_rate(ctx: Context, level):
    """The one rate the article gives a level over the year before: of its measure or linked to it, of its period."""
    rates = {c.interval: c for c in ctx.partners(level) if is_growth(c) and c.period == level.period and not c.basis
             and (ctx.linked(c, level) or ctx.same_measure(c, level))}
    return next(iter(rates.values())) if len(rates) == 1 else None


def _direction(later, first, points, text: str) -> Check:
    direction = direction_borne_out(later.trend == "rising", points, later, first)
    tail = said_direction(direction, later.trend, "the share")
    return Check("share change", [first.id, later.id], direction.verdict, f"{text}; {tail}.", implied=points,
                 implied_unit="pp", gap=direction.gap)


FAMILY = Family(share_change_checks, {"share change": 1})
