"""A stated change against the two figures it joins: "raised its forecast by 1.3 bn to 61.3 bn",
"15 cents higher than the previous estimate", "up 1.4 percentage points from August's growth".

Register shape: a `change` row (an amount, or pp between two growth rates) linked to the new
figure, and to the old one when the article gives it (or the old one linked to the new). Its
direction comes from the verb (raised, cut, higher, lower) or the direction column. Without
the old figure, the old one is derived from the new and the change, as information.

A figure revised up or down ("stood at Rs1.590tr but was later revised upward to Rs1.59tr"): a
level with trend `rising` or `falling` linked to a level of the same period, the estimate it
revises; the revision must go the way the word says.
"""
from __future__ import annotations

import math
import re

from .. import fmt
from ..intervals import Interval, difference, growth_between, total
from ..periods import parse_period
from ..register import Claim
from ..vocabulary import COMPARISON_TRENDS
from .model import (Check, Context, Family, comparison, cut_off, digits_cut, direction_borne_out, is_growth,
                    is_level, only_the_way_differs, powers_of_ten_apart, printed_at, said_from, worlds_apart)
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare


# How far, in per cent, an amount of change the article calls approximate ("about 13,550") may miss the levels' change
# and be read as loosely rounded, not contradicted
_ABOUT_MISSES_BY = 1.0


# "from 7,629 cases to 8,980 cases": the figure a "from" figure moved to, named right after it
_TO_A_FIGURE = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}to\s+\D{0,4}(\d[\d,.]*\d|\d)")


def _moved_to_another(ctx: Context, old: Claim, new: Claim) -> bool:
    """Whether the figure moved from says, right after it, another figure it moved to than the one linked ("from 7,629
    cases to 8,980 cases of which shop theft increased by 581 cases, from 4,644 to 5,225": 1,351 is the move to 8,980,
    not to 5,225)."""
    at = printed_at(ctx.article.text, old)
    moved_to = _TO_A_FIGURE.match(ctx.article.text, at + len(old.value)) if at is not None else None
    return moved_to is not None and re.sub(r"\D", "", moved_to.group(1)) != re.sub(r"\D", "", new.value)


