"""What a figure measures, read from its clause: "net profit of Rs 318 crore", "390 million tonnes of
coal", "Retail sales rose 4.9 percent", "the country imported 380 million tonnes of coal".

Two figures are of one measure when their metric keys are equal: the words that name the
measure, lowercased, with synonyms merged (production, output, churned out), generic words
("total", "volume", "value") and the entity dropped. The key decides; the register shows the
words as the article first wrote them.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ..extract import MONTH_ABBREVIATIONS, MONTHS
from ..vocabulary import FALL_WORDS, MOVED_ITS_THING_BY, RISE_WORDS
from .text import VERB_PATTERN, clauses_opened, is_verb

# Verbs that name the measure they report: "the country imported 380 million tonnes of coal" is coal imports.
VERB_MEASURES = {
    "imported": "imports", "imports": "imports", "import": "imports", "exported": "exports", "exports": "exports",
    "export": "exports", "produced": "output", "churned": "output", "sold": "sales", "shipped": "shipments",
    "spent": "spending", "allocated": "allocation", "earmarked": "allocation", "collected": "revenue",
    "consumed": "consumption", "received": "receipts", "installed": "installations",
}
# One word for words that name the same measure.
SYNONYMS = {
    "production": "output", "produced": "output", "churned": "output", "outputs": "output",
    "import": "imports", "export": "exports", "sale": "sales", "turnover": "revenue", "ad": "advertising",
    "ads": "advertising", "revenues": "revenue",
    "income": "profit", "earnings": "profit", "profits": "profit", "shipment": "shipments", "deficits": "deficit",
    "gap": "deficit",  # ("The Philippines’ trade gap widened by 2%": its trade deficit, as the next paragraph says)
    "surpluses": "surplus", "expenditure": "spending", "expenditures": "spending", "outlays": "spending",
    "outlay": "spending", "cases": "cases", "case": "cases", "infections": "cases", "deaths": "deaths",
    "gdp": "gdp", "economy": "gdp", "automobiles": "vehicles", "cars": "vehicles", "autos": "vehicles",
    "automobile": "vehicles", "car": "vehicles", "auto": "vehicles", "vehicle": "vehicles", "doses": "doses", "dose": "doses", "electricity": "power", "use": "consumption",
    "usage": "consumption", "operation": "operating", "operations": "operating",  # revenue from operations
    "jobs": "employment",  # ("Canada adds 64K jobs": "employment rose by 64,000")
    # ("The literacy rate of men has reached 83.6%" and "the male literacy rate": one group, named two ways)
    "male": "men", "males": "men", "female": "women", "females": "women",
}
# Words that say nothing about which measure it is.
GENERIC = {
    "output", "volume", "value", "amount", "figure", "figures", "number", "level", "levels", "scale", "size", "data",
    "total", "overall", "combined", "cumulative", "aggregate", "annual", "yearly", "monthly", "quarterly", "the",
    "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in", "on", "for", "and", "or", "but",
    "to", "by", "with", "from", "at", "as", "country", "country's", "nation", "nation's", "company", "company's", "which", "it", "they", "there",
    "also", "about", "some", "around", "nearly", "over", "more", "than", "just", "only", "year", "month", "quarter",
    "period", "first", "last", "same", "year-on-year", "year-over-year", "yoy", "y-o-y", "compared", "while",
    "official", "data", "showed", "according", "new", "latest", "reported", "registering", "whopping", "stood",
    "sequentially", "respectively", "said", "says", "per", "cent", "percent", "during", "so", "far", "far,",
    "been", "has", "have", "had", "be", "being", "is", "are", "was", "were", "up", "down", "under", "review",
    "industry", "industries", "sector", "sectors", "segment", "segments",
    # ("a decrease of 0.5 percentage points" and "dropped by 0.5 percentage points": how it moved, not what moved)
    "increase", "increases", "increased", "decrease", "decreases", "decreased", "decline", "declines", "declined",
    # ("the death count stands at 24": the deaths, counted; a "toll" is a running total, its own measure)
    "count",
    "market", "markets",  # ("global art market sales" are global art sales; "the UK market declined": UK sales)
    "stable", "steady", "flat", "unchanged",  # "remained stable at 125 GWh": how it moved, not what it is
    "valued", "valuing",  # "India's imports ... were valued at $44.21 billion": how it is told, not what it is
    "ended", "ends",  # "a 54% rise in its quarter that ended in December": when, not what
    # a figure's own words when a subject quotes it ("Smartphone sales of CNY51.5 billion were up")
    "thousand", "million", "billion", "trillion", "crore", "crores", "lakh", "bn", "mn", "tn", "yuan", "renminbi",
    "dollar", "dollars", "rupee", "rupees", "euro", "euros", "pound", "pounds", "yen", "won", "ringgit", "naira",
    "units", "unit", "pieces", "items", "area", "areas",
    "results", "result",  # "The results topped the estimates ... of 22 cents per share": the figures, not a measure
    "higher", "lower",  # "was also 1.2 percent higher y-o-y at Rs 39.19 crore": how it compares, not what it is
    # "the exports from the country were recorded at $31.760b": how it was told, not what it is
    "recorded", "registered", "posted", "witnessed", "logged", "clocked",
    "pc",  # "55.29pc over the deficit": the percent sign of the Indian and Pakistani press
    # "That compares with the Rs 4,700 crore consensus estimate", "against a forecast of": a comparison's words
    "compares", "against", "versus", "vs", "consensus",
    # "showing a slight YoY increase of just 1%", "a sharp 12% fall": how much it moved, not what moved
    "slight", "marginal", "modest", "moderate", "sharp", "steep", "significant", "substantial", "considerable",
    "notable", "remarkable", "marked", "massive", "hefty", "robust", "healthy", "impressive", "dramatic", "tremendous",
    "meagre", "meager",
    # "ad spends double to over Rs 800 crore", "expenses more than doubled to": how far it moved, not what moved
    "double", "doubled", "doubles", "triple", "tripled", "triples", "quadrupled", "halved",
    # "generated about 1.2 billion kWh through September", "even with the decline": until when and how a clause goes
    # on, not what it measures
    "yet", "even", "already", "again", "through",
}
# Phrases that name one measure in several words: one key word for each.
_PHRASES = ((re.compile(r"\b(?:earnings|profit|(?:net\s)?income|bottom[- ]line) per share|per-share (?:earnings|profit)|"
                        r"per share earnings\b"), " eps "),
            # "profit before tax", "pre tax profits", "PBT": one profit; "profit after tax", "post-tax profit", "PAT"
            (re.compile(r"\bprofits? before (?:income )?tax(?:ation|es)?\b|\bpre[- ]?tax profits?\b|\bpbt\b"),
             " pre-tax profit "),
            (re.compile(r"\bprofits? after (?:income )?tax(?:ation|es)?\b|\bpost[- ]?tax profits?\b|\bafter[- ]tax profits?\b"
                        r"|\bpat\b"), " post-tax profit "),
            # "its bottom line totaled $7.67 billion": the profit
            (re.compile(r"\bbottom[- ]line\b"), " profit "),
            (re.compile(r"\bgross domestic product\b"), " gdp "),
            # "but still down from 1.35 billion", "still more than the 773.3 million": how the figure compares, no word
            # of a measure (the clause's subject is the sentence's)
            (re.compile(r"\bstill\s+(?=(?:up|down|more|less|higher|lower|above|below|short|ahead|behind)\b)"), " "),
            # "total income" (revenue and other income, in Indian results) is no profit, as "net income" is
            (re.compile(r"\btotal income\b"), " total-income "),
            # "Sales in the U.S.": a place abbreviated with dots is a word of the measure, not two letters
            (re.compile(r"\bu\.s\.(?:a\.)?"), " us "), (re.compile(r"\bu\.k\."), " uk "), (re.compile(r"\bu\.a\.e\."), " uae "),
            # "64 per cent of the Budget estimate", "the budget estimates (BE)": the planned figure, of whatever
            (re.compile(r"\bbudget(?:ary)? estimates?\b|\bbudgeted figures?\b"), " estimate "),
            # "tourist arrivals", "the number of visitors", "tourists arrivals": one count of people arriving
            (re.compile(r"\b(?:tourists?|visitors?)\s+arrivals?\b|\bvisitors\b|\btourists\b(?!\s+(?:spent|spend|spending))"),
             " arrivals "),
            # "the total import and export value", "imports and exports": a country's trade, its two sides together
            (re.compile(r"\b(?:imports? and exports?|exports? and imports?)\b"), " trade "),
            # "Outbound shipments reached US$34.13 billion": a country's exports, named as a wire story varies its words
            (re.compile(r"\boutbound shipments?\b"), " exports "), (re.compile(r"\binbound shipments?\b"), " imports "),
            # "January's export receipts posted a 9.1 percent increase", "the oil import bill": the value of the
            # exports or imports, in the words of the trade desk
            (re.compile(r"\bexport (?:receipts|earnings|proceeds|revenues?)\b"), " exports "),
            (re.compile(r"\bimport (?:bills?|payments?)\b"), " imports "),
            # "displayed a net profit of", "posted a net profit of": a verb before the article of its object
            (re.compile(r"\b[a-z]{3,}ed\s+(?=(?:a|an|the|its|their)\s)"), " "),
            # "its fiscal first-quarter profit": when, not which profit (the fiscal deficit keeps its word)
            (re.compile(r"\bfiscal\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:half|quarter)\b|q[1-4]\b|"
                        r"(?:full[- ])?year\b)"), " "),
            # "the software maker's profit", "revenue of India's largest cigarette maker": the company, described
            (re.compile(r"\b(?:(?:the|its)\s+|of\s+(?:the\s+)?(?:[a-z]+'s\s+)?)(?:[a-z-]+\s+){0,3}?"
                        r"(?:maker|company|firm|group|giant|retailer|producer|manufacturer|lender|carrier|operator|"
                        r"insurer|chipmaker|automaker|carmaker|conglomerate|miner|developer)(?:'s\b|$)"), " "))
# a subject that is a name and its short form: "the Oil and Natural Gas Corporation (ONGC)"
_DOER = re.compile(r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s(?:[A-Z][\w&.'’-]*|of|and|for))*\s*\((?P<short>[A-Z][A-Za-z&]{1,7})\)")
_AMONG_THEM = re.compile(r"(?i)(?:^|(?<=[.;:]\s))\W*(?:among|of)\s+(?:them|which|these|this|those)\s*,\s*")
# ", imports by 9.18 trillion", "and trade surplus by 1.77 trillion": a noun phrase and "by", with no verb of its own
_GAPPED = re.compile(r"(?:,|;|\band)\s+(?:and\s+)?(?:the\s+|its\s+)?((?:[a-z][\w'’-]*\s){1,3})by\s+"
                     r"(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|over\s+)?\S{0,4}$")
# the first half of "import and export", "imports & exports", right before a window that opens with the second
_TRADE_PAIR_CUT = re.compile(r"(?i)\b(?:imports?|exports?)\s+(?:and|&)\s+$")
# a month, named in full or cut short ("Jan.", "Sept"): not any word that begins as one does ("marriages", "market",
# "decrease" name measures); the words are keyed lower-cased
_A_MONTH = rf"(?:{MONTHS}|May|{MONTH_ABBREVIATIONS})\.?".lower()
_MONTHS = re.compile(rf"^{_A_MONTH}(?:-{_A_MONTH})?$|"
                     r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$")  # dates name no measure
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_PROPER = re.compile(r"\b((?:[A-Z][a-z]+|[A-Z]{2,})(?:\s(?:[A-Z][a-z]+|[A-Z]{2,}))*)['’]s\b")
# "in just one month", "in a single year": how long a move took, not what moved
_A_SPAN_OF_TIME = (r"(?:just\s|only\s)?(?:a|one|a\ssingle|two|three|four|five|six|\d+)\s"
                   r"(?:days?|weeks?|months?|quarters?|years?)\b")
# Words before "of <figure>" that are not a measure: "a total of", "an increase of", "a rise of".
_NOT_A_MEASURE = set(RISE_WORDS) | set(FALL_WORDS) | {"total", "tune", "sum", "margin", "rate", "tally", "record",
                                                      "high", "low", "mark", "level", "worth", "estimate", "estimates",
                                                      "forecast", "expectations", "range", "guidance", "neighborhood",
                                                      "neighbourhood", "region", "order", "vicinity",
                                                      # "to an average of Rs. 10.3/unit": how, not what
                                                      "average", "mean", "median"}
# Nouns ending in -ing; any other word in -ing before "at" is a verb ("landing at $819 million").
# "The FBR has provisionally collected": how it was said, no word of the measure (but "supply", "assembly", "monthly"
# and "tally" name one: "monthly target", "tally crosses 27 lakh")
_ADVERB = re.compile(r"(?!(?:supply|assembly|monthly|quarterly|weekly|yearly|daily|family|italy|monopoly|rally|ally|"
                     r"anomaly|july|fly|belly|reply|tally|jelly|poly|homily)$)[a-z]{3,}ly")
_ING_NOUNS = {"earnings", "spending", "servicing", "holdings", "savings", "borrowing", "funding", "financing",
              "housing", "manufacturing", "mining", "lending", "pricing", "shipping", "building", "training",
              # words in -ing that tell one measure from another: operating profit is not profit
              "operating", "outstanding", "underlying", "recurring", "trailing", "remaining", "existing", "pending",
              "banking", "trading", "processing", "refining", "farming", "fishing", "marketing", "advertising",
              "accounting", "clothing", "catering", "packaging", "printing", "publishing", "logging", "heating",
              "cooling", "lighting", "dining", "boarding", "listing", "listings", "bookings", "filings",
              # "withholding taxes" are no taxes of every kind
              "withholding", "licensing", "roaming", "streaming", "gaming", "betting", "parking", "nursing",
              "engineering", "consulting", "outsourcing", "ticketing", "lodging", "broadcasting"}


@dataclass(frozen=True)
class Measure:
    key: frozenset[str]
    words: str     # as the article wrote them: "Coal output", "net profit"
    entity: str    # a proper noun the figure is of, when it is not the article's own subject
    specific: bool = False  # read from the words around the figure, not just the clause's subject


def main_entity(text: str) -> str:
    """The proper noun the article speaks of most often in the possessive ("China's"): its figures
    carry no entity, so "China's foreign trade" and "foreign trade" are one measure."""
    counts = Counter(found.group(1) for found in _PROPER.finditer(text))
    return counts.most_common(1)[0][0] if counts else ""


# (a bracket of one word qualifies: "Coal (local)" and "coal (imported)" are two measures)
_BRACKETED = re.compile(r"\([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*)+\)")
_LEFT_OUT = re.compile(r"\(((?:excluding|except|excl\.?|ex-)\s[^()]*)\)")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,7}?)s?\)")
_JOINING = frozenset({"and", "of", "&", "the", "for", "on"})


def _spelled_out(words: str) -> str:
    """"earnings before interest, tax, depreciation and amortisation (EBITDA)" -> "(EBITDA)": the words an acronym
    in brackets spells out, their initials its letters, are the acronym, which the article goes on using alone
    ("Basic earnings per share (EPS)" keeps "Basic"; "Reliance Industries (RIL)" spells out nothing)."""
    found = _ACRONYM.search(words)
    if not found:
        return words
    letters = [c.lower() for c in found.group(1) if c.isupper()]
    before = list(re.finditer(r"[A-Za-z][\w'’-]*", words[:found.start()]))
    cut = None
    for word in reversed(before):
        if not letters:
            break
        if word.group(0).lower() in _JOINING:
            continue
        if word.group(0)[0].lower() != letters[-1]:
            return words
        letters.pop()
        cut = word.start()
    # (all letters matched, or every word there is: the words may start mid-phrase, "amortisation (EBITDA)")
    return words if cut is None else words[:cut] + words[found.start():]


# A period said as an adjective ("first-half net profit", "full-year sales", "nine-month revenue"): the figure's
# period, which its period column holds, not its measure
_PERIOD_WORD = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:half|quarter)|full-year|half-year(?:ly)?|"
                          r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-month|year-to-date|"
                          # ("The month-on-month increase was 46.2 per cent": what the rate is measured against)
                          r"(?:month|quarter|week|day)-(?:on|over)-(?:month|quarter|week|day)|sequential")


# Words of who keeps a figure and how it is told, beside what it measures: "India's budgetary fiscal deficit", "the
# government's total expenditure"
TOLD_FILLERS = frozenset({"government", "governments", "budgetary", "central", "union", "federal", "national",
                          "total", "overall"})


def told_key(measure: "Measure") -> frozenset[str]:
    """A measure's key less whose it is ("India's") and how it is told ("total", "the government's")."""
    # ("American Savings’ net income", "HEI's stock": a name of one or more words in the possessive, its plural too)
    whose = {word.lower() + end for name in _WHOSE.findall(measure.words) for word in name.split() for end in ("", "'")}
    return measure.key - TOLD_FILLERS - whose


