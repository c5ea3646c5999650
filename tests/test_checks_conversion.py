import datetime as dt

import pytest

from claimcheck.checks.conversion import RATE_MARGIN_PERCENT, RATE_WINDOW
from claimcheck.exchange_rates import cross_rates
from claimcheck.references import load_references
from conftest import ROOT, claim, make_case, only

RATE = ("R85,USD/CNY central parity,CFETS,2025-12-16,{rate},CNY per USD,exact,CFETS,2025-12-16,"
        "https://example.com/fx,2026-12-01,observation,")
LATER_RATE = ("R99,USD/CNY central parity,CFETS,2026-01-08,6.5,CNY per USD,exact,CFETS,2026-01-08,"
              "https://example.com/fx2,2026-12-01,observation,")
BODY = "The sector will exceed the 1-trillion-yuan ($140 billion) mark."
ROWS = ["C1,exceed the 1-trillion-yuan,1,CNY,trillion,2025,X,scale,forecast,over,,,,,,,,",
        "C2,($140 billion),140,USD,billion,2025,X,scale,conversion,exact,,,,,C1,,,"]


def test_conversion_at_the_rate_of_the_day(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS, [RATE.format(rate="7.0602"), LATER_RATE])
    check = only(checks, "conversion")
    # 1,000 bn / [135, 145) bn: (6.897, 7.407); the fixing of the day, not a later one, decides.
    assert round(check.implied.low, 3) == 6.897 and round(check.implied.high, 3) == 7.407
    assert check.verdict == "consistent" and check.references == ["R85"]
    assert "141.6 bn USD" in check.explanation


def test_conversion_off_the_rate(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS, [RATE.format(rate="6.5")])
    check = only(checks, "conversion")
    # 6.5 is printed to one decimal: [6.45, 6.55]; the implied rate starts at 6.897.
    assert check.verdict == "inconsistent" and round(check.gap, 3) == 0.347


def test_without_a_reference_the_ecb_rate_of_the_day_decides(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS)
    check = only(checks, "conversion")
    # ECB, 16 Dec 2025: 1 EUR = 8.2930 CNY and 1.1776 USD, so 7.0423 CNY per USD, inside 6.897-7.407.
    assert check.verdict == "consistent" and check.references == ["ECB"]
    assert "7.0423 CNY per USD on Tuesday 16 Dec 2025 (1 EUR = 8.2930 CNY and 1.1776 USD; ECB)" in check.explanation


