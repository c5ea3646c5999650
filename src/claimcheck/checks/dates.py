"""Weekdays, months, relative dates and spans against the article's date and its dateline.

Register shapes: rows of kind `date` with unit weekday ("on Sunday"), month ("in November"),
relative ("last year", "this year"), months with a period YYYY-MM/YYYY-MM ("the first 10
months"), period (a named period an actual figure is given for, "March 2019": it must have ended;
or, with the metric "months in brackets", a span's length and its months: "the first seven months (April-September)"),
or a target year. A weekday is the latest such day on or before the story's date (the
dateline in the text, "BEIJING, Oct. 18 (Xinhua) --", else the publication date), or the next one
when the sentence speaks of the future ("will be unveiled on Friday"); a date printed beside it
("Friday, Oct. 18") must fall on it. References in the row's references column date the event.
Every inconsistent verdict carries its gap: in days, months or years.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from .. import fmt
from ..drafting.text import sentences
from ..drafting.when import COUNT_WORDS, LAST_YEAR, a_year_back
from ..fiscal_years import first_months, fiscal_year_of
from ..periods import parse_period
from ..register import Claim
from .model import Check, Context, Family
from .verdict import CONSISTENT, INCONSISTENT, TENSION, UNVERIFIABLE

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBREVIATIONS = {name.lower().rstrip("."): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "Oct. 18", "18 October", "October 18, 2019", "9th January 2018", "the 9th of January"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_OF_MONTH = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}\b|"
                           rf"\b(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH.replace('month', 'month2')}")
# The year printed after such a day ("Monday, January 6, 2024"), which then dates it, however far from the story's date
_PRINTED_YEAR = re.compile(r",?\s+(?P<year>(?:19|20)\d\d)\b")
# "BEIJING, Oct. 18 (Xinhua) --", "KUALA LUMPUR (Sept 2):", "SEOUL, Oct. 31 (Yonhap) --"
_REPORTED = re.compile(r"\b(?:said|says|told|reported|announced|released|showed|published|added|noted|disclosed)\b",
                       re.I)
_FUTURE = re.compile(r"\b(?:will|would|is due|are due|scheduled|set to|expected to|to be|next|plans? to|shall)\b", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_PERIOD = re.compile(r"\d{4}-\d{2}$")
# The metric of a row of unit period whose quote names a span's length, then its months in brackets: "the first seven
# months of the financial year (April-September 2012-13)", "the second quarter of 2016 (March-June)"
MONTHS_IN_BRACKETS = "months in brackets"
_BRACKETED_MONTHS = re.compile(rf"\(\s*{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH.replace('month', 'month2')}")
# "the first nine months of the current fiscal year": a span counted from the start of someone's fiscal year
_OF_FISCAL_YEAR = re.compile(r"(?i)\bmonths\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:fiscal|financial|budget)\s+year\b")


def last_weekday(name: str, published: dt.date) -> dt.date:
    """'on Sunday' in a report: the latest such day on or before publication."""
    back = (published.weekday() - WEEKDAYS[name.lower()]) % 7
    return published - dt.timedelta(days=back)


def told_ahead(text: str, at: int) -> bool:
    """Whether the clause that holds the day named at `at` speaks of what is to come ("fares will increase ... on
    Tuesday"); the clause decides: "next year will become the fourth ..., Kyodo said on Tuesday" is past."""
    # (the sentence's start as drafting finds it: not the point of "2.5 per cent", nor the one of "U.S.")
    spans = sentences(text)
    sentence_start = spans[bisect.bisect_right(spans, (at, len(text))) - 1][0] if spans and spans[0][0] <= at else 0
    clause = re.split(r"[,;(]", text[sentence_start:at])[-1]
    return bool(_FUTURE.search(clause)) and not _REPORTED.search(clause)


def next_weekday(name: str, published: dt.date) -> dt.date:
    """'will be unveiled on Friday': the next such day after publication (a week on, if it is today)."""
    ahead = (WEEKDAYS[name.lower()] - published.weekday()) % 7 or 7
    return published + dt.timedelta(days=ahead)


def last_month(name: str, published: dt.date) -> tuple[int, int]:
    """'in November' in a report: the latest such month on or before publication."""
    month = MONTHS[name.lower()]
    return (published.year, month) if month <= published.month else (published.year - 1, month)


def _month_number(text: str) -> int | None:
    word = text.lower().rstrip(".")
    return MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word[:3]) if word else None


def story_date(ctx: Context) -> tuple[dt.date, str]:
    """The day the story speaks from: its dateline in the text when it gives one within a week of
    publication (a page is often dated the day after the wire story), else the publication date."""
    day = dateline_day(ctx.article.dateline, ctx.article.published)
    return (day, "the dateline") if day else (ctx.article.published, "the article")