_WHOSE = re.compile(r"\b((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*?)(?:['’]s\b|(?<=s)['’](?=\s))")


# (remembered: one subject's words are keyed once per figure of its clause, and a long article repeats them)
@functools.lru_cache(maxsize=65536)
def key_of(words: str, entity: str = "") -> frozenset[str]:
    out = set()
    # "RLNG (Regasified Liquefied Natural Gas) generation": what a bracket spells out is no word of the measure
    words = _BRACKETED.sub(" ", _spelled_out(words)).lower().replace("’", "'")
    # "fixed asset investment (excluding rural households)": what the bracket leaves out is one word of the measure,
    # which names no segment ("rural") of it
    words = _LEFT_OUT.sub(lambda found: " " + re.sub(r"\W+", "-", found.group(1)).strip("-") + " ", words)
    for phrase, word in _PHRASES:
        words = phrase.sub(word, words)
    for word in _WORD.findall(words):
        word = word.removesuffix("'s")
        if word in (entity.lower(), "") or word in GENERIC or _MONTHS.match(word) or len(word) < 2 or \
                any(ch.isdigit() for ch in word) or _PERIOD_WORD.fullmatch(word) or \
                word.endswith("ing") and word not in _ING_NOUNS or _ADVERB.fullmatch(word):
            continue
        out.add(SYNONYMS.get(word, word))
    # ("its total production in August increased by 11 per cent": output with nothing to say whose or of what is
    # still output, not an unnamed measure)
    # ("The corresponding margin expanded": a margin with no word of its own is of the measure the article spoke of
    # before, which the empty key lets the figure take)
    if out <= {"margin", "margins"}:
        return frozenset()
    return frozenset(out - GENERIC) or frozenset(out & {"output"})


