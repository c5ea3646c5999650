"""Units and scales: one canonical form per dimension, explicit labels in outputs.

Money is compared in billions of its currency, counts in units, shares in percent.
Labels are explicit ("CNY bn", "percent", "pp") so no output relies on a column
name to say what a number means.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .printed import SCALES

CURRENCIES = {
    "CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "KRW", "INR", "RUB", "AUD", "CAD",
    "CHF", "SGD", "BRL", "MXN", "ZAR", "TRY", "SAR", "AED", "IDR", "MYR", "THB", "VND", "PHP",
}
CURRENCY_WORDS = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollar": "USD", "dollars": "USD", "us$": "USD",
    "$": "USD", "euro": "EUR", "euros": "EUR", "€": "EUR", "pound": "GBP", "pounds": "GBP", "£": "GBP",
    "yen": "JPY", "¥": "CNY", "won": "KRW", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "ruble": "RUB",
    "hk$": "HKD", "nt$": "TWD", "a$": "AUD", "c$": "CAD", "s$": "SGD",
}
# Units whose values are numbers, and the temporal ones whose values are words.
NUMERIC_UNITS = {"percent", "pp", "count", "ratio", "year", "years", "months", "days", "weeks"}
TEMPORAL_UNITS = {"weekday", "month", "quarter", "relative", "date"}
SCALE_ABBREVIATIONS = {"bn": "billion", "b": "billion", "mn": "million", "m": "million", "mln": "million",
                       "tn": "trillion", "tln": "trillion", "trn": "trillion", "k": "thousand", "thousand": "thousand"}
_RATE = re.compile(r"^([A-Z]{3}) per ([A-Z]{3})$")


@dataclass(frozen=True)
class Unit:
    """A unit as checks use it: a dimension key and the factor to the canonical scale."""

    key: str           # "CNY", "percent", "count", "CNY per USD", ...
    factor: Decimal    # multiply a value in the given scale by this to get canonical
    label: str         # canonical label for outputs: "CNY bn", "percent", "count"

    @property
    def is_money(self) -> bool:
        return self.key in CURRENCIES

    @property
    def is_rate(self) -> bool:
        return bool(_RATE.match(self.key))


def canonical(unit: str, scale: str = "") -> Unit:
    """The canonical unit for a unit and scale; ValueError when it is not known."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; use one of: {', '.join(s for s in SCALES if s) or 'none'} or leave empty")
    if unit in CURRENCIES:
        return Unit(unit, SCALES[scale] / SCALES["billion"], f"{unit} bn")
    if _RATE.match(unit):
        if scale:
            raise ValueError(f"an exchange rate takes no scale, got {scale!r}")
        return Unit(unit, Decimal(1), unit)
    if unit in ("percent", "pp"):
        if scale:
            raise ValueError(f"{unit} takes no scale, got {scale!r}")
        return Unit(unit, Decimal(1), unit)
    if unit in NUMERIC_UNITS:
        return Unit(unit, SCALES[scale], unit)
    if unit in TEMPORAL_UNITS:
        return Unit(unit, Decimal(1), unit)
    raise ValueError(f"unknown unit {unit!r}; use a currency code (CNY, USD, ...), percent, pp, count, ratio, year, "
                     f"months, days, 'XXX per YYY', or weekday/month/quarter/relative/date")


def parse_reference_unit(text: str) -> tuple[str, str]:
    """A reference table's unit ("bn CNY", "%", "mn units", "firms") as (unit, scale)."""
    words = text.strip().split()
    if not words:
        raise ValueError("empty unit")
    scale = ""
    if words[0].lower() in SCALE_ABBREVIATIONS and len(words) > 1:
        scale = SCALE_ABBREVIATIONS[words[0].lower()]
        words = words[1:]
    unit = " ".join(words)
    if unit == "%":
        return "percent", scale
    if unit in CURRENCIES or _RATE.match(unit) or unit in NUMERIC_UNITS or unit in TEMPORAL_UNITS:
        return unit, scale
    # Plural nouns of things counted ("firms", "patents", "applications", "cards").
    if re.fullmatch(r"[a-z][a-z ]*s", unit):
        return "count", scale
    raise ValueError(f"unit {text!r} cannot be converted: use e.g. 'bn CNY', '%', 'CNY per USD', "
                     f"'mn units', a plural noun for counts, 'year' or 'date'")