def test_an_official_rate_of_the_day_takes_precedence_over_the_ecb(tmp_path):
    # 1,234 mn / 175.2 mn: 7.0385-7.0482 CNY per USD admits the ECB's 7.0423 but not CFETS's 7.0602.
    body = "It raised CNY 1,234 million ($175.2 million)."
    rows = [claim("C1", "CNY 1,234 million", "1,234", "CNY", scale="million"),
            claim("C2", "($175.2 million)", "175.2", "USD", kind="conversion", scale="million", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "conversion").verdict == "consistent"
    _, _, checks = make_case(tmp_path, body, rows, [RATE.format(rate="7.0602")])
    check = only(checks, "conversion")
    # 0.012 under the parity is 0.17 % of it: within the margin another rate definition explains.
    assert check.verdict == "tension" and check.references == ["R85"]
    assert round(check.gap_percent, 2) == 0.17 and "0.17 % of that rate, within the 2 %" in check.explanation


def test_a_reference_rate_from_before_the_window_gives_way_to_the_ecb(tmp_path):
    old = RATE.format(rate="6.5").replace("2025-12-16", "2025-11-03")
    _, _, checks = make_case(tmp_path, BODY, ROWS, [old])
    check = only(checks, "conversion")
    assert check.verdict == "consistent" and check.references == ["ECB"]


# Rupees to dollars on Friday 14 Jun 2024. The ECB's INR per USD of the week before, newest first:
# 83.5355 (14 Jun), 83.5608, 83.5569, 83.5739, 83.4887 (10 Jun), 83.3997 (7 Jun).
# Amounts with no trailing zero, so no round-figure reading widens them.
def rupee_case(tmp_path, dollars, published="2024-06-14"):
    body = f"The plan costs Rs 7,123 crore (${dollars} million)."
    rows = [claim("C1", "Rs 7,123 crore", "7,123", "INR", scale="crore"),
            claim("C2", f"(${dollars} million)", dollars, "USD", kind="conversion", scale="million", links="C1")]
    return only(make_case(tmp_path, body, rows, published=published)[2], "conversion")


def test_rupees_at_the_ecb_rate_of_the_day(tmp_path):
    # 71.225-71.235 bn / 0.8525-0.8535 bn = 83.45-83.56 INR per USD: the day's 83.5355 is inside.
    check = rupee_case(tmp_path, "853")
    assert check.verdict == "consistent" and "implies 83.45–83.56 INR per USD" in check.explanation
    assert "83.535 INR per USD on Friday 14 Jun 2024" in check.explanation
    assert "At that rate 7,123 crore INR is 852.7 mn USD" in check.explanation


def test_a_weekend_article_takes_fridays_rate_and_says_so(tmp_path):
    check = rupee_case(tmp_path, "853", published="2024-06-16")
    assert check.verdict == "consistent"
    assert ("83.535 INR per USD on Friday 14 Jun 2024, the last business day on or before the article's Sunday "
            "16 Jun 2024 (1 EUR = 89.2660 INR and 1.0686 USD; ECB): consistent") in check.explanation


def test_a_rate_of_the_week_before_the_article_is_admitted_and_named(tmp_path):
    # 83.35-83.46 INR per USD admits only 7 Jun's 83.3997.
    check = rupee_case(tmp_path, "854")
    assert check.verdict == "consistent"
    assert ("give 83.535 INR per USD on Friday 14 Jun 2024; of the rates of the week before, the nearest to the "
            "article's figures is 83.400 on Friday 7 Jun 2024 (1 EUR = 90.8890 INR and 1.0898 USD; ECB): consistent"
            ) in check.explanation


def test_a_gap_within_the_margin_is_a_tension(tmp_path):
    # 82.10-82.21 INR per USD: 1.19 below the week's lowest rate (83.3958, 7 Jun), 1.4 % of it: another date or
    # definition could explain that.
    check = rupee_case(tmp_path, "867")
    assert check.verdict == "tension" and round(check.gap_percent, 1) == 1.4
    assert "83.400 on Friday 7 Jun 2024" in check.explanation and "1.42 % of that rate, within the 2 %" in check.explanation


def test_a_gap_beyond_the_margin_is_inconsistent(tmp_path):
    # 79.89-79.99 INR per USD: 3.4 below the week's lowest rate, 4.1 % of it.
    check = rupee_case(tmp_path, "891")
    assert check.verdict == "inconsistent" and round(check.gap_percent, 1) == 4.1
    assert "4.08 % of that rate, beyond the 2 %" in check.explanation


def test_a_day_before_the_ecb_series_is_unverifiable_with_the_reason(tmp_path):
    check = rupee_case(tmp_path, "853", published="1998-06-15")
    assert check.verdict == "unverifiable"
    assert "no INR per USD rate for 15 Jun 1998 in the article or the references, and the ECB's reference rates " \
           "start on 4 Jan 1999." in check.explanation


def test_a_currency_the_ecb_does_not_publish_is_unverifiable_with_the_reason(tmp_path):
    body = "The bank lent VND 2,345 billion ($92.1 million)."
    rows = [claim("C1", "VND 2,345 billion", "2,345", "VND", scale="billion"),
            claim("C2", "($92.1 million)", "92.1", "USD", kind="conversion", scale="million", links="C1")]
    check = only(make_case(tmp_path, body, rows)[2], "conversion")
    assert check.verdict == "unverifiable" and "the ECB publishes no euro reference rate for VND" in check.explanation


def test_the_articles_own_printed_rate_decides_without_a_margin(tmp_path):
    # "Rs 7,000 crore ($300 million)" at the article's "$1 = 83.2 rupees": 70 bn / 0.3 bn = 233, not 83.
    body = "The plan costs Rs 7,000 crore ($300 million). ($1 = 83.2 Indian rupees)"
    rows = [claim("C1", "Rs 7,000 crore", "7,000", "INR", scale="crore"),
            claim("C2", "($300 million)", "300", "USD", kind="conversion", scale="million", links="C1"),
            claim("C3", "($1 = 83.2 Indian rupees)", "83.2", "INR per USD")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "conversion")
    assert check.verdict == "inconsistent" and "the article's own rate" in check.explanation
    assert check.claims == ["C1", "C2", "C3"]


def test_conversions_of_one_article_rest_on_one_rate(tmp_path):
    # 8.5 bn / 1.1 bn = 7.7 (7.35-8.14) against 62.6 / 8.7 = 7.2 (7.19-7.21): no single rate.
    body = "Profit was CNY62.6 billion (USD8.7 billion), and tax CNY8.5 billion (USD1.1 billion)."
    rows = [claim("C1", "CNY62.6 billion", "62.6", "CNY", scale="billion", metric="profit"),
            claim("C2", "(USD8.7 billion)", "8.7", "USD", kind="conversion", scale="billion", metric="profit",
                  links="C1"),
            claim("C3", "CNY8.5 billion", "8.5", "CNY", scale="billion", metric="tax"),
            claim("C4", "(USD1.1 billion)", "1.1", "USD", kind="conversion", scale="billion", metric="tax",
                  links="C3")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "conversion rate")
    assert check.verdict == "inconsistent" and check.gap is not None


@pytest.mark.parametrize("dollars, verdict", [("8.75", "consistent"), ("8.55", "inconsistent")])
def test_conversions_a_little_apart_rest_on_rates_of_neighbouring_days(tmp_path, dollars, verdict):
    # 59.08 / 51.1 = 1,155-1,157 won; 10.160 / 8.75 = 1,160-1,162, 0.3 % away: a week's rates spread more than that.
    # 10.160 / 8.55 = 1,188-1,189 is 2.7 % away: no two days' rates of one week.
    body = f"Sales were 59.08 trillion won (51.1 billion dollars) and profit 10.160 trillion won ({dollars} billion dollars)."
    rows = [claim("C1", "59.08 trillion won", "59.08", "KRW", scale="trillion", metric="sales"),
            claim("C2", "(51.1 billion dollars)", "51.1", "USD", kind="conversion", scale="billion", metric="sales",
                  links="C1"),
            claim("C3", "10.160 trillion won", "10.160", "KRW", scale="trillion", metric="profit"),
            claim("C4", f"({dollars} billion dollars)", dollars, "USD", kind="conversion", scale="billion",
                  metric="profit", links="C3")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "conversion rate").verdict == verdict


def test_xinhuas_conversion_at_chinas_central_parity_is_a_tension_against_the_ecb(tmp_path):
    # Xinhua, 1 Oct 2025: "900 billion yuan (about 126.7 billion U.S. dollars)" is 7.1006-7.1062 CNY per USD,
    # China's central parity of late September (7.1057-7.1106); the ECB's rates of the week are 7.1196-7.1374,
    # 0.013 above it: 0.18 % of it, more than market rates of one day differ, a gap another definition explains.
    body = "The industry exceeded 900 billion yuan (about 126.7 billion U.S. dollars)."
    rows = [claim("C1", "exceeded 900 billion yuan", "900", "CNY", scale="billion", qualifier="over"),
            claim("C2", "(about 126.7 billion U.S. dollars)", "126.7", "USD", kind="conversion", scale="billion",
                  links="C1")]
    check = only(make_case(tmp_path, body, rows, published="2025-10-01")[2], "conversion")
    assert check.verdict == "tension" and check.references == ["ECB"]
    assert "7.1196 CNY per USD on Wednesday 1 Oct 2025 (1 EUR = " in check.explanation
    assert "0.18 % of that rate" in check.explanation


def _converted(amount: tuple, conversion: tuple, period: str) -> list[dict]:
    """An amount (quote, value, unit, scale) and its conversion, linked, of one period."""
    (quote, value, unit, scale), (c_quote, c_value, c_unit, c_scale) = amount, conversion
    return [claim("C1", quote, value, unit, scale=scale, period=period),
            claim("C2", c_quote, c_value, c_unit, kind="conversion", scale=c_scale, links="C1", period=period)]


def test_a_conversion_within_the_spread_of_one_days_market_rates_is_consistent(tmp_path):
    # Samsung, 28 Oct 2011: "41.27 trillion won, or $37.35 billion" is 1,104.7-1,105.2 KRW per USD; the ECB's
    # 1,105.3 is 0.004 % above it, far less than two publishers' rates of one day differ (0.07 %).
    body = "Total revenue climbed to 41.27 trillion won, or $37.35 billion."
    rows = _converted(("41.27 trillion won", "41.27", "KRW", "trillion"), ("$37.35 billion", "37.35", "USD", "billion"),
                      "2011Q3")
    check = only(make_case(tmp_path, body, rows, published="2011-10-28")[2], "conversion")
    assert check.verdict == "consistent" and "0.00 % from that rate, within the 0.1 %" in check.explanation


def test_a_quarter_reported_weeks_later_is_converted_at_a_rate_of_its_own_quarter(tmp_path):
    # Tencent, 14 Nov 2018: "RMB80,595 million (US$11,716 million)" is 6.8787-6.8794 CNY per USD, 0.5 % from
    # the ECB's rates of the week (6.91-6.95) but among its rates of the third quarter (6.27-6.94): a rate of the
    # figures' own period, as the quarter's closing rate (6.8817 on 28 Sep) is, so consistent, that period named.
    body = "Total revenues were RMB80,595 million (US$11,716 million) for the third quarter of 2018."
    rows = _converted(("RMB80,595 million", "80,595", "CNY", "million"), ("(US$11,716 million)", "11,716", "USD", "million"),
                      "2018Q3")
    check = only(make_case(tmp_path, body, rows, published="2018-11-14")[2], "conversion")
    assert check.verdict == "consistent" and "rates over Q3 2018, the figures' own period" in check.explanation
    # A month's figures a year old ("imports valued at $41.18 billion (Rs2,02,819.70 crore) in October 2011", in a
    # story of November 2012): 10 % from the week's rate, among October 2011's
    old = _converted(("$41.18 billion", "41.18", "USD", "billion"), ("(Rs2,02,819.70 crore)", "2,02,819.70", "INR", "crore"),
                     "2011-10")
    check = only(make_case(tmp_path, "Imports were $41.18 billion (Rs2,02,819.70 crore) in October 2011.", old,
                           published="2012-11-12")[2], "conversion")
    assert check.verdict == "consistent" and "October 2011" in check.explanation
    # The same figures for the article's own month: no period closed before its week, so a tension.
    rows = [{**row, "period": "2018-11"} for row in rows]
    check = only(make_case(tmp_path, body.replace("the third quarter of 2018", "November"), rows,
                           published="2018-11-14")[2], "conversion")
    assert check.verdict == "tension" and "0.50 % of that rate" in check.explanation
    assert "closing rate" not in check.explanation


def test_a_months_figures_are_converted_at_a_rate_of_the_month_they_came_out(tmp_path):
    # Japan's January 2020 imports, "6.74 trillion yen (56,810 million euros)", released on 19 February and reposted
    # in August: 118.5-118.7 yen per euro, below every rate of January (120.0-122.8) but among February's (118.7 on
    # the 19th-21st), the month the figures came out; still inconsistent with the article's own week (124.7-125.9)
    rows = _converted(("6.74 trillion yen", "6.74", "JPY", "trillion"), ("(56,810 million euros)", "56,810", "EUR",
                                                                         "million"), "2020-01")
    check = only(make_case(tmp_path, "Imports were 6.74 trillion yen (56,810 million euros) in January.", rows,
                           published="2020-08-12")[2], "conversion")
    assert check.verdict == "consistent" and "the month after it" in check.explanation


def test_the_margin_covers_every_official_fixing_in_the_seeds_references():
    # The evidence for the margin (docs/relations.md): China's central parity against the ECB's cross rate of its day.
    parities = [r for r in load_references(ROOT / "data" / "reference")
                if r.metric == "USD/CNY central parity" and r.decides]
    gaps = []
    for parity in parities:
        day = dt.date.fromisoformat(parity.period)
        ecb = cross_rates("CNY", "USD", day - RATE_WINDOW, day)[0]
        gaps.append(abs(100 * (float(parity.value) / ecb.value - 1)))
    assert len(gaps) == 14 and max(gaps) <= RATE_MARGIN_PERCENT and round(max(gaps), 2) == 1.96


def test_a_conversion_linked_to_two_amounts_converts_the_one_it_follows(tmp_path):
    # "$277.14 billion (Rs15,07,202.58 crore) against cumulative imports of $284.72 billion (Rs13,04,631.60 crore)":
    # the second bracket, linked to both amounts, converts the one right before it (a rate of 45.8, its year's)
    body = ("Imports were $277.14 billion (Rs15,07,202.58 crore) against $284.72 billion (Rs13,04,631.60 crore) a "
            "year before.")
    rows = [claim("C1", "Imports were $277.14 billion", "277.14", "USD", scale="billion", period="2012-04/2012-09"),
            claim("C2", "(Rs15,07,202.58 crore)", "15,07,202.58", "INR", kind="conversion", scale="crore", links="C1",
                  period="2012-04/2012-09"),
            claim("C3", "against $284.72 billion", "284.72", "USD", scale="billion", period="2011-04/2011-09"),
            claim("C4", "(Rs13,04,631.60 crore)", "13,04,631.60", "INR", kind="conversion", scale="crore",
                  links="C1; C3", period="2011-04/2011-09")]
    checks = [c for c in make_case(tmp_path, body, rows, published="2012-11-12")[2] if c.kind == "conversion"]
    assert sorted(c.claims[:2] for c in checks) == [["C1", "C2"], ["C3", "C4"]]
    assert {c.verdict for c in checks} == {"consistent"}