_IN_A_PLACE = re.compile(r"(?:^|\.\s)\W*In\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,")


def _entity(phrase: str, main: str) -> str:
    found = _PROPER.search(phrase)
    name = found.group(1) if found else ""
    return "" if not name or name == main else name


# "With regards to the revenue", "As for net profit": words that open a clause on its topic ("In terms of volume"
# names a way of counting, no topic)
_TOPIC_OPENER = re.compile(r"(?i)(?:with\s+regards?\s+to|as\s+(?:for|regards)|regarding)\s+"
                           r"(?:the\s+|its\s+|their\s+)?(?P<topic>[a-z][\w'’ -]{1,40})")


def _clean(phrase: str) -> str:
    """A subject without what comes before it in the clause: "According to CAICT, China's core AI
    industry" is "China's core AI industry"; "In October, exports" is "exports"; "the bank said
    interest earned" is "interest earned"."""
    phrase = re.sub(r",\s*(?:however|meanwhile|though|also|in turn|too|in total|overall|notably|in particular|for instance|"
                    r"for example|similarly|likewise|additionally|meanwhile|moreover|in contrast|by contrast|"
                    r"on the other hand|for (?:its|their) part|(?:by|in) comparison|at the same time|in addition)\s*,",
                    "", phrase, flags=re.I)
    # a dateline: "TOKYO • Japan's budget", "BEIJING, (UrduPoint - 16th Jul, 2023 ) --:China's automobile exports"
    phrase = re.sub(r"^\s*[A-Z][A-Z .'-]{2,40}(?:\s*[•·—–]+|,?\s*\([^)]*\)\s*[-—–]*\s*:?)\s*", "", phrase)
    phrase = re.sub(r"^[^()]*\)\s*[-—–]*\s*:?\s*", "", phrase)  # the tail of a dateline whose bracket opened earlier
    # a dateline in title case ending in a colon: "New Delhi: Rooftop solar installations", "Cape Town: The"
    phrase = re.sub(r"^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s?:\s+(?=[A-Z])", "", phrase)
    phrase = re.sub(r",?\s*\b(?:which|who)\s*$", "", phrase)  # "North America, which is ...": North America
    # "Exports, which make up about half of the economy, reduced": a relative clause set off by commas describes the
    # subject, it names no measure
    phrase = re.sub(r",\s*(?:which|who)\b[^,;]*,", "", phrase)
    # "Coal output during the first 10 months of the year": when is the figure's period, not its measure
    phrase = _WHEN_ADJUNCT.sub("", phrase)
    closed = phrase.rstrip().endswith(",")  # "X, the Y, rose": an apposition is closed by a comma
    phrase = phrase.rstrip(" ,;:")
    if "," in phrase:
        # "In the first two months, consumer goods retail in China, the main indicator of consumption growth": the
        # subject is the first part that is no adverbial ("In ...", "According to ...", "Meanwhile"); an apposition
        # after it only describes it
        # ("China's investment in fixed assets, excluding rural households, stood at": what the measure leaves
        # out defines it, and names nothing)
        # ("Excluding gas, the inflation rate was 2.2 per cent": what is left out is kept as the measure's own word,
        # so the rate without gas is no restatement of the whole rate)
        pieces = [p.strip() for p in re.split(r",\s", phrase)]
        left_out = [p for p in pieces if re.match(r"(?i)(?:excluding|except)\s", p)]
        parts = [p for p in pieces if not _LEAVES_OUT.match(p)] or [phrase]
        nouns = [p for p in parts if p and not _ADVERBIAL.match(p) and len(p.split()) > 1 or p.lower() in _LONE_NOUNS]
        # ("Exports to the U.S., China's largest foreign market, decreased": an apposition may open with whose it is)
        phrase = nouns[0] if closed and len(nouns) > 1 and re.match(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w.]*['’]s)\s",
                                                                    nouns[-1]) else parts[-1]
        if left_out:
            # ("Excluding items, P&G earned $1.37 per share": what results stories call adjusted)
            phrase = f"adjusted {phrase}" if re.fullmatch(r"(?i)excluding\s+(?:[\w-]+\s+)?items", left_out[0]) else \
                f"{phrase} ({left_out[0].lower()})"
        # ("With regards to the revenue, Alba generated BD302.7 million": the clause's topic is what it measures)
        topic = _TOPIC_OPENER.fullmatch(parts[0])
        if topic and len(parts) > 1:
            phrase = f"{topic.group('topic')} {phrase}"
        # "In the premium segment, a key growth target, shipments exceeded 4 million units": the segment's shipments
        segment = _IN_A_SEGMENT.match(parts[0])
        if segment and phrase is not parts[0]:
            phrase = f"{segment.group(1).strip()} {phrase}"
    # ("Edmunds.com predicts that Chrysler will sell": what is foreseen, after "that")
    phrase = re.split(r"\b(?:said|says|showed|shows|reported|noted|added|announced|told|stated|indicates|indicated|"
                      r"revealed|reveals)\b(?:\s+that)?|\b(?:predict|expect|forecast|estimate|project|anticipate)(?:s|ed)?"
                      r"\s+that\b", phrase)[-1]
    # ("..., after rising 0.2% in December": a conjunction opening the clause, no word of its subject)
    phrase = re.sub(r"^\s*(?:and|while|whereas|but|with|meanwhile|however|also|moreover|in addition|after|following|"
                    r"before)\b\s*", "", phrase, flags=re.I)
    # "Acme said on Monday that revenue": what was said, not when
    phrase = re.sub(r"^\s*(?:(?:on|last|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:that\s+)?|^\s*that\s+",
                    "", phrase, flags=re.I)
    # ("55.29pc over the deficit of", "12 per cent higher than the deficit of": the rate before the figure's words)
    phrase = re.sub(r"(?i)^\s*(?:pc|per\s?cent|percent|%)\s+(?:\w+\s+)?(?:over|than|from|against)\s+", "", phrase)
    return phrase.strip(" -—–:;\"“”'")


# "287 children were murdered", "1,895 children were the victims of assault with intent": what is said of the
# things counted tells which count it is; "were recorded", "were reported" say only that they were counted
_SAID_OF_THEM = re.compile(r"\s*(?:were|was|are|is|have been|had been)\s+(?:the\s+|a\s+)?"
                           r"((?:(?!(?:in|on|for|from|to|at|during|between|with|by|since|after|over|and|while|but)\b)"
                           r"[a-z][\w'’-]*\s?){1,3})")


