"""Currency conversions against an exchange rate: the article's own printed rate, the rate the
register names, a published rate of the article's week, or the ECB's rate of that week; and
several conversions of one pair in one article against each other.

Register shape: a `conversion` row (the amount in the second currency) linked to the amount it
converts (or, unlinked, the amount in another currency of the same metric, period and section); or
a row of any kind linked with the role `conversion` to the amount it restates ("In dollar terms, ...").
Rates, the first found deciding: a row of the article in 'CNY per USD' (its own printed rate,
"$1 = 64.4375 rupees"); the conversion row's references column; reference rows in 'XXX per YYY'
dated in the window below (official fixings first, then the newest); the ECB's euro reference
rates of the window, crossed through the euro (exchange_rates.py).

The verdict against a published rate (docs/relations.md has the evidence for both numbers):
consistent when the rounding of the article's amounts admits a rate of the window, or misses the
ECB's market rate by at most SAME_MARKET_PERCENT (another publisher's rate of the day), or, for figures of
a period that ended before the window, lies among the ECB's rates over that period and the month after it (a month's or a
quarter's figures converted at a rate of their own period: its average, its closing rate); tension when
the nearest is off by at most RATE_MARGIN_PERCENT of that rate (the check's gap_percent), a gap
another rate definition (an official fixing against a market rate, a company's period average)
or date could explain (HEDGED_MARGIN_PERCENT for a conversion the article calls rough: "about Rs 1,250
crore"); inconsistent beyond. The article's own printed rate has no margin: its figures must agree with themselves.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, field

from .. import exchange_rates, fmt
from ..intervals import Interval, ratio
from ..periods import parse_period
from ..register import Claim
from ..units import canonical
from ..vocabulary import THRESHOLDS
from .model import Check, Context, Family
from .verdict import CONSISTENT, INCONSISTENT, SEVERITY, TENSION, UNVERIFIABLE, compare, describe

# The article's day and the week before it: a weekend or holiday has the last business day's rate,
# and an article repeating a report of a few days before may carry that day's conversion.
RATE_WINDOW = dt.timedelta(days=7)
# The largest gap between the article's implied rate and the nearest published rate of the window
# that is a tension, not an error: China's central parity sat up to 1.96 % from the ECB's cross rate
# in 2025, and a quarter's average rate sits a median 0.8-1.9 % from the rates of the month after.
RATE_MARGIN_PERCENT = 2.0
# ... and for a conversion the article itself calls rough ("$150 million (about Rs 1,250 crore)", "approximately
# US$5.8 billion"): a writer who rounds the rate to a round figure (Rs 83 or 85 to the dollar, 15,500 rupiah) or
# takes it from another day is off by the rate's rounding and the week's move, so a gap up to this is a tension.
HEDGED_MARGIN_PERCENT = 5.0
# The gap to the ECB's rate that is no gap at all: market rates of one day agree to 0.07 % whoever
# publishes them (docs/relations.md), so another publisher's rate of the window is within this of it; an
# article precise to five digits that misses the ECB's by less quotes another source of the same market.
# (An official fixing or a period's rate is another definition: a tension, as the margin below says.)
SAME_MARKET_PERCENT = 0.1
# How long after a period its figures are published (and converted at that day's rate): a month's statistics come out
# within the month after it.
RELEASE_LAG = dt.timedelta(days=31)
# How far apart two conversions of one article may rest and still be rates of neighbouring days: within the week
# before a day, the ECB's cross rates to the dollar of 2005-2024 spread a median 1.0-1.1 % (KRW, JPY, EUR, GBP), 0.7 %
# (INR) and 0.24 % (CNY, p90 0.7 %), sampled monthly. Half a per cent is below all but the yuan's median.
NEIGHBOURING_DAYS_PERCENT = 0.5


@dataclass
class _Rates:
    """The rates one conversion is compared with, all from one source, newest first."""

    rates: list[tuple[Interval, str]] = field(default_factory=list)  # each rate and the words naming it and its day
    published: bool = True           # a market or official rate, which another definition or date may differ from
    references: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # the article's own rate row
    missing: str = ""                # why there is none


def conversion_checks(ctx: Context) -> list[Check]:
    checks = []
    implied_rates: dict[tuple[str, str], list[tuple[Claim, Claim, Interval]]] = {}
    for foreign in (c for c in ctx.numeric_claims if (c.kind == "conversion" or c.linked("conversion"))
                    and c.canonical_unit.is_money):
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
        check = _check(ctx, local, foreign, implied)
        if check.verdict == INCONSISTENT:
            local, foreign, check = _as_us_dollars(ctx, local, foreign, implied, check)
        if check.verdict == INCONSISTENT:
            check = _as_another_dollar(ctx, local, foreign, implied, check)
        implied_rates.setdefault((f"{local.unit} per {foreign.unit}", local.period), []).append((local, foreign, implied))
        checks.append(check)
    for (pair, _), conversions in implied_rates.items():
        if len(conversions) > 1:
            checks.append(_agreement(pair, conversions))
    by_pair: dict[str, list[tuple[Claim, Claim, Interval]]] = {}
    for (pair, _), conversions in implied_rates.items():
        by_pair.setdefault(pair, []).extend(conversions)
    for conversions in by_pair.values():
        low, high = max(i.low for _, _, i in conversions), min(i.high for _, _, i in conversions)
        if len(conversions) >= _ONE_RATE_OF_ITS_OWN and low <= high:
            _at_a_rate_of_its_own(checks, {c.id for pair_ in conversions for c in pair_[:2]})
    return checks


# Conversions that all imply one rate, a few per cent from the day's: the writer's own rate (a period's average, the
# release's day), which no figure contradicts
_ONE_RATE_OF_ITS_OWN = 3
_OWN_RATE_PERCENT = 5.0


def _at_a_rate_of_its_own(checks: list[Check], ids: set[str]) -> None:
    """"revenue for the year reached €107.9 million ($117.2 million) ... the previous year's €75.4 million ($81.9
    million)": three or more conversions at one rate, within a few per cent of the day's, are a tension, not each a
    contradiction."""
    for check in checks:
        if check.kind == "conversion" and check.verdict == INCONSISTENT and set(check.claims) <= ids \
                and check.gap_percent is not None and check.gap_percent <= _OWN_RATE_PERCENT:
            check.verdict = TENSION
            check.explanation += (" The article's conversions all imply one rate of their own, "
                                  f"{check.gap_percent:.1f} % from the day's: perhaps the period's average or the "
                                  f"release's day, which the article does not name (tension).")


# A bare "$" the outlet's country reads as its own dollar (units.currency_of): wire copy prints US dollars so too
_LOCAL_DOLLARS = ("CAD", "AUD", "NZD", "HKD", "SGD")


def _bare_dollar(claim: Claim, dollars: tuple[str, ...] = _LOCAL_DOLLARS) -> bool:
    """Whether the amount is printed with a "$" and no mark of whose dollar it is ("$8.9 billion", not "C$8.9")."""
    return claim.unit in dollars and bool(
        # (not "$50 USD", "$3.2 billion US": the currency named after it)
        re.search(rf"(?<![A-Za-z$])\$\s?{re.escape(claim.value)}(?![\d.,]*\s*(?:[a-z]+\s+)?(?:USD|US\b|U\.S\.))",
                  claim.quote))


def _in_currency(claim: Claim, code: str) -> Claim:
    """The amount read in another currency: its bare "$" taken as `code`'s dollar."""
    return dataclasses.replace(claim, unit=code, canonical_unit=canonical(code, claim.scale))


