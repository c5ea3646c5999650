"""One run: read the inputs, validate them, and compute claims and checks.

Every notebook stage calls `prepare` with its parameters; it is deterministic, so
stages never pass state through files. The three stages of a build run in one
kernel, so the run is computed once there and handed to the next stage for as long
as the parameters and the input files (their sizes and modification times) are the
same: once per process, not once per stage.
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
from .errors import ParameterError, RegisterError
from .extract import Mention, find_mentions
from .notes import Note, note_path, read_note
from .paths import default_register, inside, project_root, resolve
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
    note: Note | None = None  # the analyst's conclusion, data/notes/<name>.md

    def inputs(self) -> list[tuple[str, Path, str]]:
        """(role, path, SHA-256) of every input file, for the provenance section."""
        files = [("article", self.article.path)]
        if not self.draft:
            files.append(("claims register", self.register_path))
        if self.references_path.is_dir():
            files += [("references", p) for p in sorted(self.references_path.glob("*.csv"))]
        else:
            files.append(("references", self.references_path))
        if self.note is not None:
            files.append(("analyst's note", self.note.path))
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


_last: tuple[tuple, Run] | None = None  # (what the run was computed from, the run)


def _fingerprint(paths: list[Path]) -> tuple:
    """Each input file's size and modification time, or its absence (a register created since counts)."""
    found = []
    for path in paths:
        try:
            stat = path.stat()
            found.append((str(path), stat.st_size, stat.st_mtime_ns))
        except OSError:
            found.append((str(path), None, None))
    return tuple(found)


def prepare(article: str, claims: str = "", references: str = "data/reference", as_of: str = "") -> Run:
    """The run for these parameters: computed, or the one this process computed last from the same files."""
    global _last
    root = project_root()
    article_path = resolve(article, root)
    register_path = resolve(claims, root) if claims else default_register(article_path, root)
    references_path = resolve(references, root)
    reference_files = sorted(references_path.glob("*.csv")) if references_path.is_dir() else [references_path]
    key = (str(root), article, claims, references, as_of,
           _fingerprint([article_path, register_path, note_path(article_path, root), references_path, *reference_files]))
    if _last is None or _last[0] != key:
        _last = None  # the previous run is not kept alive while a new one is computed
        _last = (key, _compute(root, article_path, claims, register_path, references_path, as_of))
    return _last[1]


def _compute(root: Path, article_path: Path, claims: str, register_path: Path, references_path: Path,
             as_of: str) -> Run:
    the_article = read_article(article_path)
    if not claims and register_path.is_file() and not inside(register_path, root):
        # The same rule as for a register named with CLAIMS=: inputs come from the project.
        raise RegisterError(register_path, f"the default register is a link to {register_path.resolve()}, outside "
                                           f"the project ({root})", fix="copy the register into data/claims/")
    the_references = load_references(references_path)
    # A register given explicitly must load (a missing one is an error); without one, the default
    # register is used when it exists, else an automatic draft.
    draft = not claims and not register_path.is_file()
    mentions = find_mentions(the_article.text)
    the_claims = draft_register(the_article, mentions) if draft else load_register(register_path, the_article)
    when = parse_as_of(as_of, the_article)
    # A draft has no analyst links to references, but exchange rates and same-measure matches still apply.
    notices: list[str] = []
    checks = run_checks(the_article, the_claims, the_references, when, str(register_path), notices)
    return Run(the_article, the_claims, the_references, checks, when, register_path, references_path, draft,
               mentions, uncovered(mentions, the_claims), notices, read_note(note_path(the_article.path, root)))