_AFTER_OF = re.compile(r"\bof\s+$")
# (compiled once: built from the verbs at each call, they were hashed and looked up per figure)
_ANY_VERB = re.compile(rf"\b(?:{VERB_PATTERN})\b", re.I)
# (a verb in -ed before "to" ends the noun too: "the three companies decided to invest", "agreed to")
_NOUN_ENDS = re.compile(rf"\b(?:{VERB_PATTERN}|in|on|for|from|to|at|during|against|compared|as|"
                        rf"and|while|with|by|valuing|worth|a|an|the|year|this|last|per|each|since|until|till|after|before|which|that|who|"
                        rf"[a-z]+ed(?=\s+to\b))\b")
_RANGE_OF = re.compile(r"(?i)\s+(?:in\s+)?(?:the|a)\s+range\s+of\s*(?=\S{0,4}$)")
_PERIOD_ENDED = re.compile(r"\b(?:quarter|months?|year|half|period|weeks?)\s+ended$", re.I)


_WORDS = re.compile(r"\w+")


def _verbs_in(text: str):
    """The clause verbs of the text, in order."""
    return (word for word in _WORDS.finditer(text) if is_verb(word.group()))


_NOUN_BEFORE_WHICH = re.compile(r"\b(?:in|of|on|for|its|their|the)\s+((?:[A-Za-z][\w&'’-]*\s?){1,3})$")
# ("reported today that its net income rose", "said on Monday that": when it was said, between the verb and "that")
_REPORTED_THAT = re.compile(r"\b(?:said|says|showed|shows|reported|noted|indicated|indicates|revealed|reveals|stated|"
                            r"(?:predict|expect|forecast|estimate|project|anticipate)(?:s|ed)?)"
                            r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|this\s+week|last\s+week))?,?\s+that\s")

# ("It's the third straight month that the output rose by": the clause a cleft sentence opens with "that" or "when"
# names the measure; the words before it name a time)
_A_TIME_THAT = re.compile(r"(?i)\b(?:it|this|that)(?:['’]s|\s+is|\s+was|\s+marks|\s+marked)\s+(?:the|a)\s+[\w\s-]{0,40}?"
                          r"\b(?:times?|months?|years?|quarters?|weeks?|days?)\s+(?:that|when)\s+")


def _subject(left: str) -> tuple[str, str]:
    """The clause's words before its first verb, and the verb ('' when there is none)."""
    # ("Key extracts of the audited report and accounts for the period showed that gross earnings dropped": what
    # was shown is the clause, whatever words before "showed that" look like verbs)
    said = _REPORTED_THAT.split(left)[-1]
    left = said if key_of(said) else left  # ("reported that P40.239 Billion was": no words of a measure after it)
    left = _A_TIME_THAT.split(left)[-1]
    # "Coal (imported) costs": a word in brackets qualifies the subject, whatever verb it could be
    # (the words right around each verb, not the clause up to it: a long clause has many verbs)
    # Only the first two verbs matter (below), so the search stops there.
    verbs = list(itertools.islice(
        (v for v in _verbs_in(left) if not (left[max(0, v.start() - 8):v.start()].rstrip().endswith("(")
                                                        and left[v.end():v.end() + 8].lstrip().startswith(")"))
         # "the annual rate of increase for food ... edged higher": a move after "of" is a noun
         and not _AFTER_OF.search(left, max(0, v.start() - 12), v.start())
         # "In the quarter ended December 2019, EBITDA grew": a period named by its end, no verb of the clause
         and not (v.group().lower() == "ended" and _PERIOD_ENDED.search(left, max(0, v.start() - 12), v.end()))), 2))
    # "– Imported coal generation decreased": a participle opening the clause describes the subject
    if len(verbs) > 1 and not re.search(r"[A-Za-z]", left[:verbs[0].start()]):
        verbs = verbs[1:]
    found = verbs[0] if verbs else None
    if not found:
        return _clean(left), ""
    return _clean(left[:found.start()]), found.group().lower()


# "Turkmenistan increased gas development by 11%": a verb that moves a thing, the thing with no article, then "by"
_RAISED_A_THING_BY = re.compile(r"(?i)\b(?P<verb>increased|raised|boosted|lifted|cut|reduced|lowered|expanded)\s+"
                                r"(?P<thing>(?:[a-z][\w'’-]*\s+){1,3})by\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                                r"almost\s+|over\s+|roughly\s+)?\S{0,4}$")


# ", ballooning America's trade deficit with the rest of the world to", ", pushing the country's imports to": a
# participle clause and the thing it moved (a phrase of "with" or "of" after it), up to "to" and the figure
_MOVING_A_THING_TO = re.compile(r"(?i),\s*(?:ballooning|swelling|pushing|lifting|raising|driving|sending|widening|"
                                r"narrowing|cutting|reducing|lowering|boosting|taking|bringing)\s+"
                                r"(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w.]*['’]s\s+)?(?P<thing>(?:[a-z][\w'’-]*\s+){1,3}?)"
                                r"(?:(?:with|of)\s+[^,;\d]{1,30}?\s+)?to\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                                r"almost\s+|over\s+|roughly\s+|a\s+record\s+)?\S{0,4}$")


# "which helped the business's pre-tax profit to rise from": a cause, then the thing it moved
_HELPED_A_THING_TO_MOVE = re.compile(r"(?i)\b(?:helped|helping|pushed|pushing|caused|causing|allowed|enabled|drove|"
                                     r"driving|led)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w.]*['’]s\s+)?"
                                     r"(?P<thing>(?:[a-z][\w'’-]*\s+){1,3}?)to\s+(?:rise|fall|grow|increase|climb|jump|"
                                     r"drop|decline|soar|surge)\s+(?:by\s+)?(?:\S+\s+)?(?:from\s+)?(?:about\s+|around\s+|"
                                     r"nearly\s+)?\S{0,4}$")
# Verbs that say what a figure measures, right before it, and the noun that names it
_DONE_NOUNS = {"imported": "imports", "exported": "exports", "collected": "collections", "spent": "spending",
               "earned": "earnings", "sold": "sales", "produced": "production", "borrowed": "borrowing",
               "invested": "investment", "shipped": "shipments", "generated": "generation"}
_DONE = re.compile(r"(?i)\b(?P<verb>" + "|".join(_DONE_NOUNS) + r")\s+(?:(?:goods|services|goods\s+and\s+services)\s+)?"
                   r"(?:worth\s+)?(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+|a\s+total\s+of\s+|"
                   r"just\s+|only\s+)?"
                   r"\S{0,4}$")
# The nouns of a change: "a 4.2 per cent decline in consolidated revenue", "the rise in spending by 2.3 percent"
_CHANGE_NOUNS = ("increase|decline|rise|growth|drop|fall|jump|gain|decrease|hike|cut|surge|slump|expansion|contraction|"
                 "leap|climb|plunge|dip")


# ("a year-on-year decrease of 7.7% in total revenue": the basis of the move may come between)
_A_MOVE_OF_BEFORE = re.compile(rf"(?i)\b(?:an?|the)\s+(?:(?:year-on-year|year-over-year|y-o-y|yoy|on-year|annual|"
                               rf"month-on-month|quarter-on-quarter|sequential)\s+)?(?:{_CHANGE_NOUNS})\s+of\s+(?:about|around|nearly|over|some|almost|more than)?\s*$")
# ("which resulted in a growth of 7.81% in the trade deficit": the measure right after the figure, with no verb)
_RECORDED_IN = re.compile(r"(?i)\s*(?:percent|per cent|%|pct|pc)?\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                          r"(?:recorded|registered|seen|witnessed|observed|noted|reported|posted)\s+)?in\s+(?:the\s+|its\s+|their\s+)?"
                          # ("an increase of 16.6 percent in the first three quarters": when, not what)
                          r"(?!(?:the\s+)?(?:first|second|third|fourth|last|past|next|same|previous|current|this|year|month|quarter|"
                          r"half|period|fiscal|financial|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)\w*\b)"
                          r"(?:(?:country|nation|state|province|company|government)['’]s\s+)?((?:[\w'’-]+\s?){1,4})")
_DONE_BY = re.compile(r"\s*([a-z]+)\s+by\s+(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][\w'’-]*\s?){1,3})")
_DONE_TO_IT = re.compile(r"(?i)\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+(imported|exported|produced|sold|"
                         r"shipped|consumed|installed)\b")


