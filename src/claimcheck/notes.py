"""The analyst's own conclusion on an article: `data/notes/<name>.md`, shown near the top of the brief.

Markdown, rendered sanitised: raw HTML in it shows as text, a link shows as its text followed by
its URL (nothing in the brief points or loads elsewhere because of a note), an image as its
description and URL, and headings sit below the brief's own (a `#` in the note is a third-level
heading). No note file, or an empty one, means no section.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import NoteError
from .safetext import utf8_text
from .paths import project_root

MAX_BYTES = 100_000  # a page or two of conclusions; anything bigger is not a note


@dataclass(frozen=True)
class Note:
    path: Path
    text: str


def note_path(article: Path, root: Path | None = None) -> Path:
    return (root or project_root()) / "data" / "notes" / f"{article.stem}.md"


def read_note(path: Path) -> Note | None:
    if not path.is_file():
        return None
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise NoteError(path, f"{len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit of a note",
                        fix="keep the conclusion short; the evidence belongs in the register")
    text = utf8_text(path, raw, NoteError, binary="the note is binary, not Markdown text", fix="save it as UTF-8 text")
    return Note(path, text) if text.strip() else None


def note_html(text: str) -> str:
    """The note as HTML in which every character of the analyst's comes out as text."""
    return _markdown()(text)


@cache
def _markdown():
    import mistune

    class SanitisedRenderer(mistune.HTMLRenderer):
        def heading(self, text: str, level: int, **attrs) -> str:
            level = min(level + 2, 6)
            return f"<h{level}>{text}</h{level}>\n"

        def link(self, text: str, url: str, title: str | None = None) -> str:
            shown = html.escape(url)
            if text.strip() == shown:
                return f'<span class="note-url">{shown}</span>'
            return f'{text} (<span class="note-url">{shown}</span>)'

        def image(self, text: str, url: str, title: str | None = None) -> str:
            return f'[image: {text}] (<span class="note-url">{html.escape(url)}</span>)'

    return mistune.create_markdown(escape=True, renderer=SanitisedRenderer(escape=True),
                                   plugins=["strikethrough", "table"])
