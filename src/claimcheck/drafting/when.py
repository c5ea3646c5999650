"""From the words of a date or period to a period of the register's grammar (periods.py).

"the first 10 months of the year" in an article of 18 Nov 2023 is 2023-01/2023-10; "Q3FY20" is
FY2020Q3; "third quarter of fiscal 2018-19" is FY2019Q3 (a fiscal year is named by the year it
ends); "the December quarter" is 2019-10/2019-12; "a year ago" is the period a year before the one
the clause speaks of. A month or quarter without a year is the latest one that ended by the
article's date, unless the text around it names the year.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from ..extract import Mention
from ..fiscal_years import FiscalYear, first_months, quarter_in_fiscal_year
from ..periods import parse_period, year_before

MONTH_NUMBER = {name.lower()[:3]: i for i, name in enumerate(calendar.month_name) if name}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
# "first", or "1st" as some outlets print it ("in the 1st five months of 2018", "1st half")
_FIRST = re.compile(r"(?i)\b(?:first|1st)\b")


# "29 May-4 June 2011", "May 29 to June 4, 2011": a span of days running over the end of a month
_DAYS_OF_TWO_MONTHS = re.compile(r"(?i)(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+(?P<e1>\d{1,2})(?:st|nd|rd|th)?)"
                                 r"(?:,?\s+\d{4})?\s*(?:[-–]|to|through|until)\s*"
                                 r"(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+(?P<e2>\d{1,2})(?:st|nd|rd|th)?)"
                                 r"(?:,?\s+\d{4})?")


def _month(word: str) -> int | None:
    return MONTH_NUMBER.get(word.lower().strip(".")[:3])


def _latest_year(month_start: int, published: dt.date, context_year: int | None) -> int:
    """The year of a month, quarter or half named without one: the latest that had begun by the article's
    date ("third-quarter results" in late August are this year's quarter, just ended or ending)."""
    if context_year:
        return context_year
    return published.year if month_start <= published.month else published.year - 1


def _fiscal_year(text: str) -> int | None:
    """'fiscal 2018-19' -> 2019, 'FY20' -> 2020, 'FY2020' -> 2020, '2022-23' -> 2023, 'FY25-26' -> 2026."""
    found = re.search(r"(\d{2,4})(?:\s?[-–/]\s?(\d{2,4}))?", text)
    if not found:
        return None
    first, second = found.group(1), found.group(2)
    year = second or first
    if len(year) == 2:
        century = int(first[:2]) * 100 if len(first) == 4 else 2000
        year = century + int(year)
    return int(year)


# A quarter by its number: "Q4", "4Q", "fourth quarter", "fourth-quarter", and the year after it, if any
QUARTER_LABEL = re.compile(r"(?i)(?:Q(?P<q>[1-4])|(?P<n>[1-4])Q|(?P<word>first|second|third|fourth)[- ]quarter)"
                           r"(?:\s*(?:of\s+)?(?:FY\s?)?(?P<year>\d{2,4}))?")


def quarter_number(found: re.Match) -> int:
    return int(found.group("q") or found.group("n") or 0) or \
        ("first", "second", "third", "fourth").index(found.group("word").lower()) + 1


def quarters_named_by_months(mentions: list[Mention], published: dt.date, fiscal: FiscalYear | None) -> dict[int, str]:
    """The calendar quarters the article names by their months ("the quarter ended December", "the July-September
    quarter") or by their fiscal year ("Q1 FY26"), by their number in the fiscal year: in an Indian company's results,
    "Q3" is October-December, the latest such if several. Under 0, the one quarter named by its months, if the article
    names only one: a company's own fiscal quarter, whatever its year; under -1, the latest quarter named by its
    months."""
    found: dict[int, set[str]] = {}
    labelled: dict[int, set[str]] = {}
    for mention in mentions:
        # ("Q1 FY26": a quarter the article names by its fiscal year, which the bare "Q1" of its headline is too,
        # unless the article names that quarter by its months as well: "Q3FY20" beside "the December quarter")
        label = re.fullmatch(r"FY\d{4}Q([1-4])", period_of(mention, published)) if mention.kind == "quarter" else None
        if label:
            labelled.setdefault(int(label.group(1)), set()).add(label.group(0))
        elif mention.kind == "quarter" and any(_month(word) for word in re.findall(r"[A-Za-z]+", mention.text)):
            quarter = re.fullmatch(r"\d{4}Q([1-4])", period_of(mention, published))
            if quarter:
                found.setdefault(0, set()).add(quarter.group(0))
                if fiscal is not None and fiscal.first_month != 1:
                    number = quarter_in_fiscal_year(int(quarter.group(1)), fiscal.first_month)
                    found.setdefault(number, set()).add(quarter.group(0))
    for number, periods in labelled.items():
        found.setdefault(number, periods)
    # (of a number's several quarters, "the quarter ended December 2020" and "the October-December quarter a year
    # ago", a bare "Q3" is the latest: the year before's is said so)
    latest = {-1: max(found[0])} if found.get(0) else {}
    return {number: max(periods) if number else periods.pop() for number, periods in found.items()
            if number or len(periods) == 1} | latest


# How long after a quarter ends its results may still be news (days): a results story reports the quarter just
# ended, within the weeks of filing, and a calendar quarter ended more than five months before is no longer that
_RESULTS_LAG = 150


def as_fiscal_quarter(mention: Mention, period: str, named: dict[int, str], published: dt.date) -> str:
    """A quarter named by its number alone, with no year, is the quarter of that number in the fiscal year when the
    article names one such by its months ("ITC Q3 results" over "in the quarter ended December"), within a year of
    the calendar quarter of that number; "its fiscal first-quarter profit" is the one quarter the article names by
    its months ("For the quarter ended Sept. 30"), and so is "the third quarter" of a story of April beside "the
    quarter ended March 31": the calendar's third quarter ended too long before to be the one reported."""
    # ("the fiscal first-quarter", "the first fiscal quarter": the label once the fiscal word is set aside)
    words = re.sub(r"(?i)^(?:the\s+)?fiscal\s+|(?<=\s)fiscal\s+(?=quarter)|^the\s+", "", mention.text.strip())
    bare = QUARTER_LABEL.fullmatch(words)
    if not bare or bare.group("year") or mention.kind != "quarter":
        return period
    number = quarter_number(bare)
    if "fiscal" in mention.text.lower():
        return period or named.get(number, "") or named.get(0, "")
    if not re.fullmatch(r"\d{4}Q[1-4]", period):
        return period
    fiscal = named.get(number, "")
    if fiscal and abs(int(re.search(r"\d{4}", fiscal).group()) - int(period[:4])) <= 1:
        return fiscal
    # ("Net NPAs ... were 0.42 percent in Q3, ... and higher than 0.40 percent in Q2", Q3 the quarter ended December:
    # the numbering the months of one fiscal quarter set gives the earlier quarters of its year too; not "its Q3
    # numbers" beside "the September quarter" it is by the calendar, nor "fourth-quarter revenue" beside "the quarter
    # ended June 30" of a fiscal year the outlet's country only suggests)
    for known, quarter in sorted(named.items(), reverse=True):
        if number < known and re.fullmatch(r"\d{4}Q[1-4]", quarter) and period not in (named.get(0), named.get(-1)):
            index = int(quarter[:4]) * 4 + int(quarter[-1]) - 1 + number - known
            shifted = f"{index // 4}Q{index % 4 + 1}"
            if abs(index // 4 - int(period[:4])) <= 1:
                return shifted
    latest = named.get(-1, "")
    return latest if latest and latest > period and _reported_late(period, published) \
        and not _reported_late(latest, published) else period


def _reported_late(quarter: str, published: dt.date) -> bool:
    """Whether a calendar quarter ended too long before the story for its results to be the story's news."""
    end = parse_period(quarter).end
    return end is not None and (published - end).days > _RESULTS_LAG


def period_of(mention: Mention, published: dt.date, context: str = "") -> str:
    """The period a date or period mention names, or ''. `context` is the period of the clause the
    mention speaks in, for "a year ago" and "the same period last year"."""
    return canonical(_period_of(mention, published, context))


def canonical(period: str) -> str:
    """One spelling per stretch of time: January-June 2015 is 2015H1, July-September 2015Q3, a whole year 2015."""
    found = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", period)
    if not found or found.group(1) != found.group(3):
        return period
    year, first, last = found.group(1), int(found.group(2)), int(found.group(4))
    if (first, last) == (1, 12):
        return year
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}H{1 if first == 1 else 2}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}Q{last // 3}"
    if first == last:
        return f"{year}-{first:02d}"  # "the first month this year": January
    return period


def _period_of(mention: Mention, published: dt.date, context: str = "") -> str:
    text = mention.text
    low = text.lower()
    explicit_year = _YEAR.search(text)
    year = int(explicit_year.group(0)) if explicit_year else None
    kind = mention.kind
    if not year and kind in ("half", "quarter", "month", "duration") and re.search(r"\blast year\b", low):
        year = published.year - 1  # "the first half of last year": the year before the article's
    if kind == "year":
        span = re.fullmatch(r"(\d{4})\s?[-–]\s?(\d{4})", text)
        return f"{span.group(1)}-01/{span.group(2)}-12" if span else text
    calendar_label = re.fullmatch(r"(?:(\d{1,2})M|([12])H)?CY\s?(\d{2,4})", text)
    if kind == "fiscal" and calendar_label:
        # "9MCY23": January to September 2023; "1HCY23": its first half; "CY23": all of it
        months, half, digits = calendar_label.groups()
        year = int(digits) + (2000 if len(digits) == 2 else 0)
        if half:
            return f"{year}H{half}"
        count = int(months or 12)
        return str(year) if count >= 12 else f"{year}-01" if count == 1 else f"{year}-01/{year}-{count:02d}"
    if kind == "fiscal":
        counted = re.match(r"(?i)(\d{1,2})M|(1)H|(\w+)\s+months?\s+(?:of\s+)?", text)
        months = int(counted.group(1)) if counted and counted.group(1) else 6 if counted and counted.group(2) else \
            (int(counted.group(3)) if counted.group(3).isdigit() else COUNT_WORDS.get(counted.group(3).lower(), 0)) \
            if counted else 0
        fiscal = _fiscal_year(re.sub(r"(?i)^(?:\d{1,2}M|1H|\w+\s+months?\s+(?:of\s+)?)|(?:fiscal|financial|budget)(?: year)?|FY",
                                     "", text))
        if fiscal and re.fullmatch(r"(?i)budget(?: year)?\s?\d{4}", text):
            return str(fiscal)  # "Budget 2020" is the budget of 2020, whatever year its books keep
        if fiscal and 0 < months < 12:
            return f"FY{fiscal} (first {months} months)"  # "6MFY24", "nine months FY2020"
        return f"FY{fiscal}" if fiscal else ""
    ended = re.search(r"(?:end(?:ed|ing|s)(?: on| in)?|(?:(?<=months)|(?<=days)|(?<=weeks)) (?:up )?(?:to|through|till|until))\s+(?:(?P<first>\d{1,2})(?:st|nd|rd|th)?\s+)?"
                      r"([a-z]+)\.?(?:\s+(?P<day>\d{1,2})\b(?!\d))?(?:,?\s+(\d{4}))?", low)  # ("ended 31 december 2022")
    if ended and kind in ("quarter", "duration") and _month(ended.group(2)):
        # "the quarter ended December 31, 2019" is October-December 2019; "nine months ended Sept. 30" January-
        # September of the latest year it could have ended in
        months = 3 if kind == "quarter" else 12 if mention.unit == "year" else (
            int(mention.value) if mention.value.isdigit() else COUNT_WORDS.get(mention.value.lower(), 0))
        last = _month(ended.group(2))
        # (the latest such month that had ended by the article's day: the month after it had begun)
        end_year = int(ended.group(4)) if ended.group(4) else _latest_year(last + 1, published, None)
        day = int(ended.group("day") or ended.group("first") or 0)
        if mention.unit.startswith(("day", "week")):
            # ("the seven days ending 27 March", "the four weeks to 3 September": the days that end on that day, the
            # latest such day on or before the article's, unless a year is named)
            return _days_ending(months * (7 if mention.unit.startswith("week") else 1), last, day,
                                int(ended.group(4)) if ended.group(4) else None, published)
        if 0 < day <= 7:
            # ("the three months ended Nov. 1" in a story of 17 November: a retailer's weeks, which end in the first
            # days of a month, count the months before it, August to October, of the latest year that day had passed)
            if not ended.group(4):
                end_year = published.year - (dt.date(published.year, last, day) > published)
            end_year, last = (end_year - 1, 12) if last == 1 else (end_year, last - 1)
        if not 0 < months <= 12:
            return ""
        if low.startswith(("fiscal", "financial")):
            if not ended.group(4) and re.match(r"end(?:ing|s)", ended.group(0)):
                # ("expects net profit to reach 675 billion yen for the fiscal year ending March", in October 2018:
                # the year under way, which ends next March)
                end_year = published.year + (published.month > last)
            return f"FY{end_year}"  # "the financial year ended March 31": a fiscal year, named by the year it ends
        if months == 1:
            return f"{end_year}-{last:02d}"
        first = end_year * 12 + last - months  # the first month, counted from January of year 0
        return f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{last:02d}"
    ends_in = re.fullmatch(r"(?:[A-Za-z]+[-–])?([A-Za-z]+)(?:,?\s+(\d{4}))?\s+quarter"
                           r"(\s+of the (?:previous|last|preceding)\b.*|\s+a year (?:ago|earlier|before)|\s+last year)?", text)
    if kind == "quarter" and ends_in and _month(ends_in.group(1)):
        # "the March 2023 quarter" is January-March 2023; "the June quarter", the latest that had ended; "the
        # October-December quarter of the previous fiscal", the one a year before that
        last = _month(ends_in.group(1))
        end_year = int(ends_in.group(2)) if ends_in.group(2) else _latest_year(last, published, None) - \
            bool(ends_in.group(3))
        first = end_year * 12 + last - 3
        return f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{last:02d}"
    two_digits = re.search(r"['’](\d{2})$", text)  # "H1'24", "7M’24", "Q3’23": the year's last two digits
    if two_digits and not year:
        year = 2000 + int(two_digits.group(1))
    if kind == "quarter":
        fiscal = re.fullmatch(r"FY(\d{4})(?:Q[1-4])?", context)
        if fiscal and not year and "fy" not in low and "fiscal" not in low and re.search(r"q[1-4]|[1-4]q|quarter", low):
            low, text = f"{low} fy{fiscal.group(1)}", f"{text} FY{fiscal.group(1)}"
        return _quarter(text, low, published, year)
    if kind == "half":
        n = 1 if _FIRST.search(low) or "h1" in low else 2
        return f"{year or _latest_year(6 * n - 5, published, None)}H{n}"
    numbered = re.fullmatch(r"(\d{1,2})\s?[-–−]\s?(\d{1,2})/(\d{4})", text)
    if kind == "month" and numbered:
        # ("4−6/2009": April to June 2009)
        first, last, year_of = (int(g) for g in numbered.groups())
        return "" if first > last else f"{year_of}-{first:02d}" if first == last else \
            f"{year_of}-{first:02d}/{year_of}-{last:02d}"
    if kind == "month":
        # ("October ’21": the year's digits, no day)
        return _month_period(text[:two_digits.start()] if two_digits else text, published, year)
    if kind == "duration":
        n = int(mention.value) if mention.value.isdigit() else COUNT_WORDS.get(mention.value.lower(), 0) or \
            int(low == "first month")  # "the first month this year"
        unit = mention.unit.rstrip("s")
        months = n if unit == "month" else 3 * n if unit == "quarter" else 0
        if (low.endswith("period") or re.fullmatch(r"\w+-month", low)) and 0 < months <= 12:
            if re.fullmatch(rf"FY\d{{4}} \(first {months} months\)", context or ""):
                return context  # ("This year's 10-month collection" in a story of a fiscal year's first ten months)
            return _months_to_end_of(context, months, published)
        if re.match(r"(?:past|last|previous|preceding)\s", low) and unit == "month" and 0 < months <= 12:
            # "Over the past four months, FBR has already recorded a shortfall": the months that had ended by the
            # article's day, to the month before it
            last = published.year * 12 + published.month - 2  # the month before the article's, from year 0
            first = last - months + 1
            return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"
        counted_to = re.fullmatch(r"(\d{1,2})m['’]\d{2}", low)  # "7M’24": January to July 2024
        if counted_to and year and 0 < int(counted_to.group(1)) <= 12:
            return f"{year}-01/{year}-{int(counted_to.group(1)):02d}"
        if not _FIRST.match(low) or not 0 < months <= 12:
            return ""
        in_a_fiscal_year = re.fullmatch(r"FY(\d{4})(?: \(first \d+ months\))?", context or "")
        if not year and in_a_fiscal_year and months < 12:
            # ("the first five months", no year named, in a story of a fiscal year's first months: that year's)
            return f"FY{in_a_fiscal_year.group(1)} (first {months} months)"
        end_year = year or _latest_year(months, published, None)  # "the first ten months" had to end first
        return f"{end_year}-01/{end_year}-{months:02d}"
    if kind == "relative":
        return _relative(low, published, context, year)
    if kind == "weekday":  # "surged beyond 200 GW on Wednesday": the latest such day on or before the article's
        index = [calendar.day_name[i].lower() for i in range(7)].index(low.rstrip("s"))
        return (published - dt.timedelta(days=(published.weekday() - index) % 7)).isoformat()
    return ""


def _days_ending(days: int, month: int, day: int, year: int | None, published: dt.date) -> str:
    """The span of `days` days that ends on the day named, "first/last" in ISO dates, or "" if no day is named."""
    try:
        end = dt.date(year or published.year, month, day)
        if year is None and end > published:
            end = dt.date(published.year - 1, month, day)
    except ValueError:
        return ""
    if not 0 < days <= 366:
        return ""
    return f"{(end - dt.timedelta(days=days - 1)).isoformat()}/{end.isoformat()}"


def _quarter(text: str, low: str, published: dt.date, year: int | None) -> str:
    named = re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december) quarter",
                      low)
    if named:
        end = _month(named.group(1))
        end_year = year or _latest_year(end - 2, published, None)
        return f"{end_year}-{end - 2:02d}/{end_year}-{end:02d}" if end >= 3 else ""
    number = re.search(r"q([1-4])|([1-4])q", low)
    bare = re.sub(r"^(?:fiscal|financial)\s+", "", low)
    n = int(number.group(1) or number.group(2)) if number else next(
        (v for k, v in _ORDINAL.items() if bare.startswith(k)), 0)
    if not n:
        return ""
    calendar_year = re.search(r"cy\s?(\d{2})$", low)
    if calendar_year and not year:
        year = 2000 + int(calendar_year.group(1))  # "3QCY23": the third quarter of 2023
    if "fy" in low or "fiscal" in low or re.search(r"\b(?:19|20)\d\d\s?[-–/]\s?\d\d\b", low):
        # ("the second quarter of 2014-15": a year that runs over the turn of the year is a fiscal one)
        # "the third quarter of fiscal 2015", "the fiscal third quarter of 2015", "fiscal Q3 2015"
        fiscal = _fiscal_year(re.sub(r"(?i).*?(?:fiscal(?: year)?|FY)\s?", "", text))
        return f"FY{fiscal}Q{n}" if fiscal else ""
    return f"{year or _latest_year(3 * n - 2, published, None)}Q{n}"