# "The increase in the basic water charge is ": the change, the thing it is in, then its verb
_A_CHANGE_IN_IT_IS = re.compile(rf"(?i)\b(?:the|an?)\s+(?:{_CHANGE_NOUNS})\s+in\s+(?:the\s+|its\s+|their\s+)?"
                                rf"((?:[a-z][\w'’-]*\s){{1,4}}?)(?:is|was|were|are|stood\s+at|came\s+to|amounted\s+to)\s+"
                                r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?\S{0,3}$")
# ", and the overall cost ...": a clause joined on with a subject of its own
_AND_A_NEW_SUBJECT = re.compile(r",\s+and\s+(?=(?:the|its|their)\s)")
# "%2.7 more marriages", "12% fewer cars": the things counted more or fewer
_MORE_OR_FEWER_THINGS = re.compile(r"(?i)\s*(?:percent|per cent|%|pct|pc)?\s+(?:more|fewer|less)\s+"
                                   r"(?!(?:on|in|for|at|to|from|than|of|with|by|per|during|over|this|last|a|an|the)\b)"
                                   r"((?:[a-z][\w'’-]*\s){0,2}[a-z][\w'’-]*s)\b(?!\s+than\b)")
# a count of things, then "at" another count: "485 corporate officers at 237 companies", "1,200 jobs at 14 plants"
_A_COUNT_AT = re.compile(r"\d\s+(?:[A-Za-z][\w'’-]*\s+){1,3}at\s+$")


def measure_of(text: str, clause: tuple[int, int], start: int, end: int, kind: str, main: str) -> Measure:
    """The measure of the figure text[start:end] in its clause; of a percentage, less the word "growth" or "change"
    ("Earnings Growth (Y-o-Y): 40.0%" is a rate of earnings, "Revenue Change (Y-o-Y): 9.1%" of revenue)."""
    measure = _measure_of(text, clause, start, end, kind, main)
    words = _NO_MEASURE_WORDS.sub("", measure.words).strip()
    if words != measure.words and words:
        measure = Measure(_key(words, measure.entity, main), words, measure.entity, measure.specific)
    rated = measure.key - _RATE_WORDS
    if kind == "percent" and rated and rated != measure.key:
        return Measure(rated, measure.words, measure.entity, measure.specific)
    return measure


_RATE_WORDS = frozenset({"growth", "change"})
# A figure in brackets a subject may carry names no measure: "TEUs (316,792 containers)"
_NO_MEASURE_WORDS = re.compile(r"\s*\([^()]*\d[^()]*\)")


# "... from Germany", "... to the United States": the place a measure is of, a name of up to three words (no month)
_A_PLACE_AFTER = re.compile(r"\s+(from|to|in)\s+(?:the\s+)?((?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|"
                            r"wed|thu|fri|sat|sun)[a-z]*\b)[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})"
                            # (a name, not a currency before its amount: "to CNY14.6 billion", "to Rs 1,279 crore")
                            r"(?![\w'’.-]|\s*[\d$€£¥₹])")


def _with_its_place(words: str, text: str, at: int) -> str:
    """The words of a measure told at text[at:], with the place named right after them ("tourist arrivals from
    Germany": the arrivals of one market, a segment of all arrivals)."""
    place = _A_PLACE_AFTER.match(text, at + len(words)) if words and text.startswith(words, at) else None
    return f"{words} {place.group(1)} {place.group(2)}" if place else words


def _measure_of(text: str, clause: tuple[int, int], start: int, end: int, kind: str, main: str) -> Measure:
    left, right = text[clause[0]:start], text[end:clause[1]]
    left = left.rsplit(" | ", 1)[-1]  # "Business News | Coal Production Rises by": a section's label, then the title
    left = _DEFINED_AS.sub("", left)  # "The fiscal deficit which is the difference between ... and revenue was"
    left = _AMONG_THEM.sub("", left)  # "Among them, exports amounted to": the breakdown's opening names no part
    # "387 megawatts (MW) of capacity", "7.62-billion cubic meters (Gm3) of natural gas": the unit spelled twice
    right = re.sub(r"^\s*\([A-Za-z][A-Za-z0-9]{0,5}\)", "", right)
    # "forecasting expenses in the range of $162 billion": expenses of a range
    left = _RANGE_OF.sub(" of ", left)
    # "Power Generation Falls as Fuel Costs Rise by 46%": the subject of the clause "as" opens, though a clause
    # without a figure before it was joined to it
    opened = clauses_opened(left)
    if opened:
        left = left[opened[-1].end():]
    # ("..., reflecting improved international demand, while imports fell 0.2 percent": a clause with no figure joined
    # to the next; "while" opens that one's own subject)
    left = re.split(r"(?i),\s+(?:while|whereas)\s+(?=[a-z])", left)[-1]
    # ("the number ... nearly doubled between 1996 and 2006, and the overall cost of treating them jumped by nearly
    # two-thirds": after a clause with a verb, ", and the ..." with a verb of its own opens the figure's subject)
    joined = _AND_A_NEW_SUBJECT.split(left)
    if len(joined) > 1 and any(True for _ in _verbs_in(joined[-2])) and any(True for _ in _verbs_in(joined[-1])):
        left = joined[-1]
    # ("This growth was driven by higher receipts ..., with land-based workers sending $2.43 billion": "with" and a
    # participle open a subject of their own, when it names more than output: "..., with production there falling
    # 11.6%" is the output the sentence named before)
    with_subject = re.split(r"(?i),\s+with\s+(?=(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+"
                            r"[a-z]+ing\s*$)", left)[-1]
    if key_of(with_subject, main) - {"output"}:
        left = with_subject
    subject, verb = _subject(left)
    # "analysts, who had forecast earnings of 94 cents": the relative pronoun is the analysts, not the measure
    subject = re.sub(r"(?i)^\W*(?:who|whom|whose)\s+", "", subject)
    that_of = re.match(r"[\s,]*(?:and\s+)?that of\s+(.+)$", subject)
    if that_of:  # "and that of tertiaries or services increased by 0.1%": the measure of these
        subject = that_of.group(1)
    relative = re.search(r"^(.*\w)\s*,\s*(?:which|who)\s+[^,]*$", left)
    if relative and not key_of(subject, main):
        # "Consumption remained the major driver of China's economy, which contributed 57.8 percent": its subject's
        subject = re.split(r"\b(?:remained|remains|is|was|are|were|became|becomes)\b", _subject(relative.group(1))[0])[0]
        subject = subject.strip()
        noun = _NOUN_BEFORE_WHICH.search(relative.group(1))
        if not key_of(subject, main) and noun:
            # ("meant that the company reported a strong increase in its EBIT margin, which was up 12.1 per cent": the
            # noun right before "which")
            subject = noun.group(1)
    # "net profit of Rs 318 crore", "a trade surplus of 1.61 billion": the words before "of".
    # ("Adjusted income for the quarter was $1.33": the words without when, so the window holds "Adjusted")
    unwhen = _WHEN_ADJUNCT.sub("", left)
    before_of = re.search(r"(?:\b(?:from|than|against)\s+(?:its|the|their)?\s*)?"
                          r"((?<![\d.,])(?:[A-Za-z][\w'’&-]*\s){1,4})(?:of|at|was|were|stood at|totalled|totaled|came in at|"
                          # ("with imports amounting to $21.35 billion")
                          # ("Interest payments accounted for ₺456.4 billion of total expenditures": the subject, a
                          # part of the whole named after the figure)
                          r"worth|amounted to|amounting to|amounts to|totall?ing|valued at|valuing|accounted for|accounts for|"
                          r"[-–—])\s+(?:about|around|nearly|over|some|approximately|more than|less than|up to|under|"
                          r"a total of|almost)?\s*$",
                          unwhen)
    # "390 million tonnes of coal", "16 dengue cases", "Rs 318 crore net profit", "spend Rs 3.95 trillion on
    # debt servicing": the words after.
    # ("net income fell 47.4% to $194.5m on revenue down 25.1%": the base of a profit is no word of its measure)
    # ("sold 1.61 million units of passenger cars": the counted thing after its unit, within the window)
    after = re.match(r"\s*(?:units?\s+of\s+(?=[a-z]))?(?:of\s+|on\s+(?=[a-z])(?!(?:revenues?|sales|turnover)\b)|for\s+(?!the\s(?:year|quarter|month|period|first|second|third)\b)"
                     # ("1,923,122 Covid cases": a name may open the noun phrase; "73 new COVID-19 cases", "43 more
                     # novel Coronavirus (COVID-19) cases": after a word or two, its gloss in brackets after it)
                     r"(?=[a-z]))?((?:(?:[a-z][\w'’-]*\s){0,2}(?=[A-Z][\w'’-]*\s(?:\([^()]{1,20}\)\s)?[a-z]))?"
                     r"(?:[A-Z][\w'’-]*\s(?:\([^()]{1,20}\)\s)?(?=[a-z]))?(?:[a-z][\w'’-]*\s?){1,3})", right)
    words = ""
    if before_of and re.search(r"(?i)\bout\s+of\s+(?:the\s+|its\s+)?$", left):
        before_of = None  # "Five out of the 12 reported deaths": the noun after the figure names it, not "Five out"
    # ("to 485 corporate officers at 237 companies": the things counted at, named after it, no segment of the subject)
    counted_at = kind == "count" and bool(before_of) and bool(_A_COUNT_AT.search(left))
    if counted_at:
        before_of = None
    if before_of and kind == "percent" and re.search(r"(?i)\baccount(?:ed|s) for\s+\S*$", before_of.group(0)):
        before_of = None  # ("accounted for 75.3 percent of the total power consumption": a share, read by its whole)
    if before_of:
        candidate = before_of.group(1).strip()
        if candidate.split()[-1].lower() in ("and", "but") and key_of(subject, main):
            # ("imports increased by 46.41% during the passage and stood at $65.492 billion": the verb's subject is
            # the clause's, not the words before "and")
            candidate = subject
        if pair := _TRADE_PAIR_CUT.search(unwhen, 0, before_of.start(1)):
            # "the total value of import and export of goods trade was": the window of four words cut the pair in
            # two, and "export of goods trade" alone would be exports
            candidate = f"{pair.group(0).strip()} {candidate}"
        if candidate.split()[0].lower() in ("for", "among", "across"):
            # "The median existing-home price for all housing types in May was": the noun the phrase qualifies
            ahead = re.search(r"((?:[A-Za-z][\w'’&-]*\s+){1,3})$", _WHEN_ADJUNCT.sub("", left)[:before_of.start(1)])
            candidate = f"{ahead.group(1).strip()} {candidate}" if ahead else candidate
        last = candidate.split()[-1].lower()
        verb_like = last.endswith("ing") and last not in _ING_NOUNS
        # "resulting in a trade surplus of": the noun phrase after the last preposition or verb
        # ("Rs. 24051.45 Cr against collection of Rs. 18600.52 Cr": a figure compared with, the noun after "against")
        pieces = re.split(r"\b(?:in|on|into|with|by|against|resulting|leaving|bringing|taking|pushing)\s", candidate)
        # "the retail sales in rural areas stood at": the measure and where, when only the first piece names one
        # ("the investment in the primary industry was": the window of four words opens at "in"; the subject has it)
        whole = subject if candidate.startswith("in ") and subject.endswith(candidate) else candidate
        in_where = re.fullmatch(r"(.+?)\s+in\s+((?:[\w'’-]+\s?){1,3})", whole)
        candidate = whole if len(re.split(r"\bin\s", whole)) == 2 and in_where and \
            key_of(in_where.group(1), main) & MEASURE_NOUNS and not key_of(in_where.group(2), main) & MEASURE_NOUNS \
            else pieces[-1]
        # "GDP stood at", "Splunk achieved operating cash flow of": the noun phrase beside the verb that names it
        pieces = [p.strip() for p in _ANY_VERB.split(candidate)]
        candidate = next((p for p in reversed(pieces) if key_of(p, main)), candidate)
        if len(pieces) > 1 and candidate == pieces[0] and subject.endswith(candidate) and key_of(subject, main):
            candidate = subject  # "Solar power generation remained stable at": the window cut the subject short
        elif candidate == before_of.group(1).strip() and subject != candidate and subject.endswith(candidate) \
                and len(subject.split()) <= 8 and key_of(candidate, main) < key_of(subject, main):
            # "the online retail sales of physical goods were": the window of four words cut the subject short
            candidate = subject
        # (", with a projected economic growth rate of 6%": a rate in a phrase of its own, after "with", is of the
        # measure the words before it name, not of the clause's subject, though "a rate of" alone names none)
        named_rate = last == "rate" and key_of(candidate, main) - _RATE_WORDS - {"rate"} and \
            re.search(r"(?i),\s+with\s+(?:[a-z][\w'’-]*\s+){1,5}$", unwhen[:before_of.end(1)])
        if (last not in _NOT_A_MEASURE or named_rate) and not verb_like and key_of(candidate, main):
            words = _clean(candidate)
    # "earnings near $0.36", "sales in the neighborhood of $791 million": the noun before the approximation
    approximate = re.search(r"\b([a-z][\w'’-]*)\s+(?:near|around|of about|of around|in the (?:neighbou?rhood|region) of|"
                            r"close to)\s*\S*$", left)
    if not words and approximate and key_of(approximate.group(1), main):
        words = approximate.group(1)
    # "a 4.2 per cent decline in consolidated revenue", "an RM1.9 billion increase in its allocation"
    # ("a 7% year-on-year drop in net profit": one word, hyphens and all, between the figure and its move)
    change_in = re.match(rf"\s*(?:percent|per cent|%|pct|pc)?\s*(?:[\w-]+\s)?(?:{_CHANGE_NOUNS})\s+in\s+(?:the\s|its\s|their\s)?"
                         rf"(?:\d\w*\s|Q\d\w*\s)?(?!{_A_SPAN_OF_TIME})((?:[a-z][\w'’-]*\s?){{1,3}})", right, re.I)
    if change_in and key_of(change_in.group(1), main):
        # ("over 5 percent decline in trade deficit took place": the noun up to the verb after it)
        words = re.split(r"\b(?:from|to|in|during|for|at|of|took|takes|was|were|is)\b", change_in.group(1))[0].strip() \
            or words
        words = _with_its_place(words, right, change_in.start(1))
        if _A_KIND_OF_DOER.search(subject):
            # ("Foreign-funded enterprises in the province reported a 17.9 percent growth in foreign trade": the trade
            # of those enterprises, a segment of the province's)
            words = f"{words} of {subject}"
    # "Federal Bank stocks surge with 54% net profit rise", "a 20% revenue growth": the measure between the figure
    # and its move noun
    if not words and kind == "percent":
        noun_then_move = re.match(rf"(?i)\s*(?:percent|per cent|%|pct|pc)?\s+((?:[a-z][\w'’-]*\s){{1,3}}?)"
                                  rf"(?:{_CHANGE_NOUNS})\b", right)
        if noun_then_move and key_of(noun_then_move.group(1), main) & MEASURE_NOUNS:
            words = noun_then_move.group(1).strip()
    # "Egypt saw %2.7 more marriages in 2012", "12% fewer cars": the things counted more or fewer, named after it (a
    # plural: "5% more expensive" names none)
    more_of = _MORE_OR_FEWER_THINGS.match(right) if not words and kind == "percent" else None
    if more_of and key_of(more_of.group(1), main):
        words = more_of.group(1)
    # "A decline of 5.07 percent was recorded in the country's trade deficit": the change before its figure, the
    # measure it was seen in after it
    recorded_in = _RECORDED_IN.match(right) if _A_MOVE_OF_BEFORE.search(left) else None
    if recorded_in and key_of(recorded_in.group(1), main):
        words = _with_its_place(re.split(r"\b(?:from|to|in|during|for|at|of|and)\b", recorded_in.group(1))[0].strip(),
                                right, recorded_in.start(1)) or words
    # ... and "the rise in government spending by 2.3 percent", "a decline in imports by 3.1 per cent": the change
    # named before its figure ("gas saw a decrease in its cost by 11%": its subject's, which the subject names)
    change_in_by = re.search(rf"\b(?:{_CHANGE_NOUNS})\s+in\s+(?:the\s)?(?!its\s|their\s)((?:[a-z][\w'’-]*\s){{1,4}})"
                             r"by\s+(?:about|around|nearly|over|some|almost|more than)?\s*$", left, re.I)
    if not words and change_in_by and key_of(change_in_by.group(1), main):
        words = change_in_by.group(1).strip()
    # ... or its subject, its verb after: "The increase in the basic water charge is 25,32%"
    change_is = _A_CHANGE_IN_IT_IS.search(left) if kind == "percent" and not words else None
    if change_is and key_of(change_is.group(1), main):
        words = change_is.group(1).strip()
    for_what = re.match(r"\s*(?:percent|per cent|%)?\s*for\s+(?!the\s(?:year|quarter|month|period|first|second|third)\b)"
                        r"((?:[a-z][\w'’-]*\s?){1,3})", right)
    sibling = not words and for_what and kind in ("percent", "count")
    if sibling:
        # "5.7 for secondary industries and 3.1 percent for primary industries": another item, not a segment
        words = re.split(r"\b(?:and|or|while|but|compared|against|from|in)\b", for_what.group(1))[0].strip()
    # "rose to $1.2 billion on revenue of $15 billion": words followed by "of" and a figure name that figure
    names_next = after and re.match(r"\s*(?:about\s+|nearly\s+|over\s+)?(?:[A-Z]{0,3}\$|[$€£¥₹]|Rs\.?\s?|RM|\d)",
                                    right[after.end():]) and re.search(r"\b(?:of|at|was|were|worth)\s*$", after.group(1))
    # "$1.6 trillion in exports", "Rs 500 crore in revenue": money in a measure the noun after "in" names
    # ("Rs. 3.950 trillion in the budget for 2022-23": a noun with an article after "in" says where, not what)
    money_in = re.match(r"\s*in\s+(?!(?:the|its|their|a|an|this|that)\s)((?:[a-z][\w'’-]*\s?){1,2})", right) \
        if kind == "amount" else None
    if not words and money_in and key_of(money_in.group(1), main) & MEASURE_NOUNS:
        words = _NOUN_ENDS.split(money_in.group(1))[0].strip() or money_in.group(1).strip()
    # "326.28 billion yuan spent by rural residents", "Rs 300 crore collected by the state": what they did, the
    # measure of who did it
    done_by = _DONE_BY.match(right) if kind in ("amount", "physical") and not words else None
    if done_by and VERB_MEASURES.get(done_by.group(1).lower()):
        who = _NOUN_ENDS.split(done_by.group(2))[0].strip()
        words = f"{who} {VERB_MEASURES[done_by.group(1).lower()]}" if who else words
    if not words and after and not names_next and kind in ("count", "physical", "amount"):
        candidate = _NOUN_ENDS.split(after.group(1))[0].strip() or \
            _NOUN_ENDS.split(re.sub(r"^(?:reported|recorded|registered)\s+(?=[a-z])", "", after.group(1)))[0].strip()
        # ("12 reported deaths": a participle before the noun describes it, it is no verb after the figure)
        if key_of(candidate, main) and (kind != "amount" or key_of(candidate, main) & MEASURE_NOUNS):
            words = candidate
            # ("4.53 million tonnes of LNG were imported": the LNG imported, its imports)
            done = _DONE_TO_IT.match(right, after.start(1) + len(candidate))
            if done and VERB_MEASURES.get(done.group(1).lower()) and \
                    VERB_MEASURES[done.group(1).lower()] not in key_of(words, main):
                words = f"{words} {VERB_MEASURES[done.group(1).lower()]}"
            said_of = _SAID_OF_THEM.match(right, after.start(1) + len(candidate))
            if kind == "count" and said_of and not is_verb(said_of.group(1).split()[0]):
                words = f"{candidate} {said_of.group(1).strip()}"
    # "rises in clothing and footwear retailing (1.8 per cent), department stores (1.1 per cent)": a bracketed
    # figure is the one of the item it follows (a name, "Penang (96 per cent)", is whose figure it is: below)
    bracketed = re.search(r"(?<![\w'’&-])((?:[A-Za-z][\w'’&-]*\s){0,4}[a-z][\w'’&-]*)\s*\(\s*[-−–]?$", left)
    # ("consumed 103.5 billion kilowatt-hours (6.9% growth)": words right after a number are its scale and unit, and
    # the bracket is that figure's move, of the measure the clause names)
    if bracketed and not re.search(r"\d\s*$", left[:bracketed.start(1)]):
        item = re.split(r",|\b(?:and|in|of|by|for|while|including|were|was|are|is|rises|falls|increases|declines)\s",
                        bracketed.group(1))[-1].strip()
        if key_of(item, main):
            words = item
    # "exports increased by 6.1% to 10.95 trillion yuan, imports by 9.18 trillion yuan": a clause that borrows the
    # verb of the one before names its measure right before "by"
    gapped = _GAPPED.search(left)
    if gapped and key_of(gapped.group(1), main) & MEASURE_NOUNS and not _ANY_VERB.search(gapped.group(1)):
        words = gapped.group(1).strip()
    # "The bank boosted its loans by 11%": what the verb moved is the measure, not who moved it
    moved = MOVED_ITS_THING_BY.search(left) or _RAISED_A_THING_BY.search(left)
    if moved and moved.group("verb").lower() in RISE_WORDS + FALL_WORDS and key_of(moved.group("thing"), main):
        words = moved.group("thing").strip()
    # ("The United States imported more goods than ever, ballooning America's trade deficit with the rest of the
    # world to $891.3 billion": what a participle after the clause moved to the figure, not the clause's subject)
    # ("... which helped the business's pre-tax profit to rise from £451m to £661m": what the cause moved)
    moved_to = _MOVING_A_THING_TO.search(left) or _HELPED_A_THING_TO_MOVE.search(left)
    if moved_to and key_of(moved_to.group("thing"), main) & MEASURE_NOUNS:
        words, verb = moved_to.group("thing").strip(), ""  # (nor what the clause's own verb did: "imported")
    if re.search(r"\bcapacit(?:y|ies)\b", words) and _INSTALLED.match(right):
        # "845 MW of rooftop solar capacities were installed", "387 MW of capacity was added": a flow of new
        # capacity, the installations the lede counts ("Rooftop solar installations grew"), not the stock
        words = re.sub(r"\bcapacit(?:y|ies)\b", "installations", words)
    if not words and key_of(subject, main) <= _ACTORS and (done := _DONE.search(left)):
        # "the FBR collected Rs. 3,443 billion", "India imported goods and services worth $44.21 billion": what the
        # article's subject did, named by its noun, when no noun names the figure ("Singareni Collieries ... produced
        # 65.02 MT" is that company's, its name the measure)
        words = _DONE_NOUNS[done.group("verb").lower()]
    specific = bool(words)
    if not words:
        words = subject
    elif not sibling and not counted_at and not _POSSESSED.search(left) and _SEGMENT.fullmatch(subject.strip()) and key_of(subject, main) and \
            not key_of(subject, main) & MEASURE_NOUNS and \
            not key_of(subject, main) & key_of(words, main) and not key_of(subject, main) <= _ACTORS:
        # "The primary industry saw a 9.7 percent increase in power consumption": a segment of the measure
        words = f"{subject} {words}"
    if not key_of(words, main) or key_of(subject, main) <= _ACTORS:
        # "On domestic debt servicing, the government will spend ...": the actor spends; the phrase names what on.
        # ("for some days, India is again witnessing a surge ... as 45,576 confirmed cases": a span of time, no
        # topic)
        topic = re.search(r"(?i:\bon|\bfor)\s+((?:[a-z][\w'’-]*\s?){1,4}),", left)
        if topic and key_of(topic.group(1), main) and not _TIME_WORDS.search(topic.group(1)):
            words = topic.group(1).strip()
    # "Sabah at 126 per cent, Kedah at 121 per cent", "Penang (96 per cent)": whose figure it is, right before it
    named = re.search(r"\b((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2})\s*(?:at|\(\s*[-−–]?|:)?\s*$", left)
    # ("Revenue: $17.80 billion": a capitalised measure noun labels the figure, and is no name)
    beside = named.group(1) if named and not _MONTHS.match(named.group(1).lower()) and \
        named.group(1) not in (main, *_NOT_NAMES) and not key_of(named.group(1)) & MEASURE_NOUNS else ""
    # "Within the Organization of the Petroleum Exporting Countries (OPEC), the output climbed": whose output
    within = re.search(r"(?:^|\.\s)\W*(?:Within|Among|Inside|Outside of|Outside|For|At)\s+(?:the\s+)?"
                       r"((?:[A-Z][\w&.'-]*\s?)+(?:(?:of|and)\s+(?:the\s+)?(?:[A-Z][\w&.'-]*\s?)+)*)\s*(?:\(([A-Z]{2,})\))?\s*,",
                       left)
    adverbial = (within.group(2) or within.group(1).strip()) if within and not key_of(subject, main) else ""
    # ("In Pennsylvania, the second biggest gas producer, production increased 2.1 percent": a place the clause opens
    # with is whose output it is, when the subject says only that it is output)
    placed = _IN_A_PLACE.search(left)
    if not adverbial and placed and key_of(subject, main) <= {"output"} and placed.group(1) != main \
            and not _MONTHS.match(placed.group(1).lower()):
        adverbial = placed.group(1)
    # "Enterprise storage and servers -- Revenue of $5.3 billion": a label before a dash at the start of a line
    # (a dateline, "KUALA LUMPUR, Oct 11 –", is no label: capitals, a comma, a day)
    label = re.match(r"\s*([A-Z][a-z][A-Za-z&'’ -]{1,60}?)\s+(?:--|—|–)\s+", text[text.rfind("\n", 0, start) + 1:start])
    # "the Oil and Natural Gas Corporation (ONGC) produced 1.65 million tonnes of crude oil": an organisation the
    # article introduces, doing what the verb says, is whose figure it is (the country's output is another)
    doer = _DOER.fullmatch(subject.strip()) if verb in _DONE_NOUNS else None
    # (with no noun of its own, "Singareni Collieries Company Ltd (SCCL) produced 65.02 MT", the name is the measure)
    named_doer = doer.group("short") if doer and doer.group("short") not in (main, *_NOT_NAMES) \
        and key_of(words, main) - key_of(subject, main) else ""
    entity = beside or adverbial or (label.group(1).strip() if label else "") or named_doer or _entity(subject, main) or \
        _entity(words, main) or _owner_of_its(subject, words, left + right, main) or _its(subject, text, clause[0])
    if key_of(words, entity or main) <= _ACTORS:
        # "the government has earmarked": who acted, not what was measured; the sentence before says what
        return Measure(frozenset(), words.strip(), entity)
    named_in = re.match(r"\s*in\s+((?:[a-z][\w'’-]*\s?){1,3})", right)
    if verb in VERB_MEASURES and named_in and key_of(named_in.group(1), main) & MEASURE_NOUNS and \
            not key_of(words, main) & MEASURE_NOUNS:
        # "The central government collected 4.59 trillion yuan in fiscal revenue": the collector's fiscal revenue
        noun = re.split(r"\b(?:in|on|for|from|to|at|during|and|while|up|down)\b", named_in.group(1))[0].strip()
        return Measure(_key(f"{words} {noun}", entity, main), f"{words} {noun}".strip(), entity, specific)
    measure = VERB_MEASURES.get(verb, "")
    if measure and measure not in key_of(words, main):
        words = f"{words} {measure}".strip()
    return Measure(_key(words, entity, main), words.strip(), entity, specific)


def _key(words: str, entity: str, main: str) -> frozenset[str]:
    """The measure's key: its own entity's word left out, or the article's subject's words, however many
    ("Kweichow Moutai's net profit" is the article's net profit)."""
    if entity:
        return key_of(words, entity)
    return key_of(words, main) - {w.lower() for w in main.replace("’", "'").split() if len(main.split()) > 1}


# what follows a capacity figure when it is capacity added: "(MW) of solar capacity was newly installed"
_INSTALLED = re.compile(r"[\w\s()'’-]*?\b(?:was|were|has been|have been|had been|got|is being|are being)\s+"
                        r"(?:newly\s+)?(?:installed|added|commissioned|connected)\b")
_MONTH_WORDS = f"{MONTHS}|May".lower()
_WHEN_ADJUNCT = re.compile(r"(?i)\s+(?:during|in|for|over|through|throughout|at\s+the\s+end\s+of|till|until|up\s*to|by)\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           rf"(?:months?|quarters?|weeks?|years?|period|half|{_MONTH_WORDS})\b"
                           # "for the April-June 2021-22 period": a range of months, the fiscal year it lies in
                           # ("in January and February": two months told together)
                           rf"(?:[-–][a-z]+\b|\s+and\s+(?:{_MONTH_WORDS})\b)?"
                           # ("during the year 2018/19": a fiscal year told with a slash)
                           r"(?:\s+(?:FY\s?)?\d{2,4}(?:[-–/]\d{2,4})?\b)?(?:\s+period\b)?"
                           r"(?:\s+of\s+(?:(?:the|this|last|next)\s+year|\d{4}\b))?")
# "The fiscal deficit which is the difference between expenditure and revenue", "The fiscal deficit, the gap
# between ...": a definition of the measure, whose words name its terms, not it
_DEFINED_AS = re.compile(r"(?i)\s*,?\s*(?:\b(?:which|that)\s+(?:is|was|are|were)\s+)?\bthe\s+(?:difference|gap)\s+"
                         r"between\s+(?:[\w'’-]+\s+){1,3}?and\s+[\w'’-]+,?")
_ADVERBIAL = re.compile(r"(?i)^(?:in|on|at|during|for|according|as|by|since|after|before|from|over|under|with|"
                        r"meanwhile|however|also|moreover|besides|additionally|overall|separately|similarly|likewise|"
                        r"last|this|next|year-on-year|yoy)\b")
_IN_A_SEGMENT = re.compile(r"(?i)^in (?:the|its) ((?:[\w-]+\s){1,3})(?:segment|category|division|business)$")
_LEAVES_OUT = re.compile(r"(?i)(?:excluding|including|except|not including)\b")
_LONE_NOUNS = {"exports", "imports", "revenue", "sales", "profit", "output", "production"}
_PART_OF_A_COMPANY = re.compile(r"(?i)\b((?:[\w’'-]+\s){0,3}(?:division|business|unit|segment|subsidiary|arm))\b")


def _owner_of_its(subject: str, words: str, clause: str, main: str) -> str:
    """"United Bank for Africa delivered a 164 per cent growth in its gross earnings": the name the clause opens with
    owns what "its" measures (not the bank of the sentence before)."""
    name = subject.strip()
    if not words or not _A_NAME.fullmatch(name) or name in _NOT_NAMES or name == main or key_of(name) & MEASURE_NOUNS:
        return ""
    return name if re.search(rf"\b(?:its|their)\s+{re.escape(words.split()[0])}\b", clause) else ""


# A name in title case, its small joining words too: "United Bank for Africa", "Bank of America"
_A_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|de|the))*")


