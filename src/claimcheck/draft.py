"""Draft a claims register from the text alone, for an article nobody has tabulated yet.

The draft fills what the sentence makes plain (unit, scale, qualifier, kind, period)
and links the figures one sentence ties together ("rose 9.1% to US$14.76 billion
from US$12.53 billion": two levels and a growth of one measure; "900 billion yuan
(about 126.7 billion U.S. dollars)": a conversion). It never invents a metric: only
figures it can tie together share one, so checks compare nothing it cannot defend.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .article import Article
from .periods import year_before
from .extract import Mention, find_mentions
from .register import COLUMNS, Claim, claims_from_rows
from .vocabulary import QUALIFIER_WORDS

_GROWTH = re.compile(r"\b(?:rose|rise|rising|grew|grow|growth|up|increase[ds]?|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|"
                     r"surge[ds]?|fell|fall|down|decline[ds]?|drop(?:ped)?|decrease[ds]?|year-on-year|y/y|yoy)\b", re.I)
_SHARE = re.compile(r"\b(?:share|accounting for|account(?:s|ed)? for|of (?:the )?(?:total|global|all|world))\b", re.I)
_FUTURE = re.compile(r"\b(?:expected|expects?|will|forecast|projected|poised|set to|estimated to|aims? to|target)\b", re.I)
_SOURCE = re.compile(r"[Aa]ccording to (?:the |a |an )?(?P<source>[A-Z][\w&.'()\- ]{1,80}?)(?=,|\.|;| reported| said|$)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?(?:\s+|(?=[A-Z“\"]))")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Ms|Mrs|Dr|No|Inc|Corp|Co|Ltd|vs|St)\.)$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; handles sentences run together ("said.Since") and "U.S."."""
    spans, start = [], 0
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for boundary in _SENTENCE_END.finditer(text, paragraph.start(), paragraph.end()):
            before = text[start:boundary.start()]
            if _ABBREVIATION.search(before) or re.search(r"\d\.$", before) and text[boundary.end():boundary.end() + 1].isdigit():
                continue
            spans.append((start, boundary.start()))
            start = boundary.end()
        if start < paragraph.end():
            spans.append((start, paragraph.end()))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _qualifier(before: str) -> str:
    """The qualifier word closest before the number, within its clause."""
    clause = re.split(r"[,;:]", before)[-1].lower()
    best, position = "exact", -1
    for qualifier, words in QUALIFIER_WORDS.items():
        for word in words:
            for found in re.finditer(rf"(?<![\w$]){re.escape(word)}(?![\w])", clause):
                if found.end() > position:
                    best, position = qualifier, found.end()
    return best


def _resolve(mention: Mention, year: int) -> str:
    """A period string from a date or period mention."""
    text = mention.text.lower()
    found = re.search(r"\b(19|20)\d\d\b", text)
    base = int(found.group(0)) if found else year - 1 if "last year" in text or "previous year" in text else year
    if mention.kind == "quarter":
        number = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        q = re.search(r"q([1-4])", text)
        n = int(q.group(1)) if q else next((v for k, v in number.items() if text.startswith(k)), 0)
        return f"{base}Q{n}" if n else str(base)
    if mention.kind == "half":
        return f"{base}H{1 if 'first' in text or 'h1' in text else 2}"
    if mention.kind in ("year", "relative"):
        return str(base)
    return ""