def change_checks(ctx: Context) -> list[Check]:
    checks = []
    for change in (c for c in ctx.numeric_claims if c.kind == "change"):
        if change.unit == "percent":
            # (a move in per cent between two growth rates is read here; one between two shares, by the share change
            # family)
            rates = [c for c in ctx.linked_claims(change) if is_growth(c)]
            if len(rates) == 2:
                checks.append(_move_between_rates(change, *_order(rates)))
            continue
        if change.unit == "pp":
            figures = [c for c in ctx.linked_claims(change) if is_growth(c)]
        else:
            # (a change linked to another change is the same move told again, no figure it moved from or to: "The
            # Rs79bn rise" after "rose by Rs79 billion ... reaching Rs1.693 trillion")
            figures = [c for c in ctx.linked_claims(change) if c.canonical_unit.key == change.canonical_unit.key
                       and c.kind != "change"]
        if len(figures) == 1 and figures[0].trend not in COMPARISON_TRENDS:
            # (not a figure the level is ranked against: "the lowest at ¥714, up ¥21" set beside "the highest minimum
            # wage at ¥932" moved from neither)
            figures += [c for c in ctx.linked_claims(figures[0]) if c.canonical_unit.key == figures[0].canonical_unit.key
                        and c.kind == figures[0].kind and c is not change]
        if not figures:
            continue
        new, old = _order(figures)
        unit = change.unit_label
        if old is None and (rate := _rate_of(ctx, new, change)) is not None and said_from(ctx, new):
            # ("increased by $9 million, or 14.7 percent, from last year's total of roughly $61.5 million": the one
            # figure is the one moved from, so the figure after is it plus the change)
            reached = total([new.interval, change.interval])
            implied = growth_between(reached, new.interval)
            text = (f"{fmt.opening(change.move)} from {new.phrase} puts the figure after at {fmt.span(reached, unit)}: "
                    f"growth of {fmt.span(implied, 'percent')}; the article states {rate.move}")
            if change.interval.low > new.interval.high and 0 < rate.interval.high < 100:
                # ("selling at a 12% increase of GH¢15.99, from the previous price of GH¢13.90": an amount larger than
                # the figure moved from, after a rate under 100 %, is the figure the move reached, not its size)
                implied = growth_between(change.interval, new.interval)
                text = (f"From {new.phrase} to {change.phrase} (the amount after {rate.phrase}, read as the figure "
                        f"the move reached: it is larger than the figure moved from) is growth of "
                        f"{fmt.span(implied, 'percent')}; the article states {rate.move}")
            checks.append(comparison("change", [change.id, new.id, rate.id], implied, rate.interval, "percent", text))
            continue
        if old is None and said_from(ctx, new):
            # ("up 1.2 million from the 97.8 million head in 2012", no rate: the figure after is derived, not before)
            reached = total([new.interval, change.interval])
            checks.append(Check("change", [change.id, new.id], UNVERIFIABLE,
                                f"{fmt.opening(change.move)} from {new.phrase} puts the figure after at "
                                f"{fmt.span(reached, unit)} (derived: the article gives no later figure to compare "
                                f"with).", implied=reached, implied_unit=unit))
            continue
        if old is None:
            derived = difference(new.interval, change.interval)
            rate = _rate_of(ctx, new, change)
            if rate is not None and derived.low > 0:
                # "rose 27 percent, or 280,000 barrels a day, to 101.5 million": the change and the rate describe
                # one move, so the figure before is new - change, and the rate must be new / that - 1.
                implied = growth_between(new.interval, derived)
                text = (f"{fmt.opening(change.move)} to {new.phrase} puts the figure before at "
                        f"{fmt.span(derived, unit)}: growth of {fmt.span(implied, 'percent')}; the article states "
                        f"{rate.move}")
                check = comparison("change", [change.id, new.id, rate.id], implied, rate.interval, "percent", text)
                if check.verdict == INCONSISTENT and _HELD_AT_A_POINT.search(new.metric) and not compared_with(rate) \
                        and not _a_year_or_more(new.period):
                    # ("Distributed solar ... increased by 4.58 GW to reach an installed capacity of 55 GW, a 31%
                    # increase", in a half-year's story: what a stock added since the period began, and a rate that
                    # names no basis, most often against the year before; so too of a period not known to be a year)
                    check.verdict = TENSION
                    check.explanation += (" The change is what the stock added within its period; a rate of a stock "
                                          "that names no basis is often against a year before (tension).")
                elif check.verdict == INCONSISTENT and compared_with(rate) in ("", "year") and new.period \
                        and not _a_year_or_more(new.period) and _ADDED.search(change.quote) \
                        and rate.start > new.start:  # (not "added $2.45, or 9.6 percent, to $28.01": one move)
                    # ("has added eight million Spotify Premium subscribers globally in Q2 touching 138 million, up
                    # by 27 per cent over-year-over": what was added in the quarter, against a rate most often over
                    # the year)
                    check.verdict = TENSION
                    check.explanation += (" The change is what was added within the period; a rate that names no "
                                          "basis, or the year before, is over a longer span: the two need not agree "
                                          "(tension).")
                elif check.verdict == INCONSISTENT and digits_cut(rate, implied):
                    # ("an increase of 27,443 (17.83%)" to 181,293: 17.8375 %, printed with its last digit cut, not
                    # rounded)
                    check.verdict = TENSION
                    check.explanation += (f" The article's {rate.value} % is the move's rate with its last digits cut, "
                                          f"not rounded ({fmt.span(implied, 'percent')} printed as {rate.value} %): a "
                                          f"writer's truncation more likely than another figure (tension).")
                elif check.verdict == INCONSISTENT and _held_a_thousandfold(new, change, rate):
                    # ("the deficit shrank by $36 billion, or 3%, to $1.065 billion": a level smaller than its own
                    # change, which with the rate fits the level a thousand times larger; its scale word slipped)
                    check.verdict = TENSION
                    check.explanation += (f" Read a thousand times larger, {new.phrase} fits both the change and the "
                                          f"rate: its scale word (\"billion\" for \"trillion\", \"million\" for "
                                          f"\"billion\") is likelier slipped than the move wrong; confirm it (tension).")
                checks.append(check)
                continue
            checks.append(Check("change", [change.id, new.id], UNVERIFIABLE,
                                f"{fmt.opening(change.move)} to {new.phrase} puts the figure before at "
                                f"{fmt.span(derived, unit)} (derived: the article gives no earlier figure to compare "
                                f"with).", implied=derived, implied_unit=unit))
            continue
        if worlds_apart(new, old) or powers_of_ten_apart(new, old) >= 2:
            # ("an increase of US$69.0 million or 3.2 per cent over $2.16 billion", the year's total printed "US$2. 23
            # billion" and read as 2: levels a thousandfold apart have a scale misprinted or misread, no change to
            # compare; the implied-growth check names the lost scale word) (so too "91,274,446 in January as against
            # 91,880.032 users recorded in December": a hundredfold or more to within 1 %, a separator or a scale
            # misprinted, not a move)
            checks.append(Check("change", [change.id, new.id, old.id], UNVERIFIABLE,
                                f"{old.phrase} and {new.phrase} are a power of ten or more apart: a scale or a "
                                f"separator is misprinted or misread; confirm both before reading {change.phrase} "
                                f"against them."))
            continue
        if _moved_to_another(ctx, old, new):
            continue
        implied = difference(new.interval, old.interval)
        text = (f"From {old.phrase} to {new.phrase} is a change of {fmt.span(implied, unit)}; the article says "
                f"{change.phrase} ({change.change_word})")
        # (the way first: "a decrease in exports by NPR 1.3 billion" from 12.22 to 13.52 is the size right and the
        # way wrong, not a change cut off)
        check = only_the_way_differs(comparison("change", [change.id, new.id, old.id], implied, change.interval, unit,
                                                text), implied, change.interval, unit)
        cut = cut_off(change)
        if check.verdict == INCONSISTENT and cut is not None and _coarser(change, new, old) \
                and compare(cut, Interval(*sorted((abs(implied.low), abs(implied.high))))).verdict == CONSISTENT:
            # ("grew by 1.8 million from 11.25 million to 13.14 million": 1.89 with its last digit cut, not rounded)
            check.verdict = TENSION
            check.explanation += (f" Read as cut off rather than rounded, {change.phrase} holds: the levels' change "
                                  f"with its last digits dropped by the writer more likely than another figure "
                                  f"(tension).")
        elif check.verdict == INCONSISTENT and _dwarfs(change, new, old):
            # ("the state treasury will bear about EGP 8 billion by expanding the tax exemption limit ... from EGP
            # 24,000 to EGP 30,000": a change a thousandfold both levels is no move between them; a scale misprinted,
            # or the change of another thing, the cost the move brings)
            check.verdict = TENSION
            check.explanation += (f" {change.phrase} is a thousandfold both levels or more: a scale misprinted, or the "
                                  f"change of another thing told with them, more likely than a wrong figure; confirm "
                                  f"what it measures (tension).")
        elif check.verdict == INCONSISTENT and change.qualifier == "about" and check.gap_percent is not None \
                and check.gap_percent < _ABOUT_MISSES_BY:
            # ("an increase of about 13,550 agents" from 182,472 to 196,002: 13,530, said as approximate)
            check.verdict = TENSION
            check.explanation += (f" The article gives {change.phrase} as approximate, and the levels' change misses "
                                  f"it by under {_ABOUT_MISSES_BY:g} %: a loose round figure more likely than another "
                                  f"(tension).")
        checks.append(check)
    return checks