def dateline_day(dateline: str, published: dt.date) -> dt.date | None:
    """The day a dateline ("BEIJING, Oct. 18 (Xinhua) --") names, when within the week up to publication."""
    day = _DAY_OF_MONTH.search(dateline) if dateline else None
    if not day:
        return None
    month = _month_number(day.group("month") or day.group("month2"))
    number = int(day.group("day") or day.group("day2"))
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, number)
        except (ValueError, TypeError):
            continue
        if dt.timedelta(0) <= published - candidate <= dt.timedelta(days=7):
            return candidate
    return None


# "October 2121", "July 1, 2109": a month's year printed a century or more after its article's
_A_FAR_YEAR = re.compile(r"\S+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:2[1-9]|[3-9]\d)\d\d)\b(?![\d,.%])")
# "April-June 2103", "the second quarter of 2103": the year that closes a period's words (after words naming the
# period: a bare "2075" may be a count, "63 and 2075")
_CLOSING_YEAR = re.compile(r"\S\s+(\d{4})\s*$")
# How far after the article a month's year may be and still be a plan's or a forecast's
_FAR_AHEAD = 50


def far_year(period_words: str, published: dt.date) -> int | None:
    """The year closing a period's words ("April-June 2103") when it lies further after the article than any plan."""
    found = _CLOSING_YEAR.search(period_words)
    return int(found.group(1)) if found and int(found.group(1)) - published.year > _FAR_AHEAD else None


# Calendars whose years run ahead of the Gregorian by so many, for the years of the last few: Nepal's Bikram Sambat
# (its year starts in mid-April, so 56 or 57 ahead; "Q3 2079/80" in 2024 is 55) and the Buddhist era of Thailand (543)
_CALENDARS_AHEAD = {**{ahead: "Bikram Sambat (Nepal's calendar)" for ahead in range(50, 58)},
                    **{ahead: "Buddhist era (Thailand's calendar)" for ahead in range(537, 545)}}


def _far_year(claim: Claim, published: dt.date) -> Check | None:
    """"a 10% increase against October 2121 deliveries" in an article of December 2021, "0.4% up on the total for
    April-June 2103" in one of 2014: no news counts a period a century on, so the year is mistyped (2021, its digits
    read again) - a contradiction of the article's own date."""
    if claim.unit == "period":
        year, printed = far_year(claim.value, published), claim.value
    else:
        at = claim.quote.lower().find(claim.value.lower())
        found = _A_FAR_YEAR.match(claim.quote, at) if at >= 0 else None
        year = far_year(found.group(0), published) if found else None
        printed = f"{claim.value} {year}"
    if year is None:
        return None
    if (calendar_name := _CALENDARS_AHEAD.get(year - published.year)) is not None:
        # ("Q3 2080" in a Nepali company's results of May 2024: the third quarter of the Bikram Sambat year 2080)
        return Check("date", [claim.id], UNVERIFIABLE,
                     f"\"{printed}\" in an article of {fmt.day(published)} is {year - published.year} years after it "
                     f"ran: a year of the {calendar_name}, not the Gregorian calendar's; its months are not read here.")
    return Check("date", [claim.id], INCONSISTENT,
                 f"\"{printed}\" in an article of {fmt.day(published)} names a period {year - published.year} years "
                 f"after the article ran, which no report of figures can: the year is mistyped (inconsistent).",
                 gap=float(year - published.year), implied_unit="years")


def _month_meant(claim: Claim, published: dt.date) -> tuple[int, int]:
    """The month a row names: of the year its quote prints ("April 2019"), else the latest such month by the
    article's date."""
    month = MONTHS[claim.value.lower()]
    quote = claim.quote.lower()
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(claim.value.lower())}\b", quote)] or [quote.find(claim.value.lower())]
    latest = _span_opened(claim, published) or last_month(claim.value, published)
    readings = []
    for start in starts:
        year = re.match(r"\S+,?\s+((?:19|20)\d{2})\b", claim.quote[start:])
        # ("1,95,259 units in September last year": the month of the year before the article's)
        # ("the same January through May period last year": the span's year words after its last month; "closures in
        # August and September of the previous year" too, a pair of months, not "September, and breaks last year's")
        # (not "Fourth of July: Last year US bought": a colon ends the month's words, a label's)
        word = re.match(rf"[^\s:]+\s+(?:(?:through|to|until|-|–)\s+[a-z]+\.?\s+(?:period\s+)?|(?<=[a-z] )and\s+"
                        rf"(?:{'|'.join(MONTHS)})\s+)?", quote[start:])
        last_year = word is not None and LAST_YEAR.match(quote, start + word.end()) is not None
        # ("over last January's figures" in January: the January before the story's own)
        # ("last February 1" names a day of this month; "from last June" in July, the June a year before)
        last_one = a_year_back(quote[max(0, start - 40):start], month, published.month) \
            and not re.match(r"\S+\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d|[,.]\d)", claim.quote[start:])
        readings.append((int(year.group(1)), month) if year else (published.year - 1, month) if last_year
                        else (latest[0] - 1, month) if last_one else latest)
        # ("during March 23": the year's last two digits, as Indian releases write them, when the row reads it so)
        short = re.match(r"\S+\s+(\d{2})\b(?![\d,.:])", claim.quote[start:])
        if short and published.year - 3 <= 2000 + int(short.group(1)) <= published.year:
            readings.append((2000 + int(short.group(1)), month))
    # ("From July 2023 to July of this year": the quote prints the month twice; the row is the one its period says)
    return next((r for r in readings if claim.period[:7] == f"{r[0]}-{r[1]:02d}"), readings[0])


