"""What a check is, and the context every check family reads from."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..article import Article
from ..errors import RegisterError
from ..fmt import day
from ..intervals import Interval
from ..references import Reference
from ..register import Claim
from .verdict import compare, describe


@dataclass
class Check:
    kind: str                        # the family: prior-level, trend, conversion, ...
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
    id: str = ""                     # K01..., set by the engine once all checks exist


def metric_key(metric: str) -> str:
    """Compare metrics without forecast markers: "scale (forecast)" is the same measure as "scale"."""
    text = re.sub(r"\((?:[^)]*\b(?:forecast|expected|headline)\b[^)]*)\)", "", metric.lower())
    return " ".join(text.split())


def period_key(period: str) -> tuple[str, bool]:
    """The period without remarks, and whether there were remarks ("2024 (as of report)")."""
    bare = re.sub(r"\([^)]*\)", "", period).strip().lower()
    return bare, bare != period.strip().lower()


def year_before(period: str) -> str | None:
    """The same period a year earlier: 2024 -> 2023, 2024Q4 -> 2023Q4."""
    found = re.match(r"^(\d{4})(.*)$", period.strip())
    if not found:
        return None
    return f"{int(found.group(1)) - 1}{found.group(2)}"


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
        self.ref_by_id = {r.id: r for r in self.references}
        self.numeric_claims = [c for c in self.claims if c.is_claim and c.interval is not None]
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
            if ref.interval is not None and ref.canonical_unit.is_rate:
                self.rates[ref.unit].append(ref)
            if ref.interval is not None:
                key = (metric_key(ref.metric), ref.entity.lower(), period_key(ref.period)[0], ref.canonical_unit.key)
                self._refs_by_key[key].append(ref)

    def same_measure_claims(self, claim: Claim) -> list[Claim]:
        """Numeric claims of the same metric and entity (the claim itself included)."""
        return self._by_measure.get((metric_key(claim.metric), claim.entity.lower()), [])

    def linking_to(self, claim: Claim) -> list[Claim]:
        """Claims whose links column names this claim."""
        return self._linked_to.get(claim.id, [])

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

    def reference(self, claim: Claim, ref_id: str) -> Reference:
        ref = self.ref_by_id.get(ref_id)
        if ref is None:
            raise RegisterError(self.register_path, f"references names unknown reference {ref_id!r}",
                                where=f"row {claim.row} (claim {claim.id}), column references",
                                fix="use an id from data/reference/*.csv")
        return ref

    def references_for(self, metric: str, entity: str, period: str, unit_key: str) -> list[Reference]:
        """References of the same measure, entity, period and unit, found without an explicit link."""
        return self._refs_by_key.get((metric_key(metric), entity.lower(), period_key(period)[0], unit_key), [])

    @staticmethod
    def other_scope(ref: Reference) -> bool:
        """A period with remarks ("2023 (as of July)") is not quite the period asked for."""
        return period_key(ref.period)[1]

    def source_phrase(self, ref: Reference) -> str:
        published = f"published {day(ref.published)}" if ref.published else "page undated"
        return f"{ref.source_org} ({published}, {ref.id})"


def comparison(kind: str, claims: list[str], implied: Interval, stated: Interval, unit: str, text: str,
               *, tail: str = "", references: list[str] | None = None) -> Check:
    """The common check: what the article's figures imply against a stated figure, in one unit."""
    cmp = compare(implied, stated)
    return Check(kind, claims, cmp.verdict, describe(text, cmp, unit) + tail + ".", references=references or [],
                 implied=implied, implied_unit=unit, stated=stated, stated_unit=unit,
                 gap=cmp.gap, gap_percent=cmp.gap_percent)