def _as_another_dollar(ctx: Context, local: Claim, foreign: Claim, implied: Interval, check: Check) -> Check:
    """"€3.74 billion ($5.44 billion)" in an Australian trade paper on a .com domain: a bare "$" read as the US dollar
    that the rate of the day does not fit, where another country's dollar fits it, is a tension: whose dollar the
    outlet prints is for a reader to confirm, not a wrong conversion."""
    bare = [_bare_dollar(c, ("USD",)) for c in (local, foreign)]
    if bare.count(True) != 1:
        return check
    fitting = []
    for dollar in _LOCAL_DOLLARS:
        swapped = [_in_currency(c, dollar) if is_bare else c for c, is_bare in zip((local, foreign), bare)]
        if swapped[0].unit != swapped[1].unit and _check(ctx, *swapped, implied).verdict == CONSISTENT:
            fitting.append(dollar)
    if not fitting:
        return check
    check.verdict = TENSION
    check.explanation += (f" Read as {' or '.join(fitting)} instead, the bare \"$\" fits the rate of the day: an outlet "
                          f"of that country prints its own dollar so; confirm whose dollar it is (tension).")
    return check


def _as_us_dollars(ctx: Context, local: Claim, foreign: Claim, implied: Interval, check: Check):
    """"1.33 trillion yen ($8.9 billion)" in a Toronto outlet's copy of an AP story: a bare "$" the outlet's country
    read as the Canadian dollar, which the rate of the day does not fit, is read as the US dollar where that fits
    (said so in the explanation); else the first reading stands."""
    bare = [_bare_dollar(c) for c in (local, foreign)]
    swapped = [_in_currency(c, "USD") if is_bare else c for c, is_bare in zip((local, foreign), bare)]
    if not any(bare) or swapped[0].unit == swapped[1].unit:
        return local, foreign, check
    as_usd = _check(ctx, *swapped, implied)
    if as_usd.verdict == INCONSISTENT:
        return local, foreign, check
    outlets = (local, foreign)[bare.index(True)].unit
    # (the key findings' sentence: the reading and its verdict, without the rejected reading's arithmetic)
    as_usd.finding = f"The bare \"$\" is read as US dollars, not the outlet's {outlets}: {as_usd.explanation}"
    as_usd.explanation = (f"Read as US dollars: as {outlets}, the outlet's own dollar, the bare \"$\" does not fit the "
                          f"rate of the day ({check.explanation.split(';')[0]}), and wire copy prints US dollars so. "
                          f"{as_usd.explanation}")
    return *swapped, as_usd


