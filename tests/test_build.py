"""End to end: build the seed in a temporary copy of the project and read what a reviewer reads."""
import csv
import json
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SEED, SEED_STEM, copy_project, run_build

pytestmark = pytest.mark.slow
CLAIMS_COLUMNS = {"id", "quote", "value", "unit", "period", "low", "high"}
CHECKS_COLUMNS = {"check", "kind", "claims", "references", "implied_low", "implied_high", "stated_low", "stated_high",
                  "verdict", "explanation"}


def test_outputs_exist(built_seed):
    for name in ("brief.html", "brief.pdf", "claims.csv", "checks.csv",
                 "01-claims.ipynb", "02-checks.ipynb", "03-brief.ipynb"):
        assert (built_seed / name).stat().st_size > 0, name


def test_csv_contract(built_seed):
    claims = list(csv.DictReader(open(built_seed / "claims.csv", encoding="utf-8")))
    checks = list(csv.DictReader(open(built_seed / "checks.csv", encoding="utf-8")))
    assert CLAIMS_COLUMNS <= set(claims[0]) and CHECKS_COLUMNS <= set(checks[0])
    assert {c["verdict"] for c in checks} <= {"consistent", "tension", "inconsistent", "unverifiable"}
    c04 = next(c for c in claims if c["id"] == "C04")
    assert (c04["low"], c04["high"], c04["interval_unit"]) == ("900", "1000", "CNY bn")
    prior = next(c for c in checks if c["kind"] == "prior level")
    assert prior["verdict"] == "inconsistent" and prior["implied_unit"] == "CNY bn"
    assert float(prior["implied_low"]) == pytest.approx(722.89, abs=0.01)


def test_parameters_recorded_in_executed_notebooks(built_seed):
    notebook = json.loads((built_seed / "03-brief.ipynb").read_text(encoding="utf-8"))
    assert notebook["metadata"]["papermill"]["parameters"]["article"] == SEED
    injected = [c for c in notebook["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert injected and "built_at" in "".join(injected[0]["source"])


def test_html_has_no_code_and_loads_nothing_from_outside(built_seed):
    page = (built_seed / "brief.html").read_text(encoding="utf-8")
    for code in ("import ", "pipeline.prepare", "display(HTML", 'class="highlight', "jp-InputPrompt", "In&nbsp;["):
        assert code not in page, code
    code_cells = re.findall(r'class="jp-Cell jp-CodeCell[^"]*"', page)
    assert code_cells and all("jp-mod-noInput" in c for c in code_cells)
    assert not re.search(r"""(src|href)=["']https?://(?!sputnikglobe|[^"']*)""", page)
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    assert "Key findings" in page and "578.4" in page


def test_pdf_has_text_findings_and_pages(built_seed):
    from pypdf import PdfReader
    reader = PdfReader(built_seed / "brief.pdf")
    assert len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    for words in ("Key findings", "578.4", "inconsistent", "tension", "consistent", "unverifiable", "Page 1 of"):
        assert words in text, words
    assert "import " not in text and "pipeline.prepare" not in text


def test_the_record_of_the_run_is_printed_on_one_page(built_seed):
    from pypdf import PdfReader
    pages = [page.extract_text() for page in PdfReader(built_seed / "brief.pdf").pages]
    record = [n for n, text in enumerate(pages) if "Parameters of this run" in text]
    assert record and all(words in pages[record[0]] for words in ("Inputs", "claims register", "Code version"))


def test_html_is_deterministic(tmp_path_factory, built_seed):
    project = copy_project(tmp_path_factory.mktemp("again"))
    result = run_build(project, SEED, "-p", "built_at=2026-12-01 09:00 UTC")
    assert result.returncode == 0, result.stderr
    assert (project / "reports" / SEED_STEM / "brief.html").read_bytes() == (built_seed / "brief.html").read_bytes()


def test_warm_up_render_leaves_no_trace_in_the_brief(built_seed, tmp_path):
    """The build renders a small notebook before the brief (render.warm); a process that renders the
    brief cold must write the same bytes."""
    cold = tmp_path / "cold.html"
    script = ("import sys, nbformat\n"
              "from claimcheck import render\n"
              "from claimcheck.article import read_article\n"
              "notebook = nbformat.read(sys.argv[1], as_version=4)\n"
              "html = render.to_html(notebook, read_article(sys.argv[2]).headline)\n"
              "open(sys.argv[3], 'w', encoding='utf-8').write(html)\n")
    subprocess.run([sys.executable, "-c", script, str(built_seed / "03-brief.ipynb"), str(ROOT / SEED), str(cold)],
                   check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert cold.read_bytes() == (built_seed / "brief.html").read_bytes()


def test_article_without_register_builds_a_draft_marked_on_every_page(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "acme.txt").write_text(
        " date 2025-03-01 https://example.com/acme\n\nAcme Revenue Up 9.1% in 2025\n\n"
        "Acme said on Monday that revenue rose to US$14.76 billion in 2025 from US$12.53 billion a year earlier. "
        "It employs 5,300 people in six countries.\n", encoding="utf-8")
    result = run_build(project, "seeds/acme.txt")
    assert result.returncode == 0, result.stderr
    out = project / "reports" / "acme"
    from pypdf import PdfReader
    pages = [p.extract_text() for p in PdfReader(out / "brief.pdf").pages]
    assert len(pages) >= 2 and all("DRAFT" in p and "claims not reviewed" in p for p in pages)
    assert "DRAFT \u2014 claims not reviewed" in (out / "brief.html").read_text(encoding="utf-8")
    checks = list(csv.DictReader(open(out / "checks.csv", encoding="utf-8")))
    assert any(c["kind"] == "implied growth" and c["verdict"] == "inconsistent" for c in checks)


def test_build_time_comes_only_from_a_parameter_or_source_date_epoch(monkeypatch):
    from claimcheck.brief import built_at_text
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert built_at_text("") == ""
    assert built_at_text("2026-12-01 09:00 UTC") == "2026-12-01 09:00 UTC"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764579600")
    assert built_at_text("") == "2025-12-01 09:00 UTC"
