"""A total its sentence says the figures before it make.

"In Ontario, the province gained 12,300 full-time jobs and 7,600 part-time positions for a total increase of
19,900"; "Nova Scotia gained 8,100 full-time jobs and lost 5,000 part-time positions for a net increase of 3,200":
the figure after "for a total (increase) of" or "for a net (gain) of" is the sum of the list of amounts of its unit
right before it, each taken away when the verb before it says it was lost. The total's row lists them with plus
and minus (a complete sum).
"""
from __future__ import annotations

import re

from .figures import Figure

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
