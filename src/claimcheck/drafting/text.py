"""Sentences and clauses: the spans of text one figure's words are read from.

A clause is the stretch of a sentence that speaks of one subject: "Exports rose 0.9 percent to
6.57 trillion yuan, while imports slumped by 15.5 percent to 4.96 trillion yuan" is two clauses,
"exports ..." and "imports ...". A figure's metric, period, direction and qualifier are read from
its own clause first.
"""
from __future__ import annotations

import functools
import re

from ..extract import CURRENCY_WORD
from ..vocabulary import FALL_WORDS, RISE_WORDS, value_at

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?(?:\s+|(?=[A-Z“\"]))")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Ms|Mrs|Dr|No|Inc|Corp|Co|Ltd|vs|St|Rs|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|Sept?|Oct|Nov|Dec)\.)$")
# "This is app. 35,000 (13 pct) more", "approx. 5%", "ca. 300 jobs": "approximately" cut short, before its figure
_ABOUT_ABBREVIATION = re.compile(r"\b(?:[Aa]pp|[Aa]pprox|[Cc]a|[Aa]bt)\.$")
_SCALE_ABBREVIATION = re.compile(r"\b(?:[BbMm]ln|[Bb]n|[Mm]n|Tln|Trln|Mio|Mrd|[Mm]il|[Bb]il)\.$")
# "a 16.3 oz. jar of peanut butter", "a 5 lb. bag": a unit's abbreviation after its figure, the noun going on
# (and "2.4 million sq. ft. of direct space", "$44.74 per sq. ft. a year ago": a square measure's, after its scale or "per")
_UNIT_ABBREVIATION = re.compile(r"\d\s?(?:oz|lbs?|ft|yds?|gal|qts?|pts?|cu)\.$|"
                                r"(?:\d|\b(?:million|billion|thousand|per))\s?sq\.(?:\s?(?:ft|m|km)\.)?$")
# "928.0 mil. Euros": a currency named after a scale's abbreviation, the amount going on
_CURRENCY_NEXT = re.compile(rf"\s*(?i:{CURRENCY_WORD})\b")
# Verbs that say what a figure did or was: they end a clause's subject.
LEVEL_VERBS = ("reached", "reach", "stood", "stands", "totaled", "totalled", "totals", "hit", "hits", "was", "were",
               "is", "are", "came", "amounted", "amounts", "accounted", "accounts", "registered", "recorded", "posted",
               "reported", "logged", "touched", "crossed", "exceeded", "surpassed", "topped", "exceed", "surpass",
               # a headline's present tense: "tally crosses 27 lakh", "output tops 5 GW", "count breaches 27 lakh"
               "crosses", "cross", "exceeds", "surpasses", "tops", "breached", "breaches", "nears", "neared",
               "grew", "contributed", "comprised", "made", "generated", "earned", "imported", "exported", "produced",
               "sold", "shipped", "churned", "allocated", "earmarked", "received", "spent", "collected", "settled",
               "averaged", "hovered", "jumped", "soared", "slumped", "slipped", "improved", "widened", "narrowed",
               "experienced", "saw", "sees", "witnessed", "marked", "marks", "logged", "consumed", "used", "installed",
               "comes", "come", "coming", "achieved", "clocked", "notched", "booked", "secured", "attained",
               "led", "leads", "hung", "held", "sat", "sits", "remained", "remains", "stayed", "ended", "closed", "finished",
               "exported", "imported", "shipped", "delivered", "dispatched", "despatched", "booked", "paid", "raised",
               "borrowed", "invested", "shot", "will", "would", "could", "may", "might", "expected", "projected",
               "forecast",
               # verbs of a small move whose direction the word after says: "edged higher to 12%", "ticked up"
               "edged", "ticked", "inched", "crept", "edges", "ticks", "inches", "creeps",
               # a multiple's verb: "profit more than doubled to", "tripled to", a headline's "ad spends double to"
               # (not the bare "double", mostly an adjective: "double-digit growth", "more than double the 0.8%")
               "doubled", "doubles", "tripled", "triples", "halved", "double to", "triple to",
               # a move told with a verb of going and its direction: "and other income moved up by 30.9 per cent"
               "went up", "went down", "moved up", "moved down", "goes up", "goes down")
