"""The development corpus's gold files: every relation an expert checks in one article.

A gold row names its figures by verbatim snippets of the article, each unique in it, so
the scorer can find them whatever register or draft the build used. See
`tests/corpus/README.md` for the columns and the families.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from .article import Article, read_article
from .errors import InputError

FAMILIES = (
    "prior level", "implied growth", "trend", "share change", "share of total", "sum of parts", "part of whole",
    "difference", "aggregate growth", "multiple", "per unit", "revision", "comparison", "enumeration",
    "restatement", "conversion", "conversion consistency", "date", "cross-source",
)
VERDICTS = ("consistent", "tension", "inconsistent", "unverifiable")
COLUMNS = ("id", "family", "figures", "decidable", "verdict", "error", "arithmetic", "note")


class GoldError(InputError):
    """A gold file does not match its schema or its article."""


@dataclass(frozen=True)
class Relation:
    id: str
    family: str
    figures: tuple[tuple[int, int], ...]  # (start, end) of each snippet in article.text
    snippets: tuple[str, ...]
    decidable: bool                       # within the article alone
    verdict: str
    error: bool
    arithmetic: str
    note: str


def load_gold(path: Path, article: Article) -> list[Relation]:
    relations = []
    if not path.is_file():
        raise GoldError(path, "gold file not found", fix="write <name>.gold.csv beside the article")
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise GoldError(path, f"header is {reader.fieldnames}", where="header", fix=f"use {','.join(COLUMNS)}")
        for row in reader:
            where = f"row {reader.line_num} ({row['id']})"

            def fail(problem: str, fix: str = "") -> None:
                raise GoldError(path, problem, where=where, fix=fix)

            if row["family"] not in FAMILIES:
                fail(f"unknown family {row['family']!r}", f"use one of: {', '.join(FAMILIES)}")
            if row["verdict"] not in VERDICTS:
                fail(f"unknown verdict {row['verdict']!r}", f"use one of: {', '.join(VERDICTS)}")
            if row["decidable"] not in ("article", "reference"):
                fail(f"decidable is {row['decidable']!r}", "write article or reference")
            if row["error"] not in ("yes", "no"):
                fail(f"error is {row['error']!r}", "write yes or no")
            snippets = tuple(s for s in row["figures"].split("|"))
            spans = []
            for snippet in snippets:
                count = article.text.count(snippet) if snippet else 0
                if count != 1:
                    fail(f"figure {snippet!r} occurs {count} times in the article",
                         "copy a snippet verbatim and lengthen it until it occurs exactly once")
                start = article.text.index(snippet)
                spans.append((start, start + len(snippet)))
            relations.append(Relation(row["id"], row["family"], tuple(spans), snippets, row["decidable"] == "article",
                                      row["verdict"], row["error"] == "yes", row["arithmetic"], row["note"]))
    return relations


def main(argv: list[str]) -> int:
    """`python -m claimcheck.gold tests/corpus/<name>.txt ...`: validate gold files against their articles."""
    status = 0
    for name in argv:
        article_path = Path(name).with_suffix(".txt")
        try:
            article = read_article(article_path)
            relations = load_gold(article_path.with_suffix(".gold.csv"), article)
        except InputError as problem:
            print(f"error: {problem.one_line()}", file=sys.stderr)
            status = 2
            continue
        print(f"{article_path.name}: {len(relations)} relations, {sum(r.error for r in relations)} real errors")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
