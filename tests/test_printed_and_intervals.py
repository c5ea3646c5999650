"""Printed numbers, the interval rules (design note §1) and interval arithmetic (§2)."""
import math
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from claimcheck.intervals import Interval, growth_between, prior_level, ratio
from claimcheck.printed import one_edit_apart, parse_printed
from claimcheck.rules import exact_count, interval_for, strict_step
from claimcheck.units import canonical


@pytest.mark.parametrize("text, value, step", [
    ("24", "24", "1"), ("19.9", "19.9", "0.1"), ("140", "140", "10"), ("900", "900", "100"),
    ("1,200", "1200", "100"), ("578.4", "578.4", "0.1"), ("six", "6", "0"), ("One", "1", "0"),
])
def test_value_and_step_of_the_last_significant_digit(text, value, step):
    printed = parse_printed(text)
    assert printed.value == Decimal(value) and printed.step == Decimal(step)


def test_fraction_words():
    assert parse_printed("one-sixth").value == Decimal(1) / Decimal(6)
    with pytest.raises(ValueError):
        parse_printed("many")


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("24", "exact", 23.5, 24.5),          # plain rounding
    ("19.9", "about", 19.85, 19.95),
    ("900", "over", 900, 1000),           # "exceeded 900 billion": next round figure is 1 trillion
    ("1.2", "over", 1.2, 1.3),
    ("600", "nearly", 500, 600),
    ("140", "exact", 135, 145),           # the design note's "$140 billion printed [135, 145)"
    ("50", "at least", 50, math.inf),
    ("50", "at most", -math.inf, 50),
])
def test_interval_rules(text, qualifier, low, high):
    interval, _ = interval_for(parse_printed(text), qualifier)
    assert interval.low == pytest.approx(low) and interval.high == pytest.approx(high)


def test_design_note_examples():
    prior = prior_level(Interval(900, 1000), Interval(23.5, 24.5))
    assert (round(prior.low, 1), round(prior.high, 1)) == (722.9, 809.7)
    growth = growth_between(Interval(1200, 1300), Interval(900, 1000))
    assert (round(growth.low, 1), round(growth.high, 1)) == (20.0, 44.4)
    rate = ratio(Interval.point(1000), Interval(135, 145))
    assert (round(rate.low, 2), round(rate.high, 2)) == (6.90, 7.41)


def test_open_ends_stay_honest():
    prior = prior_level(Interval(900, math.inf), Interval(23.5, 24.5))
    assert prior.high == math.inf and prior.low == pytest.approx(722.89, abs=0.01)
    with pytest.raises(ValueError):
        Interval(2, 1)
    # An earlier level that may be zero leaves growth unbounded above; one that cannot be positive, undefined.
    assert growth_between(Interval(1, 2), Interval(0, 1)) == Interval(0, math.inf)
    with pytest.raises(ValueError):
        growth_between(Interval(1, 2), Interval(-1, 0))
    # A fall of more than 100 % is no fall: the year before is unbounded above, never an error.
    assert prior_level(Interval(100, 110), Interval(-math.inf, 5)).high == math.inf


bounds = st.floats(min_value=1, max_value=1e6, allow_nan=False)
rates = st.floats(min_value=-50, max_value=300, allow_nan=False)


def _interval(a, b):
    return Interval(min(a, b), max(a, b))


@given(bounds, bounds, rates, rates, st.floats(0, 1), st.floats(0, 1))
def test_prior_level_contains_every_point_result(a, b, g1, g2, u, v):
    level, growth = _interval(a, b), _interval(g1, g2)
    x = level.low + u * level.width
    g = growth.low + v * growth.width
    implied = prior_level(level, growth)
    point = x / (1 + g / 100)
    assert implied.low - 1e-9 * abs(point) <= point <= implied.high + 1e-9 * abs(point)


@given(bounds, bounds, bounds, bounds, st.floats(0, 1), st.floats(0, 1))
def test_growth_and_ratio_contain_every_point_result(a, b, c, d, u, v):
    later, earlier = _interval(a, b), _interval(c, d)
    x, y = later.low + u * later.width, earlier.low + v * earlier.width
    g, r = growth_between(later, earlier), ratio(later, earlier)
    tolerance = 1e-9
    assert g.low - tolerance * (1 + abs(g.low)) <= (x / y - 1) * 100 <= g.high + tolerance * (1 + abs(g.high))
    assert r.low * (1 - tolerance) <= x / y <= r.high * (1 + tolerance)


