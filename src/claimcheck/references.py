"""Reference figures published elsewhere, each traceable to producer, URL and dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .errors import ReferenceTableError
from .exchange_rates import SOURCE_ID as EXCHANGE_RATES_ID
from .intervals import Interval
from .printed import parse_printed
from .rules import interval_for
from .tables import read_table
from .units import Unit, canonical, parse_reference_unit

COLUMNS = {
    "id": True, "metric": True, "entity": True, "period": True, "value": True, "unit": True,
    "qualifier": True, "source_org": True, "published": True, "url": True, "date_read": True,
    "use": True, "note": False,
}
USES = ("observation", "weak", "derived")
# A producer's "forecast" is read like a plain figure: rounded at its last digit.
_QUALIFIER_RULE = {"exact": "exact", "about": "about", "forecast": "expected", "over": "over",
                   "nearly": "nearly", "at least": "at least", "at most": "at most"}


@dataclass
class Reference:
    id: str
    row: int
    metric: str
    entity: str
    period: str
    value: str
    unit: str
    unit_text: str  # as the table writes it: "bn CNY", "%"
    qualifier: str
    source_org: str
    published: dt.date | None
    url: str
    date_read: dt.date
    use: str
    note: str
    canonical_unit: Unit | None = None
    interval: Interval | None = None  # None for date-valued rows; read as exact as printed
    loose: Interval | None = None     # the same, or as a round figure where the row says "about"

    @property
    def phrase(self) -> str:
        """"578.4 bn CNY", "over 900 bn CNY", "63 %"."""
        qualifier = self.qualifier if self.qualifier in ("over", "nearly", "about", "at least", "at most") else ""
        return " ".join(p for p in (qualifier, self.value, self.unit_text) if p)

    @property
    def number(self) -> float | None:
        """The figure as printed, in the canonical unit (where a chart puts its marker)."""
        if self.interval is None:
            return None
        return float(parse_printed(self.value).value * self.canonical_unit.factor)

    @property
    def decides(self) -> bool:
        """May this figure decide a verdict? Derived and weak rows never do."""
        return self.use == "observation"

    def known_by(self, as_of: dt.date) -> bool:
        """Published on or before as_of. Undated pages count as known: their content predates the article
        only if an analyst says so in the note, so they are shown but flagged."""
        return self.published is None or self.published <= as_of


def load_references(location: str | Path) -> list[Reference]:
    """Every *.csv under a folder (sorted), or one file."""
    location = Path(location)
    if location.is_dir():
        files = sorted(location.glob("*.csv"))
        if not files:
            raise ReferenceTableError(location, "no reference tables (*.csv) in this folder",
                                      fix="add one or point REFERENCES at a file")
    else:
        files = [location]
    references: list[Reference] = []
    seen: dict[str, str] = {}
    for path in files:
        for line, row in read_table(path, ReferenceTableError, COLUMNS, what="reference table"):
            ref = _reference_from_row(path, line, row)
            if ref.id in seen:
                raise ReferenceTableError(path, f"duplicate id {ref.id!r} (also in {seen[ref.id]})",
                                          where=f"row {line}", fix="reference ids must be unique across tables")
            seen[ref.id] = f"{path.name} row {line}"
            references.append(ref)
    return references


def _date(text: str, fail, column: str, required: bool) -> dt.date | None:
    if not text:
        if required:
            fail(column, f"{column} is empty", "write the date as YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(column, f"{column} {text!r} is not a date", "write it as YYYY-MM-DD")


def _reference_from_row(path: Path, line: int, row: dict[str, str]) -> Reference:
    rid = row["id"]

    def fail(column: str, problem: str, fix: str = ""):
        where = f"row {line} (reference {rid}), column {column}" if rid else f"row {line}, column {column}"
        raise ReferenceTableError(path, problem, where=where, fix=fix)

    if not rid or not re.match(r"^[A-Za-z][A-Za-z0-9_.-]*$", rid):
        fail("id", f"id {rid!r} is empty or has odd characters", "use ids like R001")
    if rid == EXCHANGE_RATES_ID:
        fail("id", f"id {rid!r} is how checks cite the ECB's exchange rates", "use ids like R001")
    for column in ("metric", "period", "source_org"):
        if not row[column]:
            fail(column, f"{column} is empty", "every reference needs what, when and who published it")
    url = row["url"]
    if not url:
        fail("url", "url is empty", "every reference needs the address where it was read")
    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
        fail("url", f"url {url[:60]!r} is not an http(s) address", "paste the full address")
    published = _date(row["published"], fail, "published", required=False)
    date_read = _date(row["date_read"], fail, "date_read", required=True)
    use = row["use"].lower()
    if use not in USES:
        fail("use", f"unknown use {row['use']!r}", f"use one of: {', '.join(USES)}")
    qualifier = row["qualifier"].lower()
    if qualifier not in _QUALIFIER_RULE:
        fail("qualifier", f"unknown qualifier {row['qualifier']!r}", f"use one of: {', '.join(_QUALIFIER_RULE)}")
    try:
        unit, scale = parse_reference_unit(row["unit"])
        canon = canonical(unit, scale)
    except ValueError as err:
        fail("unit", str(err))
    ref = Reference(
        id=rid, row=line, metric=row["metric"], entity=row["entity"], period=row["period"],
        value=row["value"], unit=unit, unit_text=row["unit"], qualifier=qualifier, source_org=row["source_org"], published=published,
        url=url, date_read=date_read, use=use, note=row["note"], canonical_unit=canon,
    )
    if unit == "date":
        _date(row["value"], fail, "value", required=True)
        return ref
    try:
        printed = parse_printed(row["value"])
    except ValueError:
        fail("value", f"value {row['value']!r} is not a number", "write digits, e.g. 578.4")
    # A published table prints what it means: "100" is 99.5-100.5, not a round 50-150.
    interval, _ = interval_for(printed, _QUALIFIER_RULE[qualifier], step=printed.digit_step)
    loose, _ = interval_for(printed, _QUALIFIER_RULE[qualifier]) if qualifier == "about" else (interval, "")
    ref.interval = interval.scaled(float(canon.factor))
    ref.loose = loose.scaled(float(canon.factor))
    return ref
