"""The claims register: one analyst-curated row per number the article states.

Schema (column -> required); docs/relations.md shows which shapes of rows open which checks:
  id         unique claim id (C01, ...)
  quote      verbatim substring of the article that contains the number
  value      the number as printed ("900", "1.2", "six", "half", "twice", "Sunday"), kept as text
  unit       CNY, USD, ... (currency codes), percent, pp, count, times, ratio, GW, TWh, tonnes, km, points, ...
             (physical units), 'percent per year' (an average annual rate over a span of years), 'USD per share' (per-unit figures), 'CNY per USD' (exchange rates),
             year, months, days, weekday, month, quarter, relative, date
  scale      empty, cent, hundred, thousand, lakh, million, crore, billion, trillion, lakh crore
  period     2024, 2024Q4, 2024H1, 2024-03, 2025-01/2025-04, FY2018, FY2018Q2, ... (see periods.py)
  entity     whom the figure is about (China, ...)
  metric     what is measured (core AI industry scale, ...)
  kind       level, forecast, growth, share, change, conversion, count, rank, target, multiple,
             enumeration, date, or dismissed (a number that is not a claim; note says why)
  qualifier  exact, about, expected, over, nearly, at least, at most
  source     who the article says the figure comes from; in parentheses when
             the article names no producer ("(industry data, unnamed)")
  chain      the chain of reporting as the article gives it (A > B > C)
  low, high  hand overrides of the interval, in the claim's unit and scale
  links      claims this one is checked against (';'-separated). An id alone is another figure
             of the same measure; an id followed by a role says what that row is to this one:
             'C07 part' (a part of this row), 'C02 whole' (the whole this row is part of),
             'C05 plus' / 'C06 minus' (this row = the plus rows minus the minus rows),
             'C03 same whole' (on a share linked to its part: another share of the same whole),
             'C04 other part' (on a share: the share of another part of the same whole)
  references reference ids to compare with (';'-separated); 'R062 complement'
             compares with 100 % minus that reference, 'R017 scope' marks a
             reference of another scope or definition (a tension, never a
             contradiction); '-R017' stops that reference being matched by its
             metric name, '-auto' stops every such automatic match for this claim
  trend      words the article ties to the figure: rising, falling, accelerating, slowing,
             largest, smallest, above, below
  direction  rise or fall, for a growth rate or change; empty: read from the verb next to
             the number in the quote ("fell 20 percent" is a fall)
  basis      for a growth rate, the period it is measured against when that is not the year
             before its own ("up 2 percent sequentially" in 2025Q1: 2024Q4); empty: the year before
  note       the analyst's note; for dismissed rows, the reason
  drafted    what draft mode decided and nobody has confirmed yet: 'metric' (the row shares a
             measure with others because the machine said so), 'links', 'inferred' (the measure or
             a link was inferred from another sentence: a contradiction resting on it is reported
             as a tension until confirmed); the brief marks the checks that rest on them
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .article import Article
from .errors import RegisterError
from .intervals import Interval
from .periods import parse_period
from .printed import NUMBER_WORDS, SCALES, Printed, parse_printed
from .rules import exact_count, interval_for, loose_bound, strict_step
from .tables import read_table
from .units import DURATION_UNITS, TEMPORAL_UNITS, Unit, canonical
from .vocabulary import DIRECTIONS, KINDS, LINK_ROLES, QUALIFIERS, TRENDS, direction_in, value_at

COLUMNS = {
    "id": True, "quote": True, "value": True, "unit": True, "scale": True, "period": True,
    "entity": True, "metric": True, "kind": True, "qualifier": True, "source": True,
    "chain": False, "low": False, "high": False, "links": False, "references": False,
    "trend": False, "direction": False, "basis": False, "note": False, "drafted": False,
}
# What draft mode may have decided for a row: a reviewer confirms it by removing the word.
DRAFTED = ("metric", "links", "inferred")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
# "plus or minus 5 per cent", "± $500 million", "+/- 0.3": a margin printed after the figure.
_MARGIN = re.compile(r"(?:plus or minus|\+/-|±)\s*(?:US\$|\$|€|£|¥|₹|Rs\.?\s?)?(?P<margin>\d[\d,]*(?:\.\d+)?)"
                     r"\s*(?P<scale>thousand|million|billion|trillion|crore|lakh)?\s*(?P<percent>%|per ?cent|percentage points?)?",
                     re.I)
_SCALE_WORD = {"thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
               "crore": "crore", "lakh": "lakh"}
_PHRASE_SCALES = {"thousand": "thousand", "million": "mn", "billion": "bn", "trillion": "tn", "quadrillion": "quadrillion", "crore": "crore",
                  "lakh": "lakh", "lakh crore": "lakh crore", "cent": "cents", "hundred": "hundred"}


@dataclass(frozen=True)
class ReferenceLink:
    id: str
    complement: bool = False   # compare with 100 % minus the reference
    other_scope: bool = False  # the reference measures something slightly different


@dataclass
class Claim:
    id: str
    row: int
    quote: str
    value: str
    unit: str
    scale: str
    period: str
    entity: str
    metric: str
    kind: str
    qualifier: str
    source: str
    chain: str
    links: list[str]                # every linked id, whatever its role
    references: list[ReferenceLink]
    trend: str
    note: str
    start: int                      # offset of the quote in article.text
    section: str                    # headline, lede or body
    roles: dict[str, str] = field(default_factory=dict)   # linked id -> role ('' for the same measure)
    excluded: frozenset[str] = frozenset()                # references never matched automatically ('*': none)
    direction: str = ""             # rise or fall, for growth rates and changes
    basis: str = ""                 # the period a growth rate is measured against, if not the year before
    drafted: tuple[str, ...] = ()   # what draft mode decided and nobody confirmed: metric, links
    printed: Printed | None = None  # None for temporal values and dismissed rows
    canonical_unit: Unit | None = None
    interval: Interval | None = None  # in the canonical unit, signed (a fall is negative): the strict reading
    loose: Interval | None = None     # the same, reading every trailing zero as rounding (rules.py)
    interval_rule: str = ""
    overridden: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  # every occurrence of the quote

    @property
    def is_claim(self) -> bool:
        return self.kind != "dismissed"

    @property
    def unit_label(self) -> str:
        return self.canonical_unit.label if self.canonical_unit else self.unit

    @property
    def move(self) -> str:
        """The rate as a sentence names it: "a 20 % fall", "an 8 % rise", "a fall of about 4 %"."""
        # ("a rise of a third": a fraction in words says its own article)
        if self.qualifier in ("over", "nearly", "about", "at least", "at most") or \
                self.printed is not None and self.printed.whole is not None:
            return f"a {self.change_word} of {self.phrase}"
        # "an 8 % rise", "an 11.5 % fall", "an 18,000 rise": numbers said with a vowel first
        spoken_vowel = re.match(r"8|1[18](?:[.,]|$)", self.value.replace(" ", ""))
        return f"{'an' if spoken_vowel else 'a'} {self.phrase} {self.change_word}"

    @property
    def change_word(self) -> str:
        """"rise" or "fall": how a sentence names this growth rate or change."""
        return "fall" if self.direction == "fall" else "rise"

    @property
    def phrase(self) -> str:
        """The figure as a reader would restate it: "over 900 bn CNY", "24 %", "880.10 crore INR"."""
        qualifier = self.qualifier if self.qualifier in ("over", "nearly", "about", "at least", "at most") else ""
        scale = _PHRASE_SCALES.get(self.scale, "")
        unit = {"percent": "%", "percent per year": "% a year", "count": "", "relative": "", "weekday": "", "month": "", "times": "times"}.get(
            self.unit, self.unit)
        value = self.value.lower() if self.value.lower() in NUMBER_WORDS else self.value  # "One" in a headline
        if unit in ("times", "%") and not (value[:1].isdigit() or value in NUMBER_WORDS):
            unit = ""  # "doubled", "twice", "fivefold", "half", "one-third" say it themselves
        return " ".join(p for p in (qualifier, value, scale, unit) if p)

    def linked(self, role: str = "") -> list[str]:
        """Ids this row links to with the given role."""
        return [i for i in self.links if self.roles.get(i, "") == role]


def load_register(path: str | Path, article: Article) -> list[Claim]:
    path = Path(path)
    return claims_from_rows(path, read_table(path, RegisterError, COLUMNS, what="claims register"), article)


_FIND_ONE_BY_ONE = 64  # fewer distinct quotes than this: str.find each (an analyst's register)
# A quote is looked up by its first characters, as many as the largest of these its length allows: long
# keys tell apart drafted quotes that share their first words, few lengths keep the lookups few.
_KEY_LENGTHS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)


def _key_length(quote: str) -> int:
    return max(n for n in _KEY_LENGTHS if n <= len(quote))


def quote_spans(text: str, quotes) -> dict[str, list[tuple[int, int]]]:
    """Every occurrence of each quote, as re.finditer would find them (left to right, not overlapping).

    Searching the text once per quote made 50,000 rows against a long article quadratic. Many quotes
    are looked up instead: the places where any quote's first two characters occur are found with
    str.find (at C speed, one pass per pair), and there each quote's first characters are looked up
    in a dictionary. Identical quotes share one list."""
    distinct = set(quotes)
    starts: dict[str, list[int]] = {}
    if len(distinct) < _FIND_ONE_BY_ONE:
        for quote in distinct:
            starts[quote] = [m.start() for m in re.finditer(f"(?={re.escape(quote)})", text)]
    else:
        by_head: dict[str, list[str]] = defaultdict(list)
        for quote in distinct:
            by_head[quote[:2]].append(quote)
        for head, group in by_head.items():
            places, at = [], text.find(head)
            while at >= 0:
                places.append(at)
                at = text.find(head, at + 1)
            # Each quote is found among the places of its head by its first characters (_key_length).
            for length in {_key_length(quote) for quote in group}:
                found: dict[str, list[int]] = defaultdict(list)
                for at in places:
                    found[text[at:at + length]].append(at)
                for quote in (q for q in group if _key_length(q) == length):
                    starts[quote] = [at for at in found.get(quote[:length], ()) if text.startswith(quote, at)]
    spans = {}
    for quote, found in starts.items():
        spans[quote], free_from = [], 0
        for at in found:
            if at >= free_from:
                spans[quote].append((at, at + len(quote)))
                free_from = at + len(quote)
    return spans


def claims_from_rows(path: Path, rows: list[tuple[int, dict[str, str]]], article: Article) -> list[Claim]:
    """Validate register rows (line number, {column: text}) against the schema and the article."""
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    spans = quote_spans(article.text, [row["quote"] for _, row in rows if row["quote"]])
    for line, row in rows:
        claim = _claim_from_row(path, line, row, article, spans)
        if claim.id in seen:
            raise RegisterError(path, f"duplicate id {claim.id!r} (first on row {seen[claim.id]})",
                                where=f"row {line} (claim {claim.id})", fix="give every row its own id")
        seen[claim.id] = line
        claims.append(claim)
    for claim in claims:
        for linked in claim.links:
            if linked not in seen:
                raise RegisterError(path, f"links names unknown claim {linked!r}", where=_where(claim.row, claim.id, "links"),
                                    fix="use ids of rows in this register")
            if linked == claim.id:
                raise RegisterError(path, "a claim cannot link to itself", where=_where(claim.row, claim.id, "links"))
    return claims


def _where(line: int, claim_id: str, column: str) -> str:
    return f"row {line} (claim {claim_id}), column {column}" if claim_id else f"row {line}, column {column}"


def _claim_from_row(path: Path, line: int, row: dict[str, str], article: Article,
                    quote_spans: dict[str, list[tuple[int, int]]]) -> Claim:
    cid = row["id"]

    def fail(column: str, problem: str, fix: str = ""):
        raise RegisterError(path, problem, where=_where(line, cid, column), fix=fix)

    if not cid:
        fail("id", "id is empty", "give every row an id such as C01")
    if not _ID.match(cid):
        fail("id", f"id {cid!r} has characters other than letters, digits, '_', '.', '-'", "use ids like C01")
    kind = row["kind"].lower()
    if kind not in KINDS:
        fail("kind", f"unknown kind {row['kind']!r}", f"use one of: {', '.join(KINDS)}")
    quote, value = row["quote"], row["value"]
    if not quote:
        fail("quote", "quote is empty", "copy the sentence fragment from the article")
    spans = quote_spans[quote]
    if not spans:
        fail("quote", f"quote {quote[:60]!r} does not occur in the article {article.path.name}",
             "copy it verbatim from the article (same apostrophes and spacing)")
    if not value:
        fail("value", "value is empty", "write the number as printed, e.g. 900 or 19.9")
    if value.lower() not in quote.lower():
        fail("value", f"value {value!r} does not occur in its quote", "the quote must contain the number as printed")
    note = row["note"]
    common = dict(
        id=cid, row=line, quote=quote, value=value, period=row["period"], entity=row["entity"],
        metric=row["metric"], kind=kind, source=row["source"], chain=row["chain"], note=note,
        start=spans[0][0], section=article.section_of(spans[0][0]), spans=spans,
    )
    links, roles = _links(row["links"], fail)
    references, excluded = _references(row["references"], fail)
    trend = row["trend"].lower()
    if trend and trend not in TRENDS:
        fail("trend", f"unknown trend word {row['trend']!r}", f"use one of: {', '.join(TRENDS)}")
    direction = row["direction"].lower()
    if direction and direction not in DIRECTIONS:
        fail("direction", f"unknown direction {row['direction']!r}", f"use {' or '.join(DIRECTIONS)}, or leave it "
                                                                      "empty to read it from the quote")
    for column in ("period", "basis"):
        if row[column]:
            try:
                parse_period(row[column])
            except ValueError as err:
                fail(column, str(err))
    if row["basis"] and kind != "growth":
        fail("basis", f"a basis is the period a growth rate is measured against; this row is a {kind}",
             "leave it empty, or make the row a growth")
    drafted = tuple(x.strip().lower() for x in row["drafted"].split(";") if x.strip())
    unknown = [x for x in drafted if x not in DRAFTED]
    if unknown:
        fail("drafted", f"unknown word {unknown[0]!r}", f"use {' or '.join(DRAFTED)} (';'-separated), or leave it "
                                                        f"empty once confirmed")
    common.update(links=links, roles=roles, references=references, excluded=excluded, trend=trend, drafted=drafted,
                  basis=row["basis"])

    if kind == "dismissed":
        if not note:
            fail("note", "a dismissed row needs a note saying why the number is not a claim",
                 "e.g. 'year in an event name'")
        return Claim(unit=row["unit"], scale=row["scale"], qualifier=row["qualifier"] or "exact", **common)

    qualifier = row["qualifier"].lower() or "exact"
    if qualifier not in QUALIFIERS:
        fail("qualifier", f"unknown qualifier {row['qualifier']!r}", f"use one of: {', '.join(QUALIFIERS)}")
    unit, scale = row["unit"], row["scale"].lower()
    try:
        canon = canonical(unit, scale)
    except ValueError as err:
        fail("unit" if "unit" in str(err) else "scale", str(err))
    claim = Claim(unit=unit, scale=scale, qualifier=qualifier, canonical_unit=canon, **common)
    if unit in TEMPORAL_UNITS:
        return claim
    try:
        # a rank's "second", and a count's "34th" or "fifth" ("the fifth straight quarter": a run of five) are
        # positions, not a fraction
        printed = parse_printed(value, ordinal=kind == "rank" or unit == "count")
    except ValueError:
        fail("value", f"value {value!r} is not a number",
             "write digits (900, 19.9, 1,200), a number word (six), a fraction (half) or a multiple (twice)")
    if unit in ("percent", "percent per year"):
        printed = printed.as_percent()
    # (a range in words, "double-digit", keeps the range it names)
    if printed.step == 0 and printed.bounds is None and (kind == "multiple" or unit in ("percent", "percent per year")
                                                         or scale):
        # "five times" is a rounded multiple, "nine per cent" a rounded rate as "9 percent" is, and "nine million
        # viewers" a rounded amount as "9 million" is, not an exact count as "five sectors" is.
        printed = Printed(printed.text, printed.value, Decimal(1))
    amount = canon.is_amount or bool(canon.per)
    interval, rule = interval_for(printed, qualifier, scale, strict_step(printed, amount))
    loose, loose_rule = interval_for(printed, qualifier, scale)
    bound = loose_bound(printed, qualifier)
    if bound is not None:
        loose, loose_rule = bound
    if unit in DURATION_UNITS and qualifier == "exact":
        # "by 2030", "the first 10 months": calendar figures are not rounded.
        interval, rule = loose, loose_rule = Interval.point(float(printed.value)), "exact value"
    elif exact_count(printed, canon, scale, qualifier, kind):
        interval, rule = loose, loose_rule = Interval.point(float(printed.value)), "a count printed to the unit"
    margin = _margin(quote, value, unit, scale, printed)
    if margin is not None:
        (interval, rule), (loose, loose_rule) = margin, margin
    low, high = _override(row, "low", fail), _override(row, "high", fail)
    overridden = low is not None or high is not None
    if overridden:
        low = interval.low if low is None else low
        high = interval.high if high is None else high
        if low > high:
            fail("low", f"low {low:g} is above high {high:g}", "swap them or fix the typo")
        interval = loose = Interval(low, high)
        rule = loose_rule = "set by the analyst"
    if kind in ("growth", "change"):
        at = value_at(quote, value)
        claim.direction = direction or direction_in(quote[:at], quote[at + len(value):], 8 if kind == "change" else 4)
        if claim.direction == "fall" and printed.value > 0:
            # Printed as a positive number after a verb that says it went down.
            interval, loose = interval.scaled(-1), loose.scaled(-1)
            rule += " (a fall)"
    claim.printed = printed
    claim.interval = interval.scaled(float(canon.factor))
    claim.loose = loose.scaled(float(canon.factor))
    claim.interval_rule = rule + (f"; as a round figure, {loose_rule}" if loose != interval else "")
    claim.overridden = overridden
    return claim


def _links(text: str, fail) -> tuple[list[str], dict[str, str]]:
    """'C04; C07 part; C09 whole' -> ids in order and the role of each."""
    links, roles = [], {}
    for item in (x.strip() for x in text.split(";") if x.strip()):
        linked, *words = item.split()
        role = " ".join(words).lower()
        if role not in LINK_ROLES:
            fail("links", f"unknown role {role!r} in {item!r}",
                 f"write an id alone, or followed by one of: {', '.join(r for r in LINK_ROLES if r)}")
        if linked in roles:
            fail("links", f"{linked} is linked twice", "link each claim once")
        links.append(linked)
        roles[linked] = role
    return links, roles


def _references(text: str, fail) -> tuple[list[ReferenceLink], frozenset[str]]:
    """'R001; R062 complement scope; -R017; -auto' -> the references to compare with, and the
    automatic matches to leave out ('*' for all of them)."""
    references, excluded = [], set()
    for item in (x.strip() for x in text.split(";") if x.strip()):
        if item.startswith("-"):
            excluded.add("*" if item[1:].lower() == "auto" else item[1:])
            continue
        ref_id, *flags = item.split()
        unknown = [f for f in flags if f.lower() not in ("complement", "scope")]
        if unknown:
            fail("references", f"unknown word {unknown[0]!r} in {item!r}",
                 "write a reference id, optionally followed by 'complement' and/or 'scope'; '-R017' or '-auto' "
                 "to stop automatic matches")
        flags = [f.lower() for f in flags]
        references.append(ReferenceLink(ref_id, "complement" in flags, "scope" in flags))
    return references, frozenset(excluded)


def _margin(quote: str, value: str, unit: str, scale: str, printed: Printed) -> tuple[Interval, str] | None:
    """A margin printed after the figure ("3.2 percent, plus or minus 0.5", "$61.3 billion ± $500 million")
    is the claim's interval: the figure plus or minus the margin, in the figure's unit."""
    at = value_at(quote, value)
    found = _MARGIN.search(quote, at + len(value))
    if not found or found.start() - (at + len(value)) > 40:
        return None
    margin = parse_printed(found.group("margin")).value
    if found.group("scale"):
        margin = margin * SCALES[_SCALE_WORD[found.group("scale").lower()]] / SCALES[scale]
    if found.group("percent") and unit != "percent":
        margin = printed.value * margin / 100  # "plus or minus 5 per cent" of an amount is relative
    v = printed.value
    return Interval(float(v - margin), float(v + margin)), f"printed margin: v ± {margin.normalize():f}"


def _override(row: dict[str, str], column: str, fail) -> float | None:
    text = row[column]
    if not text:
        return None
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        number = math.nan
    if not math.isfinite(number):  # "1e400" reads as infinity: no bound a check can add or compare
        fail(column, f"{column} {text!r} is not a finite number",
             "write a number in the claim's unit and scale, or leave it empty")
    return number


def check_intervals(claims: list[Claim]) -> None:
    """Sanity check of the derived intervals: each runs low to high and holds its own printed figure (a fall's
    figure with its sign: "dropped 6.9 percent" is -6.95 to -6.85). Raises with the numbers otherwise."""
    for claim in claims:
        if claim.interval is None:
            continue
        if claim.interval.low > claim.interval.high:
            raise ValueError(f"{claim.id}: interval {claim.interval.low} > {claim.interval.high}")
        value = float(claim.printed.value * claim.canonical_unit.factor)
        if claim.kind in ("growth", "change") and claim.direction == "fall" and value > 0:
            value = -value
        if not claim.overridden and claim.qualifier in ("exact", "about", "expected") and not claim.interval.contains(value):
            raise ValueError(f"{claim.id}: printed value {value} outside its own interval "
                             f"{claim.interval.low}–{claim.interval.high}")
