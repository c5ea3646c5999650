"""What a check is, what a family of checks declares, and the context every family reads from."""
from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlparse

from ..article import Article
from ..drafting.text import is_verb, sentences
from ..errors import RegisterError
from .. import fmt
from ..fmt import day
from ..intervals import Interval
from ..periods import same_period, year_before
from ..printed import NEAR, misprinted
from ..references import Reference
from ..register import Claim
from ..vocabulary import LEVEL_KINDS, value_at
from .verdict import CONSISTENT, INCONSISTENT, TENSION, compare, describe


@dataclass
class Check:
    kind: str                        # the family's name for it: prior level, trend, conversion, ...
    claims: list[str]
    verdict: str
    explanation: str                 # one plain sentence (or two) with the numbers in it
    references: list[str] = field(default_factory=list)
    implied: Interval | None = None  # what the article's figures imply
    implied_unit: str = ""
    stated: Interval | None = None   # what it is compared with (the text or a reference)
    stated_unit: str = ""
    gap: float | None = None
    gap_percent: float | None = None
    later_references: list[str] = field(default_factory=list)
    later_information: str = ""
    finding: str = ""                # a shorter sentence for the key findings, where the explanation is long
    own_source: bool = False         # conflicts with the article's own cited source: leads its verdict's findings
    automatic: list[str] = field(default_factory=list)  # references matched by metric name, not by the register
    id: str = ""                     # K01..., set by the engine once all checks exist
    rank: int = 9                    # the family's rank among findings of one verdict, set by the engine


@dataclass(frozen=True)
class Family:
    """A family of checks: one module, one test file, one row in docs/relations.md.

    `ranks` orders findings of the same verdict in the brief (lower first) for each kind of
    check the family makes; what it does not list ranks after everything listed."""

    run: Callable[["Context"], list[Check]]
    ranks: dict[str, int]


def metric_key(metric: str) -> str:
    """Compare metrics without forecast markers: "scale (forecast)" is the same measure as "scale"."""
    text = re.sub(r"\((?:[^)]*\b(?:forecast|expected|headline)\b[^)]*)\)", "", metric.lower())
    return " ".join(text.split())


def period_key(period: str) -> tuple[str, bool]:
    """The period without remarks, and whether there were remarks ("2024 (as of report)")."""
    bare = re.sub(r"\([^)]*\)", "", period).strip().lower()
    return bare, bare != period.strip().lower()


def times_apart(a: Claim, b: Claim) -> float | None:
    """How many times the larger of two figures is the smaller, read at the middle of their intervals (None when the
    smaller is zero)."""
    small, large = sorted(abs(c.interval.low + c.interval.high) / 2 for c in (a, b))
    return large / small if small > 0 else None


def powers_of_ten_apart(a: Claim, b: Claim) -> int:
    """How many powers of ten one figure is the other, to within 1 % (1 for ten times, 3 for a thousand ... up to 6), or
    0: "8.2 bn tonnes" and "82 bn tonnes", "91,880.032" users printed for 91,880,032."""
    ratio = times_apart(a, b)
    return next((k for k in range(1, 7) if ratio is not None and abs(ratio / 10 ** k - 1) <= 0.01), 0)


def worlds_apart(a: Claim, b: Claim) -> bool:
    """Two figures of one measure a thousandfold apart: a scale relates them, not the arithmetic (a misprint, "Rs
    13.71 lakh crbudgeted" read as lakh, "GH₵ 42,769.50" with its "million" left out)."""
    return a.interval.low > 1000 * b.interval.high or b.interval.low > 1000 * a.interval.high


def slip_apart(a: Claim, b: Claim) -> bool:
    """Whether one printed figure is the other misprinted as writers slip: near it (within a tenth of the larger), a
    power of ten off ("GH¢51.58m" for 51,580.17 million), or one digit changed, added, dropped or two swapped
    ("59,128" for 59,182; "27.2%" for 2.72)."""
    mid_a, mid_b = (a.interval.low + a.interval.high) / 2, (b.interval.low + b.interval.high) / 2
    high = max(abs(mid_a), abs(mid_b))
    gap = max(a.interval.low - b.interval.high, b.interval.low - a.interval.high, 0)
    return not high or gap <= NEAR * high or misprinted(mid_a, mid_b, a.printed.text, b.printed.text)


