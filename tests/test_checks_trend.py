"""Trend: "accelerating" and "slowing" against the rates."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("later, verdict", [("1.2", "tension"), ("1.5", "consistent"), ("1.0", "inconsistent")])
def test_accelerating_needs_the_new_rate_above_the_old(tmp_path, later, verdict):
    body = f"Output exceeded 900 billion yuan in 2024, up 24 percent. In 2025 it will surpass {later} trillion yuan, with growth accelerating."
    rows = ["C1,exceeded 900 billion yuan,900,CNY,billion,2024,X,output,level,over,,,,,,,,",
            "C2,up 24 percent,24,percent,,2024,X,output,growth,exact,,,,,,,,",
            f"C3,surpass {later} trillion yuan,{later},CNY,trillion,2025,X,output,forecast,exact,,,,,,,accelerating,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "trend")
    assert check.verdict == verdict
    if verdict == "inconsistent":
        assert check.gap is not None


@pytest.mark.parametrize("new, verdict", [("5.0", "consistent"), ("7.0", "inconsistent"), ("5.96", "consistent"),
                                         ("6.00", "tension")])  # 5.96 holds as printed; 6.00 shows no slowing
def test_slowing_between_two_growth_rates(tmp_path, new, verdict):
    body = f"Growth slowed to {new} percent in 2025 from 6.0 percent in 2024."
    rows = [claim("C1", f"slowed to {new} percent", new, "percent", kind="growth", period="2025", trend="slowing"),
            claim("C2", "from 6.0 percent", "6.0", "percent", kind="growth", period="2024")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "trend").verdict == verdict


@pytest.mark.parametrize("first, verdict", [("18.3", "consistent"), ("3.3", "inconsistent")])
def test_slowing_from_each_earlier_rate_it_is_set_against(tmp_path, first, verdict):
    # "slowing to 4.9 percent, down from 7.9 percent in the second quarter and 18.3 percent in the first": below both
    body = (f"Growth slowed in the third quarter to 4.9 percent, down from 7.9 percent in the second quarter and "
            f"{first} percent in the first.")
    rows = [claim("C1", "slowed in the third quarter to 4.9 percent", "4.9", "percent", kind="growth",
                  period="2025Q3", trend="slowing", links="C2;C3"),
            claim("C2", "7.9 percent", "7.9", "percent", kind="growth", period="2025Q2"),
            claim("C3", f"{first} percent", first, "percent", kind="growth", period="2025Q1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "trend")
    assert check.claims == ["C1", "C2", "C3"]
    assert check.verdict == verdict