def _span_opened(claim: Claim, published: dt.date) -> tuple[int, int] | None:
    """"From January to July" in an article of March: the month opens a span that must have ended by the article's
    date, so it is the latest such span's (January of the year before), not the latest January."""
    try:
        span = parse_period(claim.period) if claim.period else None
    except ValueError:
        return None
    month = MONTHS[claim.value.lower()]
    if span is None or not span.start or not span.end or span.start.month != month or span.end <= span.start \
            or (span.end - span.start).days > 366 or span.end.month == span.start.month:
        return None
    end_year, end_month = last_month(calendar.month_name[span.end.month], published)
    return (end_year - (1 if month > end_month else 0), month)


def _reference_days(ref) -> list[dt.date]:
    """Dates a reference speaks of: its value if it is a date, the dates in its period, else its publication."""
    days = []
    for text in _ISO_DAY.findall(f"{ref.value if ref.unit == 'date' else ''} {ref.period}"):
        try:
            days.append(dt.date.fromisoformat(text))
        except ValueError:
            continue
    return days or ([ref.published] if ref.published else [])


def date_checks(ctx: Context) -> list[Check]:
    checks = []
    for claim in (c for c in ctx.claims if c.is_claim):
        try:
            if claim.unit == "weekday" and claim.value.lower() in WEEKDAYS:
                checks.append(_weekday(ctx, claim))
            elif claim.unit == "month" and claim.value.lower() in MONTHS and (far := _far_year(claim, ctx.article.published)):
                checks.append(far)
            elif claim.unit == "month" and claim.value.lower() in MONTHS:
                checks.append(_month(ctx, claim, *_month_meant(claim, ctx.article.published)))
            elif claim.unit == "relative":
                checks.append(_relative(ctx, claim))
            elif claim.unit == "period" and claim.metric == MONTHS_IN_BRACKETS:
                checks.append(_months_in_brackets(claim))
            elif claim.unit == "period" and (far := _far_year(claim, ctx.article.published)):
                checks.append(far)
            elif claim.unit == "period":
                checks.append(_period_past(ctx, claim))
            elif claim.unit == "months" and claim.interval is not None:
                checks.append(_span(ctx, claim))
            elif claim.unit == "year" and claim.kind == "target":
                checks.append(_target_year(ctx, claim))
            elif claim.unit == "date" and (0 <= claim.start - ctx.article.dateline_start < len(ctx.article.dateline)
                                           or claim.metric == "dateline"):
                checks.append(_dateline(ctx, claim))
            elif claim.unit == "date" and claim.metric == "period end":
                checks.append(_period_end(ctx, claim))
        except OverflowError:
            checks.append(Check("date", [claim.id], UNVERIFIABLE,
                                f"\"{claim.value}\" in an article dated {ctx.article.published} falls outside the "
                                f"calendar this check can count."))
    return checks


def _parsed(claim: Claim):
    """The claim's period, or None when it names none the calendar can read."""
    try:
        return parse_period(claim.period)
    except ValueError:
        return None


def _period_past(ctx: Context, claim: Claim) -> Check:
    """"Huawei's revenue grew ... in 2019", "exports in March 2019": the period a figure is given for as a fact had
    ended when the article ran. One that had not is left open, never a contradiction nor even a tension: in the
    corpora such figures were nearly always forecasts, targets or periods to date that their words do not mark as
    one (170 tensions in 810 articles when it was flagged), and a period's own words rarely show which."""
    published = ctx.article.published
    period = _parsed(claim)
    if period is None or period.end is None:
        return Check("date", [claim.id], UNVERIFIABLE, f"The period \"{claim.value}\" has no calendar end to check.")
    lead = f"\"{claim.value}\" is {claim.period}"
    if period.end < published:
        return Check("date", [claim.id], CONSISTENT,
                     f"{lead}, which ended before the article ran ({fmt.day(published)}): consistent.")
    return Check("date", [claim.id], UNVERIFIABLE,
                 f"{lead}, which had not ended when the article ran ({fmt.day(published)}): the figure is a forecast, "
                 f"an estimate or a period to date, which its words do not say; confirm which.")