def draft_rows(article: Article) -> list[dict[str, str]]:
    text, year = article.text, article.published.year
    mentions = find_mentions(text)
    rows: list[dict[str, str]] = []
    first_pair_metric = ""
    headline_growth: list[dict[str, str]] = []
    for s_index, (s_start, s_end) in enumerate(sentences(text), start=1):
        inside = [m for m in mentions if s_start <= m.start < s_end]
        numeric = [m for m in inside if not m.temporal and m.kind != "ordinal"]
        periods = [m for m in inside if m.kind in ("year", "quarter", "half", "relative")]
        sentence = text[s_start:s_end]
        source = _SOURCE.search(sentence)
        claimed = {p.start for p in periods for n in numeric if 0 <= p.start - n.end <= 25}
        sentence_rows = []
        for mention in inside:
            row = {c: "" for c in COLUMNS}
            quote_start = max(s_start, text.rfind(" ", s_start, max(s_start, mention.start - 50)) + 1)
            quote_end = text.find(" ", min(s_end, mention.end + 30), s_end)
            quote = text[quote_start: quote_end if quote_end > 0 else s_end].strip()
            row.update(id=f"D{len(rows) + len(sentence_rows) + 1:02d}", quote=quote, value=mention.value,
                       source=source.group("source").strip() if source else "",
                       note="drafted automatically: check kind, unit, period and metric")
            before = text[s_start:mention.start]
            if mention.kind == "ordinal":
                row.update(kind="dismissed", note="ordinal: part of a name or a rank, not a quantity")
            elif mention.kind in ("weekday", "month"):
                row.update(kind="date", unit=mention.kind, qualifier="exact")
            elif mention.kind in ("year", "quarter", "half", "relative"):
                if numeric:
                    continue  # the period of the figures in its sentence
                if mention.kind == "relative":
                    row.update(kind="date", unit="relative", qualifier="exact", period=_resolve(mention, year))
                elif mention.kind == "year":
                    target = re.search(r"\bby\s*$", before[-6:], re.I)
                    row.update(kind="target" if target else "date", unit="year", qualifier="exact",
                               period=mention.value)
                else:
                    row.update(kind="dismissed", note="a period named without a figure")
            elif mention.kind == "duration":
                n = int(mention.value) if mention.value.isdigit() else 0
                span = f"{year}-01/{year}-{n:02d}" if "first" in mention.text.lower() and 0 < n <= 12 and mention.unit.startswith("month") else ""
                row.update(kind="date", unit=mention.unit if mention.unit.endswith("s") else mention.unit + "s",
                           qualifier="exact", period=span)
            else:
                row.update(_figure(mention, before, sentence, text, rows + sentence_rows))
                after = [p for p in periods if 0 <= p.start - mention.end <= 25]
                earlier = [p for p in periods if p.end <= mention.start and p.start not in claimed]
                chosen = (after or earlier[-1:] or [p for p in periods if p.end <= mention.start][-1:] or periods[:1])
                row["period"] = _resolve(chosen[0], year) if chosen else (str(year) if row["kind"] == "forecast" else "")
                row["qualifier"] = _qualifier(before) if row["kind"] != "conversion" else "exact"
                if row["kind"] == "forecast" and row["qualifier"] == "exact":
                    row["qualifier"] = "expected"
            row["_start"] = mention.start
            sentence_rows.append(row)
        first_pair_metric = _link_from_to(sentence_rows, text, sentence, s_index, year) or first_pair_metric
        if s_start < len(article.headline):
            headline_growth += [r for r in sentence_rows if r["kind"] == "growth" and not r["metric"]]
        rows += sentence_rows
    for row in headline_growth:  # a headline growth rate is usually the body's first from/to pair
        row["metric"] = first_pair_metric
    for row in rows:
        del row["_start"]
    return rows


