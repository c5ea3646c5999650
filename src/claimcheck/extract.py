"""Find every number an article mentions: amounts, percentages, counts, dates and periods.

Each pattern below finds one family of mention; where two overlap, the longest wins
("fourth quarter of 2024" over "2024", "24 percent" over "24"), so the result reads
as a person would underline the text.

Why not quantulum3: tried on the seed, it reads "1-trillion-yuan" as 500 billion,
"($140 billion)" as negative and "six key" as 6000 exayears, misses weekdays, months
and relative dates, and takes 3 s to import, most of a build's time budget.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .printed import NUMBER_WORDS
from .units import CURRENCY_WORDS, SCALE_ABBREVIATIONS

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = sorted((w for w in NUMBER_WORDS if w not in ("zero",)), key=len, reverse=True)
WORDNUM = "|".join(_WORDS)
SCALE = r"trillion|billion|million|thousand|tln|trn|tn|bn|mn|mln"
CURRENCY_WORD = r"yuan|renminbi|RMB|dollars?|euros?|pounds?|yen|won|rupees?|roubles?|rubles?"
COUNTRY = r"(?:U\.?S\.?|US|Hong Kong|Singapore|Australian|Canadian|Taiwan)\s"  # "126.7 billion U.S. dollars"
CURRENCY_PREFIX = r"US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|RMB\s?|CNY\s?|USD\s?|EUR\s?"
MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
ORDINAL_WORDS = "first|second|third|fourth|1st|2nd|3rd|4th"
_NOT_IN_WORD = r"(?<![A-Za-z0-9])(?<![A-Za-z]-)"   # not "COVID-19", "G20", "A380"

TEMPORAL_KINDS = ("year", "quarter", "month", "weekday", "relative", "half")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str            # amount, percent, number, year, quarter, half, month, weekday, relative, duration, fraction, ordinal
    value: str = ""      # the number as printed ("900", "One", "six"), or the date words
    scale: str = ""      # thousand, million, billion, trillion
    currency: str = ""   # CNY, USD, ...
    unit: str = ""       # for durations: months, years, ...

    @property
    def temporal(self) -> bool:
        return self.kind in TEMPORAL_KINDS


def _scale(word: str | None) -> str:
    if not word:
        return ""
    word = word.lower()
    return word if word in ("trillion", "billion", "million", "thousand") else SCALE_ABBREVIATIONS.get(word, "")


def _currency(prefix: str | None, word: str | None) -> str:
    for token in (prefix, word):
        if token:
            token = token.strip().lower()
            if token.upper() in ("CNY", "USD", "EUR"):
                return token.upper()
            code = CURRENCY_WORDS.get(token) or CURRENCY_WORDS.get(token.rstrip("s"))
            if code:
                return code
    return ""


# (kind, pattern); named groups: num, word, scale, cur_pre, cur_word, unit
PATTERNS = [
    ("quarter", rf"\b(?:{ORDINAL_WORDS})[- ]quarter(?:\s+of\s+(?:\d{{4}}|this year|last year))?|\bQ[1-4](?:\s*\d{{4}})?\b"),
    ("half", r"\b(?:first|second)[- ]half(?:\s+of\s+(?:\d{4}|this year|last year))?|\bH[12](?:\s*\d{4})?\b"),
    ("duration", rf"\b(?:first|last|past|next|previous)\s+(?:(?P<num>{NUM})|(?P<word>{WORDNUM}))\s+(?P<unit>months?|years?|weeks?|days?|quarters?)\b"),
    ("amount", rf"(?P<cur_pre>{CURRENCY_PREFIX})\s?(?P<num>{NUM})(?:(?:[\s-]?(?P<scale>{SCALE})\b)|(?P<suffix>[mbk])\b)?(?:[\s-](?P<cur_word>{CURRENCY_WORD})\b)?"),
    ("amount", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?:[\s-]?(?P<scale>{SCALE}))?[\s-](?:{COUNTRY})?(?P<cur_word>{CURRENCY_WORD})\b"),
    ("amount", rf"\b(?P<word>{WORDNUM})[\s-](?P<scale>{SCALE})\b(?:[\s-](?P<cur_word>{CURRENCY_WORD})\b)?"),
    ("percent", rf"{_NOT_IN_WORD}(?:(?P<num>{NUM})|\b(?P<word>{WORDNUM}))[\s-]?(?P<unit>percentage points?|per\s?cent|%|pp\b)"),
    ("number", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?:[\s-]?(?P<scale>{SCALE})\b|(?P<suffix>[mbk])\b)"),
    ("fraction", r"\b(?:one|two|three|four|a)[- ](?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\b|\b(?:more|less) than half\b|\bhalf of\b"),
    ("month", rf"\b(?:{MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b|\b(?:in|of|since|until|by) May\b"),
    ("weekday", rf"\b(?:{WEEKDAYS})s?\b"),
    ("relative", r"(?i:\b(?:last|this|next|previous|past|current)\s+(?:fiscal\s+)?(?:year|month|week|quarter|decade)\b|\byesterday\b|\btoday\b|\btomorrow\b|\byear-to-date\b|\b(?:a|one|two|three|four|five) (?:years?|months?) ago\b)"),
    ("year", r"(?<![\d$-])(?<!\d[,.])\b(?:19[5-9]\d|20\d\d)\b(?![\d%]|[.,]\d)"),
    ("ordinal", rf"{_NOT_IN_WORD}\d+(?:st|nd|rd|th)\b"),
    ("number", rf"{_NOT_IN_WORD}(?P<num>{NUM})(?![\w])"),
    ("number", rf"\b(?P<word>(?:{WORDNUM}))\b(?![- ](?:{SCALE}|percent|of\b))"),
]
# Number words that are not numbers on their own ("a"), and idioms where "one" is no count.
_AMBIGUOUS_WORDS = {"a", "an"}
_ONE_IDIOM = re.compile(r"(?i)(?:\b(?:no|any|every|some|each|the|this|that)\s+one\b|\bone\s+(?:of|another|day|by|"
                        r"way|thing|point|hand|side|time|more)\b|\bone-(?:on|to)-one\b|\bone-(?:off|stop|time|way)\b)")
_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE if kind in ("number", "amount", "percent", "duration", "fraction", "quarter", "half") else 0))
             for kind, pattern in PATTERNS]
_URL = re.compile(r"https?://\S+|www\.\S+")


def _mention(kind: str, found: re.Match) -> Mention | None:
    groups = {k: v for k, v in found.groupdict().items() if v}
    value = groups.get("num") or groups.get("word") or ""
    if kind == "number" and groups.get("word") and groups["word"].lower() in _AMBIGUOUS_WORDS:
        return None
    if kind == "number" and (groups.get("word") or "").lower() == "one" and any(
            m.start() <= found.start() < m.end() for m in _ONE_IDIOM.finditer(found.string)):
        return None
    scale = _scale(groups.get("scale")) or {"m": "million", "b": "billion", "k": "thousand"}.get(
        (groups.get("suffix") or "").lower(), "")
    currency = _currency(groups.get("cur_pre"), groups.get("cur_word"))
    unit = groups.get("unit", "")
    if kind == "percent":
        unit = "pp" if unit.lower().startswith(("percentage", "pp")) else "percent"
    if not value:  # dates, periods, fractions and ordinals are their own words
        value = found.group(0)
    return Mention(found.start(), found.end(), found.group(0), kind, value, scale, currency, unit)


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention in the text, in order, none overlapping."""
    masked = _URL.sub(lambda m: " " * len(m.group(0)), text)
    candidates = []
    for priority, (kind, pattern) in enumerate(_COMPILED):
        for found in pattern.finditer(masked):
            mention = _mention(kind, found)
            if mention and mention.end > mention.start:
                candidates.append((mention, priority))
    candidates.sort(key=lambda mp: (-(mp[0].end - mp[0].start), mp[1], mp[0].start))
    taken: list[Mention] = []
    for mention, _ in candidates:
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)
