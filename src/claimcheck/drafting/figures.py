"""One drafted register row per number: what each figure is, read from its clause.

Kind, unit, scale, qualifier, period and measure come from the figure's own words and its
clause; relations between figures are drafted afterwards (links.py).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..article import Article
from ..extract import CURRENCY_WORD, Mention, find_mentions
from ..periods import parse_period, year_before
from ..printed import SCALES, parse_printed
from ..units import currency_of, named_with
from ..vocabulary import FALL_WORDS, QUALIFIER_WORDS, RISE_WORDS, direction_in
from . import averages
from .measures import Measure, key_of, measure_of
from .text import RATE_MOVE_NOUN, quote_for, sentences
from .when import COUNT_WORDS, UNDER_REVIEW, as_fiscal_quarter, period_of

# ("projects" the verb, "the company projects revenue of", not the noun: "signed agreements for new projects")
FUTURE = re.compile(r"\b(?:expected|expects?|will|forecast|forecasts|projected|poised|set to|estimated to|"
                     r"projects?(?=\s+(?:a|an|the|its|their|revenue|sales|profit|growth|earnings|income|output|"
                     r"production|demand|that|to)\b|\s+\S{0,4}\d)|"
                     r"aims? to|target(?:s|ed)?|likely to|plans? to|guidance|outlook|seeks?|predict(?:s|ed|ing)?|"
                     r"would(?!\s+have\b)|(?-i:may|might))\b", re.I)
# ("may touch a new record"; "in May" is a month; "would have earned just 35 cents" is what was, another way counted)
_SHARE_WORDS = re.compile(r"\b(?:(?<!per )share|ratios?|accounting for|account(?:s|ed)? for|contribut\w*|compris\w*|of (?:the )?"
                          r"(?:total|global|all|world|gdp|overall)|proportion|margins?|occupancy|penetration|rate of|"
                          r"percent of|per cent of|which is|equivalent to|respectively)\b", re.I)
_GROWTH_WORDS = re.compile(r"\b(?:growth|grew|grow|growing|increase[ds]?|rise|rising|rose|raise|hike|year[- ]on[- ]year|compared to|"
                           r"year[- ]over[- ]year|y/y|yoy|y-o-y|q-o-q|qoq|annual(?:ly)?|from a year|a year (?:ago|earlier)|"
                           r"compared with|higher|lower|expanded|expansion|gain(?:ed)?|decline[ds]?|declining|"
                           r"jump(?:ed)?|surge[ds]?|soared|slumped|dropped|fell|down|up|"
                           # ("Operating income forecast was lowered 15 percent, from 80 billion yen to 60 billion yen")
                           r"lowered|raised|trimmed)\b", re.I)
# "Rough estimates from the Ministry of Finance (MoF) showed that last year, revenues hit ...": the source's count of
# what happened, no forecast of it
_ESTIMATES_SHOWED = re.compile(r"(?i)\b(?:(?:rough|preliminary|initial|official|latest|provisional)\s+)?estimates?\s+"
                               r"(?:from|by|of)\s+(?:the\s+)?[A-Z][^,;.]{0,80}?\b(?:showed|shows?|indicated?|revealed)\b")
_ESTIMATE = re.compile(r"\b(?:estimates?|expectations?|consensus|forecasts?|predict\w*|analysts?['’]?|guidance|"
                       r"projections?|outlook)\b", re.I)
# "the 7.6% median expectation of the 13 economists", "the 3.1% consensus forecast": a figure its noun calls an estimate
ESTIMATE_NOUN = re.compile(r"(?i)\s*(?:(?:median|mean|average|consensus|market|analysts?['’]?|economists?['’]?|poll|"
                            r"survey)\s+){0,2}(?:expectations?|estimates?|forecasts?|consensus|projections?|predictions?)\b")
# "a 62.5 percent increase of Non-performing loans ratio from": a move that names, capitalised, the measure it is of
_A_MOVE_OF_A_NAMED_THING = re.compile(r"\s*(?:percent|per cent|%|pc)?\s*(?:rise|gain|fall|drop|increase|decline|jump|"
                                      r"surge|growth|advance|slide)\s+(?:in|of)\s+(?:the\s+)?"
                                      r"(?!(?:January|February|March|April|May|June|July|August|September|October|"
                                      r"November|December|Q[1-4]|H[12]|FY)\b)(?P<words>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
                                      r"(?=\s+(?:from|to|at|in|on|over|compared|against|year|during)\b|\s*[,.;]|$)")
_GAP_TO_THE_ESTIMATE = re.compile(r"(?i)\s*(?:[a-z]+\s+)?(?:more|less|higher|lower|above|below)\s+than\s+(?:what\s+)?"
                                  r"(?:analysts|wall street|economists|the market|markets|expected|forecast|estimated|"
                                  r"(?:the\s+)?(?:estimates?|consensus|expectations?|forecasts?))\b"
                                  # ("30 percent higher than the estimate of Rs 1.99 lakh crore": a figure moved from)
                                  r"(?!\s+(?:of|at|for)\b)")
# "$3.7 million above estimate, bringing the fiscal-year total to": the gap to a plan named without a figure, a move;
# nothing is compared with the figure after the words
# ("$45.9 million (-5.1%) below the forecast": its rate in brackets on the way)
GAP_TO_A_PLAN = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?(?:above|below|over|under|short\s+of|ahead\s+of|behind)\s+"
                           r"(?:the\s+|its\s+)?(?:estimates?|forecasts?|targets?|projections?|expectations?|"
                           r"budget(?:ed)?|anticipated|expected|plan)\b(?!\s+(?:of|at|for)\b|\s+\d)")  # ("under Budget 2020": the budget's name)
# Who forecasts others' figures, and their verbs: "Wall Street was only expecting revenue of", "analysts were
# modeling revenue at".
# "higher than the expected RMB136 billion", "than the expected drop in 3.9%": the figure an adjective calls
# forecast ("an estimated 3 million" is an approximate level, not a forecast)
_EXPECTED_BEFORE = re.compile(r"(?i)\b(?:the|an?)\s+(?:market\s+|consensus\s+)?(?:expected|anticipated|forecast|predicted)"
                              r"\s+(?:(?:rise|increase|growth|gain|drop|decline|decrease|fall|contraction)\s+(?:of|in)\s+)?\S{0,4}$")
_FORECASTERS = re.compile(r"\b(?:Wall Street|analysts?|economists?|the market|markets|consensus|investors|traders)\b"
                          r"[^.;]{0,40}?\b(?:expect\w*|model\w*|forecast\w*|predict\w*|estimat\w*|anticipat\w*|"
                          r"calls? for|looking for|pencil\w*|project\w*|had seen)\b", re.I)
_PER_SHARE = re.compile(r"\b(?:earnings per share|per-share earnings|per share earnings|eps)\b(?:\s+\w+)?\s+(?:of|at|"
                        r"was|were|to|from)?\s*$", re.I)
# "contributed 57.8 percent", "respectively contributed 31.2 percent and 11.0 percent": shares of what follows.
_CONTRIBUTED = re.compile(r"\bcontribut\w*\s+(?:\w+\s+)?(?:[\d.,]+\s*(?:percent|per cent|%|pc)\s*(?:,|and|,\s*and)\s*)*"
                          r"(?:about|around|nearly|over|almost|some)?\s*$", re.I)
# ("a rise of 13.7% from the previous year, made up of 86.2% foreigners and 13.8% Turkish citizens": the shares a
# whole is made up of, the second item of the list too)
_SHARE_VERB_BEFORE = re.compile(r"(?i)\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|ke|kes|king)\s+up(?:\s+of)?|"
                                r"represent(?:s|ed|ing)?|compris(?:e|es|ed|ing)(?:\s+of)?|composed\s+of)\s+"
                                r"(?:[\d.]+\s*(?:%|per\s?cent|percent)\s+(?:[a-z][\w-]*\s+){1,3}and\s+)?"
                                # ("representing a 4.4% rental vacancy rate": an article before the share)
                                r"(?:only|about|around|nearly|just|some|over|almost|roughly|an?|"
                                r"a mere|less than|more than|close to)?\s*$")
_SOURCE = re.compile(r"[Aa]ccording to (?:the |a |an )?(?P<source>[A-Z][\w&.'()\- ]{1,80}?)(?=,|\.|;| reported| said|$)")


@dataclass
class Figure:
    id: str
    mention: Mention
    sentence: int
    clause: tuple[int, int]
    quote: str
    kind: str
    unit: str
    scale: str
    value: str
    qualifier: str
    period: str
    measure: Measure
    section: str
    source: str = ""
    direction: str = ""
    trend: str = ""
    links: dict[str, str] = field(default_factory=dict)   # id -> role
    note: str = "drafted automatically: check kind, unit, period and metric"
    estimate: bool = False   # an analysts' estimate or a forecast the actual figure is compared with
    baseline: bool = False   # an earlier figure another is compared with ("from Rs 126 crore")
    own_period: bool = False  # the period words right after it are its own ("a quarter ago")
    restates: str = ""        # the body figure a headline or lede figure states again
    # a growth rate's basis when it is not the year before: "sequential" (the quarter or month before its period),
    # or the period its clause compares it with ("20 per cent higher compared to January-March 2023")
    basis: str = ""
    period_from: int = -1     # where the period words it took its period from start (-1: none)
    # where relative period words of its own start that the clause's year overrode ("In 2020, ... 1,072 infections
    # were reported last year"): the date row of those words is checked against the figure's period (-1: none)
    overridden_from: int = -1
    kind_guessed: bool = False  # a percentage with no word saying whether it is a share or a rate
    inferred: bool = False    # its measure or a link was inferred from another sentence
    upper: str = ""           # the upper end of a range it opens ("between $87 billion and $93 billion"), as printed
    upper_end: int = -1       # where that upper end's mention ends in the text (-1: no range)
    each: bool = False        # said of every one of several ("three countries with over 2 million cases each"): no whole
    organic: bool = False     # a rate without currency effects or acquisitions ("6.0 per cent in organic terms")

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end

    @property
    def scale_value(self) -> float:
        """The figure as a plain number (0 when it is not one), to tell a total from its parts."""
        return scaled_value(self.value, self.scale)

    @property
    def is_level(self) -> bool:
        return self.kind in ("level", "forecast", "count")

    @property
    def is_amount(self) -> bool:
        return self.kind in ("level", "forecast", "count", "change", "conversion") and self.unit not in ("percent", "pp")

    def link(self, other: "Figure", role: str = "") -> None:
        if other.id != self.id and other.id not in self.links:
            self.links[other.id] = role


def qualifier_before(before: str) -> str:
    """The qualifier word right before the number ("nearly 13", "over Rs 900", "to more than $5"); a
    qualifier word further back qualifies something else ("under review grew 13 per cent")."""
    tail = before.lower()[-40:]
    found = _QUALIFIER_BEFORE.search(tail)
    if not found:
        return "exact"
    if _MOVED_UP_TO.search(tail) or _A_RISE_IN_IT_UP_TO.search(before.lower()[-90:]):
        return "exact"  # "edged up to 63.2 percent": where it moved, not a ceiling
    if found.group("comparative") and _A_RATE_BEFORE.search(tail, 0, found.start()):
        return "exact"  # "9.7 percent above 23.81 million tonnes": the figure a rate is measured against
    if _A_RATE_OVER.search(tail):
        return "exact"  # "a 14.3% increase over Rs 1,375.5 crore": the figure the rate's move is measured over
    return _QUALIFIER_OF[found.group("comparative") or found.group("word")]


_A_RATE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpc|\btimes)\s*$")


# ("imports added up to 5.619 trillion yen": what they totalled)
_MOVED_UP_TO = re.compile(r"\b(?:edg|inch|tick|crept|creep|mov|shot|shoot|jump|climb|went|go|push|pick|step|ramp|add|"
                          r"bump|lift|rais|revis|scal|driv|rose|ris|notch|trend)\w*\s+up\s+to\s*\S{0,3}$")
# "reported an increase in gross petroleum imports up to $143.4 billion": a rise in a thing, then where it reached (not
# "an increase of up to 5%", a ceiling)
_A_RISE_IN_IT_UP_TO = re.compile(r"\b(?:increase|rise|jump|surge|climb|hike)\s+in\s+[^.;,\d]{1,40}?\s+up\s+to\s*\S{0,3}$")
# "passenger vehicle sales were up to 2.04m units from 1.85m": "were up to" a figure and the one it moved from is a
# move ("discounts were up to 50%" a ceiling)
_WAS_UP_TO = re.compile(r"(?i)\b(?:was|were|is|are)\s+up\s+to\s*\S{0,3}$")
# (", from 29,200t": the from-figure may follow a comma)
_FROM_AFTER = re.compile(r",?[^,.;]{0,30}?\bfrom\s+\S{0,4}\d")
# "totalling up to P40.239 Billion", "adding up to": what the figures come to, no bound
_ADDING_UP_TO = re.compile(r"(?i)\b(?:total\w*|add(?:s|ed|ing)?|amount(?:s|ed|ing)?|sum(?:s|med|ming)?)\s+up\s+to\s*\S{0,3}$")


# One expression for every qualifier word, the longest first, ending right before the number: the leftmost match
# is the longest phrase ("no more than" is at most, not the "more than" inside it; "would not exceed" likewise).
# (One expression, not one per word: 48 searches per figure took a tenth of drafting's time.)
_QUALIFIER_OF = {word: qualifier for qualifier, words in QUALIFIER_WORDS.items() for word in words}
_LONGEST_FIRST = sorted(_QUALIFIER_OF, key=lambda w: -len(w))
# "below the 3.3 percent forecast", "more than the 200,000 expected": a comparison with that figure, which is exact
# ("just less than a Rs 5,000 crore increase" qualifies it)
_COMPARATIVES = {"below", "under", "above", "over", "less than", "more than", "fewer than", "higher than", "lower than"}
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w$])(?:(?P<comparative>" + "|".join(re.escape(w) for w in _LONGEST_FIRST if w in _COMPARATIVES) +
    r")\s*(?:a total of\s*|an?\s+)?|(?P<word>" + "|".join(re.escape(w) for w in _LONGEST_FIRST if w not in _COMPARATIVES) +
    r")\s*(?:a total of\s*|the\s*|an?\s+)?)(?:us\$|\$|rs\.?|₹|rm|€|£|¥|w)?\s*$")


# A rate measured without currency effects or acquisitions: "6.0 per cent in organic terms", "like-for-like sales rose
# 3 percent", "at constant exchange rates", "in local currency"
_BASIS_WORDS = (r"(?:in\s+organic\s+terms|on\s+an?\s+(?:organic|like-for-like|comparable|constant[- ]currency)\s+basis|"
                r"organically|like-for-like|at\s+constant\s+(?:currency|currencies|exchange\s+rates?)|"
                r"in\s+constant\s+currency|in\s+local\s+currenc(?:y|ies)|excluding\s+(?:currency|exchange[- ]rate)\s+"
                r"(?:effects|movements|fluctuations))")
_ON_ANOTHER_BASIS = re.compile(rf"(?i)\s*(?:per\s?cent|percent|%|pc)?\s*,?\s*{_BASIS_WORDS}")
_ON_ANOTHER_BASIS_BEFORE = re.compile(rf"(?i)\b(?:organic|{_BASIS_WORDS})\b[^,;]{{0,40}}$")


def read_figure(fid: str, article: Article, mention: Mention, sentence: int, clause: tuple[int, int],
                sentence_span: tuple[int, int], main_entity: str) -> Figure | None:
    """The row a numeric mention drafts to (None for a temporal mention: it is a figure's period)."""
    text = article.text
    before, after = text[clause[0]:mention.start], text[mention.end:clause[1]]
    sentence_text = text[sentence_span[0]:sentence_span[1]]
    value, unit, scale, kind = mention.value, "", mention.scale, ""
    terms_currency = _currency_in_terms(text, sentence_span[0], mention.start, article)
    if mention.kind == "amount":
        currency = _currency(mention, article)
        unit = f"{currency} per {mention.per}" if mention.per else currency
        kind = _amount_kind(before, after, sentence_text)
    elif mention.kind == "physical":
        # ("average yield — 4.72 tons/ha": a crop's yield, per the area it grew on)
        unit = f"{mention.unit} per {mention.per}" if mention.per in ("hectare", "acre") else mention.unit
        kind = _amount_kind(before, after, sentence_text)
    elif mention.kind == "percent":
        unit = mention.unit
        # ("raises rate by 25 basis points": a change in hundredths of a point, as a change in points is)
        kind = "change" if unit in ("pp", "basis points") else _percent_kind(before, after, text[clause[0]:clause[1]])
        # ("an 8.8 percent increase, making up 15.7 percent of China's total foreign trade": a share its verb says)
        guessed = kind == "share" and (not _SHARE_WORDS.search(before[-60:] + after[:40])
                                       or object_of_a_comparison(before, after)) \
            and not _OF_A_WHOLE_AFTER.match(after) and not _SHARE_VERB_BEFORE.search(before)
        if unit == "percent" and averages.per_year(before):  # "the average annual growth rate is 4.3%"
            kind, unit, guessed = "growth", averages.PER_YEAR, False
    elif mention.kind == "number" and not scale and _A_YEARS_NAME_BEFORE.search(before):
        return None  # ("the past Iranian calendar year 1400", "fiscal year 1402": a year's name, of any calendar)
    elif mention.kind == "number" and _PERCENTAGE_OF.search(before):
        unit, kind = "percent", "share"  # "registering a pass percentage of 99.9": a percentage, its sign left out
    elif mention.kind == "number" and scale and terms_currency:
        # "In rupee terms, the exports during the first month were worth 220.1 billion": money in that currency
        unit, kind = terms_currency, _amount_kind(before, after, sentence_text)
    elif mention.kind == "number":
        # "an approximately 81 lakh crore increase": a scaled number the noun after it calls a move
        # ("1,200 more admissions per day in 2014/15 than previous year": how many more than before, a move too)
        restated = _RESTATED_AS_RATE.match(after)
        unit, kind = "count", "change" if scale and _MOVE_NOUN_AFTER.match(after) or _moved_by(before, after) \
            or _MORE_THAN_AFTER.match(after) or _A_RATE_THEN_OR.search(before.rstrip()) and direction_in(before, "", 8) \
            or restated and _A_MOVES_NOUN.fullmatch(restated.group("move") or "") and re.match(r"\s+or\s", after) \
            or _UP_BY.search(before) and _ON_A_PERIOD_BEFORE.match(after) or _a_move_then_its_rate(before, after) \
            or _JOBS_MOVED.search(before) and _JOBS_AFTER.match(after) \
            else "level" if scale else "count"
        if _A_CHANGE_OF.search(before.rstrip()) and not _A_NET_CHANGE.search(before.rstrip()):
            kind = "change"  # "20,206 confirmed cases which is an increase of 521 since the figures announced yesterday"
        if not scale and _TO_AFTER_POINTS.search(before):
            unit, kind = "points", "level"
        if _UNITS_OF_POWER.match(after) and _about_power(article):
            unit = "kWh"  # "from 101.86 billion units generated": in power reporting a unit is a kilowatt-hour
    elif mention.kind == "multiple":
        unit, kind = "times", "multiple"
        value = re.sub(r"(?i)\s*times$", "", value)
    elif mention.kind == "streak":
        unit, kind = "count", "count"  # "for the 34th straight month": the run's length, counted
    elif mention.kind == "fraction":
        # ("an increase of nearly a quarter", "grew by a third": how far a figure moved, told as a fraction of it)
        # ("with double-digit spikes in the nation's midsection": a size in words, then the move's noun)
        moved = _A_CHANGE_OF.search(before.rstrip()) or _moved_by(before, after) or _UP_BY.search(before) \
            or _A_MOVES_NOUN_AFTER.match(after)
        unit, kind = "percent", "growth" if moved else "share"
        value = re.sub(r"(?i)^(?:more|less) than |^almost |^nearly |^about | of$", "", mention.text)
    else:
        return None
    if mention.kind == "amount" and not mention.per and (_PER_SHARE.search(before[-40:]) or mention.scale in ("", "cent")
                                                         and _PER_SHARE_AFTER.match(after)):
        unit = f"{unit} per share"  # "diluted earnings per share of $10.30", "78 cents to 85 cents per share"
    qualifier = qualifier_before(before)
    if kind == "conversion" and qualifier != "about":
        qualifier = "exact"  # (a conversion restates its amount; only "(about Rs 1,250 crore)" says it is rough)
    if qualifier == "at most" and (_WAS_UP_TO.search(before) and _FROM_AFTER.match(after) or _ADDING_UP_TO.search(before)):
        qualifier = "exact"
    if mention.kind == "fraction" and mention.text.lower().startswith(("more than", "less than")):
        qualifier = "over" if mention.text.lower().startswith("more") else "nearly"
    if kind == "forecast" and qualifier == "exact":
        qualifier = "expected"
    guessed = locals().get("guessed", False)
    quote = quote_for(text, clause, mention.start, mention.end, value=value)
    if value.lower() not in quote.lower():
        quote = mention.text
    measure = measure_of(_without_footnote_markers(text), clause, mention.start, mention.end, mention.kind if mention.kind != "number" else
                         "count", main_entity)
    if kind == "growth" and (named := _A_MOVE_OF_A_NAMED_THING.match(after)):
        # "a 62.5 percent increase of Non-performing loans ratio from 1.44 percent": the rate's own measure
        measure = Measure(key_of(named.group("words")), named.group("words"), measure.entity)
    source = _SOURCE.search(sentence_text)
    # "consensus, which calls for fiscal 2016 sales of": a relative clause speaks of the noun before it
    scope = text[max(sentence_span[0], clause[0] - 60):mention.start] if re.match(r"[\s,]*which\b", before) else before
    scope = _ESTIMATES_SHOWED.sub(" ", scope)
    # ("$3.7 million above estimate, bringing the fiscal-year total to $178.7 million": the plan is the gap's, not
    # the total's)
    scope = GAP_TO_A_PLAN.sub(" ", scope)
    # ("topping expectations for a 0.9% growth — strongest since September last year when they climbed 7.4%": the words
    # before a dash are another figure's, the estimate's; what follows it is said of the actuals)
    scope = re.split(r"\s[—–]\s|\s--\s", scope)[-1]
    # ("has exceeded the projection with an increase in enrollment of 80 students": what beat the estimate, "with" it)
    scope = re.split(r"(?i)\b(?:estimates?|expectations?|consensus|forecasts?|projections?|guidance|outlook)\s+with\s",
                     scope)[-1]
    estimate = bool(_ESTIMATE.search(scope) or _FORECASTERS.search(scope) or _EXPECTED_BEFORE.search(before) or
                    re.match(r"\s*(?:\S+\s){0,2}(?:predicted|forecast|expected) by\b", after) or ESTIMATE_NOUN.match(after)
                    # "about $600 million less than analysts had forecast": the gap to the estimate, no move of the
                    # measure itself
                    or _GAP_TO_THE_ESTIMATE.match(after) or GAP_TO_A_PLAN.match(after)
                    # "Revenue: $17.80 billion vs. $17.42 billion expected": the figure the word closes is the forecast
                    or re.match(r"\s*(?:expected|estimated|forecast|projected)\s*(?:[,;.)]|$)", after))
    if unit.endswith(" per share") and not re.search(r"(?i)share|\beps\b", measure.words):
        # "net income of $20.1 million, or 20 cents per share": the amount per share is a measure of its own
        # (of profit, it is earnings per share: "its bottom line totaled $7.67 billion, or $0.98 per share" is the EPS
        # of "-EPS (Q4): $0.98")
        key = measure.key - {"profit"} | {"eps"} if "profit" in measure.key else measure.key | {"share"}
        measure = Measure(key, f"{measure.words} per share".strip(), measure.entity)
    if estimate:  # "analysts had predicted 3.5 percent": another figure of the measure, not the measure stated twice
        measure = Measure(measure.key | {"estimate"}, f"{measure.words}, estimate", measure.entity)
    # ("In rupee terms, the exports ... were worth 220.1 billion, which is 11.23 percent higher", in a story told in
    # dollars: the measure told in another currency than the story's, apart from its dollar figures and their rates)
    if kind in ("level", "growth", "change") and terms_currency and terms_currency != _first_currency(article):
        measure = Measure(measure.key | {f"in {terms_currency} terms"}, f"{measure.words} (in {terms_currency} terms)",
                          measure.entity)
    # "a fall in cafes (-0.3 per cent)", "−1.2%": a minus sign says it went down, whatever the verb;
    # "shares fell $2.45, or 9.6 percent": the rate went the way of the amount before "or"
    negative = kind in ("growth", "change") and bool(re.search(r"(?:\(\s?[-–]|−)$", before)) \
        or kind == "growth" and (_move_restated(before) == "fall" or bool(_A_FALL_THEN_ITS_BRACKET.search(before)))
    return Figure(fid, mention, sentence, clause, quote, kind, unit, scale, value, qualifier, "", measure,
                  article.section_of(mention.start), source=source.group("source").strip() if source else "",
                  direction="fall" if negative else _way_of_the_rate(after) if kind == "change" else "",
                  estimate=estimate, kind_guessed=guessed,
                  each=bool(_EACH.match(after)),
                  # ("sales grew 6.0 per cent in organic terms to €1.54bn, compared to €1.44bn": another rate than the
                  # reported levels' move, which the next sentence gives: 6.9 per cent)
                  organic=kind == "growth" and bool(_ON_ANOTHER_BASIS.match(after)
                                                    or _ON_ANOTHER_BASIS_BEFORE.search(before)))


# "Tk 16.40 in the negative", "in negative territory": a level below zero, printed without its sign
BELOW_ZERO_AFTER = re.compile(r"(?i)\s*(?:in\s+the\s+negative|in\s+negative\s+territory)\b")
# "$8.62 cents per share", "78 cents to 85 cents per share": per share, said after the figure or after the range's end
_PER_SHARE_AFTER = re.compile(r"(?i)\s*(?:cents?\s+|(?:to|and|-|–)\s*\$?\d[\d.,]*\s*(?:cents?\s+)?)?(?:per|a)\s+share\b")
# "with over 2 million cases each", "Rs 10 lakh each": the figure of every one of several, not their total
_EACH = re.compile(r"(?i)\s*(?:[a-z][\w-]*\s+){0,3}each\b")


# "a pass percentage of 99.9", "the percentage stood at 99.92": a number the words call a percentage
_PERCENTAGE_OF = re.compile(r"(?i)\bpercentage\s+(?:of|was|is|at|stood at|rose to|fell to|to)\s*$")
_FOOTNOTE_MARKER = re.compile(r"(?<=[A-Za-z])\(\d{1,2}\)")


@functools.lru_cache(maxsize=4)
def _without_footnote_markers(text: str) -> str:
    """"The median existing-home price(2) for all housing types": the text with its footnote markers blanked
    (same length, so positions hold), whose measure reads past them."""
    return _FOOTNOTE_MARKER.sub(lambda m: " " * len(m.group(0)), text)


def half_step(figure: "Figure") -> float | None:
    """Half the last printed digit's step, in the figure's plain units: how far rounding may have moved it (None
    when its value is no printed number)."""
    try:
        printed = parse_printed(figure.value)
    except ValueError:
        return None
    if not printed.value:
        return None
    return float(printed.digit_step) / 2 * figure.scale_value / float(printed.value)


@functools.lru_cache(maxsize=65536)
def scaled_value(value: str, scale: str) -> float:
    """Figure.scale_value, parsed once per value and scale: the linking steps ask it of every figure many times."""
    try:
        return float(parse_printed(value).value * SCALES.get(scale, 1))
    except ValueError:
        return 0.0


_AMBIGUOUS = re.compile(r"^(?:(¥)|(\$)(?!US|NZ|A\s?\d)|(Rs)\.?|(Shs)(?![A-Za-z])|(?-i:(K))(?=\d))", re.I)  # ("$US91.8 billion" names its dollar)
# Currency words several countries use: "68.6 billion pesos" from Manila, "25 billion pounds" from Cairo, "22.495
# trillion shillings" in Dar es Salaam, "18.8 billion kroner" in Copenhagen; "dollars" whose country names them
_AMBIGUOUS_WORD = re.compile(r"(?i)\b(?:pesos?|pounds?|shillings?|rupees?|rials?|riyals?|kron(?:e|er)|kwacha|dollars?)\b")


def _currency(mention: Mention, article: Article) -> str:
    """"¥100 trillion" in an article on Japan's budget is yen; "Rs1.804 trillion" in Islamabad is Pakistani
    rupees; "25 billion pounds" in one on Egypt's trade is Egyptian pounds: an ambiguous symbol or word is the
    currency the article's words and outlet point to."""
    found = _AMBIGUOUS.match(mention.text)
    if re.match(r"(?i)[\d.,]+[\s-]?cents?\b", mention.text):
        return _article_currency("$", article)  # "20 cents": of the dollar the article means
    if not found:
        word = _AMBIGUOUS_WORD.search(mention.text)
        # ("34.7 billion Egyptian pounds": the word's own country first, then the article's)
        return (named_with(mention.text, word.group(0)) or _article_currency(word.group(0), article)) if word \
            else mention.currency
    return _article_currency(next(g for g in found.groups() if g), article)


@functools.lru_cache(maxsize=8)
def _article_currency(symbol: str, article: Article) -> str:
    """currency_of reads the whole article: asked once per symbol and article, not once per figure (an
    article of a thousand dollar figures took half a minute)."""
    return currency_of(symbol, article)


# "In rupee terms", "in dollar terms": the currency the sentence's bare amounts are in
_IN_CURRENCY_TERMS = re.compile(rf"(?i)\bin\s+(?:US\s+)?(?P<currency>{CURRENCY_WORD})\s+terms\b")


def _currency_in_terms(text: str, sentence_start: int, at: int, article: Article) -> str:
    """The currency "in rupee terms" names before a figure in its sentence, or ''."""
    terms = _IN_CURRENCY_TERMS.search(text, sentence_start, at)
    return _currency_named(terms.group("currency"), article) if terms else ""


@functools.lru_cache(maxsize=8)
def _first_currency(article: Article) -> str:
    """The currency of the article's first amount: the one its story is told in."""
    first = next((m for m in find_mentions(article.text) if m.kind == "amount"), None)
    return _currency(first, article) if first else ""


def _currency_named(word: str, article: Article) -> str:
    """The currency a word names in this article ("rupee" in Karachi is the Pakistani rupee; "riyals" a plural)."""
    try:
        return _article_currency(word, article)
    except ValueError:
        return _article_currency(re.sub(r"(?i)s$|\s+sterling$", "", word), article)


_UNITS_OF_POWER = re.compile(r"(?i)\s*(?:units|BUs?|MUs?)\b")
_ABOUT_POWER = re.compile(r"(?i)\b(?:kwh|gwh|twh|mwh|electricity|power (?:generation|demand|supply|consumption))\b")


@functools.lru_cache(maxsize=8)
def _about_power(article: Article) -> bool:
    return bool(_ABOUT_POWER.search(article.text))


# ("India reported almost 3 million fewer malaria cases in 2017": how many fewer, a move)
# ("Additions to waiting lists are also 109k (c.12.4 %) higher than in the same period in 2022": the move's rate in
# brackets between)
_MOVE_NOUN_AFTER = re.compile(r"(?i)\s*(?:\(\s*(?:c\.\s?|about\s|around\s|approx\.\s?|~)?[\d.]+\s*(?:%|per\s?cent|percent|pct)"
                              r"\s*\)\s*)?(?:higher|lower|more|less|fewer|increase|rise|decline|drop|fall|jump)\b")
_A_MOVES_NOUN_AFTER = re.compile(rf"(?i)\s+(?:{RATE_MOVE_NOUN}|spike|hike|gain|slump|surge|plunge)s?\b")
# "3 million fewer malaria cases", "5,000 more jobs": the way the comparative after a move's size says it went
# (not "1,200 more per day than in 2013/14": a move of a daily average, no size of a move of the year's total)
_MORE_OR_FEWER = re.compile(r"(?i)\s*(?P<way>more|fewer|less)\b(?!\s+(?:per|a|an|each)\s+(?:day|week|month|hour)\b)")
# "1,200 more admissions per day in 2014/15 than previous year", "10,400 more per day on average than in 2004/05"
# ("35,000 (13 pct) more than a year ago": the move's rate in brackets between)
# ("which is 95 more (or 14% more) than in the corresponding period of 2019": the move told again in brackets between)
_MORE_THAN_AFTER = re.compile(r"(?i)\s*(?:\(\s*[\d.]+\s*(?:%|per\s?cent|percent|pct|pc)\s*\)\s*)?(?:more|fewer|less)\b(?:\s*\([^()]{0,30}\))?[^.;:\d]{0,40}?(?:\d{4}(?:/\d{2})?[^.;:\d]{0,20}?)?\bthan\b")
# "U.S. Adds 114,000 Jobs", "the economy shed 20,000 positions": jobs made or lost, a move of employment, no count of
# jobs there are
_JOBS_MOVED = re.compile(r"(?i)\b(?:adds?|added|adding|gain(?:s|ed|ing)?|shed(?:s|ding)?|los(?:es|t|ing)|cut(?:s|ting)?|"
                         # ("pumping out 32,000 new jobs in March": made, as "created" is)
                         r"slash(?:es|ed|ing)|creat(?:es|ed|ing)|(?:pump|churn|crank)(?:s|ed|ing)?\s+out|"
                         r"generat(?:es|ed|ing))\s+(?:a\s+net\s+|about\s+|around\s+|nearly\s+|some\s+|"
                         r"an\s+estimated\s+)?$")
_JOBS_AFTER = re.compile(r"(?i)\s*(?:(?:new\s+|net\s+|nonfarm\s+|non-farm\s+)?(?:jobs|positions|workers|payrolls)\b|"
                         # ("gained 1.06 million new ones to record 53.71 million", "added 738,462 new subscriptions",
                         # "adding 214,282 mobile phone users to its network": what a stock of them gained or lost)
                         r"new\s+[a-z]|(?:[\w-]+\s+){0,2}(?:subscribers|subscriptions|users|customers|members|"
                         r"connections|accounts|clients)\b)")


# the move itself as a noun: "the increase", "the increased amount", "the cut"
MOVE_NOUN = r"(?:increased?|rise|hike|jump|gain|decline|drop|fall|reduction|cut|decrease|increment)(?:\s+amount)?"
# a clause whose subject is the move itself: "the increase is", "the increased amount ... is nearly"
_THE_CHANGE_IS = re.compile(rf"\b(?:the|this|that)\s+{MOVE_NOUN}\b[^.;,]{{0,120}}?\b(?:is|was|stands at|stood at|"
                            r"amounts to|amounted to|comes to|came to)\s*(?:about|around|nearly|over|some|approximately|"
                            r"almost|just|roughly)?\s*(?:rs\.?|inr|\$|₹)?\s*$")


# "an increase of", "a rise in exports by": the amount is the change
# ("a drop in the bill of $1.1 billion", "a drop in the 'natural population' - excluding new migrants - of 183,000":
# what moved named between the move and its amount, an aside in dashes allowed)
# (not with a rate before the move, the amount then the level: "a 15.7 percent decline in its profit after tax of
# N44.8 billion")
_CHANGE_NOUN = r"(?:increase|rise|decline|drop|fall|gain|jump|reduction|cut|addition|decrease)"
_A_CHANGE_OF = re.compile(rf"(?i)(?:\b{_CHANGE_NOUN}\s+(?:of|in\s+(?:[\w'’-]+\s+){{1,4}}by)|(?<![\d%]\s)(?<!per\scent\s)"
                          rf"(?<!percent\s)\b{_CHANGE_NOUN}\s+in\s+(?:[\w'’-]+\s+){{1,4}}(?:[-–—][^-–—\d]{{1,40}}[-–—]\s+)?of)\s*(?:about|around|nearly|over|some|approximately|almost|roughly|"
                          # ("a fall of more than 49 000 tonnes on the year prior": a hedge of how far)
                          r"(?:just\s+)?(?:more|less|fewer)\s+than|close\s+to|just\s+(?:over|under))?$")


# ("for a net increase of 3,200": the total its list of moves adds up to, sums.stated_totals)
_A_NET_CHANGE = re.compile(r"(?i)\b(?:net|total|combined|overall)\s+\w+\s+of\s*\S{0,12}$")


def _moved_by(before: str, after: str) -> bool:
    """"boosting its crude oil production by 100,000 bpd to reach 3.14 million bpd", "grew by 1.8 million from 11.25
    million in July to 13.14 million in August": an amount after "by" and before the level it moved to is a move.
    So is one after a verb of moving and "by", whatever follows ("the number of unemployed also increased by 27,000,
    from 10,459,000 in February"; "increased by 173,000."): no level is ever "increased by"."""
    # ("decreased ... by 18,800 and 7,100 respectively": the list's later figures were moved by too)
    by = re.search(r"(?i)\bby\s*(?:about|around|nearly|some|approximately)?\s*(?:\d[\d,.]*\s*(?:,|and)\s*){0,3}$",
                   before.rstrip())
    if not by:
        return False
    # ("Unemployment decreased for both men and women over the period, by 18,800": a move set off from its verb by
    # the words of whose it was)
    set_off = re.search(r"(?i)\b(\w+)\b[^\d;,]{0,60},\s*$", before[:by.start()])
    return bool(direction_in(before[:by.start()], "", reach=3)) or bool(set_off and any(
        w in FALL_WORDS or w in RISE_WORDS for w in re.findall(r"[a-z]+", set_off.group(0).lower()))) or bool(
        re.match(r"\s*(?:[a-z()]+\s){0,3}(?:from\s+(?:[^.;]|\.\d){1,40}?\s)?to\s+(?:reach\s+|hit\s+)?(?:about|around|nearly|over)?"
                 r"\s*\S*\d", after))


# "marking a 14.3% increase over Rs 1,375.5 crore": the figure a rate's move is measured over, no amount moved
# ... and "an increase of 168.26% over the N311.98 per litre paid in February 2022"
# ("up 2.2% on the 39.97 million tonnes taken in during the same period last year", "up 5% on 2018's £3.9 billion":
# a rate "on" an amount, as British writers put it, measures from that amount)
# ("a 5% jump on the $787 million for the previous quarter", "6.5 percent up on the 727,571": the rate's move first)
# ("marking a 5 percent year-on-year increase over the 1,734 BU generated in FY 2023-24": the span named between)
_OVER_A_SPAN = r"(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)\s+|y-o-y\s+|annual\s+)?"
_A_RATE_OVER = re.compile(rf"(?:%|\bper\s?cent|\bpercent|\bpc)\s+{_OVER_A_SPAN}{RATE_MOVE_NOUN}\s+over\s*\S{{0,4}}$"
                          rf"|(?:%|\bper\s?cent|\bpercent|\bpc)\s+(?:{RATE_MOVE_NOUN}|up|down|higher|lower)\s+on\s+"
                          r"(?:the\s+|last\s+year['’]s\s+|\d{4}['’]s\s+)?\S{0,4}$"
                          rf"|\b{RATE_MOVE_NOUN}\s+of\s+[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+over\s+(?:the\s+)?\S{{0,4}}$"
                          r"|\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+on\s+"
                          r"(?:the\s+|last\s+year['’]s\s+|\d{4}['’]s\s+)?\S{0,4}$")


# "This dropped to 54.1 percent or $8.69 billion": the amount a share reached restates, a level too
_A_LEVEL_RESTATED = re.compile(r"\b(?:to|at|reach(?:ed|es|ing)?|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+)?[\d.]+\s*"
                               r"(?:percent|per\s?cent|%)\s*,?\s*or\s*\S{0,4}$")


# "(H1 2018: 47.3 billion kWh, growth: 18 percent)": a figure a bracket labels, its move told after it
_LABELLED_IN_BRACKETS = re.compile(r"\(\s*[^():,;]{1,30}:\s*\S{0,4}$")


def labelled_in_brackets(before: str) -> bool:
    """Whether the words before a figure open a bracket with a label: "(H1 2018: "."""
    return bool(_LABELLED_IN_BRACKETS.search(before))


# ", a 2.4% increase", ", up 5.2%", ", an increase of 6.9%": a rate after the comma that follows an amount
# ("sea-based workers sending $560 million (a 1.9 percent increase)": the same in brackets)
_A_RATE_AFTER_THE_COMMA = re.compile(r"(?i)\s*[,(]\s*(?:an?\s+|up\s+|down\s+)?(?:(?:increase|rise|growth|gain|decrease|"
                                     r"decline|drop|fall)\s+of\s+)?(?:about\s+|nearly\s+)?[\d.]+\s*"
                                     r"(?:%|per\s?cent|percent)")


# ", up from 3.75 million ha": the figure before moved from the one after, with no "to" between
_MOVED_FROM_AFTER = re.compile(r"(?i)(?:(?!\bto\b|\.\s)[^;]){0,80}?,\s*(?:up|down)\s+from\s+\S{0,4}\d")


_MOVED_TO_ANOTHER_AFTER = re.compile(r"(?i)\s*(?:has\s+|had\s+)?(?:increased|decreased|rose|fell|grew|dropped|declined|"
                                     r"jumped|climbed|went\s+up|went\s+down)\s+to\s+\S{0,4}\d")


def _amount_kind(before: str, after: str, sentence: str) -> str:
    """level, forecast or change for an amount: "fell 60,000 bpd to 1.155 million" is a change,
    "to 1.155 million" a level."""
    tail = before.rstrip().lower()
    if _A_RATE_OVER.search(tail) or _A_LEVEL_RESTATED.search(tail) or labelled_in_brackets(tail):
        return "level"
    if _MOVED_TO_ANOTHER_AFTER.match(after):
        return "level"  # ("(R19,44 increased to R24,19)": the level a move started from, the one it reached after)
    if _A_CHANGE_OF.search(tail) or GAP_TO_A_PLAN.match(after):
        return "change"  # "registering an increase of Rs 4,500 billion", "$3.7 million above estimate"
    if _THE_CHANGE_IS.search(tail):
        return "change"  # "The increased amount in the Union Budget ... is nearly Rs 20,000 crore"
    if _moved_by(tail, after):
        return "change"
    if _A_RATE_AFTER_THE_COMMA.match(after) and not direction_in(before, ""):
        return "level"  # "Alaska (8.51 Bcf/d, a 2.4% increase)": the amount, then its move as a rate
    if re.search(r"\d\s*(?:%|per\s?cent|percent|pc)\s*$", tail):
        return "level"  # "rose 31.93 per cent 225,901 tonnes from 171,234 tonnes": the level, its "to" left out
    # "The income of catering was 602.6 billion yuan, down by 44.3%": a level, its move told after it ("The figure
    # rose more than 133,000 bpd": a move, "more than" its hedge)
    hedged = re.sub(r"\s+(?:more|less|fewer)\s+than$", "", tail)
    # ("18,789 mt of tin, down 3.7%, 25,757 mt of molybdenum, up 27.8%": the move before the comma is the item
    # before's; an amount "of" a thing after it opens the next item of the list)
    # ("reached respectively 3.750 billion yuan (up 9,5%), 3.350 billion yuan (up 10,1%)": a list whose items each
    # carry their move in brackets)
    next_item = bool(re.search(r"(?:%|percent|per cent)\s*\)?\s*,\s*$", tail)) and bool(
        re.match(r"\s*of\s+[a-z]|\s*\(\s*(?:up|down|\+|[-−])", after))
    # ("deposits were Rs 3,84,586 crore against Rs 3,36,120 crore, an increase of 14%": the figure compared with)
    # ("the secondary industry used 537.9 billion kilowatt-hours, increasing by 3.6%": what a verb of doing took, made
    # or sold is a level, its move told after it)
    # ("the tropics lost 4.1 million hectares (10.1 million acres) of primary forest in 2022, up from 3.75 million
    # ha": what was lost is a level, its move from the year before told after it)
    moved_after = _MOVED_FROM_AFTER.match(after)
    if not next_item and not moved_after and direction_in(before, after) and not re.search(r"\b(?:to|at|of|from|than|reach(?:ed|ing)?|hit|stood at|was|were|"
                                                     r"against|versus|vs\.?|compared\s+(?:with|to)|"
                                                     r"is|are|totall?ed|amounted to|came in at|"
                                                     r"consumed|used|produced|generated|sold|collected|earned|exported|"
                                                     r"imported|shipped|handled|received|attracted|spent|paid|recorded|registered|posted|reported|logged|booked|"
                                                     # ("while Yandal contributed 121 872 oz, down slightly from 125 072
                                                     # oz": what a part gave, its move told after it)
                                                     r"contributed|delivered|supplied|provided|accounted\s+for|"
                                                     # ("have crossed Rs2.2 trillion, an increase of Rs0.8tr": the
                                                     # level a threshold verb says was passed)
                                                     r"crossed|surpassed|exceeded|topped|breached|"
                                                     # ("tons of sesame seeds ..., worth $10.37 million an increase of
                                                     # 28.81%": what a quantity was worth)
                                                     r"worth|valued\s+at|valuing)\s*"
                                                     r"(?:\s(?:the|its))?\s*"
                                                     r"(?:about|around|nearly|over|some|approximately)?$", hedged) \
            and not re.search(r"[-–—]\s*$", hedged):  # ("and imports – 7,314.7 million dollars": a dash for "were")
        return "change"
    if _MOVE_NOUN_AFTER.match(after) and not re.search(r"\b(?:of|at)$", tail):
        return "change"
    restated = _RESTATED_AS_RATE.match(after)
    if restated and (direction_in(before, "") or restated.group("move")) and not (
            _MORE_OR_FEWER.fullmatch(restated.group("move") or "") and re.search(r"\bto\s*$", hedged)):
        # "up 200.84 points or 1.24 percent", "38 points or 0.09 per cent higher at 41,181": one move (but "rose to
        # Rs. 164.2 billion or 28 per cent more than the figure of Rs. 127 billion" is the level moved to)
        return "change"
    if _A_RATE_THEN_OR.search(tail):
        return "change"  # "rising by approximately 27 percent, equivalent to 280,000 barrels per day": the same move
    # ("$1.37, adjusted, vs. $1.24 expected": the word after the next figure is that figure's)
    # ("was 19 per cent higher at Rs 43.88 billion compared to the target of Rs 36.78 billion": the words after a
    # comparison word are the next figure's)
    own_after = re.split(r"\d|\b(?:compared|against|than|versus|vs\.?|while|whereas|from)\b", after[:30])[0]
    # ("reached Rs3,956 billion compared to a target of Rs4,098 billion, leaving a shortfall of Rs142 billion": a gap
    # named after the last figure is what was missed, forecast only if its own words say so)
    own_before = re.split(r"\d", before)[-1]
    if A_GAP.search(own_before):
        before = own_before
    # ("The deficit in goods, which Trump particularly targets, grew to $891.2 billion": a clause of "which" set
    # off by commas tells of its noun, not of the figure the main verb gives)
    before = _ASIDE_OF_WHICH.sub(",", before)
    return "forecast" if FUTURE.search(before) or FUTURE.search(own_after) else "level"


_ASIDE_OF_WHICH = re.compile(r"(?i),\s*(?:which|who)\s[^,;\d]*,")


# The words that say a figure is the difference of two others: "a revenue gap of Rs85 billion", "a shortfall of
# Rs142 billion", "a deficit of N1.97tn", "the trade surplus of $9.11 billion"
A_GAP = re.compile(r"(?i)\b(?:gap|shortfall|deficit|surplus|difference|excess)\b")


# "rising by approximately 27 percent, equivalent to 280,000 barrels per day", "increased by nine per cent or 202
# cases": an amount restating a move told as a rate is the same move
# ("a 14% increase -- $587,000 -- over last year": the move told again in money, set off by dashes)
A_MOVE_THEN_A_DASH = rf"{RATE_MOVE_NOUN}\s*(?:--|—|–)\s*(?:about\s+|around\s+|nearly\s+|some\s+)?"
_A_RATE_THEN_OR = re.compile(r"(?:percent|per cent|%)\s*\(?[,]?\s*(?:or|equivalent to|an? (?:increase|rise|decrease|"
                             r"decline|drop) of)\s*(?:about|around|nearly|some)?$"
                             rf"|(?:percent|per cent|%)\s+{A_MOVE_THEN_A_DASH}$", re.I)
# "85 per cent increase", "a 12% rise": the move's noun right after the rate (no word between)
# ("representing 3.6% and 2.1% increases, respectively": the move's noun after a list of its rates)
_A_MOVE_RIGHT_AFTER = re.compile(rf"(?i)^\s*(?:percent|per cent|%|pct|pc)?(?:\s*(?:,|and|or)\s*\d[\d.]*\s*(?:percent|per cent|%|"
                                 rf"pct|pc))*\s*{RATE_MOVE_NOUN}(?:s|es)?\b")
# ("representing an 11 percent month-on-month (MoM) rise", "representing a 6.7% and US$6.5 billion increase": the
# move's noun a few words on, or after the move told again in money; not "a 104.44% performance and a revenue growth")
_A_MOVE_SOON_AFTER = re.compile(rf"(?i)^\s*(?:percent|per cent|%|pct|pc)?\s*(?:and\s+\S{{0,4}}\d[\d.,]*\s*(?:[a-z]+\s+)?)?"
                                rf"(?:[\w()-]+\s+){{0,3}}?{RATE_MOVE_NOUN}(?:s|es)?\b")
_RATE_AFTER = re.compile(r"^\s*(?:percent|per cent|%|pct|pc)?\s*(?:\w+[- ]){0,3}?(?:growth|increase|rise|jump|gain|"
                         r"decline|drop|fall|decrease|contraction|expansion|hike|raise|cut|slump|surge|leap|climb|"
                         r"plunge|dip|spike|advance|slide|rebound|upswing|downturn)\b", re.I)
_MORE_THAN = re.compile(r"^\s*(?:percent|per cent|%|pct|pc)?\s*(?:more|higher|less|lower|bigger|greater|smaller|above|below)\b"
                        r"(?!\s+(?:of|likely)\b)", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:percent|per cent|%|pct|pc)?\s*(?:of (?:the )?(?:total|gdp|all|overall|global|world|"
                          r"its|their)|share|stake|margin|market share|of the (?:adult|population|budget))\b", re.I)
# "(30.9 percent of operating revenue)": of a whole its noun names, in brackets or not
_OF_A_WHOLE_AFTER = re.compile(r"^\s*(?:percent|per cent|%|pct|pc)?\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
                               r"(?:revenues?|sales|income|turnover|expenditure|spending|receipts|exports|imports|output|"
                               # ("97.5 percent of total infections", "3.2 percent of GDP": of a whole, however moved)
                               r"production|capacity|population|deposits|assets|loans|total|GDP|cases|infections|"
                               # ("Tax revenue at 94.7% of annual target": of the plan)
                               r"targets?|budget|goal|quota)\b", re.I)


# "there were rises in Queensland (0.8 per cent), New South Wales (0.3 per cent)", "Food retailing (0.4 per cent)
# led the rises": a list of bracketed rates, each the move of the part it follows
_MOVES_LISTED = re.compile(r"\b(?:rises|falls|increases|decreases|declines|gains|drops|growth rates)\b", re.I)


# "shares of Gartner added $2.45, or ": an amount's move, about to be restated as a rate
# "N points or 1.24 percent", "$2.45, or 9.6 percent, to": an amount restated as a rate, and what says it is a move
# (the way it went after the rate, or "to"/"at" the level it moved to)
# "145,301, up more than 8,000 on the previous quarter": a count right after "up" or "down" set off by a comma (or
# said of a subject: "were down 1,200"), measured on a period before, is how much it moved, no level
_UP_BY = re.compile(r"(?i)(?:[,;(–—]\s*|\b(?:was|were|is|are|and)\s+)(?:up|down)\s+(?:by\s+)?"
                    r"(?:more\s+than|about|around|nearly|almost|some|over|just|roughly)?\s*$")
# "totaled 1,314,269,000 bus, down 101,145,000 bus, or 7%, from", "Sales fell 69,380, or 12%": a count right after a
# word of moving, its rate told right after it, is the move's size
_MOVED = re.compile(r"(?i)\b(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|gained|climbed|jumped|slipped)"
                    r"\s+(?:by\s+)?(?:about|around|nearly|almost|some|over|roughly)?\s*$")
_ITS_RATE_THEN = re.compile(r"(?i)\s*(?:[a-z]+\b\s*){0,2}?,?\s*(?:or\s+|\(\s*)(?:about\s+|nearly\s+|around\s+)?[\d.]+\s*"
                            r"(?:%|per\s?cent|percent)")


def _a_move_then_its_rate(before: str, after: str) -> bool:
    return bool(_MOVED.search(before) and _ITS_RATE_THEN.match(after))


# ("up 1.2 million from the 97.8 million head in 2012": the figure before, told after "from", also says when)
_ON_A_PERIOD_BEFORE = re.compile(r"(?i)\s*(?:[a-z]+\s+){0,2}?(?:on|from|over|since|compared\s+(?:with|to)|against)\s+"
                                 r"(?:the\s+|a\s+)?(?:previous|prior|preceding|last|same|year|month|quarter|week|"
                                 r"(?:about\s+|around\s+|nearly\s+)?\S{0,4}\d)")
# ("500,000 or 9.78 percent increase in the transport sector": the move's noun after its rate says so too; not
# "reached 1.12 trillion, or 12.9 percent higher than": a level set off by a comma, and its rate)
_A_MOVES_NOUN = re.compile(rf"(?i){RATE_MOVE_NOUN}")
# ("$12.6-billion or 7-percent above the projected target": the Caribbean press's hyphen, and a gap above a mark)
_RESTATED_AS_RATE = re.compile(r"(?i)^\s*,?\s*or\s+(?:about|around|nearly|some|almost)?\s*\d[\d.,]*[\s-]*(?:%|per\s?cent|"
                               r"percent|pc\b)\s*,?\s*(?P<move>higher|lower|up|down|narrower|wider|smaller|larger|bigger|"
                               # ("stocks were 494 Bcf, or 16.3%, more than the year-ago level": the gap told twice;
                               # not "in quantity – 10.3 million tons or 9.9% more.", a level and its rise)
                               r"above|below|(?:more|less|fewer)(?!\s*(?:[.;,)]|$))|"
                               rf"{RATE_MOVE_NOUN}\b|"
                               r"(?:\w+\s){0,3}?(?:to|at)\s)?")
def _way_of_the_rate(after: str) -> str:
    """"closed 10.25 points or 0.52 per cent lower", "€200m or 28.6% narrower": the way the rate says the amount
    before "or" moved."""
    restated = _RESTATED_AS_RATE.match(after)
    move = (restated.group("move") or "").lower() if restated else ""
    if not restated and (comparative := _MORE_OR_FEWER.match(after)):
        move = comparative.group("way").lower()
    return "fall" if move in ("lower", "down", "narrower", "smaller", "fewer", "less") else \
        "rise" if move in ("higher", "up", "wider", "larger", "bigger", "more") else ""


# "lost 7.79 points, or 1.06 percent, to end at 726.80": a bare number a points move goes to is the index's level
_TO_AFTER_POINTS = re.compile(r"(?i)\d\s?(?:points|pts)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:at|to)\s*$")
_AMOUNT_THEN_OR = re.compile(r"^(.*\d[^,]*),?\s+or\s+(?:about|around|nearly|some|almost)?\s*$")


# "down 65,000 ha (10 percent) from last year": the rate in brackets is the fall of the amount before it
_A_FALL_THEN_ITS_BRACKET = re.compile(r"(?i)\b(?:down|fell|fallen|dropped|declined|decreased|lower|lost)\s+(?:by\s+)?"
                                      r"\S{0,4}\d[\d,.]*\s*(?:[a-z]+\s*){0,2}\(\s*$")


def _move_restated(before: str) -> str:
    """'rise' or 'fall' when the words before a rate are an amount's move and "or" ("Mizuho falling 5 yen, or
    nearly 3 percent"): the rate is that move, whichever way it went; else ''."""
    amount = _AMOUNT_THEN_OR.search(before)
    return direction_in(amount.group(1), "", 8) if amount else ""


_MOVED_AT_A_RATE = re.compile(r"(?i)\b(?:grew|grow\w*|expand\w*|rose|rising|increas\w*|climb\w*|advanc\w*|fell|"
                              r"declin\w*|contract\w*|shrank|shrink\w*)\s+at\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:rate|pace)\s+of\s*$")

# ("a growth rate of just over 10%", "(growth rate – 14.3%)")
_GROWTH_RATE_OF = re.compile(r"(?i)\b(?:growth|increase|decline|expansion|contraction)\s+rate\s*(?:of\s+|[-–—:]\s*)?"
                             r"(?:(?:just\s+)?(?:about|around|nearly|over|under|more\s+than|less\s+than|almost|some)\s+)?$")


# "from 12,283,457 (40.6%) to 16,310,425 (52.6%)": two levels, each with a bare percentage in brackets
# ("from 7.7m [2] (19.8%) in 2011 [3] to 5.9m (14.4%) in 2018": a footnote's mark between, the year after)
_FOOTNOTE = r"(?:\s*\[\d{1,2}\])?"
_BRACKETED_PERCENT = (rf"\d[\d,.]*[a-z]{{0,2}}(?:\s+[a-z]+)?{_FOOTNOTE}\s*\(\s*\d[\d.]*\s?(?:%|per\s?cent|percent)\s*\)"
                      rf"(?:\s+in\s+(?:19|20)\d\d{_FOOTNOTE})?")
# ... and "stood at 522,588 (59.14 per cent) compared with 442,251 (53.29 per cent) in 2021": each count's share
_FROM_TO_BRACKETED = re.compile(rf"(?i)\bfrom\s+\S{{0,4}}{_BRACKETED_PERCENT}\s+to\s+\S{{0,4}}{_BRACKETED_PERCENT}|"
                                rf"{_BRACKETED_PERCENT},?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+\S{{0,4}}"
                                rf"{_BRACKETED_PERCENT}")


# "lower than the pre-pandemic level of ", "higher than the ", "above its 10-year average of ": the words that set a
# figure after them against another, with the nouns they name (not "more than 10 percent", a bound of the figure's own)
_THE_FIGURE_COMPARED_WITH = re.compile(r"(?i)\b(?:(?:higher|lower|greater|smaller|bigger|larger|more|less)\s+than|above|"
                                       r"below)\s+(?:that\s+of\s+|those\s+of\s+)?(?:the|its|their|an?)\s+"
                                       r"(?P<words>(?:[\w'’-]+\s+){0,4}?)(?:of\s+|at\s+)?$")


# ", higher than the ", ", well below its ": after a figure, the words that set it against another figure
_SET_AGAINST_ANOTHER = re.compile(r"(?i)^\s*(?:percent|per cent|%|pct|pc)?\s*,\s*(?:(?:slightly|well|far|much|also|still|"
                                  r"significantly|considerably)\s+)?(?:(?:higher|lower|greater|smaller)\s+than|"
                                  r"above|below)\s+(?:the|its|their|an?)\s")


# ", down 1.4 percentage points", ", up by 3%": after a figure, a way and the number that moved that way
_THE_NEXT_FIGURES_MOVE = re.compile(r"(?i)^\s*(?:percent|per cent|%|pct|pc)?\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+)?"
                                    r"[$€£¥₹]?\d")


def object_of_a_comparison(before: str, after: str) -> bool:
    """Whether a percentage is what comparison words set another figure against, with no move of its own."""
    compared = _THE_FIGURE_COMPARED_WITH.search(before)
    # (the noun of a move among its words: "higher than the 1.8% monthly rise" is a rate's)
    return bool(compared and not _A_MOVES_NOUN.search(compared.group("words")) and not _RATE_AFTER.match(after)
                and not direction_in("", after))


def _percent_kind(before: str, after: str, clause: str) -> str:
    if _OF_A_WHOLE_AFTER.match(after):
        return "share"
    if re.search(r"\(\s*[+−-]\s*$", before):
        return "growth"  # "South Korea – 4,783,500 (+7.7%)", "(-0.4%)": a sign says it is a move
    if re.search(r"\d\S*\s*\(\s*$", before) and _FROM_TO_BRACKETED.search(clause):
        return "share"  # "increased from 12,283,457 (40.6%) to 16,310,425 (52.6%)": each level's share, before and after
    if re.search(r"\([-−]?$", before) and _MOVES_LISTED.search(clause):
        return "growth"
    if _move_restated(before):
        return "growth"  # "shares of Gartner added $2.45, or 9.6 percent": the same move as a rate
    if _SHARE_VERB_BEFORE.search(before) and (_A_MOVE_RIGHT_AFTER.match(after) or _A_MOVE_SOON_AFTER.match(after)):
        return "growth"  # ("rose to N672.603bn from N364.306bn, representing 85 per cent increase": the move's rate)
    if _CONTRIBUTED.search(before) or _SHARE_VERB_BEFORE.search(before):
        # "consumption contributed 57.8 percent to GDP growth": a share of the growth; "all other sources made up
        # 34 %" is a share, its "up" no rise
        return "share"
    if _RATE_AFTER.match(after) or _MORE_THAN.match(after):
        # "a 7% annual growth rate"; "which is 108.6 per cent more (than ...)": how much larger, a rate
        return "growth"
    if _SHARE_AFTER.match(after):
        return "share"
    near = before[-60:] + after[:40]
    if re.match(r"\s*(?:(?:\w+\s){0,3}?|(?:\w+\s){1,4}[—–]\s)from\s+(?:Rs\.?|\$|₹|US\$|RM|CNY|USD)?\s?\d[\d.,]*(?![\d.,]|\s?(?:%|per\s?cent|percent|pc\b))",
                after):
        # "interest 9.6 per cent from Rs 11,124 crore": a rate of change against the figure that follows
        # ("improved 11% in the past year — from ₹37.74 lakh crore to ₹41.93 lakh crore": its period and a dash between;
        # not "a 76.4 per cent retracement of the entire fall from 26,277", a share of the fall)
        return "growth"
    if re.search(r"\b(?:to|from)\s*$", before) and not re.search(r"\b(?:growth|grew|pace)\b|\brate of (?:increase|"
                                                                 r"expansion|change)\b", before, re.I):
        # "rose from 19.9 percent to 25.9 percent", "the unemployment rate rose to 4.2 percent": the share or rate
        # itself, before and after ("the growth rate slowed to 5 percent" is a growth rate's)
        return "share"
    if object_of_a_comparison(before, after):
        # "The rate of 4.3% ... is lower than the pre-pandemic level of 5%", "higher than the 86.2% recorded in
        # September": the comparison words are no move of the figure's own; it is of the kind of what it is compared
        # with, which the sentence's other figures tell (a guess, see links.elliptical)
        return "share"
    if _MOVED_AT_A_RATE.search(before) or _GROWTH_RATE_OF.search(before):
        # "expanded at an unexpected rate of seven percent": a move's pace, no share; "with a growth rate of 7.41 per
        # cent": the rate is the growth's
        return "growth"
    if (_SET_AGAINST_ANOTHER.match(after) or _THE_NEXT_FIGURES_MOVE.match(after)) \
            and not re.search(r"(?:\bor|\()\s*$", before):
        # ("an employment rate of 95.6%, higher than the 95.2% rate in July": the comparative after it sets the figure
        # against another, no move of its own; not "494 Bcf, or 16.3%, more than the year-ago level", a gap told twice)
        # ("a poverty incidence rate of 1.7%, down 1.4 percentage points": the way after it is the next figure's)
        after, near = "", before[-60:]
    if _SHARE_WORDS.search(near) and not direction_in(before, after):
        return "share"
    if direction_in(before, after) or _GROWTH_WORDS.search(near):
        return "growth"
    return "share"


# The noun of a period's figure, then the figure: " allocation which was Rs ", " figure of ", "'s total of " (not "stands
# at": a verb, the clause's own figure)
# ("as compared with the same period in 2021 which was $12.55 billion": "which was" right after the period words)
_ITS_FIGURE_AFTER = re.compile(r"(?i)(?:(?:['’]s)?(?:\s+[a-z][\w-]*){1,3},?\s+(?:which\s+(?:was|were|stood\s+at|amounted\s+to)|of)"
                               r"|,?\s+which\s+(?:was|were|stood\s+at|amounted\s+to))"
                               r"\s+(?:about\s+|around\s+|nearly\s+)?\S{0,4}")


# ", when output was ", " when it stood at ": the words from a period compared with to its figure
# (" (when the amount was $": in brackets too)
# ("a dramatic increase from last year when the number was just over 8 million": a year counted from the story's day,
# not from the figure's own months as "the previous year" is)
_LAST_YEAR = re.compile(r"(?i)last\s+year")
# ("than last year, when the state had 3,411 cases": what it had, recorded or counted then)
WHEN_IT_WAS = re.compile(r"(?i)(?:,?\s+|\s*\(\s*)when\s+[^.;,\d]{0,40}?\b(?:was|were|stood\s+at|reached|hit|totall?ed|"
                         r"came\s+in\s+at|had|recorded|registered|logged|counted)"
                          r"\s+(?:(?:just\s+)?(?:about|around|nearly|over|under)\s+)?\S{0,4}")


# "in the previous month": "in" names a relative period as the figure's own, not what it is measured against
_IN_THE = re.compile(r"(?i)\b(?:in|during)\s+(?:the\s+)?$")
# ", but ", "; ": a clause break between a figure and period words after it
_A_CLAUSE_BREAK = re.compile(r"(?i),\s+but\s|;\s")
# A rate's own year, told right after it: "increased 8.7% last year"
_ITS_OWN_YEAR = re.compile(r"(?i)\s*last\s+year")
# "last month", "this quarter": a relative period shorter than a year, which no wider period words beside it narrow
_A_MONTH_OR_QUARTER = re.compile(r"(?i)\b(?:month|week|quarter)\b")
# The words from a rate's period to the level it moved to: " to 2.14 million", ", to $5 billion"
_TO_THE_LEVEL = re.compile(r"\s*,?\s*to\s+\S{0,4}")
# The words from a relative period to the one it then names: "set one year ago in fiscal 2021", "a year earlier,
# in 2021"
_A_YEAR_BACK = re.compile(r"(?i)\byears?\s+(?:ago|earlier|before)\b|\b(?:last|previous|prior|preceding)\s+year\b")
_NAMED_RIGHT_AFTER = re.compile(r"(?i)\s*,?\s*(?:in|during)\s+(?:the\s+)?")


def assign_periods(figures: list[Figure], temporals: list[tuple[Mention, str]], context: str, text: str) -> None:
    """The period of each figure of a clause. Period words right after a figure, with no other figure
    between, are its own ("from Rs 126 crore in the same period a year ago"); the clause's other period
    words are every figure's ("In the first 10 months, exports rose ... to ..."); else the period the
    article last spoke of (`context`): "net profit of INR527.6m increased 69.2 per cent from INR311.9m in
    the 3QFY24-25" gives the year-before quarter to 311.9m alone."""
    own: dict[int, str] = {}
    shared: list[tuple[Mention, str]] = []
    # ("generating $17.41 billion in revenue ..., it announced today": with no other period to go by, the day of the
    # release is the figures', as it is the article's)
    context = context or next((p for m, p in temporals if p and m.kind == "relative" and said_on(m, text)), "")
    for mention, period in temporals:
        if mention.kind == "relative" and _A_YEAR_BACK.search(mention.text) and any(
                other.kind in ("year", "fiscal") and other_period and other.start >= mention.end
                and _NAMED_RIGHT_AFTER.fullmatch(text, mention.end, other.start) for other, other_period in temporals):
            continue  # (the period it names is the figure's: counted a year back from that, it would be two years)
        # (the words before a mention looked at in a window: searched from the text's start, a long article's
        # thousands of mentions would each read all of it)
        window = max(0, mention.start - 80)
        if not period or said_on(mention, text) or a_titles_year(mention, text) \
                or _THE_PLANS_PERIOD.search(text, window, mention.start) \
                and _PLAN_AFTER.match(text, mention.end) or _PLAN_BEFORE.search(text, window, mention.start):
            continue  # "21.3 per cent of the FY22 target": the plan's year, not the months its share is of
        if figures and all(f.end <= mention.start for f in figures) and _AN_ASIDE.search(
                text, figures[-1].end, mention.start):
            continue  # "at EUR 147.7 billion, being negatively impacted by exchange rate effects in the first half":
            # when the cause the aside names struck, not the figures' period
        # "decreased by 1.9 percent from the previous year": the year before is what a rate is measured
        # against, so it is the period of an amount before it, never of a rate.
        # ... but "Last year, 9,613 cases were recorded": a past period that opens the clause is its period.
        # (but "after increasing 12.51% in the previous month": "in" names the rate's own period)
        # (but "capacity increased 8.7% last year, grew by 161 gigawatts": a move told with its period right after
        # it, no word of comparing between, is that period's move)
        past = mention.kind == "relative" and PAST.search(mention.text) and any(f.end <= mention.start for f in figures) \
            and not _IN_THE.search(text, max(0, mention.start - 12), mention.start) \
            and not _ITS_OWN_YEAR.fullmatch(text, max((f.end for f in figures if f.end <= mention.start)), mention.end) \
            or compared_with(text, mention.start)
        # "stood at 127,160 GWh, unchanged from FY24": the period it is compared with, not the figure's own
        # ("to reach 50.62 million kiloliters, but in 2014, beer was the only drink that registered a drop": period
        # words past a "but" open a clause of their own, however few its figures)
        before = [f for f in figures if f.end <= mention.start and mention.start - f.end <= 45
                  and not (past and f.kind in ("growth", "change")) and not _A_CLAUSE_BREAK.search(text, f.end, mention.start)] \
            if not compared_with(text, mention.start) else []
        # "Budget 2019's RM316.6 billion": period words in the possessive are the next figure's own
        # ("Last year's record of 120.7 billion yuan": the words the possessive names, then the figure; "this year's
        # budget allocation is 30 percent higher" is of the year spoken of, whatever its books)
        owned_words = r"(?:total\s+|overall\s+)?" if re.match(r"(?i)this\b|current\b", mention.text) else \
            r"(?:[a-z][\w-]*\s+){0,3}?(?:of\s+|at\s+)?"
        possessed = [f for f in figures if re.fullmatch(rf"['’′]s\s*{owned_words}", text[mention.end:f.start])]
        # "Rs 114 crore (9 Months FY 2019 Rs 136 crore)": period words opening a bracket are its figure's
        bracketed = [f for f in figures if f.start > mention.end and re.fullmatch(r"\(\s*", text[max(0, mention.start - 2):
                     mention.start].lstrip()) and re.fullmatch(r"[^()]{0,12}", text[mention.end:f.start])]
        # "a 16 per cent increase over the 2018-2019 allocation which was Rs 54,302.50 crore": the period of what a
        # figure is compared with names the figure its noun then gives
        # ("the highest production level since March 2021 when output was 1,428,613 bpd": the figure of then)
        # (a named month or year: "the previous year when it was 62.28 MT" is the year before the figure's own months)
        named = [f for f in figures if f.start > mention.end and compared_with(text, mention.start)
                 and (_ITS_FIGURE_AFTER.fullmatch(text, mention.end, f.start)
                      or (mention.kind != "relative" or _LAST_YEAR.fullmatch(mention.text))
                      and WHEN_IT_WAS.fullmatch(text, mention.end, f.start))]
        if named:
            # ("compared to March 2018 inflows of $427.62 million, $424.89 million, ...": each item of the list)
            listed = named[:1]
            for figure in (f for f in figures if f.start > named[0].end):
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*\S{0,4}", text[listed[-1].end:figure.start]):
                    break
                listed.append(figure)
            for figure in listed:
                own.setdefault(id(figure), (mention, period))
        elif possessed or bracketed:
            own.setdefault(id((possessed or bracketed)[0]), (mention, period))
        elif mention.kind == "duration" and re.fullmatch(r"\w+-months?", mention.text) and \
                (after := [f for f in figures if f.start > mention.end]):
            # "helping to propel cumulative four-month inflows by 23.3 percent": the months of the total it names,
            # the next figure's, not those of a figure before
            own.setdefault(id(after[0]), (mention, period))
        elif before and mention.kind == "relative" and _A_MONTH_OR_QUARTER.search(mention.text) and not past \
                and before[-1].kind == "growth" and _TO_THE_LEVEL.fullmatch(
                text, mention.end, next((f.start for f in figures if f.start >= mention.end), mention.end)):
            # "fell 3.2% (-10.1% y/y) last month to 2.14 million units": between a rate and the level it moved to,
            # the words are the whole move's period
            shared.append((mention, period))
        elif before and not any(before[-1].end <= g.start < mention.start for g in figures):
            own.setdefault(id(before[-1]), (mention, period))
            reached = next((f for f in figures if f.start >= mention.end), None)
            if before[-1].kind == "growth" and reached is not None and mention.kind == "relative" and \
                    re.fullmatch(r"\s*", text[before[-1].end:mention.start]) and \
                    _TO_THE_LEVEL.fullmatch(text, mention.end, reached.start):
                # "will rise 20 percent this year to $5.6 billion and 19 percent next year to $6.6 billion": the
                # period words right between a rate and the level it moves to are the level's too
                own.setdefault(id(reached), (mention, period))
            if re.search(r"(?i)\brespectively\b", text[before[-1].end:mention.start]):
                # "575 billion dollars and 530 billion dollars respectively for the whole year of 2014": the list's
                # period words are each of its figures'
                listed = [f for f in figures if f.end <= before[-1].start
                          and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[f.end:before[-1].start]) is not None
                          or f is before[-1]]
                for figure in listed:
                    own.setdefault(id(figure), (mention, period))
            if len(before) > 1 and _in_brackets_after(text, before[-2], before[-1]):
                # "12,284 GWh (16,510 MW) in May 2023", "Rs 7,123 crore ($853 million) in 2024": the figure the
                # bracket restates has the period words after the bracket too
                own.setdefault(id(before[-2]), (mention, period))
        elif not past and not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", period)
                               and (any(f.start < mention.start for f in figures)
                                    or mention.start - figures[0].clause[0] > 25 and not _AS_OF.search(
                                        text, max(0, mention.start - 12), mention.start) if figures else True)):
            # "from a year ago to 6.57 trillion": the basis of the rate, not the clause's period; "the report
            # released yesterday": a day after the figures is the period of the one it follows, never the clause's
            # (one opening the clause is: "Covid-19 (April 6): 12,105 new cases", "On Tuesday, exports rose")
            shared.append((mention, period))
    # The period words of a figure of its own name the clause's period too ("rose 5 percent to $10 billion in
    # 2019"), unless that figure is what the others are compared with ("from INR311.9m in the 3QFY24-25").
    # "In 2020, the infections dropped nearly by 50 per cent as a total of 1,072 infections were reported last
    # year": the year the clause opens with is the figure's; "last year", counted from the story's day, is a date
    # the article gives for it (its row, checked against that year, shows the clash)
    opening = next(((m, p) for m, p in shared if m.kind == "year" and figures
                    and not text[figures[0].clause[0]:m.start].strip(" ,([").lower().strip("in ")), None)
    if opening:
        for figure in figures:
            if id(figure) in own and own[id(figure)][0].kind == "relative" and own[id(figure)][1] != opening[1] \
                    and not figure.baseline and not compared_with(text, own[id(figure)][0].start) \
                    and not PAST.search(text[figure.end:own[id(figure)][0].start]):
                figure.overridden_from = own[id(figure)][0].start
                own[id(figure)] = opening
    owners = [(f, own[id(f)]) for f in figures if id(f) in own and own[id(f)][0].kind != "relative"]
    # "In the first two months of this year": a year beside a part of it names that part's year, not the period
    shared = [(m, p) for m, p in shared
              if not (re.fullmatch(r"(?:FY)?\d{4}", p) and any(q != p and within(q, p) for _, q in shared))]
    # "the dengue cases in the month of June were 20 in 2020, 26 in 2019": a month the clause names, of each
    # figure's own year
    month = next((p[5:7] for m, p in shared if m.kind == "month" and re.fullmatch(r"\d{4}-\d{2}", p)
                  and not re.search(r"\d{4}", m.text)), "")
    for figure in figures:
        if id(figure) in own:
            mention, figure.period = own[id(figure)]
            figure.own_period, figure.period_from = True, mention.start
            if month and re.fullmatch(r"\d{4}", figure.period):
                figure.period = f"{figure.period}-{month}"
            continue
        nearest = sorted(shared, key=lambda mp: (mp[0].start > figure.start, abs(mp[0].start - figure.start)))
        if nearest:
            figure.period, figure.period_from = nearest[0][1], nearest[0][0].start
        else:
            # ... nor of one after a comparison word ("21 events during the quarter, compared with 14 events with
            # 5,108 attendees in the 2009 period")
            # (... nor of one whose period words are what is compared with: "a 16 per cent increase over the 2018-2019
            # allocation which was Rs 54,302.50 crore")
            # (... nor of one a bracket labels: "55.8 billion kWh (H1 2018: 47.3 billion kWh, growth: 18 percent)")
            figure.period = next((p for f, (m, p) in owners if not _FROM.search(text[max(0, f.start - 30):f.start])
                                  and not _COMPARED_WITH.search(text[figures[0].end:f.start])
                                  and not compared_with(text, m.start)
                                  and not text[max(0, m.start - 2):m.start].strip().endswith("(")), context)
    # "Revenue rose 14 percent to $314.2 million from $183.9 million last year", of a quarter: the same quarter
    # of last year, not the whole of it
    for figure in figures:
        if id(figure) in own and re.fullmatch(r"(?i)last year", own[id(figure)][0].text) \
                and not _against_the_year_before(figure, text):
            # (with no other figure in the clause, "a drop from 1,998 GWh last year": the period spoken of)
            spoken = [f.period for f in figures if f is not figure] or [context]
            # (the quarter may be read in the year "last year" names: "its second quarter", of a fiscal year that
            # began the year before, in a story of February)
            later = {p for p in spoken if p and p[:4].isdigit() and p[4:]
                     and p[:4] in (figure.period[:4], str(int(figure.period[:4]) + 1))} \
                if re.fullmatch(r"\d{4}", figure.period) else set()
            if len(later) == 1:
                figure.period = year_before(later.pop()) or figure.period


