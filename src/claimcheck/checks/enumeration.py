"""A count against the items the article lists for it: "ten key industries — oil and gas, steel, ...".

Register shape: an `enumeration` row whose quote holds the count and the whole list after it
(after a colon, a dash or "namely"; items separated by commas, semicolons and a final "and").
"such as" and "including" introduce examples, not a complete list: a count of examples may
exceed them, never fall short of them.
"""
from __future__ import annotations

import re

from .model import Check, Context, Family
from .verdict import CONSISTENT, INCONSISTENT, UNVERIFIABLE

_COMPLETE = re.compile(r"[:\u2014\u2013]|\s-\s|\bnamely\b|\bwhich are\b", re.I)
_EXAMPLES = re.compile(r"\b(?:such as|including|like|among them|e\.g\.)\b", re.I)
_ITEM_SEPARATORS = re.compile(r"\s*[;,]\s*(?:and\s+|or\s+)?", re.I)
_AND = re.compile(r"\s(?:and|as well as|&)\s", re.I)


def enumeration_checks(ctx: Context) -> list[Check]:
    checks = []
    for claim in (c for c in ctx.numeric_claims if c.kind == "enumeration"):
        count = int(claim.printed.value)
        after = claim.quote[claim.quote.lower().find(claim.value.lower()) + len(claim.value):]
        examples = _EXAMPLES.search(after)
        complete = _COMPLETE.search(after)
        opener = examples if examples and (not complete or examples.start() < complete.start()) else complete
        if not opener:
            checks.append(Check("enumeration", [claim.id], UNVERIFIABLE,
                                f"\"{claim.value}\" is said to count a list, but the quote has none after it: "
                                f"extend the quote to the end of the list."))
            continue
        listed = after[opener.end():].strip(" .)\u201d\"")
        chunks = [c for c in _ITEM_SEPARATORS.split(listed) if c.strip(" .")]
        # "oil and gas, steel and cars": each "and" may join two items or name one ("oil and gas"),
        # except the last one of a list, which joins its last two items.
        ands = sum(bool(_AND.search(c)) for c in chunks)
        last_joins = len(chunks) > 1 and bool(_AND.search(chunks[-1]))
        fewest, most = len(chunks) + last_joins, len(chunks) + ands
        counted = str(fewest) if fewest == most else f"{fewest} to {most}"
        names = "; ".join(chunks)
        if opener is examples:
            ok = fewest <= count
            sentence = (f"\"{claim.value}\" with {counted} examples given ({names}): "
                        + ("the examples fit the count." if ok else "more examples than the count allows."))
        else:
            ok = fewest <= count <= most
            sentence = (f"\"{claim.value}\" against the {counted} items listed ({names}): "
                        + ("they match." if ok else "they do not match."))
        gap = 0.0 if ok else float(min(abs(fewest - count), abs(most - count)))
        checks.append(Check("enumeration", [claim.id], CONSISTENT if ok else INCONSISTENT, sentence,
                            gap=None if ok else gap, implied_unit="items"))
    return checks


FAMILY = Family(enumeration_checks, {"enumeration": 2})
