"""Comparison and ranking words against the figures: largest, smallest, above, below, second, 70th.

Register shapes:
- trend `largest` on a share: above 50 % it needs no rivals; otherwise, and on any other figure,
  the rivals are the rows it links to (or, for a share, reference rows of other holders).
- trend `above` / `below`: the figure against each row it links to ("ahead of", "beat",
  "followed by", "trailing").
- trend `smallest`: below every row it links to.
- kind `rank` (value "second", "2nd", "70th"): links to the ranked figure (the row of the rank's
  entity) and its rivals; more rivals above it than the rank allows is a contradiction.
"""
from __future__ import annotations

import re

from .. import fmt
from ..intervals import Interval
from ..register import Claim
from ..vocabulary import BY_MERIT, COMPARISON_TRENDS, LESS_IS_BETTER
from .model import Check, Context, Family, printed_at, printed_move, said_from
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE


def comparison_checks(ctx: Context) -> list[Check]:
    checks = []
    chains = _chains(ctx)
    chained = {c.id for chain in chains for c in chain[1:]}
    for chain in chains:
        for claim in chain[1:]:
            ctx.use(claim, "trend")
        checks.append(_falls_by_size(ctx, chain, _in_order(chain)))
    for claim in ctx.numeric_claims:
        if claim.id in chained:
            continue
        if claim.trend == "largest" and claim.kind == "share" and claim.unit == "percent":
            ctx.use(claim, "trend")
            checks.append(_largest_share(ctx, claim))
        elif claim.trend == "majority" and claim.unit == "percent" and claim.interval is not None:
            ctx.use(claim, "trend")
            checks.append(_majority(claim))
        elif claim.trend in COMPARISON_TRENDS:
            ctx.use(claim, "trend")
            # Its own links: "followed by 5.7" compares 5.7 with the figure before it, not with what follows it.
            # (a link with a role, `part` or `other part`, says how the figures add up: no rival)
            rivals = [ctx.by_id[i] for i in claim.linked() if ctx.by_id[i].interval is not None
                      and ctx.by_id[i].canonical_unit.key == claim.canonical_unit.key]
            if any(r.period == claim.period for r in rivals):
                # "eased to 3.2 percent from 3.7 percent in September, below the 3.3 percent forecast": the
                # measure's own earlier figure is what it moved from, the figure of its period what it is below
                rivals = [r for r in rivals if r.period == claim.period or not ctx.same_measure(r, claim)]
            if len(rivals) > 1 and not all(said_from(ctx, r) for r in rivals):
                # ("from 6,998 in 2023 to 7,009, ... although the number remains below the high of 7,239 in 2019":
                # the figure the move started from is no rival of the word that ranks the figure reached)
                rivals = [r for r in rivals if not said_from(ctx, r)]
            if rivals:
                check = _ranked_falls(ctx, claim, rivals, _against(claim, rivals))
                if check.verdict == INCONSISTENT and claim.trend in ("largest", "smallest") \
                        and all(_listed_after(ctx, claim, r) for r in rivals):
                    # "Akwa Ibom recorded the slowest growth by 17.85 per cent, Bauchi (17.74 per cent) and Abuja
                    # grew at 16.67 per cent": the figures listed after it in its sentence may be the ranking's
                    # other members (the slowest three), so their order is a warning, not a contradiction
                    check.verdict = TENSION
                    check.explanation += (" The figures it is set against are listed after it in its sentence: the "
                                          "words may rank the group, not its first member (tension).")
                elif check.verdict == INCONSISTENT and BY_MERIT.search(claim.quote) and LESS_IS_BETTER.search(claim.quote):
                    # ("a fiscal deficit of 2.4 percent of GDP, surpassing the budget target of 2.8 percent": a
                    # deficit that beats its target may be one below it; a loss that falls short, one above)
                    check.verdict = TENSION
                    check.explanation += (" Of a deficit, a loss or a debt, words of beating or missing a mark may "
                                          "mean coming in either side of it: confirm which way the writer meant (tension).")
                checks.append(check)
    for rank in (c for c in ctx.numeric_claims if c.kind == "rank"):
        check = _rank(ctx, rank)
        if check:
            checks.append(check)
    return checks


def _listed_after(ctx: Context, claim: Claim, rival: Claim) -> bool:
    """Whether a rival is told after the claim in the same sentence."""
    text = ctx.article.text
    if claim.start is None or rival.start is None:
        return False
    # (a row's quote may open before its figure: the figures' own places)
    own, theirs = printed_at(text, claim), printed_at(text, rival)
    # ("the largest economy at 12.1 trillion yuan, led Jiangsu at 12.8": words that set the two apart rank them)
    return own is not None and theirs is not None and own < theirs and not re.search(r"[.!?](?:\s|$)", text[own:theirs]) \
        and not _RANKED_BETWEEN.search(text, own, theirs)


