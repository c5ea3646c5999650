"""Read an article as received: a metadata line, a headline, then the body.

The first line is ` date YYYY-MM-DD URL`; it is metadata, never article text, so
numbers in it are not claims. Everything after it is kept as it is, but for control
characters, shown as their symbols (safetext.py): quotes in the register are matched
against exactly this text.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .errors import ArticleError
from .safetext import utf8_text, visible_controls

# A news article is a few kilobytes; anything far larger is a wrong file, and
# rendering it would produce a brief nobody can read.
MAX_ARTICLE_BYTES = 1_000_000

_METADATA = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\S+)\s*$")
# Where and when a wire story was filed: "BEIJING, Oct. 18 (Xinhua) -- ", "KUALA LUMPUR (Sept 2): ".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40}(?:,\s*|\s*\()(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                       r"[^\n—–-]{0,30}?(?:\s[-—–]+|\):|:)\s*"
                       # "Tokyo, Aug. 6 (Jiji Press)--": a city in title case, its date and its agency in brackets
                       # ("New Delhi [India], April 1 (ANI): ", "Mumbai, Oct 11 (PTI) The ...": its country too, and
                       # a colon or nothing after the agency)
                       r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s\[[A-Z][\w ]{1,30}\])?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
                       r"\([^)\n]{2,30}\)\s*(?:[-—–]+|:)?\s*"
                       # ("Abuja, Dec. 22, 2023: ", "Lagos, 22, 2023: ": a city in title case, its day and year, a colon)
                       r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2},?\s+\d{4}\s*(?::|[-—–]+)\s*")
_REPUBLISHED = re.compile(r"originally appeared on (?:the )?(.+?)(?: website)?\.?\s*$", re.I | re.M)


@dataclass(frozen=True)
class Article:
    path: Path
    stem: str
    published: dt.date
    url: str
    headline: str
    body: str
    sha256: str

    @functools.cached_property
    def text(self) -> str:
        """Headline and body: the text in which claims and numbers are located (joined once: drafting asks
        for it per figure, and joining a long article each time was quadratic)."""
        return f"{self.headline}\n\n{self.body}"

    @property
    def body_offset(self) -> int:
        return len(self.headline) + 2

    @property
    def outlet(self) -> str:
        host = urlparse(self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def dateline(self) -> str:
        """The dateline the body opens with ("BEIJING, Oct. 18 (Xinhua) -- "), or ''; after a one-line
        standfirst it opens the second paragraph."""
        found = _DATELINE.match(self.body) or _DATELINE.match(self.body[self.body.find("\n") + 1:]) \
            if "\n" in self.body else _DATELINE.match(self.body)
        return found.group(0) if found else ""

    @property
    def dateline_start(self) -> int:
        """Where the dateline starts in `text` (-1 without one)."""
        if not self.dateline:
            return -1
        return self.body_offset + self.body.find(self.dateline)

    @property
    def republished_from(self) -> str | None:
        found = _REPUBLISHED.search(self.body)
        return found.group(1).strip() if found else None

    def section_of(self, offset: int) -> str:
        """Where a character offset of `text` falls: headline, lede or body."""
        if offset < len(self.headline):
            return "headline"
        first_paragraph_end = self.body.find("\n", 0)
        first_paragraph_end = len(self.body) if first_paragraph_end < 0 else first_paragraph_end
        return "lede" if offset - self.body_offset < first_paragraph_end else "body"


def read_article(path: str | Path) -> Article:
    path = Path(path)
    fix_shape = "the file must start with a line ' date YYYY-MM-DD URL', then the headline, then the body"
    if not path.is_file():
        raise ArticleError(path, "article file not found", fix="check the ARTICLE path")
    raw = path.read_bytes()
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"article is {len(raw) / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article",
            fix="pass a single article as plain text")
    text = utf8_text(path, raw, ArticleError, binary="file is binary (contains NUL bytes), not an article",
                     fix="re-save the article as UTF-8")
    text = visible_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ArticleError(path, "article is empty", fix=fix_shape)
    first, _, rest = text.partition("\n")
    meta = _METADATA.match(first)
    if not meta:
        raise ArticleError(path, f"first line is not the metadata line: {first[:60]!r}", where="line 1", fix=fix_shape)
    try:
        published = dt.date.fromisoformat(meta.group(1))
    except ValueError:
        raise ArticleError(path, f"metadata date {meta.group(1)!r} is not a real date", where="line 1",
                           fix="write the date as YYYY-MM-DD") from None
    url = meta.group(2)
    if urlparse(url).scheme not in ("http", "https"):
        raise ArticleError(path, f"metadata URL {url!r} is not an http(s) URL", where="line 1",
                           fix="give the article's web address after the date")
    lines = rest.strip("\n").split("\n")
    if not lines or not lines[0].strip():
        raise ArticleError(path, "article has only the metadata line, no headline or body", where="line 2", fix=fix_shape)
    headline = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    if not body.strip():
        raise ArticleError(path, "article has a headline but no body", where="line 3", fix=fix_shape)
    return Article(
        path=path, stem=path.stem, published=published, url=url,
        headline=headline, body=body, sha256=hashlib.sha256(raw).hexdigest(),
    )
