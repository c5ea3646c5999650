"""Shared fixtures: the project, the seed's run, and one end-to-end build of the seed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.bench import copy_project  # noqa: F401  (shared with the benchmark)

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/000_e06f6a7d580007d1.txt"
SEED_STEM = "000_e06f6a7d580007d1"


@pytest.fixture(scope="session")
def seed_run():
    from claimcheck import pipeline
    return pipeline.prepare(SEED)


def run_build(project: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m claimcheck build ...` in a project copy, importing that copy's package."""
    env = {**os.environ, "PYTHONPATH": str(project / "src"), **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "claimcheck", "build", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_seed(tmp_path_factory):
    """The seed's brief, built once for every test that reads the outputs."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_build(project, SEED, "-p", "built_at=2026-12-01 09:00 UTC")
    assert result.returncode == 0, result.stderr
    return project / "reports" / SEED_STEM


REGISTER_HEADER = "id,quote,value,unit,scale,period,entity,metric,kind,qualifier,source,chain,low,high,links,references,trend,note"
REFERENCE_HEADER = "id,metric,entity,period,value,unit,qualifier,source_org,published,url,date_read,use,note"


def claim(id, quote, value, unit="", kind="level", metric="m", period="2025", **columns) -> dict:
    """One register row as a dict: the columns a test cares about, the rest empty."""
    return {"id": id, "quote": quote, "value": value, "unit": unit, "kind": kind, "metric": metric, "period": period,
            "entity": "X", **columns}


def register_csv(rows: list[dict]) -> str:
    import csv
    import io

    from claimcheck.register import COLUMNS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def make_case(tmp_path: Path, body: str, register_rows: list[str], reference_rows: list[str] = (),
              published: str = "2025-12-16", headline: str = "A headline without numbers"):
    """A small article, register and reference table on disk, loaded and checked."""
    import datetime as dt

    from claimcheck.article import read_article
    from claimcheck.checks.engine import run_checks
    from claimcheck.references import load_references
    from claimcheck.register import load_register

    article_path = tmp_path / "case.txt"
    article_path.write_text(f" date {published} https://example.com/case\n\n{headline}\n\n{body}\n", encoding="utf-8")
    register_path = tmp_path / "case.csv"
    if register_rows and isinstance(register_rows[0], dict):
        register_path.write_text(register_csv(register_rows), encoding="utf-8")
    else:
        register_path.write_text("\n".join([REGISTER_HEADER, *register_rows]) + "\n", encoding="utf-8")
    references = []
    if reference_rows:
        reference_path = tmp_path / "refs.csv"
        reference_path.write_text("\n".join([REFERENCE_HEADER, *reference_rows]) + "\n", encoding="utf-8")
        references = load_references(reference_path)
    article = read_article(article_path)
    claims = load_register(register_path, article)
    checks = run_checks(article, claims, references, dt.date.fromisoformat(published), str(register_path))
    return article, claims, checks


def kinds(checks, kind):
    return [c for c in checks if c.kind == kind]


def only(checks, kind):
    found = [c for c in checks if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.explanation) for c in checks]
    return found[0]