_RANKED_BETWEEN = re.compile(r"(?i)\b(?:led|leads|leading|followed|ahead|than|behind|trail\w*|compared|against|while|"
                             r"whereas|beat\w*|outpac\w*|next|then|second|third|above|below|exceed\w*)\b")


def _chains(ctx: Context) -> list[list[Claim]]:
    """"RFO at Rs31.45, followed by imported fuels at Rs26.09 and RLNG at Rs24.01": each figure "below" the one
    before, which is itself below another: one ordered list, head first, of three figures or more."""
    def single_rival(claim: Claim) -> Claim | None:
        if claim.trend not in ("above", "below") or len(claim.links) != 1:
            return None
        rival = ctx.by_id.get(next(iter(claim.links)))
        return rival if rival is not None and rival.interval is not None and claim.interval is not None \
            and rival.canonical_unit.key == claim.canonical_unit.key else None

    rivals = {c.id: r for c in ctx.numeric_claims if (r := single_rival(c)) is not None}
    linked_to = {r.id for r in rivals.values()}
    chains = []
    for tail in (c for c in ctx.numeric_claims if c.id in rivals and c.id not in linked_to):
        chain = [tail]
        while chain[-1].id in rivals and rivals[chain[-1].id] not in chain \
                and (len(chain) == 1 or chain[-1].trend == chain[0].trend):
            chain.append(rivals[chain[-1].id])
        if len(chain) >= 3 and len({c.trend for c in chain[:-1]}) == 1:
            chains.append(chain[::-1])
    return chains


def _in_order(chain: list[Claim]) -> Check:
    """Each figure of the list against the one before it; the list's verdict is its worst pair's."""
    pairs = [_against(later, [earlier]) for earlier, later in zip(chain, chain[1:])]
    worst = next((p for p in pairs if p.verdict == INCONSISTENT), None) or \
        next((p for p in pairs if p.verdict == TENSION), None)
    sign = " > " if chain[1].trend == "below" else " < "
    # (falls with their sign: "−48.7 % < −27.2 %", as they are compared)
    order = sign.join(f"−{c.phrase}" if c.interval.high < 0 and not c.phrase.startswith(("-", "−")) else c.phrase
                      for c in chain)
    if worst is None:
        return Check("comparison", [c.id for c in chain], CONSISTENT,
                     f"In the order the article gives them, {order}: each \"{chain[1].trend}\" the one before holds.",
                     implied=chain[-1].interval, implied_unit=chain[-1].unit_label)
    return Check("comparison", [c.id for c in chain], worst.verdict,
                 f"In the order the article gives them, {order}: {worst.explanation}", implied=worst.implied,
                 implied_unit=worst.implied_unit, stated=worst.stated, stated_unit=worst.stated_unit, gap=worst.gap)


def _largest_share(ctx: Context, share: Claim) -> Check:
    """A share above 50 % makes its holder the largest; below that, only the others' shares can tell."""
    if share.interval.low > 50:
        return Check("largest", [share.id], CONSISTENT,
                     f"A share of {share.phrase} ({fmt.span(share.interval, 'percent')}) is more than half, "
                     f"so \"largest\" follows from it.", implied=share.interval, implied_unit="percent")
    rivals = [r for r in ctx.references if r.interval is not None and r.decides and r.unit == "percent"
              and r.entity.lower() != share.entity.lower() and r.known_by(ctx.as_of)
              and r.metric.lower() == share.metric.lower() and r.id not in ctx.own_references]
    if rivals and all(r.interval.high < share.interval.low for r in rivals):
        return Check("largest", [share.id], CONSISTENT,
                     f"{share.phrase} is above every other holder's share in the references "
                     f"({', '.join(f'{r.entity} {r.phrase}' for r in rivals)}).",
                     references=[r.id for r in rivals], automatic=[r.id for r in rivals])
    linked = [c for c in ctx.linked_claims(share) if c.unit == "percent"]
    if linked:
        return _against(share, linked)
    return Check("largest", [share.id], UNVERIFIABLE,
                 f"A share of {share.phrase} does not by itself make the largest, and neither the article nor the "
                 f"references give a complete set of rivals' shares.")


# What "majority" says of a share: more than half of the whole
_MORE_THAN_HALF = Interval(50, 100, low_open=True)


