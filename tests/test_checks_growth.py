"""Levels and growth: hand-computed intervals."""
import pytest

from conftest import make_case, only

REF = ("R1,widget sales,Acme,2023,{v},bn USD,exact,Statistics Office,2024-03-01,https://example.com/r1,"
       "2026-12-01,observation,")


def test_level_and_growth_imply_the_prior_year(tmp_path):
    body = "Acme sold over 900 billion dollars of widgets in 2024, up 24 percent year-on-year."
    rows = ["C1,over 900 billion dollars,900,USD,billion,2024,Acme,widget sales,level,over,Office,,,,,,,",
            "C2,up 24 percent,24,percent,,2024,Acme,widget sales,growth,exact,Office,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, [REF.format(v="578.4")])
    check = only(checks, "prior level")
    assert (round(check.implied.low, 1), round(check.implied.high, 1)) == (722.9, 809.7)
    assert check.verdict == "inconsistent" and round(check.gap_percent) == 20
    assert "723–810 bn USD" in check.explanation and "578.4" in check.explanation


def test_prior_level_that_fits_is_consistent(tmp_path):
    body = "Acme sold over 900 billion dollars of widgets in 2024, up 24 percent year-on-year."
    rows = ["C1,over 900 billion dollars,900,USD,billion,2024,Acme,widget sales,level,over,Office,,,,,,,",
            "C2,up 24 percent,24,percent,,2024,Acme,widget sales,growth,exact,Office,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, [REF.format(v="750")])
    assert only(checks, "prior level").verdict == "consistent"


def test_prior_level_without_reference_is_unverifiable(tmp_path):
    body = "Sales rose 10 percent to 110 million."
    rows = ["C1,to 110 million,110,count,million,2024,Acme,units,level,exact,,,,,,,,",
            "C2,rose 10 percent,10,percent,,2024,Acme,units,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "prior level")
    assert check.verdict == "unverifiable" and "no 2023 figure" in check.explanation


def test_two_levels_against_stated_growth(tmp_path):
    # 14.76 / 12.53 - 1 = 17.8 %, not 9.1 %: the sentence contradicts itself.
    body = "Revenue rose 9.1% to US$14.76 billion in 2025 from US$12.53 billion in 2024."
    rows = ["C1,to US$14.76 billion in 2025,14.76,USD,billion,2025,Acme,revenue,level,exact,,,,,,,,",
            "C2,from US$12.53 billion in 2024,12.53,USD,billion,2024,Acme,revenue,level,exact,,,,,,,,",
            "C3,rose 9.1%,9.1,percent,,2025,Acme,revenue,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    assert check.implied.low == pytest.approx((14.755 / 12.535 - 1) * 100)
    assert check.verdict == "inconsistent"


@pytest.mark.parametrize("later, verdict", [("1.2", "tension"), ("1.5", "consistent"), ("1.0", "inconsistent")])
def test_accelerating_needs_the_new_rate_above_the_old(tmp_path, later, verdict):
    body = f"Output exceeded 900 billion yuan in 2024, up 24 percent. In 2025 it will surpass {later} trillion yuan, with growth accelerating."
    rows = ["C1,exceeded 900 billion yuan,900,CNY,billion,2024,X,output,level,over,,,,,,,,",
            "C2,up 24 percent,24,percent,,2024,X,output,growth,exact,,,,,,,,",
            f"C3,surpass {later} trillion yuan,{later},CNY,trillion,2025,X,output,forecast,exact,,,,,,,accelerating,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "trend").verdict == verdict
