"""Relations found by their arithmetic: figures no phrasing joined whose values fit a relation too tightly for chance.

"Tata Steel reported 37 per cent rise in consolidated net profit to Rs 1,254.33 crore ... The world's 11th
biggest steelmaker had clocked Rs 916.77 crore net profit in the corresponding quarter of the last fiscal": the
rate is drafted with its level, and no words join the level to the figure it grew from, two sentences on. But
1,254.33 / 916.77 is 1.368, a rise of 36.8 %, and nothing else nearby fits "37 per cent": the two are one measure a
year apart. A figure is taken only when it alone fits, its rounding and the rate's leave no room for chance, and
it is told near the level; a rate that fits no figure is left alone (nothing says which figure it grew from).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..printed import NUMBER_WORDS
from ..vocabulary import direction_in
from .figures import A_GAP, Figure, half_step
from .links import ends_before

# How many sentences from its level an earlier figure may be told, and the widest rate it may confirm, in
# percentage points from its lowest to its highest reading ("37 per cent" spans one point: 36.5-37.5).
_SENTENCES_APART, _WIDEST_RATE = 3, 1.0
# How far apart two statements of one figure may be, as a share of it, beyond their rounding.
_RESTATED = 0.005


def found_growths(figures: list[Figure], text: str) -> None:
    """A growth rate drafted with one level (or none) and not the pair it moved between: the one figure near the
    level that it grew from, or to, by the rate (module docstring); a rate with no level tries each amount of its
    sentence, and takes a pair only when exactly one amount has such a figure."""
    by_id = {f.id: f for f in figures}
    amounts = _Amounts(figures)
    paired = {f.id for f in amounts.all for i in f.links if i in by_id and by_id[i].is_amount} | \
             {i for f in amounts.all for i in f.links if i in by_id and by_id[i].is_amount}
    for rate in figures:
        if rate.kind != "growth" or rate.unit != "percent" or rate.qualifier != "exact":
            continue
        levels = [by_id[i] for i, role in rate.links.items() if not role and i in amounts.ids]
        if len(levels) > 1 or levels and levels[0].id in paired:
            continue  # (its pair already drafted)
        # (a rate drafted with no level may be the move of any amount of its sentence: the one that fits)
        found = [(level, fitted) for level in levels or [f for f in amounts.in_sentence(rate.sentence)
                                                         if f.id not in paired]
                 if (fitted := _fitting(rate, level, amounts, paired, text)) is not None]
        if len(found) != 1:
            continue
        level, fitted = found[0]
        rate.link(level)
        later, earlier = (fitted, level) if level.baseline else (level, fitted)
        later.link(earlier)
        rate.link(earlier)  # (the rate is measured against the figure it grew from, whatever that one's period)
        paired.update((later.id, earlier.id))


def _fitting(rate: Figure, level: Figure, amounts: "_Amounts", paired: set[str], text: str) -> Figure | None:
    """The one figure near the level whose growth to or from it lies within the rate's rounding, both precise enough
    to rule out chance, and moving the way the rate's words say."""
    rate_half = _percent_half(rate)
    way = direction_in(text[max(0, rate.start - 60):rate.start], text[rate.end:rate.end + 40])
    if rate_half is None or 2 * rate_half > _WIDEST_RATE or not way or half_step(level) is None:
        return None
    signed = rate.scale_value if way == "rise" else -rate.scale_value
    fits = []
    for other in amounts.near(level):
        if other.id in paired:
            continue
        new, old = (other, level) if level.baseline else (level, other)
        if old.period and new.period and not ends_before(old.period, new.period):
            continue  # (what it grew from is of a period before its own)
        ratio = _ratio(new, old)
        if ratio is not None and _fits(100 * ratio[0] - 100, 100 * ratio[1] - 100, signed, rate_half):
            fits.append(other)
    return _one(fits)


