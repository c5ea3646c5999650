"""Two levels of one quantity imply a growth rate: against the stated rate, or a word that claims one.

Register shape: two `level`/`forecast` rows of the same metric, entity and unit, the earlier a
year before the later (or linked to it), and a `growth` row of the later period (or linked to
the later level). Without a growth row the implied rate is shown as derived information, and
judged only when a word makes a claim: trend `rising` or `falling` on the later level.

"X is 108.6 per cent more than Y" of one period is a relative difference: a `growth` row linked to
the two levels (in either order: "more" measures the larger against the smaller, "less" the smaller
against the larger). A stated figure that is the ratio instead ("208.6 per cent of") is named as the
likely slip.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import fmt
from ..intervals import Interval, difference, growth_between
from ..periods import inside, parse_period, same_period, year_before
from ..register import Claim
from ..units import PHYSICAL
from ..vocabulary import COMPARISON_TRENDS, FALL_WORDS, RISE_WORDS, value_at
from .model import (Check, Context, Family, comparison, compared_levels, cut_off, digits_cut, direction_borne_out,
                    is_growth, is_level, metric_key, near_miss, only_the_way_differs, padded_sentence, rounded_twice, rounded_up,
                    said_direction, slip_apart, times_apart, worlds_apart, zeros_padded)
from .revision import compared_with
from .trend import PACE
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare


def level_pairs(ctx: Context):
    """(later, earlier) levels of one quantity: a year apart, or linked to each other in different periods."""
    for later in ctx.levels:
        earlier = {c.id: c for c in ctx.earlier_levels(later)}
        # (the rivals a record is set against are no figures it grew from)
        # (a figure that names no period linked to another that names none: "(431,000 to 782,000)", the one it
        # moved from)
        # (nor is a span of months the last month of it: "ended November 2022 with 583 thousand tons, representing a
        # decrease of 4.1%, compared to 6.85 million tons from January to November 2022" sets a month beside the
        # months to date, no move)
        earlier.update({c.id: c for c in ctx.linked_claims(later) if is_level(c)
                        and (c.period != later.period or not c.period)
                        and not _its_last_month(later.period, c.period) and not _its_last_month(c.period, later.period)
                        and c.canonical_unit.key == later.canonical_unit.key and c.id in later.links
                        and later.trend not in COMPARISON_TRENDS})
        for other in sorted(earlier.values(), key=lambda c: c.row):
            yield later, other



def _its_last_month(month: str, span: str) -> bool:
    """Whether a month is the last of a span of months named from its first ("2022-11" of "2022-01/2022-11")."""
    return bool(re.fullmatch(r"\d{4}-\d\d", month) and re.fullmatch(r"\d{4}-\d\d/\d{4}-\d\d", span)
                and span.endswith(month) and inside(month, span))


# a scale word right after a printed figure: "1.745 million", "546m", "Rs 16,056 crore"
_SCALE_AFTER = re.compile(r"(?i)\s*(?:million|billion|trillion|thousand|crores?|lakhs?|mn|bn|tn|mln|bln|cr|[mbk])\b")


def _scale_printed(claim: Claim) -> bool:
    """Whether a scale word follows the figure in its quote ("1.745 million", not "1.64 bpd")."""
    at = claim.quote.find(claim.value)
    return at >= 0 and bool(_SCALE_AFTER.match(claim.quote, at + len(claim.value)))


def _scale_word_lost(a: Claim, b: Claim) -> bool:
    """"rose to 1.745 million barrels per day in October, up from an average of 1.64 bpd": one figure printed with its
    scale word, the other with none and digits of the same size (within a factor of two), so a word lost, not a move
    (not "from 517 to 528 million m³", one scale said once for both); or neither with a scale word, the smaller with
    a fraction, money ("$2.7 in permits issued, compared to $324,800"; not a count beside its share, "16,482 (3.7)")."""
    a_scaled = _scale_printed(a)
    if a.printed is None or b.printed is None:
        return False
    if not a_scaled and not _scale_printed(b):
        # ("$2.7 in permits issued, compared to $324,800": a figure with a fraction of one or two digits beside one
        # a thousand times larger printed in full, the small one's "million" dropped)
        small = min((a, b), key=lambda c: c.printed.value)
        return small.canonical_unit.is_money and small.printed.value < 100 and 0 < small.printed.step < 1
    if a_scaled == _scale_printed(b):
        return False
    scaled, bare = (a, b) if a_scaled else (b, a)
    if bare.scale or not bare.printed.value or re.search(
            rf"{re.escape(bare.value)}\s*(?:to|and|-|–)\s*\S{{0,4}}{re.escape(scaled.value)}", bare.quote):
        return False
    return Decimal("0.5") <= scaled.printed.value / bare.printed.value <= 2


def _rate_of_another_unit(ctx: Context, growth: Claim, later: Claim) -> bool:
    """"increased by 15.2 per cent to Rs 263.14 billion ... in US dollar terms, 1.96 billion, which was 1.73 billion":
    a rate tied to its own level in one currency is no rate of a pair in another, or in none (the currency's move comes
    between); nor is a rate tied to tonnes one of a pair in money or things, or the other way ("0.3% and 2.7% drops in
    volume and value"). (An energy in GWh and its average power in MW move alike: one quantity in two units.)"""
    own = [c for c in ctx.linked_claims(growth) if is_level(c)]
    return bool(own) and all(c.canonical_unit.is_money and c.canonical_unit.key != later.canonical_unit.key
                             and (later.canonical_unit.is_money or later.unit == "count")
                             # ("spending ... fell from £990m to £940m, with the number of libraries down by 2.6%,
                             # from 4,023 to 3,917": a rate of a count is none of a pair in money)
                             or c.unit == "count" and later.canonical_unit.is_money
                             or "physical" in {_quantity(c), _quantity(later)} and _quantity(c) != _quantity(later)
                             for c in own)


def _quantity(claim: Claim) -> str:
    """What a figure counts: money, things, or a physical quantity (tonnes, kWh)."""
    return "money" if claim.canonical_unit.is_money else "count" if claim.unit == "count" else "physical"


def implied_growth_checks(ctx: Context) -> list[Check]:
    checks = []
    derived: set[tuple] = set()  # one derived rate per pair of periods of a quantity
    for later, earlier in level_pairs(ctx):
        try:
            implied = growth_between(later.interval, earlier.interval)
        except ValueError:
            continue  # no growth rate between a level that may be zero or negative and another
        lead = (f"From {earlier.phrase} ({earlier.period or 'earlier'}) to {later.phrase} ({later.period or 'later'}) "
                f"is growth of {fmt.span(implied, 'percent')}")
        partners = ctx.partners(later)
        rates = partners + [g for g in ctx.linked_claims(earlier) if g not in partners
                            and _rate_from_the_base(ctx, g, later, earlier)]
        stated = [g for g in rates if is_growth(g) and _measured_against(ctx, g, later, earlier) and (
            (g.period == later.period and ctx.same_measure(g, later)) or ctx.linked(g, later)
            or _rate_from_the_base(ctx, g, later, earlier))
            and not _rate_of_another_unit(ctx, g, later)
            # (a rate between two levels of one period, "surpassed the target by 12%", is no move over time)
            and not compared_levels(ctx, g)]
        # ("climbed 2.8 percent to 1.85 million homes, but is still 6.1 percent lower than 1.97 million a year ago":
        # where the from-figure's own rate holds, another rate tied only to the level is over another span, the
        # month before's, and no slip; a lede's rate tied by its measure's name alone, "the average price climbing
        # by 5%" over port wine's "increasing by 2.9%, from €4.65 to €4.79", is another measure's, read against the
        # body's rate by the headline-vs-body check; the headline's is judged below)
        own_holds = any(earlier.id in g.links and compare(implied, g.interval).verdict == CONSISTENT
                        for g in stated if g.direction)
        stated = [g for g in stated if not (own_holds and (g.links or g.section != "headline")
                                            and earlier.id not in g.links
                                            and compare(implied, g.interval).verdict != CONSISTENT)]
        for growth in stated:
            if worlds_apart(later, earlier):
                checks.append(Check("implied growth", [later.id, earlier.id, growth.id], UNVERIFIABLE,
                                    f"{earlier.phrase} and {later.phrase} are more than a thousandfold apart, no "
                                    f"level and the one it grew from: a scale or a figure is misprinted or misread; "
                                    f"confirm both before reading {growth.move} against them."))
                continue
            text = f"{lead}; the article states {growth.move}"
            check = comparison("implied growth", [later.id, earlier.id, growth.id], implied, growth.interval,
                               "percent", text)
            if check.verdict == INCONSISTENT and not growth.direction and growth.interval.low >= 0 \
                    and not _WAYS & set(re.findall(r"[a-z]+", growth.quote.lower())) \
                    and compare(implied, growth.interval.scaled(-1)).verdict == CONSISTENT:
                # ("the deficit totaled $239.7 billion, an improvement of 20.8 percent from ... $302.8 billion": no
                # word says which way; the levels say a fall, and its size holds)
                check.verdict = CONSISTENT
                check.explanation = (f"{lead}; the article states a move of {growth.phrase} and no word says which "
                                     f"way: as a fall of {growth.phrase} it holds: consistent.")
            elif check.verdict == INCONSISTENT and (held := _held_by_the_body(ctx, growth, stated, implied)):
                # ("Q2 ARPU declines 6.3%" over "declined 23% to reach Rs 145 ... from Rs 188 in a year-earlier
                # quarter": the headline's rate, tied to the levels by its measure's name only, far from the body's)
                check.verdict = TENSION
                check.explanation += (f" The {held.section}'s {held.phrase} for these levels holds, and the headline's "
                                      f"{growth.phrase} is no slip of it: the headline's may be on another basis (the "
                                      f"period before) or of another measure; confirm which it is (tension).")
            elif check.verdict == INCONSISTENT and not ctx.linked(later, earlier) and ctx.linked(growth, later) \
                    and not ctx.linked(growth, earlier) and (times_apart(later, earlier) or 0) > 5:
                # ("catch value decreased by 11 per cent to 136 billion kronor last year" beside "herring catch
                # dropped by 10 per cent to 9.5 billion kronor": levels tied by their measure's name alone, the rate
                # by its own words to the later only, and far apart, are likelier a whole and a part than one move)
                check.verdict = TENSION
                check.explanation += (f" The rate is tied to {later.phrase} alone, the two levels only by their "
                                      f"measure's name, and they lie more than fivefold apart: likelier figures of "
                                      f"different things (a whole and a part) than one quantity that moved so far; "
                                      f"confirm they are one measure (tension).")
            elif check.verdict == INCONSISTENT and digits_cut(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" The article's {growth.value} % is the levels' rate with its last digits cut, "
                                      f"not rounded ({fmt.span(implied, 'percent')} printed as {growth.value} %): a "
                                      f"writer's truncation more likely than another figure (tension).")
            elif check.verdict == INCONSISTENT and rounded_up(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" The article's {growth.value} % is the levels' rate rounded up, not to the "
                                      f"nearest ({fmt.span(implied, 'percent')} printed as {growth.value} %): a "
                                      f"writer's rounding more likely than another figure (tension).")
            elif check.verdict == INCONSISTENT and zeros_padded(growth, implied):
                check.verdict = TENSION
                check.explanation += padded_sentence(growth, implied, "rate")
            elif check.verdict == INCONSISTENT and rounded_twice(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" The article's {growth.value} % is the levels' rate rounded twice, to one digit "
                                      f"more and then to its own ({fmt.span(implied, 'percent')} to "
                                      f"{growth.value} %): a writer's rounding more likely than another figure "
                                      f"(tension).")
            elif check.verdict == INCONSISTENT and near_miss(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" It misses the levels' rate ({fmt.span(implied, 'percent')}) by a sliver, less "
                                      f"than a fifth of its last digit or a fiftieth of the span the levels' rounding "
                                      f"leaves: a rate taken from the source's unrounded figures more likely than a "
                                      f"wrong one (tension).")
            elif check.verdict == INCONSISTENT and _a_fraction_said_loosely(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" A rate told as a fraction in words (\"{growth.value}\") is said loosely, and "
                                      f"the levels' rate lies within a sixth of it: the words round the move rather "
                                      f"than contradict it (tension).")
            elif check.verdict == INCONSISTENT and _round_hundreds_exceeded(growth, implied):
                check.verdict = TENSION
                check.explanation += (f" A round {growth.value} % is often said for \"doubled or more\" (\"a 100% "
                                      f"spike\"): the levels go further, so the words understate the move rather than "
                                      f"contradict it (tension).")
            elif check.verdict == INCONSISTENT and (cut := _levels_cut(later, earlier)) is not None \
                    and compare(cut, growth.interval).verdict != INCONSISTENT:
                # (a rate the cut levels only just reach is held too: "₦8.94tn ... a 56.8% increase from ₦5.69tn",
                # 56.84-57.29 % read cut, 56.75-56.85 % stated)
                check.verdict = TENSION
                check.explanation += (f" Read as cut off rather than rounded ({later.phrase} as up to the next step of "
                                      f"its last digit, and {earlier.phrase} too), the levels give "
                                      f"{fmt.span(cut, 'percent')}, which holds: a source's longer figures shortened "
                                      f"by the writer more likely than a wrong rate (tension).")
            checks.append(only_the_way_differs(check, implied, growth.interval, "percent"))
        if stated:
            continue
        if worlds_apart(later, earlier) and _scale_word_lost(later, earlier):
            # ("rose to 1.745 million barrels per day in October, up from an average of 1.64 bpd in September": a move
            # the article tells from one figure to the other cannot be a thousandfold; a scale word is lost)
            checks.append(Check("implied growth", [later.id, earlier.id], TENSION,
                                f"The article moves {earlier.phrase} ({earlier.period or 'earlier'}) to {later.phrase} "
                                f"({later.period or 'later'}), more than a thousandfold: one of them has lost or "
                                f"misprinted its scale word (\"million\", \"billion\") more likely than the measure "
                                f"moved so far; confirm the scale of both (tension)."))
        elif later.trend in ("rising", "falling") and not worlds_apart(later, earlier) \
                and not _said_against_another(ctx, later, earlier):
            ctx.use(later, "trend")
            checks.append(_direction_word(later, earlier, implied, lead))
        elif later.trend not in PACE and _most_precise(ctx, later) and (key := _pair_key(later, earlier)) not in derived \
                and not worlds_apart(later, earlier):  # (a scale misread derives no rate: a misprint, no growth)
            # Restatements of one figure (headline, lede, body) would each derive the same rate: the most
            # precise one does; "accelerating" and "slowing" have their own family, which shows the rate.
            derived.add(key)
            checks.append(Check("derived growth", [later.id, earlier.id], UNVERIFIABLE,
                                f"{lead} (derived: the article prints no rate to compare with).",
                                implied=implied, implied_unit="percent"))
    return checks + _relative_differences(ctx) + _against_the_rest(ctx)


def _a_fraction_said_loosely(growth: Claim, implied: Interval) -> bool:
    """"Exports rose by a third" for 30 %: a fraction in words (no bound said) that the levels' rate, of the same way,
    misses by less than a sixth of it, nearer it than the fractions beside it (a quarter, two-fifths)."""
    if growth.printed is None or growth.printed.whole is None or growth.qualifier in ("nearly", "over"):
        return False
    said, got = (growth.interval.low + growth.interval.high) / 2, (implied.low + implied.high) / 2
    return said * got > 0 and abs(got - said) <= abs(said) / 6


# Every word that says which way a figure moved
_WAYS = frozenset(RISE_WORDS) | frozenset(FALL_WORDS)


def _round_hundreds_exceeded(growth: Claim, implied: Interval) -> bool:
    """Whether a rise printed as round hundreds ("a 100% spike", "200 per cent") is exceeded by the levels' rise."""
    printed = growth.printed
    return printed is not None and printed.value > 0 and printed.value % 100 == 0 and printed.digit_step >= 1 \
        and growth.interval.low > 0 and implied.low > growth.interval.high


def _levels_cut(later: Claim, earlier: Claim) -> Interval | None:
    """The growth between two levels each read as its printed digits cut off, not rounded ("PHP5.15 trillion" for
    5.159): each lies within [printed, printed + one step of its last digit)."""
    spans = [cut_off(level) for level in (later, earlier)]
    # (three digits at least: a cut "1.2" could stand for anything up to 1.3)
    if None in spans or any(level.qualifier != "exact" or level.printed.step <= 0
                            or level.printed.value < 100 * level.printed.step for level in (later, earlier)):
        return None
    try:
        return growth_between(*spans)
    except ValueError:
        return None


def _against_the_rest(ctx: Context) -> list[Check]:
    """"872 MW in January-June; in the second quarter, 387 MW, which is 20 per cent higher compared to January-
    March": a rate against a period the article gives no level for, which is the rest of a longer period it does
    give one for (the half-year less the second quarter is the first)."""
    checks = []
    for growth in (g for g in ctx.growths if g.basis and g.period):
        if any(is_level(c) and same_period(c.period, growth.basis) for c in ctx.partners(growth)):
            continue  # a printed level of the basis period: the pairs above compare with it
        # (the body's figures before a headline's restatement of them)
        levels = sorted((c for c in ctx.partners(growth) if is_level(c)), key=lambda c: (c.section == "headline", c.row))
        for later in (c for c in levels if same_period(c.period, growth.period)):
            for whole in (c for c in levels if c.canonical_unit.key == later.canonical_unit.key
                          and _splits_into(c.period, growth.basis, later.period)):
                rest = difference(whole.interval, later.interval)
                try:
                    implied = growth_between(later.interval, rest)
                except ValueError:
                    continue  # the rest may be zero or less
                text = (f"{later.period}'s {later.phrase} against {growth.basis}, which is {whole.period}'s "
                        f"{whole.phrase} less {later.phrase} ({_as_printed(rest, later)}), is growth of "
                        f"{fmt.span(implied, 'percent')}; the article states {growth.move}")
                checks.append(comparison("implied growth", [later.id, whole.id, growth.id], implied, growth.interval,
                                         "percent", text))
                break
    return checks


def _as_printed(interval: Interval, claim) -> str:
    """An interval in the unit the article prints the claim in ("484–486 MW", not "0.484–0.486 GW")."""
    if claim.unit in PHYSICAL and claim.unit != claim.unit_label:
        return fmt.span(interval.scaled(1 / float(claim.canonical_unit.factor)), claim.unit)
    return fmt.span(interval, claim.unit_label)


def _splits_into(whole: str, first: str, second: str) -> bool:
    """Whether two calendar periods, one right after the other in either order, make up a third exactly."""
    try:
        w, a, b = parse_period(whole), parse_period(first), parse_period(second)
    except ValueError:
        return False
    if None in (w.start, a.start, b.start) or w.remark or a.remark or b.remark:
        return False
    a, b = sorted((a, b), key=lambda p: p.start)
    return a.start == w.start and b.end == w.end and (b.start - a.end).days == 1


# "over the year", "year on year", "from a year earlier": a rate's words that make it a move over time
_OVER_TIME = re.compile(r"(?i)[^.;]{0,30}?\b(?:(?:over|on|in)\s+the\s+(?:year|month|quarter)\b|year[- ]on[- ]year|y-?o-?y\b|"
                        r"from\s+a\s+year|a\s+year\s+(?:earlier|ago|before))")


def _relative_differences(ctx: Context) -> list[Check]:
    checks = []
    for growth in ctx.growths:
        levels = compared_levels(ctx, growth)
        if not levels:
            continue  # levels a period apart are growth over time, above
        if _OVER_TIME.match(growth.quote, growth.quote.lower().find(growth.value.lower()) + len(growth.value)):
            continue  # ("down from the earlier estimate of £15bn, meaning the total inputs bill dropped by 4.5% over
            # the year": a move over time, no gap between two estimates of one period)
        small, large = sorted(levels, key=lambda c: (c.interval.high, c.interval.low))
        more = growth.interval.high > 0
        try:
            implied = growth_between(large.interval, small.interval) if more else \
                growth_between(small.interval, large.interval)
        except ValueError:
            continue
        text = (f"{large.phrase if more else small.phrase} is {fmt.span(implied, 'percent')} "
                f"{'more' if more else 'less'} than {small.phrase if more else large.phrase}; the article says "
                f"{growth.phrase.lstrip('−')} {'more' if more else 'less'}")
        check = comparison("relative difference", [growth.id, large.id, small.id], implied, growth.interval,
                           "percent", text)
        if more and check.verdict != CONSISTENT:
            ratio = Interval(implied.low + 100, implied.high + 100)  # "208.6 per cent of" for "108.6 per cent more"
            if compare(ratio, growth.interval).verdict == CONSISTENT:
                check.explanation = check.explanation.rstrip(".") + (
                    f"; the stated figure is the ratio ({fmt.span(ratio, 'percent')} of), not how much more.")
        checks.append(check)
    return checks


def _held_by_the_body(ctx: Context, growth: Claim, stated: list[Claim], implied: Interval) -> Claim | None:
    """The body's rate of the same levels that they bear out, when the rate is the headline's, tied to them by its
    measure's name alone (no link of its own), and far from that rate (no slip of one another)."""
    if growth.section != "headline" or growth.links:
        return None
    return next((other for other in stated if other is not growth and other.section != "headline"
                 and compare(implied, other.interval).verdict == CONSISTENT and not slip_apart(growth, other)), None)


def _measured_against(ctx: Context, growth, later, earlier) -> bool:
    """A rate linked to a level of the earlier figure's unit is measured against that level only:
    "up 6 per cent from Rs 300 crore a quarter ago" is no rate between this year and last; nor is a rate whose
    basis column names another period ("up 2 percent sequentially"). A rate linked to none is measured against
    the year before, not against a level the later one is only linked to: the headline's "3% decline in wheat
    output" is no move from "the earlier estimate of 111.32 million tonnes"."""
    if growth.basis:
        return same_period(earlier.period, growth.basis)
    if earlier.kind == "forecast" and later.kind != "forecast" and compared_with(growth) == "year":
        return False  # ("down 2.89 percent year-on-year, and 11.11 percent lower than the PHP1.106 trillion target")
    if compared_with(growth) == "year" and len(later.period) == 7 and len(earlier.period) == 7 \
            and earlier.period != year_before(later.period):
        # ("the deficit is actually up 11.5 percent from a year ago" beside "dropped to $46.2 billion, down from $47.2
        # billion in March": a rate its own words measure from a year back is no move between two months in a row)
        return False
    bases = [c for c in ctx.linked_claims(growth) if is_level(c) and c.canonical_unit.key == earlier.canonical_unit.key
             and (c.period != growth.period or not c.period)]
    return earlier in bases if bases else earlier in ctx.earlier_levels(later)


def _rate_from_the_base(ctx: Context, growth, later, earlier) -> bool:
    """"revenue increased 2.22%, compared to ₹44,490 crore in Q2FY26" after "₹45,479 crore" was linked to that base: a
    rate tied to the figure it grew from is the rate of the level of its own period tied to that figure too, whatever
    shorter name the rate's clause gives the measure. (Not a target or an estimate the base was linked to, nor a
    measure the draft told apart from the rate's by a number, "revenues #2", nor a rate over a plan.)"""
    words = set(re.findall(r"[a-z]+", metric_key(growth.metric)))
    if not (growth.period == later.period and earlier.id in growth.links and ctx.linked(later, earlier)
            and later.kind == "level" and "#" not in later.metric and words):
        return False
    # ("U.S. farm exports mushroomed to a record $196.4 billion ... Sales were 14% higher than the previous mark of
    # $172.7 billion", the two levels linked: a rate whose clause names the base alone, by the base's own words, is the
    # move to the one level of its period tied to that base, whatever that level's clause calls it)
    return words <= set(re.findall(r"[a-z]+", metric_key(later.metric))) \
        or metric_key(growth.metric) == metric_key(earlier.metric) \
        and [c for c in ctx.linked_claims(earlier) if is_level(c) and c.period == growth.period] == [later]


def _most_precise(ctx: Context, later) -> bool:
    same = [c for c in ctx.same_measure_claims(later) if is_level(c) and c.period == later.period
            and c.canonical_unit.key == later.canonical_unit.key]
    return later is min(same or [later], key=lambda c: (c.interval.width, c.row))


def _said_against_another(ctx: Context, later, earlier) -> bool:
    """Whether the later level's direction word is said against another figure of the earlier one's period, told
    beside it, not this one ("124 actual maternal deaths in 2020, rising to 168 deaths in 2021" beside a headline's
    "889 maternal deaths in 5 years" read as 2020's): "rising" tells the move from 124, not from every figure of 2020."""
    return value_at(later.quote, earlier.value) < 0 and any(
        c.id != earlier.id and c.period == earlier.period and value_at(later.quote, c.value) >= 0
        for c in ctx.earlier_levels(later))


def _pair_key(later, earlier) -> tuple:
    return (later.metric.lower(), later.entity.lower(), later.period, earlier.period)


def _direction_word(later, earlier, implied, lead: str) -> Check:
    direction = direction_borne_out(later.trend == "rising", implied, later, earlier)
    tail = said_direction(direction, later.trend, "the figure")
    return Check("implied growth", [later.id, earlier.id], direction.verdict, f"{lead}; {tail}.", implied=implied,
                 implied_unit="percent", gap=direction.gap)


FAMILY = Family(implied_growth_checks, {"implied growth": 0, "derived growth": 8, "relative difference": 1})