def _dwarfs(change: Claim, new: Claim, old: Claim) -> bool:
    """Whether a change is a thousand times the larger of two levels or more, which no move between them can be."""
    size = min(abs(change.interval.low), abs(change.interval.high))
    return size > 1000 * max(abs(end) for level in (new, old) for end in (level.interval.low, level.interval.high))


def _held_a_thousandfold(new: Claim, change: Claim, rate: Claim) -> bool:
    """Whether a level smaller than its own change would fit the change and its rate read a thousand times larger."""
    if min(abs(change.interval.low), abs(change.interval.high)) <= new.interval.high:
        return False
    larger = new.interval.scaled(1000)
    before = difference(larger, change.interval)
    return before.low > 0 and compare(growth_between(larger, before), rate.interval).verdict == CONSISTENT


def _move_between_rates(change: Claim, new: Claim, old: Claim) -> Check:
    """"down by 0.4% from the July figure of 11.2 per cent to 10.5 per cent": a move between two rates said in per
    cent is the change in points, or relative to the earlier rate; it holds if either reading does (news writes both
    as "%"), and contradicts only if neither does."""
    points = difference(new.interval, old.interval)
    relative = growth_between(new.interval, old.interval)
    text = (f"From {old.phrase} to {new.phrase} is a change of {fmt.span(points, 'pp')}, or "
            f"{fmt.span(relative, 'percent')} relative; the article says {change.phrase} ({change.change_word})")
    implied, unit = (points, "pp") if compare(points, change.interval).verdict == CONSISTENT or \
        compare(relative, change.interval).verdict != CONSISTENT else (relative, "percent")
    check = comparison("change", [change.id, new.id, old.id], implied, change.interval, unit, text)
    return only_the_way_differs(check, implied, change.interval, unit)


