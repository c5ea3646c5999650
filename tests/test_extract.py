"""The numeric-mention extractor, measured against a hand-made gold list; coverage of the seed."""
from decimal import Decimal

import pytest

from hypothesis import given, settings, strategies as st

from claimcheck.article import read_article
from claimcheck.extract import find_mentions
from claimcheck.printed import parse_printed
from conftest import ROOT, SEED


def gold_mentions():
    lines = (ROOT / "tests" / "gold" / "seed_mentions.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def precision_recall(found, gold):
    remaining = list(gold)
    hits = 0
    for item in found:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    return hits / len(found), hits / len(gold)


def test_seed_precision_and_recall_against_gold():
    article = read_article(ROOT / SEED)
    found = [(m.kind, m.text) for m in find_mentions(article.text)]
    precision, recall = precision_recall(found, gold_mentions())
    print(f"extractor on the seed: precision {precision:.2f}, recall {recall:.2f} ({len(found)} found)")
    assert precision == 1.0 and recall == 1.0, sorted(set(found) ^ set(gold_mentions()))


def test_known_failures_of_quantulum3_are_read_right():
    mentions = {m.text: m for m in find_mentions("to exceed the 1-trillion-yuan ($140 billion) benchmark across six key sectors")}
    assert (mentions["1-trillion-yuan"].value, mentions["1-trillion-yuan"].scale, mentions["1-trillion-yuan"].currency) == ("1", "trillion", "CNY")
    assert (mentions["$140 billion"].value, mentions["$140 billion"].currency) == ("140", "USD")
    assert mentions["six"].kind == "number" and mentions["six"].value == "six"


def test_forms_of_numbers_in_news():
    text = ("Revenue rose 9.1% to US$14.76 billion from US$12.53 billion, a 14-percent gain; 10m users, 5,300 firms, "
            "2.5bn yuan, one-sixth of sales, more than half of firms, up 3 percentage points in Q3 2024 and the "
            "first half of 2025, on Monday, in March 2024, three years ago. COVID-19 and 5G and G20 are not numbers.")
    found = [(m.kind, m.text) for m in find_mentions(text)]
    assert found == [
        ("percent", "9.1%"), ("amount", "US$14.76 billion"), ("amount", "US$12.53 billion"), ("percent", "14-percent"),
        ("number", "10m"), ("number", "5,300"), ("amount", "2.5bn yuan"), ("fraction", "one-sixth"),
        ("fraction", "more than half"), ("percent", "3 percentage points"), ("quarter", "Q3 2024"),
        ("half", "first half of 2025"), ("weekday", "Monday"), ("month", "March 2024"), ("relative", "three years ago"),
    ]


@pytest.mark.parametrize("text, age", [
    ("the 5-to-9 age bracket accounts for 23% of the total cases", "5-to-9"),
    ("children aged 5 to 9 years", "aged 5 to 9"),
    ("the 25-34 age group", "25-34"),
    ("a 45-year-old man died", "45"),
    ("people aged between 18 and 45 years", "aged between 18 and 45"),
    ("the deaths of those aged over 90", "aged over 90"),
    ("most of those who died were in their 70s", "70s"),
    ("a woman in her late 40s", "late 40s"),
])
def test_an_age_is_who_is_counted_not_a_figure(text, age):
    assert [(m.kind, m.text) for m in find_mentions(text) if m.kind != "percent"] == [("age", age)]


@pytest.mark.parametrize("text", ["On a quarter-on-quarter basis, revenue increased 2.22%",
                                  "a half-over-half rise of 2.22%"])
def test_a_basis_named_by_a_period_is_no_fraction(text):
    assert [m.kind for m in find_mentions(text)] == ["percent"]


def test_a_scale_word_with_one_l_is_still_its_scale():
    found = [(m.text, m.value, m.scale) for m in find_mentions("25% more than €1 bilion (US$1.6 billion); 5 milion")]
    assert found[1:] == [("€1 bilion", "1", "billion"), ("US$1.6 billion", "1.6", "billion"), ("5 milion", "5", "million")]


def test_a_figure_beside_age_words_is_still_a_figure():
    assert [(m.kind, m.text) for m in find_mentions("5 years ago, 2,000 people aged 60 were vaccinated; output was "
                                                    "45 million tonnes")] == [
        ("relative", "5 years ago"), ("number", "2,000"), ("age", "aged 60"), ("physical", "45 million tonnes")]


def test_energy_spelled_out_and_india_s_billion_units_are_read_as_energy():
    found = [(m.text, m.unit, m.scale) for m in find_mentions(
        "115.7 billion kilowatt hours, 20,551 thousand MW-hours, 949.6 BU, but 15.1 billion bu of corn")]
    assert found == [("115.7 billion kilowatt hours", "kWh", "billion"), ("20,551 thousand MW-hours", "MWh", "thousand"),
                     ("949.6 BU", "kWh", "billion"), ("15.1 billion", "", "billion")]


def test_may_in_a_list_of_months_is_a_month_and_elsewhere_a_verb():
    found = [(m.kind, m.text) for m in find_mentions("April with 46; May with 63; and June with 58. Prices may rise, "
                                                     "and May be higher.")]
    assert ("month", "May") in found and found.count(("month", "May")) == 1
    # (a day beside it says the month: "on 27 May", "May 27", but not "May 5 times", a verb's count)
    found = [(m.kind, m.text) for m in find_mentions("It struck on 27 May, and on May 28 it may 5 times rise.")]
    assert found == [("month", "27 May"), ("month", "May 28"), ("multiple", "5 times")]


def test_a_list_of_names_each_with_its_count_after_a_hyphen_is_read():
    # three or more "Name-N" items in a row are counts; a lone "Covid-19" or "Su-35" stays a name
    found = [m.text for m in find_mentions("Others are Adamawa-47, Nasarawa-38, Abia-29 and Borno-nine. The Su-35 "
                                           "and Covid-19 are no counts, nor is Boeing 737-800.")]
    assert found == ["47", "38", "29", "nine", "737", "800"]


def test_a_number_in_words_with_a_scale_is_a_count_unless_money_is_named():
    # "passing three million in 2014" counts as "3 million" does; "three billion dollars" is money
    found = [(m.kind, m.value, m.scale, m.currency)
             for m in find_mentions("passing three million in 2014, about six thousand buildings, three billion dollars")]
    assert found[0] == ("number", "three", "million", "") and found[2] == ("number", "six", "thousand", "")
    assert found[3] == ("amount", "three", "billion", "USD")


def test_indian_scales_abbreviated_and_commas_misplaced_are_read_whole():
    found = [(m.kind, m.value, m.scale, m.currency)
             for m in find_mentions("Defence Tops List With 5.25 Lakh Cr; CAPF got Rs 10,2686.50 crore in 2022-23")]
    assert found[0] == ("number", "5.25", "lakh crore", "") and found[1] == ("amount", "10,2686.50", "crore", "INR")
    assert parse_printed("10,2686.50").value == Decimal("102686.50")


def test_basis_points_and_a_rate_glued_to_a_dash():
    found = [(m.kind, m.value, m.unit) for m in find_mentions(
        "Thermal generation slipped by 85 basis points. It slowed over the past two months-4.5 per cent in November.")]
    assert ("percent", "85", "basis points") in found and ("percent", "4.5", "percent") in found


def test_index_points_are_a_unit_and_percentage_points_and_a_10_point_plan_are_not():
    found = [(m.kind, m.value, m.unit) for m in find_mentions(
        "The index fell 120.55 points, or 0.4 percentage points of its gain, under a 10-point plan; 35 pts later.")]
    assert ("physical", "120.55", "points") in found and ("physical", "35", "points") in found
    assert ("percent", "0.4", "pp") in found and not any(m[1] == "10" and m[2] == "points" for m in found)


def test_cents_pence_and_paise_are_hundredths_of_a_currency_and_no_count():
    found = [(m.kind, m.value, m.scale, m.currency, m.per) for m in find_mentions(
        "It earned 20 cents per share, 45 pence a share and 50 paise; the stock rose $8.62 cents.")]
    assert ("amount", "20", "cent", "USD", "share") in found and ("amount", "45", "cent", "GBP", "share") in found
    assert ("amount", "50", "cent", "INR", "") in found and ("amount", "8.62", "", "USD", "") in found


def test_pence_glued_to_a_number_are_hundredths_of_the_pound_and_video_lines_or_times_no_money():
    found = [(m.kind, m.value, m.scale, m.currency) for m in find_mentions(
        "An interim dividend of 6.5p, up from 5.4p; shares rose 3.2% to 536.60p. Streamed in 1080p at 5p.m.")]
    assert ("amount", "6.5", "cent", "GBP") in found and ("amount", "536.60", "cent", "GBP") in found
    assert not any(m[0] == "amount" and m[1] in ("1080", "5") for m in found)


def test_a_currency_word_before_a_number_with_its_scale_is_money():
    found = [(m.kind, m.value, m.scale, m.currency) for m in find_mentions(
        "A Shillings 768 billion (US Dollar 210 million) loan and Yuan 214.6 billion; the dollar 3 per cent higher.")]
    assert ("amount", "768", "billion", "KES") in found and ("amount", "210", "million", "USD") in found
    assert ("amount", "214.6", "billion", "CNY") in found and not any(m[0] == "amount" and m[1] == "3" for m in found)


def test_a_scale_word_broken_at_a_line_s_end_or_misspelt_is_its_scale():
    found = [(m.kind, m.value, m.scale, m.currency) for m in find_mentions(
        "11.63 trillion yuan (about 1.82 tril-lion U.S. dollars), 3 bil-lion euros and 5 bilion dollars")]
    assert ("amount", "1.82", "trillion", "USD") in found and ("amount", "3", "billion", "EUR") in found
    assert ("amount", "5", "billion", "USD") in found


def test_a_currency_word_after_its_country_s_adjective_is_money():
    found = [(m.kind, m.value, m.scale) for m in find_mentions(
        "a deficit of 34.7 billion Egyptian pounds ($4.4 billion) and revenue of 12 billion Saudi riyals")]
    assert ("amount", "34.7", "billion") in found and ("amount", "12", "billion") in found


def test_oil_flows_abbreviated_after_a_space_carry_their_millions():
    found = [(m.kind, m.value, m.scale, m.unit) for m in find_mentions(
        "dropped to average 8.56 mbd in September; 9.8 mb/d and 1.719 MMbpd")]
    assert [f[1:] for f in found if f[0] == "physical"] == [("8.56", "million", "barrels per day"),
                                                             ("9.8", "million", "barrels per day"),
                                                             ("1.719", "million", "barrels per day")], found


def test_the_caribbean_dollar_signs_are_their_own_dollars():
    found = [(m.value, m.currency) for m in find_mentions("revenues of J$635.33 billion, TT$2 billion and EC$5 million")]
    assert found == [("635.33", "JMD"), ("2", "TTD"), ("5", "XCD")], found


def test_dollars_named_by_their_countrys_letters_are_that_countrys():
    # ("NZ$833 (£300)", Namibia's "N$118.60 billion": no US dollars, nor "N" the naira's sign before a "$")
    found = [(m.value, m.currency) for m in find_mentions("fees of NZ$833, N$118.60 billion, CA$5 and FJ$2 million")]
    assert found == [("833", "NZD"), ("118.60", "NAD"), ("5", "CAD"), ("2", "FJD")], found


def test_the_codes_of_north_african_and_middle_eastern_currencies():
    found = [(m.value, m.currency) for m in find_mentions("from TND 11.1 billion (USD 4 billion), MAD 5 billion, LBP 900")]
    assert found == [("11.1", "TND"), ("4", "USD"), ("5", "MAD"), ("900", "LBP")], found


def test_the_lira_sign_is_the_turkish_lira():
    found = [(m.kind, m.value, m.scale, m.currency) for m in find_mentions("a deficit of ₺214.5 billion ($4.9 billion)")]
    assert ("amount", "214.5", "billion", "TRY") in found and ("amount", "4.9", "billion", "USD") in found


def test_a_space_typed_after_a_thousands_comma_of_money_is_one_number():
    found = [(m.kind, m.value) for m in find_mentions("from BE of Rs 90, 888.41 crore; growth of 5, 100.5 and 7")]
    assert ("amount", "90, 888.41") in found and ("number", "5") in found and ("number", "100.5") in found


def test_a_space_typed_after_a_thousands_comma_is_one_number_but_a_list_of_small_numbers_is_not():
    # "a little over 100, 000 barrels", "from 168, 061 to 264,184 cases": thousands; "rose by 200, 161 and 252
    # percent" and "51-100, 101-150" are lists
    found = [(m.kind, m.value) for m in find_mentions("to a little over 100, 000 barrels in September; from 168, 061 "
                                                       "to 264,184 cases; rose by 200, 161 and 252 percent; 51-100, "
                                                       "101-150")]
    assert ("physical", "100, 000") in found and ("number", "168, 061") in found, found
    assert ("number", "200") in found and ("number", "161") in found and ("number", "101") in found, found
    assert parse_printed("100, 000").value == Decimal("100000")


def test_a_decimal_comma_before_a_scale_word_is_one_number():
    # "(US$1,19 billion)": a comma with two digits after it groups no thousands; without a scale word after it,
    # "items 1,19 and 20" is no decimal
    found = [(m.kind, m.value) for m in find_mentions("a deficit of Rp19.4 trillion (US$1,19 billion); items 1,19 and 20")]
    assert ("amount", "1,19") in found and found.count(("amount", "1,19")) == 1
    assert not [value for kind, value in found if kind == "number" and "," in value]
    assert parse_printed("1,19").value == Decimal("1.19") and parse_printed("1,19").step == Decimal("0.01")


def test_a_decimal_comma_typed_with_a_space_after_a_currency_sign_is_one_number():
    # "US $925, 8 million": after a currency sign and before a scale word; "On March 5, 12 million people" is a date
    # and a count
    found = [(m.kind, m.value) for m in find_mentions("sales reached US $925, 8 million. On March 5, 12 million people")]
    assert ("amount", "925, 8") in found and not [v for k, v in found if v in ("925", "8", "5, 12")], found
    assert parse_printed("925, 8").value == Decimal("925.8") and parse_printed("925, 8").step == Decimal("0.1")


def test_an_abbreviated_months_day_and_its_year_are_one_date():
    # "from Sept. 1, 2020": one date, not "Sept. 1" of the story's year and a year apart; "Jan. 5, 12 people" is a
    # day and a count
    found = [(m.kind, m.text) for m in find_mentions("down 36% from Sept. 1, 2020. On Jan. 5, 12 people came")]
    assert ("month", "Sept. 1, 2020") in found and ("month", "Jan. 5") in found and ("year", "2020") not in found


def test_an_energy_unit_with_its_abbreviation_set_in_its_name_is_energy():
    # "55.8 billion kilowatt (kWh) hours": kilowatt-hours, not kilowatts
    found = [(m.kind, m.value, m.unit) for m in find_mentions("with 55.8 billion kilowatt (kWh) hours and 9 GW")]
    assert found == [("physical", "55.8", "kWh"), ("physical", "9", "GW")]


def test_one_year_to_the_next_is_a_fiscal_year_and_a_longer_span_is_years():
    found = [(m.kind, m.text) for m in find_mentions("for 2022-2023 against 2021-22, and from 2019-2021")]
    assert found == [("fiscal", "2022-2023"), ("fiscal", "2021-22"), ("year", "2019-2021")]


def test_thousands_set_apart_by_spaces_and_rand_amounts():
    """South African and French outlets print "69 849"; the rand is "R" glued to a number with a scale,
    a decimal or three digits, never a route ("the R2")."""
    text = "with 69 849 passes, up from 4 101; R1 500 million and R7.5bn, R350 each; the R2 road"
    found = [(m.kind, m.value, m.scale, m.currency) for m in find_mentions(text)]
    assert found == [("number", "69 849", "", ""), ("number", "4 101", "", ""), ("amount", "1 500", "million", "ZAR"),
                     ("amount", "7.5", "billion", "ZAR"), ("amount", "350", "", "ZAR")]
    assert parse_printed("69 849").value == 69849 and parse_printed("3 494.750").step == Decimal("0.001")
    # (decimals after the groups: "ZAR1 519.02 billion" is one amount, not ZAR 1 and 519.02 billion)
    assert [(m.kind, m.value, m.scale) for m in find_mentions("exports of ZAR1 519.02 billion")] == \
        [("amount", "1 519.02", "billion")]


def test_currency_signs_of_many_countries():
    """Pesos, naira, rupiah, taka, dirhams, cedis and riyals by their signs, and any ISO code before the number;
    "P" and "N" only with a scale or a decimal, so "N95" masks and "P2" paper stay no amounts."""
    text = ("P1.069 trillion, up from P60.9 billion; exceeds P1T; ₱245.9 billion; N2.5 trillion; Rp 1.2 trillion; "
            "Tk 5,000 crore; Dh5 billion; GH¢1.2 billion; QR3.5 billion; PHP 1.2 billion; ZAR 300 million; N95 and P2")
    found = [(m.value, m.scale, m.currency) for m in find_mentions(text) if m.kind == "amount"]
    assert found == [("1.069", "trillion", "PHP"), ("60.9", "billion", "PHP"), ("1", "trillion", "PHP"),
                     ("245.9", "billion", "PHP"), ("2.5", "trillion", "NGN"), ("1.2", "trillion", "IDR"),
                     ("5,000", "crore", "BDT"), ("5", "billion", "AED"), ("1.2", "billion", "GHS"),
                     ("3.5", "billion", "QAR"), ("1.2", "billion", "PHP"), ("300", "million", "ZAR")]


def test_the_dollar_signs_of_latin_american_currencies_and_of_iso_codes():
    """"COP$330 billion (US$71 million)" is pesos beside dollars, not two dollar amounts; "R$" is the real."""
    text = "COP$330 billion (US$71 million); R$7.927 billion; MX$1.2 billion; Col$5 trillion; CLP$ 300 billion; C$4"
    found = [(m.value, m.currency) for m in find_mentions(text) if m.kind == "amount"]
    assert found == [("330", "COP"), ("71", "USD"), ("7.927", "BRL"), ("1.2", "MXN"), ("5", "COP"), ("300", "CLP"),
                     ("4", "CAD")]


def test_the_last_letter_of_a_currency_code_is_no_sign_of_its_own():
    """"MOP2.19 billion (US$270.8 million)": Macau's pataca, not a peso's "P" at the end of its code; nor is
    Eswatini's "SZL2.3 billion", a code the project does not know, any sign of its last letter, nor Saudi "SR30
    billion" a rand; Botswana's "BWP2.3 billion" is pula."""
    text = ("just under MOP2.19 billion (US$270.8 million); 5.4 billion patacas; SZL2.3 billion; a deficit of SR30 "
            "billion; stood atN2.78tn; BWP2.3 billion")
    found = [(m.value, m.currency) for m in find_mentions(text) if m.kind == "amount"]
    assert found == [("2.19", "MOP"), ("270.8", "USD"), ("5.4", "MOP"), ("30", "SAR"), ("2.78", "NGN"),
                     ("2.3", "BWP")], found


def test_a_space_after_the_last_comma_of_an_indian_grouping_is_one_number_but_a_list_is_a_list():
    found = [(m.value, m.kind) for m in find_mentions("Hero posted sales of 3,79, 839 units in the month")]
    assert found == [("3,79, 839", "number")]
    listed = [m.value for m in find_mentions("The figures in 2019, 2020 and 2021 were 14,74, 821 and 5,277.")
              if m.kind == "number"]
    assert "14,74, 821" not in listed and "5,277" in listed


def test_the_kwacha_s_sign_is_read_only_before_a_scaled_amount():
    """"K26.5billion", "K3.87 trillion" and a price, "K600 per kilogram": kwacha; "K9 units" and "K12 schools" are no
    money."""
    text = ("collected K26.5billion; spending of K3.87 trillion; 5.2 billion kwacha; around K600 per kilogram; K9 units "
            "patrol K12 schools")
    found = [(m.value, m.scale, m.currency) for m in find_mentions(text) if m.kind == "amount"]
    assert found == [("26.5", "billion", "ZMW"), ("3.87", "trillion", "ZMW"), ("5.2", "billion", "ZMW"),
                     ("600", "", "ZMW")]


def test_the_litas_is_a_currency():
    assert [(m.value, m.currency) for m in find_mentions("revenues of 9.5 billion litas")] == [("9.5", "LTL")]


def test_months_ending_in_a_month_are_a_span():
    found = [(m.text, m.kind) for m in find_mentions("revenue in the 12 months ending in September was $2.2 billion")
             if m.kind == "duration"]
    assert found == [("12 months ending in September", "duration")]


def test_abbreviated_units_of_tonnes_and_power():
    """"MT" is metric tonnes unless the article says its MT are millions ("777.23 Million Tonnes (MT)"), or speaks of
    million tonnes; "MMT" and "Mt" are millions, "LMT" lakhs, "MU" million kWh, and none of them in lower case."""
    def read(text):
        return [(m.value, m.scale, m.unit) for m in find_mentions(text) if m.kind == "physical"]
    assert read("777.23 Million Tonnes (MT), up from 716 MT") == [("777.23", "million", "tonnes"),
                                                                   ("716", "million", "tonnes")]
    assert read("It shipped 500 MT of rice") == [("500", "", "tonnes")]
    assert read("12.5 MMT, 3.2 Mt, 35 LMT and 1,450 MU") == [
        ("12.5", "million", "tonnes"), ("3.2", "million", "tonnes"), ("35", "lakh", "tonnes"), ("1,450", "million", "kWh")]
    assert read("12.5 mmt and 3 mu") == []
    # Indian English writes the singular after a scale
    assert read("rose to 880.72 million tonne, against a target of 1 billion ton") == [
        ("880.72", "million", "tonnes"), ("1", "billion", "tonnes")]


def test_the_metal_trades_tonnes_and_troy_ounces():
    """"55.3 t (1.78 million oz)", "1,449 koz", "3.1 Moz": a mine's tonnes and troy ounces; "13.32t yuan" is trillions
    of a currency, no tonnes."""
    def read(text):
        return [(m.value, m.scale, m.unit) for m in find_mentions(text) if m.kind == "physical"]
    assert read("output declined to 55.3 t (1.78 million oz), compared with 60 t") == [
        ("55.3", "", "tonnes"), ("1.78", "million", "ounces"), ("60", "", "tonnes")]
    assert read("up to 35,200t, from 29,200t; 1,449 koz and 3.1 Moz; 2 million ounces") == [
        ("35,200", "", "tonnes"), ("29,200", "", "tonnes"), ("1,449", "thousand", "ounces"), ("3.1", "million", "ounces"),
        ("2", "million", "ounces")]
    assert read("foreign trade reached 13.32t yuan, or 1.9t USD") == []


def test_an_articles_own_lower_case_mt_is_what_it_defines():
    """"8.19 million tonnes (mt) against 5.11 mt": the article's mt are millions; undefined, lower-case mt stay metric
    tonnes ("jumped 23.8% to 68 mt")."""
    def read(text):
        return [(m.value, m.scale, m.unit) for m in find_mentions(text) if m.kind == "physical"]
    assert read("up 60 per cent at 8.19 million tonnes (mt) against 5.11 mt") == [("8.19", "million", "tonnes"),
                                                                                ("5.11", "million", "tonnes")]
    assert read("jumped 23.8% to 68 mt from 55 mt in a year of million tonnes") == [("68", "", "tonnes"),
                                                                                  ("55", "", "tonnes")]


def test_decimals_without_a_leading_zero():
    """"(-.18pp)", "$.50 a share": one number; "Fig.5" and the typo "39 .73" give no .5 or .73."""
    def read(text):
        return [(m.kind, m.value) for m in find_mentions(text)]
    assert read("Costs (-.18pp) and $.50 a share, up .5 percent") == [("percent", ".18"), ("amount", ".50"),
                                                                       ("percent", ".5")]
    assert ("number", ".5") not in read("see Fig.5")
    assert ("physical", ".73") not in [(m.kind, m.value) for m in find_mentions("India produces 39 .73 lakh tonnes")]


@pytest.mark.parametrize("text, value, number", [
    ("fell 10.2% to one million 407,000 barrels per day", "one million 407,000", 1_407_000),
    ("10 million 633 thousand operations", "10 million 633 thousand", 10_633_000),
    ("with a decrease of 12 million and 191 thousand heads", "12 million and 191 thousand", 12_191_000),
    ("Mongolia has 31 million 828 thousand and 900 heads of livestock", "31 million 828 thousand and 900", 31_828_900),
])
def test_a_million_and_its_thousands_are_one_number(text, value, number):
    """As Spanish writes "un millón 407 mil" and a translation keeps it: one figure, not one million and 407,000."""
    found = [m for m in find_mentions(text) if m.kind in ("physical", "number")]
    assert [m.value for m in found] == [value]
    assert text[found[0].start:found[0].end].startswith(value)
    assert parse_printed(value).value == number


def test_a_decimals_tail_and_a_lists_next_figure_are_no_million_and_thousands():
    """"Dh350.29 million and 1,080 apartments": 350.29 million, then a count of apartments."""
    found = [m.value for m in find_mentions("plots were sold for Dh350.29 million and 1,080 apartments")]
    assert "350.29" in found and "1,080" in found


def test_an_older_year_is_a_year_only_where_words_say_when():
    text = "the first census in 1790. By 1910, between 1930 and 1940, a total of 1800 people rose to 1900"
    assert [(m.kind, m.text) for m in find_mentions(text)] == [
        ("year", "1790"), ("year", "1910"), ("year", "1930"), ("year", "1940"), ("number", "1800"), ("number", "1900")]


def test_a_year_and_the_next_with_a_slash_is_a_fiscal_year():
    """"a total of 4 233 in the period between 2017/18": the year 2017-18, as in "2022-23", not 2017 and a
    count of 18; a date written with slashes is no year pair."""
    found = [(m.kind, m.text) for m in find_mentions("4 233 in 2017/18, up from 4 101; filed 2018/09/11")]
    assert ("fiscal", "2017/18") in found and ("number", "18") not in found
    assert ("fiscal", "2018/09") not in found


def test_a_scale_printed_in_the_plural_is_the_scale():
    found = [(m.kind, m.value, m.scale) for m in find_mentions("Rs. 87621.80 millions and Rs 500 crores")]
    assert found == [("amount", "87621.80", "million"), ("amount", "500", "crore")]


def test_a_trillion_glued_to_a_bare_number_is_its_scale_and_no_number_is_cut_short():
    """"reaches 1.804tr" in a headline is 1.804 trillion, never the "1" before its decimal point."""
    found = [(m.kind, m.value, m.scale) for m in find_mentions("reserved amount reaches 1.804tr, in build 3.7x")]
    assert found == [("number", "1.804", "trillion")]


def test_after_per_any_thing_counted_is_a_per_unit():
    """"an average of £69m per club" is per club; "per cent" stays a percentage."""
    found = [(m.kind, m.per) for m in find_mentions("an average of £69m per club, up 5 per cent, Rs 12 per share")]
    assert found == [("amount", "club"), ("percent", ""), ("amount", "share")]


def test_one_thing_a_figure_is_per_has_one_name():
    """"$12.41 per kilo compared with $8.25 a kg": both prices are per kg, so they compare; a liter is a litre."""
    found = [m.per for m in find_mentions("$12.41 per kilo compared with $8.25 a kg, and Rs 64.33 per liter")]
    assert found == ["kg", "kg", "litre"]


def test_urls_are_not_mentions():
    assert find_mentions("see https://example.com/2025/12/16/report-900.html today") == [
        m for m in find_mentions("see https://example.com/2025/12/16/report-900.html today") if m.text == "today"]


def test_seed_has_no_number_outside_the_register(seed_run):
    assert len(seed_run.mentions) == len(gold_mentions())
    assert seed_run.uncovered == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes_and_mentions_do_not_overlap(text):
    mentions = find_mentions(text)
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_one_is_a_number_except_in_idioms():
    text = "One analyst said one company grew; one of the firms, no one else, one another, a one-stop shop."
    assert [(m.text, m.kind) for m in find_mentions(text)] == [("One", "number"), ("one", "number")]


@pytest.mark.parametrize("text, numbers", [
    ("It will only be an interim one.", []),            # a pronoun after its adjective
    ("It was a big one in 2020.", ["2020"]),
    ("The last one to go was sold.", []),
    ("An additional one million people moved.", ["one million"]),  # a number before its noun
    ("A one percent rise.", ["one percent"]),
])
def test_one_after_an_adjective_is_a_pronoun(text, numbers):
    assert [m.text for m in find_mentions(text)] == numbers


@pytest.mark.parametrize("text, per", [("average yield — 4.72 tons/ha;", "hectare"), ("a yield of 4.4 t/ha.", "hectare"),
                                       ("3.2 tonnes a hectare", "hectare"), ("sold 5 tonnes a day", "day")])
def test_a_yield_is_per_the_area_it_grew_on(text, per):
    assert [m.per for m in find_mentions(text)] == [per]


@pytest.mark.parametrize("text, numbers", [
    ("the average price of one megawatt-hour of electricity increased 537.4%", ["537.4%"]),
    ("sold at a price of one dollar", ["one"]),      # a price of one dollar is one
])
def test_one_after_the_price_of_is_the_unit_priced(text, numbers):
    """"the average price of one megawatt-hour": the unit a price is of, no level a rate could be linked to."""
    assert [m.text for m in find_mentions(text)] == numbers


def test_a_run_s_ordinal_is_a_count_and_any_other_ordinal_is_not():
    text = ("A surplus for the 34th straight month, the fifth consecutive quarter of growth and a third successive "
            "year; the 70th anniversary and the second quarter are no runs.")
    found = [(m.kind, m.text) for m in find_mentions(text) if m.kind in ("streak", "ordinal")]
    assert found == [("streak", "34th"), ("streak", "fifth"), ("streak", "third"), ("ordinal", "70th")]
    assert [parse_printed(word, ordinal=True).value for word in ("34th", "fifth", "third")] == [34, 5, 3]


def test_a_scale_after_a_doubled_space_is_the_number_s():
    found = [(m.value, m.scale) for m in find_mentions("Net profit surges 82.38% to Rs. 73.08  millions  from Rs. 40.07 "
                                                       "millions.") if m.kind == "amount"]
    assert found == [("73.08", "million"), ("40.07", "million")]


def test_a_range_of_months_with_a_spaced_dash_is_one_mention():
    assert [(m.kind, m.text) for m in find_mentions("Profits Lift Over 22% for January – May Period")] == [
        ("percent", "22%"), ("month", "January – May")]


def test_gas_volumes_in_cubic_feet_and_metres_and_tril_are_read():
    found = [(m.text, m.unit, m.scale) for m in find_mentions(
        "Output hit 91.87 Bcf/d, up from 87.3 bcfd and 5.33 Bcf.d; reserves of 5.2 Tcf, 850 MMcf/d, 3 bcm, 87.6 billion "
        "cubic feet per day and trade of RM1.68 tril.") if m.kind in ("physical", "amount")]
    assert found == [("91.87 Bcf/d", "cubic feet per day", "billion"), ("87.3 bcfd", "cubic feet per day", "billion"),
                     ("5.33 Bcf.d", "cubic feet per day", "billion"), ("5.2 Tcf", "cubic feet", "trillion"),
                     ("850 MMcf/d", "cubic feet per day", "million"), ("3 bcm", "cubic metres", "billion"),
                     ("87.6 billion cubic feet per day", "cubic feet per day", "billion"),
                     ("RM1.68 tril", "", "trillion")]


def test_areas_of_floor_and_land_are_read():
    found = [(m.text, m.unit, m.scale) for m in find_mentions(
        "As 2.4 million sq. ft. became available, 438,000 sq ft in Vancouver, 371,612 m² and 1,063 million square "
        "metres of floor space; forest of 147,000 sq km, or 56,756 square miles, and 3,800 square kilometres.")
        if m.kind == "physical"]
    assert found == [("2.4 million sq. ft", "square feet", "million"), ("438,000 sq ft", "square feet", ""),
                     ("371,612 m²", "square metres", ""), ("1,063 million square metres", "square metres", "million"),
                     ("147,000 sq km", "sq km", ""), ("56,756 square miles", "square miles", ""),
                     ("3,800 square kilometres", "sq km", "")]


def test_a_quarter_with_its_years_last_digits_after_an_apostrophe_is_one_mention():
    # ("in Q3’23, posting a 40 koz deficit", "6% higher than Q3'22": no count of 23 or 22)
    found = [(m.kind, m.text) for m in find_mentions("in Q3’23, posting a deficit, 6% higher than Q3'22")]
    assert found == [("quarter", "Q3’23"), ("percent", "6%"), ("quarter", "Q3'22")]


def test_a_weeks_number_is_a_label():
    # "epidemiological week 42" names a week of the year, no count of 42
    text = "The weekly fatality rate of 0.34% in epidemiological week 42 and in Week 7 was low; 12 weeks passed."
    assert [(m.kind, m.text) for m in find_mentions(text) if m.text in ("42", "7")] == [("ordinal", "42"),
                                                                                        ("ordinal", "7")]


@pytest.mark.parametrize("text, days", [
    # a name's word: a capitalised word on each side, or an acronym before
    ("TV Today Network has recorded a 6.35% decline in revenue", []),
    ("It runs the India Today Television channel", []),
    ("USA Today reported the figures", []),
    # the story's day, in a headline's title case or opening a sentence
    ("Why Splunk Inc Shares Soared Today", ["Today"]),
    ("The ministry said so. Today exports rose", ["Today"]),
    ("Trading Holiday Today on account of Chung Yeung Day", ["Today"]),
])
def test_today_in_a_name_is_no_day(text, days):
    assert [m.text for m in find_mentions(text) if m.kind == "relative"] == days


@pytest.mark.parametrize("text, months", [
    ("Power consumption in January and February rose 26 percent", ["January and February"]),
    ("Sales in November and December 2019 rose", ["November and December 2019"]),
    # each month its own figure: said so, or two figures before the months
    ("Exports in January and February respectively rose", ["January", "February"]),
    ("They targeted to collect Sh1.579 trillion and Sh1.538 trillion in October and November 2019.",
     ["October", "November 2019"]),
    # two months not running are two months
    ("in January and March", ["January", "March"]),
])
def test_two_months_running_told_together(text, months):
    assert [m.text for m in find_mentions(text) if m.kind == "month"] == months


@pytest.mark.parametrize("text, value, scale", [
    # a capital letter after a hyphen is a headline's short scale of money
    ("DTI reports P4 trillion or US$72.178-B investments", "72.178", "billion"),
    # a sign, the number and its letter set apart by spaces
    ("February inflows up 15.1% to $ 548.1 m, but down 4.5% month-on-month", "548.1", "million"),
    # "MT" glued to the number, in an article that says its tonnes are millions
    ("India's crude steel output jumps 5% to 8.6MT in Oct. It reached 8.629 million tonnes (MT).", "8.6", "million"),
])
def test_a_short_scale_of_a_headline(text, value, scale):
    assert [m.scale for m in find_mentions(text) if m.value == value] == [scale]


@pytest.mark.parametrize("text, quarter", [
    ("revenue for Q2 of fiscal year 2025 rose", "Q2 of fiscal year 2025"),
    ("profit in Q3 of FY24 fell", "Q3 of FY24"),
    ("sales in Q1 of the financial year 2023-24", "Q1 of the financial year 2023-24"),
])
def test_a_quarter_of_a_fiscal_year_named_after_of_is_one_period(text, quarter):
    assert [m.text for m in find_mentions(text) if m.kind in ("quarter", "fiscal")] == [quarter]


def test_the_eastern_caribbean_dollar_is_no_canadian_dollar():
    found = [(m.text, m.currency) for m in find_mentions("a current deficit of EC$58.9 million (US$21.81 million); "
                                                         "C$5 million")]
    assert found == [("EC$58.9 million", "XCD"), ("US$21.81 million", "USD"), ("C$5 million", "CAD")], found


def test_a_percent_sign_before_its_number():
    """"Egypt saw %2.7 more marriages", "having increased by %42": the sign printed before the number, as some
    translated copy prints it, is still a percentage."""
    found = [(m.kind, m.value) for m in find_mentions("Egypt saw %2.7 more marriages and %2.2 more divorces, having "
                                                      "increased by %42.")]
    assert found == [("percent", "2.7"), ("percent", "2.2"), ("percent", "42")]


@pytest.mark.parametrize("text, value, scale, unit", [
    ("8.2Gt CO2e traded in 2009", "8.2", "billion", "tonnes"),
    ("emissions of 36.8 gigatonnes of CO2", "36.8", "", "Gt")])
def test_gigatonnes_are_billions_of_tonnes(text, value, scale, unit):
    found = [m for m in find_mentions(text) if m.value == value]
    assert [(m.scale, m.unit) for m in found] == [(scale, unit)]


def test_a_capital_b_set_apart_after_money_is_billions():
    """"Trade Surplus US$0.33 B in February": the headline's short scale, set apart by a space."""
    assert [(m.value, m.scale) for m in find_mentions("Indonesia Reaches Trade Surplus US$0.33 B in February")
            if m.kind == "amount"] == [("0.33", "billion")]


@pytest.mark.parametrize("text", ["597 people were homeless one night in 2022", "prices rose one week later"])
def test_one_before_a_span_of_time_is_no_count(text):
    assert not [m for m in find_mentions(text) if m.value.lower() == "one"]