def _converted(ctx: Context, foreign: Claim) -> Claim | None:
    # ("In dollar terms, ...": the amount it restates, when the row names it so)
    told = [c for c in ctx.linked_claims(foreign, "conversion") if c.canonical_unit.is_money and c.unit != foreign.unit]
    linked = [c for c in ctx.linked_claims(foreign) if c.canonical_unit.is_money and c.unit != foreign.unit]
    # ("$277.14 billion (Rs15,07,202.58 crore) against $284.72 billion (Rs13,04,631.60 crore)": of two linked, the
    # amount the conversion follows)
    linked.sort(key=lambda c: (c.row > foreign.row, -c.row if c.row < foreign.row else c.row))
    found = told or linked or [c for c in ctx.same_measure_claims(foreign)
                       if c.kind in ("level", "forecast") and c.canonical_unit.is_money and c.unit != foreign.unit
                       and c.period == foreign.period and c.section == foreign.section]
    return found[0] if found else None


def _amount(claim: Claim) -> Interval:
    """A threshold ("the 1-trillion-yuan benchmark", "over 900 billion") converts as the figure itself; a fall
    ("decreased by 533.6 million ringgit ($133.9 million)") converts as its size, the bracket restating how much."""
    if claim.qualifier in THRESHOLDS:
        return Interval.point(float(claim.printed.value * claim.canonical_unit.factor))
    return claim.interval.scaled(-1) if claim.interval.high <= 0 else claim.interval


