"""One quantity stated twice must agree with itself: headline or lede against body, body against body.

Register shape: two rows of the same metric, entity, period and unit (kinds level, forecast,
growth, share, count, change, target or multiple; a conversion restates a level in its currency), or
linked to each other.
"""
from __future__ import annotations

import functools
import math
import re

from .. import fmt
from ..drafting.measures import MEASURE_NOUNS, key_of
from ..intervals import Interval, ratio
from ..periods import parse_period, same_period, year_before
from ..printed import DECIMAL_COMMA
from ..vocabulary import COMPARISON_TRENDS
from ..register import Claim
from .model import (Check, Context, Family, comparison, cut_off, metric_key, powers_of_ten_apart, printed_at,
                    said_from, slip_apart, worlds_apart)
from .verdict import CONSISTENT, INCONSISTENT, TENSION, compare

RESTATED = ("level", "forecast", "growth", "share", "count", "change", "target", "multiple", "conversion")
# Kinds that state the same sort of figure: a level may restate a forecast, never a growth rate.
_SAME_SORT = {"forecast": "level", "target": "level", "count": "level", "conversion": "level"}
_PROMINENT = ("headline", "lede")
_SECTIONS = ("headline", "lede", "body")


def restatement_checks(ctx: Context) -> list[Check]:
    """Each later statement of a figure against the first one in the headline, in the lede and in the body (so
    n statements make at most 3n checks, not n²/2: one that disagrees shows as that contradiction), and every
    statement linked to an earlier one."""
    checks = []
    first: dict[tuple, dict[str, object]] = {}
    alike = _printed_alike(ctx)
    # (each sentence's figures, looked up rather than searched: an article may have thousands of figures)
    in_sentence: dict[int, list[Claim]] = {}
    for claim in ctx.numeric_claims:
        if claim.spans:
            in_sentence.setdefault(ctx.sentence_of(claim.spans[0][0]), []).append(claim)
    # (indexed once, by sort and print: an article may have thousands of figures)
    kin: dict[tuple, list[Claim]] = {}
    for claim in ctx.numeric_claims:
        if _group(claim) and claim.canonical_unit is not None and claim.printed is not None \
                and _significant_digits(claim.printed) >= 2:
            for noun in _nouns(claim.metric):
                kin.setdefault((_kin_key(claim), _print_key(claim), noun), []).append(claim)
    one_part_and_whole = _shares_of_one_part_and_whole(ctx)
    for b in sorted((c for c in ctx.numeric_claims if _group(c)), key=lambda c: c.row):
        earlier = []
        if metric_key(b.metric) and b.canonical_unit is not None:
            by_section = first.setdefault((_group(b), metric_key(b.metric), b.entity.lower(), _period_key(b.period),
                                           b.canonical_unit.key), {})
            earlier = list(by_section.values())
            by_section.setdefault(b.section, b)
        earlier += [a for a in ctx.linked_claims(b) if a.row < b.row and a not in earlier and _group(a) == _group(b)
                    and same_period(a.period, b.period)]
        twins = [a for a in alike.get(_print_key(b), ()) if a.row < b.row and a not in earlier
                 and (same_period(a.period, b.period) or not a.period or not b.period)]
        # (against the first so said only: n statements make n - 1 checks, not n²/2)
        if b.printed is not None and b.canonical_unit is not None:
            twins += next(([a] for noun in _nouns(b.metric) for a in kin.get((_kin_key(b), _print_key(b), noun), ())
                           if a.row < b.row and _said_again(a, b) and a not in earlier and a not in twins), [])
        # ("accounted for 20 per cent of physical crimes" and "accounted for 20.1 per cent of the 10,106 crimes", both
        # of the 2,027 shop thefts: shares of one part of one whole are one share, however their measures are named)
        # (agreeing only: the links are often the draft's, and two shares linked alike that differ are more likely two
        # shares linked wrongly than one misprinted)
        shared = [a for a in one_part_and_whole.get(b.id, ()) if a.row < b.row and a not in earlier
                  and compare(a.interval, b.interval).verdict == CONSISTENT]
        earlier += twins + shared
        for a in earlier:
            if _converted_group(ctx, a) != _converted_group(ctx, b):
                continue  # ("up by nearly VND184 trillion ($8 billion)": a change's conversion restates no level's)
            if _converts_a_move(ctx, a, b):
                continue  # ("from TND 11.1 billion (USD 4 billion) to TND 7.5 billion (USD 2.7 billion)")
            if a.quote == b.quote and compare(a.interval, b.interval).verdict != CONSISTENT and not (
                    _side_by_side(a, b) and (_within_a_percent(a, b) or powers_of_ten_apart(a, b))):
                # (but "1.034 crore (103.55 lakh)" is one, and so is "Rs.26,760 crore (Rs.267 million)", misprinted)
                # ("Car sales grow 7%, passenger vehicles up 11%": two figures of one clause that differ are two
                # figures; "nearly Rs 6 lakh crore (Rs 5,93,537 crore)" is one, stated twice)
                continue
            if (a.kind == "forecast") != (b.kind == "forecast") and \
                    compare(a.interval, b.interval).verdict != CONSISTENT:
                # "likely to touch a new record of 9 mn tonne ..., has exported 7 mn tonne so far": what is expected of
                # the period and what it has reached are two figures, not one said twice
                continue
            if (b in ctx.linked_claims(a, "part") or a in ctx.linked_claims(b, "part")) and \
                    compare(a.interval, b.interval).verdict != CONSISTENT:
                continue  # ("19 new cases" and "17 in Hubei", its part, named alike): a whole and its part are two
            if compare(a.interval, b.interval).verdict != CONSISTENT and (said_from(ctx, a) or said_from(ctx, b)):
                continue  # ("a 3.6 percent quarterly growth compared to the 238.39 million": the figure moved from)
            compared = {a.trend, b.trend} & set(COMPARISON_TRENDS)  # "beat estimates of": linked, not restated
            if ctx.linked(a, b) and {a.trend, b.trend} & {"rising", "falling", "accelerating", "slowing"}:
                continue  # "growth slowed to 5 percent from 6 percent": a figure and the one it moved from
            if ctx.linked(a, b) and not a.period and not b.period and \
                    compare(a.interval, b.interval).verdict != CONSISTENT:
                continue  # "a rise of 81 per cent (431,000 to 782,000)", no period named: a figure and its earlier one
            # Linked rows with no period may be a figure and the earlier one it is measured from: not restated.
            if not (ctx.same_quantity(a, b) or a in twins or a in shared or (ctx.linked(a, b) and not compared and a.period
                                                              and a.canonical_unit.key == b.canonical_unit.key)):
                continue
            if not _one_basis(ctx, a, b) or a.basis != b.basis:
                continue  # a rate on the year before and one on the quarter before are not one figure
            if compare(a.interval, b.interval).verdict != CONSISTENT and (_a_gap_to_a_figure(ctx, a, b)
                                                                          or _a_gap_to_a_figure(ctx, b, a)):
                continue  # ("decreased by 7%" and "It is 36% lower than the five-year average of US$3768": a move and a gap)
            if compare(a.interval, b.interval).verdict != CONSISTENT and _a_sibling_it_restates(ctx, a, b, in_sentence):
                continue  # ("44 containers of 573 tonnes ... to European countries, while 320 containers of 5914 tonnes"
                # and the body's "5,914 tonnes": the lede's other figure of the measure, which the body restates)
            if _a_rise_and_a_fall_of_one_sentence(ctx, a, b) and not _opposite_directions(a, b):
                continue  # ("dropped 8.7 percent ... but remains 2.7 percent higher on a year-over-year basis": two moves)
            if min(a.interval.low, b.interval.low) > 0 and worlds_apart(a, b) and not slip_apart(a, b):
                continue  # ("Dividend Revised Upward by 20 Yen" and "24.0 billion yen": no one figure, however named)
            unit = a.unit_label
            prominent = a.section in _PROMINENT or b.section in _PROMINENT
            if prominent and a.section == b.section:
                text = f"The {a.section} states \"{a.phrase}\" and \"{b.phrase}\""
            elif prominent:
                text = f"The {a.section}'s \"{a.phrase}\" and the {b.section}'s \"{b.phrase}\""
            else:
                text = f"The article states \"{a.phrase}\" and, later, \"{b.phrase}\""
            text += f" for {a.period or 'one period'} ({fmt.span(a.interval, unit)} and {fmt.span(b.interval, unit)})"
            weaker, precise = _weaker_and_precise(a, b)
            tail = (f"; both can hold, the {weaker.section} using the less precise figure"
                    if compare(a.interval, b.interval).verdict == CONSISTENT and a.interval != b.interval else "")
            check = comparison("headline vs body" if prominent else "restatement", [a.id, b.id], a.interval,
                               b.interval, unit, text, tail=tail)
            if check.verdict == INCONSISTENT and (whole := _a_count_rounding_an_average(a, b)):
                check.verdict = CONSISTENT
                check.explanation = (f"{text}: consistent; {whole[1].phrase}, with decimals, is an average, not a "
                                     f"count of things, and {whole[0].phrase} rounds it to the unit.")
            elif check.verdict == INCONSISTENT and prominent and (held := _another_it_restates(ctx, a, b)):
                check.verdict = TENSION
                check.explanation += (f" The {held.section}'s {held.phrase} (\"{held.quote}\") fits the "
                                      f"headline's figure: it may restate that one, of a measure "
                                      f"named otherwise, not this (tension).")
            elif check.verdict == INCONSISTENT and (converted := _converts_one_figure_twice(ctx, a, b)):
                check.verdict = TENSION
                check.explanation += (f" The two convert \"{converted[0].phrase}\" and \"{converted[1].phrase}\", "
                                      f"which agree as the rounder of them allows, at one rate: the gap is the rounding "
                                      f"of the figure converted, not two figures (tension).")
            elif check.verdict == INCONSISTENT and _truncates(weaker, precise):
                check.verdict = TENSION
                check.explanation += (f" {weaker.phrase} is {precise.phrase} with its digits cut, not rounded: a slip "
                                      f"of the {weaker.section}'s writing more likely than another figure (tension).")
            elif check.verdict == INCONSISTENT and prominent and (bare := _scale_left_out(a, b)):
                check.verdict = TENSION
                check.explanation += (f" The {bare.section}'s \"{bare.printed.text}\" is the other's digits with no "
                                      f"scale word: a {bare.section}'s shorthand or a word lost, more likely than "
                                      f"another figure; confirm the scale (tension).")
            elif check.verdict == INCONSISTENT and (grouped := _a_decimal_comma_read_as_thousands(a, b)):
                check.verdict = TENSION
                check.explanation += (f" The article prints a decimal comma (\"{grouped[0].printed.text}\"); read as one, "
                                      f"\"{grouped[1].printed.text}\" is a thousand times smaller and agrees: its comma is "
                                      f"the decimal mark, not thousands (tension).")
            elif check.verdict == INCONSISTENT and _opposite_directions(a, b):
                check.verdict = TENSION
                check.explanation += (" The two are one size, one read as a rise and the other as a fall: the words "
                                      "beside one of them may say its direction otherwise than read; confirm which "
                                      "way the figure moved (tension).")
            elif check.verdict == INCONSISTENT and _side_by_side(a, b) and _within_a_percent(a, b):
                check.verdict = TENSION
                check.explanation += (f" The two stand side by side, one figure in two scales (\"{a.phrase}\" and "
                                      f"\"{b.phrase}\"), under 1 % apart: a slip converting one into the other by hand, "
                                      f"more likely than two figures (tension).")
            elif check.verdict == INCONSISTENT and _side_by_side(a, b) and powers_of_ten_apart(a, b):
                check.explanation += (f" The two stand side by side, one figure in two scales (\"{a.phrase}\" and "
                                      f"\"{b.phrase}\"), a power of ten apart: a scale word slipped (\"million\" for "
                                      f"\"billion\") or the point moved, so one of them is misprinted.")
            elif check.verdict == INCONSISTENT and powers_of_ten_apart(a, b):
                # ("8.2Gt CO2e traded" over "82 billion metric tonnes": what a reviewer needs is where the slip is)
                check.explanation += (f" \"{a.phrase}\" and \"{b.phrase}\" are a power of ten apart: one figure with "
                                      f"its point moved or a scale word slipped, so one of them is misprinted.")
            elif check.verdict == INCONSISTENT and (a.drafted or b.drafted) and not slip_apart(a, b):
                check.verdict = TENSION
                check.explanation += (f" \"{a.phrase}\" and \"{b.phrase}\" are far apart and neither is the other "
                                      f"with one digit or its scale slipped: two different figures the draft read as one "
                                      f"more likely than one figure misprinted; confirm they are the same figure "
                                      f"(tension).")
            checks.append(check)
    return checks + _relabelled(ctx)