def _its(subject: str, text: str, at: int) -> str:
    """"Samsung's hardware solutions division recorded losses ... Its total sales reached 16.4 trillion won": a
    sentence opening with "Its" after one about a division speaks of the division."""
    if not re.match(r"(?i)\s*(?:its|their)\b", subject):
        return ""
    before = text[max(0, at - 300):at]
    previous = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    found = _PART_OF_A_COMPANY.findall(previous)
    return found[-1].strip().lower() if found else ""


# Capitalised words that open a sentence or clause but name no one: "Whereas 23 deaths were registered".
_NOT_NAMES = {"The", "In", "At", "By", "On", "For", "Whereas", "While", "And", "But", "However", "Meanwhile", "Also",
              "Last", "This", "That", "These", "Those", "Of", "Among", "During", "Since", "Until", "With", "About",
              "Around", "Nearly", "Over", "Some", "Only", "Just", "Another", "Each", "Every", "Total", "Overall"}
# "The telecom operator had 162,954 mobile towers": who has the things counted, no segment of them
_POSSESSED = re.compile(r"(?i)\b(?:had|has|have|owns|owned|operates|operated|runs|ran)\s+(?:about\s+|around\s+|nearly\s+|"
                        r"over\s+|some\s+|more\s+than\s+|a\s+total\s+of\s+)?\S{0,3}$")