def _check(ctx: Context, local: Claim, foreign: Claim, implied: Interval) -> Check:
    pair = f"{local.unit} per {foreign.unit}"
    base = (f"{local.value} {local.scale} {local.unit} as {foreign.phrase} implies "
            f"{fmt.span(implied, pair, _digits(implied))} (the rounding of both amounts)").replace("  ", " ")
    found = _rates(ctx, local, foreign)
    if not found.rates:
        return Check("conversion", [local.id, foreign.id], UNVERIFIABLE,
                     f"{base}; no {pair} rate for {fmt.day(ctx.article.published)} in the article or the references, "
                     f"and {found.missing}.", implied=implied, implied_unit=pair)
    cmp, rate, where = _nearest(implied, found.rates)
    # (a figure of a period that ended before the article's week, converted at a rate of its own period, where no
    # rate of the week, nor the spread of a day's market rates, fits it)
    own = [(r, w) for r, w in _period_rates(local.unit, foreign.unit, local.period, ctx.article.published)
           if compare(implied, r).verdict == CONSISTENT] if cmp.verdict == INCONSISTENT and \
        found.references == [exchange_rates.SOURCE_ID] and _off(cmp, rate) > SAME_MARKET_PERCENT else []
    if own:
        cmp, rate, where = compare(implied, own[0][0]), *own[0]
    exact_foreign = float(local.printed.value * local.canonical_unit.factor) / ((rate.low + rate.high) / 2)
    if cmp.verdict == INCONSISTENT and found.published:
        # In percent of the published rate, as the margin's evidence is measured, and said once.
        off = _off(cmp, rate)
        if off <= SAME_MARKET_PERCENT and found.references == [exchange_rates.SOURCE_ID]:
            cmp = dataclasses.replace(cmp, verdict=CONSISTENT, gap=None, gap_percent=None)
            sentence = (f"{base}; {where}: consistent, {off:.2f} % from that rate, within the {SAME_MARKET_PERCENT:g} % "
                        f"by which published market rates of one day differ")
        else:
            hedged = "about" in (local.qualifier, foreign.qualifier)
            margin = HEDGED_MARGIN_PERCENT if hedged else RATE_MARGIN_PERCENT
            within = off <= margin
            cmp = dataclasses.replace(cmp, verdict=TENSION if within else INCONSISTENT, gap_percent=off)
            sentence = (describe(f"{base}; {where}", dataclasses.replace(cmp, gap_percent=None), pair)
                        + f", {f'{off:.2f}' if off < 10 else f'{off:,.0f}'} % of that rate, {'within' if within else 'beyond'} the {margin:g} % by "
                          + ("which a conversion the article calls rough, at a rounded rate or another day's, could "
                             "differ" if hedged else
                             "which another rate definition (an official fixing, a market rate, a period average) or "
                             "date could differ"))
    else:
        sentence = describe(f"{base}; {where}", cmp, pair)
    sentence += (f". At that rate {local.value} {local.scale} {local.unit} is "
                 f"{fmt.amount(exact_foreign, foreign.unit_label, 4)}.").replace("  ", " ")
    return Check("conversion", [local.id, foreign.id] + found.printed, cmp.verdict, sentence,
                 references=found.references, implied=implied, implied_unit=pair, stated=rate, stated_unit=pair,
                 gap=cmp.gap, gap_percent=cmp.gap_percent)


def _nearest(implied: Interval, rates: list[tuple[Interval, str]]):
    """The rate the article's figures come closest to: the newest of those they admit, else the nearest
    (the newest of rates no further than a five-digit rate can tell apart)."""
    return min(((compare(implied, rate), rate, where) for rate, where in rates),
               key=lambda c: (SEVERITY[c[0].verdict], round((c[0].gap or 0) / c[1].high, 4)))


def _off(cmp, rate: Interval) -> float:
    """A comparison's gap in percent of the published rate, as the margins' evidence is measured."""
    return 100 * (cmp.gap or 0) / ((rate.low + rate.high) / 2)