CLAUSE_VERBS = tuple(sorted(set(LEVEL_VERBS + RISE_WORDS + FALL_WORDS) - {"up", "down", "more", "less", "lower",
                                                                          "higher", "growth", "loss"}))
# "May" in capitals is the month ("In May, exports fell"), never the modal verb, which news prints in lower case
_MONTH_LIKE_A_VERB = "may"
# The verbs as an alternation of a pattern, and as a set of words
VERB_PATTERN = "|".join(f"(?-i:{verb})" if verb == _MONTH_LIKE_A_VERB else verb for verb in CLAUSE_VERBS)
VERB_SET = frozenset(verb.lower() for verb in CLAUSE_VERBS)


def is_verb(word: str) -> bool:
    """Whether a word of the text is a clause verb (looked up in a set: an alternation of every verb, tried at each
    position of a clause, was the slowest pattern of drafting)."""
    return word.lower() in VERB_SET and not (word.lower() == _MONTH_LIKE_A_VERB and word[0].isupper())
# The nouns of a rate's move said after it: "a 14.3% increase", "a 20% dip"
MOVE_NOUNS = ("increase", "rise", "growth", "jump", "gain", "surge", "decline", "decrease", "drop", "fall", "dip")
RATE_MOVE_NOUN = rf"(?:{'|'.join(MOVE_NOUNS)})"
# Where one clause ends and the next begins: "; ", ", while" (or "whilst"), " whereas", ", but", ", with imports ..."
# ", and in rural areas – by 26.7%": an elliptical clause for another segment or period starts there too.
# " - Premier League clubs' revenues increased": a dash before a new subject; "and that of services increased".
# "... this year with exports to the US dropping 2.1 percent": "with" and a noun and a participle, a new subject
_BREAK = re.compile(r";\s|,?\s(?:while|whilst|whereas|but)\s|,\swith\s|,\swhich\s|,\sand\s(?=(?:in|for|at)\s)"
                    # (", taking the total volume for the first seven months of 2013 to 2,227 tonnes": a participle
                    # that moves another figure, of a period of its own)
                    # (not "bringing its share ... to 8.8% from 6.9%", the same subject's share)
                    r"|,\s(?=(?:taking|bringing|pushing|lifting)\s(?:the|its|their)\s(?:[\w-]+\s){0,2}?"
                    r"(?:total|tally|cumulative|overall|aggregate|count|year-to-date)\b)"
                    r"|\s[-–—]\s(?=[A-Z])|\sand\s(?=that of\s)"
                    # (", the GSS said, noting that per capita Gross Domestic Product (GDP) went up to US$5,014": what
                    # the speaker went on to say has a subject of its own)
                    r"|,\s(?:noting|adding|saying|explaining|stressing|indicating|pointing\s+out)\s+that\s"
                    # (" - this number dropped to 167.3 million last year": a dash before a subject pointed back with
                    # and its verb; not " - the sharpest decline since 18.9% -", a noun)
                    rf"|\s[-–—]\s(?=(?:this|that|these|those)\s(?:[a-z][\w'’-]*\s)?(?:{VERB_PATTERN})\b)"
                    # (", following a 1.8% August increase", " after a 4.5% August increase": the move of another period,
                    # told as a noun, whose month is none of the clause before's)
                    # (", followed by a 4.6% drop at electronics and appliance stores": the next item's move)
                    rf"|,?\s(?=(?:following|after|followed\sby)\san?\s(?:[\w.%-]+\s){{1,3}}?{RATE_MOVE_NOUN}s?\b)"
                    # "to increase the quarterly dividend by 10.5% and raise its buyback to $210 billion": a second
                    # verb in its base form, with an object of its own
                    r"|\sand\s(?=(?:raise|increase|cut|lift|boost|reduce|lower|hike|slash|trim|expand|extend|double)\s"
                    r"(?:its|the|their|his|her|our)\s)"
                    # "-Earnings Growth (Y-o-Y): 26.2% -EPS (Q2): $1.52 vs. $1.22": items of a list run on in one line
                    r"|\s[-–—•](?=[A-Z][^:.;\n]{0,40}:\s)"
                    r"|\swith\s(?=(?:the\s|its\s)?[a-z][\w'’-]*(?:\s[\w'’-]+){0,4}\s(?:rising|falling|dropping|declining|"
                    r"growing|increasing|decreasing|surging|jumping|climbing|slipping|sliding|plunging|soaring)\b)")
