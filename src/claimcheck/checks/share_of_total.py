"""A stated share against the part and the total it is a share of; shares of one total together.

Register shape: a `share` row (percent, or a fraction word such as "half" or "one-third" in
percent) linked to two amounts in one unit: the part and the whole (the smaller is taken as the
part, so the order of the links does not matter). Two or more such rows whose whole lists their
parts as its parts (`C2 part; C3 part` on the whole, or `C1 whole` on each part: a breakdown, its
parts apart from one another) are shares of one total: they cannot add up to more than 100 %.
Shares of one whole from different breakdowns (general trade, foreign-funded firms) overlap and
are not added.
"""
from __future__ import annotations

from .. import fmt
from ..intervals import Interval, ratio, total
from .model import Check, Context, Family, comparison
from .verdict import UNVERIFIABLE


def share_of_total_checks(ctx: Context) -> list[Check]:
    checks = []
    by_whole: dict[str, dict[str, object]] = {}  # whole id -> part id -> share
    for share in (c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"):
        linked = [c for c in ctx.linked_claims(share) if c.canonical_unit.is_amount]
        if len(linked) != 2 or linked[0].canonical_unit.key != linked[1].canonical_unit.key:
            continue
        part, whole = sorted(linked, key=lambda c: (c.interval.high, c.interval.low))
        by_whole.setdefault(whole.id, {}).setdefault(part.id, share)
        try:
            implied = ratio(part.interval, whole.interval).scaled(100)
        except ValueError:
            checks.append(Check("share of a total", [share.id, part.id, whole.id], UNVERIFIABLE,
                                f"{whole.phrase} may be zero, so {part.phrase} is no share of it."))
            continue
        text = f"{part.phrase} of {whole.phrase} is {fmt.span(implied, 'percent')}; the article says {share.phrase}"
        checks.append(comparison("share of a total", [share.id, part.id, whole.id], implied, share.interval,
                                 "percent", text))
    for whole_id, shares in by_whole.items():
        whole = ctx.by_id[whole_id]
        parts = {p.id for p in ctx.linked_claims(whole, "part")}
        broken_down = [share for part_id, share in shares.items() if part_id in parts]
        if len(broken_down) >= 2:
            checks.append(_together(whole, broken_down))
    return checks


def _together(whole, shares) -> Check:
    """"Tertiary industries contributed 53.9 percent to GDP, secondary and primary 39.0 and 7.1 percent":
    shares of different parts of one whole add up to at most all of it."""
    together = total([s.interval for s in shares])
    listed = " + ".join(s.phrase for s in shares)
    text = f"The shares of {whole.phrase} {listed} add up to {fmt.span(together, 'percent', 4)}, against 100 % for the whole"
    return comparison("shares of one total", [s.id for s in shares] + [whole.id], together,
                      Interval(0, 100), "percent", text)


FAMILY = Family(share_of_total_checks, {"share of a total": 1, "shares of one total": 1})