def _dateline(ctx: Context, claim: Claim) -> Check:
    """The day a story was filed (its dateline) against the day it was published: the same day or the days
    before it; a dateline after the publication date is a contradiction."""
    published = ctx.article.published
    try:
        filed = dt.date.fromisoformat(claim.period)
    except ValueError:
        return Check("date", [claim.id], UNVERIFIABLE, f"The dateline \"{claim.value}\" names no day the checks can read.")
    days = (published - filed).days
    lead = f"The dateline \"{claim.value}\" is {fmt.weekday_day(filed)}, in an article published {fmt.weekday_day(published)}"
    if days < 0:
        return Check("date", [claim.id], INCONSISTENT, f"{lead}: filed {-days} days after it was published: inconsistent.",
                     gap=float(-days), implied_unit="days")
    when = "the same day" if days == 0 else f"{days} day{'s' if days > 1 else ''} before"
    return Check("date", [claim.id], CONSISTENT, f"{lead}: filed {when}, consistent.")


def _period_end(ctx: Context, claim: Claim) -> Check:
    """"In the quarter ended December 31, 2021", in an article of 25 May 2021: a period said to have ended must
    have ended by the day the story speaks from."""
    try:
        ended = dt.date.fromisoformat(claim.period)
    except ValueError:
        return Check("date", [claim.id], UNVERIFIABLE, f"\"{claim.value}\" names no day the checks can read.")
    day, said_by = story_date(ctx)
    lead = f"A period \"ended {claim.value}\" ({fmt.weekday_day(ended)}), in {said_by} of {fmt.weekday_day(day)}"
    days = (ended - day).days
    if days > 0:
        return Check("date", [claim.id], INCONSISTENT, f"{lead}: it ends {days} days later, so it had not ended when "
                                                       f"the story was written (a year off?): inconsistent.",
                     gap=float(days), implied_unit="days")
    return Check("date", [claim.id], CONSISTENT, f"{lead}: it had ended, consistent.")


def _weekday(ctx: Context, claim: Claim) -> Check:
    anchor, whose = story_date(ctx)
    dated = [ctx.by_id[i] for i in claim.links if ctx.by_id[i].unit == "date" and len(ctx.by_id[i].period) == 10]
    if dated:  # the register names the day it is read against (the dateline's row)
        anchor, whose = dt.date.fromisoformat(dated[0].period), "the dateline"
    claims = [claim.id] + [d.id for d in dated[:1]]
    future = told_ahead(ctx.article.text, claim.start + claim.quote.lower().find(claim.value.lower()))
    day = next_weekday(claim.value, anchor) if future else last_weekday(claim.value, anchor)
    distance = abs((anchor - day).days)
    when = "the same day" if distance == 0 else f"{distance} day{'s' if distance > 1 else ''} {'later' if future else 'earlier'}"
    lead = f"\"{claim.value}\" in {whose} of {fmt.weekday_day(anchor)} is {fmt.weekday_day(day)}, {when}"
    printed = _printed_date(ctx, claim, anchor)
    if printed is not None:
        if printed.weekday() == WEEKDAYS[claim.value.lower()]:
            return Check("date", claims, CONSISTENT, f"\"{claim.value}\" beside {fmt.day(printed)}: that day "
                                                         f"was a {calendar.day_name[printed.weekday()]}: consistent.")
        gap = min((printed.weekday() - WEEKDAYS[claim.value.lower()]) % 7, (WEEKDAYS[claim.value.lower()] - printed.weekday()) % 7)
        return Check("date", claims, INCONSISTENT,
                     f"\"{claim.value}\" beside {fmt.day(printed)}, which was a {calendar.day_name[printed.weekday()]}: "
                     f"inconsistent, {gap} day{'s' if gap > 1 else ''} apart.", gap=float(gap), implied_unit="days")
    refs = ctx.linked_references(claim)
    if not refs:
        # Within the week of the story's date: a day the article can mean, though nothing dates the event itself.
        return Check("date", claims, CONSISTENT,
                     f"{lead}: a day within the week of {whose}'s date, consistent (no record of the event's own "
                     f"date to compare with).")
    matching = [r for r in refs if day in _reference_days(r)]
    if matching:
        return Check("date", claims, CONSISTENT,
                     f"{lead}; {ctx.source_phrase(matching[0])} is dated that day: consistent.",
                     references=[r.id for r in matching])
    found = ", ".join(f"{fmt.day(d)} ({r.id})" for r in refs for d in _reference_days(r))
    return Check("date", claims, TENSION, f"{lead}; the references date it {found}: tension.",
                 references=[r.id for r in refs])


# A year the words before a day spoke of: "of 2013"
_YEAR_TOLD = re.compile(r"\b((?:19|20)\d\d)\b(?![-–/]\d)")