# a word of a subject: no verb ("went up by"), no participle (", followed by 5.7 for")
_NOT_A_PARTICIPLE = rf"(?!(?:up|down|or|went|goes|go|{VERB_PATTERN})\b)[a-z][\w'’-]*(?<!ed)(?<!ing)"
# ", imports fell" / " and imports fell": a new subject with its own verb starts a new clause.
# ("the country's total import and export turnover reached": one noun phrase, the two sides of trade)
_PAIR = "(?<!import)(?<!imports)(?<!export)(?<!exports)"
_NEW_SUBJECT = re.compile(rf"(?:,\s(?:and\s|as\s)?|{_PAIR}\sand\s)(?!(?:to|by|from|of|in|at|with|for|as|up|down)\s)"
                          # (", an increase of 367.45 percent": a move named as a noun, the rate of the clause before)
                          rf"(?!an?\s(?:[a-z-]+\s)?(?:{VERB_PATTERN})\s(?:of|in)\s)"
                          rf"(?=(?:the\s|its\s|their\s)?(?:[A-Za-z][A-Za-z'’&.-]*(?:\s[A-Za-z'’&.-]+){{0,3}}\s(?:{VERB_PATTERN})\b"
                          # ("and exports of palm kernel cake rose 31.93 per cent": a noun "of" a thing of up to three
                          # words)
                          rf"|(?!an?\s)[a-z][\w'’-]*\sof\s(?:[a-z][\w'’-]*\s){{1,3}}(?:{VERB_PATTERN})\b))"
                          # "... 6 per cent from Rs 300 crore and interest 9.6 per cent": a subject and a figure, the verb understood
                          # ("and reached $26.228 billion": a verb, no subject)
                          # (", and imports – 7,314.7 million dollars": a dash for the verb)
                          # (not "beef and veal exports in 2013-14 to A$6.4billion": a year is no figure of a subject)
                          rf"|(?:,\s|{_PAIR}\s)and\s(?=(?:the\s|its\s)?(?!(?:{VERB_PATTERN})\b)[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){{0,2}}\s"
                          rf"(?:[-–—]\s)?(?:(?!(?:19|20)\d\d\b)\d|Rs|\$|₹|US\$|RM))"
                          # "exports dropped by 1%, imports by 5.6% and trade surplus by 34.84 billion": a subject and
                          # "by", the verb understood
                          rf"|(?:,\s(?:and\s)?|{_PAIR}\sand\s)"
                          # (", followed by 5.7 for": a participle, no subject)
                          rf"(?=(?:the\s|its\s)?{_NOT_A_PARTICIPLE}(?:\s{_NOT_A_PARTICIPLE}){{0,2}}\sby\s(?:about\s|nearly\s|over\s)?"
                          rf"\S{{0,4}}\d)"
                          # "Car sales grow 7%, passenger vehicles up 11% in Sept": a headline's subject, "up" its verb
                          # (", profit down 7%" after any figure: "revenue falls 14% to Rs 1,825 crore, profit down 7%")
                          rf"|(?<=[%\w]),\s(?!(?:or|and|but|while|which|that|with|from|to|by|of|as)\b)"
                          rf"(?=[A-Za-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){{0,2}}\s(?:up|down)\s\d)")


# "the difference between expenditure and revenue was": "between" pairs two nouns, its "and" starts no subject
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$")


