"""A stated share against the part and the total it is a share of; shares of one total together.

Register shape: a `share` row (percent, or a fraction word such as "half" or "one-third" in
percent) linked to two amounts in one unit: the part and the whole (the smaller is taken as the
part, so the order of the links does not matter). Two or more such rows whose whole lists their
parts as its parts (`C2 part; C3 part` on the whole, or `C1 whole` on each part: a breakdown, its
parts apart from one another) are shares of one total: they cannot add up to more than 100 %.
Shares of one whole from different breakdowns (general trade, foreign-funded firms) overlap and
are not added.

A share linked to one amount only (its part: "25,515,074 individuals or 97.3 per cent of the adult
population") says what the whole is: part / share. Share rows of one period linked to each other
as `same whole`, each with its own part, are shares of one whole the article does not print: the
wholes they imply must meet.

Share rows linked to each other as `other part` (each the share of another part of one whole:
"industrial and agricultural consumption account for 41.16% and 17.69%, respectively") are shares of
one total too, with no row for the whole: of one period, they add up to at most 100 %. Shares of a
change can pass 100 % when a part left out fell (net exports' negative contribution to growth), so
there more than 100 % decides nothing (unverifiable).
"""
from __future__ import annotations

import re

from .. import fmt
from ..intervals import Interval, ratio, total
from .model import Check, Context, Family, comparison, digits_cut, nearer_the_fraction, padded_sentence, zeros_padded
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE, compare, describe


