"""Relations between drafted figures: the links and shared measures that open checks.

Each pass reads one family of phrasings, in the clause, the sentence or the whole article:

- in a clause: "rose 9.1% to X from Y" (a later level, an earlier level and their growth), "X, up
  5 percent" (a level and its growth), "fell 60,000 bpd to 1.155 million" (a change), "X (Y)"
  and "X, or Y" (a conversion), "doubled to X" (a multiple);
- in a sentence: "beat estimates of X", "higher than X", "followed by X" (comparisons), "the
  highest" (a largest), "A, B and C ... respectively" with a total (parts), "accounting for 42.7
  percent of the total" (a share of its total);
- across the article: the headline's figures against the body's (one measure), exports and imports
  against total trade and the surplus (sums and differences), the same measure a year apart.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable

from ..extract import MONTHS
from ..printed import NEAR, SCALES, misprinted, parse_printed
from ..fiscal_years import of_currency, quarter_in_fiscal_year
from ..periods import inside, parse_period, start_of, year_before
from ..units import AMBIGUOUS_SYMBOLS, CURRENCIES, CURRENCY_WORDS, PHYSICAL, quantities_of
from ..vocabulary import LESS_IS_BETTER, THRESHOLDS, FALL_WORDS, RISE_WORDS, direction_in, value_at
from .figures import (A_MOVE_THEN_A_DASH, BELOW_ZERO_AFTER, ESTIMATE_NOUN, FUTURE, GAP_TO_A_PLAN, MOVE_NOUN, PLAN, Figure,
                      half_step, object_of_a_comparison, scaled_value, within)
from .when import COUNT_WORDS, FIRST_MONTHS_OF_FISCAL, MONTH_NUMBER, QUARTER_LABEL, quarter_number
from .measures import GENERIC, MEASURE_NOUNS, SYNONYMS, Measure, key_of, told_key
from .text import MOVE_NOUNS, RATE_MOVE_NOUN, VERB_PATTERN, sentences

_CONVERSION_GAP = re.compile(r"^[\s,-]*(?:[a-z-]+[\s-]+)?(?:\(\s*|,?\s*or\s+|,?\s*equivalent to\s+|\s*/\s*)"
                             # ("¥308.6 billion (~ $3,787 billion)": a tilde for "about")
                             r"(?:about|around|roughly|approximately|some|nearly|over|or|~|≈)?\s*$", re.I)
# "vs", "versus", "against", "compared with": the words that set one figure against another
_SET_AGAINST_WORD = r"(?:vs\.?|versus|against|compared\s+(?:with|to))"
# "a smaller drop than", "a bigger increase than": the move named between the comparison and "than" (the nouns of a
# rate's move; figures.MOVE_NOUN names a change of an amount, "the increased amount", "the cut")
_MOVE_BEFORE_THAN = r"(?:\s+(?:rise|increase|gain|jump|growth|drop|fall|decline|decrease|contraction|pace))?"
# ("The Gift (£3.9m), Miss Congeniality (£3.8m)": "Miss" before a capitalised word is a title or a name, unless
# that word is what results miss, as a title-case headline writes it: "Profit Miss Estimates")
_NO_TITLE_MISS = (r"(?!(?-i:Miss\s+(?!(?:Estimates?|Expectations?|Forecasts?|Views?|Targets?|Consensus|Wall|Street|"
                  r"Analysts?|Guidance|Goals?)\b)[A-Z]))")
# ("361 were recorded for the period mentioned above": "above" that points back in the text compares nothing)
_ABOVE_IN_THE_TEXT = "".join(rf"(?<!\b{word}\s)" for word in ("mentioned", "noted", "stated", "listed", "shown",
                                                               "cited", "given", "described", "outlined", "the", "as"))
# ("were outpaced by a jump of 30.6 per cent in imports": a verb of passing in the passive says the subject is below)
_ABOVE = re.compile(rf"\b(?:beat(?:ing|s)?|top(?:ped|ping|s)|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|{_ABOVE_IN_THE_TEXT}above|"
                    r"(?:is|was|are|were|came in|stood)\s+(?:well\s+|far\s+|comfortably\s+)?over|"
                    rf"(?:higher|more|bigger|larger|greater|faster|quicker|stronger){_MOVE_BEFORE_THAN} than|ahead of|outpac\w+|"
                    r"better than)\b(?!\s+by\b)", re.I)
# ("missing analysts' estimates" misses; "three missing persons" are people missing)
_BELOW = re.compile(rf"\b(?:{_NO_TITLE_MISS}miss(?:ed|es)?|missing\s+(?:analysts?['’]?|estimates?|expectations?|forecasts?|targets?|the|its|"
                    rf"their|market|consensus)|below|(?:lower|less|smaller|fewer|slower|weaker){_MOVE_BEFORE_THAN} than|short of|"
                    # ("leaving behind a shortfall of Rs287bn": what is left, no rank)
                    r"(?<!leaving )(?<!leave )(?<!leaves )(?<!left )behind|"
                    r"trail\w*|(?:outpac|outstripp|surpass|exceed|topp|overtak|outperform)\w*\s+by)\b",
                    re.I)
# The second figure below the first: "jumped as much as 16.9% before retreating to a 13% gain".
_MOVED_BELOW = re.compile(r"\b(?:retreat\w* to|fell back to|eas\w* (?:back )?to|pared \w+ to|slipp\w* (?:back )?to)\b",
                          re.I)
# "0.15 percent points higher than 11.9 percent", "$5 billion more than": the first figure is the gap, no level.
_IS_A_GAP = re.compile(r"(?i)^\s*(?:[a-z]+\s+){0,2}?(?:(?:higher|lower|more|less|greater|bigger|smaller|above|below)\s+than|"
                       # "five points ahead of Arsenal on 40", "4 degrees above the seasonal average": the size of a gap
                       r"ahead\s+of|behind|clear\s+of|short\s+of|above|below)\b")
# ... unless a verb says the first is a level, and a comparative follows it: "The underemployment rate of 15.9
# percent was higher than the 13.8 percent reported in June" (not of a bare count: "One was less than 10 years old,
# one was in their 20s" sizes the one)
_A_LEVEL_COMPARED = re.compile(r"(?i)^\s*(?:percent|per\s?cent|%|pct|pc)?\s*(?:was|were|is|are|remained|remains|stood|"
                               r"stands)\s+(?:also\s+|still\s+|slightly\s+|much\s+|far\s+|significantly\s+)?"
                               r"(?:higher|lower|more|less|greater|bigger|smaller)\s+than\b")
# "... rose more than 5%": the comparison words qualify the second figure; nothing is compared with the first.
_QUALIFIES = re.compile(r"(?i)\b(?:more|less|fewer|higher|lower) than\s*(?:about\s*)?\S{0,3}$|"
                        r"\b(?:over|above|below|under|beyond)\s*\S{0,3}$|"
                        # ("a gain of 4,800 full-time positions more than offset a loss of 2,500": a verb, no comparison)
                        r"\bmore\s+than\s+offset")
# ("grew 8.1% YoY to 17.0Mn, data customers using more than 1GB increased 26.7%": the comparison words qualify a
# number between the two figures, which compares neither; "25 per cent of businesses expect higher than projected
# profits, while nearly 66 per cent ...": nor do words whose "than" compares a thing with its forecast)
# "The decline was higher than the .7% increase reported in August, but also slightly lower than the 2.4% decline":
# a figure a "than" compares the subject with is no subject of the next comparison
_A_THAN_OBJECT = re.compile(r"(?i)\bthan\s+(?:the\s+|a\s+|an\s+|its\s+)?\S{0,3}$")
# ("strikes lasting more than three days made up 12 percent": a bound of a number in words too)
_THAN_ANOTHER_NUMBER = re.compile(r"(?i)\b(?:more|less|fewer|higher|lower|greater|bigger|smaller)\s+than\s+"
                                  r"(?:(?:about\s+|around\s+|nearly\s+)?\S{0,3}\d|(?:projected|expected|forecast|"
                                  r"anticipated|planned|budgeted|usual|normal|one|two|three|four|five|six|seven|eight|"
                                  r"nine|ten|eleven|twelve|a\s+(?:dozen|hundred|thousand|million|billion))\b)")
_DRIVEN_BY = re.compile(r"(?i)\b(?:boosted|driven|led|helped|supported|fuell?ed|propelled|lifted|dragged|weighed)\s+"
                        r"(?:down\s+)?by\b|\bthanks to\b|\bincluding\b|\bnotably\b")
# ("most notably Saudi Arabia, with 14.4%": "most" before an adverb ranks nothing; nor does "top" in a compound
# word, "top-tier banks, including Wema Bank (N89.09 billion)")
# ("had the most stable values with an increase of 1.4 per cent": "most" of a quality that is no size ranks the figure
# neither way; the most stable rose least, the most affordable costs least)
_HIGHEST = re.compile(r"\b(?:highest|largest|biggest|fastest|top(?!-[a-z])|strongest|greatest|"
                      r"most(?!\s+[a-z]+ly\b|\s+(?:stable|steady|affordable|volatile|consistent|resilient|balanced|"
                      r"competitive|efficient|reliable|vulnerable|sustainable|accessible|favou?rable|attractive|even)\b))\b",
                      re.I)
# the end of a sentence or paragraph, before the next one's first word
_SENTENCE_BREAK = re.compile(r"\n|[.!?]\s+(?=[A-Z\d])")
# "at least one" ranks nothing; "with Tokyo ranking last with 32.4 percent, followed by Osaka ... with 33.6 percent"
# ranks from the bottom up
_LOWEST = re.compile(r"\b(?:lowest|smallest|slowest|weakest|(?<!at )least|(?:rank(?:ed|ing|s)?|came|comes|finish(?:ed|es|ing)|"
                     r"placed)\s+last|at\s+the\s+bottom)\b", re.I)
_FOLLOWED = re.compile(r"\bfollowed by\b", re.I)
# "out of 591,000 visas": the whole the next count is a part of
_A_WHOLE_OUT_OF = re.compile(r"(?i)\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?\S{0,4}$")
# "down from a revised 61.4", "up from 52": the figure a move started from
_MOVED_FROM_IT = re.compile(r"(?i)\b(?:down|up)\s+from\s+(?:an?\s+|the\s+)?(?:(?:upwardly\s+|downwardly\s+)?revised\s+)?\S{0,4}$")
# "led the way", "topped the table", "did best": a leader on merit, which may be the lowest figure (a jobless rate)
_LED_ON_MERIT = re.compile(r"\b(?:led|leads|leading|topped|tops|best|worst)\b", re.I)
# "followed by Kedah at 121 per cent with 104 beds, and Perak at 107 per cent": the next name of the list ranks on
# (or its figure in brackets: "followed by the UAE (19.2 per cent), UK (10.8 per cent), Saudi Arabia (6.7 per cent)")
_LIST_NEXT = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:at|with|on)\s+\S{0,3}|"
                        r"\(\s*\S{0,3})$")
# Words that introduce the figure another is compared with: "from Rs 126 crore", "against Rs 302.5 billion".
# "Q1", "the previous quarter": a quarter named as the one before; "H1", "the same month": any period named so
_A_QUARTER_BEFORE = r"(?:Q[1-4]|the\s+(?:previous|prior|preceding|last)\s+quarter)"
_A_PERIOD_BEFORE = (r"(?:Q[1-4]|H[12]|[1-4]Q|the\s+(?:previous|prior|preceding|last|same)\s+(?:quarter|half|month|period|"
                    r"year))")
# "compared with the same month last year ($4.6 billion)", "compared to same period last year (€457.5 million)": the
# period compared with, then its figure in brackets
# (or "compared to the pre-pandemic arrivals in 2019 (894,389 visitors)": what a comparison names, then its figure)
_A_PERIOD_BACK_THEN_ITS_FIGURE = re.compile(
    r"(?i)\b(?:(?:from|over)\s+(?:the\s+)?(?:same|corresponding|previous|prior|preceding|last|year-ago)\b|"
    r"(?:compared\s+(?:with|to)|against|versus|vs\.?)\s)(?:[^().;\d]|\b(?:19|20)\d\d\b){0,50}\(\s*\S{0,4}$")
# "(36,63,875 units as against 33,60,493 units)": a bracket that holds a pair of its own
_A_PAIR_IN_THE_BRACKET = re.compile(r"(?i)[^()]{0,30}?\b(?:as\s+against|against|vs\.?|versus|compared|from)\b")
_A_YEAR_BACK = re.compile(r"(?i)\b(?:last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|previous\s+year|prior\s+year|"
                          r"year-ago)\b")
# ("revenue from operations of Rs 42,375 lakhs": the name of a measure, no figure moved from)
# ("852,117 metric tons ... exported as compared 597,639 metric tons": "as compared" with its preposition left out, as
# Pakistani trade reports write it)
_BASELINE = re.compile(r"(?:\b(?:from(?!\s+(?:continuing\s+|core\s+|its\s+)?operations?\b)|against|(?:compared|in comparison) (?:with|to)|as\s+compared(?!\s+(?:with|to)\b)|which\s+compares\s+(?:with|to)|versus|vs\.?|"
                       # ("9.7 percent above 23.81 million tonnes imported during the corresponding period last year")
                       # ("marking a 14.3% increase over Rs 1,375.5 crore": a rate's move over the figure it grew from)
                       # ("up 1% on 261,006 in June": the British "on" after a rate, right before the figure; not
                       # "300 per cent on the face value of Rs 10")
                       # ("8.6 percent more than a year earlier (558,375)": the period's figure in brackets)
                       rf"than\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|{_A_PERIOD_BEFORE}(?:\s+(?:a\s+year\s+"
                       r"(?:earlier|ago)|last\s+year))?)(?=\s+\()|"
                       # (not "an increase of 4,800 full-time positions more than offset a loss of 2,500": a verb)
                       # ("6.5 percent up on the 727,571 produced", "a 5% jump on the $787 million": the move's word
                       # between the rate and "on")
                       r"up from|down from|than(?!\s+offset)|(?:(?<=per cent )|(?<=percent )|(?<=% )|(?<=pc ))"
                       # ("up 3.5% over May's previous record sales total of $192 million": "over" right after the rate)
                       rf"(?:(?:up|down|higher|lower|{RATE_MOVE_NOUN})\s+)?(?:above|below|over|"
                       r"on(?=\s+(?:(?:the|its|their|previous|prior|last|earlier|revised|initial|original|estimate|"
                       r"forecast|same|year-ago)\s+){0,3}(?:of\s+)?\S*$)|"
                       rf"{RATE_MOVE_NOUN}\s+over))\s+"
                       # "from the previous year's $30.8 billion"
                       # ("46.2 per cent from November's 2,949.60 tonnes": a month's or year's, in the possessive;
                       # "up from March 2007's R5,85": a month and its year)
                       r"(?:(?:the\s+)?(?:previous|prior|last|same|year-ago|preceding)\s+(?:year|quarter|month|period|budget|fiscal)['’]s\s+"
                       rf"|(?:(?:{MONTHS}|May)\s+(?=(?:19|20)\d\d))?(?:{MONTHS}|May|(?:19|20)\d\d)['’]s\s+)?"
                       # "an increase of Rs 10,000 crore over last year's Rs 80,000 crore" ("over Rs 900 crore" alone
                       # is more than it)
                       # ("an increase of Rs 19,230 crore over the current fiscal allocation of Rs 1,66,546 crore")
                       r"|\bover\s+(?:the\s+)?(?:previous|prior|last|same|year-ago|preceding|current)\s+(?:year|quarter|"
                       r"month|period|fiscal|financial year|budget)(?:['’]s\s+|\s+(?=(?:[a-z][\w'’-]*\s+){0,2}of\s))"
                       # "a 16 per cent increase over the 2018-2019 allocation which was Rs 54,302.50 crore"
                       r"|\bover\s+(?:the\s+)?(?:FY\s?)?\d{4}(?:[-–/]\d{2,4})?(?:['’]s)?\s+"
                       # ("a 7.5 per cent increase over Q1 (Rs 37,851 lakhs)": the period's figure in brackets)
                       rf"|\bover\s+{_A_PERIOD_BEFORE}\s+(?=\()"
                       # "showing an increase of 55.29pc over the deficit of $31.076b": a rate over a figure
                       r"|\b(?:increase|rise|growth|decline|decrease|drop|fall|jump|gain)\s+of\s+[\d.,]+\s*(?:pc|%|per\s?cent|"
                       r"percent)\s+over\s+(?=(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){1,3}of\s)"
                       # ("represented an increase of 168.26% over the N311.98 per litre paid in February 2022")
                       rf"|\b{RATE_MOVE_NOUN}\s+of\s+[\d.,]+\s*(?:pc|%|per\s?cent|percent)\s+over\s+)"
                       r"(?:(?:its|the|a|an|their|about|around|nearly|over|amount|of|sum|figure|total|record|previous|"
                       r"prior|initial|original|revised|estimated|same|reported|earlier|last)\s+){0,3}"
                       # "from its net income of $2.63 billion": the measure named again before the figure
                       # ("an increase from last year's allocation, which was Rs 4,78,196 crore")
                       # ("widened to $3.06 billion from the same period in 2017 of $1.77 billion": a year among them)
                       # ("82% higher than average 2019 (pre-pandemic) rates of US$1,420": an aside in brackets too)
                       # ("compared to the seventh edition, during which 195 tonnes were sold": the time compared
                       # with, then its figure)
                       r"(?:(?:(?:[a-z][\w'’-]*|(?:19|20)\d\d)\s+(?:\([^()\d]{1,30}\)\s+)?){1,3}of\s+|[a-z][\w'’-]*,?\s+which\s+(?:was|were|"
                       r"stood at)\s+|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,?\s+(?:during|in|when)\s+which\s+)?\S*$",
                       re.I)
# "five clubs have wage costs greater than £50m": a threshold things are counted against, no figure before
# (with its own period, "higher than $4.5bn a year earlier", it is one)
_THRESHOLD_THAN = re.compile(r"(?i)\b(?:greater|more|higher|bigger|larger|less|fewer|lower|smaller)\s+than\s+\S{0,3}$")
# "which was later revised to Rs 3.143 trillion": a later estimate of the figure before it; "revised upward to",
# "later upward to" say which way it went.
_REVISED = re.compile(r"\b(?:revised\s*(?:(?P<up>up(?:ward)?s?)|(?P<down>down(?:ward)?s?))?|"
                      r"(?:later|subsequently)\s+(?:(?P<later_up>up(?:ward)?s?)|(?P<later_down>down(?:ward)?s?)))"
                      r"\s*(?:to|at)\s*\S*$", re.I)
# Measures whose sum or difference is another: total trade is exports plus imports.
# Words a budget's whole revenue or spending may carry: whose and which budget, not what part of it
# (... and their targets: "revenue, target" and "spending, target" make the deficit target)
_WHOLE_SIDES_ONLY = frozenset({"state", "budget", "government", "fiscal", "public", "federal", "central", "national",
                               "target"})
BALANCES = (
    ({"exports"}, {"imports"}, ({"trade"}, {"foreign", "trade"}, {"trade", "volume"}), ({"surplus"}, {"trade", "surplus"}),
     ({"deficit"}, {"trade", "deficit"})),
    ({"receipts"}, {"spending"}, (), ({"budget", "surplus"}, {"fiscal", "surplus"}),
     ({"deficit"}, {"fiscal", "deficit"}, {"budget", "deficit"})),
    # ("total state budget revenues hit VND1.507 quadrillion ... spending reached VND1.78 quadrillion ... the deficit
    # sat at VND273 trillion": a budget's revenue is its receipts, though only the whole revenue and the whole
    # spending make its balance, not "capital expenditure" nor "revenue from Central taxes")
    ({"revenue"}, {"spending"}, (), ({"budget", "surplus"}, {"fiscal", "surplus"}),
     ({"deficit"}, {"fiscal", "deficit"}, {"budget", "deficit"}), _WHOLE_SIDES_ONLY),
)


# ("Estimates had varied widely, from 32 cents per share to 46 cents": how far apart, no move)
_RANGE_FROM = re.compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)(?:\s+widely)?,?)\s+(?:from|of|between)?\s*"
                         r"(?:\S*?\d[\d.,]*\s*(?:\w+\s+){0,2}(?:to|and)\s+)?\S*$")

# (not "from 14,973,816 recorded in the fourth quarter of 2023 to 14,746,943": a year is no range's lower end)
_OF_RANGE = re.compile(r"(?i)\b([a-z]+)\s+of\s+(?!(?:19|20)\d\d\s+to\b)\S*?\d[\d.,]*\s*(?:[a-z]+\s+)?to\s+\S*$")


# "between $87 billion and $93 billion", "revenue of $2 billion to $5 billion", "in the range of 5 to 6 percent": the
# words before a range's lower end, and between its ends
# ("production will be 227 t to 233 t": a range said to be)
_RANGE_OPENS = re.compile(r"(?i)\b(?:between|range of|rang(?:ing|es?|ed) from|in the range of|of|at|sees|expects?|forecasts?|"
                          r"guidance of|estimates? of|projected|targets?|(?:will|would|should)\s+be)"
                          r"\s*(?:about|around|roughly|some)?\s*\S{0,4}$")
_A_RANGE_NAMED = re.compile(r"(?i)\b(?:between|range of|rang(?:ing|es?|ed) from|in the range of)\b")
# ("227 t to 233 t (7.3 million to 7.5 million oz)", "from 22 to 25 Israeli shekels ($6 to $7)": a range in brackets
# right after a range restates it)
_BRACKET_AFTER_A_RANGE = re.compile(r"\s*(?:[A-Za-z]{1,12}\s*){0,2}\(\s*\S{0,4}")
# "1.83-2.04 percent": two numbers joined by a hyphen alone, digit to digit, are a range, whatever the words before
# ("-$738.6B-$530.9B" in a table: the hyphen is the next one's sign)
# ("1.83-2.04 percent", "$5.05-$5.35": the currency may be said again after the dash)
_TIGHT_RANGE = re.compile(r"(?<=\d)[-–](?=[$€£¥₹]?\d)")
_RANGE_JOINS = re.compile(r"(?i)^\s*(?:to|and|-|–|—)\s*\S{0,4}$")
# "raised its forecast to between $1.25 billion and $1.30 billion from $1.20 billion to $1.24 billion": after a
# range, the pair after "from" is the range it replaced, not a move
_FROM_AFTER_A_RANGE = re.compile(r"(?i)\s*,?\s*(?:up\s+|down\s+)?from\s*(?:between\s+)?\S{0,4}")


def ranges(figures: list[Figure], text: str) -> list[Figure]:
    """The upper ends of ranges among a clause's figures, each folded into its lower end (its `upper`): "expects
    revenue between $87 billion and $93 billion" is one forecast of 87-93 bn, not two. "and" joins a range only
    after "between"; a pair after "from" is a move, not a range, unless a range comes right before it (the range it
    replaced)."""
    uppers = []
    for low, high in zip(figures, figures[1:]):
        joins = _RANGE_JOINS.match(text[low.end:high.start])
        opens = _RANGE_OPENS.search(text[max(low.clause[0], low.start - 40):low.start]) or \
            uppers and _FROM_AFTER_A_RANGE.fullmatch(text[uppers[-1].end:low.start]) or \
            uppers and uppers[-1].end <= low.start and _BRACKET_AFTER_A_RANGE.fullmatch(text, uppers[-1].end, low.start) or \
            _TIGHT_RANGE.match(text, low.end) and high.start == low.end + 1
        # ("1.83-2.04 percent": the unit said once, after the range)
        # ("7.3 million to 7.5 million oz": the unit said once, after the range's scales)
        # ("to range from 22 to 25 Israeli shekels": a range its words name, the unit said once after it)
        bare = low.unit in ("", "count") and high.unit not in ("", "count") and (
            not low.scale and bool(_TIGHT_RANGE.match(text, low.end)) or bool(low.scale) and low.scale == high.scale
            or not low.scale and bool(opens) and bool(_A_RANGE_NAMED.search(opens.group(0))))
        if not joins or not opens or low in uppers or low.upper or low.kind != high.kind and not bare or \
                (joins.group(0).strip().lower().startswith("and") and not opens.group(0).lower().startswith("between")
                 and not opens.group(0).lower().lstrip(" ,").startswith(("from", "up", "down"))):
            continue
        # ("a range between $US3.93-4.81 billion": the currency said once, before the range, the scale after it)
        currency_first = high.unit in ("", "count") and low.unit not in ("", "count") and not low.scale \
            and high.scale and bool(_TIGHT_RANGE.match(text, low.end))
        # ("earnings per share estimate to $5.05-$5.35": what each end is per, read with the first)
        per_said_once = low.unit.startswith(f"{high.unit} per ") and bool(_TIGHT_RANGE.match(text, low.end))
        if high.unit != low.unit and low.unit not in ("", "count") and not currency_first and not per_said_once or \
                low.scale not in ("", high.scale) or scaled_value(low.value, high.scale) >= high.scale_value:
            continue
        if currency_first or per_said_once:
            high.unit, high.kind = low.unit, low.kind
        # ("$2 to $5 billion": the unit and scale said once, and what the figure is)
        low.unit, low.scale, low.upper, low.qualifier = high.unit, high.scale, high.value, "exact"
        low.upper_end = high.end
        low.kind = high.kind
        uppers.append(high)
    return uppers


_AGAINST_NAMED = re.compile(r"(?i)\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?P<words>(?:[a-z][\w'’-]*\s+){1,3})"
                            r"(?:of|at|worth)\s+\S{0,4}$")


def _another_measure_named(old: Figure, new: Figure, text: str) -> bool:
    """Whether the words before a figure compared with name a measure the later figure's own words do not:
    "against exports of 23.25 billion" after "India imported goods worth $44.21 billion"."""
    named = _AGAINST_NAMED.search(text, max(old.clause[0], old.start - 60), old.start)
    if not named:
        return False
    theirs, own = key_of(named.group("words")), key_of(text[max(new.clause[0], new.start - 120):new.start])
    # (a measure's noun, not a plan's or a period's: "compared to the revised estimate of", "the current fiscal of";
    # by their stems: "imported goods" and "cumulative imports" are one measure)
    return bool(theirs & MEASURE_NOUNS and own) and not {w[:5] for w in theirs} & {w[:5] for w in own}


def _another_segment_after(old: Figure, new: Figure, text: str) -> bool:
    """Whether the words after a figure compared with name another segment of a partition than the later figure's
    words: "urban consumption in November hit 652.8 billion yuan, ..., compared with 326.28 billion yuan spent by rural
    residents" sets the rural figure beside the urban one; neither moved from the other."""
    theirs = key_of(text[old.end:old.clause[1]].split(",")[0][:80]) & _SEGMENT_WORDS
    own = key_of(text[max(new.clause[0], new.start - 120):new.start]) & _SEGMENT_WORDS
    return any(theirs & words and own & words and not theirs & own for words in PARTITIONS)


_RATE_IN = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?\s+in\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w'’-]*\s?){1,3})")


def _rate_in_another(rate: Figure, new: Figure, text: str) -> bool:
    """Whether a rate after a pair names, right after it, a measure the pair's words do not: "imports ... from $3.732
    billion to $3.785 billion which resulted in a growth of 7.81% in the trade deficit"."""
    named = _RATE_IN.match(text, rate.end)
    if not named:
        return False
    theirs, own = key_of(named.group(1)), key_of(text[max(new.clause[0], new.start - 120):new.start])
    return bool(theirs & MEASURE_NOUNS and own) and not {w[:5] for w in theirs} & {w[:5] for w in own}


def printed_rates(figures: list[Figure], text: str) -> list[Figure]:
    """The one unit of an exchange rate the article prints ("($1 = 6.8202 Chinese yuan renminbi)", "US$1 = RM4.20"):
    the amount after the sign of equality becomes the rate, in its currency per the first one ('CNY per USD'), the
    row a conversion check takes as the article's own rate. The one units are returned, their rows held by it."""
    units = []
    for one, rate in zip(figures, figures[1:]):
        if one.kind == rate.kind == "level" and _ONE_UNIT.fullmatch(one.value) and not one.scale and \
                one.unit in CURRENCIES and rate.unit in CURRENCIES and rate.unit != one.unit and not rate.scale and \
                re.fullmatch(r"\s*=\s*", text[one.end:rate.start]):
            rate.unit = f"{rate.unit} per {one.unit}"
            rate.measure = Measure(frozenset({"exchange", "rate"}), "exchange rate", "")
            rate.inferred = False  # (what it is, the sign says: no measure borrowed from the clause before)
            rate.links.clear()
            units.append(one)
    return units


_ONE_UNIT = re.compile(r"1(?:\.0+)?")


def _of_range(before: str, after: str) -> bool:
    """Whether a figure is either end of "revenue of $1.25 billion to $1.29 billion"."""
    found = _OF_RANGE.search(before) or \
        re.match(r"\s*(?:[a-z]+\s+)?to\s+\S*?\d", after) and re.search(r"(?i)\b([a-z]+)\s+of\s+\S*$", before)
    return bool(found) and found.group(1).lower() not in (*RISE_WORDS, *FALL_WORDS)


# "rose 14 percent to 2,050,832 in 2016 over 1,798,380 recorded in the previous year": "over" after the figure moved
# to names the one it moved from
# (the period of the figure moved to between them: "Death toll rise to 15, over 200,000 displaced" is a floor)
_OVER_THE_YEAR_BEFORE = re.compile(r"(?i)\bto\s+\S{0,4}\d[\d,.]*\s+(?:in|during|for)\s+(?:[\w-]+\s+){0,3}over\s+\S{0,4}$")
# "This year's budget allocation is 30 percent higher than ...", "According to the agency, this year's cases are 83
# percent higher ...": a subject that names a measure again, before its figure
_NAMED_AGAIN = re.compile(r"\s*(?:According to [^,;.]{1,40},\s*)?(?:[Tt]he|[Tt]his|[Tt]his year['’]s|[Ii]ts|[Tt]heir)\s+"
                          r"((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|was|are|were)\s+(?:about\s+|nearly\s+|around\s+)?\S{0,3}\d")
# "compared with the expectation of", "versus analysts' consensus forecasts of", "against a Refinitiv consensus of": a
# figure set beside what the market expected of it (not "the revised estimate of", a figure of the producer's own)
_BESIDE_THE_MARKETS_ESTIMATE = re.compile(
    r"\b(?:[Cc]ompared\s+(?:with|to)|[Vv]ersus|[Vv]s\.?|[Aa]gainst)\s+(?:the\s+|an?\s+)?"
    # (the market's words, or a named poll's: "a Refinitiv", "LSEG's")
    r"(?:(?:market|analysts?['’]?|economists?['’]?|[Ss]treet|Wall\s+Street|consensus|poll|median|average|mean|"
    r"[A-Z][\w&'’-]*)\s+){0,3}(?:expectations?|consensus|estimates?|forecasts?)\b[^.;]{0,30}$")
# "83 percent higher compared to the reported cases during the same period in 2021 at 35,715": the figure compared
# with, named after the words that say what it is (no verb between: "compared with last year, sales stood at" is not)
_COMPARED_AT = re.compile(r"(?i)\bcompared\s+(?:with|to)\s+(?:(?!(?:stood|was|were|is|are|reached|rose|fell|came)\b)"
                          r"(?:[^,;.\d]|\b(?:19|20)\d\d\b)){0,80}?\s(?:at|of)\s*\S{0,3}$")
# ("Banjo said the figure represented an increase of 63 per cent against the N124.14 billion": said of the figure)
# ("On a metric ton basis, it was 2.2% lower than the 42.17 million mt in August": an opening phrase before it)
_IT_IS = re.compile(r"\s*(?:(?:On|In|For|Sequentially|Month-on-month|Year-on-year)\b[^,.;\d]{0,40},\s*)?"
                    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:said|says|added|noted)\s+(?:that\s+)?)?"
                    r"(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]he\s+(?:figure|amount|total|sum))\s+"
                    r"(?:is|was|marks|marked|represents|represented)\b|"
                    # "The increased amount in the Union Budget ... is nearly Rs 20,000 crore compared to ...": the
                    # change of the figure the sentence before gave
                    rf"\s*The\s+{MOVE_NOUN}\b")


# "against the budget estimate of Rs 5.31 lakh crore", "against a target of 4,000": what was planned for the same
# period, not the figure before
# ("as against the revised estimate of Rs 3.04 lakh crore" in a budget is the year before's: revised, no plan)
_AGAINST_THE_PLAN = re.compile(rf"(?i)\b{_SET_AGAINST_WORD}\s+(?:(?:the|its|a|an)\s+)?"
                               rf"(?:(?!revised\b)[\w'’-]+\s+){{0,2}}?{PLAN}\s+(?:of\s+)?\S{{0,4}}$")


# "$28.6 billion which decreased to over $28.3 billion", "10.9 billion in 2017, which rose to": the words between
# a figure and the one it moved to (up to one clause of when: "during July to December 2017")
_WHICH_MOVED_TO = re.compile(r"(?i)[^.;\d]{0,60}?,?\s*which\s+(?:has\s+|had\s+|then\s+)?(?:increased|decreased|rose|fell|"
                             r"declined|grew|dropped|jumped|climbed|surged|slipped|plunged|went\s+(?:up|down))\s+"
                             r"(?:up\s+|down\s+)?to\s+(?:about|around|nearly|over|some|almost)?\s*\S{0,4}")
# ", a significant rise from", ", an increase of 12 per cent from": a move in apposition, then the figure it moved from
_A_MOVE_FROM = re.compile(r"(?i)[\s,;–—-]*(?:an?\s+)(?:[a-z]+\s+){0,2}(?:rise|increase|jump|surge|climb|gain|growth|"
                          r"decline|decrease|drop|fall|dip|slump|reduction)\s+"
                          r"(?:of\s+\S{1,8}\s?(?:per\s?cent|percent|%)\s+)?from\s")
_WHICH_COMPARES = re.compile(r"(?i)[\s,]*which\s+compares\s+(?:with|to)\b")


# "this year", "this month", "today": period words that name the story's own time, whatever the sentence before spoke of
_THE_STORYS_OWN = re.compile(r"(?i)this\s+(?:year|month|quarter)\b|today\b")


# "a rise of 9% on the ", "12 per cent higher than the ": a rate, then the figure it was measured from
_A_RATE_MEASURED_FROM = re.compile(r"(?i)\d\s*(?:%|per\s?cent|percent)\s+(?:(?:up|down|higher|lower|more|less)\s+)?"
                                   r"(?:on|from|over|than|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?\S{0,4}$")


# "on an average household worth ", "for a home valued at ": the value of the thing a move or price is told for
_THE_ITEM_IT_IS_FOR = re.compile(r"(?i)\b(?:on|for)\s+(?:an?|the|each|every)\s+(?:[\w-]+\s+){0,3}?(?:worth|valued\s+at|"
                                 r"assessed\s+at|priced\s+at)\s+(?:about\s+|around\s+|over\s+)?\S{0,4}$")


def clause_relations(figures: list[Figure], text: str, previous: Iterable[Figure], sequential: bool) -> None:
    """Relations inside one clause: from/to pairs, a level and its growth, changes, multiples.

    `previous` are the figures drafted before this clause (gone through once), for a clause whose later figure the
    sentence before gave ("Sequentially, net profit increased 6 per cent from Rs 300 crore");
    `sequential` says the sentence compares with the quarter or month before, not the year before."""
    previous = list(previous)
    # (the counts of the sentence before, for a rate's from-figure: "52,084 units in May. ... sales dipped 13 percent
    # from 59,870 units in April" counts the same thing; so do the counts of the sentence's clauses before: "included
    # 632,455 TEUs ..., which represents a 10.7 percent increase compared to the 571,177 TEUs")
    told_before = [f for f in previous if f.sentence in (figures[0].sentence - 1, figures[0].sentence) and f.unit == "count"] \
        if any(f.kind == "growth" for f in figures) else []
    rescaled(figures, text)
    paired = bracketed_moves(figures, text)
    figures = [f for f in figures if id(f) not in paired]
    # A bare decimal is no count ("followed by 5.7 for secondary industries"): elliptical() reads its unit later;
    # one per so many people is ("from 10.5 to 14.2 per 100,000").
    # ("slipping to Tk 16.40 in the negative, a massive fall from Tk 5.76": a level below zero, its sign not printed,
    # is no end of a move the checks could read as a rate)
    # ("the third straight month that the output rose by double-digit figure": how long a run has lasted, no level
    # the move reached)
    amounts = [f for f in figures if f.is_amount and f.kind != "conversion" and not f.restates
               and f.mention.kind != "streak"
               and not (f.unit == "count" and "." in f.value and not f.scale and not _PER_A_HEAD_COUNT.match(text, f.end))
               and not BELOW_ZERO_AFTER.match(text, f.end)
               and not _counted_again_in_brackets(f, figures, text)]
    # "from the 12 members hitherto bound ...": a count of something else, not the figure before
    # "estimates ranging from $1.01 to $1.08": the ends of a range, not a figure and the one before it
    # ("its prior outlook for revenue of $1.25 billion to $1.29 billion" too; "a decline of $2 billion to" is a move)
    amounts = [f for f in amounts if not _RANGE_FROM.search(text[max(f.clause[0], f.start - 40):f.start])
               and not _of_range(text[max(f.clause[0], f.start - 60):f.start], text[f.end:f.end + 30])]
    # ("$1.37 vs. $1.24 expected": an estimate of the same period, compared with, no earlier figure; "raised its
    # forecast to $1.14 billion from $1.12 billion" revises one)
    for f in amounts:
        if f.qualifier == "over" and _OVER_THE_YEAR_BEFORE.search(text[f.clause[0]:f.start]):
            f.qualifier = "exact"  # "growth of 14 percent to 2,050,832 in 2016 over 1,798,380": compared with, no floor
    earlier = [f for f in amounts if f.kind != "change" and (_BASELINE.search(text[f.clause[0]:f.start])
                                                             or _A_PERIOD_BACK_THEN_ITS_FIGURE.search(
                                                                 text, max(f.clause[0], f.start - 90), f.start)
                                                             and not _A_PAIR_IN_THE_BRACKET.match(text, f.end)
                                                             or _COMPARED_AT.search(text[f.clause[0]:f.start])
                                                             or _OVER_THE_YEAR_BEFORE.search(text[f.clause[0]:f.start]))
               and not (_AGAINST_THE_PLAN.search(text[f.clause[0]:f.start]) and not f.own_period) and not (
                   f.estimate and re.search(r"(?i)\b(?:vs\.?|versus|against)\s*\S{0,4}$", text[f.clause[0]:f.start]))
               # ("85.15 billion yuan, compared with the expectation of 86.51 billion yuan": what the market expected
               # of the same figure, set beside it with no word of which is larger; no figure before it)
               and not _beside_the_markets_estimate(f, text)
               and not (f.unit == "count" and _counts_a_thing_of_its_own(f, amounts + told_before, text)
                        and not _A_MOVE_FROM.match(text, f.clause[0]))
               and not (_THRESHOLD_THAN.search(text[f.clause[0]:f.start]) and not f.own_period)
               and not _harvested_from(f, amounts, text)
               # ("Standing at 1,761 petabytes compared to the 1,579 of other telcos": another's figure of the period)
               and not _OF_OTHERS.match(text, f.end)
               # ("from about 2.9 million ... to more than 2.93 million": a hedge of the level reached, no comparison)
               and not _TO_A_HEDGED_LEVEL.search(text, f.clause[0], f.start)]
    # ("slightly less than 854 million kWh through September, down from 979 million": a bound on the figure itself,
    # when a figure after it is the one it moved from)
    earlier = [f for f in earlier if not (_THRESHOLD_THAN.search(text, f.clause[0], f.start) and any(
        g.start > f.end and re.search(r"(?i)\bfrom\s+\S{0,4}$", text[max(g.clause[0], g.start - 40):g.start])
        for g in earlier))]
    if len(earlier) == 1:
        # ("from KES 13.71bn and KES 3.23bn in July 2024 and August 2023, respectively": both figures moved from)
        second = next((f for f in amounts if f.start > earlier[0].end), None)
        if second is not None and second.unit == earlier[0].unit and second.kind != "change" \
                and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[earlier[0].end:second.start]) \
                and _RESPECTIVELY.match(text, second.end):
            earlier.append(second)
        # ("down from 104,297 transactions worth RM56.53 billion": what the from-figure was worth was moved from too)
        elif second is not None and second.kind != "change" and _WORTH.fullmatch(text, earlier[0].end, second.start):
            if second.unit in ("", "count") and second.scale:
                # ("852,117 metric tons ... worth 724.511 million dollars exported as compared 597,639 metric tons
                # valuing 581.814 million": its unit untold, that of what the later figure of the from-figure's unit
                # was worth, in the same scale)
                worth = [g for g in amounts if g.end <= earlier[0].start and g.unit in CURRENCIES
                         and g.scale == second.scale and any(
                             f.unit == earlier[0].unit and _WORTH.fullmatch(text, f.end, g.start) for f in amounts)]
                second.unit = worth[-1].unit if worth else second.unit
            if second.unit not in (earlier[0].unit, "", "count"):
                earlier.append(second)
    # ("to 4,905.05", and a move's end said with "at": "59.4 points up at 4,905.05", "closed at 16,342.51")
    # ("to BE of Rs 1,17,687.99 crore", "to a level of": what the figure is, between "to" and it)
    later = [f for f in amounts if f.kind != "change" and f not in earlier and
             re.search(r"\b(?:to|(?:up|down|higher|lower|closed|ended|finished|settled)\s+at)\s*"
                       r"(?:(?:[A-Z]{2,3}|(?:a|the)\s+(?:level|total|sum))\s+of\s+)?"
                       # ("to more than 2.93 million": a hedge of the level reached)
                       r"(?:about|around|nearly|over|almost|some|(?:just\s+)?(?:more|less)\s+than|just\s+(?:over|under))?"
                       r"\s*\S*$", text[f.clause[0]:f.start])]
    growths = [f for f in figures if f.kind == "growth"]
    changes = [f for f in figures if f.kind == "change" and f.unit not in ("percent", "pp") and not f.estimate]
    said: frozenset[str] = frozenset()  # the measure a subject names again, of the sentence before's figure
    month_after: list[Figure] = []  # the sentence before's figure of the month after the from-figure's
    if _paired_in_turn(later, earlier, [f for f in figures if f.kind == "growth"], text, sequential) \
            or not later and _compared_in_turn(amounts, earlier, growths, text):
        return
    if earlier and not later:
        # "reported Rs 318 crore, 152 per cent growth from Rs 126 crore": the level before the from-figure;
        # with none in the clause, the last level of this measure the article gave.
        # ("raised to Rs 90,000 crore, an increase of Rs 10,000 crore over last year's Rs 80,000 crore": a change
        # and its from-figure in a clause after the to-figure's, in one sentence)
        # ("reaching 12,617 GWh (16,958 MW) compared to 12,284 GWh": of the from-figure's unit, when one is before)
        before = [f for f in amounts if f.kind != "change" and f.start < earlier[0].start]
        # ("It is an approximately Rs 30 lakh crore increase from last year's allocation of Rs 1,10,055 crore": a
        # change of the figure the sentence before gave, its subject "it")
        # ("This is an increase from last year's allocation, which was Rs 4,78,196 crore": a move, its figure the
        # last the article gave, a sentence or three before)
        opening = (changes or earlier)[0].clause[0]
        of_the_last = _IT_IS.match(text, opening) and (changes or _move(text[opening:earlier[0].start]))
        # ("That was a rise of 9% on the 14,628 visits recorded during September, but 23% lower than the 20,556
        # patients seen in October 2021": not a figure a rate before it was measured from, itself a figure before)
        levels = [f for f in previous if f.is_level and not f.baseline and _one_currency(f, earlier[0])
                  and not BELOW_ZERO_AFTER.match(text, f.end)
                  and not _A_RATE_MEASURED_FROM.search(text, max(0, f.start - 40), f.start)]
        last = max((f.sentence for f in levels if earlier[0].sentence - 3 <= f.sentence < earlier[0].sentence),
                   default=None)
        # ("This year's budget allocation is 30 percent higher than the estimate of Rs 1.99 lakh crore", after the
        # sentence that gave this year's: the measure named again as the subject, of the sentence right before)
        named_again = _NAMED_AGAIN.match(text, opening)
        said = key_of(named_again.group(1)) if named_again and growths and not changes else frozenset()
        # ("... stood at Rs2,337 billion. Despite being Rs76 billion higher than the collection of Rs2,259 billion in
        # the first eight months of FY18, ...": a change whose sentence gives no figure it moved to, the sentence
        # before's of the period after the from-figure's, a link to confirm)
        moved_to_before = [f for f in levels if changes and not any(g.sentence == earlier[0].sentence for g in levels)
                           and f.sentence == earlier[0].sentence - 1 and f.period and f.unit == earlier[0].unit
                           and earlier[0].own_period and earlier[0].period == year_before(f.period)
                           # ("The budget increased by $9 million ... from last year's $61.5 million. Sales rose by
                           # $40 million from $200 million a year earlier": a clause that names its own measure moved
                           # to a figure of it, none of another the sentence before gave)
                           and (_a_word_in_common(f.measure, earlier[0].measure) or not _named(earlier[0].measure))]
        # ("recorded 17,016 confirmed dengue cases in the first 24 weeks of the year, a significant rise from 3,505
        # cases": a move set beside the clause before names no figure of its own; it moved to that clause's)
        apposed = _A_MOVE_FROM.match(text, earlier[0].clause[0]) is not None
        # ("... to 5,341 GWh in July 2024 ... However, on a MoM basis, Hydel output increased by 13 percent from
        # 4,729 GWh in June 2024": a rate against the month before moves the sentence before's figure of the month
        # after its from-figure's, of its unit and a word of its measure; a link across sentences, to confirm)
        # (a rate whose every word is the level's, "revenue" of "Revenue from operations", rates_from_a_level_only
        # reads later, the link no inference)
        month_after = [f for f in levels if sequential and growths and f.sentence == earlier[0].sentence - 1
                       and f.unit == earlier[0].unit and earlier[0].own_period and f.period
                       and earlier[0].period == period_before(f.period) and _a_word_in_common(f.measure, growths[0].measure)
                       and not _told_within(growths[0].measure, f.measure)]
        candidates = [f for f in levels if
                      growths and growths[0].measure.key and f.measure.key == growths[0].measure.key
                      or len(month_after) == 1 and f is month_after[0]
                      or apposed and f.sentence == earlier[0].sentence and f.unit == earlier[0].unit
                      and _within_a_thousandfold(f, earlier[0])
                      or changes and f.sentence == earlier[0].sentence and not _OWN_SUBJECT.match(text, opening)
                      or len(moved_to_before) == 1 and f is moved_to_before[0]
                      or of_the_last and f.sentence == last
                      or said & f.measure.key and f.sentence == earlier[0].sentence - 1]
        # ("an average of 4,469 flu patients were in beds ..., including 211 in critical care. This is up 17% from
        # 3,818": what "this" is, the sentence's figure, not a part of it the sentence named after it)
        if of_the_last and (wholes := [f for f in candidates if not (f.sentence == last and _A_PART_NAMED.search(
                text, max(f.clause[0], f.start - 30), f.start))]):
            candidates = wholes
        # ("the exports increased by 5.83pc during June 2022 as compared to the exports of $2.728b recorded during May
        # 2022": a rate that names its own period moves a figure of that period, not the year's given before)
        if growths and growths[0].own_period and growths[0].period:
            candidates = [f for f in candidates if f.period == growths[0].period]
        elif growths and growths[0].clause[0] <= growths[0].period_from < growths[0].start:
            # ("The volume in the last month was 1% higher from 9.97 million b/d in August": a month its clause names
            # before it, not May's figure the sentence before gave; "This year's budget allocation is 30 percent
            # higher" names no fiscal year, so it leaves the fiscal year's figure)
            candidates = [f for f in candidates if f.period == growths[0].period
                          or re.sub(r"\d", "0", f.period) != re.sub(r"\d", "0", growths[0].period)]
        # ("On a month-on-month basis, power generation went up by 1 percent from 7,548 GWh recorded in November
        # 2023": December's figure before, not the half-year's given after it)
        # ("since March 2021 when output was 1,428,613 bpd. ... output rose by 91,476 bpd — a 6.85 percent increase
        # compared to the production figure of 1,335,098 bpd in December 2023": January's figure the lede gave, of the
        # month after, not March 2021's of the same words; no figure before the one it rose from)
        def after_it(f: Figure) -> bool:
            return bool(earlier[0].own_period and earlier[0].period
                        and earlier[0].period in (period_before(f.period), year_before(f.period)))
        too_early = [f for f in candidates if earlier[0].own_period and ends_before(f.period, earlier[0].period)
                     and re.sub(r"\d", "0", f.period) == re.sub(r"\d", "0", earlier[0].period)]
        candidates = [f for f in candidates if f not in too_early]
        following = [f for f in candidates if after_it(f)]
        if too_early and not candidates:
            following = [f for f in levels if after_it(f) and f.unit == earlier[0].unit
                         and f.sentence >= earlier[0].sentence - 3]
        # ("41 billion Egyptian pounds ($4.62 billion) ..., down 27 per cent from 56 billion": of no unit of its own,
        # the from-figure is the amount's, not its conversion's)
        unconverted = [f for f in before if not _a_conversion_of_the_one_before(f, amounts, text)]
        later = [f for f in before if f.unit == earlier[0].unit][-1:] or unconverted[-1:] or before[-1:] \
            or (following or candidates)[-1:]
        if later and (told := [f for f in before if f.end <= later[0].start and f.unit == later[0].unit][-1:]) \
                and _OR_IN_OTHER_WORDS.fullmatch(text, told[0].end, later[0].start) \
                and len(_digits(told[0])) > len(_digits(later[0])):
            # ("dispatches of 17,59,881 or 1.75 million units, up 10 per cent on": one figure told twice, its rate
            # read against the one told in full)
            later = told
        if not later and _WHICH_COMPARES.match(text, earlier[0].clause[0]):
            # ("4.53 million tonnes of LNG were imported during the month, which compares to 3.97 million tonnes in
            # June 2018": the figure of the clause before, in the sentence)
            later = [f for f in levels if f.sentence == earlier[0].sentence and f.unit == earlier[0].unit][-1:]
    if later and not earlier:
        # "the volume of exports was over $10.9 billion during July to December 2017, which increased up to over $11.2
        # billion": the figure the move to the later one started from, before it
        earlier = [f for f in amounts if f.kind != "change" and f.end <= later[0].start and f.unit == later[0].unit
                   and _WHICH_MOVED_TO.fullmatch(text[f.end:later[0].start])][-1:]
    if later and earlier:
        # ("imported goods and services worth $44.21 billion in October 2012 against exports of 23.25 billion": a
        # figure compared with is another measure where its words name one the later figure's words do not)
        earlier = [f for f in earlier if not _another_measure_named(f, later[0], text)
                   and not _another_segment_after(f, later[0], text)]
    for old in (earlier[1:] if later else []):
        # ("pretax profit rises to £4.3 million from £3.6 million last year on revenue of £65.1 million, up from £63.4
        # million": a later from-figure right after another amount is that amount's figure before, a pair of its own)
        own = [f for f in amounts if f.end <= old.start and f not in earlier and f.kind != "change"][-1:]
        told_with = [f for f in earlier if f.end <= old.start][-1:]
        if told_with and told_with[0].unit != old.unit and _WORTH.fullmatch(text, told_with[0].end, old.start):
            # ("97,772 deals recorded, valued at RM51.42 billion – down from 104,297 transactions worth RM56.53
            # billion": what the from-figure before was worth is the figure before of what the to-figure was worth)
            own = [f for f in amounts if f.end <= earlier[0].start and f.unit == old.unit and f.kind != "change"][-1:]
            if own and own[0] not in later:
                old.measure, old.baseline = own[0].measure, True
                own[0].link(old)
                earlier = [f for f in earlier if f is not old]
            continue
        if own and own[0] not in later and own[0].unit == old.unit \
                and _AMOUNT_UP_FROM_AFTER.fullmatch(text[own[0].end:old.start]):
            old.measure, old.baseline = own[0].measure, True
            if not old.own_period or old.period == own[0].period:
                old.period = year_before(own[0].period) or old.period
            own[0].link(old)
            earlier = [f for f in earlier if f is not old]
    if later and earlier:
        # "fell 2.1 percent to $230 billion, leaving a surplus of $70 billion, up from $52 billion": a from-figure
        # right after another amount of its unit is that amount's figure before, not the to-figure's
        nearest = [f for f in amounts if f.end <= earlier[0].start and f not in earlier and f.kind != "change"]
        if nearest and nearest[-1] not in later and nearest[-1].unit == earlier[0].unit \
                and _AMOUNT_UP_FROM_AFTER.fullmatch(text[nearest[-1].end:earlier[0].start]):
            later = [nearest[-1]]
        elif later[0].start > earlier[0].end and any(earlier[0].end < g.start < later[0].start for g in growths):
            # ("up 204.7% from 3.6 billion yuan a year earlier, on a 72.7% rise in revenue to 260.12 billion yuan":
            # a rate between the from-figure and a to-figure is that to-figure's move; the from-figure is of a
            # figure before, its sentence's)
            later = []
        elif later[0].end <= earlier[0].start and any(
                later[0].end <= g.start < earlier[0].start and _A_PARTICIPLE_MOVES_ANOTHER.search(text, later[0].end, g.start)
                for g in growths):
            # ("to hit Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3 percent above
            # the Sh93.37 billion": the participle moves a thing of its own; the rate and its from-figure are that
            # thing's, not the to-figure's)
            later = []
    if later and earlier and (right_after := [f for f in later if f.start > earlier[-1].end
                                              and _PER_THEN_TO.fullmatch(text, earlier[-1].end, f.start)]):
        # ("by 9,5percent to R2,5billion ... despite the wholesale price going from R5,52 to R8,10": "from X to Y"
        # pairs Y with X, not an earlier "to" figure of the clause)
        later = right_after[:1]
    if later and earlier:
        new = later[0]
        if len(earlier) == 1 and earlier[0].own_period and ends_before(new.period, earlier[0].period) \
                and re.sub(r"\d", "0", new.period) == re.sub(r"\d", "0", earlier[0].period) \
                and all(f.period[:4] in text[min(new.clause[0], earlier[0].clause[0]):earlier[0].clause[1]]
                        for f in (new, earlier[0])):
            # ("In the first nine months of 2020, China imported 64 bcm of LNG, compared to 80.5 bcm in the same period
            # of 2021 — a 24.8 % increase": the figure compared with is the later one, by the years the words name; a
            # month named without its year, "to 1.830mbpd in September", may be the coming one)
            new, earlier = earlier[0], [new]
        if new.sentence != earlier[0].sentence and changes and not growths:
            for change in changes:
                change.inferred = True
        by_its_month = any(new is f for f in month_after) and new.measure.key != growths[0].measure.key
        if (said or by_its_month) and new.sentence != earlier[0].sentence:
            for growth in growths:
                # (the sentence before's figure, by the measure its subject names again, or by its month)
                growth.inferred = True
        # Rates said after another amount are that amount's: "narrower than the $60 million loss a year ago, on
        # revenue of $300 million, up 10 percent" is revenue's rise, not the loss's
        # ... and rates said before another amount: "imports fell 2.1 percent to $230 billion, leaving a surplus of
        # $70 billion, up from $52 billion" gives the surplus no rate. The pair's words run from the amount before
        # it to its last figure.
        outside = _amount_before(amounts, new)
        start = outside.end if outside is not None and outside not in earlier else new.clause[0]
        end = max(f.end for f in (new, *earlier))
        # ("rose to 8.53 billion shillings from 6.19 billion shillings a year earlier, helped by a 14% increase in
        # revenues to 53.96 billion shillings": a rate with a to-figure of its own after it is that figure's move)
        # ("84.27 million mt ..., up from 80.29 million mt in November to produce an 11.6% increase from the same
        # month a year earlier": a rate its words measure from a year back is no rate of a pair a month apart)
        # ("Turnover to KSh 2.5 Billion on 77.8 Million Shares compared to Turnover of KSh 1.4 Billion on 40.7 Million
        # Shares ..., an increase of 56.1%": what a figure of the pair was made on, in another unit, may stand between
        # the pair and its rate)
        pairs_own = (None, new, *earlier, *_made_on(amounts, (new, *earlier), text))
        growths = [g for g in growths if g.start >= start and _amount_before(amounts, g) in pairs_own
                   # ("increased by 24.01 per cent from N638.08bn ... to N791.26bn due to the rise in voice (13.11 per
                   # cent), data subscription (48.29 per cent)": a rate after the pair's cause is the cause's own)
                   and not (g.start > end and _BECAUSE_OR_DRIVER.search(text, end, g.start))
                   and not _moves_to_its_own(g, amounts, text, (new, *earlier)) and not _rate_in_another(g, new, text)
                   and not ((_SAID_OF_A_YEAR_BACK.match(text, g.end) or _MORE_THAN_A_YEAR_BACK.match(text, g.end))
                            and earlier[0].own_period and earlier[0].period
                            and new.period and earlier[0].period != year_before(new.period))
                   # ("higher than the market consensus of 14.3 trillion won and marks a 179 percent increase from a
                   # year ago": a rate from a year back is no rate over the estimate the figure beat)
                   and not (_SAID_OF_A_YEAR_BACK.match(text, g.end) and earlier[0].estimate and not new.estimate)
                   # ("fell to 17,119 from 17,196 on Monday, and has dropped 45% from two weeks ago": a rate with a
                   # time back of its own is measured from that time, not from the pair's earlier figure)
                   and not (_SAID_OF_A_TIME_AGO.match(text, g.end)
                            and not _SAID_OF_A_TIME_AGO.match(text, earlier[0].end))
                   # ("This 20 per cent decrease in the small-scale sub-sector resulted in a decline in total gold
                   # production from 4.792 million ounces ... to 4.577 million": the cause, not the pair's move)
                   and not _CAUSED.search(text, g.end, min(f.start for f in (new, *earlier)))
                   and not _in_the_concession_before(g, (new, *earlier), text)]
        # ("from NGN92.9 billion in 2024 to N185 billion in 2025, even though the profit before taxes decreased by N55
        # billion": a move after a concession or a contrast is its own clause's, of another subject)
        # ("up from £85.90 in February and £4.08 or 5% more than 12 months ago": a move a year back, not from the
        # month before's figure)
        changes = [c for c in changes if not (_MORE_THAN_A_YEAR_BACK.match(text, _RESTATED_RATE.match(text, c.end).end())
                                              and earlier[0].own_period and earlier[0].period and new.period
                                              and earlier[0].period != year_before(new.period))]
        changes = [c for c in changes if c.start >= start and _amount_before(amounts, c) in (None, new, *earlier)
                   and not (c.start > end and _CONCEDED.search(text, end, c.start))
                   # ("increased from 146.36p to 154.37p, making a fill-up around £4.50 more expensive": what the move
                   # did to another thing, a tank of it, is that thing's move)
                   and not (c.start > end and _MAKING_ANOTHER.search(text, end, c.start))
                   and not _in_the_concession_before(c, (new, *earlier), text)
                   # ("dropped $1.7 billion to $846 billion in March, 17.2% below the peak of $1.022 trillion": the
                   # change moved to the figure from one untold; the peak is the figure's gap to a record, no start)
                   and not (c.end <= new.start < earlier[0].start
                            and _BELOW_A_MARK.search(text, new.end, earlier[0].start))]
        # ("US$ 7.993 billion with a growth of 9.5%, as compared to US$ 7.297 billion with a growth of 10.6 % during
        # January-May 2012": the rate told right after the from-figure is that figure's own move, of its period)
        # ("A tone of dry chip of cassava cost 200 U.S. dollars and fresh cassava cost 80 U.S. dollars now, rose from
        # about 167 U.S. dollars and 60 U.S. dollars respectively": each from-figure is its own to-figure's, in order,
        # the first's told in the clause before)
        others_from = None
        if len(earlier) == 2 and not growths and _RESPECTIVELY.match(text, earlier[-1].end) \
                and re.fullmatch(r"[^.;\d]*\band\s+\S{0,4}", text[earlier[0].end:earlier[1].start]):
            told = [f for f in previous if f.sentence == new.sentence and f.is_level and f.unit == earlier[0].unit
                    and f.kind != "conversion" and not f.baseline and f.end <= new.start]
            others_from, earlier = (told[-1], earlier[0]) if told else None, earlier[1:]
        own_moves = [(g, old) for g in growths for old in earlier if _RATE_TOLD_AFTER.match(text, old.end, g.start)]
        growths = [g for g in growths if all(g is not own for own, _ in own_moves)]
        for growth in growths:  # (first: the rate's words may name the measure, which the figures before take)
            _same_measure(growth, new)
        for old in earlier:
            if old.estimate and not new.estimate and _A_MARKETS_ESTIMATE.search(text, old.clause[0], old.start):
                # ("higher than the market consensus of 14.3 trillion won": what the market expected of this
                # quarter, the same period's figure foreseen, not the figure of a period before)
                old.measure = Measure(new.measure.key | {"estimate"}, f"{new.measure.words}, estimate",
                                      new.measure.entity)
                old.period = new.period
                new.link(old)
                continue
            if new.links:  # (a figure already moved to from another keeps the measure it has)
                old.measure = new.measure
            else:
                _same_measure(old, new)
            _elided_unit(old, new)
            old.baseline = True
            back = _A_PERIOD_BACK_THEN_ITS_FIGURE.search(text, max(old.clause[0], old.start - 90), old.start)
            year = re.search(r"\b(?:19|20)\d\d\b", back.group(0)) if back and not old.own_period else None
            if year and re.fullmatch(r"\d{4}", new.period):
                old.period = year.group(0)  # ("compared to the pre-pandemic arrivals in 2019 (894,389 visitors)")
            elif back and not old.own_period and _A_YEAR_BACK.search(back.group(0)):
                # ("up 12% compared with the same month last year ($4.6 billion)": the bracketed figure is of the
                # period a year before the later figure's)
                old.period = year_before(new.period) or old.period
            elif old.own_period and _LAST_YEAR_AFTER.match(text, old.end) and _a_year_long(new.period):
                # ("a deficit of $48.259b in July-June 2021-22 ... over the deficit of $31.076b recorded during last
                # year": the year before the figure's own year, fiscal or not)
                old.period = year_before(new.period) or old.period
            elif old.own_period and old.period != new.period and not _year_before_a_part(old, new, text):
                # "from Rs 2,835 crore a quarter ago": its own words say when ... and "the collection came at Rs
                # 1,68,337 crore, compared with Rs 1,49,577 crore collected in February 2023", after a sentence on
                # FY24: the later figure, of no words of its own, is of the month a year on, within the year it took
                after = _a_year_after(old.period)
                fiscal = re.fullmatch(r"FY(\d{4})", new.period)  # (a fiscal year, not yet read as months, ends in its year)
                if not new.own_period and after and new.period != after and (
                        within(after, new.period) or fiscal and int(after[:4]) in (int(fiscal.group(1)) - 1,
                                                                                     int(fiscal.group(1)))):
                    new.period = after
            elif sequential or old.own_period and _THE_ONE_BEFORE.match(text, old.end) \
                    or _OVER_THE_QUARTER_BEFORE.search(text, old.clause[0], old.start):
                # ("a 7.5 per cent increase over Q1 (Rs 37,851 lakhs)" in a story of Q2: the quarter before's)
                # ("grew to 1.40 million bpd in June from 1.28 million posted last month": the month before the
                # figure's, however the story's day reads "last month")
                old.period = period_before(new.period)
            elif (revised := _REVISED_ESTIMATE.search(text[new.clause[0]:new.clause[1]])) and new.is_level:
                # "raised its full-year revenue forecast to $1.14 billion from $1.12 billion": the earlier estimate
                # of the same period, revised the way the verb says
                old.period = new.period
                new.trend = "falling" if revised.group("down") else "rising"
            else:
                # "lower by 4.61 per cent from the earlier estimate of 111.32 million tonnes", after the sentence
                # that gave the new figure: the from-figure's clause says what it is too
                old.period = (year_before(new.period) or "") if _yearly(text, new) and _yearly(text, old) else ""
            new.link(old)  # the earlier figure of this one, whatever its period
        if others_from is not None:
            other, old = others_from
            _same_measure(old, other)
            old.baseline, old.period = True, earlier[0].period
            other.link(old)
        for growth, old in own_moves:
            growth.measure, growth.period = old.measure, old.period
            growth.link(old)
        # ("surged 28.6%m/m and 445.4%y/y to KES 17.63bn, from KES 13.71bn and KES 3.23bn in July 2024 and August
        # 2023, respectively": each rate against its from-figure, in order)
        respective = 1 < len(growths) == len(earlier) and bool(_RESPECTIVELY.match(text, earlier[-1].end))
        for index, growth in enumerate(growths):
            growth.period = new.period
            # (the figure the rate is measured against)
            basis = earlier[index] if respective else _basis(growth, earlier, growths)
            growth.link(basis)
            if basis.estimate and not new.estimate and basis.period in ("", new.period) and new.period \
                    and re.search(r"(?i)\bthan\b", text[growth.end:basis.start]):
                # ("The tax revenue was $170,000, more than 20% greater than the original projection of $750,000": a
                # gap to the plan of the figure's period, between the two figures; not "down from the earlier
                # estimate of £15bn, meaning the total inputs bill dropped by 4.5% over the year", a move)
                basis.period = new.period
                growth.link(new)
        if not growths and not new.trend:
            # "a minimal increase, from RM10 billion to RM10.9 billion": no rate, but a word that claims one
            # ("net profit was lower due to provisions of Rs 226 crore against Rs 82 crore": a move said before the
            # cause is the subject's; the pair after it is the cause's and says nothing of its own way)
            first = min(f.start for f in (new, *earlier))
            cause = [m.end() for m in _BECAUSE.finditer(text, start, first)]
            # ("machinery will have to be geared up to meet even this target ... in which only Rs. 44.7 billion could
            # be collected against the target of Rs.81.5 billion": a relative clause opened before the pair is its
            # own, the words before it another clause's)
            cause += [m.end() for m in _RELATIVE_CLAUSE.finditer(text, max(cause or [start]), first)][-1:]
            move = _move(text[(cause or [start])[-1]:end])
            listed = _PLACE_TO.fullmatch(text, new.clause[0], new.start)
            if not move and listed:
                # (", and in Japan to $7.298 billion from $6.262 billion": the verb said once, for the list before,
                # and the measure too, of another place)
                move = _move(text[text.rfind(". ", 0, new.clause[0]) + 1:new.clause[0]])
                told = [f for f in previous if f.is_level and not f.baseline and f.unit == new.unit
                        and f.sentence == new.sentence and _IN_A_PLACE.search(f.measure.words)]
                if told:
                    words = _IN_A_PLACE.sub(f" in {listed.group('place')}", told[-1].measure.words)
                    new.measure = Measure(key_of(words), words, told[-1].measure.entity)
                    for old in earlier:
                        old.measure = new.measure
            new.trend = {"rise": "rising", "fall": "falling"}.get(move, "")
        for change in changes:
            if change.start > max(new.end, earlier[0].end) and _BECAUSE_OR_DRIVER.search(
                    text, max(new.end, earlier[0].end), change.start):
                continue  # ("Net profit advanced to $NZ5.1m ... from $NZ2.6m, ..., largely because of a $NZ2.7m
                # increase in the value of its investment properties": the move of what drove it)
            change.link(new)
            change.link(earlier[0])
            _same_measure(change, new)
        # ("a spurt in volume by more than 3.41 times, with 236,335 shares traded, compared to 50,558 shares": the
        # multiple of the pair's later figure over its earlier one)
        # ("... from 3,818 the previous week, and is more than four times the number on December 1": a multiple of a
        # base it names itself, not of the pair)
        # (not "crude oil prices, which had more than doubled during the past year, major petroleum product sales had
        # dropped ... to 5,144 billion litres": the move of the noun a "which" aside tells of)
        for multiple in (f for f in figures if f.kind == "multiple" and not f.links
                         and not _ITS_OWN_BASE.match(text, f.end)
                         and not (_IN_A_WHICH_ASIDE.search(text, f.clause[0], f.start)
                                  and "," in text[f.end:min(new.start, earlier[0].start)])):
            multiple.link(new)
            multiple.link(earlier[0])
        return
    _percent_from_to(figures, text, sequential)
    for growth in growths:
        # "on shipments of 49.2 million units, up 69.2 per cent": the rate of the figure right before it
        before = [f for f in amounts if f.end <= growth.start and f.kind != "change"]
        if before and _RIGHT_AFTER.fullmatch(text[before[-1].end:growth.start]) and before[-1] not in earlier:
            growth.measure, growth.period = before[-1].measure, before[-1].period
            growth.link(before[-1])
    growths = [g for g in growths if not g.links]
    if earlier:
        # "a 99.2% jump from its net income of $2.63 billion": the rate is of the clause's period and measured
        # against the from-figure, a year before unless its own words say when
        for growth in growths:
            _same_measure(earlier[0], growth)
            if growth.period and _THE_SAME_PERIOD_A_YEAR_BACK.match(text, earlier[0].end):
                # ("by 23.3 percent above the Sh93.37 billion that was received in a similar period last year": the
                # rate's own period, a year back, whatever month the clause named before)
                earlier[0].period = year_before(growth.period) or earlier[0].period
            growth.link(earlier[0])
        # ("an increase of 27,068 from the 200,766 aircraft movement recorded in 2017, representing 11.48 per cent
        # increase": the amount moved from the from-figure, the figure after it plus the change; "3p lower than its
        # high of 146.48p" is a gap to a mark, no move from it)
        for change in changes:
            if not change.links and change.unit == earlier[0].unit and change.end <= earlier[0].start \
                    and re.search(r"\bfrom\b", text[change.end:earlier[0].start]):
                _same_measure(earlier[0], change)
                change.link(earlier[0])
        for old in earlier:
            old.baseline = True
            if not old.own_period or old.period == (growths[0].period if growths else ""):
                old.period = (year_before(growths[0].period) or "") if growths and _yearly(text, growths[0]) else old.period
        return
    if not growths and not changes:
        # "in 2018 the cases sharply dropped to 2,798": a move to a figure, with no rate, claims its direction
        # against the figure before (the check finds that figure: a year before, of the same measure)
        for reached in (f for f in later if not f.trend and f.is_level):
            verb = _MOVED_TO.search(text[max(reached.clause[0], reached.start - 40):reached.start])
            if verb:
                reached.trend = {"rise": "rising", "fall": "falling"}.get(_move(verb.group(1)), "")
    levels = [f for f in amounts if f.kind != "change"]
    if any(_THE_ITEM_IT_IS_FOR.search(text, f.clause[0], f.start) for f in levels):
        # ("a property tax increase of $226 per year (5.5 per cent) on an average household worth $500,000": the move is
        # of what one item pays, a level neither of the item's worth nor of the clause's total, "The approved net
        # municipal tax requirement of $134.1 million results in an increase of $226 per year ... for an average house")
        levels = []
    anchor = later[0] if later else levels[0] if len(levels) == 1 else None
    if anchor is not None:
        for growth in growths:
            reached = _reached(growth, later, anchor, growths + changes, text)
            if reached is None or growth.estimate != reached.estimate:
                continue  # "the 7.6% median expectation of the 13 economists": an estimate is the rate of no actual
            own = [f for f in levels if f not in later and reached.end <= f.start and f.end <= growth.start
                   and _ITS_OWN_MOVE_AFTER.fullmatch(text, f.end, growth.start)]
            if own:
                # ("652.8 billion yuan, up 20.3 percent year-on-year, compared with 326.28 billion yuan spent by rural
                # residents, up 21.8 percent": the rate of the figure it follows, set beside the later one)
                _same_measure(growth, own[-1])
                growth.period = own[-1].period
                growth.link(own[-1])
                continue
            if growth.start > reached.end and (_A_RATE_COMPARED.search(text, reached.end, growth.start)
                                               or _THAN_ANOTHERS_RATE.search(text, reached.end, growth.start)):
                continue  # ("to 71.73 billion U.S. dollars, compared with a 24.1-percent decline in February": the
                # rate the figure's own is compared with, another period's; "and was higher than the ASEAN's average
                # GDP growth rate of 5.2%", another's)
            if growth.start > reached.end and any(g.end <= reached.start for g in growths) \
                    and not _RIGHT_AFTER.match(text, reached.end) and not _RESTATED_MOVE.fullmatch(text, reached.end,
                                                                                                  growth.start):
                continue  # ("Imports rose 3.1% to 56.66 billion ringgit, resulting in a 1% growth in total trade": the
                # figure's rate came before it; a rate after it, no restatement, is another measure's)
            if growth.end <= reached.start and _A_MOVE_IN.match(text, growth.end) \
                    and _DROVE_ANOTHER.search(text, growth.end, reached.start):
                continue  # ("A 75.7 per cent growth in net interest income has seen the gross earnings of First HoldCo
                # hit N1.65tn": the rate of the measure its words name drove another's level, no level of its own)
            if growth.own_period and reached.own_period and growth.period != reached.period and (
                    within(reached.period, growth.period) or within(growth.period, reached.period)):
                continue  # ("hit Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3
                # percent": a rate whose own words name another period is of another figure)
            if growth.start > reached.end and _AS_ITS_OWN_CLAUSE.search(text, reached.end, growth.start):
                continue  # ("profit soars to £661m as it charges holidaymakers 11% more": the rate of what "it" did)
            if growth.end <= reached.start and _A_PARTICIPLES_OBJECT.search(text, growth.end, reached.start):
                continue  # ("earnings went up by a staggering 208 per cent ..., bringing a ray of hope to some 500,000
                # Tanzanians": what the move did, to another thing, no level the rate reached)
            if reached.unit == "count" and reached.end <= growth.start \
                    and _ON_AVERAGE_BY.search(text, reached.end, growth.start):
                continue  # ("486 brand drugs increased by an average of 5.2%": the things counted each moved, by a
                # rate averaged over them; the count did not)
            _same_measure(growth, reached)
            if growth.own_period and not reached.own_period and (
                    re.fullmatch(r"\d{4}-\d{2}-\d{2}", growth.period)
                    or growth.period_from >= 0 and _THE_STORYS_OWN.match(text, growth.period_from)):
                # ("shares are down about 1% today to $4.72": the day's move and level; "will increase by 15 percent this
                # year to 165 million": the story's own year, not the one the sentence before spoke of)
                reached.period = growth.period
            else:
                growth.period = reached.period
            growth.link(reached)  # the rate of this figure ("rising 27 percent ... to reach 101.5 million bpd")
        for change in changes:
            reached = _reached(change, later, anchor, growths + changes, text)
            if reached is None:
                continue
            if not later and change.end <= reached.start and _A_SHARE_OF.search(text, change.end, reached.start):
                continue  # ("19.5mn tons jump ... is also two-thirds of the 29mn tons (10%) growth": a part of it)
            change.link(reached)
            _same_measure(change, reached)
    for multiple in (f for f in figures if f.kind == "multiple"):
        # ("at peak times, about five minutes past midnight, it handled 256,000 transactions per second, twice as many":
        # a count of minutes, hours or days is when, no quantity a multiple compares)
        around = [f for f in amounts if f.kind != "change" and not (f.unit == "count" and _TIME_COUNTED.match(text, f.end))]
        if _TIMES_A_YEAR_BEFORE.match(text, multiple.end) or _UP_BEFORE.search(text, multiple.clause[0], multiple.start):
            # ("surged 2.4 times that of the same period last year, reaching 34.0 billion yen, exceeded the previous
            # forecast of 24.0 billion yen": a multiple of the year before's figure, which no forecast is)
            around = [f for f in around if not f.estimate and f.kind != "forecast"]
            periods = {f.period for f in around}
            if not any(f.period and year_before(f.period) in periods for f in around):
                # ("29 vessels of 0.95m gt, three times bigger than the same month of last year": the figures of
                # this year are not one another's multiple; the year before's is not given)
                # ("Tajikistan by one and a half times to 115 thousand m³": the level it moved to, after it)
                after = [f for f in around if f.start >= multiple.end][:1]
                around = after if after and _TO_THE_LEVEL_AFTER.match(text, multiple.end, after[0].start) else \
                    [f for f in around if f.end <= multiple.start][-1:] or after
        opened = text.rfind("(", 0, multiple.start)
        if opened > text.rfind(")", 0, multiple.start) and text.find(")", multiple.end) >= 0:
            # ("oil and petroleum products — $11.3 million (2.7 times), inorganic chemicals – $36.9 million (11
            # times)", "AsusTek Computer Inc., 2.7 million units, 5.5 percent share (3.1 percent share a year earlier,
            # 4.5 times)": a multiple in a bracket that gives no amount is a list item's own move over a year, of
            # figures the article does not give, not of the amounts of the items around it)
            closed = text.find(")", multiple.end)
            if not any(opened < f.start and f.end <= closed for f in around):
                continue
        if around and all(f.start > multiple.end for f in around) and \
                re.search(r"(?i)\bthan\b", text[multiple.end:around[0].start]):
            # ("This year's case count and death toll are over 10 times larger than the average annual case count
            # (2,641 cases) and death tolls (15 deaths)": every figure is what the unstated ones are compared with)
            continue
        for other in around[:2] if len(around) >= 2 else around[:1]:
            multiple.link(other)


_TIME_COUNTED = re.compile(r"(?i)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?)\b")
# "2.4 times that of the same period last year", "three times the year-earlier level": a multiple of a year before
_TIMES_A_YEAR_BEFORE = re.compile(r"(?i)\s*(?:(?:times?|-fold)\s+)?(?:(?:bigger|larger|higher|greater|more)\s+than\s+)?"
                                  r"(?:(?:that|those|the\s+level|the\s+figure)\s+)?(?:of\s+|in\s+)?"
                                  r"(?:the\s+)?(?:same\s+(?:period|quarter|month|half|time)\s+(?:of\s+|in\s+)?last\s+year|"
                                  r"(?:a\s+)?year[- ](?:ago|earlier|before)|last\s+year|previous\s+year|prior\s+year|"
                                  r"year[- ]on[- ]year|y-?o-?y\b|on\s+the\s+year)")
# "9.2 mn tons, up 1.4-fold year-on-year", "88 thousand tons, up 2.8-fold": a figure's own move over time, of a level
# the article does not give, not a ratio of the figures around it
# ("Iran by 2.3% to 104.3 thousand m³, Tajikistan by one and a half times to 115 thousand m³": "by" a multiple too)
_UP_BEFORE = re.compile(r"(?i)\b(?:up|down|by)\s+(?:by\s+)?(?:about|around|nearly|almost|over|more\s+than|some)?\s*$")
# "times to 115 thousand", "times up to 58.1 thousand": from the multiple to the level it moved to
_TO_THE_LEVEL_AFTER = re.compile(r"(?i)\s*(?:times?|-?fold)?\s*(?:up\s+)?to\s+\S{0,4}$")


# A verb that makes what comes before it the cause of what comes after
# What explains a move, before its own figures: "lower due to", "up on account of"
_BECAUSE = re.compile(r"(?i)\b(?:due|owing|thanks)\s+to\b|\bbecause\s+of\b|\bon\s+account\s+of\b|"
                      r"\bas\s+a\s+result\s+of\b")
# ", bringing a ray of hope to", ", benefiting": a participle whose object is another thing than the one moved
# (not "giving average weekly pay of £471", "bringing an average of 8.04 million barrels a day into the country": the
# level reached, the participle's own object)
_A_PARTICIPLES_OBJECT = re.compile(r"(?i),\s*(?:(?:bringing|giving|offering|providing)\s+(?:[\w'’-]+\s+){1,6}?(?:to|for)\s+"
                                   r"(?:some\s+|about\s+|nearly\s+|over\s+|around\s+)?\S{0,4}$|"
                                   r"(?:benefiting|benefitting|affecting|employing|helping|supporting)\s+[a-z])")
# "compared with a", "against a": the rate after them is the one compared with
# ("against an increase of 8.2 percent in the previous year": the move named, then its size)
# " higher than the ASEAN's average GDP growth rate of ": a rate another has, which the figure's own is set against
_THAN_ANOTHERS_RATE = re.compile(r"(?i)\b(?:higher|lower|faster|slower|more|less|greater|smaller|bigger|above|below)\s+"
                                 r"(?:than\s+)?(?:the\s+|an?\s+)?[^.;,\d]{0,60}?\b(?:rate|growth|average|increase|rise|"
                                 r"expansion|decline|fall)\s+of\s+\S{0,4}$")
_A_RATE_COMPARED = re.compile(rf"(?i)\b{_SET_AGAINST_WORD}\s+(?:an?|the)\s+"
                              r"(?:(?:increase|rise|growth|gain|jump|decline|decrease|fall|drop)\s+of\s+)?\S*$")
# ... and the words that name what drove a move: what follows them moved on its own
# ("supported mainly by a 70.3 per cent growth in interest income": an adverb may come between)
_BECAUSE_OR_DRIVER = re.compile(rf"{_BECAUSE.pattern}|(?i:\b(?:driven|helped|boosted|supported|led|fuell?ed)\s+"
                                r"(?:[a-z]+ly\s+)?by\b|"
                                r"\bon\s+the\s+back\s+of\b)")
# "per cent growth in net interest income", "% in exports": the measure a rate's own words name
_A_MOVE_IN = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?\s+(?:[a-z][\w-]*\s+)?in\s+[a-z]")
# "has seen the gross earnings ... hit", "pushed total revenue to": a move that drove another measure's figure
_DROVE_ANOTHER = re.compile(r"(?i)\b(?:has\s+|have\s+|had\s+)?(?:seen|saw|helped|pushed|lifted|drove|propelled|"
                            r"boosted|took|taken|brought)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*")
# ("Petrol is 4p below its 12-month peak of 139.65p and diesel is 3p lower than its high of 146.48p": a clause with a
# subject and a verb of its own moves its own subject, not the figure of the clause before)
# ("which was down £200m", "this is an increase of": a pronoun's clause speaks of the figure before)
_OWN_SUBJECT = re.compile(r"(?i)[\s,;]*(?:and|while|but|whereas)?\s*(?:the\s+|its\s+|their\s+)?"
                          r"(?!(?:which|that|who|it|this|these|those)\b)[a-z][\w'’-]*"
                          r"(?:\s+[a-z][\w'’-]*)?\s+(?:is|was|are|were|stood|stands|remains?|remained)\b")
# "17.2% below the peak of", "above its 2019 high of": a figure's gap to a mark, named before the mark's figure
_BELOW_A_MARK = re.compile(r"(?i)\b(?:below|above|under|short\s+of|off)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:peak|high|record|low|mark)\s+(?:of\s+)?\S{0,4}$")
# "even though", "although", "whereas": a clause of its own, set against the one before
_CONCEDED = re.compile(r"(?i)\b(?:even\s+though|although|though|whereas|but|while)\b")
# (not "raising its year-on-year earnings by 21.6%, when compared to the N2.82 billion": its own figure again)
_A_PARTICIPLE_MOVES_ANOTHER = re.compile(r"(?i),\s*helping\s+(?:to\s+)?(?:propel|push|lift|drive|boost|raise|take|bring)"
                                         r"\s+(?!its\b|their\b)(?:the\s+)?[a-z]")
# ("the two Spirits carried a monthly record of passengers – higher than when three ships operated": the time
# compared with, whose figure counts another thing)
_THAN_WHEN = re.compile(r"(?i)\bthan\s+(?:when|whenever)\b")
_MAKING_ANOTHER = re.compile(r"(?i)\b(?:making|meaning|leaving)\s+(?:a|an|the|each|every|its|their)\s+[a-z][\w-]*")
# "While the FY22 budget is record-setting, and about $21 million higher than last year's, the city's general fund
# ... decreased 1.1%, from $110.2 million to $109.1 million": a clause that opens the sentence with a concession
_OPENS_A_CONCESSION = re.compile(r"(?i)\W*(?:while|although|though|whereas|even\s+though)\b")


def _in_the_concession_before(move: Figure, pair: tuple[Figure, ...], text: str) -> bool:
    """Whether a move is told in a concession that opens its sentence, before a comma and the pair's own clause:
    the concession's subject's move, not the pair's."""
    first = min(f.start for f in pair)
    bounds = sentences(text)
    opening = bounds[move.sentence][0] if move.sentence < len(bounds) else move.clause[0]
    return move.end <= first and bool(_OPENS_A_CONCESSION.match(text, opening)) and "," in text[move.end:first]
_CAUSED = re.compile(r"(?i)\b(?:resulted|results?)\s+in\b|\b(?:led|leads?)\s+to\b|\bcaused?\b|\bcauses\b|"
                     r"\bcontribut(?:ed|es|ing)\s+to\b|\bbrought\s+about\b|\btranslated\s+into\b")


# "the market consensus of", "analysts' estimates of", "expectations of": what the market foresaw, not a budget's own
# estimate ("30 percent higher than the estimate of Rs 1.99 lakh crore" is last year's budget estimate)
_A_MARKETS_ESTIMATE = re.compile(r"(?i)\b(?:market|analysts?['’]?|economists?['’]?|street|consensus|poll|expectations?)\b"
                                 r"[^.;]{0,40}$")
# "from KES 13.71bn and KES 3.23bn in July 2024 and August 2023, respectively": the words up to "respectively"
# (a decimal point is no sentence's end: "representing 52.36 per cent and 47.63 per cent respectively")
_RESPECTIVELY = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\brespectively\b")
# "45% from two weeks ago", "up 3% over three months earlier": a rate's basis a time back, said after it
_SAID_OF_A_TIME_AGO = re.compile(r"(?i)\s*(?:per\s?cent|percent|%|pc)?\s*(?:from|over|than|since|compared\s+(?:with|to))\s+"
                                 r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                                 r"(?:days?|weeks?|months?)\s+(?:ago|earlier|before|back)\b")
# The words after a rate that measure it from a year back: "% increase from the same month a year earlier", "per cent
# year-on-year", "% over the previous year"
_SAID_OF_A_YEAR_BACK = re.compile(
    r"(?i)\s*(?:per\s?cent|percent|%|pc)?\s*(?:(?:[a-z-]+\s+){0,2}?(?:from|over|than|on|against|compared\s+(?:with|to))\s+"
    r"(?:that\s+of\s+)?(?:the\s+)?(?:same\s+(?:month|period|quarter|time|day|week)\s+(?:of\s+)?(?:a|one|last|the\s+previous)\s+year"
    r"(?:\s+(?:earlier|ago|before))?|a\s+year\s+(?:earlier|ago|before)|(?:previous|prior|last)\s+year)\b|"
    r"(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy|y/y)\b)")
# "or 5% more than 12 months ago", "higher than this time last year": how much more than a year back, said after a move
_MORE_THAN_A_YEAR_BACK = re.compile(r"(?i)\s*(?:per\s?cent|percent|%|pc)?\s*(?:more|less|higher|lower|up|down)\s+than\s+"
                                    r"(?:(?:12|twelve)\s+months\s+(?:ago|earlier|before)|(?:at\s+)?this\s+time\s+last\s+year|"
                                    r"a\s+year\s+(?:ago|earlier|before))\b")


def _one_currency(figure: Figure, other: Figure) -> bool:
    """Whether two amounts are in one unit, a sum in crore or lakh with no currency ("which stands to 1,85,776.55
    crore", "an approximately 81 lakh crore increase") taken for the other's currency when the other is counted in
    crore or lakh too, as elided_currencies will take it once the article is read."""
    return figure.unit == other.unit or figure.unit == "count" and figure.scale in _SOUTH_ASIAN_SCALES \
        and other.scale in _SOUTH_ASIAN_SCALES and _is_money(other)


def _year_before_a_part(old: Figure, new: Figure, text: str) -> bool:
    """"grew 39.5 per cent YoY to Rs 601.99 crore (Q4FY21) as compared to Rs 431.47 crore posted last year": "last
    year" beside a quarter's figure compared with is that quarter a year before, not the calendar year before the
    story's (the clause's other branch gives it year_before of the new figure's period)."""
    return old.period_from >= 0 and bool(_LAST_YEAR_WORDS.match(text, old.period_from)) \
        and bool(re.fullmatch(r"\d{4}", old.period)) and bool(re.search(r"[QH]\d|-\d{2}$", new.period))


_LAST_YEAR_WORDS = re.compile(r"(?i)(?:last year|a year (?:ago|earlier)|the previous year|the year before)\b")


def _reached(move: Figure, later: list[Figure], anchor: Figure, moves: list[Figure] | None = None,
             text: str = "") -> Figure | None:
    """The level a move ends at: "UFJ losing 2 yen, or 0.5 percent, to 421 yen, and Mizuho falling 5 yen, or 3
    percent, to 176 yen" is a list whose every move ends at the to-figure after it, not at the list's first. None
    when another move, not the same one restated ("13 percent, or $5.44"), comes between: "plunging 13 percent, or
    $5.44, in after-hours trading, having fallen 60 cents or 1.4 percent to close at $41.88" ends the 60 cents at
    $41.88, and the 13 percent starts from it."""
    reached = next((f for f in later if f.start > move.end), anchor)
    chain = move
    for other in sorted((m for m in moves or [] if move.end <= m.start and m.end <= reached.start),
                        key=lambda m: m.start):
        if not _RESTATED_MOVE.fullmatch(text[chain.end:other.start]):
            return None
        chain = other
    return reached


# "13% increase in employee benefits expense to Rs ": a rate, its move's noun and measure, and "to" the level reached
_A_MOVE_TO_THE_PAIR = re.compile(rf"(?i)\s*(?:percent|per cent|%|pc)?\s*{RATE_MOVE_NOUN}\s+in\s+(?:the\s+|its\s+|"
                                 r"their\s+)?(?:[\w'’-]+\s+){1,4}?to\s+\S{0,4}")


# ", or 5%", " (5 per cent)": a move's rate told right after its amount, or nothing
_RESTATED_RATE = re.compile(r"(?i)(?:\s*,?\s*(?:or|\()\s*(?:about|nearly|some|around)?\s*[\d.]+)?")
# between two statements of one move: "13 percent, or $5.44", "$5.44 (13 percent)"
_RESTATED_MOVE = re.compile(r"(?i)\s*,?\s*(?:or|\()\s*(?:about|nearly|some|around)?\s*\S{0,3}")


# the words that tell a figure's move right after it, once a comma or bracket sets them off: ", up", "(a rise of"
_A_MOVE_SAID = (r"\s*(?:up|down|rising|falling|growing|increasing|a rise of|an increase of|a decrease of|a decline of|"
                r"a drop of|a fall of)\s*(?:by\s*)?(?:about|around|nearly|some)?\s*")
# ... right after the figure ("49.2 million units, up"), or after its own words ("326.28 billion yuan spent by rural
# residents, up")
_RIGHT_AFTER = re.compile(rf"(?i)\s*(?:[a-z]+\s*)?[,(–-]{_A_MOVE_SAID}")
_ITS_OWN_MOVE_AFTER = re.compile(rf"(?i)[^.;\d]{{0,60}}?[,(]{_A_MOVE_SAID}")


# (a participle after the number says what happened to it: "1,798,380 recorded in the previous year"; before a noun it
# says which of them are counted: "1,528 suspected cases")
_COUNTED_NOUN = re.compile(r"\s+(?:[a-z]+ed\s+)?(?P<noun>(?!(?:in|on|at|a|an|the|last|this|during|for|per|percent|million|"
                           r"billion|thousand|trillion|crore|lakh|mn|bn|and|or|to|from|year|years|months?|"
                           # ("from 60 recorded over the 2023-24 New Year's": a participle, then a preposition)
                           r"over|under|by|with|since|across|into|through|between|among|after|before|than|"
                           # ("from the 1.07 million level of June 2023": words that name the figure, not a thing counted)
                           r"level|mark|figure|total|tally|peak|high|low|record|"
                           # ("the previous record of 138.2 million set in 2018": a participle, like those in -ed)
                           r"set|seen|hit|made|won|held|met|kept|spent|paid|sold|given|taken|grown|shown|built)\b)"
                           # ("raised from 89 IPOs": an acronym's plural counts things too)
                           r"(?![a-z]+ed\b)(?:[a-z]{3,}|[A-Z]{2,}s\b))")


# " people per game in 2008 to ", " cases in 2018 to ", " vehicles to ": a count's noun, its period, then "to" the figure
# it moved to (no verb between: not " recent cyclones rises to", nor " today to")
_ITS_NOUN_THEN_TO = re.compile(r"(?i)\s+(?!(?:today|now|yesterday|currently|this|last|next)\b)[a-z]+"
                               r"(?:\s+per\s+[a-z]+)?(?:\s+(?:in|during|for|on)\s+[^,;.]{1,25}?)?\s+to\s+\S{0,4}")


def _counts_a_thing_of_its_own(count: Figure, amounts: list[Figure], text: str) -> bool:
    """"from the 12 members hitherto bound": a count of a thing it names, so no earlier figure of the clause's count,
    unless another count of the clause, or of the sentence before, names the same thing ("stood at 1,21,381 units
    last month as compared to 1,10,214 units", "from 1.984 million ounces in 2018 to 1.588 million ounces in 2019",
    "52,084 units in May ... dipped 13 percent from 59,870 units in April")."""
    noun = _COUNTED_NOUN.match(text[count.end:count.end + 30])
    if noun is None:
        return False
    # ("97,772 deals recorded ... down from 104,297 transactions": one thing in other words)
    thing = _thing(noun.group("noun"))
    # ("falling from 32,539 people per game in 2008 to 30,338 in 2009": the noun said once, with the from-figure; the
    # to-figure after it names none of its own)
    if any(f.unit == "count" and f.clause == count.clause and f.start > count.end
           and _ITS_NOUN_THEN_TO.fullmatch(text, count.end, f.start) and not _COUNTED_NOUN.match(text[f.end:f.end + 30])
           for f in amounts):
        return False
    return not any(f.unit == "count" and f is not count and (f.clause == count.clause or f.clause[1] <= count.clause[0])
                   and (same := _COUNTED_NOUN.match(text[f.end:f.end + 30])) and _thing(same.group("noun")) == thing
                   for f in amounts)


def _thing(noun: str) -> str:
    noun = SYNONYMS.get(noun.lower(), noun.lower()).rstrip("s")
    return _COUNTED_ALIKE.get(noun, noun)


# Things counted by other names: a sale or deal of a property market is one transaction
_COUNTED_ALIKE = {"deal": "transaction", "sale": "transaction"}


# What stands between an amount and the figure it is "up from": ", up from", " compared with the", " against"
# " over Q1 (", " over the previous quarter (": a quarter's figure, in brackets, a rate is measured over
_OVER_THE_QUARTER_BEFORE = re.compile(rf"(?i)\bover\s+{_A_QUARTER_BEFORE}\s+\(\s*\S{{0,4}}$")
# "a year-on-year rise of ", "an annual increase of ": a move's noun, its size next
_A_MOVE_OF = re.compile(r"(?i)\b(?:rise|increase|growth|gain|jump|decline|decrease|fall|drop)\s+of\s+(?:about\s+|around\s+|"
                        r"nearly\s+|some\s+)?\S{0,3}$")
_UP_FROM_AFTER = re.compile(r"(?i)[\s,;(–—-]*(?:(?:up|down|rising|falling|increasing|decreasing|higher|lower)\s+)?"
                          r"(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:the|a|an|its)\s+)?\S{0,3}")

# "104,297 transactions worth RM56.53 billion": what the figure before it was worth, in another unit
_WORTH = re.compile(r"(?i)\s+(?:[a-z][\w-]*\s+){0,3}(?:worth|valued\s+at|valuing|amounting\s+to|totall?ing)\s+\S{0,4}")
# ... and after an amount, its conversion in brackets and its rate may come first: "reached 10.95 billion yuan (US$1.50
# billion), up 204.7% from 3.6 billion yuan a year earlier, on a 72.7% rise in revenue to 260.12 billion yuan"
# ("a profit of £4m for the year, down from £5.3m": the amount's own period words may stand between)
# ("the CAD$115M budget surplus—up from CAD$40M": the noun of the figure may come between, before a dash)
_AMOUNT_UP_FROM_AFTER = re.compile(r"(?i)(?:\s*\([^()]{0,40}\))?(?:(?:\s+[a-z][\w'’-]*){1,3}(?=\s*[—–]\s*(?:up|down)\s))?"
                                   r"(?:\s+(?:for|in|during|over)\s+(?:the\s+)?(?:(?:full|whole|"
                                   r"financial|fiscal)\s+)?(?:year|quarter|half|period|month|(?:19|20)\d\d(?:[/-]\d\d)?))?"
                                   r"[\s,;(–—-]*(?:(?:up|down|rising|falling|increasing|"
                                   r"decreasing|higher|lower)\s+)?(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?"
                                   r"\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)?"
                                   r"(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:the|a|an|its)\s+)?\S{0,3}")


# " on ", " across ": a figure of a pair, then what it was made on ("KSh 1.4 Billion on 40.7 Million Shares")
_MADE_ON = re.compile(r"(?i)\s+(?:on|across)\s+")


def _made_on(amounts: list[Figure], pair: tuple[Figure, ...], text: str) -> list[Figure]:
    """The amounts in another unit than the pair's that one of its figures was made on ("KSh 1.4 Billion on 40.7
    Million Shares")."""
    return [f for f in amounts if f.unit != pair[0].unit
            and any(_MADE_ON.fullmatch(text, end.end, f.start) for end in pair)]


def _amount_before(amounts: list[Figure], figure: Figure) -> Figure | None:
    """The amount of the clause said last before a figure, if any (a change is a move, not an amount moved)."""
    return max((f for f in amounts if f.end <= figure.start and f.kind != "change"), key=lambda f: f.start,
               default=None)


def _elided_unit(old: Figure, new: Figure) -> None:
    """"climbed to 1,269 million barrels per day, from 1,171 million": the from-figure's unit is the later one's;
    "to 1.155 million barrels a day from 1,175": with its scale left out too, a bare number a thousand times
    the later one is in thousands (the writer's kb/d). "increasing 5.3% from $2,357 per month to $2,481": a price's
    unit said once, with the from-figure, is the later one's too."""
    if new.unit and old.unit.startswith(f"{new.unit} per "):
        new.unit = old.unit
        return
    if old.unit and new.unit.startswith(f"{old.unit} per ") and 0 < old.start - new.end <= 40:
        old.unit = new.unit  # ("0.43p per share, up from 0.38p", right after it: the unit said once, with the later)
        return
    if old.unit not in ("", "count") or new.unit in ("", "count"):
        return
    old.unit = new.unit
    if not old.scale and new.scale == "million" and 500 <= old.scale_value / new.scale_value * 1e6 <= 2000:
        old.scale = "thousand"
    elif not old.scale and new.scale:
        old.scale = new.scale if old.scale_value < 1000 else ""


# ("a 0.87% rise in the S&P BSE Sensex": a named object; "a 10.5% increase in March" is when, no object)
_OWN_OBJECT = re.compile(r"\s*(?:rise|gain|fall|drop|increase|decline|jump|surge|growth|advance|slide)\s+(?:in|of|for)\s+"
                         r"(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Q[1-4]|H[12]|FY)\b)[A-Z]")


# "grew 12 percent, slower than the 15 percent pace of imports": a rate "than" another measure's is compared
# with it, not moved from it
_THAN_BEFORE = re.compile(r"(?i)\bthan\s+(?:the\s+|a\s+|an\s+)?\S{0,3}$")
_OF_ANOTHER = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:rise|gain|fall|drop|increase|decline|jump|surge|growth|advance|"
                         r"slide|pace|rate|expansion|contraction)\s+(?:in|of|for)\s+\w")


_AND_BEFORE = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?(?:\s+(?:in|for|during)\s+(?:the\s+)?[\w -]{1,30}?)?"
                         r"\s*,?\s+and\s+(?:the\s+)?")


def _percent_from_to(figures: list[Figure], text: str, sequential: bool = False) -> None:
    """"the share rising from 19.9 percent last year to 25.9 percent", "growth slowed to 5 percent from 6
    percent": one measure's two figures, the later linked to the earlier with the word for the move."""
    rates = [f for f in figures if f.unit == "percent" and f.kind in ("share", "growth")]
    # "7% higher ... against 0.87% rise in the S&P BSE Sensex": a benchmark's rate, not this figure's before;
    # "lower than the 7.6% median expectation": an estimate, which sentence_relations sets the figure against
    # ("made up only 19 percent of properties sold, compared to 40 percent on average": a norm, no figure before)
    earlier = [f for f in rates if _BASELINE.search(text[f.clause[0]:f.start])
               and not _OWN_OBJECT.match(text[f.end:f.end + 40]) and not f.estimate
               and not (_THAN_BEFORE.search(text[f.clause[0]:f.start]) and _OF_ANOTHER.match(text[f.end:f.end + 40]))
               and not _ON_AVERAGE.match(text, f.end)
               # ("Existing sales increased in all four regions, ranging from 8.6% in the Northeast to 2.3% in the
               # Midwest": the ends of a range across places, no move)
               and not _RANGE_FROM.search(text[max(f.clause[0], f.start - 40):f.start])]
    later = [f for f in rates if f not in earlier and re.search(r"\bto\s*(?:about|around|nearly|over)?\s*$",
                                                                text[f.clause[0]:f.start])]
    if earlier and not later:
        # "comprised 10.3% of the total, up from 9.1%": the rate before the from-figure is the later one
        later = [f for f in rates if f.start < earlier[0].start and f.kind == earlier[0].kind][-1:]
    if earlier and not later:
        # ("placed second with 85.9%, up from 84.7% in 2015": the way a pass rate moved, no rate of growth; the
        # figure right before "up from" is of the kind of the one it moved from)
        right_before = [f for f in rates if f.end <= earlier[0].start][-1:]
        if right_before and _UP_FROM_AFTER.fullmatch(text[right_before[0].end:earlier[0].start].replace("%", "")):
            if right_before[0].kind == "growth" and (
                    _A_MOVE_OF.search(text, right_before[0].clause[0], right_before[0].start)
                    or direction_in(text[right_before[0].clause[0]:right_before[0].start], "")):
                # ("with a year-on-year rise of 1%, compared to 8.3% in August": a move's size, compared with another
                # move's, the earlier figure of its kind; so too "July's food-away-from-home index rose 0.2%, compared
                # to 0.4% in both June and May")
                earlier[0].kind = "growth"
            else:
                right_before[0].kind = earlier[0].kind
            later = right_before
    if earlier and later and earlier[0].kind != later[0].kind and later[0].start > earlier[0].end \
            and re.fullmatch(r"\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+)?", text[earlier[0].end:later[0].start]):
        later[0].kind = earlier[0].kind  # ("from the July figure of 11.2 per cent to 10.5 per cent": one rate, moved)
    if not (earlier and later) or earlier[0].kind != later[0].kind:
        return
    # ("shrank to 35 per cent and 23 per cent from 37 per cent and 23 per cent a year before": two measures' pairs
    # told in parallel, each to-figure with its from-figure)
    partners = [next((f for f in rates if f.start > first.end and f.kind == first.kind
                      and _AND_BEFORE.fullmatch(text[first.end:f.start])), None) for first in (later[0], earlier[0])]
    if None not in partners and partners[0].end <= earlier[0].start:
        for new, old in ((later[0], earlier[0]), (partners[0], partners[1])):
            _same_measure(old, new)
            old.baseline = True
            if not old.own_period or old.period == new.period:
                old.period = (period_before(new.period) if sequential else year_before(new.period)) or ""
            new.link(old)
            _pair_trend(new, old, text)
        return
    old, new = earlier[0], later[0]
    _same_measure(old, new)
    old.baseline = True
    if not old.own_period or old.period == new.period:
        # ("Month-on-month, industrial production increased 0.47% in April from March, compared with a 0.64% rise the
        # previous month": the month before)
        old.period = (period_before(new.period) if sequential else year_before(new.period)) or ""
    new.link(old)
    # ("The inflation rate for the month August was down marginally by 0.4% from the July figure of 11.2 per cent to
    # 10.5 per cent": the rate said right before the pair is the pair's move, in points or relative)
    move = next((f for f in rates if f.kind == "growth" and f.end <= old.start and f.start < new.start
                 and f not in (old, new) and not f.links and _BY_A_MOVE.search(text, f.clause[0], f.start)
                 and _FROM_THE_FIGURE.fullmatch(text, f.end, old.start)), None)
    if move is not None and old.kind == new.kind == "growth":
        move.kind, move.period = "change", new.period
        _same_measure(move, new)
        move.link(new)
        move.link(old)
    # "down from the 7.9 percent in the second quarter and 18.3 percent in the first": the series goes further back
    for further in (f for f in rates if f.start > old.end and f.kind == old.kind and f not in later):
        if not _AND_BEFORE.fullmatch(text[old.end:further.start]) or not further.period:
            break
        _same_measure(further, new)
        further.baseline = True
        new.link(further)
        old = further
    _pair_trend(new, old, text)


# " percent on average", "% on an average": a norm a figure is set against
_ON_AVERAGE = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?\s*on\s+(?:an\s+)?average\b")
# "down marginally by 0.4%", "rose 0.3%": a move's size, said before the two figures it lies between
_BY_A_MOVE = re.compile(rf"(?i)\b(?:by|{'|'.join(RISE_WORDS + FALL_WORDS)})\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\S{{0,3}}$")
# " from the July figure of ", " from the old record haul of ", " from ": between a move's size and the figure it moved
# from
_FROM_THE_FIGURE = re.compile(r"(?i)\s*,?\s*from\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?\S{0,3}")


# "to $40.315 billion from $37.273 billion": a to-figure, then the figure it moved from
# "went", "was": a verb that tells a pair's move without saying which way
_A_VERB_OF_ITS_OWN = re.compile(r"(?i)\b(?:went|go(?:es)?|was|were|changed|moved|came|stood)\b")
# (" in 2012 to ": the from-figure's year said before the to-figure)
# " in 2012 ", " at the end of May ", " as of March 31, 2024 ": when a figure of a pair was, said right after it
_WHEN_SAID_AFTER = (rf"(?:(?:in|at\s+the\s+end\s+of|as\s+(?:of|at)|by|on)\s+(?:(?:{MONTHS}|May)(?:\s+\d{{1,2}})?"
                    rf"(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*)?")
_THEN_FROM = re.compile(rf"(?i)\s*{_WHEN_SAID_AFTER},?\s*from\s*\S{{0,4}}")
_THEN_TO = re.compile(rf"(?i)\s*{_WHEN_SAID_AFTER},?\s*to\s*\S{{0,4}}")
# "in the Americas": the place a measure's words end in, which the next pair of a list names anew
_IN_A_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’ -]*$")


# ", and in Japan to $": a list's next place and its to-figure, the verb left out
_PLACE_TO = re.compile(r"\W*(?:and\s+|while\s+)?(?:in|for)\s+(?:the\s+)?(?P<place>[A-Z][\w'’ -]{0,40}?)\s+to\s*\S{0,4}")


def _paired_in_turn(later: list[Figure], earlier: list[Figure], growths: list[Figure], text: str,
                    sequential: bool) -> bool:
    """"Revenue in the Americas rose to $40.315 billion from $37.273 billion, in Europe to $24.454 billion from
    $24.123 billion": pairs told in turn, each to-figure right before the figure it moved from, are pairs each of
    their own measure (the place named before each), not one figure moved from all the others. A rate whose move's
    words lead to a pair is that pair's ("on the back 13% increase in employee benefits expense to Rs 82.04 crore from
    Rs 72.74 crore")."""
    if len(later) < 2 or len(later) != len(earlier):
        return False
    pairs = list(zip(later, earlier))
    # ("Octane 92 to Rs 155 from Rs.149, Octane 95 to Rs.169 from Rs.161and Super Diesel from Rs.133 to Rs.141": a
    # pair of the list may put its from-figure first)
    if not all(new.end < old.start and _THEN_FROM.fullmatch(text, new.end, old.start)
               or old.end < new.start and _THEN_TO.fullmatch(text, old.end, new.start) for new, old in pairs) \
            or not all(max(new.end, old.end) <= min(following.start, before.start)
                       for (new, old), (following, before) in zip(pairs, pairs[1:])):
        return False
    move = _move(text[later[0].clause[0]:later[0].start])
    first = later[0].measure
    for index, (new, old) in enumerate(pairs):
        if index:
            between = text[max(pairs[index - 1][0].end, pairs[index - 1][1].end):min(new.start, old.start)]
            own_verb = bool(_move(between) or _A_VERB_OF_ITS_OWN.search(between))
            if own_verb:
                # (", the number of workers involved went from 168,950 in 2012 to 21,730": a verb of its own says
                # how this pair moved, not the first's "rose")
                move = _move(between)
            # (", in Europe to": the words between one pair and the next name the next pair's place; a clause of its
            # own, "at the end of June and wireless subscription in rural areas decreased from", names no place of
            # the first pair's measure)
            place = "" if own_verb else re.sub(r"(?i)^[\s,;]*(?:and\s+)?(?:in\s+)?(?:the\s+)?|\s+(?:to|from)\s*\S{0,4}$",
                                               "", between)
            words = (_IN_A_PLACE.sub(f" in {place}", first.words) if _IN_A_PLACE.search(first.words)
                     else f"{first.words}, {place}") if place else first.words
            new.measure = Measure(key_of(words), words, first.entity)
        old.measure, old.baseline = new.measure, True
        if not old.own_period or old.period == new.period:
            old.period = (period_before(new.period) if sequential else year_before(new.period)) or ""
        new.link(old)
        if not new.trend:
            new.trend = {"rise": "rising", "fall": "falling"}.get(move, "")
        for rate in (g for g in growths if not g.links and _A_MOVE_TO_THE_PAIR.fullmatch(text, g.end, new.start)):
            _same_measure(rate, new)
            old.measure, rate.period = new.measure, new.period
            rate.link(old)
    return True


# " killings compared to ", " murders as against ": between an item's figure and the one it is set against
_THEN_COMPARED = re.compile(r"(?i)\s*(?:[a-z][\w'’-]*\s+){0,3}?(?:as\s+)?(?:compared\s+(?:to|with)|against|versus|vs\.?)"
                            r"\s*\S{0,4}")
# "Trelawny with ": a place named right before the figure of a list's first item
_A_PLACE_WITH = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+with\s+\S{0,4}$")
# " (333.3%)": a rate in brackets right after the figure a pair is set against
_ITS_RATE_IN_BRACKETS = re.compile(r"\s*(?:(?:in|during)\s+[\w-]+\s*)?\(\s*\S{0,2}")


def _compared_in_turn(amounts: list[Figure], earlier: list[Figure], growths: list[Figure], text: str) -> bool:
    """"Trelawny with 13 killings compared to three in 2021 (333.3%), Westmoreland with 42 murders compared to 18 in
    2021 (133.3%)": a list whose items each set a figure against one of their own, and may give the move's rate in
    brackets after it, are pairs each of its item (the place named before each), not one figure set against all the
    others."""
    if len(earlier) < 2:
        return False
    pairs = []
    for old in earlier:
        new = max((f for f in amounts if f.end <= old.start and f not in earlier and f.unit == old.unit),
                  key=lambda f: f.start, default=None)
        if new is None or not _THEN_COMPARED.fullmatch(text, new.end, old.start):
            return False
        pairs.append((new, old))
    if any(b[0].start < a[1].end for a, b in zip(pairs, pairs[1:])):
        return False
    first = pairs[0][0].measure
    for index, (new, old) in enumerate(pairs):
        if not index and (named := _A_PLACE_WITH.search(text, new.clause[0], new.start)):
            # ("include Trelawny with 13 killings": the first item's place, so no item reads as the others' whole)
            words = f"{first.words}, {named.group(1)}"
            new.measure = Measure(key_of(words), words, first.entity)
        elif index:
            # (", Westmoreland with": the words between one pair and the next name the next pair's place)
            place = re.sub(r"(?i)^[\s,;]*(?:\(\s*[\d.]+\s*%\s*\)\s*[,;]?\s*)?(?:and\s+)?|\s+with\s*$", "",
                           text[pairs[index - 1][1].end:new.start])
            place = re.sub(r"(?i)^(?:in|during)\s+[\w-]+\s*(?:\([^)]*\))?[\s,;]*(?:and\s+)?", "", place).strip()
            words = f"{first.words}, {place}" if place else first.words
            new.measure = Measure(key_of(words), words, first.entity)
        old.measure, old.baseline = new.measure, True
        if new.kind == "count":
            new.kind = "level"
        if old.kind == "count":
            old.kind = "level"
        new.link(old)
        for rate in (g for g in growths if not g.links and _ITS_RATE_IN_BRACKETS.fullmatch(text, old.end, g.start)):
            rate.measure, rate.period = new.measure, new.period
            rate.link(old)
    return True


# "% increase -- ", "% rise — ": a rate, its move's noun, then a dash before the move told again in money
_THEN_IN_MONEY = re.compile(rf"(?i)\s*(?:percent|per cent|%|pc)?\s*{A_MOVE_THEN_A_DASH}\S{{0,4}}")


def move_told_again_in_money(figures: list[Figure], text: str) -> None:
    """"totals $43.58 million, which is a 14% increase -- $587,000 -- over last year": the amount set off by dashes
    after a rate is the same move in money, ending at the level the rate moved to."""
    for change in figures:
        if change.kind != "change" or change.links or not change.is_amount:
            continue
        rate = max((f for f in figures if f.kind == "growth" and f.end <= change.start), key=lambda f: f.start,
                   default=None)
        if rate is None or not _THEN_IN_MONEY.fullmatch(text, rate.end, change.start):
            continue
        by_id = {f.id: f for f in figures}
        levels = [by_id[i] for i in rate.links if i in by_id and by_id[i].is_level and not by_id[i].baseline
                  and by_id[i].unit == change.unit]
        if len(levels) == 1:
            change.measure, change.period = rate.measure, rate.period
            change.link(levels[0])
            change.link(rate)


def _pair_trend(new: Figure, old: Figure, text: str) -> None:
    """The way a rate or share moved from its earlier figure, as the words of the pair's clause say."""
    words = text[new.clause[0]:new.clause[1]].lower()
    if new.kind == "growth":
        new.trend = "slowing" if re.search(r"\b(?:slow\w*|eas\w*|decelerat\w*|moderat\w*)\b", words) else \
            "accelerating" if re.search(r"\b(?:accelerat\w*|quicken\w*|pick\w* up)\b", words) else new.trend
    else:
        # ("EBITDA margin improved to 13.1 per cent ... as compared to 7.7 per cent": a margin that improves rises; a
        # bad-loan ratio or a jobless rate that improves falls, so "improved" says nothing of other shares)
        # (the move word nearest the pair: "as raw materials prices rose ..., so gross margin on sales narrowed from
        # 63 per cent to 61 per cent" is the margin's fall)
        # ("the fiscal deficit is projected to moderate from 4.6 percent of GDP in 2023 to 4.9 percent": a deficit, a
        # debt or a jobless rate that moderates or improves falls, one that worsens or widens rises)
        margin = re.search(r"\bmargins?\b", words)
        less_is_better = not margin and LESS_IS_BETTER.search(words)
        # (not "made up": a share's verb, no move)
        # ("will help cut the wage bill to around 15% of GDP in 2022, compared to 17.4% of GDP in 2020": a verb that
        # makes a thing smaller or larger moves it too)
        rising = r"\b(?:ris\w*|rose|(?<!made )(?<!make )(?<!makes )(?<!making )up|increas\w*|grew|climb\w*|expand\w*|" \
                 r"rais(?:e|es|ed|ing)|boost\w*)\b" + \
            (r"|\bimprov\w*" if margin else "") + \
            (r"|\b(?:worsen\w*|deteriorat\w*|widen\w*)" if less_is_better else "")
        falling = r"\b(?:fell|fall\w*|down|decreas\w*|declin\w*|drop\w*|shr[iau]nk\w*|cut(?:s|ting)?|reduc\w*|" \
                  r"slash\w*|trimm\w*|lower(?:ed|ing|s))\b" + \
            (r"|\b(?:narrow\w*|contract\w*|deteriorat\w*)" if margin else "") + \
            (r"|\b(?:improv\w*|moderat\w*|narrow\w*|eas(?:e|es|ed|ing)\b)" if less_is_better else "")
        # ("Latin America's share was 48.7 percent compared with 34.6 percent in 2018 due to the declining Venezuela
        # market": the cause told after the pair moves its own subject)
        cause = _BECAUSE.search(words, max(old.end, new.end) - new.clause[0])
        if cause:
            words = words[:cause.start()]
        moves = [(m.start(), "rising") for m in re.finditer(rising, words)] + \
            [(m.start(), "falling") for m in re.finditer(falling, words)]
        # ("The change will lower the increase in the proposed property tax levy from 6% to 4.17%": a move noun a verb
        # of moving takes as its object is what moved; the verb says which way)
        for moved in _MOVED_BY_A_VERB.finditer(words):
            moves = [move for move in moves if move[0] != moved.start("noun")]
            moves.append((moved.start(), "falling" if _LOWERING.match(moved.group("verb")) else "rising"))
        before = [move for move in moves if move[0] < min(old.start, new.start) - new.clause[0]]
        # ("Apple grew 1 percent and shipped ... for 11 percent share, down from 12 percent": the word between the
        # pair is its own, before the one said of another figure)
        between = [move for move in moves if min(old.start, new.start) - new.clause[0] <= move[0]
                   < max(old.start, new.start) - new.clause[0]]
        # ("Ghana's continued falling growth ... in contrast with that of the global economy which actually improved
        # slightly from 3.0 percent in 2013 to 3.4 percent": a word of better or worse nearer the pair, which says no
        # way for this measure, is its verb; a move word before it is another subject's)
        judged = [m.start() for m in re.finditer(r"\b(?:improv\w*|worsen\w*|deteriorat\w*)", words)
                  if m.start() < min(old.start, new.start) - new.clause[0]]
        if not between and before and judged and max(judged) > max(before)[0] \
                and not any(position == max(judged) for position, _ in moves):
            return
        # ("from 17% to 18.7% and total expenditures falling from 24.2% to 21.8%": a move word after the pair and a
        # conjunction is the next subject's)
        # ("it will even out, falling to -3.1%, amid growth in total revenues from 17% to 18.7%": a move word before
        # the pair that reaches a figure of its own is that figure's)
        pair_start, pair_end = min(old.start, new.start) - new.clause[0], max(old.end, new.end) - new.clause[0]
        moves = [move for move in moves if pair_start <= move[0] < pair_end
                 or move[0] < pair_start and not _REACHES_ITS_OWN.match(words, move[0], pair_start)
                 or move[0] >= pair_end and not re.search(r"\b(?:and|while|but|whereas)\b", words[pair_end:move[0]])
                 # ("to 0.3 per cent in 2027, fully funding our increased investment": a move word after a possessive
                 # qualifies its noun, no move of the pair; "a decline of 351 basis points" is the pair's)
                 and not re.search(r"\b(?:our|its|their|his|her|your|my)\s+$", words[pair_end:move[0]])]
        before = [move for move in moves if move[0] < pair_start]
        new.trend = max(between or before or moves)[1] if moves else new.trend


# "falling to -3.1%": a move word and the figure it reached
# (a comma closing that figure's clause before the pair; not "rose to EUR722 million (US$992.24 million) or 3.5
# percent", the same move restated as the pair's share, nor "shrank to 35 per cent and 23 per cent from 37 per cent
# and 23 per cent", one move of a list of pairs)
_REACHES_ITS_OWN = re.compile(r"\w*\s+(?:to|at)\s+[-−]?\S{0,3}\d[^,;]*[,;](?![^;]*\bor\b)")


# "lower the increase", "cut its growth", "raise the proposed hike": a verb of moving, then the move noun it moves
_MOVED_BY_A_VERB = re.compile(r"\b(?P<verb>lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
                              r"slash(?:es|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?)\s+"
                              r"(?:the\s+|its\s+|their\s+|this\s+)?(?:[a-z-]+\s+)?"
                              r"(?P<noun>increase|rise|growth|hike|decrease|decline|fall|drop)\b")
_LOWERING = re.compile(r"lower|cut|reduc|trim|slash")
_MOVED_TO = re.compile(r"(?i)\b([a-z]+)\s+to\s*(?:about|around|nearly|over|almost|some)?\s*\S{0,4}$")


# "in which", "of which", "during which", "where": a relative clause opening
_RELATIVE_CLAUSE = re.compile(r"(?i)\b(?:in|of|during|for|by|under)\s+which\b|\bwhere(?:by|in)?\b")


def _within_a_thousandfold(a: Figure, b: Figure) -> bool:
    """Whether two figures are within a thousandfold of each other ("9.1 million presentations" and "7.6 million",
    not "328 presentations per 1,000 population" and "7.6 million"): a level and the one it moved from may be."""
    return a.scale_value > 0 and b.scale_value > 0 and 1 / 1000 < a.scale_value / b.scale_value < 1000


def _a_conversion_of_the_one_before(figure: Figure, amounts: list[Figure], text: str) -> bool:
    """Whether an amount restates the one right before it in another currency ("41 billion Egyptian pounds ($4.62
    billion)"), as conversions() will read it."""
    before = [f for f in amounts if f.end <= figure.start][-1:]
    return bool(before) and _converts(before[0], figure, text)


def _beside_the_markets_estimate(figure: Figure, text: str) -> bool:
    """Whether an estimate is only set beside the figure of the clause ("compared with the expectation of"), with no
    word of which is larger between the comparison and it ("higher than the market consensus of" claims one)."""
    found = _BESIDE_THE_MARKETS_ESTIMATE.search(text, figure.clause[0], figure.start)
    return figure.estimate and found is not None and not _move(found.group(0))


# The move words of a clause that says a rise or a fall happened, each way once
# (and the progressive: "rents have still been increasing with average rent ... now running at €83.60", after
# "despite ... an obvious decline in shopping centre productivity")
_A_MOVE = re.compile(r"(?i)\b(?:(?P<rise>increas(?:e[ds]?|ing)|ris(?:e|es|ing)|rose|grew|up|raised|higher|climb\w*|"
                     r"jump\w*|expand\w*|widen\w*)|(?P<fall>decreas(?:e[ds]?|ing)|declin(?:e[ds]?|ing)|fell|"
                     r"fall(?:s|ing)?|down|cut|reduced|lower|drop\w*|shr[iau]nk\w*|slump\w*|narrow\w*))\b")


def _move(words: str) -> str:
    """'rise' or 'fall' for a clause that says one happened, without a rate: the move word nearest the figures
    ("as raw materials prices rose ..., so gross margin on sales narrowed from 63 per cent to 61 per cent")."""
    found = list(_A_MOVE.finditer(words))
    return "" if not found else "fall" if found[-1].group("fall") else "rise"


def _basis(growth: Figure, earlier: list[Figure], growths: list[Figure]) -> Figure:
    """The from-figure a rate is measured against: the first after it and before the next rate
    ("43.8 per cent YoY ... from Rs 1,900 crore a year ago, 13.7 per cent from Rs 2,403 crore"), else
    the nearest before it."""
    following = [g.start for g in growths if g.start > growth.start]
    limit = following[0] if following else float("inf")
    after = [f for f in earlier if growth.start < f.start < limit]
    before = [f for f in earlier if f.start < growth.start]
    return (after or before[-1:] or earlier)[0]


def ends_before(period: str, other: str) -> bool:
    """Whether a period ends before another begins (March 2021 before December 2023)."""
    try:
        first, second = parse_period(period), parse_period(other)
    except ValueError:
        return False
    return first.end is not None and second.start is not None and first.end < second.start


def period_before(period: str) -> str:
    """The quarter, half or month before: FY2019Q3 -> FY2019Q2, 2025-08 -> 2025-07, 2025Q1 -> 2024Q4, 2025H1 ->
    2024H2; days of a month, the same days of the month before ("sales in February 1-23 ... down 16 percent from a
    month earlier": 2025-02-01/2025-02-23 -> 2025-01-01/2025-01-23)."""
    quarter = re.fullmatch(r"(FY)?(\d{4})Q([1-4])", period)
    if quarter:
        fiscal, year, n = quarter.group(1) or "", int(quarter.group(2)), int(quarter.group(3))
        return f"{fiscal}{year}Q{n - 1}" if n > 1 else f"{fiscal}{year - 1}Q4"
    half = re.fullmatch(r"(FY)?(\d{4})H([12])", period)
    if half:
        fiscal, year = half.group(1) or "", int(half.group(2))
        return f"{fiscal}{year}H1" if half.group(3) == "2" else f"{fiscal}{year - 1}H2"
    month = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if month:
        year, n = int(month.group(1)), int(month.group(2))
        return f"{year}-{n - 1:02d}" if n > 1 else f"{year - 1}-12"
    days = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:/(\d{4}-\d{2}-\d{2}))?", period)
    if days and (days.group(2) is None or days.group(1)[:7] == days.group(2)[:7]):
        return "/".join(_a_month_before(day) for day in days.groups() if day)
    return ""


def _month_or_year_after(period: str) -> str:
    """The month or year after one: 2021-08 -> 2021-09, 2021-12 -> 2022-01, 2020 -> 2021; "" for any other period."""
    month = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if month:
        year, n = int(month.group(1)), int(month.group(2))
        return f"{year}-{n + 1:02d}" if n < 12 else f"{year + 1}-01"
    return str(int(period) + 1) if re.fullmatch(r"\d{4}", period) else ""


def week_before(period: str) -> str:
    """The span of whole weeks before a span of whole weeks ("in the seven days through April 15 ..., 20 percent higher
    than the previous week": 2021-04-09/2021-04-15 -> 2021-04-02/2021-04-08), else ""."""
    days = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", period)
    if not days:
        return ""
    first, last = (dt.date.fromisoformat(day) for day in days.groups())
    length = (last - first).days + 1
    if length % 7 or not 0 < length <= 35:
        return ""
    return f"{(first - dt.timedelta(days=length)).isoformat()}/{(last - dt.timedelta(days=length)).isoformat()}"


def _a_month_before(day: str) -> str:
    """The same day of the month before (its last day, where that month is shorter)."""
    year, month, n = map(int, day.split("-"))
    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return f"{year}-{month:02d}-{min(n, calendar.monthrange(year, month)[1]):02d}"


# "raised its forecast to $1.3 billion, up from its prior outlook of $1.25 billion": what was expected before,
# of the same period (the same-period revision of a range is not drafted: the ends would pair wrongly)
_EARLIER_FORECAST = re.compile(r"(?i)\b(?:prior|previous|earlier|original|initial|old)\s+(?:\w+\s+)?(?:outlook|forecast|guidance|"
                      r"estimate|projection|target|view)s?\b")


# A forecast raised or cut: "raised its full-year revenue forecast to", "cut its outlook for 2025 to"
_REVISED_ESTIMATE = re.compile(r"(?i)\b(?:(?P<up>raised|raises|raising|lifted|lifts|increased|boosted|upped|hiked)|"
                               r"(?P<down>cut|cuts|cutting|lowered|lowers|trimmed|trims|reduced|slashed|pared))\s+"
                               r"(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:forecast|outlook|guidance|target|estimate|"
                               r"projection|view)s?\b")


_THE_SAME_PERIOD_A_YEAR_BACK = re.compile(r"(?i)[^.;,\d]{0,30}?\b(?:same|similar|corresponding|comparable)\s+period\s+"
                                         r"(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year\b")
_LAST_YEAR_AFTER = re.compile(r"(?i)[^.;,]{0,30}?\b(?:last|previous|preceding)\s+year\b")


def _a_year_after(period: str) -> str:
    """The month or quarter a year after this one ('' for any other period)."""
    found = re.fullmatch(r"(\d{4})(-\d{2}|Q[1-4])", period)
    return f"{int(found.group(1)) + 1}{found.group(2)}" if found else ""


def _a_year_long(period: str) -> bool:
    """Whether a period is twelve months (a calendar or fiscal year, however written)."""
    if re.fullmatch(r"FY\d{4}", period):
        return True
    try:
        span = parse_period(period)
    except ValueError:
        return False
    return span.start is not None and 364 <= (span.end - span.start).days <= 365


_THE_ONE_BEFORE = re.compile(r"(?i)[^.;]{0,30}?\b(?:(?:last|previous|preceding|the\s+previous)\s+(?:month|quarter)|"
                             r"a\s+(?:month|quarter)\s+(?:ago|earlier|before))\b")


# The basis a rate is told on: against the month before, or against the year before
_BASES = {"month": re.compile(rf"(?i)\bmonth[- ](?:on|over)[- ]month\b|\bm/m\b|\bmonthly\b|\bfrom\s+(?:the\s+)?"
                              rf"(?:previous|prior|preceding)\s+month\b|\bfrom\s+a\s+month\s+(?:earlier|before|ago)\b"
                              rf"|\bfrom\s+(?:{MONTHS}|May)\b(?!\s+(?:19|20)\d\d)"),
          "year": re.compile(r"(?i)\byear[- ](?:on|over)[- ]year\b|\by/y\b|\bannual(?:ly)?\b|\byearly\b|"
                             r"\bfrom\s+a\s+year\s+(?:earlier|before|ago)\b|\b(?:12|twelve)[- ]month\b")}


def _on_another_basis(text: str, earlier: Figure, later: Figure) -> bool:
    """Whether two rates are told on different bases ("fell 0.1% in December from November and eased to 6.5% on an
    annual basis": the month's change, then the year's rate), so that neither is a retreat from the other."""
    def bases(words: str) -> set[str]:
        return {basis for basis, said in _BASES.items() if said.search(words)}
    told_first = bases(text[earlier.end:later.start])
    told_after = bases(text[later.end:min(later.clause[1], later.end + 40)])
    return bool(told_first and told_after and not told_first & told_after)


def _yearly(text: str, new: Figure) -> bool:
    """Whether a from/to pair is a year apart: said so, or with no other interval named."""
    words = text[new.clause[0]:new.clause[1]].lower()
    if _EARLIER_FORECAST.search(words):
        return False  # "up from its prior outlook of $1.25 billion": an earlier forecast, of no year before
    if new.unit == "count" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", new.period) and \
            not re.search(r"\b(?:a year|last year|year-on-year)\b", words):
        return False  # "fatalities increased from 1,027 to 1,048" on a day: a running count's last tally, not a year's
    # ("compared to its five day average of 50,558 shares": an average of the days before, no year's figure)
    return not re.search(r"\b(?:(?:quarter|month|week|day) ago|sequential|month-on-month|quarter-on-quarter|previous "
                         r"(?:month|quarter|week|day|session)|[\w-]+[- ](?:day|week|session) (?:moving )?average|in (?:january|february|march|april|may|june|july|august|september|"
                         r"october|november|december))\b", words)


def _same_measure(follower: Figure, leader: Figure) -> None:
    """Two figures of one measure: the words read next to either figure name it better than a subject."""
    if follower.measure.specific and follower.measure.key and not leader.measure.specific:
        leader.measure = follower.measure
    else:
        follower.measure = leader.measure


def prior_in_brackets(figures: list[Figure], text: str) -> None:
    """"Sales revenue rises to EUR 147.7 billion (EUR 145.7 billion)": in results releases, a figure of the same
    unit in brackets right after another is its value a year before."""
    for first, second in zip(figures, figures[1:]):
        if first.unit == second.unit and first.is_level and second.is_level and not second.scale_value == 0 \
                and re.fullmatch(r"\s*\(\s*", text[first.end:second.start]) \
                and re.match(r"\s*\)", text[second.end:second.end + 3]) and not second.own_period \
                and not second.restates:  # ("Rs 1,302 crore (Rs 13.02 billion)": the figure again, rescaled)
            second.measure, second.baseline = first.measure, True
            second.period = year_before(first.period) or ""
            first.link(second)
            if not first.trend:
                first.trend = {"rise": "rising", "fall": "falling"}.get(_move(text[first.clause[0]:first.start]), "")


# " rise on the previous quarter (", " increase compared with the same month last year (": the rate's move and its
# base period, then a bracket that opens on the base period's figure
# (" on 2011/12 (a record high ", " higher than in 2008/09 (": the period named, words before the figure in the bracket)
_BASE_THEN_ITS_BRACKET = re.compile(
    r"(?i)\s*(?:rise|increase|decrease|decline|fall|drop|growth|jump|gain|(?:higher|lower|more|less)\s+than)?\s*"
    r"(?:(?:on|from|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+|(?<=than)\s+(?:in\s+)?)"
    r"(?:(?:the\s+|a\s+)?(?:same\s+(?:period|month|quarter)\s+(?:of\s+)?)?"
    r"(?:previous|preceding|prior|last)\s+(?:year|quarter|month|week)(?:\s+last\s+year)?"
    r"|(?P<label>(?:19|20)\d\d(?:[/-]\d\d)?))\s*\(\s*(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}")


def rates_with_their_base_in_brackets(figures: list[Figure], text: str, previous: list[Figure],
                                      sentence: tuple[int, int]) -> None:
    """"a total of 116,199 people ... are now on a waiting list - a 2.9% rise on the previous quarter (111,209)": the
    figure in brackets after the period a rate is measured against is the level of that period, which the level
    before the rate, of the bracket's unit, moved from. So too "there were 295,000 hospital admissions ... This
    represents a slight fall of 9% on 2011/12 (a record high 304,000), but the figure is 24% higher than in 2008/09
    (237,820)": the level the sentence before gave, each bracket of the year it names (a link to confirm)."""
    for at, rate in enumerate(figures[:-1]):
        base = figures[at + 1]
        told = _BASE_THEN_ITS_BRACKET.fullmatch(text, rate.end, base.start)
        # (a rate already read as the move to the bracket's figure, its only tie, is read again)
        if rate.kind != "growth" or rate.unit != "percent" or set(rate.links) - {base.id} or not base.is_level \
                or base.links or not told or not re.match(r"\s*\)", text[base.end:base.end + 3]):
            continue
        levels = [f for f in figures[:at] if f.is_level and f.unit == base.unit and not f.baseline]
        inferred = not levels
        if not levels and _THIS_REPRESENTS.match(text, sentence[0]):
            levels = [f for f in previous if f.is_level and f.unit == base.unit and not f.baseline
                      and f.kind != "conversion"][-1:]
        if not levels:
            continue
        level = levels[-1]
        period = _the_year_labelled(told.group("label"), level.period) if told.group("label") else \
            (period_before(level.period) if rate.basis == "sequential" else rate.basis or year_before(level.period))
        if told.group("label") and not period:
            continue
        rate.measure = base.measure = level.measure
        rate.period = level.period
        rate.link(level)
        rate.link(base)
        level.link(base)
        base.baseline = True
        base.period = period or ""
        rate.inferred = rate.inferred or inferred


def _the_year_labelled(label: str, period: str) -> str:
    """The period a year label names beside a figure's own: "2011/12" of FY2013 is FY2012, "2019" of 2021 is 2019;
    "" where the two are told differently."""
    split = re.fullmatch(r"((?:19|20)\d\d)[/-](\d\d)", label)
    if split and re.fullmatch(r"FY\d{4}", period) and (int(split.group(1)) + 1) % 100 == int(split.group(2)):
        return f"FY{int(split.group(1)) + 1}"
    return label if re.fullmatch(r"\d{4}", label) and re.fullmatch(r"\d{4}", period) else ""


# " billion with a growth of", ", marking an increase of": the words from a figure to its own rate, right after it
_RATE_TOLD_AFTER = re.compile(r"(?i)[^,.;\d]{0,25}?,?\s*(?:with|marking|reflecting|registering|recording|showing)\s+"
                              r"(?:a|an)\s+(?:growth|increase|rise|decline|decrease|drop|fall)(?:\s+rate)?\s+of\s*"
                              r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?$")
# ", with a growth rate of", " MT, marking a growth of", "(Provisional), reflecting a growth of": the move of the level
# right before, told after it
# (", an increase of 9.9 per cent": the move in apposition, no verb)
# ("worth $10.37 million an increase of 28.81%": the comma left out before the move's noun phrase)
_MOVE_TOLD_AFTER = re.compile(r"^(?:[^,.;\d]{0,25},|(?=\s+an?\s))\s*(?:(?:with|marking|reflecting|registering|recording|posting|showing|"
                              r"witnessing|logging|clocking)\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:growth|increase|rise|"
                              r"decline|decrease|drop|fall|jump|gain|expansion|contraction|dip)(?:\s+rate)?\s+of\s*"
                              r"(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?$", re.I)
# "compared to the same period last year when it was 57.57 MT", "from the previous year, which was 10.12 MT": the
# level of the year before, told after the move against it
_WHEN_IT_WAS = re.compile(r"(?i)(?:\bwhen\s+(?:it|they)|,\s*which)\s+(?:was|were|had\s+been|stood\s+at|was\s+"
                          r"recorded\s+at|were\s+recorded\s+at)\s+(?:at\s+)?$")
_THE_YEAR_BEFORE = re.compile(r"(?i)\b(?:previous|preceding|last|past)\s+(?:fiscal\s+|financial\s+)?year\b|"
                              r"\byear[- ]ago\b|\ba\s+year\s+(?:ago|earlier|before)\b|\bsame\s+(?:period|month|"
                              r"quarter)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:previous|last|preceding)\b")


def moves_told_after(figures: list[Figure], text: str) -> None:
    """"India's coal production for April 2024 reached 78.69 MT, with a growth rate of 7.41 per cent compared to the
    corresponding period in the previous year, which was 73.26 MT": the rate is the level's move, and the figure
    after "which was" its level a year before, the baseline both are read against ("reached 85.10 MT up by 6.07 per
    cent compared to the same period last year when it was recorded at 80.23 MT")."""
    for level, move in zip(figures, figures[1:]):
        if not (level.is_level and not level.baseline and move.kind == "growth" and move.unit == "percent"):
            continue
        if _MOVE_TOLD_AFTER.match(text[level.end:move.start]):
            move.measure = level.measure
            move.link(level)
        elif move.measure.key != level.measure.key or re.search(r"[.;]", text[level.end:move.start]):
            continue
        before = next((f for f in figures if f.start > move.start), None)
        between = text[move.end:before.start] if before else ""
        if before is not None and before.is_level and before.unit == level.unit and _WHEN_IT_WAS.search(between) \
                and _THE_YEAR_BEFORE.search(between) and not re.search(r"[.;]", between) and year_before(level.period):
            before.measure, before.baseline, before.period = level.measure, True, year_before(level.period)
            level.link(before)
            move.link(before)


# "by 9.2% in March to US$54.99 billion, down from the record monthly deficit of US$60.57 billion": the rate's level,
# then the move to it set off by a comma (the level's words between, no clause or sentence break)
_TO_ITS_LEVEL_SET_OFF = re.compile(r"(?i)[^,.;:]{0,40}?\bto\s+\S{0,4}\d(?:[\d.,]*\d)?[^,.;:\d]{0,30},\s*"
                                   r"(?P<way>down|up)\s+from\b")


def rates_told_no_way(figures: list[Figure], text: str) -> None:
    """"the trade deficit [narrowed] by 9.2% in March to US$54.99 billion, down from the record monthly deficit of
    US$60.57 billion": a rate with no word of its own saying which way it went moved as the set-off move to its level
    says, not up by default (register.py reads a rate with no way as a rise)."""
    for rate, level in zip(figures, figures[1:]):
        if rate.kind != "growth" or rate.unit != "percent" or rate.direction or not level.is_level:
            continue
        found = _TO_ITS_LEVEL_SET_OFF.match(text, rate.end)
        if found is None or not found.start("way") > level.end > level.start > rate.end:
            continue
        at = value_at(rate.quote, rate.value)
        if not direction_in(rate.quote[:at], rate.quote[at + len(rate.value):]):
            rate.direction = "fall" if found.group("way").lower() == "down" else "rise"


# "more than the set target of Rs", "compared to the target of Rs", "while the target was Rs", "had aimed to collect
# Rs": the plan the actual is measured against
_THE_PLAN_BEFORE = re.compile(rf"(?i)\b(?:{PLAN}|aimed|planned)\b(?:\s+[\w-]+){{0,3}}?\s+(?:of|was|were|is|at|to\s+"
                              rf"(?:collect|raise|spend|earn|produce|sell))\s+\S{{0,4}}$")
# "was 19 per cent higher at", "over 15 per cent more than", "2.87 per cent off the mark", "3.4 per cent less at"
_AGAINST_IT = re.compile(r"(?i)\s*(?:per\s?cent|percent|%|pc)?\s*(?P<way>higher|more|above|over|less|lower|below|short|"
                         r"off\s+the\s+mark)\b")


_THAN_A_PLAN = re.compile(rf"(?i)\s+than\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){{0,2}}?(?:{PLAN}|objectives?|plans?)\b")


def rates_against_the_plan(figures: list[Figure], text: str) -> None:
    """"revenue collection under customs tariff stood at Rs 55.45 billion, over 15 per cent more than the set target
    of Rs 48.18 billion", "the target was Rs 4.67 billion ..., the actual collection was 5.18 per cent higher at Rs
    4.92 billion": a rate of how far the actual is from its plan, of one period, both figures linked to it (a
    relative difference, not a growth over time)."""
    plans = [f for f in figures if f.is_amount and f.kind in ("level", "forecast") and f.unit != "count"
             and _THE_PLAN_BEFORE.search(text, max(f.clause[0] - 40, f.start - 60), f.start)]
    for rate in (f for f in figures if f.kind in ("growth", "share") and f.unit == "percent"):
        way = _AGAINST_IT.match(text, rate.end)
        if way and not plans and rate.kind == "growth" and _THAN_A_PLAN.match(text, way.end()):
            # "about 5% higher than its objective": how far from a plan the article does not give, no growth over
            # time of the measure (a measure of its own)
            rate.measure = Measure(rate.measure.key | {"against-plan"}, f"{rate.measure.words}, against the plan",
                                   rate.measure.entity)
            continue
        if not way or not plans or rate.kind == "share" and not rate.kind_guessed and not way.group("way").startswith("off"):
            continue
        actuals = [f for f in figures if f.is_level and f not in plans and f.unit == plans[0].unit and f.kind != "conversion"]
        # the actual the rate is "at" ("higher at Rs 43.88 billion"), else the nearest before it, else the first after
        # it ("39.22 per cent higher than the target of Rs 7.02 billion and stood at Rs 9.77 billion")
        actual = next((f for f in actuals if f.start > rate.end and re.fullmatch(r"\s*(?:per\s?cent|percent|%|pc)?\s*"
                       r"(?:higher|more|less|lower|above|below)\s+(?:at|to)\s+\S{0,4}", text[rate.end:f.start])), None) \
            or next((f for f in reversed(actuals) if f.end <= rate.start), None) \
            or next((f for f in actuals if f.start > rate.end), None)
        plan = min(plans, key=lambda p: abs(p.start - rate.start))
        if actual is None or actual.unit != plan.unit:
            continue
        plan.period, plan.baseline = actual.period, False
        rate.kind, rate.period, rate.measure = "growth", actual.period, actual.measure
        rate.links.clear()
        actual.links.pop(plan.id, None)
        plan.links.pop(actual.id, None)
        rate.link(actual)
        rate.link(plan)
        falls = way.group("way").lower() in ("less", "lower", "below", "short") or way.group("way").lower().startswith("off")
        rate.direction = "fall" if falls else "rise"


# "a performance rate of 102.0%", "an exceptional 109.2% performance rate", "an achievement of 96 per cent": the
# share of its plan an actual reached
_PERFORMANCE = re.compile(r"(?i)\b(?:performance|achievement|attainment)(?:\s+(?:rate|level|ratio))?\b")


def performance_rates(figures: list[Figure], text: str) -> None:
    """"Trade taxes contributed Sh51,737.92 billion against a target of Sh50.739 billion, ... and a performance rate
    of 102.0%", "recorded an exceptional 109.2% performance rate by collecting Sh33.408 billion against a target of
    Sh30.602 billion": a performance rate is the actual over its plan, both in the sentence, the actual set against
    the plan; the plan is of the actual's period."""
    for share in (f for f in figures if f.kind == "share" and f.unit == "percent" and not f.links):
        near = text[max(share.clause[0], share.start - 40):min(share.clause[1], share.end + 40)]
        if not _PERFORMANCE.search(near):
            continue
        # ("Sh51,737.92 billion against a target of": the actual, then the plan set against it)
        pairs = [(actual, plan) for actual, plan in zip(figures, figures[1:])
                 if actual.is_amount and plan.is_amount and actual.unit == plan.unit and actual.kind != "conversion"
                 and (said := _AGAINST_THE_PLAN.search(text, actual.end, plan.start))
                 and not text[actual.end:said.start()].strip(" ,")]
        if len(pairs) != 1:
            continue
        actual, plan = pairs[0]
        plan.period, plan.baseline = actual.period, False
        share.period = actual.period
        share.link(actual)
        share.link(plan)


def plans_named_by_their_actuals(figures: list[Figure], text: str) -> None:
    """"revenue was GH¢14,975 million (11.2% of GDP) against a target of GH¢14,205 million": a plan set against an
    actual, the words naming no measure of their own, is the plan of the actual's measure and period ("revenue,
    target"), so the plans make a balance of their own as the actuals do (a deficit target of revenue and spending
    targets)."""
    for plan in figures:
        said = _AGAINST_THE_PLAN.search(text, max(plan.clause[0], plan.start - 60), plan.start)
        if not said or not plan.is_amount or plan.kind == "conversion" or _unnumbered_words(plan.measure) - _PLAN_WORDS_KEY:
            continue
        actual = next((f for f in reversed(figures) if f.end <= plan.start and f.is_amount and f.unit == plan.unit
                       and f.kind in ("level", "count") and not f.estimate and f.measure.key), None)
        if actual is None or actual.sentence != plan.sentence:
            continue
        plan.measure = Measure(actual.measure.key | {"target"}, f"{actual.measure.words}, target", actual.measure.entity)
        plan.period = plan.period or actual.period


# The words a plan's own measure may hold and still name nothing ("a target", "the budget estimate")
_PLAN_WORDS_KEY = frozenset({"target", "targets", "a", "the", "its", "budget", "budgeted", "estimate", "estimates",
                             "goal", "projection", "projections", "be"})


def _unnumbered_words(measure: Measure) -> set[str]:
    """A measure's words without the "#2" that `distinguish` numbers a repeated measure by."""
    return {w for w in measure.key if not w.startswith("#")}


# "surpassed the collection target by 12%", "missed its goal by 3 per cent": how far the actual is from its plan
_BEAT_THE_PLAN_BY = re.compile(rf"(?i)\b(?P<verb>surpass\w*|exceed\w*|beat(?:s|ing)?|overshot|overshoot\w*|outstrip\w*|"
                               rf"topp\w*|miss\w*|fell\s+short\s+of|falls?\s+short\s+of|undershot)\s+(?:the|its|their)\s+"
                               rf"(?:[\w-]+\s+){{0,2}}?(?:{PLAN}|objectives?)\s+by\s+(?:about\s+|nearly\s+|over\s+)?\S{{0,3}}$")


def rate_over_the_plan(figures: list[Figure], text: str) -> None:
    """"it has surpassed the collection target by 12% in November totalling up to P40.239 Billion ... whereas the
    revenue target set was P36.450 Billion": a rate by which the actual beat (or missed) its plan is the actual's
    relative gap to the plan, the one plan figure of its unit and period in its sentence or the next, not a growth
    over the year before; the sentence's amount is the actual, whatever the word "target" made it."""
    for rate in (f for f in figures if f.unit == "percent" and f.kind in ("growth", "share") and not f.baseline):
        said = _BEAT_THE_PLAN_BY.search(text, max(rate.clause[0], rate.start - 80), rate.start)
        if not said:
            continue
        actuals = [f for f in figures if f.sentence == rate.sentence and f.is_amount and f.unit not in ("count", "percent")
                   and f.kind != "conversion" and not _THE_PLAN_BEFORE.search(text, max(f.clause[0] - 40, f.start - 60),
                                                                                 f.start)]
        if len(actuals) != 1:
            continue
        actual = actuals[0]
        plans = [f for f in figures if f is not actual and f.unit == actual.unit and f.is_amount
                 and (f.kind == "forecast" or f.estimate) and f.period == actual.period
                 and f.sentence in (rate.sentence, rate.sentence + 1)
                 and re.search(rf"(?i)\b(?:{PLAN})\b", f"{f.measure.words} {text[max(f.clause[0], f.start - 60):f.start]}")]
        if len(plans) != 1:
            continue
        actual.kind, actual.estimate = "level", False
        # (the actual's measure against its plan: no move from the year before, which the article may give too)
        rate.kind, rate.period = "growth", actual.period
        rate.measure = Measure(actual.measure.key | {"against-plan"}, f"{actual.measure.words}, against the plan",
                               actual.measure.entity)
        rate.links.clear()
        rate.link(actual)
        rate.link(plans[0])
        rate.direction = "fall" if said.group("verb").lower().startswith(("miss", "fell", "fall", "under")) else "rise"
        rate.inferred = plans[0].sentence != rate.sentence


# "(431,000 to 782,000)", "(from 5.8 million to 6.3 million)", "(50.6 million to 54.8 million)": a move's two ends in
# brackets, said after its rate
_PAIR_OPENS = re.compile(r"\(\s*(?:from\s+)?(?:about\s+|around\s+|nearly\s+)?\S{0,4}$")
_PAIR_TO = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:to|–|-)\s*(?:about\s+|around\s+|nearly\s+)?\S{0,4}")
_PAIR_CLOSES = re.compile(r"\s*(?:[a-z]+\s*){0,2}\)")
# the rate right before the bracket: "a rise of 81 per cent (", "nearly 44 per cent (from", "74 per cent ("
# ("an overall growth of nearly 30 per cent for hospital admissions (": the rate's measure between)
_RATE_BEFORE_PAIR = re.compile(r"(?i)\s*(?:percent|per cent|%|pc|pct)?\s*(?:(?:for|in|of|on)\s+(?:[\w'’-]+\s+){0,4}?)?"
                               r"(?:[,–—-]\s*)?")


def bracketed_moves(figures: list[Figure], text: str) -> set[int]:
    """"a rise of 81 per cent (431,000 to 782,000) and 74 per cent (181,000 to 315,000)": each bracket holds the
    figure a rate's move started from and the one it reached, the rate's own pair, however many the clause holds.
    Returns the ids of the figures so paired (the clause's other readings leave them be)."""
    paired: set[int] = set()
    for first, second in zip(figures, figures[1:]):
        if id(first) in paired or not (first.is_level and second.is_level and first.unit == second.unit) \
                or not _PAIR_OPENS.search(text, max(first.clause[0], first.start - 12), first.start) \
                or not _PAIR_TO.fullmatch(text, first.end, second.start) or not _PAIR_CLOSES.match(text, second.end):
            continue
        opening = text.rfind("(", 0, first.start)
        # (a percentage said right before the pair is its move, whatever else its words made it: "and 74 per cent
        # (181,000 to 315,000) respectively")
        rate = next((f for f in reversed(figures) if f.unit == "percent" and f.kind in ("growth", "share")
                     and f.end <= opening and _RATE_BEFORE_PAIR.fullmatch(text, f.end, opening)), None)
        first.baseline, first.measure = True, second.measure
        if first.period == second.period:
            first.period = ""  # (its own period is not the later one's; the sentence may name when elsewhere)
        second.link(first)
        paired |= {id(first), id(second)}
        if rate is not None:
            rate.kind, rate.measure, rate.period = "growth", second.measure, second.period
            rate.link(second)
            rate.link(first)
            paired.add(id(rate))
    return paired


# "Rs4,167 billion ... against the assigned target of Rs3,994 billion, reflecting an increase of Rs173 billion": the
# words from the figure set against to the change between the two
_THE_GAP_BETWEEN = re.compile(r"(?i)[^.;]{0,80}?[,;(–—-]\s*(?:(?:thus|so|thereby)\s+)?(?:reflecting|showing|registering|"
                              r"marking|recording|posting|indicating|witnessing|which\s+(?:is|was|reflects|shows)|"
                              r"a|an)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:increase|decrease|rise|growth|decline|drop|fall|"
                              r"jump|gain|surplus|shortfall|gap|difference|excess)\s+of\s+(?:about|around|nearly|over|"
                              r"some|almost)?\s*\S{0,4}")
_SET_AGAINST = re.compile(rf"(?i)\b(?:as\s+)?{_SET_AGAINST_WORD}\s+[^.;\d]{{0,60}}$")


def changes_between(figures: list[Figure], text: str) -> None:
    """"collected Rs4,167 billion ... against the assigned target of Rs3,994 billion, reflecting an increase of Rs173
    billion", "stood at Rs386 billion in May 2021 against Rs229 billion ..., showing an increase of Rs157 billion":
    the change is the first figure less the one set against it (the change check orders the two)."""
    for new, old, change in zip(figures, figures[1:], figures[2:]):
        if _a_change_and_its_pair(change, new, old) and _SET_AGAINST.search(text, new.end, old.start) \
                and _THE_GAP_BETWEEN.fullmatch(text, old.end, change.start):
            _link_the_gap(change, new, old)


# " increase in their local portion property tax this year, from ", then _THEN_TO: a change, then the pair it is between
_WORDS_THEN_FROM = re.compile(r"(?i)[^.;\d]{0,80}?\bfrom\s+(?:about\s+|around\s+)?\S{0,4}")


def change_then_its_pair(figures: list[Figure], text: str) -> None:
    """"will see an $80.77 increase in their local portion property tax this year, from $1,135.84 to $1,215.61": an
    amount of change, then the two figures it is the gap between, from the first to the second."""
    for change, old, new in zip(figures, figures[1:], figures[2:]):
        if _a_change_and_its_pair(change, new, old) and _WORDS_THEN_FROM.fullmatch(text, change.end, old.start) \
                and _THEN_TO.fullmatch(text, old.end, new.start):
            _link_the_gap(change, new, old)


def _a_change_and_its_pair(change: Figure, new: Figure, old: Figure) -> bool:
    """An amount of change no link ties yet, and two amounts of its unit that are no changes themselves."""
    return change.kind == "change" and not change.links and change.unit not in ("percent", "pp") \
        and new.unit == old.unit == change.unit and new.is_amount and old.is_amount \
        and "change" not in (new.kind, old.kind)


def _link_the_gap(change: Figure, new: Figure, old: Figure) -> None:
    """The change is the gap from `old` to `new`, of `new`'s measure (the later figure first, as the check reads it)."""
    change.link(new)
    change.link(old)
    change.measure = new.measure


# "Registering a growth of 10.7%, the company's revenue ...": a move told in a phrase that opens the sentence
_OPENING_MOVE = re.compile(r"\s*(?:Registering|Recording|Posting|Witnessing|Showing|Marking|Logging|Clocking|Reporting)\s+"
                           r"(?:an?\s+)?(?:[\w-]+\s+)?(?:growth|increase|rise|jump|decline|decrease|drop|fall|dip)"
                           r"(?:\s+rate)?\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?\S{0,3}$")


def rate_opening_the_sentence(figures: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"Registering a growth of 10.7%, the company's revenue from operations stood at ₹1,131.47 crore as against
    ₹1,186.59 crore in the same period last year": the rate of the phrase that opens the sentence is the move of the
    level its main clause gives, measured against that level's own figure before."""
    if len(figures) < 2 or figures[0].kind != "growth" or figures[0].links \
            or not _OPENING_MOVE.fullmatch(text, sentence[0], figures[0].start) \
            or not re.match(r"\s*(?:%|per\s?cent|percent)?\s*,", text[figures[0].end:figures[0].end + 12]):
        return
    level = next((f for f in figures[1:] if f.is_level and not f.baseline), None)
    if level is not None:
        rate = figures[0]
        rate.measure, rate.period = level.measure, level.period
        rate.link(level)


def rate_after_its_baseline(figures: list[Figure], text: str) -> None:
    """"... increased by 7 percent to 10,262 GWh ..., however, in comparison with the generation of 12,487 GWh, in
    September 2024, it has declined by almost 18 percent": a rate said after the figure compared with, in a clause of
    its own, is the move from that figure to the one linked to it, measured against the period compared with."""
    for index, rate in enumerate(figures):
        if rate.kind != "growth" or rate.links or index == 0:
            continue
        before = figures[index - 1]
        if any(f.clause == rate.clause and f.is_amount for f in figures[index + 1:]) \
                or _OWN_OBJECT.match(text, rate.end) or _BECAUSE_OR_DRIVER.search(text, before.end, rate.start) \
                or _CONCEDED.search(text, before.end, rate.start) or _FOLLOWED.search(text, before.end, rate.start):
            # ("helped by a 14% increase in revenues to 53.96 billion shillings", "a 62.5 percent increase of
            # Non-performing loans ratio from 1.44 percent", "supported mainly by a 70.3 per cent growth in interest
            # income", "while same-store sales ... declined 8.3 percent": a move of its own; so is the next item's,
            # "from $57.3 billion in September 2023, followed by a 4.6% drop at electronics and appliance stores")
            continue
        if not (before.baseline and before.is_level and before.own_period and before.period
                and before.period != rate.period):
            return
        if _SAID_OF_A_YEAR_BACK.match(text, rate.end) and before.period != year_before(rate.period):
            continue  # ("an 11.6% increase from the same month a year earlier" after November's figure)
        if _SAID_OF_A_TIME_AGO.match(text, rate.end) and not _SAID_OF_A_TIME_AGO.match(text, before.end):
            continue  # ("and has dropped 45% from two weeks ago" after Monday's figure)
        new = next((f for f in figures[:index - 1] if before.id in f.links and f.is_level and f.period == rate.period),
                   None)
        if new is not None:
            rate.measure = new.measure
            rate.link(new)
            rate.link(before)
            if before.period != year_before(rate.period):
                rate.basis = before.period


_MOVE_WORDS = frozenset(RISE_WORDS + FALL_WORDS)


def rate_before_its_baseline(figures: list[Figure], text: str) -> None:
    """"booked a net profit of 1.01 billion euros ($1.28 billion) in the period from January to March, a rise of 59.8
    percent over the year earlier figure of 632 million euros": a rate with no level of its own, whose words run on
    to the figure the level before it was compared with ("over", "from", "compared with"), is the move between the
    two."""
    for index, rate in enumerate(figures):
        if rate.kind != "growth" or rate.unit != "percent" or rate.links:
            continue
        base = next((f for f in figures[index + 1:] if f.kind != "conversion"), None)
        if base is None or not (base.baseline and base.is_level):
            continue
        start = figures[index - 1].end if index else 0
        if not _BASELINE.search(text[max(start, rate.start - 40):base.start]):
            continue
        # (the level is the amount right before the rate, no other thing named between: "(1.45 per cent higher in
        # rupee terms)" after the dollar level's own rate, or "helping to propel cumulative four-month inflows by 23.3
        # percent above" after April's, is another move)
        before = next((f for f in reversed(figures[:index]) if f.kind not in ("conversion", "date")), None)
        if before is None or key_of(text[before.end:rate.start]) - _MOVE_WORDS:
            continue
        new = [f for f in figures[:index] if base.id in f.links and f.is_level and f.unit == base.unit and f is before]
        if len(new) == 1:
            rate.measure = new[0].measure
            rate.link(new[0])
            rate.link(base)


# "a 4.6% drop at electronics and appliance stores, where sales totaled": the move noun, the thing it is of after
# "at" or "in", and a relative clause that gives that thing's figures
_MOVE_AT_WHERE = re.compile(rf"(?i)\s*(?:percent\s+|per\s+cent\s+)?{RATE_MOVE_NOUN}\s+(?:at|in|for|among)\s+"
                            r"[^.;$€£¥\d]{1,90}?,\s*where\s+")


def rate_of_the_pair_where(figures: list[Figure], text: str) -> None:
    """"followed by a 4.6% drop at electronics and appliance stores, where sales totaled $7.4 billion, down from $7.8
    billion and a 3.5% drop at sporting goods ..., where sales totaled $8.2 billion": a rate told as a move noun of a
    thing, then a relative clause with a pair of that thing's levels, is the move between them (not the pair's
    before it, nor the pair's the next item gives)."""
    for index, rate in enumerate(figures):
        found = _MOVE_AT_WHERE.match(text, rate.end)
        if rate.kind != "growth" or rate.unit != "percent" or rate.links or not found:
            continue
        new = next((f for f in figures[index + 1:] if f.kind != "conversion"), None)
        if new is None or not new.is_level or new.start < found.end():
            continue
        old = [f for f in figures if f.id in new.links and f.is_level and f.unit == new.unit and not new.links[f.id]]
        if len(old) == 1:
            rate.measure = new.measure
            rate.link(new)
            rate.link(old[0])


def rescaled(figures: list[Figure], text: str) -> None:
    """"Rs 1,302 crore (Rs 13.02 billion)": the figure before, in brackets, in another scale of its unit (to within
    1 %, as a writer converting by hand may cut digits): that figure stated again, of its measure and period, and
    no figure of its own that a move could run from or to. So is one whose digits agree but whose scale is a
    thousandfold off, "Rs.26,760 crore (Rs.267 million)", or, after "or", a power of ten off, "197.3 million dollars
    or 1.97 billion dollars": the restatement's check shows the slip."""
    for first, second in zip(figures, figures[1:]):
        between = text[first.end:second.start]
        # (after "or", only a slip: "17,59,881 or 1.75 million units, up 10 per cent on the 16,06,870 units or 1.60
        # million units it sold in FY2023" is read by the clause's pairs, each figure its own statement)
        # ("averaging nine million viewers (9,015,000 vs. 6,417,000)": the noun counted, then the figure in full)
        bracketed = _BRACKET_OPENS.fullmatch(between) or _NOUN_THEN_BRACKET.fullmatch(between) \
            and not _OF_ANOTHER_PERIOD.match(text, second.end)
        slips = (0, 3, -3) if bracketed else (-3, -2, -1, 1, 2, 3) if _OR_OPENS.fullmatch(between) else ()
        if first.unit and second.unit == first.unit and second.scale != first.scale and first.is_amount \
                and second.is_amount and not first.restates and first.scale_value \
                and any(abs(second.scale_value * 10 ** slip - first.scale_value) <= 0.01 * abs(first.scale_value)
                        for slip in slips):
            second.kind, second.measure, second.period = first.kind, first.measure, first.period
            second.restates = first.id


# " TEUs (": the noun a count counts, then a bracket opening
_NOUN_THEN_BRACKET = re.compile(r"\s+([A-Za-z][\w-]*)\s*\(\s*")


def _counted_again_in_brackets(count: Figure, figures: list[Figure], text: str) -> bool:
    """"632,455 TEUs (349,792 containers)": a count in brackets right after a count of other things is the same
    volume counted in another unit, no figure of the clause's moves (its pairs are the first unit's)."""
    before = [f for f in figures if f.end <= count.start][-1:]
    if count.unit != "count" or not before or before[0].unit != "count":
        return False
    opened = _NOUN_THEN_BRACKET.fullmatch(text, before[0].end, count.start)
    own = _COUNTED_NOUN_AFTER.match(text, count.end)
    return bool(opened and own and _thing(own.group(1)) != _thing(opened.group(1)))


_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:[A-Za-z]{1,3}\.?\s?)?")
# "(5.02 million a year earlier)", "(4.9 million in 2019)": a bracketed figure of another period, no restatement
_OF_ANOTHER_PERIOD = re.compile(r"(?i)\s*(?:[a-z]+\s+){0,2}?(?:a\s+year|in\s+(?:19|20)\d\d|last|the\s+(?:previous|prior|"
                                r"same)|a\s+month|earlier|ago|before)\b")
_OR_OPENS = re.compile(r"(?i)\s*[\w ]{0,12}?,?\s+or\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?"
                       r"(?:[A-Z]{1,3}\.?\s?|[$€£¥₹])?")


def _converts(first: Figure, second: Figure, text: str) -> bool:
    """Whether an amount right after another restates it in another currency ("900 billion yuan (about 126.7 billion
    U.S. dollars)", "Rs 7,000 crore, or $850 million")."""
    # ("from 22 to 25 Israeli shekels ($6 to $7)": a range restated from its upper end on)
    return bool(first.unit and second.unit and first.unit != second.unit and _is_money(first) and _is_money(second)
                and _CONVERSION_GAP.match(text[max(first.end, first.upper_end):second.start]))


def conversions(figures: list[Figure], text: str) -> None:
    """"900 billion yuan (about 126.7 billion U.S. dollars)", "Rs 7,000 crore, or $850 million"."""
    for first, second in zip(figures, figures[1:]):
        if _converts(first, second, text) and first.kind != "conversion":
            # (a conversion restates its amount, however that is hedged; only "(about 126.7 billion U.S. dollars)" says
            # the conversion itself is rough)
            second.kind = "conversion"
            second.qualifier = "about" if second.qualifier == "about" else "exact"
            second.measure, second.period = first.measure, first.period
            second.link(first)


# "In dollar terms, the value of exports in 2017 was USD 726.76", "In terms of dollar, ...", "In US dollar terms, the
# remittance inflow grew by 17.7 per cent to reach 1 billion 730 million US dollars": the phrase says the amount after
# it restates, in the currency it names, one told before in another
_IN_CURRENCY_TERMS = re.compile(
    r"(?i)\bin\s+(?:terms\s+of\s+(?:the\s+)?)?(?:(?:US|U\.S\.|American)\s+)?(?P<currency>dollar|rupee|yuan|renminbi|"
    r"euro|naira|rand|peso|ringgit|baht|pound|yen|cedi|shilling)s?(?P<terms>\s+terms)?\b")


def _without_terms(key: frozenset[str]) -> frozenset[str]:
    """A measure's words without the currency it is told in ("the revenues (in USD terms)" is "the revenues")."""
    return frozenset(word for word in key if not (word.startswith("in ") and word.endswith(" terms"))
                     and word != "terms" and word not in CURRENCY_WORDS)


# A name in the text: a capitalised word, which a sentence's first word need not be
_NAME = re.compile(r"\b[A-Z][A-Za-z&-]+")


def _names_someone_new(text: str, told: Figure, figure: Figure, spans: list[tuple[int, int]]) -> bool:
    """Whether the amount, told in another paragraph than the one it restates, is of someone that paragraph does not
    name: the first word of its own paragraph, or a name in its sentence before it ("Mphasis reported ... In rupee
    terms, the company's revenue", a paragraph after LTIMindtree's dollar revenue, is another company's figure; "Exports
    from north India touched ..." names no one new)."""
    if text.count("\n", told.start, figure.start) == 0:
        return False
    told_paragraph = text[text.rfind("\n", 0, told.start) + 1:(text.find("\n", told.end) + 1 or len(text) + 1) - 1]
    known = {word.lower() for word in re.findall(r"[\w&-]+", told_paragraph)}
    opening = _NAME.match(text, text.rfind("\n", 0, figure.start) + 1)
    # (a paragraph's first word is a name when the text never prints it in lower case: "Mphasis", not "In" or "Exports")
    if opening and re.search(rf"\b{re.escape(opening.group(0).lower())}\b", text):
        opening = None
    sentence_start = next(start for start, end in spans if start <= figure.start < end)
    names = [found.group(0) for found in _NAME.finditer(text, sentence_start + 1, figure.start)
             if found.group(0) not in CURRENCIES and found.group(0) not in MONTHS.split("|")]
    return any(name.lower() not in known for name in names + ([opening.group(0)] if opening else []))


def restated_in_another_currency(figures: list[Figure], text: str) -> None:
    """"Tea Board said the value of exports was Rs 4731.66 crore ... In terms of dollar, the value of exports in 2017
    was USD 726.76": the first amount after "in dollar terms" in its sentence, in that currency, restates the nearest
    amount before it of the same measure and period in another currency; linked as its conversion (the conversion
    check reads the two as one), each keeping its own kind, so its rate and its year before are still checked."""
    spans = sentences(text)
    for index, figure in enumerate(figures):
        if not (_is_money(figure) and figure.kind in ("level", "forecast")):
            continue
        phrase = None
        for found in _IN_CURRENCY_TERMS.finditer(text, spans[figure.sentence][0], figure.start):
            if found.group("terms") or "terms of" in found.group(0).lower():
                phrase = found
        if phrase is None:
            continue
        currency = phrase.group("currency").lower()
        if figure.unit not in (CURRENCY_WORDS.get(currency), *AMBIGUOUS_SYMBOLS.get(currency, ())):
            continue
        # (the first amount after the phrase: "an increase of 2 per cent over 2.57 billion US Dollar" is its base)
        if any(_is_money(f) and phrase.end() <= f.start < figure.start for f in figures[:index]):
            continue
        key = _without_terms(figure.measure.key)
        # (of the same measure, not one named with more words: "trade surplus of 3.09 trillion yuan" is no "In dollar
        # terms, ... total import and export value"; or of the sentence before when the amount names none: "In U.S.
        # dollar terms, the amount stood at 70.74 billion U.S. dollars"; and of the same company: "In rupee terms, the
        # company's revenue" of Mphasis, after LTIMindtree's)
        told = next((f for f in reversed(figures[:index]) if _is_money(f) and f.unit != figure.unit
                     and f.kind in ("level", "forecast") and not f.baseline and f.start < phrase.start()
                     and f.period and f.period == figure.period and f.measure.entity == figure.measure.entity
                     and (key and _without_terms(f.measure.key) == key or
                          not key and f.sentence >= figure.sentence - 1)), None)
        if told is not None and not _names_someone_new(text, told, figure, spans):
            figure.links[told.id] = "conversion"  # (over a link of the same measure's: what the two are to each other)


# "The average price in January – April was estimated at US$1,933 per tonne", "export prices which averaged 489.2 USD
# per tonne": a unit value said to be an average
_AVERAGE = re.compile(r"(?i)\baverag(?:e|ed|ing)\b|\bavg\b")


def average_prices(figures: list[Figure], text: str) -> None:
    """"Vietnam exported nearly 690,000 tonnes of coffee for 1.3 billion USD in the first four months of 2018 ... The
    average price in January – April was estimated at US$1,933 per tonne": an average price of a period is the value
    over the volume said together, in one sentence, for that period; it is linked to both (one such pair only)."""
    for price in figures:
        if " per " not in price.unit or not price.is_level or not price.period or price.links \
                or not _AVERAGE.search(text, max(text.rfind(".", 0, price.start) + 1, price.start - 80), price.start):
            continue
        money, per = price.unit.split(" per ", 1)
        # (the levels of the price's period first: pairing every figure with every other is quadratic in a long
        # article)
        of_period = [f for f in figures if f.period == price.period and f.is_level and not f.baseline]
        values = [f for f in of_period if f.unit == money and f.kind != "conversion"]
        volumes = [f for f in of_period if f.unit in quantities_of(per)]
        pairs = [(value, volume) for value in values for volume in volumes if value.sentence == volume.sentence]
        if len(pairs) == 1:
            price.link(pairs[0][0])
            price.link(pairs[0][1])


# "of other telcos", "by rival airlines", "of its competitors": the figure after "compared to" is others', not one before
_OF_OTHERS = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:of|by|for|at)\s+(?:(?:other|rival|competing)\s+[a-z]|"
                        r"(?:its|their|the)\s+(?:competitors|rivals|peers)\b)"
                        # ("generated $22.6bn of consumer spending in the first half of this year, compared to $11.8bn
                        # for Android's Google Play store": another's figure, named, of the same period)
                        rf"|\s*(?:of|by|for|at)\s+(?-i:(?!(?:{MONTHS}|May|Q\d|FY|H\d|The|This|Last|Next|Fiscal|Financial)\b)"
                        r"[A-Z][a-z][\w&.-]*['’]s\b)")
# "from an area of", "from 2.1 million": the words before the area a harvest came from
_FROM_AN_AREA = re.compile(r"(?i)\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:total|harvested|planted|sown|cultivated)\s+)?"
                           r"(?:area\s+of\s+)?\S{0,4}$")


def _harvested_from(area: Figure, amounts: list[Figure], text: str) -> bool:
    """"21.93 million tons from an area of 4.46 million hectares": the land a crop grew on, after the crop's amount
    in another unit, no figure the amount moved from (as "up from 16 million hectares" is)."""
    crop = [f for f in amounts if f.end <= area.start and f.clause == area.clause][-1:]
    return area.unit in ("hectares", "acres") and bool(crop) and crop[0].unit not in ("hectares", "acres") \
        and _FROM_AN_AREA.search(text, crop[0].end, area.start) is not None
# Units of time a figure may be per: a flow over its period (average_power, per_unit.py's days), no quantity of the
# sentence it divides
_PER_TIME = frozenset({"day", "week", "month", "year", "hour", "night", "annum"})


def per_unit_of_its_sentence(figures: list[Figure], text: str) -> None:
    """"wheat — 21.93 million tons from an area of 4.46 million hectares, average yield — 4.72 tons/ha": a figure per
    one of a quantity, after the one total of its unit and the one amount of that quantity its sentence gives, of its
    period, is the one over the other; it is linked to both."""
    for ratio in figures:
        if " per " not in ratio.unit or not ratio.is_level or ratio.links:
            continue
        top, per = ratio.unit.split(" per ", 1)
        if per in _PER_TIME:
            continue
        before = [f for f in figures if f.end <= ratio.start and f.is_level and not f.baseline
                  and f.kind not in ("change", "conversion") and f.period == ratio.period]
        totals = [f for f in before if f.unit == top]
        amounts = [f for f in before if f.unit in quantities_of(per)]
        if len(totals) == 1 and len(amounts) == 1:
            ratio.link(totals[0])
            ratio.link(amounts[0])


def average_power(figures: list[Figure], text: str) -> None:
    """"reaching 12,617 GWh (16,958 MW)": energy over a period restated as the power that, held the whole
    period, gives it; the check divides the energy by the period's hours."""
    for first, second in zip(figures, figures[1:]):
        dimensions = {_DIMENSION.get(first.unit), _DIMENSION.get(second.unit)}
        if dimensions == {"energy", "power"} and re.fullmatch(r"\s*\(\s*", text[first.end:second.start]):
            second.measure, second.period = first.measure, first.period or second.period
            second.link(first)


_DIMENSION = {unit: dimension for unit, (dimension, _) in PHYSICAL.items()}


def _is_money(figure: Figure) -> bool:
    return len(figure.unit) == 3 and figure.unit.isupper()


_ESTIMATED = re.compile(r"(?i)\b(?:estimat\w*|budget\w*|target\w*|forecast\w*|expect\w*|projected|guidance|plan\w*)\b")
_AGAINST = re.compile(r"(?i)\b(?:against|compared (?:with|to)|versus|vs\.?)\s+(?:\S+\s+){0,4}$")


def _more_than_against(figures: list[Figure], text: str) -> None:
    """"Against the estimated deficit of Rs 378348 crore, the deficit was Rs 411074 crore, which is 108.6 per
    cent more": a rate of how much more one figure is than the one it is set against."""
    for rate in (f for f in figures if f.kind == "growth"):
        after = text[rate.end:rate.end + 40]
        if not re.match(r"\s*(?:percent|per cent|%)?\s*(?:more|higher|less|lower)\b(?!\s+than)", after, re.I):
            continue
        bases = [f for f in figures if f.is_level and f.start < rate.start
                 and _AGAINST.search(text[max(f.clause[0], f.start - 60):f.start])]
        subjects = [f for f in figures if f.is_level and f.start < rate.start and f not in bases]
        if bases and subjects and bases[-1].unit == subjects[-1].unit and _ESTIMATED.search(
                text[max(bases[-1].clause[0], bases[-1].start - 50):bases[-1].start]):
            # set against an estimate or a target: the same period ("the budget estimate for 2014-15")
            period = subjects[-1].period or bases[-1].period
            bases[-1].period = subjects[-1].period = rate.period = period
            rate.link(subjects[-1])
            rate.link(bases[-1])


_THAN_THE_ESTIMATE = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*(?:more|higher|less|lower)\s+than\s+(?:the\s+)?"
                                r"(?:\w+\s+){0,2}(?:budget(?:ary)?\s+)?(?:estimates?|target|projection|BE)\b")


def more_than_the_estimate(figures: list[Figure], previous: list[Figure], text: str) -> None:
    """"The estimated primary deficit ... for 2014-15 was Rs. 104166 crore. Against this the actual primary deficit
    upto November 2014 has been Rs. 292484 crore, which is 280.8 per cent more than the actual budget estimate": a
    rate of how much more a figure is than the estimate the sentence before gave, its words naming it."""
    for rate in (f for f in figures if f.kind == "growth"):
        if not _THAN_THE_ESTIMATE.match(text[rate.end:rate.end + 60]):
            continue
        subjects = [f for f in figures if f.is_level and f.is_amount and f.start < rate.start]
        if not subjects or set(rate.links) - {subjects[-1].id}:
            continue  # (linked to the figure it is said of, at most)
        subject = subjects[-1]
        estimates = [f for f in previous + figures if f.is_level and f.unit == subject.unit and f.start < subject.start
                     and (_ESTIMATED.search(text[max(f.clause[0], f.start - 80):f.start]) or f.estimate)]
        # (the sentence before's of the subject's measure: "Expenses were about $100,000 or 7% less than the original
        # projection" is no gap to the tax revenue's projection told before)
        if estimates and (estimates[-1] in figures or not previous
                          or previous[0].sentence == subject.sentence - 1
                          and estimates[-1].measure.key - {"estimate"} & subject.measure.key):
            base = estimates[-1]
            # set against the estimate of the period it is planned for ("the budget estimate for 2014-15")
            subject.period = rate.period = base.period or subject.period
            rate.link(subject)
            rate.link(base)
            rate.inferred = base not in figures


_A_PRICE = re.compile(r"(?i)^\s*(?:a|per|an)\s+(?:piece|share|unit|head|tonne|ton|kg|kilogram|litre|liter|barrel|"
                      r"gallon|ounce|night|person|month|year|day)\b|^\s*(?:apiece|each)\b")
_PRICED = frozenset({"scrip", "stock", "shares", "share", "price", "prices", "traded", "trading", "closed", "close"})


_SOUTH_ASIAN_SCALES = ("crore", "lakh", "lakh crore")
# What a count in crore or lakh counts, when it is no sum of money: "1.2 crore doses", "5 lakh farmers"
_COUNTED_THINGS = re.compile(r"(?i)\s+(?:[a-z-]+\s+){0,2}(?:people|persons|individuals|population|doses|vaccin\w*|tonnes|tons|units|"
                             r"users|subscribers|customers|farmers|households|families|voters|jobs|workers|employees|"
                             r"cases|tests|samples|passengers|tourists|visitors|students|children|women|men|accounts|"
                             r"beneficiaries|litres|liters|vehicles|cars|houses|homes|trees|acres|hectares|members|"
                             r"shares|connections|toilets|kilometres|km)\b")


def elided_currencies(figures: list[Figure], text: str) -> None:
    """"Budget 2022: Defence Min Tops List With 5.25 Lakh Cr", "which stands to 1,85,776.55 crore": a sum in crore
    or lakh with no currency, in an article whose crore sums are all in one currency, and no noun after it saying
    what it counts ("1.2 crore doses"), is in that currency."""
    _elided_in_a_sentence(figures, text)
    currencies = {f.unit for f in figures if f.scale in _SOUTH_ASIAN_SCALES and _is_money(f)}
    if len(currencies) != 1:
        return
    (currency,) = currencies
    for figure in figures:
        if figure.unit == "count" and figure.scale in _SOUTH_ASIAN_SCALES and figure.kind != "conversion" \
                and not _COUNTED_THINGS.match(text[figure.end:figure.end + 30]):
            figure.unit = currency


# What may follow an amount whose currency its sentence said before: a break, or a word that names no thing counted
_NO_THING_AFTER = re.compile(r"\s*(?:[,.;:)(]|$|(?:up|down|and|or|in|for|from|compared|against|year-on-year|which|"
                             r"while|respectively|a|an|the|last|this|than|as|to)\b)")


def _elided_in_a_sentence(figures: list[Figure], text: str) -> None:
    """"the total value of imports and exports ... was USD1.749 trillion, ..., of which exports amounted to 958.34
    billion, up 0.4% year-on-year, and imports to 827.87 billion": a sum with a scale and no currency, after an amount
    in its sentence and with no noun after it saying what it counts, is in the currency of its sentence's amounts."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    for in_sentence in by_sentence.values():
        money = [f for f in in_sentence if _is_money(f) and f.kind != "conversion"]
        if len({f.unit for f in money}) != 1:
            continue
        for figure in in_sentence:
            if figure.unit == "count" and figure.scale in ("million", "billion", "trillion") and figure.kind != \
                    "conversion" and figure.start > money[0].end and _NO_THING_AFTER.match(text, figure.end):
                figure.unit = money[0].unit


def elided_scales(figures: list[Figure], text: str) -> None:
    """"Rs. 104166 crore ... Against this the actual primary deficit ... has been Rs. 292484": an amount of money
    (or of matter: "1,008.5 units" among billions of units of power) printed without the scale every other amount
    of its currency (or unit) in the article carries, of that scale's order
    (its digits as many as theirs, give or take one), has the scale left out. A price ("at Rs 1,285 a piece", a
    scrip's) is no such amount."""
    scales: dict[str, set[str]] = {}
    digits: dict[str, list[int]] = {}

    def scaled(figure: Figure) -> bool:  # money, and matter ("1,008.5 units" among "billion units" of power)
        return _is_money(figure) or figure.unit in PHYSICAL

    for figure in figures:
        if scaled(figure) and figure.kind != "conversion":
            scales.setdefault(figure.unit, set()).add(figure.scale)
            if figure.scale:
                digits.setdefault(figure.unit, []).append(len(figure.value.split(".")[0].replace(",", "")))
    for figure in figures:
        if not scaled(figure) or figure.scale or figure.kind == "conversion" or figure.unit.endswith(" per share") \
                or _A_PRICE.match(text[figure.end:figure.end + 20]) or figure.measure.key & _PRICED \
                or _PRICED & set(re.findall(r"[a-z]+", text[max(figure.clause[0], figure.start - 40):figure.start].lower())) \
                or _UNSCALED_CONVERSION.match(text, figure.end):
            continue
        given = scales.get(figure.unit, set()) - {""}
        length = len(figure.value.split(".")[0].replace(",", ""))
        # ("the remittance inflows was $ 1221.4 million in January, $1133.01 in February, $1109.14 in March": in a
        # list, the scale of the item before of its unit and digits, however many scales the article uses)
        listed = [f for f in figures if f.sentence == figure.sentence and f.end <= figure.start and f.unit == figure.unit
                  and f.scale and f.kind != "conversion"][-1:]
        if listed and length >= 3 and len(listed[0].value.split(".")[0].replace(",", "")) == length \
                and _A_LIST_BETWEEN.fullmatch(text, listed[0].end, figure.start):
            figure.scale, figure.inferred = listed[0].scale, True
        elif len(given) == 1 and length >= 4 and any(abs(length - d) <= 1 for d in digits.get(figure.unit, [])) \
                and not _thousandfold_its_sentences(figure, next(iter(given)), figures):
            figure.scale, figure.inferred = next(iter(given)), True


def _thousandfold_its_sentences(figure: Figure, scale: str, figures: list[Figure]) -> bool:
    """"2.188 million MT were with PASSCO, ... 0.159 million MT with KPK, and 49,630 MT with Balochistan": with the
    scale its sentence's other figures of the unit carry, it would be a thousand times the largest of them; the
    scale was left out on purpose."""
    others = [f.scale_value for f in figures if f.sentence == figure.sentence and f is not figure
              and f.unit == figure.unit and f.scale and f.kind != "conversion"]
    return bool(others) and scaled_value(figure.value, scale) > 1000 * max(others)


def elided_pers(figures: list[Figure], text: str) -> None:
    """"rose to $77 a month in 2016 from about $44 in 2006", "from $44 to $77 a month": the figure a level per
    something moved from, told with "from" and "to" beside it, in its currency and scale and per nothing, is per the
    same thing, its "a month" left out."""
    by_id = {f.id: f for f in figures}
    for level in (f for f in figures if f.is_level and " per " in f.unit):
        for before in (by_id.get(i) for i in level.links):
            if before is not None and before.baseline and not before.mention.per and before.scale == level.scale \
                    and before.unit == level.unit.split(" per ")[0] and (
                        before.start > level.end and _PER_THEN_FROM.fullmatch(text, level.end, before.start)
                        or before.end < level.start and _PER_THEN_TO.fullmatch(text, before.end, level.start)):
                before.unit = level.unit


# "$77 a month in 2016 from about $44": a level's per and period words, then the figure it moved from
_PER_THEN_FROM = re.compile(r"(?i)[^,;.()$€£]{0,40}?\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\S{0,4}")
# "$44 in 2006 to $77 a month": the figure moved from, its period words, then the level
_PER_THEN_TO = re.compile(r"(?i)[^,;.()$€£]{0,30}?\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\S{0,4}")


# Between one item of a list and the next: its period or name, a comma ("$1221.4 million in January, $1133.01")
_A_LIST_BETWEEN = re.compile(r"[^.;:()\d]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)[^.;:()\d]{0,12}")


# "transactions below Ksh1,000 ($8.61)": a conversion in brackets with no scale says the amount has none either
_UNSCALED_CONVERSION = re.compile(r"\s*\(\s*(?:about\s+|around\s+)?(?:[A-Z]{1,3}\$|[$€£¥₹])\s?[\d.,]*\d\s*\)")


# "compared to its previous range of $423 million", "from its earlier forecast of 5.8%": the estimate a new one
# revises
_PREVIOUS_ESTIMATE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|against|(?:up\s+|down\s+)?from|versus|vs\.?)\s+"
                                r"(?:its|the|their|a|an)\s+(?:previous|prior|earlier|initial|original|old)\s+"
                                r"(?:range|forecast|guidance|estimate|outlook|projection|target|view)\s+"
                                r"(?:of\s+)?(?:between\s+)?\S{0,3}$")
# which way a forecast or guidance moved: "raised its full-year guidance", "cut its outlook"
_RAISED = re.compile(r"(?i)\b(?:raise[sd]?|raising|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
                     r"hike[sd]?|hiking|upgrad(?:e|es|ed|ing)|upp(?:ed|ing))\b")
_CUT = re.compile(r"(?i)\b(?:cut|cuts|cutting|lower(?:s|ed|ing)|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
                  r"slash(?:es|ed|ing)?|downgrad(?:e|es|ed|ing))\b")
_EARLIER_WORD = re.compile(r"(?i)\b(?:previous|prior|earlier|initial|original|old)\b")
_OF_A_FORECAST = re.compile(r"(?i)\b(?:guidance|forecasts?|outlook|projections?|targets?|estimates?)\b")


def previous_estimates(figures: list[Figure], text: str, sentence: tuple[int, int], lede: str) -> None:
    """"Splunk now expects full fiscal year revenue to be between $438 million to $440 million, compared to its
    previous range of $423 million to $428 million", after a lede saying it "raised its full-year guidance": the
    new estimate revises the previous one, of its period, the way the sentence's verb says (else the lede's, when
    it speaks of a forecast: a link to confirm)."""
    if not _EARLIER_WORD.search(text, sentence[0], sentence[1]):
        return  # (looked for once a sentence: most name no earlier estimate)
    for old in figures:
        if not _PREVIOUS_ESTIMATE.search(text[max(sentence[0], old.start - 80):old.start]):
            continue
        new = [f for f in figures if f.start < old.start and f.unit == old.unit and f.kind in ("level", "forecast")
               and not f.baseline and not f.links]
        words = text[sentence[0]:sentence[1]]
        raised, cut = bool(_RAISED.search(words)), bool(_CUT.search(words))
        inferred = raised == cut
        if inferred and _OF_A_FORECAST.search(lede):
            raised, cut = bool(_RAISED.search(lede)), bool(_CUT.search(lede))
        if not new or raised == cut or old.kind not in ("level", "forecast"):
            continue
        old.period = new[-1].period
        new[-1].trend = "rising" if raised else "falling"
        new[-1].link(old)
        new[-1].inferred = new[-1].inferred or inferred


_VERSUS = re.compile(r"(?i)[\s,]*(?:[a-z]+[\s,]+){0,2}(?:vs\.?|versus|against)\s*\S{0,3}")


# A name, as a ranked list gives each of its figures one: "Ivano-Frankivsk (", "the United Arab Emirates (",
# "TVS at ", "Germany with $"
_LIST_NAME = r"(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*\s*(?:\(|\s(?:at|with|on)\s+)\S{0,3}"
# ... the words before a list's first figure, and between two of its figures: "), Zakarpattia (", ", and Peru ("
_FIRST_OF_A_LIST = re.compile(rf"{_LIST_NAME}$")
_NEXT_OF_A_LIST = re.compile(rf"^\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+){_LIST_NAME}$")


_A_FALL = re.compile(rf"(?i)\b(?:{'|'.join(FALL_WORDS)})\b")


def ranked_lists(figures: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"The largest number of cases was recorded in Ivano-Frankivsk (1,985), Zakarpattia (1,893), Odesa (1,327) ...":
    a superlative, then three or more named figures of one unit and kind, joined by commas and "and": the list is
    told in the superlative's order, each figure below the one before it (above it, after "lowest"). Whether a writer
    ranked a list or only named its members is the draft's guess: the links are inferred (a misordered list is a
    tension)."""
    ordered = sorted(figures, key=lambda f: f.start)
    run: list[Figure] = []
    for figure in ordered + [None]:
        if figure is not None and run and figure.unit == run[-1].unit and figure.kind == run[-1].kind \
                and _NEXT_OF_A_LIST.match(text[run[-1].end:figure.start]):
            run.append(figure)
            continue
        if len(run) >= 3:
            _rank_in_order(run, text, sentence)
        run = [figure] if figure is not None else []


def _rank_in_order(run: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """Each figure of a run below (above) the one before it, when a superlative before the run's first name ranks it."""
    before = text[sentence[0]:run[0].start]
    named = _FIRST_OF_A_LIST.search(before)
    ranked = _ranked_by(before[:named.start()] if named else "", reach=120)
    if named is None or ranked is None or any(f.trend for f in run[1:]):
        return
    highest = bool(_HIGHEST.fullmatch(ranked.group(0)))
    if all(f.direction == "fall" for f in run) and _A_FALL.search(before, ranked.end(), named.start()):
        highest = not highest  # ("The largest decreases were registered in Malta (-48.7%), France (-27.2%)": sizes)
    trend = "below" if highest else "above"
    for earlier, later in zip(run, run[1:]):
        if later.value != earlier.value:  # (a tie ranks, it is neither above nor below)
            later.trend = trend
            later.link(earlier)
            later.inferred = True


# "the target of ", "its budget estimate of ", "the goal of ": a plan's figure, named right before it
_A_PLAN_OF = re.compile(rf"(?i)\b{PLAN}\s+(?:of|at)\s+(?:about\s+|around\s+)?\S{{0,4}}$")


def sentence_relations(figures: list[Figure], text: str) -> None:
    """Revisions, comparisons, rankings within one sentence."""
    _more_than_against(figures, text)
    _compared_ahead(figures, text)
    for figure in figures:
        if said := _REVISED.search(text[max(0, figure.start - 40):figure.start]):
            revised = [f for f in figures if f.start < figure.start and f.unit == figure.unit and f.is_amount]
            if revised:
                # The revised figure is of the period of the one it revises, but another estimate of it.
                base = revised[-1]
                figure.period = base.period
                figure.measure = Measure(base.measure.key | {"revised"}, f"{base.measure.words} (revised)",
                                         base.measure.entity)
                if said.group("up") or said.group("later_up") or said.group("down") or said.group("later_down"):
                    # which way is a claim the two figures can check; a revision that says none is no restatement
                    figure.trend = "rising" if said.group("up") or said.group("later_up") else "falling"
                    figure.link(base)
    for figure in figures:
        # (within the figure's sentence: "Bicycle riders accounted for the least deaths at 49. In 2021, 1,144
        # pedestrians died" ranks nothing in the second sentence)
        before = _SENTENCE_BREAK.split(text[max(0, figure.start - 60):figure.start])[-1]
        actual = [f for f in figures if f.unit == figure.unit and f.end <= figure.start and not f.estimate
                  and (f.kind in ("level", "count") or f.kind == figure.kind)]
        if figure.estimate and actual and (_VERSUS.fullmatch(text[actual[-1].end:figure.start])
                                           or not figure.measure.key - {"estimate"}):
            # "Revenue: $17.80 billion vs. $17.42 billion expected": the estimate of the actual's measure; so is an
            # estimate that names none ("imports fell 8.5%, more than the expected 3.9% decrease")
            figure.measure = Measure(actual[-1].measure.key | {"estimate"}, f"{actual[-1].measure.words}, estimate",
                                     actual[-1].measure.entity)
        # (an estimate of a level is drafted a forecast: "surplus was RMB279.12 billion, higher than the expected
        # RMB136 billion" sets the level against it all the same)
        # ("followed by Moroccans out of 591,000 visas, 136,367 were denied": the whole a count is out of is no rival
        # in the ranking)
        # ("a total of GH¢68.49 billion collected, exceeding the target of GH¢67.9 billion": a target, like an
        # estimate, is set against the level)
        planned = figure.kind == "forecast" and _A_PLAN_OF.search(text, max(0, figure.start - 30), figure.start)
        rivals = [f for f in figures if f is not figure and f.unit == figure.unit and f.kind not in ("conversion",)
                  and (f.kind == figure.kind or (figure.estimate or planned) and f.is_level and figure.is_level)
                  and not _an_aside(f, text) and not _A_WHOLE_OUT_OF.search(text, max(0, f.start - 30), f.start)]
        if not rivals or _an_aside(figure, text) or _A_WHOLE_OUT_OF.search(text, max(0, figure.start - 30),
                                                                          figure.start):
            continue
        # "revenue of $88.91 billion, beating analysts' estimate of $81.53 billion": the actual above the estimate.
        if figure.estimate and GAP_TO_A_PLAN.match(text, figure.end):
            # ("generated €11.2 billion, 1 per cent or €118 million below target": a gap to a plan, no forecast level
            # the figure before is above or below)
            continue
        if figure.estimate:
            # (not a figure the words say a move started from: "fell to 38, down from a revised 61.4 in September and
            # significantly below analysts' expectations of 52" sets the 38 below the 52)
            actual = [f for f in rivals if not f.estimate and not f.baseline and f.start < figure.start
                      and not _MOVED_FROM_IT.search(text, max(0, f.start - 30), f.start)]
            between = text[actual[-1].end:figure.start] if actual else ""

            if actual and (_ABOVE.search(between) or _BELOW.search(between)) and not _BY_THE_GAP.search(between) \
                    and (trend := _signed(actual[-1], figure, between)):
                actual[-1].trend = trend
                actual[-1].link(figure)
                # (the forecast is of the measure it is set against: "exports fell 8.5%, more than the expected 3.9%
                # decline" forecast exports, not whatever the words before the number name)
                figure.measure = Measure(actual[-1].measure.key | {"estimate"}, f"{actual[-1].measure.words}, estimate",
                                         actual[-1].measure.entity)
            continue
        # "eased to 3.2 percent from 3.7 percent, below the 3.3 percent forecast": the figure the clause moved to is
        # compared, never the one it moved from
        previous = [f for f in rivals if f.start < figure.start and not f.estimate and not f.baseline]
        between = text[previous[-1].end:figure.start] if previous else ""
        # the comparison words after any other figure between the two: "rose 12 percent to 1.5 million, with China
        # the top market at 300,000, up 20 percent" compares nothing with the 12 percent
        words = text[max([previous[-1].end] + [f.end for f in figures if previous[-1].end <= f.start
                                                 and f.end <= figure.start]):figure.start] if previous else ""
        # (a move to a lower figure is one measure's: "gross NPAs fell to 2.8 percent ..., while net NPAs eased to
        # 0.6 percent" sets nothing below anything)
        listed_next = previous and previous[-1].trend == "below" and _LIST_NEXT.match(between)
        # ("In 2020 he added another 13 cases, followed by another four in 2022, another nine the following year":
        # what came after in time, of other periods, ranks nothing)
        # (a ranking of periods says so: "the highest surplus of 580.9 billion riyals, followed by 2012 with ...")
        # (the words that open the list, before its first figure: "Bayelsa scored the lowest price, at N767.14")
        leader = text[text.rfind(".", 0, previous[0].start) + 1:previous[0].start] if previous else ""
        in_time = previous and figure.period and previous[-1].period and figure.period != previous[-1].period \
            and not _HIGHEST.search(leader) and not _LOWEST.search(leader) and not re.search(r"(?i)\brecord\b", leader)
        if _FOLLOWED.search(before) and not in_time or listed_next or previous and _MOVED_BELOW.search(between) and (
                not figure.measure.key or figure.measure.key == previous[-1].measure.key) \
                and not _on_another_basis(text, previous[-1], figure):
            # "a jump of 6.9 percent, followed by 5.7", "16.9% ... before retreating to a 13% gain"; "followed by the
            # ASEAN, up 11.3 percent to 2.35 trillion yuan" ranks the level, the rate being its move
            if previous and not figure.trend and figure.value != previous[-1].value and not _rate_of_a_move(
                    figure, figures, text):  # (a tie ranks, it is not below)
                # ("Bayelsa scored the lowest price, at N767.14 for a litre, followed by Katsina State at N778.75": the
                # ones after the lowest come above it)
                if _LOWEST.search(leader) and not _HIGHEST.search(leader):
                    figure.trend = "above"
                elif _LED_ON_MERIT.search(leader) and not _HIGHEST.search(leader) \
                        and figure.scale_value > previous[-1].scale_value:
                    # ("Davidson led the way at 3.2 percent, followed by Knox at 3.3 percent": a jobless rate's
                    # leader is its lowest; which way a list led on merit runs its first follower says)
                    figure.trend = "above"
                else:
                    figure.trend = "below"
                figure.link(previous[-1])
        elif previous and len(between) < 80 and (_ABOVE.search(words) or _BELOW.search(words)) \
                and not previous[-1].trend and not _QUALIFIES.search(between) \
                and not _THAN_ANOTHER_NUMBER.search(words) \
                and (not _IS_A_GAP.match(between) or previous[-1].unit != "count" and _A_LEVEL_COMPARED.match(between)) \
                and not _OWN_MARK.search(words) \
                and not _BY_THE_GAP.search(between) and not _short_of_a_goal(between, text, figure) \
                and not (_CROSSED.search(words) and figure.period != previous[-1].period) \
                and not _gap_between(figures, previous[-1], figure, text) \
                and not _A_THAN_OBJECT.search(text, max(0, previous[-1].start - 30), previous[-1].start) \
                and not (previous[-1].kind == "change" and _THE_GAP_THEN_THAN.match(between)) \
                and not _a_closed_when_aside(previous[-1], between, text) \
                and not _THAN_WHEN.search(between):
            # "6.6 per cent raise ... was smaller than the 7.8 per cent increase": the first against the second;
            # "53.8pc - while development spending lagged behind with a 31.41pc absorption rate": a new subject's, the
            # second against the first
            said_of, than = (figure, previous[-1]) if _NEW_SUBJECT_COMPARED.search(words) \
                or _NEW_SUBJECT_AFTER_AND.search(words) else (previous[-1], figure)
            if trend := _signed(said_of, than, words):
                said_of.trend = trend
                said_of.link(than)
        elif (ranked := _ranked_by(before)) and not _SINCE_THEN.search(before, ranked.end()) and not any(
                figure.start - len(before) + ranked.end() <= f.start and f.end <= figure.start for f in figures):
            # (a superlative ranks the figure right after it: "the top source market at 300,000, up 20 percent"
            # ranks the 300,000, not the rate)
            # "the highest growth of 6.0 per cent, boosted by ... South-East Asia, up by 12 per cent": what drove the
            # figure is a part of it, no rival
            # ("the top ten countries" sizes a ranking: no rival)
            # ("Non-food items accounted for 7.3 per cent, to which transport contributed the highest at 2.6 per
            # cent": the whole the parts make, no rival of theirs)
            noun = key_of(before[ranked.end():]) & MEASURE_NOUNS  # (what the superlative ranks, if it names it)
            same_period = [f for f in rivals if f.period == figure.period
                           and not (f.end <= figure.start and _OF_WHICH.search(text, f.end, figure.start))
                           # ("Of LNG exports worldwide totaling 485.1 billion cubic meters, Qatar was the biggest
                           # exporter with 107.1": the set's total; "while Japan imported the greatest volume at
                           # 105.5": a figure its own superlative, of the same way, ranks in its own set; "the lowest
                           # price ... and the highest" set against each other)
                           and not _THE_SETS_TOTAL.search(text, max(0, f.start - 80), f.start)
                           # ("the cheapest station ... $2.99/g while the most expensive was $4.39/g, a difference of
                           # $1.40/g": the gap between two of them, no rival)
                           and not _A_DIFFERENCE_OF.search(text, max(0, f.start - 40), f.start)
                           # ("Russia sold the most natural gas via pipelines with 190.8 bcm, while the country that saw
                           # the most gas demand was Germany with 99.3 bcm": a figure before, of a measure the
                           # superlative's noun does not name)
                           and not (f.start < figure.start and noun and told_key(f.measure)
                                    and not noun & told_key(f.measure))
                           and not (f is not figure and (own := _ranked_by(text[max(0, f.start - 60):f.start]))
                                    and bool(_HIGHEST.fullmatch(own.group(0))) == bool(_HIGHEST.fullmatch(ranked.group(0))))
                           and not _DRIVEN_BY.search(text[max(0, f.start - 80):f.start])
                           and not _SIZES_A_RANKING.search(text, max(0, f.start - 12), f.start)
                           and not _counts_other_things(f, figure, text)]
            if _OF_A_SET.match(before[ranked.end():]):
                # "435 more occurred, the largest of which was a magnitude 7.6": the figure before counts the set
                same_period = [f for f in same_period if f.start > figure.start]
            if same_period and not figure.trend:
                figure.trend = "largest" if _HIGHEST.fullmatch(ranked.group(0)) else "smallest"
                for rival in same_period:
                    figure.link(rival)


# ("2 million new infections ..., the lowest since 2000, when 3.1 million people were diagnosed": the figure of the time
# the record runs from, after "since ... when", is what the superlative's figure is set against, not ranked by it)
# ("Tamil Nadu with 98,392 (↑4,343) cases": a figure's move, in brackets right after it, is a note on it; "with a total of
# 186,626 cases after 6,328 fresh cases were reported": a figure of what came before is the reason for another)
_AN_ASIDE = re.compile(r"\d[^\s\d(]{0,3}\s*\(\s*[↑↓▲▼+−]\s*$|\bafter\s+(?:another\s+|a\s+further\s+)?\S{0,3}$")


# ", when it dropped to ": a figure of another time, told in a clause of when that a comma closes before the
# sentence goes on with its own subject ("The rise was 5.7 percentage points higher than the same period last year,
# when it dropped to 6.2 percent, the lowest in a decade, and was higher than the 10.7 percent": the rise's, not the
# 6.2 percent's, comparison)
_A_WHEN_CLAUSE = re.compile(r"(?i),\s*when\s+[^,;]{0,60}$")
_AND_ITS_VERB = re.compile(r"(?i),\s*and\s+(?:was|were|is|are|has|had|remained|stood)\b")


def _a_closed_when_aside(figure: Figure, between: str, text: str) -> bool:
    return bool(_A_WHEN_CLAUSE.search(text, max(0, figure.start - 70), figure.start) and _AND_ITS_VERB.search(between))


def _an_aside(figure: Figure, text: str) -> bool:
    """Whether a figure is told as an aside of another, no member of a ranking the sentence gives."""
    return bool(_AN_ASIDE.search(text, max(0, figure.start - 16), figure.start))


_SINCE_THEN = re.compile(r"(?i)\bsince\b[^.;]{0,40}?\b(?:when|in which)\b")
# "exports surged 26.2 percent to 174.27 billion yuan, while imports topped 240.7 billion yuan": a new subject that
# passed a mark of its own, no figure set against the one before
_OWN_MARK = re.compile(r"(?i)(?:,|;|\bwhile|\bwhereas|\bbut|\band)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*"
                       r"(?:\s+[a-z][\w'’-]*){0,5}\s+(?:top(?:ped|s)|exceed(?:ed|s)|surpass(?:ed|es)|cross(?:ed|es)|"
                       r"passed)\s*\S{0,4}$")
# "more than", "a steeper drop than", "exceeded": words that compare two falls by their size, not their sign
_BY_SIZE = re.compile(r"(?i)\b(?:(?:more|bigger|larger|greater|steeper|sharper|deeper|faster|quicker|smaller|less|slower|"
                      r"milder|shallower)\s+(?:[a-z]+\s+)?than|exceed\w*|surpass\w*|outpac\w*)\b")
# Words of merit that say nothing of size ("beat", "fell short of"; not "exceeded", which a deficit does by growing)
_MERIT_NOT_SIZE = re.compile(r"(?i)\b(?:beat\w*|better than|worse than|miss(?:ed|es|ing)?|short of|outperform\w*|"
                             r"underperform\w*)\b")
# the size words that make a fall the smaller one
_SMALLER = re.compile(r"(?i)\b(?:smaller|less|slower|milder|shallower)\b")


def _signed(said_of: Figure, than: Figure, words: str) -> str:
    """"above" or "below" on the signed figures, or "" when the words leave it open. "Exports fell 8.5%, more than
    the expected 3.9% decline" is a fall below the forecast one; "higher than" two falls may mean either, as may
    "more than" a fall and a rise."""
    trend = "above" if _ABOVE.search(words) else "below"
    if LESS_IS_BETTER.search(said_of.measure.words) and (LESS_IS_BETTER.search(than.measure.words) or than.estimate) \
            and _MERIT_NOT_SIZE.search(words):
        # "a loss per share of $1.44, falling short of the analyst estimate of a loss of $1.02": of a measure of which
        # less is better, one that misses is the larger, one that beats the smaller
        trend = "below" if trend == "above" else "above"
    moves = [_move_of(f) if f.kind in ("growth", "change") else "" for f in (said_of, than)]
    if moves.count("fall") == 2:
        if not _BY_SIZE.search(words):
            return ""
        return "above" if _SMALLER.search(words) else "below"
    if moves.count("fall") == 1 and _BY_SIZE.search(words):
        return ""
    return trend


# "has fallen short of the target by Sh45 billion", "beat estimates by 3 cents": the figure after "by" is the gap
# between the two, no figure compared
# ("Additions to waiting lists are also 109k (c.12.4 %) higher than in the same period in 2022 and 166.3k": a move's
# size, then the way it went; what follows "than" is the time it is measured from, no figure it exceeds)
_THE_GAP_THEN_THAN = re.compile(r"(?i)\s*(?:\([^()]{0,20}\)\s*)?(?:higher|lower|more|less|fewer|greater|bigger|smaller)"
                                r"\s+than\b")
_BY_THE_GAP = re.compile(r"(?i)\b(?:short|behind|ahead|above|below|beat\w*|miss\w*|exceed\w*|surpass\w*|top\w*)\b"
                         r"[^.;\d]{0,40}\bby\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?\S{0,4}"
                         # ("exceeded the state's forecast by $980 million, or 19.1%": the gap told twice)
                         r"(?:\d[\d.,]*\s*(?:[a-z]+\s*)?,?\s*(?:or|\()\s*\S{0,4})?$")
# "is short of nearly 120 million tonnes from achieving its target of 1 billion tonnes": the gap to the goal
_SHORT_OF = re.compile(r"(?i)\bshort\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?\S{0,4}$")
_FROM_A_GOAL = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,3}?(?:from|of|in)\s+(?:achieving|reaching|meeting|hitting|its|the)\b")


def _short_of_a_goal(between: str, text: str, figure: Figure) -> bool:
    return bool(_SHORT_OF.search(between) and _FROM_A_GOAL.match(text, figure.end))


# ", while development spending lagged behind with", "whereas imports were higher at": a clause of its own subject,
# the comparison said of it
# (", while Italy and the UK trailed with": a subject of two names too)
_NEW_SUBJECT_COMPARED = re.compile(r"(?i)(?:,|\s[-–—])\s*(?:while|whereas|but)\s+(?:the\s+|its\s+|their\s+)?"
                                   # (", but well below the deficit of": an adverb is no subject)
                                   r"(?!(?:well|far|much|slightly|still|significantly|considerably|substantially|way|"
                                   r"just|also|even|only|somewhat|marginally|sharply|clearly)\s)"
                                   r"(?:[a-z][\w'’-]*\s+){1,5}?(?:(?:was|were|is|are|has|have|had)\s+)?"
                                   r"(?:lagg\w*|trail\w*|higher|lower|more|less|above|below|ahead|behind|bigger|"
                                   r"smaller|larger|greater|faster|slower)\b")
# ... or "and", the comparative then "at" or "with" the figure ("Quebec reported a 7.7 per cent change and Alberta was
# close behind at 7.1 per cent"; not "The 0.5% monthly increase in food and beverage prices was lower than the 1.8%")
_NEW_SUBJECT_AFTER_AND = re.compile(r"(?i)\sand\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’-]*\s+){1,5}?"
                                    r"(?:(?:was|were|is|are|has|have|had)\s+)?(?:close\s+|closely\s+|not\s+far\s+)?"
                                    r"(?:lagg\w*|trail\w*|higher|lower|above|below|ahead|behind)\s+(?:at|with)\s+"
                                    r"(?:an?\s+)?\S{0,4}$")
# ("a growth of 7.81% in the trade deficit, i.e. to $2.016 billion": a comma and "i.e." on the way)
_TO_ITS_OWN = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?\s*(?:[\w-]+,?\s+|i\.e\.,?\s+){0,5}?(?:to|at)\s*\S{0,4}")


def _moves_to_its_own(rate: Figure, amounts: list[Figure], text: str, pair: tuple) -> bool:
    """Whether a rate is followed by a to-figure of its own, none of the pair's ("a 14% increase in revenues to 53.96
    billion shillings")."""
    after = [a for a in amounts if a.start >= rate.end]
    return bool(after) and after[0] not in pair and _TO_ITS_OWN.fullmatch(text, rate.end, after[0].start) is not None


def _rate_of_a_move(figure: Figure, figures: list[Figure], text: str) -> bool:
    """Whether a rate is the move to the level right after it ("up 11.3 percent to 2.35 trillion yuan")."""
    after = [f for f in figures if f.start >= figure.end]
    return figure.kind == "growth" and bool(after) and after[0].is_level and bool(
        re.fullmatch(r"(?i)\s*(?:percent|per cent|%|pc)?\s*(?:year[- ]on[- ]year\s*)?(?:to|at)\s*\S{0,4}",
                     text[figure.end:after[0].start]))


def amount_or_rate(figures: list[Figure], text: str) -> None:
    """An amount's move and a rate side by side, joined by "or", are one move told twice: the change lists the rate,
    so the change check finds the rate it must match whatever measure each was given."""
    for first, second in zip(figures, figures[1:]):
        pair = {first.kind, second.kind}
        if pair == {"change", "growth"} and _OR_BETWEEN.fullmatch(text[first.end:second.start]):
            change, rate = (first, second) if first.kind == "change" else (second, first)
            if change.unit not in ("percent", "pp") and rate.unit == "percent":
                change.link(rate)


def amount_per_share(figures: list[Figure], text: str) -> None:
    """"net income ... rose to $20.1 million, or 20 cents per share, from $17.2 million, or 18 cents per share, in the
    2009 second quarter": the per-share amount right after an amount of its currency, joined by "or", is that amount
    divided by the shares: it lists the amount, and the two are of one period (the narrower, when one lies within the
    other; else the one said after the pair, "a year earlier", which speaks of both)."""
    pairs = []
    for total, per_share in zip(figures, figures[1:]):
        if per_share.unit == f"{total.unit} per share" and total.is_level and per_share.is_level \
                and _OR_BETWEEN.fullmatch(text[total.end:per_share.start]):
            per_share.link(total)
            pairs.append(total)
            if not total.period or not per_share.period or total.period == per_share.period:
                continue
            if within(total.period, per_share.period):
                per_share.period = total.period
            elif within(per_share.period, total.period) or per_share.period_from > per_share.end > total.period_from:
                total.period = per_share.period
    # two such pairs of two periods in one sentence ("... or $1.36 per share, up from $3.20 billion, or $1.22 per
    # share, a year earlier"): the amount and the one it is compared with
    if len(pairs) == 2 and pairs[0].unit == pairs[1].unit and pairs[0].period and pairs[1].period \
            and pairs[0].period != pairs[1].period and not any(p.id in q.links for p, q in (pairs, pairs[::-1])):
        older, newer = sorted(pairs, key=lambda f: f.period)  # (periods of one shape: in order as text)
        newer.link(older)


# "raised its outlook ... from a range of 3% to 4% to a range of 3% to 5%": the verb says which way an outlook went
_RAISED_OUTLOOK = re.compile(r"(?i)\b(?:raised|raises|raising|lifted|lifts|boosted|boosts|increased|increases|upped|"
                             r"hiked)\b")
_LOWERED = re.compile(r"(?i)\b(?:lowered|lowers|lowering|cut|cuts|trimmed|trims|reduced|reduces|slashed)\b")
_OLD_OUTLOOK = re.compile(r"(?i)(?:\bfrom\s+(?:a\s+range\s+of\s+|between\s+)?|\b(?:versus|compared\s+(?:with|to)|against)\s+"
                          r"(?:its\s+|the\s+)?(?:prior|previous|earlier|original)\s+(?:\w+\s+){0,2}?(?:of\s+)?)\S{0,3}$")
_NEW_OUTLOOK = re.compile(r"(?i)\bto\s+[\"“]?(?:a\s+range\s+of\s+|between\s+)?[\"“]?\S{0,3}$")


def revised_outlooks(figures: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"raised its outlook for sales growth from a range of 3% to 4% to a range of 3% to 5%", "increased its outlook
    for adjusted operating margin from 1% previously, to "between 1% and 2%"": of a range (or a figure) the outlook
    moved from and the range it moved to, of one kind and unit, the new lists the old and carries the way the
    sentence's verb says it went."""
    words = text[sentence[0]:sentence[1]]
    way = "rising" if _RAISED_OUTLOOK.search(words) else "falling" if _LOWERED.search(words) else ""
    if not way or not any(f.upper for f in figures):
        return
    for old, new in zip(figures, figures[1:]):
        if old.kind != new.kind or old.unit != new.unit or not (old.upper or new.upper) or new.trend:
            continue
        if _OLD_OUTLOOK.search(text, max(sentence[0], old.start - 60), old.start) and \
                _NEW_OUTLOOK.search(text, max(old.end, new.start - 40), new.start):
            new.link(old)
            new.trend = way


def _gap_between(figures: list[Figure], first: Figure, second: Figure, text: str) -> bool:
    """"£1.1 billion and 34 per cent higher than the previous record (£1.4 billion)", "£97.5 million) and £53.3
    million more than ... £202 million": the comparison is the gap's, a figure between the two, not the first's."""
    return any(first.end <= f.start and f.end <= second.start and _IS_A_GAP.match(text[f.end:second.start])
               for f in figures)


# "The total number of deaths was 4,960 at the end of March and exceeded 5,000 on the first day of April": the
# measure passing a mark later, not the earlier figure set above anything
_CROSSED = re.compile(r"(?i)\b(?:exceeded|crossed|surpassed|topped|passed)\s+(?:the\s+)?\S{0,4}$")
_SIZES_A_RANKING = re.compile(r"(?i)\b(?:top|bottom)[\s-]*$")
# "among the top losers", "one of Asia's biggest": a figure of the leading group, not the leader
_AMONG_THE = re.compile(r"(?i)\b(?:among|one of)\s+(?:the\s+)?(?:[\w'’]+\s+)?$")
# "the largest of which", "the biggest among them": the largest member of what was counted before
_OF_A_SET = re.compile(r"(?i)\s+(?:of|among)\s+(?:which|them|these|those|whom)\b")


def _ranked_by(before: str, reach: int = 40) -> re.Match | None:
    """The superlative at most `reach` characters before a figure that says it leads or trails its rivals, or
    None: in "the top 10 countries" or "the top 1%" it sizes the ranking, right before the number, and ranks
    nothing."""
    ranked = None
    for found in itertools.chain(_HIGHEST.finditer(before), _LOWEST.finditer(before)):
        if found.start() >= len(before) - reach and (ranked is None or found.start() > ranked.start()):
            ranked = found
    if ranked is None or not before[ranked.end():].strip(" -") or _AMONG_THE.search(before[:ranked.start()]) or \
            _A_RECORD.match(before[ranked.end():]) or _PLACE_BEFORE.search(before[:ranked.start()]) or \
            _A_DOER_THAT_MOVED.match(before[ranked.end():]) or \
            _WITHIN_A_PLACE.match(before[ranked.end():]) or _A_NAMED_THING.match(before[ranked.end():]) or \
            _SAID_AFTER_ITS_FIGURE.search(before[:ranked.start()]) or _MEMBERS_NAMED.search(before[ranked.end():]) or \
            _A_SENTENCE_ENDS.search(before[ranked.end():]):
        # ("India is the world's largest arms importer. 33 percent of its imports come from France": a superlative of
        # the sentence before ranks its own subject, not the next sentence's figure)
        return None
    return ranked


# a sentence or paragraph that ends between a superlative and the figure after it
_A_SENTENCE_ENDS = re.compile(r"\n|[a-z\d%)][.!?][\"”’]?\s+$")
# Words after a superlative that name some of the ranked, in no order: "Several other top banks, including Wema Bank
# (N89.09 billion), Fidelity Bank (N247.1 billion)"
_MEMBERS_NAMED = re.compile(r"(?i)\b(?:including|include[sd]?|such\s+as)\b")


# "ranged between 1.60 million bpd at its lowest and 1.73 million bpd at its peak": a superlative said after the
# figure it ranks
_SAID_AFTER_ITS_FIGURE = re.compile(r"\d[^\d.;]{0,25}\bat\s+(?:its|their|the)\s*$")


_OF_WHICH = re.compile(r"(?i)\b(?:to|of|among|in)\s+which\b")
# "17,59,881 or 1.75 million units": one figure told again in other words
_OR_IN_OTHER_WORDS = re.compile(r"(?i)\s*(?:[a-z]+\s+)?,?\s*or\s+(?:about\s+|nearly\s+|some\s+|around\s+)?\S{0,4}")
# "two-thirds of the", "half of", "40 percent of": a share of the figure after it
_A_SHARE_OF = re.compile(r"(?i)\b(?:half|thirds?|quarters?|fifths?|tenths?|per\s?cent|percent|%)\s+of\b")
# "four times the number on December 1", "twice the level of": the base a multiple names after it
_ITS_OWN_BASE = re.compile(r"(?i)\s+(?:the|its|their|that|those|what)\s+(?:[a-z]+\s+){0,2}?"
                           r"(?:number|level|figure|total|amount|count|value|rate|size)\b")
# "..., including 211 in critical care", "of which 1,200 were new": a part the sentence names after its figure
_A_PART_NAMED = re.compile(r"(?i)\b(?:including|of\s+which|of\s+whom|among\s+them)\s+(?:about\s+|some\s+|nearly\s+)?\S{0,4}$")
# "Of LNG exports worldwide totaling", "Out of the total of": a sentence opened by the set a superlative picks from
_A_DIFFERENCE_OF = re.compile(r"(?i)\b(?:a|the)\s+(?:difference|gap|spread)\s+of\s+\S{0,4}$")
_THE_SETS_TOTAL = re.compile(r"(?:^|[.;]\s+|\n)(?:Of|Out of)\s+[^,.;\d]{0,60}?\b(?:total(?:ing|ling|ed|led)?|of)\s*\S{0,4}$")
# "growth in its largest market Nigeria and a 5.2 percent improvement": the superlative names a thing (a noun, then its
# name), and "and" opens the next item: it ranks no figure after it
_A_NAMED_THING = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+and\b")


# "Mortgage fees at the nation's biggest home lender declined by a third": the superlative ranks a doer the subject
# belongs to, whose figure then moved, not the figure among its rivals ("Qatar was the biggest exporter with 107.1"
# ranks the figure: no verb of moving between)
_A_DOER_THAT_MOVED = re.compile(r"(?i)^\s+(?:[a-z][\w-]*\s+){0,2}(?:lender|bank|company|firm|group|producer|maker|"
                                r"carmaker|automaker|retailer|carrier|insurer|miner|exporter|importer|economy|airline|"
                                r"operator|brand|chain|port|airport|city|state|country|market)s?\s+(?:[a-z]+ly\s+)?"
                                rf"(?:{'|'.join(w for w in RISE_WORDS + FALL_WORDS if w.endswith('ed'))}|rose|grew|fell|shrank|slid|sank|"
                                r"lost)\b")


# "Samsung's shipment was the highest in Europe (37 per cent) and Latin America (45 per cent)": the subject leads
# its rivals within each place named, whose figures are no rivals of one another
_WITHIN_A_PLACE = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*\(\s*\S{0,3}$")


# "the third biggest allocation", "the second-largest buyer": a place in the ranking, not its head
_PLACE_BEFORE = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                           r"no\.\s*\d+)[\s-]*$")


# "the highest single-day spike of 24,879 new cases": a record against the measure's own past, not a ranking of
# the sentence's other figures (the day's deaths, the running total)
_A_RECORD = re.compile(r"(?i)\s*(?:ever\s+)?(?:single[- ]day|one[- ]day|daily|ever|on record|monthly|weekly|annual)\b")


def _compared_ahead(figures: list[Figure], text: str) -> None:
    """"growth in rural areas slightly outpaced urban centers with it growing 5.6 percent, whereas the latter grew
    4.8 percent": the comparison said before both figures, the first of the two against the second."""
    pairs = {}
    for figure in figures:
        if figure.kind not in ("conversion", "change"):
            pairs.setdefault((figure.kind, figure.unit), []).append(figure)
    for first, second in (p for p in pairs.values() if len(p) == 2):
        sentence_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start))
        ahead = text[max(sentence_start, first.start - 160):first.start]
        verb = _AHEAD_ABOVE.search(ahead) or _AHEAD_BELOW.search(ahead)
        if verb and not first.trend and not second.trend and first.value != second.value and \
                _SECOND_OF_TWO.search(text[first.end:second.start]):
            first.trend = "above" if _AHEAD_ABOVE.search(ahead) else "below"
            first.link(second)


_AHEAD_ABOVE = re.compile(r"(?i)\b(?:outpac|outstrip|outperform|outgr[eo]w|outsold|outnumber)\w*")
_AHEAD_BELOW = re.compile(r"(?i)\b(?:lagg(?:ed|ing) behind|lags behind|trail(?:ed|ing|s)|underperform\w*)")
_SECOND_OF_TWO = re.compile(r"(?i)(?:,\s*|\s)(?:whereas|while|compared (?:with|to)|against|versus|vs\.?)\b")


_THAT_COMPARED = re.compile(r"^\W*(?:That|This|It|Which)(?:['’]s| is| was)\s+(?:well\s+|far\s+|slightly\s+|just\s+|also\s+)?"
                            r"(?P<word>above|below|higher than|lower than|more than|less than|ahead of|short of|"
                            r"better than|worse than|over|under)\b", re.I)


# "This translated into a growth of 11.4 per cent", "It works out to a rise of 4 percent": the move of the figures
# the sentence before gave
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# ("In this way it increased by 17.42 percent": the move said again, its subject the sentence before's)
_THIS_IS_A_RATE = re.compile(r"(?i)\s*(?:in\s+this\s+way,?\s+)?(?:this|that|it|which)\s+(?:again\s+)?(?:in\s+turn\s+)?"
                             r"(?:translat\w*|convert\w*|works?\s+out|worked\s+out|amount\w*|represent\w*|reflect\w*|"
                             r"indicat\w*|mean\w*|mark\w*|is|was|(?:has\s+|have\s+)?(?:increased|rose|risen|grew|grown|jumped|fell|fallen|declined|"
                             r"decreased|dropped)\s+by)\b")


# "36%, with ", " percent compared to January 2023, with ": a rate, the rest of its clause (years aside, no figure),
# then a clause of "with" up to the next figure
_THEN_WITH = re.compile(r"(?i)\s*(?:%|percent|per\s?cent)?(?:[^.;\d]|\b(?:19|20)\d\d\b){0,60}?,\s+with\s+[^.;\d]{0,30}?")
# " percent growth and about ": a rate's noun, then "and" and the level the move reached
_THEN_AND = re.compile(rf"(?i)\s*(?:%|percent|per\s?cent)?\s+{RATE_MOVE_NOUN}\s+and\s+(?:about\s+|over\s+|nearly\s+|around\s+)?\S{{0,4}}")


def rate_then_its_pair(figures: list[Figure], text: str) -> None:
    """"Loaded imports dropped 36%, with 60,311 TEUs transiting the Port, compared to 94,271 TEUs in March 2022",
    "Exports saw a decrease of 6.7 percent compared to January 2023, with 104,724 TEUs registered in January 2024
    against 112,269 TEUs in January 2023": a rate with no level of its own, then a clause of "with" that gives a level
    and the one it is compared with, is the move between them (when its direction is theirs). So is "exports of
    basmati rice witnessed 32.83 percent growth and about 54,061 metric tons ... valuing US$ 53.384 million exported as
    compared the exports of 48,571 metric tons worth US$ 40.190 million": a growth of exports told with their volume
    and their value is the value's, as trade figures are."""
    for index, rate in enumerate(figures[:-1]):
        later = figures[index + 1]
        if rate.kind != "growth" or rate.unit != "percent" or rate.links or not later.is_level \
                or not (_THEN_WITH.fullmatch(text, rate.end, later.start)
                        or _THEN_AND.fullmatch(text, rate.end, later.start)):
            continue
        worth = figures[index + 2] if index + 2 < len(figures) else None
        if later.unit not in CURRENCIES and worth is not None and worth.is_level and worth.unit in CURRENCIES \
                and _WORTH.fullmatch(text, later.end, worth.start):
            later = worth
        before = [f for f in figures if f.id in later.links and not later.links[f.id] and f.is_level
                  and f.unit == later.unit]
        if len(before) != 1 or rate.direction and (rate.direction == "rise") != (later.scale_value > before[0].scale_value):
            continue
        rate.period = later.period
        rate.link(later)
        rate.link(before[0])


# " of chicken meat to the world": the thing an amount is of, up to the next preposition or break
_OF_A_THING = re.compile(r"(?i)\s+of\s+(?P<thing>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)(?=\s+(?:to|in|from|for|at|on|"
                         r"by|during|between|compared|against|versus|than|over|and)\b|\s*[,.;()])")


def rate_before_its_pair(figures: list[Figure], previous: list[Figure], earlier: list[Figure], text: str) -> None:
    """"China's exports of rare earths in December rose 5.4 per cent from a year earlier, data ... showed on Friday.
    Exports of the group of 17 minerals ... were 4,307 tonnes, up from 4,087.60 tonnes in December 2021": a rate alone
    in its sentence, no amount beside it, is the move of the pair of levels of its measure the next sentence gives
    with no rate of its own (inferred: the words, not the sentence, tie them). Not a headline's rate, nor one the
    headline restates ("Renault's first half net profit fell 20 percent" over "its first-half earnings fell 20
    percent"): those are read against the body as one (headline vs body), the pair taking the restated rate's measure
    otherwise."""
    headline = {f.value for f in earlier if f.section == "headline" and f.kind == "growth"}
    rates = [f for f in previous if f.kind == "growth" and f.unit == "percent" and not f.links and not f.estimate
             and f.section != "headline" and f.value not in headline]
    if len(rates) != 1 or figures[0].sentence - previous[-1].sentence != 1 \
            or any(f.is_amount and f.kind != "conversion" for f in previous) or any(f.kind == "growth" for f in figures):
        return
    pairs = [(later, before) for later in figures for before in figures
             if later.is_level and before.baseline and before.id in later.links]
    if len(pairs) != 1:
        return
    (later, before), rate = pairs[0], rates[0]
    # (the words of the level's clause, not its measure alone: "Exports of the group of 17 minerals from the world's
    # largest producer were 4,307 tonnes")
    # ("The country sold $5.163 billion of chicken meat to the world": and the thing an amount is "of", right after it)
    thing = _OF_A_THING.match(text, later.end)
    shared = (told_key(rate.measure) - GENERIC) & (
        key_of(text[later.clause[0]:later.start] + " " + (thing.group("thing") if thing else "")) - GENERIC)
    rose = later.scale_value > before.scale_value
    # (a pair of the rate's very measure is read with it as one measure already, in the rate's own right)
    if not shared or rate.measure.key == later.measure.key or rate.period and later.period and rate.period != later.period \
            or rate.direction and (rate.direction == "rise") != rose:
        return
    rate.period = rate.period or later.period
    rate.link(later)
    rate.link(before)
    rate.inferred = True


def rate_of_the_move_before(figures: list[Figure], previous: list[Figure], text: str) -> None:
    """"Hydro power generation rose to 7.4 billion units in January 2019 from 6.6 billion units in the same month a
    year ago. This translated into a growth of 11.4 per cent": a rate in a sentence of its own, with no level
    beside it, that "this" ties to the move the sentence before gave (a link to confirm), from its earlier level to
    its later one, so "increased from 732,483 as at the end of June 2017 to 809,269 ... This reflects a percentage
    increase of 10.48% for the month" is a month's move; so does "In this way it increased by 17.42 percent". So too "The figure rose
    more than 133,000 bpd, representing a 0.13 per cent increase": the move's amount and its rate. A sentence before
    that sets one measure's figure of a period beside its figure of an earlier one, with no word of a move ("was
    55,961 in 2018 as against 40,328 aircrafts in 2017. This represents 38.92% growth rate"), gave that move too."""
    growths = [f for f in figures if f.kind == "growth" and not f.links]
    changes = [f for f in figures if f.kind == "change" and f.is_amount and not f.links]
    moves = sorted(growths + changes, key=lambda f: f.start)
    if not moves or len(growths) > 1 or len(changes) > 1 or any(f.is_level for f in figures) \
            or not (_THIS_IS_A_RATE.match(text, moves[0].clause[0]) or _THE_FIGURE_MOVED.match(text, moves[0].clause[0])):
        return
    if _A_YEAR.search(text, moves[0].clause[0], moves[0].start):
        return  # "It is the second contraction in 44 months - the month of April 2015 saw a decline of 0.5 per cent"
    moved = [f for f in previous if f.is_level and any(previous_f.baseline and previous_f.id in f.links
                                                      for previous_f in previous)]
    if not moved and (pair := _two_periods_side_by_side(previous)):
        later, earlier = pair
        earlier.baseline = True
        later.link(earlier)
        moved = [later]
    if moved:
        later = moved[-1]
        earlier = next(previous_f for previous_f in previous if previous_f.baseline and previous_f.id in later.links)
        for move in moves:
            if move.kind == "change" and move.unit != later.unit:
                continue
            move.measure, move.period = later.measure, later.period
            move.link(later)
            move.link(earlier)
            move.inferred = True


def _two_periods_side_by_side(previous: list[Figure]) -> tuple[Figure, Figure] | None:
    """The later and the earlier figure when a sentence's only two amounts are one measure's levels of two periods,
    one ending before the other begins and neither tied to another figure yet."""
    amounts = [f for f in previous if f.is_amount and f.kind != "conversion"]
    if len(amounts) != 2 or not all(f.is_level and not f.links and not f.baseline for f in amounts):
        return None
    first, second = amounts
    if first.unit != second.unit or first.measure.key != second.measure.key:
        return None
    if ends_before(first.period, second.period):
        return second, first
    return (first, second) if ends_before(second.period, first.period) else None


# "This is down 41.4 percent", "It represents an increase of 5 per cent": a sentence that opens on the figure before
# and how it moved as a rate
_THIS_MOVED = re.compile(r"(?i)\s*(?:this|that|it)(?:['’]s|\s+(?:is|was|represents|represented|marks|marked))\s+"
                         r"(?:also\s+)?(?:an?\s+)?(?:up|down|increase|decrease|rise|fall|drop|decline|gain|jump|growth)\b")


def rate_of_the_level_before(figures: list[Figure], previous: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"Japan paid US$41.77 billion for LNG imports in the April-March period as oil and gas prices fell. This is down
    41.4 percent as compared to the same period a year before": a sentence that opens on "this" and a move, with a
    rate and no amount of its own, tells the move of the one level the sentence before gave with no move beside it.
    The rate is that level's (a link to confirm), not a rate of the pair of tonnes its measure's name also fits."""
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent" and not f.links]
    levels = [f for f in previous if f.is_amount and f.kind != "conversion"]
    if not _THIS_MOVED.match(text, sentence[0]) or len(rates) != 1 or any(f.is_amount for f in figures) \
            or len(levels) != 1 or not levels[0].is_level or levels[0].baseline or levels[0].links \
            or any(f.kind == "growth" or levels[0].id in f.links for f in previous):
        return
    rate, level = rates[0], levels[0]
    rate.measure = level.measure
    rate.period = rate.period or level.period
    rate.link(level)
    rate.inferred = True


# "This is app. 35,000 (13 pct) more than a year ago", "That was $2 million less than in 2019": a sentence that opens
# on the figure before, then by how much it exceeds its earlier self
_THIS_IS_MORE = re.compile(r"(?i)\s*(?:this|that|it)(?:['’]s|\s+(?:is|was))\s+(?:also\s+)?(?:[a-z]+\.?\s+)?\S{0,4}\d[\d,.]*"
                           r"(?:\s*(?:million|billion|thousand|mn|bn|m|k))?\s*(?:\([^()]{1,20}\)\s*)?(?:more|fewer|less)\s+"
                           r"than\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:in\s+)?the\s+(?:previous|prior|same)\b|(?:in\s+)?(?:19|20)\d\d\b)")


def change_of_the_level_before(figures: list[Figure], previous: list[Figure], text: str,
                               sentence: tuple[int, int]) -> None:
    """"A total of 279,000 people were employed in business service centres ... at the end of Q1 2018. This is app.
    35,000 (13 pct) more than a year ago": a sentence that opens on "this" and by how much it exceeds a year before,
    with no level of its own, tells the move of the one level the sentence before gave (with its rate in brackets, if
    any): a link to confirm."""
    changes = [f for f in figures if f.kind == "change" and f.is_amount and not f.links]
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent" and not f.links]
    levels = [f for f in previous if f.is_level and f.kind != "conversion"]
    if not _THIS_IS_MORE.match(text, sentence[0]) or len(changes) != 1 or len(rates) > 1 \
            or any(f.is_level for f in figures) or len({(f.value, f.unit) for f in levels}) != 1 \
            or levels[0].baseline or levels[0].links or changes[0].unit != levels[0].unit:
        return
    level = levels[0]
    for move in changes + rates:
        move.measure = level.measure
        move.period = level.period
        move.link(level)
        move.inferred = True


# "That was up", "That's up", "This is down": a sentence that opens on the figure before and how it moved
# (" from the ", " from": what the change started from, right after it)
_FROM_RIGHT_BEFORE = re.compile(r"(?i)\s*(?:[a-z]+\s+)?from\s+(?:the\s+)?\S{0,4}")
_THAT_WAS_UP = re.compile(r"(?i)\s*(?:that|this|it)(?:['’]s|\s+(?:was|is))\s+(?:also\s+)?(?:up|down)\b")
# "This is a significant increase of 16 percent", "This is 2.5% higher": a sentence that opens on the figure before
# and its move, a rate
# ("This represents a 15.8% increase from the 17.6 million members": the rate before its noun)
_THIS_IS_A_MOVE = re.compile(rf"(?i)\s*(?:that|this|it)(?:['’]s|\s+(?:was|is|represents|represented))\s+(?:also\s+)?"
                             rf"(?:(?:an?\s+)?(?:[a-z]+\s+){{0,2}}?{RATE_MOVE_NOUN}\s+of\b|"
                             rf"an?\s+(?:[a-z]+\s+)?\S{{0,3}}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+{RATE_MOVE_NOUN}\b|"
                             rf"\S{{0,3}}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:higher|lower|more|less|above|below)\b)")
# ", compared to the", " higher than the peak demand last winter of ", " increase from the ": from the rate to the
# figure it is measured from
_AGAINST_THE_FIGURE = re.compile(rf"(?i)\s*(?:higher|lower|more|less|above|below|{RATE_MOVE_NOUN})?\s*,?\s*"
                                 rf"(?:compared\s+(?:to|with)|than|over|from)\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){{0,4}}?"
                                 rf"(?:of\s+)?\S{{0,3}}")


def changes_from_a_figure_before(figures: list[Figure], previous: list[Figure], text: str,
                                 sentence: tuple[int, int]) -> None:
    """"... 156,227,000 Americans participated in the labor force in March. That was up 503,000 from the 155,724,000
    who participated in the labor force in February": a change a sentence of "that" tells from a figure of its own
    moved to the last level of the sentence before, of the same unit (a link to confirm)."""
    if not figures or not _THAT_WAS_UP.match(text, sentence[0]):
        return
    levels = [f for f in previous if f.is_level and not f.baseline]
    for change in (f for f in figures if f.kind == "change" and f.is_amount and len(f.links) == 1):
        start = next((f for f in figures if f.id in change.links), None)
        # (of the start's size: not "had actively sought one")
        later = [f for f in levels if f.unit == start.unit and start.scale_value > 0
                 and 0.5 <= f.scale_value / start.scale_value <= 2] if start is not None else []
        if later and start.start > change.end and _FROM_RIGHT_BEFORE.fullmatch(text, change.end, start.start):
            change.link(later[-1])
            change.inferred = True


def rates_from_a_figure_before(figures: list[Figure], previous: list[Figure], text: str,
                               sentence: tuple[int, int]) -> None:
    """"... with $931.6 million coming in. That was up 16 percent from the old record haul of $803.1 million set in
    October": a rate a sentence of "that" tells from a figure of its own is the move to the last level of the sentence
    before, of the same unit and size (a link to confirm). So is "a total of 287,067 tourists visited ... This is a
    significant increase of 16 percent compared to the 247,164 that visited", and "This is 2.5% higher than the peak
    demand last winter of 6748 MW", when the two levels went the rate's way."""
    said_up = _THAT_WAS_UP.match(text, sentence[0])
    said_a_move = _THIS_IS_A_MOVE.match(text, sentence[0])
    if not figures or not (said_up or said_a_move):
        return
    # (the way the words say it went, when they say it: "5.4 percent less than the P1.26 trillion")
    way = "" if said_up else "fall" if re.search(r"(?i)\b(?:decrease|decline|drop|fall|lower|less|below)\b",
                                                   said_a_move.group(0)) else "rise"
    levels = [f for f in previous if f.is_level and not f.baseline and f.kind != "conversion"]
    for at, rate in enumerate(figures[:-1]):
        start = figures[at + 1]
        # (a rate already read as the move from the figure after it, its only tie, is read again)
        if rate.kind != "growth" or rate.unit != "percent" or set(rate.links) - {start.id} or not start.is_level \
                or any(f.is_level for f in figures[:at]) or not (
                    _FROM_THE_FIGURE.fullmatch(text, rate.end, start.start)
                    or not said_up and _AGAINST_THE_FIGURE.fullmatch(text, rate.end, start.start)):
            continue
        # (said as a move, from a figure of a period before the level's (not "It is 23% lower than the 10-year
        # average of $2,694"), to no plan: "5.4 percent less than the P1.26 trillion" after "of the planned 1.84
        # trillion")
        later = [f for f in levels if f.unit == start.unit and start.scale_value > 0
                 and 0.5 <= f.scale_value / start.scale_value <= 2
                 and (said_up or (way == "rise") == (f.scale_value > start.scale_value)
                      and f.kind != "forecast" and not f.estimate and ends_before(start.period, f.period))]
        if not later:
            continue
        level = later[-1]
        rate.measure = start.measure = level.measure
        # (a period the rate took from the figure it is measured from is that figure's, not the move's)
        rate.period = level.period if not rate.period or rate.period == start.period else rate.period
        rate.link(level)
        rate.link(start)
        level.link(start)
        start.baseline = True
        rate.inferred = True


# "Last month, ", "A week earlier, ", "Previously, ": a sentence that opens on the period before the one spoken of
_OPENS_ON_THE_PERIOD_BEFORE = re.compile(r"(?i)\s*(?:last\s+(?:month|week|quarter|year)|(?:a|one)\s+(?:month|week|"
                                         r"quarter|year)\s+(?:ago|earlier|before)|previously|earlier)\s*,")


def moved_from_the_period_told_after(figures: list[Figure], previous: list[Figure], text: str,
                                     sentence: tuple[int, int]) -> None:
    """"Zera has increased the retail prices for LPG ... by four percent to US$1,92 ... Last month, the authority set
    the retail prices of LPG at US$1,85 per kg": a rate of the sentence before, tied to the one level it moved to and
    to no period of its own, moved from the level of that unit the next sentence gives for the period before (a link
    to confirm), when the levels went the rate's way."""
    if not _OPENS_ON_THE_PERIOD_BEFORE.match(text, sentence[0]):
        return
    for rate in (f for f in previous if f.kind == "growth" and f.unit == "percent" and not f.own_period
                 and not f.estimate):
        reached = [previous_figure for previous_figure in previous if previous_figure.id in rate.links]
        if len(reached) != 1 or not reached[0].is_level:
            continue
        before = [f for f in figures if f.is_level and f.unit == reached[0].unit and f.kind != "conversion"
                  and f.period and not f.links]
        if len(before) != 1 or rate.direction and (rate.direction == "rise") != (
                reached[0].scale_value > before[0].scale_value):
            continue
        # (the rate and its level are of the month or year after the one the sentence opens on)
        after = _month_or_year_after(before[0].period)
        if not after or rate.period not in ("", after) or reached[0].period not in ("", after):
            continue
        rate.period, rate.basis, reached[0].period = after, before[0].period, after
        before[0].measure = reached[0].measure
        rate.link(before[0])
        reached[0].link(before[0])
        rate.inferred = True


# ", when the figure stood at", ", when exports were valued at", "where there were": a clause of when that gives a
# figure, its subject a pronoun, a noun for a figure, or up to five words of a measure (moves_told_after reads "when it
# was" right after a level and its rate)
_WHEN_THE_FIGURE_WAS = re.compile(r"(?i)\b(?:(?:when|where)\s+(?:(?:it|they|there)\s+|(?:(?!since\b)[\w'’-]+\s+){1,5}?)|"
                                  # ("from the previous April, which registered 67,910 visitors": the period's own verb)
                                  r"which\s+)"
                                  r"(?:had\s+)?(?:stood|totall?ed|was|were|reached|amounted|came|hit|recorded|registered|"
                                  r"touched)\s+(?:(?:at|to|in|valued\s+at|recorded\s+at|worth)\s+)?(?:an?\s+)?"
                                  r"(?:total\s+of\s+)?(?:about|around|roughly|nearly|just|only|over|some|almost|"
                                  r"approximately)?\s*\S{0,4}$"
                                  # ("compared to the 12 months up to June 2021 when 3.9 million were seen": the figure
                                  # right after "when", its verb after it)
                                  r"|\bwhen\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+|some\s+|almost\s+)?\S{0,4}$")
# "compared to last year", "on the same period in 2018", "from FY 2022", "than in 2024", "compared to the 12 months up
# to June 2021": the period a move is measured against, said right before that clause (not "than at any time since
# 1973": a record's year, no figure moved from)
_AGAINST_A_PERIOD = re.compile(rf"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against|from|on|"
                               r"over|than|against|versus|vs\.?)\s+"
                               r"(?:(?:the\s+)?\w+\s+months\s+(?:up\s+)?(?:to|until|through|end(?:ing|ed)(?:\s+in)?)\s+)?"
                               r"(?:(?!since\b)[\w'’-]+\s+){0,4}?"
                               rf"(?:year|period|month|quarter|week|half|{MONTHS}|May|(?:19|20)\d\d(?:[-–/]\d{{2,4}})?|"
                               r"earlier|ago|before)\W{0,2}$")
# "This number was", "It was", "The figure": a subject that points back to the sentence before's figure
_POINTING_BACK = re.compile(r"(?i)\s*(?:it|this|that|the)\s+(?:(?:figure|number|total|amount|level|tally|count|sum)\s+)?"
                            r"(?:is|was|has|had|marks|marked|represents|represented)\b")


def moved_from_when_it_was(figures: list[Figure], previous: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"This number was down by 2,069 or 46.0% on the same period in 2018, when the figure stood at 4,490", "Exports
    rose 12% to USD 716 million, compared with 2024, when exports were valued at USD 639.86 million": the figure of
    a clause of when, after the period a move is measured against, is the figure the move started from. It is linked
    from the figure the move reached, in the sentence before the clause, or the sentence before's first when the
    sentence's subject points back to it ("This number"; a link to confirm); with no figure reached, the move's
    change is linked to it alone, the figure it moved from."""
    for old in figures:
        if not old.is_amount or old.kind in ("change", "conversion") or old.baseline or old.links:
            continue
        when = _WHEN_THE_FIGURE_WAS.search(text, max(sentence[0], old.start - 90), old.start)
        against = when and _AGAINST_A_PERIOD.search(text, sentence[0], when.start())
        if not against:
            continue
        before = [f for f in figures if f.end <= against.start()]
        moves = [f for f in before if f.kind == "growth" and f.unit == "percent"
                 or f.kind == "change" and f.unit == old.unit]
        # (its conversion in brackets, "USD 639.86 million (Shs2.353 trillion)", ties it to no other figure)
        if not moves or any(old.id in f.links for f in figures if f not in moves and f.kind != "conversion"):
            return
        # (not a figure moved from itself: "up 12% from 506 beds the previous week and 56% higher than at this stage
        # last year, when the average stood at 363")
        reached = _not_its_listed_parts([f for f in before if f.is_amount and f.kind not in ("change", "conversion")
                                         and not f.baseline and f.unit == old.unit
                                         and not _BASELINE.search(text, f.clause[0], f.start)], text)
        inferred = False
        if not reached and _POINTING_BACK.match(text, sentence[0]):
            reached = [f for f in previous if f.is_level and not f.baseline and f.unit == old.unit
                       and old.scale_value > 0 and 0.2 <= f.scale_value / old.scale_value <= 5][:1]
            inferred = True
        if reached:
            new = reached[-1]
            if any(f.baseline and f.id in new.links for f in figures + previous):
                return  # (the figure reached has its figure before already: "up from $61.5 million")
            old.measure = new.measure
            if not old.own_period or old.period == new.period:
                old.period = _the_period_against(text[against.start():when.start()], new.period)
            old.baseline = True
            new.link(old)
            for move in moves:
                # ("an increase of 4.85 percent compared to 2015 when the amount traded amounted to 1.03 trillion":
                # a rate read as the move to the figure it moved from, the one figure of its clause)
                move.links.pop(old.id, None)
            told = {f.id: f for f in figures + previous}
            for move in moves:
                # (a move not yet tied to a figure of the unit it moved in: "totaled $1.08 billion, for an increase of
                # $91.4 million, or 9.2 percent" links the rate to the level, not the change)
                if not any(told[i].is_amount and told[i].kind != "change" and move.unit in ("percent", told[i].unit)
                           for i in move.links if i in told):
                    move.link(new)
                    move.inferred = move.inferred or inferred
            continue
        for change in (f for f in moves if f.kind == "change"):
            old.measure = change.measure
            old.period = _the_period_against(text[against.start():when.start()], change.period)
            old.baseline = True
            change.link(old)


# ", which had more than ": an aside of "which" or "who" still open before a figure
_IN_A_WHICH_ASIDE = re.compile(r"(?i),\s*(?:which|who)\s[^,;]*$")


# What opens a list of the parts a figure is made of, right after it: "98,785 people, consisting of 1,674 foreign
# guests and 97,111 domestic guests", "16,625 people, namely 1,609 foreign guests and ..."
_ITS_PARTS_LISTED = re.compile(r"(?i)[^.;\d]{0,40}?,\s*(?:consisting\s+of|comprising|made\s+up\s+of|composed\s+of|"
                               r"namely|of\s+which|of\s+whom)\b")


def _not_its_listed_parts(reached: list[Figure], text: str) -> list[Figure]:
    """The figures a move may have reached, without the parts listed after one of them: "was 98,785 people, consisting
    of 1,674 foreign guests and 97,111 domestic guests, an increase of 9,473 people (10.61%) compared to November
    2011, which was recorded at 89,312 people" moved the whole, not its last part."""
    for index, whole in enumerate(reached):
        if _ITS_PARTS_LISTED.match(text, whole.end):
            return reached[:index + 1]
    return reached


def _the_period_against(words: str, period: str) -> str:
    """The period a move of a figure of `period` is measured against, by the words that name it: "from April 2024"
    (its month and year), "compared to the previous month|quarter" (the one before), else the year before."""
    named = re.search(rf"\b({MONTHS}|May)\s+((?:19|20)\d\d)\b", words)
    if named:
        month = f"{named.group(2)}-{MONTH_NUMBER[named.group(1).lower()[:3]]:02d}"
        # ("compared to the 12 months up to June 2021", of a figure of July 2021-June 2022: the span a year before,
        # which ends in the month named)
        a_year_back = year_before(period) or ""
        return a_year_back if "/" in a_year_back and a_year_back.endswith(month) else month
    if re.search(r"(?i)\b(?:(?:previous|prior|preceding|last)\s+week|the\s+week\s+before)\b", words) \
            and (weeks := week_before(period)):
        return weeks  # ("This is a 79% rise on the week before when 2,088 were in hospital")
    if re.search(r"(?i)\b(?:previous|prior|preceding|last)\s+(?:month|quarter|week)\b", words):
        return period_before(period) or ""
    return year_before(period) or ""


# " (+7.4%)", " (up 7.4 per cent)", ", or 7.4%": the rate right after an amount's move, the same move
# (", signifying an increase of 0.89%" after "70 million more passengers than that of the last year": the move named
# again, the words between the change's and the rate's no figure of their own)
_ITS_RATE_AFTER = re.compile(r"(?i)\s*(?:\(\s*(?:up\s+|down\s+)?\+?|,?\s*or\s+(?:by\s+)?|"
                             rf"[^\d.;:]*?,\s*(?:signifying|representing|marking|indicating|meaning|which\s+is)\s+"
                             rf"(?:an?\s+)?(?:{'|'.join(RISE_WORDS + FALL_WORDS)})\s+(?:of\s+)?)$")


def moves_of_a_level_told_before(figures: list[Figure], earlier: list[Figure], text: str) -> None:
    """"At the end of 2019, global renewable generation capacity amounted to 2 537 GW. ... Renewable generation
    capacity increased by 176 GW (+7.4%) in 2019": a sentence that gives a measure's move alone, no level of its
    own, moves the level of that measure (named by its words, or more) and period the article gave before, the
    nearest; the rate beside the move is the same move's (inferred: the words, not the sentence, tie them)."""
    # (a move whose own words name its period: "So far, it has raised Rs 713.08bn" after a year's target, or a
    # year-to-date move after the month's level, is no move of the level before; "70 million more passengers than
    # that of the last year" names the year back it is measured against, so is of the year reported)
    changes = [f for f in figures if f.kind == "change" and f.is_amount and not f.links and f.measure.key
               and (f.own_period or _SAID_OF_A_YEAR_BACK.match(text, f.end)) and not any(f.id in g.links for g in figures)]
    if len(changes) != 1 or any(f.is_level and f.kind != "conversion" for f in figures):
        return
    change = changes[0]
    levels = [f for f in earlier if f.kind in ("level", "count") and not f.baseline and not f.estimate
              and f.unit == change.unit and f.period and f.period == change.period and f.sentence < change.sentence
              and change.measure.key <= f.measure.key and f.scale_value > change.scale_value]
    if not levels:
        return
    level = levels[-1]
    change.link(level)
    change.inferred = True
    for rate in figures:
        if rate.kind == "growth" and rate.unit == "percent" and not rate.links and rate.start > change.end \
                and _ITS_RATE_AFTER.fullmatch(text[change.end:rate.start]):
            change.link(rate)
            rate.link(level)
            rate.measure, rate.inferred = level.measure, True


def the_level_of_the_basis_told_before(figures: list[Figure], earlier: list[Figure]) -> None:
    """"Lithium hydroxide production in China fell by 1.6% MoM to 21,400 tonnes in October. ... production in November
    is likely to drop further by 5.8% MoM to 20,500 tonnes": a rate measured against the month (or quarter) before,
    with its level and no figure of that month beside it, moved from the level of that measure and month the article
    gave in the two sentences before, when it is near the level the rate implies (inferred: the measure and the period,
    not the sentence, tie them)."""
    for rate in figures:
        if rate.kind != "growth" or rate.unit != "percent" or not rate.basis:
            continue
        reached = [f for f in figures if f.id in rate.links and f.is_level and f.period]
        if len(reached) != 1:
            continue
        level = reached[0]
        basis = period_before(rate.period or level.period) if rate.basis == "sequential" else rate.basis
        if basis and basis == level.period and rate.period and rate.period != basis:
            _the_level_reached_told_before(rate, level, figures, earlier)
            continue
        if not basis or basis == level.period or any(f.is_level and f.period == basis for f in figures):
            continue
        # (the two sentences before, a level near where the rate puts the one before: a figure of the measure's
        # that sits far from it, "392,000 units were started in multi-unit buildings" before single-family
        # completions, is another's)
        try:
            implied = level.scale_value / _moved_by(rate)
        except (ValueError, ZeroDivisionError):
            continue
        before = [f for f in earlier if f.is_level and f.kind != "conversion" and not f.estimate and not f.baseline
                  and rate.sentence - 2 <= f.sentence < rate.sentence and f.period == basis and f.unit == level.unit
                  and f.measure.key == level.measure.key and abs(f.scale_value / implied - 1) <= 0.25]
        if len(before) != 1 or any(f.id in level.links for f in earlier):
            continue
        level.link(before[0])
        rate.link(before[0])
        rate.inferred = True


def moved_on_from_the_period_before(figures: list[Figure], text: str) -> None:
    """"The price ... cost $3.31 in December but rose to $4.02 in January -- a 2.1% increase in just one month": a
    level a verb of moving reached, after a level of its measure and unit of the month (or quarter, half) before in the
    sentence, with no level between, moved from that one; a rate of the later level measured against that period
    is the pair's. (A year's level a year on is paired by the checks themselves.)"""
    for new in figures:
        moved = _MOVED_TO.search(text, new.clause[0], new.start) if new.is_level and new.kind != "conversion" else None
        if not moved or moved.group(1).lower() not in RISE_WORDS + FALL_WORDS or not new.measure.key \
                or any(f.is_level and f.id in new.links for f in figures):
            continue
        before = period_before(new.period)
        levels = [f for f in figures if f.is_level and f.kind != "conversion" and f.end <= moved.start(1)]
        if not before or not levels or levels[-1].period != before or levels[-1].unit != new.unit \
                or levels[-1].measure.key != new.measure.key:
            continue
        old = levels[-1]
        new.link(old)
        old.baseline = True
        for rate in figures:
            if rate.kind == "growth" and new.id in rate.links and rate.basis in ("sequential", before):
                rate.link(old)


def _moved_by(rate: Figure) -> float:
    """The factor a rate moves a level by ("a 5.8% fall": 0.942), its way as the words said it."""
    return 1 + (-1 if rate.direction == "fall" else 1) * float(parse_printed(rate.value).value) / 100


def _the_level_reached_told_before(rate: Figure, start: Figure, figures: list[Figure], earlier: list[Figure]) -> None:
    """"Exports ... were 4,307 tonnes ... The month-on-month increase was 46.2 per cent from November's 2,949.60
    tonnes": a rate from the month before's level, with no level of its own month beside it, reached the level of its
    month told in the two sentences before, near where the rate puts it (of its measure when one is)."""
    if any(f.is_level and f.period == rate.period for f in figures):
        return
    try:
        implied = start.scale_value * _moved_by(rate)
    except ValueError:
        return
    told = [f for f in earlier if f.is_level and f.kind != "conversion" and not f.estimate and not f.baseline
            and rate.sentence - 2 <= f.sentence < rate.sentence and f.period == rate.period and f.unit == start.unit]
    near = [f for f in told if implied and abs(f.scale_value / implied - 1) <= 0.25]
    # (of its measure when one is; another's only when no level of its measure was told: "net profit declined 7.4 per
    # cent from Rs 435 crore", its measure misread as the net sales told before, is no move of those)
    same = [f for f in near if f.measure.key == start.measure.key]
    if not same and any(f.measure.key == start.measure.key for f in told):
        return
    near = same or near
    # (one figure printed alike twice, in a headline and its body, is one level)
    if len({(f.value, f.scale) for f in near}) != 1:
        return
    reached = near[-1]
    if start.id in reached.links:
        return  # (the pair is drafted already)
    reached.link(start)
    rate.link(reached)
    rate.inferred = True


# "The figure rose more than 133,000 bpd", "The number increased by": the figure the sentence before gave, moved
_THE_FIGURE_MOVED = re.compile(rf"(?i)\s*(?:the|this|that)\s+(?:figure|number|total|tally|amount|level)\s+"
                               rf"(?:has\s+|had\s+|also\s+)?(?:{'|'.join(RISE_WORDS + FALL_WORDS)})\b")


def change_of_the_pair_after(figures: list[Figure], previous: list[Figure], text: str) -> None:
    """"... the third highest amount of money, with an approximately 81 lakh crore increase from last year. This
    ministry had received Rs 1,18,101 crore last year ..., compared to Rs 1,99,107.71 crore in this year's
    budget": an amount changed by, with no figure of its own to move from or to, is the change between the two
    levels of different periods the next sentence pairs (a link to confirm)."""
    changes = [f for f in previous if f.kind == "change" and f.is_amount and not f.links]
    pairs = [(a, b) for a in figures for b in figures
             if a.is_level and b.is_level and b.id in a.links and a.period and b.period and a.period != b.period]
    # (the change the one amount of its sentence: "up almost Rs 32,000 crore over Rs 1,80,714 crore" has its own)
    if len(changes) != 1 or len(pairs) != 1 or [f for f in previous if f.is_amount] != changes:
        return
    try:
        first, second = (parse_period(f.period).start for f in pairs[0])
    except ValueError:
        return
    if first is None or second is None:
        return
    old, new = pairs[0] if first < second else pairs[0][::-1]
    change = changes[0]
    if change.period and change.period != new.period:
        return  # ("has reduced by 6.2 million tonnes" in 2017, then "In 2000, ... decreased from 1.111 million tonnes in
        # 1999 to 1.067 million": a move of another year, told as the last one like it)
    # ("the number of unemployed increased by 27,000." before "the civilian noninstitutional population increased by
    # 173,000, rising from 247,085,000 to 247,258,000": a pair whose own sentence gives its change takes none from
    # the sentence before)
    if any(f.kind == "change" and new.id in f.links for f in figures):
        return
    # ("KRA fell Sh93.2 billion short of its collection target. This underperformance triggered revisions of revenue
    # projections, first from Sh2.917 trillion to Sh2.63 trillion": how far below a plan, the gap between the plan and
    # what came in, not a move between two figures neither of which is the plan)
    if _SHORT_OF_AFTER.match(text, change.end) and not any(f.kind == "forecast" or "target" in f.measure.key
                                                     for f in pairs[0]):
        return
    if _one_currency(change, new):
        change.link(new)
        change.link(old)
        change.inferred = True


_SHORT_OF_AFTER = re.compile(r"(?i)\s*short\s+of\b")


# "as much as 16.9%", "as high as", "a high of": the peak a later figure eased from
_PEAK = re.compile(r"(?i)\b(?:as (?:much|high) as|(?:a|its|the) (?:session |intraday )?(?:high|peak) of|peaked at)\s+\S{0,3}$")


def retreated_from_the_peak(figures: list[Figure], previous: list[Figure], text: str) -> None:
    """"Shares of Ciena jumped as much as 16.9% on Thursday morning. The maker ... set a fresh 10-year high before
    retreating to a 13% gain": a figure the move eased back to, with nothing before it in its sentence, is below
    the peak the sentence before gave (a link to confirm)."""
    if not figures or not previous or not _MOVED_BELOW.search(text, figures[0].clause[0], figures[-1].end):
        return  # (looked for once a sentence: most have no such words)
    for figure in figures:
        if figure.trend or figure.links or any(f.start < figure.start and f.unit == figure.unit for f in figures):
            continue
        if not _MOVED_BELOW.search(text[max(0, figure.start - 40):figure.start]):
            continue
        peaks = [f for f in previous if f.unit == figure.unit and f.kind == figure.kind
                 and _PEAK.search(text[max(0, f.start - 30):f.start])]
        if peaks and peaks[-1].value != figure.value and peaks[-1].sentence == figure.sentence - 1:
            figure.trend = "below"
            figure.link(peaks[-1])
            figure.inferred = True


def year_before_named_short(figures: list[Figure], previous: list[Figure]) -> None:
    """"The company reported 61 per cent YoY jump in its net profit at Rs 108 crore. It had posted profit of Rs 67
    crore in the year-ago period": a level of the year before, in the next sentence, whose measure names fewer words
    of the one before it ("profit" for "net profit") is that measure's figure a year before."""
    if not previous or previous[0].sentence != figures[0].sentence - 1:
        return
    for figure in (f for f in figures if f.is_level and f.measure.key and f.period):
        fuller = [g for g in previous if g.is_level and g.unit == figure.unit and figure.measure.key < g.measure.key
                  and year_before(g.period) == figure.period and g.measure.entity == figure.measure.entity]
        if len({g.measure.key for g in fuller}) == 1:
            figure.measure, figure.inferred = fuller[0].measure, True


# Words that tell one measure more fully without making it another ("net profit" is the profit a story reports)
_SAME_MEASURE_QUALIFIERS = frozenset({"net", "total", "overall", "consolidated", "reported"})


def rates_before_their_pairs(figures: list[Figure], topic: frozenset[str] = frozenset()) -> None:
    """"LabCorp's net earnings rose 26 percent during second quarter 2018 ... Earnings rose to $223.8 million, compared
    to $184.8 million during second quarter 2017": a rate told with no level, and in the next two sentences the one
    pair of its period and the year before whose measure is the rate's in fewer words or more (profit for net
    profit), and which no rate of its own moves, is that rate's pair. Inferred across sentences, so a contradiction
    it shows is a tension for the reviewer to confirm. (A pair of the rate's very measure is read with it as one
    measure already.) `topic`: the words of the headline; "a 14.9 percent rise in imports" is the rise of "4.53 million
    tonnes of LNG were imported" under "China's LNG imports climb in June", the word the pair adds the story's topic."""
    by_id = {f.id: f for f in figures}
    moved = {i for f in figures if f.kind == "growth" for i in f.links}
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    for rate in figures:
        key = told_key(rate.measure)
        if rate.kind != "growth" or rate.unit != "percent" or not rate.period or rate.basis or rate.baseline \
                or rate.section == "headline" or not key & MEASURE_NOUNS \
                or any(i in by_id and by_id[i].is_amount for i in rate.links):
            continue  # (a headline's rate is read against the body as one: headline vs body)
        pairs = []
        for level in (f for n in (rate.sentence + 1, rate.sentence + 2) for f in by_sentence.get(n, ())):
            earlier = [by_id[i] for i, role in level.links.items() if not role and i in by_id and by_id[i].is_level
                       and by_id[i].period == year_before(rate.period)]
            other = told_key(level.measure)
            # (one measure told in more words or fewer: "net earnings" and "earnings", a company's name before them;
            # not "like-for-like food sales" and "food sales", nor "oil revenue from exports" and "cocoa exports")
            names = {w.lower() for w in re.findall(r"\b([A-Z]\w*)['’]s\b", rate.measure.words + " " + level.measure.words)}
            if level.kind == "level" and level.period == rate.period and len(earlier) == 1 and level.id not in moved \
                    and (other < key or key < other or other == key and level.measure.key != rate.measure.key) \
                    and other & key & MEASURE_NOUNS \
                    and not (other ^ key) - _SAME_MEASURE_QUALIFIERS - names - (topic if key < other else frozenset()) \
                    and _one_entity(level.measure.entity, rate.measure.entity):
                pairs.append((level, earlier[0]))
        if len(pairs) == 1:
            level, earlier = pairs[0]
            rate.link(level)
            rate.link(earlier)
            rate.inferred = True
            moved.update((level.id, earlier.id))


def rates_from_a_level_only(figures: list[Figure]) -> None:
    """"The company's consolidated revenue grew to ₹9,432.9 crore, a 6% YoY rise ... Sequentially, revenue was up 3.2%
    from ₹9,142.6 crore in the previous quarter": a rate told with the level it rose from and none it rose to is the
    move to the level of its own period that the article gave in the rate's sentence or, failing that, in the
    nearest sentence before it, of the rate's measure in as many words or more and its unit; that level is linked
    to the one the rate rose from, and the rate is read between them. Inferred across sentences, so a contradiction
    it shows is a tension for the reviewer to confirm. A count from the month or quarter before is read so against
    counts ("sales dipped 13 percent from 59,870 units in April", after May's 52,084 units). (Levels of one measure a year apart need no link: the
    checks pair them.)"""
    by_id = {f.id: f for f in figures}
    for rate in figures:
        origins = [by_id[i] for i, role in rate.links.items() if i in by_id]
        if rate.kind != "growth" or rate.unit != "percent" or rate.section == "headline" or len(origins) != 1 \
                or any(rate.links.values()):
            continue
        origin = origins[0]
        start, origin_start = start_of(rate.period), start_of(origin.period)
        if origin.kind not in ("level", "count") or not start or not origin_start or origin_start >= start:
            continue
        if origin.kind == "count" and origin.period != period_before(rate.period):
            # (a count only from the month or quarter before: "43,619 compared to 16,144 cases recorded in the same
            # period last year, which is an increase of 170.2 per cent" is no rate of the week's 2,444 cases)
            continue
        if not told_key(rate.measure) - GENERIC or not _told_within(rate.measure, origin.measure) \
                or "#" in origin.measure.words:
            # (a level of another measure is no level the rate moved from, an earlier link misread; nor is one told
            # apart from another of its measure and period, "revenue #2": which of them it moved from is in doubt)
            continue
        candidates = [f for f in figures if f.kind == origin.kind and f.period == rate.period and f.unit == origin.unit
                      and (f.start < rate.start or f.sentence == rate.sentence) and f.section != "headline"
                      and not f.estimate and not f.baseline and f is not origin
                      and _told_within(rate.measure, f.measure)
                      # ("Acme sales decreased ... to 52,084 units in May ... sales dipped 13 percent from 59,870 units
                      # in April": a rate that names no one is of the one its sentence's subject carries over)
                      and (not rate.measure.entity or _one_entity(f.measure.entity, rate.measure.entity))]
        latest = max((f.sentence for f in candidates), default=None)
        nearest = [f for f in candidates if f.sentence == latest]
        if len({f.scale_value for f in nearest}) != 1 or origin.id in nearest[-1].links \
                or origin.period == year_before(rate.period) and told_key(nearest[-1].measure) == told_key(origin.measure):
            continue  # (levels linked already, or of one measure a year apart, which the checks pair themselves)
        nearest[-1].link(origin)
        rate.inferred = rate.inferred or nearest[-1].sentence != rate.sentence


def _told_within(short: Measure, full: Measure) -> bool:
    """Whether every word of one measure is a word of the other ("revenue" in "The company's consolidated revenue",
    not "Equity Bank's profits" in "net profits"): the rate of the short one is read against the full one's levels."""
    words = set(re.findall(r"[a-z]+", short.words.lower()))
    return bool(words) and words <= set(re.findall(r"[a-z]+", full.words.lower()))


def _naming_words(measure: Measure) -> set[str]:
    """A measure's words that name something, not those any measure may use ("output", "total")."""
    return set(re.findall(r"[a-z]+", measure.words.lower())) - GENERIC


def _named(measure: Measure) -> bool:
    """Whether a measure's words name something of their own."""
    return bool(_naming_words(measure))


def _a_word_in_common(a: Measure, b: Measure) -> bool:
    """Whether two measures share a word that names something ("Hydel" of "Hydel-based power generation" and "Hydel
    output")."""
    return bool(_naming_words(a) & _naming_words(b))


def _one_entity(a: str, b: str) -> bool:
    """One company or place named in full and in short ("American Savings Bank", "American Savings"), or the same."""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return a == b or bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def compared_with_before(figures: list[Figure], earlier: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"... revenue to be roughly $575 million. That's above analysts' consensus, which calls for fiscal 2016 sales
    of $570.3 million": the sentence before's last figure of the unit against this sentence's first."""
    found = _THAT_COMPARED.match(text[sentence[0]:sentence[1]])
    if not found or not figures or not earlier:
        return
    first = figures[0]
    before = [f for f in earlier if f.sentence == earlier[-1].sentence and f.unit == first.unit and f.kind != "conversion"]
    if before and not before[-1].trend:
        before[-1].trend = "below" if found.group("word").lower() in ("below", "lower than", "less than", "short of",
                                                                       "worse than", "under") else "above"
        before[-1].link(first)


# "a dividend of Rs 30 per share (300 per cent on the face value of Rs 10 per share)"
_ON_FACE_VALUE = re.compile(r"(?i)\s*(?:per\s?cent|percent|%)?\s*(?:on|of)\s+(?:the\s+|its\s+|a\s+)?face\s+value\b")


def on_the_face_value(figures: list[Figure], text: str) -> None:
    """"a dividend of Rs 30 per share (300 per cent on the face value of Rs 10 per share)": the share is the
    dividend before it over the face value after it, both amounts per share."""
    for index, share in enumerate(figures):
        if share.unit != "percent" or share.links or not _ON_FACE_VALUE.match(text, share.end):
            continue
        before = [f for f in figures[:index] if f.unit.endswith("per share")]
        after = [f for f in figures[index + 1:] if f.unit.endswith("per share")]
        if before and after and before[-1].unit == after[0].unit:
            share.kind = "share"
            share.link(before[-1])
            share.link(after[0])


# "That compares with net income of $11.6 billion, or $12.30 a share, on $39.2 billion a year ago."
_COMPARES_WITH = re.compile(r"(?i)^\W*(?:that|this|these|those|the (?:results?|figures?))\s+"
                            r"(?:compares|compared|is compared|were compared)\s+(?:with|to|against)\b")
_A_YEAR_BEFORE = re.compile(r"(?i)\b(?:a year (?:ago|earlier|before)|last year|(?:the )?(?:year-ago|year-earlier|"
                            r"prior-year)|the (?:previous|prior|preceding) year)\b")
_A_QUARTER_AGO = re.compile(r"(?i)\b(?:a quarter (?:ago|earlier)|the (?:previous|prior|preceding) quarter|"
                            r"sequential(?:ly)?)\b")


def compares_with_the_sentence_before(figures: list[Figure], previous: list[Figure], text: str,
                                      sentence: tuple[int, int]) -> None:
    """"Apple reported net income of $9.5 billion, or $10.09 per share, on revenue of $43.6 billion. That compares
    with net income of $11.6 billion, or $12.30 a share, on $39.2 billion a year ago.": the figures of the sentence
    are, in order, the earlier figures of the sentence before's, one for one by unit (a list in parallel, or
    nothing is paired): each takes its pair's measure and, when the sentence says "a year ago" or "a quarter
    earlier", the period that far before its pair's."""
    words = text[sentence[0]:sentence[1]]
    if not _COMPARES_WITH.match(words) or not figures or not previous:
        return

    def by_unit(found: list[Figure]) -> dict[str, list[Figure]]:
        units: dict[str, list[Figure]] = {}
        for figure in found:
            if figure.is_amount and figure.kind != "conversion" and not figure.baseline and not figure.estimate:
                units.setdefault(figure.unit, []).append(figure)
        return units

    old_units, new_units = by_unit(figures), by_unit(previous)
    if not old_units or any(len(new_units.get(unit, ())) != len(olds) for unit, olds in old_units.items()):
        return
    shift = year_before if _A_YEAR_BEFORE.search(words) else period_before if _A_QUARTER_AGO.search(words) \
        else None
    for unit, olds in old_units.items():
        for old, new in zip(olds, new_units[unit]):
            old.measure = new.measure
            old.baseline = True
            old.period = (shift(new.period) or "") if shift and new.period else ""
            new.link(old)


# "On a year-on-year basis, this was also 14.03 percent higher than ...": a sentence whose subject is the figure before
_THIS_WAS = re.compile(r"(?i)^\W*(?:[^,.;]{0,40},\s*)?(?:this|that|it|the (?:figure|amount|total|sum|number))\s+"
                       r"(?:was|is|were|represents|represented|marked|marks)\b")


# ", indicating a return to more normal prices, but remains ": from one rate's figure to the next rate of the same
# subject, a clause with no subject of its own
_STILL_IT = re.compile(r"(?i)[^.;\d]{0,80}?\b(?:but|and|yet|while)\s+(?:still\s+)?(?:remains?|remained|is|was|stands?|"
                       r"stood|sits?|sat)\s+(?:still\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?")


def this_was_higher_than(figures: list[Figure], previous: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"Collections ... reached P422.59 billion in the first quarter ... On a year-on-year basis, this was also 14.03
    percent higher than the previous year's collection of P370.61 billion": a sentence about "this", with one rate
    and the figure it is measured from and no level of its own, gives the move of the sentence before's first level
    of that unit, from that figure; inferred where that sentence has several (the draft guessed what "this" is: a
    contradiction is a tension)."""
    subject = _THIS_WAS.match(text[sentence[0]:sentence[1]])
    if not previous or not subject:
        return
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent"]
    bases = [f for f in figures if f.is_level and f.baseline]
    if not rates or len(rates) != len(bases) or any(f.is_level and not f.baseline and f.kind != "conversion"
                                                    for f in figures):
        return
    # ("It is 36% lower than the five-year average of US$3768, ..., but remains 82% higher than average 2019 rates of
    # US$1,420": each rate then the figure it is measured from, the later ones in clauses whose subject is still "it")
    pairs = list(zip(rates, bases))
    if any(not rate.end <= base.start for rate, base in pairs) or any(
            not _STILL_IT.fullmatch(text, base.end, rate.start) for (_, base), (rate, _) in zip(pairs, pairs[1:])):
        return
    # (the rate right after the verb, "this was also 14.03 percent higher", and from an actual figure: "it is worth
    # noting that the solar capacity addition is almost 50% below the annual target" is another subject's gap to a
    # goal)
    if rates[0].start - (sentence[0] + subject.end()) > 25 or any(
            base.estimate or set(rate.links) - {base.id} for rate, base in pairs):
        return  # (... or a rule before this one found the rate's level)
    levels = [f for f in previous if f.is_level and not f.baseline and not f.estimate and f.kind != "conversion"
              and f.unit == bases[0].unit]
    if not levels or any(base.unit != bases[0].unit for base in bases):
        return
    level = levels[0]
    for rate, base in pairs:
        rate.measure = base.measure = level.measure
        rate.link(level)
        rate.link(base)
        level.link(base)  # (if no arithmetic found the pair already)
        rate.inferred = len(levels) > 1  # (the first of several is a guess)


# A clause that is only a rate's move from an earlier rate: "and slowing from the", "and up from", "but was up sharply
# from the", "down from"
_MOVED_FROM_CLAUSE = re.compile(r"(?i)^[\s,;–—-]*(?:and|but|while)?\s*(?:was\s+|is\s+)?(?P<way>[a-z]+)\s+"
                                r"(?:(?:sharply|slightly|markedly|considerably|significantly)\s+)?from\s+(?:the\s+)?$")
_SLOWER = r"slow\w*|eas\w*|decelerat\w*|moderat\w*|down|lower|cool\w*"
_FASTER = r"accelerat\w*|quicken\w*|up|higher|rising|rose|picking|speeding"


def rate_moved_from(figures: list[Figure], previous: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"industrial production was up 14.1 percent on year in March - missing forecasts for a gain of 17.2 percent and
    slowing from the 35.1 percent growth in February": a clause that only moves a rate from an earlier one joins that
    one to the measure's rate said before it in the sentence, passing over the forecast it was set against; "That
    was shy of estimates for a jump of 19.0 percent but was up sharply from the 6.5 percent growth in the fourth
    quarter", with no rate of its own, joins it to the sentence before's (inferred: the draft guessed what "that" is).
    A growth rate slows or quickens; a share falls or rises."""
    for old in figures:
        moved = _MOVED_FROM_CLAUSE.match(text[old.clause[0]:old.start])
        if old.unit != "percent" or old.kind not in ("growth", "share") or old.estimate or old.links \
                or not moved or any(old.id in f.links for f in figures):
            continue
        way = moved.group("way").lower()
        slower, faster = re.fullmatch(_SLOWER, way), re.fullmatch(_FASTER, way)
        if not (slower or faster):
            continue
        candidates = [f for f in figures if f.end <= old.start and f.unit == "percent" and f.kind == old.kind
                      and not f.estimate and not f.baseline]
        inferred = False
        if not candidates and _THIS_WAS.match(text[sentence[0]:sentence[1]]):
            candidates, inferred = [f for f in previous if f.unit == "percent" and f.kind == old.kind
                                    and not f.estimate and not f.baseline], True
        if not candidates or candidates[-1].period == old.period or not old.period:
            continue
        new = candidates[-1]
        _same_measure(old, new)
        old.baseline = True
        if new.trend:
            # (the rate already has a word of its own: set against its forecast, "missing forecasts for a gain of 17.2
            # percent", or moved from another figure, "46.3%, up from 43.2% in the prior quarter and down from 47.1% a
            # year ago": the earlier rate is compared with it the other way round)
            old.link(new)
            old.trend = "above" if slower else "below"
            old.inferred = old.inferred or inferred
            continue
        new.link(old)
        if old.kind == "growth":
            new.trend = "slowing" if slower else "accelerating"
        else:
            new.trend = "falling" if slower else "rising"
        new.inferred = new.inferred or inferred


_AMONG = re.compile(r"(?i)^\W*(?:among (?:the total|them|these|those|which)|of (?:the total|this|these|those|which)|"
                    r"of that(?: total| amount)?)\s*,?")


def among_the_total(figures: list[Figure], earlier: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"During the period, the country exported 2.14 million automobiles. Among the total, new-energy vehicle
    exports stood at 534,000 units"; "Of this, CGST stood at Rs 20,353 crore, SGST at Rs 27,520 crore ...": the
    sentence's amounts of the unit are parts of the sentence before's last (parts, which need not be all)."""
    if not _AMONG.match(text[sentence[0]:sentence[1]]) or not earlier:
        return
    amounts = [f for f in figures if f.is_level and f.kind != "conversion"]
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent"]
    if rates and not amounts:
        # "industrial investment increased by 14.4% year-on-year. Among them, investment in the mining industry
        # increased by 8.9%; ... manufacturing ... 17.3%": the rates of parts of the sentence before's rate (its
        # rate lies between theirs; others may be left out)
        before = [f for f in earlier[-40:] if f.sentence == figures[0].sentence - 1]
        whole = [f for f in before if f.kind == "growth" and f.unit == "percent" and f.period][-1:]
        if whole and len(rates) >= 2 and all(r.period == whole[0].period for r in rates):
            for rate in rates:
                whole[0].link(rate, "part")
        return
    # (the last sentence with a level: "... a year-on-year increase of 10.3%. The average annual growth rate is
    # 4.3%. Among them, private investment ..." speaks of the level two sentences back)
    # ("... amounted to US$2,80 billion, an increase of 16 percent from 2021's figure of US$2,40 billion. Of the total
    # amount, diaspora remittances amounted to US$1,66 billion, a 16 percent increase from US$1,43 billion": the total
    # broken down is the figure reached, not the one moved from, unless the parts add up to that one; the
    # from-figure of the parts' own sentence is none of them)
    levels = [f for f in earlier[-40:] if f.is_level and f.kind != "conversion"]
    amounts = [f for f in amounts if not f.baseline]
    wholes = [f for f in levels if f.sentence == levels[-1].sentence] if levels else []
    if not amounts or not wholes or figures[0].sentence - wholes[-1].sentence > 2:
        return
    whole = ([f for f in wholes if not f.baseline] or wholes)[-1]
    # ("announced 225 more recoveries and six more deaths, raising the total counts to 18,895 and 554 respectively. Of
    # those declared cured, 188 were treated at home and 37 in hospitals": the one figure before the parts add up to,
    # within their rounding, is what they break down, wherever it stands in its sentence)
    listed = [f for f in amounts if f.unit == whole.unit]
    steps = [half_step(f) for f in listed]
    if len(listed) >= 2 and None not in steps:
        total = sum(f.scale_value for f in listed)
        added_up = [f for f in wholes if f.unit == whole.unit and half_step(f) is not None
                    and abs(f.scale_value - total) <= sum(steps) + half_step(f)]
        if len(added_up) == 1:
            whole = added_up[0]
    # ("Among them, exports amounted to 6.44 trillion yuan, imports ... and trade surplus amounted to 849.49 billion
    # yuan": the balance of two parts is none of the total's parts)
    for part in (f for f in amounts if f.unit == whole.unit and 0 < f.scale_value
                 and not f.measure.key & _BALANCE_WORDS - whole.measure.key):
        # A part larger than its whole is linked (the check shows the slip) only when nothing else can be the
        # whole: one level of the unit before, of the part's measure noun
        alone = len([f for f in wholes if f.unit == whole.unit]) == 1 and \
            part.measure.key & whole.measure.key & MEASURE_NOUNS
        if part.scale_value < whole.scale_value or alone:
            part.period = part.period or whole.period
            # (named on the part's row: a breakdown drafted later on the whole's row is another breakdown)
            part.link(whole, "whole")


_OF_THESE = re.compile(r"(?i)^\s+(?:of|among)\s+(?:these|them|those)\b(?:\s+(?P<noun>[a-z]{3,}))?")


def of_these(figures: list[Figure], earlier: list[Figure], text: str) -> None:
    """"We've created over 175,000 new jobs since March and are in the process of bringing 125,000 of these
    employees into regular positions": a count "of these" is a part of the count before it (in its sentence, else
    the sentence before)."""
    for part in (f for f in figures if f.is_amount and f.kind != "conversion" and _OF_THESE.match(text[f.end:f.end + 20])):
        before = [f for f in figures if f.end <= part.start]
        wholes = [f for f in before if f.is_amount and f.kind != "conversion" and f.unit == part.unit]
        noun = _OF_THESE.match(text[part.end:part.end + 40]).group("noun")
        # ("receiving bids totaling GH¢10.09 billion, as against its GH¢7.149 billion original target, but accepted
        # GH¢10.05 billion of these bids": the figure its noun names, not the last one)
        named = [f for f in wholes if noun and re.search(rf"(?i)\b{re.escape(noun.rstrip('s'))}",
                                                         text[max(f.clause[0], f.start - 40):f.start])]
        wholes = named or wholes
        if not before:
            # (the sentence before's figure, unless it is smaller: "As to single-mandate constituencies, 71 of them
            # voted for the UNM" after "15 seats" speaks of the constituencies its own words name)
            wholes = [f for f in earlier[-8:] if f.sentence == part.sentence - 1 and f.is_amount
                      and f.kind != "conversion" and f.unit == part.unit and f.scale_value > part.scale_value]
        if wholes:  # (in its own sentence, whatever their sizes: "of these" says which is the part)
            part.period = part.period or wholes[-1].period
            wholes[-1].link(part, "part")


# "construction (919)": a name, then its figure alone in brackets
_NAMED_IN_BRACKETS = re.compile(r"[A-Za-z][\w'’&-]*\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def bracketed_breakdown(figures: list[Figure], earlier: list[Figure], text: str) -> None:
    """"In Finland, 772 bankruptcies were filed in the period January-March 2020. ... Bankruptcies increased in the
    main industries of construction (919), industry and mining (375), trade (455), ...": a sentence whose figures are
    three or more counts each alone in brackets after its name, of no other amount, breaks down the last total before
    it of its unit and period that its subject names (each a part: the list may leave some out)."""
    amounts = [f for f in figures if f.is_amount and f.kind != "conversion"]
    listed = [f for f in amounts if f.is_level and _NAMED_IN_BRACKETS.search(text, max(0, f.start - 40), f.start)
              and _BRACKET_CLOSES.match(text, f.end)]
    # (not amounts told beside their shares: "accounted for 19 percent of total health spending ($561 billion)")
    if len(listed) < 3 or len(listed) != len(amounts) or len({(f.unit, f.period) for f in listed}) != 1 \
            or any(f.links for f in listed) or any(f.unit == "percent" for f in figures):
        return
    opening = sentences(text)[listed[0].sentence][0]
    subject = key_of(text[opening:text.rfind("(", 0, listed[0].start)])
    # (the nearest before it, no item of a list in brackets itself: "Also seeing high number of dengue cases are
    # Central Visayas (5,884), ..." after "particularly Soccsksargen (6,994), ...")
    wholes = [f for f in earlier if f.is_level and f.kind != "conversion" and not f.baseline and not f.estimate
              and f.sentence < listed[0].sentence and f.unit == listed[0].unit and f.period == listed[0].period
              and f.measure.key & subject and not _NAMED_IN_BRACKETS.search(text, max(0, f.start - 40), f.start)
              # (of the parts' size: "Top five service providers" counts the providers, not their subscribers)
              and sum(part.scale_value for part in listed) <= _SIDES_APART * f.scale_value
              and f.qualifier not in THRESHOLDS]  # (nor a mark passed: "remained above $2 billion since June 2020")
    if not wholes:
        return
    for part in listed:
        wholes[-1].link(part, "part")
        part.inferred = True


# "which was the highest number in the last five years", "the highest since 2016", "the lowest in the period
# ranging from 2016-2021": a record among the measure's figures of a span of years.
_RECORD = re.compile(r"(?i)^[^.;]{0,100}?\b(?P<word>highest|lowest|largest|smallest|biggest|most|fewest)\b[^.;]{0,40}?"
                     r"(?:since (?P<since>\d{4})|in the (?:last|past) (?P<years>\w+) years|"
                     r"(?:in|over) the period (?:ranging )?from (?P<start>\d{4})\s?[-–]\s?(?P<end>\d{4}))")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def records(figures: list[Figure], text: str) -> None:
    """A figure said to be a record of a span of years, against the article's figures of its measure in the span.
    "Last month, the National Capital reported 32 cases of dengue. ... the monthly dengue cases ... have been the
    highest ever recorded since 2017": a sentence with no figure of its own says it of the last monthly figure
    before it; a month's figure is set against the same month of the span's other years."""
    claims = [(f, _RECORD.match(text[f.end:f.end + 160])) for f in figures if f.is_level and not f.trend]
    claims += _figureless_records(figures, text)
    for figure, found in claims:
        if not found or not re.fullmatch(r"\d{4}(?:-\d{2})?", figure.period):
            continue
        year, month = int(figure.period[:4]), figure.period[4:]
        if found.group("since"):
            span = (int(found.group("since")), year)
        elif found.group("years"):
            n = int(found.group("years")) if found.group("years").isdigit() else _NUMBER_WORDS.get(found.group("years").lower(), 0)
            span = (year - n + 1, year) if n else None
        else:
            span = (int(found.group("start")), int(found.group("end")))
        if not span:
            continue
        # (of the measure, named with fewer or more of its words: "1,072 infections" among "4,431 Dengue cases")
        rivals = [f for f in figures if f is not figure and f.unit == figure.unit and figure.measure.key and f.measure.key
                  and (f.measure.key <= figure.measure.key or figure.measure.key <= f.measure.key)
                  and len(f.period) == len(figure.period) and f.period[4:] == month and f.period != figure.period
                  and span[0] <= int(f.period[:4]) <= span[1]]
        if rivals:
            figure.trend = "smallest" if found.group("word").lower() in ("lowest", "smallest", "fewest") else "largest"
            for rival in rivals:
                figure.link(rival)


# "registering a new record", "the last all-time peak power demand of 197.06 GW", "a record 5.4 trillion yen": a
# figure said to be the highest of all time, with no span named
# ("the 3rd highest ever gross collection", "the second-highest ever": a place in the ranking, no record)
_ALL_TIME = re.compile(r"(?i)(?<!\d[a-z]{2}[- ])(?<!(?:second|fourth|eighth)[- ])(?<!(?:third|fifth|sixth|ninth|tenth)[- ])"
                       r"(?<!seventh[- ])\b(?:new record|record[- ]high|all[- ]time (?:high|peak|record)|highest ever|"
                       r"ever highest|record level)\b")
_A_RECORD_BEFORE = re.compile(r"(?i)\ba (?:new )?record\s+\S{0,3}$")
_DATED = re.compile(r"\d{4}(?:-\d{2}){0,2}|FY\d{4}")


def all_time_records(figures: list[Figure], text: str) -> None:
    """"India's peak electricity demand surged beyond the 200-gigawatt (GW) mark on Wednesday, registering a new
    record. The last all-time peak power demand of 197.06 GW was recorded on Tuesday, which was preceded by a high of
    191.24 GW on 30 June": a figure its clause calls a record of all time is above every figure of its measure (a word
    of it shared), unit and kind of period the article gives for an earlier period."""
    def start(figure: Figure):
        # (a fiscal year's dates depend on the country: its number orders it among fiscal years)
        return start_of(figure.period) or (dt.date(int(figure.period[2:6]), 1, 1)
                                           if re.match(r"FY\d{4}", figure.period) else None)

    for figure in figures:
        if not figure.is_level or figure.trend or figure.estimate or not _DATED.fullmatch(figure.period) \
                or start(figure) is None:
            continue
        before = text[max(figure.clause[0], figure.start - 60):figure.start]
        if not (_ALL_TIME.search(before + " " + text[figure.end:min(figure.clause[1], figure.end + 60)])
                or _A_RECORD_BEFORE.search(before)):
            continue
        shape = re.sub(r"\d", "0", figure.period)
        rivals = [f for f in figures if f is not figure and f.is_level and not f.estimate and f.unit == figure.unit
                  and re.sub(r"\d", "0", f.period) == shape and f.measure.key & figure.measure.key
                  and start(f) is not None and start(f) < start(figure)]
        if rivals:
            figure.trend = "largest"
            for rival in rivals:
                figure.link(rival)


# "The majority of cash remittances, accounting for 41.3 percent", "a majority (58%) of respondents": a share the
# words call more than half (not "the majority shareholder", "the majority leader": a title, no share)
_MAJORITY = re.compile(r"(?i)\b(?:the|a|an)\s+(?:(?:absolute|clear|simple|large|vast|overwhelming|slim|narrow)\s+)?"
                       r"majority\b(?!\s+(?:shareholders?|owners?|stake\s*holders?|leaders?|parties|party|government|"
                       r"rule|view|opinion|verdict|decision|vote\b))")


_ANOTHER_CLAUSE = re.compile(r"(?i);|,?\s(?:while|whereas|but)\s")
# "%, followed by": a ranking goes on from the share
_FOLLOWED_BY = re.compile(r"(?i)\s*(?:%|percent|per\s?cent)?\s*[,;(–—-]?\s*(?:and\s+)?(?:followed|trailed)\s+by\b")


def _of_another_whole(after_majority: str, after_share: str) -> bool:
    """"Germans make up for the majority of camping guests and account for 33% of bed nights": the share is of another
    whole than the majority is said of (guests, nights), so it says nothing of that majority."""
    majority, share = _SHARE_OF_WORDS.match(after_majority), _SHARE_OF_WORDS.match(after_share)
    return bool(majority and share and key_of(majority.group(1)) and key_of(share.group(1))
                and not key_of(majority.group(1)) & key_of(share.group(1)))


def majorities(figures: list[Figure], text: str) -> None:
    """"The majority of cash remittances, accounting for 41.3 percent, came from ... the United States": the first
    percentage share of its sentence after the words, with no other figure between, is more than half."""
    for figure in figures:
        if figure.kind != "share" or figure.unit != "percent" or figure.trend:
            continue
        start = max(figure.clause[0], text.rfind(".", 0, figure.start) + 1, figure.start - 80)
        found = list(_MAJORITY.finditer(text, start, figure.start))
        # (no other figure, and no other clause, between: "The majority of the cases came from Lagos, while 41.3
        # percent came from Abuja")
        # ("The majority of contracts was awarded by state-owned companies with 44 percent, followed by universities
        # ... with 26.5 percent": a ranking's first, "majority" said loosely for the largest share)
        ranked = _FOLLOWED_BY.match(text, figure.end)
        if found and not ranked and not any(found[-1].end() <= f.start < figure.start for f in figures if f is not figure) \
                and not _ANOTHER_CLAUSE.search(text, found[-1].end(), figure.start) \
                and not _of_another_whole(text[found[-1].end():found[-1].end() + 40], text[figure.end:figure.end + 40]):
            figure.trend = "majority"


_MONTHLY = re.compile(r"(?i)\bmonthly\b|\beach month\b|\bevery month\b")


def _figureless_records(figures: list[Figure], text: str) -> list[tuple[Figure, re.Match]]:
    """Record sentences without a figure, each with the figure before it they speak of: the last level of the
    sentence before (of a month, when the record is of "the monthly" figures)."""
    found = []
    starts = [f.start for f in figures]
    for start, end in sentences(text):
        words = text[start:end]
        record = _RECORD.search(words)
        at = bisect.bisect_left(starts, start)
        if not record or at < len(figures) and figures[at].start < end:
            continue  # (a sentence with a figure of its own says it of that figure, above)
        earlier = [f for f in figures if f.end <= start and f.is_level and not f.baseline]
        if not earlier:
            continue
        last = [f for f in earlier if f.sentence == earlier[-1].sentence]
        if _MONTHLY.search(words[:record.start("word")]):
            last = [f for f in earlier[-12:] if re.fullmatch(r"\d{4}-\d{2}", f.period)][-1:]
        if last and (set(re.findall(r"[a-z]+", words.lower())) & set(last[-1].measure.key)):
            last[-1].inferred = True  # (a sentence the figure is not in says it)
            found.append((last[-1], _RECORD.match(words[record.start():])))
    return found


def ellipses(figures: list[Figure]) -> None:
    """"4,431 Dengue cases in 2016, 4,726 cases in 2017": a later figure of the sentence, of another period, named
    by fewer of the same words is of the same measure. Of one period it is another measure: "the estimated deficit
    of Rs 531177 crore" and "a deficit of Rs 525134 crore"."""
    for i, later in enumerate(figures):
        fuller = [f for f in figures[:i] if f.unit == later.unit and f.kind == later.kind and later.measure.key
                  and later.measure.key < f.measure.key and f.measure.entity == later.measure.entity
                  and f.period and later.period and f.period != later.period
                  # ("missing forecasts for a gain of 17.2 percent and slowing from the 35.1 percent growth in
                  # February": the measure's own earlier figure, not the forecast's)
                  and f.estimate == later.estimate]
        if fuller:
            later.measure = fuller[-1].measure


class Totals:
    """The article's figures that may be a share's whole, looked up by id, sentence, measure word and unit and
    period rather than searched for every share: an article of thousands of shares made that quadratic."""

    def __init__(self, figures: list[Figure]):
        self.all = figures
        self.by_id: dict[str, Figure] = {}
        for f in figures:
            self.by_id.setdefault(f.id, f)
        self.order = {id(f): n for n, f in enumerate(figures)}
        self.amount_ids = {f.id for f in figures if f.is_amount}
        self.by_id = {f.id: f for f in figures}
        self.first_lede = first_lede_sentence(figures)
        self.in_sentence: dict[int, list[Figure]] = {}  # every figure, by sentence
        self.levels: dict[tuple[str, str], list[Figure]] = {}  # (period, entity) -> the levels a share may be of
        self.margin_levels: dict[str, list[Figure]] = {}  # period -> the levels a margin may be of, or on
        self._by_value: dict[tuple[str, str], tuple[list[Figure], list[float]]] = {}
        for f in figures:
            self.in_sentence.setdefault(f.sentence, []).append(f)
            if f.is_level and f.is_amount and f.kind != "conversion":
                self.levels.setdefault((f.period, f.measure.entity), []).append(f)
            if f.kind == "level" and f.is_amount:
                self.margin_levels.setdefault(f.period, []).append(f)
        self.by_sentence: dict[int, list[Figure]] = {}  # amounts that may be wholes, in the article's order
        self.by_word: dict[str, list[Figure]] = {}      # the same, by each word of their measure
        self.first: dict[tuple[str, str], Figure] = {}  # (unit, period) -> the first amount the article gave
        for f in figures:
            if f.is_amount:
                self.first.setdefault((f.unit, f.period), f)
            if self.eligible(f):
                self.by_sentence.setdefault(f.sentence, []).append(f)
                for word in f.measure.key:
                    self.by_word.setdefault(word, []).append(f)

    def levels_by_value(self, period: str, entity: str) -> tuple[list[Figure], list[float]]:
        """The levels of a period and entity, in order of value, and their values (sorted once, on first asking)."""
        if (period, entity) not in self._by_value:
            ordered = sorted(self.levels.get((period, entity), ()), key=lambda f: f.scale_value)
            self._by_value[(period, entity)] = (ordered, [f.scale_value for f in ordered])
        return self._by_value[(period, entity)]

    @staticmethod
    def eligible(f: Figure) -> bool:
        return f.is_amount and f.kind not in ("change", "conversion") and not f.each

    @classmethod
    def larger(cls, f: Figure, part: Figure) -> bool:
        """Whether f may be the whole of which `part` is a share."""
        return (cls.eligible(f) and f is not part and f.unit == part.unit and f.scale_value > part.scale_value
                and not f.baseline and (f.period == part.period or not f.period))

    def measuring(self, words: frozenset[str], part: Figure) -> list[Figure]:
        """The possible wholes of `part` whose measure the words name (_names), in the article's order: each
        shares a word with them, so it is among the figures listed under one of their words."""
        found = {id(f): f for word in words for f in self.by_word.get(word, ())}
        return sorted((f for f in found.values() if _names(words, f.measure.key) and self.larger(f, part)),
                      key=lambda f: self.order[id(f)])


# How an article says its figures came out against forecasts, when it says so once for all of them.
# "the consensus", "the average analyst estimate", "Wall Street's forecasts": what results are set against
_FORECASTS = (r"(?:the\s+|wall\s+street['’]s\s+|analysts['’]\s+)?(?:(?:average|mean|median|consensus|market|analysts?['’]?)\s+)"
              r"{0,2}(?:expectations|estimates?|forecasts?|projections?|consensus)")
# ("an above-view revenue", Reuters' "view" for the analysts' consensus)
_BEAT = re.compile(rf"(?i)\b(?:beat|beats|beating|topped|tops|(?:ahead of|above) {_FORECASTS}|above-view|"
                   r"better[- ]than[- ]expected|"
                   r"(?:positive|upside) (?:revenue |earnings |sales )?surprise|outperform\w*|"
                   r"(?:was|were) only expecting|would have settled for)\b")
_MISS = re.compile(rf"(?i)(?<!-)\b(?:{_NO_TITLE_MISS}miss|missed|misses|missing|undershot|undershoots|(?:below|short of) {_FORECASTS}|below-view|"
                   r"worse[- ]than[- ]expected|shortfall|disappoint\w*|fell short)\b")


_ADJUSTED = frozenset({"adjusted", "excluding", "core", "underlying", "non-gaap"})


def _per_share_as_profit(key: frozenset[str]) -> frozenset[str]:
    return key | {"profit", "share"} if "eps" in key else key


# "against a forecast of Rs 18,300 crore", "the average analyst estimate of $12.1 billion"
_FORECAST_OF = re.compile(rf"(?i)\b{_FORECASTS}\s+(?:of|at)\s+(?:about\s+|around\s+)?\S{{0,4}}$")


def _forecast_itself(figure: Figure, text: str) -> bool:
    """Whether the figure is a forecast by its own noun: "a forecast of Rs 18,300 crore", "the Rs 4,700 crore
    consensus estimate"."""
    return bool(_FORECAST_OF.search(text, max(0, figure.start - 80), figure.start) or ESTIMATE_NOUN.match(text, figure.end))


# "the £2 billion mark", "the 100,000 milestone": a figure that names a mark to pass
_A_MARK_AFTER = re.compile(r"(?i)\s*(?:mark|milestone|threshold|barrier)\b")


def estimates_against_actuals(figures: list[Figure], text: str) -> None:
    """"Ciena's third-quarter sales ... landing at $819 million. ... Your average Wall Street analyst would have
    settled for earnings near $0.36 on sales in the neighborhood of $791 million": an actual against the
    forecast of its measure and period, when the estimate's own sentence ("Wall Street was only expecting ...")
    or else the article says one way only whether results beat or missed."""
    beat, miss = bool(_BEAT.search(text)), bool(_MISS.search(text))
    bounds = sentences(text)
    # (a change's gap to the estimate, "about $600 million less than analysts had forecast", is no estimate of the level)
    # (nor is an estimate its own sentence already set an actual against: "profit ... to $US3.7 billion, missing
    # analysts estimates of a range between $US3.93-4.81 billion" is taken, by the profit)
    compared = {i for f in figures for i in f.links}
    # (nor is a mark that was predicted to be passed: "gin has broken the £2 billion mark as predicted by the WSTA"
    # is the mark itself, no forecast of the level)
    estimates = [f for f in figures if f.estimate and f.is_amount and not f.links and f.kind != "change"
                 and f.id not in compared and not _A_MARK_AFTER.match(text, f.end)]
    # "expected a profit of 78 cents to 85 cents per share, with an average estimate of 81 cents": a range's ends
    # bound the forecasts, they are none of them; the average is the one results are said to beat
    # ("revenue and earnings of $107.3 million and $0.01 per share, respectively": two measures, no range)
    ends = {id(f) for a, b in zip(estimates, estimates[1:])
            if re.fullmatch(r"\s*(?:[a-z]+\s*)?(?:to|and|-|–)\s*(?:about\s*)?\S{0,3}", text[a.end:b.start], re.I)
            and a.unit == b.unit for f in (a, b)}
    estimates = [f for f in estimates if id(f) not in ends]
    if not estimates:
        return
    # (a way said only where a figure of its own is set against the market's, "Alibaba booked CNY200.7bn ..., missing
    # the consensus of CNY204.9bn", is that figure's: of the article's other results, a guess to confirm)
    told = {f.sentence for f in figures if f.estimate and f.is_amount}
    said_at_large = " ".join(text[start:end] for index, (start, end) in enumerate(bounds) if index not in told)
    guessed = not (_BEAT.search(said_at_large) or _MISS.search(said_at_large))
    # (an actual that moved, "revenue of $3.30 billion ..., up from $2.93 billion", is compared too: the estimate then
    # carries the comparison, the actual keeping its move)
    actuals = [f for f in figures if not f.estimate and f.is_level and f.is_amount and not f.baseline
               and f.trend in ("", "rising", "falling")]
    for estimate in estimates:
        start, end = bounds[estimate.sentence] if estimate.sentence < len(bounds) else (0, 0)
        own_beat, own_miss = bool(_BEAT.search(text, start, end)), bool(_MISS.search(text, start, end))
        # neither said, or both (revenue beat and earnings missed), in the sentence and the article: nothing decides
        above = own_beat if own_beat != own_miss else beat if beat != miss else None
        if above is None:
            continue
        key = estimate.measure.key - {"estimate"}
        # (earnings per share are earnings too: "earnings near $0.36" of "earnings ... at $0.48 per share")
        matching = [a for a in actuals if a.period == estimate.period
                    and (key <= _per_share_as_profit(a.measure.key) if key else
                         # an estimate that names no measure ("against a forecast of Rs 18,300 crore", "That compares
                         # with the Rs 4,700 crore consensus estimate") is of the actual its sentence, or the one
                         # before, gives (but "a £3.6bn reduction in estimates of spending" is no forecast)
                         a.sentence in (estimate.sentence, estimate.sentence - 1) and _forecast_itself(estimate, text))
                    and a.measure.entity == estimate.measure.entity
                    and (a.unit == estimate.unit or a.unit == f"{estimate.unit} per share" and not estimate.scale)]
        # "Earnings per share: $1.37, adjusted, vs. $1.24 expected": the actual the estimate's own sentence gives,
        # whatever other figures of the measure the article states (the reported $1.36 beside the adjusted)
        # (else the sentence right before it: "The company reported revenue of $3.30 billion ... Analysts were
        # anticipating revenue of $3.33 billion", not the Americas' revenue two sentences on)
        matching = [a for a in matching if a.sentence == estimate.sentence] or \
            [a for a in matching if a.sentence == estimate.sentence - 1] or matching
        if len({a.value for a in matching}) > 1:
            # "net income ... 20 cents per share ... adjusted profit totaled 24 cents": analysts' consensus is of
            # the adjusted figure, when the article gives one beside the reported
            matching = [a for a in matching if _ADJUSTED & a.measure.key] or matching
        if matching and matching[0].unit != estimate.unit:
            estimate.unit = matching[0].unit  # "earnings near $0.36" beside earnings of "$0.48 per share"
        if len({a.value for a in matching}) == 1 and not (matching[0].trend and estimate.trend):
            actual = matching[0]
            if actual.trend:
                estimate.trend = "below" if above else "above"
                estimate.link(actual)
            else:
                actual.trend = "above" if above else "below"
                actual.link(estimate)
            # (the link across sentences is the inference, not the actual's other links: the estimate carries it;
            # so is a way read from another figure's comparison)
            estimate.inferred = estimate.inferred or actual.sentence != estimate.sentence \
                or own_beat == own_miss and guessed


def rates_against_forecasts(figures: list[Figure], text: str) -> None:
    """"Retail sales grew 10.1% in April, missing economists' median forecast of a 10.6% rise"; "Industrial output
    rose 6.0% in April. Value-added industrial output undershot a median forecast of 6.6% growth": a forecast rate
    against the actual rate of its period said in its sentence, or the one before when its own sentence gives none,
    the one its sentence says was beaten or missed (never both)."""
    bounds = sentences(text)
    actuals = [f for f in figures if f.kind == "growth" and f.unit == "percent" and not f.estimate and not f.baseline
               and not f.trend]
    for estimate in (f for f in figures if f.kind == "growth" and f.unit == "percent" and f.estimate and not f.links):
        start, end = bounds[estimate.sentence] if estimate.sentence < len(bounds) else (0, 0)
        beat, miss = bool(_BEAT.search(text, start, end)), bool(_MISS.search(text, start, end))
        if beat == miss:
            continue
        own = [a for a in actuals if a.sentence == estimate.sentence and a.start < estimate.start]
        candidates = own[-1:] or [a for a in actuals if a.sentence == estimate.sentence - 1]
        candidates = [a for a in candidates if a.period == estimate.period]
        if len(candidates) != 1:
            continue
        actual = candidates[0]
        actual.trend = "above" if beat else "below"
        actual.link(estimate)
        estimate.inferred = estimate.inferred or actual.sentence != estimate.sentence


def shares_of_totals(figures: list[Figure], text: str, totals: Totals) -> None:
    """"exports of 5.34 trillion yuan, accounting for 58.6 percent of the total": the share, its part (the
    amount right before it in the sentence) and its whole: an amount named right after it ("42 percent of
    the total outlay of Rs 9.5 trillion"), else one of the measure the share says it is of ("of the total
    foreign trade volume"), else the first amount of that unit and period the article gave (its main
    total), if larger. With none of these the share stays unlinked: a guessed whole would make a false
    contradiction."""
    _shares_of_figures(figures, text, totals)
    # Shares of one sentence linked to one whole are one breakdown ("tertiary ... 53.9 percent, secondary and
    # primary ... 39.0 percent and 7.1 percent respectively"): their parts are the whole's parts.
    by_whole: dict[str, list[str]] = {}
    for share in (f for f in figures if f.kind == "share"):
        amounts = [i for i, role in share.links.items() if not role]  # (not its `other part` rivals)
        if len(amounts) != 2:
            continue
        part_id, whole_id = sorted(amounts, key=lambda i: totals.by_id[i].scale_value)
        by_whole.setdefault(whole_id, []).append(part_id)
    for whole_id, part_ids in by_whole.items():
        if len(set(part_ids)) >= 2:
            whole = totals.by_id[whole_id]
            for part_id in part_ids:
                whole.links.setdefault(part_id, "part")


# "878,040 or 52.97 per cent of 1,544,758 candidates": a share whose whole is the figure right after "of"
_OF_A_FIGURE = re.compile(r"(?i)\s*(?:per\s?cent|percent|%)?\s*(?:of|out\s+of)\s+(?:the\s+)?(?:[A-Z]{0,3}\$|[$€£¥₹]|Rs\.?\s?)?\d")


# What a share says it is of, right after it: "84.4% of retail trade"
_SHARE_OF_WORDS = re.compile(r"(?i)\s*(?:per\s?cent|percent|%)?\s*of\s+(?:the\s+|its\s+|their\s+)?"
                             r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")


_A_BRACKET_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?")


def _of_something_else(share: Figure, whole: Figure, text: str) -> bool:
    """"Sales were up in 6 out of 11 subsectors, representing 84.4% of retail trade": a share that names what it is of,
    other than the things the pair counts, is of another whole (the subsectors' sales), not 6 of the 11."""
    # ("138 out of the 284 (49%) deals ..., and they accounted for 47% of the IPO funds raised": the pair's own share
    # in brackets stands between the whole and what it counts)
    after = whole.end + len(_A_BRACKET_AFTER.match(text, whole.end).group(0))
    said, counted = _SHARE_OF_WORDS.match(text, share.end), _COUNTED_NOUN_AFTER.match(text, after)
    return bool(said and counted and counted.group(1).lower().rstrip("s") not in said.group(1).lower())


def shares_in_brackets(figures: list[Figure], text: str, totals: Totals) -> None:
    """"the service sector totaling Rs.6,715 million (25.11% ) followed by Tourism and Leisure Rs.4,772 million
    (19.41%) Utilities Rs.3,680 million (15% ) and Agriculture Rs.3,282 million (13.36% )": a list of three parts
    or more, each with its share in brackets, is of one whole: the one amount of their unit and period, larger than
    each, that most of the shares are, near enough (within 0.15 of a point or 2 % of the share), of its part. The
    rest are then checked against that whole too, which is how a misprinted share shows (6,715 of 24,588 is 27.3 %)."""
    listed: dict[int, list[tuple[Figure, Figure]]] = {}
    for part, share in zip(figures, figures[1:]):
        if share.kind == "share" and share.unit == "percent" and part.is_amount and part.kind != "conversion" \
                and part.sentence == share.sentence and re.fullmatch(r"\s*\(\s*", text[part.end:share.start]) \
                and re.match(r"\s*(?:percent|per cent|%)?\s*\)", text[share.end:share.end + 12]) \
                and not set(share.links) & totals.amount_ids:
            listed.setdefault(share.sentence, []).append((share, part))
    for pairs in listed.values():
        parts = [part for _, part in pairs]
        if len(pairs) < 3 or len({part.unit for part in parts}) > 1 or len({part.period for part in parts}) > 1:
            continue
        wholes = [f for f in totals.all if f not in parts and all(totals.larger(f, part) for part in parts)
                  and f.period == parts[0].period]
        needed = max(2, (len(pairs) + 1) // 2)
        fitting = [whole for whole in wholes if sum(_share_near(share, part, whole) for share, part in pairs) >= needed]
        if len(fitting) != 1:
            continue
        for share, part in pairs:
            share.link(part)
            share.link(fitting[0])
            share.period = part.period
            share.inferred = share.inferred or fitting[0].sentence != share.sentence


def _share_near(share: Figure, part: Figure, whole: Figure) -> bool:
    """Whether a part is about the share of a whole that its printed percentage says."""
    try:
        rate = float(parse_printed(share.value).value)
    except ValueError:
        return False
    return bool(whole.scale_value) and abs(100 * part.scale_value / whole.scale_value - rate) <= max(0.15, 0.02 * rate)


# " (66 GW) of these additions", " of those": a share of what the sentence before gave
_OF_THE_ONES_BEFORE = re.compile(r"(?i)\s*(?:percent|per\s?cent|%)?\s*(?:\([^()]{0,30}\)\s*)?of\s+(?:these|those)\b")
# " share (", " (about ", " of the market (": from a share to its part, in brackets right after it
_ITS_PART_IN_BRACKETS = re.compile(r"(?i)\s*(?:percent|per\s?cent|%)?\s*(?:(?:market\s+)?share\s*)?\(\s*"
                                   r"(?:about\s+|around\s+|nearly\s+|some\s+|or\s+)?")


def _shares_of_figures(figures: list[Figure], text: str, totals: Totals) -> None:
    # A share linked only to another share ("10.3 per cent ..., compared to 9.1 per cent") still has its total to find
    # (a share the clause moved from, "down from 67.4 percent in 2019", is of another period's amounts, unless it
    # names its whole: "compared to 9.1 per cent out of Budget 2019's RM316.6 billion")
    # (a margin moved from, "expanded from 11 per cent to 13.5 per cent", is its own period's share of revenue)
    unlinked = [f for f in figures if f.kind == "share" and f.unit == "percent" and not set(f.links) & totals.amount_ids]
    for share in [f for f in unlinked if not _margin(f, text, totals)
                  and (not (f.baseline or _moved_from(f, text))
                       or re.match(r"(?i)\s*(?:percent|per cent|%)?\s*(?:of|out of)\s", text[f.end:f.end + 10]))]:
        context = text[max(share.clause[0], share.start - 80):share.end + 60]
        if re.search(r"\d\s*\(\s*$", text[max(0, share.start - 15):share.start]):
            # ("South Korea accounted for 487,502 visitors, or 24.35%, followed by ... Australia 102,494 (5.12%)":
            # a share in brackets after its amount, in a list its sentence says are shares)
            context = text[max(share.clause[0], text.rfind(". ", 0, share.start)):share.end + 60]
        # ("59,128 male and female students out of 84,000 students who took the exams, with a rate of 71.37%")
        if not re.search(r"\b(?:account\w*|contribut\w*|of (?:the )?total|share|compris\w*|which is|respectively|"
                         r"makes? up|made up|of (?:its|the|their|these|those)|(?:with|at) an? (?:\w+ )?rate of|"
                         r"represent(?:ing|ed|s))\b", context, re.I) \
                and not _OF_A_FIGURE.match(text, share.end):
            continue
        amounts = [f for f in figures if f.is_amount and f.kind not in ("change", "conversion")]
        # (a figure told as what another share is of is a whole, no part)
        parts = [f for f in amounts if f.start < share.start and f.sentence == share.sentence
                 and not _WHOLE_OF_A_SHARE.search(text, max(0, f.start - 80), f.start)]
        if not parts:
            # ("the paper and cardboard sector ... maintained an 8.4% share (US$224.8 million)", "Wind power represented
            # over 40% (66 GW) of these additions": the share's part in brackets right after it)
            parts = [f for f in amounts if f.start > share.end and f.sentence == share.sentence
                     and _ITS_PART_IN_BRACKETS.fullmatch(text, share.end, f.start)
                     # (a unit's mention may take the bracket in: "(66 GW)")
                     and (re.match(r"\s*\)", text[f.end:f.end + 3]) or text[f.end - 1] == ")")][:1]
        if not parts and _APPOSED.search(text, share.start - 40, share.start):
            # "The investment in residential buildings, accounting for 73.4 percent of the total, went up 15.1 percent
            # year on year to reach 5.35 trillion yuan": a share said in apposition, its subject's amount after it
            parts = [f for f in amounts if f.start > share.end and f.sentence == share.sentence and f.kind == "level"][:1]
        if not parts and share.period and not any(f.is_amount for f in totals.in_sentence.get(share.sentence, ())):
            # ("Acer PC shipments in EMEA have fallen by 42.2 percent this past quarter to just 1.464 million units.
            # Market share for the Taiwanese manufacturer has also tightened from 9.4 percent to 8.5 percent": a share
            # in a sentence of no amount is of the one amount of its period the sentence before gives, when one whole
            # fits it exactly)
            # ("Tigo's voice subscriptions increased from 5,360,443 ... to 5,510,992 .... This indicates a percentage
            # increase of 2.81%. Their market share for the month under review was 14.84%": past a sentence of no
            # amount, its rate alone, to the one before)
            back = share.sentence - 1
            if back > 0 and not any(f.is_amount for f in totals.in_sentence.get(back, ())):
                back -= 1
            before = [f for f in totals.by_sentence.get(back, ()) if f.period == share.period]
            told = [(part, whole) for whole in before for part in before
                    if whole.links.get(part.id) == "part"] if len(before) == 2 else []
            if len(told) == 1 and _THIS_REPRESENTS.match(text, sentences(text)[share.sentence][0]):
                # ("Only 173,345 out of the 881,416 candidates ... This represents 19.03 per cent of the total
                # candidature": the share of the part the sentence before gave out of its whole)
                share.link(told[0][0])
                share.link(told[0][1])
                share.inferred = True
                continue
            if len(before) == 1 and (whole := _whole_that_fits(share, before[0], totals)) is not None:
                share.link(before[0])
                share.link(whole)
                share.inferred = True
                continue
        # "compared to 9.1 per cent out of Budget 2019's RM316.6 billion": the whole follows, and the amount
        # before the share is another share's whole; the part is named elsewhere
        whole_follows = re.match(r"(?i)\s*(?:of|out of)\s", text[share.end:share.end + 10])
        if not parts or whole_follows:
            if _named_elsewhere(share, text, totals) or not parts:
                continue
        part = parts[-1]
        # "3.2 billion dollars of 7.5 billion dollars in sales, accounting for 42.7 percent", "59,128 male and female
        # students out of 84,000 students": the part and the whole the sentence names, one "of" the other
        # (not "averaged 19.3 million with a peak of 22.3 million and an 82% share": the same audience's high, no whole)
        # (the pair the last amount before the share closes: not "construction started at 326 of 344 projects, with
        # an investment of 108.44 billion yuan completed, or 73.8 percent of the planned investment")
        of_pair = [(a, b) for a, b in zip(parts, parts[1:]) if a.unit == b.unit and _PART_OF_WHOLE.fullmatch(text, a.end, b.start)
                   and not _A_PEAK_OF.search(text, a.end, b.start) and b is part]
        if of_pair and _of_something_else(share, of_pair[-1][1], text):
            continue
        if of_pair:
            share.link(of_pair[-1][0])
            share.link(of_pair[-1][1])
            share.period = of_pair[-1][0].period
            continue
        # "42 percent of the total outlay of Rs 9.5 trillion", not "98.6 per cent of adults or 23,102,672 people"
        # ("or 69.3 percent of the target, and spending that reached Rp1,512.6 trillion": the next clause's figure is
        # no whole the "of" names)
        named_after = [f for f in totals.by_sentence.get(share.sentence, ()) if totals.larger(f, part)
                       and f.start > share.start and re.match(r"\s*of\b", text[share.end:share.end + 5])
                       and not _SHARE_THEN_PART.match(text[share.end:f.start])
                       and not _NEXT_CLAUSE.search(text, share.end, f.start)
                       # ("representing 1.4% of GDP, against the target of ¢8.905 billion": the whole was named;
                       # "35 percent of the estimated for the current year as a whole, which amounted to SR79 billion"
                       # names it again)
                       and not re.search(r"[,;](?!\s*(?:which|that)\b)", text[share.end:f.start])
                       # ("gulping about 29% of the total expenditure and almost drawing level with an estimate for
                       # capital expenditure at N3.85 trillion": a participle after "and" says something else of it)
                       and not _AND_DOING.search(text, share.end, f.start)
                       # ("120 percent of its revenue goal and 90 percent of its annual target of ₦25.2 trillion":
                       # a whole named after another share is that share's)
                       and not any(share.end <= g.start < f.start and g.kind == "share" for g in figures)]
        of_what = re.match(r"\s*(?:percent|per cent|%)?\s*(?:of|to)\s+(?:the\s+)?((?:[\w'’-]+\s?){1,5})",
                           text[share.end:share.end + 60], re.I)
        whole_key = key_of(of_what.group(1)) if of_what else frozenset()
        named = [f for f in totals.measuring(whole_key, part) if not _below_a_part(f, share, text, totals)
                 and not _anothers_plan(share, f, text)] if whole_key else []
        if not named and whole_key & _PLANNED:
            # "Rs 780532 crore spent till November, which is 64 per cent of the Budget estimate": a figure to date
            # against the plan for the whole year it falls in
            named = [f for f in totals.all if _names(whole_key, f.measure.key) and totals.eligible(f)
                     and f.unit == part.unit and f.scale_value > part.scale_value and not f.baseline
                     and _falls_in(part.period, f.period) and not _anothers_plan(share, f, text)]
        # With no measure named ("of the total"), the article's first amount of the unit and period: its main total.
        first = totals.first.get((part.unit, part.period))
        if named_after:
            whole = named_after[0]
        elif whole_key and named:  # "5 per cent of the operating revenue": the one amount of that measure, or none
            # (told alike in the headline and the body, "281,538 Tons" and "281,538 tons", it is one amount: the body's)
            told = [f for f in named if f.section != "headline"] or named
            whole = told[0] if len({(f.value, f.scale, f.unit) for f in named}) == 1 else None
        elif re.search(r"(?i)\bof (?:the )?(?:total|overall|all)\b", text[share.end:share.end + 30]):
            # the main total is the one the article opens with, in its headline or first sentence; "of the total
            # foreign trade volume" names it in other words, sharing one ("goods trade"); a surplus or deficit
            # is no total shares are of
            whole = first if first is not None and totals.larger(first, part) and opening(first, totals.first_lede) \
                and (not whole_key or whole_key & first.measure.key) and not first.measure.key & _BALANCE_WORDS \
                and not _A_SHARE_OF_THE_TOTAL.match(text, first.end, first.end + 90) else None
            # ("The US remains the top export market ... with $902.33 million, a 15.2 percent share of the total":
            # the total of the side of trade its sentence names, when the article gives one)
            whole = _side_named(share, part, text, totals) or whole
        elif whole_key:
            whole = None
        else:  # "giving it a 16.1 per cent market share": of a whole the article does not give
            whole = None
        # ("Of this figure, bank customers resident in Lagos deposited N10.128 trillion representing 50 per cent": the
        # whole the part's own words say it is of)
        # (not "823,424 were males and 748,972 were females, representing 52.36 per cent and 47.63 per cent
        # respectively": shares told in turn, each of its own part)
        said_whole = next((totals.by_id[i] for i, role in part.links.items() if role == "whole" and i in totals.by_id),
                          None) if whole is None and not whole_key and not _RESPECTIVELY.match(text, share.end) else None
        whole = whole or said_whole
        if whole is None and _OF_THE_ONES_BEFORE.match(text, share.end):
            # ("153 GW of new grid-connected capacity ... Wind power represented over 40% (66 GW) of these additions":
            # "these" are the one amount of the part's unit, larger than it, that the sentence before gave)
            told = [f for f in totals.by_sentence.get(share.sentence - 1, ()) if f.unit == part.unit
                    and totals.larger(f, part)]
            whole = told[0] if len(told) == 1 else None
        if whole is None and not whole_key - _TOTAL_KEYS:
            whole = _whole_that_fits(share, part, totals)
        if whole is None:
            whole = _all_of_them(share, part, first, text, totals, whole_key)
        if whole is None or _counts_another_thing(whole, part, text):
            # ("the top 10 players captured 79 percent of the market to leave over 600+ brands": a count of other
            # things than the part's is no whole of it)
            continue
        share.link(part)
        share.link(whole)
        share.period = part.period
        share.inferred = not named_after and whole is not said_whole  # a total the sentence itself does not give
        if not share.measure.key:
            share.measure = Measure(part.measure.key | {"share"}, f"{part.measure.words} share", part.measure.entity)


# "This represents ", "This is ", "That works out to ", "The figure is ": a sentence that opens on what the sentence
# before gave
_THIS_REPRESENTS = re.compile(r"(?i)\s*(?:this|that|which|it|the\s+figure|the\s+number)\s+(?:represents|represented|is|was|"
                              r"works?\s+out\s+(?:to|at)|amounts?\s+to|translates?\s+(?:in)?to|means)\b")


_SIDE_WORDS = {"export": "exports", "import": "imports"}


def _side_named(share: Figure, part: Figure, text: str, totals: Totals) -> Figure | None:
    """The one level of the side of trade ("export market", "import source") the share's sentence names, of the
    part's unit and period and larger than it, if the sentence names one side only."""
    bounds = sentences(text)
    start, end = bounds[share.sentence] if share.sentence < len(bounds) else share.clause
    named = {side for word, side in _SIDE_WORDS.items()
             if re.search(rf"(?i)\b{word}(?:s|ed|ing|er|ers)?\b", text[start:end])}
    if len(named) != 1:
        return None
    side = named.pop()
    found = [f for f in totals.by_word.get(side, ()) if totals.larger(f, part) and not f.measure.key & _BALANCE_WORDS
             and not f.estimate]
    return found[0] if len({f.scale_value for f in found}) == 1 else None


# What joins a part to its whole: a few words of what it counts, then "of" or "out of"
_A_PEAK_OF = re.compile(r"(?i)\b(?:peak|high|low|record|average|maximum|minimum)\s+of\s")
_PART_OF_WHOLE = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?")
# ", accounting for", ", making up", ", representing": a share said of the subject before its own figure
_APPOSED = re.compile(r"(?i),\s*(?:accounting\s+for|making\s+up|representing|comprising)\s+(?:about\s+|around\s+|"
                      r"nearly\s+|some\s+|over\s+)?\S{0,4}$")
_TOTAL_KEYS = frozenset({"total", "overall", "all"})


def _whole_that_fits(share: Figure, part: Figure, totals: Totals) -> Figure | None:
    """A share of a whole the words do not name ("accounting for 73.4 percent of the total", the total told in
    another sentence): the one amount of the part's unit and period, larger than it, of which the part is that
    share within both figures' rounding, when the match is too tight for chance (a share printed to a tenth of a
    point or finer, the ratio's rounding within four of its last digits, and a point). None when no amount, or
    more than one, fits: a guessed whole would make a false contradiction, and a whole found by its arithmetic can
    only agree."""
    try:
        printed = parse_printed(share.value)
    except ValueError:
        return None
    rate, step = float(printed.value) / 100, float(printed.digit_step) / 100
    if step > 0.001:
        return None  # ("4%" fits any ratio within a point: chance, not a whole)
    fits = []
    own = _rounded(part)
    if own is None or rate - step <= 0:
        return None  # ("0.1 percent" of a whole: any whole fits, and the lookup below would divide by zero)
    # (looked up by value, the wholes the part could be that share of: a long article has thousands of levels)
    # ("Australia 102,494 (5.12%)": a named part's whole is of its entity, or of none: all arrivals)
    reach = []
    for entity in dict.fromkeys((part.measure.entity, "")):
        ordered, values = totals.levels_by_value(part.period, entity)
        reach += ordered[bisect.bisect_left(values, own[0] / (rate + step)):
                         bisect.bisect_right(values, own[1] / (rate - step))]
    for whole in reach:
        if not totals.larger(whole, part) or not whole.period:
            continue
        high = _rounded(whole)
        if high is None:
            continue
        ratio_low, ratio_high = own[0] / high[1], own[1] / high[0]
        if ratio_high - ratio_low <= min(4 * step, 0.01) and ratio_low <= rate + step / 2 and rate - step / 2 <= ratio_high:
            fits.append(whole)
    # (one whole told twice, "A total of 17.2 million PCs" and "to just 17.207 million units", is one fit: the more
    # precise)
    best = min(fits, key=half_step, default=None)
    if best is not None and all(abs(f.scale_value - best.scale_value) <= half_step(f) + half_step(best) for f in fits):
        return best
    return None


def _all_of_them(share: Figure, part: Figure, first: Figure | None, text: str, totals: Totals,
                 whole_key: frozenset[str]) -> Figure | None:
    """"only 34,664, representing 26.01 per cent obtained credit passes", "the results of 14,756 candidates,
    representing 11.07 per cent of the number of candidates" after "taken by 131,485 candidates" in the opening: a
    share of a count, right after it, is of all the things it counts (those its "of" names, or it counts, or, naming
    none, the opening's), the count of them the article opens with (of its period, larger): a whole the draft infers."""
    if first is None or part.unit != "count" or first is part or not totals.larger(first, part) \
            or not opening(first, totals.first_lede) or not _OR_REPRESENTING.match(text, part.end, share.start) \
            or not (counted := _COUNTED_NOUN_AFTER.match(text, first.end)):
        return None
    thing = counted.group(1).lower()
    if whole_key:
        return first if thing in whole_key else None
    # ("389,655 were males, representing 45 per cent": a group named after its count is some of them, not all)
    own = _COUNTED_NOUN_AFTER.match(text, part.end, share.start) or _NAMED_AS.match(text, part.end, share.start)
    return first if own is None or own.group(1).lower() == thing else None


_NAMED_AS = re.compile(r"(?i)\s+(?:were|are|was|is)\s+([a-z][\w-]*s)\b")


# ", representing", ", or", "(": what joins a count to the share of all it counts, right after it
_OR_REPRESENTING = re.compile(r"(?i)[\w\s]{0,40}?(?:,\s*(?:representing|or|which\s+is|i\.e\.)|\()\s*\S{0,3}$")


def _rounded(figure: Figure) -> tuple[float, float] | None:
    """The values a printed figure may have been rounded from, in its plain units."""
    half = half_step(figure)
    return None if half is None else (figure.scale_value - half, figure.scale_value + half)


_PLANNED = frozenset({"estimate", "estimates", "target", "targets", "allocation", "plan", "planned", "budget",
                      "budgeted", "forecast", "goal", "quota", "projection"})
# "Arrivals from Asia stood at an estimated 1.685 million, 25 percent higher year on year, and accounting for 68.5
# percent of the total": a figure said to be a share of the total is a part of it, not the total
_A_SHARE_OF_THE_TOTAL = re.compile(r"(?i)[^.;]*?\b(?:accounting for|accounted for|making up|representing|or)\s+"
                                   r"(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*(?:percent|per cent|%)\s+of\s+"
                                   r"(?:the\s+)?(?:total|overall)\b")


def _falls_in(inner: str, year: str) -> bool:
    """Whether a period lies within a year, calendar or fiscal ("2014-11" in FY2015, which began in 2014 or 2015
    as whoever keeps it starts the year)."""
    try:
        part, whole = parse_period(inner), parse_period(year)
    except ValueError:
        return False
    if part.start is None or part.end is None:
        return False
    if whole.start is not None:
        return whole.start <= part.start and part.end <= whole.end and part.days.high < whole.days.low
    fiscal = re.fullmatch(r"FY(\d{4})", whole.bare)
    return bool(fiscal) and part.start.year in (int(fiscal.group(1)) - 1, int(fiscal.group(1))) \
        and part.days.high < 365


# "The share of power generation sources in May 2024 was:" over lines "– Hydel: 31.0%"; "A detailed breakdown of
# the power generation sources for May 2024 reveals the following:" over lines "– Hydel power generation increased
# by 17.9% to 3,906 GWh": a list of the parts of the whole the heading names, as shares of it or as levels
_LIST_HEADING = re.compile(r"(?i)\b(?:shares?|breakdown|composition|mix|split)\s+of\s+(?:the\s+)?"
                           r"((?:[\w'’-]+\s?){1,5}?)\s*(?=\b(?:in|for|during|by|was|were|is|are|stood|as|reveals?|shows?)\b|:|$)")
_LIST_ITEM = re.compile(r"^[^\w\n]*([A-Za-z][\w '’&/-]{0,40}?)\s*:\s*$")
_LISTED_LINE = re.compile(r"^(?:[-–—•*·]\s|[^\w\n]*[A-Za-z][\w '’&/()-]{0,40}:\s*[^\s\d]*\d)")
_LIST_NOUNS = frozenset({"source", "sources", "component", "components", "type", "types", "category", "categories"})


def listed_parts(figures: list[Figure], text: str, totals: Totals) -> None:
    """The lines of a list under a heading that names their whole, linked to the whole's level (the largest
    of the heading's words, of the share's period and the parts' unit): a level on a line is a part of it; a
    share on an "Item: N%" line is the share of the item's one level in it. Without the whole, nothing links."""
    headings: dict[int, str] = {}
    for figure in figures:
        line_start = text.rfind("\n", 0, figure.start) + 1
        if not _LISTED_LINE.match(text[line_start:figure.start + 1]) or figure.baseline:
            continue
        if line_start not in headings:
            named = _LIST_HEADING.search(_heading_of_list(text, line_start))
            headings[line_start] = named.group(1) if named else ""
        whole_key = key_of(headings[line_start]) - _LIST_NOUNS
        if not whole_key:
            continue
        levels = [f for f in totals.levels.get((figure.period, ""), []) if not f.baseline]
        item = _LIST_ITEM.match(text[line_start:figure.start])
        if figure.kind == "share" and figure.unit == "percent" and not figure.links and item:
            item_key = key_of(item.group(1))
            parts = [f for f in levels if item_key and item_key <= f.measure.key and f.measure.key - item_key <= whole_key]
            if len({f.value for f in parts}) != 1:
                continue
            part = parts[0]
            whole = _list_whole(levels, whole_key, part)
            if whole is not None:
                figure.link(part)
                figure.link(whole)
                figure.measure = Measure(item_key | whole_key | {"share"},
                                         f"{item.group(1).strip()} share of {headings[line_start]}", "")
        elif figure.is_level and figure.is_amount and figure.kind != "conversion" and not figure.measure.entity:
            whole = _list_whole(levels, whole_key, figure)
            if whole is not None and figure.measure.key - whole_key:
                whole.link(figure, "part")


def _list_whole(levels: list[Figure], whole_key: frozenset[str], part: Figure) -> Figure | None:
    """"Power generation in Pakistan reached 12,617 GWh": the largest level of the heading's words and the part's
    unit, when larger than the part."""
    wholes = [f for f in levels if whole_key <= f.measure.key and f.unit == part.unit and f is not part
              and not (f.measure.key - whole_key) & part.measure.key - whole_key]
    whole = max(wholes, key=lambda f: f.scale_value, default=None)
    return whole if whole is not None and part.scale_value < whole.scale_value else None


def _heading_of_list(text: str, line_start: int) -> str:
    """The line above a list of "Item: value" or bulleted lines, when it ends with a colon."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _LISTED_LINE.match(line):
            return line if line.endswith(":") else ""
        end = start - 1
    return ""


# "concentrated in 10 States/UTs": a count of the places the figures are in, no part of them
_PLACES_COUNTED = re.compile(r"\s+(?:States?|UTs?|states|countries|provinces|districts|regions|cities|counties|"
                             r"territories|municipalities)\b")


def _named_elsewhere(share: Figure, text: str, totals: Totals) -> bool:
    """"Tertiary industries contributed 53.9 percent to the GDP" in a sentence with no amount: the part is
    the article's level of the share's own measure in its period, the whole the level of the measure it is
    "of" or "to". Both must be named. Whether it linked them."""
    # "39.0 percent and 7.1 percent respectively" after "53.9 percent to the GDP": of what the sentence's first is
    siblings = [f for f in totals.in_sentence[share.sentence] if f.kind == "share" and f.unit == "percent"]
    whole_key = next((k for k in [_of_what(f, text) for f in [share] + siblings] if k), frozenset())
    # "comprising 10.3 per cent of the overall RM297 billion 2020 budget": the whole printed right after the share
    # (not "2.2 percent of the GDP to reach Rp353 trillion": what the part reached, the whole named in words)
    # ("22.7 percent of the projected annual revenues of 9.5 billion litas": the whole, after its name and "of")
    # ("Nearly half of the 3.9 million guests (approximately 1.3 million)": a fraction's words hold their "of")
    told_to = share.end - 2 if re.search(r"(?i)\sof$", text[share.start:share.end]) else share.end
    after = [f for f in totals.in_sentence[share.sentence] if f.start > share.end and f.is_amount
             and f.kind != "conversion" and _THE_WHOLE_NEXT.fullmatch(text, told_to, f.start)]
    # ("Nearly half of the 3.9 million guests (approximately 1.3 million)": the part in brackets after its whole)
    bracketed = [f for f in totals.in_sentence[share.sentence] if after and f.start > after[0].end and f.is_amount
                 and f.kind != "conversion" and f.unit == after[0].unit and f.scale_value < after[0].scale_value
                 and _PART_IN_BRACKETS.fullmatch(text, after[0].end, f.start)]
    if bracketed:
        share.link(bracketed[0])
        share.link(after[0])
        return True
    # "The Health Ministry's percentage of allocation": the part is the allocation
    own_key = share.measure.key - _SHARE_NOUNS
    if not own_key or not (whole_key or after):
        return False
    levels = totals.levels.get((share.period, share.measure.entity), [])
    wholes = after[:1] or [f for f in levels if _names(whole_key, f.measure.key) and f.measure.key != own_key
                           and not _anothers_plan(share, f, text)]
    wholes = [w for w in wholes if not _below_a_part(w, share, text, totals)]
    # The part: the level whose name the share's subject holds ("The Health Ministry's percentage of allocation from
    # the total government budget" holds "allocation"), the most words of it, one figure only
    # ("B2C retail sales accounted for 75.8% of the national online retail sales", then "a shopping festival with sales
    # of 77 billion yuan": a part another sentence names only by the words the share shares with its whole is no
    # part of it; in the share's own, "Sales ... increased to 12.94 million units, accounting for 46.7 percent of
    # total new vehicle sales", it is)
    # ("... achieving 5.02 trillion yuan. This amount accounts for 41.4% of the overall trade volume": the sentence
    # before's, pointed back to)
    bounds = sentences(text)
    told = (share.sentence, share.sentence - 1) if _THIS_AMOUNT.match(text, bounds[share.sentence][0]) \
        else (share.sentence,)
    # ("supplies of liquefied natural gas ... increased by 18.2 per cent to 19.3 billion cubic metres", then "As a result,
    # Russia accounted for 18.3 per cent of the EU's gas imports": a measure the share took from another sentence
    # names no part of another sentence, Russia's 49.6 billion were meant, unless the share's own sentence names most
    # of the part's words: "84% of the total gross schools budgeted expenditure is delegated directly to schools", of
    # "The funding delegated to schools")
    own_words = key_of(text[slice(*bounds[share.sentence])]) if share.inferred else frozenset()
    named = [f for f in levels if f.measure.key and f.measure.key <= own_key and f.section != "headline"
             and (f.sentence in told or f.measure.key & (own_key - whole_key)
                  and (not share.inferred or 2 * len(f.measure.key & own_words) > len(f.measure.key)))
             and f not in wholes[:1] and not _PLACES_COUNTED.match(text, f.end)]
    # ("the figure translated to ... 60 per cent of total revenue while it recorded N9.65 billion in absolute terms":
    # a figure of a clause after the share's, "while" it, is no part the share was said of)
    named = [f for f in named if f.sentence != share.sentence or f.start < share.start or f.clause == share.clause]
    # ("... 22.7 percent of the projected annual revenues of 9.5 billion litas, while ... 22.6 percent of ...": a
    # figure told as what another share is of is a whole, no part)
    named = [f for f in named if not _WHOLE_OF_A_SHARE.search(text, max(0, f.start - 80), f.start)]
    # ("Women accounted for 49% of the unemployed" in the lede, "51,600 women" paragraphs later of "people aged
    # 25-74": a paragraph after the share's speaks of a breakdown of its own, whose part is no part of the share)
    named = [f for f in named if "\n" not in text[share.end:f.start]]
    if any(f.sentence == share.sentence for f in named):
        # "Pakistan will spend approximately Rs 3.950 trillion ..., which is 42 percent of the total": the share's
        # own sentence names its part, whatever the body restates later
        named = [f for f in named if f.sentence == share.sentence]
    elif any(f.section == "body" for f in named):  # the lede's "RM31 billion" rounds the body's RM30.6 billion
        named = [f for f in named if f.section == "body"]
    most = max((len(f.measure.key) for f in named), default=0)
    parts = [f for f in named if len(f.measure.key) == most]
    parts = parts if len({f.value for f in parts}) == 1 else []
    if len(parts) != 1 or not wholes:
        return False
    part, whole = parts[0], wholes[0]
    # ("the top 10 players captured 79 percent of the market to leave over 600+ brands": a count of other things than
    # the part's is no whole of it)
    if part.unit != whole.unit or part.scale_value >= whole.scale_value or _counts_another_thing(whole, part, text):
        return False
    share.link(part)
    share.link(whole)
    return True


# "This amount accounts for", "It makes up", "The figures amounted to" (or "amounted for"): a sentence whose subject is
# the figure the sentence before told
_THIS_AMOUNT = re.compile(r"\s*(?:[Tt]his|[Tt]hat|[Ii]t|[Tt]he\s+(?:figures?|amounts?|totals?|sums?))\s+(?:figure\s+|"
                          r"amount\s+|total\s+|sum\s+)?(?:accounts?|accounted|makes?|made|represents?|represented|"
                          r"amount(?:s|ed)?\s+(?:to|for)|is|was|are|were)\b")
# "percent of the projected annual revenues of ", "% of ": the words that make the figure after them a share's whole
_OF_THE_WHOLE = r"(?:of|out of)\s+(?:the\s+)?(?:(?!or\b|to\b)[\w'’-]+\s+){0,5}(?:of\s+)?"
_WHOLE_OF_A_SHARE = re.compile(rf"(?i)(?:percent|per cent|%)\s*{_OF_THE_WHOLE}\S{{0,4}}$")
# ... said right after the share
_THE_WHOLE_NEXT = re.compile(rf"(?i)\s*(?:percent|per cent|%)?\s*{_OF_THE_WHOLE}")
# " guests (approximately ", " (": from a share's whole to its part in brackets, a few words of the whole's between
_PART_IN_BRACKETS = re.compile(r"(?i)(?:\s+[a-z][\w'’-]*){0,3}\s*\(\s*(?:about|approximately|around|nearly|almost|roughly|"
                               r"some|or)?\s*\S{0,4}")


# "25,515,074 individuals or 97.3 per cent of ...", "98.6 per cent of the adult population or 23,102,672 individuals":
# a share and its part side by side, joined by "or"
_OR = r",?\s*or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more than\s+)?"
# "closed 10.25 points or 0.52 per cent lower", "rose 1.23 percent or 59.4 points", "$20.1 million, or 20 cents per
# share": one figure told twice, joined by "or" (the unit of the first, if any, between them)
_OR_BETWEEN = re.compile(rf"(?i)\s*(?:points|pts|percent|per cent|%|pc)?\s*{_OR}\S{{0,3}}")
_PART_THEN_SHARE = re.compile(rf"(?i)^\s*(?:[a-z][\w'’-]*\s+){{0,3}}?{_OR}$")
_SHARE_THEN_PART = re.compile(rf"(?i)^\s*(?:(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?)?{_OR}"
                              r"(?:[^\s\d]{1,3}\.?\s?)?$")
# What a share is of: the words after "of", up to the first that is no longer the whole's name
_WHOLE_OF = re.compile(r"(?i)^\s*(?:percent|per cent|%|pc)?\s*(?:of|out of)\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                       r"((?:(?!(?:or|in|have|has|had|were|was|are|is|who|which|that|and|aged|as|at|on|for|with|from|to|"
                       r"by|will|would|the)\b)[a-z][\w'’-]*\s*){1,4})")


# "98.9 per cent of the budget estimate", "60 percent of the full-year target": a share of what was planned
_OF_THE_PLAN = re.compile(rf"(?i)\s*(?:percent|per cent|%|pc)?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
                          rf"{PLAN}\b")
# ... and the amount that says what was planned, by the words right before it: "Against the estimated deficit of"
_SAYS_PLANNED = re.compile(r"(?i)\b(?:estimated?|estimates|targets?|targeted|budget(?:ed)?|BE|projected|projections?|"
                           r"goals?)\b[^.;\d]{0,30}$")


def shares_of_the_plan(by_sentence: dict[int, list[Figure]], text: str) -> None:
    """"98.9 per cent of the budget estimate has already been touched in eight months. Against the estimated deficit
    of Rs. 531177 crore ..., a deficit of Rs. 525134 crore has already been touched": a share of the plan with no
    amount in its sentence is the actual over the planned amount the next sentence (or the one before) gives,
    when it gives just those two, in one unit."""
    for index, figures in by_sentence.items():
        shares = [f for f in figures if f.kind == "share" and f.unit == "percent" and not f.links
                  and _OF_THE_PLAN.match(text, f.end)]
        if len(shares) != 1 or any(f.is_amount and f.kind != "conversion" for f in figures):
            continue
        for beside in (index + 1, index - 1):
            amounts = [f for f in by_sentence.get(beside, []) if f.is_amount and f.kind != "conversion"]
            planned = [f for f in amounts if f.estimate or _SAYS_PLANNED.search(text, max(0, f.start - 50), f.start)]
            if len(amounts) == 2 and len(planned) == 1 and amounts[0].unit == amounts[1].unit:
                actual = next(f for f in amounts if f is not planned[0])
                shares[0].link(actual)
                shares[0].link(planned[0])
                shares[0].inferred = True
                break


def shares_of_one_whole(figures: list[Figure], text: str) -> None:
    """Shares of one whole the article does not print, each beside its part ("25,515,074 individuals or 97.3 per
    cent of the adult population"; "98.6 per cent of the adult population or 23,102,672 individuals"): the share
    is linked to its part, and shares of one period, entity and named whole to one another (`same whole`), so the
    wholes they imply can be compared. A share with no whole named after it takes that of the share before it in
    its sentence ("while 89.8 per cent or 2,726,239 individuals in the group")."""
    groups: dict[tuple, list[Figure]] = {}
    wholes_in_sentence: dict[int, frozenset[str]] = {}
    amounts: dict[int, list[Figure]] = {}  # by sentence
    for figure in figures:
        if figure.is_amount and figure.kind not in ("change", "conversion"):
            amounts.setdefault(figure.sentence, []).append(figure)
    amount_ids = {f.id for sentence in amounts.values() for f in sentence}
    for share in sorted((f for f in figures if f.kind == "share" and f.unit == "percent"), key=lambda f: f.start):
        if amount_ids & set(share.links):
            continue
        part = _side_by_side(share, amounts.get(share.sentence, []), text)
        if part is None:
            continue
        of_what = _WHOLE_OF.match(text[share.end:share.end + 80])
        whole = key_of(of_what.group(1)) if of_what else wholes_in_sentence.get(share.sentence, frozenset())
        if not whole:
            continue
        wholes_in_sentence.setdefault(share.sentence, whole)
        share.link(part)
        if whole & _PLANNED:
            # ("revenues of Rp1,312.3 trillion, or 69.3 percent of the target, and spending of Rp1,512.6 trillion, or
            # 68.1 percent of the target", "Rp392.8 trillion or 41.5 percent of the state budget, and ... Rp483.7
            # trillion or 35.7 percent of the state budget": each figure's own target or allocation, no whole they
            # share, however alike the draft named their measures)
            continue
        groups.setdefault((whole, share.period, share.measure.entity, part.unit), []).append(share)
    for shares in groups.values():
        for later in shares[1:]:
            later.link(shares[0], "same whole")


def _side_by_side(share: Figure, amounts: list[Figure], text: str) -> Figure | None:
    """The amount an "or" sets beside a share among the amounts of its sentence: before it or after it."""
    before = [a for a in amounts if a.end <= share.start]
    if before and _PART_THEN_SHARE.match(text[before[-1].end:share.start]):
        return before[-1]
    after = [a for a in amounts if a.start >= share.end]
    if after and _SHARE_THEN_PART.match(text[share.end:after[0].start]):
        return after[0]
    return None


_MARGIN = re.compile(r"\b((?:[\w-]+\s){0,3}[\w-]+)\s+margins?\b(?:\s+[a-z]+){0,3}?\s*(?:of|at|was|to|from|stood at)?\s*"
                     # "margin expanded from 11 per cent to 13.5 per cent": the figure moved to; "improved to 2.46 per
                     # cent from 1.40 per cent": the figure moved from
                     # ("improved to 13.1 per cent Q4FY21 as compared to 7.7 per cent": moved from, its period between)
                     r"(?:[\d.]+\s*(?:percent|per cent|%)\s+(?:\S+\s+)?(?:to|from|as compared to|compared to|compared "
                     r"with|against|versus)\s+)?(?:about|around|nearly|over|some)?\s*$", re.I)
_REVENUE = frozenset({"revenue", "sales"})
_AMOUNT_THEN_MARGIN = re.compile(r"(?i)(?:a|an|its|the)\s+(?:\w+\s+)?margin\s+of\s+(?:about\s+|around\s+|nearly\s+)?$")


def _moved_from(share: Figure, text: str) -> bool:
    """Whether the words right before a share say it is what the figure moved from ("down from 67.4 percent"); in
    "tightened from 9.4 percent to 8.5 percent" the "from" is the first share's, not the second's."""
    said = None
    for said in _BASELINE.finditer(text, max(share.clause[0], share.start - 40), share.start):
        pass
    return said is not None and not re.search(r"\d", text[said.end():share.start])


def _margin(share: Figure, text: str, totals: Totals) -> bool:
    """"operating cash flow of $24.3 million (resulting in operating cash flow margin of 20.9%)", "net profit
    margin improved to 2.46 per cent": a margin is its measure's share of revenue in the same period. Linked
    only when the article gives that measure and revenue (or sales) once each for the period."""
    found = _MARGIN.search(text[max(share.clause[0], share.start - 80):share.start])
    key = key_of(found.group(1)) - {"its", "corresponding", "same"} if found else frozenset()
    if found and not key:
        key = share.measure.key - {"margin"}  # "The corresponding margin": of the measure the sentence before spoke of
    # "EBITDA was Rs 900 crore, a margin of 20 percent": the margin of the amount said right before it
    said_before = _AMOUNT_THEN_MARGIN.search(text[max(0, share.start - 40):share.start])
    if not found and not said_before:
        return False
    levels = totals.margin_levels.get(share.period, [])
    before = [f for f in levels if f.end <= share.start and f.sentence == share.sentence] if said_before else []
    if not key and before and re.fullmatch(r"\s*,\s*", text[before[-1].end:share.start - len(said_before.group(0))]):
        key = before[-1].measure.key
    if not key or key & _REVENUE:
        return False
    # "a net margin of 8 percent", "operating margin": of net or operating profit, the noun a margin leaves out
    parts = [f for f in levels if f.measure.key == key] or [f for f in levels if f.measure.key == key | {"profit"}]
    wholes = [f for f in levels if f.measure.key & _REVENUE and not f.measure.key & {"estimate", "revised"}]
    if len(parts) != 1 or len(wholes) != 1 or parts[0].unit != wholes[0].unit:
        return False
    # ("an operating profit of KRW 505.2 billion ... The best performance was recorded by Lg Home Appliance, that
    # reached KRW 407.8 billion in operating income ..., and sales of KRW 4.22 trillion. Operating profit and
    # operating margin of 9.7 percent": revenue told beside another amount of its own is that amount's, not the profit's
    # of another sentence)
    if parts[0].sentence != wholes[0].sentence and any(
            f.sentence == wholes[0].sentence and f is not wholes[0] and f.unit == wholes[0].unit for f in levels):
        return False
    share.link(parts[0])
    share.link(wholes[0])
    return True


_SHARE_NOUNS = frozenset({"percentage", "share", "proportion", "portion", "percent", "ratio"})


def _below_a_part(whole: Figure, share: Figure, text: str, totals: Totals) -> bool:
    """"wages ... GH¢22.9 billion and constituted 26.7 per cent of the Total Expenditure, ... goods and services
    ... GH¢8.3 billion, ... 9.7 per cent of the Total Expenditure": a whole is larger than each amount the
    sentence gives as a share of it, so GH¢9.3 billion of capital expenditure is none."""
    of_what = _of_what(share, text)
    in_sentence = totals.in_sentence[share.sentence]
    amounts = [f for f in in_sentence if f.is_amount and f.kind not in ("change", "conversion")]
    shares = [f for f in in_sentence if f.kind == "share" and f.unit == "percent" and _of_what(f, text) == of_what]
    parts = [max((a for a in amounts if a.end <= s.start), key=lambda a: a.start, default=None) for s in shares]
    return any(p is not None and p.unit == whole.unit and p.scale_value >= whole.scale_value for p in parts)


def _names(words: frozenset[str], key: frozenset[str]) -> bool:
    """Whether the words a share says it is "of" name a figure's measure: "of GDP" for gross domestic product,
    "of the total retail sales of consumer goods" for total retail sales (either holds all the other's words)."""
    return bool(words and key) and (words <= key or key <= words)


# "95% of the sector's target", "of the ministry's full-year goal": a plan said to be someone's
_WHOSE_PLAN = re.compile(r"(?i)\s*(?:percent|per cent|%|pc)?\s*of\s+(?:the\s+)?(?P<whose>[a-z][\w-]*)['’]s?\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:targets?|goals?|estimates?|projections?|budget)\b")


def _anothers_plan(share: Figure, whole: Figure, text: str) -> bool:
    """Whether a share is of someone's plan that a figure's words do not name: "oil taxes reached N6.8 trillion,
    achieving 95% of the sector's target" is of the oil sector's target, not the agency's "target of N40.71 trillion
    for 2026"."""
    said = _WHOSE_PLAN.match(text, share.end)
    return said is not None and said.group("whose").lower() not in whole.measure.words.lower()


def _of_what(share: Figure, text: str) -> frozenset[str]:
    """The key of what a share is of: "53.9 percent to the GDP" -> {gdp}."""
    of_what = re.match(r"\s*(?:percent|per cent|%|pc)?\s*(?:respectively\s+)?(?:of|to)\s+(?:the\s+|its\s+|their\s+)?"
                       r"((?:[\w'’-]+\s?){1,5})", text[share.end:share.end + 60], re.I)
    return key_of(of_what.group(1)) if of_what else frozenset()


# Shares of distinct parts of one whole, side by side. A verb that makes a figure a share of something:
_SHARE_VERB = (r"(?:account(?:s|ed|ing)?\s+for|ma(?:de|ke|kes|king)\s+up|contribut(?:ed|es|ing)|represent(?:s|ed|ing)?|"
               r"compris(?:e|es|ed|ing))")
_HEDGE = r"(?:(?:only|about|around|nearly|just|some|over|almost|roughly|a mere)\s+)?"
_SHARE_VERB_BEFORE = re.compile(rf"(?i)\b{_SHARE_VERB}\s+{_HEDGE}\S{{0,2}}$")
# A word naming a part, not a comparison, a period or a qualifier: "America 5 percent", not "up from 5 percent"
_PART_WORD = (r"(?!(?:up|down|from|compared|with|against|versus|vs|than|to|in|on|by|for|over|under|below|above|"
              r"a|an|was|were|is|are|and|or|of|its|their|the|last|previous|this|that|which|while|whereas|rising|"
              r"falling|nearly|about|around|almost|some|only|just|roughly|respectively|year|month|quarter|"
              r"percent|per|cent|share|up)\b)[A-Za-z][\w'’&-]*")
_PERCENT_WORD = r"\s*(?:percent|per cent|%|pc)?"
_ITS_WHOLE = r"(?:\s+(?:of|to)\s+[^,;.\d]{1,50}?)?(?:\s+(?:in|during)\s+[\w -]{0,20}?\d{4}(?:-\d{2,4})?)?"
_AND = r"(?:\s*,\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+)"
# "accounted for 54 per cent, industrial consumers 25 per cent, and commercial consumers 21 per cent"
_NEXT_PART = re.compile(rf"(?i)^{_PERCENT_WORD}{_ITS_WHOLE}{_AND}(?:the\s+)?(?:{_PART_WORD}\s+){{1,3}}{_HEDGE}\S{{0,2}}$")
# "accounted for 63 % of all power generation, while natural gas accounted for only 3 %"
# ("Revenue from power batteries accounted for 71 percent of the total, while that from energy storage batteries made
# up 15 percent": "that" standing for the measure, then its part)
_NEXT_PART_VERB = re.compile(rf"(?i)^{_PERCENT_WORD}{_ITS_WHOLE}\s*,?\s*(?:and|while|whereas|but|with)\s+"
                             r"(?:the\s+|(?:that|those)\s+(?:of|from|in)\s+(?:the\s+)?)?"
                             rf"(?:(?:{_PART_WORD}|and)\s+){{1,5}}{_SHARE_VERB}\s+{_HEDGE}\S{{0,2}}$")
# "with 39.0 percent, followed by East Asia 25.7 percent": the next part of a ranked breakdown
_FOLLOWED_PART = re.compile(rf"(?i)^{_PERCENT_WORD}{_ITS_WHOLE}\s*,?\s*(?:and\s+)?(?:was\s+|were\s+)?followed\s+by\s+"
                            rf"(?:the\s+)?(?:{_PART_WORD}\s+){{1,3}}(?:(?:with|at)\s+(?:a\s+)?)?{_HEDGE}\S{{0,2}}$")
# What makes a ranked list one of shares of one whole, said before its first share: "As a percentage, the Caribbean
# region dominated the arrivals", "led the market with a share of"; not rates each of its own whole ("occupancy of
# 126 per cent, followed by Kedah at 121 per cent")
_SHARES_SIGNAL = re.compile(r"(?i)\b(?:as\s+a\s+(?:percentage|proportion|share)|(?:market\s+)?shares?|proportion|"
                            r"dominat\w+|accounted)\b")
_EACH_ITS_OWN = re.compile(r"(?i)\b(?:rates?|ratios?|occupancy|utili[sz]ation|growth|yields?|margins?)\b")
# "account for 41.16% and 17.69%, respectively": a list of shares, one per item, when "respectively" pairs them
_NEXT_IN_LIST = re.compile(rf"(?i)^{_PERCENT_WORD}{_AND}\S{{0,2}}$")
# "French films market share was 43.1%, 45.6% for American films and 12.0% for other films": a share said, then
# shares each followed by the part it is of ("for" and the part's words), the list of one whole
# (market shares: of the parts of one market; not "with a share of 34.6% and 21% in terms of number and value,
# respectively", one part's shares of two wholes)
_A_SHARE_WAS = re.compile(rf"(?i)\bmarket\s+shares?\s+(?:was|were|is|are|stood\s+at|of)\s+{_HEDGE}\S{{0,2}}$")
_OF_TWO_MEASURES = re.compile(r"(?i)\b(?:in\s+terms\s+of|by)\s+(?:the\s+)?(?:volume|value|number|units?|revenues?|sales|"
                              r"count)\b")
_PART_AFTER = rf"\s+for\s+(?:the\s+)?(?:{_PART_WORD}\s+){{0,2}}{_PART_WORD}"
_NEXT_PART_AFTER = re.compile(rf"(?i)^{_PERCENT_WORD}(?:{_PART_AFTER})?{_AND}\S{{0,2}}$")
_ITS_PART_AFTER = re.compile(rf"(?i){_PERCENT_WORD}{_PART_AFTER}")
# "Commercial electricity consumption accounts for 8.24%." after the sentence that named the whole
_SUBJECT_THEN_VERB = re.compile(rf"(?i)^\W*(?:(?:additionally|meanwhile|also|moreover|besides|in addition|while)\W+)?"
                                rf"(?:[A-Za-z][\w'’-]*,?\s+){{1,10}}?(?:respectively\s+)?{_SHARE_VERB}\s+{_HEDGE}\S{{0,2}}$")
_OF_AT_START = re.compile(r"(?i)^\W*(?:of|out of)\s+(?:the\s+)?([^,;.\d]{3,60}),")


# "The projects are divided into", "These jobs were split between": a sentence that breaks down what the one before counted
_DIVIDED_OPENING = re.compile(r"(?i)\W*(?:the|these|those|its|their)\s+(?P<noun>[a-z][\w-]*)\s+(?:are|were|is|was)\s+"
                              r"(?:(?:divided|split|broken\s+down)\s+(?:into|between|among)|made\s+up\s+of)\b")


def divided_in_the_next_sentence(figures: list[Figure], previous: list[Figure], text: str,
                                 sentence: tuple[int, int]) -> None:
    """"The total of 2,072 projects represents a 9% year on year drop ... The projects are divided into those
    administered by existing investors, 1,250, and those by new investors, 872": a sentence that opens by dividing what
    the one before counted gives that total's parts, all of it (1,250 + 872 is 2,122: a development error), of its
    period; the tie is inferred across sentences, so a contradiction is a tension to confirm."""
    opening = _DIVIDED_OPENING.match(text, sentence[0], sentence[1])
    if not opening or not previous:
        return
    noun = opening.group("noun").lower().rstrip("s")
    wholes = [f for f in previous if f.is_level and f.kind != "conversion" and not f.baseline
              and noun in {w.rstrip("s") for w in re.findall(r"[a-z]+", f.measure.words.lower())}]
    if len(wholes) != 1:
        return
    whole = wholes[0]
    parts = [f for f in figures if f.is_amount and f.kind not in ("change", "conversion") and f.unit == whole.unit
             and 0 < f.scale_value < whole.scale_value]
    if len(parts) < 2 or len(parts) != len([f for f in figures if f.is_amount and f.kind != "conversion"]):
        return
    for part in parts:
        part.period = whole.period
        whole.link(part, "plus")
    whole.inferred = True


def other_parts(figures: list[Figure], previous: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"The capacity additions by residential consumers accounted for 54 per cent, industrial consumers 25 per
    cent, and commercial consumers 21 per cent": shares of different parts of one whole, linked as `other part`
    so that they are added (at most 100 %). The next sentence may go on with the list ("Commercial electricity
    consumption accounts for 8.24%"), when the first named the whole and the next names none or the same."""
    words = text[sentence[0]:sentence[1]]
    shares = [f for f in figures if f.kind == "share" and f.unit == "percent" and not f.estimate]
    runs: list[list[Figure]] = []
    whole: frozenset[str] = frozenset()  # what the shares of the run are of, once one of them says it
    for share in shares:
        last = runs[-1][-1] if runs else None
        named = _of_what(share, text)
        if last is not None and share.period == last.period and _next_part(runs[-1][0], last, share, text, words) and \
                (not whole or _one_whole_named(whole, named)):
            if last.id in share.links:
                last.link(share, "other part")  # (ranked below the one before, it is linked to it already)
            else:
                share.link(last, "other part")
            runs[-1].append(share)
            whole = whole or named
        elif _SHARE_VERB_BEFORE.search(text[max(sentence[0], share.start - 60):share.start]) or \
                _A_SHARE_WAS.search(text[max(sentence[0], share.start - 60):share.start]) and \
                not _OF_TWO_MEASURES.search(words) or \
                _leads_ranked_shares(share, shares, text, sentence):
            runs.append([share])
            whole = named
    if not runs or not previous or previous[0].sentence != figures[0].sentence - 1:
        return
    first = runs[0][0]
    before = [f for f in previous if f.kind == "share" and f.unit == "percent" and not f.estimate]
    if not before or not _SUBJECT_THEN_VERB.match(text[sentence[0]:first.start]):
        return
    opening = _OF_AT_START.match(text[previous[0].clause[0]:before[0].start])  # "Of India's total demand, ..."
    whole = next((w for w in (_of_what(f, text) for f in before) if w), key_of(opening.group(1)) if opening else None)
    measures = {f.measure.key for f in before}
    # one construction carried on: the same verb ("account for ..., respectively. Commercial consumption accounts
    # for"), not shares of another breakdown said another way ("accounting for 58.6 percent of the total foreign
    # trade", then "private enterprises ... contributing 38.6 percent to total trade")
    verbs = {_share_verb(text, f.start, 0) for f in before} - {""}
    if whole and _one_whole_named(whole, _of_what(first, text)) and first.period == before[-1].period and \
            first.measure.key and first.measure.key not in measures and _share_verb(text, first.start, sentence[0]) in verbs:
        first.link(before[-1], "other part")


def _leads_ranked_shares(share: Figure, shares: list[Figure], text: str, sentence: tuple[int, int]) -> bool:
    """"As a percentage, the Caribbean region dominated ... with 39.0 percent, followed by East Asia 25.7 percent":
    the first of a ranked list of shares, each of another part of one whole."""
    after = [f for f in shares if f.start >= share.end]
    opening = text[sentence[0]:share.start]
    return bool(after and _FOLLOWED_PART.match(text[share.end:after[0].start]) and _SHARES_SIGNAL.search(opening)
                and not _EACH_ITS_OWN.search(opening))


def _share_verb(text: str, at: int, start: int) -> str:
    """The share verb right before a figure, by its stem ("account", "contribut"), or ""."""
    found = _SHARE_VERB_BEFORE.search(text[max(start, at - 60):at])
    return re.match(r"[a-z]+", found.group(0).lower()).group(0)[:5] if found else ""


def _next_part(first: Figure, last: Figure, share: Figure, text: str, words: str) -> bool:
    gap = text[last.end:share.start]
    # (each part named after its share when the first share's owner was named before it: "BYD had a China market
    # share of 61.4% for hybrid electric vehicles and 17.5% for electric vehicles" names markets, two wholes)
    return bool(_NEXT_PART.match(gap) or _NEXT_PART_VERB.match(gap) or _FOLLOWED_PART.match(gap)
                or _NEXT_IN_LIST.match(gap) and "respectively" in words.lower()
                or _NEXT_PART_AFTER.match(gap) and _ITS_PART_AFTER.match(text, share.end)
                and not _ITS_PART_AFTER.match(text, first.end))


def _one_whole_named(whole: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a share is of the whole a share before it is of: it names none, or the same, or fewer of its words
    ("to GDP growth", then "to the growth"); naming more is naming another whole ("to the GDP", then "to GDP
    growth")."""
    return not other or bool(whole) and other <= whole


# "primary, secondary and tertiary industries": items of a list, and the noun they share.
_ITEM = r"[a-z][\w-]*(?: [a-z][\w-]*){0,2}?"
# The last item runs to three words, none a verb: "capital formation and net exports of goods".
_LAST_ITEM = rf"[a-z][\w-]*(?: (?!(?:respectively|{VERB_PATTERN})\b)[a-z][\w-]*){{0,2}}"
_HEADS = ("industries", "sectors", "segments", "companies", "firms", "enterprises", "units", "regions", "countries",
          "provinces", "states", "cities", "ministries", "departments", "agencies", "banks", "divisions", "businesses")
# ("the province's high-tech industry, ...": no item opens inside a possessive)
_LIST = re.compile(rf"\b(?<!['’])((?:{_ITEM}, )*{_ITEM},? (?:and|or) {_LAST_ITEM})(?: (?P<head>{'|'.join(_HEADS)}))?", re.I)


# (not "Of which N-fertilizer output was 13.985 million MT, ...; P-fertilizer output stood at 7.666 million MT": a
# pronoun's whole is the sentence before's, and every figure here is its part)
_OUT_OF = re.compile(r"^\s*(?:out of|of)\s+(?!(?:which|whom|these|those|them|this|that)\b)(?:the\s+|its\s+|their\s+)?"
                     r"(?:[\w'’-]+\s+){0,4}?(?:total\s+)?", re.I)
# " out of the ", " out of a total of ": between a part and its whole
_RIGHT_OUT_OF = re.compile(r"(?i)\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?")
# ", among the ", ", of the ": a clause that opens with the whole, right before its figure
_OUT_OF_N = re.compile(r"(?i)\s+out\s+of\s+\d")
_WHOLE_OPENS_THE_CLAUSE = re.compile(r"(?i),\s*(?:out\s+of|among|of)\s+(?:the|all(?:\s+the)?)\s+$")


# "% of licensing authorities or ", "% of them (": from a share to the count it is told again as, "N out of M"
_SHARE_TOLD_AS_A_COUNT = re.compile(r"(?i)\s*(?:%|percent|per\s?cent)?\s+of\s+(?:the\s+)?[a-z][^,.;:\d()]{0,50}?"
                                    r"(?:,\s*|\s+)(?:or\s+|\(\s*)(?:about\s+|some\s+|nearly\s+)?")
# " out of ", " of the ": between the count told and the whole it is out of
_OUT_OF_THE_WHOLE = re.compile(r"(?i)\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?")


def share_told_as_a_count(figures: list[Figure], text: str) -> None:
    """"The total number of licensed drivers increased in 52% of licensing authorities or 251 out of 293": a
    percentage "of" a set of things, told again as so many "out of" so many, is the share of the first count in the
    second (51.5-52.5 % of 293 is 151-154, so 251 is a slip: an error the expert found), whatever verb went before it
    ("increased in" says where the drivers grew, not how much)."""
    for at, share in enumerate(figures[:-2]):
        part, whole = figures[at + 1], figures[at + 2]
        if share.unit != "percent" or share.links or part.unit != "count" or whole.unit != "count" \
                or not _SHARE_TOLD_AS_A_COUNT.fullmatch(text, share.end, part.start) \
                or not _OUT_OF_THE_WHOLE.fullmatch(text, part.end, whole.start):
            continue
        share.kind = "share"
        part.measure = whole.measure = share.measure
        share.link(part)
        share.link(whole)


def out_of(figures: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"Out of the ministry's total RM30.6 billion budget, RM27.9 billion was allocated for operations and
    RM2.7 billion for development": the first amount is the whole, the others of its unit its parts."""
    amounts = [f for f in figures if f.is_amount and f.kind not in ("change", "conversion")]
    for part, whole in zip(amounts, amounts[1:]):
        # ("Only 173,345 out of the 881,416 candidates who sat the 2022 KCSE examinations have qualified": the figure
        # after "out of" is the whole of the one before it)
        if part.unit == whole.unit and not part.links and _RIGHT_OUT_OF.fullmatch(text, part.end, whole.start):
            part.period = part.period or whole.period
            whole.link(part, "part")
    if _OUT_OF.match(text[sentence[0]:sentence[1]]):
        opening = text[sentence[0]:sentence[1]].split(",")[0]  # "Of this," names no whole: the sentence before has it
        if len(amounts) < 2 or amounts[0].start - sentence[0] > len(opening):
            return
        whole = amounts[0]
    else:
        # ("As of the morning of Aug 28, among the 2,361 listed companies that have published financial data for H1,
        # 1,616 saw rises in net profits": a clause after a comma opens with the whole, its parts after it)
        wholes = [f for f in amounts[:-1] if _WHOLE_OPENS_THE_CLAUSE.search(text, sentence[0], f.start)
                  and "," in text[f.end:amounts[amounts.index(f) + 1].start]]
        if not wholes:
            return
        whole = wholes[0]
        # ("almost eight out of 10 (78,3%)": a ratio, no part)
        amounts = [f for f in amounts[amounts.index(whole):] if not _OUT_OF_N.match(text, f.end)
                   and not re.search(r"(?i)\bout\s+of\s+$", text[max(0, f.start - 8):f.start])]
    for part in amounts[1:]:
        # "1,123 (569 boys and 554 girls) passed": a bracket's figures break down the figure before it, they
        # are no further parts of the sentence's whole
        inside_brackets = text[sentence[0]:part.start].rfind("(") > text[sentence[0]:part.start].rfind(")")
        # ("Of the 11 ambulance trusts, three failed to achieve the eight minute response time": a count of minutes
        # is no part of a count of trusts)
        if part.unit == whole.unit and not inside_brackets and not (
                part.unit == "count" and _TIME_COUNTED.match(text, part.end)):
            part.period = part.period or whole.period
            whole.link(part, "part")


# "A total of 129,387 doses were dispensed, with 4027 as the first dose, 4970 as second dose and 120,390 as
# booster dose"; "a total of 55,039,657 doses, including 3,787,928 booster doses"; "of which".
_BREAKDOWN = re.compile(r"(?i)^[^.;]{0,60}?\b(?:with|including|of which|among them|comprising|consisting of)\b")
# ("47 within the local area with 35 in Dungannon, 12 in Pomeroy": "with" and the first of the figures by place)
_BY_PLACE_WITH = re.compile(r"^[^.;\d]{0,60}?\bwith\s+\S{0,4}\d[\d,.]*\s+(?:[a-z]+\s+){0,2}(?:in|from|at)\s+(?:the\s+)?"
                            r"[A-Z]")
_SUPERLATIVE_OF = re.compile(r"(?i)\b(?:\w+est|most|least)\s+of\s+(?:which|whom|them)\b")
# Words that say what follows is inside the figure before them, without "total" beside it: "1,200 new cases on
# Monday, of which 800 were in Selangor", "sales of 1.2 million vehicles included 700,000 cars"
# (not "Tk 109 including duty, Vietnam's ginger is Tk 99": what a price includes, named with no figure before the next
# clause's verb)
_INSIDE = re.compile(r"(?i)^[^.;]{0,60}?(?:\b(?:of which|of whom|among them|comprising|consisting of|"
                     rf"includ(?:ed|es|e|ing)(?=\s*:|(?:(?!\b(?:is|are|was|were)\b)[^;.\d]){{0,100}}"
                     rf"(?:\d|\b(?:{'|'.join(COUNT_WORDS)})\b)))\b)")
# What ends the figure's reach before "including": a clause of other things ("whilst those involving"), or a bracket
# that glosses a name ("the upper digestive tract (including the stomach)")
# ("2,818 deaths due to circulatory diseases (which include heart disease and stroke), 1,906 deaths due to cancer")
_NOT_WITHIN = re.compile(r"(?i)\b(?:whilst|while|whereas|but|those)\b|\(\s*(?:which\s+|that\s+)?includ\w*$")
# "... divided between defence (RM8.2 billion) and internal security (RM4.1 billion)", "split equally among": all of it
_DIVIDED = re.compile(r"(?i)^[^.;]{0,60}?\b(?:divided|split|shared)\s+(?:equally\s+|evenly\s+)?(?:between|among|into)\b")
# "a record-high 25 million passengers in 2019, one million of whom were international", "about 6,200 farms, 700 of
# which are organic": after a comma (the words before it no figure but a year), the part, then "of whom" or "of which"
_A_PART_THEN_OF_WHICH = re.compile(rf"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){{0,60}}?,\s*(?:about\s+|some\s+|nearly\s+|only\s+)?\S{{0,4}}"
                                   rf"(?:\d[\d,.]*|{'|'.join(COUNT_WORDS)})(?:\s+(?:thousand|million|billion))?\s+"
                                   rf"of\s+(?:whom|which)\b")
# "Splunk added 500 new enterprise clients, bringing its total to over 8,400 customers"
_BRINGING = re.compile(r"(?i)\b(?:bringing|taking|pushing|raising) (?:its|the|their) (?:total|tally|count|number)"
                       r"(?: [\w-]+){0,3} (?:to|at)\s*(?:about|around|nearly|over|more than|some)?\s*$")


# The noun a count counts, right after it ("136 branches", "67 sub-branches", "300 in Lagos" names none)
# ("600+ brands": a count with its plus sign)
_COUNTED_NOUN_AFTER = re.compile(r"\+?\s+(?!(?:in|of|on|at|for|from|to|and|or|as|while|with|by|new|more|were|was|are|is|"
                                 r"have|has|had)\b)(?:[A-Za-z][\w-]*\s+){0,3}?([a-z][\w-]*s)\b")


def _counts_other_things(rival: Figure, ranked: Figure, text: str) -> bool:
    """"the highest number of dengue patients - 489 - in Dhaka, while the hospital has a total capacity of 600 beds":
    a count whose own noun the ranked figure's words never name counts other things, no rival."""
    if rival.unit != "count" or ranked.unit != "count":
        return False
    noun = _COUNTED_NOUN_AFTER.match(text, rival.end)
    if not noun:
        return False
    words = f"{ranked.measure.words} {text[ranked.end:ranked.end + 30]}".lower()
    return noun.group(1).lower() not in words and noun.group(1).lower().rstrip("s") not in words


# Words that count whatever the story counts ("108 million units" of phones)
_ANY_THING = frozenset({"units", "pieces", "items", "nos"})


def _counts_another_thing(whole: Figure, part: Figure, text: str) -> bool:
    """"It has 136 branches, including 12 SME service centres and agricultural branches, 67 sub-branches, and 129 ATM
    booths": a count whose own noun is not the whole's counts other things, no part of it."""
    if whole.unit != "count":
        return False
    counted, own = _COUNTED_NOUN_AFTER.match(text, whole.end), _COUNTED_NOUN_AFTER.match(text, part.end)
    if not counted or not own or counted.group(1).lower() in _ANY_THING or own.group(1).lower() in _ANY_THING:
        return False
    # ("106 million smartphones" of "mobile phones": a kind of the thing)
    return not any(word.endswith(counted.group(1).lower())
                   for word in text[part.end:own.end()].lower().replace("-", " ").split())


# The two sexes a count splits into, as a story names them after each figure
_SEXES = {frozenset(pair) for pair in (("boys", "girls"), ("males", "females"), ("male", "female"), ("men", "women"))}
_SEX_AFTER = re.compile(r"\s+(boys|girls|males?|females?|men|women)\b", re.I)
# What opens an aside that breaks a figure down: a bracket, a dash, a colon, "of whom", "comprising"
_OPENS_A_BREAKDOWN = re.compile(r"(?i)^[^.;\d()]{0,40}?(?:\(|[-–—]|:|,\s*(?:of\s+whom|of\s+which|comprising|"
                                r"including))\s*$")


def sexes_of_a_count(figures: list[Figure], text: str) -> None:
    """"2,187,815 students-1,068,527 boys and 1,059,288 girls- sat", "1,123 (569 boys and 554 girls) passed": two
    counts of the two sexes, in an aside right after a count, are all of it (a complete sum)."""
    counts = [f for f in figures if f.unit == "count" and f.is_level]
    for whole, first, second in zip(counts, counts[1:], counts[2:]):
        one, other = _SEX_AFTER.match(text, first.end), _SEX_AFTER.match(text, second.end)
        if not one or not other or whole.links or not re.fullmatch(
                r"(?i)\s+\w+\s*(?:,\s*)?(?:and|&)\s+", text[first.end:second.start]):
            continue
        if frozenset((one.group(1).lower(), other.group(1).lower())) not in _SEXES:
            continue
        if _OPENS_A_BREAKDOWN.match(text[whole.end:first.start]) and first.scale_value < whole.scale_value \
                and second.scale_value < whole.scale_value:
            for part in (first, second):
                part.period = part.period or whole.period
                whole.link(part, "plus")


_ANOTHER_SUBJECTS_CLAUSE = re.compile(r"(?i);|\b(?:while|whilst|whereas)\b")


def breakdowns(figures: list[Figure], text: str) -> None:
    """A total and what it includes, in one sentence: the whole lists them as parts (which need not be all)."""
    for whole in (f for f in figures if f.is_level and f.kind != "conversion"):
        tail = text[whole.end:max(f.end for f in figures)]
        # (a figure in brackets details the item before it: "IGST is Rs 60,911 crore (including Rs 29,555 crore
        # collected on imports)" is no part beside IGST)
        divided = _DIVIDED.match(tail)
        # (... unless the whole is divided between named items, each with its figure in brackets)
        # ("1.14 million passengers comprising 1.05 million domestic and 92,050 international passengers while the
        # Aminu Kano International Airport recorded 567,537": a clause of another subject holds none of its parts)
        another = _ANOTHER_SUBJECTS_CLAUSE.search(tail)
        last = whole.end + another.start() if another else len(text)
        # ("Bali amounting to 9,107 tons consisting of 4,951 tons of urea and 4,156 tons of NPK, East Nusa Tenggara
        # 10,837 tons consisting of 5,069 tons of urea ...": a figure of the unit as large as the whole opens the next
        # item of a list, whose parts are its own)
        last = min([last] + [f.start for f in figures if f.start > whole.end and f.unit == whole.unit and f.is_level
                             and f.kind != "conversion" and f.scale_value >= whole.scale_value])
        parts = [f for f in figures if whole.end < f.start < last and f.unit == whole.unit and f.is_level
                 and f.kind != "conversion" and 0 < f.scale_value < whole.scale_value
                 and (divided or text.count("(", whole.end, f.start) <= text.count(")", whole.end, f.start))
                 and not _counts_another_thing(whole, f, text)
                 # ("including 378 billion ... and 110 billion ..., more than double the total of 225 billion of
                 # reserves in the 2019 budget": a figure compared with is no part)
                 and not _BASELINE.search(text[max(whole.end, f.start - 60):f.start])]
        inside = divided or _INSIDE.match(tail) or _A_PART_THEN_OF_WHICH.match(text[whole.end:whole.end + 120]) \
            or _BREAKDOWN.match(tail) and (re.search(
            r"(?i)\btotal\b", text[max(0, whole.start - 40):whole.end + 40]) or _BY_PLACE_WITH.match(tail))
        if inside and not divided and _NOT_WITHIN.search(inside.group(0)):
            # ("1.0 million), whilst those involving the upper digestive tract (including the stomach) ...": a
            # clause of other things, whose bracket says what a name covers, holds no part of the figure)
            inside = None
        following = [f for f in figures if f.start > whole.end and f.unit == whole.unit and f.is_level]
        if inside and following and following[0].scale_value >= whole.scale_value:
            # ("surged to 2,282 after 100 new cases ..., out of which 722 have so far recovered": the first figure
            # after it is larger, so what it includes is of another figure, which the sentence does not say)
            return
        # ("a total of 435 more occurred, the largest of which was a magnitude 7.6": one member's size, no part)
        # ("the company that most invested with a total of €165,09 million followed by Vodafone with €133.3 million":
        # a ranking's next, no part)
        if parts and inside and not _SUPERLATIVE_OF.search(tail[:inside.end()]) \
                and not _FOLLOWED.search(tail[:inside.end()]):
            for part in parts:
                part.period = part.period or whole.period
                # (divided between them, the parts are all of it: "RM12.3 billion ..., divided between defence
                # (RM8.2 billion) and internal security (RM4.1 billion)")
                whole.link(part, "plus" if divided and len(parts) >= 2 else "part")
            return
        if _BRINGING.search(text[max(whole.clause[0], whole.start - 80):whole.start]):
            added = [f for f in figures if f.end <= whole.start and f.unit == whole.unit and f.kind != "conversion"]
            second = next((f for f in figures if f.start > whole.end), None)
            if len(added) >= 2 and second is not None and second.unit == whole.unit \
                    and re.fullmatch(r"\s*,?\s*and\s+\S{0,4}", text[whole.end:second.start]) \
                    and _RESPECTIVELY.match(text, second.end):
                # ("225 more recoveries and six more deaths, raising the total counts to 18,895 and 554 respectively":
                # each total is of what was added to it, in order)
                pairs = list(zip(added[-2:], (whole, second)))
                if all(0 < one.scale_value < total.scale_value for one, total in pairs):
                    for one, total in pairs:
                        total.link(one, "part")
                        total.measure = Measure(one.measure.key | {"running total"},
                                                f"{one.measure.words}, running total", one.measure.entity)
                continue
            if added and 0 < added[-1].scale_value < whole.scale_value:
                whole.link(added[-1], "part")
                # a running total is another measure than what was added to it ("new cases", "total cases")
                whole.measure = Measure(added[-1].measure.key | {"running total"},
                                        f"{added[-1].measure.words}, running total", added[-1].measure.entity)


# "This brings to a total of 55,039,657 doses", "That took the tally to": a running total of what the sentence
# before counted
# ("It took the season total to $828.6": words of the total's before its noun too)
_BRINGS_TO = re.compile(r"(?i)^\W*(?:this|that|it|these|which)\s+(?:brings|brought|takes|took|pushes|pushed|raises|"
                        r"raised)\s+(?:(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:total|tally|count|number)\b"
                        r"(?:\s+[\w-]+){0,3}?\s*)?to\s+"
                        r"(?:a\s+total\s+of\s+)?(?:about|around|nearly|over|more than|some)?\s*$")
_BRINGS = re.compile(r"(?i)\b(?:brings|brought|takes|took|pushes|pushed|raises|raised)\b")
# "with 4027 as the first dose, 4970 as second dose and 120,390 as booster dose": what a listed figure counts
_COUNTED_AS = re.compile(r"(?i)^\s+as\s+(?:the\s+|a\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def brought_to(figures: list[Figure], previous: list[Figure], text: str) -> None:
    """"A total of 129,387 doses were dispensed yesterday, with ... 120,390 as booster dose. This brings to a
    total of 55,039,657 doses, including 3,787,928 booster doses": what a running total includes holds the item of
    the same name the sentence before counted (a link to confirm)."""
    if not figures or not previous or not _BRINGS.search(text, figures[0].clause[0], figures[-1].end):
        return  # (looked for once a sentence)
    for running in (f for f in figures if f.is_level and f.is_amount and f.kind != "conversion"):
        if not _BRINGS_TO.match(text[running.clause[0]:running.start]):
            continue
        added = [f for f in previous if f.unit == running.unit and f.is_level and f.kind != "conversion"
                 and 0 < f.scale_value < running.scale_value and not f.baseline]
        # (the running total is not linked to the sentence before's total: it holds what it includes too, and parts
        # of one whole must not overlap)
        for included in (f for f in figures if f.start > running.end and f.unit == running.unit
                         and _BREAKDOWN.match(text[running.end:f.start])):
            words = {w.rstrip("s") for w in included.measure.key}
            items = [f for f in added if (named := _COUNTED_AS.match(text[f.end:f.end + 40]))
                     and words & {w.rstrip("s") for w in named.group(1).lower().split()} - {"dose", "the", "a"}]
            if len(items) == 1:
                included.link(items[0], "part")
                included.inferred = True
        # ("the value of the wool sold at $69.3 million ... It took the season total to $828.6": what the sentence
        # before told, the one level of the unit, is a part of the total it took to, whatever their sizes; a total
        # below it is a slip, a link to confirm)
        told = [f for f in previous if f.unit == running.unit and f.is_level and f.is_amount and f.kind != "conversion"
                and not f.baseline]
        if len(told) == 1 and not any(role == "part" for role in running.links.values()):
            running.link(told[0], "part")
            running.inferred = True
            if "running total" not in running.measure.key:
                running.measure = Measure(told[0].measure.key | {"running total"},
                                          f"{told[0].measure.words}, running total", told[0].measure.entity)
        return


# "Sabah, Kedah and Perak", "such as Selangor, Kelantan, Penang and Johor": the names a summary figure speaks of
_NAMED_GROUP = re.compile(r"\b([A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\b")
# words before a figure that say which name it is of: "Sabah had 145 beds or", "Kedah at", "Penang ("
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\b[^.;:]{0,30}$")


# A line of a fact box: a label, a colon, and the line's one figure ("From EU countries: 1,950,885")
_A_LABELLED_LINE = re.compile(r"(?m)^(?P<label>[A-Z][^:\n\d]{1,60}):\s*\S{0,4}\d[\d,.]*\s*$")
_BOX_BREAK = re.compile(r"\n\s*\n")  # (lines of one box are set apart by blank lines at most)


def complements_in_a_box(figures: list[Figure], text: str) -> None:
    """"Total arrivals: 2,334,159 / From EU countries: 1,950,885 / Non-EU countries: 351,375": in a fact box of
    labelled lines, a line whose label is "Non-" what the line before names ("EU", "package") completes it, and the
    two add up to the box's total on the line right above them, of their unit and period."""
    lines = []
    for line in _A_LABELLED_LINE.finditer(text):
        own = [f for f in figures if line.start() <= f.start < line.end() and f.kind != "conversion"]
        if len(own) == 1:
            lines.append((line.group("label").strip(), own[0], line))
    for at, (label, figure, line) in enumerate(lines):
        if not at or not re.match(r"(?i)non[- ]", label):
            continue
        first_label, first, first_line = lines[at - 1]
        # (the lines in a row, with no other line between: "Package tours" right above "Non-package")
        if text[first_line.end():line.start()].strip() or first.unit != figure.unit or first.period != figure.period:
            continue
        rest = set(re.findall(r"[a-z]+", re.sub(r"(?i)^non[- ]", "", label).lower())) - {"countries", "country"}
        if not rest or not rest <= set(re.findall(r"[a-z]+", first_label.lower())):
            continue
        # (the total on the line right above the pair: a second pair further down splits it another way, a sum
        # of its own)
        total_label, total, total_line = lines[at - 2] if at >= 2 else ("", None, None)
        if total is not None and re.match(r"(?i)total\b", total_label) and total.unit == figure.unit \
                and total.period == figure.period and not text[total_line.end():first_line.start()].strip() \
                and not figure.links and not first.links:
            total.link(first, "plus")
            total.link(figure, "plus")


def members_of_a_summary(figures: list[Figure], text: str) -> None:
    """"The bed occupancy rates ... in Sabah, Kedah and Perak have now exceeded 100 per cent", then "Sabah had 145
    beds or 126 per cent being used": a figure said of a named group with "over" or "almost" bounds each figure
    given next (in its sentence or the one after) for a name of the group, in its unit, above or below it."""
    bounds = sentences(text)
    for summary in (f for f in figures if f.qualifier in ("over", "nearly")):
        sentence = bounds[summary.sentence] if summary.sentence < len(bounds) else None
        group = _NAMED_GROUP.findall(text[sentence[0]:summary.start]) if sentence else []
        names = set(re.split(r",\s+|,?\s+and\s+", group[-1])) if group else set()
        if len(names) < 2:
            continue
        for member in figures:
            if member is summary or member.start < summary.end or member.sentence > summary.sentence + 1 or \
                    member.unit != summary.unit or member.kind != summary.kind or member.trend or member.links:
                continue
            named = _NAME_BEFORE.search(text[max(0, member.start - 45):member.start])
            if named and named.group(1) in names:
                member.trend = "above" if summary.qualifier == "over" else "below"
                member.link(summary)
                member.inferred = member.sentence != summary.sentence


_AN_INDEX = re.compile(r"(?i)\b(?:index|PMI|indices)\b")


def _an_index_level(figure: Figure, nearest: Figure, text: str) -> bool:
    """"The non-seasonally adjusted index ... equaled 114.6 in July, which was 1.2% below the previous month (116.1)":
    a bare decimal in a sentence about an index, ten times the rate beside it or more, is a level of the index, no
    rate ("the composite food index fell 21.03 per cent in July compared to 21.83 in June" is a rate)."""
    start = max(text.rfind(". ", 0, figure.start), text.rfind("\n", 0, figure.start)) + 1
    rate = abs(nearest.scale_value)
    return bool(_AN_INDEX.search(text, start, figure.start)) and abs(figure.scale_value) >= 10 * rate > 0


def elliptical(figures: list[Figure], text: str) -> None:
    """"a jump of 6.9 percent, followed by 5.7 for secondary industries": a bare decimal among percentages
    is one of them, its unit left out ("1,008.5 units" names what it counts: no percentage)."""
    percents = [f for f in figures if f.unit == "percent"]
    money = [f for f in figures if _is_money(f)]
    for figure in figures:
        nearest = min(percents, key=lambda f: abs(f.start - figure.start)) if percents else None
        if figure.kind == "count" and "." in figure.value and nearest is not None and not figure.scale \
                and not _COUNTED_NOUN.match(text, figure.end) and not _PER_A_HEAD_COUNT.match(text, figure.end) \
                and not _an_index_level(figure, nearest, text):
            figure.unit, figure.kind, figure.kind_guessed = "percent", nearest.kind, True
            figure.period = figure.period or nearest.period
        elif _is_money(figure) and figure.scale in ("", "cent") and not figure.unit.endswith(" per share") and (
                any(f.unit == f"{figure.unit} per share" for f in figures) or "eps" in figure.measure.key):
            # "earnings per share of $10.30, which is well over Wall Street's estimate of $1.46": per share too (so is
            # "earned 17 cents a share, topping analysts' estimates for a 13-cent profit");
            # "Diluted per-share earnings are up 97.3% from $5.22": a figure of earnings per share is one
            figure.unit = f"{figure.unit} per share"
        elif figure.unit == "count" and figure.scale and any(m.scale == figure.scale for m in money) \
                and not _COUNTED_THINGS.match(text, figure.end):
            # "7.04 trillion, 38.62 trillion yuan and 53.42 trillion yuan": the currency said once (not "the 4.5
            # million visiting crew members spent a total of US$302 million": people, the noun after says)
            figure.unit = next(m.unit for m in money if m.scale == figure.scale)
    # "a jump of 6.9 percent ..., followed by 5.7 for secondary industries and 3.1 percent for primary":
    # a percentage with no word of its own is of the kind of the rate the sentence lists it after.
    # ("Mobile penetration fell 2.7 percent from 90.0% in the previous quarter to 87.3%": the ends of a move, after
    # "from" and "to", are the levels of the share that moved, not rates like the move's own)
    ends = {id(f) for f in figures if f.kind_guessed and _FROM_OR_TO.search(text, f.clause[0], f.start)
            and any(g is not f and g.kind == "share" and g.clause == f.clause and _FROM_OR_TO.search(text, g.clause[0], g.start)
                    for g in figures)}
    for figure in figures:
        if figure.kind_guessed and id(figure) not in ends:
            rates = [f for f in figures if f.kind == "growth" and f.start < figure.start]
            compared = [f for f in percents if f.end <= figure.start and not f.kind_guessed]
            if compared and object_of_a_comparison(text[max(0, figure.start - 80):figure.start],
                                                   text[figure.end:figure.end + 60]):
                # ("Operating profit was up by 13% ... while the operating margin was 8.9%, above the guidance range
                # of 7.5%": what comparison words set the figure against, the percentage right before, is of its kind)
                figure.kind = compared[-1].kind
            elif rates:
                figure.kind = "growth"


_FROM_OR_TO = re.compile(r"(?i)\b(?:from|to)\s*$")
# "from 10.5 to 14.2 per 100,000", "9.1 per 1,000 live births": a rate per so many people or things, no percentage
# (the "from" end shares the "per" said once after the "to" end)
_PER_A_HEAD_COUNT = re.compile(r"(?i)(?:\s+to\s+\d[\d.,]*)?\s+per\s+(?:one\s+|a\s+)?(?:1\d*(?:,0{3})*|hundred|thousand|"
                               r"million)\b(?![.,]?\d)")


# "imports by 5.6%", "and trade surplus by 34.84 billion", "and by 39,000 among men": a clause that is a subject (or
# none, the subject after the figure) and "by", its verb understood
_GAPPED_CLAUSE = re.compile(r"(?i)\W*(?:and\s+)?(?:the\s+|its\s+)?(?:[a-z][\w'’-]*\s+){0,3}by\s+"
                            r"(?:about\s+|nearly\s+|over\s+)?\S{0,4}$")


# "down 26% by number and 57% by value compared with Q2 and 6% by number": moves of one thing by several measures, the
# way said once before the first
_BY_ANOTHER_MEASURE = re.compile(r"(?i)\s*(?:%|percent|per cent)?\s+by\s+[a-z]+(?:\s+compared\s+(?:with|to)\s+"
                                 r"(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s*,?\s+and\s+(?:about\s+|nearly\s+)?$")


def gapped_moves(figures: list[Figure], text: str) -> None:
    """"exports dropped by 1%, imports by 5.6%", "Unemployment among women fell by 10,000 to 1.09 million, and by
    39,000 among men to 1.43 million": a move whose clause borrows the verb of the clause before moved the way that
    clause's last move of its kind did; so does one listed after another by another measure ("down 26% by number and
    57% by value")."""
    for index, figure in enumerate(figures):
        before = next((f for f in reversed(figures[:index]) if f.kind == figure.kind), None)
        if before is None or figure.kind not in ("growth", "change") or figure.direction:
            continue
        # ("reduced extraction by 65.4% to 5.598 mln tons, including coking coal by 61.2%": the gap after a comma of
        # the clause the move before is in)
        gap = figure.clause[0] if before.clause != figure.clause else text.rfind(",", before.end, figure.start) + 1
        if gap and _GAPPED_CLAUSE.fullmatch(text, gap, figure.start) \
                and not direction_in(text[gap:figure.start], text[figure.end:figure.clause[1]]):
            figure.direction = _move_of(before)
        elif _BY_ANOTHER_MEASURE.fullmatch(text, before.end, figure.start):
            figure.direction = _move_of(before)


def lists(figures: list[Figure], text: str, sentence: tuple[int, int]) -> None:
    """"primary, secondary and tertiary industries added 7.04, 38.62 and 53.42 trillion yuan respectively":
    each figure is of its item of the list, in order; "capital formation and net exports respectively
    contributed 31.2 percent and 11.0 percent" likewise. Without "respectively" a list stays one subject."""
    words = text[sentence[0]:sentence[1]]
    if "respectively" not in words.lower():
        _names_then_figures(figures, words, sentence)
        return
    for found in _LIST.finditer(words):
        # ("6.23 per cent while pre and post tax profits": the list starts after the conjunction)
        items = [re.sub(r"^(?:[\w-]+\s+){0,2}?(?:while|whereas|but|and)\s+|\s+(?:of|in|for|on|to)$", "", i.strip())
                 for i in re.split(r", (?:and |or )?| and | or ", found.group(1)) if i.strip()]
        head = found.group("head") or ""
        last = items[-1].split()
        if len(last) > 1 and all(re.fullmatch(r"[a-z][\w-]*", item) for item in items[:-1] + last[:1]):
            # ("pre and post tax profits declined by 12.35 per cent and 15.68 per cent respectively": the words
            # after the last item's first are every item's: pre tax profits, post tax profits)
            items = [f"{item} {' '.join(last[1:])}" for item in items[:-1]] + items[-1:]
        elif not head and items[-1].split()[-1].lower() in _HEADS:
            head = items[-1].split()[-1]  # "secondary and tertiary industries": the noun the items share
        # "expecting revenue and earnings of $107.3 million and $0.01 per share, respectively": the figures after
        # the list, of whatever units, when there is one for each item
        after = [f for f in figures if f.start > found.end() + sentence[0] and f.kind != "conversion"]
        _one_kind_in_a_run(after, text)
        paired: list[list[Figure]] = []
        for group in _parallel(figures, found.end() + sentence[0]) + [after]:
            if paired and group is after:
                break
            if paired and group and _A_CLAUSE_AFTER_THE_LIST.search(text, paired[-1][-1].end, group[0].start):
                break  # ("rose by 14.3% and 19.9% respectively, even as the company incurred ... $293.3 million")
            # ("rose 2 percent and 3.6 percent respectively ..., generating a trade surplus of $435 billion, up 8.6
            # percent": the run joined by "and" right after the list, not a later clause's rate of its kind)
            # (a run joined on past the list's length pairs with some other list: "Imports and exports to the
            # European Union, the United States, Japan and the Republic of Korea reached RMB 1.34 trillion, RMB 1.11
            # trillion, RMB 546.41 billion and 528.46 billion")
            joined = [bool(_JOINED.fullmatch(text[a.end:b.start])) for a, b in zip(group, group[1:])]
            if len(group) > len(items) and all(joined[:len(items) - 1]) and not joined[len(items) - 1]:
                group = group[:len(items)]
            # "... to the GDP, while secondary and primary industries contributed 39.0 and 7.1 percent
            # respectively": a list's first items may be words before it; its last are the ones paired
            # (a list with another clause's figure between it and the run is no subject of the run: "the audited report and
            # accounts ... showed that gross earnings dropped by 6.23 per cent while pre and post tax profits declined
            # by 12.35 per cent and 15.68 per cent respectively")
            between = (any(found.end() + sentence[0] <= f.start < group[0].start and f.clause != group[0].clause
                           for f in figures if f not in group)
                       or _ANOTHER_SUBJECT.search(text, found.end() + sentence[0], group[0].start)) if group else True
            if 2 <= len(group) <= len(items) and (group is not after or len(group) == len(items)) and not between:
                for item, figure in zip(items[len(items) - len(group):], group):
                    phrase = f"{item} {head}".strip() if head and head not in item else item
                    # an item is a name even when its word is generic elsewhere ("services, industry and farming")
                    key = key_of(phrase) or frozenset({phrase.lower()})
                    if figure.estimate:  # still another figure of the measure than the actual
                        key, phrase = key | {"estimate"}, f"{phrase}, estimate"
                    figure.measure = Measure(key, phrase, figure.measure.entity)
                # ("rose 2 percent and 3.6 percent respectively to $1.27 trillion and $1.71 trillion": each run of
                # one unit and kind pairs with the items)
                paired.append(group)
        if paired:
            _rates_of_their_items(paired)
            return
    _rates_of_their_levels(figures, text)


def _rates_of_their_items(paired: list[list[Figure]]) -> None:
    """"expanded by 23.0 percent and 16.8 percent to $20,637 million and $16,389 million, respectively": each rate
    of a run paired with a list is of the level of its own item, whichever the clauses linked it to."""
    rates = [g for g in paired if all(f.kind == "growth" for f in g)]
    levels = [g for g in paired if all(f.is_level for f in g)]
    if len(rates) != 1 or len(levels) != 1 or len(rates[0]) != len(levels[0]):
        return
    ids = {f.id for f in levels[0]}
    for rate, level in zip(rates[0], levels[0]):
        for linked in [i for i in rate.links if i in ids]:
            del rate.links[linked]
        rate.link(level)
        rate.period = level.period


def _rates_of_their_levels(figures: list[Figure], text: str) -> None:
    """"collection of Rs 907.29 crore in CGST, Rs 1005.50 crore in IGST and Rs 627.07 crore in Cess during October
    ’21 recording a growth of 70.31%, 37.43% & 24.47 % over October ’20, respectively": a run of rates said
    "respectively" after as many levels of one unit is the run of their moves, each of the level in its place."""
    run = _joined_run([f for f in figures if f.kind == "growth" and not f.links], text)
    if len(run) < 2 or not re.match(r"[^.;]{0,40}?\brespectively\b", text[run[-1].end:]):
        return
    levels = [f for f in figures if f.end <= run[0].start and f.is_level and f.is_amount and not f.baseline
              and f.kind != "conversion"]
    if len(levels) != len(run) or len({f.unit for f in levels}) != 1 or any(f.links for f in levels):
        return
    for rate, level in zip(run, levels):
        rate.measure, rate.period = level.measure, level.period
        rate.link(level)


def _joined_run(figures: list[Figure], text: str) -> list[Figure]:
    """The first figures of a list, of one unit, joined by commas, "and" or "&": "70.31%, 37.43% & 24.47 %"."""
    run = figures[:1]
    for previous, figure in zip(figures, figures[1:]):
        if figure.unit != previous.unit or not _JOINED.fullmatch(text[previous.end:figure.start]):
            break
        run.append(figure)
    return run


def _one_kind_in_a_run(after: list[Figure], text: str) -> None:
    """"exports and imports increased by 5.7 percent, 6.6 percent and 3.3 percent respectively": a run of rates
    joined by commas and "and" is of one kind, its first's; the last, far from its verb and right before
    "respectively", was read as a share."""
    run = _joined_run(after, text)
    if len(run) >= 2 and {f.kind for f in run} == {"growth", "share"}:
        for figure in run:
            figure.kind = run[0].kind


# "as it charges", "as they spent": a clause of its own after a figure, its subject a pronoun
_AS_ITS_OWN_CLAUSE = re.compile(r"(?i)\bas\s+(?:it|they|he|she|we)\s+[a-z]+")
# "to more than 2.93 million": a hedge of the level reached, no "than" of a comparison
_TO_A_HEDGED_LEVEL = re.compile(r"(?i)\bto\s+(?:just\s+|slightly\s+)?(?:more|less|fewer)\s+than\s*\S{0,4}$")
# "respectively", then a clause of its own: the list is told, and the figures after it are that clause's
_A_CLAUSE_AFTER_THE_LIST = re.compile(r"(?i)\brespectively\s*(?:;|,\s*(?:(?:even\s+)?as|while|whilst|whereas|but|although|"
                                      r"though)\s)")
# "... showed that gross earnings dropped": a clause of another subject between a list and the figures after it
_ANOTHER_SUBJECT = re.compile(r"(?i)\b(?:showed|shows|said|says|reported|indicated|revealed|noted)\s+that\b")


# "Western Europe, East Asia and South Asia were the top regions contributing 72,500, 48,773 and 41,470 visitors":
# names, capitalised, then as many figures, one run
_NAMES = re.compile(r"\b((?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, )+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},? and "
                    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\b")


def _names_then_figures(figures: list[Figure], words: str, sentence: tuple[int, int]) -> None:
    """A list of names, then a run of exactly as many figures of one unit and kind joined by commas and "and": each
    figure is of its name, in order (its entity), whatever word "respectively" the writer left out."""
    for found in _NAMES.finditer(words):
        names = [n.strip() for n in re.split(r", (?:and )?| and ", found.group(1)) if n.strip()]
        after = [f for f in figures if f.start > found.end() + sentence[0] and f.kind != "conversion"]
        run = after[:len(names)]
        if len(names) < 2 or len(run) != len(names) or len({(f.unit, f.kind) for f in run}) != 1 or \
                any(not _JOINED.fullmatch(words[a.end - sentence[0]:b.start - sentence[0]]) for a, b in zip(run, run[1:])) \
                or len(after) > len(run) and _JOINED.fullmatch(words[run[-1].end - sentence[0]:after[len(run)].start - sentence[0]]):
            continue
        noun = run[-1].measure
        for name, figure in zip(names, run):
            figure.measure = Measure(noun.key, noun.words, name)
        return


_IN_MONTH = re.compile(r"(?i)\s*(?:per\s?cent|percent|%|pc)?\s+in\s+(january|february|march|april|may|june|july|august|"
                       r"september|october|november|december)\b")
_JOINED = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)\S{0,3}")


_RESPECTIVELY_AFTER = re.compile(r"(?i)\s*(?:%|per\s?cent|percent)?\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|"
                                 r"yoy|y-o-y|on\s+year|from\s+a\s+year\s+(?:ago|earlier))\s*,?\s*)?respectively\b")


def rates_of_a_list(figures: list[Figure], text: str) -> None:
    """"The sales include 631,400 battery electric vehicles (BEVs) and 616,800 plug-in hybrids (PHEVs), up 101% and
    91% YoY respectively": a percentage joined to a rate by "and" is a rate too, and rates that "respectively" pairs
    with the levels listed right before them are those levels' moves, in order."""
    for first, second in zip(figures, figures[1:]):
        if first.kind == "growth" and second.kind == "share" and first.unit == second.unit == "percent" \
                and _JOINED.fullmatch(text[first.end:second.start]) and not second.links:
            second.kind = "growth"
        if first.kind == second.kind == "growth" and _JOINED.fullmatch(text[first.end:second.start]) \
                and not second.direction and not direction_in(text[second.clause[0]:second.start], ""):
            # ("declined by 12.35 per cent and 15.68 per cent respectively": the second moves the way the first does)
            second.direction = first.direction or direction_in(text[first.clause[0]:first.start],
                                                               text[first.end:first.end + 40])
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent"]
    for index, rate in enumerate(rates):
        run = [rate]
        for later in rates[index + 1:]:
            if not _JOINED.fullmatch(text[run[-1].end:later.start]):
                break
            run.append(later)
        if len(run) < 2 or not _RESPECTIVELY_AFTER.match(text, run[-1].end):
            continue
        levels = [f for f in figures if f.end <= rate.start and f.is_level and not f.baseline][-len(run):]
        if len(levels) != len(run) or len({f.unit for f in levels}) != 1 or re.search(r"[.;]", text[levels[0].end:rate.start]) \
                or any(levels[0].start < f.start < rate.start and f not in levels for f in figures):
            continue
        for move, level in zip(run, levels):
            move.measure, move.period = level.measure, level.period
            move.links.clear()
            move.link(level)
        return


# "...; sales volumes were", ", while sales were", " while general business premiums amounted to": a clause of its own
# on the same thing
_NEXT_CLAUSE = re.compile(r"(?i)(?:;|,\s*(?:while|whereas|and)\b|\s(?:while|whereas)\s)")
_BARE = MEASURE_NOUNS | {"volumes", "volume"}


# "and almost drawing level with": a participle's clause joined by "and"
# (not "of the mining and manufacturing output": a noun in -ing, with no object or adverb of its own)
_AND_DOING = re.compile(r"(?i)\band\s+(?:also|almost|nearly|even|thus|so)\s+[a-z]{3,}ing\b"
                        r"|\band\s+[a-z]{3,}ing\s+(?:the|a|an|its|their|level|up|down|with|to|over)\b")
# "increased by an average of", "rose on average by": a rate averaged over the things a count counts
_ON_AVERAGE_BY = re.compile(r"(?i)\b(?:by\s+an\s+average\s+of|on\s+average\s+by|an\s+average\s+(?:of\s+)?)\s*$")
# " in the quarter vs ", ", compared with ": what a figure is set against, after the figure and its period
_A_CHANGE_SET_AGAINST = re.compile(rf"(?i)^[^.;\d]{{0,40}}?\b{_SET_AGAINST_WORD}\s+"
                                   r"(?:about\s+|around\s+|nearly\s+)?\S{0,4}$")


# ", 14p below the UK average of ", " – 14p less than the national average of ": a gap, then the figure it is to
_GAP_THEN_MARK = re.compile(r"(?i)^\s*(?P<way>below|above|under|over|less\s+than|more\s+than|lower\s+than|higher\s+than|"
                            r"cheaper\s+than|dearer\s+than|short\s+of|ahead\s+of|behind)\s+(?:the|its|their|an?)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:of|at)\s+(?:about\s+|around\s+)?\S{0,4}$")


def gaps_to_a_mark(figures: list[Figure], text: str) -> None:
    """"Costco sold petrol at 133.7p a litre, 14p below the UK average of 146.95p": an amount right after a figure,
    then a word of above or below and a mark's figure, is the gap between the two (a change from the mark to the
    figure), whatever the draft first read it as; the three share the figure's unit."""
    for figure, gap, mark in zip(figures, figures[1:], figures[2:]):
        way = _GAP_THEN_MARK.match(text[gap.end:mark.start])
        if not way or not figure.is_level or not gap.is_amount or not mark.is_amount \
                or not re.fullmatch(r"\s*[,–—-]\s*", text[figure.end:gap.start]) \
                or {f.unit.split(" per ")[0] for f in (figure, gap, mark)} != {figure.unit.split(" per ")[0]}:
            continue
        gap.kind, gap.measure, gap.period = "change", figure.measure, figure.period
        gap.direction = "fall" if re.match(r"(?i)below|under|less|lower|cheaper|short|behind", way.group("way")) \
            else "rise"
        gap.unit = mark.unit = figure.unit
        if mark.kind == "change":  # (a mark is a level, or the plan or forecast its words call it)
            mark.kind = "level"
        gap.link(figure)
        gap.link(mark)


def unit_said_once(figures: list[Figure], before: list[Figure], text: str) -> None:
    """"854 million kWh through September, down from 979 million in the first three quarters of 2012", "from 102 million
    kWh last year to about 124 million this year": a bare number with a scale, the end of a comparison, counting nothing
    it names, is in the unit of the last figure of its scale the sentence gave before it."""
    for figure in figures:
        if figure.unit != "count" or not figure.scale or figure.kind not in ("level", "count") \
                or not _AN_END_OF_A_COMPARISON.search(text, max(figure.clause[0], figure.start - 30), figure.start) \
                or not _NOTHING_COUNTED.match(text, figure.end):
            continue
        said = [f for f in before + figures if f.end <= figure.start]
        # (not a conversion in brackets: "41 billion Egyptian pounds ($4.62 billion) ..., down 27 per cent from 56
        # billion" is in pounds)
        told = [f for f in said if f.scale == figure.scale and f.unit not in ("", "count", "percent", "pp")
                and f.kind in ("level", "count") and not _a_conversion_of_the_one_before(f, said, text)]
        if told:
            figure.unit, figure.kind = told[-1].unit, told[-1].kind


# Between two items of a list of moves "by" so much, each of its own subject: ", SAS by ", " and Finnair by "
_NEXT_ITEM_BY = re.compile(r",?\s*(?:and\s+)?(?:[A-Z][\w&.’'-]*\s+){1,3}by\s+(?:about\s+|nearly\s+|some\s+)?$")
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:about\s+|nearly\s+|some\s+)?$")


def rates_said_once(figures: list[Figure], text: str) -> None:
    """"Wizz Air plans to grow by 15, SAS by 22 and Finnair by 10 percent": the bare numbers of a list of moves "by" so
    much, each of its own subject, are in the unit the list's last item prints, rates like it (not a change of 15
    to a level of 22)."""
    for index, last in enumerate(figures):
        if last.unit != "percent" or last.kind != "growth":
            continue
        items = []
        for figure in reversed(figures[:index]):
            if figure.unit != "count" or figure.scale or not _NEXT_ITEM_BY.fullmatch(
                    text, figure.end, (items[-1] if items else last).start) \
                    or not _BY_BEFORE.search(text, max(0, figure.start - 20), figure.start):
                break
            items.append(figure)
        for figure in items:
            figure.unit, figure.kind, figure.direction = "percent", "growth", figure.direction or last.direction
            figure.links.clear()


# The words right before a figure a move or a comparison runs from or to: "down from", "to about", "than the"
_AN_END_OF_A_COMPARISON = re.compile(r"(?i)\b(?:from|to|than|with|against|versus|vs\.?)\s+(?:the\s+)?"
                                     r"(?:about|around|nearly|some|over|almost|roughly|just)?\s*\S{0,4}$")
# What may follow a bare number that counts nothing named: the end of its clause, or when ("124 million this year")
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)–—]|$|(?:this|last|in|during|through|for|a|an|the|on|by|compared|"
                              r"against|respectively)\b)")


def changes_compared(figures: list[Figure], text: str) -> None:
    """"grow to total 1.265 million customers (up by 42k in the quarter vs 65k in Q4 FY23)": an amount set against a
    change, nothing between them but the change's period, is the change of the period it names, not a level the
    total moved from."""
    for change, other in zip(figures, figures[1:]):
        if change.kind == "change" and other.kind == "level" and other.unit == change.unit \
                and _A_CHANGE_SET_AGAINST.match(text[change.end:other.start]):
            other.kind, other.measure = "change", change.measure
            other.direction = other.direction or change.direction


# ", " or " and " alone between two figures: "the crucial resistances of 24,589 and 24,857"
_PAIR_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+|\s*,\s*")


def pairs_of_one_noun(figures: list[Figure], text: str) -> None:
    """"Nifty surpassed the crucial resistances of 24,589 and 24,857": the second of two figures joined by "and" alone,
    with no words of its own, is of the noun the first's words name, not the clause's subject (a list told
    "respectively" names each figure's own)."""
    for first, second in zip(figures, figures[1:]):
        if first.clause == second.clause and first.unit == second.unit and first.kind == second.kind \
                and first.measure.specific and first.measure.key and not second.measure.specific \
                and _PAIR_JOINED.fullmatch(text, first.end, second.start) \
                and "respective" not in text[second.end:second.clause[1] + 40].lower():
            second.measure = first.measure


# "the 2013 figure", "this year's total", "the figure for 2013": a level named only as its period's figure
_THE_FIGURE_OF_A_PERIOD = re.compile(
    r"(?i)\bthe\s+(?:(?:19|20)\d\d|(?:this|last|next)\s+year['’]s)\s+(?:figure|total|number|tally)\b"
    r"|\bthe\s+(?:figure|total|number|tally)\s+for\s+(?:(?:19|20)\d\d|this\s+year|last\s+year|next\s+year)\b")


def the_figure_of_another_period(figures: list[Figure], text: str) -> None:
    """"the final ad expenditure for 2012 is expected to be £16.8bn; with the 2013 figure predicted to reach
    £17.2bn": a level the sentence names only as the figure of its period is of the measure of the level of the
    same unit before it, another period's (so the two make a pair, and a rate of the later one is read against
    them)."""
    for at, figure in enumerate(figures):
        before = [f for f in figures[:at] if f.is_level and f.unit == figure.unit and f.measure.key
                  and f.period and figure.period and f.period != figure.period]
        if not figure.is_level or not before:
            continue
        named = _THE_FIGURE_OF_A_PERIOD.search(text, before[-1].end, figure.start)
        if named is not None and figure.start - named.end() <= 40:
            figure.measure = before[-1].measure


def of_the_same_thing(figures: list[Figure], text: str) -> None:
    """"Production volumes of passenger vehicles were 990,900 units, down 5.21% over June; sales volumes were 946,200
    units": a bare measure in the next clause of a sentence is of the thing the clause before named after "of" (the
    passenger vehicles' sales), so two sentences' sales are told apart and each is a part of the total's."""
    named: Figure | None = None
    for figure in figures:
        if not figure.measure.key:
            continue
        words = figure.measure.words
        if figure.is_level and " of " in words and figure.measure.key - _BARE:
            named = figure
            continue
        if named is None or not figure.measure.key <= _BARE or not figure.measure.key & MEASURE_NOUNS \
                or figure.measure.key == named.measure.key & _BARE or figure.clause == named.clause \
                or not _NEXT_CLAUSE.search(text, named.end, figure.start):
            continue
        thing = named.measure.words.split(" of ", 1)[1]
        own = figure.measure
        for same in (f for f in figures if f.clause == figure.clause and f.measure == own):
            same.measure = Measure(own.key | (named.measure.key - _BARE), f"{own.words} of {thing}", own.entity)


# "0.3% and 2.7% drops in volume and value", "rose 5% and 8% in value and volume respectively": two rates, one move
# noun, then the two measures of one trade in their order
_VOLUME_AND_VALUE = re.compile(rf"(?i)\s*(?:%|percent|per\s?cent)?\s+(?:(?P<noun>{'|'.join(RISE_WORDS + FALL_WORDS)})\s+)?"
                               r"in\s+(?:terms\s+of\s+)?(?:the\s+)?(?P<first>volumes?|quantit(?:y|ies)|tonnage|values?)\s+"
                               r"and\s+(?:in\s+)?(?P<second>volumes?|quantit(?:y|ies)|tonnage|values?)\b")


# ", worth ", " valued at ": the words from a quantity to what it was worth
_WORTH_BEFORE = re.compile(r"(?i),?\s*(?:worth|valued\s+at|valuing|with\s+a\s+(?:total\s+)?value\s+of)\s+"
                           r"(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?\S{0,4}$")


def worth_of_the_quantity(figures: list[Figure], text: str) -> None:
    """"Pakistan exported 6137.044 tons of Sesame seeds ... in January-March 2024, worth $10.37 million an increase of
    28.81%": the money a quantity of the sentence was worth, its words naming nothing the quantity's do not but its move
    or the clause's actor ("Pakistan exports"), is of the quantity's measure, so a level of that measure told in money
    for another period ("last year in the same period it was $8.16 million") is the same thing's. (Words of its own,
    "tonnes of fertiliser shipments worth", name it already.)"""
    for at, worth in enumerate(figures):
        if at == 0 or worth.unit not in CURRENCIES or not worth.is_level \
                or not _WORTH_BEFORE.search(text, max(0, worth.start - 40), worth.start):
            continue
        quantity = figures[at - 1]
        if not quantity.is_level or quantity.unit in CURRENCIES or quantity.unit == "percent" \
                or not quantity.measure.key or quantity.kind == "conversion":
            continue
        # (a move's noun names no measure: "growth" read from "an increase of")
        own = worth.measure.key - GENERIC - set(MOVE_NOUNS) - quantity.measure.key
        if all(word[:1].isupper() for word in re.findall(r"[A-Za-z][\w'’-]*", worth.measure.words) if word.lower() in own):
            worth.measure = quantity.measure


def rates_of_volume_and_value(figures: list[Figure], text: str) -> None:
    """"12,870 tonnes with a total value of TND 253 million against 12,910 tonnes totalling TND 260 million ...,
    posting 0.3% and 2.7% drops in volume and value": the first rate is the move of the pair in a quantity (tonnes,
    units), the second of the pair in money, in the order the words name them; each is linked to its own level, so
    neither is read against the other's pair."""
    for first, second in zip(figures, figures[1:]):
        if first.unit != "percent" or second.unit != "percent" or \
                not re.fullmatch(r"(?i)\s*(?:%|percent|per\s?cent)?\s*(?:,\s*)?and\s+", text[first.end:second.start]):
            continue
        said = _VOLUME_AND_VALUE.match(text, second.end)
        # (one of the two is the value, the other a quantity: "in quantity and tonnage" names no money)
        if not said or sorted(w[:3].lower() == "val" for w in said.group("first", "second")) != [False, True]:
            continue
        # (each pair's level of the later period: "12,870 tonnes with a total value of TND 253 million against 12,910
        # tonnes totalling TND 260 million during the same period last year")
        levels = [f for f in figures if f.is_level and f.end <= first.start and f.period]
        latest = max((f.period for f in levels), default="")
        moved = [f for f in levels if f.period == latest]
        # (money in a currency the draft does not know, "TND 253 million", is read as a scaled count)
        in_money = [f for f in moved if f.unit in CURRENCIES or f.unit == "count" and f.scale]
        in_quantity = [f for f in moved if f not in in_money]
        if len(in_money) != 1 or len(in_quantity) != 1 or len(levels) != 2 * len(moved):
            continue
        value_first = said.group("first")[:3].lower() == "val"
        direction = "fall" if (said.group("noun") or "").lower() in FALL_WORDS else \
            "rise" if said.group("noun") else first.direction or second.direction
        for rate, level in zip((first, second), (in_money[0], in_quantity[0]) if value_first else
                               (in_quantity[0], in_money[0])):
            rate.kind, rate.direction = "growth", rate.direction or direction
            rate.links.clear()
            rate.measure, rate.period = level.measure, level.period
            rate.link(level)


def parallel_moves(figures: list[Figure], text: str) -> None:
    """"the number of visitors dropped by 0.1 percent in February and 2.5 percent in March this year to 197,517 and
    188,076 compared 197,697 and 192,841 recorded during the second and third months of last year": rates, each of
    its month, then the levels they moved to and the levels they moved from, in the same order: the i-th of each
    run is one move (its month, its measure, its direction when only the first rate has a verb)."""
    rates = [f for f in figures if f.kind == "growth" and f.unit == "percent"]
    if len(rates) < 2 or any(_JOINED.fullmatch(text[a.end:b.start]) is None and not _IN_MONTH.match(text, a.end)
                             for a, b in zip(rates, rates[1:])):
        return
    after = [f for f in figures if f.start > rates[-1].end and f.is_amount and f.kind != "conversion"]
    n = len(rates)
    if len(after) != 2 * n or not all(f.unit == after[0].unit for f in after):
        return
    new, old = after[:n], after[n:]
    if not all(_JOINED.fullmatch(text[a.end:b.start]) for run in (new, old) for a, b in zip(run, run[1:])) or \
            not re.search(r"(?i)\b(?:compared|against|from|versus|vs)\b", text[new[-1].end:old[0].start]) or \
            not re.search(r"(?i)\bto\b", text[rates[-1].end:new[0].start]):
        return
    # ("dropped by 0.1 percent in February and 2.5 percent in March": the second rate's move is the first's verb)
    verb = rates[0].direction or direction_in(text[rates[0].clause[0]:rates[0].start], "")
    for rate, level, earlier in zip(rates, new, old):
        month = _IN_MONTH.match(text, rate.end)
        if month and re.match(r"\d{4}", rate.period):
            rate.period = f"{rate.period[:4]}-{MONTH_NUMBER[month.group(1).lower()[:3]]:02d}"
        if rate is not rates[0] and not direction_in(text[rates[0].end:rate.start], ""):
            rate.direction = rate.direction or verb
        level.kind, earlier.kind = "level", "level"
        level.period, level.measure = rate.period, rate.measure
        earlier.period, earlier.measure, earlier.baseline = year_before(rate.period) or "", rate.measure, True
        rate.links.clear()
        rate.link(level)
        level.links.clear()
        level.link(earlier)


def _parallel(figures: list[Figure], after: int) -> list[list[Figure]]:
    """Runs of figures of one unit and kind after a position: the values a list is paired with."""
    runs: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.start > after:
            runs.setdefault((figure.unit, figure.kind), []).append(figure)
    return sorted(runs.values(), key=lambda run: run[0].start)


# ("Trade turnover between ASEAN and China": two partners' trade, no side of the country's whole)
# ("trade with ASEAN countries", "trade with countries involved in the Belt and Road Initiative": a group of partners)
# (not "what it buys from other countries": all of them)
_WITH_A_PARTNER = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?(?:[A-Z][a-z]+|[A-Z]{2,}\s+(?:countries|nations|economies|"
                             r"members)\b|countries\s+(?:involved\s+in|in|of|along)\s+(?:the\s+)?[A-Z])"
                             # ("Trade with the EU, China's second-largest partner": a partner in capitals)
                             r"|\bwith\s+(?:the\s+)?[A-Z]{2,}\b|\bbetween\s+(?:the\s+)?[A-Z][A-Za-z]+")
# "a trade deficit of Rs. 7.29 trillion with India": the partner named right after the figure
_WITH_A_PARTNER_AFTER = re.compile(r"\s*(?:with|vis-[àa]-vis)\s+(?:the\s+)?[A-Z][a-z]+")


# "17,510 more deaths than births", "1,200 fewer jobs than vacancies": a gap between two things the article counts
_MORE_THAN_NAMED = re.compile(r"(?i)\s+(?P<way>more|fewer|less)\s+(?P<a>[a-z][\w-]*)\s+than\s+(?P<b>[a-z][\w-]*)\b")


def more_than_named(figures: list[Figure], text: str) -> None:
    """"There were 17,510 more deaths than births in 2023", after "there were 45,935 live births" and "there were
    63,455 registered deaths in 2023": the gap is the one count less the other, each the article's one figure of
    that noun, unit and period; a difference to check ("fewer" the other way round)."""
    for gap in figures:
        named = _MORE_THAN_NAMED.match(text, gap.end)
        if not named or not gap.is_amount or gap.links:
            continue
        alike = [f for f in figures if f is not gap and f.kind in ("level", "count") and not f.baseline
                 and f.unit == gap.unit and f.period == gap.period]
        sides = []
        for noun in (named.group("a"), named.group("b")):
            stem = noun.lower().rstrip("s")
            # ("63,455 registered deaths": the noun the count counts, right after it, before the measure's words)
            counted = [f for f in alike if re.match(rf"(?i)\s+(?:[a-z-]+\s+)?{re.escape(stem)}s?\b",
                                                    text[f.end:f.end + 40])]
            sides.append(counted or [f for f in alike if re.search(rf"(?i)\b{re.escape(stem)}s?\b", f.measure.words)])
        if all(len(told) == 1 for told in sides):
            more, fewer = (sides[0][0], sides[1][0]) if named.group("way").lower() == "more" else \
                (sides[1][0], sides[0][0])
            gap.kind = "level"
            gap.link(more, "plus")
            gap.link(fewer, "minus")


def balances(figures: list[Figure], text: str) -> None:
    """Total trade = exports + imports; a surplus = exports - imports; a deficit = spending - receipts:
    figures of these measures, one period and one unit, are linked with plus and minus. Words beside the
    lexicon's ("goods exports", "goods trade") must agree, or be left out by one of them."""
    groups: dict[tuple, list[Figure]] = {}
    # ("India's budgetary fiscal deficit", "the government's total expenditure": whose and how they are told are no
    # words of a side of the balance)
    key = {id(f): told_key(f.measure) for f in figures}
    by_id = {f.id: f for f in figures}
    for figure in figures:
        if _WITH_A_PARTNER.search(figure.measure.words) or _WITH_A_PARTNER_AFTER.match(text, figure.end):
            continue  # ("the October trade deficit with Mexico": one partner's balance, of no total's sides)
        # (an estimate, "Economists had penciled-in a deficit of -$81.5bn", is no side of the balance the figures make)
        # (nor is what each of some things reached, "23 commodities earned over US$1 billion in export turnover each")
        if (figure.is_level and figure.kind != "count" or figure.kind == "growth") and not figure.baseline \
                and not figure.estimate and not figure.each:
            # (a rate in the currency of the level it is of: "If calculated in USD, ... down 1.6%" is no rate of the
            # yuan figures' sides)
            unit = next((by_id[i].unit for i in figure.links if i in by_id and by_id[i].is_level), figure.unit) \
                if figure.kind == "growth" else figure.unit
            groups.setdefault((figure.period, unit, figure.measure.entity, figure.kind == "growth"), []).append(figure)
    # (a rate of no level said is of the one currency its period's other rates are of, if one)
    for period, unit, entity, growth in list(groups):
        if growth and unit == "percent":
            currencies = [k for k in groups if k[0] == period and k[2] == entity and k[3] and k[1] != "percent"]
            if len(currencies) == 1:
                groups[currencies[0]] += groups.pop((period, unit, entity, growth))
    forecasts: dict[int, list[Figure]] = {}  # (by sentence: the balance's sides a sentence forecasts)
    for figure in figures:
        if figure.estimate or figure.kind == "forecast":
            forecasts.setdefault(figure.sentence, []).append(figure)
    for group in groups.values():
        growths = group[0].kind == "growth"
        for plus_key, minus_key, totals, surpluses, deficits, *whole_sides in BALANCES:
            if growths:  # rates add up to no total, but the total's rate lies between its parts' (aggregate growth)
                surpluses = deficits = ()
            # (a figure of both, "exports and imports topped 1 trillion dollars", is their total, neither side)
            # (nor is a surplus or deficit whose words take in a side: "the highest monthly trade deficit ... imports")
            pluses = [f for f in group if _core(key[id(f)], plus_key) is not None and _core(key[id(f)], minus_key) is None
                      and not key[id(f)] & (_AVERAGES | _BALANCE_WORDS)]
            minuses = [f for f in group if _core(key[id(f)], minus_key) is not None and _core(key[id(f)], plus_key) is None
                       and not key[id(f)] & (_AVERAGES | _BALANCE_WORDS)]
            if not pluses or not minuses:
                continue
            for figure in group:
                if figure in pluses or figure in minuses or not any(
                        _core(key[id(figure)], k) is not None for k in (*surpluses, *deficits, *totals)):
                    continue
                if any(role in ("plus", "minus") for role in figure.links.values()):
                    continue  # (a deficit the receipts' entry made of spending and receipts: not of revenue again)
                if (set(re.findall(r"[a-z-]+", text[figure.clause[0]:figure.start].lower())) & _COMMODITY_SEGMENTS) \
                        - key[id(figure)]:
                    continue  # ("Indonesia's oil and gas balance saw a $3.08 billion deficit": a segment's balance)
                if _LEFT_OUT_BEFORE.search(text, sentences(text)[figure.sentence][0], figure.start):
                    continue  # ("Excluding interest payments, the budget balance saw a deficit of 7.7 billion": a
                    # balance with an item left out, the primary one, of no sides the article gives)
                if any(_core(key[id(other)], plus_key) is not None or _core(key[id(other)], minus_key) is not None
                       for other in forecasts.get(figure.sentence, ())):
                    # ("the government reported that revenue would likely be ..., spending was forecast to be ..., and
                    # the deficit stood at VND363 trillion": its sides are its sentence's forecasts, no actuals told
                    # elsewhere)
                    continue
                # (a target's balance is of targets: "a deficit ... against a target of GH¢3,274 million" is the
                # revenue target's and the spending target's, not the actual revenue's and spending's)
                planned = "target" in key[id(figure)]
                plus, minus = _sides_of([f for f in pluses if ("target" in key[id(f)]) == planned],
                                        [f for f in minuses if ("target" in key[id(f)]) == planned], figure, growths) \
                    if any(("target" in key[id(f)]) == planned for f in pluses) \
                    and any(("target" in key[id(f)]) == planned for f in minuses) else (None, None)
                if not plus or not minus or not _agree(_core(key[id(plus)], plus_key), _core(key[id(minus)], minus_key)):
                    continue
                # (a total above both its sides, told together, may have one far below the other: "exports grew 11.9
                # percent to 405.93 billion yuan while the imports saw a slide of 1.4 percent to 29.81 billion yuan" of
                # "635.74 billion yuan", imports misprinted for 229.81)
                total = any(_core(key[id(figure)], k) is not None for k in totals) \
                    and not key[id(figure)] & _BALANCE_WORDS
                if not growths and total and figure.scale_value < max(plus.scale_value, minus.scale_value) \
                        and not _a_scale_slip_apart(figure, plus, minus, (1,)):
                    continue  # (a total below one of its sides is no sum of them, unless a side's scale slipped)
                if not growths and not (total and plus.sentence == minus.sentence) \
                        and min(plus.scale_value, minus.scale_value) * _SIDES_APART < \
                        max(plus.scale_value, minus.scale_value) and not _a_scale_slip_apart(figure, plus, minus):
                    # ("the biggest spending categories in July were for Social Security, $46.8 billion" beside
                    # receipts of $1.969 trillion: a balance's two sides are of one size; one a fortieth of the other is
                    # a part of a side, not the side, unless its scale slipped: "receipts were Rs 4.79 crore" for lakh
                    # crore, which the balance's check shows)
                    continue
                qualifier = _core(key[id(plus)], plus_key) | _core(key[id(minus)], minus_key)
                if whole_sides and not qualifier <= whole_sides[0]:
                    continue
                if qualifier and not qualifier <= key[id(figure)] and any(
                        other is not figure and qualifier <= key[id(other)] and key[id(other)] & _BALANCE_WORDS
                        for other in group):
                    # ("The monthly trade deficit ... to $39.1 billion. The monthly deficit in goods trade ... to $58.6
                    # billion. Exports of goods ... imports ...": the goods sides are the goods deficit's, not the
                    # whole one's)
                    continue
                if not (_names_in(plus) | _names_in(minus)) <= _names_in(figure):
                    continue  # (exports to the US and imports from it make the surplus with the US, not the whole one)
                # a surplus or deficit first: "goods trade surplus" holds "trade" too
                role = next((r for keys, r in ((surpluses, "surplus"), (deficits, "deficit"), (totals, "sum"))
                             for k in keys if (rest := _core(key[id(figure)], k)) is not None
                             and _agree(rest, qualifier) and not rest & _OTHER_ACCOUNTS
                             and not (rest & _COMMODITY_SEGMENTS) - qualifier), None)
                if role == "sum" and key[id(figure)] & _BALANCE_WORDS:
                    continue  # a surplus is no total, even when "goods trade surplus" holds "trade"
                if role == "sum" and figure.start > max(plus.start, minus.start) and any(
                        other.links.get(plus.id) == other.links.get(minus.id) == "plus" and other.start < plus.start
                        for other in group if other is not figure):
                    # ("processing trade dropped by 3.3% ... Among them, export down 1.6%; import down 5.9%. In
                    # addition, bonded logistics ... an increase of 9.9%": sides told after another total they sum
                    # are its breakdown, not that of a total told after them)
                    continue
                if role == "sum":
                    figure.link(plus, "plus")
                    figure.link(minus, "plus")
                elif role == "surplus":
                    figure.link(plus, "plus")
                    figure.link(minus, "minus")
                elif role == "deficit":
                    figure.link(minus, "plus")
                    figure.link(plus, "minus")


# How many times the one side of a balance the other may be
_SIDES_APART = 10


def _a_scale_slip_apart(balance: Figure, plus: Figure, minus: Figure, signs: tuple[int, ...] = (1, -1)) -> bool:
    """Whether the smaller side, its scale slipped by a power of ten, makes the balance (as sum or difference)."""
    small, large = sorted((plus.scale_value, minus.scale_value))
    return any(abs(abs(large + sign * small * 10 ** power) - balance.scale_value) <= 0.01 * balance.scale_value
               for power in range(1, 8) for sign in signs)


def _whole_first(sides: list[Figure]) -> list[Figure]:
    """The sides whose words call them the whole ("Overall exports", "total imports"), when some do and others of other
    values do not; else all of them."""
    wholes = [f for f in sides if re.search(r"(?i)\b(?:overall|total|aggregate)\b", f.measure.words)]
    return wholes if wholes and len({f.value for f in sides}) > len({f.value for f in wholes}) else sides


def _sides_of(pluses: list[Figure], minuses: list[Figure], figure: Figure,
              rates: bool) -> tuple[Figure | None, Figure | None]:
    """The two sides of a balance a total or surplus is made of. Where the article gives several of a side for its
    period ("Among them, exports amounted to 6.44 trillion yuan" under general trade, beside all exports' 10.95),
    the ones told nearest it, within two sentences (a headline's or lede's, which sums up the body: the first of the
    headline and lede); a level told apart from both its sides takes the first of each (a rate, none: the rates of
    a breakdown are told beside its levels; of a side told several times, the one its words call the whole: "Overall
    exports ... 16.7 billion francs", not "Watch exports ... 1.6 billion francs", of "Switzerland's trade surplus").
    One side near and the other only far is no pair."""
    summary = ("headline", "lede")
    near = [[f for f in sides if (f.section in summary if figure.section in summary
                                  else abs(f.sentence - figure.sentence) <= 2)] for sides in (pluses, minuses)]
    several = [len({f.value for f in sides}) > 1 for sides in (pluses, minuses)]
    if not any(several) or not any(near) and not rates:
        return _whole_first(pluses)[0], _whole_first(minuses)[0]
    if figure.section in summary:
        near = [close[:1] for close in near]
    # (of two as near, the one after it: "general trade totaled 12.03 trillion yuan. Among them, exports ...")
    chosen = [min(close, key=lambda f: (abs(f.sentence - figure.sentence), -f.sentence)) if close
              else sides[0] if not many else None
              for sides, close, many in zip((pluses, minuses), near, several)]
    return chosen[0], chosen[1]


_BALANCE_WORDS = frozenset({"surplus", "deficit", "balance", "gap"})
# "Excluding interest payments,", "net of refunds": an item a figure's sentence leaves out of it
_LEFT_OUT_BEFORE = re.compile(r"(?i)\b(?:excluding|excl\.|net\s+of)\s+[a-z]")
# Another account's balance: "the surplus in the primary income account" is no surplus of exports over imports
_OTHER_ACCOUNTS = frozenset({"account", "income", "current", "capital", "financial", "primary", "secondary",
                             "payments", "services"})
# A balance of one group of goods: "the non-oil and gas surplus", "the oil and gas balance" is no balance of all exports
# and imports, only of the sides that name the same goods
_COMMODITY_SEGMENTS = frozenset({"oil", "gas", "non-oil", "petroleum", "non-petroleum", "energy", "non-energy",
                                 "migas", "non-migas", "fuel", "fuels", "agricultural", "manufactured"})
# "Per-day exports also advanced 11.2 percent on-year to $2.35 billion": an average, no amount a surplus is made of
_AVERAGES = frozenset({"per-day", "daily", "average", "per"})
# Measures no parts add up to
_NO_SUMS = frozenset({"ratio", "index", "rate", "average", "per"})
# ... nor a price, a median, a mean, a margin or a yield
_NOT_ADDED = _NO_SUMS | frozenset({"median", "mean", "price", "prices", "margin", "yield"})


def _names_in(figure: Figure) -> frozenset[str]:
    """The names a measure's words hold after their first word ("exports to the US": us), a scope no other
    measure may leave out."""
    return frozenset(w.lower() for w in re.findall(r"(?<=\s)(?:[A-Z]{2,}|[A-Z][a-z]+)\b", figure.measure.words)) & \
        figure.measure.key


def _core(key: frozenset[str], lexicon: set[str]) -> frozenset[str] | None:
    """The words of a key beside a lexicon entry's, if it holds all of them ("goods exports" -> {goods})."""
    return frozenset(key - lexicon) if lexicon <= key else None


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return a <= b or b <= a


# Modifiers that split a measure into parts that make it up whole: foreign and domestic debt servicing.
PARTITIONS = ({"foreign", "domestic"}, {"urban", "rural"}, {"public", "private"}, {"passenger", "commercial"},
              {"male", "female"}, {"men", "women"}, {"primary", "secondary", "tertiary"}, {"internal", "external"},
              {"onshore", "offshore"}, {"online", "offline"}, {"state-owned", "private"}, {"central", "local"},
              # China's four regions, as the statistics bureau splits the country
              {"eastern", "central", "western", "northeastern"})
# Vehicles neither passenger nor commercial, as India's dealers and makers count them
_OTHER_VEHICLES = frozenset({"two-wheeler", "two-wheelers", "two-wheeled", "three-wheeler", "three-wheelers",
                             "three-wheeled", "tricycle", "tricycles", "motorcycle", "motorcycles", "scooter", "scooters"})
# Words a segment's name carries beside its segment word: "local governments' revenue" is the local revenue
_SEGMENT_FILLERS = frozenset({"government", "governments", "area", "areas", "region", "regions", "level",
                              "market", "markets", "consumers", "households"})


def other_segment(measure: Measure, words: str) -> Measure:
    """"the figure in urban areas increased by 34.9%, and in rural areas – by 26.7%": a clause that names another
    segment of one partition (rural for urban) speaks of that segment of the measure."""
    named = set(key_of(words))
    for segments in PARTITIONS:
        new, old = named & segments, measure.key & segments
        if len(new) == 1 and old and not new & old:
            (word,), (was,) = tuple(new), tuple(sorted(old))[:1]
            # ("Women comprise 50.2% of tourists and men 49.8%": the word in any case; a measure that names the
            # segment in words of its own keeps them and names the other after them)
            told, swapped = re.subn(rf"(?i)\b{re.escape(was)}\b",
                                    lambda found: word.capitalize() if found.group(0)[0].isupper() else word,
                                    measure.words)
            return Measure(frozenset(measure.key - old | new), told if swapped else f"{measure.words} ({word})",
                           measure.entity)
    return measure


# "Retail sales excluding automobiles": a measure with a part taken out is split no further by "the figure in ...",
# and is no whole of a partition.
EXCLUDING = re.compile(r"(?i)\b(?:excluding|except|ex-|other than|minus|net of)\b")
# What a measure leaves out that had been taken off it: charges, items, costs; without them the figure may be larger
_ADDED_BACK = re.compile(r"(?i)\b(?:charges?|items?|costs?|expenses?|impairments?|write-?downs?|write-?offs?|losses|"
                         r"provisions?|one-?offs?|one-?time|exceptional|special|restructuring|amorti[sz]ation|"
                         r"depreciation|taxes|tax)\b")


def takes_out_a_part(words: str) -> bool:
    """"Retail sales excluding automobiles" is a measure with a part taken out; "fixed asset investment
    (excluding rural households)" is how the measure is defined, the article's whole in each sentence."""
    return bool(EXCLUDING.search(re.sub(r"\([^()]*\)", " ", words)))


def excluding_parts(figures: list[Figure]) -> None:
    """"Retail sales of consumer goods excluding automobiles ... 6.3 trillion yuan" is a part of the article's
    "consumer goods retail ... 6.97 trillion yuan" of the same period and unit: a measure with a part taken out
    is no more than the measure it is taken from (the largest level whose words it holds before "excluding")."""
    levels: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.is_level and figure.is_amount and figure.kind != "conversion" and figure.measure.key:
            levels.setdefault((figure.period, figure.unit), []).append(figure)
    for figure in figures:
        taken = EXCLUDING.search(figure.measure.words) if figure.is_level and figure.period else None
        if not taken or _ADDED_BACK.search(figure.measure.words, taken.end()) \
                or not takes_out_a_part(figure.measure.words):
            # ("Excluding those charges, EPS for the year would have been $1.49": costs added back, no part;
            # "exports of wood-based products (except pulp and paper)": how the measure is defined, the whole itself)
            continue
        core = key_of(figure.measure.words[:taken.start()])
        wholes = [f for f in levels.get((figure.period, figure.unit), []) if f is not figure and f.measure.key
                  and _unnamed(f.measure.words) <= core and not EXCLUDING.search(f.measure.words)
                  and figure.id not in f.links]
        if wholes:
            max(wholes, key=lambda f: f.scale_value).link(figure, "part")


def _unnamed(words: str) -> frozenset[str]:
    """A measure's key without the names in it ("consumer goods retail in China": consumer, goods, retail)."""
    return key_of(re.sub(r"(?<=\w )[A-Z][\w'’-]*", " ", words)) or key_of(words)


def only_a_segment(measure: Measure) -> bool:
    """Whether a measure's words name a segment and nothing else ("in rural areas"): the segment of the
    measure spoken of."""
    rest = measure.key - _SEGMENT_FILLERS
    return bool(rest) and rest <= _SEGMENT_WORDS


def partitions(figures: list[Figure]) -> None:
    """"foreign debt servicing" and "domestic debt servicing" of one period and unit add up to "debt
    servicing": the whole's row lists them with plus (a complete sum)."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.is_level and figure.measure.key:
            groups.setdefault((figure.period, figure.unit, figure.measure.entity), []).append(figure)
    for group in groups.values():
        first_of = {}  # measure -> the group's first figure of it (looked up: searching the group was quadratic)
        by_segment: dict[str, list[Figure]] = {}  # segment word -> the group's figures whose measure names it
        for figure in group:
            first_of.setdefault(figure.measure.key, figure)
            for word in figure.measure.key & _SEGMENT_WORDS:
                by_segment.setdefault(word, []).append(figure)
        loose: dict[tuple[str, ...], tuple[Figure, set[str]]] = {}  # segments matched loosely -> the largest whole
        # (a partition needs two of its segments named in the group: the others are skipped, not tried per whole)
        named = [words for words in PARTITIONS if len(words & by_segment.keys()) >= 2]
        # (a ratio or an index is no sum: "The gender ratio stood at 104.88 (723.11 men vs 689.49 million women)")
        for whole in (f for f in group if named and not takes_out_a_part(f.measure.words)
                      and not f.measure.key & _NO_SUMS):
            for words in named:
                if whole.measure.key & words:
                    continue  # a segment is no whole of its own partition
                parts = {w: first_of.get(whole.measure.key | {w}) for w in sorted(words)}  # (one order, whatever the hash seed)
                if not all(parts.values()) and not whole.measure.key & _SEGMENT_WORDS:
                    # "the retail sales in urban areas" of "the total retail sales of consumer goods": of the
                    # largest such whole only ("the retail sales of goods" holds the same words)
                    parts = {w: p or _segment_of(whole, w, by_segment.get(w, ())) for w, p in parts.items()}
                    key = tuple(p.id for p in parts.values() if p)
                    # (matched loosely, a whole smaller than a segment is some other figure: "total investment in
                    # property development" is no whole of the industries' fixed-asset investment)
                    if len(key) >= 2 and all(whole.scale_value > p.scale_value for p in parts.values() if p) \
                            and (key not in loose or loose[key][0].scale_value < whole.scale_value):
                        loose[key] = (whole, words)
                    continue
                _link_segments(whole, [p for p in parts.values() if p], words, group)
        for key, (whole, words) in loose.items():
            _link_segments(whole, [f for f in group if f.id in key], words, group)


def growth_partitions(figures: list[Figure]) -> None:
    """"Investment increased by 10.3%", then "investment in the eastern region increased by 9.4%; ... in the central
    region by 18.9%; ... in the western region by 8.7%; ... in the northeastern region by 9.6%": the growth rates of
    a named partition's segments, of one period and basis, with no levels of their own, are the segments of the
    article's first growth rate of the measure they name, the headline's aside (the whole's rate lies between
    theirs; a nearer rate of that measure is more likely a sibling, "investment in railway transportation"). A pair
    that splits the whole (urban and rural) is a complete sum; more segments may leave others out."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.kind == "growth" and figure.period and figure.measure.key and not figure.estimate:
            groups.setdefault((figure.period, figure.basis, figure.measure.entity), []).append(figure)
    leveled = {(f.measure.key, f.period) for f in figures if f.is_level}
    for group in groups.values():
        for words in PARTITIONS:
            segments = {}
            for figure in group:
                named = figure.measure.key & words
                if len(named) == 1 and (figure.measure.key, figure.period) not in leveled:
                    segments.setdefault(next(iter(named)), figure)
            if len(segments) < 2:
                continue
            first = min(f.start for f in segments.values())
            # the whole: before the segments, naming no segment of any partition and the measure they name
            rests = [f.measure.key - words - _SEGMENT_FILLERS for f in segments.values()]
            wholes = [f for f in group if f.start < first and not f.measure.key & _SEGMENT_WORDS
                      and not takes_out_a_part(f.measure.words)
                      and all(rest and rest <= f.measure.key and rest & MEASURE_NOUNS for rest in rests)]
            if wholes:
                whole = min(wholes, key=lambda f: (f.section == "headline", f.start))
                _link_segments(whole, sorted(segments.values(), key=lambda f: f.start), words, group)


# "non-OPEC", "non-oil", "non-Plan": the rest of a whole once a named segment is taken out
_NON = re.compile(r"(?i)\bnon-?\s?([a-z][\w&]*)")


def complements(figures: list[Figure]) -> None:
    """"Within OPEC, the output climbed to 33.52 million bpd", "non-OPEC oil production reached 67.97 million bpd"
    and "global oil production ... 101.50 million bpd": a named segment and its "non-" split the one measure of a
    period and unit that names neither, so the whole's row lists both with plus (a complete sum). Levels add up
    with levels and changes with changes (the whole's rise is the two segments' rises)."""
    def said(figure: Figure) -> str:
        return f"{figure.measure.words} {figure.measure.entity}"

    amounts = [f for f in figures if f.is_amount and f.kind != "conversion" and f.period and not f.estimate
               and not f.baseline]
    for rest in amounts:
        non = _NON.search(said(rest))
        if not non:
            continue
        name = re.compile(rf"(?i)(?<!non-)(?<!non)\b{re.escape(non.group(1))}\b")
        alike = [f for f in amounts if f is not rest and f.kind == rest.kind and f.period == rest.period
                 and f.unit == rest.unit]
        # of one kind of measure: "net interest income" is no segment beside "non-interest income" of total income
        kind_words = rest.measure.key & _NOT_A_PART
        alike = [f for f in alike if f.measure.key & _NOT_A_PART == kind_words]
        # ("Sales tax receipts" beside "Non-tax revenue": a kind of tax, named by a word before it, is no segment)
        kind_of_it = re.compile(rf"(?i)\b(?!(?:the|its|their|of|in|within|from|and|by|at|for)\b)[a-z][\w'’-]*\s+"
                                rf"{re.escape(non.group(1))}\b")
        segment = next((f for f in alike if name.search(said(f)) and not _NON.search(said(f))
                        and not kind_of_it.search(f.measure.words)), None)
        # the measure once "non-OPEC" is taken out ("oil"): the whole's measure holds it ("global oil"); with
        # nothing left ("non-OPEC output"), the one larger figure of the unit and period that names neither
        measured = frozenset(w for w in rest.measure.key if not _NON.fullmatch(w))
        wholes = [f for f in alike if f is not segment and f.measure.entity == rest.measure.entity
                  and not name.search(said(f)) and not _NON.search(said(f))
                  and measured <= f.measure.key and f.scale_value > max(rest.scale_value, segment.scale_value)
                  # ("total revenues and grants": a whole that joins another item to the measure holds more than
                  # its two segments)
                  and not (re.search(r"\band\b", f.measure.words) and told_key(f.measure) - measured - GENERIC)] \
            if segment else []
        if len(wholes) == 1 and not any(wholes[0].id in f.links for f in (rest, segment)):
            wholes[0].link(segment, "plus")
            wholes[0].link(rest, "plus")


# "the Asia Pacific segment", "North America, which is Ciena's largest reportable region": a clause that speaks
# of one of a company's segments
_SEGMENT_CLAUSE = re.compile(r"(?i)\b(?:segment|reportable region|region|division|business unit|vertical)s?\b")


def reported_segments(figures: list[Figure], text: str) -> None:
    """"Ciena's third-quarter sales rose 12% ... the Asia Pacific segment led the way with 49% year-over-year
    revenue growth. North America, which is Ciena's largest reportable region, hung back at a 7% annual growth
    rate": figures of clauses naming a segment or region, of one kind, unit and period, are parts of the company's
    revenue of that kind, unit and period stated before them (growth rates: its rate lies between theirs, a
    tension outside when others may be left out). Two segments at least, and no measure of their own besides
    revenue."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.period and (figure.kind == "growth" or figure.is_level and figure.is_amount):
            groups.setdefault((figure.kind, figure.unit, figure.period), []).append(figure)
    segment_clauses = {clause for clause in {f.clause for f in figures} if _SEGMENT_CLAUSE.search(text, *clause)}
    for group in groups.values():
        segments = [f for f in group if f.clause in segment_clauses and not f.links
                    and not (f.measure.key & MEASURE_NOUNS) - _REVENUE and not f.measure.key & _NOT_ADDED]
        if not segments:
            continue
        totals = [f for f in group if f not in segments and f.measure.key & _REVENUE and not f.estimate
                  and not f.baseline and f.clause not in segment_clauses]
        if not segments or not totals:
            continue
        total = totals[0]
        later = [f for f in segments if f.start > total.start and f.value != total.value]
        if len(later) >= 2:
            for segment in later:
                total.link(segment, "part")
                segment.inferred = True


# Words that make a revenue figure another measure than a part of the company's revenue: a larger or restated base
# ("consolidated", "gross", "adjusted"), or a figure that is no actual ("expected", "guidance")
_NOT_A_LINE = frozenset({"adjusted", "gaap", "non-gaap", "core", "organic", "underlying", "pro", "forma", "reported",
                         "gross", "total", "consolidated", "group", "combined", "overall", "cumulative", "annual",
                         "estimate", "estimated", "expected", "projected", "forecast", "guidance", "target", "revised",
                         "previous", "prior", "comparable"})  # ("with revenue estimated at $94.5 billion")


def named_shares(figures: list[Figure], text: str) -> None:
    """"East Asia 25.7 percent" in a sentence on the shares of "the arrivals figures", beside "48,773" visitors of
    East Asia and the month's 219,360 arrivals said elsewhere: a share named by its part's name (its entity), with no
    amount of its own, is that part's count of the period over the one figure of the measure the share's sentence
    names, with no name, of the period. Across sentences, so a gap is a tension to confirm."""
    amounts = [f for f in figures if f.is_level and f.is_amount and f.kind != "conversion" and f.period
               and not f.estimate and not f.baseline]
    amount_ids = {f.id for f in amounts}
    shares = [f for f in figures if f.kind == "share" and f.unit == "percent" and f.measure.entity
              and not set(f.links) & amount_ids]
    spans = sentences(text) if shares else []
    # (indexed once: an article of thousands of shares scanned every amount for each)
    by_entity: dict[tuple[str, str], list[Figure]] = {}
    for f in amounts:
        by_entity.setdefault((f.measure.entity, f.period), []).append(f)
    starts = [a for a, _ in spans]
    ends = {f.end: f for f in amounts}
    for share in shares:
        parts = by_entity.get((share.measure.entity, share.period), [])
        if len(parts) != 1:
            continue
        part = parts[0]
        # ("Republic of Korea, $356.16 million (6.0 percent)": a share in brackets is of the amount right before it)
        bracketed = re.search(r"\(\s*$", text[max(0, share.start - 4):share.start])
        before = next((ends[share.start - gap] for gap in range(5) if share.start - gap in ends), None) \
            if bracketed else None
        if before is not None and before is not part:
            continue
        at = bisect.bisect_right(starts, share.start) - 1
        said = key_of(text[spans[at][0]:share.start] if at >= 0 and share.start < spans[at][1] else "")
        wholes = [f for f in by_entity.get(("", part.period), []) if f.unit == part.unit
                  # (more than the part at its rounding: "9.78 lakh crore" beside "978,154 crore" is one figure)
                  and f.scale_value > 1.01 * part.scale_value and f.measure.key & part.measure.key & said]
        if len({f.scale_value for f in wholes}) == 1:
            share.link(part)
            share.link(wholes[0])
            share.inferred = True


# Words that rank the figures after another's: "followed by", "trailed by", "behind"
_RANKED_AFTER = re.compile(r"(?i)\b(?:followed\s+by|trailed\s+by|ahead\s+of|behind|next\s+came|came\s+next)\b")


def named_parts(figures: list[Figure]) -> None:
    """"Western Europe, East Asia and South Asia were the top regions contributing 72,500, 48,773 and 41,470
    visitors" with January's 219,360 arrivals said elsewhere: figures of one sentence, measure, unit and period, each
    of another name (its entity), are parts of the one figure of that measure and period with no name, larger than
    each (parts, which need not be all)."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.is_level and figure.is_amount and figure.kind != "conversion" and figure.period \
                and not figure.estimate and not figure.baseline:
            groups.setdefault((figure.measure.key, figure.unit, figure.period), []).append(figure)
    parted = {t for f in figures for t, role in f.links.items() if role in ("part", "plus")}
    for group in groups.values():
        # (linked to no figure outside the group: "the top regions" ranks them among themselves; nor parts of a
        # whole of their own already, "In Kiambu, the 38 cases are in; Ruiru (24), Juja (20)")
        ids = {f.id for f in group}
        named = [f for f in group if f.measure.entity and set(f.links) <= ids and f.id not in parted]
        by_sentence: dict[int, list[Figure]] = {}
        for figure in named:
            by_sentence.setdefault(figure.sentence, []).append(figure)
        plain = [f for f in group if not f.measure.entity]
        for parts in by_sentence.values():
            if len(parts) < 2 or len({p.measure.entity for p in parts}) != len(parts):
                continue
            if any(_RANKED_AFTER.search(p.quote) for p in parts):
                continue  # ("Maharashtra tops the list with ₹27,762Cr. Later, it is followed by Karnataka (₹13,495Cr),
                # Tamil Nadu (₹11,413Cr)": the ones ranked after a leader, no parts of its figure)
            # (a whole said elsewhere: in the parts' own sentence a figure with no name is one whose name the draft
            # missed, "Toyota sold 70,000 units, Honda 60,000 units and Kia 30,000 units", not their total)
            wholes = [f for f in plain if all(f.scale_value > p.scale_value for p in parts)
                      and f.sentence != parts[0].sentence]
            if len({f.scale_value for f in wholes}) == 1:
                for part in parts:
                    wholes[0].link(part, "part")
                    part.inferred = True


# A company's revenue named plainly: "revenue", "sales", "net sales", "revenue from operations"
_PLAIN_REVENUE = ({"revenue"}, {"sales"}, {"net", "sales"}, {"net", "revenue"}, {"revenue", "operating"},
                  {"sales", "operating"})


def free_cash_flow(figures: list[Figure]) -> None:
    """"operating cash flow of $24.3 million ..., and free cash flow of $20.2 million": free cash flow is operating
    cash flow less capital spending, so of one period and currency it is no more than the operating cash flow (a
    part of it). Adjusted measures are defined otherwise: left alone."""
    for operating in (f for f in figures if f.is_level and _is_money(f) and {"operating", "cash", "flow"}
                      <= f.measure.key and not f.measure.key & _NOT_A_LINE and not f.estimate):
        free = [f for f in figures if f.is_level and f.unit == operating.unit and f.period == operating.period
                and {"free", "cash", "flow"} <= f.measure.key and not f.measure.key & _NOT_A_LINE and not f.estimate
                and operating.id not in f.links and f.id not in operating.links]
        if len(free) == 1:
            operating.link(free[0], "part")


# A company's profit named plainly: "net income", "net profit", "profit"
_PLAIN_PROFIT = ({"net", "income"}, {"net", "profit"}, {"profit"}, {"net", "earnings"})


def profit_within_revenue(figures: list[Figure]) -> None:
    """"net income rose to $66 million ... Revenue rose to $2.785 million": of one company, period and currency, its
    profit is part of its revenue, what is left of it after costs; profit beyond revenue is a figure misprinted (here
    "million" for "billion"), or a gain beside the business the article would name. The one plain profit and the one
    plain revenue of the period only; a profit beyond the revenue but within ten times it is inferred (a tension to
    confirm: a one-off gain can do it), one ten times the revenue or more is a scale slipped."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.kind == "level" and figure.period and _is_money(figure) and not figure.estimate \
                and not figure.baseline:
            groups.setdefault((figure.unit, figure.period, figure.measure.entity), []).append(figure)
    for group in groups.values():
        revenues = {f.value: f for f in group if f.measure.key in _PLAIN_REVENUE}
        profits = {f.value: f for f in group if f.measure.key in _PLAIN_PROFIT}
        if len(revenues) != 1 or len(profits) != 1:
            continue
        revenue, profit = next(iter(revenues.values())), next(iter(profits.values()))
        if profit.id in revenue.links or revenue.id in profit.links or \
                any(role == "part" for role in revenue.links.values()):
            continue
        revenue.link(profit, "part")
        if revenue.scale_value < profit.scale_value < 10 * revenue.scale_value:
            profit.inferred = True


def business_lines(figures: list[Figure]) -> None:
    """"revenue growing 54 per cent to CNY76.9 billion. Smartphone sales of CNY51.5 billion ... IoT and lifestyle
    products revenue rose 40.5 per cent to CNY18.2 billion ... Internet services grew 11.4 per cent to CNY6.6
    billion": of one company, money of one period named as a line's revenue or sales ("smartphone sales") are parts
    of its revenue named plainly ("revenue", "sales"), the one such figure of the period and currency, when smaller
    (parts, which need not be all: the parts must not add up to more)."""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.is_level and figure.period and figure.kind != "conversion" and _is_money(figure) \
                and not figure.estimate and not figure.baseline:
            groups.setdefault((figure.unit, figure.period, figure.measure.entity), []).append(figure)
    for group in groups.values():
        wholes = {f.value: f for f in group if f.measure.key in _PLAIN_REVENUE}
        if len(wholes) != 1:
            continue  # (none, or two plain revenues of one period: which is the whole is unsaid)
        whole = next(iter(wholes.values()))
        lines = [f for f in group if f.measure.key & _REVENUE and f.measure.key not in _PLAIN_REVENUE
                 and not f.measure.key & _NOT_A_LINE and f.scale_value < whole.scale_value
                 and whole.id not in f.links and f.id not in whole.links]
        places = [f for f in lines if _NAMES_A_PLACE.search(f.measure.words)]
        if places and len(places) < len(lines):
            # ("revenue from iPhone sales" beside "revenue in China", "Revenue in the Americas", "Revenue in Europe":
            # a breakdown by product and one by place, each of the whole; added together they overlap, so only the
            # longer list is taken, and neither where they are as long)
            others = [f for f in lines if f not in places]
            lines = places if len(places) > len(others) else others if len(others) > len(places) else []
        if _nested(whole, lines):
            continue
        for line in lines:
            whole.link(line, "part")


# "revenue in China", "Revenue in the Americas": a line named by its place
_NAMES_A_PLACE = re.compile(r"\bin\s+(?:the\s+)?[A-Z]")


def _nested(whole: Figure, parts: list[Figure]) -> bool:
    """Parts found by their names alone that add up to more than the whole: "Product revenue rose to $66.61
    billion ... Mac revenue reached $8.05 billion ... Services revenue grew to $27.42 billion" beside revenue of
    $94.04 billion are two breakdowns, one inside the other (Mac within products), when leaving one part out makes
    them fit; which parts go together is unsaid. (Two lines beyond the whole, or parts beyond it whichever is left
    out, or beyond a whole its words call the total, are the article's error.)"""
    total, most = sum(p.scale_value for p in parts), whole.scale_value * 1.01
    return len(parts) >= 3 and total > most and any(total - p.scale_value <= most for p in parts) \
        and not _TOTAL_WORDS.search(whole.measure.words)


def _link_segments(whole: Figure, found: list[Figure], words: set[str], group: list[Figure]) -> None:
    if len(found) < 2 or any(whole.id in p.links for p in found):
        return
    # A pair that splits the whole ("foreign" and "domestic") adds up to it; three or more named
    # segments may leave others out (households beside the three industries): parts, not a sum.
    # (passenger and commercial vehicles are all the vehicles only where the group counts no two- or three-wheelers:
    # India's sales beside "electric two-wheeled vehicles" and "electric tricycles")
    wheelers = words == {"passenger", "commercial"} and any(f.measure.key & _OTHER_VEHICLES for f in group)
    role = "plus" if len(words) == 2 and len(found) == 2 and not wheelers else "part"
    # Parts drafted before of another breakdown ("Among them, private investment" beside the three industries)
    # would be added up with these: the named partition is the whole's parts (a complete sum is checked apart)
    for other in [i for i, r in whole.links.items() if r == "part" == role and i not in {p.id for p in found}]:
        del whole.links[other]
    for part in found:
        whole.link(part, role)


_SEGMENT_WORDS = frozenset().union(*PARTITIONS)


def _segment_of(whole: Figure, word: str, candidates) -> Figure | None:
    """"The central government collected 4.59 trillion yuan in fiscal revenue", "local governments collected 5.38
    trillion yuan": the first figure named by the segment word and, besides fillers ("governments"), only words of
    the whole's measure, its noun among them."""
    for figure in candidates:
        rest = figure.measure.key - {word} - _SEGMENT_FILLERS
        if figure is not whole and rest <= whole.measure.key and rest & whole.measure.key & MEASURE_NOUNS:
            return figure
    return None


# Words that make a measure another measure, not a part of it: net profit is no part of profit.
_NOT_A_PART = frozenset({"net", "gross", "adjusted", "operating", "core", "underlying", "estimated", "estimate",
                         "revised", "expected", "projected", "target", "average", "median", "real", "nominal",
                         "annual", "cumulative", "per", "capita", "growth", "share", "ratio", "rate", "margin",
                         # a company's consolidated profit is its group's, its standalone profit the parent's
                         "consolidated", "standalone", "diluted", "basic"})
# The things a count counts, named again ("shipped about 80.4 million devices" is no kind of "46.5 million
# shipments"): no qualifier that makes a sub-measure of a count (of money, "cars" is a kind of exports)
_THINGS_COUNTED = frozenset({"devices", "units", "smartphones", "phones", "handsets", "vehicles", "cars", "people",
                              "persons", "visitors", "tourists"})


def rates_on_another_basis(figures: list[Figure]) -> None:
    """"sales grew 6.0 per cent in organic terms to €1.54bn, compared to €1.44bn": a rate without currency effects or
    acquisitions is no move of the reported levels its sentence sets it beside (the reported rate, when the article
    gives it, is), and a measure of its own, no restatement of the reported rate."""
    levels = {f.id for f in figures if f.is_level}
    for rate in (f for f in figures if f.kind == "growth" and f.organic):
        rate.measure = Measure(rate.measure.key | {"organic"}, f"{rate.measure.words} (organic)", rate.measure.entity)
        for target in [t for t in rate.links if t in levels]:
            del rate.links[target]
        for figure in figures:
            if figure.id in levels:
                figure.links.pop(rate.id, None)


def sub_measures(figures: list[Figure]) -> None:
    """"the online retail sales of physical goods were 8,497.9 billion" beside "the total online retail sales was
    10,376.5 billion": a measure named by more words of the same (of one period and unit) is part of it."""
    # (a headline's figure that restates the body's is that figure again, no second whole)
    # ("the West region, with a median price of $322,000" beside the country's median: a price adds to no total)
    levels = [f for f in figures if f.kind == "level" and f.is_amount and f.measure.key and not f.baseline
              and not f.restates and not f.measure.key & _NOT_ADDED]
    by_id = {f.id: f for f in figures}
    # (a term of another figure's complete sum is that figure's part: "RM12.3 billion ..., divided between defence
    # (RM8.2 billion) and internal security (RM4.1 billion)" puts the 8.2 in the 12.3, not beside it in the budget)
    terms = {i: f for f in figures for i, role in f.links.items() if role == "plus"}
    # A whole's measure is a proper subset of its part's: looked up by that subset, of one unit, period and
    # entity, rather than every level tried against every level (quadratic in a long article).
    by_key: dict[tuple, list[Figure]] = {}
    by_group: dict[tuple, list[Figure]] = {}
    for level in levels:
        group = (level.unit, level.period, level.measure.entity)
        by_key.setdefault((*group, level.measure.key), []).append(level)
        by_group.setdefault(group, []).append(level)
    found: dict[str, list[Figure]] = {}  # each whole's parts, as this rule links them
    for part in levels:
        group, words = (part.unit, part.period, part.measure.entity), sorted(part.measure.key)
        if len(words) <= 10:
            subsets = (frozenset(chosen) for n in range(1, len(words)) for chosen in itertools.combinations(words, n))
            candidates = [w for key in subsets for w in by_key.get((*group, key), ())]
        else:  # too many subsets to list: the levels of its unit, period and entity
            candidates = [w for w in by_group[group] if w.measure.key < part.measure.key]
        not_a_part = _NOT_A_PART | MEASURE_NOUNS | (_THINGS_COUNTED if part.unit == "count" else frozenset())
        wholes = [w for w in candidates if not (part.measure.key - w.measure.key) & not_a_part
                  and not w.each and not any(k.startswith("#") for k in part.measure.key | w.measure.key)]
        # "the total retail sales of consumer goods" beside "the retail sales of goods": more words, but the total
        if _TOTAL_WORDS.search(part.measure.words):
            continue
        # rows of a table of regions, "East" and "North East", "Wales" and "England & Wales": a name holding
        # another names another place, not a part of it
        # ("P&G" beside "P&G shares": a measure that is only a name measures nothing the other is part of)
        wholes = [w for w in wholes if not _a_name(w.measure.words)]
        if len(wholes) == 1 and part.id not in wholes[0].links and wholes[0].id not in part.links \
                and terms.get(part.id, wholes[0]) is wholes[0] \
                and not _split_another_way(wholes[0], part, by_id) and not _listed_already(wholes[0], part, by_id) \
                and (wholes[0].scale_value >= part.scale_value or _TOTAL_WORDS.search(wholes[0].measure.words)):
            # (a smaller whole is a misreading, hydro's "11.9 billion units of electricity" no total of the country's
            # 70.4, unless its words call it the total: then the part that exceeds it is the article's error)
            wholes[0].link(part, "part")
            found.setdefault(wholes[0].id, []).append(part)
            if wholes[0].scale_value < part.scale_value and len(wholes[0].measure.key) < 2:
                # (read so on one word alone, it may as well be a segment's total the words do not name: "the
                # tertiary industries rose the most, ..., with total use hitting 94 billion kwh"; not "the total
                # online retail sales", which the online retail sales of physical goods cannot exceed)
                wholes[0].inferred = True
    for whole_id, parts in found.items():
        if _nested(by_id[whole_id], parts):
            for part in parts:
                del by_id[whole_id].links[part.id]


def kinds_of_a_total(figures: list[Figure]) -> None:
    """"Total power generation rose marginally to 110.1 billion units ... While conventional electricity generation
    fell by one per cent to 100.84 billion kwh, renewable generation jumped by 17.5 per cent to 9.3 billion units":
    of one period, unit and entity, levels whose measure ends in the noun of the one measure named a total ("total",
    "overall") and adds words of its own are kinds of it, its parts, when two kinds or more add up to no more than
    it. (Two breakdowns of one total, by source and by region, would add up to more: which parts go together is
    then unsaid, and nothing is linked.)"""
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.is_level and figure.is_amount and figure.kind != "conversion" and figure.period \
                and figure.measure.key and not figure.estimate and not figure.baseline and not figure.restates:
            groups.setdefault((figure.unit, figure.period, figure.measure.entity), []).append(figure)
    for group in groups.values():
        totals = [f for f in group if _TOTAL_WORDS.search(f.measure.words)]
        if len({(f.value, f.scale) for f in totals}) != 1 or not (noun := _head_noun(totals[0].measure.words)):
            continue
        whole = totals[0]
        kinds: dict[frozenset, list[Figure]] = {}
        for figure in group:
            extra = figure.measure.key - whole.measure.key
            if figure not in totals and _head_noun(figure.measure.words) == noun and extra \
                    and not extra & (_NOT_A_PART | MEASURE_NOUNS) and figure.scale_value < whole.scale_value:
                kinds.setdefault(figure.measure.key, []).append(figure)
        # (a kind printed twice alike is one part; printed two ways, which is the part is unsaid)
        if any(len({(f.value, f.scale) for f in same}) > 1 for same in kinds.values()):
            continue
        parts = [same[0] for same in kinds.values()]
        # (over the rounding: 100.84 and 9.3 billion units fit in a total of 110.1 billion)
        if len(parts) < 2 or sum(_rounded_bound(p, -1) for p in parts) > _rounded_bound(whole, 1):
            continue
        listed = {by for by, role in whole.links.items() if role == "part"}
        for part in parts:
            if not any(f.id in listed for f in kinds[part.measure.key]) and whole.id not in part.links:
                whole.link(part, "part")


def _rounded_bound(figure: Figure, side: int) -> float:
    """The figure's lowest (side -1) or highest (side 1) value over the rounding of its last printed digit."""
    printed = parse_printed(figure.value)
    return float((printed.value + side * printed.digit_step / 2) * SCALES.get(figure.scale, 1))


_PREPOSITION = frozenset({"at", "in", "of", "for", "from", "on", "by", "to", "across", "among", "through", "within"})


def _head_noun(words: str) -> str:
    """The noun a measure's words name: their last word before any phrase that says where or of what
    ("generation" of "Total power generation" and "Power generation in Pakistan")."""
    found = re.findall(r"[a-z][\w'’-]*", words.lower())
    head = next((i for i, word in enumerate(found) if i and word in _PREPOSITION), len(found))
    return found[head - 1] if head and found[head - 1] not in GENERIC else ""


def _listed_already(whole: Figure, part: Figure, by_id: dict[str, Figure]) -> bool:
    """Whether a part printed alike, of the same period, is a part of the whole already: the same figure restated
    ("fell by one per cent to 100.84 billion kwh" in the lede and again at the end) is one part, not two."""
    return any(role == "part" and i in by_id and (by_id[i].value, by_id[i].scale, by_id[i].period)
               == (part.value, part.scale, part.period) for i, role in whole.links.items())


def _split_another_way(whole: Figure, part: Figure, by_id: dict[str, Figure]) -> bool:
    """Whether a whole already has the parts of a named partition ("in primary industry", "in the secondary
    industry") that this part is no segment of ("in eastern region"): two breakdowns, whose parts add up to the
    whole each, not together."""
    for segments in PARTITIONS:
        listed = [by_id[i] for i, role in whole.links.items() if role == "part" and i in by_id
                  and by_id[i].measure.key & segments]
        if listed and not part.measure.key & (segments | _BESIDE.get(frozenset(segments), frozenset())):
            return True
    # ("overnight visitors" and "same-day visitors" beside "Visitors from mainland China": a breakdown by kind and one
    # by place, the second naming a place the first does not)
    parts = [by_id[i] for i, role in whole.links.items() if role == "part" and i in by_id]
    return any(_names_a_place(whole, listed) != _names_a_place(whole, part) for listed in parts)


def _names_a_place(whole: Figure, part: Figure) -> bool:
    """Whether a part's words name a proper noun its whole's do not ("Visitors from mainland China")."""
    own = set(whole.measure.words.split())
    return any(w[0].isupper() and w not in own for w in part.measure.words.split()[1:])


# Parts that complete a partition beside its segments: power use is the three industries' and the residents'
_BESIDE = {frozenset({"primary", "secondary", "tertiary"}): frozenset({"residents", "residential", "households",
                                                                     "household"})}


_TOTAL_WORDS = re.compile(r"(?i)\b(?:total|overall|aggregate|combined|entire)\b")
_NAME_JOINERS = frozenset({"and", "of", "&"})


def _a_name(words: str) -> bool:
    """Whether a measure's words are a proper name ("The North East", "England & Wales"): every word capitalised."""
    found = [w for w in re.findall(r"[A-Za-z&][\w'’&-]*", words) if w.lower() not in _NAME_JOINERS]
    return bool(found) and all(w[0].isupper() for w in found)


_SORTS = {"forecast": "level", "count": "level", "target": "level", "conversion": "level"}


def _a_slip(figure: Figure, kept: Figure) -> bool:
    """"total profit of 4.43283 trillion yuan" and "of 44.3283 trillion yuan": the same measure and period printed with
    its digits in a row unchanged (four or more, no round number) and its point moved is one figure with a slip, not
    two figures; the restatement check shows it. (A digit changed is no slip: "1.391 million units and 1.395 million
    units" are production and sales.)"""
    digits = _digits(figure)
    return figure.scale == kept.scale and figure.value != kept.value and digits == _digits(kept) and len(digits) >= 4


def _digits(figure: Figure) -> str:
    """A figure's printed digits in a row, point, separators and outer zeros left out ("44.3283": "443283")."""
    return re.sub(r"\D", "", figure.value).strip("0")


def _within_the_hedge(hedged: Figure, exact: Figure) -> bool:
    """"over 22%" and "22.7%", "nearly 3 million" and "2.96 million": an exact figure inside a round one's hedge, one
    figure stated twice (the round one past its last digit's step, the way the hedge points)."""
    if hedged.qualifier not in ("over", "nearly") or exact.qualifier != "exact" or hedged.scale != exact.scale:
        return False
    try:
        low, value = float(hedged.value.replace(",", "")), float(exact.value.replace(",", ""))
    except ValueError:
        return False
    decimals = len(hedged.value.partition(".")[2])
    step = 10 ** -decimals
    return low < value < low + step if hedged.qualifier == "over" else low - step < value < low


def _set_apart(figure: Figure, taken: dict[tuple, int]) -> None:
    """A measure of its own for a figure the words did not tell apart: the measure's next number ("jobs #3")."""
    n = taken[(figure.measure.key, figure.measure.entity)] = taken.get((figure.measure.key, figure.measure.entity),
                                                                       1) + 1
    figure.measure = Measure(figure.measure.key | {f"#{n}"}, f"{figure.measure.words} #{n}", figure.measure.entity)


def _moves_to_one_level(group: list[Figure], by_id: dict[str, Figure], text: str) -> set[str]:
    """"The Philippines’ trade gap widened by 2% to $5.74 billion in January" and "The Philippines’ trade deficit
    widened by 27.2% to $5.74 billion in January": the ids of a group's rates that reached a level printed alike to
    one another rate of another sentence reached, one move told twice, whatever their values (the restatement check
    judges them). (Of one sentence they are two moves: "rose 2.1% (4.2% y/y) to 16.72 million units", "up 5.7 percent
    in current dollars, or 4 percent adjusted for inflation"; nor is a record a move is measured against: "declined
    15.6% ... - the sharpest decline since 18.9% in December 2011 - to $3.74 billion".)"""
    reached: dict[tuple, list[Figure]] = {}
    for rate in group:
        if rate.kind == "growth" and not _SINCE_A_RECORD.search(text, rate.clause[0], rate.start):
            for i in rate.links:
                level = by_id.get(i)
                if level is not None and level.is_level and not level.baseline and level.period == rate.period:
                    reached.setdefault((level.value, level.scale, level.unit), []).append(rate)
    return {rate.id for rates in reached.values() if len({r.sentence for r in rates}) > 1 for rate in rates}


_SINCE_A_RECORD = re.compile(r"(?i)\bsince\s+\S{0,3}$")


def _moved_the_other_way(figure: Figure, other: Figure, text: str) -> bool:
    """Two moves of one measure and period, one a rise and the other a fall, whatever their values."""
    def way(f: Figure) -> str:
        return f.direction or direction_in(text[max(0, f.start - 80):f.start], text[f.end:f.end + 40],
                                           8 if f.kind == "change" else 4)
    return figure.kind in ("change", "growth") and {way(figure), way(other)} == {"rise", "fall"}


# ", ", " and ": nothing but a separator between two printed figures of a list
_A_BARE_RUN = re.compile(r"\s*(?:%|per\s?cent|percent)?\s*(?:,|,?\s*and|&)\s*\S{0,4}")


def _in_a_bare_run(figures: list[Figure], text: str) -> set[str]:
    """The ids of the figures of a bare printed run ("80%, 10%, 10%": neighbours of one sentence, unit and kind with
    nothing but a separator between), with the figures that restate them and those they restate."""
    ordered = sorted(figures, key=lambda f: f.start)
    run = {f.id for one, other in zip(ordered, ordered[1:])
           if one.sentence == other.sentence and one.unit == other.unit and one.kind == other.kind
           and _A_BARE_RUN.fullmatch(text, one.end, other.start) for f in (one, other)}
    run |= {f.id for f in figures if f.restates in run}
    return run | {f.restates for f in figures if f.id in run and f.restates}


def distinguish(figures: list[Figure], text: str) -> None:
    """Figures the drafting gave one measure and one period but different values are two measures its
    words did not tell apart ("Rs 651 crore" and "Rs 1,906 crore" both for the quarter), unless one states
    the other again (a headline): each further value gets a measure of its own, so no check takes two
    different things for one figure stated twice."""
    baselines = {f.id for f in figures if f.baseline}
    groups: dict[tuple, list[Figure]] = {}
    # (a conversion is kept as its source's, never set apart, but a level of its currency that differs from it is
    # another figure: "Sh15.1 billion (15 million euros) for phase two of the Roads 2000 Programme, ..., and 19 million
    # euros for the Ruiru II Dam"; conversions first, so each group measures the others against one)
    for figure in sorted(figures, key=lambda f: f.kind != "conversion"):
        if figure.measure.key and figure.kind != "multiple":
            sort = _SORTS.get(figure.kind, figure.kind)
            # Rates measured against different figures (the year before, the quarter before) differ by their basis.
            basis = frozenset(t for t in figure.links if t in baselines) if figure.kind == "growth" else frozenset()
            # (and by the basis its words name: "down 7.54% over June, up 15.67% over last year"; a basis the register
            # cannot name, the month before "the year to November", leaves the rate to its number)
            basis |= {figure.basis} if figure.kind == "growth" and figure.basis and (
                figure.basis != "sequential" or period_before(figure.period)) else frozenset()
            groups.setdefault((figure.measure.key, figure.measure.entity, figure.period, sort, figure.unit, basis),
                              []).append(figure)
    # The numbers go up across groups of one measure, so a level's #2 and a rate's #2 are never taken for one
    # measure by mistake.
    taken: dict[tuple, int] = {}
    by_value = {f.id: f.value for f in figures}
    by_figure = {f.id: f for f in figures}
    listed_run = _in_a_bare_run(figures, text)
    for group in groups.values():
        # What was kept, looked up rather than searched (a group of thousands made this quadratic): values as
        # printed, values as numbers (sorted, for the ones within 2 %), and the ids kept figures restate.
        # Within 2 % counts only across scales ("3.95 trillion", "3,950 billion"): two values printed in one
        # scale are two figures ("fell 22.9%" and "fell 22.7%").
        values, restated = {group[0].value}, {group[0].restates}
        numbers: dict[str, list[float]] = {group[0].scale: [group[0].scale_value]}
        # (a slip is of any figure kept: "5,950.29 billion yuan" in the lede, "5.95029 trillion" and "59.5029
        # trillion" in the body)
        slipped_from = {_digits(group[0]): [group[0]]}
        told_twice = _moves_to_one_level(group, by_figure, text)
        for figure in group[1:]:
            # ("New Brunswick lost 2,700 jobs", "Prince Edward Island added 2,700 jobs": two moves, one value)
            # (a figure that restates another, or is restated, stays only when that figure's value is one kept: the
            # headline's "Accounted For 80%, 10%, 10%" over the body's "80%, 10%, 10%" is three items, the 10s
            # restating each other, not the 80 said again)
            stated_again = (figure.restates or figure.id in restated) if figure.id not in listed_run else \
                (figure.restates and by_value.get(figure.restates) in values) or (figure.id in restated
                                                                                  and figure.value in values)
            if figure.kind == "conversion" or not _moved_the_other_way(figure, group[0], text) and (
                    stated_again or figure.value in values or any(
                    _within_the_hedge(figure, kept) or _within_the_hedge(kept, figure) for kept in group[:1]) or any(
                    _a_slip(figure, kept) for kept in slipped_from.get(_digits(figure), ()))
                    or any(_near(figure.scale_value, kept) for scale, kept in numbers.items() if scale != figure.scale)
                    or figure.id in told_twice):
                slipped_from.setdefault(_digits(figure), []).append(figure)
                values.add(figure.value)
                bisect.insort(numbers.setdefault(figure.scale, []), figure.scale_value)
                restated.add(figure.restates)
                continue
            _set_apart(figure, taken)
    # ("3 and a half times greater than that which is given to the 47 county governments, 32 times greater than that
    # which is given to Parliament": multiples of one sentence, each against a thing of its own, restate none)
    listed: dict[tuple, list[Figure]] = {}
    for figure in figures:
        if figure.kind == "multiple" and figure.measure.key:
            listed.setdefault((figure.sentence, figure.measure.key, figure.period), []).append(figure)
    for run in listed.values():
        for figure in (f for f in run[1:] if f.value != run[0].value):
            _set_apart(figure, taken)
    by_id = {f.id: f for f in figures}
    # A figure stated again ("1.034 crore (103.55 lakh)", a headline's) is of the measure its figure ended with.
    for figure in figures:
        if figure.restates in by_id and figure.kind not in ("conversion", "multiple"):
            restated = by_id[figure.restates]
            figure.measure = restated.measure
            if restated.sentence == figure.sentence:
                # (beside it, in brackets, the figure's period and role too: "from Rs 1,398 crore (Rs 13.98
                # billion)" is the year before's)
                figure.period, figure.baseline = restated.period, restated.baseline
    # A rate is of the level it is linked to ("Revenue of $5.3 billion, up 25 percent"): when that level became a
    # measure of its own, so does the rate.
    # Linked only to the figure before, a rate is of the level its sentence moves from that figure, whatever words
    # it was given: "Rs. 2305.90 Cr during March 2024 against 1919.43 Cr recorded during March 2023 registering a
    # growth rate of 20.13%".
    moved_from = {(t, f.sentence): f for f in figures if f.is_level and not f.baseline for t in f.links}
    for rate in (f for f in figures if f.kind == "growth"):
        level = next((by_id[t] for t in rate.links if t in by_id and by_id[t].is_level and not by_id[t].baseline), None)
        if level is not None and level.measure.key > rate.measure.key and level.period == rate.period:
            rate.measure = level.measure
        elif level is None:
            level = next((moved_from[(t, rate.sentence)] for t in rate.links
                          if t in by_id and by_id[t].baseline and (t, rate.sentence) in moved_from), None)
            # (not a rate against a plan the article does not give: "about 5% higher than its objective")
            if level is not None and level.period == rate.period and "against-plan" not in rate.measure.key:
                rate.measure = level.measure
    # ... and the level's figure before it ("oil output grew to a total of 1.40 million bpd from 1.28 million posted
    # last month"): the same measure, a period earlier
    for level in (f for f in figures if f.is_level and not f.baseline):
        numbered = {w for w in level.measure.key if w.startswith("#")}
        for before in (by_id[t] for t in level.links if t in by_id and numbered):
            if before.baseline and before.is_level and before.sentence == level.sentence and \
                    _unnumbered_words(before.measure) == level.measure.key - numbered:
                before.measure = level.measure
    # A conversion is of the amount it converts ("Operating profit was RMB22,563 million (USD3,280 million)" under
    # "On a non-GAAP basis"): when that amount became a measure of its own, so does the conversion.
    for conversion in (f for f in figures if f.kind == "conversion"):
        amount = next((by_id[t] for t in conversion.links if t in by_id and by_id[t].kind != "conversion"), None)
        if amount is not None and amount.measure.key > conversion.measure.key:
            conversion.measure = amount.measure


def _close(a: float, b: float) -> bool:
    """The same number in another scale ("3.95 trillion", "3,950 billion"), within 2 %."""
    return bool(a) and abs(a - b) <= 0.02 * abs(b)


def _near(a: float, numbers: list[float]) -> bool:
    """Whether a sorted list holds a number b that a is _close to (|a - b| <= 2 % of |b|, so b lies
    between a/1.02 and a/0.98)."""
    if not a:
        return False
    low, high = sorted((a / 1.02, a / 0.98))
    i = bisect.bisect_left(numbers, low * (1 - 1e-9) if low > 0 else low * (1 + 1e-9))
    while i < len(numbers) and numbers[i] <= high * (1 + 1e-9 if high > 0 else 1 - 1e-9):
        if _close(a, numbers[i]):
            return True
        i += 1
    return False


def first_lede_sentence(figures: list[Figure]) -> int:
    """The lede's first sentence with a figure: with the headline, what the article opens with. A lede
    paragraph's later sentences are body, however long the paragraph."""
    return min((f.sentence for f in figures if f.section == "lede"), default=-1)


def opening(figure: Figure, first_lede: int) -> bool:
    return figure.section == "headline" or figure.section == "lede" and figure.sentence == first_lede


def _base_of(figure: Figure) -> str:
    """What a rate is measured against, when not the year before: a rate of growth over two years ("an increase
    of 8.7% from January to July 2019") restates no rate over one."""
    return "" if figure.kind != "growth" or figure.basis in ("", figure.period, year_before(figure.period)) \
        else figure.basis


def _same_base(figure: Figure, top: Figure) -> bool:
    """Whether a body figure is measured against what a headline or lede figure is: the same basis, or, for a
    headline's "rise by 3.9% on previous quarter" of no period, any period before (the body's "on the July to
    September figure")."""
    ours, theirs = _base_of(figure), _base_of(top)
    if ours == theirs or bool(ours) and theirs == "sequential" and not top.period:
        return True
    # ("Corn Ending Stocks down 36% from September 2020" over "down 36% from Sept. 1, 2020", of Sept. 1, 2021: one
    # basis, the year before, named to the month and to the day)
    ours, theirs = (f.basis or year_before(f.period) or "" if f.kind == "growth" else "" for f in (figure, top))
    return bool(ours and theirs) and "sequential" not in (ours, theirs) and _compatible(ours, theirs)


# "Audi of America reported 7,428 sales for March", "BMW of North America also reported a record first quarter":
# a company named as the subject of a reporting verb, its name before any "of <region>"
_REPORTER = re.compile(r"\W*((?:[A-Z][\w&.'’-]*\s){0,3}?[A-Z][\w&.'’-]*)(?:\s+of\s+(?:[A-Z][\w.-]*\s?){1,3})?\s+"
                       r"(?:also\s+)?(?:reported|posted|said|sold|delivered|announced|recorded|booked|shipped)\b")
# ... or opens the sentence with its results in the possessive ("Discover Financial Services’ net income grew",
# "Discover’s profit after paying preferred dividends rose") or after words that describe it ("Akron-headquartered
# bank-holding company FirstMerit Corp. reported")
_REPORTER_OWNS = re.compile(r"\W*((?:[A-Z][\w&.-]*\s){0,3}?[A-Z][\w&.-]*?)['’]s?\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:net\s+|operating\s+|quarterly\s+)?(?:income|profit|revenue|sales|earnings|loss)\b")
_REPORTER_DESCRIBED = re.compile(r"\W*(?:[\w-]+\s+){1,4}?(?:company|firm|group|maker|bank|retailer|carrier|lender|"
                                 r"giant|operator|producer|manufacturer)\s+((?:[A-Z][\w&.'’-]*\s){0,3}?"
                                 r"[A-Z][\w&.'’-]*)\s+(?:also\s+)?(?:reported|posted|said|announced|recorded)\b")
# capitalised subjects that are no company
_NOT_REPORTERS = frozenset({"It", "He", "She", "They", "We", "This", "That", "The", "Analysts", "Officials",
                            "Economists", "Experts", "Sources", "Data", "Police", "Authorities", "Traders", "Dealers",
                            "Investors", "Executives", "Researchers", "Statistics", "Figures", "Reports"})


def roundup_entities(figures: list[Figure], text: str, main: str) -> None:
    """An article on several companies, each named as it reports ("Audi of America reported 7,428 sales for March
    ... BMW of North America also reported ... March 2001 sales increased to 17,300"): a figure with no entity of
    its own is the company's that last reported, so one company's figures are not set against another's. With one
    company or none named so, nothing changes."""
    reporters: dict[int, str] = {}
    for index, (start, end) in enumerate(sentences(text)):
        found = _REPORTER.match(text, start, end) or _REPORTER_OWNS.match(text, start, end) \
            or _REPORTER_DESCRIBED.match(text, start, end)
        if found and found.group(1) not in _NOT_REPORTERS and found.group(1) != main:
            reporters[index] = found.group(1)
    if len(set(reporters.values())) < 2:
        return
    for figure in figures:
        named = [index for index in reporters if index <= figure.sentence]
        if named and not figure.measure.entity:
            figure.measure = Measure(figure.measure.key, figure.measure.words, reporters[max(named)],
                                     figure.measure.specific)


# The words an acronym's letters skip: "Gross Domestic Product", "Earnings Before Interest and Tax"
_SKIPPED_IN_ACRONYMS = frozenset({"and", "of", "&", "the", "for", "on", "per"})


def spelled_acronyms(figures: list[Figure]) -> None:
    """"ADR increases 2.7% to US$96.93" over "average daily rate increased 2.7 percent to US$96.63": a measure named
    by an acronym alone is the one measure of the article whose words' initials, in a row, spell it."""
    acronyms = {f.measure.words.strip() for f in figures if re.fullmatch(r"[A-Z]{2,6}", f.measure.words.strip())}
    if not acronyms:
        return
    # (each measure's initials once: a long article has thousands of figures and few measures)
    initials: dict[frozenset, tuple[str, int, Measure]] = {}
    for figure in figures:
        if figure.measure.key not in initials:
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", figure.measure.words)
                     if w.lower() not in _SKIPPED_IN_ACRONYMS]
            initials[figure.measure.key] = ("".join(w[0] for w in words).upper(), len(words), figure.measure)
    spelled = {}
    for acronym in acronyms:
        found = [measure for letters, count, measure in initials.values()
                 if count >= len(acronym) and acronym in letters and measure.words.strip() != acronym]
        if len(found) == 1:
            spelled[acronym] = found[0]
    for figure in figures:
        figure.measure = spelled.get(figure.measure.words.strip(), figure.measure)


# "The $2,100 per month figure", "This 20 per cent decrease", "The 1,877 delays": a figure the words point back at
_POINTED_BACK = re.compile(r"(?:^|[\s,;(“\"‘'])(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
# (not "the P1-trillion mark", "the 30-lakh level": a threshold passed, no figure told before)
_AS_A_NOUN = re.compile(r"(?i)\s*(?:(?:per|a|an)\s+[a-z]+\s+)?(?:figure|number|amount|total|sum|tally|"
                        r"increase|rise|decrease|decline|drop|fall|gain|jump|surge|hike|cut|reduction|growth)\b")


def named_again(figures: list[Figure], told: list[Figure], text: str) -> None:
    """"Redfin said the median rent in the D.C. area in September was $2,100 a month ... The $2,100 per month figure
    is the median price": a figure the words point back at ("the", "this", "that" before it, a noun for a figure or
    a move after it) is the one printed alike, of its unit, in the three sentences before: that figure stated again,
    of its period and kind, linked to it (its measure stays its own words': the figure told apart later, "ounces
    #4", keeps the mark the link does not need)."""
    for figure in figures:
        if figure.links or not _POINTED_BACK.search(text[max(figure.clause[0], figure.start - 6):figure.start]) \
                or not _AS_A_NOUN.match(text, figure.end):
            continue
        before = [f for f in told if figure.sentence - 3 <= f.sentence < figure.sentence and f.value == figure.value
                  and f.unit == figure.unit and f.scale == figure.scale and f.kind != "conversion"]
        if len({(f.measure.key, f.period) for f in before}) == 1:
            first = before[-1]
            figure.period, figure.kind = first.period, first.kind
            figure.direction = figure.direction or first.direction
            figure.link(first)


# ", against a target for a primary surplus of ", " against the target of ": from a figure to the plan it is set against
_AGAINST_A_TARGET = re.compile(r"(?i),?\s*(?:as\s+)?against\s+(?:a|the|an?\s+annual|its)\s+(?:revised\s+)?(?:target|goal|"
                               r"budget(?:ed)?\s+(?:target|figure|estimate))\s+(?:for\s+[^,.;\d]{0,50}?)?(?:of\s+)?\S{0,4}")


def against_one_target(figures: list[Figure], text: str, seen: dict[tuple, list[Figure]]) -> None:
    """"... the primary surplus on a cash basis is impressive, reaching €13.84 billion against a target for a primary
    surplus of €4,667 million", and later "The primary balance on a modified cash basis was a surplus of €13,489
    million, against a target for a primary surplus of €4,667 million": two figures of one period set against one
    target, printed alike, are one figure told twice (13.84 for 13.48: a development miss of the thirty-seventh
    session); the tie is inferred, so a contradiction it shows is a tension to confirm. `seen` holds the article's
    earlier such figures by their target, period and unit, kept across its sentences."""
    for figure, target in zip(figures, figures[1:]):
        if not figure.is_level or figure.kind == "conversion" or figure.unit != target.unit or not figure.period \
                or not _AGAINST_A_TARGET.fullmatch(text, figure.end, target.start):
            continue
        same = seen.setdefault((target.value, target.scale, target.unit, figure.period), [])
        if len(same) == 1 and same[0].id not in figure.links:
            figure.link(same[0])
            figure.inferred = True
        same.append(figure)


def restated_later(figures: list[Figure]) -> None:
    """"It fell by one per cent to 100.84 billion kwh in January 2019 ... While conventional electricity generation
    fell by one per cent to 100.84 billion kwh, renewable generation jumped": a figure printed as an earlier one of
    the same measure was, to three digits or more, naming no period of its own, is that figure restated, of its
    period (and so are the rate of its clause that moved to it and the sentence's other figures naming no period),
    not a figure of the period the article had moved on to."""
    first: dict[tuple, Figure] = {}
    for figure in figures:
        if len(re.sub(r"\D", "", figure.value)) < 3 or not figure.is_level:
            continue
        # (printed alike to three digits, unit and scale too: of the same measure, or of one the draft left unnamed)
        key = (figure.kind, figure.unit, figure.scale, figure.value, figure.measure.entity)
        earlier = first.get(key)
        if figure.period_from >= 0 and figure.period:
            first.setdefault(key, figure)
        elif earlier and earlier.sentence < figure.sentence and earlier.period != figure.period and \
                (earlier.measure.key == figure.measure.key or not earlier.measure.key or not figure.measure.key):
            was, figure.period = figure.period, earlier.period
            for other in figures:
                # its clause's rate, and the sentence's figures that name no period either: "While conventional
                # generation fell ... to 100.84 billion kwh, renewable generation jumped by 17.5 per cent to 9.3
                # billion units" speaks of the restated figure's month, not of the span the article had moved on to
                if other.period == was and (other.clause == figure.clause and figure.id in other.links
                                            or other.sentence == figure.sentence and other.period_from < 0):
                    other.period = figure.period


def said_again(figures: list[Figure]) -> None:
    """"a supplementary budget worth less than 7 trillion won", then "The size of the budget 'would not exceed 7
    trillion won'": the sentence after names the same figure, printed alike (value, unit, scale, period and kind),
    with fewer words of its measure: it is that measure, said again (a restatement the check compares)."""
    by_print: dict[tuple, Figure] = {}
    for figure in figures:
        if not figure.is_level or not figure.measure.key:
            continue
        key = (figure.kind, figure.unit, figure.scale, figure.value, figure.period)
        earlier = by_print.get(key)
        if earlier is not None and figure.sentence - earlier.sentence == 1 and figure.measure.key < earlier.measure.key \
                and figure.measure.entity == earlier.measure.entity:
            figure.measure = earlier.measure
        by_print[key] = figure


# A line of key figures: "Earnings per share: $1.37, adjusted, vs. $1.24 expected", "Revenue: $17.80 billion"
_KEY_FIGURE_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]*)?(?P<label>[A-Z][\w&/'’ ()-]{1,40}):[ \t]+\S[^\n]{0,80}$")
_KEY_FIGURE_NOUNS = MEASURE_NOUNS | {"earnings", "eps", "ebitda", "margin"}


# How near a headline's count and the lede's may be and still be one figure told twice, as a share of the headline's
_ONE_COUNT_TOLD_TWICE = 0.01


def moves_told_twice(figures: list[Figure]) -> None:
    """"ADR increases 2.7% to US$96.93" over "average daily rate increased 2.7 percent to US$96.63": a headline's or
    lede's rate that restates the body's, each moving to a level of one unit, tells one move twice; its level
    restates the body's level, so a slip in either shows."""
    by_id = {f.id: f for f in figures}
    for rate in figures:
        told = by_id.get(rate.restates)
        if rate.kind != "growth" or told is None or told.kind != "growth" or rate.section == "body":
            continue
        reached = [by_id[i] for f in (rate, told) for i in f.links if i in by_id and by_id[i].is_level
                   and not by_id[i].baseline and by_id[i].sentence == f.sentence]
        mine = [f for f in reached if f.sentence == rate.sentence]
        theirs = [f for f in reached if f.sentence == told.sentence]
        # (the rate printed alike, to two digits or more, and levels within a tenth of each other: one figure with a
        # slip, not two figures that grew alike)
        if len(mine) == 1 and len(theirs) == 1 and mine[0].unit == theirs[0].unit and not mine[0].restates \
                and mine[0] is not theirs[0] and rate.value == told.value and len(re.sub(r"\D", "", rate.value)) >= 2 \
                and theirs[0].scale_value > 0 and abs(mine[0].scale_value / theirs[0].scale_value - 1) <= 0.1:
            mine[0].restates, mine[0].measure, mine[0].period = theirs[0].id, theirs[0].measure, theirs[0].period


_NEW = re.compile(r"(?i)\b(?:new|fresh|daily|more)\b")
_RUNNING_TOTAL = re.compile(r"(?i)\b(?:total|cumulative|tally|overall|altogether|so far|to date|actives?|now)\b")


def _new_against_total(a: Figure, b: Figure) -> bool:
    """"251 new Covid-19 cases" and "The total number of infections now stands at 2979": the day's count and the
    running total, two measures whatever noun they share."""
    def sort(f: Figure) -> str:
        new, total = bool(_NEW.search(f.measure.words)), bool(_RUNNING_TOTAL.search(f.measure.words))
        return "new" if new and not total else "total" if total and not new else ""
    return {sort(a), sort(b)} == {"new", "total"}


def _a_forecast_over_an_actual(top: Figure, figure: Figure, text: str) -> bool:
    """Whether an opening figure its own words look ahead to ("exports expected to reach 22 million cartons") stands
    over a body figure its words put a year back ("exports reached about 19 million cartons last year"): what is
    foreseen, not what was."""
    return bool(FUTURE.search(text, top.clause[0], top.start)) and figure.own_period \
        and bool(_A_YEAR_BACK.search(text, figure.clause[0], figure.clause[1])) \
        and not FUTURE.search(text, figure.clause[0], figure.end)


def _opens_on_another_name(figure: Figure, top: Figure, text: str) -> bool:
    """Whether the figure's sentence opens on a name the opening figure's sentence does not give. A name is a word the
    text never prints in lower case and capitalises within a sentence too ("cities like London"): not "Similarly", nor
    a dateline's "ISLAMABAD"."""
    start = sentences(text)[figure.sentence][0]
    opening = _NAME.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if not opening or opening.group(0).isupper() or not re.match(r" [a-z]", text[opening.end():]):
        return False
    name = re.escape(opening.group(0))
    if re.search(rf"\b{name.lower()}\b", text) or not re.search(rf"[a-z,] {name}\b", text):
        return False
    top_start, top_end = sentences(text)[top.sentence]
    return opening.group(0).lower() not in text[top_start:top_end].lower()


def _latest_of_its_dates(figure: Figure, body: list[Figure]) -> Figure:
    """The figure of the latest period among a measure's figures of one unit and kind the body gives for several."""
    latest = figure
    for other in body:
        if other.unit == figure.unit and other.kind == figure.kind and other.measure.key == figure.measure.key \
                and other.period and ends_before(latest.period, other.period):
            latest = other
    return latest


# "second quarter", "third-quarter": a period named by its ordinal ("first" says nothing of a measure already)
_ORDINALS = frozenset({"second", "third", "fourth"})
_AN_ORDINAL_PERIOD = re.compile(r"(?i)\b(?:second|third|fourth)[- ](?:quarter|half)\b")


def headline_to_body(figures: list[Figure], text: str) -> None:
    """A headline or opening figure states a body figure again: the same kind and unit, and the same value or
    a measure sharing a word. It takes the body figure's measure and, where its own is vaguer, its period. The
    lines of key figures a results story opens with ("Revenue: $17.80 billion vs. $17.42 billion expected") are
    read as its headline's."""
    first_lede = first_lede_sentence(figures)
    moves: dict[int, str] = {}
    # (the currency most of the article's money is in: whose fiscal year a headline's bare "Q2" may count in)
    money = Counter(f.unit.split()[0] for f in figures if _is_money(f)).most_common(1)
    currency = money[0][0] if money else ""

    def move_of(figure: Figure) -> str:
        if id(figure) not in moves:
            moves[id(figure)] = _move_of(figure)
        return moves[id(figure)]

    key_lines = [found.span() for found in _KEY_FIGURE_LINE.finditer(text)
                 if key_of(found.group("label")) & _KEY_FIGURE_NOUNS]
    tops = [f for f in figures if opening(f, first_lede) or any(a <= f.start < b for a, b in key_lines)]
    opening_ids = {id(f) for f in tops}  # (by identity: "f not in tops" compared every field of every figure)
    body = [f for f in figures if id(f) not in opening_ids]
    # the segment words of partitions the article splits its figures by (two segments of one named at least):
    # "domestic" alone, in an article on domestic flights, is its scope, not a segment
    named = frozenset().union(*(f.measure.key for f in figures)) & _SEGMENT_WORDS
    split = frozenset().union(*(words for words in PARTITIONS if len(words & named) >= 2))
    # The lede first, so a headline that restates the lede takes the measure the lede ends up with.
    for top in sorted(tops, key=lambda f: f.section != "lede"):
        if top.unit == "count" and top.scale:
            # "reserved amount reaches 1.804tr" over "raising the outlay to Rs1.804 trillion": the headline drops
            # the currency the article states the same figure in
            money = {f.unit for f in figures if f is not top and _printed_alike(f, top) and f.scale == top.scale
                     and _is_money(f)}
            if len(money) == 1:
                top.unit = money.pop()
        alike_kind = [f for f in [g for g in tops if g.section == "lede" and top.section == "headline"] + body
                      if _HEADLINE_SORT.get(f.kind, f.kind) == _HEADLINE_SORT.get(top.kind, top.kind)
                      and f.unit == top.unit and f is not top
                      # ("the private investment ... in primary industry": a segment's figure restates no whole's)
                      and not (f.measure.key - top.measure.key) & split
                      # ("Excluding gas, the inflation rate was 2.2 per cent": a measure with a part left out restates
                      # no whole)
                      and not {w for w in f.measure.key - top.measure.key if w.startswith(("excluding-", "except-"))}
                      and _same_side(f.qualifier, top.qualifier) and _same_move(f, top, move_of)
                      and not _new_against_total(f, top)
                      and not (f.measure.entity and top.measure.entity and f.measure.entity != top.measure.entity)
                      and not _a_forecast_over_an_actual(top, f, text)
                      # ("Nokia shares drop despite 25% profit rise" is the profit made, not the 42% analysts forecast;
                      # "increased 13%" may restate a budget estimate's "13.30 percent")
                      and (f.estimate == top.estimate or _printed_alike(f, top) or _rounds_to(f, top))]
        candidates = [f for f in alike_kind if _same_base(f, top)]
        # ("Q4 net down 12 percent" over "down by 12.3 percent over the previous quarter": a headline's rate names no
        # basis; the body's own figure, rounded, says which)
        based = {id(f) for f in candidates}  # (by identity: "in" compared every field of every figure)
        unbased = [f for f in alike_kind if id(f) not in based] if top.section == "headline" and not _base_of(top) \
            else []
        # The same figure in a period that does not contradict: "4.9 percent in October" is not the 4.9 percent
        # of the third quarter the body gives for something else.
        same_value = [f for f in candidates + unbased if (_printed_alike(f, top) or _rounds_to(f, top)
                                                          and not (top.section == "headline"
                                                                   and _opens_on_another_name(f, top, text)))
                      and (not top.period or not f.period or _compatible(top.period, f.period)
                           or _one_quarter_named(top, f, text, currency) or _months_counted(top, f, text))]
        # "GDP fell 0.1%" is the lede's GDP, not "services increased by 0.1%": where the article gives the figure's
        # own measure, a figure of another measure with the same value is a coincidence
        # An amount of money or matter printed alike, unit and scale too, is no coincidence: "Health Gets RM31Bil"
        # over "The Health Ministry's RM31 billion allocation", whatever words the headline's title case gave it;
        # it is the figure restated, before one that only rounds to it ("record £1.9bn" is this summer's
        # £1.9 billion, not the previous record of £1.86 billion).
        alike = [f for f in same_value if _printed_alike(f, top) and f.scale == top.scale]
        # (a rate printed to three digits, "Net Profit Down 74.3 Pct" over "down 74.3 pct from a year earlier", is
        # as little a coincidence, whatever words the body's clause gave it)
        # (nor a count printed to four digits: "1,239 dengue hospitalisations" over "admission of 1,239 new dengue
        # patients")
        digits = len(re.sub(r"\D", "", top.value).lstrip("0"))
        one_amount = bool(alike) and (top.is_amount and top.unit not in ("count", "percent", "pp")
                                      or top.unit == "percent" and digits >= 3 or top.unit == "count" and digits >= 4)
        if one_amount:
            same_value = alike
        # ("Brazil's GDP tops expectations with 1.2% growth in second quarter": a measure named by its period's ordinal
        # names none, not "The second quarter performance" of the body's 1.3% rise in services)
        key = top.measure.key - _ORDINALS if _AN_ORDINAL_PERIOD.search(top.measure.words) else top.measure.key
        named = [f for f in same_value if key & f.measure.key]
        if named or any(key & f.measure.key for f in candidates) and not one_amount:
            same_value = named
        elif top.section == "lede" and top.unit == "count" and top.measure.key & MEASURE_NOUNS and not one_amount:
            # (nor is a lede's small count of a measure it names that of another the body names: "17 new deaths" is
            # not "the new confirmed cases include 17 in Hubei Province")
            same_value = [f for f in same_value if not f.measure.key & MEASURE_NOUNS]
        if top.baseline and top.own_period:
            # ("inflation came down to 5.2 percent in August compared to 5.7 percent recorded in July 2017" is no
            # "Liquid Energy Fuels inflation declined to 5.7 percent for the year ending August 2017": a figure
            # compared with, of a period its words name, restates only a figure of that very period)
            same_value = [f for f in same_value if f.period == top.period]
        if top.section == "headline" and top.kind == "growth" and not candidates:
            # "Acme Revenue Up 9.1%" over a body of levels only: the rate of the body's measure it names
            candidates = [f for f in figures if f.section != "headline" and f.is_level and f.measure.key
                          and f.measure.key <= top.measure.key and not f.baseline]
            if candidates:
                top.measure, top.period = candidates[0].measure, candidates[0].period
                continue
        # A headline shortens the body's words ("H1 foreign trade" for "China's foreign trade in the first half");
        # a lede is a sentence of its own: only the same figure ties it to the body.
        # (not a figure whose sentence opens on a name the headline does not give: "London nevertheless still lost to
        # the Big Apple when it came to total rides clocking in 9.9 million rides" under "Citi Bikers Took More Than 10
        # Million Rides in 2015" is another's)
        sharing = [f for f in candidates if top.section == "headline" and top.measure.key and top.measure.key <= f.measure.key
                   and not _opens_on_another_name(f, top, text)]
        # ("Workers' remittances in first two months soar to $ 1.2 b": the body's figure of the months the headline
        # names, not February's $ 548.1 m the opening lines give first)
        if sharing and top.period and sharing[0].period != top.period and inside(sharing[0].period, top.period):
            sharing = [f for f in sharing if f.period == top.period] or sharing
        # ("23% growth in profit" over a body of "Net profit stood at Rs 343 crore" and "Operating profit grew 27%": a
        # headline word the body names two measures by says which of them it means no more than the other)
        if len({f.measure.key & _A_MEASURES_KIND for f in figures if f.section != "headline"
                and (f.unit == top.unit or f.is_amount and top.kind == "growth")
                and top.measure.key < f.measure.key and f.measure.key & MEASURE_NOUNS
                and f.measure.key & _A_MEASURES_KIND}) > 1:
            sharing = []
        # "will top ¥100 trillion for the first time" over "to about ¥101.5 trillion": a mark the opening says the
        # figure passes, and the one figure the body gives near it (within a factor of two) of the measure, named with
        # fewer or more of its words, in a period that agrees
        passed = [f for f in candidates if top.qualifier in THRESHOLDS and f.qualifier in ("exact", "about")
                  and not (top.section == "headline" and _opens_on_another_name(f, top, text))
                  and top.measure.key and f.measure.key
                  and (top.measure.key <= f.measure.key or f.measure.key <= top.measure.key)
                  and top.scale_value > 0 and 0.5 <= f.scale_value / top.scale_value <= 2
                  # ("by nearly 11 percent for murders" is no "rape (7.5 percent)": a rate passes its mark by a
                  # tenth at most)
                  and (top.unit != "percent" or abs(f.scale_value / top.scale_value - 1) <= 0.1)
                  and f.period and (not top.period or _compatible(top.period, f.period))]
        # ("nearly 19,000 recoveries" over "225 more recoveries ..., raising the total counts to 18,895": the one figure
        # near the mark is the one restated, before any other its words share)
        # ("national coronavirus tally hits 15,289" over "The nationwide tally of COVID-19 patients stands at 15,293":
        # a headline's count of four digits or more and the lede's one count within a per cent of it, of a measure
        # sharing a word, are one figure told twice; a slip shows as their contradiction)
        near = [f for f in candidates if top.section == "headline" and top.unit == "count" and f.section == "lede"
                and f.sentence == first_lede and digits >= 4 and top.measure.key & f.measure.key
                and top.scale_value > 0 and abs(f.scale_value / top.scale_value - 1) <= _ONE_COUNT_TOLD_TWICE]
        # ("as total hits 52,588" over "the total number of confirmed cases increased to 54,588": a headline's running
        # total of four digits or more and the body's one running total of that noun are one figure told twice)
        running = [f for f in candidates if top.section == "headline" and top.unit == "count" and digits >= 4
                   and _RUNNING_TOTAL.search(top.measure.words) and _RUNNING_TOTAL.search(f.measure.words)
                   and top.measure.key & f.measure.key & MEASURE_NOUNS]
        # ("8.2Gt CO2e traded in 2009" over "The global carbon market in 2009 saw 82 billion metric tonnes": the
        # same digits, two or more, tenfold apart in the same unit and period are one figure, its point slipped)
        slipped = [f for f in candidates if top.section == "headline" and _point_slipped(top, f)
                   and (not top.period or not f.period or _compatible(top.period, f.period))]
        match = (same_value or (passed if len(passed) == 1 else []) or (slipped if len(slipped) == 1 else [])
                 or sharing or (near if len(near) == 1 else [])
                 or (running if len({f.value for f in running}) == 1 else []) or [None])[0]
        if match is None:
            continue
        if not top.period and top.qualifier in THRESHOLDS and not top.baseline and not _printed_alike(match, top):
            # ("stocks have crossed the 23-mt level" over "stood at 22.998 mt on August 15 and at 23.267 mt on August
            # 20": a mark of no period of its own is passed by the latest figure the body dates the measure by)
            match = _latest_of_its_dates(match, body)
        if top.section == "lede" and top.measure.specific and top.measure.key & MEASURE_NOUNS \
                and not match.measure.key & MEASURE_NOUNS:
            # ("collected N20.62 trillion in tax revenue" told again as "The growth rate stands at 40.8 percent,
            # translating to N20.62 trillion": the lede's own words name what the body's sentence does not, for each
            # of its figures the sentence gave the same words)
            for told in [f for f in figures if f.sentence == match.sentence and f.measure.key == match.measure.key]:
                told.measure = top.measure
        else:
            top.measure = match.measure
        top.restates = match.id
        if id(match) not in based or _base_of(match) != _base_of(top):
            # (a headline rate that names no basis restating the body's, or only "the previous quarter": the body's)
            top.basis = match.basis
        # (months the headline names, "April-November", are its own: no vaguer naming of the body's fiscal year)
        if not top.period or _vaguer(top.period, match.period) and not _A_SPAN_OF_MONTHS.fullmatch(top.period) \
                or _one_quarter_named(top, match, text, currency) or _months_counted(top, match, text):
            top.period = match.period
        bases = {f.id for f in figures if f.baseline}
        if set(top.links) & bases:
            continue  # its own words say what it is measured from
        if not _told_alike(top, match):
            # ("Q2 ARPU declines 6.3%" over "declined 23% ... from Rs 188 in a year-earlier quarter": far apart and
            # no slip of one another, the headline's may be on another basis, the quarter before)
            continue
        for target, role in match.links.items():  # a rate's basis ("from Rs 126 crore") is the headline's too
            if target != top.id and target in bases:
                top.links.setdefault(target, role)
                if (match.trend in ("above", "below") or match.kind == "share" and match.trend in ("rising", "falling")) \
                        and not top.trend:
                    # ("higher than the Street estimate of Rs 2,041 crore": compared, too; a share's "to 11 percent
                    # from 7.2 percent": moved from it, read as the move of a share, no part of the share before)
                    top.trend = match.trend


def _told_alike(figure: Figure, other: Figure) -> bool:
    """Whether two figures may be one told twice: within a tenth of one another, or one the other misprinted."""
    high = max(abs(figure.scale_value), abs(other.scale_value))
    return abs(figure.scale_value - other.scale_value) <= NEAR * high \
        or misprinted(figure.scale_value, other.scale_value, figure.value, other.value)


# The words that tell one kind of a measure from another: net or operating profit, gross or net revenue
_A_MEASURES_KIND = frozenset({"net", "operating", "gross", "pre-tax", "pretax", "after-tax", "core", "adjusted",
                              "consolidated", "standalone", "underlying", "attributable"})


def _point_slipped(a: Figure, b: Figure) -> bool:
    """Whether two figures print the same two or more significant digits tenfold apart ("8.2" and "82")."""
    digits = re.sub(r"\D", "", a.value).strip("0")
    return len(digits) >= 2 and digits == re.sub(r"\D", "", b.value).strip("0") and a.scale_value > 0 \
        and b.scale_value > 0 and round(abs(math.log10(a.scale_value / b.scale_value)), 6) == 1


def _printed_alike(a: Figure, b: Figure) -> bool:
    """The same number printed with or without its thousands separators: a headline's "1279 crore" (a URL slug keeps
    no commas) is the body's "Rs 1,279 crore"."""
    return a.value == b.value or "headline" in (a.section, b.section) and \
        re.sub(r"[,\s]", "", a.value) == re.sub(r"[,\s]", "", b.value)


# A headline's amount may restate a level, a forecast or a conversion the body gives in that currency.
_HEADLINE_SORT = {"forecast": "level", "conversion": "level", "target": "level"}


def _rounds_to(body: Figure, top: Figure) -> bool:
    """A headline's "RM3.7t" for the body's "RM3.72 trillion": the body's figure rounded to the headline's digits."""
    number = re.fullmatch(r"\d+(?:\.(\d+))?", re.sub(r"[,\s]", "", top.value))
    if not number or not top.scale_value or not body.scale_value or len(body.value) <= len(top.value):
        return False
    printed = float(number.group(0))
    in_top_scale = body.scale_value / (top.scale_value / printed)
    digits = len(number.group(1) or "")
    # ("1.85 lakh crore" over "1,85,776.55 crore": digits cut rather than rounded, which the check shows; a figure
    # of three digits at least, a precise one: "27 lakh crore" over 27.84 is a round figure of something else)
    cut = math.floor(in_top_scale * 10 ** digits + 1e-9) / 10 ** digits
    return round(in_top_scale, digits) == printed or \
        cut == printed and len(re.sub(r"\D", "", top.value).lstrip("0")) >= 3


def _same_side(a: str, b: str) -> bool:
    """Qualifiers one figure may carry twice: "over 100 per cent" is not the "almost 100 per cent" of others."""
    sides = {"over": 1, "at least": 1, "nearly": -1, "at most": -1}
    return sides.get(a, 0) * sides.get(b, 0) >= 0


def _same_move(a: Figure, b: Figure, move_of) -> bool:
    """"a fall in department stores (-0.3 per cent)" is not the "(0.3 per cent)" of a list of rises: where a
    minus sign says one went down, the other must read as a fall too. `move_of`: _move_of, remembered per figure
    (a headline's figures are each tried against every body figure)."""
    if not (a.direction or b.direction):
        # ... and where the words beside each say which way ("after rising 0.2%" is no "after falling 0.2%")
        return not (a.kind in ("growth", "change") and {move_of(a), move_of(b)} == {"rise", "fall"})
    # (a figure no word or sign gives a way reads as a rise: "up by Sh200b" over "to raise Sh200 billion more")
    return (move_of(a) or "rise") == (move_of(b) or "rise")


def _move_of(figure: Figure) -> str:
    if figure.direction:
        return figure.direction
    at = value_at(figure.quote, figure.value)
    return direction_in(figure.quote[:at], figure.quote[at + len(figure.value):]) if at >= 0 else ""


_A_SPAN_OF_MONTHS = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")


def _compatible(a: str, b: str) -> bool:
    """Periods one of which may be a vaguer naming of the other (equal, or one inside the other)."""
    try:
        pa, pb = parse_period(a), parse_period(b)
    except ValueError:
        return a == b
    if pa.start is None or pb.start is None:
        return pa.bare == pb.bare or _vaguer(a, b) or _vaguer(b, a)
    return pa.start <= pb.start <= pb.end <= pa.end or pb.start <= pa.start <= pa.end <= pb.end


def _one_quarter_named(top: Figure, body: Figure, text: str, currency: str) -> bool:
    """"Infotech's Q4 net down 12 percent" over "during the fourth quarter ended March 31": a headline's quarter named
    without a year is the body's quarter of that number, whatever calendar the body's end date puts it in."""
    if top.section != "headline" or top.period_from < 0:
        return False
    own = QUARTER_LABEL.match(text, top.period_from)
    if not own or own.group("year") is not None:
        return False
    if body.period_from >= 0:
        named = QUARTER_LABEL.match(text, body.period_from)
    else:
        # (the body's figure may take its period from its sentence's words before it: "Rs.54 crore net profit during
        # the fourth quarter ended March 31, down by 12.3 percent")
        before = re.split(r"(?<=[.!?])\s|\n", text[max(0, body.start - 200):body.start])[-1]
        named = next(iter(reversed(list(QUARTER_LABEL.finditer(before)))), None)
    if named is None:
        # "Tata Steel Q2 net up 37 pc" over "for the July-September quarter": a quarter the body names by its months
        # is the headline's when it is that quarter of the fiscal year of the article's currency's country
        return _fiscal_quarter(body.period, currency) == quarter_number(own)
    return quarter_number(own) == quarter_number(named)


def _fiscal_quarter(period: str, currency: str) -> int:
    """The number of a calendar quarter in the fiscal year of the currency's country (0 when unknown)."""
    fiscal = of_currency(currency)
    quarter = re.fullmatch(r"\d{4}Q([1-4])", period)
    if fiscal is None or quarter is None:
        return 0
    return quarter_in_fiscal_year(int(quarter.group(1)), fiscal.first_month)


# A span a headline counts in months and names no year of: "in first 10 months", "in 11 months"
_MONTHS_COUNTED = re.compile(r"(?i)(?:the\s+)?(?:first\s+)?(?P<n>\d{1,2}|[a-z]+)\s+months\b(?!\s+(?:of|to|through|ended|ending)\b"
                             r"|\s+(?:\(?[A-Z][a-z]+[-–\s]+)?(?:FY\s?)?\d{2,4})")


def _months_counted(top: Figure, body: Figure, text: str) -> bool:
    """"Trade deficit reaches historic $39.6b in first 10 months" over "during the first 10 months (July-April) of the
    current fiscal year 2021-22": a headline's months counted without a year are the body's span of that many
    months, whatever calendar year the bare count was first read in."""
    if top.section != "headline" or top.period_from < 0:
        return False
    own = _MONTHS_COUNTED.match(text, top.period_from)
    if not own:
        return False
    n = int(own.group("n")) if own.group("n").isdigit() else COUNT_WORDS.get(own.group("n").lower(), 0)
    return 0 < n < 12 and _length_in_months(body.period) == n


def _length_in_months(period: str) -> int:
    """How many months a period spans: 4 for "2024-07/2024-10" and for "FY2025 (first 4 months)"; 0 if not months."""
    first = FIRST_MONTHS_OF_FISCAL.fullmatch(period)
    if first:
        return int(first.group(2))
    try:
        span = parse_period(period)
    except ValueError:
        return 0
    if span.start is None or span.end is None or span.start.day != 1:
        return 0
    return (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1


def _vaguer(period: str, other: str) -> bool:
    """A headline's "Q3" read as a calendar quarter when the body says the fiscal one."""
    try:
        a, b = parse_period(period), parse_period(other)
    except ValueError:
        return False
    # (a month is no vaguer naming of a span that ends in it: "2019-01" is inside "2018-04/2019-01" as text only)
    return b.fiscal and not a.fiscal or (a.start, a.end) != (b.start, b.end) and a.bare in other and "/" not in other
