"""Comparison and ranking words: largest, above, below, ranks."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("value, verdict", [("60", "consistent"), ("30", "unverifiable")])
def test_largest_needs_a_majority_or_rivals(tmp_path, value, verdict):
    body = f"X is the largest holder, with {value} percent of the total."
    rows = [f"C1,with {value} percent,{value},percent,,2025,X,share held,share,exact,,,,,,,largest,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "largest").verdict == verdict


@pytest.mark.parametrize("ours, verdict", [("13.6", "consistent"), ("12.1", "inconsistent"), ("12.8", "tension"),
                                           ("13", "consistent")])  # 12.5-13.5 meets 12.75-12.85, but 13 > 12.8 printed
def test_largest_against_the_rivals_it_links(tmp_path, ours, verdict):
    body = f"Guangdong, the largest economy at {ours} trillion yuan, led Jiangsu at 12.8 trillion yuan."
    rows = [claim("C1", f"at {ours} trillion", ours, "CNY", scale="trillion", trend="largest", links="C2"),
            claim("C2", "at 12.8 trillion", "12.8", "CNY", scale="trillion", metric="gdp of jiangsu")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "largest")
    assert check.verdict == verdict
    assert ("holds as printed" in check.explanation) == (ours == "13")


@pytest.mark.parametrize("value, verdict", [("41.3", "inconsistent"), ("58", "consistent"), ("50", "tension")])
def test_a_majority_is_more_than_half(tmp_path, value, verdict):
    body = f"The majority of cash remittances, accounting for {value} percent, came from the United States."
    rows = [claim("C1", f"accounting for {value} percent", value, "percent", kind="share", trend="majority")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "majority")
    # (the brief's columns: the share the article gives, against more than half)
    assert check.verdict == verdict and check.stated.low == 50 and check.stated.low_open


def test_followed_by_is_below(tmp_path):
    body = "Exports led with 302 billion, followed by imports with 321 billion."
    rows = [claim("C1", "led with 302 billion", "302", "count", scale="billion"),
            claim("C2", "imports with 321 billion", "321", "count", scale="billion", metric="imports",
                  trend="below", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "comparison")
    # [320.5, 321.5] is not below [301.5, 302.5]: 18 bn the wrong way.
    assert check.verdict == "inconsistent" and check.gap == 18e9


@pytest.mark.parametrize("last, verdict", [("24.01", "consistent"), ("27.50", "inconsistent")])
def test_a_followed_by_list_is_one_ordered_check(tmp_path, last, verdict):
    """"RFO at Rs31.45, followed by imported fuels at Rs26.09 and RLNG at Rs24.01": one check of the whole order."""
    body = f"Costs were highest for RFO at 31.45, followed by imported fuels at 26.09 and RLNG at {last}."
    rows = [claim("C1", "RFO at 31.45", "31.45", "count", metric="rfo cost"),
            claim("C2", "fuels at 26.09", "26.09", "count", metric="imported fuel cost", trend="below", links="C1"),
            claim("C3", f"RLNG at {last}", last, "count", metric="rlng cost", trend="below", links="C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "comparison")
    assert check.claims == ["C1", "C2", "C3"] and check.verdict == verdict


@pytest.mark.parametrize("rank, verdict", [("second", "consistent"), ("first", "inconsistent"), ("third", "consistent")])
def test_rank_against_the_figures(tmp_path, rank, verdict):
    body = f"Jiangsu ranked {rank} with 12.8 trillion, behind Guangdong's 13.6 trillion and ahead of Shandong's 9.2 trillion."
    rows = [claim("C1", f"ranked {rank}", rank, "count", kind="rank", links="C2;C3;C4", entity="Jiangsu"),
            dict(claim("C2", "with 12.8 trillion", "12.8", "CNY", scale="trillion"), entity="Jiangsu"),
            dict(claim("C3", "Guangdong's 13.6 trillion", "13.6", "CNY", scale="trillion"), entity="Guangdong"),
            dict(claim("C4", "Shandong's 9.2 trillion", "9.2", "CNY", scale="trillion"), entity="Shandong")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "rank").verdict == verdict
