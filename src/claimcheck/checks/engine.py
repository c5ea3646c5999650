"""Generate every check the register and references allow, in a stable order.

A family of checks is one module with a FAMILY, one test file and one row in
docs/relations.md; adding one means adding its module to FAMILIES below.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..article import Article
from ..references import Reference
from ..register import Claim
from ..vocabulary import BOUND_QUALIFIERS, value_at
from . import (aggregate_growth, attribution, average_growth, comparison, conversion, crosssource, dates, enumeration,
               implied_growth, multiple, per_unit, prior_level, restatement, revision, share_change,
               share_of_total, sum_of_parts, trend)
from .model import Check, Context
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE

FAMILIES = tuple(module.FAMILY for module in (
    prior_level, implied_growth, trend, restatement, conversion, share_change, comparison, share_of_total,
    sum_of_parts, aggregate_growth, average_growth, multiple, per_unit, revision, enumeration, dates, crosssource, attribution,
))
# How findings of one verdict are ordered in the brief: each family declares its own kinds' ranks.
RANKS = {kind: rank for family in FAMILIES for kind, rank in family.ranks.items()}
NO_COMPARISON_RANK = 9


def run_checks(article: Article, claims: list[Claim], references: list[Reference], as_of: dt.date,
               register_path: str = "", notices: list[str] | None = None) -> list[Check]:
    """Every check, numbered K01...; inputs no check could use are added to `notices`, one line each.

    The families run on the strict reading of every printed number; where a check fails under it and
    a figure it rests on is a round number, they run again on the loose reading (rules.py), and a
    check that holds only there becomes a tension that says which figures had to be read loosely."""
    ctx = Context(article, claims, references, as_of, register_path)
    checks = _run_families(ctx)
    doubtful = [c for c in checks if c.verdict in (INCONSISTENT, TENSION) and any(_rounded(ctx, c))]
    if doubtful:
        loose_ctx = Context(article, [_loosely(c) for c in claims], [_loosely(r) for r in references], as_of,
                            register_path)
        _reconcile(ctx, doubtful, _run_families(loose_ctx))
    _unconfirmed_drafts(ctx, checks)
    checked = {cid for check in checks for cid in check.claims}
    for claim in claims:
        if claim.is_claim and claim.id not in checked:
            what = ", ".join(p for p in (claim.metric, claim.period) if p)
            checks.append(Check("no comparison", [claim.id], UNVERIFIABLE,
                                f"Nothing to compare {claim.phrase}{f' ({what})' if what else ''} with: "
                                f"no second figure in the article and no reference."))
    for number, check in enumerate(checks, start=1):
        check.id = f"K{number:02d}"
        check.rank = RANKS.get(check.kind, NO_COMPARISON_RANK)
    if notices is not None:
        notices.extend(ctx.notices + unused_inputs(ctx, checks))
    return checks


def _run_families(ctx: Context) -> list[Check]:
    checks: list[Check] = []
    for family in FAMILIES:
        checks.extend(family.run(ctx))
    return checks


def _loosely(row):
    """A claim or reference as its round-figure reading."""
    if row.interval is None or row.loose is None or row.loose == row.interval:
        return row
    return dataclasses.replace(row, interval=row.loose)


def _key(check: Check) -> tuple:
    return check.kind, tuple(check.claims), tuple(check.references)


def _rounded(ctx: Context, check: Check) -> tuple[list[str], list[str]]:
    """The printed figures of a check whose loose reading is wider than the strict one: those read as round figures,
    and those said to be "over" or "nearly" a figure, read loosely as bounds alone."""
    rows = [ctx.by_id[i] for i in check.claims if i in ctx.by_id] + [ctx.ref_by_id[i] for i in check.references
                                                                      if i in ctx.ref_by_id]
    wider = [row for row in rows if row.interval is not None and row.loose is not None and row.loose != row.interval]
    bounds = [row.value for row in wider if row.qualifier in BOUND_QUALIFIERS]
    return [row.value for row in wider if row.qualifier not in BOUND_QUALIFIERS], bounds


def _reconcile(ctx: Context, doubtful: list[Check], loose_checks: list[Check]) -> None:
    """A check that fails strictly but holds with round figures read loosely is a tension, and says so."""
    by_key: dict[tuple, list[Check]] = {}
    for check in loose_checks:
        by_key.setdefault(_key(check), []).append(check)
    for check in doubtful:
        twins = by_key.get(_key(check))
        if not twins:
            continue
        loose = twins.pop(0)
        if check.verdict != INCONSISTENT or loose.verdict == INCONSISTENT:
            continue
        rounded, bounds = _rounded(ctx, check)
        figures = " and ".join(f"'{value}'" for value in rounded)
        plural = "are round figures" if " and " in figures else "is a round figure"
        said = " and ".join(f"'{value}'" for value in bounds)
        reading = " and ".join(part for part in (
            f"{figures} {plural}" if rounded else "",
            f"{said} {'are' if ' and ' in said else 'is'} read as a bound ('more than' up to twice it, 'nearly' from "
            f"half of it)" if bounds else "") if part)
        how = "with every trailing zero as rounding" if rounded and not bounds else \
            "as bounds" if bounds and not rounded else "with round figures and bounds read loosely"
        sentence = (f" It holds only if {reading}: read loosely, {how}, the figures "
                    f"{'agree' if loose.verdict == CONSISTENT else 'just meet'}, so this is a tension, not a "
                    f"contradiction.")
        check.verdict = TENSION
        check.explanation += sentence
        if check.finding:
            check.finding += sentence


def _unconfirmed_drafts(ctx: Context, checks: list[Check]) -> None:
    """A contradiction that rests on how draft mode related figures of different body sentences, or on a
    measure or link it inferred from another sentence (a subject carried over, a total the sentence does
    not name), is a tension until someone confirms it: there the machine's reading of which figure is which
    is the likelier error. One sentence's grammar, and a headline or lede restating the body, it reads well. So is
    one part larger than a whole the draft did not link it to, and a superlative against figures of its own period
    the draft chose as its rivals: the draft's guess is the likelier error there too."""
    for check in checks:
        claims = [ctx.by_id[i] for i in check.claims if i in ctx.by_id]
        if check.kind == "date":  # its verdict rests on the dates; the figures it names only show which was meant
            claims = [c for c in claims if c.kind == "date"]
        if check.verdict != INCONSISTENT or not any(c.drafted for c in claims):
            continue
        sentences = {ctx.sentence_of(c.start) for c in claims}
        across = len(sentences) > 1 and not any(c.section in ("headline", "lede") for c in claims) \
            and not _trade_told_side_by_side(check, claims, sentences)
        if (across or any("inferred" in c.drafted for c in claims)) and not _one_print_two_scales(check, claims):
            # (inferred within one sentence: a measure carried over from the sentence before, a list read as ranked)
            note = (f" The draft inferred how these figures relate{' from other sentences' if across else ''}; "
                    f"confirm it before reading this as a contradiction.")
        elif check.kind == "part of whole" and len(claims) == 2 and all(c.drafted for c in claims) \
                and not ctx.linked(*claims):
            # (one part larger than a whole the draft did not link it to, only read as one measure over a period and
            # a period within it: of 8 such contradictions in the corpora, 1 was the article's)
            note = (" The draft read these as one measure over a period and a period within it, with no words tying "
                    "the part to the whole; a part larger than its whole more often means another figure was meant: "
                    "confirm the link before reading this as a contradiction.")
        elif check.kind in ("largest", "smallest") and any("links" in c.drafted for c in claims) \
                and len({c.period for c in claims}) == 1:
            # (a superlative the draft read as ranking a figure against others of its period it chose: of 3 such
            # contradictions in the corpora and the articles scored on arrival, none was the article's; "its largest
            # market Nigeria" ranks a market, "contributed the highest" ranks parts of a whole. A record over the years
            # is set against the same measure's other years, which the draft reads well.)
            note = (" The draft chose which figures the superlative ranks; confirm they are its rivals before reading "
                    "this as a contradiction.")
        elif check.kind in ("comparison", "largest") and len(claims) == 2 and _far_apart(*claims) \
                and not _named_after_than(ctx.article.text, *claims):
            # ("$54.3 million above estimate" set against another line's $178.7 million; "110 billion ..., more than
            # double the total of 225 billion": a writer sets near figures in the wrong order, seldom one more than
            # twice the other: of 8 such contradictions in the corpora and the articles scored on arrival, none was the
            # article's; the one that was, Karnataka's 10,809 crore "followed" Gujarat's 9,574, is 1.1 times it)
            note = (" The two are more than twice apart, an order a writer seldom gets wrong: confirm that these are "
                    "the figures the word compares before reading this as a contradiction.")
        else:
            continue
        check.verdict = TENSION
        check.explanation += note
        if check.finding:
            check.finding += note