def share_of_total_checks(ctx: Context) -> list[Check]:
    checks = []
    by_whole: dict[str, dict[str, object]] = {}  # whole id -> part id -> share
    for share in (c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"):
        linked = part_and_whole(ctx, share)
        if linked is None:
            continue
        part, whole = linked
        by_whole.setdefault(whole.id, {}).setdefault(part.id, share)
        try:
            implied = ratio(part.interval, whole.interval).scaled(100)
        except ValueError:
            checks.append(Check("share of a total", [share.id, part.id, whole.id], UNVERIFIABLE,
                                f"{whole.phrase} may be zero, so {part.phrase} is no share of it."))
            continue
        text = f"{part.phrase} of {whole.phrase} is {fmt.span(implied, 'percent')}; the article says {share.phrase}"
        check = comparison("share of a total", [share.id, part.id, whole.id], implied, share.interval, "percent", text)
        if check.verdict == INCONSISTENT and _MARGIN.search(f"{share.quote} {share.metric}") and \
                check.gap_percent is not None and check.gap_percent <= 10:
            # A margin's base is the company's choice (revenue from operations, total income, net sales): a near
            # miss may be another base, not a wrong figure.
            check.verdict = TENSION
            check.explanation += (" A margin may be taken on another base (total income, net sales): check which "
                                  "the company uses before reading this as a contradiction.")
        elif check.verdict == INCONSISTENT and digits_cut(share, implied):
            check.verdict = TENSION
            check.explanation += (f" The article's {share.value} % is the figures' share with its last digits cut, not "
                                  f"rounded ({fmt.span(implied, 'percent')} printed as {share.value} %): a writer's "
                                  f"truncation more likely than another figure (tension).")
        elif check.verdict == INCONSISTENT and zeros_padded(share, implied):
            check.verdict = TENSION
            check.explanation += padded_sentence(share, implied, "share")
        elif check.verdict == CONSISTENT and (nearer := nearer_the_fraction(share)) is not None \
                and compare(implied, nearer).verdict == INCONSISTENT:
            check.verdict = TENSION
            check.explanation = (f"{text}: within what the words allow, but nearer the next fraction a writer would use "
                                 f"than the one printed (\"{share.value}\" reads as {fmt.span(nearer, 'percent')}): "
                                 f"tension.")
        checks.append(check)
    checks.extend(_one_whole(ctx))
    added = set()
    for whole_id, shares in by_whole.items():
        whole = ctx.by_id[whole_id]
        parts = {p.id for p in ctx.linked_claims(whole, "part")}
        broken_down = [share for part_id, share in shares.items() if part_id in parts]
        if len(broken_down) >= 2:
            checks.append(_together(whole, broken_down))
            added |= {s.id for s in broken_down}
    # (shares already added up against their whole's row need no second sum)
    checks.extend(c for c in _other_parts(ctx) if not set(c.claims) <= added)
    return checks


def part_and_whole(ctx: Context, share):
    """The part and the whole a share is linked to, two amounts in one unit (or amounts per share: "a dividend of
    Rs 30 per share, 300 per cent on the face value of Rs 10"), or None. The part is the smaller, unless the share
    passes 100 %: then it is of a smaller base."""
    linked = [c for c in ctx.linked_claims(share) if c.canonical_unit.is_amount or c.unit.endswith(" per share")]
    if len(linked) != 2 or linked[0].canonical_unit.key != linked[1].canonical_unit.key:
        return None
    part, whole = sorted(linked, key=lambda c: (c.interval.high, c.interval.low), reverse=share.interval.low > 100)
    return part, whole


def _together(whole, shares) -> Check:
    """"Tertiary industries contributed 53.9 percent to GDP, secondary and primary 39.0 and 7.1 percent":
    shares of different parts of one whole add up to at most all of it."""
    together = total([s.interval for s in shares])
    listed = " + ".join(s.phrase for s in shares)
    text = f"The shares of {whole.phrase} {listed} add up to {fmt.span(together, 'percent', 4)}, against 100 % for the whole"
    return comparison("shares of one total", [s.id for s in shares] + [whole.id], together,
                      Interval(0, 100), "percent", text)


def _part_alone(ctx: Context, share):
    """The one amount a share is linked to, when it is linked to no other: its part of an unprinted whole."""
    amounts = [c for c in ctx.linked_claims(share) if c.canonical_unit.is_amount]
    return amounts[0] if len(amounts) == 1 else None


def _one_whole(ctx: Context) -> list[Check]:
    """"25,515,074 individuals or 97.3 per cent of the adult population" and "98.6 per cent of the adult
    population or 23,102,672 individuals": each share and its part imply the whole, 26.2 and 23.4 million
    adults; one population cannot be both."""
    checks = []
    for share in (c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"):
        part = _part_alone(ctx, share)
        if part is None:
            continue
        for other in ctx.linked_claims(share, "same whole"):
            other_part = _part_alone(ctx, other) if other.kind == "share" and other.unit == "percent" else None
            if other.row > share.row or other_part is None or other_part.id == part.id or other.period != share.period or \
                    other_part.canonical_unit.key != part.canonical_unit.key:
                continue
            try:
                first = ratio(other_part.interval, other.interval).scaled(100)
                second = ratio(part.interval, share.interval).scaled(100)
            except ValueError:
                continue  # a share that may be zero implies no whole
            unit = part.unit_label
            text = (f"{part.phrase} as {share.phrase} of a whole puts that whole at {fmt.span(second, unit, 4)}; "
                    f"{other_part.phrase} as {other.phrase} of the same whole puts it at {fmt.span(first, unit, 4)}")
            check = comparison("shares of one whole", [other.id, other_part.id, share.id, part.id], second, first,
                               unit, text)
            if check.verdict == INCONSISTENT:
                check.explanation += (" One whole cannot be both: a share, a part, or the whole they are said to be "
                                      "of is misstated.")
            checks.append(check)
    return checks


_MARGIN = re.compile(r"(?i)\bmargins?\b")
# Words saying a share is of a change, whose parts may be negative: "contributed 31.2 percent to the growth"
_OF_A_CHANGE = re.compile(r"(?i)\b(?:contribut\w*|growth|increase|rise|decline|fall|drop|change)\b")


def _other_parts(ctx: Context) -> list[Check]:
    """"industrial and agricultural consumption account for 41.16% and 17.69%, respectively. Commercial
    electricity consumption accounts for 8.24%": shares of distinct parts of one whole, linked as `other part`,
    add up to at most all of it."""
    shares = {c.id: c for c in ctx.numeric_claims if c.kind == "share" and c.unit == "percent"}
    seen: set[str] = set()
    checks = []
    for first in shares:
        group, todo = set(), [first]
        while todo:  # the shares reachable through `other part` links, either way
            current = todo.pop()
            if current not in group and current not in seen:
                group.add(current)
                todo += [o.id for o in ctx.linked_claims(shares[current], "other part") if o.id in shares]
        seen |= group
        if len(group) < 2:
            continue
        members = sorted((shares[i] for i in group), key=lambda c: c.row)
        if len({c.period for c in members}) != 1:
            continue  # a breakdown of one period: last year's share and this year's are not parts of one whole
        whole, amounts = _amount_parts(ctx, members)
        implied = [ratio(a.interval, whole.interval).scaled(100) for a in amounts]
        together = total([c.interval for c in members] + implied)
        listed = " + ".join(c.phrase for c in members)
        if amounts:
            listed += ", with " + " and ".join(f"{a.entity}'s {a.phrase} ({fmt.span(i, 'percent')} of {whole.phrase})"
                                               for a, i in zip(amounts, implied))
        text = f"The shares of one whole {listed} add up to {fmt.span(together, 'percent', 4)}, against at most 100 %"
        cmp = compare(together, Interval(0, 100))
        if cmp.gap is None:
            explanation = describe(text, cmp, "percent") + "."
        else:
            explanation = f"{text}: {cmp.verdict}, {fmt.gap(cmp.gap, 'percent')} more than the whole."
        verdict = cmp.verdict
        if cmp.gap is not None and any(_OF_A_CHANGE.search(f"{c.quote} {c.metric}") for c in members):
            verdict = UNVERIFIABLE
            explanation = (f"{text}. These are shares of a change, which pass 100 % when a part left out went the "
                           f"other way (net exports pulling growth down), so their sum decides nothing.")
        joined = [c.id for c in members] + ([a.id for a in amounts] + [whole.id] if amounts else [])
        check = Check("shares of one total", joined, verdict, explanation, implied=together,
                      implied_unit="percent", stated=Interval(0, 100), stated_unit="percent", gap=cmp.gap,
                      gap_percent=cmp.gap_percent)
        checks.append(check)
    return checks


def _amount_parts(ctx: Context, shares: list) -> tuple:
    """The whole a breakdown's shares are of, when one of them is linked to it with its own part ("East Asia 25.7
    percent" with East Asia's 48,773 of January's 219,360 arrivals), and that whole's other parts given as amounts
    and named by none of the shares (Western Europe's 72,500): their shares of the whole join the breakdown's.
    (None, []) when the shares name no whole, or more than one."""
    wholes, own_parts = {}, set()
    for linked in filter(None, (part_and_whole(ctx, share) for share in shares)):
        part, whole = linked
        wholes[whole.id] = whole
        own_parts.add(part.id)
    if len(wholes) != 1:
        return None, []
    whole = next(iter(wholes.values()))
    if whole.interval.low <= 0 or any(s.period != whole.period for s in shares):
        return None, []
    # (a part whose name any share's words carry may be that share's own part: counted twice, it would add up
    # to too much)
    named = " ".join(f"{s.entity} {s.metric} {s.quote}" for s in shares).lower()
    amounts = [p for p in ctx.linked_claims(whole, "part") if p.id not in own_parts and p.entity
               and p.entity.lower() not in named and p.period == whole.period
               and p.canonical_unit.key == whole.canonical_unit.key]
    return whole, amounts


FAMILY = Family(share_of_total_checks, {"share of a total": 1, "shares of one total": 1, "shares of one whole": 1})