def _digits(implied: Interval) -> int:
    """Significant digits that show a narrow implied rate's width against a five-digit published rate:
    83.45-83.56, not 83.5-83.6; a wide one keeps three (6.90-7.41)."""
    middle = abs(implied.low + implied.high) / 2
    if not (math.isfinite(implied.width) and implied.width > 0 and middle > 0):
        return 3
    return 3 + max(0, math.floor(math.log10(middle / implied.width)) - 1)


def _rates(ctx: Context, local: Claim, foreign: Claim) -> _Rates:
    """The rates to compare with, from the first source that has one."""
    pair, inverse = f"{local.unit} per {foreign.unit}", f"{foreign.unit} per {local.unit}"
    for printed in ctx.numeric_claims:
        # (a rate of zero or less, a misprint or a misreading, converts nothing: its inverse has no bounds)
        if printed.canonical_unit.key in (pair, inverse) and printed.kind != "conversion" and printed.interval.low > 0:
            rate = printed.interval if printed.canonical_unit.key == pair else Interval(1 / printed.interval.high,
                                                                                         1 / printed.interval.low)
            return _Rates([(rate, f"the article's own rate is {printed.phrase} ({printed.id})")], published=False,
                          printed=[printed.id])
    named = [ctx.reference(foreign, link.id) for link in foreign.references]
    named = [r for r in named if r.interval is not None and r.unit in (pair, inverse)]
    day = ctx.article.published
    references = named or _rates_in_window(ctx, pair, day)
    if references:
        ref = references[0]
        rate = ref.interval if ref.unit == pair else Interval(1 / ref.interval.high, 1 / ref.interval.low)
        when = ref.period
        try:
            when = fmt.day(dt.date.fromisoformat(ref.period))
        except ValueError:
            pass
        return _Rates([(rate, f"the {ref.metric} on {when} was {ref.value} ({ref.source_org}, {ref.id})")],
                      references=[ref.id])
    try:
        ecb = exchange_rates.cross_rates(local.unit, foreign.unit, _window_start(day), day)
    except exchange_rates.RateUnavailable as reason:
        return _Rates(missing=str(reason))
    return _Rates([(r.interval, _ecb_phrase(r, ecb[0], day)) for r in ecb], references=[exchange_rates.SOURCE_ID])


@functools.lru_cache(maxsize=1024)
def _period_rates(local_unit: str, foreign_unit: str, period_text: str, day: dt.date) -> list[tuple[Interval, str]]:
    """The ECB's rates over the figures' own period, when it ended before the article's week: "imports valued at
    $41.18 billion (Rs2,02,819.70 crore) in October 2011", in a story of November 2012, were converted at a rate of
    October 2011 (an official month's rate, an average of the month's), not at the story's week's. (Remembered: an
    article of a thousand conversions of one period looks its rates up once.)"""
    try:
        period = parse_period(period_text)
    except ValueError:
        return []
    # (a span of months that ended in the article's week too: "in the first eight months of 2022 ... 27.300 billion
    # yuan (about 4.190 billion USD)", on 7 September, in dollars of the months' own rates)
    months = period.start is not None and period.end is not None and (period.end - period.start).days > 31
    if period.start is None or period.end is None or period.end >= (day if months else _window_start(day)) or \
            (period.end - period.start).days > 400:
        return []
    # (and of the month after it, when its figures come out: "January's exports of 5.43 trillion yen (45,750 million
    # euros)", released on 19 February, converted at that day's rate; never into the article's own week)
    released = min(period.end + RELEASE_LAG, _window_start(day) - dt.timedelta(days=1)) if period.end < _window_start(day) \
        else period.end
    try:
        rates = exchange_rates.cross_rates(local_unit, foreign_unit, period.start, released)
    except exchange_rates.RateUnavailable:
        return []
    if not rates:
        return []
    low, high = min(r.interval.low for r in rates), max(r.interval.high for r in rates)
    return [(Interval(low, high), f"the ECB's rates over {fmt.period(period_text)}, the figures' own period, and the "
                                  f"month after it, when they came out, ran {fmt.span(Interval(low, high), rates[0].pair, 5)} "
                                  f"(a rate of that period, as its average, or of the day they were published lies among "
                                  f"them; ECB)")]


