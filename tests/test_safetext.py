"""Text from outside reaches no spreadsheet as a formula and no page or terminal as a control character."""
import csv
import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import brief, outputs, pipeline
from claimcheck.article import read_article
from claimcheck.draft import write_draft
from claimcheck.register import load_register
from claimcheck.safetext import FORMULA_STARTS, spreadsheet_safe, unneutralised, visible_controls
from conftest import REGISTER_HEADER

HYPERLINK = '=HYPERLINK("http://evil.example/","click") sales rose 5 percent.'
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def article(tmp_path, body: str, headline: str = "Sales Up 5 Percent"):
    path = tmp_path / "hostile.txt"
    path.write_text(f" date 2025-12-16 https://example.com/h\n\n{headline}\n\n{body}\n", encoding="utf-8")
    return path


def cells(path):
    return [cell for row in csv.reader(open(path, encoding="utf-8", newline="")) for cell in row]


def test_formula_cells_get_an_apostrophe_and_numbers_stay_numbers():
    assert spreadsheet_safe(HYPERLINK) == "'" + HYPERLINK
    for formula in ("+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "-", "-inf x"):
        assert spreadsheet_safe(formula) == "'" + formula
    for number in ("-3.5", "+3.5", "-1,200", "-2e3", "24", "sales rose"):
        assert spreadsheet_safe(number) == number


@given(st.text())
def test_reading_undoes_exactly_what_writing_did(text):
    written = spreadsheet_safe(text)
    assert unneutralised(written) == text
    assert not written.startswith(FORMULA_STARTS) or re.fullmatch(r"[+-]?[\d,]*\.?\d*(e[+-]?\d+)?", written, re.I)


def test_claims_and_checks_csv_ship_no_formula(tmp_path):
    run = pipeline.prepare(str(article(tmp_path, HYPERLINK + " Costs were 3.2 billion yuan, up 5 percent.")))
    outputs.write_csv(outputs.claims_frame(run), tmp_path / "claims.csv")
    outputs.write_csv(outputs.checks_frame(run), tmp_path / "checks.csv")
    for name in ("claims.csv", "checks.csv"):
        live = [c for c in cells(tmp_path / name) if c.startswith(FORMULA_STARTS) and c not in ("-inf",)]
        assert not [c for c in live if not re.fullmatch(r"[+-][\d.,]+", c)], (name, live)
    assert any(c.startswith("'=HYPERLINK") for c in cells(tmp_path / "claims.csv"))


def test_number_columns_keep_negative_numbers_and_infinite_ends(tmp_path):
    import pandas as pd
    frame = pd.DataFrame([{"check": "K1", "implied_low": "-3.5", "implied_high": "inf", "stated_low": "-inf",
                           "explanation": "-3.5 % is below", "claims": "=cmd|' /C calc'!A0"}], dtype=str)
    outputs.write_csv(frame, tmp_path / "x.csv")
    row = next(csv.DictReader(open(tmp_path / "x.csv", encoding="utf-8")))
    assert (row["implied_low"], row["implied_high"], row["stated_low"]) == ("-3.5", "inf", "-inf")
    assert row["explanation"] == "'-3.5 % is below" and row["claims"].startswith("'=")


def test_the_drafted_register_ships_no_formula_and_reads_back(tmp_path):
    path = article(tmp_path, HYPERLINK)
    target = write_draft(read_article(path), tmp_path / "draft.csv")
    assert not [c for c in cells(target) if c.startswith(FORMULA_STARTS) and not re.fullmatch(r"[+-][\d.,]+", c)]
    claims = load_register(target, read_article(path))  # the apostrophe is undone, the quotes match
    assert any(c.quote.startswith("=HYPERLINK") for c in claims)


def test_control_characters_are_shown_as_symbols_everywhere(tmp_path):
    path = article(tmp_path, "Sales rose 5 percent\x1b[2J to 2.1 billion yuan.\x07 Done\x9b.", headline="Up\x1b]0;x\x07")
    the_article = read_article(path)
    assert "␛[2J" in the_article.text and "␇" in the_article.text and not CONTROLS.search(the_article.text)
    register = tmp_path / "register.csv"
    register.write_text(REGISTER_HEADER + "\nC1,rose 5 percent\x1b[2J,5,percent,,2025,Acme,sales,growth,exact,Acme,,,,,,,\n",
                        encoding="utf-8")
    assert load_register(register, the_article)[0].quote == "rose 5 percent␛[2J"  # mapped alike, so it matches
    run = pipeline.prepare(str(path))
    pages = brief.section("title", run) + brief.section("article", run) + brief.section("claims", run)
    outputs.write_csv(outputs.claims_frame(run), tmp_path / "claims.csv")
    assert not CONTROLS.search(pages) and "␛" in pages
    assert not CONTROLS.search((tmp_path / "claims.csv").read_text(encoding="utf-8").replace("\n", ""))
    assert visible_controls("tab\tand\nline") == "tab\tand\nline"
