"""Parts and their whole: parts must not add up to more than the whole; a complete sum or a
difference must match within rounding.

Register shapes:
- parts of a whole, the list maybe incomplete: on the whole's row 'C05 part; C06 part', or on
  each part's row 'C02 whole' (either way). One part gives "part of whole", several "parts of a
  total". A part naming its whole that the whole's own list leaves out is of another breakdown
  (private investment beside the three industries): it is checked alone. Rows linked by id alone to one row of another metric, same unit and period, count as
  its parts too (the shape registers used before roles existed).
- a complete sum or a difference: on the total's row 'C05 plus; C06 plus' (exports + imports =
  total trade), with 'minus' for what is taken away (outlays minus receipts = deficit).
- no link at all: two levels of one quantity, the period of one inside the other's (October's
  output against January-October's), are a part and its whole; not power (MW, GW), which is a
  rate, not a sum over its period. Levels of periods that lie end to end over the whole's (the
  three months of a quarter) add up to it; those of periods apart inside it that do not reach its
  ends (January to June inside January to early July) add up to no more.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .. import fmt
from ..intervals import Interval, total
from ..periods import inside, parse_period, same_period
from ..register import Claim
from ..vocabulary import COMPARISON_TRENDS
from .model import Check, Context, Family, comparison, cut_off, is_growth, times_apart, worlds_apart
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare

_PART_KINDS = ("level", "forecast", "count", "share", "target")


def sum_of_parts_checks(ctx: Context) -> list[Check]:
    checks = _within_periods(ctx)
    for whole in ctx.numeric_claims:
        for parts in ctx.breakdowns(whole) or [_legacy_parts(ctx, whole)]:
            parts = [p for p in parts if p.canonical_unit.key == whole.canonical_unit.key]
            if parts and not is_growth(whole):  # segments' growth rates add up to nothing (aggregate growth reads them)
                checks.append(_parts(ctx, whole, parts))
        plus = [ctx.by_id[i] for i in whole.linked("plus")]
        minus = [ctx.by_id[i] for i in whole.linked("minus")]
        # rates do not add up (aggregate growth reads them); amounts and flows ("barrels per day") do
        if (plus or minus) and (whole.canonical_unit.is_amount or whole.canonical_unit.is_flow):
            checks.append(_sum(ctx, whole, plus, minus))
    return checks


# "2019-01-01", "2020-12-31": the first or last day of a month, the day an inventory or a balance is taken as of
_AS_OF_A_MONTHS_EDGE = re.compile(r"\d{4}-\d{2}-(?:01|28|29|30|31)")
# A figure counted up to a day, not during it: "the death toll", "the tally", a running total
_A_STOCK = re.compile(r"(?i)\b(?:toll|tally|running total)\b")


def _within_periods(ctx: Context) -> list[Check]:
    """A month's output cannot exceed the year-to-date's: of two levels of one quantity (money, a count, a
    physical amount), the one whose period lies inside the other's is a part of it."""
    checks = []
    # (power is a rate, not a sum over time: May's 16,958 MW is no part of July-May's 14,100 MW; nor is an amount in
    # cents or pence, a price or a sum per unit: diesel's 146.48p in February is no part of the year's low of 138.14p)
    for whole in (c for c in ctx.levels if c.canonical_unit.is_amount and c.canonical_unit.key != "GW" and c.period
                  and c.scale != "cent"):
        within = []
        for part in ctx.same_measure_claims(whole):
            if part is whole or part.kind not in ("level", "forecast", "count") or not ctx.same_quantity(part, whole):
                continue
            if ctx.linked(part, whole) and not {part.roles.get(whole.id), whole.roles.get(part.id)} & {"part", "whole"}:
                continue  # a figure and the earlier one it is compared with ("to $4.85 billion from $4.62 billion")
            if _A_STOCK.search(part.metric) and len(part.period) == 10:
                continue  # ("the death toll ... to 93" on Thursday is all the deaths to then, no part of July's 46)
            if _AS_OF_A_MONTHS_EDGE.fullmatch(part.period) and len(whole.period) != 10:
                continue  # ("Calves ... on Jan. 1, 2019, totaled 680,000 head": a stock as of a month's first or last
                # day, no part of a year's flow, "The lamb crop in 2018 ... at 57,000 head")
            if inside(part.period, whole.period):
                within.append(part)
        tiling = _tiling(within, whole.period)
        if tiling:
            checks.append(_months_of_a_period(whole, tiling))
        # ("274 deaths" from January 1 to July 2, then "January with 36; February with 32; ...; June with 58": months
        # that do not reach the whole's end add up to no more than it)
        apart = [] if tiling else _apart(within)
        if apart:
            checks.append(_parts(ctx, whole, apart))
        checks += [_parts(ctx, whole, [part]) for part in within if part not in tiling and part not in apart]
    return checks


