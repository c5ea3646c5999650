"""Every number accounted for: each mention is covered by a claim or dismissed with a reason."""
from __future__ import annotations

from .extract import Mention
from .printed import parse_printed
from .register import Claim


def _same_number(a: str, b: str) -> bool:
    try:
        return parse_printed(a).value == parse_printed(b).value
    except ValueError:
        return a.strip().lower() == b.strip().lower()


def covers(claim: Claim, mention: Mention) -> bool:
    """A register row covers a mention inside its quote: a date or period word by being there (it is the
    claim's period), a number by being the row's value."""
    inside = any(start <= mention.start and mention.end <= end for start, end in claim.spans)
    return inside and (mention.temporal or _same_number(claim.value, mention.value))


def uncovered(mentions: list[Mention], claims: list[Claim]) -> list[Mention]:
    return [m for m in mentions if not any(covers(c, m) for c in claims)]


def coverage_rows(mentions: list[Mention], claims: list[Claim], article) -> list[dict[str, str]]:
    """One row per mention: where it is, and which claim rows cover or dismiss it."""
    rows = []
    for m in mentions:
        by = [c.id for c in claims if covers(c, m)]
        rows.append({"mention": m.text, "kind": m.kind, "section": article.section_of(m.start),
                     "covered_by": ";".join(by), "status": "covered" if by else "NOT IN REGISTER"})
    return rows