def _coarser(change: Claim, *levels: Claim) -> bool:
    """Whether a change is printed with fewer digits than the levels it lies between (its last digit a bigger step,
    in the levels' units)."""
    steps = [level.printed.step * level.canonical_unit.factor for level in levels
             if level.printed is not None and level.canonical_unit is not None]
    return change.printed is not None and change.canonical_unit is not None and bool(steps) and \
        change.printed.step * change.canonical_unit.factor > max(steps)


def _rate_of(ctx: Context, new: Claim, change: Claim) -> Claim | None:
    """The growth rate the article gives for the same move as a change: of the new figure's measure and
    period, or linked to either, and in the same direction. A rate in another sentence of a month or a quarter
    is left out: it is most often measured against a year before, and the change against the period before
    ("imports rose $3.4 billion to $191.3 billion" in July; "compared to a year earlier ... imports gained 0.8%")."""
    rates = [g for g in ctx.partners(new) + ctx.linked_claims(change) if is_growth(g)
             and g.direction in (change.direction, "") and _one_move(g, change, new)
             and ((g.period == new.period and ctx.same_measure(g, new)
                   and (ctx.sentence_of(g.start) == ctx.sentence_of(change.start) or _a_year_or_more(g.period)))
                  or ctx.linked(g, new) or ctx.linked(g, change))]
    return rates[0] if rates else None


# What a move is measured against, in the words right after its figure: "increased 30 Bcf week-on-week to 920 Bcf, a
# 5.2% deficit compared to the same week a year ago and 0.3% higher than the five-year average" gives three moves
_COMPARED_WITH = {
    "year": re.compile(r"(?i)\b(?:year[- ]on[- ]year|y/y|yoy|(?:a|one) year (?:ago|earlier|before|previously)|(?:last|previous|prior|"
                       r"past) (?:year|12 months)|year[- ]ago|annual(?:ly)?)\b"),
    "week": re.compile(r"(?i)\b(?:week[- ]on[- ]week|w/w|(?:a|one) week (?:ago|earlier|before)|(?:last|previous|prior) "
                       r"week)\b"),
    "month": re.compile(r"(?i)\b(?:month[- ]on[- ]month|m/m|mom|(?:a|one) month (?:ago|earlier|before)|(?:last|previous|"
                        r"prior) month)\b"),
    # ("0.3% higher than the five-year average": against an average of years, no move at all)
    "average": re.compile(r"(?i)\b(?:average|norm)\b"),
    "quarter": re.compile(r"(?i)\b(?:quarter[- ]on[- ]quarter|q/q|qoq|sequential(?:ly)?|(?:a|one) quarter (?:ago|earlier|"
                          r"before)|(?:last|previous|prior) quarter)\b"),
}