def _printed_date(ctx: Context, claim: Claim, anchor: dt.date) -> dt.date | None:
    """A day of the month printed right beside the weekday: "Friday, Oct. 18", "on Friday (18 October)"."""
    at = claim.start + claim.quote.lower().find(claim.value.lower())
    window = ctx.article.text[at + len(claim.value): at + len(claim.value) + 30].lstrip(" ,(")
    found = _DAY_OF_MONTH.match(window)
    if found and (year := _PRINTED_YEAR.match(window, found.end())):
        try:
            return dt.date(int(year.group("year")), _month_number(found.group("month") or found.group("month2")),
                           int(found.group("day") or found.group("day2")))
        except (ValueError, TypeError):
            return None
    if not found:
        before = ctx.article.text[max(0, at - 16): at]
        found = re.search(rf"(?:{_DAY_OF_MONTH.pattern})[ ,]*$", before)
    if not found:
        return None
    month = _month_number(found.group("month") or found.group("month2"))
    number = int(found.group("day") or found.group("day2"))
    # ("the most congested day of 2013 in Vancouver was November 15. In Toronto it was Friday, February 8": the year
    # the paragraph spoke of last, when the day fell on the weekday named in it and not in the story's months)
    told = ctx.article.text[max(0, at - 250):at].split("\n")[-1]
    year_told = [int(y) for y in _YEAR_TOLD.findall(told)]
    nearest, weekday = _nearest_date(anchor, month, number), WEEKDAYS[claim.value.lower()]
    if year_told and nearest is not None and nearest.weekday() != weekday:
        try:
            candidate = dt.date(year_told[-1], month, number)
        except (ValueError, TypeError):
            candidate = None
        if candidate is not None and 0 <= (anchor - candidate).days <= 550 and candidate.weekday() == weekday:
            return candidate
    return nearest


def _nearest_date(anchor: dt.date, month: int | None, number: int) -> dt.date | None:
    """The day of that month and number within 200 days of the story's date, if any."""
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = dt.date(year, month, number)
        except (ValueError, TypeError):
            continue
        if abs((candidate - anchor).days) <= 200:
            return candidate
    return None


def _month(ctx: Context, claim: Claim, year: int, month: int) -> Check:
    lead = f"\"{claim.value}\" in an article of {fmt.day(ctx.article.published)} is {calendar.month_name[month]} {year}"
    gap = None
    if claim.period and claim.period[:7] != f"{year}-{month:02d}":
        try:
            start = parse_period(claim.period).start
            gap = abs((start.year - year) * 12 + start.month - month) if start else None
        except ValueError:
            gap = None
    problem = f"the register's period {claim.period} disagrees" if claim.period and claim.period[:7] != f"{year}-{month:02d}" else ""
    refs = ctx.linked_references(claim)
    days = [(r, d) for r in refs for d in _reference_days(r)]
    in_month = [(r, d) for r, d in days if (d.year, d.month) == (year, month)]
    if not refs:
        if problem and gap:
            return Check("date", [claim.id], INCONSISTENT, f"{lead}; {problem}, {gap} month{'s' if gap > 1 else ''} "
                                                           f"apart.", gap=float(gap), implied_unit="months")
        if problem:
            return Check("date", [claim.id], UNVERIFIABLE, f"{lead}; {problem}.")
        # The latest such month by the article's date: one it can speak of, though nothing dates the event.
        return Check("date", [claim.id], CONSISTENT, f"{lead}, a month the article can speak of: consistent (no "
                                                     f"reference gives the event's own date).")
    if in_month and not problem:
        named = "; ".join(f"{fmt.day(d)} ({r.id})" for r, d in in_month)
        return Check("date", [claim.id], CONSISTENT, f"{lead}; the references date it {named}: consistent.",
                     references=sorted({r.id for r, _ in in_month}))
    other = "; ".join(f"{fmt.day(d)} ({r.id})" for r, d in days)
    return Check("date", [claim.id], TENSION, f"{lead}; the references date it {other}: tension.",
                 references=[r.id for r in refs])


# Relative dates, as (the unit they count in, how many of it from the article's).
# Only words that count from the day the story ran: "the previous month" and "the corresponding quarter of the
# previous year" count back from the period the article reports ("a 4.6% decrease in the previous month" of an
# article on April's figures is March), so they are no date to read against the article's.
_RELATIVE = {"this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1), "past year": ("year", -1),
             "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
             "yesterday": ("day", -1), "today": ("day", 0), "tomorrow": ("day", 1)}