def _apart(parts: list[Claim]) -> list[Claim]:
    """Two or more parts whose periods do not overlap, one figure each, in time order; [] otherwise."""
    spans: dict[tuple, Claim] = {}
    for part in parts:
        span = parse_period(part.period)
        if spans.setdefault((span.start, span.end), part).interval != part.interval:
            return []
    ordered = sorted(spans.items(), key=lambda item: item[0])
    if len(ordered) < 2 or any(b[0][0] <= a[0][1] for a, b in zip(ordered, ordered[1:])):
        return []
    return [part for _, part in ordered]


def _tiling(parts: list[Claim], period: str) -> list[Claim]:
    """Parts whose periods, one figure each, lie end to end from the start of the whole's to its end (January,
    February and March of a first quarter); [] when they do not, or when a period has two different figures."""
    spans: dict[tuple, Claim] = {}
    for part in parts:
        span = parse_period(part.period)
        if spans.setdefault((span.start, span.end), part).interval != part.interval:
            return []  # two figures of one month (all visitors, and a region's): which one adds up is unsaid
    whole = parse_period(period)
    ordered = sorted(spans.items(), key=lambda item: item[0])
    if len(ordered) < 2 or ordered[0][0][0] != whole.start or ordered[-1][0][1] != whole.end:
        return []
    if any((b[0][0] - a[0][1]).days != 1 for a, b in zip(ordered, ordered[1:])):
        return []
    return [part for _, part in ordered]


def _months_of_a_period(whole: Claim, parts: list[Claim]) -> Check:
    """The figures of periods that make up a longer one add up to its figure. A shortfall or excess within a few
    per cent is a tension, not a contradiction: months are revised after their first release, and an article
    may quote a month as first published beside a total of revised ones."""
    unit = whole.unit_label
    summed = total([p.interval for p in parts])
    text = (f"{' + '.join(f'{p.period} {p.phrase}' for p in parts)} (periods that make up {whole.period}) add up "
            f"to {fmt.span(summed, unit)}; the article says {whole.phrase} for {whole.period}")
    check = comparison("sum of parts", [whole.id] + [p.id for p in parts], summed, whole.interval, unit, text)
    if check.verdict == INCONSISTENT and check.gap_percent is not None and abs(check.gap_percent) < _REVISED_BY:
        return replace(check, verdict=TENSION, explanation=check.explanation.rstrip(".") +
                       "; within a few per cent, as when a month is revised after its first release: confirm which "
                       "release each figure is from.")
    return check


# How far the figures of shorter periods may miss their whole's before the gap is more than revisions make (per cent)
_REVISED_BY = 3.0


def _legacy_parts(ctx: Context, whole: Claim) -> list[Claim]:
    """Two or more rows linked by id alone to a row of another metric, same unit and period."""
    # (a row with a comparison word links its rivals: "the largest buyer at $12 billion, followed by France at
    # $9 billion" are no parts of anything; nor a figure that rose or fell links a part: "increased its share of the
    # export market to 11 percent from 7.2 percent" links where it moved from)
    parts = [c for c in ctx.linking_to(whole) if c.roles.get(whole.id) == "" and c.kind in _PART_KINDS
             and c.interval is not None and not ctx.same_measure(c, whole) and same_period(c.period, whole.period)
             and c.trend not in COMPARISON_TRENDS + ("rising", "falling")]
    # (one figure told twice is no two parts: "averaging nine million viewers (9,015,000 vs. 6,417,000)")
    if any(compare(a.interval, b.interval).verdict == CONSISTENT and ctx.same_measure(a, b)
           for a, b in itertools.combinations(parts, 2)):
        return []
    return parts if len(parts) >= 2 else []


