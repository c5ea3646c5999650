"""Parts and wholes: parts within the whole, complete sums and differences."""
import pytest

from conftest import claim, make_case, only


def test_parts_exceeding_the_whole(tmp_path):
    # [70.5, 71.5] + [51.5, 52.5] = [122, 124] million against [100.5, 101.5] million.
    body = "Of 101 million units, 71 million went east and 52 million west."
    rows = ["C1,Of 101 million units,101,count,million,2025,X,units,level,exact,,,,,,,,",
            "C2,71 million went east,71,count,million,2025,X,units east,level,exact,,,,,C1,,,",
            "C3,52 million west,52,count,million,2025,X,units west,level,exact,,,,,C1,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "parts of a total").verdict == "inconsistent"


@pytest.mark.parametrize("links", [
    {"C1": "C2 part; C3 part"},                  # the whole lists its parts
    {"C2": "C1 whole", "C3": "C1 whole"},         # each part names its whole
])
def test_link_direction_either_way(tmp_path, links):
    body = "Of 101 million units, 41 million went east and 52 million west."
    rows = [claim("C1", "Of 101 million units", "101", "count", scale="million", metric="units"),
            claim("C2", "41 million went east", "41", "count", scale="million", metric="east"),
            claim("C3", "52 million west", "52", "count", scale="million", metric="west")]
    for row in rows:
        row["links"] = links.get(row["id"], "")
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "parts of a total")
    assert check.verdict == "consistent" and check.claims == ["C1", "C2", "C3"]


def test_a_part_the_whole_does_not_list_is_of_another_breakdown_and_checked_alone(tmp_path):
    # East and west make up the 101 million; "of which 60 million were online" cuts them another way: added to
    # them it would exceed the whole, so it is checked on its own.
    body = "Of 101 million units, 41 million went east and 52 million west; 60 million were sold online."
    rows = [claim("C1", "Of 101 million units", "101", "count", scale="million", metric="units",
                  links="C2 part; C3 part"),
            claim("C2", "41 million went east", "41", "count", scale="million", metric="east"),
            claim("C3", "52 million west", "52", "count", scale="million", metric="west"),
            claim("C4", "60 million were sold online", "60", "count", scale="million", metric="online",
                  links="C1 whole")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "parts of a total").claims == ["C1", "C2", "C3"]
    assert only(checks, "part of whole").claims == ["C1", "C4"]
    assert {c.verdict for c in checks if c.kind in ("parts of a total", "part of whole")} == {"consistent"}


def test_one_part_against_its_whole(tmp_path):
    body = "June's surplus was 284.2 billion yuan; the half-year surplus was 1.61 billion yuan."
    rows = [claim("C1", "surplus was 284.2 billion", "284.2", "CNY", scale="billion", metric="june surplus",
                  links="C2 whole"),
            claim("C2", "surplus was 1.61 billion", "1.61", "CNY", scale="billion", metric="h1 surplus")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "part of whole")
    assert check.verdict == "inconsistent" and "link" in check.explanation


@pytest.mark.parametrize("total, verdict", [("11.5", "consistent"), ("1.15", "inconsistent")])
def test_a_complete_sum(tmp_path, total, verdict):
    body = f"Exports were 6.57 trillion and imports 4.96 trillion; total trade was {total} trillion."
    rows = [claim("C1", f"total trade was {total} trillion", total, "CNY", scale="trillion", metric="trade",
                  links="C2 plus; C3 plus"),
            claim("C2", "Exports were 6.57 trillion", "6.57", "CNY", scale="trillion", metric="exports"),
            claim("C3", "imports 4.96 trillion", "4.96", "CNY", scale="trillion", metric="imports")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "sum of parts").verdict == verdict


@pytest.mark.parametrize("total, verdict", [("124", "consistent"), ("125", "inconsistent")])
def test_counts_printed_to_the_unit_add_up_exactly(tmp_path, total, verdict):
    # Thirteen states' new cases add up to 124. Read as rounded to the unit, they would allow 117.5-130.5 and
    # a total of 125 would pass; a tally of cases is not rounded.
    counts = ["42", "25", "14", "11", "8", "7", "4", "3", "3", "2", "2", "2", "1"]
    listed = ", ".join(f"S{i} ({n})" for i, n in enumerate(counts))
    body = f"The country recorded {total} new cases: {listed}."
    rows = [claim("C0", f"recorded {total} new cases", total, "count", metric="cases",
                  links="; ".join(f"C{i + 1} plus" for i in range(len(counts))))]
    rows += [claim(f"C{i + 1}", f"S{i} ({n})", n, "count", metric=f"cases S{i}") for i, n in enumerate(counts)]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "sum of parts").verdict == verdict


def test_a_difference(tmp_path):
    # 6.57 - 4.96 = 1.61 trillion; "1.61 billion" is a thousand times too small.
    body = "Exports were 6.57 trillion and imports 4.96 trillion, a surplus of 1.61 billion."
    rows = [claim("C1", "a surplus of 1.61 billion", "1.61", "CNY", scale="billion", metric="surplus",
                  links="C2 plus; C3 minus"),
            claim("C2", "Exports were 6.57 trillion", "6.57", "CNY", scale="trillion", metric="exports"),
            claim("C3", "imports 4.96 trillion", "4.96", "CNY", scale="trillion", metric="imports")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "difference")
    assert check.verdict == "inconsistent"
    assert (round(check.implied.low, 3), round(check.implied.high, 3)) == (1600.0, 1620.0)


