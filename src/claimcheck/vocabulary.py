"""The register's vocabulary, defined once: kinds, qualifiers, trend and direction words, link roles.

Every module that reads, writes or checks a register imports these names instead of
retyping them, so adding a word or a kind is one edit here (and one row in
docs/relations.md when it opens a new relation).
"""
from __future__ import annotations

import re

# Kinds of register row ------------------------------------------------------------------

# Figures that are the size of something at a time; growth rates, changes and shares describe them.
LEVEL_KINDS = ("level", "forecast")
KINDS = (
    "level", "forecast", "growth", "share", "change", "conversion", "count", "rank", "target", "multiple",
    "enumeration", "date", "dismissed",
)
KIND_MEANINGS = {
    "level": "the size of something in a period (a money amount, a count, a physical quantity)",
    "forecast": "a level expected for a period that had not ended",
    "growth": "a rate of change in percent against the same period before (rises and falls)",
    "share": "a part as a percent (or fraction) of its whole",
    "change": "a difference between two figures of one measure (percentage points, or an amount)",
    "conversion": "an amount converted into another currency",
    "count": "a number of things (firms, sectors, people)",
    "rank": "a position in an order: first, second, 70th",
    "target": "a figure or year set as a goal",
    "multiple": "one figure as a multiple of another: five times, doubled, 6.34 times",
    "enumeration": "a count of items the quote goes on to list",
    "date": "a weekday, month, relative date or span",
    "dismissed": "a number that is not a claim (the note says why)",
}
# Kinds another source could publish, and so compare with a reference.
COMPARABLE_KINDS = ("level", "forecast", "growth", "share", "change", "count", "target", "rank", "enumeration",
                    "multiple")

# Qualifiers and the words that set them ----------------------------------------------------

QUALIFIERS = ("exact", "about", "expected", "over", "nearly", "at least", "at most")
# Qualifiers that make a printed figure a threshold rather than a rounded value.
THRESHOLDS = ("over", "nearly", "at least", "at most")
# Qualifiers whose figure bounds the value on one side and, strictly, reaches no further than the next round figure on
# the other ("over 900 billion" is short of a trillion); read loosely, they bound it on one side alone
BOUND_QUALIFIERS = ("over", "nearly")
QUALIFIER_WORDS = {
    "over": ("over", "more than", "exceed", "exceeded", "exceeds", "exceeding", "surpass", "surpassed",
             "surpasses", "surpassing", "topped", "top", "tops", "above", "beyond", "upwards of", "in excess of",
             "break", "broke", "passed", "cross", "crosses", "crossed", "crossing"),
    "nearly": ("nearly", "almost", "close to", "under", "below", "just shy of", "less than", "approaching"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "~",
              "approx.", "approx", "app.", "ca."),  # (as cut short: "This is app. 35,000 (13 pct) more")
    "at least": ("at least", "no less than", "a minimum of"),
    "at most": ("at most", "no more than", "not more than", "up to", "a maximum of", "not exceed", "not to exceed",
                "not top", "not surpass"),
}

# Trend words a register ties to a figure --------------------------------------------------

TREND_MEANINGS = {
    "rising": "the figure is above the same measure's earlier figure",
    "falling": "the figure is below the same measure's earlier figure",
    "accelerating": "the growth to this figure is faster than the growth to the one before",
    "slowing": "the growth to this figure is slower than the growth to the one before",
    "largest": "the figure is above every rival's (a share above 50 % needs no rivals)",
    "smallest": "the figure is below every rival's",
    "above": "the figure is above each figure it links to",
    "below": "the figure is below each figure it links to",
    "majority": "the figure, a share, is more than half of its whole",
}
TRENDS = tuple(TREND_MEANINGS)
# Trend words that compare a figure with the rows it links to (comparison.py), rather than restate them.
COMPARISON_TRENDS = ("largest", "smallest", "above", "below")

# Direction of a change: read from the verb next to the number, or set in the register ----