# "RMB279.12 billion in May, lower than the expected RMB136 billion": the figure compared is named right after "than"
_THAN_IT = re.compile(r"(?i)\b(?:higher|lower|more|less|greater|smaller|bigger|larger|above|below)\s+than\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}\S{0,4}$")


def _named_after_than(text: str, *claims: Claim) -> bool:
    """Whether the later of two figures is named right after "than" following the earlier."""
    first, second = sorted(c.start + max(value_at(c.quote, c.value), 0) for c in claims)  # (where each number stands)
    return bool(_THAN_IT.search(text, first, second))


def _far_apart(first: Claim, second: Claim) -> bool:
    """Whether two positive figures are more than a factor of two apart: a figure printed as it is at the middle of
    its rounding, one with a bound ("nearly 100 per cent") at the end nearest the other."""
    def at(claim: Claim, other: float) -> float:
        low, high = claim.interval.low, claim.interval.high
        return (low + high) / 2 if claim.qualifier == "exact" else min((low, high), key=lambda end: abs(end - other))
    middles = [(c.interval.low + c.interval.high) / 2 for c in (first, second)]
    a, b = at(first, middles[1]), at(second, middles[0])
    return a > 0 and b > 0 and max(a, b) > 2 * min(a, b)


def _one_print_two_scales(check: Check, claims: list[Claim]) -> bool:
    """"Total expenditure ... reached Rs 564.46 million" and "total expenditure ... stands at Rs 564.46 billion": one
    measure restated with the same three or more digits in another scale is one figure with its scale slipped, however
    far apart the sentences; no guess of the draft's makes the digits agree."""
    if check.kind != "restatement" or len(claims) != 2:
        return False
    digits = [restatement.printed_digits(c) for c in claims]
    # (both scales printed: "1,89,017" in a table beside "Rs 1,89,017 crore" leaves the scale out, no slip)
    return digits[0] == digits[1] and len(digits[0]) >= 3 and claims[0].scale != claims[1].scale \
        and all(c.scale for c in claims)


