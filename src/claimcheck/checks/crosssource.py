"""The same figure from other sources: agreement, other series, later information, attribution.

Register shape: any figure another source could publish (level, forecast, growth, share, change,
count, target, rank, enumeration, multiple), with reference ids in its references column
('R017 scope' for another scope or definition, 'R062 complement' for 100 % minus it). Reference
rows of the same metric, entity, period and unit are matched automatically and marked so in the
brief; '-R017' or '-auto' in the references column turns such matches off. A reference read at
the article's own address is the article itself and never confirms it.
"""
from __future__ import annotations

from .. import fmt
from ..errors import RegisterError
from ..intervals import Interval
from ..register import Claim
from ..units import DURATION_UNITS
from ..vocabulary import COMPARABLE_KINDS
from .model import Check, Context, Family, metric_key, period_key
from .verdict import CONSISTENT, TENSION, UNVERIFIABLE, compare, worst


def _candidates(ctx: Context, claim: Claim):
    """(reference, interval to compare, other_scope, complement) for explicit and automatic matches."""
    seen = set()
    for link in claim.references:
        ref = ctx.reference(claim, link.id)
        seen.add(ref.id)
        if ref.use == "derived" or ref.interval is None or ref.id in ctx.own_references:
            continue  # our own arithmetic, a date, or the article itself: never a figure to cite
        interval = ref.interval
        if link.complement:
            if ref.unit != "percent":
                raise RegisterError(ctx.register_path, f"{ref.id} is in {ref.unit_text}; only a percent has a complement",
                                    where=f"row {claim.row} (claim {claim.id}), column references")
            interval = Interval(100 - ref.interval.high, 100 - ref.interval.low)
        if ref.canonical_unit.key != claim.canonical_unit.key:
            raise RegisterError(ctx.register_path, f"reference {ref.id} is in {ref.unit_text}, the claim in {claim.unit_label}",
                                where=f"row {claim.row} (claim {claim.id}), column references",
                                fix="link a reference in the same unit, or drop the link")
        yield ref, interval, link.other_scope, link.complement
    for ref in ctx.references_for(claim):
        if ref.id not in seen and ref.use != "derived":
            yield ref, ref.interval, period_key(ref.period)[1], False


def _describe_ref(ctx: Context, ref, interval: Interval, complement: bool, unit: str, claim: Claim | None = None) -> str:
    """A reference in a few words: what differs from the claim (measure, period) is named, the rest is not."""
    figure = ref.phrase
    if claim is None or metric_key(ref.metric) != metric_key(claim.metric):
        figure += f" for {ref.metric}"
    if claim is None or period_key(ref.period)[0] != period_key(claim.period)[0] or period_key(ref.period)[1]:
        figure += f", {ref.period}"
    if complement:
        figure += f", leaving {fmt.span(interval, unit)} for the rest"
    return f"{ctx.source_phrase(ref)}: {figure}"


def _restates_body_figure(ctx: Context, claim: Claim) -> bool:
    """A headline or lede figure restating a body figure, with no references of its own: the body's
    figure is cross-checked and the restatement is checked against it (headline vs body), so the
    same sources are not listed twice."""
    if claim.section not in ("headline", "lede") or claim.references:
        return False
    return any(other.section == "body" and other.period == claim.period and ctx.same_quantity(other, claim)
               and (other.kind == claim.kind or {other.kind, claim.kind} <= {"level", "forecast"})
               for other in ctx.same_measure_claims(claim))


