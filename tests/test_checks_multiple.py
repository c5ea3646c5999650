"""Multiples: "five times", "doubled", "6.34 times"."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("words, verdict", [("five times", "consistent"), ("three times", "inconsistent"),
                                            ("4.9 times", "consistent")])
def test_n_times_against_the_two_figures(tmp_path, words, verdict):
    # 98 / 20 = 4.9: [97.5, 98.5) / [19.5, 20.5) = 4.76-5.05.
    value = words.split()[0]
    body = f"Sales of 98 million were {words} the 20 million of rivals."
    rows = [claim("C1", "Sales of 98 million", "98", "count", scale="million", metric="sales"),
            claim("C2", "the 20 million", "20", "count", scale="million", metric="rival sales"),
            claim("C3", f"were {words}", value, "times", kind="multiple", links="C2;C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "multiple").verdict == verdict


def test_doubled_against_the_year_before(tmp_path):
    body = "Profit doubled to 5.2 billion in 2025 from 3.1 billion in 2024."
    rows = [claim("C1", "to 5.2 billion in 2025", "5.2", "USD", scale="billion", period="2025"),
            claim("C2", "from 3.1 billion in 2024", "3.1", "USD", scale="billion", period="2024"),
            claim("C3", "Profit doubled", "doubled", "times", kind="multiple", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "multiple")
    # 5.2 / 3.1 = 1.68 (1.64-1.71), against "doubled" 1.9-2.1.
    assert check.verdict == "inconsistent" and check.claims == ["C3", "C1", "C2"]


@pytest.mark.parametrize("value, verdict", [("3.41", "tension"), ("3.411", "inconsistent"), ("2.1", "inconsistent")])
def test_more_than_n_times_is_a_bound_read_loosely(tmp_path, value, verdict):
    # 236,335 shares against 50,558 is 4.67 times. "more than 3.41 times" is strictly 3.41-3.42, but read loosely
    # it bounds the multiple below, up to twice it: a tension. A figure of four digits is meant close, and "more
    # than 2.1 times" is no 4.67 however it is read.
    body = f"Volume rose by more than {value} times to 236,335 shares from 50,558 shares."
    rows = [claim("C1", "to 236,335 shares", "236,335", "count", metric="volume"),
            claim("C2", "from 50,558 shares", "50,558", "count", metric="volume average"),
            claim("C3", f"more than {value} times", value, "times", kind="multiple", qualifier="over", links="C1;C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "multiple").verdict == verdict