def found_shares(figures: list[Figure]) -> None:
    """"14,756 candidates ... representing 11.07 per cent" with "taken by 131,485 candidates" a sentence before: a
    share drafted with its part (or none, or its whole) and no whole is the share of the one amount near it that
    the share fits exactly; a share of a whole the article does not print fits none and stays as it was."""
    by_id = {f.id: f for f in figures}
    amounts = _Amounts(figures)
    shares_in = Counter(f.sentence for f in figures if f.kind == "share")
    for share in figures:
        if share.kind != "share" or share.unit != "percent" or share.qualifier != "exact" or share.each:
            continue
        half = _percent_half(share)
        linked = [by_id[i] for i, role in share.links.items() if not role and i in by_id and by_id[i].is_amount]
        if half is None or 2 * half > _WIDEST_RATE or len(linked) > 1 or linked and linked[0].id not in amounts.ids:
            continue
        # (a share whose sentence gives no amount, "falling to 42.6% of the total" in the lede, is of a pair of its
        # period told near it: "contributed 121.7 billion kWh" of "285.5 billion kilowatt-hours")
        # (one share of its sentence: a list of shares, "Hyundai dominated with 36 percent, followed by Toyota 35
        # percent", is read by the words that join it to its whole)
        alone = not linked and not amounts.in_sentence(share.sentence) and shares_in.get(share.sentence) == 1
        ones = [f for f in amounts.around(share.sentence) if f.period == share.period] if alone and share.period \
            else linked or amounts.in_sentence(share.sentence)
        found = []
        for one in ones:
            fits = []
            for other in amounts.near(one):
                if one.period and other.period and one.period != other.period:
                    continue
                part, whole = sorted((one, other), key=lambda f: f.scale_value)
                ratio = _ratio(part, whole)
                # (a pair told apart from the share is taken only when twice as precise as it: "96 LGAs" of "187
                # LGAs", 50.9-51.7 %, fits "52% of the cases" by chance)
                if ratio is not None and _fits(100 * ratio[0], 100 * ratio[1], share.scale_value, half) \
                        and not (alone and 100 * (ratio[1] - ratio[0]) > half):
                    fits.append(other)
            # (a pair told in the share's sentence is found from each of its two ends: one pair)
            if (other := _one(fits)) is not None and not any({one.id, other.id} == {a.id, b.id} for a, b in found):
                found.append((one, other))
        if len(found) == 1:
            for amount in found[0]:
                share.link(amount)


def _percent_half(figure: Figure) -> float | None:
    """How far rounding may have moved a percentage: "nine per cent" is rounded as "9 percent" is."""
    return 0.5 if figure.value.lower() in NUMBER_WORDS else half_step(figure)


_SPANS_OF_TIME = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})


class _Amounts:
    """The figures a relation may be found between: exact amounts, printed in digits, each one thing's (and no
    estimate, unless asked), looked up by sentence and by unit and period (an article may have thousands)."""

    def __init__(self, figures: list[Figure], estimates: bool = False):
        # (not a count of a span of time: "70% were issued between 20 and 52 weeks, and 3% took over a year" makes
        # no 3 % of the 578 requests of 20 weeks)
        self.all = [f for f in figures if f.is_amount and f.kind in ("level", "count", "forecast")
                    and f.qualifier in ("exact", "expected") and not f.each and (estimates or not f.estimate)
                    and f.scale_value > 0 and re.search(r"\d", f.value) and half_step(f) is not None
                    and not (f.unit == "count" and f.measure.key and f.measure.key <= _SPANS_OF_TIME)]
        self.ids = {f.id for f in self.all}
        self._by_sentence: dict[int, list[Figure]] = {}
        self._by_period: dict[tuple[str, str], list[Figure]] = {}
        for figure in self.all:
            self._by_sentence.setdefault(figure.sentence, []).append(figure)
            if figure.period:
                self._by_period.setdefault((figure.unit, figure.period), []).append(figure)

    def in_sentence(self, sentence: int) -> list[Figure]:
        return self._by_sentence.get(sentence, [])

    def around(self, sentence: int, apart: int = _SENTENCES_APART) -> list[Figure]:
        """The amounts told within `apart` sentences of a sentence."""
        return [f for at in range(sentence - apart, sentence + apart + 1) for f in self._by_sentence.get(at, [])]

    def near(self, figure: Figure, apart: int = _SENTENCES_APART) -> list[Figure]:
        """The other amounts of its unit told within `apart` sentences of it."""
        return [f for sentence in range(figure.sentence - apart, figure.sentence + apart + 1)
                for f in self._by_sentence.get(sentence, []) if f is not figure and f.unit == figure.unit]

    def of_period(self, figure: Figure) -> list[Figure]:
        """The other amounts of its unit and period, wherever told."""
        return [f for f in self._by_period.get((figure.unit, figure.period), []) if f is not figure] \
            if figure.period else []


def _ratio(numerator: Figure, denominator: Figure) -> tuple[float, float] | None:
    """The lowest and highest ratio of two figures over their rounding."""
    top, bottom = half_step(numerator), half_step(denominator)
    if denominator.scale_value - bottom <= 0:
        return None
    return ((numerator.scale_value - top) / (denominator.scale_value + bottom),
            (numerator.scale_value + top) / (denominator.scale_value - bottom))


