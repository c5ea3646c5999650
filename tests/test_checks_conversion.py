from conftest import make_case, only

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
