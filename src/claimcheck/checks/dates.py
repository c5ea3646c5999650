"""Weekdays, months and relative dates against the publication date."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .. import fmt
from ..register import Claim
from .model import Check, Context
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def last_weekday(name: str, published: dt.date) -> dt.date:
    """'on Sunday' in a report: the latest such day on or before publication."""
    back = (published.weekday() - WEEKDAYS[name.lower()]) % 7
    return published - dt.timedelta(days=back)


def last_month(name: str, published: dt.date) -> tuple[int, int]:
    """'in November' in a report: the latest such month on or before publication."""
    month = MONTHS[name.lower()]
    return (published.year, month) if month <= published.month else (published.year - 1, month)


def _reference_days(ref) -> list[dt.date]:
    """Dates a reference speaks of: its value if it is a date, the dates in its period, else its publication."""
    days = [dt.date.fromisoformat(d) for d in _ISO_DAY.findall(f"{ref.value if ref.unit == 'date' else ''} {ref.period}")]
    return days or ([ref.published] if ref.published else [])


def date_checks(ctx: Context) -> list[Check]:
    checks = []
    published = ctx.article.published
    for claim in (c for c in ctx.claims if c.is_claim):
        if claim.unit == "weekday" and claim.value.lower() in WEEKDAYS:
            checks.append(_weekday(ctx, claim, last_weekday(claim.value, published)))
        elif claim.unit == "month" and claim.value.lower() in MONTHS:
            checks.append(_month(ctx, claim, *last_month(claim.value, published)))
        elif claim.unit == "relative":
            checks.append(_relative(ctx, claim))
        elif claim.unit == "months" and claim.interval is not None:
            checks.append(_span(ctx, claim))
        elif claim.unit == "year" and claim.kind == "target":
            checks.append(_target_year(ctx, claim))
    return checks


def _weekday(ctx: Context, claim: Claim, day: dt.date) -> Check:
    published = ctx.article.published
    lead = (f"\"{claim.value}\" in an article of {fmt.weekday_day(published)} is {fmt.weekday_day(day)}, "
            f"{(published - day).days} days earlier")
    refs = [ctx.reference(claim, link.id) for link in claim.references]
    if not refs:
        return Check("date", [claim.id], UNVERIFIABLE, f"{lead}; no record of that event's date to compare with.",
                     )
    matching = [r for r in refs if day in _reference_days(r)]
    if matching:
        return Check("date", [claim.id], CONSISTENT,
                     f"{lead}; {ctx.source_phrase(matching[0])} is dated that day: consistent.",
                     references=[r.id for r in matching])
    found = ", ".join(f"{fmt.day(d)} ({r.id})" for r in refs for d in _reference_days(r))
    return Check("date", [claim.id], TENSION, f"{lead}; the references date it {found}: tension.",
                 references=[r.id for r in refs])


def _month(ctx: Context, claim: Claim, year: int, month: int) -> Check:
    lead = f"\"{claim.value}\" in an article of {fmt.day(ctx.article.published)} is {calendar.month_name[month]} {year}"
    problems = []
    if claim.period and claim.period[:7] != f"{year}-{month:02d}":
        problems.append(f"the register's period {claim.period} disagrees")
    refs = [ctx.reference(claim, link.id) for link in claim.references]
    days = [(r, d) for r in refs for d in _reference_days(r)]
    in_month = [(r, d) for r, d in days if (d.year, d.month) == (year, month)]
    if not refs:
        verdict = INCONSISTENT if problems else UNVERIFIABLE
        tail = "; ".join(problems) or "no reference gives the event's date"
        return Check("date", [claim.id], verdict, f"{lead}; {tail}.")
    if in_month and not problems:
        named = "; ".join(f"{fmt.day(d)} ({r.id})" for r, d in in_month)
        return Check("date", [claim.id], CONSISTENT, f"{lead}; the references date it {named}: consistent.",
                     references=sorted({r.id for r, _ in in_month}))
    other = "; ".join(f"{fmt.day(d)} ({r.id})" for r, d in days)
    return Check("date", [claim.id], TENSION, f"{lead}; the references date it {other}: tension.",
                 references=[r.id for r in refs])


def _relative(ctx: Context, claim: Claim) -> Check:
    year = ctx.article.published.year
    words = claim.value.lower()
    resolved = {"this year": year, "last year": year - 1, "next year": year + 1}.get(words)
    if resolved is None:
        return Check("date", [claim.id], UNVERIFIABLE, f"\"{claim.value}\" is not a relative date the checks can resolve.")
    lead = f"\"{claim.value}\" in an article of {fmt.day(ctx.article.published)} is {resolved}"
    if claim.period[:4] == str(resolved):
        return Check("date", [claim.id], CONSISTENT, f"{lead}, the period the figure is given for: consistent.")
    return Check("date", [claim.id], INCONSISTENT,
                 f"{lead}, but the figure is given for {claim.period or 'no period'}: inconsistent.")


def _span(ctx: Context, claim: Claim) -> Check:
    published = ctx.article.published
    found = re.match(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$", claim.period)
    if not found:
        return Check("date", [claim.id], UNVERIFIABLE,
                     f"The span \"{claim.quote}\" has no period YYYY-MM/YYYY-MM in the register to check.")
    end_year, end_month = int(found.group(3)), int(found.group(4))
    months = (end_year - int(found.group(1))) * 12 + end_month - int(found.group(2)) + 1
    end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    lead = f"\"{claim.quote}\" is {claim.period}, {months} months"
    if months != int(claim.printed.value):
        return Check("date", [claim.id], INCONSISTENT, f"{lead}, not {claim.value}: inconsistent.")
    if end >= published:
        return Check("date", [claim.id], INCONSISTENT,
                     f"{lead}, which had not ended when the article ran ({fmt.day(published)}): inconsistent.")
    refs = [ctx.reference(claim, link.id) for link in claim.references]
    known = [r for r in refs if r.published and r.published <= published]
    tail = (f"; {ctx.source_phrase(known[0])} published the figure for it" if known else "")
    return Check("date", [claim.id], CONSISTENT,
                 f"{lead}, ended before the article ran ({fmt.day(published)}){tail}: consistent.",
                 references=[r.id for r in known])


def _target_year(ctx: Context, claim: Claim) -> Check:
    year = int(claim.printed.value)
    refs = [ctx.reference(claim, link.id) for link in claim.references]
    years = [(r, int(m)) for r in refs for m in re.findall(r"\b(\d{4})\b", r.period)]
    matching = [r for r, y in years if y == year]
    if matching:
        return Check("date", [claim.id], CONSISTENT,
                     f"{ctx.source_phrase(matching[0])} sets a target for {year}: consistent.",
                     references=[r.id for r in matching])
    if refs:
        return Check("date", [claim.id], TENSION,
                     f"The references give targets for {', '.join(str(y) for _, y in years)}, not {year}: tension.",
                     references=[r.id for r in refs])
    return Check("date", [claim.id], UNVERIFIABLE, f"No reference mentions a target for {year}.")