def _month_period(text: str, published: dt.date, year: int | None) -> str:
    names = re.findall(r"[A-Za-z]+", text)
    months = [m for m in (_month(n) for n in names if _month(n)) if m]
    if not months:
        return ""
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b(19|20)\d{2}\b", "", text))
    years = re.findall(r"\b(?:19|20)\d{2}\b", text)
    if len(months) == 2 and months[1] == months[0] % 12 + 1 and (days := _DAYS_OF_TWO_MONTHS.fullmatch(text)):
        # ("the week of 29 May-4 June 2011", "December 28 to January 3": days over a month's end, not the two months
        # whole; "from 1 January to 19 October 2019" stays the months, as figures to date are told)
        # (either order, each end on its own: "29 May to June 4")
        first_day, last_day = int(days.group("d1") or days.group("e1")), int(days.group("d2") or days.group("e2"))
        end_year = int(years[-1]) if years else _latest_year(months[1], published, year)
        try:
            first = dt.date(end_year - (months[1] < months[0]), months[0], first_day)
            last = dt.date(end_year, months[1], last_day)
        except ValueError:
            first = last = None
        if first and last and first < last:
            return f"{first.isoformat()}/{last.isoformat()}"
    if len(months) >= 2 and len(years) >= 2:  # "between May 2015 to May 2016"
        return f"{years[0]}-{months[0]:02d}/{years[-1]}-{months[-1]:02d}"
    # ("January and February": two months running, told together, are the span of both)
    if len(months) >= 2 and re.search(r"[-–—]|\bto\b|\bthrough\b|^[Bb]etween\b", text) or \
            len(months) == 2 and re.search(r"\band\b", text) and months[1] == months[0] % 12 + 1:
        first, last = months[0], months[-1]
        # "January-March 2023"; a range of months named without a year is reported once it ended
        end_year = year or (int(years[0]) if years else _latest_year(last, published, None))
        # "July-May": a fiscal year's months run over the turn of the year
        return f"{end_year - (last < first)}-{first:02d}/{end_year}-{last:02d}"
    month = months[0]
    the_year = year or _latest_year(month, published, None)
    days = re.fullmatch(r"\D*(\d{1,2})(?:\s?[-–]\s?|\s(?:to|through|until)\s)(\d{1,2})(?:,? \d{4})?", text)
    first_days = re.match(r"(?i)first (\w+) days of", text)
    if days or first_days:  # "February 1-23", "May 14 to 20", "the first 20 days of March": those days of the month
        ends = (days.group(1), days.group(2)) if days else \
            (1, first_days.group(1) if first_days.group(1).isdigit() else COUNT_WORDS.get(first_days.group(1).lower(), 0))
        try:
            first, last = (dt.date(the_year, month, int(n)) for n in ends)
        except ValueError:
            return f"{the_year}-{month:02d}"
        return f"{first.isoformat()}/{last.isoformat()}" if first < last else f"{the_year}-{month:02d}"
    if re.match(r"(?i)the year to\b", text):
        # the twelve months that end in it: a company's year to March, or a trade tally's year to date (which
        # then matches no figure of the months it holds, rather than passing for the month's)
        the_year = int(years[0]) if years else the_year
        start = dt.date(the_year - (month < 12), month % 12 + 1, 1)
        return f"{start.year}-{start.month:02d}/{the_year}-{month:02d}"
    if day:
        try:
            return dt.date(the_year, month, int(day.group(1))).isoformat()
        except ValueError:
            return f"{the_year}-{month:02d}"
    return f"{the_year}-{month:02d}"


