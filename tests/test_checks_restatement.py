"""Restatement: one quantity stated twice (headline, lede, body) must agree with itself."""
import pytest

from conftest import claim, make_case, only


def test_headline_against_body(tmp_path):
    body = "The industry will surpass 1.2 trillion yuan in 2025."
    rows = ["C1,Surpass One Tln Yuan,One,CNY,trillion,2025,X,scale,forecast,over,,,,,,,,",
            "C2,surpass 1.2 trillion yuan,1.2,CNY,trillion,2025,X,scale,forecast,over,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, headline="Industry to Surpass One Tln Yuan")
    check = next(c for c in checks if c.kind == "headline vs body")
    assert check.verdict == "consistent" and "less precise" in check.explanation


def test_headline_contradicting_body(tmp_path):
    body = "The industry reached 800 billion yuan in 2025."
    rows = ["C1,Hits 1.2 Tln Yuan,1.2,CNY,trillion,2025,X,scale,level,exact,,,,,,,,",
            "C2,reached 800 billion yuan,800,CNY,billion,2025,X,scale,level,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, headline="Industry Hits 1.2 Tln Yuan")
    assert next(c for c in checks if c.kind == "headline vs body").verdict == "inconsistent"


def test_body_against_body(tmp_path):
    body = "The firm reported.\nProfit was 5.2 billion dollars.\nLater, the firm said profit came to 5.8 billion dollars."
    rows = [claim("C1", "Profit was 5.2 billion dollars", "5.2", "USD", scale="billion"),
            claim("C2", "came to 5.8 billion dollars", "5.8", "USD", scale="billion")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "restatement")
    assert check.verdict == "inconsistent" and round(check.gap, 2) == 0.5


def test_a_level_never_restates_a_growth_rate(tmp_path):
    body = "Sales grew 30 percent and took a 30 percent share."
    rows = [claim("C1", "grew 30 percent", "30", "percent", kind="growth"),
            claim("C2", "a 30 percent share", "30", "percent", kind="share")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind in ("restatement", "headline vs body")]


def test_a_figure_with_its_digits_cut_is_a_tension_not_a_contradiction(tmp_path):
    # 1,85,776.55 crore is 1.8578 lakh crore: 1.86 rounded, 1.85 cut; 1.84 is neither
    for short, verdict in (("1.85", "tension"), ("1.84", "inconsistent"), ("1.86", "consistent")):
        body = "The ministry was allocated Rs 1,85,776.55 crore for 2022-23."
        rows = [claim("C1", f"{short} lakh crore", short, "INR", scale="lakh crore", period="FY2023", metric="budget"),
                claim("C2", "Rs 1,85,776.55 crore", "1,85,776.55", "INR", scale="crore", period="FY2023",
                      metric="budget")]
        _, _, checks = make_case(tmp_path, body, rows, headline=f"Ministry gets {short} lakh crore")
        assert next(c for c in checks if c.kind == "headline vs body").verdict == verdict, short


def test_rates_of_one_size_said_opposite_ways_are_a_tension(tmp_path):
    # "an 80% Plunge" against a body's "79.8 percent" read as a rise: a direction misread more likely than a writer's
    body = "The operating profit stood at 2 trillion won, down as much as 79.8 percent."
    for direction, verdict in (("rise", "tension"), ("fall", "consistent")):
        rows = [claim("C1", "an 80% Plunge in Operating Profit", "80", "percent", kind="growth", direction="fall",
                      metric="operating profit"),
                claim("C2", "down as much as 79.8 percent", "79.8", "percent", kind="growth", direction=direction,
                      metric="operating profit")]
        _, _, checks = make_case(tmp_path, body, rows, headline="SK Hynix Suffers an 80% Plunge in Operating Profit")
        check = next(c for c in checks if c.kind == "headline vs body")
        assert check.verdict == verdict and (verdict == "consistent" or "which way" in check.explanation), direction


def _relabel_case(tmp_path, headline_period, body_period, body_value="412.6", verb="was"):
    body = f"Net profit {verb} ${body_value} million."
    rows = [claim("C1", "H1 profit $412.6 million", "412.6", "USD", scale="million", period=headline_period,
                  metric="net profit"),
            claim("C2", body.rstrip("."), body_value, "USD", scale="million", period=body_period,
                  metric="the net profit")]
    _, _, checks = make_case(tmp_path, body, rows, headline="H1 profit $412.6 million")
    return [c for c in checks if c.kind == "headline vs body"]


def test_a_headline_figure_repeated_for_another_period_is_a_tension(tmp_path):
    """The body prints the headline's figure to the digit for another period, and none for the headline's: one of
    the labels is likely wrong (India's April-July deficit given as April-June's)."""
    checks = _relabel_case(tmp_path, "2025H1", "2025Q3")
    assert [c.verdict for c in checks] == ["tension"]
    assert "H1 2025" in checks[0].explanation and "Q3 2025" in checks[0].explanation
    # printed more precisely ("412.63") or cut, it is the same figure still
    assert [c.verdict for c in _relabel_case(tmp_path, "2025H1", "2025Q3", "412.63")] == ["tension"]


def test_a_figure_of_five_digits_a_year_apart_is_a_tension(tmp_path):
    # "777.23 Million Tonnes in 2022-23" over a lede's 777.23 for the year ended March 31 (FY2022): a share may hold
    # to three digits from one year to the next, a level of five does not; whole fiscal years end a year apart
    def case(headline_period, body_period, value):
        rows = [claim("C1", f"Output {value} million tonnes", value, "tonnes", scale="million",
                      period=headline_period, metric="coal production"),
                claim("C2", f"Coal production was {value} million tonnes", value, "tonnes", scale="million",
                      period=body_period, metric="coal production")]
        _, _, checks = make_case(tmp_path, f"Coal production was {value} million tonnes.", rows,
                                 headline=f"Output {value} million tonnes")
        return [c.verdict for c in checks if c.kind == "headline vs body"]
    assert case("FY2023", "FY2022", "777.23") == ["tension"]
    assert case("2025H1", "2024H1", "777.23") == ["tension"]
    assert case("FY2023", "FY2022", "777.2") == []


def test_a_repeated_figure_is_no_tension_when_it_may_be_true(tmp_path):
    # a year apart ("the same as a year before"), a running total to the same month, a day's snapshot, a figure
    # said to hold, too few digits to be a coincidence, and a body that gives the headline's period too
    assert not _relabel_case(tmp_path, "2025H1", "2024H1")
    assert not _relabel_case(tmp_path, "2025-01/2025-06", "2025-06")
    assert not _relabel_case(tmp_path, "2025H1", "2025-09-30")
    assert not _relabel_case(tmp_path, "2025H1", "2025Q3", verb="held at")
    rows = [claim("C1", "H1 profit $41 million", "41", "USD", scale="million", period="2025H1", metric="profit"),
            claim("C2", "Profit was $41 million", "41", "USD", scale="million", period="2025Q3", metric="profit")]
    _, _, checks = make_case(tmp_path, "Profit was $41 million.", rows, headline="H1 profit $41 million")
    assert not [c for c in checks if c.verdict == "tension"]


def test_a_figure_printed_alike_twice_is_one_figure_however_its_measure_is_named(tmp_path):
    """"confirmed cases increased to 54,588" and the agency's quoted "54,588 cases": four digits alike, one figure;
    a round 100,000 or a three-digit 125 alike is no evidence."""
    body = "The total number of confirmed cases increased to 54,588. The agency said: 54,588 cases in all."
    rows = [claim("C1", "confirmed cases increased to 54,588", "54,588", "count", metric="confirmed cases"),
            claim("C2", "54,588 cases in all", "54,588", "count", metric="agency tally")]
    _, _, checks = make_case(tmp_path, body, rows)
    restated = ("restatement", "headline vs body")
    assert [c.verdict for c in checks if c.kind in restated] == ["consistent"]
    for value in ("100,000", "125"):
        body = f"Cases increased to {value}. The agency said: {value} cases in all."
        rows = [claim("C1", f"Cases increased to {value}", value, "count", metric="confirmed cases"),
                claim("C2", f"{value} cases in all", value, "count", metric="agency tally")]
        _, _, checks = make_case(tmp_path, body, rows)
        assert not [c for c in checks if c.kind in restated], value


@pytest.mark.parametrize("second, kinds", [("11", []), ("7.2", ["consistent"])])
def test_two_figures_of_one_clause_restate_each_other_only_when_they_agree(tmp_path, second, kinds):
    # "Car sales grow 7%, passenger vehicles up 11%": one clause, two figures read as one measure's are two figures,
    # not a contradiction; "nearly 6 lakh crore (5.93 lakh crore)" in one clause is one figure said twice
    quote = f"Car sales grow 7%, passenger vehicles up {second}%"
    rows = [claim("C1", quote, "7", "percent", kind="growth", metric="car sales"),
            claim("C2", quote, second, "percent", kind="growth", metric="car sales")]
    _, _, checks = make_case(tmp_path, "Sales rose.", rows, headline=quote)
    assert [c.verdict for c in checks if c.kind in ("headline vs body", "restatement")] == kinds


@pytest.mark.parametrize("second_metric, second_value, period, kinds", [
    ("National government spending", "2.3", "2025-11", ["consistent"]),   # one measure's noun, one period
    ("government revenue collections", "2.3", "2025-11", []),           # another measure's noun
    ("National government spending", "2.3", "2025-10", []),             # another period
    ("National government spending", "3", "2025-11", []),               # one digit may coincide
])
def test_a_figure_of_few_digits_said_twice_of_one_measure_is_one_figure(tmp_path, second_metric, second_value, period,
                                                                          kinds):
    """"the rise in government spending by 2.3 percent" and "National government spending was slightly up by 2.3
    percent": fewer than four digits printed alike are one figure when the measure's noun and the period are one."""
    body = (f"This was due to the rise in government spending by 2.3 percent. Later, it was slightly up by "
            f"{second_value} percent.")
    rows = [claim("C1", "government spending by 2.3 percent", "2.3", "percent", kind="growth",
                  metric="government spending", period="2025-11"),
            claim("C2", f"slightly up by {second_value} percent", second_value, "percent", kind="growth",
                  metric=second_metric, period=period)]
    if second_value == "3":
        rows[0].update(quote="government spending by 3 percent", value="3")
        body = body.replace("2.3 percent. Later", "3 percent. Later")
    _, _, checks = make_case(tmp_path, body, rows)
    assert [c.verdict for c in checks if c.kind in ("restatement", "headline vs body")] == kinds


def test_a_rise_and_a_fall_printed_alike_are_two_figures(tmp_path):
    """"up 4.4 percent" and "down 4.4 percent" of one measure's words print alike and are no restatement."""
    body = "Investment in industry rose 4,412 units. Industrial investment fell 4,412 units later."
    rows = [claim("C1", "rose 4,412 units", "4,412", "count", kind="change", metric="investment"),
            claim("C2", "fell 4,412 units", "4,412", "count", kind="change", metric="industrial investment")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind in ("restatement", "headline vs body")]


@pytest.mark.parametrize("first, second, drafted, verdict", [
    ("5.2", "7.9", "metric", "tension"),          # far apart, no digit slipped: two figures the draft read as one
    ("5.2", "7.9", "", "inconsistent"),           # an analyst's register says they are one figure
    ("59,128", "59,182", "metric", "inconsistent"),  # two digits swapped
    ("52,588", "54,588", "metric", "inconsistent"),  # one digit changed
    ("27.2", "2.72", "metric", "inconsistent"),      # a power of ten off
])
def test_a_drafted_restatement_far_apart_with_no_slip_is_a_tension(tmp_path, first, second, drafted, verdict):
    # (the first in the lede: a contradiction across body sentences of drafted rows is a tension anyway)
    body = f"Profit was {first} billion dollars.\nLater, the firm said profit came to {second} billion dollars."
    rows = [claim("C1", f"Profit was {first} billion dollars", first, "USD", scale="billion", drafted=drafted),
            claim("C2", f"came to {second} billion dollars", second, "USD", scale="billion", drafted=drafted)]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "headline vs body").verdict == verdict
