"""Relations found by their arithmetic: figures no phrasing joined whose values fit a relation too tightly for chance.

"Tata Steel reported 37 per cent rise in consolidated net profit to Rs 1,254.33 crore ... The world's 11th
biggest steelmaker had clocked Rs 916.77 crore net profit in the corresponding quarter of the last fiscal": the
rate is drafted with its level, and no words join the level to the figure it grew from, two sentences on. But
1,254.33 / 916.77 is 1.368, a rise of 36.8 %, and nothing else nearby fits "37 per cent": the two are one measure a
year apart. A figure is taken only when it alone fits, its rounding and the rate's leave no room for chance, and
it is told near the level; a rate that fits no figure is left alone (nothing says which figure it grew from).
"""
from __future__ import annotations

import re

from ..printed import NUMBER_WORDS
from .figures import Figure, half_step
from .links import ends_before
from ..vocabulary import direction_in

# How many sentences from its level an earlier figure may be told, and the widest rate it may confirm, in
# percentage points from its lowest to its highest reading ("37 per cent" spans one point: 36.5-37.5).
_SENTENCES_APART, _WIDEST_RATE = 3, 1.0
# How far apart two statements of one figure may be, as a share of it, beyond their rounding.
_RESTATED = 0.005


def found_growths(figures: list[Figure], text: str) -> None:
    by_id = {f.id: f for f in figures}
    amounts = _amounts(figures)
    paired = {f.id for f in amounts for i in f.links if i in by_id and by_id[i].is_amount} | \
             {i for f in amounts for i in f.links if i in by_id and by_id[i].is_amount}
    for rate in figures:
        if rate.kind != "growth" or rate.unit != "percent" or rate.qualifier != "exact":
            continue
        levels = [by_id[i] for i, role in rate.links.items() if not role and i in by_id and by_id[i] in amounts]
        if len(levels) > 1 or levels and levels[0].id in paired:
            continue  # (its pair already drafted)
        # (a rate drafted with no level may be the move of any amount of its sentence: the one that fits)
        found = [(level, fitted) for level in levels or [f for f in amounts if f.sentence == rate.sentence
                                                         and f.id not in paired]
                 if (fitted := _fitting(rate, level, amounts, paired, text)) is not None]
        if len(found) != 1:
            continue
        level, fitted = found[0]
        rate.link(level)
        later, earlier = (fitted, level) if level.baseline else (level, fitted)
        later.link(earlier)
        rate.link(earlier)  # (the rate is measured against the figure it grew from, whatever that one's period)
        paired.update((later.id, earlier.id))


def _fitting(rate: Figure, level: Figure, amounts: list[Figure], paired: set[str], text: str) -> Figure | None:
    """The one figure near the level whose growth to or from it lies within the rate's rounding, both precise enough
    to rule out chance, and moving the way the rate's words say."""
    rate_half = _percent_half(rate)
    way = direction_in(text[max(0, rate.start - 60):rate.start], text[rate.end:rate.end + 40])
    if rate_half is None or 2 * rate_half > _WIDEST_RATE or not way or half_step(level) is None:
        return None
    signed = rate.scale_value if way == "rise" else -rate.scale_value
    fits = []
    for other in _near(level, amounts):
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
    amounts = _amounts(figures)
    for share in figures:
        if share.kind != "share" or share.unit != "percent" or share.qualifier != "exact" or share.each:
            continue
        half = _percent_half(share)
        linked = [by_id[i] for i, role in share.links.items() if not role and i in by_id and by_id[i].is_amount]
        if half is None or 2 * half > _WIDEST_RATE or len(linked) > 1 or linked and linked[0] not in amounts:
            continue
        found = []
        for one in linked or [f for f in amounts if f.sentence == share.sentence]:
            fits = []
            for other in _near(one, amounts):
                if one.period and other.period and one.period != other.period:
                    continue
                part, whole = sorted((one, other), key=lambda f: f.scale_value)
                ratio = _ratio(part, whole)
                if ratio is not None and _fits(100 * ratio[0], 100 * ratio[1], share.scale_value, half):
                    fits.append(other)
            if (other := _one(fits)) is not None:
                found.append((one, other))
        if len(found) == 1:
            for amount in found[0]:
                share.link(amount)


def _percent_half(figure: Figure) -> float | None:
    """How far rounding may have moved a percentage: "nine per cent" is rounded as "9 percent" is."""
    return 0.5 if figure.value.lower() in NUMBER_WORDS else half_step(figure)


def _amounts(figures: list[Figure]) -> list[Figure]:
    """The figures a relation may be found between: exact amounts, printed in digits, each one thing's."""
    return [f for f in figures if f.is_amount and f.kind in ("level", "count", "forecast") and f.qualifier == "exact"
            and not f.each and not f.estimate and f.scale_value > 0 and re.search(r"\d", f.value)
            and half_step(f) is not None]


def _near(figure: Figure, amounts: list[Figure]) -> list[Figure]:
    """The other amounts of its unit told near it."""
    return [f for f in amounts if f is not figure and f.unit == figure.unit
            and abs(f.sentence - figure.sentence) <= _SENTENCES_APART]


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