def cross_source_checks(ctx: Context) -> list[Check]:
    checks = []
    for claim in ctx.numeric_claims:
        if claim.kind not in COMPARABLE_KINDS or claim.unit in DURATION_UNITS:
            continue
        if _restates_body_figure(ctx, claim):
            continue
        same, other, weak, later = [], [], [], []
        explicit = {link.id for link in claim.references}
        automatic = []
        for ref, interval, other_scope, complement in _candidates(ctx, claim):
            if ref.id not in explicit:
                automatic.append(ref.id)
            if not ref.known_by(ctx.as_of):
                later.append((ref, interval, complement, other_scope))
            elif not ref.decides:
                weak.append(ref)
            else:
                (other if other_scope else same).append((ref, interval, complement))
        unit = claim.unit_label
        later_ids = [r.id for r, *_ in later]
        later_text = "; ".join(
            f"{_describe_ref(ctx, r, iv, c, unit, claim)} ({compare(claim.interval, iv, other_scope=scope).verdict})"
            for r, iv, c, scope in later)
        weak_text = (f" Not relied on (weak or not independent): {', '.join(r.id for r in weak)}." if weak else "")
        lead = f"The article's {claim.phrase} ({claim.period or 'no period'}, {fmt.span(claim.interval, unit)})"
        if same:
            checks.append(_group(ctx, "cross-source", claim, same, lead, unit, other_scope=False,
                                 later_ids=later_ids, later_text=later_text, weak_text=weak_text, automatic=automatic))
            attribution = _misattributed(ctx, claim, same)
            if attribution:
                checks.append(attribution)
        if other:
            checks.append(_group(ctx, "other series", claim, other, lead, unit, other_scope=True,
                                 later_ids=[] if same else later_ids, later_text="" if same else later_text,
                                 weak_text="" if same else weak_text, automatic=automatic))
        if not same and not other and (later or weak):
            checks.append(Check("cross-source", [claim.id], UNVERIFIABLE,
                                f"{lead}: no independent figure published by {fmt.day(ctx.as_of)} to compare with."
                                + weak_text, references=[r.id for r in weak], automatic=automatic,
                                later_references=later_ids, later_information=later_text))
    return checks


def _group(ctx, kind, claim, matches, lead, unit, *, other_scope, later_ids, later_text, weak_text, automatic) -> Check:
    verdicts, parts = [], []
    stated, gap, gap_percent, widest = None, None, None, None
    for ref, interval, complement in matches:
        cmp = compare(claim.interval, interval, other_scope=other_scope)
        verdicts.append(cmp.verdict)
        note = cmp.verdict
        if cmp.gap is not None:
            note += f", {fmt.gap(cmp.gap, unit)} {cmp.direction} the article's range"
            if gap is None or cmp.gap > gap:
                gap, gap_percent, widest = cmp.gap, cmp.gap_percent, (ref, interval, complement, cmp)
        parts.append(f"{_describe_ref(ctx, ref, interval, complement, unit, claim)} ({note})")
        stated = interval if stated is None else Interval(min(stated.low, interval.low), max(stated.high, interval.high))
    verdict = worst(verdicts)
    if other_scope:
        intro = f"{lead} against figures of another scope, period or definition"
        tail = (" These measure something slightly different, so the gap is a warning to explain, not a contradiction."
                if verdict == TENSION else " They measure something slightly different but agree.")
    else:
        intro = f"{lead} against other reports of the same figure"
        tail = ""
    finding, own = "", False
    if widest:
        ref, interval, complement, cmp = widest
        own = bool(claim.source) and not claim.source.startswith("(") and claim.source.lower() in ref.source_org.lower()
        whose = f"its own cited source, {claim.source}" if own else ref.source_org
        finding = (f"The article's {claim.phrase} for {claim.metric} ({claim.period}) {'conflicts with' if own else 'differs from'} {whose}: "
                   f"{_describe_ref(ctx, ref, interval, complement, unit)}, {fmt.gap(cmp.gap, unit)} {cmp.direction} "
                   f"the article's range.{tail}")
    matched = [r.id for r, _, _ in matches if r.id in automatic]
    by_name = (f" Matched by metric name, not by the register: {', '.join(matched)} (confirm, or add '-{matched[0]}' "
               f"to the claim's references)." if matched else "")
    return Check(kind, [claim.id], verdict, f"{intro}: " + "; ".join(parts) + "." + tail + weak_text + by_name,
                 finding=finding, own_source=own, automatic=matched,
                 references=[r.id for r, _, _ in matches], implied=claim.interval, implied_unit=unit,
                 stated=stated, stated_unit=unit, gap=gap, gap_percent=gap_percent,
                 later_references=later_ids, later_information=later_text)


def _misattributed(ctx: Context, claim: Claim, matches) -> Check | None:
    """The article names a producer; do the agreeing reports name another one?"""
    source = claim.source.strip()
    if not source or source.startswith("("):
        return None  # no named producer to check
    agreeing = [ref for ref, interval, _ in matches if compare(claim.interval, interval).verdict == CONSISTENT]
    if not agreeing or any(source.lower() in ref.source_org.lower() for ref in agreeing):
        return None
    producers = "; ".join(f"{ref.source_org} ({ref.id})" for ref in agreeing)
    return Check("attribution", [claim.id], TENSION,
                 f"The article attributes {claim.phrase} to {source}, but the reports that give this figure name "
                 f"another producer: {producers}. The number holds; the attribution does not.",
                 references=[ref.id for ref in agreeing])


FAMILY = Family(cross_source_checks, {"other series": 5, "cross-source": 6, "attribution": 4})