def _against_the_year_before(figure: Figure, text: str) -> bool:
    """Whether the rest of the sentence of a figure of "last year" names the calendar year before that one ("Rwanda
    earned $60.9m from coffee last year, which was an 18.4 per cent decline compared to the $74.6m earned in 2011", in
    a story of September's figures): measured against a whole year, it is the whole of last year, not its September."""
    if not re.fullmatch(r"\d{4}", figure.period):
        return False
    end = next((end for start, end in sentences(text) if start <= figure.start < end), len(text))
    return bool(re.search(rf"\b{int(figure.period) - 1}\b(?![-–/]\d)", text[figure.end:end]))


def _in_brackets_after(text: str, first: Figure, second: Figure) -> bool:
    """Whether a figure stands alone in brackets right after another: "12,617 GWh (16,958 MW)", "571,177 TEUs
    (316,792 containers)", each count with its noun."""
    return bool(re.fullmatch(r"\s*(?:[A-Za-z][\w-]*\s*)?\(\s*\S{0,4}", text[first.end:second.start])
                and (text[second.end - 1] == ")" or re.match(r"\s*(?:[A-Za-z][\w-]*\s*)?\)", text[second.end:second.end + 25])))
    # (a mention may end on its closing bracket: "16,958 MW)")


# "bigger than in 2019", "compared to 2019": the period something is compared with, not the clause's own.
# ... and "higher than the growth in the first two months", "compared to that of the first two months"
_COMPARED = re.compile(r"(?i)\b(?:than|versus|vs\.?|(?:compared|in comparison) (?:with|to)|from|since|over)\s+(?:(?:that|those)\s+(?:of|in)\s+|"
                       r"(?:the\s+)?(?:\w+\s+){0,2}(?:in|of|for|during)\s+|in\s+)?(?:the\s+)?$"
                       # "the highest reading since before the pandemic, in February 2020": when it was last so high
                       r"|\bsince\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+in\s+$"
                       # "The Ministry of Defence, like in last year's budget, received the highest allocation"
                       r"|\b(?:(?:un)?like(?:\s+in)?|as\s+in)\s+(?:the\s+)?$"
                       # "hiking 12 percent on the first half of 2008", "up 5% on last year": a rate "on" a period,
                       # in British usage, is measured against it
                       r"|(?:%|\bpercent|\bper\s+cent|\bpc)\s+on\s+(?:the\s+)?$")