def _relative(ctx: Context, claim: Claim) -> Check:
    """"last year" or "last month" against the period the register gives the figure; a year or a month
    is counted as its index (years, or months since year 0), so one comparison serves both."""
    published = ctx.article.published
    words = " ".join(claim.value.lower().split())
    if words not in _RELATIVE:
        return Check("date", [claim.id], UNVERIFIABLE, f"\"{claim.value}\" counts back from the period the article "
                     "reports, not from its date: nothing to read it against." if re.search(
                         r"(?i)previous|preceding|prior|corresponding", words) else
                     f"\"{claim.value}\" is not a relative date the checks can resolve.")
    unit, offset = _RELATIVE[words]
    # "as of yesterday" in a story filed the day before it ran counts from the dateline the row links to
    dated = [ctx.by_id[i] for i in claim.links if ctx.by_id[i].unit == "date" and len(ctx.by_id[i].period) == 10]
    anchor, whose = (dt.date.fromisoformat(dated[0].period), "the dateline") if dated and unit == "day" else \
        (published, "an article")
    claims = [claim.id] + [d.id for d in dated[:1] if unit == "day"]

    def index_of(day):
        return day.year if unit == "year" else day.toordinal() if unit == "day" else day.year * 12 + day.month - 1

    index = index_of(anchor) + offset
    named = str(index) if unit == "year" else fmt.day(dt.date.fromordinal(index)) if unit == "day" else \
        f"{calendar.month_name[index % 12 + 1]} {index // 12}"
    lead = f"\"{claim.value}\" in {whose} of {fmt.day(anchor)} is {named}"
    try:
        period = parse_period(claim.period) if claim.period else None
    except ValueError:
        period = None
    if period is None or period.start is None:
        return Check("date", claims, UNVERIFIABLE, f"{lead}; the register gives no calendar period to check.")
    first, last = index_of(period.start), index_of(period.end)
    if first <= index <= last:
        return Check("date", claims, CONSISTENT, f"{lead}, the period the figure is given for: consistent.")
    gap = min(abs(first - index), abs(last - index))
    at = claim.start + max(0, claim.quote.lower().find(claim.value.lower()))
    if words.startswith("next") and re.search(r"(?i)\bthe\s+$", ctx.article.text[max(0, at - 8):at]):
        # ("another nine the following year and three more the next year": the year after the one the story last
        # named, not the year after its date)
        return Check("date", claims, UNVERIFIABLE, f"\"the {claim.value}\" counts on from the year the article last "
                                                   f"named, not from its date: nothing to read it against.")
    if words in ("last year", "past year") and re.search(r"(?i)\bthe\s+$", ctx.article.text[max(0, at - 8):at]):
        # ("sales ... grew 10 per cent in the last year to £7.9bn": the twelve months to the report, no calendar year)
        return Check("date", claims, UNVERIFIABLE, f"\"the {claim.value}\" is the twelve months before the report, "
                                                   f"not a calendar year: nothing to read it against.")
    if _A_BASE_BEFORE.search(ctx.article.text, max(0, at - 30), at):
        return Check("date", claims, UNVERIFIABLE, f"{lead}, the period the figure for {claim.period} is compared "
                                                   f"with, not its own: nothing to read against it.")
    text = (f"{lead}, but the figure is given for {claim.period}: inconsistent, {gap} {unit}{'s' if gap > 1 else ''} "
            f"apart.")
    dated, meant = _figures_of_both(ctx, claim, named)
    if meant:
        claims += [c.id for c in dated + meant]
        text += (f" The article's own figure for {named}, which it sets beside {dated[0].phrase}, is "
                 f"{meant[0].phrase}.")
    return Check("date", claims, INCONSISTENT, text, gap=float(gap), implied_unit=f"{unit}s")


# "a 6 per cent increase on this year's total", "up from last year's": a relative date that names what a figure of
# another period is measured against
_A_BASE_BEFORE = re.compile(r"(?i)\b(?:(?:increase|rise|fall|decrease|decline|drop|growth|up|down)\s+on|from|than|over|"
                            r"against|compared\s+(?:with|to))\s+(?:the\s+)?$")


def _figures_of_both(ctx: Context, claim: Claim, named: str) -> tuple[list[Claim], list[Claim]]:
    """"In 2020, the infections dropped ... as a total of 1,072 infections were reported last year", in an article of
    2022 that gave 2021's 9,613 cases before: the figures of the relative date's sentence given for the period the row
    says (1,072), and those the article sets beside them for the period the relative date names (9,613), which
    show which of the two the sentence meant."""
    sentence = ctx.sentence_of(claim.start)
    dated = [c for c in ctx.numeric_claims if c.period == claim.period and ctx.sentence_of(c.start) == sentence]
    pairs = [(d, o) for d in dated for o in ctx.linked_claims(d) if o.period == named and o.unit == d.unit]
    return ([pairs[0][0]], [pairs[0][1]]) if pairs else ([], [])


