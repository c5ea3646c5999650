"""Currency conversions against an exchange rate: the article's own printed rate, the rate the
register names, or the published rate of the article's day; and several conversions of one pair
in one article against each other.

Register shape: a `conversion` row (the amount in the second currency) linked to the amount it
converts (or, unlinked, the amount in another currency of the same metric, period and section).
Rates: a row of the article in 'CNY per USD' (its own printed rate, "$1 = 64.4375 rupees"), the
conversion row's references column, or reference rows in 'XXX per YYY' dated on or before the
article's day (official fixings first).
"""
from __future__ import annotations

import datetime as dt

from .. import fmt
from ..intervals import Interval, ratio
from ..register import Claim
from ..vocabulary import THRESHOLDS
from .model import Check, Context, Family
from .verdict import INCONSISTENT, UNVERIFIABLE, compare, describe


def conversion_checks(ctx: Context) -> list[Check]:
    checks = []
    implied_rates: dict[tuple[str, str], list[tuple[Claim, Claim, Interval]]] = {}
    for foreign in (c for c in ctx.numeric_claims if c.kind == "conversion" and c.canonical_unit.is_money):
        local = _converted(ctx, foreign)
        if local is None:
            checks.append(Check("conversion", [foreign.id], UNVERIFIABLE,
                                f"The conversion \"{foreign.phrase}\" has no amount in another currency to convert "
                                f"from; link it to one in the register's links column."))
            continue
        try:
            implied = ratio(_amount(local), _amount(foreign))
        except ValueError:
            continue  # an amount that may be zero converts at any rate
        # Amounts of different periods may have been converted at their own periods' rates.
        implied_rates.setdefault((f"{local.unit} per {foreign.unit}", local.period), []).append((local, foreign, implied))
        checks.append(_check(ctx, local, foreign, implied))
    for (pair, _), conversions in implied_rates.items():
        if len(conversions) > 1:
            checks.append(_agreement(pair, conversions))
    return checks


def _converted(ctx: Context, foreign: Claim) -> Claim | None:
    linked = [c for c in ctx.linked_claims(foreign) if c.canonical_unit.is_money and c.unit != foreign.unit]
    found = linked or [c for c in ctx.same_measure_claims(foreign)
                       if c.kind in ("level", "forecast") and c.canonical_unit.is_money and c.unit != foreign.unit
                       and c.period == foreign.period and c.section == foreign.section]
    return found[0] if found else None


def _amount(claim: Claim) -> Interval:
    """A threshold ("the 1-trillion-yuan benchmark", "over 900 billion") converts as the figure itself."""
    if claim.qualifier in THRESHOLDS:
        return Interval.point(float(claim.printed.value * claim.canonical_unit.factor))
    return claim.interval


def _check(ctx: Context, local: Claim, foreign: Claim, implied: Interval) -> Check:
    pair = f"{local.unit} per {foreign.unit}"
    base = (f"{local.value} {local.scale} {local.unit} as {foreign.phrase} implies "
            f"{fmt.span(implied, pair, 3)} (the rounding of both amounts)").replace("  ", " ")
    rate, where, references, printed = _rate(ctx, local, foreign)
    if rate is None:
        return Check("conversion", [local.id, foreign.id], UNVERIFIABLE,
                     f"{base}; no {pair} rate on or before {fmt.day(ctx.article.published)} in the article or the "
                     f"references.", implied=implied, implied_unit=pair)
    cmp = compare(implied, rate)
    exact_foreign = float(local.printed.value * local.canonical_unit.factor) / ((rate.low + rate.high) / 2)
    sentence = describe(f"{base}; {where}", cmp, pair)
    sentence += (f". At that rate {local.value} {local.scale} {local.unit} is "
                 f"{fmt.amount(exact_foreign, foreign.unit_label, 4)}.").replace("  ", " ")
    return Check("conversion", [local.id, foreign.id] + printed, cmp.verdict, sentence, references=references,
                 implied=implied, implied_unit=pair, stated=rate, stated_unit=pair,
                 gap=cmp.gap, gap_percent=cmp.gap_percent)


def _rate(ctx: Context, local: Claim, foreign: Claim) -> tuple[Interval | None, str, list[str], list[str]]:
    """The rate to compare with, a phrase saying where it comes from, and the reference and claim ids
    it rests on."""
    pair, inverse = f"{local.unit} per {foreign.unit}", f"{foreign.unit} per {local.unit}"
    for printed in ctx.numeric_claims:
        if printed.canonical_unit.key in (pair, inverse) and printed.kind != "conversion":
            rate = printed.interval if printed.canonical_unit.key == pair else Interval(1 / printed.interval.high,
                                                                                         1 / printed.interval.low)
            return rate, f"the article's own rate is {printed.phrase} ({printed.id})", [], [printed.id]
    named = [ctx.reference(foreign, link.id) for link in foreign.references]
    named = [r for r in named if r.interval is not None and r.unit in (pair, inverse)]
    rates = named or _rates_on_or_before(ctx, pair, ctx.article.published)
    if not rates:
        return None, "", [], []
    ref = rates[0]
    rate = ref.interval if ref.unit == pair else Interval(1 / ref.interval.high, 1 / ref.interval.low)
    when = ref.period
    try:
        when = fmt.day(dt.date.fromisoformat(ref.period))
    except ValueError:
        pass
    return rate, f"the {ref.metric} on {when} was {ref.value} ({ref.source_org}, {ref.id})", [ref.id], []


def _rates_on_or_before(ctx: Context, pair: str, day: dt.date):
    """Observed rates dated on or before the day, official fixings first, newest first."""
    found = []
    for ref in ctx.rates.get(pair, []):
        if not ref.decides:
            continue
        try:
            dated = dt.date.fromisoformat(ref.period)
        except ValueError:
            continue  # monthly averages and the like are not the rate of a day
        if dated <= day:
            official = any(w in ref.metric.lower() for w in ("parity", "fixing", "reference rate"))
            found.append((official, dated, ref))
    return [ref for _, _, ref in sorted(found, key=lambda t: (t[0], t[1]), reverse=True)]


def _agreement(pair: str, conversions: list[tuple[Claim, Claim, Interval]]) -> Check:
    """Conversions of one pair in one article should rest on one rate: their implied rates must meet."""
    low = max(conversions, key=lambda c: c[2].low)
    high = min(conversions, key=lambda c: c[2].high)
    listed = "; ".join(f"{loc.value} {loc.scale} {loc.unit} as {fo.phrase}: {fmt.span(iv, pair, 3)}".replace("  ", " ")
                       for loc, fo, iv in conversions)
    claims = [c.id for loc, fo, _ in conversions for c in (loc, fo)]
    common = Interval(low[2].low, high[2].high) if low[2].low <= high[2].high else None
    if common is not None:
        cmp = compare(low[2], high[2])
        return Check("conversion rate", claims, cmp.verdict,
                     f"The article's conversions imply one rate: {listed}; all hold at "
                     f"{fmt.span(common, pair, 3)}: {cmp.verdict}.", implied=common, implied_unit=pair)
    cmp = compare(high[2], low[2])
    return Check("conversion rate", claims, INCONSISTENT,
                 describe(f"The article's conversions imply different rates: {listed}; "
                          f"{high[1].phrase} and {low[1].phrase} cannot rest on one rate", cmp, pair) + ".",
                 implied=high[2], implied_unit=pair, stated=low[2], stated_unit=pair, gap=cmp.gap,
                 gap_percent=cmp.gap_percent)


FAMILY = Family(conversion_checks, {"conversion": 3, "conversion rate": 3})