# What was planned for a period, named: "the budget estimate", "a target", "the full-year goal" (links.py reads a
# share "of the budget estimate" and a figure "against the target" with these)
PLAN = r"(?:budget(?:ed)?\s+estimates?|estimates?|BE|targets?|goals?|projections?)"
# The period of a plan, not of the figure measured against it: "of the FY22 target", "of the full-year budget
# estimate for 2023-24"
_PLAN_WORDS = rf"(?:revised\s+estimates?|allocations?|{PLAN})"
_THE_PLANS_PERIOD = re.compile(r"(?i)\bof\s+(?:the\s+|its\s+)?(?:full[- ]year\s+|annual\s+)?\S{0,4}$")
_PLAN_AFTER = re.compile(rf"(?i)['’]?s?\s+(?:deficit\s+|borrowing\s+|budget\s+)?{_PLAN_WORDS}\b")
_PLAN_BEFORE = re.compile(rf"(?i)\bof\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,2}}{_PLAN_WORDS}\s+(?:for|of)\s+(?:the\s+)?"
                          rf"(?:fiscal\s+(?:year\s+)?|financial\s+year\s+)?$")
# An aside after a clause's figures that says what moved them: its period words are the cause's
_AN_ASIDE = re.compile(r"(?i),\s*(?:being|having\s+been|driven|helped|hit|impacted|affected|weighed|dragged|boosted|"
                       r"hurt|supported|due\s+to|owing\s+to|thanks\s+to|because)\b")