def _another_it_restates(ctx: Context, a: Claim, b: Claim) -> Claim | None:
    """"Voluntary insurance market grew by 6%" over the body's "payments increased by 46%", when the lede's "This is
    more by 6.3%" (premiums) is of the same kind, unit and period and fits the headline: the figure the headline
    restates, read by the draft as of another measure, or None."""
    head, other = (a, b) if a.section == "headline" != b.section else \
        (b, a) if b.section == "headline" != a.section else (None, None)
    if head is None:
        return None
    return next((c for c in ctx.numeric_claims if c not in (head, other) and c.section != "headline"
                 and c.kind == head.kind and c.unit == head.unit and same_period(c.period, head.period)
                 # (a bound, "at least 327", fits any larger figure and restates none)
                 and math.isfinite(c.interval.low) and math.isfinite(c.interval.high)
                 and compare(head.interval, c.interval).verdict == CONSISTENT), None)


def _converted(ctx: Context, conversion: Claim) -> Claim | None:
    """The figure a conversion restates in another currency (its first linked row that is no conversion), if any."""
    return next((c for c in ctx.linked_claims(conversion) if c.kind != "conversion" and c.interval is not None), None)


def _converts_a_move(ctx: Context, a: Claim, b: Claim) -> bool:
    """"from TND 11.1 billion (USD 4 billion) to TND 7.5 billion (USD 2.7 billion)": conversions of a figure and the one
    it moved from, two figures linked and apart, restate nothing of each other."""
    if a.kind != "conversion" or b.kind != "conversion":
        return False
    of_a, of_b = _converted(ctx, a), _converted(ctx, b)
    return of_a is not None and of_b is not None and of_a is not of_b and ctx.linked(of_a, of_b) \
        and compare(of_a.interval, of_b.interval).verdict != CONSISTENT


