import datetime as dt

import pytest

from claimcheck.checks.dates import last_month, last_weekday
from claimcheck.checks.engine import run_checks
from claimcheck.draft import draft_register
from conftest import make_case, only
from test_draft import write_article

CCTV = ("R1,report,CCTV,2025,1,count,exact,CCTV News,2025-12-14,https://example.com/cctv,2026-12-01,observation,")


def test_weekday_resolves_to_the_latest_such_day():
    assert last_weekday("Sunday", dt.date(2025, 12, 16)) == dt.date(2025, 12, 14)
    assert last_weekday("Tuesday", dt.date(2025, 12, 16)) == dt.date(2025, 12, 16)
    assert last_month("November", dt.date(2025, 12, 16)) == (2025, 11)
    assert last_month("December", dt.date(2025, 3, 1)) == (2024, 12)


def test_on_sunday_against_the_source_date(tmp_path):
    body = "China Media Group reported on Sunday that output grew."
    rows = ["C1,reported on Sunday,Sunday,weekday,,,CMG,report date,date,exact,,,,,,R1,,"]
    _, _, checks = make_case(tmp_path, body, rows, [CCTV])
    assert only(checks, "date").verdict == "consistent"


def test_on_monday_against_a_sunday_source_is_tension(tmp_path):
    body = "China Media Group reported on Monday that output grew."
    rows = ["C1,reported on Monday,Monday,weekday,,,CMG,report date,date,exact,,,,,,R1,,"]
    _, _, checks = make_case(tmp_path, body, rows, [CCTV])
    assert only(checks, "date").verdict == "tension"