# "Partial, unofficial GEC tally as of Nov. 17 showed San Nicolas received 10,326 votes": the day a count stood at
_AS_OF = re.compile(r"(?i)\b(?:as (?:of|on|at)|till|until|through)\s+$")


# "today's earnings release", "yesterday's report": the day of a release, named in the possessive
_ITS_RELEASE = re.compile(r"(?i)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:release|report|results|statement|announcement|filing|"
                          r"data|update|figures|briefing)\b")


# "according to Renewable Energy Capacity Statistics 2017", "the Economic Survey Report 2018 released by KNBS": a
# year that ends a publication's title names the edition, not the period of the figures it gives (a fiscal span,
# "Economic Survey 2018-19", is its years)
_A_TITLE_BEFORE = re.compile(r"(?-i:[A-Z][\w&-]*\s+){0,4}(?-i:Report|Survey|Statistics|Outlook|Review|Yearbook|"
                             r"Index|Bulletin|Barometer|Monitor|Scorecard|Atlas|Digest)\s+$")


def a_titles_year(mention: Mention, text: str) -> bool:
    """Whether a year is the edition a publication's title names: "Renewable Energy Capacity Statistics 2017"."""
    return mention.kind == "year" and re.fullmatch(r"\d{4}", mention.text) is not None \
        and not re.match(r"\s*[-–/]\s*\d", text[mention.end:mention.end + 4]) \
        and _A_TITLE_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None


