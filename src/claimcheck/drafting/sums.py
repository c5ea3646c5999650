"""A total its sentence says the figures before it make.

"In Ontario, the province gained 12,300 full-time jobs and 7,600 part-time positions for a total increase of
19,900"; "Nova Scotia gained 8,100 full-time jobs and lost 5,000 part-time positions for a net increase of 3,200":
the figure after "for a total (increase) of" or "for a net (gain) of" is the sum of the list of amounts of its unit
right before it, each taken away when the verb before it says it was lost. The total's row lists them with plus
and minus (a complete sum).
"""
from __future__ import annotations

import bisect
import re

from .figures import Figure, half_step
from .measures import TOLD_FILLERS, key_of, told_key

# "for a total increase of", "for a net gain of", "making a combined total of", "giving an overall total of"
_TOTAL_OF = re.compile(r"(?i)\b(?:for|making|giving|bringing)\s+(?:it\s+(?:to\s+)?)?(?:a|an)\s+"
                       r"(?:(?:total|net|combined|overall|aggregate)\s+){1,2}(?:[a-z]+\s+)?of\s*\S{0,3}$")
# The words between two items of one list: "full-time jobs and lost", "part-time positions, "
_LIST_JOIN = re.compile(r"(?i)^[^.;:()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)[^.;:()]{0,20}$")
# A verb that takes the item away: "lost 5,000 part-time positions", "shed 2,000 jobs"
_TAKEN_AWAY = re.compile(r"(?i)\b(?:lost|loses|losing|shed|sheds|shedding|cut|cuts|fell|dropped|declined|decreased)\b")
# Words that make a figure no item of the list: "Out of 100,000 tests, 5,000 ...", "of which 3,000"
_NO_ITEM = re.compile(r"(?i)\b(?:out of|of which|of whom|among|from)\b")
_WHOLE_BEFORE = re.compile(r"(?i)\b(?:out of|of|among|from|than)\s*\S{0,3}$")


def stated_totals(figures: list[Figure], text: str) -> None:
    for index, total in enumerate(figures):
        if not total.is_amount or total.kind == "conversion" or total.links or \
                not _TOTAL_OF.search(text, max(0, total.start - 60), total.start):
            continue
        items: list[Figure] = []
        for figure in reversed(figures[:index]):
            later = items[-1] if items else total
            if figure.sentence != total.sentence or figure.unit != total.unit or not figure.is_amount \
                    or figure.kind == "conversion" or figure.baseline:
                break
            between = text[figure.end:later.start]
            # the last item ends where "for a total of" begins; the others are joined by "and" or a comma
            if items and (not _LIST_JOIN.match(between) or _NO_ITEM.search(between)) \
                    or _WHOLE_BEFORE.search(text, max(0, figure.start - 12), figure.start):
                break
            items.append(figure)
        if len(items) < 2:
            continue
        items.reverse()
        line_start = text.rfind("\n", 0, items[0].start) + 1
        for before, item in zip([None] + items[:-1], items):
            words = text[max(line_start, before.end if before else items[0].start - 40):item.start]
            total.link(item, "minus" if _TAKEN_AWAY.search(words) else "plus")


# A whole named by its words, its figure given before: "Out of the total expenditure, Rs 9.38 lakh crore was on
# revenue account and Rs 1.32 lakh crore on capital account", "Of the new cases, 182 are Kenyans while eight are
# foreigners" (parts); "total receipts comprised Rs 3.66 lakh crore of tax revenue, Rs 98,332 crore of non-tax
# revenue and ...", "Non-debt capital receipts consisted of loan recovery worth Rs 5,596 crore and disinvestment ..."
# (all of it)
_OUT_OF_NAMED = re.compile(r"(?i)^\W*(?:out\s+of|of)\s+(?P<words>(?:the\s+|its\s+|their\s+)?[\w'’ -]{3,60}?),\s*$")
# "The sales include 631,400 battery electric vehicles and 616,800 plug-in hybrids": parts, maybe not all of it
_INCLUDES = re.compile(r"(?i)(?:^|,\s*)(?P<words>[\w'’ -]{3,60}?)\s+(?:include|includes|included)\b[\w'’ -]{0,60}$")
_MADE_UP_OF = re.compile(r"(?i)(?:^|,\s*)(?P<words>[\w'’ -]{3,60}?)\s+(?:comprised|comprises|consisted\s+of|consists\s+of|"
                         r"(?:was|is|were|are)\s+made\s+up\s+of)\b[\w'’ -]{0,60}$")