# How far a span may run past the story's day and still be a fiscal period the article names as the calendar's (days),
# when its words name no year ("the first 10 months of this year", "of 2025" are the calendar's)
_A_FISCAL_QUARTER_EARLIER = 92
# "is estimated to reach", "estimated at", "is expected to total", "projected": a figure given before it is known
_ESTIMATED = re.compile(r"(?i)\b(?:(?:is|are|was|were)\s+)?(?:estimated|expected|projected|forecast)\s+(?:to|at)\b")
# Words that tell of what is to come: "will", "is scheduled to", "to be followed by", "expected"
_TOLD_AHEAD = re.compile(r"(?i)\b(?:will|shall|scheduled|due\s+to|expected|planned|plans?\s+to|to\s+be|set\s+to|aims?\s+to|"
                         r"forecasts?|projected)\b")
_A_MONTH = 31
_A_WEEK = 7
_A_CALENDAR_YEAR = re.compile(r"(?i)\b(?:19|20)\d\d\b|\b(?:this|last|the\s+calendar)\s+year\b")


def _span(ctx: Context, claim: Claim) -> Check:
    published = ctx.article.published
    period = _parsed(claim)
    # (a span of three months may be written as its quarter: "the first three months of 2024" is 2024Q1)
    if period is None or period.start is None:
        return Check("date", [claim.id], UNVERIFIABLE,
                     f"The span \"{claim.quote}\" has no calendar period (YYYY-MM/YYYY-MM) in the register to check.")
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    lead = f"\"{claim.quote}\" is {claim.period}, {months} months"
    # the month its sentence names as its end ("at the end of March 2022"): a date row the span links to
    ends = [ctx.by_id[i] for i in claim.links if i in ctx.by_id and ctx.by_id[i].unit == "month"][:1]
    claims = [claim.id] + [end.id for end in ends]
    stated = int(claim.printed.value)
    if months != stated:
        gap = abs(months - stated)
        return Check("date", claims, INCONSISTENT, f"{lead}, not {claim.value}: inconsistent, {gap} month"
                                                   f"{'s' if gap > 1 else ''} apart.",
                     gap=float(gap), implied_unit="months")
    last = (period.end.year, period.end.month)
    for end in ends:
        named = tuple(int(part) for part in end.period[:7].split("-")) if _MONTH_PERIOD.match(end.period) else None
        if named and named != last:
            gap = abs((named[0] - last[0]) * 12 + named[1] - last[1])
            return Check("date", claims, INCONSISTENT,
                         f"{lead}, ending in {calendar.month_name[last[1]]} {last[0]}, but the sentence names "
                         f"{calendar.month_name[named[1]]} {named[0]} as its end: inconsistent, {gap} month"
                         f"{'s' if gap > 1 else ''} apart.", gap=float(gap), implied_unit="months")
        if named:
            lead += f", ending in {calendar.month_name[last[1]]} {last[0]} as the sentence says"
    if period.start > published and _TOLD_AHEAD.search(claim.quote):
        # ("to be followed by Sligo, Waterford and Dublin in the first six months of 2025", in December 2023: a span
        # that had not begun, told in words of what is to come, is a plan's or a forecast's; not "5.6 million children
        # were seen in the 12 months up to June 2024" in August 2022, an actual told in the past)
        return Check("date", claims, UNVERIFIABLE,
                     f"{lead}, which had not begun when the article ran ({fmt.day(published)}): a plan or a forecast, "
                     f"not an actual; confirm the words say so.")
    if period.end >= published and _TOLD_AHEAD.search(claim.quote):
        # ("China has a combined annual demand that is expected to exceed 650,000 units in the 12-month period ending
        # March 2016", in October 2015: a forecast of a period under way)
        return Check("date", claims, UNVERIFIABLE,
                     f"{lead}, which had not ended when the article ran ({fmt.day(published)}), told in words of what "
                     f"is to come: a forecast of a period under way, not an actual; confirm the words say so.")
    if period.end >= published:
        gap = (period.end - published).days + 1
        fiscal = fiscal_year_of((c.unit for c in ctx.claims), ctx.article.text)
        if fiscal and fiscal.first_month != 1 and period.start.month == 1:
            # ("remitted $3.74 billion in first 9 months of 2019", in Pakistan in April 2019: the first nine months
            # of fiscal 2019, July to March, had ended)
            first, last = first_months(period.start.year, fiscal.first_month, months)
            if dt.date(*last, calendar.monthrange(*last)[1]) < published:
                return Check("date", claims, TENSION,
                             f"{lead}, which had not ended when the article ran ({fmt.day(published)}), {gap} days "
                             f"short; read as {fiscal.country}'s fiscal year {period.start.year} (from "
                             f"{calendar.month_name[fiscal.first_month]}, {fiscal.cited}), its first {months} months, "
                             f"{calendar.month_name[first[1]]} {first[0]} to {calendar.month_name[last[1]]} {last[0]}, "
                             f"had: tension, confirm whose year it is.", gap=float(gap), implied_unit="days")
        if gap <= _A_MONTH and _ESTIMATED.search(claim.quote):
            # ("exports in the first five months of the year are estimated to reach US$130.94 billion", on 29 May: a
            # statistics office's estimate of a period about to end, published before it ends)
            return Check("date", claims, CONSISTENT,
                         f"{lead}, which had not ended when the article ran ({fmt.day(published)}), {gap} days short; "
                         f"the figure is given as an estimate, which statistics offices publish before a period ends: "
                         f"consistent.")
        if gap <= _A_WEEK:
            # ("agriculture, where growth inched up 0.74% in these first nine months of 2019", on 30 September: some
            # statistics offices publish a period's figures in its last days, estimating what is left of it)
            return Check("date", claims, TENSION,
                         f"{lead}, which had not ended when the article ran ({fmt.day(published)}), {gap} days short; "
                         f"some statistics offices publish a period's figures in its last days, as estimates: "
                         f"tension, confirm the figure is one.", gap=float(gap), implied_unit="days")
        if gap <= _A_FISCAL_QUARTER_EARLIER and not _A_CALENDAR_YEAR.search(claim.quote):
            # ("For the six-month period, net income fell 47.4%" in a results story of 19 May: a company's fiscal half
            # that ended in April, read as the calendar's)
            return Check("date", claims, TENSION,
                         f"{lead}, which had not ended when the article ran ({fmt.day(published)}), {gap} days short; "
                         f"a company's fiscal period may end up to a quarter before the calendar's: tension, confirm "
                         f"whose period it is.", gap=float(gap), implied_unit="days")
        return Check("date", claims, INCONSISTENT,
                     f"{lead}, which had not ended when the article ran ({fmt.day(published)}): inconsistent, "
                     f"{gap} days short.", gap=float(gap), implied_unit="days")
    fiscal = fiscal_year_of((c.unit for c in ctx.claims), ctx.article.text) if _OF_FISCAL_YEAR.search(claim.quote) else None
    if fiscal and period.start.month != fiscal.first_month:
        return Check("date", claims, TENSION,
                     f"{lead}: a fiscal year starting in {calendar.month_name[period.start.month]}, but "
                     f"{fiscal.country}'s government's starts in {calendar.month_name[fiscal.first_month]} "
                     f"({fiscal.cited}); a company's own year may differ: tension, confirm whose year it is.")
    refs = ctx.linked_references(claim)
    known = [r for r in refs if r.published and r.published <= published]
    tail = (f"; {ctx.source_phrase(known[0])} published the figure for it" if known else "")
    if fiscal:
        tail += (f"; it starts in {calendar.month_name[fiscal.first_month]}, as {fiscal.country}'s government "
                 f"fiscal year does ({fiscal.cited})")
    return Check("date", claims, CONSISTENT,
                 f"{lead}, ended before the article ran ({fmt.day(published)}){tail}: consistent.",
                 references=[r.id for r in known])