def _majority(share: Claim) -> Check:
    """"The majority of cash remittances, accounting for 41.3 percent": a majority is more than half."""
    span = fmt.span(share.interval, "percent")
    shown = dict(implied=share.interval, implied_unit="percent", stated=_MORE_THAN_HALF, stated_unit="percent")
    if share.interval.low > 50:
        return Check("majority", [share.id], CONSISTENT,
                     f"A share of {span} is more than half, as \"majority\" says: consistent.", **shown)
    if share.interval.high <= 50:
        gap = 50 - share.interval.high
        return Check("majority", [share.id], INCONSISTENT,
                     f"The words call a share of {span} a majority, but a majority is more than half: inconsistent, "
                     f"{fmt.number(gap)} pp short of half.", gap=gap, **shown)
    return Check("majority", [share.id], TENSION,
                 f"The words call a share of {span} a majority; only part of its rounding is more than half: tension.",
                 **shown)


def _ranked_falls(ctx: Context, claim: Claim, rivals: list[Claim], check: Check) -> Check:
    """Among falls, "the largest downward impact (-0.35pp), followed by ... (-.18pp)" ranks their sizes while "the
    lowest rate, a decrease of 2.53 percent" ranks signed values: a contradiction of a ranking word that only one of
    the two readings makes is a tension. (A comparative the draft read already, "fell 2.5%, more than the expected
    3.9% decline", is left as it is.)"""
    if check.verdict != INCONSISTENT or not all(c.interval.high < 0 for c in [claim, *rivals]):
        return check
    text = ctx.article.text
    ranked = claim.trend in ("largest", "smallest") or all(
        _RANKING.search(text, min(r.start, claim.start), max(r.start, claim.start) + len(claim.quote)) for r in rivals)
    if ranked and _against(claim, rivals, sense=claim.trend not in ("largest", "above")).verdict != INCONSISTENT:
        check.verdict = TENSION
        check.explanation += (" All these figures are falls: read as the falls' sizes, the order holds; which the "
                              "words rank is for a reader to confirm (tension).")
    return check


def _falls_by_size(ctx: Context, chain: list[Claim], check: Check) -> Check:
    """"Ireland experienced a decline of -0.6 pp, followed by Finland (-0.45 pp), Estonia (-0.35 pp)": a list of
    falls a ranking word orders by their sizes, largest first, holds as sizes though not as signed values: a tension,
    as for a ranked pair (_ranked_falls)."""
    # ("the highest decrease of 3.4 percent, followed by high streets at 2.5 percent and retail parks at 2.1 percent":
    # followers with no sign and no word of their way are the leader's falls, told by their sizes)
    unsigned = [c for c in chain[1:] if c.interval.low >= 0 and not c.direction]
    if check.verdict != INCONSISTENT or chain[1].trend != "below" or any(c.start is None for c in chain) \
            or not (all(c.interval.high < 0 for c in chain) or chain[0].interval.high < 0 and len(unsigned) == len(chain) - 1):
        return check
    if not _RANKING.search(ctx.article.text, min(c.start for c in chain), max(c.start + len(c.quote) for c in chain)):
        return check
    sizes = [Interval(-c.interval.high, -c.interval.low) if c.interval.high < 0 else c.interval for c in chain]
    if all(later.low <= earlier.high for earlier, later in zip(sizes, sizes[1:])):
        check.verdict = TENSION
        check.explanation += (" All these figures are falls" if not unsigned else
                              " The figures after the first carry no way of their own, so they are falls like it")
        check.explanation += (": read as the falls' sizes, the list's order holds; which the words rank is for a "
                              "reader to confirm (tension).")
    return check


# Words that rank figures in a list, not compare two: "followed by", "ahead of", "trailing", "next"
_RANKING = re.compile(r"(?i)\b(?:followed|ahead|trail\w*|behind|next|led|leads|leading)\b")