def test_unknown_role_is_refused_with_the_roles(tmp_path):
    from claimcheck.errors import RegisterError
    body = "Exports were 6.57 trillion and imports 4.96 trillion."
    rows = [claim("C1", "Exports were 6.57 trillion", "6.57", "CNY", scale="trillion", links="C2 parent"),
            claim("C2", "imports 4.96 trillion", "4.96", "CNY", scale="trillion")]
    with pytest.raises(RegisterError, match="unknown role 'parent'.*part, whole, plus, minus"):
        make_case(tmp_path, body, rows)


_QUARTER_BODY = ("Arrivals in the first quarter were 604,953: 219,360 in January, 197,517 in February and 188,076 in "
                 "March. South Asia sent 41,470 in January.")


def _months(march: str, *extra: dict) -> list[dict]:
    return [claim("C1", "first quarter were 604,953", "604,953", "count", metric="arrivals", period="2025Q1"),
            claim("C2", "219,360 in January", "219,360", "count", metric="arrivals", period="2025-01"),
            claim("C3", "197,517 in February", "197,517", "count", metric="arrivals", period="2025-02"),
            claim("C4", f"{march} in March", march, "count", metric="arrivals", period="2025-03"), *extra]


@pytest.mark.parametrize("march, verdict", [
    ("188,076", "consistent"),
    ("178,076", "tension"),       # 1.7 % short: a month revised after its first release, maybe
    ("98,076", "inconsistent"),   # 15 % short: more than revisions make
])
def test_the_months_of_a_quarter_add_up_to_it(tmp_path, march, verdict):
    body = _QUARTER_BODY.replace("188,076", march)
    _, _, checks = make_case(tmp_path, body, _months(march))
    check = only(checks, "sum of parts")
    assert check.verdict == verdict and check.claims == ["C1", "C2", "C3", "C4"]


@pytest.mark.parametrize("february, verdict", [("197,517", "consistent"), ("397,517", "inconsistent")])
def test_months_short_of_the_whole_s_end_add_up_to_no_more_than_it(tmp_path, february, verdict):
    # January and February lie inside the first quarter without making it up: together, no more than it
    rows = _months("188,076")[:3]
    rows[2] = claim("C3", f"{february} in February", february, "count", metric="arrivals", period="2025-02")
    _, _, checks = make_case(tmp_path, _QUARTER_BODY.replace("197,517", february), rows)
    check = only(checks, "parts of a total")
    assert check.verdict == verdict and check.claims == ["C1", "C2", "C3"]


def test_a_month_with_two_figures_is_not_added_up(tmp_path):
    """January's arrivals and South Asia's in January, one metric: which of them adds up is unsaid."""
    region = claim("C5", "South Asia sent 41,470", "41,470", "count", metric="arrivals", period="2025-01")
    _, _, checks = make_case(tmp_path, _QUARTER_BODY, _months("188,076", region))
    assert not [c for c in checks if c.kind == "sum of parts"]
    assert {c.verdict for c in checks if c.kind == "part of whole"} == {"consistent"}


def test_amounts_in_pence_or_cents_are_prices_and_no_parts_of_a_longer_period(tmp_path):
    """Diesel's 146.48p in February and 143.14p in September are no parts of the year's 138.14p: a price does not add
    up over time, as output does."""
    body = "Diesel hit 146.48p in February and 143.14p in September; over the year it fell as low as 138.14p."
    rows = [claim("C1", "as low as 138.14p", "138.14", "GBP", scale="cent", metric="diesel", period="2024-10/2025-09"),
            claim("C2", "hit 146.48p in February", "146.48", "GBP", scale="cent", metric="diesel", period="2025-02"),
            claim("C3", "143.14p in September", "143.14", "GBP", scale="cent", metric="diesel", period="2025-09")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind in ("parts of a total", "sum of parts", "part of whole")]


def test_a_stock_as_of_a_months_first_day_is_no_part_of_a_years_flow(tmp_path):
    """"Calves ... on Jan. 1, 2019, totaled 680,000 head" is an inventory taken that day, no part of "the lamb crop in
    2018 ... 57,000 head"; a day's count inside a month (new cases on 14 July) still is one."""
    body = "The lamb crop in 2018 was 57,000 head. Calves on Jan. 1, 2018, totaled 700,000 head. On July 14, 2018, 900 head."
    rows = [claim("C1", "The lamb crop in 2018 was 57,000 head", "57,000", "count", metric="head", period="2018"),
            claim("C2", "totaled 700,000 head", "700,000", "count", metric="head", period="2018-01-01"),
            claim("C3", "900 head", "900", "count", metric="head", period="2018-07-14")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert [(c.claims, c.verdict) for c in checks if c.kind == "part of whole"] == [(["C1", "C3"], "consistent")]
