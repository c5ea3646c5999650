"""Numbers formatted for people: "900 bn CNY", "24 %", "+6.0 pp", "723–810 bn CNY"."""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from decimal import Decimal

from .intervals import Interval

EN_DASH = "\u2013"


def number(x: float, significant: int = 3) -> str:
    """A number with about `significant` significant digits, thousands separated."""
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x == 0:
        return "0"
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}".replace("-", "−")
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, min(4, significant - 1 - magnitude))
    text = f"{x:,.{decimals}f}"
    return text.replace("-", "−")


def _readable(unit_label: str, *values: float) -> tuple[float, str]:
    """The factor and suffix a figure in billions reads best in: 67,067 CNY, not 0.0000671 bn CNY; 852.7 mn USD,
    not 0.853 bn USD. Other units read as they are."""
    finite = [abs(v) for v in values if math.isfinite(v) and v]
    if not finite:
        return 1.0, unit_suffix(unit_label)
    if not unit_label.endswith(" bn"):
        # Counts and physical amounts in millions and billions: "370.7–380.7 mn tonnes", not nine-digit numbers.
        if unit_label in ("percent", "pp", "times") or min(finite) < 1e6:
            return 1.0, unit_suffix(unit_label)
        scale, word = (1e-9, "bn") if min(finite) >= 1e9 else (1e-6, "mn")
        rest = unit_suffix(unit_label)
        return scale, f" {word}{rest}"
    if max(finite) >= 1:
        return 1.0, unit_suffix(unit_label)
    if max(finite) >= 0.001:
        return 1e3, f" mn {unit_label[:-3]}"
    return 1e9, f" {unit_label[:-3]}"


def gap(x: float, unit_label: str) -> str:
    """A difference between two figures: "144 bn CNY", "12.5 pp" (a gap between percentages is in points)."""
    factor, suffix = _readable(unit_label, float(x))
    text = number(x * factor if factor != 1 else x, 3)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + (unit_suffix("pp") if unit_label == "percent" else suffix)


def unit_suffix(unit_label: str) -> str:
    """How a canonical unit label reads after a number."""
    if unit_label == "percent":
        return " %"
    if unit_label == "pp":
        return " pp"
    if unit_label.endswith(" bn"):
        return f" bn {unit_label[:-3]}"
    if unit_label == "count":
        return ""
    return f" {unit_label}"


def amount(x: float, unit_label: str, significant: int = 3) -> str:
    factor, suffix = _readable(unit_label, float(x))
    return number(x * factor if factor != 1 else x, significant) + suffix


def span(interval: Interval, unit_label: str, significant: int = 3) -> str:
    """"723–810 bn CNY", "over 1,000 bn CNY", "6.90–7.41 CNY per USD", "578.4 bn CNY"."""
    if interval.low == interval.high and float(interval.low).is_integer() and not unit_label.endswith(" bn"):
        # an exact count in full: "6,101,533", not "6.10 mn"
        return number(interval.low) + unit_suffix(unit_label)
    factor, suffix = _readable(unit_label, interval.low, interval.high)
    low, high = (interval.low * factor, interval.high * factor) if factor != 1 else (interval.low, interval.high)
    if math.isinf(high) and math.isinf(low):
        return "any value"
    if math.isinf(high):
        return f"at least {number(low, significant)}{suffix}"
    if math.isinf(low):
        return f"at most {number(high, significant)}{suffix}"
    a, b = number(low, significant), number(high, significant)
    # A narrow span shown wider than it is ("101–102 mn" for 101.48–101.50 mn) takes the digits it needs
    while a != b and significant < 7 and max(abs(float(a.replace(",", "").replace("−", "-")) - low),
                                            abs(float(b.replace(",", "").replace("−", "-")) - high)) > high - low:
        significant += 1
        a, b = number(low, significant), number(high, significant)
    decimals = len(a.partition(".")[2])
    middle = (low + high) / 2
    if a != b and high - low <= 10 ** -decimals * (1 + 1e-9) and abs(round(middle, decimals) - middle) < 1e-9 * max(1, abs(middle)):
        # a printed figure's rounding interval whose ends round apart (15.85-15.95 is "15.9", not "15.8-15.9")
        a = b = f"{middle:,.{decimals}f}".replace("-", "−")
    if a == b:
        # Narrower than the precision shown: the figure itself, with the digits it was printed with
        # (578.35-578.45 is "578.4", not "578"; a fixing of 7.0602 stays 7.0602).
        if low == high:
            return f"{a}{suffix}"
        decimals = max(0, round(-math.log10(high - low)))
        return f"{(low + high) / 2:,.{decimals}f}".replace("-", "−") + suffix
    # "−29.3 to −23.1 %": a dash beside a minus sign reads as one more minus
    return f"{a} to {b}{suffix}" if low < 0 else f"{a}{EN_DASH}{b}{suffix}"


def signed(x: float, unit_label: str, significant: int = 3) -> str:
    text = amount(x, unit_label, significant)
    return text if text.startswith("−") else "+" + text


def signed_exact(x: Decimal, unit_label: str) -> str:
    """A difference of printed decimals at their own precision: 25.9 - 19.9 is +6.0, not +6."""
    text = f"{x:,f}".replace("-", "−") + unit_suffix(unit_label)
    return text if text.startswith("−") else "+" + text


def day(d: dt.date | None) -> str:
    """"14 Dec 2025" (platform-independent, no locale)."""
    if d is None:
        return "undated"
    return f"{d.day} {d.strftime('%b')} {d.year}"


def period(text: str) -> str:
    """A register period as a reader says it: "2021-04/2021-07" is "April–July 2021", "2020-12/2021-03"
    "December 2020–March 2021", "2021-06" "June 2021", "2021Q2" "Q2 2021"; any other (FY2022) as it is."""
    span = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", text)
    if span:
        first, last = calendar.month_name[int(span.group(2))], calendar.month_name[int(span.group(4))]
        if span.group(1) == span.group(3):
            return f"{first}{EN_DASH}{last} {span.group(1)}"
        return f"{first} {span.group(1)}{EN_DASH}{last} {span.group(3)}"
    month = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if month:
        return f"{calendar.month_name[int(month.group(2))]} {month.group(1)}"
    part = re.fullmatch(r"(\d{4})([QH][1-4])", text)
    return f"{part.group(2)} {part.group(1)}" if part else text


def weekday_day(d: dt.date) -> str:
    return f"{d.strftime('%A')} {day(d)}"


def opening(words: str) -> str:
    """Words that open a sentence: "a 20 % fall" becomes "A 20 % fall" (str.capitalize would lower the rest)."""
    return words[:1].upper() + words[1:]
