"""An average annual growth rate and the growth it averages.

"from January to July, fixed asset investment ... a year-on-year increase of 10.3%; an increase of 8.7% from
January to July 2019. The average annual growth rate is 4.3%": a rate the words call an average a year ("average
annual", "annual average", "compound annual", "CAGR", "two-year average") is in percent per year, and averages the
growth over whole years told just before it (a rate against a period two or more years back), or, with no such
rate, the move between two levels of its sentence whole years apart ("at a compound annual rate of 12% to $5
billion in 2025 from $2.8 billion in 2020"), or between its sentence's one level and the one of that measure told
just before.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..checks.average_growth import PER_YEAR, whole_years

if TYPE_CHECKING:  # (figures.py reads per_year: the module imports no figure at run time)
    from .figures import Figure

# The words that make a rate a yearly average over a span (not "annual growth", which is one year's)
# ("an average year-on-year Q1 growth of 6.8 percent over the past two years")
AVERAGE_RATE = re.compile(r"(?i)\b(?:average(?:d)?\s+(?:annual|yearly|annuali[sz]ed|year[- ](?:on|over)[- ]year)|"
                          r"(?:annual|yearly)\s+average|"
                          r"compound(?:ed)?\s+annual|CAGR|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                          r"[- ]year\s+average)\b")
# How many sentences back the averaged growth may be told
_REACH = 2


def per_year(before: str) -> bool:
    """Whether the words before a rate in its clause call it a yearly average."""
    return bool(AVERAGE_RATE.search(before[-120:]))


def averaged_growth(figures: list[Figure]) -> None:
    for index, average in enumerate(figures):
        if average.unit != PER_YEAR:
            continue
        # (a link the clause drafted as for a year's rate, to the level it moved to, is no span's ends)
        average.links.clear()
        spans = [f for f in figures[:index] if f.kind == "growth" and f.unit == "percent" and f.basis
                 and average.sentence - f.sentence <= _REACH and whole_years(f.basis, f.period)]
        if spans:
            # the nearest, of the average's measure when one is
            same = [f for f in spans if f.measure.key & average.measure.key]
            average.link((same or spans)[-1])
            continue
        levels = [f for f in figures if f.sentence == average.sentence and f.is_level and f.is_amount and f.period]
        pairs = [(a, b) for a in levels for b in levels if a.unit == b.unit and whole_years(b.period, a.period)]
        if not pairs and len(levels) == 1:
            # ("In 2007, India imported 23,000 tonnes of olive oil. It is estimated that India will import 42,000
            # tonnes in 2012, implying a compounded annual growth rate of approximately 80 percent": the span's start
            # told just before, of the same measure and unit; inferred)
            end = levels[0]
            starts = [f for f in figures[:index] if f.is_level and f.is_amount and f.period and f.unit == end.unit
                      and 0 < average.sentence - f.sentence <= _REACH and f.measure.key == end.measure.key
                      and whole_years(f.period, end.period)]
            if len(starts) == 1:
                pairs = [(end, starts[0])]
                average.inferred = True
        if len(pairs) == 1:
            for level in pairs[0]:
                average.link(level)
