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


@pytest.mark.parametrize("stated, verdict", [("300", "consistent"), ("150", "inconsistent")])
def test_a_share_over_100_percent_is_of_the_smaller_amount_and_per_share_amounts_count(tmp_path, stated, verdict):
    # a dividend of Rs 30.5 per share on a face value of Rs 10.2: 30.5 / 10.2 = 299 %, not 10.2 / 30.5
    body = f"A dividend of Rs 30.5 per share ({stated} per cent on the face value of Rs 10.2 per share)."
    rows = ["C1,A dividend of Rs 30.5 per share,30.5,INR per share,,2025,X,dividend,level,exact,,,,,,,,",
            "C2,face value of Rs 10.2 per share,10.2,INR per share,,2025,X,face value,level,exact,,,,,,,,",
            f"C3,{stated} per cent on the face value,{stated},percent,,2025,X,dividend rate,share,exact,,,,,C1;C2,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "share of a total").verdict == verdict


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


@pytest.mark.parametrize("third, verdict", [("7.1", "consistent"), ("17.1", "inconsistent")])
def test_shares_of_one_total_add_up_to_at_most_all_of_it(tmp_path, third, verdict):
    # 53.9 + 39.0 + 7.1 = 100.0 (99.85-100.15): consistent; with 17.1 at least 109.85 %: more than the whole.
    body = ("GDP was 99.09 trillion yuan. Services added 53.42 trillion yuan, industry 38.62 trillion yuan and "
            f"farming 7.04 trillion yuan. Services contributed 53.9 percent, industry 39.0 percent and farming {third} percent.")
    rows = [claim("C1", "99.09 trillion yuan", "99.09", "CNY", scale="trillion", metric="gdp",
                  links="C2 part;C3 part;C4 part"),
            claim("C2", "53.42 trillion yuan", "53.42", "CNY", scale="trillion", metric="services"),
            claim("C3", "38.62 trillion yuan", "38.62", "CNY", scale="trillion", metric="industry"),
            claim("C4", "7.04 trillion yuan", "7.04", "CNY", scale="trillion", metric="farming"),
            claim("C5", "contributed 53.9 percent", "53.9", "percent", kind="share", metric="services share", links="C2;C1"),
            claim("C6", "39.0 percent", "39.0", "percent", kind="share", metric="industry share", links="C3;C1"),
            claim("C7", f"{third} percent", third, "percent", kind="share", metric="farming share", links="C4;C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "shares of one total")
    assert check.claims == ["C5", "C6", "C7", "C1"]
    assert check.verdict == verdict


def test_shares_of_one_total_from_different_breakdowns_are_not_added(tmp_path):
    # General trade (58.6 %) and foreign-funded firms (42.9 %) overlap: both shares hold, and their sum says nothing.
    body = ("Trade was 9.11 trillion yuan. General trade was 5.34 trillion yuan, accounting for 58.6 percent. "
            "Foreign-funded firms traded 3.91 trillion yuan, contributing 42.9 percent.")
    rows = [claim("C1", "9.11 trillion yuan", "9.11", "CNY", scale="trillion", metric="trade"),
            claim("C2", "5.34 trillion yuan", "5.34", "CNY", scale="trillion", metric="general trade"),
            claim("C3", "3.91 trillion yuan", "3.91", "CNY", scale="trillion", metric="foreign-funded trade"),
            claim("C4", "accounting for 58.6 percent", "58.6", "percent", kind="share", metric="general share", links="C2;C1"),
            claim("C5", "contributing 42.9 percent", "42.9", "percent", kind="share", metric="foreign share", links="C3;C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert [c.verdict for c in checks if c.kind == "share of a total"] == ["consistent", "consistent"]
    assert not [c for c in checks if c.kind == "shares of one total"]


@pytest.mark.parametrize("second_count, verdict", [("25,860,000", "consistent"), ("23,102,672", "inconsistent")])
def test_shares_of_one_whole_imply_one_whole(tmp_path, second_count, verdict):
    # 25,515,074 / 97.3 % puts the adults at 26.21-26.24 million; 25,860,000 / 98.6 % at 26.21-26.24 million too,
    # but 23,102,672 / 98.6 % at 23.42-23.44 million: one adult population cannot be both.
    body = (f"A total of 25,515,074 individuals or 97.3 per cent of the adult population are fully vaccinated. "
            f"98.6 per cent of the adult population or {second_count} individuals have had one dose.")
    rows = [claim("C1", "25,515,074 individuals", "25,515,074", "count", metric="fully vaccinated"),
            claim("C2", "97.3 per cent of the adult population", "97.3", "percent", kind="share",
                  metric="fully vaccinated share", links="C1"),
            claim("C3", "98.6 per cent of the adult population", "98.6", "percent", kind="share",
                  metric="one dose share", links="C4;C2 same whole"),
            claim("C4", f"{second_count} individuals", second_count, "count", metric="one dose")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "shares of one whole")
    assert check.claims == ["C2", "C1", "C3", "C4"]
    assert check.verdict == verdict
    assert not [c for c in checks if c.kind == "share of a total"]  # one amount per share: no part/whole pair


def test_a_share_of_another_period_implies_no_common_whole(tmp_path):
    # GDP grows from year to year: 2 % of it in 2024 and 3 % of it in 2025 need not imply one GDP.
    body = "The deficit was 20 billion dollars or 2 percent of GDP in 2024, and 45 billion dollars or 3 percent in 2025."
    rows = [claim("C1", "20 billion dollars", "20", "USD", scale="billion", metric="deficit", period="2024"),
            claim("C2", "2 percent of GDP", "2", "percent", kind="share", metric="deficit share", period="2024",
                  links="C1"),
            claim("C3", "45 billion dollars", "45", "USD", scale="billion", metric="deficit", period="2025"),
            claim("C4", "3 percent", "3", "percent", kind="share", metric="deficit share", period="2025", links="C3;C2 same whole")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind == "shares of one whole"]


@pytest.mark.parametrize("third, verdict", [("8.24", "consistent"), ("48.24", "inconsistent")])
def test_shares_of_other_parts_add_up_to_at_most_all(tmp_path, third, verdict):
    # 41.16 + 17.69 + 8.24 = 67.09 %: the rest is other uses; with 48.24 the three make 107.08-107.10 %.
    body = ("Of total demand, industrial and agricultural consumption account for 41.16% and 17.69%, respectively. "
            f"Commercial consumption accounts for {third}%.")
    rows = [claim("C1", "41.16%", "41.16", "percent", kind="share", metric="industrial share"),
            claim("C2", "17.69%", "17.69", "percent", kind="share", metric="agricultural share", links="C1 other part"),
            claim("C3", f"accounts for {third}%", third, "percent", kind="share", metric="commercial share",
                  links="C2 other part")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "shares of one total")
    assert check.claims == ["C1", "C2", "C3"]
    assert check.verdict == verdict


def _car_shares(tmp_path, leader: str, lead: str, honda: str) -> list:
    """Car sales of 201,300, Toyota's 70,455 and Honda's amount; shares of the leader, Toyota (35 %, linked to
    its amount and the whole) and Kia, one breakdown."""
    body = (f"Car sales reached 201,300 units. Toyota sold 70,455 and Honda {honda}. By share, {leader} led with "
            f"{lead} percent, followed by Toyota 35 percent and Kia 5 percent.")
    rows = [claim("C1", "201,300 units", "201,300", "count", metric="car sales", entity="", links="C2 part;C3 part"),
            claim("C2", "70,455", "70,455", "count", metric="car sales", entity="Toyota"),
            claim("C3", honda, honda, "count", metric="car sales", entity="Honda"),
            claim("C4", f"{lead} percent", lead, "percent", kind="share", metric="share", entity=leader),
            claim("C5", "35 percent", "35", "percent", kind="share", metric="share", entity="Toyota",
                  links="C4 other part;C2;C1"),
            claim("C6", "5 percent", "5", "percent", kind="share", metric="share", entity="Kia", links="C5 other part")]
    return make_case(tmp_path, body, rows)[2]


@pytest.mark.parametrize("lead, honda, verdict", [("20", "60,390", "consistent"), ("40", "100,650", "inconsistent")])
def test_a_breakdown_s_other_parts_given_as_amounts_join_its_shares(tmp_path, lead, honda, verdict):
    # Toyota's 35 % is 70,455 of 201,300, so the shares are of that whole; Honda's 60,390 is 30 % of it: with
    # Hyundai at 20 %, 20 + 35 + 5 + 30 = 90 % fits. Honda at 50 % and Hyundai at 40 % make 130 %, too much.
    check = only(_car_shares(tmp_path, "Hyundai", lead, honda), "shares of one total")
    assert check.claims == ["C4", "C5", "C6", "C3", "C1"]  # Toyota's 70,455 is the 35 %: not counted twice
    assert "Honda's" in check.explanation
    assert check.verdict == verdict


def test_an_amount_part_a_share_names_is_not_counted_beside_it(tmp_path):
    # Honda's 100,650 may be the part the "Honda" share stands for: left out, the shares alone (60 %) are added
    assert only(_car_shares(tmp_path, "Honda", "20", "100,650"), "shares of one total").claims == ["C4", "C5", "C6"]


def test_shares_of_a_change_past_100_decide_nothing(tmp_path):
    # Contributions to growth: consumption 76 % and investment 31 % pass 100 % when net exports pulled growth down.
    body = "Consumption contributed 76 percent to growth and investment contributed 31 percent."
    rows = [claim("C1", "contributed 76 percent", "76", "percent", kind="share", metric="consumption contribution"),
            claim("C2", "contributed 31 percent", "31", "percent", kind="share", metric="investment contribution",
                  links="C1 other part")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "shares of one total")
    assert check.verdict == "unverifiable"
    assert "went the other way" in check.explanation


def test_shares_of_other_parts_in_different_periods_are_not_added(tmp_path):
    body = "Coal made up 60 percent of power in 2024 and gas 45 percent in 2025."
    rows = [claim("C1", "60 percent", "60", "percent", kind="share", metric="coal share", period="2024"),
            claim("C2", "45 percent", "45", "percent", kind="share", metric="gas share", period="2025",
                  links="C1 other part")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind == "shares of one total"]


@pytest.mark.parametrize("margin, verdict", [("2.44", "consistent"), ("2.46", "tension"), ("3.46", "inconsistent")])
def test_a_margin_near_miss_may_be_another_base(tmp_path, margin, verdict):
    # 527.6 mn / 21.587 bn = 2.444 %: 2.46 % is a margin on a slightly smaller base (total income, net sales, as the
    # company chooses); 3.46 % is no base the figures allow.
    body = f"Net profit was INR527.6m on revenue of INR21.587bn. Its net profit margin improved to {margin} per cent."
    rows = [claim("C1", "INR527.6m", "527.6", "INR", scale="million", metric="net profit"),
            claim("C2", "INR21.587bn", "21.587", "INR", scale="billion", metric="revenue"),
            claim("C3", f"net profit margin improved to {margin} per cent", margin, "percent", kind="share",
                  metric="net profit margin", links="C1;C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "share of a total").verdict == verdict
