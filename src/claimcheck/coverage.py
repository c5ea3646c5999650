"""Every number accounted for: each mention is covered by a claim or dismissed with a reason."""
from __future__ import annotations

import bisect
import functools
from collections import defaultdict

from .extract import Mention
from .printed import parse_printed
from .register import Claim


@functools.lru_cache(maxsize=4096)
def _same_number(a: str, b: str) -> bool:
    try:
        return parse_printed(a).value == parse_printed(b).value
    except ValueError:
        return a.strip().lower() == b.strip().lower()


def covering(mentions: list[Mention], claims: list[Claim]) -> list[list[str]]:
    """For each mention (in order of position), the ids of the claims that cover it, in register order.
    A row covers a mention inside its quote: a date or period word by being there (it is the claim's
    period), a number by being the row's value.

    Each quote's occurrences are looked up among the mentions by position, and rows with the same
    quote and value are decided once: asking every claim about every mention was quadratic."""
    starts = [m.start for m in mentions]
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.quote, claim.value)].append(claim)
    ids: list[list[str]] = [[] for _ in mentions]
    for claim in claims:
        group = groups.pop((claim.quote, claim.value), None)
        if group is None:
            continue  # decided with the first row of its group
        for start, end in claim.spans:
            for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
                mention = mentions[i]
                if mention.end <= end and (mention.temporal or _same_number(claim.value, mention.value)):
                    ids[i] += [c.id for c in group]
    if any(len(found) > 1 for found in ids):  # rows of several groups on one mention: back to register order
        order = {c.id: n for n, c in enumerate(claims)}
        ids = [sorted(found, key=order.__getitem__) for found in ids]
    return ids


def uncovered(mentions: list[Mention], claims: list[Claim]) -> list[Mention]:
    return [m for m, by in zip(mentions, covering(mentions, claims)) if not by]


def coverage_rows(mentions: list[Mention], claims: list[Claim], article) -> list[dict[str, str]]:
    """One row per mention: where it is, and which claim rows cover or dismiss it."""
    return [{"mention": m.text, "kind": m.kind, "section": article.section_of(m.start), "covered_by": ";".join(by),
             "status": "covered" if by else "NOT IN REGISTER"} for m, by in zip(mentions, covering(mentions, claims))]