def _against(claim: Claim, rivals: list[Claim], sense: bool | None = None) -> Check:
    """The figure above (or below) each rival: certain, possible within rounding, or impossible; with `sense`, the
    other way round than its word says (True: above)."""
    above = claim.trend in ("largest", "above") if sense is None else sense
    unit = claim.unit_label
    wrong, unsure = [], []
    for rival in rivals:
        against = _bound(rival, above)
        if (claim.interval.high <= against.low) if above else (claim.interval.low >= against.high):
            wrong.append(rival)
        elif not ((claim.interval.low >= against.high) if above else (claim.interval.high <= against.low)):
            unsure.append(rival)
    word = {"largest": "the largest", "smallest": "the smallest", "above": "above", "below": "below"}[claim.trend]
    listed = ", ".join(f"{r.id} {r.phrase}" for r in rivals)
    lead = f"\"{word}\": {claim.phrase} ({fmt.span(claim.interval, unit)}) against {listed}"
    kind = "largest" if claim.trend == "largest" else "comparison"
    if wrong:
        worst = max(wrong, key=lambda r: (r.interval.low - claim.interval.high) if above
                    else (claim.interval.low - r.interval.high))
        gap = (worst.interval.low - claim.interval.high) if above else (claim.interval.low - worst.interval.high)
        return Check(kind, [claim.id] + [r.id for r in rivals], INCONSISTENT,
                     f"{lead}: {worst.phrase} is {'higher' if above else 'lower'}, so \"{word}\" is wrong.",
                     implied=claim.interval, implied_unit=unit, stated=worst.interval, stated_unit=unit, gap=gap)
    if unsure and all(printed_move(claim, r) == (1 if above else -1) for r in unsure):
        # "rose 3 percent, faster than the 2.5 percent rise in wages": the printed figures are in that order; only
        # their rounding lets them meet
        return Check(kind, [claim.id] + [r.id for r in rivals], CONSISTENT,
                     f"{lead}: \"{word}\" holds as printed (within rounding {', '.join(r.phrase for r in unsure)} may be "
                     f"as {'high' if above else 'low'}).", implied=claim.interval, implied_unit=unit)
    if unsure and all(r.printed is not None and r.printed.bounds for r in unsure):
        # ("Exports to China, South Korea's largest trading partner, jumped 13.5 percent ..., logging the first
        # double-digit growth in almost three and a half years": a range in words, which ranks nothing)
        return Check(kind, [claim.id] + [r.id for r in rivals], UNVERIFIABLE,
                     f"{lead}: {', '.join(r.phrase for r in unsure)} is a range in words, which neither bears "
                     f"\"{word}\" out nor contradicts it.", implied=claim.interval, implied_unit=unit)
    if unsure:
        return Check(kind, [claim.id] + [r.id for r in rivals], TENSION,
                     f"{lead}: within rounding {', '.join(r.phrase for r in unsure)} may be as "
                     f"{'high' if above else 'low'}, so \"{word}\" is not certain.",
                     implied=claim.interval, implied_unit=unit)
    return Check(kind, [claim.id] + [r.id for r in rivals], CONSISTENT, f"{lead}: \"{word}\" holds.",
                 implied=claim.interval, implied_unit=unit)


def _bound(rival: Claim, above: bool) -> Interval:
    """What a figure above (below) a rival must pass: the rival's interval, or, when the rival is itself a bound
    of the same side ("over 100 %" for a figure above it, "almost 100 %" for one below it), that bound alone: a
    state listed at 126 % is above "over 100 %" however far over the group's figure was."""
    if above and rival.qualifier in ("over", "at least"):
        return Interval.point(rival.interval.low)
    if not above and rival.qualifier in ("nearly", "at most"):
        return Interval.point(rival.interval.high)
    return rival.interval


def _rank(ctx: Context, rank: Claim) -> Check | None:
    if rank.printed is None:
        return None
    position = int(rank.printed.value)
    linked = ctx.linked_claims(rank)
    own = [c for c in linked if c.entity.lower() == rank.entity.lower()]
    if not own:
        return None
    subject = own[0]
    rivals = [c for c in linked if c is not subject and c.canonical_unit.key == subject.canonical_unit.key]
    if not rivals:
        return None
    ahead = [r for r in rivals if r.interval.low > subject.interval.high]
    maybe = [r for r in rivals if r.interval.high > subject.interval.low and r not in ahead]
    lead = (f"Ranked {rank.value}: {subject.phrase} against {', '.join(f'{r.id} {r.phrase}' for r in rivals)}; "
            f"{len(ahead)} {'is' if len(ahead) == 1 else 'are'} certainly higher")
    claims = [rank.id, subject.id] + [r.id for r in rivals]
    need = position - 1
    if len(ahead) > need:
        return Check("rank", claims, INCONSISTENT,
                     f"{lead}, so it cannot be {rank.value}: at best it is number {len(ahead) + 1}.",
                     gap=len(ahead) - need, implied_unit="places")
    if maybe and need <= len(ahead) + len(maybe):
        return Check("rank", claims, TENSION, f"{lead} and {len(maybe)} more may be, within rounding: "
                                              f"{rank.value} holds only under some readings.")
    tail = ": the rivals listed leave room for others above it" if need > len(ahead) + len(maybe) else ""
    return Check("rank", claims, CONSISTENT, f"{lead}: {rank.value} holds{tail}.")


FAMILY = Family(comparison_checks, {"largest": 3, "majority": 3, "comparison": 3, "rank": 3})