def _months_to_end_of(context: str, months: int, published: dt.date) -> str:
    """"For the nine months period" after figures for 2019Q4: April-December 2019. Months the article speaks of as
    past end by the month before its own: "a record was set for the 12-month period" in July 2019, after a year's
    figures, is July 2018 to June 2019."""
    try:
        end = parse_period(context).end
    except ValueError:
        return ""
    if end is None or "FY" in context:
        return ""
    last = min(end.year * 12 + end.month - 1, published.year * 12 + published.month - 2)  # months from January of 0
    first = last - months + 1
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


# "the quarter under review", "the reporting period": the period the article reports
UNDER_REVIEW = re.compile(r"(?i)\bunder (?:review|consideration)\b|\breporting\b")


def _relative(low: str, published: dt.date, context: str, year: int | None) -> str:
    # "the month before", "the preceding quarter", "the prior year": the one before the period spoken of
    low = re.sub(r"\bthe (month|quarter|year) (?:before|prior)\b|\bthe (?:preceding|prior) (month|quarter|year)\b",
                 lambda found: f"the previous {found.group(1) or found.group(2)}", low)
    if UNDER_REVIEW.search(low):
        return context  # the clause's context is the last period of this length the article spoke of (draft.py)
    # "the equivalent period of the previous financial year": the clause's period a year before
    if re.search(r"\b(?:same|equivalent|corresponding|comparable|similar) (?:[\w]+[- ])?(?:period|months?|quarter|time|half)\b|"
                 r"\b(?:year-ago|prior-year|year-earlier) ", low):
        if year:
            # ("the same period of 2021-22" after the June quarter: that quarter of the fiscal year's first calendar
            # year; after the March quarter, of its second)
            # (a fiscal context, "FY2013 (first 6 months)", is named by the year the fiscal year ends in)
            label = re.search(r"\d{4}[-–/]\d{2}(?:\d{2})?\b", low)
            if label and (context or "").startswith("FY"):
                year = _fiscal_year(label.group(0))
            elif label and re.fullmatch(r"\d{4}(?:Q1|-0[1-3])", context or ""):
                year += 1
            return _shift_to(context, year) if context else str(year)
        return year_before(context) or "" if context else str(published.year - 1)
    fiscal_words = re.search(r"\b(current|ongoing|outgoing|this|coming|next|previous|last) (?:fiscal|financial|budget) year", low)
    if fiscal_words:
        # Named by the fiscal year the clause speaks of, else by the one the article's date falls in
        # (for a fiscal year ending in June: most budgets that say "outgoing" are presented in June).
        within = re.fullmatch(r"FY(\d{4})(?:Q[1-4]|H[12])", context)
        if within:  # a quarter's results: "next fiscal year" is the one after the quarter's
            shift = {"coming": 1, "next": 1, "previous": -1, "last": -1}.get(fiscal_words.group(1), 0)
            return f"FY{int(within.group(1)) + shift}"
        base = re.fullmatch(r"FY(\d{4})", context)
        of_the_date = published.year + (published.month > 6)
        # (the year before a budget's is the one in progress; a context already past, "the budget estimates of
        # 2021-22" in December 2022, leaves "the current financial year" the one of the story's date)
        current = int(base.group(1)) if base and fiscal_words.group(1) in ("coming", "next") else \
            int(base.group(1)) - 1 if base and int(base.group(1)) >= of_the_date else of_the_date
        shift = {"coming": 0, "next": 0, "previous": -1, "last": -1}.get(fiscal_words.group(1), 0)
        return f"FY{current + shift}"
    if re.search(r"\b(?:a|one) year (?:ago|earlier)\b|previous year|last year", low):
        if context and ("ago" in low or "earlier" in low or "previous" in low):
            return year_before(context) or ""
        return str(published.year - 1)
    if re.search(r"\bfull[- ](?:fiscal[- ])?year\b|\b(?:whole|entire) year\b", low):
        # "raised its full-year forecast" after second-quarter results: the whole of the year the article speaks of
        whole = re.match(r"(FY\d{4}|\d{4})", context or "")
        return whole.group(1) if whole else str(published.year)
    if re.search(r"\byear[- ]to[- ]date\b", low):
        # "year-to-date" in a story of November's figures: January to November, not the whole year
        month = re.fullmatch(r"(\d{4})-(?:01/\1-)?(\d{2})", context or "")
        if month:
            return f"{month.group(1)}-01" if month.group(2) == "01" else f"{month.group(1)}-01/{month.group(1)}-{month.group(2)}"
        return str(published.year)
    if "this year" in low or "current year" in low:
        return str(published.year)
    if "next year" in low:
        return str(published.year + 1)
    if re.search(r"\b(?:a|one) quarter (?:ago|earlier)\b|previous quarter|last quarter", low):
        from .links import period_before
        if re.fullmatch(r"(?:FY)?\d{4}Q[1-4]", context or "") or "last quarter" not in low:
            return period_before(context) if context else ""
        # ("Last quarter, coffee exports ..." in a story of May of the first four months: a quarter, the latest that
        # had ended when the article ran, not the month before the months spoken of)
        ended = (published.year * 12 + published.month - 1) // 3 - 1  # quarters counted from year 0
        return f"{ended // 4}Q{ended % 4 + 1}"
    if low.startswith(("the same", "same")) and "month" in low:  # "the same period last month": the days spoken of, a month back
        from .links import period_before
        return period_before(context) if context else ""
    if "last month" in low:  # the month before the article's, whatever the clause speaks of
        y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return f"{y}-{m:02d}"
    if "previous month" in low or re.search(r"\b(?:a|one) month (?:ago|earlier)\b", low):
        if context and re.fullmatch(r"\d{4}-\d{2}", context):
            y, m = map(int, context.split("-"))
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            return f"{y}-{m:02d}"
        y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return f"{y}-{m:02d}"
    if "this month" in low:
        return f"{published.year}-{published.month:02d}"
    if low in ("yesterday", "today", "tomorrow"):
        return (published + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[low])).isoformat()
    if re.fullmatch(r"in a (?:single )?day|in (?:the )?(?:past |last )?24 hours", low):
        return published.isoformat()  # the day the story reports
    return ""