DIRECTIONS = ("rise", "fall")
# Words that say a growth rate or change is negative. "down from" and "slowed from" are left
# out on purpose: they introduce the earlier figure, not the direction of this one.
FALL_WORDS = (
    "fell", "fall", "falls", "falling", "declined", "decline", "declines", "declining", "dropped", "drop", "drops",
    "down", "shrank", "shrink", "shrinks", "shrunk", "decreased", "decrease", "decreases", "lower", "lost",
    "slumped", "slump", "slid", "slide", "slip", "slipped", "plunged", "plunge", "tumbled", "contracted", "contraction",
    "contract", "dipped", "dip", "plummeted", "sank", "retreated", "reduced", "reduction", "cut", "eased", "negative",
    "degrowth",  # ("with de-growth of 52%", written with or without its hyphen)
    "loss", "losing", "loses", "less", "contracts", "dips", "plunges", "tumbles", "slips", "sinks", "eases", "slumps", "slides",
    "narrowed", "narrows", "narrowing", "narrower",  # a surplus or a gap that narrowed is smaller
    "decreasing", "dropping", "sliding", "shrinking", "contracting", "slumping", "plunging", "tumbling", "dipping",
    "nosedived", "crashed", "sagged", "slipping", "sinking",
    "sink", "plummet", "plummets", "tumble", "crash", "sag", "sags",
    "fallen", "sunk",  # ("has fallen by 8.2%": the participle after "has")
    "lowered", "trimmed",  # ("Operating income forecast was lowered 15 percent, from 80 billion yen")
)
RISE_WORDS = (
    "rose", "rise", "rises", "rising", "grew", "grow", "grows", "growth", "up", "increased", "increase", "increases",
    "hiked", "hikes",
    "gained", "gain", "jumped", "jump", "climbed", "climb", "surged", "surge", "expanded", "expand", "expansion",
    "higher", "added", "soared", "rallied", "accelerated", "raised", "boosted", "advanced", "more",
    # a headline's present tense: "China's economy expands 6.1 percent"
    "expands", "climbs", "jumps", "surges", "soars", "gains", "advances", "rallies", "accelerates",
    "widened", "widens", "widening", "wider",
    "increasing", "growing", "climbing", "jumping", "surging", "soaring", "gaining", "expanding", "advancing",
    "boosting", "boost", "boosts", "lifting", "lifted", "lift", "lifts", "raising",
    # "The revenue zoomed 22.45%": the verbs of a sharp rise
    "zoomed", "zooms", "rocketed", "skyrocketed", "spiked", "leapt", "leaped", "leaps", "shot", "spurted",
    # after "saw revenue", "helped sales": the bare verb ("saw revenue soar 75 percent"; not "spike", which
    # counts a day's cases in "the highest single-day spike of 24,879")
    "soar", "leap", "rocket", "rockets", "zoom", "swelled", "swell", "swells", "ballooned",
    "risen", "grown", "swollen",  # ("has risen by 14.9%")
)
# Measures of which less is better: a deficit, a debt or a jobless rate that "improves" falls, and one "beating" a
# mark may have come in below it
LESS_IS_BETTER = re.compile(r"(?i)\b(?:deficits?|debts?|loss(?:es)?|arrears|shortfalls?|unemployment|jobless\w*|"
                            r"inflation|non-performing|npls?)\b")
# Words of beating or missing a mark: of a measure of which less is better, they may say either way
BY_MERIT = re.compile(r"(?i)\b(?:surpass\w*|beat\w*|exceed\w*|outperform\w*|outdid|outdo\w*|better|top(?:ped|ping|s)|"
                      r"ahead of|miss(?:ed|es|ing)?|short of|worse|underperform\w*)\b")
_DIRECTION_WORD = re.compile(r"[a-z]+")
# "has increased the retail prices for Liquid Petroleum Gas (LPG) in both local and foreign currency by four percent to
# US$1,92": a verb that moves a thing, an object too long for MOVED_ITS_THING_BY, then the rate and the level it moved
# to or from, which says the rate is a move
_MOVING_VERB = re.compile(r"(?i)\b(?:(?P<rise>increased|increases|raised|raises|hiked|hikes|boosted|boosts|lifted|"
                          r"lifts)|(?P<fall>cut|cuts|reduced|reduces|lowered|lowers|slashed|slashes|trimmed|trims|"
                          r"decreased|decreases))\s+")
