"""One run: read the inputs, validate them, and compute claims and checks.

Every notebook stage calls `prepare` with its parameters; it is cheap (tens of
milliseconds) and deterministic, so stages never pass state through files.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import exchange_rates
from .article import Article, read_article
from .checks.engine import run_checks
from .checks.model import Check
from .coverage import uncovered
from .draft import draft_register
from .errors import ParameterError
from .extract import Mention, find_mentions
from .paths import default_register, project_root, resolve
from .references import Reference, load_references
from .register import Claim, load_register


@dataclass
class Run:
    article: Article
    claims: list[Claim]
    references: list[Reference]
    checks: list[Check]
    as_of: dt.date
    register_path: Path
    references_path: Path
    draft: bool
    mentions: list[Mention]
    uncovered: list[Mention]  # numbers in the text that no register row covers or dismisses
    notices: list[str]        # inputs the checks could not use, and warnings about the register's shape

    def inputs(self) -> list[tuple[str, Path, str]]:
        """(role, path, SHA-256) of every input file, for the provenance section."""
        files = [("article", self.article.path)]
        if not self.draft:
            files.append(("claims register", self.register_path))
        if self.references_path.is_dir():
            files += [("references", p) for p in sorted(self.references_path.glob("*.csv"))]
        else:
            files.append(("references", self.references_path))
        if any(exchange_rates.SOURCE_ID in check.references for check in self.checks):
            files.append(("exchange rates", exchange_rates.series().path))
        return [(role, path, hashlib.sha256(path.read_bytes()).hexdigest()) for role, path in files]


def parse_as_of(as_of: str, article: Article) -> dt.date:
    if not as_of:
        return article.published
    try:
        return dt.date.fromisoformat(as_of)
    except ValueError:
        raise ParameterError(None, f"as_of {as_of!r} is not a date", where="parameter as_of",
                             fix="write it as YYYY-MM-DD, or leave it empty for the article's date") from None


def prepare(article: str, claims: str = "", references: str = "data/reference", as_of: str = "") -> Run:
    root = project_root()
    the_article = read_article(resolve(article, root))
    register_path = resolve(claims, root) if claims else default_register(the_article.path, root)
    references_path = resolve(references, root)
    the_references = load_references(references_path)
    # A register given explicitly must load (a missing one is an error); without one, the default
    # register is used when it exists, else an automatic draft.
    draft = not claims and not register_path.is_file()
    the_claims = draft_register(the_article) if draft else load_register(register_path, the_article)
    when = parse_as_of(as_of, the_article)
    # A draft has no analyst links to references, but exchange rates and same-measure matches still apply.
    notices: list[str] = []
    checks = run_checks(the_article, the_claims, the_references, when, str(register_path), notices)
    mentions = find_mentions(the_article.text)
    return Run(the_article, the_claims, the_references, checks, when, register_path, references_path, draft,
               mentions, uncovered(mentions, the_claims), notices)
