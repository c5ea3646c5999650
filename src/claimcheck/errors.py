"""Errors a user can fix, each rendered as one line: file, where, what to change.

One base class so the command line can catch every input problem in one place and
print it without a traceback; narrow subclasses so tests and callers can tell them
apart.
"""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A problem with something the user supplied, not a bug in the program."""

    def __init__(self, path: str | Path | None, problem: str, *, where: str = "", fix: str = ""):
        self.path = str(path) if path is not None else None
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(self.one_line())

    def one_line(self) -> str:
        place = _shown(self.path) if self.path else "input"
        if self.where:
            place += f", {self.where}"
        text = f"{place}: {self.problem}"
        if self.fix:
            text += f"; {self.fix}"
        # One line, whatever the input contained.
        return " ".join(text.split())


class ArticleError(InputError):
    """The article file is missing, unreadable or not in the expected shape."""


class RegisterError(InputError):
    """The claims register does not match its schema or the article."""


class ReferenceTableError(InputError):
    """A reference table does not match its schema."""


class ParameterError(InputError):
    """A build parameter has the wrong type, an unknown name or a bad path."""


class NoteError(InputError):
    """The analyst's note (data/notes/<name>.md) is not Markdown text the brief can show."""


class OutputError(InputError):
    """The place a brief would be published is not one the build may replace: a name that is not a
    plain file stem, a folder outside reports/, or a folder that is not a brief this tool made."""


class WorkspaceError(InputError):
    """The machine cannot give the build what it needs (a socket path the kernel can bind, say)."""


def _shown(path: str) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path