def _converts_one_figure_twice(ctx: Context, a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """"THE US$2 billion (K5.1 billion) reserves" and "the current US$2.1 billion (K5.58 billion)": conversions of
    two statements of one figure that agree (the round one read loosely), at rates that agree too, carry the
    figure's rounding; the figures they convert, or None."""
    if a.kind != "conversion" or b.kind != "conversion":
        return None
    of_a, of_b = _converted(ctx, a), _converted(ctx, b)
    if of_a is None or of_b is None or of_a.unit_label != of_b.unit_label or min(
            of_a.interval.low, of_b.interval.low, a.interval.low, b.interval.low) <= 0:
        return None
    if compare(of_a.interval, of_b.interval).verdict != CONSISTENT or compare(
            ratio(a.interval, of_a.interval), ratio(b.interval, of_b.interval)).verdict != CONSISTENT:
        return None
    return of_a, of_b


def _a_count_rounding_an_average(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """"Ambulance services: 16 emergency calls to 999 per minute" over "an average of 16.1 emergency calls per minute":
    a count read exact, restating one with decimals, which counts no whole things (an average, a rate), is that one
    rounded to the unit; (the count, the average) when it is, else None."""
    for count, average in ((a, b), (b, a)):
        if count.unit == average.unit == "count" and count.interval.low == count.interval.high \
                and average.interval.low != int(average.interval.low) \
                and abs(count.interval.low - average.interval.low) < 0.5:
            return count, average
    return None


def _scale_left_out(a: Claim, b: Claim) -> Claim | None:
    """The one of two figures printed with the same digits that leaves out the scale the other has ("So far 14.4
    tourist arrivals" over "there were 14.4 million arrivals"), or None."""
    if printed_digits(a) != printed_digits(b) or bool(a.scale) == bool(b.scale):
        return None
    return a if not a.scale else b


def _shares_of_one_part_and_whole(ctx: Context) -> dict[str, list[Claim]]:
    """For each share linked to two figures (its part and its whole), the other shares of its period linked to the
    same two, each maybe a restatement of the other's: the same value, unit and period (indexed once: an article may
    have hundreds of shares)."""
    by_figures: dict[frozenset, list[Claim]] = {}
    for share in (c for c in ctx.numeric_claims if c.kind == "share"):
        figures = frozenset((c.value, c.canonical_unit.key, c.period) for c in ctx.linked_claims(share)
                            if c.kind != "share" and c.canonical_unit is not None)
        if len(figures) == 2:
            by_figures.setdefault(figures, []).append(share)
    return {share.id: [c for c in shares if c.id != share.id and same_period(c.period, share.period)]
            for shares in by_figures.values() for share in shares}


def printed_digits(claim: Claim) -> str:
    """A figure's printed digits, separators, point and leading zeros left out ("Rs 564.46 million": "56446")."""
    return re.sub(r"\D", "", claim.printed.text).lstrip("0")


def _opposite_directions(a: Claim, b: Claim) -> bool:
    """"SK Hynix Suffers an 80% Plunge" and "down as much as 79.8 percent" read as a rise: rates of one size and
    opposite signs, which a direction word misread (or a sign lost) makes more often than a writer does."""
    # (and changes in points or basis points: "Kenya cuts rate 50 bps" beside "cut ... by 50 basis points")
    if a.canonical_unit.key != b.canonical_unit.key or a.canonical_unit.key not in ("percent", "pp") \
            or (a.interval.low < 0) == (b.interval.low < 0):
        return False
    flipped = Interval(-b.interval.high, -b.interval.low)
    return compare(a.interval, flipped).verdict == CONSISTENT


# "36% lower than", "82 per cent higher than": a rate that gives the gap between a figure and another, not a move
_A_GAP_THAN = re.compile(r"(?i)\s*(?:%|per\s?cent|percent)\s+(?:higher|lower|more|less|above|below|bigger|smaller)\s+than\b")


def _a_gap_to_a_figure(ctx: Context, gap: Claim, other: Claim) -> bool:
    """Whether a rate is the gap to a figure of its own that the other rate is not measured from ("It is 36% lower
    than the five-year average of US$3768" beside "has decreased by 7%"): two figures, not one said twice."""
    at = printed_at(ctx.article.text, gap) if gap.kind == "growth" else None
    if at is None or not _A_GAP_THAN.match(ctx.article.text, at + len(gap.value)):
        return False
    own = {c.id for c in ctx.linked_claims(gap) if c.kind in ("level", "count")}
    return bool(own - {c.id for c in ctx.linked_claims(other)})


def _a_rise_and_a_fall_of_one_sentence(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two rates told in one sentence, one a rise and the other a fall: two moves, on two bases, however alike."""
    return a.kind == b.kind == "growth" and a.spans and b.spans and (a.interval.high < 0 < b.interval.low
                                                                     or b.interval.high < 0 < a.interval.low) \
        and ctx.sentence_of(a.spans[0][0]) == ctx.sentence_of(b.spans[0][0])


def _a_sibling_it_restates(ctx: Context, a: Claim, b: Claim, in_sentence: dict[int, list[Claim]]) -> bool:
    """Whether a figure of a's sentence other than a, of its quantity and period, fits b (b itself, told in that
    sentence, too): a sentence that gives two figures of one measure gives two segments ("573 tonnes ... to European
    countries, while ... 5914 tonnes ... to non-European countries"), and b restates the one it fits, not a.
    `in_sentence` holds each sentence's figures."""
    if not a.spans:
        return False
    # (not of one stretch, "1.034 crore (103.55 lakh)", "197.3 million dollars or 1.97 billion dollars": one figure
    # told twice, however it misprints one of them)
    return any(c is not a and (c is not b or not _side_by_side(a, b)) and c.interval is not None
               and c.canonical_unit is not None and ctx.same_quantity(c, a) and same_period(c.period, a.period)
               and compare(c.interval, b.interval).verdict == CONSISTENT
               for c in in_sentence.get(ctx.sentence_of(a.spans[0][0]), ()))


def _side_by_side(a: Claim, b: Claim) -> bool:
    """Whether two figures are read from one stretch of the text ("1.034 crore (103.55 lakh)"): their quotes meet."""
    return any(x0 < y1 and y0 < x1 for x0, x1 in a.spans for y0, y1 in b.spans)


def _a_decimal_comma_read_as_thousands(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """("international reserves ... decreased to $369,6 billion" over "to $369,640 billion"): one figure printed with a
    decimal comma, the other with a comma and three digits that, read as decimals too, agree with it; the pair
    (decimal, grouped), else None."""
    for decimal, grouped in ((a, b), (b, a)):
        if decimal.printed is None or grouped.printed is None or decimal.scale != grouped.scale:
            continue
        if DECIMAL_COMMA.match(decimal.printed.text) and _THREE_AFTER_A_COMMA.fullmatch(grouped.printed.text):
            read = grouped.interval.scaled(0.001)
            if compare(decimal.interval, read).verdict == CONSISTENT:
                return decimal, grouped
    return None


# "369,640": one comma and three digits (the decimal comma, "369,6", is printed.DECIMAL_COMMA)
_THREE_AFTER_A_COMMA = re.compile(r"\d{1,3},\d{3}")


def _within_a_percent(a: Claim, b: Claim) -> bool:
    """Whether two intervals lie within 1 % of each other (at their nearest ends)."""
    gap = max(a.interval.low - b.interval.high, b.interval.low - a.interval.high, 0)
    size = max(abs(a.interval.low), abs(a.interval.high), abs(b.interval.low), abs(b.interval.high))
    return bool(size) and gap <= 0.01 * size


# Words that say a figure held from one period to the next: the same value twice is then what the article means
_HELD = re.compile(r"(?i)\b(?:unchanged|same|steady|flat|held|hold|holds|remain\w*|stable|maintain\w*|again)\b")


def _relabelled(ctx: Context) -> list[Check]:
    """The headline's or lede's figure printed again, to three or more digits (or more precisely, or with its
    digits cut), for another period later on, which gives none for the headline's own: "India's April-July fiscal deficit reached 21.3 per cent"
    over a body's "for the April-June 2021-22 period ... or 21.3 per cent". One measure seldom repeats itself to
    the digit, so one of the two period labels is likely wrong: a tension to confirm, never an error, and none
    where either sentence says the figure held."""
    checks = []
    numeric = [c for c in ctx.numeric_claims if _group(c) and metric_key(c.metric) and c.canonical_unit is not None
               and c.printed is not None and c.period]
    # (indexed once, not scanned once per headline figure: an article may have thousands of figures)
    words = {c.id: _metric_words(c.metric) for c in numeric}
    kin: dict[tuple, list[Claim]] = {}
    for claim in numeric:
        kin.setdefault(_kin_key(claim), []).append(claim)
    for a in (c for c in numeric if c.section in _PROMINENT):
        later = [c for c in kin[_kin_key(a)] if _SECTIONS.index(c.section) > _SECTIONS.index(a.section)
                 and _within_one_another(words[a.id], words[c.id])]
        if any(same_period(c.period, a.period) for c in later):
            continue  # the body gives the headline's own period: its figure is checked against that one
        for b in later:
            digits = min(_significant_digits(a.printed), _significant_digits(b.printed))
            # (a year apart, a share may hold to three digits; a level of five, "777.23 million tonnes", does not)
            if same_period(a.period, b.period) or _HELD.search(a.quote + " " + b.quote) \
                    or _a_year_apart(a.period, b.period) and digits < 5 or not _ends_apart(a.period, b.period) \
                    or digits < 3:
                continue
            if compare(a.interval, b.interval).verdict != CONSISTENT and not _truncates(*_weaker_and_precise(a, b)):
                continue
            unit = a.unit_label
            checks.append(Check(
                kind="headline vs body", claims=[a.id, b.id], verdict=TENSION, implied=b.interval, implied_unit=unit,
                stated=a.interval, stated_unit=unit,
                explanation=f"The {a.section}'s \"{a.phrase}\" is for {fmt.period(a.period)}; the {b.section} gives the "
                            f"same figure, {fmt.span(b.interval, unit)} (\"{b.phrase}\"), for {fmt.period(b.period)}, and no "
                            f"figure for {fmt.period(a.period)}. One measure seldom repeats to the last digit, so one "
                            f"of the two periods is likely mislabelled: confirm which (tension)."))
            break
    return checks


def _said_again(a: Claim, b: Claim) -> bool:
    """A figure of two or three digits printed alike twice, for one period (or, both, for none), by measures sharing
    the noun that names them (indexed by it, see _nouns): "the rise in government spending by 2.3 percent" and
    "National government spending was slightly up by 2.3 percent"; "revenue collection" and "government revenue
    collections". So few digits may coincide (the printed-alike twins need four): the measure's noun and the period
    say it is one figure."""
    return not (a.period or b.period) or same_period(a.period, b.period)


@functools.lru_cache(maxsize=65536)
def _nouns(metric: str) -> frozenset[str]:
    """The nouns that name a measure ("spending", "revenue"), which two statements of it share (remembered: an
    article of thousands of figures names few measures)."""
    return key_of(metric) & MEASURE_NOUNS


def _kin_key(claim: Claim) -> tuple:
    """What two statements of one figure share: their sort, unit, basis and entity."""
    return _group(claim), claim.canonical_unit.key, claim.basis, claim.entity.lower()


def _within_one_another(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """One measure named twice, the words of one metric within the other's once whose it is is left out: "The
    government's fiscal deficit" and "the fiscal deficit"."""
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _metric_words(metric: str) -> frozenset[str]:
    return frozenset(word for word in re.findall(r"[\w'’-]+", metric_key(metric))
                     if word not in ("the", "a", "an", "its", "their") and not re.search(r"['’]s?$", word))


def _a_year_apart(a: str, b: str) -> bool:
    """Whether one period is the other a year before: a figure against the year before's, where the same value is
    news an article reports ("45.6 per cent, as in the same period last year")."""
    return same_period(b, year_before(a) or "") or same_period(a, year_before(b) or "")


def _ends_apart(a: str, b: str) -> bool:
    """Whether two periods, neither a day, end in different months: a running total "at the end of November" is
    the April-November figure, and one "as of 19 October" the year's to that day."""
    try:
        first, second = parse_period(a), parse_period(b)
    except ValueError:
        return False
    if first.end is None or second.end is None:
        # fiscal years, whose months depend on who keeps them: two whole ones end a year or more apart
        return bool(re.fullmatch(r"FY\d{4}", a) and re.fullmatch(r"FY\d{4}", b)) and a != b
    if first.start == first.end or second.start == second.end:
        return False
    return (first.end.year, first.end.month) != (second.end.year, second.end.month)


def _significant_digits(printed) -> int:
    """How many digits a printed figure gives down to its last significant one: 21.3 gives 3, 321,143 gives 6,
    a round 100,000 gives 1."""
    if printed.value <= 0 or printed.step <= 0:
        return 0  # (a number word, "seven", has no digits printed)
    steps = int(printed.value / printed.step)
    return len(str(steps)) if steps else 0


def _printed_alike(ctx: Context) -> dict[tuple, list[Claim]]:
    """Figures printed exactly alike, to four digits or more, of one sort and unit, by their print: "total number of
    confirmed cases increased to 54,588" and the agency's quoted "54,588 cases" are one figure, however differently
    the two sentences name the measure (a coincidence of four digits in one article is rarer than a measure named
    twice in other words). Indexed once, so an article of thousands of figures is not scanned per figure."""
    alike: dict[tuple, list[Claim]] = {}
    for claim in ctx.numeric_claims:
        # (a headline's figure of three digits too: "Japan pledges $812mn" is the body's "US$812 million loan",
        # "at 94.7% of annual target" the lede's "94.7 per cent")
        if claim.printed is not None and claim.canonical_unit is not None and _group(claim) \
                and _significant_digits(claim.printed) >= (3 if claim.section == "headline" else 4):
            alike.setdefault(_print_key(claim), []).append(claim)
    return alike


def _print_key(claim: Claim) -> tuple:
    # (the sign too: "rose 4.4 percent" and "fell 4.4 percent" are printed alike, and are two figures)
    return (claim.printed.value, claim.printed.digit_step, _group(claim), claim.canonical_unit.key,
            claim.interval is not None and claim.interval.high < 0) \
        if claim.printed is not None and claim.canonical_unit is not None else ()


def _weaker_and_precise(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The less precisely printed of two statements of a figure, and the other."""
    return (a, b) if a.interval.width > b.interval.width else (b, a)


def _truncates(short: Claim, full: Claim) -> bool:
    """Whether a figure is another with its last digits cut off rather than rounded ("1.85 lakh crore" for "1,85,776.55
    crore", which rounds to 1.86; a fall of "6.5 %" for one of "6.59 %"): the full figure lies within [short, short +
    one step of its last digit)."""
    cut = cut_off(short)
    low, high = full.interval.low, full.interval.high
    if high <= 0 and short.interval.high <= 0:
        low, high = -high, -low  # (two falls, "6.5 %" for "6.59 %": their sizes)
    return cut is not None and low > 0 and cut.low <= low and high < cut.high


def _period_key(period: str):
    """One key for the spellings of one stretch of time (2025H1 and 2025-01/2025-06)."""
    try:
        parsed = parse_period(period)
    except ValueError:
        return period.strip().lower()
    return (parsed.bare, parsed.fiscal, parsed.remark) if parsed.fiscal or parsed.start is None else \
        (parsed.start, parsed.end, parsed.remark)


def _bases(ctx: Context, claim) -> set[str]:
    """The levels a growth rate is said to be measured against (its links to earlier levels)."""
    return {c.id for c in ctx.linked_claims(claim) if c.kind in ("level", "forecast") and c.period != claim.period} \
        if claim.kind == "growth" else set()


def _one_basis(ctx: Context, a, b) -> bool:
    """Whether two rates may be measured against the same figure: their bases agree, or one names none (the
    year before, by default) and the other's are a year before. The headline's "3% decline in wheat output" is
    no restatement of "lower by 4.61 per cent from the earlier estimate"."""
    bases_a, bases_b = _bases(ctx, a), _bases(ctx, b)
    if bases_a == bases_b:
        return True
    if bases_a and bases_b:
        return False
    named, rate = (bases_a, a) if bases_a else (bases_b, b)
    return all(same_period(ctx.by_id[i].period, year_before(rate.period) or "") for i in named)


def _converted_group(ctx: Context, claim: Claim) -> str:
    """The sort of figure a conversion converts (a level, a change), else the claim's own."""
    if claim.kind == "conversion":
        return next((_group(c) for c in ctx.linked_claims(claim) if c.kind != "conversion"), _group(claim))
    return _group(claim)


def _group(claim) -> str:
    return _SAME_SORT.get(claim.kind, claim.kind) if claim.kind in RESTATED else ""


FAMILY = Family(restatement_checks, {"headline vs body": 1, "restatement": 1})