def _window_start(day: dt.date) -> dt.date:
    """The first day of the article's window (never before the calendar's first, for an article dated year 1)."""
    return day - RATE_WINDOW if day >= dt.date.min + RATE_WINDOW else dt.date.min


def _ecb_phrase(rate: exchange_rates.CrossRate, latest: exchange_rates.CrossRate, day: dt.date) -> str:
    """Names the ECB's rate of the article's day (or the business day before it) and, when another
    day's rate of the window comes nearer the article's figures, that one, each with its day."""
    text = f"the ECB's euro reference rates give {fmt.number(latest.value, 5)} {latest.pair} on {fmt.weekday_day(latest.day)}"
    if latest.day != day:
        text += f", the last business day on or before the article's {fmt.weekday_day(day)}"
    if rate is latest:
        return f"{text} ({rate.legs}; ECB)"
    return (f"{text}; of the rates of the week before, the nearest to the article's figures is "
            f"{fmt.number(rate.value, 5)} on {fmt.weekday_day(rate.day)} ({rate.legs}; ECB)")


def _rates_in_window(ctx: Context, pair: str, day: dt.date):
    """Reference rates of days in the window up to the article's day, official fixings first, newest first."""
    found = []
    for ref in ctx.rates.get(pair, []):
        if not ref.decides:
            continue
        try:
            dated = dt.date.fromisoformat(ref.period)
        except ValueError:
            continue  # monthly averages and the like are not the rate of a day
        if day - RATE_WINDOW <= dated <= day:
            official = any(w in ref.metric.lower() for w in ("parity", "fixing", "reference rate"))
            found.append((official, dated, ref))
    return [ref for _, _, ref in sorted(found, key=lambda t: (t[0], t[1]), reverse=True)]


def _agreement(pair: str, conversions: list[tuple[Claim, Claim, Interval]]) -> Check:
    """Conversions of one pair in one article should rest on one rate: their implied rates must meet."""
    low = max(conversions, key=lambda c: c[2].low)
    high = min(conversions, key=lambda c: c[2].high)
    listed = "; ".join(f"{loc.value} {loc.scale} {loc.unit} as {fo.phrase}: {fmt.span(iv, pair, _digits(iv))}"
                       .replace("  ", " ") for loc, fo, iv in conversions)
    claims = [c.id for loc, fo, _ in conversions for c in (loc, fo)]
    common = Interval(low[2].low, high[2].high) if low[2].low <= high[2].high else None
    if common is not None:
        cmp = compare(low[2], high[2])
        return Check("conversion rate", claims, cmp.verdict,
                     f"The article's conversions imply one rate: {listed}; all hold at "
                     f"{fmt.span(common, pair, _digits(common))}: {cmp.verdict}.", implied=common, implied_unit=pair)
    cmp = compare(high[2], low[2])
    if cmp.gap_percent is not None and cmp.gap_percent <= NEIGHBOURING_DAYS_PERCENT:
        return Check("conversion rate", claims, CONSISTENT,
                     f"The article's conversions imply rates a little apart: {listed}; {fmt.gap(cmp.gap, pair)} "
                     f"({cmp.gap_percent:.1f} %) apart, as the rates of neighbouring days are: consistent.",
                     implied=high[2], implied_unit=pair, stated=low[2], stated_unit=pair, gap=cmp.gap,
                     gap_percent=cmp.gap_percent)
    return Check("conversion rate", claims, INCONSISTENT,
                 describe(f"The article's conversions imply different rates: {listed}; "
                          f"{high[1].phrase} and {low[1].phrase} cannot rest on one rate", cmp, pair) + ".",
                 implied=high[2], implied_unit=pair, stated=low[2], stated_unit=pair, gap=cmp.gap,
                 gap_percent=cmp.gap_percent)


FAMILY = Family(conversion_checks, {"conversion": 3, "conversion rate": 3})
