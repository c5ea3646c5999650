"""Implied growth: two levels against a stated rate, a direction word, or shown as derived."""
import pytest

from conftest import claim, kinds, make_case, only


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


def test_a_fall_is_a_fall(tmp_path):
    # "fell 20 percent to 96 from 120": (96 ± 0.5) / (120 ± 0.5) - 1 = -20.7 % to -19.2 %, against -20.5 to -19.5.
    body = "Sales fell 20 percent to 96 in 2025 from 120 in 2024."
    rows = [claim("C1", "to 96 in 2025", "96", "count", period="2025"),
            claim("C2", "from 120 in 2024", "120", "count", period="2024"),
            claim("C3", "fell 20 percent", "20", "percent", kind="growth", period="2025")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    assert check.verdict == "consistent"
    assert "20 % fall" in check.explanation and "rise" not in check.explanation


def test_direction_column_overrides_the_verb(tmp_path):
    body = "Sales moved 20 percent to 96 in 2025 from 120 in 2024."
    rows = [claim("C1", "to 96 in 2025", "96", "count", period="2025"),
            claim("C2", "from 120 in 2024", "120", "count", period="2024"),
            claim("C3", "moved 20 percent", "20", "percent", kind="growth", period="2025", direction="fall")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == "consistent"


def test_without_a_rate_the_growth_is_derived_information(tmp_path):
    body = "Sales reached 150 in 2025, against 100 in 2024."
    rows = [claim("C1", "reached 150 in 2025", "150", "count", period="2025"),
            claim("C2", "100 in 2024", "100", "count", period="2024")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "derived growth")
    # Counts are read to two significant figures at most: [145, 155) / [95, 105) - 1 = 38.1 % to 63.2 %.
    assert check.verdict == "unverifiable" and "38.1–63.2 %" in check.explanation


@pytest.mark.parametrize("trend, verdict", [("rising", "consistent"), ("falling", "inconsistent")])
def test_a_direction_word_is_judged(tmp_path, trend, verdict):
    body = "Sales reached 153 in 2025, against 101 in 2024."
    rows = [claim("C1", "reached 153 in 2025", "153", "count", period="2025", trend=trend),
            claim("C2", "101 in 2024", "101", "count", period="2024")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == verdict
    assert not kinds(checks, "derived growth")


def test_year_to_date_compares_the_same_months(tmp_path):
    body = "In January-April sales were 110, against 100 a year earlier, up 10 percent."
    rows = [claim("C1", "sales were 110", "110", "count", period="2025-01/2025-04"),
            claim("C2", "against 100", "100", "count", period="2024-01/2024-04"),
            claim("C3", "up 10 percent", "10", "percent", kind="growth", period="2025-01/2025-04")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == "consistent"


@pytest.mark.parametrize("stated, verdict, slip", [("8.6", "consistent", False), ("108.6", "inconsistent", True),
                                                   ("50", "inconsistent", False)])
def test_relative_difference_of_one_period(tmp_path, stated, verdict, slip):
    # 411,074 / 378,348 - 1 = 8.65 %; "108.6 per cent more" is the ratio (108.65 % of), not how much more.
    body = ("Against the estimated deficit of Rs 378348 crore, the deficit by November was Rs 411074 crore, "
            f"which is {stated} per cent more.")
    rows = [claim("C1", "estimated deficit of Rs 378348 crore", "378348", "INR", scale="crore", metric="deficit estimate",
                  period="FY2015"),
            claim("C2", "was Rs 411074 crore", "411074", "INR", scale="crore", metric="deficit", period="FY2015"),
            claim("C3", f"{stated} per cent more", stated, "percent", kind="growth", metric="deficit", period="FY2015",
                  links="C2;C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "relative difference")
    assert check.verdict == verdict
    assert ("is the ratio" in check.explanation) == slip
    assert not [c for c in checks if c.kind == "prior level"]


@pytest.mark.parametrize("rate, direction, verdict", [("20", "", "inconsistent"), ("20", "fall", "consistent")])
def test_a_rate_against_the_rest_of_a_longer_period(tmp_path, rate, direction, verdict):
    # 2023Q1 = H1 872 MW - Q2 387 MW = 484-486 MW; Q2 against it is -20.5 to -19.9 %: a 20 % fall, not a rise
    body = f"Installations were 872 MW in January-June 2023. In the second quarter, 387 MW were added, {rate} per cent " \
           f"{'lower' if direction else 'higher'} compared to January-March 2023."
    rows = [claim("C1", "872 MW", "872", "MW", metric="installations", period="2023H1"),
            claim("C2", "387 MW", "387", "MW", metric="installations", period="2023Q2"),
            claim("C3", f"{rate} per cent", rate, "percent", kind="growth", metric="installations", period="2023Q2",
                  basis="2023Q1", direction=direction, links="C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    assert check.claims == ["C2", "C1", "C3"] and check.verdict == verdict, check.explanation
    assert "against 2023Q1, which is 2023H1's 872 MW less 387 MW (484–486 MW)" in check.explanation


def test_levels_a_thousandfold_apart_decide_no_rate(tmp_path):
    # "from BE of Rs 90, 888.41 crore": a misprinted figure read as Rs 90 is no level the rate grew from
    body = "Allocations rose 12.98 per cent from Rs 90 in 2021-22 to Rs 10,2686.50 crore in 2022-23."
    rows = ["C1,\"to Rs 10,2686.50 crore in 2022-23\",\"10,2686.50\",INR,crore,FY2023,MHA,allocations,level,exact,,,,,,,,",
            "C2,from Rs 90 in 2021-22,90,INR,,FY2022,MHA,allocations,level,exact,,,,,,,,",
            "C3,rose 12.98 per cent,12.98,percent,,FY2023,MHA,allocations,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    assert check.verdict == "unverifiable" and "thousandfold" in check.explanation


@pytest.mark.parametrize("stated, verdict", [("8", "tension"), ("7", "inconsistent"), ("9", "consistent")])
def test_a_whole_rate_with_its_decimals_cut_is_a_tension(tmp_path, stated, verdict):
    # 68.78 -> 74.76 is 8.68-8.71 %: "rose 8 per cent" cuts the decimals (a tension), "9" rounds them, "7" is wrong
    body = f"Output rose {stated} per cent to 74.76 million tonnes in 2024 from 68.78 million tonnes in 2023."
    rows = [claim("C1", "to 74.76 million tonnes in 2024", "74.76", "tonnes", scale="million", period="2024",
                  metric="output", links="C2"),
            claim("C2", "from 68.78 million tonnes in 2023", "68.78", "tonnes", scale="million", period="2023",
                  metric="output"),
            claim("C3", f"Output rose {stated} per cent", stated, "percent", kind="growth", period="2024",
                  metric="output")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == verdict


@pytest.mark.parametrize("earlier, verdict", [("6.27", "tension"), ("6.25", "inconsistent")])
def test_a_rate_cut_from_the_levels_as_printed_is_a_tension_whatever_their_rounding_reaches(tmp_path, earlier, verdict):
    # 6.27 -> 17.175 is 173.9 % as printed (173.7-174.2 % as rounded): "173 per cent" cuts it; from 6.25, 174.8 % is
    # no 173 however cut
    body = f"Deposits grew by 173 per cent from N{earlier} trillion in 2010 to N17.175 trillion in 2015."
    rows = [claim("C1", "to N17.175 trillion in 2015", "17.175", "NGN", scale="trillion", period="2015",
                  metric="deposits", links="C2"),
            claim("C2", f"from N{earlier} trillion in 2010", earlier, "NGN", scale="trillion", period="2010",
                  metric="deposits"),
            claim("C3", "grew by 173 per cent", "173", "percent", kind="growth", period="2015", metric="deposits",
                  links="C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == verdict


@pytest.mark.parametrize("stated, verdict", [("100", "tension"), ("120", "inconsistent")])
def test_a_round_hundred_percent_rise_exceeded_is_an_understatement(tmp_path, stated, verdict):
    """"saw a 100% spike, rising from 5,458 to 14,761" (+170 %): a round hundred said for "doubled or more" understates
    the move (tension); a 120 % rise against +170 % is another figure."""
    rows = [claim("C1", f"saw a {stated}% spike", stated, "percent", kind="growth", metric="starts", period="2025Q1"),
            claim("C2", "to 14,761", "14,761", "count", metric="starts", period="2025Q1"),
            claim("C3", "rising from 5,458", "5,458", "count", metric="starts", period="2024Q1")]
    _, _, checks = make_case(tmp_path, f"Starts saw a {stated}% spike, rising from 5,458 to 14,761.", rows)
    assert only(checks, "implied growth").verdict == verdict