def _months_in_brackets(claim: Claim) -> Check:
    """A span's length against its months in brackets: "the first seven months ... (April-September)" are six."""
    named = claim.value.split("(")[0].strip()
    stated = _length_in_months(named.lower())
    bracket = _BRACKETED_MONTHS.search(claim.quote)
    if stated is None or bracket is None:
        return Check("date", [claim.id], UNVERIFIABLE,
                     f"\"{claim.quote}\" names no length in months and months in brackets that the check can read.")
    first, last = (_month_number(bracket.group(name)) for name in ("month", "month2"))
    months = (last - first) % 12 + 1
    lead = (f"\"{named}\" is {stated} months; the months in brackets, {calendar.month_name[first]} to "
            f"{calendar.month_name[last]}, are {months}")
    if months != stated:
        gap = abs(months - stated)
        return Check("date", [claim.id], INCONSISTENT, f"{lead}: inconsistent, {gap} month{'s' if gap > 1 else ''} "
                                                       f"apart.", gap=float(gap), implied_unit="months")
    return Check("date", [claim.id], CONSISTENT, f"{lead}: consistent.")


def _length_in_months(label: str) -> int | None:
    """How many months a span's label names: a quarter 3, a half 6, "the first seven months" 7; None when no length."""
    if "quarter" in label or "half" in label:
        return 3 if "quarter" in label else 6
    count = _MONTH_COUNT.search(label)
    if count is None:
        return None
    return int(count.group(1)) if count.group(1).isdigit() else COUNT_WORDS[count.group(1)]


_MONTH_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(COUNT_WORDS) + r")\b")


def _target_year(ctx: Context, claim: Claim) -> Check:
    year = int(claim.printed.value)
    refs = ctx.linked_references(claim)
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


FAMILY = Family(date_checks, {"date": 4})