def _shift_to(context: str, year: int) -> str:
    """The context period moved to another year: the same months of 2022."""
    try:
        parse_period(context)
    except ValueError:
        return str(year)
    # (the years of a period's code too: "2022Q2", "FY2022H1")
    first = _YEAR_IN_CODE.search(context)
    if not first:
        return str(year)
    shift = year - int(first.group(0))
    return _YEAR_IN_CODE.sub(lambda m: str(int(m.group(0)) + shift), context)


_YEAR_IN_CODE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def since_span(period: str, published: dt.date) -> str:
    """"since March 2020" in a story of 6 April 2022: March 2020 to April 2022, the months a running total covers."""
    try:
        start = parse_period(period).start
    except ValueError:
        return ""
    if start is None or start > published:
        return ""
    return f"{start.year}-{start.month:02d}/{published.year}-{published.month:02d}"


def bracketed_labels(temporals: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """"for the quarter ended March 31, 2021 (Q4FY21)", "in the corresponding quarter last year (Q4FY20)": the label
    in brackets names the period the words before it do, as the article names it elsewhere (its headline's
    "Q4FY21"): both take the label's period."""
    out = list(temporals)
    for i, ((words, _), (label, period)) in enumerate(zip(temporals, temporals[1:])):
        if label.kind in ("fiscal", "quarter") and period and re.fullmatch(r"\s*\(\s*", text[words.end:label.start]) \
                and text[label.end:label.end + 3].lstrip().startswith(")"):
            out[i] = (words, period)
    return out


def months_of_a_fiscal_label(temporals: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """"the April-June 2021-22 period", "April-November FY24", "July-March of fiscal 2022-23": a range of months
    followed by the fiscal year it lies in names those months of that year; both mentions take them. The label
    names a year by the one it ends in, so a range from January to March lies in that year, a range that runs over
    the turn of the year starts in the year before, and any other range lies in the year before: split-year labels
    are of years that start in April or later (India, Japan, the UK in April; Pakistan, Australia in July; the US
    federal year in October), where October-December is the year before in all of them and only April-June is
    ambiguous (the year before in April's years, the same year in July's)."""
    out = list(temporals)
    for i, ((first_mention, first_period), (second_mention, second_period)) in enumerate(zip(temporals, temporals[1:])):
        # ("Tanzania's 2015/16 (July-June) spending": the label, then its months in brackets)
        labelled_after = first_mention.kind != "month" and bool(
            re.fullmatch(r"\s*\(\s*", text[first_mention.end:second_mention.start]))
        (months, _), (label, period) = ((second_mention, second_period), (first_mention, first_period)) \
            if labelled_after else ((first_mention, first_period), (second_mention, second_period))
        fiscal = re.fullmatch(r"FY(\d{4})", period)
        names = [_month(word) for word in re.findall(r"[A-Za-z]+", months.text) if _month(word)]
        if months.kind != "month" or len(names) != 2 or _YEAR.search(months.text) or not fiscal or \
                not (labelled_after or _LABEL_GAP.fullmatch(text[months.end:label.start])):
            continue
        first, last, year = names[0], names[1], int(fiscal.group(1))
        start_year = year - 1 if first > last or first > 3 else year
        end_year = year if first > last else start_year
        span = canonical(f"{start_year}-{first:02d}/{end_year}-{last:02d}")
        # (the months in brackets after their label are the label's words, no period of their own to check)
        out[i], out[i + 1] = (first_mention, span), (second_mention, "" if labelled_after else span)
    return out


# "Jan-Apr last year", "in May of last year": the period named, in the year "last year" names
LAST_YEAR = re.compile(r"(?i)(?:of\s+)?(?:last|(?:the\s+)?previous|(?:the\s+)?prior)\s+year\b")


def in_last_year(temporals: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """"much lower than the 23.3% growth seen Jan-Apr last year", "the first six months of last year": a month,
    quarter, half or first months named without their year and followed by "last year" are that period of the year
    "last year" names, not the latest such period ("last year" keeps its own period, the year, which the date check
    reads)."""
    out = list(temporals)
    # ("July of the previous year" after July 2024: "the previous year" resolves to July 2023, its year is the one)
    for i, ((named, period), (last, year)) in enumerate(zip(temporals, temporals[1:])):
        if named.kind in ("month", "quarter", "half", "duration") and last.kind == "relative" and period \
                and _YEAR_IN_CODE.match(year) and not _YEAR.search(named.text) \
                and LAST_YEAR.fullmatch(last.text.strip()) \
                and re.fullmatch(r"(?i)\s*(?:period\s+|quarter\s+)?(?:of\s+)?(?:the\s+)?", text[named.end:last.start]):
            out[i] = (named, _shift_to(period, int(year[:4])))
    return out


# ("up by 18 percent from last June", "lower than 5.0% last April": the month set against; "tax revenue last February
# was IDR 199.4 trillion", in March, is the figure's own month, the one just gone)
_SET_AGAINST_LAST = re.compile(r"(?i)(?:\b(?:from|than|over|against|versus|on|(?:compared|in comparison) (?:with|to))\s+"
                               r"(?:the\s+\S+\s+)?|\d\s*(?:%|percent|per cent)\s+)last\s+$")


def a_year_back(before: str, month: int, story_month: int) -> bool:
    """"over last January's figures" in an article of 25 January 2022, "up by 18 percent from last June" in one of
    July: "last" before the name of the story's month, or of the month its figures are of, the one before, is that
    month a year earlier, which the month's figures are set against (the month before only when set against: "tax
    revenue last February was", in March, is February's own). (Of a month further back, "last March" in July, the
    words do not say which year: the latest such month stands.) `before`: the words before the month's name."""
    back = (story_month - month) % 12
    return bool(re.search(r"(?i)\blast\s+$", before)) and (back == 0 or back == 1 and bool(_SET_AGAINST_LAST.search(before)))


def last_of_a_month(temporals: list[tuple[Mention, str]], text: str, story_day: dt.date) -> list[tuple[Mention, str]]:
    """A month named after "last" a year back, when a_year_back says so."""
    out = []
    for mention, period in temporals:
        if mention.kind == "month" and re.fullmatch(r"\d{4}-\d{2}", period or "") \
                and a_year_back(text[max(0, mention.start - 40):mention.start], int(period[5:]), story_day.month):
            period = f"{int(period[:4]) - 1}{period[4:]}"
        out.append((mention, period))
    return out


# "during March 24", "in Nov 23": a month and its year's last two digits, as India's releases write them ("as of Nov.
# 16", "till March 24" are days)
_MONTH_SHORT_YEAR = re.compile(r"([A-Za-z]{3,9})\s+(\d{2})")
_BEFORE_A_MONTH = re.compile(r"(?i)\b(?:during|in)\s+(?:the\s+month\s+of\s+)?$")
_SAID_IN_A_MONTH = re.compile(r"(?i)(?:during|in)\s+")


def months_with_short_years(temporals: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """"a collection of Rs. 4458.83 Cr during March 24 against Rs. 3899.40 Cr during March 23": after "during" or
    "in", a month and two digits of this year or the three before are the month of that year, not a day."""
    out = list(temporals)
    for i, (mention, period) in enumerate(temporals):
        # ("sold in India in May 21": "May" is found with the word before it, which says it is a month)
        said = _SAID_IN_A_MONTH.match(mention.text.strip())
        short = _MONTH_SHORT_YEAR.fullmatch(mention.text.strip()[said.end():] if said else mention.text.strip())
        if mention.kind != "month" or not short or not _month(short.group(1)) or len(period) != 10 \
                or not (said or _BEFORE_A_MONTH.search(text, max(0, mention.start - 30), mention.start)):
            continue
        year = 2000 + int(short.group(2))
        if int(period[:4]) - 3 <= year <= int(period[:4]):
            out[i] = (mention, f"{year}-{_month(short.group(1)):02d}")
    return out


# Between a range of months and the fiscal year it lies in: "April-June 2021-22", "April-November of FY24"
# ... "July-May (2020-21)", "the April-January period of the current fiscal year"
_LABEL_GAP = re.compile(r"(?i)[\s,]*(?:(?:period\s+)?(?:of|in|for)\s+(?:the\s+)?(?:current\s+)?|\(\s*)?")


# "Till August this year", "up to the end of November", "at the end of November": a running figure to that month
# ("as of mid-December of the current fiscal year": the fiscal year to then)
_RUNNING_TO = re.compile(r"(?i)\b(?:till|until|up\s?to|through|by|at|as\s+of)\s+(?:the\s+end\s+of\s+)?(?:mid-\s?)?$|\bend-$")
# ("the 12 months through June" count their own months back)
_FLOW_TO = re.compile(r"(?i)(?<!months\s)(?<!weeks\s)(?<!days\s)\b(?:till|until|up\s?to|through)\s+$")
_OF_THE_FISCAL_YEAR = re.compile(r"(?i),?\s+(?:of\s+)?(?:the|this)\s+(?:current\s+)?(?:fiscal|financial)(?:\s+year)?\b")


def running_to_a_month(temporals: list[tuple[Mention, str]], text: str, context: str) -> list[tuple[Mention, str]]:
    """"Till August this year, the government's total expenditure stood at Rs 10.70 lakh crore" after "fiscal
    deficit for April-August": a figure running to a month is of the months the article spoke of that end in it
    (April-August, the fiscal year to date), not of the month alone."""
    span = re.fullmatch(r"(\d{4}-\d{2})/(\d{4}-\d{2})", context or "")
    if re.fullmatch(r"FY\d{4} \(first \d+ months\)", context or ""):
        # ("over the first five months of the current fiscal year ... as of mid-December of the current fiscal year":
        # the months counted, to the month named, when the words say it is the fiscal year's)
        return [(m, context if m.kind == "month" and _RUNNING_TO.search(text, max(0, m.start - 20), m.start)
                 and _OF_THE_FISCAL_YEAR.match(text, m.end) else p) for m, p in temporals]
    if not span and not _ends_in_a_later_month(context):
        return temporals
    # ("in the first half of this year ... up to June, 1.89 million vehicles were produced": the half to June)
    # (a quarter's or a half's figure "as of" or "at the end of" its last month is a stock at that day, only a flow
    # runs "up to" it)
    return [(m, context if m.kind == "month" and (p == span.group(2) if span else _ends_with(context, p))
             and (_RUNNING_TO if span else _FLOW_TO).search(text, max(0, m.start - 20), m.start) else p)
            for m, p in temporals]


def _ends_in_a_later_month(period: str) -> bool:
    """Whether a period is a quarter, a half or a year: months that end in their last."""
    return bool(re.fullmatch(r"\d{4}(?:H[12]|Q[1-4])?", period or ""))


def _ends_with(period: str, month: str) -> bool:
    """Whether a month is the last of a longer period."""
    try:
        whole, last = parse_period(period), parse_period(month)
    except ValueError:
        return False
    return whole.end == last.end and whole.start is not None and last.start is not None and whole.start < last.start


def first_months_of_fiscal(temporals: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """"the first eight months of the current financial year": the fiscal year's period, its first months only
    ("FY2023 (first 8 months)"), so a figure of it is no figure of the whole year. "the first seven months of the
    fiscal" names no year: no period (fiscal_spans names its months where the country's year is known)."""
    out = [(mention, "") if mention.kind == "duration" and _FIRST.match(mention.text)
           and (bare := _OF_A_FISCAL_YEAR.match(text, mention.end)) and bare.group("bare") else (mention, period)
           for mention, period in temporals]  # "of the fiscal", no year named: not January's months, none it names
    for i, (first, _) in enumerate(temporals):
        n = int(first.value) if first.value.isdigit() else COUNT_WORDS.get(first.value.lower(), 0)
        if first.kind != "duration" or not _FIRST.match(first.text) or not 0 < n < 12:
            continue
        # ("the first eleven months (July-May) period of the current fiscal year": the months in brackets between)
        j = i + 2 if i + 2 < len(temporals) and temporals[i + 1][0].kind == "month" and \
            re.fullmatch(r"\s*\(\s*", text[first.end:temporals[i + 1][0].start]) else i + 1
        if j >= len(temporals):
            continue
        fiscal, period = temporals[j]
        if re.fullmatch(r"FY\d{4}", period) and _BEFORE_THE_FISCAL_YEAR.fullmatch(text, first.end, fiscal.start):
            # (and the months counted name no calendar months of their own: not January-June, "2018H1")
            counted = temporals[i][1]
            out[i], out[j] = (first, ""), (fiscal, f"{period} (first {n} months)")
            if j == i + 2:
                out[i + 1] = (temporals[i + 1][0], "")
            # ("... against Rs3,532 billion in the same period of last fiscal": read against the calendar months the
            # count first seemed to name, now the fiscal year's a year before)
            # (only calendar months: "the first eight months of FY18" after "... of the current fiscal year" counts
            # the current fiscal year's months, whose year before is FY18's own)
            before = year_before(counted) if counted and not counted.startswith("FY") else ""
            out = [(m, year_before(out[j][1]) if before and p == before else p) for m, p in out]
    return out


_BEFORE_THE_FISCAL_YEAR = re.compile(r"(?:\s*\([^)]{0,24}\))?\s+(?:period\s+)?of\s+(?:the\s+)?(?:current\s+|ongoing\s+)?")



# Words that make the month after them the last month of a span: "at the end of March 2022", "(till November end)",
# "upto November 2014", "by end November", "ended March 2022", "the nine months to March"
_ENDS_AT = re.compile(r"(?i)(?:\b(?:at|by|to)\s+the\s+end\s+of|\bend(?:ed|ing)?(?:\s+of)?|"
                      r"\b(?:till|until|upto|up\s+to|through|thru|by|to)(?:\s+the)?(?:\s+end\s+of)?)\s+$")
FIRST_MONTHS_OF_FISCAL = re.compile(r"FY(\d{4}) \(first (\d+) months\)")
# a quarter of a fiscal year: its three months
_FISCAL_QUARTER = re.compile(r"FY(\d{4})Q([1-4])")
# a whole fiscal year: its twelve months (no second group)
_FISCAL_YEAR = re.compile(r"FY(\d{4})()")


def months_of_fiscal(period: str, fiscal: FiscalYear | None) -> str:
    """"FY2020 (first 9 months)" as the calendar months it is where the country's fiscal year is known ("2019-04/
    2019-12" in India's); any other period as it is."""
    quarter = _FISCAL_QUARTER.fullmatch(period)
    if quarter and fiscal is not None:
        # ("Q2FY15", "the second quarter of 2014-15" in India: July-September 2014, as "the July-September quarter")
        _, (last_year, last_month) = first_months(int(quarter.group(1)), fiscal.first_month, 3 * int(quarter.group(2)))
        start = last_year * 12 + last_month - 3  # (the quarter: the last three of its first 3n months)
        return canonical(f"{start // 12}-{start % 12 + 1:02d}/{last_year}-{last_month:02d}")
    named = FIRST_MONTHS_OF_FISCAL.fullmatch(period) or _FISCAL_YEAR.fullmatch(period)
    if not named or fiscal is None:
        return period
    (first_year, first_month), (last_year, last_month) = first_months(int(named.group(1)), fiscal.first_month,
                                                                      int(named.group(2) or 12))
    # (spelled as any other period: Pakistan's first half of FY2019 is 2018H2, as "July to December 2018" is)
    return canonical(f"{first_year}-{first_month:02d}/{last_year}-{last_month:02d}")


# "of the current financial year", "of the fiscal" (a noun alone in India's press: "the first seven months of the fiscal")
_OF_A_FISCAL_YEAR = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:(?:fiscal|financial|budget)\s+year"
                               r"|(?P<bare>fiscal)\b(?!\s+(?:deficit|gap|policy|position|space|stimulus|consolidation|"
                               r"framework|balance|target|slippage|year)\b))")


def _first_months_under_way(fiscal: FiscalYear, months: int, story_day: dt.date) -> str:
    """The first `months` of the fiscal year under way on the story's day, if they had ended by then, as calendar
    months."""
    start_year = story_day.year if story_day.month >= fiscal.first_month else story_day.year - 1
    if not 0 < months < 12:
        return ""
    (first_year, first_month), (last_year, last_month) = first_months(
        start_year + (fiscal.first_month > 1), fiscal.first_month, months)
    ended = (last_year, last_month) < (story_day.year, story_day.month)
    return f"{first_year}-{first_month:02d}/{last_year}-{last_month:02d}" if ended else ""


def fiscal_spans(others: list[tuple], text: str, story_day: dt.date, bounds: list[tuple[int, int]],
                 fiscal: FiscalYear | None) -> dict[int, int]:
    """"during the first nine months of the current fiscal year" as calendar months, its row's period rewritten in
    `others` (mention, kind, clause, period): ending in the month the sentence names as its end ("at the end of
    March 2022"), else starting in the month the country's government fiscal year starts (fiscal_years.py) when
    that span had ended by the story's date, else left as the fiscal year's first months ("FY2022 (first 9
    months)"), which no calendar reading decides. Returns, for each span whose end the sentence names, where the
    month that names it starts: that month's own date row is checked with it."""
    ends: dict[int, int] = {}
    starts = [start for start, _ in bounds]
    for i, (mention, kind, clause, period) in enumerate(others):
        following = others[i + 1] if i + 1 < len(others) else None
        fiscal_period = FIRST_MONTHS_OF_FISCAL.fullmatch(following[3]) if following and following[1] == "date" else None
        if kind != "date" or mention.kind != "duration":
            continue
        if not fiscal_period or not re.fullmatch(r"\s+of\s+(?:the\s+)?", text[mention.end:following[0].start]):
            of_a_year = _OF_A_FISCAL_YEAR.match(text, mention.end)
            if of_a_year:
                # a fiscal year it cannot name: no calendar months either, unless it is "the fiscal" of a country
                # whose year is known: the one under way, whose first months had ended by the story's day
                n = int(mention.value) if mention.value.isdigit() else COUNT_WORDS.get(mention.value.lower(), 0)
                others[i] = (mention, kind, clause, _first_months_under_way(fiscal, n, story_day)
                             if of_a_year.group("bare") and fiscal and _FIRST.match(mention.text) else "")
            continue
        year, months = int(fiscal_period.group(1)), int(fiscal_period.group(2))
        sentence = bounds[max(0, bisect.bisect_right(starts, mention.start) - 1)]
        end = next((other for other, other_kind, _, _ in others if other_kind == "date" and other.kind == "month"
                    and sentence[0] <= other.start < sentence[1] and _ENDS_AT.search(text[max(0, other.start - 24):
                                                                                          other.start])), None)
        if end is not None:
            month = _month(end.text.split()[0])
            printed = _YEAR.search(end.text)
            if printed:
                end_year = int(printed.group(0))
            elif fiscal:  # the month of the fiscal year that falls in it
                end_year = year - 1 if fiscal.first_month > 1 and month >= fiscal.first_month else year
            else:
                end_year = _latest_year(month, story_day, None)
            first = end_year * 12 + month - 1 - (months - 1)
            span = f"{first // 12}-{first % 12 + 1:02d}/{end_year}-{month:02d}"
            ends[mention.start] = end.start
        elif fiscal:
            span = months_of_fiscal(following[3], fiscal)
            ended = span[-7:] < f"{story_day.year}-{story_day.month:02d}"  # its last month, before the story's
            span = span if ended else following[3]
        else:
            span = following[3]
        others[i] = (mention, kind, clause, span)
    return ends