# A trade balance's sides named as nothing else: "Exports hit $5.69 billion while imports amounted to $10.16 billion"
_A_SIDE = re.compile(r"(?i)(?:the\s+)?(?:total\s+|merchandise\s+|goods\s+)?(?P<side>export|import)s?")


def _trade_told_side_by_side(check: Check, claims: list[Claim], sentences: set[int]) -> bool:
    """"For the period, total trade amounted to $16.09 billion ... Exports hit $5.69 billion while imports amounted to
    $10.16 billion": a trade total or balance and its two sides, named as nothing but exports and imports in the
    sentence next to it, are related by what the words mean, not by a guess of the draft's."""
    if check.kind not in ("sum of parts", "difference") or max(sentences) - min(sentences) > 1:
        return False
    sides = [found.group("side").lower() for c in claims if (found := _A_SIDE.fullmatch(c.metric.strip()))]
    return sorted(sides) == ["export", "import"]


def unused_inputs(ctx: Context, checks: list[Check]) -> list[str]:
    """Optional inputs of the register that no check read: a trend word, a link, a reference."""
    linked = {(a, b) for check in checks for a in check.claims for b in check.claims if a != b}
    lines = []
    for claim in ctx.claims:
        if not claim.is_claim:
            continue
        where = f"{claim.id} (row {claim.row})"
        if claim.trend and (claim.id, "trend") not in ctx.used:
            lines.append(f"{where}: trend '{claim.trend}' was not used: no check reads it on a {claim.kind} row "
                         f"with these links (see docs/relations.md)")
        for other in claim.links:
            if (claim.id, other) not in linked:
                role = claim.roles.get(other, "")
                lines.append(f"{where}: link to {other}{f' ({role})' if role else ''} was not used: no check joins a "
                             f"{claim.kind} row to a {ctx.by_id[other].kind} row this way (see docs/relations.md)")
        for link in claim.references:
            if (claim.id, f"reference {link.id}") not in ctx.used:
                lines.append(f"{where}: reference {link.id} was not used: no check compares a {claim.kind} row with "
                             f"it (see docs/relations.md)")
    return lines