def said_on(mention: Mention, text: str) -> bool:
    """"the company said on Monday", "Toyota on Thursday reported": the weekday when it was said, not the period of
    what was said."""
    if mention.kind in ("weekday", "relative") and _A_REPORT_OF.search(text, max(0, mention.start - 70),
                                                                                mention.start):
        return True  # "according to a half-year report earlier this month": when the report came out
    if mention.kind in ("relative", "month") and _A_REPORTER_AFTER.match(text, mention.end):
        return True  # "Last November, the government reported to the NA that ...": when it was reported
    if mention.kind == "relative" and mention.text.lower() in ("today", "yesterday"):
        # ("according to data released today by the country's customs", "Statistics released by the General
        # Administration of Customs of China today": the day of the release; "1,748 new cases were reported
        # yesterday" are that day's)
        # ("Safaricom has today announced a 32.4 per cent growth in net profit ... for the half year to September":
        # the day of the announcement, its verb right after)
        return bool(_RELEASED.search(text, max(0, mention.start - 120), mention.start)
                    or _REPORTING_VERB.match(text[mention.end:mention.end + 20].lstrip(" ,"))
                    or _ITS_RELEASE.match(text, mention.end))
    if mention.kind == "month":
        # ("released ... today (September 7th)": the release's day, spelled out)
        today = _TODAY_BRACKETED.search(text, max(0, mention.start - 14), mention.start)
        if today:
            return bool(_RELEASED.search(text, max(0, today.start() - 120), today.start()))
    if mention.kind == "relative" and _A_RECENT_STRETCH.fullmatch(mention.text) \
            and _REPORTED.search(text, max(0, mention.start - 25), mention.start) \
            and not _REPORTED_PASSIVE.search(text, max(0, mention.start - 40), mention.start):
        return True  # "the state Department of Taxation reported this month": when it reported, not what it reported
    return mention.kind == "weekday" and bool(_REPORTED.search(text[max(0, mention.start - 25):mention.start])
                                              or _REPORTING_VERB.match(text[mention.end:mention.end + 20].lstrip(" ,")))


