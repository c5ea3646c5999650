"""Aggregate growth: the whole's growth against its segments' growths."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("whole, verdict", [("5.6", "consistent"), ("8.5", "inconsistent")])
def test_between_the_segments(tmp_path, whole, verdict):
    body = f"Output rose {whole} percent: manufacturing 5.9 percent, mining 4.6 percent and utilities 7 percent."
    rows = [claim("C1", f"rose {whole} percent", whole, "percent", kind="growth", metric="output",
                  links="C2 plus; C3 plus; C4 plus"),
            claim("C2", "manufacturing 5.9 percent", "5.9", "percent", kind="growth", metric="manufacturing"),
            claim("C3", "mining 4.6 percent", "4.6", "percent", kind="growth", metric="mining"),
            claim("C4", "utilities 7 percent", "7", "percent", kind="growth", metric="utilities")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "aggregate growth")
    # The segments run from 4.55 % to 7.5 % (7 is 6.5-7.5).
    assert check.verdict == verdict and (check.implied.low, check.implied.high) == (4.55, 7.5)


def test_level_weighted_mean(tmp_path):
    # Exports 203 up 11 %, imports 101 down 6 %: before 182.9 + 107.4 = 290.3; now 304; growth 4.7 %.
    body = "Trade reached 304 billion, up 8 percent. Exports rose 11 percent to 203 billion; imports fell 6 percent to 101 billion."
    rows = [claim("C1", "Trade reached 304 billion", "304", "USD", scale="billion", metric="trade",
                  links="C3 plus; C5 plus"),
            claim("C2", "up 8 percent", "8", "percent", kind="growth", metric="trade"),
            claim("C3", "to 203 billion", "203", "USD", scale="billion", metric="exports"),
            claim("C4", "Exports rose 11 percent", "11", "percent", kind="growth", metric="exports"),
            claim("C5", "to 101 billion", "101", "USD", scale="billion", metric="imports"),
            claim("C6", "imports fell 6 percent", "6", "percent", kind="growth", metric="imports")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "aggregate growth")
    assert check.verdict == "inconsistent" and 3.5 < check.implied.low < check.implied.high < 5.5


@pytest.mark.parametrize("stated, verdict", [("2.2", "tension"), ("3.0", "inconsistent"), ("1.8", "consistent")])
def test_a_complete_whole_missed_by_a_few_tenths_is_a_tension(tmp_path, stated, verdict):
    """Textiles 26,900.7 up 3.9 % and apparel 29,430.1 down 6.5 % weigh to a fall of 1.76-1.86 % for their 56,330.8:
    a stated 2.2 % fall is within the half point that rates on revised bases leave; 3.0 % is not."""
    body = (f"Exports decreased by {stated}% to US$56,330.8 million: textiles, US$26,900.7 million (up 3.9%) and "
            f"apparel, US$29,430.1 million (down 6.5%).")
    rows = [claim("C1", "to US$56,330.8 million", "56,330.8", "USD", scale="million", metric="exports",
                  links="C3 plus; C5 plus"),
            claim("C2", f"decreased by {stated}%", stated, "percent", kind="growth", metric="exports",
                  direction="fall"),
            claim("C3", "textiles, US$26,900.7 million", "26,900.7", "USD", scale="million", metric="textiles"),
            claim("C4", "(up 3.9%)", "3.9", "percent", kind="growth", metric="textiles"),
            claim("C5", "apparel, US$29,430.1 million", "29,430.1", "USD", scale="million", metric="apparel"),
            claim("C6", "(down 6.5%)", "6.5", "percent", kind="growth", metric="apparel", direction="fall")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "aggregate growth").verdict == verdict


@pytest.mark.parametrize("balance, links, stated, verdict", [
    ("surplus", "C2 plus;C4 minus", "24.1", "consistent"), ("surplus", "C2 plus;C4 minus", "4.1", "inconsistent"),
    # the same trade read as a deficit: a surplus the year before, so no rate spans the turn
    ("deficit", "C4 plus;C2 minus", "3", None)])
def test_growth_of_a_difference(tmp_path, balance, links, stated, verdict):
    # A year before: 4.81/1.064 - 4.3/1.117 = 0.671 tn; 506.24 bn / 0.671 tn - 1 = -24.6 %,
    # -30.1 to -18.1 % over the rounding of the levels and rates.
    body = ("Exports rose 6.4 percent to 4.81 trillion yuan, while imports grew 11.7 percent to 4.3 trillion yuan, "
            f"resulting in a trade {balance} of 506.24 billion yuan, which narrowed by {stated} percent.")
    rows = [claim("C1", "rose 6.4 percent", "6.4", "percent", kind="growth", metric="exports"),
            claim("C2", "to 4.81 trillion yuan", "4.81", "CNY", scale="trillion", metric="exports"),
            claim("C3", "grew 11.7 percent", "11.7", "percent", kind="growth", metric="imports"),
            claim("C4", "to 4.3 trillion yuan", "4.3", "CNY", scale="trillion", metric="imports"),
            claim("C5", f"{balance} of 506.24 billion yuan", "506.24", "CNY", scale="billion", metric=balance,
                  links=links),
            claim("C6", f"narrowed by {stated} percent", stated, "percent", kind="growth", metric=balance)]
    _, _, checks = make_case(tmp_path, body, rows)
    if verdict is None:
        assert not [c for c in checks if c.kind == "growth of a difference"]
        return
    check = only(checks, "growth of a difference")
    assert (round(check.implied.low, 1), round(check.implied.high, 1)) == (-30.1, -18.1)
    assert check.verdict == verdict


@pytest.mark.parametrize("levels, weighted", [(("31.3", "68.7"), True), (("20.3", "60.4"), False)])
def test_parts_that_add_up_to_the_whole_weight_its_growth(tmp_path, levels, weighted):
    # 'part' links may leave parts out; levels that add up to the whole's (31.3 + 68.7 = 100.0) leave nothing out,
    # so the whole's growth is theirs weighted: before 31.3/1.214 + 68.7/1.046 = 91.46, growth 9.3 %, not the
    # 6.2 % stated, even half a point apart. Adding up to less (80.7), they only bound it (4.55-21.45 %).
    east, west = levels
    body = (f"Sales were 100.0 billion, up 6.2 percent. East sold {east} billion, up 21.4 percent; west {west} "
            "billion, up 4.6 percent.")
    rows = [claim("C1", "Sales were 100.0 billion", "100.0", "USD", scale="billion", metric="sales",
                  links="C3 part; C5 part"),
            claim("C2", "up 6.2 percent", "6.2", "percent", kind="growth", metric="sales"),
            claim("C3", f"East sold {east} billion", east, "USD", scale="billion", metric="east"),
            claim("C4", "up 21.4 percent", "21.4", "percent", kind="growth", metric="east"),
            claim("C5", f"west {west} billion", west, "USD", scale="billion", metric="west"),
            claim("C6", "up 4.6 percent", "4.6", "percent", kind="growth", metric="west")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "aggregate growth")
    assert ("Weighting" in check.explanation) == weighted
    assert check.verdict == ("inconsistent" if weighted else "consistent"), check.explanation


@pytest.mark.parametrize("move, europe, verdict", [("rose", "4", "consistent"), ("fell", "25", "inconsistent")])
@pytest.mark.parametrize("prior", [True, False])
def test_parts_that_fall_short_of_the_whole_a_year_before(tmp_path, move, europe, verdict, prior):
    # Parts adding up to less than the whole (854,600 of 1,004,300) may leave a growing rest out, so no rate bounds
    # the whole's; but a year before they stood at 452,700/(1 + e) + 401,900/0.95: 858,400 after a 4 % rise,
    # 1,026,700 after a 25 % fall, above the whole's 984,600 then (stated, or implied by its 2.0 % rise).
    body = (f"Arrivals rose 2.0 percent to 1,004,300 from 984,600. Arrivals from Europe {move} {europe} percent to "
            "452,700; from Asia, down 5 percent to 401,900.")
    rows = [claim("C1", "to 1,004,300", "1,004,300", "count", metric="arrivals", period="2025",
                  links="C3 part; C5 part" + ("; C7" if prior else "")),
            claim("C2", "rose 2.0 percent", "2.0", "percent", kind="growth", metric="arrivals", period="2025"),
            claim("C3", "to 452,700", "452,700", "count", metric="europe", period="2025"),
            claim("C4", f"{move} {europe} percent", europe, "percent", kind="growth", metric="europe", period="2025",
                  trend="rising" if move == "rose" else "falling"),
            claim("C5", "to 401,900", "401,900", "count", metric="asia", period="2025"),
            claim("C6", "down 5 percent", "5", "percent", kind="growth", metric="asia", period="2025",
                  trend="falling")]
    if prior:
        rows.append(claim("C7", "from 984,600", "984,600", "count", metric="arrivals", period="2024"))
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "aggregate growth")
    assert "The year before, the parts" in check.explanation and check.verdict == verdict, check.explanation
    assert {"C3", "C4", "C5", "C6"} <= set(check.claims)


def test_many_segments_weighted_exactly(tmp_path):
    # Six complete segments of 10 billion each, rising 1 to 6 percent: before, 10 x (1/1.01 + ... + 1/1.06) =
    # 57.99 billion, so the whole's 60 billion is 3.47 % above it (the corners of 4^6 roundings, found exactly)
    rates = ["1", "2", "3", "4", "5", "6"]
    body = "Sales rose 3.5 percent to 60 billion. " + " ".join(
        f"Unit {n} rose {r} percent to 10 billion." for n, r in enumerate(rates, 1))
    rows = [claim("C0", "to 60 billion", "60", "USD", scale="billion", metric="sales",
                  links="; ".join(f"L{n} plus" for n in range(1, 7))),
            claim("G0", "rose 3.5 percent", "3.5", "percent", kind="growth", metric="sales")]
    for n, r in enumerate(rates, 1):
        rows += [claim(f"L{n}", f"Unit {n} rose {r} percent to 10 billion", "10", "USD", scale="billion",
                       metric=f"unit {n}"),
                 claim(f"G{n}", f"Unit {n} rose {r} percent", r, "percent", kind="growth", metric=f"unit {n}")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "aggregate growth")
    assert "Weighting" in check.explanation and check.verdict == "consistent", check.explanation


@pytest.mark.parametrize("manufacturing, checked", [("manufacturing (organic)", False), ("manufacturing", True)])
def test_a_reported_rate_against_organic_segment_rates_is_not_checked(tmp_path, manufacturing, checked):
    # Sales up 8.5 % as reported; a segment's organic rate leaves out currency effects and acquisitions, so the whole's
    # reported rate need not lie between the segments'
    body = "Sales rose 8.5 percent: manufacturing 5.9 percent, mining 4.6 percent and utilities 7 percent."
    rows = [claim("C1", "rose 8.5 percent", "8.5", "percent", kind="growth", metric="sales",
                  links="C2 plus; C3 plus; C4 plus"),
            claim("C2", "manufacturing 5.9 percent", "5.9", "percent", kind="growth", metric=manufacturing),
            claim("C3", "mining 4.6 percent", "4.6", "percent", kind="growth", metric="mining"),
            claim("C4", "utilities 7 percent", "7", "percent", kind="growth", metric="utilities")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert bool([c for c in checks if c.kind == "aggregate growth"]) == checked
