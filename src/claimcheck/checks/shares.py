"""Shares: percentage points against percent, direction words, 'largest', parts of a total."""
from __future__ import annotations

from .. import fmt
from ..intervals import difference, growth_between, ratio, total
from .model import Check, Context, comparison
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare, describe


def _shares(ctx: Context):
    return [c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"]


def share_change_checks(ctx: Context) -> list[Check]:
    """From a to b: the change is b - a percentage points and b/a - 1 percent; the text must not mix them."""
    checks = []
    for later in _shares(ctx):
        linked = [ctx.by_id[i] for i in later.links if i in ctx.by_id]
        earlier = [c for c in linked + ctx.same_measure_claims(later)
                   if c is not later and c.kind == "share" and c.unit == "percent" and c.interval is not None
                   and (c.id in later.links or c.period < later.period)]
        if not earlier:
            continue
        first = earlier[0]
        points = difference(later.interval, first.interval)
        relative = growth_between(later.interval, first.interval)
        text = (f"From {first.phrase} ({first.period}) to {later.phrase} ({later.period}) is "
                f"{fmt.signed_exact(later.printed.value - first.printed.value, 'pp')} "
                f"({fmt.span(points, 'pp')}), or {fmt.signed((later.printed.value / first.printed.value - 1) * 100, 'percent', 3)} relative")
        stated_changes = [c for c in ctx.same_measure_claims(later) if c.kind == "change" and c.period == later.period]
        for change in stated_changes:
            right = points if change.unit == "pp" else relative
            wrong = relative if change.unit == "pp" else points
            mixed = (compare(right, change.interval).verdict == INCONSISTENT
                     and compare(wrong, change.interval).verdict != INCONSISTENT)
            other = "percent" if change.unit == "pp" else "percentage points"
            tail = f"; the stated figure fits the change in {other}, so the text mixes up the two" if mixed else ""
            checks.append(comparison("share change", [first.id, later.id, change.id], right, change.interval,
                                     change.unit_label, f"{text}; the article says {change.phrase}", tail=tail))
        if later.trend in ("rising", "falling"):
            up = later.trend == "rising"
            if (points.low > 0) if up else (points.high < 0):
                verdict, tail = CONSISTENT, f"\"{later.trend}\" holds"
            elif (points.high < 0) if up else (points.low > 0):
                verdict, tail = INCONSISTENT, f"the share moved the other way, so \"{later.trend}\" is wrong"
            else:
                verdict, tail = TENSION, f"within rounding the share may not have moved, so \"{later.trend}\" is not certain"
            checks.append(Check("share change", [first.id, later.id], verdict, f"{text}; {tail}.",
                                implied=points, implied_unit="pp"))
    return checks


def largest_checks(ctx: Context) -> list[Check]:
    """A share above 50 % makes its holder the largest; below that, only the others' shares can tell."""
    checks = []
    for share in (c for c in _shares(ctx) if c.trend == "largest"):
        if share.interval.low > 50:
            checks.append(Check("largest", [share.id], CONSISTENT,
                                f"A share of {share.phrase} ({fmt.span(share.interval, 'percent')}) is more than half, "
                                f"so \"largest\" follows from it.", implied=share.interval, implied_unit="percent"))
            continue
        rivals = [r for r in ctx.references if r.interval is not None and r.decides and r.unit == "percent"
                  and r.entity.lower() != share.entity.lower() and r.known_by(ctx.as_of)
                  and r.metric.lower() == share.metric.lower()]
        if rivals and all(r.interval.high < share.interval.low for r in rivals):
            checks.append(Check("largest", [share.id], CONSISTENT,
                                f"{share.phrase} is above every other holder's share in the references "
                                f"({', '.join(f'{r.entity} {r.phrase}' for r in rivals)}).",
                                references=[r.id for r in rivals]))
        else:
            checks.append(Check("largest", [share.id], UNVERIFIABLE,
                                f"A share of {share.phrase} does not by itself make the largest, and the references "
                                f"give no complete set of rivals' shares."))
    return checks


def part_of_total_checks(ctx: Context) -> list[Check]:
    """A share linked to two figures of one unit: the smaller over the larger against the stated share."""
    checks = []
    for share in _shares(ctx):
        linked = [ctx.by_id[i] for i in share.links if i in ctx.by_id and ctx.by_id[i].interval is not None
                  and ctx.by_id[i].kind in ("level", "forecast", "count")]
        if len(linked) != 2 or linked[0].canonical_unit.key != linked[1].canonical_unit.key:
            continue
        part, whole = sorted(linked, key=lambda c: c.interval.high)
        implied = ratio(part.interval, whole.interval).scaled(100)
        text = f"{part.phrase} of {whole.phrase} is {fmt.span(implied, 'percent')}; the article says {share.phrase}"
        checks.append(comparison("share of a total", [share.id, part.id, whole.id], implied, share.interval,
                                 "percent", text))
    return checks


def parts_checks(ctx: Context) -> list[Check]:
    """Parts linked to one total must not add up to more than it."""
    checks = []
    for whole in ctx.numeric_claims:
        parts = [c for c in ctx.linking_to(whole) if c.kind in ("level", "count", "share")
                 and c.canonical_unit.key == whole.canonical_unit.key and c.period == whole.period]
        if len(parts) < 2:
            continue
        summed = total([p.interval for p in parts])
        unit = whole.unit_label
        text = (f"The parts {', '.join(p.phrase for p in parts)} add up to {fmt.span(summed, unit)} "
                f"against the total {whole.phrase} ({fmt.span(whole.interval, unit)})")
        if summed.low > whole.interval.high:
            cmp = compare(summed, whole.interval)
            verdict, sentence = INCONSISTENT, describe(text, cmp, unit) + "; the parts exceed the whole."
        else:
            cmp, verdict = None, CONSISTENT
            sentence = f"{text}: the parts fit within the total."
        checks.append(Check("parts of a total", [whole.id] + [p.id for p in parts], verdict, sentence,
                            implied=summed, implied_unit=unit, stated=whole.interval, stated_unit=unit,
                            gap=cmp.gap if cmp else None, gap_percent=cmp.gap_percent if cmp else None))
    return checks