def _parts(ctx: Context, whole: Claim, parts: list[Claim]) -> Check:
    summed = total([p.interval for p in parts])
    unit = whole.unit_label
    claims = [whole.id] + [p.id for p in parts]
    if len(parts) == 1:
        kind = "part of whole"
        text = (f"The part {parts[0].phrase} ({fmt.span(summed, unit)}) against its whole {whole.phrase} "
                f"({fmt.span(whole.interval, unit)})")
    else:
        kind = "parts of a total"
        text = (f"The parts {', '.join(p.phrase for p in parts)} add up to {fmt.span(summed, unit)} "
                f"against the total {whole.phrase} ({fmt.span(whole.interval, unit)})")
    if len(parts) == 1 and worlds_apart(parts[0], whole) and parts[0].interval.low > whole.interval.high \
            and "running total" in whole.metric:
        # ("the wool sold at $69.3 million ... took the season total to $828.6": what was added a thousand times the
        # running total it took the total to, no reading of the figures as printed holds; the total has lost its scale
        # word more likely than it is wrong) (other pairs so far apart may be no part and whole at all)
        return Check(kind, claims, TENSION, f"{text}: the part is more than a thousand times the whole, which no "
                                            f"figure as printed allows; a scale word (\"million\", \"billion\") is "
                                            f"missing or misread: confirm both figures (tension).")
    if len(parts) == 1 and parts[0].interval.low > whole.interval.high and _scale_in_doubt(ctx, whole):
        # ("earnings of $405.6 million ... Sales for the quarter were $3.8 million, up 9% from $3.5 billion": a whole
        # near a thousandth of its own figure before has lost its scale word; the growth check says so)
        return Check(kind, claims, TENSION, f"{text}: the part exceeds the whole, but the whole is near a thousandth "
                                            f"of its own figure before, so its scale word (\"million\" for "
                                            f"\"billion\") is likelier misprinted than the part too large; confirm "
                                            f"its scale (tension).")
    if len(parts) == 1 and worlds_apart(parts[0], whole):
        return Check(kind, claims, UNVERIFIABLE, f"{text}: more than a thousandfold apart, a scale is misprinted or "
                                                 f"misread (\"million\" left out); confirm both figures.")
    cut = cut_off(whole)
    if summed.low > whole.interval.high and cut is not None and summed.high < cut.high:
        # ("1.1 million passengers comprising 800,609 domestic and 355,176 international": 1,155,785 with its last
        # digits cut, not rounded; a sloppy print, not parts that cannot be the whole's)
        return Check(kind, claims, TENSION, f"{text}: the sum exceeds the whole as rounded, but fits it with its last "
                                            f"digit cut rather than rounded ({fmt.span(cut, unit)}); a loose print, "
                                            f"not a sum the whole cannot hold.", implied=summed, implied_unit=unit,
                     stated=whole.interval, stated_unit=unit)
    if summed.low > whole.interval.high:
        cmp = compare(summed, whole.interval)
        # (said of the parts: "below the lowest value the article allows" would read as the parts being too small)
        share_of = "the part" if len(parts) == 1 else "the parts"
        excess = f"{fmt.gap(cmp.gap, unit)}" + (f" ({cmp.gap_percent:.0f} % of {share_of})" if cmp.gap_percent else "")
        sentence = (f"{text}: inconsistent, the {'part exceeds' if len(parts) == 1 else 'parts exceed'} the whole by "
                    f"at least {excess}.")
        if any(p.interval.low > whole.interval.high for p in parts):
            bigger = next(p for p in parts if p.interval.low > whole.interval.high)
            sentence += (f" If {bigger.id} is the whole and {whole.id} its part, the links run the other way: "
                         f"on {whole.id}'s row write '{bigger.id} whole'.")
            ctx.notices.append(f"{whole.id} is smaller than its part {bigger.id}: check the direction of the link "
                               f"(the whole's row lists 'ID part'; a part's row lists 'ID whole')")
        return Check(kind, claims, INCONSISTENT, sentence, implied=summed, implied_unit=unit,
                     stated=whole.interval, stated_unit=unit, gap=cmp.gap, gap_percent=cmp.gap_percent)
    return Check(kind, claims, CONSISTENT, f"{text}: the {'part fits' if len(parts) == 1 else 'parts fit'} "
                                           f"within the whole.", implied=summed, implied_unit=unit,
                 stated=whole.interval, stated_unit=unit)


def _scale_in_doubt(ctx: Context, whole: Claim) -> bool:
    """Whether a figure's own figure before (linked to it, of its unit) is 500 to 2,000 times it or a 500th to a
    2,000th of it: the one or the other printed with the wrong scale word."""
    for before in ctx.linked_claims(whole):
        if before.period != whole.period and before.interval is not None and before.unit == whole.unit \
                and whole.interval.low > 0 and before.interval.low > 0:
            if 500 <= times_apart(before, whole) <= 2000:
                return True
    return False


def _sum(ctx: Context, whole: Claim, plus: list[Claim], minus: list[Claim]) -> Check:
    unit = whole.unit_label
    terms = [p for p in plus + minus if p.interval is not None]
    odd = [t for t in terms if t.canonical_unit.key != whole.canonical_unit.key]
    claims = [whole.id] + [t.id for t in terms]
    kind = "difference" if minus else "sum of parts"
    if odd or len(terms) != len(plus + minus):
        return Check(kind, claims, "unverifiable",
                     f"{whole.phrase} is said to be made of rows in another unit or without a figure "
                     f"({', '.join(t.id for t in odd) or 'a date'}): nothing to add up.")
    added = total([p.interval for p in plus]) if plus else Interval.point(0)
    taken = total([m.interval for m in minus]) if minus else Interval.point(0)
    result = Interval(added.low - taken.high, added.high - taken.low)
    formula = " + ".join(p.phrase for p in plus)
    if minus:
        formula = (formula or "0") + "".join(f" − {m.phrase}" for m in minus)
    text = f"{formula} is {fmt.span(result, unit)}; the article says {whole.phrase}"
    return comparison(kind, claims, result, whole.interval, unit, text)


FAMILY = Family(sum_of_parts_checks, {"parts of a total": 1, "part of whole": 1, "sum of parts": 1, "difference": 1})