# "Power Generation Falls as Fuel Costs Rise by 46%": "as" and a subject with a verb of its own, in a headline's
# title case too ("such as", "as well as", "as much as" introduce no clause)
# ("share price up 3% after Q2 profit surges to Rs 69 crore": "after" and a subject with its verb too)
_AS_CLAUSE = re.compile(rf"(?:(?<!such)(?<!well)(?<!much)(?<!many)(?<!long)(?<!soon)(?<!same)\sas|\s(?i:after))\s"
                        # ("as Q1 revenue falls 14%": a subject's word may hold a digit)
                        rf"(?=(?:the\s|its\s|their\s)?[A-Za-z][\w'’&.-]*(?:\s[A-Za-z][\w'’&.-]*){{0,3}}\s(?i:{VERB_PATTERN})\b)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; handles sentences run together ("said.Since") and "U.S."."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: drafting and checks ask for the sentences of one article many times, and a long article's take a
    # tenth of a second to find.
    spans, start = [], 0
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for boundary in _SENTENCE_END.finditer(text, paragraph.start(), paragraph.end()):
            before = text[start:boundary.start()]
            if _ABBREVIATION.search(before) or re.search(r"\d\.$", before) and text[boundary.end():boundary.end() + 1].isdigit():
                continue
            if _ABOUT_ABBREVIATION.search(before) and re.match(r"[$€£]?\d", text[boundary.end():boundary.end() + 2]):
                continue
            if _SCALE_ABBREVIATION.search(before) and (text[boundary.end():boundary.end() + 1].islower()
                                                        or _CURRENCY_NEXT.match(text, boundary.end())):
                continue  # "$7.67 Bln. vs. $5.48 Bln. last year": a scale's abbreviation, the sentence going on
            if _UNIT_ABBREVIATION.search(before) and text[boundary.end():boundary.end() + 1].islower():
                continue
            spans.append((start, boundary.start()))
            start = boundary.end()
        if start < paragraph.end():
            spans.append((start, paragraph.end()))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each clause of the sentence text[start:end]."""
    cuts = {start, end}
    sentence = text[start:end]
    for found in [*_BREAK.finditer(sentence), *_NEW_SUBJECT.finditer(sentence), *clauses_opened(sentence)]:
        if not _inside_brackets(sentence, found.start()) and not (
                found.re is _NEW_SUBJECT and _BETWEEN.search(sentence, max(0, found.start() - 80), found.start())):
            cuts.add(start + found.start())
    bounds = sorted(cuts)
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip(" ,;.")]


def clauses_opened(text: str) -> list[re.Match]:
    """Where "as" or "after" opens a clause with a subject and verb of its own in the text. "after" does only once
    a figure was said before it ("share price up 3% after Q2 profit surges"; not "The death toll ... after the
    devastating earthquake exceeded 15 thousand", whose verb is the toll's)."""
    return [found for found in _AS_CLAUSE.finditer(text)
            if found.group().strip().lower() != "after" or re.search(r"\d", text[:found.start()])
            or _MOVED_BEFORE.search(text[:found.start()])]


# "Indoco Remedies jumps after Q2 PAT rises 19%": a verb of moving before "after" closes its own clause
_MOVED_BEFORE = re.compile(r"(?i)\b(?:jump|surge|soar|climb|gain|rall(?:y|ie)|rebound|advance|slip|slump|drop|fall|tumble|"
                           r"plunge|sink|dip|decline|rise)(?:s|ed)?\s*$")


def _inside_brackets(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


def quote_for(text: str, clause: tuple[int, int], start: int, end: int, limit: int = 140, value: str = "") -> str:
    """A verbatim stretch around a figure: its clause, cut to `limit` characters at word boundaries. A value
    printed twice in the clause ("Anambra (3), Oyo (3)") is read from its quote's first place, so the quote of the
    second starts after the first."""
    a, b = clause
    while a < start and text[a] in " ,;:(\"“":
        a += 1
    if b - a > limit:
        a = max(a, text.rfind(" ", a, max(a, start - limit // 2)) + 1)
        cut = text.find(" ", min(b, end + limit // 2), b)
        b = cut if cut > 0 else b
    quote = text[a:b].rstrip(" ,;:.")
    if value:
        own = start + max(0, value_at(text[start:end], value))
        at = value_at(quote, value)
        while 0 <= at and a + at < own:
            cut = text.find(" ", a + at + len(value), own)
            if cut < 0:
                break
            a = cut + 1
            quote = text[a:b].rstrip(" ,;:.")
            at = value_at(quote, value)
    if text[start:end] not in quote:
        quote = text[start:end]
    return quote