_A_LONG_OBJECT_BY = re.compile(r"(?i)[^.;:!?\d]{3,100}?\bby\s+(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|"
                               r"roughly\s+)?\S{0,4}$")
_RATE_THEN_A_LEVEL = re.compile(r"(?i)^\s*(?:(?:percent|per\s?cent|%|pc|pct)\s+)?(?:to|from)\s+\S{0,4}\d")
# "boosted its loans by 11%", "cut its workforce by 8 per cent", "hiked the defence budget by a whopping 27 per cent": a
# verb of which way, its object (what moved), then
# "by" and the number's currency, if any
MOVED_ITS_THING_BY = re.compile(r"(?i)\b(?P<verb>[a-z]+)\s+(?:its|their|his|her|our|the)\s+(?P<thing>(?:[a-z][\w'’-]*\s+){1,3})"
                                r"by\s+(?:an?\s+(?:[a-z]+\s+)?)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+|over\s+|"
                                r"roughly\s+)?\S{0,4}$")
# ("grew in real terms by 0.41 per cent", "1.63 per cent lower in dollar terms": how it is measured, one filler)
# ("a 56.6 percent sequential decline": the basis as an adjective, one filler too)
_BASIS_ADVERB = re.compile(r"\b(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)\b|\bsequential\b|"
                           r"\bin\s+(?:real|nominal|dollar|rupee|yuan|value|volume|constant[- ]price|current[- ]price)\s+terms\b")
# "breaking down the 15.9 per cent": splitting a figure into its parts, not a fall
_BREAKING_DOWN = re.compile(r"(?i)\b(?:break(?:s|ing)?|broken?)\s+down\b")
_DE_GROWTH = re.compile(r"(?i)\bde-growth\b")
_PER_CENT = re.compile(r"(?i)\bper\s+cent\b")
_OR_AN_AMOUNT = re.compile(r"(?i)^\W*(?:per\s?cent|percent|%|pc)?\s*,?\s*or\s+\S{0,4}\d[\d.,]*")
_SET_OFF_MOVE = re.compile(r"[^,.;]{0,40},\s*(?:down|up)\s+from\b", re.I)
_AS_MUCH_AS = re.compile(r"\bas\s+(?:much|many|high|low|little|few)\s+as\b")
# When, not which way, and no word between the verb and its rate: "fell on Thursday by 26%", "rose today by 3 percent",
# "has fallen over the same period by 8.2%", "grew in the first half by 5 per cent", "rose in 2023 by 4%"
_THE_DAY = re.compile(r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:today|yesterday)\b|"
                      r"\b(?:over|in|during|for|through)\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,2}"
                      r"(?:period|quarter|half|year|month|week|months|quarters|weeks|years)(?=\s+by\b)|"
                      r"\b(?:in|during)\s+(?:19|20)\d\d(?=\s+by\b)")
# Words that may stand between a direction word and its number ("fell by about 20", "a 20 % fall").
_FILLER = {"by", "of", "a", "an", "some", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
           "than", "just", "percent", "per", "cent", "pct", "the", "year-on-year", "on", "year", "y/y",
           "yoy", "sharply", "slightly", "further", "marginally", "another", "only", "still",
           # how big, not which way: "jumped a whopping 72.0 percent", "fell by a sharp 23 per cent"
           "whopping", "staggering", "massive", "hefty", "sharp", "steep", "modest", "mere", "healthy", "solid",
           "robust", "strong", "impressive", "significant", "substantial", "considerable", "notable", "remarkable",
           "alarming", "dramatic", "astonishing", "stunning", "startling", "worrying",
           # ("down a marginal 0.1 per cent", "up a slight 2%")
           "marginal", "slight", "small", "meagre", "meager", "moderate", "tiny",
           # which figure, not which way: "a 2.3 percent revised decline"
           "revised", "provisional", "preliminary"}
