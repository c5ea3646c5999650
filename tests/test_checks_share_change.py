"""Share change: percentage points against percent, and the direction word."""
from conftest import claim, make_case, only


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
    # flagged as a tension: the arithmetic holds in points, only the word is loose, as the corpus's expert reads it
    body = "The share rose from 19.9 percent to 25.9 percent, an increase of 6 percent."
    rows = ["C1,from 19.9 percent,19.9,percent,,2024,X,share,share,exact,,,,,,,,",
            "C2,to 25.9 percent,25.9,percent,,2025,X,share,share,exact,,,,,C1,,,",
            "C3,an increase of 6 percent,6,percent,,2025,X,share,change,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share change")
    assert check.verdict == "tension" and "calls one unit the other" in check.explanation


def test_falling_share_called_rising(tmp_path):
    body = "The share rose from 25.9 percent to 19.9 percent."
    rows = ["C1,from 25.9 percent,25.9,percent,,2024,X,share,share,exact,,,,,,,,",
            "C2,to 19.9 percent,19.9,percent,,2025,X,share,share,exact,,,,,C1,,rising,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share change")
    assert check.verdict == "inconsistent" and round(check.gap, 2) == 5.9


def test_a_move_the_printed_figures_show_holds_though_the_rounding_meets_at_none(tmp_path):
    # "up slightly from 2.3 percent" to 2.4: [2.35, 2.45) minus [2.25, 2.35) is more than 0, if only just.
    body = "HP invested 2.4 percent of its revenue on research, up slightly from 2.3 percent."
    rows = [claim("C1", "up slightly from 2.3 percent", "2.3", "percent", kind="share", period="2024"),
            claim("C2", "HP invested 2.4 percent", "2.4", "percent", kind="share", period="2025", links="C1",
                  trend="rising")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "share change").verdict == "consistent"


def test_a_move_only_the_rounding_leaves_in_doubt_holds_as_printed_and_no_printed_move_is_a_tension(tmp_path):
    # "edged up to 63.2 percent from 63 percent": 63 is 62.5-63.5, so within rounding no move is possible, but the
    # printed figures rose; "rose to 63 percent from 63 percent" shows no move at all.
    for later, verdict in (("63.2", "consistent"), ("63", "tension")):
        body = f"The participation rate edged up to {later} percent from 63 percent a year earlier."
        rows = [claim("C1", "from 63 percent", "63", "percent", kind="share", period="2024"),
                claim("C2", f"up to {later} percent", later, "percent", kind="share", period="2025", links="C1",
                      trend="rising")]
        check = only(make_case(tmp_path, body, rows)[2], "share change")
        assert check.verdict == verdict, check.explanation
        assert ("holds as printed" in check.explanation) == (verdict == "consistent")


def test_the_share_before_is_its_part_and_whole_taken_back_by_their_rates(tmp_path):
    # gross profit 37 after a 10.7 % fall was 40.9-42.0, revenue 61 after a 14.2 % rise 53.0-53.9: a margin of
    # 75.8-79.3 % a year before, not 63 %; with gross profit up 10.7 % (33.1-34.0) the margin was 61-64 %: 63 holds
    for way, verdict in (("fell", "inconsistent"), ("rose", "consistent")):
        body = (f"Revenue rose 14.2 per cent to S$61 million. Gross profit {way} 10.7 per cent to S$37 million, so the "
                f"gross margin narrowed from 63 per cent to 61 per cent.")
        rows = [claim("C1", "Revenue rose 14.2 per cent", "14.2", "percent", kind="growth", metric="revenue"),
                claim("C2", "to S$61 million", "61", "SGD", scale="million", metric="revenue"),
                claim("C3", f"Gross profit {way} 10.7 per cent", "10.7", "percent",
                      kind="growth", metric="gross profit"),
                claim("C4", "to S$37 million", "37", "SGD", scale="million", metric="gross profit"),
                claim("C5", "narrowed from 63 per cent", "63", "percent", kind="share", period="2024",
                      metric="gross margin"),
                claim("C6", "to 61 per cent", "61", "percent", kind="share", metric="gross margin", links="C5;C4;C2")]
        checks = [c for c in make_case(tmp_path, body, rows)[2] if c.kind == "share change" and " then;" in c.explanation]
        assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]