def _figure(mention: Mention, before: str, sentence: str, text: str, previous_rows) -> dict[str, str]:
    if mention.kind == "percent":
        if mention.unit == "pp":
            return {"unit": "pp", "kind": "change"}
        clause = re.split(r"[,;]", before)[-1] + text[mention.end:mention.end + 25]
        kind = "share" if _SHARE.search(clause) else "growth" if _GROWTH.search(clause) else "share"
        return {"unit": "percent", "kind": kind}
    if mention.kind == "fraction":
        return {"unit": "ratio", "kind": "share"}
    scale = mention.scale
    if mention.kind == "amount" and mention.currency:
        gap = text[previous_rows[-1]["_end"]: mention.start] if previous_rows and "_end" in previous_rows[-1] else ""
        last = previous_rows[-1] if previous_rows else None
        if (last and last.get("unit") not in ("", mention.currency) and re.fullmatch(
                r"[\s-]*(?:[a-z-]+[\s-]+)?\(\s*(?:about|around|roughly|approximately|some|or)?\s*", gap, re.I)):
            return {"unit": mention.currency, "scale": scale, "kind": "conversion", "links": last["id"],
                    "_end": mention.end}
        kind = "forecast" if _FUTURE.search(sentence) else "level"
        return {"unit": mention.currency, "scale": scale, "kind": kind, "_end": mention.end}
    return {"unit": "count", "scale": scale, "kind": "level" if scale else "count", "_end": mention.end}


def _link_from_to(rows: list[dict[str, str]], text: str, sentence: str, s_index: int, year: int) -> str:
    """Figures one sentence ties together become one measure; returns the metric given to a from/to pair.

    '... rose 9.1% to X from Y': two levels of two periods and their growth rate.
    '... exceeded X in 2024, up 24 percent': a level and its growth rate."""
    shares = [r for r in rows if r["kind"] == "share" and r["unit"] == "percent"]
    share_to = [r for r in shares if re.search(r"\bto\s+$", text[:r["_start"]][-6:])]
    share_from = [r for r in shares if re.search(r"\bfrom\s+$", text[:r["_start"]][-8:])]
    if share_to and share_from:
        trend = "rising" if re.search(r"\b(?:ris|rose|up|increas|grew|climb)", sentence) else \
            "falling" if re.search(r"\b(?:fell|fall|down|decreas|declin|drop)", sentence) else ""
        metric = f"share of sentence {s_index}"
        share_from[0]["metric"] = metric
        share_to[0].update(metric=metric, links=share_from[0]["id"], trend=trend)
    levels = [r for r in rows if r["kind"] in ("level", "forecast") and r["unit"]]
    growths = [r for r in rows if r["kind"] == "growth"]
    # "X of Y ..., accounting for 42.7 percent of the total": a share of two amounts in one unit.
    if len(levels) == 2 and levels[0]["unit"] == levels[1]["unit"]:
        for share in (r for r in shares if not r["links"] and re.search(r"\bof (?:the )?total\b", sentence)):
            share["links"] = f"{levels[0]['id']};{levels[1]['id']}"
    later = [r for r in levels if re.search(r"\bto\s+\S*$", text[:r["_start"]][-12:])]
    earlier = [r for r in levels if re.search(r"\bfrom\s+\S*$", text[:r["_start"]][-14:])]
    if not (later and earlier) or later[0]["unit"] != earlier[0]["unit"]:
        if len(levels) == 1 and len(growths) == 1 and not growths[0]["metric"]:
            metric = f"figure of sentence {s_index}"
            levels[0]["metric"] = growths[0]["metric"] = metric
            growths[0]["period"] = growths[0]["period"] or levels[0]["period"]
        return ""
    metric = f"figure of sentence {s_index}"
    period = later[0]["period"] or str(year)
    later[0].update(metric=metric, period=period)
    earlier[0].update(metric=metric, period=earlier[0]["period"] if earlier[0]["period"] != period else year_before(period))
    for row in rows:
        if row["kind"] == "growth":
            row.update(metric=metric, period=period)
    return metric


def draft_register(article: Article) -> list[Claim]:
    rows = [{k: v for k, v in row.items() if not k.startswith("_")} for row in draft_rows(article)]
    return claims_from_rows(Path(f"(draft of {article.path.name})"), list(enumerate(rows, start=2)), article)


def write_draft(article: Article, target: Path, force: bool = False) -> Path:
    if target.exists() and not force:
        raise FileExistsError(f"{target} exists; it is an analyst's register and is not overwritten "
                              f"(pass FORCE=1 to replace it with a fresh draft)")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(draft_rows(article))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target