def test_relative_years_and_spans(tmp_path):
    body = "Sales rose 5 percent last year. In the first 10 months of this year they rose 3 percent."
    rows = ["C1,rose 5 percent last year,last year,relative,,2024,X,sales,date,exact,,,,,,,,",
            "C2,In the first 10 months of this year,10,months,,2025-01/2025-10,X,sales,date,exact,,,,,,,,",
            "C3,rose 5 percent,5,percent,,2023,X,sales,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    verdicts = {c.claims[0]: c.verdict for c in checks if c.kind == "date"}
    assert verdicts == {"C1": "consistent", "C2": "consistent"}


def test_span_not_yet_over_is_inconsistent(tmp_path):
    body = "In the first 10 months of this year sales rose."
    rows = ["C1,In the first 10 months of this year,10,months,,2025-01/2025-10,X,sales,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2025-10-20")
    assert only(checks, "date").verdict == "inconsistent"


def test_a_wrong_year_is_inconsistent_with_its_gap(tmp_path):
    # The reproduction: "last year" registered as 2023 in an article of 2025.
    body = "Sales rose 5 percent last year."
    rows = ["C1,rose 5 percent last year,last year,relative,,2023,X,sales,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "date")
    assert check.verdict == "inconsistent" and check.gap == 1 and check.implied_unit == "years"


def test_a_wrong_relative_date_names_the_article_s_own_figure_for_the_period_it_means(tmp_path):
    # "In 2020 ... 1,072 cases were reported last year", in 2022, beside 2021's 9,613: last year is 2021, whose
    # figure the article gives, so the sentence's 1,072 is 2020's and "last year" the slip
    body = "Last year, 9,613 cases were recorded. In 2020, a total of 1,072 cases were reported last year, the lowest."
    rows = ['C1,"9,613 cases","9,613",count,,2021,X,cases,level,exact,,,,,,,,',
            'C2,"1,072 cases","1,072",count,,2020,X,cases,level,exact,,,,,C1,,,',
            "C3,were reported last year,last year,relative,,2020,X,cases,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2022-07-25")
    check = next(c for c in checks if c.kind == "date" and "C3" in c.claims)
    assert check.verdict == "inconsistent" and check.claims == ["C3", "C2", "C1"]
    assert "own figure for 2021, which it sets beside 1,072, is 9,613" in check.explanation


def test_a_month_printed_twice_in_its_quote_is_the_one_its_period_says(tmp_path):
    # "From July 2023 to July of this year": the row's July is this year's, the quote's second
    body = "From July 2023 to July of this year, the cost of food increased by 4.9 per cent."
    rows = ["C1,From July 2023 to July of this year,July,month,,2024-07,X,food,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2024-11-12")
    assert only(checks, "date").verdict == "consistent"


def test_weekday_against_the_dateline_in_the_text(tmp_path):
    # The page is dated Saturday 19 Oct 2019; the story's dateline is Friday 18 Oct: "Friday" is that day.
    body = "BEIJING, Oct. 18 (Xinhua) -- Output rose, the bureau said Friday."
    rows = ["C1,the bureau said Friday,Friday,weekday,,,X,release,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2019-10-19")
    check = only(checks, "date")
    assert check.verdict == "consistent" and "the same day" in check.explanation


def test_a_weekday_beside_a_date_must_fall_on_it(tmp_path):
    body = "The figures came out on Thursday, Oct. 18, the bureau said."
    rows = ["C1,on Thursday,Thursday,weekday,,,X,release,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2019-10-19")
    check = only(checks, "date")
    assert check.verdict == "inconsistent" and check.gap == 1 and check.implied_unit == "days"



def test_a_weekday_beside_a_date_of_a_printed_year_falls_on_that_year(tmp_path):
    # 6 January 2025 was a Monday, but the year printed is 2024, whose 6 January was a Saturday (a year slip in a
    # story of 6 Jan 2025); "9th January 2018" was a Tuesday: the ordinal suffix does not hide the day.
    for body, quote, gap in (("She told a press conference on Monday, January 6, 2024.", "on Monday", 2),
                             ("The taskforce will meet on Monday, 9th January 2018, to set out plans.", "on Monday", 1)):
        rows = [f"C1,{quote},Monday,weekday,,,X,meeting,date,exact,,,,,,,,"]
        _, _, checks = make_case(tmp_path, body, rows, published="2025-01-06" if "2024" in body else "2018-01-05")
        check = only(checks, "date")
        assert check.verdict == "inconsistent" and check.gap == gap, check.explanation
    rows = ["C1,on Monday,Monday,weekday,,,X,meeting,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, "It met on Monday, January 8th, 2018.", rows, published="2018-01-12")
    assert only(checks, "date").verdict == "consistent"

def test_a_weekday_beside_a_day_of_the_year_the_paragraph_spoke_of(tmp_path):
    # 8 February 2013 was a Friday, 8 February 2014 a Saturday: in a story of June 2014 about "the most congested day of
    # 2013", the day is 2013's; a weekday that fits no year told stays a slip
    for weekday, verdict in (("Friday", "consistent"), ("Thursday", "inconsistent")):
        body = (f"The most congested day of 2013 in Vancouver was November 15. In Toronto it was {weekday}, "
                "February 8.")
        rows = [f"C1,it was {weekday},{weekday},weekday,,,X,congestion,date,exact,,,,,,,,"]
        _, _, checks = make_case(tmp_path, body, rows, published="2014-06-03")
        assert only(checks, "date").verdict == verdict


def test_a_future_weekday_is_the_next_one(tmp_path):
    body = "The budget would be unveiled on Friday."
    rows = ["C1,unveiled on Friday,Friday,weekday,,,X,budget,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2022-06-08")
    assert "Friday 10 Jun 2022" in only(checks, "date").explanation


def test_an_article_of_year_one_does_not_crash(tmp_path):
    body = "It happened on Sunday."
    rows = ["C1,on Sunday,Sunday,weekday,,,X,event,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="0001-01-01")
    assert only(checks, "date").verdict == "unverifiable"


def test_the_dateline_against_the_publication_date(tmp_path):
    body = "BEIJING, Oct. 18 (Xinhua) -- Output rose, the bureau said."
    rows = ["C1,Oct. 18,Oct. 18,date,,2019-10-18,X,dateline,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2019-10-19")
    assert "1 day before" in only(checks, "date").explanation and only(checks, "date").verdict == "consistent"
    _, _, checks = make_case(tmp_path, body, ["C1,Oct. 18,Oct. 18,date,,2019-10-18,X,dateline,date,exact,,,,,,,,"],
                             published="2019-10-16")
    assert only(checks, "date").verdict == "inconsistent" and only(checks, "date").gap == 2


@pytest.mark.parametrize("period, verdict", [("2025-10-19", "consistent"), ("2025-10", "consistent"),
                                             ("2025-10-18", "inconsistent")])
def test_yesterday_is_the_day_before_the_article(tmp_path, period, verdict):
    body = "As of yesterday, 145 beds were in use."
    rows = [f"C1,As of yesterday,yesterday,relative,,{period},X,beds,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2025-10-20")
    assert only(checks, "date").verdict == verdict


@pytest.mark.parametrize("period, verdict", [("2025-10-17", "consistent"), ("2025-10-19", "inconsistent")])
def test_yesterday_linked_to_the_dateline_counts_from_it(tmp_path, period, verdict):
    # filed Saturday 18 Oct, published Monday 20 Oct: "yesterday" is 17 Oct, and the check joins the dateline's row
    body = "KUALA LUMPUR (Oct 18): As of yesterday, 145 beds were in use."
    rows = ["C1,Oct 18,Oct 18,date,,2025-10-18,X,dateline,date,exact,,,,,,,,",
            f"C2,As of yesterday,yesterday,relative,,{period},X,beds,date,exact,,,,,C1,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2025-10-20")
    check = next(c for c in checks if c.kind == "date" and "C2" in c.claims)
    assert check.claims == ["C2", "C1"] and check.verdict == verdict, check.explanation


def test_a_span_ending_in_another_month_than_its_sentence_names_is_inconsistent(tmp_path):
    # The register's nine months end in February; the sentence says March: one month apart.
    body = "Debt rose by Rs. 4,500 billion in the first nine months of the year, to the end of March 2022."
    rows = ["C1,in the first nine months of the year,nine,months,,2021-06/2022-02,X,debt,date,exact,,,,,C2,,,",
            "C2,to the end of March 2022,March,month,,2022-03,X,debt,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2022-06-11")
    check = next(c for c in checks if c.claims[0] == "C1")
    assert check.verdict == "inconsistent" and check.claims == ["C1", "C2"] and check.gap == 1


@pytest.mark.parametrize("published, period, verdict", [
    ("2025-03-01", "2024-01/2024-07", "consistent"),    # July had not come yet in 2025: the span of 2024
    ("2025-08-16", "2025-01/2025-07", "consistent"),
    ("2025-08-16", "2024-01/2024-07", "inconsistent"),  # a span of 2025 had ended: 2024's is a year off
])
def test_a_month_opening_a_span_is_of_the_latest_span_ended_by_the_article(tmp_path, published, period, verdict):
    body = "From January to July, investment rose by 10.3 percent."
    rows = [f"C1,From January to July,January,month,,{period},X,investment,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published=published)
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("ended, verdict", [("2021-03-31", "consistent"), ("2021-12-31", "inconsistent")])
def test_a_period_said_to_have_ended_must_have_ended_by_the_story_s_day(tmp_path, ended, verdict):
    body = "Profit was Rs 36.25 crore in the quarter ended December 31, 2021."
    rows = [f'C1,"quarter ended December 31, 2021","December 31, 2021",date,,{ended},X,period end,date,exact,,,,,,,,']
    _, _, checks = make_case(tmp_path, body, rows, published="2021-05-25")
    assert only(checks, "date").verdict == verdict


def test_a_span_naming_no_year_a_few_weeks_short_is_a_fiscal_period_to_confirm(tmp_path):
    # "For the six-month period, net income fell 47.4%" in a results story of 19 May: a company's fiscal half that
    # ended in April, which the register reads as the calendar's first half
    body = "For the 6-month period, net income fell 47.4% to $194.5m."
    rows = ["C1,For the 6-month period,6,months,,1999-01/1999-06,X,net income,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="1999-05-19")
    assert only(checks, "date").verdict == "tension"


@pytest.mark.parametrize("body, verdicts", [
    # the period an actual figure is given for, named with its year, had ended: consistent
    ("Huawei's revenue grew 19.1 percent to 858.8 billion yuan in 2019.", ["consistent"]),
    ("China's exports rose 14 percent to 193 billion dollars in March 2019.", ["consistent"]),
    # a period said again is checked once: saying it again checks nothing new
    ("Huawei's revenue grew 19.1 percent to 858.8 billion yuan in 2019. Its profit rose 5.6 percent to 62.7 billion "
     "yuan in 2019.", ["consistent"]),
    # a period still to come is a forecast, an estimate or a period to date the words do not mark: left open
    ("Revenue grew 12 percent to 61 billion yuan in 2021.", ["unverifiable"]),
    # a forecast's period says nothing of the story's day
    ("Revenue is expected to reach 61 billion yuan in 2021.", []),
])
def test_the_named_period_of_an_actual_figure_had_ended(tmp_path, body, verdicts):
    article = write_article(tmp_path, "Results", body, published="2020-03-31")
    claims = draft_register(article)
    assert [c.verdict for c in run_checks(article, claims, [], article.published)
            if c.kind == "date" and any(x.unit == "period" for x in claims if x.id in c.claims)] == verdicts


@pytest.mark.parametrize("body, verdicts", [
    # a span's length against its months in brackets: seven months are not April to September
    ("During the first seven months of the financial year (April-September 2012-13) the country imported goods "
     "worth $277.14 billion.", ["inconsistent"]),
    # a quarter is three months, whatever year's quarter it is
    ("The economy grew by 6.2 percent in the second quarter of 2016 (March-June).", ["inconsistent"]),
    ("Collections in the second quarter (October-December 2024-25) rose 10 percent.", ["consistent"]),
    # months counted over the turn of the year
    ("Collections in the first eight months (Jul-Feb) of the fiscal year rose 10 percent.", ["consistent"]),
    ("Remittances in the last 12 months (July-June) rose 10 percent.", ["consistent"]),
    # a year's label with the months to date in brackets names no length to count
    ("Collections in Financial Year 2023/24 (July to September) rose 10 percent.", []),
])
def test_a_span_s_length_against_its_months_in_brackets(tmp_path, body, verdicts):
    article = write_article(tmp_path, "Results", body, published="2025-03-31")
    claims = draft_register(article)
    bracketed = {c.id for c in claims if c.metric == "months in brackets"}
    assert [c.verdict for c in run_checks(article, claims, [], article.published)
            if c.kind == "date" and set(c.claims) & bracketed] == verdicts


def test_a_register_s_span_and_its_months_in_brackets(tmp_path):
    body = "In the first nine months (April-December) sales rose."
    rows = ["C1,first nine months (April-December),first nine months (April-December),period,,,X,months in brackets,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2025-10-20")
    check = only(checks, "date")
    assert check.verdict == "consistent" and "April to December, are 9" in check.explanation