# "this month", "earlier this week": the stretch of time the story was written in (not "1,748 new cases were reported
# this week", whose passive verb dates the cases)
_A_RECENT_STRETCH = re.compile(r"(?i)(?:earlier\s+|late\s+|early\s+)?this\s+(?:week|month)")
_REPORTED_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|be|being|is|are)\s+[a-z]+\s+(?:on\s+)?$")


# "today (", right before a month: the day of a release, then its date
_TODAY_BRACKETED = re.compile(r"(?i)\b(?:today|yesterday)\s*\(\s*$")
_RELEASED = re.compile(r"(?i)\b(?:released|published|issued|announced|said)\s+(?:by\s+[^,.;()]{1,90}?\s+)?$")


_A_REPORT_OF = re.compile(r"(?i)\b(?:according\s+to|cited\s+in|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:report|statement|filing|release|announcement|notice|survey)\s+(?:(?:released|published|"
                          r"issued|filed|made\s+public)\s+)?(?:on\s+|earlier\s+|late\s+|early\s+)?$")


# ", the government reported to the NA that": a reporter and its verb right after the period words and a comma
# (the reporter named with an aside: "Earlier this month, Henan province, the country's third-most-populous
# administrative region, reported that its number of newborn children fell to 920,000 in 2020")
_A_REPORTER_AFTER = re.compile(r"\s*,\s*(?:the\s+|its\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*"
                               r"(?:\s*,[^,.;\d]{1,80},)?\s+(?:reported|said|told|announced|"
                               r"estimated|projected|forecast|predicted)\s+(?:to\s+(?:\S+\s+){1,3}?)?that\b")