def cut_off(claim: Claim) -> Interval | None:
    """A figure read as its printed digits cut off rather than rounded ("PHP5.15 trillion" for 5.159): from the
    printed value up to one step of its last digit."""
    printed, unit = claim.printed, claim.canonical_unit
    if printed is None or unit is None or printed.value <= 0:
        return None
    return Interval(float(printed.value * unit.factor), float((printed.value + printed.step) * unit.factor))


def nearer_the_fraction(stated: Claim) -> Interval | None:
    """"Nearly half", "just over a quarter": a fraction word with a bound allows every value up to the next fraction
    a writer would use (a third below half, two-thirds above it), but means one nearer the fraction than that one: the half of the interval
    next to the fraction (41.7-50 % for "nearly half"). None for any other figure."""
    printed, interval = stated.printed, stated.interval
    if printed is None or printed.whole is None or stated.qualifier not in ("nearly", "over") or interval is None \
            or not math.isfinite(interval.width):
        return None
    middle = (interval.low + interval.high) / 2
    return Interval(middle, interval.high, high_open=True) if stated.qualifier == "nearly" else \
        Interval(interval.low, middle, high_open=True)


def digits_cut(stated: Claim, implied: Interval) -> bool:
    """Whether a rate or a share is the one its figures give with its last digits cut off ("rose 8 per cent" for
    8.69 %, "down 36.9 percent" for 36.98 %, as the regulator's own release printed it; "6.2% of total retail sales"
    for 6.26-6.28 %): the implied value lies within [N, N + one step of N's last digit) of the stated one's
    direction, or the figures as printed give a value in it, their rounding reaching past it ("grown by 173 per cent
    from N6.27 trillion to N17.175 trillion": 173.9 % cut to 173, 173.7 to 174.2 % in all)."""
    printed = stated.printed
    if printed is None or not 0 < printed.digit_step <= 1 or printed.value <= 0 \
            or (stated.interval.low < 0) != (implied.low < 0):  # (a rise said for a fall is no truncation)
        return False
    step = float(printed.digit_step)
    low, high = (float(printed.value), float(printed.value) + step) if implied.low >= 0 else \
        (-float(printed.value) - step, -float(printed.value))
    middle = (implied.low + implied.high) / 2
    return implied.low >= 0 and (low <= implied.low and implied.high < high or low <= middle < high) or \
        implied.high <= 0 and (low < implied.low and implied.high <= high or low < middle <= high)


def printed_at(text: str, claim: Claim) -> int | None:
    """Where a claim's figure is printed in the article (its quote may open before it)."""
    found = text.find(claim.value, claim.start) if claim.start is not None else -1
    return found if found >= 0 else None


def rounded_up(stated: Claim, implied: Interval) -> bool:
    """Whether a rate or a share is the one its figures give rounded up to its last digit rather than to the nearest
    ("increased its subscribers by 258 per cent, from 52,560 ... to 187,691", 257.1 %): the implied value's size lies
    within one step of that digit below the stated one's, in the stated one's direction, and within a hundredth of it
    (a "3%" fall for 2.38 % is no rounding, whichever way)."""
    printed = stated.printed
    if printed is None or not 0 < printed.digit_step <= 1 or printed.value <= 0 \
            or (stated.interval.low < 0) != (implied.low < 0) or implied.low < 0 < implied.high:
        return False
    value, step = float(printed.value), float(printed.digit_step)
    smaller, larger = sorted((abs(implied.low), abs(implied.high)))
    return value - step < smaller and larger <= value and value - smaller <= value / 100


def near_miss(stated: Claim, implied: Interval) -> bool:
    """Whether a rate misses what its figures give by a sliver: by less than a fifth of a step of its last digit, or a
    fiftieth of the span the figures' rounding leaves, and a hundredth of its size ("a 4.4% fall" from £1.098bn to
    £1.048bn, 4.46-4.64 %; "7.2 million kilogrammes up from 6.3 million ..., a 12.5 per cent increase", 12.6-16.0 %):
    a writer working from the source's unrounded figures more likely than a wrong one."""
    printed = stated.printed
    if printed is None or not 0 < printed.digit_step or (stated.interval.low < 0) != (implied.low < 0):
        return False
    gap = max(implied.low - stated.interval.high, stated.interval.low - implied.high, 0)
    return 0 < gap < max(float(printed.digit_step) / 5, implied.width / 50) and gap <= abs(float(printed.value)) / 100


