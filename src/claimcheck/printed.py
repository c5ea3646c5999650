"""Numbers as printed: keep the string, derive the value and its rounding step.

"19.9" was rounded to a tenth and "140" to tens; that precision is what the
interval rules need, so values stay strings until parsed here. Besides numerals
this reads the words reporters print instead of digits:

| printed                       | value          | read as                              |
|-------------------------------|----------------|--------------------------------------|
| six, One, a dozen             | 6, 1, 12       | an exact count                       |
| one-sixth, two-thirds, half   | 1/6, 2/3, 1/2  | the fraction, give or take 5 % of it |
| twice, doubled, tripled, halved | 2, 2, 3, 0.5 | the multiple, give or take 5 %       |
| fivefold, 5-fold              | 5              | rounded to a unit                    |
| double-digit, single-digit    | 10-100, 1-10   | a range                              |
| second, 70th                  | 2, 70          | a position in a ranking              |
"""
from __future__ import annotations

import functools

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
# ("Seventy-four new service centers": tens and units joined by a hyphen, one number)
NUMBER_WORDS.update({f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                     for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                     for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
FRACTION_WORDS = {
    "half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fifth": Fraction(1, 5), "fifths": Fraction(1, 5),
    "sixth": Fraction(1, 6), "sixths": Fraction(1, 6), "seventh": Fraction(1, 7), "eighth": Fraction(1, 8),
    "ninth": Fraction(1, 9), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10),
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "top": 1,
}
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# Verbs and adverbs of multiplication: "sales doubled", "twice as many".
MULTIPLE_WORDS = {
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "tripling": 3, "thrice": 3,
    "quadruple": 4, "quadrupled": 4, "halved": Fraction(1, 2), "halving": Fraction(1, 2),
}
# Ranges written as words: [low, high).
RANGE_WORDS = {
    "single-digit": (1, 10), "double-digit": (10, 100), "triple-digit": (100, 1000),
    "single digit": (1, 10), "double digit": (10, 100), "triple digit": (100, 1000),
}
# The fractions writers round to, in order: "more than half" means short of two-thirds.
FRACTION_LADDER = tuple(Decimal(f.numerator) / Decimal(f.denominator) for f in sorted(
    {Fraction(1, 10), Fraction(1, 5), Fraction(1, 4), Fraction(1, 3), Fraction(1, 2), Fraction(2, 3), Fraction(3, 4),
     Fraction(4, 5), Fraction(9, 10)}))
# How loosely a word is meant: a fraction or a multiple word is good to 5 % of its value.
WORD_TOLERANCE = Decimal("0.05")
SCALES = {
    "": Decimal(1), "cent": Decimal("0.01"), "hundred": Decimal(100), "thousand": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5, "million": Decimal(10) ** 6, "crore": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12, "lakh crore": Decimal(10) ** 12,
    "quadrillion": Decimal(10) ** 15,  # ("VND1.507 quadrillion": dong budgets)
}
# Thousands grouped by threes, or the Indian way ("1,06,577": lakhs and crores grouped by twos above a thousand).
# 1,200 / 12,34,567 / 69 849 (thousands set apart by a space, no-break or thin space) / 19.9
# (and "10,2686.50": a comma misplaced inside a number with decimals, as an article printed it; "100, 000": a space
# typed after the comma before round thousands; "3,79, 839": after the last comma of an Indian grouping; "168, 061":
# after any thousands comma)
_NUMERAL = re.compile(r"^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
                      r"(?:\.\d+)?|\d{1,3}(?:,\d{2,4})+\.\d+|\d{1,3}(?:,\d{2,3})*, \d{3}\.\d+|\d{1,3}(?:,\d{3})*, 000|"
                      r"\d{1,2}(?:,\d{2})+, \d{3}|\d{1,3}(?:, \d{3})+|\.\d+|"
                      # ("Rs20. 93 million": a space typed after the decimal point, which extract admits before a scale)
                      r"\d{1,3}\. \d{1,3})$")
# "one million 407,000", "2 million 300 thousand": a million and its thousands, as Spanish writes "un millón 407 mil"
# and a translation keeps it; one number, not "one million" and a stray 407,000 ("12 million and 191 thousand", "31
# million 828 thousand and 900 heads": with "and", and the units after the thousands, as Mongolian news translates)
# (not "Dh350.29 million and 1,080 apartments": a decimal's tail, and a list's next figure)
MILLION_AND_THOUSANDS = re.compile(r"(?i)(?<![\d.,])\b(?P<head>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                                   r"\s+million\s+(?:(?P<digits>\d{1,3},\d{3})|(?:and\s+)?(?P<thousands>\d{1,3})\s+thousand"
                                   r"(?:\s+(?:and\s+)?(?P<units>\d{1,3})(?![\d.,%]|\s*(?:per\s?cent|percent|million|"
                                   r"thousand)\b))?)\b(?![.,]\d)")


def million_and_thousands(text: str) -> int:
    """The number MILLION_AND_THOUSANDS matches in full."""
    found = MILLION_AND_THOUSANDS.fullmatch(text.strip())
    head = found.group("head")
    millions = int(head) if head.isdigit() else NUMBER_WORDS[head.lower()]
    thousands = int(found.group("digits").replace(",", "")) if found.group("digits") else int(found.group("thousands")) * 1000
    return millions * 1_000_000 + thousands + int(found.group("units") or 0)


# "1,19" (before "billion"): a decimal comma, which no thousands grouping has with fewer than three digits after it
# ("US $925, 8 million": a space typed after it)
DECIMAL_COMMA = re.compile(r"^\d{1,3}, ?\d{1,2}$")
_FOLD = re.compile(r"^(?P<n>\d+(?:\.\d+)?|[a-z]+)[- ]?fold$")


@dataclass(frozen=True)
class Printed:
    """A printed number: its value and the step of its last significant digit.

    `bounds` is set for ranges printed as words ("double-digit"): the interval they allow.
    `whole` is set for fraction words ("half"): what the whole is in the figure's unit (1, or 100
    for a percentage), so "more than half" can run up to the next fraction a writer would use."""

    text: str
    value: Decimal
    step: Decimal                     # the round-figure reading: trailing zeros of a whole number are rounding
    bounds: tuple[Decimal, Decimal] | None = None
    whole: Decimal | None = None
    last_digit: Decimal | None = None  # one unit of the last digit printed, zeros included ("140": 1)

    @property
    def digit_step(self) -> Decimal:
        """The strict reading's step: one unit of the last printed digit ("20 percent" is 19.5-20.5)."""
        return self.step if self.last_digit is None else self.last_digit

    def as_percent(self) -> "Printed":
        """A fraction word used for a percentage: "half" of the market is 50 %, not 0.5 %."""
        if self.whole != 1:
            return self
        return Printed(self.text, self.value * 100, self.step * 100, whole=Decimal(100))


    def fraction_neighbours(self) -> tuple[Decimal, Decimal]:
        """For a fraction word, the next smaller and larger fractions a writer would use instead:
        "more than half" is short of two-thirds, "nearly a third" above a quarter."""
        share = self.value / self.whole
        below = max((f for f in FRACTION_LADDER if f < share), default=Decimal(0))
        above = min((f for f in FRACTION_LADDER if f > share), default=Decimal(1))
        return below * self.whole, above * self.whole


_ONE_IN = re.compile(r"(?P<n>\d|[a-z]+)[- ](?:in|out[- ]of)[- ](?:every[- ])?(?P<d>\d{1,3}|[a-z]+)")
_AND_A_HALF = re.compile(r"(?P<n>\d{1,3}|[a-z]+) and a half")


# (remembered: a draft parses each figure's value when it checks the row and again when it reads the register)
@functools.lru_cache(maxsize=65536)
def parse_printed(text: str, ordinal: bool = False) -> Printed:
    """Parse "1,200", "19.9", "six", "one-sixth", "half", "twice", "fivefold", "double-digit"; with
    `ordinal`, a position ("third" is 3, not a third). Raise ValueError otherwise."""
    raw = text.strip()
    cleaned = raw.replace("\u2212", "-")
    if _NUMERAL.match(cleaned) or DECIMAL_COMMA.match(cleaned):
        digits = cleaned.replace(", ", ".").replace(",", ".") if DECIMAL_COMMA.match(cleaned) else re.sub(r"[,\s]", "", cleaned)
        try:
            value = Decimal(digits)
        except InvalidOperation:  # pragma: no cover - the regex admits only decimals
            raise ValueError(f"not a number: {text!r}") from None
        return Printed(raw, value, _step_of(digits), last_digit=_step_of(digits, zeros_round=False))
    if MILLION_AND_THOUSANDS.fullmatch(cleaned):
        digits = str(million_and_thousands(cleaned))
        return Printed(raw, Decimal(digits), _step_of(digits), last_digit=_step_of(digits, zeros_round=False))
    word = " ".join(cleaned.lower().split())
    # A number written as a word is a small exact count ("six key sectors").
    if word in NUMBER_WORDS:
        return Printed(raw, Decimal(NUMBER_WORDS[word]), Decimal(0))
    if word in ("a", "an"):
        return Printed(raw, Decimal(1), Decimal(0))
    if ordinal and (word in ORDINAL_WORDS or _ORDINAL.match(word)):
        # A position in a ranking: "second", "70th".
        return Printed(raw, Decimal(ORDINAL_WORDS.get(word) or _ORDINAL.match(word).group(1)), Decimal(0))
    if word in MULTIPLE_WORDS:
        return _loose(raw, Fraction(MULTIPLE_WORDS[word]))
    if word in RANGE_WORDS:
        low, high = RANGE_WORDS[word]
        return Printed(raw, Decimal(low), Decimal(0), bounds=(Decimal(low), Decimal(high)))
    half = _AND_A_HALF.fullmatch(word)
    if half:
        # ("3 and a half times"): a whole and a half, to the half a writer rounds to
        return Printed(raw, _whole(half.group("n"), text) + Decimal("0.5"), Decimal("0.5"), last_digit=Decimal("0.5"))
    fold = _FOLD.match(word)
    if fold:
        n = fold.group("n")
        value = _whole(n, text)
        return Printed(raw, value, Decimal(1) if n[0].isalpha() else _step_of(n),
                       last_digit=Decimal(1) if n[0].isalpha() else _step_of(n, zeros_round=False))
    if ratio := _ONE_IN.fullmatch(word):
        # ("one in five children", "1 in 10 adults": a share told as a ratio, meant as loosely as "a fifth")
        return _loose(raw, Fraction(int(_whole(ratio.group("n"), text)), int(_whole(ratio.group("d"), text))),
                      fraction=True)
    numerator, _, denominator = word.replace(" ", "-").partition("-")
    if denominator in FRACTION_WORDS and (numerator in NUMBER_WORDS or numerator in ("a", "an", "one")):
        return _loose(raw, FRACTION_WORDS[denominator] * NUMBER_WORDS.get(numerator, 1), fraction=True)
    if word in FRACTION_WORDS:
        return _loose(raw, FRACTION_WORDS[word], fraction=True)
    raise ValueError(f"not a number as printed: {text!r}")


def _whole(n: str, text: str) -> Decimal:
    """A whole number in digits or in words ("5", "five"), or ValueError."""
    value = Decimal(n) if n[0].isdigit() else Decimal(NUMBER_WORDS.get(n, -1))
    if value < 0:
        raise ValueError(f"not a number as printed: {text!r}")
    return value


def _loose(raw: str, value: Fraction, fraction: bool = False) -> Printed:
    """A word meant loosely: its value give or take WORD_TOLERANCE of it (a step of twice that)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return Printed(raw, exact, 2 * WORD_TOLERANCE * exact, whole=Decimal(1) if fraction else None)


def _step_of(digits: str, zeros_round: bool = True) -> Decimal:
    """One unit of the last significant printed digit: 19.9 -> 0.1, 24 -> 1, 140 -> 10.

    Trailing zeros of a whole number are read as rounding ("$140 billion" is a figure
    rounded to tens), which is how the design note reads "[135, 145)"; with zeros_round
    off they count as digits (140 -> 1).
    """
    digits = digits.lstrip("+-")
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return Decimal(1).scaleb(-decimals)
    if not zeros_round:
        return Decimal(1)
    stripped = digits.rstrip("0")
    if not stripped:  # "0"
        return Decimal(1)
    return Decimal(1).scaleb(len(digits) - len(stripped))


def one_edit_apart(printed: str, other: str) -> bool:
    """Whether one printed number is the other as writers slip: one digit changed, added or dropped, or two
    neighbours swapped, the decimal point counting as a digit ("59,128" for 59,182; "27.2%" for 2.72; "1,350" for
    150; not "6.3%" for 23%, a digit and the point). Separators, units and leading zeros are left out."""
    x, y = (re.sub(r"[^\d.]|(?<!\d)\.|\.(?!\d)", "", text).lstrip("0") for text in (printed, other))
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [i for i, (p, q) in enumerate(zip(x, y)) if p != q]
        return len(diff) <= 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] \
            and x[diff[1]] == y[diff[0]]
    short, long = sorted((x, y), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


# How near two statements of one figure may be and still read as one figure misstated (revised, rounded otherwise,
# another release), as a share of the larger
NEAR = 0.10
# How far apart a digit added or dropped can put two figures (a tenfold and some: "1,350" for 150)
_EDITED_APART = 100


def misprinted(value: float, other: float, printed: str, printed_other: str) -> bool:
    """Whether one figure may be the other misprinted: a power of ten off, within a tenth ("GH¢51.58m" for 51,580.17
    million), or one edit of its digits (a digit and a scale is no slip: the headline's "20 Yen" is no "24.0 billion
    yen" misprinted; nor a digit and the point: "6.3%" is no "23%")."""
    low, high = sorted((abs(value), abs(other)))
    if not low:
        return False
    return any(abs(high / low / 10 ** k - 1) <= NEAR for k in range(1, 10)) \
        or high / low < _EDITED_APART and one_edit_apart(printed, printed_other)
