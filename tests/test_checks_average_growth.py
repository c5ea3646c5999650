"""Average growth: an average annual rate against the growth over the span it averages."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("average, verdict", [("4.3", "consistent"), ("4.8", "inconsistent")])
def test_the_yearly_average_of_a_growth_over_two_years(tmp_path, average, verdict):
    # 1.0865 ** 0.5 - 1 = 4.235 %, 1.0875 ** 0.5 - 1 = 4.283 %: 4.3 (4.25-4.35) overlaps, 4.8 does not.
    body = f"Investment rose 8.7% from January to July 2019. The average annual growth rate is {average}%."
    rows = [claim("C1", "rose 8.7%", "8.7", "percent", kind="growth", metric="investment",
                  period="2021-01/2021-07", basis="2019-01/2019-07"),
            claim("C2", f"average annual growth rate is {average}%", average, "percent per year", kind="growth",
                  metric="investment", period="2021-01/2021-07", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "average growth")
    assert (round(check.implied.low, 2), round(check.implied.high, 2)) == (4.24, 4.28)
    assert check.verdict == verdict and "2 years" in check.explanation and "% a year" in check.explanation


@pytest.mark.parametrize("average, verdict", [("12", "consistent"), ("21", "inconsistent")])
def test_a_compound_annual_rate_between_two_levels(tmp_path, average, verdict):
    # (5 / 2.8) ** (1/5) - 1 = 12.3 %; over the rounding of 5 (4.5-5.5) and 2.8 (2.75-2.85): 9.6-14.9 %.
    body = f"Sales grew at a compound annual rate of {average}% to $5 billion in 2025 from $2.8 billion in 2020."
    rows = [claim("C1", f"compound annual rate of {average}%", average, "percent per year", kind="growth",
                  metric="sales", links="C2; C3"),
            claim("C2", "to $5 billion in 2025", "5", "USD", scale="billion", metric="sales"),
            claim("C3", "from $2.8 billion in 2020", "2.8", "USD", scale="billion", metric="sales", period="2020")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "average growth")
    assert check.verdict == verdict and check.claims == ["C1", "C2", "C3"]


def test_a_span_of_no_whole_years_says_nothing_of_a_yearly_average(tmp_path):
    body = "Output rose 8.7% over 2019. The average annual growth rate is 9.9%."
    rows = [claim("C1", "rose 8.7%", "8.7", "percent", kind="growth", metric="output", period="2019-01/2019-12",
                  basis="2018-07/2018-12"),
            claim("C2", "average annual growth rate is 9.9%", "9.9", "percent per year", kind="growth",
                  metric="output", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind == "average growth"]