def rounded_twice(stated: Claim, implied: Interval) -> bool:
    """Whether a rate or a share is the one its figures give rounded twice, first to one digit more and then to the
    printed one ("rose sharply (49%) from 7.76 million carats ... to 11.51 mn carats", at most 48.485 %: 48.5, then
    49): the implied value lies outside the stated one's rounding by no more than half a step of the next digit."""
    printed = stated.printed
    if printed is None or not 0 < printed.digit_step or (stated.interval.low < 0) != (implied.low < 0):
        return False
    gap = max(stated.interval.low - implied.high, implied.low - stated.interval.high)
    return 0 < gap <= float(printed.digit_step) / 20


def zeros_padded(stated: Claim, implied: Interval) -> bool:
    """Whether a rate or a share printed with zeros after the point is the one its figures give once the zeros are
    read as padding ("rose by 8.0 per cent ... to 14,218 GWh ... compared with 13,180 GWh", 7.87 %, in a story that
    prints "1.0", "3.0" and "9.0" too): the implied value meets the stated one read to its last nonzero digit (8.0
    as 7.5-8.5; 2.50 as 2.45-2.55), the whole part's zeros still digits ("10.0" is no 5-15)."""
    printed = stated.printed
    digits = printed.text.replace(",", "") if printed is not None else ""
    if not re.fullmatch(r"\d+\.\d*0", digits) or (stated.interval.low < 0) != (implied.low < 0):
        return False
    decimals = digits.rstrip("0").split(".")[1]
    half = 10.0 ** -len(decimals) / 2
    value = float(digits) * (-1 if implied.low < 0 else 1)
    return compare(implied, Interval(value - half, value + half, high_open=True)).verdict != INCONSISTENT


def padded_sentence(stated: Claim, implied: Interval, what: str) -> str:
    """What a reviewer reads when zeros_padded holds a rate or share: why it is a tension, not a contradiction."""
    return (f" Read without the zeros after its point, the article's {stated.value} % holds "
            f"({fmt.span(implied, 'percent')}): the zeros may be the outlet's padding rather than a claim of that "
            f"precision; confirm the {what} (tension).")


