"""The period grammar of registers and reference tables: what a figure's period may say, validated.

| form              | meaning                                     |
|-------------------|---------------------------------------------|
| 2024              | the calendar year                           |
| 2024Q4, 2024H1    | a calendar quarter, a half                  |
| 2024-03           | a month                                     |
| 2024-03-15        | a day                                       |
| 2025-01/2025-04   | January to April 2025 (months, days or years at both ends) |
| FY2018, FY2018Q2, FY2018H1 | a fiscal year (named by the year it ends), its quarter or half |
| ... (remark)      | any of these with a remark: "2023 (as of July)" |

A period a year earlier shifts every year in it: the year before 2025-01/2025-04 is
2024-01/2024-04 (year to date against the same months), never 2024-01/2025-04.
"""
from __future__ import annotations

import functools

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .intervals import Interval

_POINT = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_GRAMMAR = re.compile(
    rf"^(?P<body>(?P<fiscal>FY)?(?P<year>\d{{4}})(?P<part>[QH]\d)?"
    rf"|(?P<start>{_POINT})/(?P<end>{_POINT})"
    rf"|(?P<point>{_POINT}))"
    rf"\s*(?P<remark>\([^()]*\))?$")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Period:
    text: str
    start: dt.date | None   # None for fiscal periods: when a fiscal year starts depends on who keeps it
    end: dt.date | None
    fiscal: bool
    remark: str

    @property
    def days(self) -> Interval:
        """How many days the period has; a fiscal one is known only within bounds, and "FY2024 (first 6 months)"
        within the bounds of any six months in a row."""
        first = re.fullmatch(r"first (\d{1,2}) months", self.remark)
        if first and 0 < int(first.group(1)) < 12:
            return _months_in_a_row(int(first.group(1)))
        if self.start is None:
            body = self.text.split("(")[0].strip()
            if "Q" in body:
                return Interval(89, 92)
            if "H" in body:
                return Interval(181, 184)
            return Interval(365, 366)
        return Interval.point((self.end - self.start).days + 1)

    @property
    def bare(self) -> str:
        """The period without its remark: what two figures must share to be of one period."""
        return self.text.split("(")[0].strip()


# (remembered: a register's rows, and the draft's figures, name a handful of periods tens of thousands of times)
@functools.lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """A Period from its text; ValueError with a sentence saying what is wrong."""
    text = " ".join(text.split())
    found = _GRAMMAR.match(text)
    if not found:
        raise ValueError(f"period {text!r} is not one of: 2024, 2024Q4, 2024H1, 2024-03, 2024-03-15, "
                         f"2025-01/2025-04, FY2018, FY2018Q2 (optionally followed by a remark in parentheses)")
    remark = (found.group("remark") or "").strip("()")
    if found.group("year"):
        year = int(found.group("year"))
        part = found.group("part") or ""
        if part and not ((part[0] == "Q" and 1 <= int(part[1]) <= 4) or (part[0] == "H" and 1 <= int(part[1]) <= 2)):
            raise ValueError(f"period {text!r}: {part} is not a quarter (Q1-Q4) or a half (H1-H2)")
        if found.group("fiscal"):
            return Period(text, None, None, True, remark)
        if year < 1:
            raise ValueError(f"period {text!r}: there is no year 0")
        size, n = (3 if part[0] == "Q" else 6, int(part[1])) if part else (12, 1)
        return Period(text, dt.date(year, (n - 1) * size + 1, 1), _month_end(year, n * size), False, remark)
    if found.group("point"):
        start, end = _point(found.group("point"), text)
        return Period(text, start, end, False, remark)
    start, _ = _point(found.group("start"), text)
    _, end = _point(found.group("end"), text)
    if len(found.group("start")) != len(found.group("end")):
        raise ValueError(f"period {text!r}: write both ends alike (2025-01/2025-04 or 2025-01-01/2025-04-30)")
    if end < start:
        raise ValueError(f"period {text!r} ends before it starts")
    return Period(text, start, end, False, remark)


def _point(text: str, whole: str) -> tuple[dt.date, dt.date]:
    """First and last day of a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            if not 1 <= parts[1] <= 12:
                raise ValueError
            return dt.date(parts[0], parts[1], 1), _month_end(parts[0], parts[1])
        day = dt.date(*parts)
        return day, day
    except ValueError:
        raise ValueError(f"period {whole!r}: {text} is not a real date") from None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def start_of(period: str) -> dt.date | None:
    """The first day of a period, or None when it has none (a fiscal year of an unknown country) or is no period."""
    try:
        return parse_period(period).start
    except ValueError:
        return None


def year_before(period: str) -> str | None:
    """The same period a year earlier: 2024 -> 2023, 2024Q4 -> 2023Q4, 2025-01/2025-04 -> 2024-01/2024-04.
    None for an empty or unparseable period, or one that would fall before year 1."""
    return _years_moved(period, -1)


def year_after(period: str) -> str | None:
    """The same period a year later: 2023H1 -> 2024H1 (None for an empty or unparseable period)."""
    return _years_moved(period, 1)


def _years_moved(period: str, years: int) -> str | None:
    try:
        parse_period(period)
    except ValueError:
        return None
    if any(int(y) + years < 1 for y in _YEAR.findall(period.split("(")[0])):
        return None
    body, bracket, remark = period.partition("(")
    shifted = _YEAR.sub(lambda m: f"{int(m.group(0)) + years:04d}", body)
    try:
        parse_period(shifted)  # 29 February has no year before or after
    except ValueError:
        shifted = shifted.replace("-02-29", "-02-28")
    return shifted + bracket + remark


def inside(inner: str, outer: str) -> bool:
    """Whether one calendar period lies strictly inside another (a month inside January-October)."""
    try:
        a, b = parse_period(inner), parse_period(outer)
    except ValueError:
        return False
    if a.start is None or b.start is None or a.remark or b.remark:
        return False
    return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)


def same_period(a: str, b: str) -> bool:
    """Whether two periods are the same stretch of time: 2025H1 and 2025-01/2025-06 are."""
    if a.strip().lower() == b.strip().lower():
        return True
    try:
        pa, pb = parse_period(a), parse_period(b)
    except ValueError:
        return False
    if pa.remark != pb.remark:
        return False
    if pa.fiscal or pb.fiscal:
        return pa.bare == pb.bare
    return (pa.start, pa.end) == (pb.start, pb.end)


def _months_in_a_row(n: int) -> Interval:
    """The fewest and the most days n calendar months in a row can have (any start, leap years too)."""
    totals = [sum(calendar.monthrange(year, (start + k) % 12 + 1)[1] if (start + k) < 12 else
                  calendar.monthrange(year + 1, (start + k) % 12 + 1)[1] for k in range(n))
              for year in (2023, 2024) for start in range(12)]
    return Interval(min(totals), max(totals))