def _one_move(rate: Claim, change: Claim, new: Claim) -> bool:
    """Whether a rate and a change of one figure can be one move: their words name one comparison, or the rate's
    names none. A change that names none is a month's (a quarter's) move from the one before where the figure is
    of a month ("Average hourly wages rose 8 cents to $25.69 and are up 2.6% the past year"), so a rate against
    the year before is another move, as a rate against an average is no move at all."""
    rate_against, change_against = compared_with(rate), compared_with(change)
    if not rate_against or rate_against == change_against or _THE_RATE_NEXT.search(_words_after(change)):
        return True  # ("increased by $289.3 million, or 79.1%, over a year ago": one move, told twice)
    return not change_against and rate_against == "year" and _a_year_or_more(new.period)


def compared_with(claim: Claim) -> str:
    """What a move's own words measure it against ("year", "week", "month", "quarter", "average"), read from its
    figure to the next number of its quote; "" when they name nothing."""
    after = _words_after(claim)
    return next((name for name, words in _COMPARED_WITH.items() if words.search(after)), "")


# ", or " and " (" between a change (and its unit) and the next figure: its rate, the same move
_THE_RATE_NEXT = re.compile(r"(?i)(?:,\s*or|\(|\bor)\s*(?:by\s+|up\s+|down\s+)?[+-]?$")


def _words_after(claim: Claim) -> str:
    """The words of a claim's quote from its figure to the next number."""
    at = claim.quote.find(claim.value)
    return "" if at < 0 else re.split(r"\d", claim.quote[at + len(claim.value):], maxsplit=1)[0]


# A measure held at a point in time, not summed over its period: capacity, reserves, debt, deposits, customers
_HELD_AT_A_POINT = re.compile(r"(?i)\b(?:capacit(?:y|ies)|installed|reserves?|debts?|deposits?|outstanding|subscribers?|customers?|"
                      r"users|fleet|population|stockpiles?|inventor(?:y|ies)|cumulative)\b")


# Verbs of what a stock took on or gave up in a period: "added eight million subscribers", "lost 700k users"
_ADDED = re.compile(r"(?i)\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|los(?:es|t|ing)|shed(?:s|ding)?)\b")


def _a_year_or_more(period: str) -> bool:
    try:
        return parse_period(period).days.low >= 365
    except ValueError:
        return False


def _order(figures: list[Claim]) -> tuple[Claim, Claim | None]:
    """(new, old): the later period is new; in one period, the figure after "from" (or "previous") in
    its quote is old and the one after "to" is new; failing that, the one stated first is new."""
    if len(figures) == 1:
        return figures[0], None
    a, b = figures[:2]
    try:
        ea, eb = parse_period(a.period).end, parse_period(b.period).end
    except ValueError:
        ea = eb = None
    if ea and eb and ea != eb:
        return (a, b) if ea > eb else (b, a)
    if _said_as_old(a) != _said_as_old(b):
        return (b, a) if _said_as_old(a) else (a, b)
    return (a, b) if a.start <= b.start else (b, a)


_OLD_WORDS = ("from", "previous", "earlier", "prior")


def _said_as_old(claim: Claim) -> bool:
    # (a currency's sign or word apart from its number comes between: "from $ 1,135.84", "from Rs 149")
    before = [word for word in claim.quote[:claim.quote.lower().find(claim.value.lower())].lower().split()
              if word.strip("$€£¥₹")]
    return bool(before) and (before[-1] in _OLD_WORDS or len(before) > 1 and before[-2] in _OLD_WORDS
                             and not any(ch.isdigit() for ch in before[-1])) \
        or any(w in before[-3:] for w in ("previous", "earlier", "prior"))


# The words of a revision, which a pair of figures with no period named needs to be one
_REVISION_WORDS = re.compile(r"(?i)\b(?:revis\w*|rais\w*|lower\w*|cut\w*|upgrad\w*|downgrad\w*|forecast\w*|"
                             r"outlook|estimat\w*|guidance|target\w*|projection\w*|expect\w*|trim\w*|hik\w*)\b")


