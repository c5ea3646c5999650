"""Numbers as printed: keep the string, derive the value and its rounding step.

"19.9" was rounded to a tenth and "140" to tens; that precision is what the
interval rules need, so values stay strings until parsed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
FRACTION_WORDS = {
    "half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fifth": Fraction(1, 5), "fifths": Fraction(1, 5),
    "sixth": Fraction(1, 6), "sixths": Fraction(1, 6), "seventh": Fraction(1, 7), "eighth": Fraction(1, 8),
    "ninth": Fraction(1, 9), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10),
}
SCALES = {
    "": Decimal(1), "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12,
}
_NUMERAL = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


@dataclass(frozen=True)
class Printed:
    """A printed number: its value and the step of its last significant digit."""

    text: str
    value: Decimal
    step: Decimal


def parse_printed(text: str) -> Printed:
    """Parse "1,200", "19.9", "six", "one-sixth", "half". Raise ValueError otherwise."""
    raw = text.strip()
    cleaned = raw.replace("\u2212", "-")
    if _NUMERAL.match(cleaned):
        digits = cleaned.replace(",", "")
        try:
            value = Decimal(digits)
        except InvalidOperation:  # pragma: no cover - the regex admits only decimals
            raise ValueError(f"not a number: {text!r}") from None
        return Printed(raw, value, _step_of(digits))
    word = cleaned.lower()
    # A number written as a word is a small exact count ("six key sectors").
    if word in NUMBER_WORDS:
        return Printed(raw, Decimal(NUMBER_WORDS[word]), Decimal(0))
    if word in ("a", "an"):
        return Printed(raw, Decimal(1), Decimal(0))
    numerator, _, denominator = word.replace(" ", "-").partition("-")
    if denominator in FRACTION_WORDS and (numerator in NUMBER_WORDS or numerator in ("a", "an", "one")):
        count = NUMBER_WORDS.get(numerator, 1)
        frac = FRACTION_WORDS[denominator] * count
        value = Decimal(frac.numerator) / Decimal(frac.denominator)
        # A fraction word is as precise as its denominator: "one-sixth" is 1/6, not 0.2.
        return Printed(raw, value, Decimal(0))
    if word in FRACTION_WORDS:
        frac = FRACTION_WORDS[word]
        return Printed(raw, Decimal(frac.numerator) / Decimal(frac.denominator), Decimal(0))
    raise ValueError(f"not a number as printed: {text!r}")


def _step_of(digits: str) -> Decimal:
    """One unit of the last significant printed digit: 19.9 -> 0.1, 24 -> 1, 140 -> 10.

    Trailing zeros of a whole number are read as rounding ("$140 billion" is a figure
    rounded to tens), which is how the design note reads "[135, 145)".
    """
    digits = digits.lstrip("+-")
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return Decimal(1).scaleb(-decimals)
    stripped = digits.rstrip("0")
    if not stripped:  # "0"
        return Decimal(1)
    return Decimal(1).scaleb(len(digits) - len(stripped))