# ... and, before the number only, how often: "dropped an annual 28 per cent" ("the 1.8% monthly rise" after a figure
# compared with is that one's own move)
_FILLER_BEFORE = _FILLER | {"annual", "annualised", "annualized", "monthly", "quarterly", "yearly"}
# Verbs that are also nouns of a count: a rise right before the number ("saw revenue spike 75 percent"), none
# across "of" ("the highest single-day spike of 24,879 cases").
_RISE_RIGHT_BEFORE = {"spike", "spikes"}
# Read as directions only after the number ("20 percent more"): before it they are qualifiers
# ("fell more than 20 percent").
_ONLY_AFTER = {"more", "less"}
# A figure's own unit words, read past after the number: "a 210,000 b/d drop", "a 5 million tonne fall".
_UNIT_WORDS = {"b", "d", "bpd", "barrels", "barrel", "day", "tonnes", "tonne", "tons", "ton", "units", "mw", "gw",
               "kwh", "mwh", "gwh", "twh", "million", "billion", "trillion", "thousand", "crore", "lakh", "points",
               "point", "basis", "bps", "pp", "mb", "pc", "pct", "percentage",
               # ("£3.5bn lower than last year": a scale glued to the number, abbreviated)
               "bn", "mn", "tn", "m", "k", "cr", "crores", "lakhs"}  # ("Over 5pc decline": the unit glued on, then the move)


def value_at(quote: str, value: str) -> int:
    """Where a figure's printed value stands in its quote (-1 if nowhere): a whole number, so the "5" of "falling
    5 yen" is not the 5 of an "0.5 percent" quoted before it."""
    # A scan, not a regular expression built for each value: a 50,000-row register compiled one per row.
    # ... nor the 6 of a period's code before it ("During 6MFY24, it fell by 6 percent"; "Q3", "1HFY24")
    text, target = quote.lower(), value.lower()
    first = at = text.find(target)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + len(target):at + len(target) + 2]
        code = before.isalpha() and target[:1].isdigit() or re.match(r"[A-Z]{2}", quote[at + len(target):at + len(target) + 2])
        if not (before.isdigit() or before in (".", ",")) and not code and \
                not (after[:1].isdigit() or after[:1] in (".", ",") and after[1:2].isdigit()):
            return at
        at = text.find(target, at + 1)
    return first


# ("17.2% below the peak of $1.022 trillion": a rate's gap to a figure named after it, below or above it; an amount
# "413 Bcf above the five-year average" is a difference, no move)
_COMPARED_RIGHT_AFTER = re.compile(r"(?i)\s*(?:(?:percentage\s+points?|points?|pp|percent|per\s?cent|%)?\s*"
                                   r"(less|fewer|smaller|lower|more|higher|greater|bigger|larger)\s+than|"
                                   # ("lost 10% more primary rainforest in 2022 than in 2021": what is more, between)
                                   r"\s?(?:percent|per\s?cent|%)\s*(less|fewer|smaller|lower|more|higher|greater|bigger|"
                                   r"larger)\s+(?:[\w-]+\s+){1,5}?than\b|"
                                   r"\s?(?:percent|per\s?cent|%)\s*(below|under|above)\s+(?:the|its|their|a|an|last|this)\b)")