def _fits(lowest: float, highest: float, stated: float, half: float) -> bool:
    """Whether what the figures give meets the stated figure's rounding, they being no less precise than it (figures
    whose rounding allows more than it could fit it by chance)."""
    return highest - lowest <= 2 * half and lowest <= stated + half and stated - half <= highest


def _one(fits: list[Figure]) -> Figure | None:
    """The one figure that fits. One figure told twice, "Rs 916.77 crore (Rs 9.16 billion)", is one fit: its more
    precise statement (the shorter one may be cut rather than rounded, so half a per cent more is allowed)."""
    if not fits:
        return None
    best = min(fits, key=half_step)
    alike = all(abs(other.scale_value - best.scale_value) <= half_step(other) + half_step(best)
                + _RESTATED * best.scale_value for other in fits)
    return best if alike else None


# How loose the three figures' rounding may be, together, as a share of the difference, for the fit to be no chance
# (of figures told anywhere near it; of two told in its own sentence)
_TIGHT_DIFFERENCE, _TIGHT_OWN_SENTENCE = 0.02, 0.05


# "sustained Rs52 billion shortfalls in April": the gap named right after its figure
_GAP_NAMED_AFTER = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:gap|shortfall|deficit|surplus|difference|excess)(?:e?s)?\b")


# A gap below a goal: "shortfall in the month at", "fell Rs38 billion short"
_A_SHORTFALL = re.compile(r"(?i)\bshort(?:fall)?s?\b[^.;]{0,25}$")


def found_differences(figures: list[Figure], text: str) -> None:
    """"Rs85 billion revenue gap as the FBR collected Rs944 billion against the target of Rs1,029 billion": a gap,
    shortfall, deficit or surplus no phrasing made of two figures is the difference of the one pair of amounts of its
    unit, told in its sentence or the next or the one before, or anywhere of its own period, that gives it within
    their rounding (1,029 - 944 = 85), the larger plus and the smaller minus. A difference no pair gives, or two pairs
    give, stays as it was."""
    # (a target is a side of its shortfall: estimates count here)
    amounts = _Amounts(figures, estimates=True)
    for stated in amounts.all:
        if stated.kind == "count" or any(role in ("plus", "minus", "part") for role in stated.links.values()) or \
                not (A_GAP.search(f"{stated.measure.words} {text[max(0, stated.start - 40):stated.start]}")
                     or _GAP_NAMED_AFTER.match(text, stated.end)):
            continue
        half = half_step(stated)
        # (told near it, or anywhere of its own period: "an Rs85 billion revenue gap in February" in the lede,
        # "In February, the FBR collected Rs944 billion ..." paragraphs on)
        near = sorted({id(f): f for f in amounts.near(stated, 1) + amounts.of_period(stated)
                       if f.scale_value > stated.scale_value}.values(), key=lambda f: f.scale_value)
        values = [f.scale_value for f in near]
        reach = _TIGHT_OWN_SENTENCE * stated.scale_value  # (the loosest slack any pair may have)
        fits = []
        for larger in near:
            # (looked up by value: the smaller one lies within the slack of larger - stated)
            wanted = larger.scale_value - stated.scale_value
            for smaller in near[bisect.bisect_left(values, wanted - reach):bisect.bisect_right(values, wanted + reach)]:
                if smaller.scale_value >= larger.scale_value:
                    continue
                slack = half + half_step(larger) + half_step(smaller)
                gap = larger.scale_value - smaller.scale_value
                # (a pair in its own sentence, the one pair there, may be looser: fewer pairs, less chance)
                tight = _TIGHT_OWN_SENTENCE if larger.sentence == smaller.sentence == stated.sentence else _TIGHT_DIFFERENCE
                if slack <= tight * stated.scale_value and abs(gap - stated.scale_value) <= slack:
                    fits.append((larger, smaller))
        if not fits and _A_SHORTFALL.search(text, max(0, stated.start - 40), stated.start):
            # ("failed to meet its tax collection target for February with shortfall in the month at Rs38 billion
            # ... In February 2019, the FBR collected Rs272 billion compared to the target of Rs314 billion": a
            # shortfall no pair gives is still the gap between the one target and the one actual of its period told
            # side by side, a link to confirm)
            fits = [(target, actual) for target in near
                    if (target.estimate or target.kind == "forecast") and target.period == stated.period
                    for actual in amounts.in_sentence(target.sentence)
                    if actual is not stated and not actual.estimate and actual.kind != "forecast"
                    and actual.unit == target.unit and actual.period == target.period
                    and actual.scale_value < target.scale_value]
            stated.inferred = len(fits) == 1
        if len(fits) == 1:
            stated.link(fits[0][0], "plus")
            stated.link(fits[0][1], "minus")
