"""Currency conversions against the exchange rate of the publication date."""
from __future__ import annotations

import datetime as dt

from .. import fmt
from ..intervals import Interval, ratio
from ..register import Claim
from .model import Check, Context
from .verdict import UNVERIFIABLE, compare, describe

# Qualifiers that make the printed figure a threshold: a conversion of
# "the 1-trillion-yuan benchmark" converts exactly 1 trillion.
THRESHOLDS = ("over", "nearly", "at least", "at most")


def conversion_checks(ctx: Context) -> list[Check]:
    checks = []
    for foreign in (c for c in ctx.numeric_claims if c.kind == "conversion" and c.canonical_unit.is_money):
        locals_ = [ctx.by_id[i] for i in foreign.links if i in ctx.by_id and ctx.by_id[i].canonical_unit
                   and ctx.by_id[i].canonical_unit.is_money] or [
            c for c in ctx.same_measure_claims(foreign)
            if c.kind in ("level", "forecast") and c.canonical_unit.is_money and c.unit != foreign.unit
            and c.period == foreign.period and c.section == foreign.section
        ]
        for local in locals_[:1]:
            checks.append(_check(ctx, local, foreign))
        if not locals_:
            checks.append(Check("conversion", [foreign.id], UNVERIFIABLE,
                                f"The conversion \"{foreign.phrase}\" has no amount in another currency to convert "
                                f"from; link it to one in the register's links column."))
    return checks


def _amount(claim: Claim) -> Interval:
    if claim.qualifier in THRESHOLDS:
        return Interval.point(float(claim.printed.value * claim.canonical_unit.factor))
    return claim.interval


def _check(ctx: Context, local: Claim, foreign: Claim) -> Check:
    pair = f"{local.unit} per {foreign.unit}"
    implied = ratio(_amount(local), _amount(foreign))
    rates = _rates_on_or_before(ctx, local.unit, foreign.unit, ctx.article.published)
    base = (f"{local.value} {local.scale} {local.unit} as {foreign.phrase} implies "
            f"{fmt.span(implied, pair, 3)} (the rounding of both amounts)")
    if not rates:
        return Check("conversion", [local.id, foreign.id], UNVERIFIABLE,
                     f"{base}; no {pair} rate on or before {fmt.day(ctx.article.published)} in the references.",
                     implied=implied, implied_unit=pair)
    rate = rates[0]
    cmp = compare(implied, rate.interval)
    exact_foreign = float(local.printed.value * local.canonical_unit.factor) / float(rate.value)
    sentence = describe(f"{base}; the {rate.metric} on {fmt.day(dt.date.fromisoformat(rate.period))} was {rate.value} "
                        f"({rate.source_org}, {rate.id})", cmp, pair)
    sentence += (f". At that rate {local.value} {local.scale} {local.unit} is "
                 f"{fmt.amount(exact_foreign, foreign.unit_label, 4)}.")
    return Check("conversion", [local.id, foreign.id], cmp.verdict, sentence, references=[rate.id],
                 implied=implied, implied_unit=pair, stated=rate.interval, stated_unit=pair,
                 gap=cmp.gap, gap_percent=cmp.gap_percent)


def _rates_on_or_before(ctx: Context, local: str, foreign: str, day):
    """Observed rates dated on or before the day, official fixings first, newest first."""
    wanted = f"{local} per {foreign}"
    found = []
    for ref in ctx.rates.get(wanted, []):
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