@pytest.mark.parametrize("text, value, step", [
    ("twice", "2", "0.2"), ("doubled", "2", "0.2"), ("halved", "0.5", "0.05"), ("fivefold", "5", "1"),
    ("5-fold", "5", "1"), ("3 and a half", "3.5", "0.5"), ("three and a half", "3.5", "0.5"),
])
def test_multiples(text, value, step):
    printed = parse_printed(text)
    assert printed.value == Decimal(value) and printed.step == Decimal(step)


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("half", "exact", 47.5, 52.5),             # a fraction word, give or take 5 % of it
    ("half", "over", 50, 66.67),               # "more than half": up to two-thirds
    ("third", "nearly", 25, 33.33),            # "nearly a third": from a quarter
    ("double-digit", "exact", 10, 100),
])
def test_fractions_and_ranges_in_percent(text, qualifier, low, high):
    interval, _ = interval_for(parse_printed(text).as_percent(), qualifier)
    assert interval.low == pytest.approx(low, abs=0.01) and interval.high == pytest.approx(high, abs=0.01)


@pytest.mark.parametrize("text, amount, step", [
    ("140", True, "10"), ("1,000", True, "100"), ("20", True, "1"), ("2,500", True, "100"),
    ("20", False, "1"), ("1,000", False, "1"), ("19.9", False, "0.1"),
])
def test_strict_reading(text, amount, step):
    # Money and counts: two significant figures at most; rates: the last printed digit.
    assert strict_step(parse_printed(text), amount) == Decimal(step)


@pytest.mark.parametrize("text, scale, qualifier, kind, exact", [
    ("1,048", "", "exact", "level", True),       # a tally printed to the unit
    ("42", "", "exact", "change", True),         # "42 new cases"
    ("1,200", "", "exact", "level", False),      # trailing zeros may be rounding
    ("42", "", "about", "level", False),         # hedged
    ("42", "million", "exact", "level", False),  # a scale rounds
    ("4.2", "", "exact", "level", False),        # a decimal count is an average or an estimate
    ("1,048", "", "exact", "forecast", False),   # a forecast is an estimate, however it is printed
])
def test_a_count_printed_to_the_unit_is_exact(text, scale, qualifier, kind, exact):
    assert exact_count(parse_printed(text), canonical("count", scale), scale, qualifier, kind) is exact
    assert not exact_count(parse_printed("1,048"), canonical("USD", ""), "", "exact", "level")


def test_ordinals_only_where_a_rank_is_meant():
    assert parse_printed("third", ordinal=True).value == 3 and parse_printed("70th", ordinal=True).value == 70
    assert parse_printed("third").value == Decimal(1) / Decimal(3)


@pytest.mark.parametrize("low, high, text", [
    (0.000067037, 0.000067101, "67,037–67,101 CNY"),   # a per-capita level: yuan, not 0.0000671 bn
    (0.8527, 0.8527, "853 mn CNY"),                    # under a billion: millions
    (723.0, 810.0, "723–810 bn CNY"),                  # billions stay billions
    (101.485, 101.505, "101.50 bn CNY"),               # a narrow span takes the digits it needs, not "101–102"
])
def test_amounts_read_in_the_scale_that_suits_them(low, high, text):
    from claimcheck import fmt
    assert fmt.span(Interval(low, high), "CNY bn") == text


def test_a_printed_figures_rounding_interval_reads_as_the_figure():
    # 15.85-15.95 % is "15.9 %", whose ends would round apart ("15.8-15.9"); a span off-centre stays a span
    from claimcheck import fmt
    assert fmt.span(Interval(15.85, 15.95), "%") == "15.9 %"
    assert fmt.span(Interval(15.8, 15.9), "%") == "15.8–15.9 %"


def test_an_exact_count_reads_in_full():
    from claimcheck import fmt
    assert fmt.span(Interval.point(6101533.0), "count") == "6,101,533"        # not "6.10 mn"
    assert fmt.span(Interval(6.1e6, 6.2e6), "count") == "6.10–6.20 mn"


def test_indian_digit_grouping_reads_as_one_number():
    # "Rs 1,06,577 crore": lakhs and crores grouped by twos above the thousands
    assert parse_printed("1,06,577").value == 106577 and parse_printed("12,34,56,789").value == 123456789
    with pytest.raises(ValueError):
        parse_printed("1,0,6")


@pytest.mark.parametrize("printed, other, slipped", [
    ("59,128", "59,182", True),    # two neighbours swapped
    ("27.2%", "2.72", True),       # the point swapped with a digit
    ("1,350", "150", True),        # a digit added
    ("Rs 564.46", "564.47", True),  # a digit changed
    ("6.3%", "23%", False),        # a digit and the point
    ("20", "24.0", False),
])
def test_one_edit_apart(printed, other, slipped):
    assert one_edit_apart(printed, other) is slipped
