from conftest import claim, make_case, only

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


def test_conversion_without_rate_is_unverifiable(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS)
    assert only(checks, "conversion").verdict == "unverifiable"


def test_the_articles_own_printed_rate_decides(tmp_path):
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
