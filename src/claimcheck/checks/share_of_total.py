"""A stated share against the part and the total it is a share of.

Register shape: a `share` row (percent, or a fraction word such as "half" or "one-third" in
percent) linked to two amounts in one unit: the part and the whole (the smaller is taken as the
part, so the order of the links does not matter).
"""
from __future__ import annotations

from .. import fmt
from ..intervals import ratio
from .model import Check, Context, Family, comparison
from .verdict import UNVERIFIABLE


def share_of_total_checks(ctx: Context) -> list[Check]:
    checks = []
    for share in (c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"):
        linked = [c for c in ctx.linked_claims(share) if c.canonical_unit.is_amount]
        if len(linked) != 2 or linked[0].canonical_unit.key != linked[1].canonical_unit.key:
            continue
        part, whole = sorted(linked, key=lambda c: (c.interval.high, c.interval.low))
        try:
            implied = ratio(part.interval, whole.interval).scaled(100)
        except ValueError:
            checks.append(Check("share of a total", [share.id, part.id, whole.id], UNVERIFIABLE,
                                f"{whole.phrase} may be zero, so {part.phrase} is no share of it."))
            continue
        text = f"{part.phrase} of {whole.phrase} is {fmt.span(implied, 'percent')}; the article says {share.phrase}"
        checks.append(comparison("share of a total", [share.id, part.id, whole.id], implied, share.interval,
                                 "percent", text))
    return checks


FAMILY = Family(share_of_total_checks, {"share of a total": 1})
