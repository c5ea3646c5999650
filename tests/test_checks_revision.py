"""Changes and revisions: "raised by 1.3 bn to 61.3 bn", percentage points between rates."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("old, verdict", [("60.0", "consistent"), ("59.0", "inconsistent")])
def test_raised_by_to_from(tmp_path, old, verdict):
    body = f"It raised its forecast by 1.3 billion to 61.3 billion, from {old} billion."
    rows = [claim("C1", "raised its forecast by 1.3 billion", "1.3", "USD", kind="change", scale="billion",
                  links="C2;C3"),
            claim("C2", "to 61.3 billion", "61.3", "USD", kind="forecast", scale="billion"),
            claim("C3", f"from {old} billion", old, "USD", kind="forecast", scale="billion")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "change").verdict == verdict


def test_without_the_old_figure_it_is_derived(tmp_path):
    body = "It cut its forecast by 1.3 billion to 61.3 billion."
    rows = [claim("C1", "cut its forecast by 1.3 billion", "1.3", "USD", kind="change", scale="billion", links="C2"),
            claim("C2", "to 61.3 billion", "61.3", "USD", kind="forecast", scale="billion")]
    _, claims, checks = make_case(tmp_path, body, rows)
    assert claims[0].direction == "fall"
    check = only(checks, "change")
    assert check.verdict == "unverifiable" and "62.5–62.7 bn USD" in check.explanation


def test_percentage_points_between_growth_rates(tmp_path):
    body = "Output rose 5.8 percent in September, up 1.4 percentage points from 4.4 percent in August."
    rows = [claim("C1", "rose 5.8 percent", "5.8", "percent", kind="growth", period="2025-09"),
            claim("C2", "up 1.4 percentage points", "1.4", "pp", kind="change", period="2025-09", links="C1;C3"),
            claim("C3", "from 4.4 percent", "4.4", "percent", kind="growth", period="2025-08")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "change").verdict == "consistent"


@pytest.mark.parametrize("revised, trend, verdict", [
    ("1.62", "rising", "consistent"),     # 1.615-1.625 against 1.5895-1.5905: up
    ("1.62", "falling", "inconsistent"),  # up, so "revised down" is wrong
    ("1.59", "rising", "tension"),        # the same printed figure: no revision the figures bear out
])
def test_a_revision_goes_the_way_its_word_says(tmp_path, revised, trend, verdict):
    word = "upward" if trend == "rising" else "downward"
    body = f"The allocation initially stood at Rs1.590tr but was later revised {word} to Rs{revised}tr."
    rows = [claim("C1", "stood at Rs1.590tr", "1.590", "PKR", scale="trillion", metric="allocation"),
            claim("C2", f"revised {word} to Rs{revised}tr", revised, "PKR", scale="trillion",
                  metric="allocation (revised)", trend=trend, links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "revision").verdict == verdict


def test_a_revision_whose_rounding_meets_no_move_only_at_an_open_end_moved(tmp_path):
    # 1.59 is 1.585-1.595 and 1.60 is 1.595-1.605, each leaving out its upper end: the move is above 0 throughout
    # (the same reading as a share or a level that "edged up"), so "revised upward" holds, not only as printed
    body = "The allocation initially stood at Rs1.59tr but was later revised upward to Rs1.60tr."
    rows = [claim("C1", "stood at Rs1.59tr", "1.59", "PKR", scale="trillion", metric="allocation"),
            claim("C2", "revised upward to Rs1.60tr", "1.60", "PKR", scale="trillion", metric="allocation (revised)",
                  trend="rising", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "revision")
    assert check.verdict == "consistent" and "revised up, as the article says" in check.explanation, check.explanation



@pytest.mark.parametrize("new_low, new_high, verdict", [
    ("3", "5", "consistent"),      # the top raised, the bottom kept: the middle went up
    ("2", "3", "inconsistent"),    # both ends lower: the other way
    ("2", "5", "tension"),         # widened around the same middle: neither way
])
def test_a_range_raised_is_judged_by_its_middle(tmp_path, new_low, new_high, verdict):
    body = (f"It raised its outlook for sales growth from a range of 3% to 4% to a range of {new_low}% to "
            f"{new_high}%.")
    rows = [claim("C1", "from a range of 3% to 4%", "3", "percent", kind="growth", metric="sales growth", low="3",
                  high="4"),
            claim("C2", f"to a range of {new_low}% to {new_high}%", new_low, "percent", kind="growth",
                  metric="sales growth", low=new_low, high=new_high, trend="rising", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "revision")
    assert check.verdict == verdict
    # a contradiction says by how much: the middle moved from 3.5 % to 2.5 %, 1 pp the other way
    assert check.gap == (1.0 if verdict == "inconsistent" else None)


def test_a_range_revised_from_an_open_ended_figure_has_no_middle(tmp_path):
    # "at least 2 billion" has no upper end, so no middle to move; found by the register property test
    body = "Sales were at least 2 billion. The outlook was raised to a range of 2 billion to 3 billion."
    rows = [claim("C1", "at least 2 billion", "2", "USD", scale="billion", qualifier="at least"),
            claim("C2", "a range of 2 billion to 3 billion", "2", "USD", scale="billion", low="2", high="3",
                  trend="rising", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "revision")
    assert check.verdict == "unverifiable" and "no middle" in check.explanation
