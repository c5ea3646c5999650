"""Where the project is, so notebooks give the same results from any working directory."""
from __future__ import annotations

import re
from pathlib import Path

# A brief's name is its article's file stem, and it becomes a folder under reports/, a make target and
# a word in a shell recipe: letters (any script), digits, '_', '-' and '.', not starting with a dot
# (".." or ".cache" would name reports/ itself or the chart cache). Spaces are out too: make splits
# target names on them.
_PLAIN_STEM = re.compile(r"(?!\.)[\w.-]+")
# Room for the staging folder's prefix and suffix within a file name's 255 bytes.
MAX_STEM_BYTES = 150
STEM_RULE = "letters, digits, '_', '-' and '.', not starting with a dot"


def project_root() -> Path:
    """The checkout this package was installed from (editable install), else the working directory."""
    here = Path(__file__).resolve().parents[2]
    if (here / "pyproject.toml").is_file() and (here / "seeds").is_dir():
        return here
    return Path.cwd()


def resolve(path: str | Path, root: Path | None = None) -> Path:
    """A path as given, relative to the project root when not absolute."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else (root or project_root()) / path


def default_register(article: Path, root: Path | None = None) -> Path:
    return (root or project_root()) / "data" / "claims" / f"{article.stem}.csv"


def is_plain_stem(stem: str) -> bool:
    return bool(_PLAIN_STEM.fullmatch(stem)) and len(stem.encode("utf-8")) <= MAX_STEM_BYTES


def inside(path: Path, root: Path) -> bool:
    """Whether the file a path names (links followed) is in the project."""
    return path.resolve().is_relative_to(root.resolve())
