"""Share of a total: part / whole against the stated share."""
import pytest

from conftest import claim, make_case, only


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


@pytest.mark.parametrize("words, qualifier, verdict", [
    ("half", "exact", "consistent"),          # 50 % give or take 5 % of it: 47.5-52.5 %
    ("more than half", "over", "consistent"),  # 50 % up to two-thirds
    ("two-thirds", "exact", "inconsistent"),   # 63.3-70 %
])
def test_fractions_in_percent(tmp_path, words, qualifier, verdict):
    # [509.5, 510.5] / [997.5, 998.5] = 51.0-51.2 %.
    value = words.split()[-1]
    body = f"Of 998 firms, 510 exported: {words} of them."
    rows = [claim("C1", "Of 998 firms", "998", "count", metric="firms"),
            claim("C2", "510 exported", "510", "count", metric="exporters"),
            claim("C3", f"{words} of them", value, "percent", kind="share", qualifier=qualifier, links="C1;C2")]
    _, claims, checks = make_case(tmp_path, body, rows)
    assert claims[2].interval.low >= 47.5  # a fraction word in percent is a percentage, not 0.5 %
    assert only(checks, "share of a total").verdict == verdict
