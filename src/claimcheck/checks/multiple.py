"""One figure as a multiple of another: "five times", "6.34 times", "doubled", "fivefold".

Register shapes:
- a `multiple` row (unit times) linked to the two figures it compares, in one unit: the larger
  over the smaller (or the smaller over the larger for a multiple below one, "halved"), so the
  order of the links does not matter;
- a `multiple` row linked to one level whose earlier level the article also gives (a year
  before, or linked to it): "sales doubled to 500 million".
"""
from __future__ import annotations

import re

from .. import fmt
from ..drafting.links import ends_before
from ..intervals import ratio
from ..vocabulary import COMPARISON_TRENDS, FALL_WORDS
from .model import Check, Context, Family, comparison, is_level, printed_at
from .verdict import UNVERIFIABLE


# "more than doubled to", "tripled", "a fivefold rise": a move that multiplied a figure, from an earlier one
_MOVED = re.compile(r"(?i)\b(?:doubl|tripl|trebl|quadrupl)\w*|\w+-?fold\b")


def _fell_to(ctx: Context, top, bottom) -> bool:
    """Whether the article tells the larger figure falling to the smaller one, a word of a fall between the two."""
    first, second = printed_at(ctx.article.text, top), printed_at(ctx.article.text, bottom)
    return first is not None and second is not None and first < second \
        and any(word in FALL_WORDS for word in re.findall(r"[a-z]+", ctx.article.text[first:second].lower()))


def multiple_checks(ctx: Context) -> list[Check]:
    checks = []
    for multiple in (c for c in ctx.numeric_claims if c.kind == "multiple"):
        # (a figure another is set against, "more than doubled to $453 million ..., beating the average analyst
        # estimate of $436.8 million", is compared with it, not a figure before it: the level's trend says "above")
        against = {c.id for level in ctx.linked_claims(multiple) if level.trend in COMPARISON_TRENDS
                   for c in ctx.linked_claims(level)}
        linked = [c for c in ctx.linked_claims(multiple) if c.id not in against]
        if len(linked) == 1 and is_level(linked[0]):
            # (an actual's earlier figure, not the forecast it beat: "surged 2.4 times that of the same period last
            # year, reaching 34.0 billion yen, exceeded the previous forecast of 24.0 billion yen")
            earlier = ctx.earlier_levels(linked[0]) + [c for c in ctx.linked_claims(linked[0]) if is_level(c)
                                                       and c.period != linked[0].period and c.id not in against
                                                       and (c.kind == "forecast") == (linked[0].kind == "forecast")]
            if earlier:
                linked = [linked[0], earlier[0]]
        if len(linked) != 2:
            if linked:
                checks.append(Check("multiple", [multiple.id] + [c.id for c in linked], UNVERIFIABLE,
                                    f"\"{multiple.quote}\" needs the two figures it compares; link both."))
            continue
        a, b = linked
        if a.canonical_unit.key != b.canonical_unit.key:
            continue
        big, small = sorted(linked, key=lambda c: (c.interval.high, c.interval.low), reverse=True)
        top, bottom = (big, small) if multiple.interval.high >= 1 else (small, big)
        if _MOVED.search(multiple.quote) and ends_before(top.period, bottom.period) and _fell_to(ctx, top, bottom):
            # ("more than doubled to a high of 17,124 in 2021 before falling back to 11,689 in 2022": a move's multiple
            # reaches a figure from an earlier one; the later figure the larger one fell to is no base of it, as
            # "a two-fold rise ... to Rs 1,437 crore ... as against Rs 6,120 crore" last year is)
            continue
        try:
            implied = ratio(top.interval, bottom.interval)
        except ValueError:
            continue  # a figure that may be zero has no multiple
        text = f"{top.phrase} is {fmt.span(implied, 'times')} {bottom.phrase}; the article says {multiple.phrase}"
        checks.append(comparison("multiple", [multiple.id, top.id, bottom.id], implied, multiple.interval,
                                 "times", text))
    return checks


FAMILY = Family(multiple_checks, {"multiple": 1})
