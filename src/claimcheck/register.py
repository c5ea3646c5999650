"""The claims register: one analyst-curated row per number the article states.

Schema (column -> required):
  id         unique claim id (C01, ...)
  quote      verbatim substring of the article that contains the number
  value      the number as printed ("900", "1.2", "six", "Sunday"), kept as text
  unit       CNY, USD, percent, pp, count, year, months, 'CNY per USD',
             weekday, month, quarter, relative, date
  scale      empty, thousand, million, billion, trillion
  period     2024, 2025, 2024Q4, 2025-01/2025-10, ...
  entity     whom the figure is about (China, ...)
  metric     what is measured (core AI industry scale, ...)
  kind       level, forecast, growth, share, change, conversion, count, rank,
             target, date, or dismissed (a number that is not a claim; note says why)
  qualifier  exact, about, expected, over, nearly, at least, at most
  source     who the article says the figure comes from; in parentheses when
             the article names no producer ("(industry data, unnamed)")
  chain      the chain of reporting as the article gives it (A > B > C)
  low, high  hand overrides of the interval, in the claim's unit and scale
  links      ids of claims this one is checked against (';'-separated), adding to
             the links the checks find from kind, metric, entity and period
  references reference ids to compare with (';'-separated); 'R062 complement'
             compares with 100 % minus that reference, 'R017 scope' marks a
             reference of another scope or definition (a tension, never a
             contradiction)
  trend      words the article ties to the figure: rising, falling,
             accelerating, slowing, largest
  note       the analyst's note; for dismissed rows, the reason
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article
from .errors import RegisterError
from .intervals import Interval
from .printed import NUMBER_WORDS, Printed, parse_printed
from .rules import QUALIFIERS, interval_for
from .tables import read_table
from .units import TEMPORAL_UNITS, Unit, canonical

COLUMNS = {
    "id": True, "quote": True, "value": True, "unit": True, "scale": True, "period": True,
    "entity": True, "metric": True, "kind": True, "qualifier": True, "source": True,
    "chain": False, "low": False, "high": False, "links": False, "references": False,
    "trend": False, "note": False,
}
KINDS = ("level", "forecast", "growth", "share", "change", "conversion", "count", "rank", "target", "date", "dismissed")
TRENDS = ("rising", "falling", "accelerating", "slowing", "largest")
DURATION_UNITS = ("year", "years", "months", "weeks", "days")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


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
    links: list[str]
    references: list[ReferenceLink]
    trend: str
    note: str
    start: int                      # offset of the quote in article.text
    section: str                    # headline, lede or body
    printed: Printed | None = None  # None for temporal values and dismissed rows
    canonical_unit: Unit | None = None
    interval: Interval | None = None  # in the canonical unit
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
    def phrase(self) -> str:
        """The figure as a reader would restate it: "over 900 bn CNY", "24 %"."""
        qualifier = self.qualifier if self.qualifier in ("over", "nearly", "about", "at least", "at most") else ""
        scale = {"thousand": "thousand", "million": "mn", "billion": "bn", "trillion": "tn"}.get(self.scale, "")
        unit = {"percent": "%", "count": "", "relative": "", "weekday": "", "month": ""}.get(self.unit, self.unit)
        value = self.value.lower() if self.value.lower() in NUMBER_WORDS else self.value  # "One" in a headline
        return " ".join(p for p in (qualifier, value, scale, unit) if p)


def load_register(path: str | Path, article: Article) -> list[Claim]:
    path = Path(path)
    return claims_from_rows(path, read_table(path, RegisterError, COLUMNS, what="claims register"), article)


def claims_from_rows(path: Path, rows: list[tuple[int, dict[str, str]]], article: Article) -> list[Claim]:
    """Validate register rows (line number, {column: text}) against the schema and the article."""
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        claim = _claim_from_row(path, line, row, article)
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


def _claim_from_row(path: Path, line: int, row: dict[str, str], article: Article) -> Claim:
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
    spans = [(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), article.text)]
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
    links = [x.strip() for x in row["links"].split(";") if x.strip()]
    references = []
    for item in (x.strip() for x in row["references"].split(";") if x.strip()):
        ref_id, *flags = item.split()
        unknown = [f for f in flags if f.lower() not in ("complement", "scope")]
        if unknown:
            fail("references", f"unknown word {unknown[0]!r} in {item!r}",
                 "write a reference id, optionally followed by 'complement' and/or 'scope'")
        flags = [f.lower() for f in flags]
        references.append(ReferenceLink(ref_id, "complement" in flags, "scope" in flags))
    trend = row["trend"].lower()
    if trend and trend not in TRENDS:
        fail("trend", f"unknown trend word {row['trend']!r}", f"use one of: {', '.join(TRENDS)}")

    if kind == "dismissed":
        if not note:
            fail("note", "a dismissed row needs a note saying why the number is not a claim",
                 "e.g. 'year in an event name'")
        return Claim(unit=row["unit"], scale=row["scale"], qualifier=row["qualifier"] or "exact", links=links,
                     references=references, trend=trend, **common)

    qualifier = row["qualifier"].lower() or "exact"
    if qualifier not in QUALIFIERS:
        fail("qualifier", f"unknown qualifier {row['qualifier']!r}", f"use one of: {', '.join(QUALIFIERS)}")
    unit, scale = row["unit"], row["scale"].lower()
    try:
        canon = canonical(unit, scale)
    except ValueError as err:
        fail("unit" if "unit" in str(err) else "scale", str(err))
    claim = Claim(unit=unit, scale=scale, qualifier=qualifier, links=links, references=references, trend=trend,
                  canonical_unit=canon, **common)
    if unit in TEMPORAL_UNITS:
        return claim
    try:
        printed = parse_printed(value)
    except ValueError:
        fail("value", f"value {value!r} is not a number", "write digits (900, 19.9, 1,200) or a number word (six)")
    interval, rule = interval_for(printed, qualifier, scale)
    if unit in DURATION_UNITS and qualifier == "exact":
        # "by 2030", "the first 10 months": calendar figures are not rounded.
        interval, rule = Interval.point(float(printed.value)), "exact value"
    low, high = _override(row, "low", fail), _override(row, "high", fail)
    overridden = low is not None or high is not None
    if overridden:
        low = interval.low if low is None else low
        high = interval.high if high is None else high
        if low > high:
            fail("low", f"low {low:g} is above high {high:g}", "swap them or fix the typo")
        interval = Interval(low, high)
        rule = "set by the analyst"
    claim.printed = printed
    claim.interval = interval.scaled(float(canon.factor))
    claim.interval_rule = rule
    claim.overridden = overridden
    return claim


def _override(row: dict[str, str], column: str, fail) -> float | None:
    text = row[column]
    if not text:
        return None
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        number = math.nan
    if math.isnan(number):
        fail(column, f"{column} {text!r} is not a number", "write a number in the claim's unit and scale, or leave it empty")
    return number