_REPORTED = re.compile(r"(?i)\b(?:said|says|told|announced|reported|released|published|showed|stated|added|noted|"
                       r"disclosed|revealed)\s+(?:on\s+)?$")
_REPORTING_VERB = re.compile(r"(?i)(?:said|says|told|announced|reported|released|published|stated|disclosed|"
                             r"revealed)\b")
# ("an increase of 55.29pc over the deficit of $31.076b recorded during last year": "over" a figure named by its
# words, not "over $5 billion", a floor)
_FROM = re.compile(r"(?i)\b(?:(?:from|than|against|(?:compared|in comparison) (?:with|to)|versus|vs\.?)\s+|over\s+(?:the|its|their|last)\s+)"
                   r"(?:\S+\s+){0,2}\S*$")
# (... or a count printed with its thousands, "fell 4.5% from August to 317,000", or with decimals)
_AN_AMOUNT = (r"\s*(?:[$€£¥₹]|Rs\.?\s?\d|US\$|\d[\d,.]*\s*(?:%|percent|per cent|billion|million|trillion|crore|"
              r"lakh|bn|mn)\b|\d{1,3}(?:,\d{3})+\b|\d+\.\d+\b)")


def compared_with(text: str, start: int) -> bool:
    """Whether the period words at `start` name what something is compared with ("than in 2019"); "for the
    period from July to September" names a span."""
    # ("over last January's figures": "last" before a month's name, which it dates, is no word of comparing)
    before = re.sub(r"(?i)\blast\s+$", "", text[max(0, start - 40):start])
    # ("an increase of 0.89% over the last year (2015-16)": the label in brackets names the period compared with)
    labelled = _PERIOD_WORDS_THEN_BRACKET.search(text, max(0, start - 80), start)
    if labelled:
        before = text[max(0, labelled.start() - 40):labelled.start()]
    # ("from April and 3.3 percent from a year earlier": "and" closes a span only after "between")
    opened = re.search(r"(?i)\b(from|between)\s+$", before)
    closing = "to|through|until" + ("|and" if opened and opened.group(1).lower() == "between" else "")
    # (... but "rose 6 percent from 2013 to $37.4 billion" moves from that year's figure to an amount)
    # ("from February 1-23 were 517,000 units": days of a month, a span too)
    if opened and re.match(rf"[\w ,.]{{3,25}}?\s(?:{closing})\s(?!{_AN_AMOUNT})|\w+[-–]\w|\w+\.?\s\d{{1,2}}\s?[-–]\s?\d",
                           text[start:start + 40]):
        return False
    if re.match(r"(?i)(?:past|last|previous)\s+(?:\w+\s+)?months\b", text[start:start + 30]):
        return False  # "Over the past four months, FBR has already recorded a shortfall": a span, no comparison
    if re.search(r"(?i)\b(?:above|below)\s+(?:(?:19|20)\d\d\s+and\s+)?$", before) \
            and re.match(r"(?i)(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?\s+levels?\b", text[start:start + 30]):
        return True  # ("turnover at €51.7 billion, still above 2019 and 2021 levels": the years it is set against)
    found = _COMPARED.search(before)
    if found and re.search(r"(?i)\son\s", found.group(0)) and not _A_PERIOD_ON.match(text, start):
        return False  # "closed down 0.69 percent on Tuesday": the day it happened
    if found and re.match(r"(?i)from\s+(?:the\s+)?[a-z]+\s+\S", found.group(0)) and \
            _EARNED_FROM.search(before, 0, found.start()):
        # ("revenue from coffee exports in the 12 months to September": where it came from, no comparison; "revenue
        # from January" names when it started)
        return False
    # "from 63 percent in July": the period of the figure compared with, said right after it, is that figure's own
    return bool(found) and not re.search(r"\d", found.group(0))


