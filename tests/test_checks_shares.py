import pytest

from conftest import make_case, only


def test_share_change_in_points_and_percent(tmp_path):
    body = "The share rose from 19.9 percent last year to 25.9 percent."
    rows = ["C1,from 19.9 percent,19.9,percent,,2024,X,share of cases,share,exact,,,,,,,,",
            "C2,to 25.9 percent,25.9,percent,,2025,X,share of cases,share,exact,,,,,C1,,rising,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share change")
    assert check.verdict == "consistent"
    assert (round(check.implied.low, 2), round(check.implied.high, 2)) == (5.9, 6.1)
    assert "+6.0 pp" in check.explanation and "+30.2 %" in check.explanation


def test_points_called_percent_is_caught(tmp_path):
    body = "The share rose from 19.9 percent to 25.9 percent, an increase of 6 percent."
    rows = ["C1,from 19.9 percent,19.9,percent,,2024,X,share,share,exact,,,,,,,,",
            "C2,to 25.9 percent,25.9,percent,,2025,X,share,share,exact,,,,,C1,,,",
            "C3,an increase of 6 percent,6,percent,,2025,X,share,change,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share change")
    assert check.verdict == "inconsistent" and "mixes up" in check.explanation


@pytest.mark.parametrize("value, verdict", [("60", "consistent"), ("30", "unverifiable")])
def test_largest_needs_a_majority_or_rivals(tmp_path, value, verdict):
    body = f"X is the largest holder, with {value} percent of the total."
    rows = [f"C1,with {value} percent,{value},percent,,2025,X,share held,share,exact,,,,,,,largest,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "largest").verdict == verdict


def test_parts_exceeding_the_whole(tmp_path):
    # [70.5, 71.5] + [51.5, 52.5] = [122, 124] million against [100.5, 101.5] million.
    body = "Of 101 million units, 71 million went east and 52 million west."
    rows = ["C1,Of 101 million units,101,count,million,2025,X,units,level,exact,,,,,,,,",
            "C2,71 million went east,71,count,million,2025,X,units east,level,exact,,,,,C1,,,",
            "C3,52 million west,52,count,million,2025,X,units west,level,exact,,,,,C1,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "parts of a total").verdict == "inconsistent"


@pytest.mark.parametrize("stated, verdict", [("42.7", "consistent"), ("52.7", "inconsistent")])
def test_share_of_a_total(tmp_path, stated, verdict):
    # 3.2 / 7.5 = 42.67 %: [3.15, 3.25] / [7.45, 7.55] is 41.7-43.6 %.
    body = f"Exports reached 3.2 billion dollars of 7.5 billion dollars in sales, accounting for {stated} percent of total."
    rows = ["C1,reached 3.2 billion dollars,3.2,USD,billion,2025,X,exports,level,exact,,,,,,,,",
            "C2,7.5 billion dollars in sales,7.5,USD,billion,2025,X,sales,level,exact,,,,,,,,",
            f"C3,accounting for {stated} percent of total,{stated},percent,,2025,X,export share,share,exact,,,,,C1;C2,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share of a total")
    assert (round(check.implied.low, 1), round(check.implied.high, 1)) == (41.7, 43.6)
    assert check.verdict == verdict
