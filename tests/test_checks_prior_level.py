"""Prior level: a level and its growth imply the year before (hand-computed intervals)."""
from conftest import claim, make_case, only

REF = ("R1,widget sales,Acme,2023,{v},bn USD,exact,Statistics Office,2024-03-01,https://example.com/r1,"
       "2026-12-01,observation,")
BODY = "Acme sold over 900 billion dollars of widgets in 2024, up 24 percent year-on-year."
ROWS = ["C1,over 900 billion dollars,900,USD,billion,2024,Acme,widget sales,level,over,Office,,,,,,,",
        "C2,up 24 percent,24,percent,,2024,Acme,widget sales,growth,exact,Office,,,,,,,"]


def test_level_and_growth_imply_the_prior_year(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS, [REF.format(v="578.4")])
    check = only(checks, "prior level")
    assert (round(check.implied.low, 1), round(check.implied.high, 1)) == (722.9, 809.7)
    assert check.verdict == "inconsistent" and round(check.gap_percent) == 20
    assert "723–810 bn USD" in check.explanation and "578.4" in check.explanation
    assert check.automatic == ["R1"]  # found by its metric name, not named by the register


def test_prior_level_that_fits_is_consistent(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, ROWS, [REF.format(v="750")])
    assert only(checks, "prior level").verdict == "consistent"


def test_prior_level_without_reference_is_unverifiable(tmp_path):
    body = "Sales rose 10 percent to 110 million."
    rows = ["C1,to 110 million,110,count,million,2024,Acme,units,level,exact,,,,,,,,",
            "C2,rose 10 percent,10,percent,,2024,Acme,units,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "prior level")
    assert check.verdict == "unverifiable" and "no 2023 figure" in check.explanation


def test_a_fall_implies_a_higher_year_before(tmp_path):
    # "fell 20 percent to 96": 96 / (1 - 0.2) = 120; [95.5, 96.5) / [0.795, 0.805] = 118.6-121.4.
    body = "Sales fell 20 percent to 96 million in 2024."
    rows = [claim("C1", "to 96 million", "96", "count", scale="million", period="2024"),
            claim("C2", "fell 20 percent", "20", "percent", kind="growth", period="2024")]
    _, claims, checks = make_case(tmp_path, body, rows)
    assert claims[1].direction == "fall" and claims[1].interval.high == -19.5
    check = only(checks, "prior level")
    assert (round(check.implied.low / 1e6, 1), round(check.implied.high / 1e6, 1)) == (118.6, 121.4)
    assert check.explanation.startswith("A 20 % fall to 96 mn in 2024 implies 2023 was")


def test_open_ended_growth_gives_an_open_prior_level(tmp_path):
    # "at most 5 percent" is (-inf, 5]: a fall of up to 100 % leaves the year before unbounded above.
    body = "Sales grew at most 5 percent to 503 million in 2024."
    rows = [claim("C1", "to 503 million", "503", "count", scale="million", period="2024"),
            claim("C2", "at most 5 percent", "5", "percent", kind="growth", period="2024", qualifier="at most")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "prior level")
    assert check.implied.high == float("inf") and round(check.implied.low / 1e6, 1) == 478.6  # 502.5 / 1.05


def test_a_linked_level_of_another_period_is_the_base_not_the_level_reached(tmp_path):
    # "up 97.3% from $5.22": 5.22 is where the rate starts, so no prior level is implied from it; and with the base
    # in the article and no published figure to set against, the rate is read against the base alone (implied
    # growth), no "nothing to compare with" said of it.
    body = "Earnings per share were $10.30 in 2020, up 97.3% from $5.22 in 2019."
    rows = [claim("C1", "Earnings per share were $10.30 in 2020", "10.30", "USD", metric="eps", period="2020"),
            claim("C2", "up 97.3%", "97.3", "percent", kind="growth", metric="eps", period="2020", links="C3"),
            claim("C3", "from $5.22 in 2019", "5.22", "USD", metric="eps", period="2019")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert [c.claims for c in checks if c.kind == "prior level"] == []
    assert [c.claims for c in checks if c.kind == "implied growth"] == [["C1", "C3", "C2"]]


def test_a_linked_level_of_no_period_that_the_level_reached_links_to_is_the_base(tmp_path):
    # "lower by 4.61 per cent from the earlier estimate of 111.32": an estimate of no period, measured from.
    body = "Output is estimated at 106.41 million tonnes in 2024, lower by 4.61 per cent from the earlier estimate of 111.32."
    rows = [claim("C1", "estimated at 106.41 million tonnes", "106.41", "tonnes", kind="forecast", scale="million",
                  period="2024", links="C3"),
            claim("C2", "lower by 4.61 per cent", "4.61", "percent", kind="growth", period="2024", links="C3"),
            claim("C3", "the earlier estimate of 111.32", "111.32", "tonnes", kind="forecast", scale="million", period="")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert [c.claims for c in checks if c.kind == "prior level"] == [["C1", "C2"]]