def revision_checks(ctx: Context) -> list[Check]:
    checks = []
    # (levels, and the rates and shares an outlook gives: "raised its outlook for sales growth from a range of 3%
    # to 4% to a range of 3% to 5%")
    for revised in (c for c in ctx.numeric_claims if c.trend in ("rising", "falling")
                    and (is_level(c) or c.kind in ("growth", "share"))):
        for first in ctx.linked_claims(revised):
            if first.id not in revised.links or first.period != revised.period or \
                    first.canonical_unit.key != revised.canonical_unit.key or \
                    (is_level(first) != is_level(revised) or not is_level(first) and first.kind != revised.kind):
                continue
            if not revised.period and not _REVISION_WORDS.search(f"{revised.quote} {first.quote}"):
                continue  # ("106,000 ..., a jump from 107,800 a week earlier": a move of no period named, no revision)
            ctx.use(revised, "trend")
            if worlds_apart(revised, first):
                checks.append(Check("revision", [revised.id, first.id], UNVERIFIABLE,
                                    f"{first.phrase} and the revised {revised.phrase} are more than a thousandfold "
                                    f"apart: a scale is misprinted or misread; confirm both before reading the "
                                    f"revision's direction."))
                continue
            ranged = revised.overridden or first.overridden
            checks.append(_revised_range(revised, first) if ranged else _revised_direction(revised, first))
    return checks


def _revised_range(revised: Claim, first: Claim) -> Check:
    """A range revised ("from a range of 3% to 4% to a range of 3% to 5%", "to between 1% and 2%" from 1%): raised
    when its middle went up (a range narrowed around a higher middle is raised too), lowered when it went down;
    a middle that did not move bears out neither word."""
    up = revised.trend == "rising"
    unit = revised.unit_label
    ends = (revised.interval.low, revised.interval.high, first.interval.low, first.interval.high)
    if not all(math.isfinite(end) for end in ends):
        # ("at least 2 billion", then "a range of 2 billion to 3 billion": an open end has no middle to move)
        return Check("revision", [revised.id, first.id], UNVERIFIABLE,
                     f"From {fmt.span(first.interval, unit)} to the revised {fmt.span(revised.interval, unit)}: an "
                     f"open-ended figure has no middle, so which way the range moved cannot be read; confirm the "
                     f"bounds.")
    middle = ((revised.interval.low + revised.interval.high) - (first.interval.low + first.interval.high)) / 2
    word = "up" if up else "down"
    lead = (f"From {fmt.span(first.interval, unit)} to the revised {fmt.span(revised.interval, unit)}, the middle "
            f"moved by {fmt.gap(middle, unit) if middle else 'nothing'}")
    if middle and (middle > 0) == up:
        verdict, tail = CONSISTENT, f"revised {word}, as the article says"
    elif middle:
        verdict, tail = INCONSISTENT, f"the range went the other way, so \"revised {word}\" is wrong"
    else:
        verdict, tail = TENSION, f"its middle did not move, so \"revised {word}\" is not borne out"
    # (a contradiction says by how much: the middle's move the other way)
    return Check("revision", [revised.id, first.id], verdict, f"{lead}; {tail}.",
                 gap=abs(float(middle)) if verdict == INCONSISTENT else None, implied_unit=unit)


def _revised_direction(revised: Claim, first: Claim) -> Check:
    up = revised.trend == "rising"
    moved = difference(revised.interval, first.interval)
    unit = revised.unit_label
    word = "up" if up else "down"
    lead = f"From {first.phrase} to the revised {revised.phrase} is a change of {fmt.span(moved, unit)}"
    direction = direction_borne_out(up, moved, revised, first)
    tail = {"holds": f"revised {word}, as the article says",
            "other way": f"the revision went the other way, so \"revised {word}\" is wrong",
            "as printed": f"revised {word} as printed (within rounding it may not have moved)",
            "unsure": f"the printed figures do not move {word}, so \"revised {word}\" is not borne out: a figure or the "
                      f"direction is misstated"}[direction.how]
    return Check("revision", [revised.id, first.id], direction.verdict, f"{lead}; {tail}.", implied=moved,
                 implied_unit=unit, gap=direction.gap)


def revision_family(ctx: Context) -> list[Check]:
    return change_checks(ctx) + revision_checks(ctx)


FAMILY = Family(revision_family, {"change": 1, "revision": 1})
