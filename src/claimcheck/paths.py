"""Where the project is, so notebooks give the same results from any working directory."""
from __future__ import annotations

from pathlib import Path


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