# "the last year (", "the corresponding period of last year (": words of a period, then the bracket of its label
_PERIOD_WORDS_THEN_BRACKET = re.compile(
    r"(?i)\b(?:the\s+)?(?:last|previous|prior|preceding|corresponding|same)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:year|quarter|month|period|season|half)(?:\s+(?:of\s+)?(?:last|the\s+previous)\s+year|\s+a\s+year\s+(?:ago|earlier))?"
    r"\s*\(\s*$")


_A_YEARS_NAME_BEFORE = re.compile(r"(?i)\b(?:calendar|fiscal|financial|solar|lunar|hijri|iranian|persian|school|"
                                  r"academic)\s+year\s*$")
# Money a thing brings in, "from" its source: "revenue from coffee exports", "receipts from tourism"
_EARNED_FROM = re.compile(r"(?i)\b(?:revenues?|income|earnings|receipts|proceeds|inflows?|remittances|collections?|"
                          r"royalt(?:y|ies)|dividends?)\s+$")


# A rate "on" these is measured against them: "up 4% on September", "12 percent on the first half of 2008" (not
# "on Tuesday", "on September 5")
_A_PERIOD_ON = re.compile(r"(?i)(?:first|second|third|fourth|last|same|previous|prior|preceding|corresponding|year|"
                          r"[12]\d{3}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\s*\d{1,2}\b))")


_COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|against|(?:compared|in comparison) (?:with|to)|versus|vs\.?)\s")
PAST = re.compile(r"(?i)\b(?:ago|earlier|previous|same period|same month|same quarter|last year)\b")


def within(inner: str, outer: str) -> bool:
    """Whether one period lies inside another (January-February 2021 inside 2021)."""
    try:
        a, b = parse_period(inner), parse_period(outer)
    except ValueError:
        return False
    return a.start is not None and b.start is not None and b.start <= a.start and a.end <= b.end


def resolve_periods(temporals: list[Mention], published, context: str,
                    named_quarters: dict[int, str] | None = None) -> list[tuple[Mention, str]]:
    """Each period mention of a clause with the period it names; relative ones ("a year ago") against
    the clause's own explicit period, else `context`. A quarter named without a year in an article
    that speaks in fiscal years is a fiscal quarter ("Q3" after "the third quarter of fiscal 2018-19"),
    as is one the article names by its months (`named_quarters`, when.quarters_named_by_months)."""
    # A weekday anchors "a year earlier" last: "Acme said on Monday that revenue rose to $14.76 billion in 2025
    # from $12.53 billion a year earlier" speaks of 2024, not of the Monday a year before.
    explicit = {id(m): as_fiscal_quarter(m, period_of(m, published, context), named_quarters or {}, published)
                for m in sorted((m for m in temporals if m.kind != "relative"), key=lambda m: m.kind == "weekday")}
    # "the first three months of 2024": the months of the year named right after them
    for months, year in zip(temporals, temporals[1:]):
        if months.kind == "duration" and months.text.lower().startswith("first") and year.kind == "year" \
                and 0 < year.start - months.end <= 4 and re.fullmatch(r"\d{4}", year.text) \
                and re.fullmatch(r"\d{4}(?:Q[1-4]|H[12]|-\d{2}/\d{4}-\d{2})", explicit.get(id(months), "")):
            explicit[id(months)] = explicit[id(months)].replace(explicit[id(months)][:4], year.text)
        elif months.kind == "duration" and months.unit.startswith("month") and year.kind == "year" \
                and re.fullmatch(r"\d{4}", year.text) and year.start - months.end == len(" of ") \
                and re.fullmatch(r"(?i)\S+[- ]months?\s+period", months.text):
            # "the 9-month period of 2023": a calendar year's first months, as a calendar company reports them
            count = int(months.value) if months.value.isdigit() else COUNT_WORDS.get(months.value.lower(), 0)
            if 0 < count < 12:
                explicit[id(months)] = f"{year.text}-01/{year.text}-{count:02d}"
    # ("compared to a 3.24bn deficit target, which has been included in the ... framework for 2019-2022, for the
    # corresponding period in 2018": a span of years names a plan, no period a figure corresponds to)
    own = next((p for p in explicit.values() if p and not _years_long(p)), "")

    def against(mention: Mention) -> str:
        if _FULL_YEAR.search(mention.text):
            # ("Full-year expenditures ... reached PHP5.336 trillion, 3.42 percent higher than the PHP5.15 trillion in
            # 2022": the year the article speaks of, not one named after it for a figure compared with)
            # (but "for the whole year of 2014" names its year)
            return next((explicit[id(m)] for m in temporals if id(m) in explicit and explicit[id(m)]
                         and (m.start < mention.start or 0 <= m.start - mention.end <= 5)), "") or context
        if UNDER_REVIEW.search(mention.text):
            # ("from 69.73 percent registered in the fourth quarter of 2023 to 70.80 % in the quarter under review":
            # the period the article reports, not the one its clause compares with)
            return context or own
        return own or context
    return [(m, explicit[id(m)] if id(m) in explicit else period_of(m, published, against(m))) for m in temporals]


def _years_long(period: str) -> bool:
    """Whether a period runs over more than a year ("2019-01/2022-12")."""
    try:
        span = parse_period(period)
    except ValueError:
        return False
    return span.start is not None and span.end is not None and (span.end - span.start).days > 366


_FULL_YEAR = re.compile(r"(?i)\bfull[- ](?:fiscal[- ])?year\b|\b(?:whole|entire) year\b")