def direction_in(before: str, after: str, reach: int = 4) -> str:
    """'fall' or 'rise' from the words next to a number (up to `reach` before it, three after), else ''.

    The nearest direction word wins; fillers ("by", "about", "a") are skipped, any other word
    ends the search, so "down from 7 percent" and "fell, while 5 percent" are not read as falls.
    A change ("cut its forecast by 1.3 billion") reads its verb further back: `reach` is larger."""
    # ("is up year-on-year by 9.1 billion": the basis said between is one filler, not three words)
    # ("down as much as 79.8 percent": how far, no word of its own)
    before, after = _DE_GROWTH.sub("degrowth", before), _DE_GROWTH.sub("degrowth", after)
    before = _BREAKING_DOWN.sub("breakdown", before)  # ("Breaking down the 15.9 per cent penetration": no fall)
    if compared := _COMPARED_RIGHT_AFTER.match(after):
        # ("The growth rate was 1.2 percentage points less than in October": the comparative right after the figure,
        # before any other word, says which way, whatever the subject's words)
        way = next(word for word in compared.groups() if word).lower()
        return "fall" if way in ("less", "fewer", "smaller", "lower", "below", "under") else "rise"
    verb = (moved.group("verb").lower() if (moved := MOVED_ITS_THING_BY.search(before)) else "")
    if verb in FALL_WORDS or verb in RISE_WORDS:
        return "fall" if verb in FALL_WORDS else "rise"
    words_before = _DIRECTION_WORD.findall(_THE_DAY.sub(" ", _AS_MUCH_AS.sub(" ", _BASIS_ADVERB.sub(" yoy ", before.lower()))))[-reach:]
    if len(words_before) >= 2 and words_before[-1] == "from" and words_before[-2] in FALL_WORDS + RISE_WORDS:
        return ""  # "down from 7 percent": the 7 is the earlier figure
    for at in reversed(range(len(words_before))):
        word = words_before[at]
        if word in _ONLY_AFTER or word in ("in", "it", "them") and at and words_before[at - 1] in FALL_WORDS + RISE_WORDS:
            continue  # ("the expected drop in 3.9%": the move's noun, then "in"; "raising it by £285": its object)
        if words_before[at + 1:at + 2] == ["than"] and word in FALL_WORDS + RISE_WORDS:
            break  # "was lower than the 1.8% monthly rise": the figure compared with, its own move told after it
        if word in FALL_WORDS or word in RISE_WORDS and words_before[at - 1:at] == ["negative"]:
            return "fall"  # ("a negative growth of 2.66 per cent" is a fall)
        if word in RISE_WORDS or word in _RISE_RIGHT_BEFORE and at == len(words_before) - 1:
            return "rise"
        if word not in _FILLER_BEFORE and reach <= 4:
            break
    # ("a 7% year-on-year drop": the basis said between is one filler there too)
    # ("trading 0.51% or 338.62 points lower": the amount the rate restates stands between it and its way)
    after = _OR_AN_AMOUNT.sub(" ", after)
    # ("2.4 per cent YoY de-growth": the unit is one word of the three looked at, however it is spelt)
    after = _PER_CENT.sub("percent", after)
    words_after = [w for w in _DIRECTION_WORD.findall(_BASIS_ADVERB.sub(" yoy ", after.lower())) if w not in _UNIT_WORDS]
    # ("a 23.6 per cent year-on-year (YoY) drop": the basis spelt out, then abbreviated, is one word of the three)
    words_after = [w for at, w in enumerate(words_after) if not at or w != words_after[at - 1]]
    after_words = words_after[:3]
    for at, word in enumerate(after_words):
        if words_after[at + 1:at + 2] == ["from"] and word in ("down", "up") and _SET_OFF_MOVE.match(after):
            # ("to 4.9 percent year over year, down from the 7.9 percent": the move to it, set off by a comma, no
            # fall of 4.9; "30 per cent down from Rs 2,835 crore" is the fall)
            break
        if word in FALL_WORDS:
            return "fall"
        # ("10 percent or more" says how much, "0.86 percent more than the previous year's" which way)
        if word in RISE_WORDS and (word not in ("more", "up") or after_words[at + 1:at + 2] == ["than"]):
            return "rise"
        if word not in _FILLER:
            break
    if _RATE_THEN_A_LEVEL.match(after):
        for verb in reversed(list(_MOVING_VERB.finditer(before))):
            if _A_LONG_OBJECT_BY.fullmatch(before, verb.end()):
                return "fall" if verb.group("fall") else "rise"
            break
    return ""


# Link roles: the word after an id in the links column says what that row is to this one ---

LINK_ROLES = {
    "": "another figure of the same measure: its growth, its earlier level, its conversion, a restatement",
    "part": "a part of this row: the linked parts must not add up to more than this row",
    "whole": "the whole this row is a part of: this row must not be more than it",
    "plus": "added to make this row: this row = the sum of its plus rows minus its minus rows, within rounding",
    "minus": "subtracted to make this row (see plus)",
    "same whole": "on a share: another share of the whole this one is of, each with its part linked; the wholes they "
                  "imply must meet",
    "other part": "on a share: the share of another part of the same whole; shares of distinct parts add up to at "
                  "most 100 %",
    "conversion": "on an amount: the amount in another currency this one restates, told apart from it (\"In dollar "
                  "terms, exports were $726 million\" after \"Rs 4,731 crore\"); checked as a conversion, each row "
                  "keeping its own kind",
}
