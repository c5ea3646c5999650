"""A level and its growth rate imply the level a year before: compare it with what was published.

Register shape: a `level` or `forecast` row and a `growth` row of the same metric, entity and
period (or linked to each other). Published figures for the year before come from reference
rows of the same metric and entity, or from the level's references column.
"""
from __future__ import annotations

import re

from .. import fmt
from ..intervals import prior_level
from ..periods import year_before
from ..vocabulary import THRESHOLDS
from .model import Check, Context, Family, compared_levels, is_level, metric_key, said_from
from .verdict import INCONSISTENT, UNVERIFIABLE, compare, describe, worst


def level_growth_pairs(ctx: Context):
    """(level, growth) of one quantity and period, or linked by the analyst. A linked level of another
    period is the figure the rate is measured from ("up 97.3% from $5.22 a year before"), not the one
    it rose to."""
    # Levels looked up by measure and period, not searched among every partner: an article with thousands of
    # rates of one measure made that quadratic.
    levels: dict[tuple, list] = {}
    for claim in ctx.numeric_claims:
        if is_level(claim) and metric_key(claim.metric):
            levels.setdefault((metric_key(claim.metric), claim.entity.lower(), claim.period), []).append(claim)
    for growth in (g for g in ctx.growths if not compared_levels(ctx, g)):  # "108.6 per cent more than" no rise
        found = {c.id: c for c in levels.get((metric_key(growth.metric), growth.entity.lower(), growth.period), [])
                 if metric_key(growth.metric)}
        found.update({c.id: c for c in ctx.linked_claims(growth) if is_level(c) and not _another_period(c, growth)})
        # (of either: "a rise of 81 per cent (431,000 to 782,000)" rose from the first, naming no period)
        # (nor a figure the words say the move started from: "up 14.7 percent from $61.5 million")
        found = {i: c for i, c in found.items() if not _measured_from(ctx, c, growth) and not said_from(ctx, c)}
        # (a mark the figure passes, "will top ¥100 trillion", beside the figure itself, "about ¥101.5 trillion",
        # says nothing more of the year before)
        precise = any(c.qualifier not in THRESHOLDS for c in found.values())
        for level in sorted(found.values(), key=lambda c: c.row):
            if level.interval is not None and level.is_claim and not (precise and level.qualifier in THRESHOLDS):
                yield level, growth


def _another_period(level, growth) -> bool:
    return bool(level.period and growth.period and level.period != growth.period)


def _measured_from(ctx: Context, level, growth) -> bool:
    """Whether a level is the one a level of the rate's period is measured from: "lower by 4.61 per cent from the
    earlier estimate of 111.32 million tonnes", which 106.41 million tonnes links to; "rose 11% to $5.69 billion from
    $5.13 billion a year earlier", the rate linked to the figure it is measured against."""
    # (of no period either: "116,199 people ... a 2.9% rise on the previous quarter (111,209)", the bracket's linked from
    # the level before the rate)
    return any(is_level(c) and c.period == growth.period and (c.period != level.period or not c.period)
               for c in ctx.linking_to(level))


def prior_level_checks(ctx: Context) -> list[Check]:
    checks = []
    for level, growth in level_growth_pairs(ctx):
        # A day's move ("shares added 9.6 percent to $28.01") is from the session before, not a year before
        daily = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", level.period))
        prior_period = growth.basis or (None if daily else year_before(level.period))
        unit = level.unit_label
        check = Check("prior level", [level.id, growth.id], UNVERIFIABLE, "", implied_unit=unit)
        try:
            implied = prior_level(level.interval, growth.interval)
        except ValueError as undefined:
            check.explanation = f"{fmt.opening(growth.move)} to {level.phrase} implies no earlier level: {undefined}."
            checks.append(check)
            continue
        check.implied = implied
        lead = (f"{fmt.opening(growth.move)} to {level.phrase} in {level.period or 'its period'} implies "
                f"{prior_period or ('the figure before' if daily else 'the year before')} was {fmt.span(implied, unit)}")
        refs = [r for r in ctx.references_for(level, prior_period or "") if r.decides] if prior_period else []
        known = [r for r in refs if r.known_by(ctx.as_of)]
        later = [r for r in refs if not r.known_by(ctx.as_of)]
        check.later_references = [r.id for r in later]
        check.automatic = [r.id for r in refs]
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
        if later:
            check.later_information = "; ".join(
                f"{fmt.day(r.published)}: {r.source_org} gives {r.phrase} ({r.id})" for r in later)
        if not verdicts and _earlier_in_the_article(ctx, level, growth):
            continue  # (the rate is read against the article's own earlier figure: implied growth)
        if not verdicts:
            check.explanation = (f"{lead}; no {prior_period or 'earlier'} figure published by {fmt.day(ctx.as_of)} "
                                 f"to compare with.")
        else:
            check.verdict = worst(verdicts)
            check.explanation = f"{lead}; " + "; ".join(parts) + "."
            check.finding = f"{lead}; {parts[0]}."
        checks.append(check)
    return checks


def _earlier_in_the_article(ctx: Context, level, growth) -> bool:
    """Whether the article gives the figure the rate moved from, linked to the rate or to its level ("were 4,307
    tonnes, up from 4,087.60 tonnes"): no published figure is needed to say it was "none to compare with"."""
    return any(is_level(c) and c.period and c.period != level.period and c.unit == level.unit
               for c in [*ctx.linked_claims(growth), *ctx.linked_claims(level)])


def _keep_decisive(check: Check, cmp, compared, unit: str) -> None:
    """The check reports the figure it was compared with: the one with the largest gap, else the first."""
    if cmp.gap is not None and cmp.verdict == INCONSISTENT and (check.gap is None or cmp.gap > check.gap):
        check.gap, check.gap_percent, check.stated, check.stated_unit = cmp.gap, cmp.gap_percent, compared, unit
    elif check.stated is None:
        check.stated, check.stated_unit = compared, unit


FAMILY = Family(prior_level_checks, {"prior level": 0})
