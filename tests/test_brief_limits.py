"""A brief stays readable whatever the article: a word longer than a line wraps instead of being clipped,
and an article with thousands of numbers gets a brief that summarises instead of thousands of pages."""

import pytest

from claimcheck import bench, brief, pipeline


@pytest.mark.slow
def test_a_word_longer_than_a_line_is_printed_whole(tmp_path):
    from nbformat import v4
    from pypdf import PdfReader

    from claimcheck import render

    word, headline = "W" * 5_000, "H" * 300
    page = (f'<header class="title-block"><h1>{headline}</h1></header>'
            f'<div class="article-text"><p>Before {word} after.</p></div>'
            f"<table><tr><td>{'V' * 2_000}</td><td>x</td></tr></table>")
    notebook = v4.new_notebook(cells=[v4.new_code_cell(outputs=[v4.new_output(
        "display_data", data={"text/html": page, "text/plain": "page"})])])
    render.to_pdf(render.to_html(notebook, headline), tmp_path / "brief.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "brief.pdf").pages)
    assert text.count("W") == len(word) and text.count("V") == 2_000  # every character on a page, none clipped
    assert text.count("H") >= len(headline)  # the heading whole (the running header is cut with an ellipsis)


def test_an_article_with_thousands_of_numbers_gets_a_brief_that_summarises(tmp_path):
    article = tmp_path / "many.txt"
    article.write_text(bench.synthetic_article(3_000), encoding="utf-8")
    run = pipeline.prepare(str(article))
    assert len(run.claims) > brief.MAX_TABLE_ROWS and len(run.checks) > brief.MAX_TABLE_ROWS
    verdicts, claims = brief.section("checks", run), brief.section("claims", run)
    assert verdicts.count('<tbody class="check">') == brief.MAX_TABLE_ROWS
    assert f"The brief shows 200 of {len(run.checks):,} checks, the most serious first; all" in verdicts
    assert claims.count("<tr><td>") == brief.MAX_TABLE_ROWS and "are in claims.csv" in claims
    annotated = brief.section("article", run)
    assert f"of the article's {len(run.article.text):,} characters" in annotated
    assert len(annotated) < 20 * brief.MAX_ANNOTATED_CHARS


def test_a_small_brief_is_not_cut(seed_run):
    assert "The brief shows" not in brief.section("checks", seed_run) + brief.section("claims", seed_run)
    assert "annotates the first" not in brief.section("article", seed_run)
