"""Relations found by their arithmetic: a growth rate, a share and a difference that no phrasing joined to their figures."""
import pytest

from claimcheck.checks.engine import run_checks
from claimcheck.draft import draft_register
from test_draft import write_article


def _checks(article, kind):
    return [c.verdict for c in run_checks(article, draft_register(article), [], article.published) if c.kind == kind]


@pytest.mark.parametrize("earlier, found", [
    # 1,254.33 / 916.77 is a 36.8 % rise: the one figure near the level that fits "37 per cent", told twice
    ("Rs 916.77 crore (Rs 9.16 billion)", ["consistent"]),
    # a figure that fits no growth the rate allows is left alone: nothing says it is what the profit grew from
    ("Rs 956.77 crore", []),
])
def test_a_rate_takes_the_one_earlier_figure_its_level_grew_from_by_the_rate(tmp_path, earlier, found):
    article = write_article(tmp_path, "Steelmaker's profit rises",
                            "Tata Steel on Wednesday reported 37 per cent rise in consolidated net profit to Rs 1,254.33 "
                            "crore for the July-September quarter. Its order book was strong. The world's 11th biggest "
                            f"steelmaker had clocked {earlier} net profit in the corresponding quarter of the last "
                            "fiscal, it said.", published="2014-11-12")
    assert _checks(article, "implied growth") == found


@pytest.mark.parametrize("body", [
    # the figure that fits is of a period inside the level's own, not before it: no figure it grew from
    "So far this year, sales of electric cars totaled 1.189 million units, up 29 percent from a year earlier. From "
    "February 1-23, sales of all cars were 924,000 units.",
    # a hedged rate ("nearly 29 percent") is too loose to find anything by
    "So far this year, sales totaled 1.189 million units, up nearly 29 percent from a year earlier. Exports were "
    "921,700 units in 2024.",
    # two figures that fit, neither the other told again: which one it grew from is open
    "So far this year, sales totaled 1.189 million units, up 29 percent from a year earlier. Exports were 918,100 units "
    "in 2024 and imports 925,400 units in 2024.",
])
def test_a_rate_finds_no_figure_by_chance(tmp_path, body):
    article = write_article(tmp_path, "Car sales", body, published="2025-02-26")
    assert _checks(article, "implied growth") == []


def test_a_share_finds_its_whole_near_its_part_and_a_coarse_share_needs_a_precise_fit(tmp_path):
    # 389,655 of 823,424 is 47.32 %: the whole a sentence before the share; 4,000 of 9,000 is 44.4 %, so the
    # coarse "44 per cent" fits, but not as tightly as it is printed (44.4-44.5 over a point-wide share) is still one
    # fit, while "45 per cent" fits no whole and stays unlinked (unless "Of these" says which whole it is of: then
    # the misfit shows)
    article = write_article(tmp_path, "Results", "A total of 823,424 candidates sat the examination. Of these, 389,655 "
                            "were males, representing 47.32 per cent.", published="2018-07-05")
    assert _checks(article, "share of a total") == ["consistent"]
    article = write_article(tmp_path, "Results", "A total of 823,424 candidates sat the examination. Then 389,655 "
                            "were males, representing 45 per cent.", published="2018-07-05")
    assert _checks(article, "share of a total") == []
    article = write_article(tmp_path, "Results", "A total of 823,424 candidates sat the examination. Of these, 389,655 "
                            "were males, representing 45 per cent.", published="2018-07-05")
    assert _checks(article, "share of a total") in (["inconsistent"], ["tension"])


@pytest.mark.parametrize("lede, found", [
    # a share in a sentence of no amounts: the one pair of its period near it that gives it, twice as precise
    ("Renewable energy's share fell to 42.6% of the total in the first half.", ["consistent"]),
    # ... a pair that fits only as loosely as the share is printed is chance: "52%" of cases, not 96 of 187 areas
    ("Males accounted for 52% of the cases in the first half.", []),
])
def test_a_share_told_alone_finds_the_one_precise_pair_near_it(tmp_path, lede, found):
    article = write_article(tmp_path, "Power", f"{lede} Power consumption in the first half rose to 285.5 billion "
                            "kilowatt-hours. Renewable generation contributed 121.7 billion kWh to the total. Cases were "
                            "reported in 96 of the 187 areas in the first half.", published="2021-06-28")
    assert _checks(article, "share of a total") == found


@pytest.mark.parametrize("body, found", [
    # "a gap of Rs48 billion" beside the two it is the gap between, no phrasing joining them
    ("Customs duty collection totalled Rs850 billion against a target of Rs898 billion, reflecting a gap of Rs48 "
     "billion.", ["consistent"]),
    # the gap in the lede, the pair paragraphs on, of its own period
    ("The FBR recorded an Rs85 billion revenue gap in February. Officials blamed imports. Refunds were slow. In "
     "February, the FBR collected Rs944 billion in taxes against a target of Rs1,029 billion.", ["consistent"]),
    # a gap no pair gives stays unlinked, never contradicted
    ("Customs duty collection totalled Rs850 billion against a target of Rs898 billion, reflecting a gap of Rs58 "
     "billion.", []),
])
def test_a_gap_is_the_difference_of_the_one_pair_that_gives_it(tmp_path, body, found):
    article = write_article(tmp_path, "Revenue shortfall", body, published="2026-03-01")
    assert _checks(article, "difference") == found


def test_a_gap_named_right_after_its_figure(tmp_path):
    # "Rs52 billion shortfalls": the gap word after the figure, in the plural, no other word naming it
    article = write_article(tmp_path, "FBR in April", "The FBR has sustained Rs52 billion shortfalls in April, collecting "
                            "only Rs288 billion against the monthly target of Rs340 billion.", published="2019-05-10")
    assert _checks(article, "difference") == ["consistent"]