def named_wholes(figures: list[Figure], text: str) -> None:
    """The parts of a whole its sentence names by its words alone: the whole is the last figure before the
    sentence whose measure those words name (its words, less whose it is and "total"); "comprised" and "consisted
    of" say the parts are all of it."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    # (figures whose measure their own words give, before this rule marks any part of a whole as inferred)
    measured = {id(f) for f in figures if not f.inferred}
    for index, in_sentence in by_sentence.items():
        amounts = [f for f in in_sentence if f.is_amount and f.kind not in ("change", "conversion") and not f.baseline]
        # ("Of the new cases reported today, 36 were found in correctional facilities, a downward trend after more
        # than 30,000 inmates tested positive": a hedged figure after an exact part is said of something else)
        amounts = amounts[:1] + [f for f in amounts[1:] if f.qualifier not in ("over", "under")
                                 or amounts[0].qualifier in ("over", "under")]
        if len(amounts) < 2 or any(f.links for f in amounts) or len({f.unit for f in amounts}) > 1:
            continue
        first = amounts[0]
        # (the sentence's words before its first figure)
        opening = re.split(r"(?<=[.!?])\s|\n", text[max(0, first.start - 300):first.start])[-1]
        named = _OUT_OF_NAMED.match(opening) or _MADE_UP_OF.search(opening) or _INCLUDES.search(opening)
        if not named:
            continue
        wanted = key_of(named.group("words")) - TOLD_FILLERS
        if not wanted:
            continue
        earlier = [f for f in figures if f.sentence < index and f.unit == first.unit and f.is_level
                   and f.kind != "conversion" and not f.baseline and f.measure.key]
        # (the one its own words name, not one whose measure the draft inferred; else the one named with the fewest
        # other words, that holds each part)
        exact = [f for f in earlier if told_key(f.measure) == wanted and id(f) in measured]
        wider = sorted((f for f in earlier if wanted < told_key(f.measure) and all(p.scale_value < f.scale_value for p in amounts)),
                       key=lambda f: (len(told_key(f.measure) - wanted), -f.start))
        whole = exact[-1] if exact else wider[0] if wider else None
        if whole is None:
            continue
        role = "plus" if named.re is _MADE_UP_OF else "part"
        for part in amounts:
            part.period = part.period if part.period and part.period != whole.period and part.own_period else whole.period
            whole.link(part, role)
            part.inferred = True  # (its whole is another sentence's figure, by the words that name it)


# The most parts a run may have, the sentences a whole may stand before its parts, and how tight the sum of the
# parts' rounding must be, against the whole, for the match to be no coincidence.
_MOST_PARTS, _SENTENCES_BEFORE, _TIGHT = 8, 3, 0.005


def found_sums(figures: list[Figure]) -> None:
    """"Product revenue rose 8 percent to $66.61 billion, with iPhone sales climbing to $44.58 billion ... Mac
    revenue reached $8.05 billion ... iPad sales declined to $6.58 billion ... Wearables ... dropped to $7.40
    billion": amounts of one unit and period told one after another that add up, within their rounding, to an
    amount told just before them (or right after, or in the lede, which gives the total the body breaks down) are
    its parts. Only a sum printed precisely enough to rule out chance is taken (the parts' rounding under half a
    per cent of the whole): "2 and 3 million" make no "5 million", nor a count under a hundred. A run that does not
    add up is left alone: nothing says it should."""
    amounts = [f for f in figures if f.is_amount and f.kind in ("level", "count", "forecast") and f.period
               and f.unit not in ("percent", "pp") and not f.baseline and not f.estimate and not f.each
               and f.qualifier == "exact" and f.scale_value > 0]
    # (of one unit and period, whoever's: a breakdown's parts are each a place's or a firm's, the whole none of theirs)
    groups: dict[tuple, list[Figure]] = {}
    for figure in amounts:
        groups.setdefault((figure.unit, figure.period), []).append(figure)
    taken = {i for f in figures for i, role in f.links.items() if role in ("plus", "minus", "part")}
    for group in groups.values():
        if len(group) < 3:
            continue
        half = {id(f): _half_step(f) for f in group}
        # (the wholes a run may have, looked up by value: a long article's group has thousands of figures)
        by_value = sorted(group, key=lambda f: f.scale_value)
        values = [f.scale_value for f in by_value]
        for start in range(len(group)):
            total, slack = 0.0, 0.0
            for end in range(start, min(start + _MOST_PARTS, len(group))):
                total, slack = total + group[end].scale_value, slack + half[id(group[end])]
                if end == start:
                    continue
                if slack > _TIGHT * total * 1.1:
                    continue  # (too loose for any whole near the sum)
                # ("RMB 1.29558" beside "945.84 billion": a figure within the others' rounding adds nothing, no part)
                run = [part for part in group[start:end + 1] if part.scale_value > slack]
                if len(run) < 2:
                    continue
                # (a whole within the parts' slack and its own rounding, which the tightness bounds)
                reach = slack + _TIGHT * total * 2
                candidates = by_value[bisect.bisect_left(values, total - reach):bisect.bisect_right(values, total + reach)]
                whole = next((w for w in candidates
                              if abs(w.scale_value - total) <= slack + half[id(w)]
                              and slack + half[id(w)] <= _TIGHT * w.scale_value and w.scale_value >= 100
                              and (run[0].sentence - _SENTENCES_BEFORE <= w.sentence <= run[-1].sentence + 1
                                   or w.section in ("headline", "lede") and w.start < run[0].start)
                              and (w.start < run[0].start or w.start > run[-1].end) and w.id not in taken
                              and not any(role in ("plus", "minus", "part") for role in w.links.values())), None)
                if whole is not None and not any(p.id in taken for p in run):
                    for part in run:
                        whole.link(part, "plus")
                        taken.add(part.id)
                    taken.add(whole.id)
                    break


def _half_step(figure: Figure) -> float:
    """How far rounding may have moved a figure, in its plain units: none for a count of whole things; a number in
    words is too loose to add up."""
    if not re.search(r"\d", figure.value):
        return float("inf")
    if figure.unit == "count" and not figure.scale and "." not in figure.value:
        return 0.0
    half = half_step(figure)
    return float("inf") if half is None else half