# A subject naming a segment in common words ("The primary industry", "urban residents"), not a company.
_SEGMENT = re.compile(r"(?:[Tt]he |[Ii]ts |[Tt]heir )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}")
# Subjects that are who acted, not what was measured: "the government will spend".
# Doers that stand for a segment of an economy, not for the article's own company
_A_KIND_OF_DOER = re.compile(r"(?i)\b(?:enterprises|companies|firms|businesses|households|exporters|importers|producers|"
                            r"manufacturers|farmers|lenders|banks|sectors?)\b")
_TIME_WORDS = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?|hours?|time|while|decades?|period)\b")
_ACTORS = frozenset({"government", "ministry", "company", "bank", "firm", "state", "centre", "authorities", "group",
                     "we", "officials", "department", "administration", "council", "board", "corporation",
                     "city", "capital", "province", "region", "district", "town", "municipality", "agency", "bureau"})
# Nouns that name a money measure when they follow the amount ("Rs 318 crore net profit").
MEASURE_NOUNS = frozenset({"profit", "revenue", "sales", "loss", "spending", "deficit", "surplus", "investment",
                           "budget", "allocation", "income", "exports", "imports", "debt", "funding", "subsidy", "tax",
                           "receipts", "output", "consumption", "demand", "supply", "shipments", "collections",
                           "installations", "cases", "deaths", "refunds", "taxes", "loans", "grants",
                           "payments", "dividends", "fines", "deposits", "aid"})