# "from last year's total of roughly $61.5 million", "from $61.5 million": the words before the figure a move started from
# ("from a year earlier to $5 billion" says where the move went: no "to" or "at" between)
# ("compared to the 238.39 million subscribers reported three months ago": a figure compared with, a move's start too;
# "compared to to 27.4 trillion rupees", its "to" typed twice)
# ("declined by 2 percent, versus growth of 4 percent and 6 percent in the prior two periods": what it is set against)
_SAID_FROM = re.compile(r"(?i)\b(?:from|compared\s+(?:to|with)(?:\s+to)?|versus|vs\.?)\s+(?:(?!(?:to|at|reach\w*|hit|stand\w*|stood)\b)[\w'’-]+\s+){0,5}?(?:of\s+)?"
                        r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?\S{0,4}$")


# "compared to FY 2022, when net sales tax totaled $615.5 million": a clause of when, after the period moved from,
# that gives its figure
_SAID_THEN = re.compile(r"(?i)\b(?:year|period|month|quarter|week|(?:19|20)\d\d(?:[-–/]\d{2,4})?|earlier|ago|before),?\s+"
                        r"(?:when|where)\s+(?:[\w'’-]+\s+){1,5}?(?:stood|totall?ed|was|were|reached|amounted|came|"
                        r"recorded|registered)\s+(?:(?:at|to|in|valued\s+at|recorded\s+at)\s+)?(?:about\s+|around\s+|"
                        r"roughly\s+|nearly\s+|some\s+)?\S{0,4}$|"
                        # ("compared to the seventh edition, during which 195 tonnes were sold": the time compared
                        # with, then its figure)
                        r"\b(?:compared\s+(?:to|with)|against|than)\s+(?:[\w'’-]+\s+){1,4}?[\w'’-]+,?\s+"
                        r"(?:during|in|when)\s+which\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?\S{0,4}$")


def said_from(ctx: "Context", figure: Claim) -> bool:
    """Whether the words right before a figure say a move started from it ("increased by $9 million, or 14.7
    percent, from last year's total of roughly $61.5 million"): the figure before, not the one reached."""
    at = value_at(figure.quote, figure.value)
    if at < 0:
        return False
    if _SAID_THEN.search(ctx.article.text, max(0, figure.start + at - 90), figure.start + at):
        return True
    found = _SAID_FROM.search(ctx.article.text[max(0, figure.start + at - 60):figure.start + at])
    # ("Electricity production from fossil fuels totaled 341.6 TWh": a verb after "from" makes it part of a subject)
    return found is not None and not any(is_verb(word) for word in re.findall(r"[A-Za-z]+", found.group(0))[1:])


def is_level(claim: Claim) -> bool:
    return claim.kind in LEVEL_KINDS and claim.unit not in ("percent", "pp")


def is_growth(claim: Claim) -> bool:
    return claim.kind == "growth" and claim.unit == "percent"


def compared_levels(ctx: "Context", growth: Claim) -> list[Claim]:
    """The two levels of one period a rate links ("X is 108.6 per cent more than Y"): a relative difference,
    not a change over time; [] for any other rate."""
    levels = [c for c in ctx.linked_claims(growth) if is_level(c)]
    if len(levels) == 2 and levels[0].canonical_unit.key == levels[1].canonical_unit.key and \
            levels[0].period and levels[1].period and same_period(levels[0].period, levels[1].period):
        return levels
    return []


def _bare_url(url: str) -> str:
    parsed = urlparse(url)
    return f"{(parsed.hostname or '').removeprefix('www.')}{parsed.path.rstrip('/')}"


@dataclass
class Context:
    article: Article
    claims: list[Claim]
    references: list[Reference]
    as_of: dt.date
    register_path: str = ""

    def __post_init__(self):
        # Indexes, so every family looks up its partners instead of scanning all claims or references:
        # 10,000 claims against 10,000 references stay linear.
        self.by_id = {c.id: c for c in self.claims}
        # A reference read at the article's own address is the article itself: it can never confirm it.
        own = _bare_url(self.article.url)
        self.own_references = {r.id for r in self.references if _bare_url(r.url) == own}
        self.ref_by_id = {r.id: r for r in self.references}
        self.numeric_claims = [c for c in self.claims if c.is_claim and c.interval is not None]
        self.levels = [c for c in self.numeric_claims if is_level(c)]
        self.growths = [c for c in self.numeric_claims if is_growth(c)]
        self._by_measure: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        self._linked_to: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.numeric_claims:
            if metric_key(claim.metric):
                self._by_measure[(metric_key(claim.metric), claim.entity.lower())].append(claim)
            for target in claim.links:
                self._linked_to[target].append(claim)
        self._refs_by_key: dict[tuple[str, str, str, str], list[Reference]] = defaultdict(list)
        self.rates: dict[str, list[Reference]] = defaultdict(list)  # "CNY per USD" -> exchange-rate rows
        for ref in self.references:
            if ref.interval is None or ref.id in self.own_references:
                continue
            if ref.canonical_unit.is_rate:
                self.rates[ref.unit].append(ref)
            key = (metric_key(ref.metric), ref.entity.lower(), period_key(ref.period)[0], ref.canonical_unit.key)
            self._refs_by_key[key].append(ref)
        # What the checks read of each row's optional inputs, so nothing is silently ignored, and
        # warnings about the register's shape (a whole smaller than its part), one line each.
        self.used: set[tuple[str, str]] = set()
        self.notices: list[str] = []
        self._sentence_starts = [start for start, _ in sentences(self.article.text)]


    # Looking up partners ------------------------------------------------------------------

    def same_measure_claims(self, claim: Claim) -> list[Claim]:
        """Numeric claims of the same metric and entity (the claim itself included)."""
        return self._by_measure.get((metric_key(claim.metric), claim.entity.lower()), [])

    def linking_to(self, claim: Claim) -> list[Claim]:
        """Claims whose links column names this claim."""
        return self._linked_to.get(claim.id, [])

    def linked_claims(self, claim: Claim, role: str = "") -> list[Claim]:
        """Numeric claims this one links to with a role, and those linking to it with the opposite role
        (a part linking to its 'whole' is the same relation as the whole linking to its 'part')."""
        opposite = {"part": "whole", "whole": "part", "": "", "same whole": "same whole",
                    "other part": "other part"}.get(role)
        found = {i: self.by_id[i] for i in claim.linked(role)}
        if opposite is not None:
            found.update({c.id: c for c in self.linking_to(claim) if c.roles.get(claim.id, "") == opposite})
        return [c for c in sorted(found.values(), key=lambda c: c.row) if c.interval is not None and c.is_claim]

    def breakdowns(self, whole: Claim) -> list[list[Claim]]:
        """The whole's parts, by breakdown. The parts its own row lists are one breakdown; a part whose row names
        the whole that list leaves out belongs to another breakdown ("Among them, private investment" beside the
        three industries) and stands alone. With no list on the whole's row, the parts naming it are one breakdown."""
        parts = self.linked_claims(whole, "part")
        listed = set(whole.linked("part"))
        if not listed:
            # (parts that name it from different sentences are told apart: "with 84 new cases ..., raising the total
            # number of confirmed infections to 624", then "Of the total cases, 437 patients have recovered ..., while
            # 187 remain under treatment": the day's new cases are among the recovered and the treated, no third part)
            by_sentence: dict[int, list[Claim]] = {}
            for part in parts:
                by_sentence.setdefault(self.sentence_of(part.start), []).append(part)
            if len(by_sentence) > 1 and any(len(group) > 1 for group in by_sentence.values()):
                return list(by_sentence.values())
            return [parts] if parts else []
        return [[p for p in parts if p.id in listed]] + [[p] for p in parts if p.id not in listed]

    def partners(self, claim: Claim) -> list[Claim]:
        """Claims of the same measure, and those linked either way as the same measure, without repeats."""
        found = {c.id: c for c in self.same_measure_claims(claim)}
        found.update({c.id: c for c in self.linked_claims(claim)})
        found.pop(claim.id, None)
        return [c for c in sorted(found.values(), key=lambda c: c.row) if c.interval is not None and c.is_claim]

    def earlier_levels(self, later: Claim) -> list[Claim]:
        """Levels of the same quantity a year before this one's period."""
        before = year_before(later.period)
        return [c for c in self.partners(later)
                if is_level(c) and before and same_period(c.period, before) and self.same_quantity(c, later)]

    @staticmethod
    def same_measure(a: Claim, b: Claim) -> bool:
        """Same metric of the same entity (a level and its growth rate are one measure).

        An empty metric matches nothing: a figure nobody has described cannot be compared."""
        return bool(metric_key(a.metric)) and metric_key(a.metric) == metric_key(b.metric) \
            and a.entity.lower() == b.entity.lower()

    def same_quantity(self, a: Claim, b: Claim) -> bool:
        """Same measure in the same unit: two figures that can be compared directly."""
        return (self.same_measure(a, b) and a.canonical_unit is not None and b.canonical_unit is not None
                and a.canonical_unit.key == b.canonical_unit.key)

    def linked(self, a: Claim, b: Claim) -> bool:
        return b.id in a.links or a.id in b.links

    # References ---------------------------------------------------------------------------

    def reference(self, claim: Claim, ref_id: str) -> Reference:
        ref = self.ref_by_id.get(ref_id)
        if ref is None:
            raise RegisterError(self.register_path, f"references names unknown reference {ref_id!r}",
                                where=f"row {claim.row} (claim {claim.id}), column references",
                                fix="use an id from data/reference/*.csv")
        self.used.add((claim.id, f"reference {ref_id}"))
        return ref

    def linked_references(self, claim: Claim) -> list[Reference]:
        """The references the register names for a claim, minus any read at the article's own address."""
        return [ref for ref in (self.reference(claim, link.id) for link in claim.references)
                if ref.id not in self.own_references]

    def references_for(self, claim: Claim, period: str | None = None, unit_key: str | None = None) -> list[Reference]:
        """References of the claim's measure and entity for a period (its own by default), found by
        metric name without an explicit link; the register can turn such matches off."""
        if "*" in claim.excluded:
            return []
        key = (metric_key(claim.metric), claim.entity.lower(), period_key(claim.period if period is None else period)[0],
               unit_key or claim.canonical_unit.key)
        return [r for r in self._refs_by_key.get(key, []) if r.id not in claim.excluded]

    @staticmethod
    def other_scope(ref: Reference) -> bool:
        """A period with remarks ("2023 (as of July)") is not quite the period asked for."""
        return period_key(ref.period)[1]

    def source_phrase(self, ref: Reference) -> str:
        published = f"published {day(ref.published)}" if ref.published else "page undated"
        return f"{ref.source_org} ({published}, {ref.id})"

    def sentence_of(self, offset: int) -> int:
        """Which sentence of the article an offset of its text falls in."""
        return bisect.bisect_right(self._sentence_starts, offset)

    # What the checks read -----------------------------------------------------------------

    def use(self, claim: Claim, what: str) -> None:
        """Record that a check read one of the claim's optional inputs ('trend', 'direction', ...)."""
        self.used.add((claim.id, what))


def comparison(kind: str, claims: list[str], implied: Interval, stated: Interval, unit: str, text: str,
               *, tail: str = "", references: list[str] | None = None) -> Check:
    """The common check: what the article's figures imply against a stated figure, in one unit."""
    cmp = compare(implied, stated)
    return Check(kind, claims, cmp.verdict, describe(text, cmp, unit) + tail + ".", references=references or [],
                 implied=implied, implied_unit=unit, stated=stated, stated_unit=unit,
                 gap=cmp.gap, gap_percent=cmp.gap_percent)


def only_the_way_differs(check: Check, implied: Interval, stated: Interval, unit: str) -> Check:
    """An inconsistent check whose figures fit the stated move exactly the other way ("a 26 % rise" where the levels
    fell 26.4 %) is a tension: the size holds, and the way is one word (a "more" or "narrowed" read as which way it
    went, or which figure is the earlier), a likelier slip of reading than a figure the article got wrong. A
    reviewer still sees it flagged, with both readings."""
    if check.verdict != INCONSISTENT or compare(implied, stated.scaled(-1)).verdict != CONSISTENT:
        return check
    check.verdict = TENSION
    check.explanation += (f" Read the other way, {fmt.span(stated.scaled(-1), unit)}, the figures hold: the size of "
                          f"the move is right and only its way disagrees, a word or an order of figures to confirm "
                          f"(tension).")
    return check


def printed_move(later, first) -> int:
    """+1, -1 or 0: which way a figure moved from an earlier one as printed, read at the middle of their
    intervals (a direction word the rounding alone leaves in doubt still holds as printed)."""
    a, b = (first.interval.low + first.interval.high) / 2, (later.interval.low + later.interval.high) / 2
    return (b > a) - (b < a)


@dataclass(frozen=True)
class Direction:
    """How the move between two figures bears out a word saying which way it went ("rising", "revised up")."""
    verdict: str
    how: str                  # "holds", "other way", "as printed" or "unsure"
    gap: float | None = None  # for "other way": how far the move is from no move


def direction_borne_out(up: bool, moved: Interval, later, earlier) -> Direction:
    """The whole of the move's interval that way holds (an end at no move that the interval leaves out still
    shows the move: "up slightly from 2.3 percent" to 2.4); the whole of it the other way is inconsistent; rounding
    that leaves room for no move holds as printed when the printed figures moved that way, and is a tension
    otherwise."""
    if (moved.low > 0 or moved.low == 0 and moved.low_open) if up else \
            (moved.high < 0 or moved.high == 0 and moved.high_open):
        return Direction(CONSISTENT, "holds")
    if (moved.high < 0) if up else (moved.low > 0):
        return Direction(INCONSISTENT, "other way", -moved.high if up else moved.low)
    if printed_move(later, earlier) == (1 if up else -1):
        return Direction(CONSISTENT, "as printed")
    return Direction(TENSION, "unsure")


def said_direction(direction: Direction, word: str, thing: str) -> str:
    """The sentence's end for a direction word ("rising") and what moved ("the share")."""
    return {"holds": f"\"{word}\" holds",
            "other way": f"{thing} moved the other way, so \"{word}\" is wrong",
            # the printed figures moved that way; only their rounding leaves room for no move, and the article,
            # which had the unrounded figures, says there was one
            "as printed": f"\"{word}\" holds as printed (within rounding {thing} may not have moved)",
            "unsure": f"within rounding {thing} may not have moved, so \"{word}\" is not certain"}[direction.how]

