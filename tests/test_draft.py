"""Draft mode: a register drafted from the text alone, and the checks the text alone decides."""
import csv
import re
import datetime as dt
import subprocess
import sys
from types import SimpleNamespace

import pytest

from claimcheck.article import read_article
from claimcheck.brief import key_findings
from claimcheck.checks.engine import run_checks
from claimcheck.drafting.measures import key_of, measure_of
from claimcheck.draft import _figures, draft_register, draft_rows, review_first, sentences
from claimcheck.drafting.when import period_of
from claimcheck.extract import find_mentions
from claimcheck.vocabulary import value_at
from conftest import ROOT, SEED, copy_project


def write_article(tmp_path, headline, body, published="2025-03-01"):
    path = tmp_path / "new.txt"
    path.write_text(f" date {published} https://example.com/new\n\n{headline}\n\n{body}\n", encoding="utf-8")
    return read_article(path)


def test_sentences_run_together_and_abbreviations():
    text = "It rose 5.5 percent.Since then the U.S. dollar fell. Liu said so!Next"
    assert [text[a:b] for a, b in sentences(text)] == [
        "It rose 5.5 percent.", "Since then the U.S. dollar fell.", "Liu said so!", "Next"]


def test_seed_draft_fills_what_the_sentence_makes_plain():
    rows = {r["value"]: r for r in draft_rows(read_article(ROOT / SEED))}
    assert (rows["900"]["unit"], rows["900"]["scale"], rows["900"]["kind"], rows["900"]["qualifier"],
            rows["900"]["period"]) == ("CNY", "billion", "level", "over", "2024")
    assert (rows["24"]["kind"], rows["24"]["metric"]) == ("growth", rows["900"]["metric"])
    assert (rows["140"]["kind"], rows["140"]["unit"], rows["140"]["links"]) == ("conversion", "USD", rows["1"]["id"])
    assert (rows["1.2"]["kind"], rows["1.2"]["period"]) == ("forecast", "2025")
    assert (rows["25.9"]["kind"], rows["25.9"]["trend"], rows["25.9"]["links"]) == ("share", "rising", rows["19.9"]["id"])
    assert rows["50"]["period"] == "2024Q4" and rows["10"]["period"] == "2025-01/2025-10"


def test_headline_growth_contradicting_body_levels_is_caught_without_an_analyst(tmp_path):
    article = write_article(tmp_path, "Acme Revenue Up 9.1% in 2025",
                            "Acme said revenue rose to US$14.76 billion in 2025 from US$12.53 billion a year earlier.")
    claims = draft_register(article)
    checks = run_checks(article, claims, [], article.published)
    growth = [c for c in checks if c.kind == "implied growth"]
    assert growth and growth[0].verdict == "inconsistent", [(c.kind, c.explanation) for c in checks]


def test_conversion_in_brackets_is_linked(tmp_path):
    article = write_article(tmp_path, "Deal", "The deal is worth 900 billion yuan (about 126.7 billion U.S. dollars).")
    rows = draft_rows(article)
    assert [r["kind"] for r in rows] == ["level", "conversion"] and rows[1]["links"] == rows[0]["id"]


def test_make_claims_writes_a_draft_and_never_overwrites(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "seeds" / "new.txt").write_text(" date 2025-03-01 https://example.com/n\n\nSales Up\n\nSales rose 5 percent to 2.1 billion yuan.\n")
    env = {"PYTHONPATH": str(project / "src"), "PATH": "/usr/bin:/bin"}

    def run(*a):
        return subprocess.run([sys.executable, "-m", "claimcheck", "draft", "seeds/new.txt", *a],
                              cwd=project, env=env, capture_output=True, text=True)

    first = run()
    assert first.returncode == 0, first.stderr
    register = project / "data" / "claims" / "new.csv"
    assert "2.1" in register.read_text()
    register.write_text("analyst's work")
    second = run()
    assert second.returncode == 2 and "not overwritten" in second.stderr and register.read_text() == "analyst's work"
    assert run("--force").returncode == 0 and "2.1" in register.read_text()


def test_share_of_total_links_its_two_amounts(tmp_path):
    article = write_article(tmp_path, "Exports", "Exports reached 3.2 billion dollars of 7.5 billion dollars in sales, "
                            "accounting for 52.7 percent of total.")
    claims = draft_register(article)
    checks = run_checks(article, claims, [], article.published)
    share = [c for c in checks if c.kind == "share of a total"]
    assert share and share[0].verdict == "inconsistent", [(c.kind, c.explanation) for c in checks]


# Figures draft mode must not relate: each an invented article in which no check may question anything.
UNRELATED = [
    # the ones ranked after a leader are no parts of its figure
    ("GST collections", "Maharashtra tops the list with GST collection for September 2025 recorded at ₹27,762Cr. Later, "
     "it is followed by Karnataka (₹13,495Cr), Tamil Nadu (₹11,413Cr), and Gujarat (₹10,969Cr)."),
    # "its gross earnings" after a bank's name are that bank's, not the bank's of the sentence before; a price or a
    # median adds to no total
    ("Banks' gross earnings", "In H1, GTCO’s gross earnings rose to N672.603bn from N364.306bn, representing 85 per cent "
     "increase.\nUnited Bank for Africa delivered a 164 per cent growth in its gross earnings which rose to N981.78bn "
     "as of June 2023, from N372.36bn recorded last year in June 2022."),
    ("Existing-home prices", "The national median existing-home price for March 2016 was $212,100. Existing homes were most "
     "expensive in the West region, with a median price of $322,000, followed by the Northeast ($257,300), South "
     "($197,800), and Midwest ($175,700)."),
    # a level of a conversion's currency that differs from it is another figure; "the Roads 2000 Programme" names no
    # year
    ("France gives Kenya aid", "The French government is also providing Sh15.1 billion (15 million euros) for phase "
     "two of the Roads 2000 Programme, and 19 million euros for the Ruiru II Dam."),
    # earnings excluding charges may exceed the earnings reported: no part of them
    ("Microsoft profit rises", "Excluding those charges, EPS for the year would have been $1.49, an increase of 17 per "
     "cent over the prior year when the company also adjusted for certain items and reported EPS of $1.21."),
    # a hedged count after a breakdown's exact part is said of something else ("after more than 30,000 inmates
    # tested positive"); the day's new cases are no running total
    ("Thailand reports 3,174 new Covid-19 cases", "The Centre for Covid-19 Situation Administration recorded 3,174 new "
     "Covid-19 cases today. Of the new cases reported today, 36 were found in correctional facilities, a downward trend "
     "after more than 30,000 inmates tested positive for the virus. The total number of infections now stands at "
     "199,626."),
    # multiples of one sentence, each against a thing of its own, restate none ("3 and a half times" one multiple)
    ("Treasury allocates Sh1.3tn to debt repayment", "The sum allotted is 3 and a half times greater than that which is "
     "given to the 47 county governments, 32 times greater than that which is given to Parliament, and 56 times "
     "greater than that which is given to the judiciary."),
    # two provinces' moves of one value, one a loss and one a gain, are two figures; "following three months of
    # little change" is a span of time, no count
    ("Canada adds 64K jobs", "Employment rose by 64,000 in September, following three months of little change.\n"
     "New Brunswick lost 2,700 jobs in the month of September.\nPrince Edward Island added 2,700 jobs."),
    # a rate with a to-figure of its own is that figure's move, not the pair's before it
    ("KenGen profit jumps", "KenGen said its pretax profit rose to 8.53 billion shillings from 6.19 billion shillings a "
     "year earlier, helped by a 14% increase in revenues to 53.96 billion shillings."),
    # a relative clause describes the subject ("Exports, which make up about half of the economy,"); a list's period
    # words are each figure's ("575 ... and 530 billion dollars respectively for the whole year"); the year to
    # November is no November; "exports and imports" together are their total, no side of a surplus
    ("South Korea's trade volume tops 1 trillion dollars",
     "Exports and imports topped 1 trillion dollars in the year to Nov. 28. Trade surplus was 5.61 billion dollars in "
     "November. Exports, which make up about half of the economy, reduced 1.9 percent from a year earlier to 46.99 "
     "billion dollars in November, and imports declined 4 percent to 41.38 billion dollars. Trade surplus was 41.87 "
     "billion dollars in the year to November. The ministry expected the country's exports and imports to reach 575 "
     "billion dollars and 530 billion dollars respectively for the whole year of 2014."),
    # "is up year-on-year by 9.1 billion kilowatt hours" is a change, no level a month-on-month rise moved to
    ("Strong growth in India's electricity production",
     "India's coal-derived electricity generation totaled approximately 102.5 billion kilowatt hours last month. This "
     "has marked a month-on-month increase of 8.1 billion kilowatt hours (9%) and is up year-on-year by 9.1 billion "
     "kilowatt hours (10%)."),
    # a measure whose words hold another's is no whole of it when smaller: hydro's 11.9 is no total of 70.4
    ("Power generation jumps", "Power generation in the country rose more than 8% to 70.4 billion units in June. Hydro "
     "projects generated 11.9 billion units of electricity during the same period."),
    # "from 2013 to $37.4 billion" moves from that year's figure, the period is not 2013; "$600 million less than
    # analysts had forecast" is the gap to the estimate, no move of revenue
    ("Apple revenue misses", "Apple posted a 6 percent increase in quarterly revenue yesterday. Revenue rose 6 percent "
     "from 2013 to $37.4 billion — about $600 million less than analysts had forecast."),
    # a roundup of companies, each opening its paragraph in the possessive or described: no company's figure is
    # another's part or share count
    ("Earnings roundup",
     "Apple Inc. posted a 6 percent increase in quarterly revenue. Apple earned $7.7 billion, or $1.28 per share, in "
     "the three months through June 28.\nDiscover Financial Services’ net income grew 7 percent in the second quarter. "
     "Discover’s profit rose to $630 million, or $1.35 per share.\nAkron-headquartered bank-holding company FirstMerit "
     "Corp. reported a large increase in profit in the second quarter. Profit rose to $59.5 million, or 35 cents a "
     "share, from $48.5 million, or 29 cents a share, in 2013."),
    # a move's pace ("expanded at an unexpected rate of seven percent") is April's growth, the headline's, not the
    # first four months' 6.9 percent
    ("Industrial output grows seven percent, beats expectations",
     "China's industrial output expanded at an unexpected rate of seven percent from a year earlier in April, fresh "
     "data showed Tuesday. In the first four months, industrial output rose by 6.9 percent, quickening from the "
     "6.8-percent gain in the first quarter."),
    # a subject highest within each place named: the places' figures are no rivals of one another
    ("Samsung leads", "Region-wise, Samsung's smartphone shipment was the highest in Europe (37 per cent) and Latin "
     "America (45 per cent)."),
    # the things a count counts, named again, make no kind of it: one maker's devices are no part of another's shipments
    ("Xiaomi overtook Apple", "In the third quarter, Samsung reportedly shipped about 80.4 million devices over the "
     "period. The market share of the Chinese company was 13.1% or 46.5 million shipments."),
    # each rate of its own whole, ranked: no shares of one whole to add up
    ("ICU beds",
     "He said Sabah's ICU occupancy rate was 96 per cent, followed by Kedah at 91 per cent and Perak at 87 per cent."),
    # a name the draft misses ("Toyota sold") leaves a figure with none: it is no total of the named ones beside it
    ("Car sales",
     "Car sales in the country reached 200,000 units in March. Toyota sold 70,000 units, Honda 60,000 units and Kia "
     "30,000 units in March."),
    # a whole is larger than each amount the sentence gives as a share of it: $9.3 billion is not the total
    # expenditure $22.9 billion is 26.7 per cent of
    ("Budget 2020",
     "Wages are projected at $22.9 billion in 2020 and constituted 26.7 per cent of the total expenditure, adding "
     "that goods and services are projected at $8.3 billion, which is 9.7 per cent of the total expenditure. "
     "Capital expenditure is projected at $9.3 billion in 2020."),
    # rows of a table of regions: "North East" and "South East" are other places than "East", not parts of it
    ("House prices flat",
     "Region Monthly change Average price (August 2012)\nNorth East 0.8% £100,934\nSouth East 0.4% £211,050\n"
     "East -0.3% £175,145\nEngland & Wales 0.0% £163,376\nWales -2.4% £115,887"),
    # "higher than" two falls may mean the larger fall or the smaller: no comparison to check; and an estimate no
    # noun names is of the measure set against it, not one with the surplus forecast in the next sentence
    ("Imports fall",
     "Imports fell 8.5% in May, higher than the expected 3.9% decrease. The trade surplus was $41.65 billion, above "
     "the expected $22.3 billion."),
    # two breakdowns of revenue, one inside the other (Mac within products), named alike: no parts of one total
    ("Apple results",
     "Apple reported third-quarter revenue of $94.04 billion. Product revenue rose 8 percent to $66.61 billion. Mac "
     "revenue reached $8.05 billion. Services revenue grew 13 percent to a record $27.42 billion."),
    # a trade total and its sides, then a breakdown of one kind of trade with sides of its own: each balance is
    # made of the sides told beside it ("import and export of goods trade" is trade, not exports)
    ("Trade up",
     "In the first eight months, China's total value of import and export of goods trade was 20.13 trillion yuan. "
     "Among them, exports were 10.95 trillion yuan and imports 9.18 trillion yuan.\nIn the first eight months, "
     "general trade imports and exports totaled 12.03 trillion yuan. Among them, exports amounted to 6.44 trillion "
     "yuan, imports amounted to 5.59 trillion yuan and trade surplus amounted to 849.49 billion yuan.\nIn the same "
     "period, processing trade was 5.02 trillion yuan. Among them, export was 3.18 trillion yuan and import was 1.84 "
     "trillion yuan."),
    # what a period is expected to reach and what it has reached so far are two figures, not one said twice
    ("India likely to touch new record of 9 mn tonne sugar exports, has exported 7 mn tonne so far",
     "India, the world's second-largest sugar producer after Brazil, has exported 7 million tonne of the sweetener "
     "so far in the ongoing 2021-22 marketing year, and exports from the country may touch a new record of 9 million "
     "tonne, industry body ISMA said on Thursday."),
    # an organisation the article introduces did what its own clause says: its growth is no restatement of the
    # country's fall; a rate "higher than its objective" is no growth over time
    ("In April, crude oil output fell by 1%",
     "India's crude oil production declined 1% in April. The country produced 2.47 million tonnes of crude oil in "
     "April. In April, the Oil and Natural Gas Corporation (ONGC) produced 1.65 million tonnes of crude oil, about "
     "5% higher than its objective and 0.86 percent more than the previous year's 1.63 million tonnes."),
    # a share's part is no figure of a clause after it ("while it recorded N9.65 billion in absolute terms")
    ("Lagos revenue", "Lagos generated total revenue of N141.96 billion in the first quarter of 2018. Other "
     "revenue grew sharply in the first quarter of 2018. According to him, the other revenue translated to 60 per "
     "cent of total revenue while it recorded N9.65 billion in absolute terms during the first quarter of 2018."),
    # a new subject that passed a mark of its own ("while imports topped") sets no figure against the one before
    ("Shanghai trade", "In August, exports surged 26.2 percent to 174.27 billion yuan, while imports topped 240.7 "
     "billion yuan, up 9.2 percent year on year."),
    # "Of the 1,124 students": a bracket's figures break down the figure before it, not the whole again
    ("Results out",
     "Of the 1,124 students who appeared for the examinations, 1,123 (569 boys and 554 girls) passed in 2023."),
    # a week's change and the rates against a year ago and against an average are three moves, not one; so are a
    # month's change and the rate over the past year
    ("Storage rises",
     "Natural gas in storage in the Midwest increased 30 Bcf week-on-week to 920 Bcf, a 5.2% deficit compared to the "
     "same week a year ago and 0.3% higher than the five-year average."),
    ("July jobs", "In July, average hourly wages rose 8 cents to $25.69 and are up 2.6% the past year."),
    # "COP$" is pesos: the dollars in brackets convert them, no second figure they moved to
    ("EPM profit", "Grupo EPM posted in 2022 a 26% profit gain year-on-year, hitting COP$4.1 trillion (US$881 "
     "million), according to the company."),
    # "22.7 percent of the projected annual revenues of 9.5 billion litas": the figure after the whole's name is the
    # whole, of this share and no part of the next
    ("Budget", "The central government's budget revenues for the first quarter accounted for 22.7 percent of the "
     "projected annual revenues of 9.5 billion litas, while the first-quarter national budget revenues accounted for "
     "22.6 percent of the projected annual revenues of 11.09 billion litas."),
    # "or 41.5 percent of the state budget" is a figure's share of its own allocation: two such shares imply no one
    # whole
    ("Budget surplus", "The state expenditure comprised the expenditure of ministries /government institutions (K/L), "
     "which reached Rp392.8 trillion or 41.5 percent of the state budget, and the expenditure of non-ministerial "
     "/government institutions (non K/L), which reached Rp483.7 trillion or 35.7 percent of the state budget."),
    # "fell 4.5% from August to 317,000" is September's fall from August, not the fall from a year ago
    ("Starts", "Single-family housing starts rose for the second month in a row in September. Multifamily residential "
     "starts fell 4.5% from August to 317,000, which is 15.7% below the year-ago level of 376,000."),
    # "the previous record of 138.2 million set in 2018" is what last year's rise is measured from ("set" a participle,
    # no thing counted)
    ("Airports", "The number of passengers served last year at the airports represents a 1.6% increase from the "
     "previous record of 138.2 million set in 2018, officials said."),
    # what is said of the things counted tells which count it is: victims of assault are no attempted murders
    ("Crime up",
     "In 2022, 315 children were murdered. Attempted murders of children went up from 283 to 294 in 2022, while "
     "1,895 children were the victims of assault in July 2022."),
    # a share said in the lede is of no part a later paragraph gives for a group of its own ("aged 30-64"), and "fell
    # ..., by 9,400 and 4,200 respectively" are two moves, no levels
    ("Jobless figures",
     "There were 98,200 people unemployed in January 2024. Unemployment fell for both men and women over the year, by "
     "9,400 and 4,200 respectively. Women accounted for 47% of the unemployed in January 2024.\n"
     "Among people aged 30-64, unemployment rose for women by 2.1% to 31,300."),
    # rates after what caused a move ("due to the rise in voice (13.11 per cent)") are the causes' own, not the pair's
    ("Telecom results", "Total revenue increased by 24 per cent from N640bn in H1 2020 to N793.6bn in H1 2021 due to the "
     "rise in voice (13.11 per cent), data (48.29 per cent) and fintech (48.21 per cent) revenues."),
    # a lede's rate "nearly 11 percent" passes its mark by a tenth at most: the body's "rape (7.5 percent)" is another
    ("Murders up in 2024", "Violent crime increased last year, including by nearly 11 percent for murders, the FBI "
     "reported.\nThe FBI estimates there were 15,696 murders.\nRegarding violent crime, murders comprised 1.3 percent "
     "compared to aggravated assault (63.8 percent), robbery (27.3 percent) and rape (7.5 percent)."),
    # "a year-on-year rise of 1%, compared to 8.3% in August" compares two rises, which slowed: no share that "rose"
    ("Inflation eases", "The easing of inflation in September reflected a much more moderate rise in energy prices, "
     "with a year-on-year rise of 1%, compared to 8.3% in August."),
    # two moves of one rate to levels far apart are two figures that grew alike, no move told twice
    ("Sales of passenger vehicles in the U.S. jumped 16% to 1.44 million in September", "Sales of Asian brands rose "
     "17% to 650,000 vehicles, led by Toyota (+16% to 194,400 units) and Nissan (+18% to 121,800)."),
    # "522,588 (59.14 per cent) compared with 442,251 (53.29 per cent)": each count's share in brackets, no rates
    ("Exam results", "The number of candidates with mean grade D+ and above in the 2022 examination stood at 522,588 "
     "(59.14 per cent) compared with 442,251 (53.29 per cent) in 2021."),
    # "on revenue of £65.1 million, up from £63.4 million": revenue's own pair, no figure the profit rose from
    ("Estate agent lifts dividend", "For six months to June 30, pretax profit rises to £4.3 million from £3.6 million "
     "last year on revenue of £65.1 million, up from £63.4 million."),
    # "a fall of more than 49 000 tonnes on the year prior" is how far the exports fell, not last year's exports
    ("Dairy exports", "A total of 626 209 tonnes of dairy produce was exported between July and April, a fall of more "
     "than 49 000 tonnes on the year prior."),
]


@pytest.mark.parametrize("published, headline, body", [
    # a headline's dividend "by 20 Yen" and a profit of "24.0 billion yen" are a billionfold apart: no one figure; and
    # "2.4 times that of the same period last year" is no multiple of the forecast the profit beat
    ("2025-10-28", "KINDEN, Ordinary Profit Forecast for the Fiscal Year Revised Upward by 24%, Dividend Revised "
                   "Upward by 20 Yen",
     "The consolidated ordinary profit for the cumulative second quarter of the fiscal year ending March 2026 (April "
     "to September) surged 2.4 times that of the same period last year, reaching 34.0 billion yen, exceeded the "
     "previous forecast of 24.0 billion yen."),
    # imports and exports whose levels fall far short of the whole's leave a part out (empty boxes): their weighted
    # rate is no whole's
    ("2023-06-14", "Port of Long Beach container volumes down 14.9% in May 2023",
     "The Port of Long Beach in May moved 758,225 twenty-foot equivalent units (TEUs) last month, down 14.9% from May "
     "2022. Imports decreased 17.2% to 361,661 TEUs and exports increased 8.1% to 127,870 TEUs. Empty containers "
     "moved through the Port declined 20% to 268,695 TEUs. Although trade declined 14.9% for May year-over-year, cargo "
     "moved through the Port was down 20.1% year-over-year in April."),
    # a month's rise and the rise of the twelve months to it ("revenue from coffee exports in the 12 months ending
    # in September": where the money came from, no comparison) are two rates
    ("2025-10-30", "Uganda's coffee exports rise 59% in September",
     "Uganda's agriculture ministry reported on Wednesday that the country's September coffee exports increased 59% "
     "year over year. The ministry reports that Uganda's revenue from coffee exports in the 12 months ending in "
     "September was $2.2 billion, a 57% increase over the same period last year."),
    # "largely because of a $NZ2.7m increase in the value of its investment properties": what drove the profit's move,
    # no change between its two figures
    ("2015-11-24", "NPT profit", "Net profit advanced to $NZ5.1m, or 3.13 NZ cents per share, from $NZ2.6m, or 1.59 NZ "
     "cents, a year earlier, largely because of a $NZ2.7m increase in the value of its investment properties."),
    # "a 6 per cent increase on this year's total": the year a forecast is measured against, not its own
    ("2015-07-23", "Pupil projections", "The pressure on primary class sizes will begin to ease up. By 2019 the primary "
     "school population is estimated to reach 4,658,000, a 6 per cent increase on this year's total. But after this "
     "point the growth rate should slow down."),
    # "nine million viewers (9,015,000 vs. 6,417,000)": one figure told twice, rounded and in full, and the year
    # before's; no two parts of a total
    ("2018-05-30", "NBA ratings", "The NBA Conference Finals was the most-watched in six years with combined viewership "
     "up 40 percent vs. last year, averaging nine million viewers (9,015,000 vs. 6,417,000), according to Nielsen."),
    # "averaged 19.3 million with a peak of 22.3 million and an 82% share": an audience share, of no peak
    ("2022-12-19", "World Cup ratings", "When France won the World Cup final in 2018 versus Croatia, \"the triumph "
     "averaged 19.3 million with a peak of 22.3 million and an 82% share.\""),
    # "dropped by 4.5% over the year": a move over time, no gap between the revised and the earlier estimate
    ("2017-06-02", "Farm income revised", "Defra has revised its figures for total income from farming in 2016.\n\nThe "
     "revision also reduces the cost of all farm inputs used to £14.95bn, down from the earlier estimate of £15bn, "
     "meaning the total inputs bill dropped by 4.5% over the year, not the 4.2% originally cited."),
    # "pumping out 32,000 new jobs": the month's gain, which the headline restates, not the year's 296,000
    ("2018-04-06", "Canada adds 32,000 jobs in March", "The Canadian economy surprised economists by pumping out 32,000 "
     "new jobs in March, keeping the unemployment rate unchanged at 5.8 per cent.\n\nCompared to March 2017, total "
     "employment rose by 296,000."),
    # "accepted GH¢10.05 billion of these bids": a part of the bids' GH¢10.09 billion its noun names, not of the target
    ("2026-01-19", "T-bill auction", "The government recorded a 40% oversubscription, receiving bids totaling GH¢10.09 "
     "billion, as against its GH¢7.149 billion original target, but accepted GH¢10.05 billion of these bids."),
    # "up from £85.90 in February and £4.08 or 5% more than 12 months ago": a move a year back, not from February
    ("2018-04-25", "Grocery basket", "The price of 35 popular items increased to £86.77 in March, up from £85.90 in "
     "February and £4.08 or 5% more than 12 months ago."),
    # "today's earnings release, which covers the first quarter": the release's day, no period of the figures
    ("2023-04-25", "Spotify results", "The audio streaming service hit the milestone during a quarter of streamlining "
     "and cost cutting.\n\nSpotify posted a net loss of €225 million (around $248 million) as part of today’s earnings "
     "release, which covers the first quarter of 2023. That compares to a net income of €131 million (around $145 "
     "million) in the same period a year earlier."),
    # "more than offset" is a verb: the net gain is set against no loss, and the gain moved to no figure
    ("2017-10-06", "Canada adds jobs", "The province actually had a net gain of 2,300 jobs, as an increase of 4,800 "
     "full-time positions more than offset a loss of 2,500 part-time jobs, but the labour force grew by 3,400."),
    # "7-nanometer" and "10-nanometer" name chip processes: no share "7 of 10" against the 21 percent
    ("2019-07-18", "TSMC Q2", "In the second quarter, shipments of 7-nanometer accounted for 21 percent of total wafer "
     "revenue and 10-nanometer process technology contributed 3 percent, while 16-nanometer accounted for 23 percent."),
    # "compared to the 1,579 of other telcos": another's figure of the same half, no figure before the 1,761
    ("2021-08-10", "Globe posts 1,761 petabytes of mobile data traffic",
     "Globe posted mobile data traffic of 1,761 petabytes in the first half of 2021, a 59% increase versus the same "
     "period last year. Standing at 1,761 petabytes compared to the 1,579 of other telcos, a number that indicates "
     "that customers prefer the Globe network."),
    # a quarter's figure that "more than doubled to" it is no multiple of the month's estimate it beat
    ("2021-10-29", "AbbVie raises profit view",
     "Sales from Rinvoq more than doubled to $453 million in the quarter ended Sept. 30, beating the average analyst "
     "estimate of $436.8 million, according to Refinitiv IBES estimates."),
    # "12 million and 191 thousand heads" is one number, its fall from 44 million 20 thousand a 27.7 per cent one
    ("2010-12-24", "Mongolia's livestock census",
     "It says Mongolia has 31 million 828 thousand and 900 heads of livestock by the end of 2010, with a decrease of "
     "12 million and 191 thousand heads, or 27.7 per cent against 2009."),
])
def test_figures_of_an_article_of_its_day_must_not_relate(tmp_path, published, headline, body):
    assert not _raised(write_article(tmp_path, headline, body, published))


def _raised(article) -> list[tuple[str, str]]:
    """The checks of an article's draft that raise a flag (inconsistent or tension): kind and explanation."""
    return [(c.kind, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
            if c.verdict in ("inconsistent", "tension")]


def test_a_number_the_words_call_a_percentage_is_one(tmp_path):
    article = write_article(tmp_path, "Results out", "1,123 students passed, registering a pass percentage of 99.9 "
                                                     "(97.51 nationally).")
    assert [(c.value, c.unit) for c in draft_register(article) if c.value == "99.9"] == [("99.9", "percent")]


@pytest.mark.parametrize("headline, body", UNRELATED)
def test_figures_draft_mode_must_not_relate(tmp_path, headline, body):
    assert not _raised(write_article(tmp_path, headline, body))


# A draft never fails on its own rows -------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

CORPUS_TEXTS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
NEWS_WORDS = st.sampled_from([
    "rose", "fell", "to", "from", "percent", "per cent", "billion", "crore", "lakh", "Rs", "$", "yuan", "RM", "W",
    "in", "the", "first", "quarter", "Q3", "FY20", "2019-20", "last year", "Monday", "October", "respectively",
    "of which", "accounting for", "times", "doubled", "half", "a third", "GW", "bpd", "mbpd", "up", "down", ",", ".",
    "followed by", "beat", "estimates", "against", "compared with", "a year ago", "sequentially", "(", ")", "-",
    "1.5", "20", "1,200", "0", "12.5", "3,04,000", "100,000", "0.9", "Rs.", "US$", "¥", "€", "£", "₹", "tr", "bn"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(NEWS_WORDS, min_size=1, max_size=60), st.integers(0, len(CORPUS_TEXTS) - 1), st.integers(0, 2000))
def test_any_article_drafts_a_register_that_validates(tmp_path, words, which, cut):
    """Random news-like text, and corpus articles with a passage spliced in: the draft always loads."""
    real = CORPUS_TEXTS[which].read_text(encoding="utf-8").split("\n", 1)[1]
    body = (real[:cut] + " " + " ".join(words) + " " + real[cut:]).strip() or "x"
    article = write_article(tmp_path, "Output rose 5 percent", body)
    claims = draft_register(article)
    run_checks(article, claims, [], article.published)


def test_a_share_as_fine_as_its_own_rounding_drafts(tmp_path):
    # "0.1 percent" is 0.05-0.15 %: no whole can be looked up for it (it once divided by zero)
    article = write_article(tmp_path, "Home sales", "The median sales price for June was $276,000. Three metro areas "
                            "increased by double-digit percentages–Boise, Idaho (10.7 percent); and Philadelphia (10 "
                            "percent)–while San Francisco and Hartford were only markets with a decline at two percent "
                            "and 0.1 percent, respectively.", published="2019-07-18")
    run_checks(article, draft_register(article), [], article.published)


# Families of phrasings draft mode relates: each case an invented article, its check and verdict.
PHRASINGS = [
    # a breakdown given as levels in one sentence and as shares "to" the total in another
    ("Economy grows",
     "GDP stood at 50.0 trillion yuan in 2024. Services, industry and farming generated 27.0 trillion yuan, "
     "18.0 trillion yuan and 5.0 trillion yuan respectively. Services contributed 54.0 percent to GDP, while "
     "industry and farming contributed {share} percent and 10.0 percent respectively.",
     {"36.0": "consistent", "46.0": "inconsistent"}, "shares of one total"),
    # a surplus's rate against the surplus its exports and imports imply a year before ("which" clause)
    ("Trade surplus moves",
     "Exports rose 10.0 percent to 110.0 billion dollars in 2024, while imports grew 5.0 percent to 84.0 billion "
     "dollars, resulting in a trade surplus of 26.0 billion dollars, which {move} by 30.0 percent.",
     {"widened": "consistent", "narrowed": "inconsistent"}, "growth of a difference"),
    # a total and what it includes ("with N as ..."): the parts must fit within it
    ("Doses given",
     "A total of 129,387 doses were dispensed yesterday, with {share} as the first dose, 4970 as second dose and "
     "120,390 as booster dose.",
     {"4027": "consistent", "14027": "inconsistent"}, "parts of a total"),
    # "X, which is N per cent more" than the estimate it is set against
    ("Deficit overshoots",
     "Against the estimated deficit of Rs 378348 crore for 2014-15, the deficit was Rs 411074 crore, which is "
     "{share} per cent more.", {"8.6": "consistent", "108.6": "inconsistent"}, "relative difference"),
    # a record of a span of years against the measure's figures of those years, elided names included
    ("Cases at a high",
     "The city registered 4,431 dengue cases in 2020, 4,726 cases in 2021, 2,798 cases in 2022 and {share} cases "
     "in 2023. Last year, 9,613 dengue cases were recorded, which was the highest number in the last five years.",
     {"2,036": "consistent", "12,036": "inconsistent"}, "largest"),
    # a from-figure that leaves out its unit and scale ("to 1.155 million barrels a day from 1,175")
    ("Output falls",
     "Angola's output fell {share} bpd to 1.155 million barrels a day in August from 1,175 in July.",
     {"20,000": "consistent", "60,000": "inconsistent"}, "change"),
    # an actual against the forecast of its measure in another sentence, when the article says once it beat
    # (a link drafted across sentences: a contradiction is a tension until an analyst confirms it)
    ("Shares jump after a positive revenue surprise",
     "Sales rose 12% to $819 million in the third quarter of 2018. Analysts would have settled for sales in the "
     "neighborhood of ${share} million.", {"791": "consistent", "829": "tension"}, "comparison"),
    # the from-figure named again ("from its net income of"), its period "the same period a year earlier"
    ("Acme results",
     "Acme's net income rose {share}% to $5.24 billion in the second quarter of 2020 from its net income of "
     "$2.63 billion in the same period a year earlier.",
     {"99.2": "consistent", "50": "inconsistent"}, "implied growth"),
    # a month's move from one level to the next, its rate told in the sentence after ("This reflects ...")
    ("Subscriptions rise",
     "Glo's voice subscriptions increased from 732,483 as at the end of June 2017 to 809,269 at the end of July 2017. "
     "This reflects a percentage increase of {share}% for the month.",
     {"10.48": "consistent", "12.48": "tension"}, "implied growth"),
    # "from $183.9 million last year" after a quarter's figure: the same quarter last year
    ("Acme results",
     "Acme's revenue rose {share} percent to $314.2 million in the second quarter of 2010 from $183.9 million "
     "last year.", {"70.9": "consistent", "14": "inconsistent"}, "implied growth"),
    # a move against the earlier estimate of the same year, said after the year-on-year move: a revision, which
    # neither the headline's yearly move restates nor the previous year's level measures
    ("Govt sees 3% decline in rice output in 2024",
     "Rice output is estimated to drop by about 3 per cent to 97.00 million tonnes in 2024 from the previous year, "
     "the ministry said. The production is, however, lower by {share} per cent from the earlier estimate of 102.00 "
     "million tonnes projected for 2024, the data showed.", {"4.9": "consistent", "3.9": "tension"}, "implied growth"),
    # an actual against the estimate its noun names ("the 7.6% median expectation"), after a record's "since ...,
    # in February 2020" (the period compared with, not the one the article goes on speaking of)
    ("Inflation cools to 7.5%",
     "Annual consumer price inflation cooled to 7.5% in September 2022 from 7.6% in August. Rents showed an annual "
     "increase of 2.8%, the highest reading since before the pandemic, in February 2020. The annual consumer "
     "inflation number of 7.5% is lower than the {share}% median expectation of the economists Bloomberg surveyed.",
     {"7.6": "consistent", "7.4": "inconsistent"}, "comparison"),
    # a day's move given as an amount and, after "or", as a rate
    ("Acme shares jump",
     "In midday trading on Tuesday, shares of Acme added $2.45, or {share} percent, to $28.01.",
     {"9.6": "consistent", "19.6": "inconsistent"}, "change"),
    # two segments of one partition named by who collected ("central", "local governments"), summing to the whole
    ("Fiscal revenue up",
     "The country's fiscal revenue amounted to 9.97 trillion yuan in the January-May period. The central government "
     "collected {share} trillion yuan in fiscal revenue, while local governments collected 5.38 trillion yuan.",
     {"4.59": "consistent", "4.99": "inconsistent"}, "sum of parts"),
    # urban and rural segments of the largest whole of their words, not of every total holding them
    ("Retail sales fall",
     "In Q1 2020, the total retail sales of consumer goods reached 7,858.0 billion yuan. The retail sales in urban "
     "areas in Q1 2020 reached {share} billion yuan; and the retail sales in rural areas stood at 1,072.5 billion "
     "yuan. The income of catering was 602.6 billion yuan, down by 44.3%; and the retail sales of goods were 7,255.3 "
     "billion yuan, down by 15.8%.", {"6,785.5": "consistent", "6,985.5": "inconsistent"}, "sum of parts"),
    # "a drop from 1,998 GWh last year" in a story of one month: that month last year; "Coal (local)" and "coal
    # (imported)" two measures
    ("Power generation up",
     "Power generation rose 2% to 13,744 GWh in June 2025. Coal (local) generation increased by 1% YoY, reaching 1,510 GWh, while coal (imported) "
     "rose by 19% YoY to 1,397 GWh. However, nuclear generation faced a sharp decline, falling by {share}% YoY to "
     "1,383 GWh, a drop from 1,998 GWh last year.", {"31": "consistent", "21": "inconsistent"}, "implied growth"),
    # the comparison said before both figures: "outpaced ..., whereas the latter grew"
    ("Rural sales lead",
     "Retail sales growth in rural areas slightly outpaced urban centers in October 2021 with it growing {share} "
     "percent year on year, whereas the latter grew 4.8 percent.",
     {"5.6": "consistent", "4.1": "inconsistent"}, "comparison"),
    # a list of moves, each "falling N, or P percent, to L": every move ends at its own item's level, and a rate
    # after "or" went the way of the amount before it ("losing 2 yen, or nearly 0.5 percent" is a fall)
    ("Bank shares fall",
     "Bank shares were among the top losers, with Beta Financial Group falling 5 yen, or nearly {share} percent, to "
     "176 yen, and Acme Bank losing 2 yen, or nearly 0.5 percent, to 421 yen.",
     {"3": "consistent", "13": "inconsistent"}, "change"),
    # a list of "Item: N%" lines under a heading naming the whole, each item's level given in another list
    ("Power generation rises",
     "Power generation rose 2% to 1,000 GWh in May 2024.\n"
     "A detailed breakdown of the power generation sources for May 2024 reveals the following:\n"
     "– Hydel power generation increased by 5% to 400 GWh.\n– Wind power generation decreased by 3% to 100 GWh.\n"
     "The share of power generation sources in May 2024 was:\n– Hydel: {share}%\n– Wind: 10.0%",
     {"40.0": "consistent", "45.0": "tension"}, "share of a total"),
    # capacity "installed" in a year is the installations the lede counts, whatever word names it; a dateline
    # in title case ("New Delhi:") is no part of the measure
    ("Installations grow",
     "New Delhi: Rooftop solar installations in the country grew by {share} per cent to 872 megawatt (MW) during "
     "January-June 2023, the research firm said. In the first half of 2022, 845 MW of rooftop solar capacities were "
     "installed in India.",
     {"3.2": "consistent", "5.2": "inconsistent"}, "implied growth"),
    # a figure to date "of the Budget estimate": the plan for the whole fiscal year it falls in
    ("Spending on track",
     "The total non-Plan expenditure estimate for 2014-15 was Rs. 1219892 crore. Till the end of November 2014, the actual "
     "amount spent as non-Plan expenditure is Rs. 780532 crore, which is {share} per cent of the Budget estimate.",
     {"64": "consistent", "74": "tension"}, "share of a total"),
    # a change and its from-figure ("over last year's") in the clause after the to-figure's
    ("Health gets more",
     "The allocation for health was raised to Rs 90,000 crore, an increase of Rs {share} crore over last year's "
     "Rs 80,000 crore.",
     {"10,000": "consistent", "12,000": "tension"}, "change"),
    # "a margin of" right after an amount is that amount's share of the period's revenue
    ("Margins hold",
     "Net sales rose 12 percent to Rs 4,500 crore. EBITDA was Rs 900 crore, a margin of {share} percent, compared "
     "with 18 percent a year ago.",
     {"20": "consistent", "25": "inconsistent"}, "share of a total"),
    # a growth rate "faster than" another is above it
    ("Growth quickens",
     "India's GDP grew {share} percent in 2023-24, faster than the 7 percent in 2022-23.",
     {"8.2": "consistent", "6.2": "inconsistent"}, "comparison"),
    # "on revenue of $X, up 8 percent": the move said right after an amount is its; "a net margin" is of net profit,
    # and "on revenue of" names the next figure, not the one before
    ("Profit climbs",
     "Net profit rose 20 percent to $1.2 billion on revenue of $15 billion, up 8 percent, for a net margin of "
     "{share} percent.",
     {"8": "consistent", "12": "inconsistent"}, "share of a total"),
    # a count "or" its share of a whole the article does not print, twice: the wholes they imply must meet
    ("Turnout counted",
     "Smith won 1,204,331 votes or 52.4 percent of the votes cast, while Jones took 48.1 percent of the votes cast "
     "or {share} votes.",
     {"1,105,505": "consistent", "905,505": "inconsistent"}, "shares of one whole"),
    # "followed by A at x with n beds, and B at y": each name of the list ranks below the one before
    ("Wards full",
     "Sabah had 145 beds or 126 per cent in use, followed by Kedah at 121 per cent with 104 beds, and Perak at "
     "{share} per cent with 90 beds.",
     {"107": "consistent", "124": "inconsistent"}, "comparison"),
    # "increased by 370 to 1,500,416, or 97.5 percent of total infections": a level restated as its share of a
    # whole, not the move's rate
    ("Recoveries rise",
     "Confirmed cases climbed to 1,538,622. Recoveries increased by 370 to 1,500,416, or {share} percent of total "
     "infections.", {"97.5": "consistent", "95.5": "inconsistent"}, "share of a total"),
    # a sub-measure named by a long subject ("the online retail sales of physical goods") is part of the measure
    ("Online sales grow",
     "In the first ten months, the total online retail sales was 10,376.5 billion renminbi. Specifically, the online "
     "retail sales of physical goods were {share} billion renminbi.",
     {"8,497.9": "consistent", "11,497.9": "inconsistent"}, "part of whole"),
    # "dropped to" with no rate claims a fall from the figure of the year before
    ("Cases fall",
     "The city registered 4,431 dengue cases in 2016, 4,726 cases in 2017, while in 2018 the cases sharply dropped "
     "to {share} cases.",
     {"2,798": "consistent", "5,798": "inconsistent"}, "implied growth"),
    # a figure revised up or down: the revision must go that way ("later revised to" alone claims no direction)
    ("Budget revised",
     "The allocation initially stood at Rs1.590tr but was later revised upward to Rs{share}tr.",
     {"1.62": "consistent", "1.52": "inconsistent"}, "revision"),
    # the second share says no whole and takes the one named before it in its sentence
    ("Teens vaccinated",
     "Some 89.8 per cent of the adolescent population or 2,826,872 individuals have had one dose, while "
     "{share} per cent or 2,726,239 individuals in the group are fully vaccinated.",
     {"86.6": "consistent", "89.8": "inconsistent"}, "shares of one whole"),
    # two segments of a partition add up to their whole, the figures compared with too ("against Rs. 3.059 trillion
    # in 2021-22"); across sentences, a tension to confirm
    ("Debt servicing",
     "Pakistan unveiled its budget.\n\nDebt servicing will cost Rs. 3.950 trillion in 2022-23 against Rs. 3.059 "
     "trillion in 2021-22. On foreign debt servicing, it will spend Rs. 510.972 billion against Rs. 302.506 billion "
     "in 2021-22. On domestic debt servicing, it will spend Rs. {share} trillion in 2022-23 against Rs. 2.757 "
     "trillion in 2021-22.",
     {"3.439": "consistent", "3.639": "tension"}, "sum of parts"),
    # "the figure in urban areas" is of the measure spoken of whole, not of the one "excluding automobiles" between;
    # "and in rural areas" names only the other segment of that measure
    ("Retail sales",
     "China released its figures.\n\nRetail sales rose 33.8% to 6.97 trillion yuan in January-February. Retail "
     "sales excluding automobiles were 6.3 trillion yuan. In particular, the figure in urban areas increased by 34.9% "
     "to 6.06 trillion yuan, and in rural areas – by 26.7% to {share} billion yuan.",
     {"918.5": "consistent", "1,918.5": "tension"}, "sum of parts"),
    # energy restated in brackets as average power: the energy over the period's hours; the period after the
    # bracket is the energy's too
    ("Power generation",
     "Power generation rose 2.7% in May 2024 to 12,617 GWh ({share} MW) compared to 12,284 GWh (16,510 MW) in "
     "May 2023.",
     {"16,958": "consistent", "19,958": "inconsistent"}, "per unit"),
    # "the corresponding margin" is the measure before's share of revenue, the margin moved from too; the period
    # after a bracketed conversion is the amount's ("INR21.587bn (US$247m) in the third quarter of FY24-25")
    ("Cement maker",
     "Birla Corp posted its results.\n\nBirla Corp reported a 4.3 per cent decline in consolidated revenue from "
     "operations to INR21.587bn (US$247m) in the third quarter of FY24-25 from INR22.567bn in the 3QFY23-24. EBITDA "
     "was up 18 per cent YoY to INR2.925bn in the 3Q FY24-25 from INR2.477bn in the equivalent period of the previous "
     "financial year. The corresponding margin expanded from {share} per cent to 13.5 per cent over the same period.",
     {"11": "consistent", "12.5": "tension"}, "share of a total"),
    # "of the total foreign trade volume" names the article's main total ("goods trade") in other words
    ("Trade grows",
     "China's goods trade rose 8.9 percent year-on-year to 9.11 trillion yuan in the first four months of 2024.\n\n"
     "In the first four months, exports and imports under the general trade category surged 12.8 percent to 5.34 "
     "trillion yuan, accounting for {share} percent of the total foreign trade volume.",
     {"58.6": "consistent", "68.6": "tension"}, "share of a total"),
    # a quarter's figure is part of the nine months' of its measure, named once spelled out with its acronym
    ("Pharma results",
     "Ajanta Pharma posted results.\n\nIn the quarter ended December 2019, earnings before interest, tax, "
     "depreciation, and amortisation (EBITDA) grew 73 per cent to Rs 186 crore. For the nine months ended December "
     "2019, EBITDA stood at Rs {share} crore against Rs 431 crore.",
     {"540": "consistent", "140": "tension"}, "part of whole"),
    # "from $5.22" after "per-share earnings" is an amount per share, though the sentence prints no "per share"
    ("Amazon earnings",
     "Amazon reported its results.\n\nThe company posted diluted earnings per share of $10.30 in the second quarter "
     "of 2020. Diluted per-share earnings are up {share}% from $5.22 during the same period last year.",
     {"97.3": "consistent", "87.3": "tension"}, "implied growth"),
    # "down from A in the second quarter and B in the first": the rate is set against both
    ("Growth slows",
     "China's economy grew 4.9 percent.\n\nGrowth was slowing in the third quarter of 2021 to 4.9 percent year over "
     "year, down from the 7.9 percent in the second quarter and {share} percent in the first.",
     {"18.3": "consistent", "3.3": "inconsistent"}, "trend"),
    # "profit" of the year-ago period, in the next sentence, is the net profit of the sentence before a year earlier
    ("Profit jumps",
     "Ajanta Pharma posted results.\n\nThe company reported a {share} per cent year-on-year jump in its net profit at "
     "Rs 108 crore for the quarter ended December 2019. It had posted profit of Rs 67 crore in the year-ago period.",
     {"61": "consistent", "71": "tension"}, "implied growth"),
    # a rate against a period with no level of its own, the rest of a longer period the article gives (H1 less Q2)
    ("Rooftop solar",
     "Rooftop solar installations grew by 3.2 per cent to 872 megawatt (MW) during January-June period of 2023.\n\n"
     "In the second quarter of 2023, 387 megawatts (MW) of rooftop solar capacity was added, which is 20 per cent {move} "
     "compared to January-March 2023.",
     {"lower": "consistent", "higher": "inconsistent"}, "implied growth"),
    # "more than the budget estimate" the sentence before gave; "Rs. 292484" printed without the crore every other
    # rupee amount carries; "280.8 per cent more" for a ratio of 280.8 per cent (an inferred link: a tension)
    ("Primary deficit",
     "India released its accounts.\n\nThe estimated primary deficit as per budget estimates for 2014-15 was Rs. "
     "104166 crore. Against this the actual primary deficit upto November 2014 has been Rs. 292484, which is "
     "{share} per cent more than the actual budget estimate. Receipts were Rs. 531177 crore.",
     {"180.8": "consistent", "280.8": "tension"}, "relative difference"),
    # a measure "excluding" a part is no more than the measure it is taken from, named whatever the place
    ("Retail sales",
     "In January-February 2021, consumer goods retail in China rose 33.8% year on year to 6.97 trillion yuan.\n\n"
     "Retail sales of consumer goods excluding automobiles in January-February 2021 increased 30.4% year on year "
     "to {share} trillion yuan.",
     {"6.3": "consistent", "7.3": "inconsistent"}, "part of whole"),
    # "Kweichow Moutai's net profit" is the article's net profit, its subject's name of two words aside
    ("Moutai profit",
     "Kweichow Moutai reported results.\n\nKweichow Moutai’s net profit surged 19.1 percent in the nine months ended "
     "Sept. 30, 2022 from the same period last year to CNY44.4 billion. In the third quarter of 2022, Kweichow "
     "Moutai logged a 15.8 percent leap in net profit to CNY{share} billion.",
     {"14.6": "consistent", "54.6": "tension"}, "part of whole"),
    # a record said in a sentence of its own, of the monthly figure before it, against that month of other years
    ("Dengue cases",
     "Delhi reported dengue figures.\n\nIn June 2022, the National Capital reported 32 cases of dengue. Curiously, "
     "the monthly dengue cases have been the highest ever recorded since 2017. The dengue cases in the month of "
     "June were 20 in 2020, 26 in 2019, {share} in 2018 and 30 in 2017.",
     {"23": "consistent", "33": "tension"}, "largest"),
    # a forecast raised or cut "to X from Y": Y is the earlier estimate of the same period, and the verb says which way
    ("Outlook raised",
     "The company raised its full-year revenue forecast to $1.14 billion from ${share} billion.",
     {"1.12": "consistent", "1.16": "inconsistent"}, "revision"),
    # a count "of these" is a part of the count before it
    ("Jobs created",
     "Amazon reported its results.\n\nWe've created over 175,000 new jobs since March and are in the process of "
     "bringing {share} of these employees into regular, full-time positions.",
     {"125,000": "consistent", "225,000": "inconsistent"}, "part of whole"),
    # "zoomed" is a rise, its percentage a growth rate
    ("Revenue zooms",
     "The revenue zoomed {share}% to Rs. 87621.80 millions for the quarter ended September 2021 as compared to Rs. "
     "71558.60 millions during the corresponding quarter last year.",
     {"22.45": "consistent", "32.45": "inconsistent"}, "implied growth"),
    # shares of distinct parts of one whole, side by side, add up to at most all of it: an elliptical list ...
    ("Rooftop solar grows",
     "The capacity additions by residential consumers accounted for 54 per cent, industrial consumers 25 per cent, "
     "and commercial consumers {share} per cent.",
     {"21": "consistent", "41": "inconsistent"}, "shares of one total"),
    # ... a clause of its own with a share verb ("made up" is no rise) ...
    ("Coal still dominates",
     "Coal accounted for 63 % of all power generation in 2020, while natural gas accounted for only 3 % and all "
     "other sources made up {share} %.",
     {"34": "consistent", "44": "inconsistent"}, "shares of one total"),
    # a new estimate against "its previous forecast", the way the lede says the guidance moved (a link to confirm)
    ("Acme raises outlook",
     "Acme raised its full-year guidance on Tuesday. Acme now expects 2025 revenue of between $438 million and $440 "
     "million, compared to its previous forecast of ${share} million.",
     {"423": "consistent", "450": "tension"}, "revision"),
    # after a range, "from X to Y" is the range it replaced, not a move from X to Y
    ("Acme raises forecast",
     "Acme raised its full-year revenue forecast to between $1.25 billion and $1.30 billion from {share} billion to "
     "$1.34 billion.",
     {"$1.20": "consistent", "$1.31": "inconsistent"}, "revision"),
    # estimates of two measures "respectively" are no range: each is set against its actual, the way the sentence
    # says results went ("was only expecting")
    ("Acme beats",
     "Acme's third-quarter revenue was $116 million, and its adjusted earnings were $0.02 per share. Wall Street was "
     "only expecting revenue and earnings of ${share} million and $0.01 per share, respectively.",
     {"107.3": "consistent", "120.5": "tension"}, "comparison"),
    # "The results topped estimates ... of 94 cents": of the reported and the adjusted figure of a quarter, the
    # adjusted is the one analysts forecast ("results" names no measure)
    ("Retailer beats",
     "Quarterly net income rose to $412 million, or 88 cents a share, in the fourth quarter of 2023. Excluding "
     "restructuring costs, adjusted earnings were 97 cents per share. The results beat the average estimate of "
     "analysts, who had forecast earnings of {share} cents per share.",
     {"94": "consistent", "99": "tension"}, "comparison"),
    # a listed breakdown that leaves a rest out: its parts a year before, each level over its rate, still fit in
    # the whole's year-before level (75,262 + 44,811 + 8,813 after a 20 % fall, above the 116,942 of a year before)
    ("Car sales rise 3.0% in May",
     "Car sales in the country rose 3.0 percent year-on-year to 120,450 units in May 2024.\n"
     "A breakdown of car sales by brand for May 2024 shows:\n"
     "– Alpha sales {share} by 20.0% to 60,210 units.\n– Beta sales decreased by 10.0% to 40,330 units.\n"
     "– Gamma sales rose by 12.0% to 9,870 units.",
     {"increased": "consistent", "decreased": "inconsistent"}, "aggregate growth"),
    # kinds of a total ("Emergency admissions", "planned admissions" beside "Total admissions at the hospital"),
    # which add up to no more than it, are its parts: a year before, 3,150 + 1,706 / 1.021 = 4,820 of them
    ("Hospital admissions up",
     "Total admissions at the hospital rose to 5,124 in 2024 from {share} in 2023, the trust said in its annual "
     "report. Emergency admissions climbed to 3,413 from 3,150, while planned admissions rose 2.1 percent to 1,706.",
     {"4,980": "consistent", "4,700": "inconsistent"}, "aggregate growth"),
    # a gain eased back to, with nothing before it in its sentence, is below the peak the sentence before gave
    ("Shares jump",
     "Shares of Acme jumped as much as 16.9% on Thursday morning. The stock set a fresh high before retreating to a "
     "{share}% gain.",
     {"13": "consistent", "18": "tension"}, "comparison"),
    # the growth of segments or regions a company reports bounds its revenue's (some may be left out: a tension)
    ("Acme sales rise",
     "Acme's third-quarter sales rose 12% year over year to $819 million. The Asia Pacific segment led the way with "
     "49% revenue growth. North America, its largest reportable region, grew at a {share}% rate.",
     {"7": "consistent", "15": "tension"}, "aggregate growth"),
    # a figure said of a named group with "over" (or "almost") bounds each figure given next for a name of it
    ("ICU beds full",
     "ICU bed occupancy in Sabah, Kedah and Perak has exceeded 100 per cent. Sabah had 145 beds or {share} per cent "
     "in use, while Perak was at 107 per cent.",
     {"126": "consistent", "96": "tension"}, "comparison"),
    ("ICU beds nearly full",
     "Other states such as Selangor, Penang and Johor showed ICU bed usage at almost 100 per cent, with Selangor at "
     "{share} per cent, Penang (96 per cent) and Johor (95 per cent).",
     {"99": "consistent", "104": "inconsistent"}, "comparison"),
    # a ranked list of shares ("dominated with ..., followed by ...") is of parts of one whole: at most 100 %
    ("Phone shipments",
     "Smartphone shipments in India reached 40 million units in the first quarter. By market share, Xiaomi "
     "dominated with 30 percent, followed by Samsung 20 percent, Vivo 15 percent and Oppo {share} percent.",
     {"12": "consistent", "55": "tension"}, "shares of one total"),
    # ... and a part of that whole given as an amount, named by no share, joins them as its share of the whole
    # (Toyota's 35 percent ties the shares to the month's 201,300; Honda is 10 percent of it, or 30)
    ("Car sales",
     "Car sales reached 201,300 units in March. Toyota, Honda and Ford contributed 70,455, {share} and 10,065 car "
     "sales in March. As a percentage of car sales, Hyundai dominated with 36 percent, followed by Toyota 35 "
     "percent and Kia 5 percent.",
     {"20,130": "consistent", "60,390": "tension"}, "shares of one total"),
    # a share of the plan, its amounts in the next sentence: what was done against what was planned for the period
    # ("against the budget estimate of" names the plan, of the same period: no figure a year before)
    ("Deficit near target",
     "The government's fiscal deficit was {share} per cent of the full-year target at the end of November. The "
     "deficit was Rs 5.25 lakh crore against the budget estimate of Rs 5.31 lakh crore.",
     {"98.9": "consistent", "89.9": "tension"}, "share of a total"),
    ("Acme near its goal",
     "Acme has met {share} percent of its annual sales target. It sold 2,412 cars in the first half against a target "
     "of 4,020 for the year.",
     {"60": "consistent", "75": "tension"}, "share of a total"),
    # ... but a revised estimate in a budget is the year before's figure, moved from
    ("Mission gets more",
     "The allocation for the mission is increased by {share} per cent to Rs 38,572 crore in 2019-20 as compared to "
     "the revised estimate of Rs 32,334 crore.",
     {"19.3": "consistent", "29.3": "inconsistent"}, "implied growth"),
    # the measure named again as the next sentence's subject: its rate is of the figure the sentence before gave
    ("Roads get more",
     "The Union Budget allocated Rs 2.70 lakh crore to the Ministry of Road Transport and Highways for 2023-24.\n"
     "This year's budget allocation is {share} percent higher than the estimate of Rs 1.99 lakh crore for 2022–23.",
     {"35.7": "consistent", "30": "tension"}, "implied growth"),
    # the figure compared with, named after the words that say what it is ("compared to the reported cases during
    # the same period in 2021 at 35,715"), and this year's, the sentence before's: 65,190 / 35,715 is +82.5 %
    ("Dengue cases up",
     "The Department of Health reported a total of 65,190 dengue cases recorded from Jan. 1 to July 2. According to "
     "the agency, this year's cases are {share} percent higher compared to the reported cases during the same period "
     "in 2021 at 35,715.",
     {"83": "consistent", "93": "tension"}, "implied growth"),
    # "divided between" names all of it: the items' figures in brackets add up to the whole
    ("Security sector",
     "In Budget 2025, the government allocated RM12.3 billion to the security sector, divided between defence "
     "(RM{share} billion) and internal security (RM4.1 billion). The total budget is RM421 billion.",
     {"8.2": "consistent", "9.2": "inconsistent"}, "sum of parts"),
    # "of which" and "included" say the figures after it are inside the one before, "total" or not
    ("Cases rise",
     "The state recorded 1,200 new cases on Monday, of which 800 were in Selangor and {share} in Kuala Lumpur.",
     {"300": "consistent", "600": "inconsistent"}, "parts of a total"),
    # "It is ... increase from last year's ...": a change of the figure the sentence before gave
    ("Railways get more",
     "The Ministry of Railways has been allocated Rs 1,40,367.13 crore for 2022-23. It is an approximately Rs {share} "
     "increase from last year's allocation of Rs 1,10,055 crore.",
     {"30,000 crore": "consistent", "30 lakh crore": "tension"}, "change"),
    # a sum in crore with no currency, in an article of rupees, is in rupees; "last budget's" is the base
    ("Budget 2022: Rural Development Gets 1.38 Lakh Cr",
     "The Ministry of Rural Development has been allocated Rs 1,38,203.63 crore, which is just less than a Rs {share} "
     "crore increase from last budget's Rs 1,33,690 crore.",
     {"5,000": "consistent", "5 lakh": "inconsistent"}, "change"),
    # in power reporting "billion units" are kilowatt-hours; the lede's own month stays its period
    ("Power generation falls",
     "Conventional power generation fell by {share} per cent to 100.84 billion kwh in January 2019 from 101.86 billion "
     "units generated in January 2018.",
     {"one": "consistent", "three": "inconsistent"}, "implied growth"),
    # "This translated into a growth of": the rate of the move the sentence before gave (a link to confirm)
    ("Hydro output up",
     "Hydro power generation rose to 7.4 billion units in January 2019 from 6.6 billion units in January 2018. This "
     "translated into a growth of {share} per cent.",
     {"11.4": "consistent", "21.4": "tension"}, "implied growth"),
    # a figure printed without the scale the others of its unit carry has it left out ("1,008.5 units")
    ("Cumulative generation",
     "During April 2018-January 2019, 1,050.8 billion units of electricity were generated, compared to {share} units "
     "in the same period a year earlier, translating into a growth of 4.2 per cent.",
     {"1,008.5": "consistent", "1,028.5": "tension"}, "implied growth"),
    # a results table: "Label: actual vs. estimate expected", beaten or missed as the lede says
    ("Acme beats estimates",
     "Acme on Tuesday reported quarterly earnings and revenue that beat analysts' expectations.\n"
     "Earnings per share: $1.37, adjusted, vs. ${share} expected\nRevenue: $17.80 billion vs. $17.42 billion expected",
     {"1.24": "consistent", "1.45": "inconsistent"}, "comparison"),
    # rates of their months, the levels moved to and the levels moved from, in one order; the second rate's move is
    # the first's verb
    ("Arrivals dip",
     "The number of visitors dropped by {share} percent in February and 2.5 percent in March this year to 197,517 and "
     "188,076 compared 197,697 and 192,841 recorded during the second and third months of last year.",
     {"0.1": "consistent", "1.1": "inconsistent"}, "implied growth"),
    # "over" after the figure moved to and its period names the figure it moved from
    ("Arrivals grow",
     "Tourist arrivals recorded a year on year growth of {share} percent to 2,050,832 in 2016 over 1,798,380 recorded "
     "in the previous year.",
     {"14": "consistent", "18": "inconsistent"}, "implied growth"),
    # a named segment and its "non-" split the measure that names neither: levels, and changes, add up
    ("Exports climb",
     "Total exports reached {share} billion dollars in 2024. Oil exports rose to 18.2 billion dollars in 2024, "
     "while non-oil exports were 14.3 billion dollars.",
     {"32.5": "consistent", "30.5": "inconsistent"}, "sum of parts"),
    ("Output rises",
     "World oil output rose by {share} barrels per day in August to 101.5 million barrels per day. OPEC output "
     "climbed to 33.5 million bpd in August, up 120,000 bpd, while non-OPEC output rose 170,000 bpd to 68.0 million "
     "bpd.",
     {"290,000": "consistent", "390,000": "inconsistent"}, "sum of parts"),
    # ... and the next sentence carrying the list on with the same verb (across sentences: a tension to confirm)
    ("Demand pattern",
     "Power demand hit a record this summer.\n\nOf India's total electricity demand, industrial and agricultural consumption account for 41.16% and 17.69%, "
     "respectively. Commercial electricity consumption accounts for {share}%.",
     {"8.24": "consistent", "48.24": "tension"}, "shares of one total"),
    # a partition by industry of a total defined in brackets, after a month-on-month rate and a rate over two years
    # (neither moves the period spoken of) and a part of another breakdown ("Among them", not added up with these)
    ("Investment grows",
     "From January to July 2024, the national fixed asset investment (excluding rural households) was 30,253.3 billion "
     "yuan, a year-on-year increase of 10.3%; an increase of 8.7% from January to July 2022. From a month-on-month "
     "perspective, investment in fixed assets increased by 0.18% in July. Among them, private investment in fixed "
     "assets was 17,347.3 billion yuan. In terms of industries, the investment in the primary industry was 789 "
     "billion yuan; the investment in the secondary industry was {share} billion yuan; the investment in the tertiary "
     "industry was 20,290 billion yuan.",
     {"9,165": "consistent", "19,165": "inconsistent"}, "parts of a total"),
    # a part "Among them" larger than its whole is flagged alone, not added up with the regions' breakdown after it
    ("Retail grows",
     "In the first half, retail sales of consumer goods were {share} billion yuan, up 8.1 percent. Among them, "
     "online sales were 5,820.4 billion yuan. By region, retail sales in the eastern region were 11,290.1 billion "
     "yuan; retail sales in the central region were 4,843.0 billion yuan; retail sales in the western region were "
     "4,000.1 billion yuan; retail sales in the northeastern region were 1,000.0 billion yuan.",
     {"21,133.2": "consistent", "2,113.3": "inconsistent"}, "part of whole"),
    # the three industries' levels add up to the whole, so its growth is their level-weighted growth
    ("Investment grows",
     "From January to August, fixed asset investment was 3,774.3 billion yuan, up {share} year on year. The "
     "investment in the primary industry was 789 billion yuan, up 21.8%; the investment in the secondary industry "
     "was 916.5 billion yuan, up 14.4%; the investment in the tertiary industry was 2,068.8 billion yuan, up 8.2%.",
     {"12.3%": "consistent", "10.3%": "inconsistent"}, "aggregate growth"),
    # a stock index's move in points and as a rate, joined by "or", ending "at" or "to" its level: the level before
    # is the level less the move, and the rate the move over it (the way it went said after the rate, or by the verb)
    ("Stocks slip",
     "The Hang Seng index closed 120.55 points or {share} per cent lower at 26,070.25 on Monday.",
     {"0.46": "consistent", "0.64": "inconsistent"}, "change"),
    ("Stocks climb",
     "The Kospi rose 1.23 percent, or {share} points, to end at 2,905.05 points on Tuesday.",
     {"35.3": "consistent", "53.3": "inconsistent"}, "change"),
    # a yearly average over a span: of the growth over whole years told before it, or of two levels years apart
    ("Exports grow",
     "Exports in January-June 2024 were 33.1% more than in the same period in 2021. Over the past three years, the "
     "average annual growth of exports reached {share}%.",
     {"10.0": "consistent", "11.0": "inconsistent"}, "average growth"),
    ("Revenue grows",
     "Revenue grew at a compound annual growth rate of {share}% to $5.6 billion in 2025 from $3.1 billion in 2020.",
     {"12.6": "consistent", "15.6": "inconsistent"}, "average growth"),
    # "compared with the first quarter in 2019" names the rate's basis; "an average year-on-year growth" a yearly one
    ("Output rises",
     "In the first quarter of 2021, output by major industrial firms increased by 14 percent compared with the first "
     "quarter in 2019, resulting in an average year-on-year Q1 growth of {share} percent over the past two years.",
     {"6.8": "consistent", "7.8": "inconsistent"}, "average growth"),
    # an amount "or" its amount per share, in cents, twice: the share counts they imply must be alike
    ("Profit rises",
     "Net income for the three months ended June 30 rose to $20.1 million, or 20 cents per share, from $17.2 "
     "million, or {share} cents per share, in the 2024 second quarter.",
     {"18": "consistent", "12": "tension"}, "share count"),
    # a record of a span of years against the article's figures of those years, named with other words of the measure
    ("Dengue cases",
     "Delhi registered 4,431 dengue cases in 2016, 4,726 cases in 2017 and 2,798 cases in 2018. In 2019, a total of "
     "{share} infections were reported, the lowest in the period ranging from 2016-2019.",
     {"1,072": "consistent", "3,072": "inconsistent"}, "comparison"),
    # a line's revenue or sales is a part of the company's revenue of the period, named plainly
    ("Results",
     "In the first quarter of 2025, revenue rose 12 per cent to $80.4 billion. Cloud revenue was $30.1 billion and "
     "device sales were ${share} billion in the first quarter of 2025.",
     {"40.2": "consistent", "60.2": "inconsistent"}, "parts of a total"),
    # "Among them", rates of the parts of the rate the sentence before gave: it lies between theirs (others may be
    # left out: a tension outside, no contradiction)
    ("Output up",
     "In the first half, industrial output increased by {share} year on year. Among them, output of the mining "
     "industry increased by 8.9%; output of the manufacturing industry increased by 17.3%.",
     {"14.4%": "consistent", "24.4%": "tension"}, "aggregate growth"),
    # a mark the lede says the figure passes, against the one figure the body gives of the measure near it
    ("Budget tops mark",
     "TOKYO - Japan's budget for the fiscal year starting in April 2019 will top ¥100 trillion for the first time.\n"
     "The budget will increase 3.8% to about ¥{share} trillion, according to a draft.",
     {"101.5": "consistent", "95.5": "inconsistent"}, "headline vs body"),
    # an outlook raised from one range (or figure) to another: raised when neither end went down
    ("Outlook raised",
     "The company raised its outlook for fiscal 2025 sales growth from a range of 3% to 4% to a range of {share} "
     "versus the prior fiscal year.",
     {"3% to 5%": "consistent", "2% to 3%": "inconsistent"}, "revision"),
    # names, then as many figures, one each; a share named by one of them is its count over the period's total that
    # the share's sentence names (across sentences: a tension to confirm)
    ("Arrivals by region",
     "The number of tourist arrivals rose 12.9 percent to 219,360 in January 2025. Western Europe, East Asia and "
     "South Asia were the top regions contributing 72,500, 48,773 and 41,470 visitors in January 2025. As a "
     "percentage of the arrivals in January 2025, Western Europe led with 33.1 percent, followed by East Asia "
     "{share} percent.",
     {"22.2": "consistent", "25.7": "tension"}, "share of a total"),
    # a record of all time, with no span named, is above every earlier figure of its measure and kind of period
    ("Power demand record",
     "India's peak power demand hit a new record of {share} GW on 7 July 2021. The previous all-time peak power "
     "demand of 197.06 GW was recorded on 6 July 2021, preceded by a peak power demand of 191.24 GW on 30 June 2021.",
     {"200.5": "consistent", "195.5": "inconsistent"}, "largest"),
    ("Pharma results",
     "In the quarter ended December 31, 2024, revenue from operations stood at Rs 651 crore. India sales grew 12 per "
     "cent to Rs 395 crore and US sales were Rs {share} crore in the quarter ended December 31, 2024.",
     {"156": "consistent", "356": "inconsistent"}, "parts of a total"),
    # a margin that "improved" rose (a bad-loan ratio that improves falls: the word says nothing of other shares)
    ("Margin improves",
     "EBITDA margin improved to 13.1 per cent in Q4FY21 as compared to {share} per cent posted in Q4FY20.",
     {"7.7": "consistent", "15.7": "inconsistent"}, "share change"),
    # free cash flow is operating cash flow less capital spending: no more than it
    ("Cash flow",
     "In the third quarter of 2025, the company achieved operating cash flow of $24.3 million, and free cash flow of "
     "${share} million.",
     {"20.2": "consistent", "28.2": "inconsistent"}, "part of whole"),
    # a headline figure of three digits that cuts the body's rather than rounding it restates it: a tension
    ("MHA budget at 1.85 lakh crore for expenditure in 2022-23",
     "New Delhi, February 1: The Ministry of Home Affairs has been allocated a budget which stands at {share} crore as "
     "expenditure for the fiscal year 2022-2023.",
     {"1,85,376.55": "consistent", "1,85,776.55": "tension"}, "headline vs body"),
    # the sentence after names the same figure, printed alike, with fewer words of its measure: a restatement
    ("Extra budget",
     "The government plans an extra budget to resolve domestic issues.\nThe finance minister said he expects to draw up "
     "a supplementary budget worth less than 7 trillion won this year. The size of the budget \"would not exceed "
     "{share} trillion won,\" he explained.",
     {"7": "consistent"}, "restatement"),
    # "that of secondary industry": the segment of the measure of the figure of its kind before
    ("Investment grows",
     "In the first seven months of 2019, the investment in fixed assets (excluding rural households) reached "
     "34,889.2 billion yuan, up by 5.7 percent year-on-year. In July, the investment in fixed assets increased 0.43 "
     "percent, month-on-month. In term of different industries, the investment in primary industry was 978.4 billion "
     "yuan, down by 1.2 percent year-on-year, and the pace of decline enlarged by 0.6 percentage point; that of "
     "secondary industry was {share} billion yuan, went up by 3.4 percent; that of tertiary industry was 22,135.9 "
     "billion yuan, increased 7.0 percent.",
     {"11,774.9": "consistent", "12,774.9": "inconsistent"}, "parts of a total"),
    # "The increased amount ... is N compared to the current fiscal of M": the change of the level the sentence
    # before gave (in crore, its currency left out), from M; and the rate of that sentence against the two levels
    ("MHA budget up",
     "New Delhi, February 1: The ministry has been allocated an increased budget of {share} per cent which stands to "
     "1,85,776.55 crore for the fiscal year 2022-2023.\nThe increased amount in the Union Budget presented on Tuesday "
     "is nearly Rs 20,000 crore compared to the current fiscal of Rs 1,66,546.94 crore.",
     {"11.55": "consistent", "12.46": "inconsistent"}, "implied growth"),
    ("MHA budget up",
     "The ministry has been allocated Rs 1,85,776.55 crore for the fiscal year 2022-2023, an increase of Rs {share} "
     "crore over the current fiscal allocation of Rs 1,66,546.94 crore.",
     {"19,230": "consistent", "29,230": "inconsistent"}, "change"),
    # the months of a quarter add up to it ("visitors" and "tourist arrivals" one count); a few per cent off is a
    # month revised after its first release, more is a contradiction
    ("Arrivals rise",
     "Tourist arrivals during the first three months of 2024 rose to 604,953. The number of visitors was 219,360 in "
     "January 2024, 197,517 in February 2024 and {share} in March 2024.",
     {"188,076": "consistent", "178,076": "tension", "98,076": "inconsistent"}, "sum of parts"),
    # "like in last year's budget" compares, and leaves the figure in the year spoken of; "This is an increase from
    # last year's allocation, which was Rs N" is a move from N of the figure a few sentences before
    ("Budget 2022: Defence Tops List",
     "The Ministry of Defence, like in last year's budget, received the highest allocation with Rs 5,25,166.15 crore."
     "\nThe Finance Minister presented the Union Budget on Tuesday.\nWe look at the ministry-wise expenditure.\n"
     "This is {share} from last year's allocation, which was Rs 4,78,196 crore.",
     {"an increase": "consistent", "a decrease": "tension"}, "implied growth"),  # (inferred across sentences)
    # the growth rates of a named partition's segments (four regions), with no levels of their own, bound the
    # article's first rate of the measure they name, not a nearer sibling's ("investment in railways")
    ("Investment up",
     "From January to July, fixed asset investment was 30,253.3 billion yuan, a year-on-year increase of {share}. "
     "Investment in railway transportation decreased by 4.4%. In terms of regions, investment in the eastern region "
     "increased by 9.4%; investment in the central region increased by 18.9%; investment in the western region "
     "increased by 8.7%; investment in the northeastern region increased by 9.6%.",
     {"10.3%": "consistent", "20.3%": "tension"}, "aggregate growth"),
    # a total its sentence says the list before it makes, an item taken away when its verb says it was lost
    ("Jobs report", "In Ontario, the province gained 12,317 full-time jobs and 7,614 part-time positions for a total "
     "increase of {share}.", {"19,931": "consistent", "18,931": "inconsistent"}, "sum of parts"),
    ("Jobs report", "Nova Scotia gained 8,117 full-time jobs and lost 5,021 part-time positions for a net increase of "
     "{share}.", {"3,096": "consistent", "13,138": "inconsistent"}, "difference"),
    # "That compares with ...": the sentence's figures are, one for one by unit, the earlier figures of the one before
    ("Acme results", "Acme reported third-quarter revenue of $9.53 billion, up {share} from a year earlier, and "
     "net income of $1.21 billion. That compares with revenue of $8.12 billion and net income of $1.02 billion a "
     "year earlier.", {"17.4%": "consistent", "27.4%": "inconsistent"}, "implied growth"),
    # a dividend as a percentage of the face value: a share of a smaller base, per share both
    ("Dividend", "The board recommended a dividend of Rs 30 per share ({share} on the face value of Rs 10 per share).",
     {"300 per cent": "consistent", "150 per cent": "inconsistent"}, "share of a total"),
    # a level against the figure an adjective calls forecast ("the expected RMB136 billion")
    ("Trade surplus",
     "China's trade surplus was RMB279.12 billion in May, {move} than the expected RMB136 billion.",
     {"higher": "consistent", "lower": "inconsistent"}, "comparison"),
    # a rate whose words run on to the figure the level before it was compared with is the move between the two
    ("Profit surges", "Deutsche Telekom booked a net profit of 1.01 billion euros ($1.06 billion) in the period from "
     "January to March, a rise of {share} percent over the year earlier figure of 632 million euros.",
     {"59.8": "consistent", "49.8": "inconsistent"}, "implied growth"),
    # a shortfall named after a target's figure is what was missed, not a forecast (the pair that gives it found by
    # arithmetic: a shortfall no pair gives stays unlinked)
    ("Tax", "Income tax collection reached Rs3,956 billion compared to a target of Rs4,098 billion, leaving a shortfall "
     "of Rs{share} billion.", {"142": "consistent"}, "difference"),
    # "this was ... higher than" the figure before: the move of the sentence before's level (of the first of several
    # only inferred, so a rate that does not fit is a tension)
    ("Collections", "Collections of the Bureau of Internal Revenue reached P422.59 billion in the first quarter. On a "
     "year-on-year basis, this was also {share} percent higher than the previous year's collection of P370.61 "
     "billion.", {"14.03": "consistent", "24.03": "inconsistent"}, "implied growth"),
    ("Collections", "Collections reached P422.59 billion in the first quarter and P380.1 billion in the fourth. On a "
     "year-on-year basis, this was also {share} percent higher than the previous year's collection of P370.61 "
     "billion.", {"14.03": "consistent", "24.03": "tension"}, "implied growth"),
    # a superlative, then a list of named figures: told in its order (a list out of order is only a tension: the
    # draft guessed it ranked)
    ("Measles", "The largest number of cases was recorded in Ivano-Frankivsk (1,985), Zakarpattia ({share}), Odesa "
     "(1,327), Lviv (1,293) and Chernivtsi (983) regions.", {"1,893": "consistent", "2,893": "tension"}, "comparison"),
    ("Prices", "States with the lowest average price per litre of kerosene were Gombe (N255.38), Niger (N{share}) and "
     "Kaduna (N279.75).", {"278.02": "consistent", "250.02": "tension"}, "comparison"),
    # ... of falls, "the largest decreases", by their size
    ("EU trade", "The largest decreases were registered in Malta (-48.7%), France ({share}%), Spain (-25.9%) and Italy "
     "(-22.0%).", {"-27.2": "consistent", "-57.2": "tension"}, "comparison"),
    # two falls compared by their size: "more than the expected decline" is the bigger fall, below the forecast one
    ("Exports fall",
     "China's exports fell {share}% year-on-year in May, more than the expected 3.9% decline.",
     {"8.5": "consistent", "2.5": "inconsistent"}, "comparison"),
    # "exports dropped by 1%, imports by 5.6%": a clause that borrows the verb names its own measure and moves the
    # same way; the whole's fall lies between its sides' falls
    ("Trade falls",
     "In August, China's total import and export value was 394.76 billion US dollars, down {share}%. Among them, "
     "exports dropped by 1%, imports by 5.6%.",
     {"3.2": "consistent", "6.2": "tension"}, "aggregate growth"),
    # ... after a comma in the clause of the move before ("including coking coal by 61.2%"), a fall like that one
    ("Ukraine coal output falls",
     "In Jan-October 2015 the state coal mining enterprises reduced extraction by 65.4% to 5.598 mln tons, including "
     "coking coal by {share}% to 1.646 mln tons, thermal coal by 66.9% to 3.951 mln tons.",
     {"61.2": "consistent", "21.2": "inconsistent"}, "aggregate growth"),
    # "while that from ... made up": "that" stands for the measure, the next part of one whole
    ("CATL revenue", "Revenue from power batteries accounted for 71 percent of the total, while that from energy "
     "storage batteries made up {share} percent.", {"15": "consistent", "35": "inconsistent"}, "shares of one total"),
    # a rate, its period, a dash, then the pair it moved between: the move's rate, no share
    ("MSE credit grows",
     "Overall, bank credit to industry has improved {share}% in the past year — from ₹37.74 lakh crore to ₹41.93 lakh "
     "crore.", {"11": "consistent", "15": "inconsistent"}, "implied growth"),
    # a rate to a level, then the next sentence's level of the month before ("Last month, ..."): the move from it
    ("LPG price up",
     "The regulator raised LPG prices by {share} percent to US$1.92 per kg. Last month, the regulator set the price of "
     "LPG at US$1.85 per kg.", {"4": "consistent", "9": "tension"}, "implied growth"),
    # a verb, an object too long to read as its own ("the retail prices for liquefied petroleum gas (LPG) in both local
    # and foreign currency"), then "by" a rate "to" a level: the rate is the verb's move
    ("Regulator announces 4pc LPG price hike",
     "The regulator has increased the retail prices for liquefied petroleum gas (LPG) in both local and foreign "
     "currency by {share} percent to US$1.92 per kilogramme.", {"four": "consistent"},
     "headline vs body"),
    # an actual that moved is set against the estimate of the sentence after it, the way the article says it missed
    ("Starbucks misses targets",
     "Starbucks reported third-quarter earnings that missed analyst expectations.\nThe company reported revenue of "
     "$3.30 billion in the third quarter, up from $2.93 billion in the year-earlier period. Analysts were "
     "anticipating revenue of ${share} billion.\nRevenue in the Americas reported revenue of $2.47 billion in the "
     "third quarter, up from $2.28 billion.", {"3.33": "consistent", "3.20": "tension"}, "comparison"),
    # an estimate that names no measure is of the actual its sentence gives, or the one before ("That compares with")
    ("ITC Q3 results", "Revenue of India's largest cigarette maker increased 4% year-on-year to Rs {share} crore, "
     "against a forecast of Rs 18,300 crore, beating estimates.", {"19,020.65": "consistent", "17,020.65": "inconsistent"},
     "comparison"),
    ("ITC Q3 results", "Net profit rose 23% over a year earlier to Rs {share} crore in the quarter ended December, "
     "beating estimates. That compares with the Rs 4,700 crore consensus estimate of analysts tracked by Bloomberg.",
     {"5,006.65": "consistent", "4,506.65": "tension"}, "comparison"),
    # "well below the average analyst estimate": the sentence's own word, whatever the article says of earnings
    ("Google's earnings rise", "While the company's earnings topped analyst estimates, revenue fell short. After "
     "subtracting advertising expenses, Google's revenue totaled ${share} billion. That figure was well below the "
     "average analyst estimate of $12.1 billion.", {"11.3": "consistent", "12.6": "tension"}, "comparison"),
    # a headline's bare "Q2" of an Indian company is the fiscal year's second quarter, which the body names by months
    ("Tata Steel Q2 net up 37 pc at Rs 1254 cr",
     "Tata Steel on Wednesday reported 37 per cent rise in consolidated net profit to Rs {share} crore for the "
     "July-September quarter.", {"1,254.33": "consistent"}, "headline vs body"),
    # an amount changed by, the next sentence pairing the two levels it moved between (inferred: a tension)
    ("Budget 2022",
     "The ministry got the third highest amount of money, with an approximately Rs {share} crore increase from last "
     "year. This ministry had received Rs 1,18,101 crore in 2021 (and was ranked sixth), compared to Rs 1,99,107.71 "
     "crore in 2022.",
     {"81,000": "consistent", "81 lakh": "tension"}, "change"),
    # two counts of one thing ("units") compared in a clause: the second is the first's figure a year before
    ("Scooter output rises",
     "Scooter production stood at 52,310 units in May as compared to 47,900 units in May 2019, a growth of "
     "{share} per cent.", {"9": "consistent", "19": "inconsistent"}, "implied growth"),
    # a count of the level's measure and unit a year before, in the next sentence
    ("Output rises",
     "The company's total production in May increased by {share} per cent to 12,430 units. The company had produced "
     "a total of 10,360 units in the same month last year.", {"20": "consistent", "12": "tension"},
     "implied growth"),
    # ", an increase of N percent" after a pair is its rate, against an average of days, no year before
    ("Volumes spurt",
     "The scrip was trading with volumes of 236,335 shares, compared to its five day average of 50,558 shares, an "
     "increase of {share} percent.", {"367.45": "consistent", "167.45": "inconsistent"}, "implied growth"),
    # "against" a figure: the level compared with, no change, though "an increase" follows in the clause
    ("Deposits grow",
     "During the quarter, the bank's deposits were Rs 3,84,586 crore against Rs 3,36,120 crore, an increase of "
     "{share}% YoY.", {"14": "consistent", "24": "inconsistent"}, "implied growth"),
    # "and reached $26.228 billion" continues its clause (a verb, no subject); "imports increased by N% during the
    # passage and stood at" is imports' own pair
    ("Pakistan's trade",
     "The country's exports increased {share}% and reached $26.228 billion in the first ten months of the current "
     "fiscal year compared to $20.905 billion during the same period of 2020-21 while imports increased by 46.41% "
     "during the passage and stood at $65.492 billion compared to $44.731 billion during the same period of the "
     "previous year.", {"25.46": "consistent", "46.41": "inconsistent"}, "implied growth"),
    # "with imports amounting to" names imports; a balance of oil and gas is no balance of all exports and imports
    ("Indonesia's surplus",
     "International trade booked a surplus of ${share} billion in July. \"Our exports in July were worth $25.57 "
     "billion with imports amounting to $21.35 billion,\" he said. Indonesia's oil and gas balance saw a $3.08 billion "
     "deficit in July.", {"4.23": "consistent", "5.23": "inconsistent"}, "difference"),
    # "were up to 2.04m units from 1.85m" is a move, not a ceiling; "a growth rate of just over 10%" is a rate
    ("Car market up",
     "However, passenger vehicle sales were up to 2.04m units from 1.85m a year earlier - a growth rate of just over "
     "{share}%.", {"10": "consistent", "20": "inconsistent"}, "implied growth"),
    # "and imports – 7,314.7 million dollars (growth rate – 33.3%)": a dash for the verb, the bracket its rate
    ("Uzbekistan's trade",
     "In January-April 2019, the foreign trade turnover amounted to 12,571.1 million dollars. Export reached 5,256.4 "
     "million dollars (growth rate – 14.3%), and imports – {share} million dollars (growth rate – 33.3%).",
     {"7,314.7": "consistent", "7,814.7": "inconsistent"}, "sum of parts"),
    # "slowing from a 10.5% increase in March": a month after the move's noun is when, no object of another measure;
    # "in the January-to-April period" is four months; "compared with a 0.64% rise the previous month" month-on-month
    ("Retail slows",
     "Retail sales grew 10.1% in April from a year earlier, slowing from a {share}% increase in March.",
     {"10.5": "consistent", "9.5": "inconsistent"}, "trend"),
    # "with de-growth of 52%" is a fall
    ("EBITDA falls",
     "EBIDTA for Q2 2022 is Rs 193 crore as against Rs 402 crore during Q2 2021 with de-growth of {share}%.",
     {"52": "consistent", "42": "inconsistent"}, "implied growth"),
    # "0.51% or 338.62 points lower": the amount the rate restates stands between it and its way
    ("Sensex slips",
     "The broader BSE Sensex, however, was trading {share}% or 338.62 points lower at 66,369.58.",
     {"0.51": "consistent", "0.81": "inconsistent"}, "change"),
    # "placed second with 85.9%, up from 84.7%": a pass rate's move, the figure it moved to a share too
    ("Pass rates",
     "The Western Cape placed second with 85.9%, up from {share}% in 2015, followed by Gauteng with 85.1% and the "
     "North West at 82.5%.", {"84.7": "consistent", "86.7": "inconsistent"}, "share change"),
    # a rate against the forecast its sentence says it missed, or beat
    ("Retail misses",
     "Retail sales grew {share}% in April from a year earlier, missing economists' median forecast of a 10.6% rise.",
     {"10.1": "consistent", "11.1": "inconsistent"}, "comparison"),
    # two names trail the figure before them ("while Italy and the UK trailed with")
    ("Arrivals",
     "China was the top market with 39,205 tourists. Russia followed closely behind with {share} tourists, while "
     "Italy and the UK trailed with 27,128 and 25,540 arrivals respectively.",
     {"28,163": "consistent", "26,163": "inconsistent"}, "comparison"),
    # the move word between a pair of shares is theirs, not the one said of another figure before them
    ("Apple dips",
     "Apple grew 1 percent and shipped 41.0 million smartphones for 11 percent share in Q2 2017, down from {share} "
     "percent a year ago.", {"14": "consistent", "9": "inconsistent"}, "share change"),
    # a multiple of a clause's pair ("more than doubled" is short of tripled)
    ("Profit jumps",
     "For the nine months, the company's net profit more than {move} to Rs 245 million against Rs 107 million in the "
     "same period last fiscal.", {"doubled": "consistent", "tripled": "inconsistent"}, "multiple"),
    # a list of parts, each with its share in brackets, is of the one whole most of the shares fit
    ("Investment agreements",
     "The total estimated value of the signed agreements was Rs.24,588 million. The highest value of signed "
     "agreements for new projects was in the service sector totaling Rs.{share} million (25.11% ) followed by Tourism "
     "and Leisure Rs.4,772 million (19.41%) Utilities Rs.3,680 million (15% ) and Agriculture Rs.3,282 million "
     "(13.35% ).", {"6,174": "consistent", "6,715": "tension"}, "share of a total"),
    # the past perfect looks back, leaving the article in its half year; "(H1 2018: X, growth: N percent)" labels
    # the year before's figure and the move from it
    ("Renewables cover 44% of Germany's electricity consumption",
     "In the first half of 2019, renewables accounted for 44% of the electricity consumed in Germany. Renewables had "
     "accounted for 39% of electricity consumption in the first half of 2018. Onshore wind power remained the dominant "
     "source with 55.8 billion kilowatt (kWh) hours (H1 2018: 47.3 billion kWh, growth: {share} percent).",
     {"18": "consistent", "28": "inconsistent"}, "implied growth"),
    # a count's from-figure before its to-figure of the same noun is the pair's ("from 1.984 million ounces ... to")
    ("Gold output falls",
     "Small-scale production decreased by {share}% – from 1.984 million ounces in 2018 to 1.588 million ounces in "
     "2019.", {"20": "consistent", "10": "inconsistent"}, "implied growth"),
    # "1,200 more admissions per day than previous year": how many more, a move restated, no level of admissions
    ("NHS hospitals had 1,200 more admissions per day in 2014/15 than previous year",
     "There were 15.9 million admissions to NHS hospitals in England in 2014/15 – {share} more per day than in "
     "2013/14.", {"1,200": "consistent", "2,200": "inconsistent"}, "headline vs body"),
    # "a 14.3% increase over Rs 1,375.5 crore": the figure the rate's move is measured over, no amount moved
    ("Hyundai Q2 results",
     "Profit after tax stood at Rs 1,572.3 crore in Q2 FY26, marking a {share}% increase over Rs 1,375.5 crore in "
     "the year-ago period.", {"14.3": "consistent", "24.3": "inconsistent"}, "implied growth"),
    # a rate told no way of its own moved as the set-off move to its level says ("down from"), not up by default
    ("Trade gap narrows",
     "The deficit by {share}% in March to $54.99 billion, down from the record deficit of $60.57 billion set in "
     "February.", {"9.2": "consistent", "8.2": "inconsistent"}, "implied growth"),
    # what a verb of doing took is a level, its move told after it ("used 537.9 billion kilowatt-hours, increasing
    # by 3.6%"); a rate in brackets after a figure's unit is that figure's move, of the clause's measure
    ("Power use rises",
     "Total electricity consumption reached 847.5 billion kilowatt-hours. The primary industry consumed 12.1 billion "
     "kilowatt-hours (6.4% growth); the secondary industry used {share} billion kilowatt-hours, increasing by 3.6%; "
     "the tertiary industry consumed 165.2 billion kilowatt-hours (12.7% growth); and residential consumption hit "
     "132.3 billion kilowatt-hours.", {"537.9": "consistent", "737.9": "inconsistent"}, "parts of a total"),
    # "up 3.1% from May" is a month's move ("from May" a month, the verb's May left out); "from the 1.07 million level
    # of June 2023" names the figure a year back, not a thing counted
    ("Inventory climbs",
     "Total housing inventory was 1.32 million units in June 2024, up 3.1% from May and up {share}% from the 1.07 "
     "million level of June 2023.", {"23.4": "consistent", "3.1": "inconsistent"}, "implied growth"),
    # "46.2 per cent from November's 2,949.60 tonnes": the month before's figure, in the possessive, is what the rate
    # is measured from; "The month-on-month increase" names no measure of its own
    ("Rare earth exports",
     "China's rare earth exports were 4,307 tonnes in December. The month-on-month increase was {share} per cent from "
     "November's 2,949.60 tonnes.", {"46.0": "consistent", "46.2": "tension"}, "implied growth"),
    # a report that says what it shows hands on the period of what it shows, not the day it came out
    ("Power use rises",
     "On October 19th, the administration released figures indicating that in September, total electricity "
     "consumption reached 847.5 billion kilowatt-hours. That was {share}% more than the 781.1 billion kilowatt-hours "
     "of September 2023.", {"8.5": "consistent", "9.5": "tension"}, "implied growth"),
    # a change whose sentence gives only the figure it moved from moved the sentence before's figure of the period
    # after it (a link the draft inferred: a contradiction is a tension); "the first eight months of FY24" after
    # "... of the current fiscal year" is FY24's first months, not a year before them
    ("Revenue collection",
     "Net revenue collection for the first eight months of the current fiscal year stood at Rs2,337 billion. Despite "
     "being Rs{move} billion higher than the collection of Rs2,259 billion in the first eight months of FY24, the "
     "receipts fell short of the target.", {"78": "consistent", "76": "tension"}, "change"),
    # a rate with no level of its own meets the pair told two sentences on of its measure, whoever's it is said to be
    # ("its net income", "American Savings’ net income"; "reported today that" opens what was reported)
    ("Bank earnings rise",
     "American Savings Bank reported today that its net income rose {move}% in the third quarter. The bank boosted "
     "its loans by 11% to $5.69 billion. American Savings’ net income increased to $20.8 million from $19.3 million "
     "in the year-earlier quarter.", {"7.7": "consistent", "9.7": "tension"}, "implied growth"),
    # a headline's tally and the lede's within a per cent of it, of measures sharing a word, are one count told twice
    ("New cases emerge in Punjab, Sindh; national coronavirus tally hits 15,289",
     "Islamabad: The nationwide tally of COVID-19 patients stands at {move} with 5,827 cases in Punjab and 5,695 in "
     "Sindh.", {"15,289": "consistent", "15,293": "inconsistent"}, "headline vs body"),
    # a move "by 0.4%" between two rates is a change in points or relative to the first: either reading may hold
    ("Inflation eases",
     "The inflation rate for the month August was down marginally by {move}% from the July figure of 11.2 per cent to "
     "10.5 per cent.", {"0.7": "consistent", "6.3": "consistent", "0.4": "inconsistent"}, "change"),
    # a shortfall no pair gives is the gap between the one target and the one actual of its period told together
    # (a link to confirm)
    ("Revenue shortfall",
     "The FBR failed to meet its tax collection target for February with shortfall in the month at Rs{move} billion. "
     "In February, the FBR collected Rs272 billion compared to the target of Rs314 billion.",
     {"42": "consistent", "38": "tension"}, "difference"),
]


@pytest.mark.parametrize("headline, body, verdicts, kind", PHRASINGS)
def test_phrasings_draft_mode_relates(tmp_path, headline, body, verdicts, kind):
    for value, verdict in verdicts.items():
        article = write_article(tmp_path, headline, body.format(share=value, move=value))
        checks = run_checks(article, draft_register(article), [], article.published)
        found = [c for c in checks if c.kind == kind]
        assert found and found[0].verdict == verdict, (value, [(c.kind, c.verdict, c.explanation) for c in checks])


def test_a_surplus_with_its_own_move_is_not_read_by_another_surplus_rate(tmp_path):
    # the general-trade surplus "an increase of 1.4 times" is read by its own move, not by all trade's "46%"
    article = write_article(tmp_path, "Trade", "In the first eight months, the trade surplus grew by 1.77 trillion yuan, "
                            "up 46%. Among them, general trade exports amounted to 6.44 trillion yuan, an increase of "
                            "9.4%; imports amounted to 5.59 trillion yuan, an increase of 1%; and trade surplus amounted "
                            "to 849.49 billion yuan, an increase of 1.4 times.", published="2019-09-08")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind == "growth of a difference"]


def test_sides_told_after_a_total_are_its_breakdown_not_the_next_totals(tmp_path):
    # processing trade's exports and imports are no sides of the bonded-logistics trade told after them
    article = write_article(tmp_path, "Trade", "In the same period, processing trade dropped by 3.3% to 5.02 trillion "
                            "yuan. Among them, export was 3.18 trillion yuan, down 1.6%; import was 1.84 trillion yuan, "
                            "down 5.9%. In addition, the import and export of bonded logistics is 2.31 trillion yuan, an "
                            "increase of 9.9%.", published="2019-09-08")
    checks = run_checks(article, draft_register(article), [], article.published)
    growths = [c.explanation for c in checks if c.kind == "aggregate growth"]
    assert growths and all("3.3" in text and "9.9" not in text for text in growths), growths


def _verdicts(tmp_path, headline, body, kind, published="2019-07-29"):
    article = write_article(tmp_path, headline, body, published=published)
    return [(c.verdict, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
            if c.kind == kind]


def _alarms(found):
    """The verdicts of `_verdicts` a reviewer would be asked to look into."""
    return [v for v, _ in found if v in ("inconsistent", "tension")]


def test_an_order_of_falls_that_holds_of_their_sizes_is_a_tension(tmp_path):
    """"the largest downward impact (-0.35pp), followed by ... (-.18pp)": signed, -0.18 is above -0.35; the words
    rank the sizes of the falls, so the order is no contradiction."""
    found = _verdicts(tmp_path, "Inflation", "Transport and Communication produced the largest downward impact on "
                      "inflation (-0.35pp), followed by Household Equipment and Maintenance Costs (-.18pp).",
                      "comparison", published="2020-11-24")
    assert [v for v, _ in found] == ["tension"] and "falls" in found[0][1] and ".18 pp" in found[0][1]


def test_a_rate_with_its_last_decimal_cut_is_a_tension(tmp_path):
    # 44.09 / 69.96 - 1 = -36.98 %, printed "36.9" as the regulator's release cut it: no contradiction
    found = _verdicts(tmp_path, "Profits fall", "The combined operating profit of listed firms came to 44.09 trillion "
                      "won in the first half of this year, down a whopping 36.9 percent from 69.96 trillion won a year "
                      "earlier.", "implied growth")
    assert [v for v, _ in found] == ["tension"] and "cut" in found[0][1]


def test_a_rise_said_for_a_fall_is_no_truncation(tmp_path):
    found = _verdicts(tmp_path, "Profits rise", "The combined operating profit of listed firms came to 44.09 trillion "
                      "won in the first half of this year, up 36.9 percent from 69.96 trillion won a year earlier.",
                      "implied growth")
    assert [v for v, _ in found] == ["inconsistent"]


@pytest.mark.parametrize("headline, body", [
    # "down as much as": how far, the move still a fall
    ("SK Hynix Suffers an 80% Plunge in Operating Profit", "Notably, the operating profit of SK Hynix Inc. stood at "
     "2 trillion won in the first half, down as much as 79.8 percent from the same period last year."),
    # "slip" is a fall; "as Q1 revenue falls" is a clause of its own, its subject holding a digit
    ("Zee shares slip over 5% as Q1 revenue falls 14% YoY to Rs 1,825 crore",
     "Zee Entertainment Enterprises Ltd. saw its shares decline over 5 % following the release of its Q1 FY26 results. "
     "As of 3:03 PM, the shares were trading 5.29% lower at Rs 134.33."),
])
def test_a_headline_fall_and_the_bodys_fall_agree(tmp_path, headline, body):
    found = _verdicts(tmp_path, headline, body, "headline vs body", published="2025-07-22")
    assert found and all(v == "consistent" for v, _ in found), found


def test_a_headlines_bare_quarter_is_the_fiscal_quarter_the_body_labels(tmp_path):
    # "Q1" of the headline is the body's "Q1 FY26"; ", profit down 7%" is profit's, and the body's "7%
    # year-on-year drop in net profit" names its measure after the move
    article = write_article(tmp_path, "Zee shares slip as Q1 revenue falls 14% YoY to Rs 1,825 crore, profit down 7%",
                            "Zee Entertainment released its Q1 FY26 results. The company reported a 7% year-on-year "
                            "drop in net profit to ₹143.7 crore.", published="2025-07-22")
    rows = {(c.section == "headline", c.value): c for c in draft_register(article)}
    assert rows[(True, "14")].period == rows[(False, "143.7")].period == "FY2026Q1"
    assert "profit" in rows[(True, "7")].metric and "profit" in rows[(False, "7")].metric


def test_a_margin_moving_between_two_percentages_is_a_share_not_a_growth(tmp_path):
    article = write_article(tmp_path, "Results", "EBITDA declined 12% to Rs 239 crore, with margins slightly improving "
                            "to 13.1% from 12.7% YoY.")
    kinds = {c.value: c.kind for c in draft_register(article)}
    assert (kinds["12"], kinds["13.1"], kinds["12.7"]) == ("growth", "share", "share")


def test_a_segment_of_doers_keeps_its_name_in_the_measure(tmp_path):
    # foreign-funded enterprises' trade is no total of the province's exports and imports
    found = _verdicts(tmp_path, "Trade", "In the first quarter, the province did exports totalling 80.12 billion yuan, "
                      "up 1.2 percent, and its imports grew 22.3 percent to 78.92 billion yuan. Foreign-funded "
                      "enterprises in the province reported a 17.9 percent year-on-year growth in foreign trade in the "
                      "first three months.", "aggregate growth", published="2020-04-17")
    assert not found


def test_a_quadrillion_and_a_change_s_conversion_beside_a_level_s(tmp_path):
    # "VND1.507 quadrillion ($65.52 billion)" is one rate with "VND184 trillion ($8 billion)"; the change's dollars
    # restate no level's
    article = write_article(tmp_path, "Budget", "Total state budget revenues hit over VND1.507 quadrillion ($65.52 "
                            "billion), up by nearly VND184 trillion ($8 billion) as compared to the sum reported to the "
                            "National Assembly.", published="2021-01-15")
    checks = run_checks(article, draft_register(article), [], article.published)
    rates = [c for c in checks if c.kind == "conversion rate"]
    assert rates and all(c.verdict == "consistent" for c in rates), [c.explanation for c in rates]
    assert not [c for c in checks if c.kind in ("headline vs body", "restatement") and c.verdict != "consistent"]


def test_a_day_s_move_and_the_level_it_reached_are_of_that_day(tmp_path):
    article = write_article(tmp_path, "Results", "For the first nine months, revenue fell 0.4% to $304.5 million. "
                            "Journal Communications shares are down about 1% today to $4.72.", published="2010-10-20")
    rows = {c.value: c for c in draft_register(article)}
    assert rows["1"].period == rows["4.72"].period == rows["today"].period == "2010-10-20"


def test_a_third_quarter_long_ended_is_the_quarter_the_results_name_by_months(tmp_path):
    # in April, the calendar's third quarter ended seven months before: the results' "third quarter" is the quarter
    # ended March 31 (a fiscal year from July), though the article names the December quarter too
    found = _verdicts(tmp_path, "Kennametal profit drops", "Kennametal Inc. reported a {} percent drop in profit for "
                      "the third quarter compared to last year. Executives said the December quarter was the bottom. "
                      "The company reported profit of $53.9 million for the quarter ended March 31. That compares to "
                      "$75.5 million a year ago.".format(29), "implied growth", published="2013-04-25")
    assert [v for v, _ in found] == ["consistent"], found


@pytest.mark.parametrize("headline, body, published, periods", [
    # the sentence before spoke of FY24; "compared with Rs 1,49,577 crore collected in February 2023" makes the
    # collection February 2024's
    ("GST collections rise", "This puts the average monthly gross collection for FY24 at Rs 1.67 lakh crore. In "
     "absolute terms, the collection came at Rs 1,68,337 crore, compared with Rs 1,49,577 crore collected in February "
     "2023.", "2024-03-01", {"1,68,337": "2024-02", "1,49,577": "2023-02"}),
    # a month-on-month pair's earlier rate is the month before's; "the January-to-April period" is a span
    ("Output", "Month-on-month, industrial production increased 0.47% in April from March, compared with a 0.64% rise "
     "the previous month. Fixed-asset investment climbed 10.5% year-over-year in the January-to-April period.",
     "2016-05-16", {"0.64": "2016-03", "10.5": "2016-01/2016-04"}),
    # a look back to a year before ends with its paragraph: the next, naming no period, is of the period reported;
    # and a rate "compared with a 24.1-percent decline in February" is February's, no rate of the level before it
    ("Public debt", "The public debt reached USD 58,418 million at the end of May 2020. In May 2019, the public debt "
     "was USD 55,717 million.\nUSD 41,564 million correspond to external debt and USD 16,853 million to internal "
     "debt.", "2020-06-30", {"41,564": "2020-05", "55,717": "2019-05"}),
    ("Imports fall", "Exports fell to 90.29 billion U.S. dollars in March. In February, exports plummeted 25.7 "
     "percent.\nImports slumped 25.1 percent year-on-year last month to 71.73 billion U.S. dollars, compared with a "
     "24.1-percent decline in February.", "2009-04-10", {"71.73": "2009-03", "24.1": "2009-02"}),
    # a retailer's quarter "ended Nov. 1" (its weeks end in a month's first days) is August to October of the year
    # that day last passed, its year-ago figure a year before
    ("Retailer profit falls", "Profit for the three months ended Nov. 1 fell to $369 million from $483 million last "
     "year.", "2008-11-17", {"369": "2008-08/2008-10", "483": "2007-08/2007-10"}),
    # a flow "up to June" in a story of the first half is the half's; a stock "as of" June is June's
    ("Car output", "The industry had its best first half this year. Up to June, 1.89 million vehicles were produced, "
     "and 1.41 million were sold. As of June, 52,000 people worked in the plants.", "2008-08-06",
     {"1.89": "2008H1", "1.41": "2008H1", "52,000": "2008-06"}),
    # "in May 21", "in May 20": months and their years' last two digits, "May" found with the word before it
    ("Two wheeler sales", "Total two wheelers sold in India in May 21 stood at 3,30,823 units, a growth of 26.43 percent "
     "over 2,61,630 units sold in May 20.", "2021-06-04", {"3,30,823": "2021-05", "2,61,630": "2020-05"}),
    # "July-Oct", "Jan-May": a span of months, a month's short name as good as its full one
    ("July-Oct export receipts drop by 6.8pc", "The country's export earnings declined by 6.82 per cent during the "
     "July-October period of the current fiscal year.", "2019-11-06", {"6.8": "2019-07/2019-10"}),
    # "the three months through August" are the three months to August
    ("Wages", "Average earnings rose 3.1 percent in the three months through August, the most since January 2009.",
     "2018-10-16", {"3.1": "2018-06/2018-08"}),
    # "In May," opening a sentence is the month, in capitals as any sentence's first word
    ("Arrivals", "Arrivals of tourists reached 275,280 in June 2010 compared to 260,931 in June 2009, recording an "
     "increase of 5.5%.\nIn May, tourist arrivals had recorded an increase of 4.7%.", "2010-07-07",
     {"5.5": "2010-06", "4.7": "2010-05"}),
])
def test_the_periods_of_figures_compared_with_named_months(tmp_path, headline, body, published, periods):
    rows = {c.value: c for c in draft_register(write_article(tmp_path, headline, body, published=published))}
    assert {value: rows[value].period for value in periods} == periods


def test_a_rate_compared_with_is_no_rate_of_the_level_before_it(tmp_path):
    article = write_article(tmp_path, "Imports fall", "Imports slumped 25.1 percent year-on-year last month to 71.73 "
                            "billion U.S. dollars, compared with a 24.1-percent decline in February.",
                            published="2009-04-10")
    rows = {c.value: c for c in draft_register(article)}
    assert rows["71.73"].id not in rows["24.1"].links and rows["24.1"].id not in rows["71.73"].links


def test_months_counted_through_a_month_are_no_half_of_the_story(tmp_path):
    article = write_article(tmp_path, "Car output", "The industry had its best first half this year. Output in the 12 "
                            "months through June was 3.4 million vehicles.", published="2008-08-06")
    assert next(c for c in draft_register(article) if c.value == "3.4").period != "2008H1"


def test_a_bare_quarter_is_the_latest_of_the_quarters_of_its_number(tmp_path):
    article = write_article(tmp_path, "Bajaj Consumer Care shares jump 20 pc after Q3 earnings", "The company reported "
                            "a 17.54 per cent rise in consolidated profit to Rs 52.8 crore for the third quarter ended December 2020, "
                            "against the October-December quarter a year ago.", published="2021-02-03")
    assert next(c for c in draft_register(article) if c.value == "20").period == "2020Q4"


@pytest.mark.parametrize("headline, separate", [
    ("India Cements share price up 3% after Q2 profit surges to Rs 69 crore", True),
    ("The death toll in Turkey and Syria after the devastating earthquake exceeded 15 thousand", False),
])
def test_after_opens_a_clause_once_a_figure_was_said(tmp_path, headline, separate):
    article = write_article(tmp_path, headline, "The company reported its results.", published="2020-11-06")
    rows = [c for c in draft_register(article) if c.section == "headline" and c.kind not in ("date", "dismissed")]
    assert (len({r.metric for r in rows}) > 1) == separate, [(r.value, r.metric) for r in rows]


def test_a_budget_s_deficit_is_its_whole_spending_less_its_whole_revenue(tmp_path):
    # "Rough estimates ... showed that last year" reports last year's actuals; "sat at" is a level's verb; the
    # deficit reported last November beside forecasts is no actual balance; "capital expenditure" is no whole
    body = ("Rough estimates from the Ministry of Finance showed that last year, total state budget revenues hit over "
            "VND1.507 quadrillion, and remained lower than the sum of over VND1.54 quadrillion in 2019. Total state "
            "budget spending reached over VND1.78 quadrillion, far higher than in 2019's VND1.31 quadrillion, while "
            "the total state budget deficit sat at VND{share} trillion. Last November, the government reported to the "
            "NA that total state revenue in 2020 would likely be just over VND1.32 quadrillion, total state spending "
            "was forecast to be nearly VND1.69 quadrillion, and the total state budget deficit stood at VND363 "
            "trillion. The capital expenditure was VND250 trillion.")
    for deficit, verdict in (("273", "consistent"), ("373", "tension")):
        found = _verdicts(tmp_path, "Budget", body.format(share=deficit), "difference", published="2021-01-15")
        assert [v for v, _ in found] == [verdict], found


def test_hryvnias_are_a_currency(tmp_path):
    found = _verdicts(tmp_path, "Deficit", "In 2023, the country's revenues amounted to 2.7 trillion hryvnias and "
                      "expenditures amounted to 4 trillion hryvnias, leaving a budget deficit of 1.33 trillion hryvnias.",
                      "difference", published="2024-02-06")
    assert [v for v, _ in found] == ["consistent"] and "UAH" in found[0][1], found


@pytest.mark.parametrize("sentence, fall", [
    ("Growth was slowing in the third quarter of 2021 to 4.9 percent year over year, down from the 7.9 percent in "
     "the second quarter.", False),
    ("Provisions declined to Rs 1,977 crore, 4.9 per cent down from Rs 2,835 crore a quarter ago.", True),
    ("The company reported a 4.9% year-on-year drop in net profit to Rs 143.7 crore.", True),
])
def test_a_move_set_off_after_a_rate_is_the_move_to_it(tmp_path, sentence, fall):
    article = write_article(tmp_path, "Results", sentence)
    assert (next(c for c in draft_register(article) if c.value == "4.9").direction == "fall") == fall


def test_a_named_parts_bracketed_share_is_of_the_total_of_all(tmp_path):
    # "Australia 102,494 (5.12%)": a share in brackets after its amount, in a list its sentence says are shares, of the
    # total of all markets, though the part names a country
    found = _verdicts(tmp_path, "Arrivals", "International arrivals totaled 2,002,304 in the year to date. South Korea "
                      "accounted for 487,502 visitors, or 24.35%, followed by the US with 352,894 (17.62%), Australia "
                      "102,494 (5.12%), and Japan 97,329 (4.86%).", "share of a total", published="2023-05-14")
    assert [v for v, text in found if "102,494" in text] == ["consistent"], found


def test_the_first_months_of_a_year_not_over_may_be_the_fiscal_year_s(tmp_path):
    # in Pakistan in April 2019, "the first 9 months of 2019" had not ended as the calendar's; as fiscal 2019's (July to
    # March) they had: a tension, no contradiction
    found = _verdicts(tmp_path, "Remittances", "Pakistan's central bank data shows Pakistanis in Saudi Arabia remitted $3.74 "
                      "billion in first 9 months of 2019.", "date", published="2019-04-12")
    assert [v for v, _ in found] == ["tension"] and "fiscal year 2019" in found[0][1], found


def test_a_lede_s_figure_compared_with_restates_only_a_figure_of_its_own_period(tmp_path):
    article = write_article(tmp_path, "Inflation drops to 5.2 percent in August", "Uganda's year-on-year inflation "
                            "came down to 5.2 percent in August compared to 5.7 percent recorded in July 2017. However, "
                            "Liquid Energy Fuels inflation declined to 5.7 percent for the year ending August 2017 "
                            "compared to 6.4 percent.", published="2017-09-01")
    found = [(c.kind, c.verdict) for c in run_checks(article, draft_register(article), [], article.published)
             if c.kind in ("headline vs body", "restatement")]
    assert ("headline vs body", "inconsistent") not in found and ("restatement", "inconsistent") not in found, found


def test_a_count_of_other_things_is_no_rival_of_a_superlative(tmp_path):
    found = _verdicts(tmp_path, "Dengue", "Mugda Medical College Hospital currently has the highest number of dengue "
                      "patients - 489 - in Dhaka, while the hospital has a total capacity of 600 beds for patients.",
                      "largest", published="2023-08-02")
    assert not [v for v, _ in found if v != "consistent"], found


def test_a_reduction_in_estimates_of_spending_is_no_forecast_of_the_level_before(tmp_path):
    article = write_article(tmp_path, "Borrowing", "Total borrowing now stands at £65.1bn, below forecasts. The OBR "
                            "said this was due to a £3.6bn reduction in estimates of central government spending.",
                            published="2012-10-23")
    assert not [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "comparison"]


@pytest.mark.parametrize("currency, period", [("Rs", "2022Q4"), ("$", "2022Q3")])
def test_a_bare_quarter_is_the_fiscal_one_the_article_names_by_its_months(tmp_path, currency, period):
    # an Indian company's "Q3" is October-December, the quarter its results name by their end; in a currency with no
    # fiscal year of the table, "Q3" stays the calendar's third quarter
    article = write_article(tmp_path, "ITC Q3 results: profit beats estimates", f"Net profit rose 23% to {currency} "
                            "5,006.65 crore in the quarter ended December. ITC Q3 Key Highlights. Operating profit rose "
                            f"20% to {currency} 6,704.7 crore.", published="2023-02-03")
    rows = {c.value: c for c in draft_register(article)}
    assert rows["5,006.65"].period == "2022Q4"
    assert rows["6,704.7"].period == period


@pytest.mark.parametrize("body, basis", [
    ("Infrastructure investment increased 12.4% y/y during Jan-Apr, much lower than the 23.3% growth seen Jan-Apr "
     "last year.", "2017-01/2017-04"),
    ("Car sales rose 6.86 percent to 2,08,656 units in April, from 1,95,259 units in April last year.", "2017-04"),
])
def test_a_period_named_before_last_year_is_of_that_year(tmp_path, body, basis):
    article = write_article(tmp_path, "April activity", body, published="2018-05-15")
    register = draft_register(article)
    assert [c.period for c in register if c.value in ("23.3", "1,95,259")] == [basis]
    dates = [c for c in run_checks(article, register, [], article.published) if c.kind == "date"]
    assert dates and all(c.verdict == "consistent" for c in dates), [c.explanation for c in dates]


@pytest.mark.parametrize("rank, checked", [("the highest ever", True), ("the 3rd highest ever", False),
                                           ("the second-highest ever", False)])
def test_a_place_in_the_ranking_is_no_record(tmp_path, rank, checked):
    article = write_article(tmp_path, "GST collection", "The GST collection was Rs 4331.54 crore in April 2021. The "
                            f"collection of Rs 3593.34 crore during October 2021 is {rank} gross collection of GST.",
                            published="2021-11-02")
    found = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "largest"]
    assert bool(found) == checked


def test_a_total_of_months_named_before_its_noun_is_the_period_of_the_next_figure(tmp_path):
    # "hit Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3 percent": the rate is of
    # January-April, not of April's figure before it
    article = write_article(tmp_path, "Remittances rise", "The bank published its figures for April. The inflows hit "
                            "Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3 percent.",
                            published="2021-06-09")
    register = draft_register(article)
    assert [c.period for c in register if c.value in ("32.53", "23.3")] == ["2021-04", "2021-01/2021-04"]
    level = next(c for c in register if c.value == "32.53")
    assert not [c for c in register if c.value == "23.3" and level.id in c.linked()]


def test_the_same_days_of_last_month_a_rate_is_measured_from_are_no_date_of_the_figure(tmp_path):
    # "up 7% from same period last month" in a story of 20 November on 1-17 November: October's 1-17 days are the
    # rate's basis, not a date the figure is given for
    article = write_article(tmp_path, "China NEV retail at 581,000 in Nov 1-17, up 7% from same period last month",
                            "Retail sales of new energy vehicles reached 581,000 units in November 1-17.",
                            published="2024-11-20")
    register = draft_register(article)
    assert [c.basis for c in register if c.value == "7"] == ["2024-10-01/2024-10-17"]
    checks = run_checks(article, register, [], article.published)
    assert not [c for c in checks if c.kind == "date" and c.verdict != "consistent"]


@pytest.mark.parametrize("rate, verdict", [("20.13", "consistent"), ("23.13", "inconsistent")])
def test_a_rate_registered_after_a_level_against_the_month_a_year_before(tmp_path, rate, verdict):
    # India's tax releases: "Rs. X Cr during March 24 against Y Cr during March 23 registering a growth rate of Z%",
    # the rate of the level its sentence moves from the figure before, the months of years written in two digits
    article = write_article(tmp_path, "Odisha GST", "Gross GST was Rs. 5109.33 Cr in March 2024. The collection of "
                            "State GST during March 24 is Rs. 2305.90 Cr against collection of Rs. 1919.43 Cr during "
                            f"March 23 registering a growth rate of {rate}%.", published="2024-04-02")
    register = draft_register(article)
    assert [c.period for c in register if c.value in ("2305.90", "1919.43")] == ["2024-03", "2023-03"]
    checks = run_checks(article, register, [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == [verdict]
    assert all(c.verdict == "consistent" for c in checks if c.kind == "date")


def test_a_month_and_two_digits_as_of_a_day_stay_a_day(tmp_path):
    article = write_article(tmp_path, "Dengue", "There are 402,694 dengue cases nationwide as of Nov. 16, a 92-percent "
                            "increase.", published="2019-11-27")
    assert next(c for c in draft_register(article) if c.value == "402,694").period.startswith("2019")


def test_month_on_month_written_mom_is_a_rate_against_the_month_before(tmp_path):
    article = write_article(tmp_path, "Fuel cost", "During December 2023, fuel cost for power generation increased by "
                            "46 percent YoY and 43 percent MoM, to an average of Rs. 10.3/unit.", published="2024-01-16")
    rates = {c.value: c for c in draft_register(article) if c.kind == "growth"}
    assert rates["43"].basis in ("sequential", "2023-11") and rates["46"].basis not in ("sequential", "2023-11")
    assert not [c for c in run_checks(article, draft_register(article), [], article.published)
                if c.verdict == "inconsistent"]


def test_a_list_of_metals_each_with_its_move(tmp_path):
    # "down 3.7%, 25,757 mt of molybdenum": the next item of the list, no change; metric tonnes in lower case
    article = write_article(tmp_path, "Peru output", "Peru produced 18,789 mt of tin, down 3.7%, 25,757 mt of "
                            "molybdenum, up 27.8%; and 820 mt of cadmium, up 8.3%, in 2016. Cadmium output jumped 23.8% "
                            "to 68 mt from 55 mt in December.", published="2017-02-16")
    register = {c.value: c for c in draft_register(article)}
    assert register["25,757"].kind == "level" and register["68"].unit == "tonnes"
    checks = run_checks(article, list(register.values()), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]


def test_a_rate_that_names_another_measure_after_a_pair_is_not_the_pairs(tmp_path):
    # "which resulted in a growth of 7.81% in the trade deficit, i.e. to $2.016 billion from $1.870 billion": the
    # deficit's rate, its own pair after it, not the imports'
    article = write_article(tmp_path, "Pakistan trade", "Pakistan's imports also witnessed a growth of 1.42% from "
                            "$3.732 billion to $3.785 billion which resulted in a growth of 7.81% in the trade deficit, "
                            "i.e. to $2.016 billion from $1.870 billion.", published="2019-10-11")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]
    assert "consistent" in [c.verdict for c in checks if c.kind == "implied growth"]


@pytest.mark.parametrize("change, verdict", [("1.89", "consistent"), ("1.8", "tension"), ("1.5", "inconsistent")])
def test_a_change_by_an_amount_from_one_level_to_another(tmp_path, change, verdict):
    # "grew by 1.8 million from 11.25 million in July to 13.14 million in August": the amount after "by" is the move;
    # printed with fewer digits than the levels, it may be their change with its last digit cut (a tension)
    article = write_article(tmp_path, "Jobs", f"The number of self-employed individuals grew by {change} million from "
                            "11.25 million in July to 13.14 million in August.", published="2023-10-07")
    register = draft_register(article)
    assert next(c for c in register if c.value == change).kind == "change"
    assert [c.verdict for c in run_checks(article, register, [], article.published) if c.kind == "change"] == [verdict]


@pytest.mark.parametrize("between, verdict", [(", Bauchi (17.74 per cent) and Abuja grew at", "tension"),
                                              (", well below Bauchi at 17.74 per cent and Abuja at", "inconsistent")])
def test_figures_listed_after_a_superlative_may_be_the_rankings_members(tmp_path, between, verdict):
    article = write_article(tmp_path, "Inflation by state", f"Akwa Ibom recorded the slowest growth by 17.85 per "
                            f"cent{between} 16.67 per cent.", published="2021-08-17")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published)
              if c.kind in ("largest", "comparison") and c.verdict != "consistent"]
    assert [c.verdict for c in checks][:1] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("exports, verdict", [("5.93", "consistent"), ("5.69", "inconsistent")])
def test_trade_and_its_two_sides_in_the_next_sentence_are_related_by_their_words(tmp_path, exports, verdict):
    # a sum the words define (exports and imports make trade), told in the sentence after the total: no guess of the
    # draft's, so a gap is a contradiction, not a tension
    article = write_article(tmp_path, "Trade deficit", "The trade deficit contracted in January, the statistics "
                            "authority said.\nFor the period, total trade amounted to $16.09 billion, down 2.1 percent. "
                            f"Exports hit ${exports} billion while imports amounted to $10.16 billion.",
                            published="2024-03-13")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "sum of parts"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("share, verdict", [("15.9", "consistent"), ("12.2", "tension")])
def test_a_share_of_the_total_is_of_the_side_of_trade_its_sentence_names(tmp_path, share, verdict):
    # "the top export market ... a 15.2 percent share of the total": of exports, not of the deficit the article
    # opens with (no total shares are of); a share in brackets is of the amount right before it
    article = write_article(tmp_path, "Trade deficit shrinks", "The trade deficit contracted in January to $4.22 "
                            "billion.\nExports hit $5.69 billion while imports amounted to $10.16 billion.\nThe US "
                            f"remains the top export market of the Philippines with $902.33 million, a {share} percent "
                            "share of the total. Other partners are Japan, $869.25 million (14.6 percent); and "
                            "Republic of Korea, $356.16 million (6.0 percent).", published="2024-03-13")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published)
              if c.kind == "share of a total"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


def test_the_n_month_period_of_a_year_is_its_first_months(tmp_path):
    # a Pakistani bank's "9-month period of 2023" is January-September, not the nine months of a fiscal year to
    # December, which had not ended by the story's day
    article = write_article(tmp_path, "NBP profit", "The provision expense witnessed a substantial increase to Rs9.64 "
                            "billion in the 9-month period of 2023, compared to Rs3.58 billion in the corresponding "
                            "period.", published="2023-10-25")
    register = draft_register(article)
    assert next(c for c in register if c.value == "9.64").period == "2023-01/2023-09"
    assert all(c.verdict == "consistent" for c in run_checks(article, register, [], article.published)
               if c.kind == "date")


@pytest.mark.parametrize("share, verdict", [("56.84", "consistent"), ("52.97", "inconsistent")])
def test_a_count_or_its_share_of_the_figure_after_of(tmp_path, share, verdict):
    article = write_article(tmp_path, "WAEC results", f"The council says 878,040 or {share} per cent of 1,544,758 "
                            "candidates who sat for the May/June 2016 examination obtained five credits.",
                            published="2016-08-05")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "share of a total"] == [verdict]


def test_the_years_of_figures_compared_with_are_not_the_period_the_article_goes_on_with(tmp_path):
    article = write_article(tmp_path, "WAEC results", "In the 2016 examination, 52.97 per cent of candidates obtained "
                            "five credits. The council said performance was encouraging, compared to the 31.28 per "
                            "cent and 38.68 per cent recorded in 2014 and 2015 respectively. Of those that sat, "
                            "825,650 were males.", published="2016-08-05")
    assert next(c for c in draft_register(article) if c.value == "825,650").period == "2016"


@pytest.mark.parametrize("rate, verdict", [("54", "consistent"), ("45", "inconsistent")])
def test_a_quarter_that_ended_in_a_month_and_a_profit_a_bank_displayed(tmp_path, rate, verdict):
    # "its quarter that ended in December" is October-December, the Indian bank's third; "displayed a net profit" is
    # the net profit "posted" a year before
    article = write_article(tmp_path, f"Federal Bank stocks surge with {rate}% net profit rise", "The results of the "
                            "third quarter of Federal Bank displayed a net profit of ₹ 803.61 Crores in its quarter "
                            "that ended in December.\nA year ago, Federal Bank posted a net profit of ₹ 521.73 crores.",
                            published="2023-01-16")
    register = draft_register(article)
    assert next(c for c in register if c.value == "803.61").period == "2022Q4"
    checks = [c for c in run_checks(article, register, [], article.published) if c.kind == "implied growth"]
    assert checks and {c.verdict for c in checks} == {verdict}


def test_a_headlines_profit_rise_is_no_forecast_of_it(tmp_path):
    # "25% profit rise" over the profit made, 25% more than the year before, not the 42% rise analysts forecast
    article = write_article(tmp_path, "Nokia shares drop despite 25% profit rise", "An Associated Press report said "
                            "Nokia reported a net profit of €1.2 billion (US$1.9 billion) in the first three months of "
                            "the year, 25% more than €1 billion (US$1.6 billion) in the same period in 2007, but below "
                            "analysts' forecasts. Markets had been expecting a better result: a Factset analyst poll, "
                            "cited by Dow Jones Newswires, had forecast a 42% rise in profit.", published="2008-04-17")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]


def test_a_daily_count_and_its_running_toll(tmp_path):
    # "5 deaths in a day" is the story's day, no June figure; "1,239" printed alike is one figure, not 2022's total;
    # "rose by five to 93" is a change to a toll counted up to a day, no part of the deaths of July's first days
    article = write_article(tmp_path, "Bangladesh reports 1,239 dengue hospitalisations, 5 deaths in a day",
                            "The hospitals have reported admission of 1,239 new dengue patients in the latest daily "
                            "count, taking the tally this year to 17,382.\nThe death toll rose by five to 93 in the 24 "
                            "hours to Thursday morning, including 46 in the first 13 days of July.\nIn June, the "
                            "hospitals reported 5,956 cases and 34 deaths. In 2022, 62,382 dengue hospitalisations "
                            "were recorded.", published="2023-07-13")
    register = {c.value: c for c in draft_register(article)}
    assert register["five"].kind == "change"
    checks = run_checks(article, list(register.values()), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]


@pytest.mark.parametrize("body", [
    # "Rs 13.71 lakh crbudgeted": the scale glued to the next word, read as lakh
    ("The government has lowered the GST collection target for 2018-19 fiscal to Rs 11.47 lakh cr in the revised "
     "estimates, from Rs 13.71 lakh crbudgeted."),
    # "GH₵ 42,769.50;": the writer left out "million"
    ("The Authority was tasked to collect a revised tax revenue target of GH₵ 42,769.50; as of December 2020, we had "
     "collected GH₵ 45,338.\nThe target included GH₵ 2,569.19 million of customs revenue."),
])
def test_figures_a_thousandfold_apart_are_a_scale_misread_not_a_contradiction(tmp_path, body):
    article = write_article(tmp_path, "Revenue", body, published="2021-01-26")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent" or c.kind == "derived growth"], \
        [c.explanation for c in checks]


def test_the_past_months_and_a_census_year(tmp_path):
    # "Over the past four months" is the months that had ended by the story's day, not the month spoken of before;
    # "the 2020 census" names an event, no period of the figures after it
    article = write_article(tmp_path, "FBR shortfall", "For November, FBR is expected to fall short of its target by "
                            "around Rs. 150 billion. Over the past four months, FBR has already recorded a shortfall "
                            "of Rs. 102 billion. Government payrolls dropped 268,000 with the layoffs of 147,000 "
                            "temporary employees working on the 2020 census.", published="2024-11-29")
    register = {c.value: c for c in draft_register(article)}
    assert register["102"].period == "2024-07/2024-10"
    assert register["147,000"].period != "2020" and register["2020"].kind == "dismissed"


def test_estimates_that_varied_from_one_figure_to_another_are_a_range_and_would_have_is_no_forecast(tmp_path):
    article = write_article(tmp_path, "Amazon misses", "In the fourth quarter of 2004, the company said it would have "
                            "earned just 35 cents per share. Estimates had varied widely, from 32 cents per share to 46 "
                            "cents per share.", published="2005-02-02")
    rows = {c.value: c for c in draft_register(article)}
    assert rows["35"].kind == "level"
    assert rows["32"].period == rows["46"].period == "2004Q4" and not rows["46"].links


def test_a_multiple_of_figures_the_article_does_not_give_links_none(tmp_path):
    # every figure after "than" is what this year's unstated counts are compared with: no pair of them
    article = write_article(tmp_path, "Dengue", "This year's case count and death toll are already over 10 times "
                            "larger than the average annual case count (2,641 cases) and death tolls (15 deaths) "
                            "between the years 2000 and 2018.", published="2024-10-02")
    claims = draft_register(article)
    assert not next(c for c in claims if c.kind == "multiple").links
    assert not [c for c in run_checks(article, claims, [], article.published) if c.kind == "multiple"]


@pytest.mark.parametrize("hedge, verdict", [("about ", "tension"), ("", "inconsistent")])
def test_a_conversion_the_article_calls_rough_is_read_with_a_wider_margin(tmp_path, hedge, verdict):
    # "$151 million (about Rs 1,250 crore)" in March 2025 implies 82.8 rupees to the dollar against the ECB's 85.5,
    # 3 % off: a rate rounded by a writer who says so, a tension; printed as exact, an error
    article = write_article(tmp_path, "Startup funding", f"Startups raised $151 million ({hedge}Rs 1,250 crore) in the "
                            "last week of March.", published="2025-03-30")
    claims = draft_register(article)
    assert [c.qualifier for c in claims if c.kind == "conversion"] == [hedge.strip() or "exact"]
    assert [c.verdict for c in run_checks(article, claims, [], article.published) if c.kind == "conversion"] == [verdict]


def test_one_figure_restated_with_its_scale_slipped_is_an_error_across_sentences(tmp_path):
    # "as of mid-December of the current fiscal year" runs over the months counted; "over the five months" with no year
    # is those months too; "Rs 564.46 million" and, three sentences on, "Rs 564.46 billion" is one figure, its scale
    # slipped, whichever sentence the draft linked it from
    article = write_article(tmp_path, "Deficit rises", "The fiscal deficit climbed to Rs 149.49 billion over the first "
                            "five months of the current fiscal year.\nNepal mobilized revenue of Rs 414.97 billion as of "
                            "mid-December of the current fiscal year. Total expenditure during the period reached Rs "
                            "564.46 million. The government has set a target for grants. Similarly, total expenditure "
                            "over the five months stands at Rs 564.46 billion.", published="2025-12-16")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value in ("149.49", "414.97", "564.46")} == {"FY2026 (first 5 months)"}
    assert [c.verdict for c in run_checks(article, claims, [], article.published) if c.kind == "restatement"] == \
        ["inconsistent"]


def test_a_rate_of_a_rupee_level_is_no_rate_of_the_dollar_pair(tmp_path):
    # "increased by 15.2 per cent to Rs 263.14 billion ... in the US Dollar terms, 1.96 billion ... 1.73 billion": the
    # dollar pair grew 13 %, the rupee figure 15.2 %; the rupee's rate is no claim on the dollars
    article = write_article(tmp_path, "Remittance up", "Remittance inflow has increased by 15.2 per cent to Rs 263.14 "
                            "billion in the first two months of the current fiscal year. In the US Dollar terms, "
                            "remittance inflow reached 1.96 billion in the review period which was 1.73 billion in the "
                            "same period of the previous year.", published="2024-10-15")
    claims = draft_register(article)
    assert not [c for c in run_checks(article, claims, [], article.published)
                if c.kind == "implied growth" and c.verdict != "consistent"]


def test_a_measure_with_a_part_left_out_restates_no_whole(tmp_path):
    # "Excluding gas, the inflation rate was 2.2 per cent" is another rate than the headline's two per cent;
    # "Excluding items, P&G earned $1.37 per share" is the adjusted figure results stories head with
    article = write_article(tmp_path, "Inflation in October ticks up to two per cent",
                            "Inflation rose to 2 per cent in October. Excluding gas, the inflation rate was 2.2 per cent.",
                            published="2024-11-19")
    claims = draft_register(article)
    assert "excluding-gas" in key_of(next(c for c in claims if c.value == "2.2").metric)
    assert not [c for c in run_checks(article, claims, [], article.published) if c.verdict == "inconsistent"]
    sentence = "Excluding items, P&G earned $1.37 per share."
    at = sentence.index("$1.37")
    assert "adjusted" in measure_of(sentence, (0, len(sentence)), at, at + 5, "amount", "P&G").key


def test_the_base_a_rate_is_counted_per_is_no_figure(tmp_path):
    # "162.7 deaths per 100,000 people, followed by heart disease at 65.8 per 100,000": the 100,000s are the rates'
    # unit, neither a rival of 65.8 nor a figure of its own; "35 per 1,000 live births" likewise
    article = write_article(tmp_path, "Cancer deaths", "Cancer was the leading cause of death at 162.7 deaths per "
                            "100,000 people, followed by heart disease at 65.8 per 100,000. The infant mortality rate "
                            "fell to 35 per 1,000 live births from 41.", published="2023-09-21")
    claims = draft_register(article)
    assert {c.value for c in claims if c.kind == "dismissed"} >= {"100,000", "1,000"}
    assert [c.verdict for c in run_checks(article, claims, [], article.published) if c.kind == "comparison"] == \
        ["consistent"]


def test_a_count_of_minutes_is_no_figure_a_multiple_compares(tmp_path):
    # "about five minutes past midnight" says when; the 256,000 is twice a figure the article does not give
    article = write_article(tmp_path, "Singles Day", "At peak times, about five minutes past midnight, it handled "
                            "256,000 transactions per second, twice as many as during peak times in the previous year.",
                            published="2017-11-14")
    claims = draft_register(article)
    five = next(c for c in claims if c.value == "five")
    assert five.id not in next(c for c in claims if c.kind == "multiple").linked()
    assert not [c for c in run_checks(article, claims, [], article.published)
                if c.kind == "multiple" and c.verdict == "inconsistent"]


def test_a_possessive_period_names_the_figure_after_the_words_it_qualifies(tmp_path):
    # "Last year's record of 120.7 billion yuan (17.8 billion US dollars)": last year's, converted at its own rate,
    # not this year's; "most notably Saudi Arabia, with 14.4%" ranks nothing
    article = write_article(tmp_path, "Singles Day", "Last year's record of 120.7 billion yuan was broken by midday on "
                            "Saturday. Sales reached 168.3 billion yuan this year. Arab visitors ranked first at 42.0%, "
                            "most notably Saudi Arabia, with 14.4%, and non-resident Jordanians with 35.1%.",
                            published="2017-11-14")
    rows = {c.value: c for c in draft_register(article)}
    assert rows["120.7"].period == "2016" and rows["168.3"].period == "2017"
    assert not rows["14.4"].trend


@pytest.mark.parametrize("sentence, kind", [
    ("The value of signed agreements for new projects was Rs.6,715 million.", "level"),  # the noun
    ("The company projects revenue of $5 billion.", "forecast"),  # the verb
])
def test_projects_the_noun_is_no_forecast(tmp_path, sentence, kind):
    article = write_article(tmp_path, "Figures", sentence, published="2015-06-27")
    assert [c.kind for c in draft_register(article) if c.value in ("6,715", "5")] == [kind]


@pytest.mark.parametrize("share, between, found", [
    ("73.4", "", "consistent"), ("53.4", "", None),
    # a whole share fits by its arithmetic only near its part (within three sentences), not anywhere in the article
    ("73", "", "consistent"), ("73", "Sales fell. Prices rose. Land was scarce. Builders waited. ", None)])
def test_a_share_of_the_total_told_elsewhere_is_of_the_one_amount_that_fits(tmp_path, share, between, found):
    # the part after the share said in apposition; the whole, not the article's first amount, in another sentence,
    # found by its arithmetic when the share is printed finely enough to rule out chance (a share that fits none is
    # left unlinked, never contradicted)
    article = write_article(tmp_path, "Property investment", "Land purchases reached 887.83 billion yuan in "
                            "January-July. Property investment during the January-July period totaled 7.28 trillion "
                            f"yuan, the NBS said. {between}The investment in residential buildings, accounting for "
                            f"{share} percent of the total, went up 15.1 percent year on year to reach 5.35 trillion yuan "
                            "in January-July.", published="2019-08-14")
    checks = [c.verdict for c in run_checks(article, draft_register(article), [], article.published)
              if c.kind == "share of a total"]
    assert checks == ([found] if found else [])


@pytest.mark.parametrize("body, found", [
    # lines told one after another that add up, to the cent, to the figure just before them: its parts
    ("In the second quarter of 2025, product revenue rose 8 percent to $66.61 billion, with iPhone sales climbing to "
     "$44.58 billion. Mac revenue reached $8.05 billion. iPad sales declined to $6.58 billion. Wearables revenue "
     "dropped to $7.40 billion.", True),
    # ... and a run that does not add up is left alone: nothing says it should
    ("In the second quarter of 2025, product revenue rose 8 percent to $66.61 billion, with iPhone sales climbing to "
     "$44.58 billion. Mac revenue reached $8.05 billion. iPad sales declined to $6.58 billion. Wearables revenue "
     "dropped to $9.40 billion.", False),
    # a sum of rounded figures loose enough to be chance ("2 and 3 billion" make no "5 billion"), or of small counts
    ("Revenue was $5 billion in the quarter. Cloud brought $2 billion and devices $3 billion in the quarter.", False),
    ("The state reported 5 deaths on Monday. 2 were men and 3 were women, officials said on Monday.", False),
])
def test_amounts_that_add_up_to_the_one_before_are_its_parts(tmp_path, body, found):
    article = write_article(tmp_path, "Results", body, published="2025-08-01")
    sums = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "sum of parts"]
    assert bool(sums) == found and all(c.verdict == "consistent" for c in sums), [(c.kind, c.explanation) for c in sums]


@pytest.mark.parametrize("words, key", [
    ("earnings before interest, tax, depreciation, and amortisation (EBITDA)", {"ebitda"}),
    ("amortisation (EBITDA)", {"ebitda"}),  # the words cut mid-phrase
    ("Research and development (R&D) expenses", {"r&d", "expenses"}),
    ("Basic earnings per share (EPS)", {"basic", "eps"}),  # a word the acronym does not spell stays
    ("Reliance Industries (RIL) revenue", {"reliance", "ril", "revenue"}),  # initials that do not spell it
])
def test_an_acronym_in_brackets_stands_for_the_words_it_spells(words, key):
    assert key_of(words) == key


@pytest.mark.parametrize("words, key", [
    ("its fiscal first-quarter profit", {"profit"}),  # when, not which profit
    ("fiscal deficit", {"fiscal", "deficit"}),  # ... but the fiscal deficit is its own measure
    ("the software maker’s profit", {"profit"}),  # the company, described
    ("Revenue of India’s largest cigarette maker", {"revenue"}),
    ("the group's net profit", {"net", "profit"}),
])
def test_words_of_when_and_whose_are_no_words_of_the_measure(words, key):
    assert key_of(words) == key


@pytest.mark.parametrize("words", ["Profit before tax", "pre tax profits", "pre-tax profit", "PBT",
                                   "profit before taxation"])
def test_profit_before_tax_is_named_many_ways(words):
    assert key_of(words) == {"pre-tax", "profit"}


@pytest.mark.parametrize("words", ["Profit after tax", "post tax profits", "after-tax profit", "PAT"])
def test_profit_after_tax_is_named_many_ways(words):
    assert key_of(words) == {"post-tax", "profit"}


@pytest.mark.parametrize("share, verdict", [("23", "consistent"), ("32", "inconsistent")])
def test_a_fiscal_quarter_without_its_year_is_the_one_quarter_the_article_names_by_its_months(tmp_path, share, verdict):
    # a US company's fiscal year is no country's: the one quarter the article names by its end is the quarter
    article = write_article(tmp_path, "Microsoft profit up", f"Microsoft said its fiscal first-quarter profit rose {share} "
                            "percent. For the quarter ended Sept. 30, the software maker’s profit climbed to $4.29 billion "
                            "from $3.48 billion during the same period last year.", published="2007-10-25")
    register = draft_register(article)
    assert next(c for c in register if c.value == share).period == "2007Q3"
    checks = [c for c in run_checks(article, register, [], article.published)
              if c.kind == "implied growth" and len(c.claims) == 3]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("sentence, figure, key", [
    ("He expects a supplementary budget worth less than 7 trillion won.", "7 trillion won", {"supplementary", "budget"}),
    ("They signed a deal worth up to $5 billion.", "$5 billion", {"deal"}),
    # a segment the clause opens with is the measure's ("the premium segment's shipments")
    ("In the premium segment, a key growth target, shipments exceeded 4 million units.", "4 million",
     {"premium", "shipments"}),
])
def test_the_noun_before_worth_or_of_names_the_measure_whatever_the_qualifier(sentence, figure, key):
    at = sentence.index(figure)
    found = measure_of(sentence, (0, len(sentence)), at, at + len(figure), "amount", "").key
    assert key <= found and not found & {"worth", "less", "than"}, found


@pytest.mark.parametrize("sentence, figure, key", [
    # "import and export" is trade, though the window of words before "was" opens at "export"
    ("In the first eight months, the total value of import and export of goods trade was 20.13 trillion yuan.",
     "20.13 trillion yuan", {"trade", "goods"}),
    # a clause that borrows the verb names its measure before "by"
    ("Exports increased by 6.1% to 10.95 trillion yuan, imports by 9.18 trillion yuan.", "9.18 trillion yuan",
     {"imports"}),
    # money "in" a measure; a breakdown's opening names no part
    ("Among them, $1.6 trillion in exports.", "$1.6 trillion", {"exports"}),
    # ... refunds, taxes or loans as much as exports: a month's tax take is no part of a span's refunds
    ("Overall, Rs386 billion in refunds were paid out between July and February.", "Rs386 billion", {"refunds"}),
])
def test_the_words_beside_a_trade_figure_name_its_side_exactly(sentence, figure, key):
    at = sentence.index(figure)
    assert measure_of(sentence, (0, len(sentence)), at, at + len(figure), "amount", "").key == key


def test_while_opens_a_clause_with_its_own_subject_after_one_with_no_figure():
    # ", reflecting improved international demand, while imports fell 0.2 percent": the figure-less clause is joined
    # to the next, whose subject is after "while"
    sentence = ("Exports increased 1.3 percent to $212.6 billion in July, reflecting improved international demand, "
                "while imports fell 0.2 percent to $282.9 billion.")
    clause = (sentence.index(", reflecting"), len(sentence))
    at = sentence.index("$282.9")
    assert measure_of(sentence, clause, at, at + 13, "amount", "US").key == {"imports"}


@pytest.mark.parametrize("sentence, figure, words", [
    # "May" in capitals is the month, never the modal verb that would end the subject
    ("In May, Malaysia's exports decreased by 533.6 million ringgit to 59.95 billion ringgit", "59.95",
     "Malaysia's exports"),
])
def test_the_subject_before_the_verb_names_the_measure(sentence, figure, words):
    at = sentence.index(figure)
    kind = "percent" if sentence[at + len(figure)] == "%" else "amount"
    assert measure_of(sentence, (0, len(sentence)), at, at + len(figure), kind, "Malaysia").words == words


@pytest.mark.parametrize("sentence", ["The telecom operator had 162,954 mobile towers in the country",
                                      "Airtel has 162,954 mobile towers in the country"])
def test_who_has_the_things_counted_is_no_segment_of_them(sentence):
    at = sentence.index("162,954")
    assert measure_of(sentence, (0, len(sentence)), at, at + 7, "count", "").key == {"mobile", "towers"}


@pytest.mark.parametrize("sentence, main, key", [
    ("Despite this, the FBR collected Rs. 3,443 billion in the first four months", "FBR", {"collections"}),
    ("India imported goods and services worth an estimated $44.21 billion", "India", {"imports"}),
    # a named company's figure is that company's: its name is the measure
    ("Singareni Collieries Company Ltd (SCCL) produced 65.02 MT", "India", {"sccl"}),
])
def test_what_the_subject_did_names_the_measure_no_noun_names(sentence, main, key):
    at = re.search(r"(?:Rs\.\s?|\$)?\d", sentence).start()  # (where the amount's mention starts: its sign)
    assert key <= measure_of(sentence, (0, len(sentence)), at, at + 4, "amount", main).key


@pytest.mark.parametrize("sentence, key", [
    ("This was due to the rise in government spending by 2.3 percent", {"government", "spending"}),
    ("It came after a decline in imports by 3.1 per cent", {"imports"}),
    # "its" points back to the subject, whose measure the subject reading names
    ("Gas saw a decrease in its cost by 11%", {"gas"}),
])
def test_a_change_named_before_its_figure_names_the_measure(sentence, key):
    at = re.search(r"\d[\d.]*", sentence).start()
    assert key <= measure_of(sentence, (0, len(sentence)), at, at + 3, "percent", "").key


def test_the_articles_printed_rate_is_the_rate_its_conversions_are_checked_at(tmp_path):
    # "($1 = 6.8202 Chinese yuan renminbi)": a rate row in CNY per USD, its "$1" held by it; 65.6 bn at 6.8202 is
    # $9.62 bn, and $9.92 bn would not be
    for dollars, verdict in (("9.62", "consistent"), ("9.92", "inconsistent")):
        article = write_article(tmp_path, "Profit rises", f"Net profit was 65.6 billion yuan (${dollars} billion). "
                                f"($1 = 6.8202 Chinese yuan renminbi)", published="2018-08-09")
        claims = draft_register(article)
        assert [(c.value, c.unit) for c in claims if "per" in c.unit] == [("6.8202", "CNY per USD")]
        checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "conversion"]
        assert [c.verdict for c in checks] == [verdict] and "own rate" in checks[0].explanation


@pytest.mark.parametrize("words, key", [
    ("first-half net profit", {"net", "profit"}), ("full-year sales", {"sales"}), ("nine-month revenue", {"revenue"}),
])
def test_a_period_said_as_an_adjective_is_no_word_of_the_measure(words, key):
    assert key_of(words) == key


@pytest.mark.parametrize("body_rate, verdict", [("12.3", "consistent"), ("14.3", None)])
def test_a_headline_quarter_without_a_year_is_the_body_s_quarter_of_that_number(tmp_path, body_rate, verdict):
    # "Q4 net down 12 percent" over "the fourth quarter ended March 31, down by 12.3 percent over the previous
    # quarter": the fiscal fourth quarter (January-March), and the body's basis; another rate is no restatement
    article = write_article(tmp_path, "Infotech's Q4 net down 12 percent",
                            "Infotech has reported Rs.54 crore net profit during the fourth quarter ended March 31, down "
                            f"by {body_rate} percent over the previous quarter.", published="2013-04-25")
    claims = draft_register(article)
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "headline vs body"]
    assert [c.verdict for c in checks] == ([verdict] if verdict else [])
    if verdict:
        assert {c.period for c in claims if c.value in ("12", "12.3")} == {"2013Q1"}


def test_a_headline_figure_printed_without_its_commas_restates_the_body_s(tmp_path):
    # a URL slug made headline keeps no commas: "1279 crore" is the lede's "Rs 1,279 crore", not its income
    article = write_article(tmp_path, "IndusInd Bank Q3 net profit slumps to 1279 crore revenue slides 14 sequentially",
                            "IndusInd Bank reported a 56.6 percent sequential decline in consolidated net profit to "
                            "Rs 1,279 crore in Q3 FY26, with total income slipping 1.4 percent to Rs 13,080 crore. "
                            "Revenue from operations came in at Rs 13,080 crore.", published="2026-01-23")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published)
              if c.kind == "headline vs body"]
    assert checks and {c.verdict for c in checks} == {"consistent"}


@pytest.mark.parametrize("body_deficit, verdict", [("39.6", "consistent"), ("36.9", None)])
def test_a_headline_s_months_counted_without_a_year_are_the_body_s_span_of_that_many(tmp_path, body_deficit, verdict):
    # "in first 10 months" over "the first 10 months (July-April) of the current fiscal year 2021-22": the fiscal
    # year's months, not January-October of the last calendar year; another amount is no restatement
    article = write_article(tmp_path, "Trade deficit reaches historic $39.6b in first 10 months",
                            "Pakistan's trade deficit widened during the first 10 months (July-April) of the current "
                            f"fiscal year 2021-22 and reached ${body_deficit} billion.", published="2022-05-07")
    claims = draft_register(article)
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "headline vs body"]
    assert [c.verdict for c in checks] == ([verdict] if verdict else [])
    headline = next(c for c in claims if c.value == "39.6" and c.section == "headline")
    assert headline.period == ("2021-07/2022-04" if verdict else "2021-01/2021-10")


@pytest.mark.parametrize("cases", ["1,528 suspected cases", "1,528 cases"])
def test_deaths_from_cases_are_no_move_from_one_count_to_the_other(tmp_path, cases):
    # "increased to 53 deaths from 1,528 suspected cases": two counts of different things, however the second is
    # qualified, not a level and the figure it grew from
    article = write_article(tmp_path, "Cholera", "In June, the agency noted 30 deaths. By June 23, the numbers had "
                            f"further increased to 53 deaths from {cases}.", published="2024-07-16")
    claims = draft_register(article)
    deaths = next(c for c in claims if c.value == "53")
    assert not deaths.links


def test_the_period_of_what_a_rate_is_measured_over_is_the_figure_s_its_noun_gives(tmp_path):
    # "a 16 per cent increase over the 2018-2019 allocation which was Rs 54,302.50 crore": that allocation is
    # 2018-19's, the rate this year's, measured against it (61,398 / 54,302.50 is 13.1 %: the rate is wrong; "It" is
    # the one level of the sentence before, so the contradiction is the article's)
    article = write_article(tmp_path, "Health budget", "The finance minister announced Rs 61,398 crore budgetary allocation for "
                            "the health sector for 2019-20. It is a 16 per cent increase over the 2018-2019 allocation "
                            "which was Rs 54,302.50 crore.", published="2019-02-01")
    claims = draft_register(article)
    assert [(c.value, c.period) for c in claims if c.value in ("16", "54,302.50")] == [("16", "FY2020"),
                                                                                         ("54,302.50", "FY2019")]
    checks = run_checks(article, claims, [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["inconsistent"]


@pytest.mark.parametrize("sentence, value, kind", [
    # a share said of a whole in words, then what the part reached: no whole printed after the share
    ("Our deficit in 2019 is at the level of 2.2 percent of the GDP to reach Rp353 trillion.", "2.2", None),
    # the amount a share reached restates is a level, no change
    ("Their share dropped to 54.1 percent or $8.69 billion this year.", "8.69", "level"),
])
def test_what_follows_a_share_reached(tmp_path, sentence, value, kind):
    article = write_article(tmp_path, "Figures", sentence, published="2019-06-01")
    claims = draft_register(article)
    figure = next(c for c in claims if c.value == value)
    if kind:
        assert figure.kind == kind
    else:
        assert not figure.links


@pytest.mark.parametrize("body, published", [
    # the cause, not the total's move
    ("This 20 per cent decrease in the small-scale mining sub-sector resulted in a decline in total gold production "
     "from 4.792 million ounces in 2018 to 4.577 million ounces in 2019.", "2020-06-02"),
    # a rate its words measure from a year back, no rate of a pair a month apart
    ("In December, 84.27 million mt of crude steel was produced in China, up from 80.29 million mt in November to "
     "produce an 11.6% increase from the same month a year earlier.", "2020-01-17"),
    # a rate from a year back, no rate over the target beside it (the target's gap is)
    ("For the first nine months, the fiscal deficit narrowed to PHP983.5 billion, down 2.89 percent year-on-year, and "
     "11.11 percent lower than the PHP1.106 trillion target.", "2023-10-25"),
])
def test_a_rate_beside_a_pair_that_is_not_the_pair_s_move(tmp_path, body, published):
    article = write_article(tmp_path, "Output", body, published=published)
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]


def test_a_rate_whose_clause_names_its_month_is_no_move_of_another_month_s_level(tmp_path):
    # "in the last month" is September: the rate moved from August's figure, not from May's the sentence before gave
    article = write_article(tmp_path, "Crude imports", "The country's crude imports were at a record high of 10.68 "
                            "million b/d in April and declined to 9.5 million b/d in May. The volume in the last month "
                            "was 1% higher from 9.97 million b/d in August.", published="2019-10-14")
    claims = draft_register(article)
    assert [c.period for c in claims if c.value == "1"] == ["2019-09"]
    checks = run_checks(article, claims, [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("receipts, verdict", [("4.79 lakh crore", "consistent"), ("4.79 crore", "inconsistent")])
def test_a_deficit_of_the_months_to_date_is_spending_less_receipts(tmp_path, receipts, verdict):
    # "Till August this year" after "the fiscal deficit for April-August": the figures of April-August; whose the
    # deficit is ("India's") and how the spending is told ("the government's total expenditure") name no other side
    article = write_article(tmp_path, "India's April-August fiscal deficit at 94.7% of annual target",
                            "India's budgetary fiscal deficit for April-August at Rs 5.91 lakh crore accounted for 94.7 "
                            "per cent of the full year's target. Till August this year, the government's total "
                            f"expenditure stood at Rs 10.70 lakh crore while the total receipts were Rs {receipts}.",
                            published="2018-09-25")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value in ("10.70", "4.79")} == {"2018-04/2018-08"}
    assert [c.period for c in claims if c.kind == "date" and c.value == "August"] == ["2018-08"]
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "difference"]
    assert [c.verdict for c in checks] == [verdict]


@pytest.mark.parametrize("non_tax, kind, verdict", [
    ("10.1", "sum of parts", "consistent"), ("12.1", "sum of parts", "tension"), ("10.1", "parts of a total", None)])
def test_a_whole_named_by_its_words_takes_the_parts_its_sentence_lists(tmp_path, non_tax, kind, verdict):
    # "receipts comprised A of tax revenue and B of non-tax revenue": all of the receipts given sentences before;
    # "Out of the total expenditure, A was on ... and B on ...": some of it. The parts' link is inferred.
    complete = kind == "sum of parts"
    breakdown = (f"Total receipts comprised $40.1 billion of tax revenue and ${non_tax} billion of non-tax revenue."
                 if complete else "Out of the total expenditure, $30.2 billion was on salaries and $12.4 billion on "
                                  "interest.")
    article = write_article(tmp_path, "Deficit widens", "The government's total expenditure was $80.6 billion in 2024, while "
                            f"the government's total receipts were $50.2 billion. {breakdown}", published="2025-03-01")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published)
              if c.kind in ("sum of parts", "parts of a total")]
    if verdict:
        assert [(c.kind, c.verdict) for c in checks] == [(kind, verdict)]
    else:
        assert [(c.kind, c.verdict) for c in checks] == [("parts of a total", "consistent")]
        assert "80.6" in checks[0].explanation


def test_a_headline_of_another_measure_s_value_of_two_digits_is_no_restatement(tmp_path):
    # "the non-oil sector grew in real terms by 0.41 per cent" and "the contribution of the oil sector declined by
    # -0.41 per cent": a rate of two digits printed alike, in opposite directions, is a coincidence, not one figure
    article = write_article(tmp_path, "GDP increases", "Nigeria's GDP recorded a positive growth as the non-oil sector "
                            "grew in real terms by 0.41 per cent in the first quarter of 2019. Meanwhile, the "
                            "contribution of the oil sector to the GDP declined by -0.41 per cent in the period under "
                            "review.", published="2019-05-20")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


def test_a_figure_against_another_named_measure_is_no_earlier_figure_of_this_one(tmp_path):
    # "imported goods worth $44.21 billion ... against exports of 23.25 billion": exports are no earlier imports; "in
    # the previous month increased by 1.1% year-on-year" names the month reported, no month-on-month basis
    article = write_article(tmp_path, "Trade deficit peaks", "India imported goods and services worth an estimated "
                            "$44.21 billion in October 2012 against exports of 23.25 billion. Exports in US dollars in "
                            "the previous month increased by 1.1% year-on-year.", published="2012-11-12")
    claims = draft_register(article)
    imports = next(c for c in claims if c.value == "44.21")
    assert not imports.links
    assert next(c for c in claims if c.value == "1.1").basis == ""
    checks = run_checks(article, claims, [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("total, verdict", [("1.786", "consistent"), ("1.749", "inconsistent")])
def test_trade_in_a_second_currency_adds_up_apart_from_the_first(tmp_path, total, verdict):
    # The yuan figures, then the dollar ones: "of which exports amounted to 958.34 billion" is in the dollars its
    # sentence gave; "imports and exports" are trade; the dollar rates are not set against the yuan segments'
    article = write_article(tmp_path, "Trade rises", "In the first five months, the total import and export value was "
                            "RMB12.1 trillion, up 4.1% year-on-year. Exports amounted to RMB6.5 trillion, up 6.1% "
                            "year-on-year; imports were RMB5.6 trillion, up 1.8% year-on-year. If calculated in USD, the "
                            f"total value of imports and exports in the first five months was USD{total} trillion, down "
                            "1.6% year-on-year, of which exports amounted to 958.34 billion, up 0.4% year-on-year, and "
                            "imports to 827.87 billion, 3.7% lower year-on-year.", published="2019-06-10")
    checks = run_checks(article, draft_register(article), [], article.published)
    sums = sorted((c.verdict, "USD" in c.explanation) for c in checks if c.kind == "sum of parts")
    assert sums == sorted([("consistent", False), (verdict, True)])
    assert not [c.explanation for c in checks if c.kind == "aggregate growth" and c.verdict != "consistent"]


def test_a_count_of_other_things_in_a_list_is_no_part_of_the_whole(tmp_path):
    # "140 stores, including 12 outlet stores, 67 kiosks and 129 vending machines": kiosks and machines are no stores;
    # "Car sales grow 7%, passenger vehicles up 11%": two rates of one headline clause are no one figure
    article = write_article(tmp_path, "Car sales grow 7%, passenger vehicles up 11% in Sept",
                            "The chain has 140 stores, including 12 outlet stores, 67 kiosks and 129 vending machines. "
                            "Passenger vehicle sales grew 11.32 percent, while car sales went up 6.86 percent.",
                            published="2017-10-09")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("body", [
    # a referent in another sentence must be larger than "N of them"
    "The party won 15 seats under the proportional system. As to single-mandate constituencies, 71 of them voted for "
    "the party.",
    # a conversion in brackets with no scale says the amount has none
    "Revenue rose to Ksh107.7 billion ($927 million), helped by charges on transfers below Ksh1,000 ($8.61), and "
    "profit was Ksh67.5 billion ($581 million).",
    # the noun after a count names it ("Five out of the 12 reported deaths"), and people missing miss no estimate
    "The death toll from the storms climbed to 12. Five out of the 12 reported deaths have been confirmed. Also "
    "undergoing validation are reports of three missing persons - two in the north and one in the south.",
])
def test_wire_registers_of_the_eighth_audit_raise_nothing(tmp_path, body):
    article = write_article(tmp_path, "Death toll from 3 recent storms rises to 12", body, published="2024-11-21")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("move, verdict", [("narrowed", "consistent"), ("widened", "inconsistent")])
def test_the_move_word_nearest_a_pair_of_shares_says_which_way(tmp_path, move, verdict):
    # "as raw materials prices rose ..., so gross margin narrowed from 63 per cent to 61 per cent": the margin fell
    article = write_article(tmp_path, "Profit falls", "Gross profit fell 10.7 per cent to S$37 million as raw "
                            f"materials prices rose, so gross margin on sales {move} from 63 per cent to 61 per cent.",
                            published="2018-11-09")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "share change"]
    assert [c.verdict for c in checks] == [verdict]


def test_a_span_of_time_before_the_subject_is_no_topic():
    # "for some days," names no measure, as "On debt servicing," does; the figure's own noun names it
    sentence = "After a dip for some days, India is again witnessing a surge as 45,576 confirmed cases were reported"
    at = sentence.index("45,576")
    assert measure_of(sentence, (sentence.index("for"), len(sentence)), at, at + 6, "count", "India").key == \
        {"confirmed", "cases"}


def test_an_aside_on_the_year_to_date_leaves_the_article_in_its_month(tmp_path):
    # "..., while year-to-date collection ... declined": the next sentence, naming no period, is of November again
    article = write_article(tmp_path, "Revenue falls", "Tax collection in November declined by 17.4 percent to P191.7 "
                            "billion, while year-to-date collection by customs declined 14.84 percent to P492.3 "
                            "billion. Spending was up by 2.3 percent to P374.1 billion.", published="2020-12-23")
    periods = {c.value: c.period for c in draft_register(article) if c.kind in ("level", "growth")}
    assert (periods["191.7"], periods["492.3"], periods["374.1"]) == ("2020-11", "2020-01/2020-11", "2020-11")


def test_a_headline_amount_printed_alike_restates_the_lede_whatever_its_title_case_words(tmp_path):
    # "Health Gets" is no measure of the lede's; RM31 billion printed alike is its allocation restated, and "record
    # £1.9bn" is this summer's £1.9 billion, not the £1.86 billion that only rounds to it
    article = write_article(tmp_path, "Health Gets RM31Bil In Budget 2020",
                            "The Health Ministry's RM31 billion allocation comprised 10.3% of the total Budget 2020.\n\n"
                            "The ministry has been allocated RM30.6 billion under Budget 2020.")
    claims = draft_register(article)
    checks = run_checks(article, claims, [], article.published)
    pairs = [sorted(c.value for c in claims if c.id in check.claims) for check in checks if check.kind == "headline vs body"]
    assert ["31", "31"] in pairs and ["30.6", "31"] in pairs, pairs
    article = write_article(tmp_path, "Clubs' record £1.9bn summer",
                            "Clubs spent £1.9 billion this summer.\n\nThat beats the previous record (2017-18′s £1.86 billion).")
    claims = draft_register(article)
    assert [c.period for c in claims if c.value == "1.86"] == ["FY2018"]  # a possessive with a prime
    checks = run_checks(article, claims, [], article.published)
    pairs = [sorted(c.value for c in claims if c.id in check.claims) for check in checks if check.kind == "headline vs body"]
    assert ["1.9", "1.9"] in pairs, pairs


def test_a_byline_date_is_the_day_the_story_was_filed_and_its_weekdays_count_from_it(tmp_path):
    # "Published : Apr 11, 2019" is no figure, but the day the story speaks from: "said Wednesday" is 10 April
    article = write_article(tmp_path, "Extra budget below W7tr",
                            "Published : Apr 11, 2019 - 16:43\n\nThe finance minister said Wednesday that the extra "
                            "budget would not exceed 7 trillion won.", published="2019-04-11")
    claims = draft_register(article)
    filed = [c for c in claims if c.metric == "dateline"]
    assert [c.period for c in filed] == ["2019-04-11"]
    weekday = next(c for c in claims if c.unit == "weekday")
    assert weekday.links == [filed[0].id]
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "date"]
    assert all(c.verdict == "consistent" for c in checks) and any(weekday.id in c.claims and filed[0].id in c.claims
                                                                  for c in checks)


@pytest.mark.parametrize("year, verdict", [("2020", "inconsistent"), ("2021", "consistent")])
def test_the_year_a_clause_opens_with_is_its_figure_s_and_last_year_is_checked_against_it(tmp_path, year, verdict):
    # an article of July 2022: "last year" is 2021, which "In 2020" contradicts
    article = write_article(tmp_path, "Dengue cases", f"In {year}, the infections dropped nearly by 50 per cent as a "
                            f"total of 1,072 infections were reported last year.", published="2022-07-25")
    claims = draft_register(article)
    assert [c.period for c in claims if c.value == "1,072"] == [year]
    checks = run_checks(article, claims, [], article.published)
    relative = {c.id for c in claims if c.unit == "relative"}  # ("In 2020" is checked too: it had ended)
    assert [c.verdict for c in checks if c.kind == "date" and relative & set(c.claims)] == [verdict]


def test_an_amount_printed_without_the_article_s_scale_has_it_left_out_unless_it_is_a_price(tmp_path):
    article = write_article(tmp_path, "Deficit", "The estimated deficit was Rs. 104166 crore. Against this the actual "
                            "deficit has been Rs. 292484. The scrip was trading at Rs 1,285 a piece.")
    assert {c.value: c.scale for c in draft_register(article) if c.unit == "INR"} == \
        {"104166": "crore", "292484": "crore", "1,285": ""}


def test_a_run_said_in_the_headline_and_the_lede_is_one_figure(tmp_path):
    # "34th straight month" and "34th successive month": a count of months restated, no rank dismissed
    article = write_article(tmp_path, "Japan logs surplus for 34th straight month",
                            "Japan logged a current account surplus for the 34th successive month in April.")
    claims = draft_register(article)
    assert [(c.value, c.kind) for c in claims if c.unit == "count"] == [("34th", "count"), ("34th", "count")]
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "headline vs body"]
    assert [c.verdict for c in checks] == ["consistent"]


def test_a_range_is_one_figure_with_both_ends(tmp_path):
    article = write_article(tmp_path, "Outlook", "Amazon expects third-quarter revenue between $87 billion and $93 "
                            "billion. It sees operating income of $2 to $5 billion. Sales rose from $80 billion to $89 "
                            "billion, while costs rose 5 percent and 7 percent.")
    claims = draft_register(article)
    ranges = [(c.value, c.scale, c.interval.low, c.interval.high) for c in claims if c.interval and
              c.interval.width > 1]
    assert ranges == [("87", "billion", 87, 93), ("2", "billion", 2, 5)]
    assert [c.note.split(":")[0] for c in claims if c.kind == "dismissed" and c.value in ("93", "5")] == \
        ["the upper end of a range"] * 2
    assert [c.value for c in claims if c.value in ("80", "89")] == ["80", "89"]  # a move, not a range


def test_a_headline_clause_with_a_verb_of_its_own_has_its_own_subject(tmp_path):
    article = write_article(tmp_path, "India's COVID-19 recoveries are 2.93 times active cases, tally crosses 27 lakh",
                            "India's COVID-19 count breached the 27-lakh mark on Tuesday. India has also recorded the "
                            "highest single-day recoveries of 57,584 and crossed the 19-lakh mark.")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]


def test_the_first_months_of_a_fiscal_year_are_no_whole_year(tmp_path):
    # 84,840 GWh over eight months in a row (5,808-5,880 hours) is 14,547 MW on average; over a whole year it is not
    article = write_article(tmp_path, "Power generation", "Throughout the first eight months of the current financial "
                            "year, power generation decreased by 7.1% year-on-year to 84,840 GWh (14,547 MW).",
                            published="2023-03-21")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value in ("84,840", "14,547")} == {"FY2023 (first 8 months)"}
    checks = [c for c in run_checks(article, claims, [], article.published) if c.kind == "per unit"]
    assert [c.verdict for c in checks] == ["consistent"], [c.explanation for c in checks]


def test_yesterday_counts_from_the_dateline(tmp_path):
    article = write_article(tmp_path, "Output up", "BEIJING, Feb. 27 (Xinhua) -- As of yesterday, output had reached "
                            "10 tonnes.")  # published Saturday 1 March 2025
    claims = draft_register(article)
    assert [c.period for c in claims if c.value == "10"] == ["2025-02-26"]


def test_a_headline_that_drops_the_currency_restates_the_body_s_figure(tmp_path):
    # "reaches 1.804tr" is the body's Rs1.804 trillion, and the headline's "13pc hike" the lede's 13 per cent, whose
    # basis the headline's level (a figure of no period of its own) does not change
    article = write_article(tmp_path, "Defence budget sees a 13pc hike, reserved amount reaches 1.804tr",
                            "Pakistan's government went for an around 13 per cent increase in the defence budget, raising the "
                            "outlay to Rs1.804 trillion for the fiscal year 2023-24 against Rs1.6tr in 2022-23.")
    claims = draft_register(article)
    assert [c.unit for c in claims if c.value == "1.804"] == ["PKR", "PKR"]
    checks = run_checks(article, claims, [], article.published)
    restated = sorted(c.phrase for check in checks if check.kind == "headline vs body" for c in claims
                      if c.id in check.claims)
    assert restated == ["1.804 tn PKR", "1.804 tn PKR", "13 %", "about 13 %"], restated


def test_a_consistent_article_raises_nothing(tmp_path):
    """The consistent variant of each phrasing: no other check of the draft questions it either."""
    for headline, body, verdicts, _ in PHRASINGS:
        value = next(v for v, verdict in verdicts.items() if verdict == "consistent")
        article = write_article(tmp_path, headline, body.format(share=value, move=value))
        raised = [(c.kind, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
                  if c.verdict in ("inconsistent", "tension")]
        assert not raised, (headline, raised)


@pytest.mark.parametrize("words, context, period", [
    ("for the quarter ended December 31, 2019", "", "2019Q4"),
    ("in the nine months ended Dec. 31, 2019", "", "2019-04/2019-12"),
    ("For the nine months period", "2019Q4", "2019-04/2019-12"),
    ("For the fiscal third quarter of 2015", "", "FY2015Q3"),
    ("in the equivalent period of the previous financial year", "FY2026Q3", "FY2025Q3"),
    ("from the same time last year", "2020Q2", "2019Q2"),
    ("for next fiscal year", "FY2015Q3", "FY2016"),
    ("surged beyond 200 GW on Wednesday", "", "2020-02-05"),  # the article is of Thursday 6 Feb 2020
    ("in the period ranging from 2016-2021", "", "2016-01/2021-12"),
    ("raised its full-year forecast", "2010Q2", "2010"),
    ("jumped 29 per cent between May 2015 to May 2016", "", "2015-05/2016-05"),
    ("reaching 12,617 GWh in May 2024", "", "2024-05"),
    ("fell 1.9% in July 2023-May 2024", "", "2023-07/2024-05"),  # a range over two years, no spaces round the dash
    ("during January-June period of 2018", "", "2018H1"),  # the year of a range of months, after "period of"
    ("in July-May", "", "2018-07/2019-05"),  # a fiscal year's months over the turn of the year
    ("a shortfall of Rs429 billion between July and February", "", "2019-07/2020-02"),  # the months from one to the other
    ("sent home Sh122.69 billion in four months to April", "", "2019-01/2019-04"),  # the months that end in it
    ("above the Sh93.37 billion received in a similar period last year", "2019Q2", "2018Q2"),
    ("helping to propel cumulative four-month inflows", "2019-04", "2019-01/2019-04"),  # the months to the one spoken of
    ("During 6MFY24", "", "FY2024 (first 6 months)"),  # the first months of a fiscal year, counted
    ("Profit in 1HFY23 was", "", "FY2023 (first 6 months)"),  # its first half
    # a calendar year's months, half, quarter or all of it, in a broker's labels
    ("income for 9MCY23 amounted to", "", "2023-01/2023-09"),
    ("deposits in 1HCY23", "", "2023H1"),
    ("During 3QCY23, the bank", "", "2023Q3"),
    ("earnings in CY22 were", "", "2022"),
    ("in the quarter ended December 2019", "", "2019Q4"),  # a period named by its last month, its day left out
    ("for the nine months ended December 2019", "", "2019-04/2019-12"),
    ("for the quarter ended March", "", "2019Q1"),
    ("in the October-December quarter of the previous fiscal", "", "2018Q4"),  # a quarter named by its months,
    ("in the October-December quarter a year ago", "", "2018Q4"),              # a year before the latest one  # the latest that had ended by the article's 6 Feb 2020
    ("higher compared to January-March 2019", "", "2019Q1"),
    ("during the April to June 2018 quarter", "", "2018Q2"),
    ("for the December 2019 quarter", "", "2019Q4"),  # the quarter that ends in that month
    ("in the June quarter", "", "2019Q2"),  # the latest that had ended by the article's 6 Feb 2020
    ("expects full fiscal year revenue", "FY2020Q3", "FY2020"),  # the whole of the fiscal year the clause speaks of
    ("an increase of 40,000 the month before", "2019-09", "2019-08"),  # the one before the period spoken of
    ("from 7.7 per cent in the preceding quarter", "2019Q3", "2019Q2"),
    ("against 5.1 per cent the prior year", "2019", "2018"),
    ("During nine months FY2020, expenses were", "", "FY2020 (first 9 months)"),  # the months counted, spelled out
    ("(9 Months FY 2019 Rs 136 crore)", "", "FY2019 (first 9 months)"),
    # a span of days, read as its months
    ("reported from 1 January to 19 October 2019", "", "2019-01/2019-10"),
    ("recorded from Jan. 1 to July 2, 2019", "", "2019-01/2019-07"),
    # a year that ends in a month: a company's year to March, or a trade tally's year to date
    ("for the year to March 2018", "", "2017-04/2018-03"),
    ("in the year to November", "", "2018-12/2019-11"),
    # the year in progress: before a budget for the next, or on the story's date after a year already past
    ("for the current financial year", "FY2021", "FY2020"),
    ("for the current financial year", "FY2018", "FY2020"),
    # the year to date of a story of a month: January to that month
    ("the fiscal deficit year-to-date was", "2019-11", "2019-01/2019-11"),
    ("the fiscal deficit year to date was", "2019-01/2019-11", "2019-01/2019-11"),
    ("year-to-date sales", "", "2020"),
    # the same months of an earlier year, counted or of a fiscal label, and a quarter moved to another year
    ("higher than in the same eleven months last year", "2019-01/2019-11", "2018-01/2018-11"),
    ("up from the same 10-month period of 2018", "2019-01/2019-10", "2018-01/2018-10"),
    ("compared to Rs 17,776 crore in the same period of 2018-19", "2019Q2", "2018Q2"),
    ("compared to Rs 17,776 crore in the same period of 2018-19", "2019Q1", "2019Q1"),
    ("in the same six-month period in 2011/12", "FY2013 (first 6 months)", "FY2012 (first 6 months)"),
    # a year that ended on a day: a fiscal year named by the year it ends, or the twelve months to then
    ("in the financial year ended March 31 as compared", "", "FY2019"),
    ("for the fiscal year ending June 30, 2019", "", "FY2019"),
    ("in the year ended September 30, 2019", "", "2018-10/2019-09"),
    # a half or quarter with its year after it and no "of"
    ("as against N229.08 billion recorded in first half 2015", "2016H1", "2015H1"),
    ("sales in the third quarter 2019 rose", "", "2019Q3"),
    ("net profit for the third quarter of FY26, reporting", "", "FY2026Q3"),
    # "in the previous month": the month before the one the article speaks of
    ("after increasing 12.51% in the previous month", "2019-11", "2019-10"),
    # two months running, told together, are their span
    ("power consumption in January and February rose", "", "2020-01/2020-02"),
    ("gains in July and August combined", "", "2019-07/2019-08"),
    ("collections in November and December 2019 rose", "", "2019-11/2019-12"),
    # a day of May, before or after its number, is the month, not the verb; a span of days over a month's end
    ("The 6.3-magnitude earthquake on 27 May left", "", "2019-05-27"),
    ("On May 27, 2019, prices rose", "", "2019-05-27"),
    ("during the week of 29 May-4 June 2011, according to", "", "2011-05-29/2011-06-04"),
    ("from December 28 to January 3, hotels", "", "2019-12-28/2020-01-03"),
])
def test_period_phrases(words, context, period):
    mention = next(m for m in find_mentions(words) if m.temporal)
    assert period_of(mention, dt.date(2020, 2, 6), context) == period


def test_a_year_compared_with_is_the_period_of_what_it_had_then(tmp_path):
    # "than last year, when the state had 3,411 cases": 2019's cases, no whole of this year's "about a third"
    article = write_article(tmp_path, "Hepatitis A cases hit 675", "The number of hepatitis A cases in Florida this year "
                            "has reached 675, with about a third of the cases in Duval and Volusia counties.\nCases this "
                            "year are increasing at a slower pace than last year, when the state had 3,411 cases.",
                            published="2020-06-30")
    assert {c.value: c.period for c in draft_register(article)}["3,411"] == "2019"
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind == "share of a total"]


def test_a_look_back_leaves_the_article_in_the_year_it_reports(tmp_path):
    # "Back in 2023, ..." looks back from 2024: the regions' deaths after it are 2024's, parts of its 164
    article = write_article(tmp_path, "Dengue", "Dengue deaths, however, are lower in 2024 at 164, the department said. "
                            "Back in 2023, during the same period, there were 171 deaths due to dengue. Dengue deaths "
                            "were seen most in Davao Region (29) and Northern Mindanao (27).", published="2024-05-24")
    claims = draft_register(article)
    assert {c.value: c.period for c in claims}["29"] == "2024"


def test_a_headline_s_months_are_its_own_not_the_body_s_fiscal_year(tmp_path):
    # "April-November" in the headline is no vaguer naming of the year the body's estimate is for, so the two
    # figures are no restatement; and "the current financial year" of 30 Dec 2022 is FY2023, whatever past year
    # the sentence before spoke of
    article = write_article(tmp_path, "Centre's April-November fiscal deficit ₹9.78 lakh cr, 59% of FY target",
                            "The fiscal deficit was ₹978,154 crore in the April-November period 2022-23. In the "
                            "corresponding period last year, the fiscal deficit was 46.2 per cent of the budget "
                            "estimates of 2021-22. The Centre fiscal deficit is estimated to be ₹16.61 lakh crore for "
                            "the current financial year.", published="2022-12-30")
    claims = draft_register(article)
    assert {c.value: c.period for c in claims}["16.61"] == "FY2023"
    assert not [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]


def test_the_months_of_a_fiscal_year_are_no_calendar_quarter():
    """"the April-June 2021-22 period": April-June and the fiscal year 2021-22, not April-June 2021 and a count of 22."""
    assert [(m.kind, m.text) for m in find_mentions("for the April-June 2021-22 period")] == [
        ("month", "April-June"), ("fiscal", "2021-22")]


def test_rows_to_review_first_lead_with_the_most_serious_verdict(tmp_path):
    article = write_article(tmp_path, "Acme Revenue Up 9.1% in 2025",
                            "Acme said revenue rose to US$14.76 billion in 2025 from US$12.53 billion a year earlier. "
                            "It employs 5,300 people in six countries.")
    claims = draft_register(article)
    lines = review_first(claims, run_checks(article, claims, [], article.published))
    assert "implied growth: inconsistent" in lines[0]
    assert not any("5,300" in line for line in lines)  # a row no check questions and no link rests on


@pytest.mark.parametrize("sentence, printed, reason", [
    ("Two-wheeler sales rose 11.6 per cent to 1,849,546 units.", "Two", "compound word"),
    ("Total existing-home sales(1) rose 2.5 percent to 5.43 million in May.", "1", "footnote marker"),
    ("More detail is in Retail Trade, Australia (cat no. 8501.0).", "8501.0", "reference number"),
    ("Manchester City won 3-1 at home.", "3", "a score or a ratio"),
    ("The bill passed by a 2:1 majority.", "1", "a score or a ratio"),
    ("Cases doubled within 48 hours of the first report.", "48", "a span of time"),
    ("Growth reached 10.3 per cent in October, after a gap of 29 months.", "29", "a span of time"),
    ("The census is conducted every 10 years.", "10", "a span of time"),
    ("Total employment rose by 873,000 in September, following three months of little change.", "three",
     "a span of time"),
    ("The ratio rose to 58.7 percent after edging down in the prior two months.", "two", "a span of time"),
    ("The six month rolling average shows 5.94% growth.", "six", "a span that describes"),
    ("The number of 30 day active users rose to 16.6 million.", "30", "a span that describes"),
    ("Most cases were reported from Region 3: 3,902 (18 percent).", "3", "part of a name"),
    ("Most cases were reported from Region 7 (7,741, 12 percent).", "7", "part of a name"),
    ("The latest data (Morbidity Week 25) shows 64,797 cases.", "25", "part of a name"),
    ("Brisk sales of the new “Halo 3” video game helped profit rise 23 percent.", "3", "part of a quoted title"),
    ("A liter of 92 Octane Petrol now costs Rs 155.", "92", "a fuel's grade"),
    ("Octane 95 petrol was raised to Rs 169 a litre.", "95", "a fuel's grade"),
])
def test_numbers_that_name_or_mark_are_dismissed_with_why(tmp_path, sentence, printed, reason):
    rows = draft_rows(write_article(tmp_path, "Figures", sentence))
    row = next(r for r in rows if r["quote"] == printed)
    assert row["kind"] == "dismissed" and reason in row["note"]


@pytest.mark.parametrize("sentence, printed", [
    ("Whereas 23 deaths were registered in 2021, the highest since 2016.", "23"),
    ("The 12 firms reported losses in 2020.", "12"),
    ("About 40 people died in the floods in 2019.", "40"),
])
def test_a_number_after_a_word_that_opens_its_sentence_counts(tmp_path, sentence, printed):
    # capitalised only by its place, "Whereas" or "The" names nothing the way "Phase 2" does
    rows = draft_rows(write_article(tmp_path, "Figures", sentence))
    assert next(r for r in rows if r["value"] == printed)["kind"] == "count"


@pytest.mark.parametrize("sentence", [
    # the superlative picks the largest member of the set counted before it, not a figure above the count
    "After the first earthquake, a total of 435 more occurred, the largest of which was a magnitude 7.6 earthquake.",
    # "top 10" sizes a ranking
    "The top 10 source countries were Japan, the United States and Singapore, with respective tourist numbers of "
    "83,700, 72,800 and 51,700.",
    # "among the top losers": one of the leading group, not its leader
    "Bank shares were among the top losers, with Acme Bank losing 2 yen to 421 yen, while Beta Bank fell 5 yen.",
    # the comparison words belong to the gap between the two figures
    "The gross spend is 67 per cent higher than last summer's £1.1 billion and 34 per cent higher than the previous "
    "record (summer 2017's £1.4 billion).",
    "They spent £157.8 million more than last summer (£97.5 million) and £53.3 million more than the next biggest "
    "spenders (Manchester United's £202 million).",
    # "lower than the 1.8% monthly rise": the figure compared with, not a fall
    "The 0.5% monthly increase in food prices was lower than the 1.8% monthly rise recorded in August.",
    # "the third biggest", "the second-largest": a place in the ranking, not its head
    "The health ministry received the third biggest allocation at RM30.6 billion, after education at RM64.1 billion "
    "and finance at RM37.8 billion.",
    "Germany was the second-largest buyer at $9 billion, behind France at $12 billion.",
])
def test_a_figure_no_comparison_ranks_raises_nothing(tmp_path, sentence):
    article = write_article(tmp_path, "Figures", sentence)
    raised = [(c.kind, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
              if c.verdict in ("inconsistent", "tension")]
    assert not raised


def test_a_list_of_bracketed_rates_reads_each_as_its_item_s_move(tmp_path):
    """A statistics office's register: "rises in Queensland (0.8 per cent)", "a fall in cafes (-0.3 per cent)"."""
    article = write_article(tmp_path, "Retail turnover rises 0.4 per cent in August",
                            "There were rises in Queensland (0.8 per cent) and New South Wales (0.3 per cent). "
                            "The rises were partly offset by a fall in department stores (-0.3 per cent).")
    claims = [c for c in draft_register(article) if c.unit == "percent" and c.id != "D01"]
    assert [c.kind for c in claims] == ["growth"] * 3
    assert [c.entity for c in claims[:2]] == ["Queensland", "New South Wales"]
    assert "department stores" in claims[2].metric.lower() or claims[2].metric == ""
    assert claims[2].direction == "fall" and claims[2].interval.high < 0


def test_a_period_compared_with_is_not_the_figure_s_own(tmp_path):
    article = write_article(tmp_path, "Generation flat",
                            "Generation for the fiscal year 2025 stood at 127,160 GWh, unchanged from FY24.")
    assert [c.period for c in draft_register(article) if c.value == "127,160"] == ["FY2025"]


def test_a_record_s_since_names_the_period_compared_with(tmp_path):
    article = write_article(tmp_path, "Rents rise", "Inflation was 7.5% in September 2022. Rental data showed an "
                            "annual increase of 2.8%, the highest reading since before the pandemic, in February 2020.")
    assert [c.period for c in draft_register(article) if c.value == "2.8"] == ["2022-09"]


def test_a_move_after_of_is_a_noun_of_the_measure(tmp_path):
    """"the annual rate of increase for food and non-alcoholic beverages edged higher to 12%": the measure runs on past
    "of increase" to the verb, so it is not "the annual rate" of bread and cereals in the next sentence."""
    article = write_article(tmp_path, "October inflation ticks up to 7.6%",
                            "Inflation rose to 7.6% in October from 7.5% in September, as the annual rate of increase "
                            "for food and non-alcoholic beverages edged higher to 12%. The bread and cereals category "
                            "continues to witness high levels of inflation, with the annual rate increasing to 19.5% "
                            "from 19.3% in September.", published="2022-11-23")
    claims = draft_register(article)
    metric = {c.value: c.metric for c in claims}
    assert "food" in metric["12"] and metric["12"] != metric["19.5"]
    assert metric["7.6"] == "Inflation"  # the headline's "ticks up" is its verb
    assert not [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]


def test_the_ends_of_a_range_are_no_move(tmp_path):
    """"estimates ranging from $1.01 to $1.08", "its prior outlook for revenue of $1.25 billion to $1.29 billion":
    two ends of one range, never a figure and the one before it."""
    article = write_article(tmp_path, "Acme raises outlook",
                            "Acme now expects full-year revenue of $1.26 billion to $1.3 billion, up from its prior "
                            "outlook for revenue of $1.25 billion to $1.29 billion, with analysts' estimates ranging "
                            "from $1.01 to $1.08 per share.")
    claims = draft_register(article)
    checks = run_checks(article, claims, [], article.published)
    assert not [c for c in checks if "growth" in c.kind], [(c.kind, c.explanation) for c in checks]


def test_a_conversion_follows_its_amount_into_a_measure_of_its_own(tmp_path):
    """Results stated twice, then "On a non-GAAP basis": the second operating profit is another measure, and so is
    its conversion, never a restatement of the first one's."""
    article = write_article(tmp_path, "Acme announces third quarter results",
                            "Operating profit was RMB27,861 million (USD4,050 million) in the third quarter of 2018.\n"
                            "On a non-GAAP basis, which excludes certain non-cash items:\n"
                            "- Operating profit was RMB22,563 million (USD3,280 million).")
    claims = draft_register(article)
    metric = {c.value: c.metric for c in claims}
    assert metric["3,280"] == metric["22,563"] != metric["4,050"]
    assert not [c for c in run_checks(article, claims, [], article.published) if c.kind == "restatement"]


def test_a_figure_that_opens_its_subject_continues_no_other_measure(tmp_path):
    """"The £46bn headline figure is based on ...": the nouns after the figure say what it is, so it is no other
    figure of the share price the sentence before spoke of; "The 4 percent rise was ..." is a move of that measure."""
    article = write_article(tmp_path, "Takeda agrees £46bn deal",
                            "Takeda’s shares climbed almost four per cent to £31.50. The 4 percent rise was the "
                            "largest in a month. The £46bn headline figure is based on a Takeda share price of ¥4,923.")
    claims = draft_register(article)
    metric = {c.value: c.metric for c in claims}
    assert metric["46"] != metric["31.50"] and metric["4"].startswith(metric["31.50"])
    assert not [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]


ALARMS = ROOT / "tests" / "corpus" / "alarms"


@pytest.mark.parametrize("path", sorted(ALARMS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_false_alarm_on_articles_from_other_outlets(path):
    """Draft mode raises on these real articles only the alarms an expert confirmed (expected.csv)."""
    expected = [row for row in csv.DictReader(open(ALARMS / "expected.csv", encoding="utf-8"))
                if row["article"] == path.stem]
    article = read_article(path)
    claims = draft_register(article)
    values = {c.id: c.value for c in claims}
    raised = [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]
    unexpected = [(c.kind, c.verdict, c.explanation) for c in raised
                  if not any(row["kind"] == c.kind and row["verdict"] == c.verdict
                             and (row["value"] in {values[i] for i in c.claims} or not c.claims and not row["value"])
                             for row in expected)]
    assert not unexpected
    assert len(raised) == len(expected), [(c.kind, c.verdict) for c in raised]


def test_a_rate_against_the_period_before_is_not_a_rate_against_the_year_before(tmp_path):
    """'up 2.0 percent sequentially and 11.1 percent year over year': the first rate's basis is the quarter
    before, so the year-before level tests only the second; a rate 'compared to January-March' is of that quarter."""
    article = write_article(tmp_path, "Revenue edges up",
                            "Revenue was $500 million in the first quarter of 2025, up 2.0 percent sequentially and "
                            "11.1 percent year over year. In the first quarter of 2024, revenue was $450 million. "
                            "In the second quarter of 2025, 387 MW of capacity was added, which is 20 per cent higher "
                            "compared to January-March 2025, and down by 0.5 per cent over April-June 2024.")
    claims = draft_register(article)
    bases = {c.value: c.basis for c in claims if c.kind == "growth"}
    assert bases == {"2.0": "2024Q4", "11.1": "", "20": "2025Q1", "0.5": ""}
    checks = run_checks(article, claims, [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]
    implied = [c for c in checks if c.kind == "implied growth"]
    assert len(implied) == 1 and "11.1 % rise: consistent" in implied[0].explanation
    assert any("implies 2024Q4 was" in c.explanation for c in checks if c.kind == "prior level")



def test_a_rate_from_the_month_before_has_that_month_as_its_basis(tmp_path):
    """"rose 0.3 percent in May from April and 3.3 percent from a year earlier": April is what the first rate is
    measured against ("from April and" opens no span of months)."""
    article = write_article(tmp_path, "Prices edge up", "Consumer prices rose 0.3 percent in May 2024 from April and "
                                                        "3.3 percent from a year earlier.")
    assert {c.value: c.basis for c in draft_register(article) if c.kind == "growth"} == {"0.3": "2024-04", "3.3": ""}


# Consistent sentences in the registers of wire copy, results, statistics and budgets: each once raised a false
# alarm (the rule that fixed it in brackets).
CONSISTENT_SENTENCES = [
    # the figure moved to is compared with the forecast, not the one it moved from; "below the" is no qualifier
    "Inflation rose to 3.5 percent in October from 3.2 percent in September, below the 3.7 percent forecast.",
    # "up from" right after an amount is that amount's figure before; the rate before it is the other amount's
    "Imports fell 2.1 percent to $230 billion in May, leaving a surplus of $70 billion, up from $52 billion a year "
    "earlier.",
    # comparison links are no parts of a whole
    "Germany was the largest buyer at $12 billion, followed by France at $9 billion and Italy at $7.5 billion.",
    # "the top source market" ranks the figure after it, and "top" is no verb of comparison
    "Tourist arrivals rose 12 percent to 1.5 million in October, with China the top source market at 300,000, "
    "up 20 percent, and India second at 150,000.",
    # a rate said after another amount is that amount's ("on revenue of $300 million, up 10 percent")
    "The firm posted a net loss of $45 million in the quarter, narrower than the $60 million loss a year ago, on "
    "revenue of $300 million, up 10 percent.",
    # a share the sentence moved from is of another period's amounts
    "Voter turnout was 66.3 percent, with 642 million of the 968 million eligible voters casting ballots, down "
    "from 67.4 percent in 2019.",
    # "five points ahead of Arsenal on 40" is the size of a gap, no figure above 40; a score is no quantity
    "Manchester City won 3-1, taking their tally to 45 points from 20 games, five points ahead of Arsenal on 40.",
    # "greater than £50m" is a threshold clubs are counted against, no figure before; "per club" is per unit; a
    # year and the next with a slash is a season
    "Wage costs for 2005/06 increased by 9 per cent to £854m, an average of £43m per club. Five clubs had wage "
    "costs greater than £50m.",
    # a rate "rose to 4.2 percent from 4.0 percent" is the rate itself before and after, no restatement of one
    # period; "edged up to" is no ceiling, and "from 63 percent in July" is July's figure
    "The unemployment rate rose to 4.2 percent from 4.0 percent, while the participation rate held at 62.5 percent.",
    "The labor force participation rate edged up to 63.2 percent in August from 63 percent in July.",
    # a move to a figure is its own measure's, not a rank below another measure's
    "The bank's gross NPAs fell to 2.8 percent of advances from 3.9 percent a year ago, while net NPAs eased to "
    "3.1 percent.",
    # a rate "than" another measure's rate is compared with it, never moved from it; the printed order settles
    # what rounding leaves open ("3 percent, faster than the 2.5 percent")
    "Exports grew 12 percent to $30 billion, slower than the 15 percent pace of imports, which reached $35 billion.",
    "Prices rose 3 percent, faster than the 2.5 percent rise in wages.",
    # a rate and the one it moved from are no restatement of one period
    "Growth slowed to 5 percent from 6 percent.",
    # a revision that says no direction is another estimate of the figure, no restatement of it
    "Debt servicing was Rs3.059 trillion for the outgoing fiscal year, which was later revised to Rs3.143 trillion.",
    # a revised forecast is no restatement of the one it revises, nor a year's growth from it
    "The company cut its full-year revenue forecast to $1.10 billion from $1.14 billion.",
    # a range of guidance above the analysts' forecast it is set against; the expenses in a range of their own
    "Meta is forecasting revenue in the range of $53.5 billion to $56.5 billion. That's above analysts' forecast of "
    "$51.4 billion. Meta is forecasting expenses in the range of $162 billion to $169 billion.",
    # "followed by the ASEAN, up 11.3 percent to 2.35 trillion yuan" ranks the volume, not its growth rate
    "The EU was China's largest trading partner over that period, with trade volume up 10.8 percent from a year "
    "earlier to 2.72 trillion yuan, followed by the ASEAN, up 11.3 percent to 2.35 trillion yuan, and the US, down 8.1 "
    "percent to 2.1 trillion yuan.",
    # exports to the US and imports from it make no part of the whole trade surplus; "with exports ... dropping" has
    # a subject of its own
    "That left the country with a trade surplus of 1.55 trillion yuan in the first seven months of 2019. China's trade "
    "surplus with the US increased by 11.1 percent during the first seven months of 2019 with exports to the US "
    "dropping 2.1 percent to 1.62 trillion yuan, and imports from the US declining 24 percent to 473.93 billion yuan.",
    # "to $4.85 billion from $4.62 billion last year" of a quarter is the same quarter a year before, no part of the
    # year, and "last year's second quarter" names a quarter, not the year the story ran in
    "The company's earnings came in at $873 million, or $2.37 per share, in its second quarter. This compares with "
    "$557 million, or $1.52 per share, in last year's second quarter. The company's revenue for the quarter rose 5.0% "
    "to $4.85 billion from $4.62 billion last year.",
    # an "at a glance" list run on in one line; "Bln" and "Mln" are scales
    "The company's earnings at a glance: -Earnings (Q2): $573 Mln. vs. $454 Mln. last year. -Earnings Growth (Y-o-Y): "
    "26.2% -EPS (Q2): $1.52 vs. $1.22 last year. -EPS Growth (Y-o-Y): 24.6% -Revenue (Q2): $3.74 Bln vs. $3.21 Bln "
    "last year. -Revenue Change (Y-o-Y): 16.5%",
    # "the highest single-day spike" is a record against the past, no ranking of the day's deaths or the total; a
    # headline's "tally crosses 27 lakh" is the tally's, not the recoveries' of its first clause
    "India has reported the highest single-day spike of 24,879 new positive cases and 487 deaths in the last 24 hours, "
    "taking the total number of COVID-19 cases in the country to 7,67,296.",
    # "Sales in the U.S." are the US's, no whole that Europe's sales are a part of
    "Sales in the U.S. rose 15.5% to 1.47 million in September 2015. Europe sales were 4.9% better than year-ago, "
    "totaling 1.85 million units.",
    # one index's December rise ("after rising 0.2% in December") is no other index's December fall
    "The Consumer Price Index increased 0.3% in January, after rising 0.2% in December. The energy index fell 0.9% "
    "in January, after falling 0.2% in December.",
    # a scale after a doubled space is still the number's
    "Net profit surges 82.38% to Rs. 73.08  millions  from Rs. 40.07 millions in the quarter ended September 2021.",
    # a consolidated profit is no part of the profit named plainly beside it
    "In the quarter ended December 31, 2020, consolidated profit was Rs 57.29 crore and profit was Rs 48.74 crore.",
    # a price is no amount with its scale left out ("Rs 1,285 a piece" beside crore figures)
    "Net profit rose to Rs 108 crore, and the scrip was trading 7.55 per cent higher at Rs 1,285 a piece, against "
    "Rs 1,195 a piece the day before.",
    # shares of a whole in other years, or of other wholes, imply no one whole
    "The deficit was $20 billion or 2 percent of GDP in 2023, and $45 billion or 4 percent of GDP in 2024.",
    "Exports were $300 billion or 20 percent of GDP, while 1.2 million workers or 8 percent of the labour force "
    "worked in export industries.",
    # shares of two breakdowns of one whole overlap: a trade mode's and an ownership type's are not added
    "General trade accounted for 58.6 percent of total foreign trade in 2024. Private enterprises played a bigger "
    "role by contributing 55.4 percent to total trade.",
    # a share and the share it moved from, or another period's, are no parts of one whole
    "Coal accounted for 63 percent of power generation, up from 60 percent, while in 2019 it made up 65 percent.",
    # contributions to a change may pass 100 % when a part left out went the other way (net exports' -8.6 %)
    "Consumption contributed 76.2 percent to GDP growth in 2019, while capital formation contributed 31.7 percent.",
    # a figure in brackets details the item before it, and is no part beside it
    "The gross GST revenue collected in September 2021 is Rs 1,17,010 crore of which CGST is Rs 20,578 crore, SGST is "
    "Rs 26,767 crore, IGST is Rs 60,911 crore (including Rs 29,555 crore collected on import of goods) and Cess is Rs "
    "8,754 crore (including Rs 623 crore collected on import of goods).",
    # a measure that is only a name ("P&G") measures nothing "P&G shares" is part of
    "As of Monday's close, P&G shares were up nearly 30% year-to-date, boosting its market value to $298 billion. "
    "P&G reported net income of $3.59 billion in the quarter, up from $3.20 billion a year earlier.",
    # "over" after a figure and a comma is a floor of its own, no figure compared with
    "Death toll rises to 15, over 200,000 displaced due to flood in 2008.",
    # a figure for a name outside the group a summary speaks of is no member of it
    "Petrol prices in Delhi, Mumbai and Kolkata crossed Rs 100 a litre on Monday. In Chennai, petrol sold at Rs 98 a "
    "litre on Monday.",
    # segments' profit is no part of the company's revenue, whatever their growth
    "Acme's revenue rose 12% to $819 million in 2024. The Asia segment's operating profit rose 30% in 2024, and the "
    "Europe segment's operating profit rose 25%.",
    # "net interest income" is no segment beside "non-interest income": the two are no split of total income
    "The bank's total income rose to Rs 9,800 crore in 2024. Net interest income was Rs 6,100 crore in 2024, while "
    "non-interest income was Rs 2,200 crore.",
    # a figure said to be a share of the total is no total of the other shares
    "Arrivals from Asia stood at 1.685 million in 2024, accounting for 68.5 percent of the total. Visitors from "
    "Europe increased 11 percent to 447,300 in 2024, accounting for 18.2 percent of the total.",
    # the industries split fixed-asset investment, defined by what it leaves out, not a smaller total after them
    "China's investment in fixed assets, excluding rural households, stood at 10.08 trillion yuan in the first "
    "quarter of 2024. The investment in the primary industry came in at 290 billion yuan. The investment in the "
    "secondary industry came in at 3.58 trillion yuan. The investment in the tertiary industry came in at 6.21 "
    "trillion yuan. Separately, total investment in property development stood at 2.13 trillion yuan.",
    # a roundup of companies, each named as it reports: one's figures are not set against another's
    "Audi of America reported 7,428 sales for March 2024, up eight percent over March 2023. BMW of North America "
    "also reported a record first quarter. March 2024 sales increased to 17,300, up 5 percent from 16,516 in March "
    "2023.",
    # a measure passing a mark later is no comparison of the earlier figure with the mark
    "The total number of deaths was 4,960 at the end of March 2024 and exceeded 5,000 on the first day of April 2024.",
    # "added up to" says what they totalled, no ceiling: the deficit is their difference, to the rounding
    "The trade balance fell into a deficit of 463.7 billion yen in April 2011. Exports totaled 5.156 trillion yen in "
    "April 2011 and imports added up to 5.619 trillion yen in April 2011.",
    # a figure the list is drawn from is no item of it
    "Out of 100,000 tests, 5,000 were positive and 3,000 pending for a total of 8,000 results to follow up.",
    # a partial count as of a day, the final count after it: two days' tallies, both clauses of the first its day's
    "The commission certified the results on Wednesday. The winner's final vote tally is 10,467 or 59.62% of the "
    "votes cast. A partial tally as of Nov. 17 showed the winner received 10,326 votes or 59.61% of the votes cast, "
    "while the runner-up got 6,996 votes or 40.39% of the votes cast.",
    # "the six month rolling average": a span describing a noun, no figure to compare the rates with
    "The six month rolling average data shows 5.94% annualised growth rate in January, down from 7.79% in December "
    "and a high of 11.93% in October 2009.",
    # a per-day average is no side of the surplus the month's totals make
    "Per-day exports also advanced 11.2 percent on-year to $2.35 billion. Imports fell 6.3 percent on-year to $34.84 "
    "billion during the first 20 days of March, resulting in a trade surplus of $700 million.",
    # a breakdown by region beside one by industry: two breakdowns, not one; a segment's move restates no whole's
    "In the first nine months of 2024, private investment reached 25,561.4 billion yuan, the growth rate was 0.6 "
    "percentage points lower than that in the first eight months. In term of different areas, the private investment "
    "in eastern region amounted to 12,210.5 billion yuan. In term of different industries, the private investment in "
    "primary industry reached 892.0 billion yuan, decreased 0.6 percentage points over the first eight months; that "
    "in the secondary industry amounted to 12,831.9 billion yuan; that in the tertiary industry was 11,837.5 billion "
    "yuan.",
]


@pytest.mark.parametrize("body", CONSISTENT_SENTENCES)
def test_consistent_sentences_raise_no_alarm(tmp_path, body):
    article = write_article(tmp_path, "A headline without numbers", body)
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]


def test_a_year_earlier_is_the_year_before_the_figures_period_not_before_the_day_it_was_said(tmp_path):
    """"Acme said on Monday that revenue rose to US$14.76 billion in 2025 from US$12.53 billion a year earlier":
    the earlier figure is 2024's, so the headline's 9.1 % meets the levels' 17.8 %."""
    article = write_article(tmp_path, "Acme Revenue Up 9.1% in 2025",
                            "Acme said on Monday that revenue rose to US$14.76 billion in 2025 from US$12.53 billion "
                            "a year earlier.")
    claims = draft_register(article)
    assert {c.value: c.period for c in claims if c.kind == "level"} == {"14.76": "2025", "12.53": "2024"}
    checks = run_checks(article, claims, [], article.published)
    assert any(c.kind == "implied growth" and c.verdict == "inconsistent" for c in checks)


def test_a_rate_after_a_figure_its_own_rate_came_before_is_another_measure_s(tmp_path):
    """"Imports rose 3.1% to 56.66 billion ringgit, resulting in a 1% growth in total trade": the level is imports',
    not total trade's."""
    article = write_article(tmp_path, "Malaysia's exports fall", "Imports rose 3.1% to 56.66 billion ringgit, resulting "
                                                                 "in a 1% growth in total trade.")
    [level] = [c for c in draft_register(article) if c.value == "56.66"]
    assert level.metric == "Imports"


@pytest.mark.parametrize("body, value, metric", [
    ("Edmunds.com predicts that Chrysler will sell 157,000 units in September.", "157,000", "Chrysler, estimate"),
    ("The World Bank had projected that Nigeria's diaspora remittances will increase 2.5 per cent to $17.6 billion in "
     "2021.", "17.6", "Nigeria's diaspora remittances"),
])
def test_what_is_foreseen_after_that_is_the_measure_not_who_foresaw_it(tmp_path, body, value, metric):
    article = write_article(tmp_path, "A headline without numbers", body)
    [claim] = [c for c in draft_register(article) if c.value == value]
    assert claim.metric == metric


@pytest.mark.parametrize("words", ["crosses 200GW", "crossed 200 GW", "surged beyond the 200-gigawatt (GW) mark",
                                   "surpassed 200 GW"])
def test_a_threshold_passed_is_a_floor(tmp_path, words):
    article = write_article(tmp_path, "A headline without numbers", f"India's peak electricity demand {words} today.")
    [claim] = [c for c in draft_register(article) if c.value == "200"]
    assert claim.qualifier == "over"


@pytest.mark.parametrize("body, published, period, verdict", [
    # Pakistan's government year starts in July: the end the sentence names and the start it implies agree
    ("Pakistan’s public debt stood at Rs. 44,366 billion at the end of March 2022, after an increase of Rs. 4,500 billion "
     "during the first nine months of the current fiscal year.", "2022-06-11", "2021-07/2022-03", "consistent"),
    # a span of that year ending in September starts in January: not Pakistan's government year, maybe a company's
    ("Pakistan’s public debt stood at Rs. 44,366 billion at the end of September 2021, after an increase of Rs. 4,500 billion "
     "during the first nine months of the current fiscal year.", "2021-11-11", "2021-01/2021-09", "tension"),
    # India's year starts in April: with no end named, its first eight months run April to November
    ("The Indian government spent Rs 780,532 crore during the first eight months of the current financial year.",
     "2015-01-09", "2014-04/2014-11", "consistent"),
    # a currency whose country's year the table does not know: the year's first months, which no calendar decides
    ("The company earned $4.5 billion during the first nine months of the current fiscal year.", "2025-03-01",
     "FY2025 (first 9 months)", "unverifiable"),
    # "Rs" with no country named may be India's rupee or Pakistan's: no year is assumed
    ("The cost of power rose to Rs9.14 during the first nine months of the ongoing fiscal year.", "2023-04-26",
     "FY2023 (first 9 months)", "unverifiable"),
])
def test_the_first_months_of_a_fiscal_year_are_the_months_of_the_country_s_year(tmp_path, body, published, period,
                                                                                 verdict):
    article = write_article(tmp_path, "Figures", body, published)
    claims = draft_register(article)
    span = next(c for c in claims if c.unit == "months")
    check = next(c for c in run_checks(article, claims, [], article.published) if span.id in c.claims)
    assert (span.period, check.verdict) == (period, verdict), check.explanation


@pytest.mark.parametrize("body, published, periods", [
    # the year the article says its company keeps: a Malaysian bank's FY18 "ended Dec 31" is the calendar year 2018
    ("For the financial year ended Dec 31 (FY18), net profit rose 7.9% to RM8.11 billion versus RM7.52 billion a "
     "year earlier.", "2019-02-27", {"8.11": "2018", "7.52": "2017"}),
    # a year "ending March" in October is the one under way, a year "ended March 31" the one before it
    ("Honda now expects net profit to reach 675 billion yen for the fiscal year ending March. Net profit for the "
     "fiscal year ended March 31 was 1,059 billion yen.", "2018-10-30",
     {"675": "2018-04/2019-03", "1,059": "2017-04/2018-03"}),
    # the day before the month, as British and Indian outlets print it
    ("Infosys reported consolidated profit of Rs 6,586 crore for the quarter ended 31 December 2022. For the nine "
     "months ended 30 September 2022, revenue was Rs 10,000 crore.", "2023-01-12",
     {"6,586": "2022Q4", "10,000": "2022-01/2022-09"}),
    # "the first half of the financial year ending September 30", no year: the half ends then, India's year runs on
    ("Mumbai, Nov 4 Berger Paints India's net profit fell 23.6 per cent to Rs 206 crore for the quarter ended September 30 "
     "(Q2 FY26). For the first half of the financial year ending September 30, revenue grew 2.8 per cent.",
     "2025-11-04", {"206": "2025Q3"}),
])
def test_a_fiscal_year_the_article_says_ends_in_a_month_is_that_year_s_months(tmp_path, body, published, periods):
    article = write_article(tmp_path, "Results", body, published)
    assert {c.value: c.period for c in draft_register(article) if c.value in periods} == periods


def test_every_drafted_figure_has_an_id_of_its_own(tmp_path):
    # an upper end of a range taken out of a clause once let the next figure take an id already given, so a link
    # to one pointed at the other
    article = write_article(tmp_path, "Guidance raised",
                            "Revenue will be between $438 million to $440 million, compared to a range of $423 "
                            "million to $428 million. The margin will rise from 1% previously, to between 1% and 2%.")
    figures, _ = _figures(article, None)
    assert len({f.id for f in figures}) == len(figures)


@pytest.mark.parametrize("boosters, verdict", [("3,787,928", "consistent"), ("100,000", "tension")])
def test_what_a_running_total_includes_holds_the_item_of_its_name_the_day_before_counted(tmp_path, boosters, verdict):
    article = write_article(tmp_path, "Doses given",
                            "A total of 129,387 doses were dispensed yesterday, with 4027 as the first dose, 4970 as "
                            "second dose and 120,390 as booster dose. This brings to a total of 55,039,657 doses, "
                            f"including {boosters} booster doses.")
    claims = draft_register(article)
    ids = {c.value: c.id for c in claims}
    checks = run_checks(article, claims, [], article.published)
    joined = [c for c in checks if set(c.claims) == {ids["120,390"], ids[boosters]}]
    assert [c.verdict for c in joined] == [verdict]


def test_the_largest_of_which_is_one_member_s_size_no_part_of_the_count(tmp_path):
    article = write_article(tmp_path, "Quake", "After the first earthquake, a total of 435 more occurred, the largest "
                                               "of which was a magnitude 7.6 earthquake.")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert not rows["435"]["links"]


def test_a_bracketed_fiscal_label_names_the_period_and_a_sequential_sentence_leaves_the_quarter(tmp_path):
    # "(Q4FY21)" names the quarter "ended March 31, 2021" as the headline does; "Sequentially, ... Q3FY21" is the
    # quarter before, given to compare with; "posted last year" beside the quarter is that quarter a year before
    article = write_article(tmp_path, "Acme Q4FY21 results: Profit rises 45% YoY to Rs 35 crore",
                            "Acme on Tuesday reported a 45.04 per cent rise in profit at Rs 35 crore for the quarter "
                            "ended March 31, 2021 (Q4FY21). Sequentially, the company posted a profit of Rs 36.25 crore "
                            "in the quarter ended December 31, 2020 (Q3FY21). Revenue grew 39.5 per cent YoY to Rs "
                            "601.99 crore as compared to Rs 431.47 crore posted last year.", published="2021-05-25")
    periods = {r["value"]: r["period"] for r in draft_rows(article) if r["kind"] != "date"}
    assert (periods["35"], periods["36.25"], periods["601.99"], periods["431.47"]) == \
        ("FY2021Q4", "FY2021Q3", "FY2021Q4", "FY2020Q4")


def test_a_title_case_dateline_and_a_weekday_before_reported_name_no_period(tmp_path):
    # "Tokyo, Aug. 6 (Jiji Press)--" is a dateline; "on Thursday reported" says when it was said: the quarter the
    # clause names is the figures' period, and the headline's "74.3 Pct" restates the lede's, not the year's forecast
    article = write_article(tmp_path, "Toyota's April-June Net Profit Down 74.3 Pct",
                            "Tokyo, Aug. 6 (Jiji Press)--Toyota Motor Corp. on Thursday reported a consolidated net "
                            "profit of 158,843 million yen for the April-June quarter, down 74.3 pct from a year "
                            "earlier.\n\nFor the whole of fiscal 2020, the company projected a net profit of 730 "
                            "billion yen, down 64.1 pct.", published="2020-08-06")
    assert article.dateline == "Tokyo, Aug. 6 (Jiji Press)--"
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


def test_a_wire_dateline_with_its_country_and_a_section_label_name_no_measure(tmp_path):
    # "New Delhi [India], April 1 (ANI):" is a dateline; "Business News |" labels the headline: the headline's and
    # the lede's figures are one measure's
    article = write_article(tmp_path, "Business News | Coal Production Rises by 8.55 Per Cent to 777.23 Million Tonnes",
                            "New Delhi [India], April 1 (ANI): India's coal production increased by 8.55 per cent to "
                            "777.23 Million Tonnes (MT) as compared to 716 MT.", published="2022-04-01")
    assert article.dateline == "New Delhi [India], April 1 (ANI): "
    metrics = {c.metric for c in draft_register(article) if c.value == "777.23"}
    assert len(metrics) == 1 and "coal production" in metrics.pop().lower()


@pytest.mark.parametrize("words, period", [
    ("in the first three months of 2024", "2024Q1"),  # the year named right after the months
    ("in the first 7 months of 2023", "2023-01/2023-07"),
    ("during the first month this year", "2025-01"),  # a month named by its place: January
])
def test_the_first_months_of_a_named_year(tmp_path, words, period):
    article = write_article(tmp_path, "Arrivals", f"Tourist arrivals {words} rose to 604,953.")
    (figure,) = [c for c in draft_register(article) if c.kind in ("level", "count")]
    assert figure.period == period



def test_the_size_of_a_ranking_is_no_rival_of_its_leader(tmp_path):
    """"the top ten countries ... the top regions contributing 72,500, 48,773 and 41,470 visitors": ten sizes the
    ranking of countries; the regions' figures are the rivals of the first."""
    article = write_article(tmp_path, "Arrivals", (
        "In January 2024, China, India and the UK were the top ten countries, while Western Europe, East Asia and "
        "South Asia were the top regions contributing 72,500, 48,773 and 41,470 visitors."))
    claims = draft_register(article)
    ten = next(c.id for c in claims if c.value == "ten")
    ranked = [c for c in run_checks(article, claims, [], article.published) if c.kind == "largest"]
    assert ranked and all(ten not in c.claims for c in ranked)


def test_a_running_total_after_the_day_s_count_and_a_number_repeated_in_digits_are_no_restatements(tmp_path):
    """"Two more persons confirmed for Covid-19; country total increases to 762": the total is another figure than
    the day's two; "Two (02) more persons": the digits repeat the word, no part of anything."""
    article = write_article(tmp_path, "Two more persons confirmed for Covid-19; country total increases to 762",
                            "Two (02) more persons have tested positive for Covid-19 (new coronavirus) infection.\n"
                            "The country total has increased to 762 according to the Ministry of Health.")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


def test_a_figure_restated_later_keeps_its_period_and_counts_once(tmp_path):
    """The lede's "fell by one per cent to 100.84 billion kwh in January 2019", printed again at the end after a
    sentence on April-January, is January's figure, one part of January's total, not two; "It is the second
    contraction ... the month of April 2015 saw a decline of 0.5 per cent" is April 2015's, no restatement. The
    renewable figure beside the restated one is January's too, the other kind of the total (whose year-before level,
    109.77 = 101.86 + 9.3 / 1.175, fits the parts'; the real article printed 109.25)."""
    article = write_article(tmp_path, "Power generation falls", (
        "Conventional power generation fell by one per cent to 100.84 billion kwh in January 2019 from 101.86 billion "
        "units in January 2018. It is the second contraction in the past 44 months-the month of April 2015 saw a "
        "decline of 0.5 per cent. Total power generation rose to 110.1 billion units in January 2019 from 109.77 "
        "billion units in January 2018. During the period between April 2018 and January 2019, the cumulative power "
        "generation stood at 1,158.0 billion units. While conventional power generation fell by one per cent to "
        "100.84 billion kwh, renewable generation jumped by 17.5 per cent to 9.3 billion units."), published="2019-03-08")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value == "100.84"} == {"2019-01"}
    assert next(c.period for c in claims if c.value == "0.5") == "2015-04"
    assert next(c.period for c in claims if c.value == "9.3") == "2019-01"
    checks = run_checks(article, claims, [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]
    assert any(c.kind == "parts of a total" and len(c.claims) == 3 for c in checks)


def test_a_weekday_it_was_said_on_and_a_day_s_snapshot_leave_the_results_in_their_own_period(tmp_path):
    # "on Tuesday reported" says when; "As of Monday's close" is a snapshot of the shares: neither is the period
    # of the results the next sentences give
    article = write_article(tmp_path, "Acme earnings Q3 2024",
                            "Acme on Tuesday reported quarterly earnings that beat analysts' expectations.\n"
                            "As of Monday's close, Acme's market value was $298 billion.\n"
                            "Acme reported net income of $3.59 billion.", published="2024-10-22")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["3.59"]["period"] == "2024Q3" and rows["298"]["period"] == "2024-10-21"


def test_key_figure_lines_are_restated_by_the_body_and_an_estimate_meets_its_own_line_s_actual(tmp_path):
    article = write_article(tmp_path, "Acme earnings Q3 2024",
                            "Here's what the company reported compared with what Wall Street was expecting:\n"
                            "Earnings per share: $1.37, adjusted, vs. $1.24 expected\n"
                            "Revenue: $17.80 billion vs. $17.42 billion expected\n"
                            "Acme reported net income of $3.59 billion, or $1.36 per share.\n"
                            "Excluding items, Acme earned $1.37 per share, beating the estimate of $1.24 per share.\n"
                            "Net sales rose 7% to $17.80 billion, topping expectations of $17.42 billion.",
                            published="2024-10-22")
    checks = run_checks(article, draft_register(article), [], article.published)
    restated = sorted(c.explanation.split('"')[1] for c in checks if c.kind == "restatement")
    assert restated == ["1.24 USD per share", "1.37 USD per share", "17.42 bn USD", "17.80 bn USD"], restated
    above = [c for c in checks if c.kind == "comparison"]
    assert any("1.37 USD per share" in c.explanation for c in above) and all(c.verdict == "consistent" for c in above)


def test_the_day_a_period_ended_is_drafted_and_checked_against_the_story_s_day(tmp_path):
    # "in the quarter ended December 31, 2021 (Q3FY21)" in May 2021: the bracket names the period; the day printed
    # for its end had not come
    article = write_article(tmp_path, "Tyre maker's profit rises", "Sequentially, the company posted a profit of Rs "
                            "36.25 crore in the quarter ended December 31, 2021 (Q3FY21). Profit was Rs 35 crore in "
                            "the quarter ended March 31, 2021.", published="2021-05-25")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if "ended" in c.explanation]
    assert sorted(c.verdict for c in checks) == ["consistent", "inconsistent"], [c.explanation for c in checks]


def test_a_whole_fiscal_year_is_its_months_and_holds_the_months_counted_in_it(tmp_path):
    # an Indian article with no money in it: its country's fiscal year still says 2022-23 is April 2022-March 2023,
    # so April-February's output is a part of the year's
    article = write_article(tmp_path, "India's coal output", "India's coal production stood at 785.39 million tonne "
                            "in April-February 2022-23. During 2022-23, India's coal production was 893 million "
                            "tonnes.", published="2023-03-05")
    periods = {r["value"]: r["period"] for r in draft_rows(article)}
    assert (periods["785.39"], periods["893"]) == ("2022-04/2023-02", "2022-04/2023-03")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [(c.kind, c.verdict) for c in checks if "whole" in c.kind] == [("part of whole", "consistent")]


def test_the_year_of_a_target_a_share_is_of_is_not_the_share_s_period(tmp_path):
    article = write_article(tmp_path, "Fiscal deficit at 12.3% of the annual Budget target for 2022-23 in May",
                            "India's fiscal deficit at the end of May stood at 12.3% of the annual Budget target.",
                            published="2022-06-30")
    assert {r["period"] for r in draft_rows(article) if r["value"] == "12.3"} == {"2022-05"}


def test_period_words_opening_a_bracket_are_the_bracketed_figure_s(tmp_path):
    article = write_article(tmp_path, "R&D spending", "During nine months FY2020, R&D expenses were Rs 114 crore (9 "
                            "Months FY 2019 Rs 136 crore).", published="2020-02-06")
    periods = {r["value"]: r["period"] for r in draft_rows(article)}
    assert (periods["114"], periods["136"]) == ("FY2020 (first 9 months)", "FY2019 (first 9 months)")


def test_the_first_months_of_a_fiscal_year_are_months_where_the_country_s_fiscal_year_is_known(tmp_path):
    # India's fiscal year starts in April: "nine months FY2020" is the "nine months period" of April-December 2019,
    # so R&D's 6 per cent is of that span's revenue
    article = write_article(tmp_path, "Indian drug maker's R&D", "The company reported a net profit of Rs 108 crore for "
                            "the quarter ended December 31, 2019. For the nine months period, revenue from operation "
                            "stood at Rs 1,906 crore. During nine months FY2020, R&D expenses were Rs 114 crore which "
                            "is 6 per cent of operating revenue, the company in India said.", published="2020-02-06")
    periods = {r["value"]: r["period"] for r in draft_rows(article)}
    assert periods["114"] == periods["1,906"] == "2019-04/2019-12"
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "share of a total"] == ["consistent"]


def test_a_sentence_comparing_last_year_s_figure_with_this_year_s_leaves_the_article_in_this_year(tmp_path):
    # "In the 2024 budget, too" moves the article to 2024; "had received ... last year, compared to ... in this
    # year's budget" compares both ways, but this year's figure is the year the article reports, and the next
    # sentence's figure, with no period of its own, is of it
    article = write_article(tmp_path, "Budget allocations", "In the 2024 budget, too, the ministry had been ranked "
                            "second, with Rs 2,56,948 crore. This ministry had received Rs 1,18,101 crore last year, "
                            "compared to Rs 1,99,107.71 crore in this year's budget. The Ministry of Railways has been "
                            "allocated Rs 1,40,367.13 crore.")
    periods = {c.value: c.period for c in draft_register(article)}
    assert (periods["1,18,101"], periods["1,99,107.71"], periods["1,40,367.13"]) == ("2024", "2025", "2025")


def test_a_cumulative_aside_leaves_the_article_in_its_month(tmp_path):
    article = write_article(tmp_path, "Exports rise", "Exports rose 5 per cent to $30.2 billion in January 2025. On a "
                            "cumulative basis, during April 2024-January 2025, exports were $350.1 billion. Imports "
                            "fell 2 per cent to $40.3 billion.")
    periods = {c.value: c.period for c in draft_register(article)}
    assert (periods["30.2"], periods["350.1"], periods["40.3"]) == ("2025-01", "2024-04/2025-01", "2025-01")


@pytest.mark.parametrize("before, verdict", [("1.38", "consistent"), ("1.80", "inconsistent")])
def test_a_margin_moved_from_is_its_own_period_s_profit_over_revenue(tmp_path, before, verdict):
    article = write_article(tmp_path, "Margin improves", "In the 3QFY25-26, the company's net profit of INR527.6m "
                            "increased 69.2 per cent YoY from INR311.9m in the 3QFY24-25. Revenue from operations fell "
                            "to INR21.587bn from INR22.567bn in the 3QFY24-25. Its net profit margin improved to 2.44 "
                            f"per cent from {before} per cent in the 3QFY24-25.", published="2026-02-03")
    claims = draft_register(article)
    ids = {c.value: c.id for c in claims}
    check = next(c for c in run_checks(article, claims, [], article.published)
                 if c.kind == "share of a total" and ids[before] in c.claims)
    assert check.verdict == verdict and {ids["311.9"], ids["22.567"]} <= set(check.claims)


def test_per_share_is_no_share_of_a_whole(tmp_path):
    article = write_article(tmp_path, "Outlook", "It also said it now expects its core earnings per share to grow "
                            "between 4% and 10% in fiscal 2025.")
    assert [c.kind for c in draft_register(article) if c.value == "4"] == ["growth"]


def test_names_then_as_many_figures_are_each_of_its_name_and_parts_of_the_period_s_total(tmp_path):
    article = write_article(tmp_path, "Arrivals", "The number of tourist arrivals rose 12.9 percent to 219,360 in "
                            "January 2025. Western Europe, East Asia and South Asia were the top regions contributing "
                            "72,500, 48,773 and 41,470 visitors in January 2025.")
    claims = draft_register(article)
    assert [(c.value, c.entity) for c in claims if c.value in ("72,500", "48,773", "41,470")] == [
        ("72,500", "Western Europe"), ("48,773", "East Asia"), ("41,470", "South Asia")]
    parts = [c for c in run_checks(article, claims, [], article.published) if c.kind == "parts of a total"]
    assert len(parts) == 1 and parts[0].verdict == "consistent" and len(parts[0].claims) == 4


def test_a_ratio_that_improves_is_no_rise(tmp_path):
    article = write_article(tmp_path, "Bank results", "The gross NPA ratio improved to 2.8 per cent in Q4FY24 as "
                            "compared to 3.2 per cent in Q4FY23.")
    assert not [c for c in draft_register(article) if c.trend in ("rising", "falling")]


def test_a_number_glossed_in_brackets_after_a_name_is_part_of_the_name(tmp_path):
    article = write_article(tmp_path, "Budget", "However, Grant 51 (Police) budget allocation is increased by 13.38 per "
                            "cent from BE of Rs 1,03,802.52 crore in 2021-22 to BE of Rs 1,17,687.99 crore in 2022-23.",
                            published="2022-02-02")
    claims = draft_register(article)
    assert [c.kind for c in claims if c.value == "51"] == ["dismissed"]
    check = next(c for c in run_checks(article, claims, [], article.published) if c.kind == "implied growth")
    assert check.verdict == "consistent"


def test_a_figure_within_the_others_rounding_is_no_part_of_their_sum(tmp_path):
    """"RMB 1.29558" (its "trillion" lost) beside "945.84 billion" and "349.74 billion": no part of the 1,295.6 billion
    the two add up to, nor a segment of its growth; the local firms' profit "has fallen over the same period by 8.2%"."""
    article = write_article(tmp_path, "SOE profit in January-July grows by 7.6 % to RMB 1,295.6 billion",
                            "Profits of state-owned enterprises in the first seven months of this year was RMB 1.29558, "
                            "an increase of 7.6% compared to last year. Profits of the central SOEs has risen for the "
                            "January-July period by 14.9 % from a year earlier to RMB 945.84 billion, while the profit "
                            "of local SOEs has fallen over the same period by 8.2% yearly to RMB 349.74 billion.",
                            published="2013-08-20")
    checks = _checks_of(article)
    sums = [c.explanation for c in checks if c.kind == "sum of parts"]
    assert sums and all("1.29558" not in text for text in sums), sums
    assert [c.verdict for c in checks if c.kind == "aggregate growth"] == ["consistent"]


def test_a_move_said_before_its_cause_is_not_the_causes_pair(tmp_path):
    # "lower" is net profit's; provisions rose from Rs 82 crore to Rs 226 crore, and no word says they fell
    found = _verdicts(tmp_path, "Bank results", "The bank's operating profit was 30 per cent higher at Rs 285 crore "
                      "against Rs 219 crore, but net profit was lower due to provisions and contingencies of Rs 226 "
                      "crore against Rs 82 crore.", "implied growth", published="2024-05-15")
    assert all(verdict != "inconsistent" for verdict, _ in found), found


def test_a_range_of_months_before_the_period_of_its_fiscal_year(tmp_path):
    # "the April-January period of the current fiscal year": ten months, not the whole year
    article = write_article(tmp_path, "Coal output", "The coal production by Coal India Limited in the April-January "
                            "period of the current fiscal year was 568 million tonnes.", published="2023-02-02")
    assert _periods(article) == {"568": "2022-04/2023-01"}


@pytest.mark.parametrize("earlier, verdict", [("35.1", "consistent"), ("11.1", "inconsistent")])
def test_a_rate_slowing_from_an_earlier_one_after_its_forecast(tmp_path, earlier, verdict):
    # the earlier rate is the measure's own, not the forecast's: 14.1 below 35.1 holds, below 11.1 cannot
    article = write_article(tmp_path, "China data", "Industrial production was up 14.1 percent on year in March, "
                            "missing forecasts for a gain of 17.2 percent and slowing from the "
                            f"{earlier} percent growth in February.", published="2021-04-16")
    checks = [c for c in _checks_of(article) if c.kind in ("comparison", "trend") and "17.2" not in c.explanation]
    assert [c.verdict for c in checks] == [verdict] and earlier in checks[0].explanation


def test_a_share_up_from_one_figure_and_down_from_another(tmp_path):
    # "up from 43.2% ... and down from 47.1% a year ago": each holds; neither word is the other pair's
    article = write_article(tmp_path, "Results", "Gross margin was 46.3%, up from 43.2% in the prior quarter and down "
                            "from 47.1% a year ago.", published="1999-05-19")
    assert sorted(c.verdict for c in _checks_of(article) if c.kind in ("comparison", "share change")) \
        == ["consistent", "consistent"]


def test_pairs_told_in_turn_and_two_breakdowns_of_revenue(tmp_path):
    """"rose to $40.315 billion from $37.273 billion, in Europe to $24.454 billion from $24.123 billion, and in Japan to
    ...": each to-figure moved from the figure right after it, each of its own place; the iPhone line and the
    analysts' estimate are no parts of the places' breakdown."""
    article = write_article(tmp_path, "Apple increases revenue in Q2", "Revenue for the quarter that ended on March 29 "
                            "grew to $95.359 billion, up from $90.753 billion the previous year. Analysts had "
                            "projected revenue estimated at $94.5 billion. The firm's quarterly revenue from iPhone "
                            "sales rose to $46.841 billion from $45.963 billion. Apple's revenue in China decreased to "
                            "$16.002 billion, down from $16.372 billion. Revenue in the Americas rose to $40.315 "
                            "billion from $37.273 billion, in Europe to $24.454 billion from $24.123 billion, and in "
                            "Japan to $7.298 billion from $6.262 billion compared to the previous year.",
                            published="2025-05-02")
    checks = _checks_of(article)
    growths = sorted(c.explanation.split(" is growth")[0] for c in checks if c.kind == "implied growth")
    assert "From 24.123 bn USD (2024Q1) to 24.454 bn USD (2025Q1)" in growths
    assert "From 6.262 bn USD (2024Q1) to 7.298 bn USD (2025Q1)" in growths
    assert not any("24.123" in g and "40.315" in g for g in growths)
    parts = [c for c in checks if c.kind == "parts of a total"]
    assert [c.verdict for c in parts] == ["consistent"] and "88.07" in parts[0].explanation


def test_a_daily_tally_with_its_totals_respectively_and_a_long_past_day(tmp_path):
    """The first case's day, long past, is no period of the next sentence's figures; "225 more recoveries and six more
    deaths, raising the total counts to 18,895 and 554 respectively": each total is of what was added to it, so the
    headline's "nearly 19,000 recoveries" is the 18,895, and "Of those declared cured" breaks down the 225 they add
    up to."""
    article = write_article(tmp_path, "Kenya records 32,557 Covid-19 cases, nearly 19,000 recoveries",
                            "Kenya's number of declared coronavirus cases rose by 193 to reach 32,557 on Monday.\n"
                            "The government announced the country's first case of the disease on March 13.\n"
                            "The Health ministry also announced 225 more recoveries and six more deaths, raising the "
                            "total counts to 18,895 and 554 respectively. Of those declared cured, 188 were treated at "
                            "home and 37 in hospitals.", published="2020-08-24")
    periods = _periods(article)
    assert {periods[value] for value in ("225", "18,895", "188")} == {"2020-08-24"}
    checks = _checks_of(article)
    restated = [c.explanation for c in checks if c.kind == "headline vs body" and "19,000" in c.explanation]
    assert len(restated) == 1 and "18,895" in restated[0] and "consistent" in restated[0]
    parts = [c.explanation for c in checks if c.kind in ("parts of a total", "sum of parts") and "188" in c.explanation]
    assert parts and all("554" not in text for text in parts), parts


@pytest.mark.parametrize("bracket, verdict", [("Rs.267.6 billion", "consistent"), ("Rs.267 million", "inconsistent")])
def test_an_amount_restated_in_brackets_in_another_scale(tmp_path, bracket, verdict):
    # "Rs.26,760 crore (Rs.267 million)": the digits agree, the scale a thousandfold off: one figure, misprinted
    article = write_article(tmp_path, "Health budget", f"India's health allocation has been hiked to Rs.26,760 crore "
                            f"({bracket}) for 2011-12.", published="2011-02-28")
    found = [c for c in _checks_of(article) if c.kind in ("restatement", "headline vs body")]
    assert [c.verdict for c in found] == [verdict]
    assert ("a scale word slipped" in found[0].explanation) == (verdict == "inconsistent")


def test_telegraphic_sides_a_range_and_a_gap_with_its_rate_in_brackets(tmp_path):
    """"Among them, exports 12.13 trillion yuan, an increase of 6.9%": levels, the sides of the surplus, not the
    processing trade's sides told later; "around 1.83-2.04 percent" one range, not two figures that disagree;
    "$45.9 million (-5.1%) below the forecast" a gap to the plan, nothing compared with the next receipts."""
    article = write_article(tmp_path, "Trade and budget", "In the first half of the year, China's trade was 21.17 "
                            "trillion yuan. Among them, exports 12.13 trillion yuan, an increase of 6.9%; imports 9.04 "
                            "trillion yuan, an increase of 5.2%; trade surplus of 3.09 trillion yuan. The processing "
                            "trade was 3.66 trillion yuan. Among them, exports 2.32 trillion yuan, down 1.3%; imports "
                            "1.34 trillion yuan, up 8.5%. The budget deficit is estimated to reach around 1.83-2.04 "
                            "percent this year, and the ministry said the deficit will reach 1.83-2.04 percent. Revenue "
                            "Act receipts were $45.9 million (-5.1%) below the forecast and other receipts came in $23.7 "
                            "million (2.9%) below the forecast.", published="2024-07-12")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]
    sums = [c.explanation for c in checks if c.kind in ("sum of parts", "difference") and "12.13" in c.explanation]
    assert len(sums) == 2 and all("consistent" in text for text in sums)


@pytest.mark.parametrize("receipts, spending, found", [
    # a side a fortieth of the other is a part of a side ("the biggest spending categories"), not the side
    ("Government receipts totalled $1.969 trillion in July", "the biggest spending in July was Social Security, $46.8 "
     "billion", []),
    # ... unless its scale slipped, which the balance's check shows
    ("Total receipts were $4.79 million in July", "total expenditure stood at $10.70 billion in July",
     ["inconsistent"])])
def test_the_sides_of_a_balance_are_of_one_size(tmp_path, receipts, spending, found):
    article = write_article(tmp_path, "Deficit", f"The deficit in July totaled $5.91 billion. {receipts}, while "
                            f"{spending}.", published="2006-08-10")
    assert [c.verdict for c in _checks_of(article) if c.kind == "difference"] == found


@pytest.mark.parametrize("rate, verdict", [("10.4", "consistent"), ("12", "tension")])
def test_a_rate_by_which_the_actual_beat_its_plan(tmp_path, rate, verdict):
    # "surpassed the collection target by 12% ... totalling up to P40.239 Billion" against the target the next sentence
    # gives: 40.239 / 36.450 - 1 = 10.4 %; a gap to the plan, no growth over a year, and "up to" bounds nothing
    article = write_article(tmp_path, "BoC", f"The BoC said it has surpassed the collection target by {rate}% in November "
                            "totalling up to P40.239 Billion. The revenue target set was P36.450 Billion.",
                            published="2016-12-02")
    checks = _checks_of(article)
    assert [c.verdict for c in checks if c.kind == "relative difference"] == [verdict]
    assert not [c for c in checks if c.kind == "prior level"]


def test_a_fiscal_label_then_its_months_in_brackets(tmp_path):
    # "2015/16 (July-June)": the label's year, those months; "2015-16 (April to September)" the first half of it
    article = write_article(tmp_path, "Budget", "Tanzania's 2015/16 (July-June) spending will rise by 13.3 percent to "
                            "22.495 trillion shillings. The earnings of Rs.414.17 crore achieved in 2015-16 (April to "
                            "September) rose.", published="2016-10-06")
    assert _periods(article) == {"13.3": "2015-07/2016-06", "22.495": "2015-07/2016-06", "414.17": "2015-04/2015-09"}
    # (the months in brackets are the label's words: no date of their own to contradict it)
    assert not [c for c in _checks_of(article) if c.kind == "date" and c.verdict == "inconsistent"]


@pytest.mark.parametrize("deficit_target, verdict", [("3,274", "consistent"), ("3,974", "inconsistent")])
def test_targets_against_their_actuals_make_a_balance_of_their_own(tmp_path, deficit_target, verdict):
    """"revenue was GH¢14,975 million against a target of GH¢14,205 million": the revenue target, whose balance with
    the spending target is the deficit target (17,479 - 14,205 = 3,274), never the actuals' (2,563)."""
    article = write_article(tmp_path, "Deficit", "Ghana's budget deficit for the first half of the year was GH¢2,563 "
                            f"million against a target of GH¢{deficit_target} million. Revenue was GH¢14,975 million "
                            "against a target of GH¢14,205 million. Expenditure was GH¢17,538 million against a target "
                            "of GH¢17,479 million.", published="2015-08-15")
    found = sorted((c.verdict, "3,274" in c.explanation or "3,974" in c.explanation)
                   for c in _checks_of(article) if c.kind == "difference")
    assert found == sorted([("consistent", False), (verdict, True)])


@pytest.mark.parametrize("move, verdict", [("increased by 176 GW (+7.4%) in 2019", "consistent"),
                                           ("increased by 176 GW (+9.4%) in 2019", "tension"),
                                           # (no period of its own: maybe the year to date, no move of the year's)
                                           ("has increased by 176 GW (+9.4%)", None)])
def test_a_move_told_alone_of_a_level_told_before(tmp_path, move, verdict):
    # 176 / (2,537 - 176) = 7.45 %: the move of the level the article gave two sentences before
    article = write_article(tmp_path, "Capacity", "At the end of 2019, global renewable generation capacity amounted to "
                            f"2,537 GW. Hydropower had 1,190 GW. Renewable generation capacity {move}.",
                            published="2020-04-06")
    assert [c.verdict for c in _checks_of(article) if c.kind == "change"] == ([verdict] if verdict else [])


@pytest.mark.parametrize("sales, verdict", [("$3.8 billion", "consistent"), ("$3.8 million", "inconsistent")])
def test_a_companys_profit_is_within_its_revenue(tmp_path, sales, verdict):
    # "Sales for the quarter were $3.8 million" beside earnings of $405.6 million: "million" for "billion"
    article = write_article(tmp_path, "General Mills profit falls", "For the quarter ended Aug. 28, the company had net "
                            f"income of $405.6 million. Revenue for the quarter was {sales}.", published="2011-09-21")
    assert [c.verdict for c in _checks_of(article) if c.kind == "part of whole"] == [verdict]


def test_australian_dollar_signs_and_an_estimate_taken_in_its_sentence(tmp_path):
    """"$US3.7 billion" is in US dollars, whatever the outlet; "missing analysts estimates of a range between
    $US3.93-4.81 billion" is one range, the profit's, no estimate of the revenue the next sentence gives."""
    article = write_article(tmp_path, "BHP profit slides", "BHP has posted an 8 per cent slide in first-half underlying "
                            "profit to $US3.7 billion, missing analysts estimates of a range between $US3.93-4.81 "
                            "billion. The result came on the back of a 1 per cent lift in revenue over the period to "
                            "$US20.7 billion.", published="2019-02-19")
    checks = _checks_of(article)
    compared = [c for c in checks if c.kind == "comparison"]
    assert [c.verdict for c in compared] == ["consistent"] and "3.93 bn USD" in compared[0].explanation
    assert "20.7" not in compared[0].explanation


def test_a_headline_restating_a_figure_compared_with_its_estimate(tmp_path):
    # the headline's "Rs 2347 crore" is the lede's, which beat the Street's Rs 2,041 crore: no restatement of that
    article = write_article(tmp_path, "Profit jumps 15% YoY to Rs 2347 crore, beats estimates", "IndusInd Bank on "
                            "Thursday reported a 15% year-on-year jump in its March quarter net profit at Rs 2,347 crore, "
                            "which was higher than the Street estimate of Rs 2,041 crore.", published="2024-04-25")
    assert all(c.verdict == "consistent" for c in _checks_of(article) if c.kind in ("headline vs body", "comparison"))


def _periods(article) -> dict[str, str]:
    return {c.value: c.period for c in draft_register(article) if c.kind not in ("date", "dismissed")}


def test_a_range_of_months_before_its_fiscal_year_names_those_months(tmp_path):
    """"the April-June 2024-25 period" is April-June 2024; "January-March FY25" is 2025's first quarter; "July-March
    of fiscal 2022-23" runs over the turn of the year."""
    article = write_article(tmp_path, "Tax revenue rises",
                            "Tax revenue for the April-June 2024-25 period came to 12.45 trillion yen. Customs "
                            "receipts in January-March FY25 were 2.31 trillion yen. The deficit for July-March of "
                            "fiscal 2022-23 was 3.62 trillion rupees.", published="2025-05-02")
    assert _periods(article) == {"12.45": "2024Q2", "2.31": "2025Q1", "3.62": "2022-07/2023-03"}


def test_the_year_of_a_plan_is_not_the_period_of_a_share_of_it(tmp_path):
    """"67.2 per cent of the FY23 target" after "July-March": the months the deficit ran, not the plan's year;
    "the corresponding months of the previous fiscal" are those months a year before."""
    article = write_article(tmp_path, "Deficit widens",
                            "Pakistan's July-March budget deficit reached 67.2 per cent of the FY23 target. In the "
                            "corresponding months of the previous fiscal, it was 58.4 per cent of that year's target.",
                            published="2023-04-20")
    assert _periods(article) == {"67.2": "2022-07/2023-03", "58.4": "2021-07/2022-03"}


def test_the_first_months_in_a_story_of_a_fiscal_years_first_months(tmp_path):
    """"the first seven months", no year named, after "the first ten months of this fiscal year": that fiscal year's
    first seven months, not January to July."""
    article = write_article(tmp_path, "Shortfall", "The shortfall has widened to Rs345 billion in the first ten months "
                            "of this fiscal year. The collection stood at Rs2060 billion in the first seven months.",
                            published="2019-05-10")
    assert _periods(article) == {"345": "FY2019 (first 10 months)", "2060": "FY2019 (first 7 months)"}


def test_the_first_months_of_the_fiscal_are_not_the_first_months_of_the_year(tmp_path):
    """"the first seven months of the fiscal" names no calendar year's January to July."""
    article = write_article(tmp_path, "Receipts rise",
                            "India's net tax receipts in the first seven months of the fiscal were Rs 12.74 lakh "
                            "crore.", published="2023-11-30")
    assert _periods(article)["12.74"] != "2023-01/2023-07"
    # ... and where the country's year is known (India's starts in April), the date row names its months
    spans = [c.period for c in draft_register(article) if c.kind == "date" and c.unit == "months"]
    assert spans == ["2023-04/2023-10"]


def test_a_deficit_defined_as_a_difference_keeps_its_own_measure(tmp_path):
    """"The fiscal deficit which is the gap between expenditure and receipts was": the measure is the deficit, whose
    definition names its terms; "and receipts was" starts no new subject."""
    article = write_article(tmp_path, "Deficit at Rs 5.2 lakh crore",
                            "The fiscal deficit which is the gap between expenditure and receipts was Rs 5.2 lakh "
                            "crore in April-September. Total expenditure stood at Rs 12.4 lakh crore in "
                            "April-September and total receipts at Rs 7.2 lakh crore.", published="2024-10-31")
    claims = draft_register(article)
    assert {c.value: c.metric for c in claims if c.kind == "level"}["5.2"].lower().endswith("fiscal deficit")
    checks = run_checks(article, claims, [], article.published)
    differences = [c.verdict for c in checks if c.kind == "difference"]
    assert differences and set(differences) == {"consistent"}


def test_an_aside_on_what_moved_a_figure_names_no_period_of_it(tmp_path):
    """"..., hurt by currency effects in the second quarter": when the cause struck, not the figures' period."""
    article = write_article(tmp_path, "Sales edge up",
                            "In the first nine months of 2024, sales revenue rose to EUR 80.2 billion (EUR 78.1 "
                            "billion), hurt by currency effects in the second quarter.", published="2024-10-30")
    assert _periods(article) == {"80.2": "2024-01/2024-09", "78.1": "2023-01/2023-09"}


def test_a_headline_figure_given_for_other_months_in_the_body_is_flagged(tmp_path):
    """The headline's April-September figure printed again for April-June, with none for April-September."""
    article = write_article(tmp_path, "Japan's April-September tax revenue at 38.72 trillion yen",
                            "Tax revenue for the April-June 2024-25 period came to 38.72 trillion yen, the finance "
                            "ministry said.", published="2024-11-05")
    checks = run_checks(article, draft_register(article), [], article.published)
    flagged = [c for c in checks if c.verdict in ("tension", "inconsistent")]
    assert [(c.kind, c.verdict) for c in flagged] == [("headline vs body", "tension")]
    assert "April–September 2024" in flagged[0].explanation and "Q2 2024" in flagged[0].explanation


def test_a_running_count_moved_from_one_tally_to_the_next_on_a_day_is_no_year_apart(tmp_path):
    """"fatalities increased from 1,027 to 1,048" in a day's bulletin: the earlier tally is the last one, not the
    same day a year before."""
    article = write_article(tmp_path, "Ghana records 21 deaths",
                            "On Thursday, the number of fatalities increased from 1,027 to 1,048.",
                            published="2020-09-03")
    assert _periods(article)["1,027"] != "2019-09-03"


def test_a_value_printed_twice_in_a_clause_is_quoted_from_its_own_place(tmp_path):
    # Each row's value is read at its quote's first place: Oyo's 3 must not be Anambra's, nor Ogun's 2 Edo's.
    article = write_article(tmp_path, "New cases", "Others are Anambra (3), Oyo (3), Edo (2), Ogun (2) and Osun (2).")
    places = sorted(article.text.index(claim.quote) + value_at(claim.quote, claim.value)
                    for claim in draft_register(article) if claim.kind != "dismissed" and claim.value in ("2", "3"))
    assert [article.text[at - 5:at + 1] for at in places] == ["bra (3", "Oyo (3", "Edo (2", "gun (2", "sun (2"]


def test_a_move_told_after_its_level_and_the_level_of_the_year_before_told_after_the_move(tmp_path):
    # the register of ministry releases: the rate "with a growth rate of" after the level, the year before's level
    # after "which was" / "when it was"; the headline's rate is the same measure's
    article = write_article(tmp_path, "Steel output grows 7.41% in April", "India's steel output for April 2024 "
                            "reached 78.69 million tonnes, with a growth rate of 7.41 per cent compared to the "
                            "corresponding period in the previous year, which was 73.26 million tonnes. Steel exports "
                            "reached 5.10 million tonnes up by 6.07 per cent compared to the same period last year "
                            "when it was recorded at 4.80 million tonnes.", published="2024-05-02")
    rows = {r["value"]: r for r in draft_rows(article) if r["kind"] not in ("date", "dismissed")}
    assert rows["73.26"]["period"] == rows["4.80"]["period"] == "2023-04"
    assert rows["73.26"]["metric"] == rows["78.69"]["metric"] == rows["7.41"]["metric"]
    checks = run_checks(article, draft_register(article), [], article.published)
    growth = [c for c in checks if c.kind == "implied growth"]
    assert len(growth) >= 2 and all(c.verdict == "consistent" for c in growth), [c.explanation for c in growth]
    assert not [c for c in checks if c.verdict == "inconsistent"]


def test_a_comparison_said_of_a_new_subject_and_a_gap_after_by_compare_nothing_the_wrong_way(tmp_path):
    # "while development spending lagged behind with 31.41pc": the second below the first; "fallen short of the
    # target by Sh45 billion": 45 billion is the gap, not a figure the target is below
    article = write_article(tmp_path, "Revenue", "The government had targeted to collect Sh701.7 billion in the first "
                            "six months but has fallen short of the target by Sh45 billion. Recurrent spending stood "
                            "at 53.8pc of the budget, while development spending lagged behind with a 31.41pc "
                            "absorption rate.", published="2018-02-26")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]
    assert [c.verdict for c in checks if c.kind == "comparison"] == ["consistent"]


@pytest.mark.parametrize("second, verdict", [("7.1", "consistent"), ("8.1", "inconsistent")])
def test_a_new_subject_after_and_compared_with_the_figure_before(tmp_path, second, verdict):
    # "Quebec reported a 7.7 per cent change and Alberta was close behind at 7.1 per cent": the second below the first
    article = write_article(tmp_path, "Farmland values", "All other provinces experienced growth in the single digits. "
                            f"Quebec reported a 7.7 per cent change and Alberta was close behind at {second} per cent.",
                            published="2025-03-19")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "comparison"] == [verdict]


def test_most_of_a_quality_that_is_no_size_ranks_nothing(tmp_path):
    # "had the most stable values with an increase of 1.4 per cent": the smallest rise, no largest one
    article = write_article(tmp_path, "Farmland values", "Ontario's farmland value increased by 3.1 per cent and Prince "
                            "Edward Island had the most stable values with an increase of 1.4 per cent.",
                            published="2025-03-19")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind == "largest"]


def test_a_share_whose_sentence_names_most_of_a_parts_words_is_of_that_part(tmp_path):
    # "84% of the total gross schools budgeted expenditure is delegated directly to schools": "The funding delegated to
    # schools" two bullets before is its part, whatever measure the share took from the topic
    article = write_article(tmp_path, "School budgets", "• Gross schools expenditure is budgeted to be £2,519 million, "
                            "an increase of 0.9% over the previous year.\n• The funding delegated to schools is budgeted "
                            "to be £2,123 million.\n• 84% of the total gross schools budgeted expenditure is delegated "
                            "directly to schools.", published="2016-07-12")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "share of a total"] == ["consistent"]


def test_a_share_whose_measure_another_sentence_gave_names_no_part_of_another_sentence(tmp_path):
    # "As a result, Russia accounted for 18.3 per cent of the EU's gas imports": no share of the liquefied gas the
    # sentence before spoke of (Russia's 49.6 billion were meant)
    article = write_article(tmp_path, "Russia's gas supply to EU rises", "Russia increased gas supplies to the EU by a "
                            "quarter year-on-year to 49.6 billion cubic metres in January-November. At the same time, "
                            "supplies of liquefied natural gas also increased by 18.2 per cent to 19.3 billion cubic "
                            "metres.\nAs a result, Russia accounted for 18.3 per cent of the EU's gas imports in "
                            "January-November of this year, compared to 14 per cent a year earlier.\nAt the same time, "
                            "the EU reduced gas import volumes overall by almost six per cent to 271.5 billion cubic "
                            "metres in the reporting period.", published="2024-12-04")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("share, verdict", [("6.4", "consistent"), ("9.4", "tension")])
def test_the_figures_that_open_a_sentence_are_the_ones_the_sentence_before_told(tmp_path, share, verdict):
    # "The figures amounted to about 6.4 per cent of the gross credit ... which stood at N18.9tn": the part is the
    # sentence before's N1.2tn
    article = write_article(tmp_path, "Banks' bad loans now N1.2tn", "Banks' non-performing loans stood at N1.2tn as of "
                            f"the end of June.\nThe figures amounted to about {share} per cent of the gross credit of the "
                            "banks to the economy which stood at N18.9tn as of the period under review.\nThe total "
                            "gross credit increased by N3.33tn from N15.56tn at end-May 2019 to N18.90tn at end-June "
                            "2020.", published="2020-07-28")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "share of a total"] == [verdict]


def test_what_a_price_includes_named_with_no_figure_is_no_breakdown(tmp_path):
    # "Tk 109 including duty, Vietnam's ginger is Tk 99, Indian ginger is Tk 57": prices side by side, no parts of 109
    article = write_article(tmp_path, "Ginger prices", "The average import price of Indonesia's ginger in this May is Tk "
                            "109 including duty, Vietnam's ginger is Tk 99, Indian ginger is Tk 57 including duty.",
                            published="2023-05-26")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind in ("parts of a total", "part of whole")]
    # ... but "which includes ... and tax refunds totaling 2.7 billion dirhams" names a part, commas and all
    article = write_article(tmp_path, "Treasury", "The issued expenditures amounted to 88.9 billion dirhams, which "
                            "includes the share of recoverable special treasury accounts, tax exemptions, and tax refunds "
                            "totaling 2.7 billion dirhams.", published="2024-08-13")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "part of whole"] == ["consistent"]


def test_parts_of_a_whole_told_in_different_sentences_are_different_breakdowns(tmp_path):
    # the day's 84 new cases are among the recovered and the treated, no third part of the 624
    article = write_article(tmp_path, "Cholera outbreak worsens", "The cholera outbreak continues to intensify, with 84 "
                            "new cases reported in the past 24 hours, raising the total number of confirmed infections "
                            "to 624. Of the total cases, 437 patients have recovered and returned home, while 187 remain "
                            "under treatment in hospitals across the province.", published="2025-08-29")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert sorted((c.kind, c.verdict) for c in checks if c.kind in ("parts of a total", "part of whole")) == [
        ("part of whole", "consistent"), ("parts of a total", "consistent")]


def test_conversions_of_a_figure_and_the_one_it_moved_from_restate_nothing(tmp_path):
    article = write_article(tmp_path, "Tunisia's trade deficit narrows", "Tunisia's trade deficit became 32% narrower "
                            "year-to-date through July from the year-ago period, from TND 11.1 billion (USD 4 billion) "
                            "to TND 7.5 billion (USD 2.7 billion at current exchange rates).", published="2020-08-13")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


def test_the_day_a_report_came_out_is_not_its_figures_period(tmp_path):
    article = write_article(tmp_path, "Carmaker's half", "The carmaker's net income rose 20% to RMB10.95 billion in the "
                            "first six months of the year, and revenue rose 72.72% to RMB 260 billion, according to a "
                            "half-year report earlier this month.", published="2023-08-29")
    assert {r["period"] for r in draft_rows(article) if r["value"] in ("72.72", "260")} == {"2023H1"}


def test_rates_listed_after_levels_respectively_are_their_moves_and_includes_lists_parts(tmp_path):
    article = write_article(tmp_path, "EV sales", "The EV maker sold 1.256 million new energy vehicles, up 94.25% from "
                            "a year earlier. The sales include 631,400 battery electric vehicles and 616,800 hybrids, "
                            "up 101% and 91% YoY respectively.", published="2023-08-29")
    rows = {r["value"]: r for r in draft_rows(article) if r["kind"] not in ("date", "dismissed")}
    assert rows["91"]["kind"] == "growth"
    assert rows["101"]["metric"] == rows["631,400"]["metric"] and rows["91"]["metric"] == rows["616,800"]["metric"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "parts of a total"] == ["consistent"]


def test_an_at_a_glance_table_restates_the_body(tmp_path):
    # "Bln." goes on the sentence; "Earnings Growth" is a rate of earnings, the "bottom line" earnings, and its amount
    # per share the EPS
    article = write_article(tmp_path, "Software maker's profit advances 40%", "The company said its bottom line "
                            "totaled $7.67 billion, or $0.98 per share. This was higher than $5.48 billion, or $0.69 per "
                            "share, in last year's fourth quarter.\n-Earnings (Q4): $7.67 Bln. vs. $5.48 Bln. last "
                            "year. -Earnings Growth (Y-o-Y): 40.0% -EPS (Q4): $0.98 vs. $0.69 last year. -EPS Growth "
                            "(Y-o-Y): 42.0%", published="2017-07-20")
    rows = {(r["value"], r["quote"][:5]): r for r in draft_rows(article) if r["kind"] not in ("date", "dismissed")}
    metrics = {r["value"]: r["metric"] for r in rows.values()}
    assert metrics["40.0"] == metrics["7.67"] and metrics["42.0"] == metrics["0.98"]
    checks = run_checks(article, draft_register(article), [], article.published)
    growth = [c for c in checks if c.kind == "implied growth"]
    assert len(growth) >= 2 and all(c.verdict == "consistent" for c in growth), [c.explanation for c in checks]


def test_a_percentage_of_a_named_whole_in_brackets_is_a_share(tmp_path):
    article = write_article(tmp_path, "Broadcaster's quarter", "Operating EBITDA was 2.1 percent higher y-o-y in the "
                            "quarter under review at Rs 61.61 crore (30.9 percent of operating revenue) as compared to "
                            "Rs 60.32 crore (32.2 percent of operating revenue).", published="2019-02-09")
    kinds = {r["value"]: r["kind"] for r in draft_rows(article)}
    assert (kinds["2.1"], kinds["30.9"], kinds["32.2"]) == ("growth", "share", "share")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]


def test_segments_told_in_clauses_of_the_same_thing_and_their_rates_by_basis(tmp_path):
    # "...; sales volumes were" is of the vehicles the clause before named; "over June" and "over last year" are two
    # bases, each whole's rate checked against its segments' rates of that basis ("over last year" of a month is
    # the same month a year before)
    article = write_article(tmp_path, "Car sales", "In July, production volumes of vehicles were 1,285,800 units, down "
                            "7.54% over June, up 15.67% over last year; sales volumes were 1,244,000 units. Production "
                            "volumes of passenger vehicles were 990,900 units, down 5.21% over June, up 16.42% over "
                            "last year; sales volumes were 946,200 units. Production volumes of commercial vehicles "
                            "were 294,900 units, down 14.59% over June, up 13.23% over last year; sales volumes were "
                            "297,800 units.", published="2010-08-10")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert (rows["15.67"]["basis"], rows["7.54"]["basis"]) == ("", "2010-06")
    assert rows["946,200"]["metric"] != rows["1,244,000"]["metric"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert sorted(c.verdict for c in checks if c.kind == "sum of parts") == ["consistent", "consistent"]
    assert sorted(c.verdict for c in checks if c.kind == "aggregate growth") == ["consistent", "consistent"]


def test_a_move_from_a_level_is_not_the_move_of_the_level_a_later_move_reaches(tmp_path):
    # "plunging 13 percent, or $5.44, in after-hours trading, having fallen 60 cents or 1.4 percent to close at
    # $41.88": the $41.88 ends the 60 cents' move, and the 13 percent starts from it
    article = write_article(tmp_path, "Shares", "The results sent the shares plunging 13 percent, or $5.44, in "
                            "after-hours trading, having fallen 60 cents or 1.4 percent to close at $41.88 in regular "
                            "trading Wednesday.", published="2005-02-02")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]


def test_the_level_last_month_told_after_from_is_the_month_before_and_keeps_the_level_s_measure(tmp_path):
    # "oil output grew to a total of 1.40 million bpd from 1.28 million posted last month", of June's data in a
    # story of July: May's, of the output with condensate, not the year before's crude alone
    article = write_article(tmp_path, "Oil output", "Nigeria's oil production increased to an average of 1.16 million "
                            "barrels per day (bpd) in June from 1.02 million recorded in May 2022. The figure rose more "
                            "than 133,000 bpd, representing a 13 per cent increase. With the addition of condensate, "
                            "oil output grew to a total of 1.40 million bpd from 1.28 million posted last month.",
                            published="2022-07-06")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["1.28"]["period"] == "2022-05" and rows["1.28"]["metric"] == rows["1.40"]["metric"]
    assert rows["133,000"]["kind"] == "change" and rows["133,000"]["links"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]
    assert {c.verdict for c in checks if c.kind == "implied growth"} == {"consistent"}


def test_a_country_s_trade_in_dollars_over_its_fiscal_year(tmp_path):
    # Pakistan's statistics in dollars: its fiscal year still names the months; "an increase of 55.29pc over the
    # deficit of $31.076b recorded during last year" is the year before's deficit; "the month under review" is the
    # month just spoken of, and "the same month of last year" the same month a year before
    article = write_article(tmp_path, "Pakistan's trade", "According to Pakistan Bureau of Statistics data, the trade "
                            "deficit during the period under review was recorded at $48.259b in July-June (2021-22), "
                            "showing an increase of 55.29pc over the deficit of $31.076b recorded during last year. "
                            "Meanwhile, on year-on-year basis, the exports of the country increased by 5.83pc during "
                            "June 2022. The exports during the month under review were recorded at $2.887b against the "
                            "exports of $2.728b during the same month of last year.", published="2022-07-05")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert (rows["48.259"]["period"], rows["31.076"]["period"]) == ("2021-07/2022-06", "2020-07/2021-06")
    assert (rows["2.887"]["period"], rows["2.728"]["period"]) == ("2022-06", "2021-06")
    assert rows["2.728"]["metric"] == rows["2.887"]["metric"] == rows["5.83"]["metric"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert {c.verdict for c in checks if c.kind == "implied growth"} == {"consistent"}


def test_a_rate_against_the_plan_is_a_relative_difference_of_one_period(tmp_path):
    article = write_article(tmp_path, "Revenue collection surpasses target", "In December 2016, revenue collection "
                            "under customs tariff stood at Rs 55.45 billion, over 15 per cent more than the set target "
                            "of Rs 48.18 billion. Registration tax was a whopping 39.22 per cent higher than the target "
                            "of Rs 7.02 billion and stood at Rs 9.77 billion. Collection under value added tax was 2.87 "
                            "per cent off the mark to stand at Rs 74.75 billion against the target of Rs 76.96 billion.",
                            published="2017-01-25")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["48.18"]["period"] == rows["55.45"]["period"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert sorted(c.verdict for c in checks if c.kind == "relative difference") == ["consistent"] * 3, \
        [c.explanation for c in checks]


def test_a_rate_above_a_figure_and_a_figure_compared_in_a_which_clause(tmp_path):
    # "4.53 million tonnes of LNG were imported during the month, which compares to 3.97 million tonnes of LNG in June
    # 2018": LNG imports, from the figure of June 2018; "9.7 percent above 23.81 million tonnes": a rate against an
    # exact figure
    article = write_article(tmp_path, "LNG imports climb", "A total of 4.53 million tonnes of LNG were imported during "
                            "June 2019, which compares to 3.97 million tonnes of LNG in June 2018. During the first six "
                            "months of the year, the country imported a total of 28.37 million tonnes of LNG, 9.7 "
                            "percent above 23.81 million tonnes imported during the corresponding period last year.",
                            published="2019-07-22")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["4.53"]["links"] and rows["4.53"]["metric"] == rows["3.97"]["metric"] == "LNG imports"
    assert (rows["9.7"]["kind"], rows["23.81"]["qualifier"]) == ("growth", "exact")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] in (["inconsistent"], ["tension"])


@pytest.mark.parametrize("body, unit", [
    ("The Philippines' budget deficit reached 106.4 billion pesos in February, Manila's Bureau of the Treasury said.",
     "PHP"),
    ("Argentina posted a primary surplus of 106.4 billion pesos in February, the economy ministry in Buenos Aires said.",
     "ARS"),
])
def test_pesos_are_the_country_s_the_article_speaks_of(tmp_path, body, unit):
    article = write_article(tmp_path, "Deficit", body, published="2023-04-03")
    assert {r["unit"] for r in draft_rows(article) if r["value"] == "106.4"} == {unit}


@pytest.mark.parametrize("body, unit", [
    # pounds from Cairo are Egyptian, named once in words or not at all; pounds from London are sterling
    ("Egypt's trade deficit narrowed to 25 billion pounds ($3.1 billion) in July, the statistics agency said in "
     "Cairo.", "EGP"),
    ("Britain's public sector borrowed 25 billion pounds in July, the Office for National Statistics said in London.",
     "GBP"),
    # rupees from Colombo are Sri Lankan; a word's own country ("Egyptian pounds") names it before the article does
    ("Sri Lanka's tea exports fell to 25 billion rupees in July, officials in Colombo said.", "LKR"),
    ("Exports to Britain were 25 billion Egyptian pounds, the ministry said in London.", "EGP"),
])
def test_pounds_are_the_country_s_the_article_speaks_of(tmp_path, body, unit):
    article = write_article(tmp_path, "Deficit", body, published="2015-10-27")
    assert {r["unit"] for r in draft_rows(article) if r["value"] == "25"} == {unit}


@pytest.mark.parametrize("body, unit", [
    # "K" before a scaled amount is the kwacha: Zambia's in a story from Lusaka, Malawi's in one from Lilongwe
    ("The Zambia Revenue Authority collected K26.5billion in the first quarter, against K19.5billion a year "
     "earlier.", "ZMW"),
    ("Malawi's Treasury in Lilongwe projects spending of K26.5 billion, up from K19.5 billion.", "MWK"),
    ("Malawi's budget deficit reached 26.5 billion kwacha, the finance ministry in Lilongwe said.", "MWK"),
    # ... and in one of Papua New Guinea, the kina
    ("The US$10 billion (K26.5 billion) reserves are sufficient, the Bank of Papua New Guinea says.", "PGK"),
])
def test_kwacha_are_the_country_s_the_article_speaks_of(tmp_path, body, unit):
    article = write_article(tmp_path, "Revenue", body, published="2022-04-06")
    assert {r["unit"] for r in draft_rows(article) if r["value"] == "26.5"} == {unit}


def test_a_ranked_table_s_numbers_and_signed_rates(tmp_path):
    # "Top 10 ..., January–June 2025:" over lines "1. South Korea – 4,783,500 (+7.7%)": the items' numbers are no
    # figures, the signed rates are moves, and the months run January to June
    article = write_article(tmp_path, "Visitors", "Top markets for Japan, January–June 2025:\n1. South Korea – "
                            "4,783,500 (+7.7%)\n2. China – 4,718,300 (+53.5%)\n3. Hong Kong – 1,271,100 (-0.4%)",
                            published="2025-08-19")
    rows = draft_rows(article)
    assert [r["value"] for r in rows if r["kind"] == "dismissed" and r["value"].isdigit()] == ["1", "2", "3"]
    figures = {r["value"]: r for r in rows if r["kind"] not in ("date", "dismissed")}
    assert {figures[v]["kind"] for v in ("7.7", "53.5", "0.4")} == {"growth"}
    assert figures["0.4"]["direction"] == "fall" and figures["4,783,500"]["period"] == "2025H1"


def test_output_alone_and_a_hedged_round_figure_restated_exactly(tmp_path):
    # "its total production ... increased by 11 per cent" is output (the headline's 11 per cent restates it);
    # "Profits Lift Over 22%" over "a year-on-year increase of 22.7%": one figure, not two measures
    article = write_article(tmp_path, "Carmaker Reports 11 Percent Increase in Production in August", "The carmaker "
                            "said its total production in August increased by 11 per cent to 1,23,769 units.",
                            published="2020-09-08")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "headline vs body"] == ["consistent"]
    article = write_article(tmp_path, "Industrial Profits Lift Over 22% for January – May Period", "Industrial "
                            "enterprises saw profits of 2.90476 trillion yuan from January to May, for a year-on-year "
                            "increase of 22.7%.", published="2017-06-27")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["22"]["metric"] == rows["22.7"]["metric"]


def test_a_headline_s_second_subject_with_its_rate():
    # "Car sales grow 7%, passenger vehicles up 11% in Sept": the 11 per cent is the passenger vehicles', not a rate
    # of car sales (a real article of the false-alarm corpus)
    article = read_article(ROOT / "tests" / "corpus" / "alarms" / "autos-zeenews-20171009-passenger-vehicle-sales-september.txt")
    headline = [r for r in draft_rows(article) if r["kind"] == "growth"][:2]
    body = {r["value"]: r["metric"] for r in draft_rows(article)}
    assert [r["value"] for r in headline] == ["7", "11"]
    assert headline[1]["metric"] == body["11.32"] != body["6.86"]


def test_a_profit_on_revenue_is_no_revenue(tmp_path):
    article = write_article(tmp_path, "Results", "For the six-month period, net income fell 47.4% to $194.5m on revenue "
                            "down 25.1% at $1.86bn.", published="1999-05-19")
    metrics = {r["value"]: r["metric"] for r in draft_rows(article)}
    assert "income" in metrics["194.5"] and "revenue" not in metrics["194.5"]


def test_a_place_a_clause_opens_with_is_whose_output_it_is(tmp_path):
    # "In Pennsylvania, the second biggest gas producer, production increased 2.1 percent to a record high 16.4 bcfd":
    # Pennsylvania's output, no record against the nation's
    article = write_article(tmp_path, "Gas output", "U.S. natural gas production rose to an all-time high of 87.6 "
                            "billion cubic feet in February, up from the prior record of 87.3 billion cubic feet in "
                            "December. In Pennsylvania, the second biggest gas producer, production increased 2.1 "
                            "percent to a record high 16.4 billion cubic feet in February.", published="2018-04-30")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["16.4"]["entity"] == "Pennsylvania"


def test_a_balance_with_one_partner_is_no_side_of_the_total(tmp_path):
    # "The October trade deficit with Mexico jumped 10.2 percent to $33 billion": not imports minus total exports
    article = write_article(tmp_path, "Trade deficit", "Total exports fell 1.4 percent to $184.1 billion in October. "
                            "Imports fell 0.6 percent to $228 billion in October. The October trade deficit with Mexico "
                            "jumped 10.2 percent to $33 billion.", published="2015-12-04")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert "plus" not in rows["33"]["links"] and "minus" not in rows["33"]["links"]


def test_days_of_a_month_are_a_span_and_a_month_earlier_is_the_same_days_before(tmp_path):
    """"In the February 1-23 period ... up 77 percent from a year earlier, but down 16 percent from a month earlier",
    "30 percent lower than the same period last month": a span of days, and rates against the same days a year or
    a month before, never one rate restating the other."""
    article = write_article(tmp_path, "Car sales in February",
                            "In the February 1-23 period, retail sales of cars amounted to 445,000 units, up 77 "
                            "percent from a year earlier, but down 16 percent from a month earlier. Exports rose 11 "
                            "percent in the first 20 days of February. From February 1-23, retail sales of all cars "
                            "were 924,000 units, 30 percent lower than the same period last month. So far this year, "
                            "retail sales of cars totaled 1.189 million units, up 29 percent from a year earlier.",
                            published="2025-02-26")
    claims = draft_register(article)
    growth = {c.value: (c.period, c.basis) for c in claims if c.kind == "growth"}
    assert growth["77"] == ("2025-02-01/2025-02-23", "")
    assert growth["16"] == ("2025-02-01/2025-02-23", "2025-01-01/2025-01-23")
    assert growth["11"][0] == "2025-02-01/2025-02-20"
    assert growth["30"] == ("2025-02-01/2025-02-23", "2025-01-01/2025-01-23")
    assert growth["29"][1] == ""
    raised = [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]
    assert not raised, [c.explanation for c in raised]


def test_outbound_shipments_are_exports(tmp_path):
    """"Outbound shipments reached US$34.13 billion ... Imports fell to $34.84 billion, resulting in a trade surplus
    of $700 million": the balance is the exports less the imports, and here it is a deficit."""
    article = write_article(tmp_path, "Exports gain",
                            "Outbound shipments reached US$34.13 billion in March, according to customs data. Chip "
                            "exports jumped 46.5 percent to $6.34 billion in March. Imports fell 6.3 percent to $34.84 "
                            "billion in March, resulting in a trade surplus of $700 million.", published="2024-04-02")
    claims = draft_register(article)
    difference = [c for c in run_checks(article, claims, [], article.published) if c.kind == "difference"]
    assert len(difference) == 1 and "34.13 bn USD − 34.84 bn USD" in difference[0].explanation


@pytest.mark.parametrize("words, key", [
    ("January’s export receipts", {"exports"}),
    ("export earnings", {"exports"}),  # the value of the exports, no company's profit
    ("the import bill", {"imports"}),
    ("the oil import bill", {"oil", "imports"}),
])
def test_the_trade_desk_s_words_for_the_value_of_exports_and_imports(words, key):
    assert key_of(words) == key


@pytest.mark.parametrize("words, key", [("withholding taxes", {"withholding", "taxes"}),
                                       ("roaming revenue", {"roaming", "revenue"})])
def test_a_noun_in_ing_is_a_word_of_the_measure(words, key):
    """"withholding taxes" are no taxes of every kind, "roaming revenue" no revenue of every kind."""
    assert key_of(words) == key


def test_a_rate_set_against_an_earlier_level_by_the_trade_desk_s_words_moves_the_level_before(tmp_path):
    """"Exports hit $5.69 billion ... January's export receipts posted a 9.1 percent increase from the prior year's
    $5.44 billion": the receipts are the exports, and 5.44 to 5.69 is a rise of 4.4-4.8 %, not 9.1 %."""
    article = write_article(tmp_path, "Trade deficit shrinks",
                            "Exports hit $5.69 billion while imports amounted to $10.16 billion. January’s export "
                            "receipts posted a 9.1 percent increase from the prior year’s $5.44 billion, while the "
                            "import bill was a 7.6 percent drop from $11 billion a year before.", published="2024-03-13")
    checks = run_checks(article, draft_register(article), [], article.published)
    growth = {c.explanation.split(";")[0]: c.verdict for c in checks if c.kind == "implied growth"}
    assert any("5.44 bn USD" in k and "5.69 bn USD" in k and v != "consistent" for k, v in growth.items()), growth
    assert any("11 bn USD" in k and "10.16 bn USD" in k and v == "consistent" for k, v in growth.items()), growth


def test_an_adjective_of_how_much_a_figure_moved_names_no_measure(tmp_path):
    """"the cumulative non-interest income ... amounted to PKR 27.7bn, showing a slight YoY increase of just 1% when
    compared to PKR 27.4bn": "slight" says how much, so the rate is the income's, and it fits its two levels."""
    assert key_of("showing a slight YoY") == frozenset()
    article = write_article(tmp_path, "Bank results",
                            "The cumulative non-interest income for 9MCY23 amounted to PKR 27.7bn, showing a slight "
                            "YoY increase of just 1% when compared to PKR 27.4bn in the SPLY.", published="2023-10-24")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]


def test_the_first_months_of_a_countrys_current_fiscal_year_and_a_move_told_with_which(tmp_path):
    """Pakistan's "first six months of the current financial year 2018-19" are July-December 2018, spelled as
    "July to December 2018" is; "A decline of 5.07 percent was recorded in the country's trade deficit" is the
    deficit's; "Over 5pc decline" is a fall; "$28.6 billion which decreased to over $28.3 billion" moved from one to
    the other, whose 29.2 percent fall it contradicts."""
    article = write_article(tmp_path, "Over 5pc decline in trade deficit recorded",
                            "ISLAMABAD: A decline of 5.07 percent was recorded in the country's trade deficit in the "
                            "first six months of the current financial year 2018-19. Imports fell 29.2 percent in the "
                            "first six months of the current financial year. In the first six months of the last "
                            "financial year, imports were over $28.6 billion which decreased to over $28.3 billion "
                            "from July to December 2018.", published="2019-02-05")
    claims = draft_register(article)
    growth = {c.value: c for c in claims if c.kind == "growth"}
    assert growth["5.07"].period == "2018H2" and growth["5.07"].metric == "trade deficit"
    assert growth["5"].interval.high < 0
    checks = run_checks(article, claims, [], article.published)
    assert [c.verdict for c in checks if c.kind == "headline vs body"] == ["consistent"]
    implied = [c for c in checks if c.kind == "implied growth"]
    assert len(implied) == 1 and implied[0].verdict in ("tension", "inconsistent")
    assert "From over 28.6 bn USD" in implied[0].explanation


def test_a_figure_in_brackets_in_another_scale_is_that_figure_again(tmp_path):
    """"stood at Rs 1,302 crore (Rs 13.02 billion), from Rs 1,398 crore (Rs 13.98 billion)": each bracket restates
    the figure before it in billions; the move runs from 1,398 crore to 1,302 crore. "the second quarter of 2014-15"
    in India is July-September 2014, as "the July-September quarter" is. "1.034 crore (103.55 lakh)" disagree by
    under 1 %: a slip converting by hand, a tension."""
    article = write_article(tmp_path, "Tata Steel results",
                            "Tata Steel reported a net profit of Rs 1,254.33 crore for the July-September quarter. "
                            "The profit of the company before exceptional item and tax stood at Rs 1,302 crore (Rs "
                            "13.02 billion), from Rs 1,398 crore (Rs 13.98 billion). Tata Steel's total income "
                            "declined to Rs 35,777 crore in the second quarter of 2014-15. Passenger volume was "
                            "1.034 crore (103.55 lakh) in India.", published="2014-11-12")
    claims = draft_register(article)
    by_value = {c.value: c for c in claims}
    assert by_value["13.02"].period == by_value["1,302"].period == "2014Q3"
    assert by_value["1,398"].period == "2013Q3" and "1,398" not in by_value["13.02"].links
    assert by_value["35,777"].period == "2014Q3"
    checks = run_checks(article, claims, [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]
    slip = [c for c in checks if set(c.claims) == {by_value["1.034"].id, by_value["103.55"].id}]
    assert [c.verdict for c in slip] == ["tension"]


def test_a_moves_two_ends_in_brackets_after_its_rate(tmp_path):
    """"with a rise of 81 per cent (431,000 to 782,000) and 74 per cent (181,000 to 315,000) respectively": each
    bracket holds its own rate's two ends; "(including the stomach)" glosses a name and holds no part of the figure
    before it."""
    article = write_article(tmp_path, "Hospital admissions",
                            "Admissions involving the lower digestive tract have nearly doubled (an increase of 94 per "
                            "cent from 521,000 to 1.0 million), whilst those involving the upper digestive tract "
                            "(including the stomach) and respiratory tract have also increased, with a rise of 81 per "
                            "cent (431,000 to 782,000) and 74 per cent (181,000 to 315,000) respectively.",
                            published="2016-11-09")
    claims = draft_register(article)
    by_value = {c.value: c for c in claims}
    for rate, new, old in (("81", "782,000", "431,000"), ("74", "315,000", "181,000")):
        assert by_value[rate].kind == "growth" and by_value[new].id in by_value[rate].links
        assert by_value[old].id in by_value[new].links
    assert "part" not in by_value["1.0"].roles.values()
    checks = run_checks(article, claims, [], article.published)
    implied = {c.claims[2]: c.verdict for c in checks if c.kind == "implied growth"}
    assert implied == {by_value["94"].id: "consistent", by_value["81"].id: "consistent", by_value["74"].id: "consistent"}
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]


def test_a_change_between_a_figure_and_the_one_set_against_it(tmp_path):
    """"collected Rs4,167 billion during July-May (2020-21) against the assigned target of Rs3,994 billion,
    reflecting an increase of Rs173 billion": the change is the first less the second; "the first eleven months
    (July-May) period of the current fiscal year" in Pakistan runs from July; "has provisionally collected" names
    no other measure than "collected"."""
    article = write_article(tmp_path, "FBR collects Rs4,167b in 11 months",
                            "ISLAMABAD: Pakistan's Federal Board of Revenue (FBR) made a provisional collection of Rs4,167 "
                            "billion in the first eleven months (July-May) period of the current fiscal year against "
                            "Rs3,532 billion in the same period of last fiscal. The FBR collected Rs4,167 billion "
                            "during July-May (2020-21) against the assigned target of Rs3,994 billion, reflecting an "
                            "increase of Rs183 billion. The FBR collected Rs387 billion in May 2021. The FBR has "
                            "provisionally collected Rs386 billion in May 2021 against the monthly target of Rs357 "
                            "billion, reflecting an increase of Rs29 billion.", published="2021-06-01")
    claims = draft_register(article)
    periods = {c.value: c.period for c in claims if c.kind in ("level", "forecast", "change")}
    assert periods["3,532"] == "2019-07/2020-05" and periods["3,994"] == "2020-07/2021-05"
    checks = run_checks(article, claims, [], article.published)
    changes = {next(c.value for c in claims if c.id == k.claims[0]): k.verdict for k in checks if k.kind == "change"}
    assert changes == {"183": "inconsistent", "29": "consistent"}
    ids = {c.value: c.id for c in claims}
    assert not [k for k in checks if k.kind == "part of whole" and {ids["386"], ids["387"]} <= set(k.claims)]


def test_full_year_figures_are_of_the_year_spoken_of_and_levels_may_be_cut(tmp_path):
    """"Full-year expenditures ... reached PHP5.336 trillion, 3.42 percent higher than the PHP5.15 trillion in 2022":
    the full year is the one the article speaks of (2023), 2022 the figure compared with's; 5.336/5.15 gives 3.50-3.72
    %, but read as cut off (5.15 for up to 5.16) the levels hold 3.42 %: a tension, not a contradiction."""
    article = write_article(tmp_path, "Budget deficit down in 2023",
                            "The deficit went down to PHP1.51 trillion last year. Full-year expenditures, on the other "
                            "hand, reached PHP5.336 trillion, 3.42 percent higher than the PHP5.15 trillion in 2022. "
                            "Exports are expected to reach 575 billion dollars for the whole year of 2014.",
                            published="2024-02-29")
    claims = draft_register(article)
    periods = {c.value: c.period for c in claims if c.kind in ("level", "forecast", "growth")}
    assert (periods["5.336"], periods["5.15"], periods["3.42"], periods["575"]) == ("2023", "2022", "2023", "2014")
    implied = [c for c in run_checks(article, claims, [], article.published) if c.kind == "implied growth"]
    assert [c.verdict for c in implied] == ["tension"] and "cut off" in implied[0].explanation


def test_a_rate_told_after_the_figure_it_is_compared_with(tmp_path):
    """"generation in October 2024 increased by 7 percent to 10,262 GWh from 9,572GWh during the same month last
    year, however, in comparison with the generation of 12,487 GWh, in September 2024, it has declined by almost 18
    percent": the 7 percent is the year's move, the 18 percent the month's, each against its own figure."""
    article = write_article(tmp_path, "Power generation",
                            "The power generation in October 2024 increased by 7 percent to 10,262 GWh from 9,572GWh "
                            "during the same month last year, however, in comparison with the generation of 12,487 GWh, "
                            "in September 2024, it has declined by almost 18 percent.", published="2024-11-27")
    claims = draft_register(article)
    growth = {c.value: c for c in claims if c.kind == "growth"}
    assert growth["18"].basis == "2024-09" and growth["7"].basis == ""
    implied = {c.claims[2]: c.verdict for c in run_checks(article, claims, [], article.published)
               if c.kind == "implied growth"}
    assert implied == {growth["7"].id: "consistent", growth["18"].id: "consistent"}


def test_an_estimate_is_no_side_of_the_balance_and_on_the_month_is_the_month_before(tmp_path):
    """"the foreign trade deficit fell 6.2% on the month to reach -$79.6bn. Economists had penciled-in a deficit of
    -$81.5bn. Exports ... to $260.8bn, while imports dipped 0.3% to $340.4bn": the balance is the actual deficit's,
    the estimate none; "on the month" measures against May."""
    article = write_article(tmp_path, "US trade deficit narrows",
                            "In June, the foreign trade deficit fell 6.2% on the month to reach -$79.6bn. Economists "
                            "had penciled-in a deficit of -$81.5bn. Exports were up by 1.7% month-on-month to "
                            "$260.8bn in June, while imports dipped 0.3% to $340.4bn.", published="2022-08-04")
    claims = draft_register(article)
    assert {c.value: c.basis for c in claims if c.kind == "growth"}["6.2"] == "2022-05"
    checks = run_checks(article, claims, [], article.published)
    assert [c.verdict for c in checks if c.kind == "difference"] == ["consistent"]
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]


def test_a_count_of_places_is_no_part_of_a_share(tmp_path):
    """"80.50 percent of the new recovered cases are observed to be concentrated in 10 States/UTs": the 10 counts the
    places, it is no part the share is of."""
    article = write_article(tmp_path, "India's active cases fall",
                            "A net decline of 5,968 cases has been recorded in the total active cases in the last 24 "
                            "hours. 18,385 cases have recovered in the last 24 hours. 80.50 percent of the new "
                            "recovered cases are observed to be concentrated in 10 States/UTs. Maharashtra has "
                            "reported the maximum number of single-day recoveries with 4,286 recoveries.",
                            published="2021-01-12")
    claims = draft_register(article)
    share = next(c for c in claims if c.value == "80.50")
    assert not [c for c in claims if c.id in share.links and c.value == "10"]
    assert not [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]


# Thirteenth round: readings that kept a rate or a change off the figures it is not of -----------------------------

@pytest.mark.parametrize("headline, body, verdicts, kind", [
    # a count after a verb of moving and "by" is a move, whatever follows it
    ("Jobless rise", "The number of unemployed also increased by {share}, from 10,459,000 in February to 10,486,000 "
     "in March.", {"27,000": "consistent", "37,000": "inconsistent"}, "change"),
    # a rate after "by <amount> or" goes the amount's way; "7M’24" names January-July 2024, no amount
    ("Remittances", "Direct remittances {move} year-on-year by $10 million or 0.84 percent to $1.18 billion in the first "
     "seven months of 2024, 7M’24, from $1.19 billion in the corresponding period of 2023.",
     # (the size holds and only the way disagrees: a tension the brief flags, not a contradiction)
     {"fell": "consistent", "rose": "tension"}, "implied growth"),
    # the rate told right after the from-figure is that figure's own; the to-figure's is checked
    ("Tourism earnings", "Earnings from January to May 2013 were US$ 7.993 billion with a growth of {share}%, as "
     "compared to US$ 7.297 billion with a growth of 10.6% during January-May 2012 over the same period of 2011.",
     {"9.5": "consistent", "10.6": "inconsistent"}, "implied growth"),
])
def test_thirteenth_round_phrasings(tmp_path, headline, body, verdicts, kind):
    for value, verdict in verdicts.items():
        article = write_article(tmp_path, headline, body.format(share=value, move=value), published="2024-09-24")
        checks = run_checks(article, draft_register(article), [], article.published)
        found = [c for c in checks if c.kind == kind]
        assert found and found[0].verdict == verdict, (value, [(c.kind, c.verdict, c.explanation) for c in checks])
        if verdict == "consistent":  # (and nothing else read as a contradiction)
            assert not [c for c in checks if c.verdict == "inconsistent"], \
                [(c.kind, c.explanation) for c in checks if c.verdict == "inconsistent"]


@pytest.mark.parametrize("headline, body, published", [
    # a change the sentence before gave is not the change of a pair whose own sentence gives its change
    ("Jobs", "The unemployment rate was unchanged at 6.7 percent in March, and the number of unemployed increased by "
     "27,000. From February to March, the civilian population increased by 173,000, rising from 247,085,000 to "
     "247,258,000.", "2014-04-04"),
    # a rate "from two weeks ago" is not the move from Monday's figure
    ("Cases fall", "The average of cases over the past seven days fell to 17,119 from 17,196 on Monday, and has dropped "
     "45% from two weeks ago.", "2021-06-02"),
    # what the market expected of the quarter is no figure of the year before
    ("Record profit", "Samsung Electronics posted a record 14.5 trillion won operating profit in the third quarter. It "
     "is higher than the market consensus of 14.3 trillion won and marks a 179 percent increase from a year ago.",
     "2017-10-14"),
    # shares in brackets beside the two levels of a from/to pair are no growth rates
    ("Membership", "The proportion of the population with active membership has increased from 12,283,457 (40.6%) to "
     "16,310,425 (52.6%) between 2016 and 2020.", "2021-06-16"),
    # a from-figure with its own rate before it is of the figure before, not of a to-figure a rate of revenue moves to
    ("Profit jumps", "Net earnings for the six months ending June 30 reached 10.95 billion yuan (US$1.50 billion), up "
     "204.7% from 3.6 billion yuan a year earlier, on a 72.7% rise in revenue to 260.12 billion yuan.", "2023-08-30"),
    # a rate in rupee terms is no rate of the dollar figures
    ("Exports rise", "Exports rose to $5.01 billion in April, 19.95 percent higher than the level of $4.18 billion "
     "during April 2003. In rupee terms, the exports during the month were worth 220.1 billion, which is 11.23 percent "
     "higher than the value of exports during the corresponding month last year.", "2004-05-26"),
    # ", an increase of 9.9 per cent" after the cruise figure is the cruise figure's, not the arrivals' change
    ("Arrivals", "Between January and March this year there were 9.1 million tourist trips to the region, up by 970,000 "
     "over the corresponding period last year. Cruise passengers had a record 10.7 million visits, an increase of 9.9 "
     "per cent.", "2019-06-06"),
    # a month's change is from the month before; "compared to a year earlier" two sentences back is another move
    ("Trade deficit", "The monthly trade deficit jumped 13.3% to $39.1 billion in July. Compared to a year earlier, "
     "exports rose 3.3% and imports gained 0.8%. The monthly deficit in goods trade saw an 8.3% increase in July to "
     "$58.6 billion. Exports of goods were down $1.1 billion to $132.7 billion while imports rose $3.4 billion to "
     "$191.3 billion.", "2013-09-05"),
    # ... but not one after the level's own rate
    ("Exports", "India's exports during March 2016 were valued at $22718.69 million (Rs.152264.96 crore) which was 5.47 "
     "per cent lower in dollar terms (1.45 per cent higher in rupee terms) than the level of $24032.55 million (Rs "
     "150082.80 crore) during March, 2015.", "2016-06-16"),
    # "it is worth noting that the solar capacity addition is almost 50% below the annual target": another subject's
    # gap to a goal, no move of the sentence before's figure
    ("Capacity", "India added 5,526 MW of new solar capacity and 5,400 MW of new wind capacity in the year. \u201cWhile "
     "these numbers are impressive, it is worth noting that the solar capacity addition including rooftop solar is "
     "almost 50% below the annual target of 12,000 MW.", "2017-04-11"),
    # a list after "including" names members in no order; "top-tier" ranks nothing
    ("Banks", "Several other top banks, including Wema Bank (N89.09 billion), Fidelity Bank (N247.1 billion), "
     "Sterling Holding (N99.06 billion) and Access (N238.2 billion), reported gains.", "2023-09-19"),
    ("Banks", "Top-tier banks Wema Bank (N89.09 billion), Fidelity Bank (N247.1 billion), Sterling Holding (N99.06 "
     "billion) and Access (N238.2 billion) reported gains.", "2023-09-19"),
    # the article's own "(mt)" is million tonnes: 1.76 mt against 9.92 lakh tonnes is a rise
    ("Exports", "Volumes of rice were up 60 per cent at 8.19 million tonnes (mt) against 5.11 mt. Volumes of other "
     "cereals were up at 1.76 mt against 9.92 lakh tonnes.", "2021-11-01"),
])
def test_no_contradiction_from_a_rate_of_another_figure(tmp_path, headline, body, published):
    article = write_article(tmp_path, headline, body, published=published)
    raised = [(c.kind, c.verdict, c.explanation) for c in run_checks(article, draft_register(article), [],
                                                                      article.published)
              if c.verdict in ("inconsistent", "tension")]
    assert not raised


def test_a_figure_set_beside_the_markets_expectation_is_no_restatement_nor_the_rate_s_basis(tmp_path):
    """"rose 5 percent to 85.15 billion yuan, compared with the expectation of 86.51 billion yuan": the market's
    estimate of the same quarter, no figure before it and not the actual stated twice."""
    article = write_article(tmp_path, "Acme posts second-quarter revenue of 85.15 billion yuan",
                            "Acme Group said on Wednesday its second-quarter revenue rose 5 percent to 85.15 billion "
                            "yuan, compared with the expectation of 86.51 billion yuan, according to IBES data from "
                            "LSEG.", published="2025-08-20")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], checks
    prior = [c.explanation for c in checks if c.kind == "prior level"]
    assert prior and all("to 85.15 bn CNY" in e for e in prior), prior


def test_a_way_the_article_says_of_other_results_only_suggests_one_of_an_estimate(tmp_path):
    """"JD's earnings per ADS stood at CNY3.16 compared with expectations of CNY2.05", in a story where Alibaba missed
    estimates: the article's "missed" may be another company's, so the comparison it suggests is for confirming."""
    article = write_article(tmp_path, "Results", "Alibaba booked CNY200.7bn of revenue, missing the analysts' "
                            "consensus of CNY204.9bn. JD.com's non-GAAP earnings per ADS stood at CNY3.16 compared with "
                            "expectations of CNY2.05.", published="2021-11-19")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict == "inconsistent"], checks
    # (Alibaba's own "missing" holds; JD's is only suggested)
    assert [c.verdict for c in checks if c.kind == "comparison"] == ["consistent", "tension"], checks


def test_a_share_s_part_in_another_sentence_must_name_what_sets_it_apart_from_the_whole(tmp_path):
    """"B2C retail sales accounted for 75.8% of the national online retail sales", then a festival "with sales of 77
    billion yuan": sales, but no B2C sales; "This amount accounts for" points back to the sentence before's figure."""
    found = _verdicts(tmp_path, "Online sales", "The national online retail sales reached 4.82 trillion yuan in the "
                      "first half.\n\nB2C retail sales accounted for 75.8% of the national online retail sales. More "
                      "than 100,000 brands joined the shopping festival with sales of 77 billion yuan.",
                      "share of a total", published="2019-08-09")
    assert found == [], found
    found = _verdicts(tmp_path, "Trade", "Foreign trade grew 4.1% in the first five months, reaching 12.1 trillion "
                      "yuan. Specifically, their trade volume rose by 11.1% achieving 5.02 trillion yuan. This amount "
                      "accounts for 41.4% of the overall trade volume.", "share of a total", published="2019-06-11")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_from_figure_of_no_unit_is_the_amount_s_not_its_conversion_s(tmp_path):
    """"41 billion Egyptian pounds ($4.62 billion) ..., down 27 per cent from 56 billion": 56 billion pounds."""
    found = _verdicts(tmp_path, "Subsidy bill", "Egypt's energy subsidy bill reached 41 billion Egyptian pounds ($4.62 "
                      "billion) during the first nine months of the 2015-16 financial year, down 27 per cent from 56 "
                      "billion in 2014-2015.", "implied growth", published="2016-05-26")
    assert [v for v, _ in found] == ["consistent"] and "41 bn EGP" in found[0][1], found


def test_an_estimate_word_before_a_dash_is_not_said_of_the_figures_after_it(tmp_path):
    """"topping expectations for a 0.9% growth — strongest since September last year when they climbed 7.4%": 7.4% is
    September's actual, no estimate the 5.7% topped."""
    found = _verdicts(tmp_path, "Trade", "Imports rose 5.7% in December from a year earlier, topping expectations for "
                      "a 0.9% growth — strongest since September last year when they climbed 7.4%.", "comparison",
                      published="2026-01-14")
    assert [v for v, _ in found] == ["consistent"] and "7.4" not in found[0][1], found


def test_the_figure_of_the_time_a_record_runs_from_is_not_ranked_by_it(tmp_path):
    """"2 million new HIV infections ..., the lowest since 2000, when 3.1 million people were diagnosed": 3.1 million
    is 2000's figure, higher, not the lowest."""
    article = write_article(tmp_path, "HIV", "There were 2 million new HIV infections around the world in 2014–15, the "
                            "lowest since 2000, when 3.1 million people worldwide were diagnosed with HIV.",
                            published="2015-11-24")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], checks


def test_a_share_of_someone_s_plan_is_not_of_a_plan_that_does_not_name_them(tmp_path):
    """"oil taxes reached N6.8 trillion, achieving 95% of the sector's target" is of the oil sector's target, not of
    the agency's "target of N40.71 trillion for 2026"."""
    found = _verdicts(tmp_path, "Revenue", "The service is setting a target of N40.71 trillion for 2026. Non-oil "
                      "taxes contributed N21.4 trillion, while oil taxes reached N6.8 trillion, achieving 95% of the "
                      "sector's target.", "share of a total", published="2026-02-11")
    assert found == [], found


def test_a_superlative_ranks_no_set_s_total_nor_another_superlative_s_figure(tmp_path):
    """"Of LNG exports worldwide totaling 485.1 bcm, Qatar was the biggest exporter with 107.1 bcm while Japan imported
    the greatest volume of LNG at 105.5 bcm": the total is the set's, and Japan's figure leads a set of its own."""
    found = _verdicts(tmp_path, "LNG", "Of LNG exports worldwide totaling 485.1 billion cubic meters, Qatar was the "
                      "biggest exporter with 107.1 billion cubic meters while Japan imported the greatest volume of LNG "
                      "at 105.5 billion cubic meters.", "largest", published="2020-06-17")
    assert "tension" not in [v for v, _ in found] and "inconsistent" not in [v for v, _ in found], found


def test_a_headline_s_present_tense_amounts_to_ends_its_measure(tmp_path):
    """"Revenue collection in 2018-19 amounts to 13.5 per cent" over "domestic revenue collection during the year
    2018/19 amounted to Tsh18.53 trillion (equivalent to around 13.8 per cent of GDP)": one share told twice, a slip."""
    found = _verdicts(tmp_path, "Revenue collection in 2018-19 amounts to 13.5 per cent", "The country's domestic "
                      "revenue collection during the year 2018/19 amounted to Tsh18.53 trillion (equivalent to around "
                      "13.8 per cent of GDP), the Bank of Tanzania said.", "headline vs body", published="2020-01-22")
    assert [v for v, _ in found] == ["inconsistent"], found


def test_a_whole_named_in_many_words_is_no_part_of_the_next_share(tmp_path):
    """"roughly 4.2% of Amazon's reported net income of $21.3 billion for 2020, and 0.2% of its $386 billion in sales":
    both shares are of the fine; the net income is the first one's whole, no part of the second."""
    found = _verdicts(tmp_path, "Fine", "The $886.6 million fine would represent roughly 4.2% of Amazon's reported net "
                      "income of $21.3 billion for 2020, and 0.2% of its $386 billion in sales.", "share of a total",
                      published="2021-07-30")
    assert "inconsistent" not in [v for v, _ in found], found


def test_a_share_set_against_a_norm_is_no_figure_it_moved_from(tmp_path):
    """"First-time buyers made up only 19 percent of properties sold, compared to 40 percent on average": an average,
    no figure of the year before, and "made up" is no rise."""
    article = write_article(tmp_path, "Home sales", "First-time buyers made up only 19 percent of properties sold in "
                            "August, compared to 40 percent on average.", published="2021-09-22")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], checks


def test_a_superlative_naming_its_measure_ranks_no_figure_before_it_of_another(tmp_path):
    """"Russia sold the most natural gas via pipelines with 190.8 bcm, while the country that saw the most gas demand
    was Germany with 99.3 bcm": demand is ranked against demand, not against Russia's sales."""
    found = _verdicts(tmp_path, "Gas", "Russia was the country that sold the most natural gas via pipelines in 2016 "
                      "with 190.8 billion cubic meters, while the country that saw the most gas demand was Germany "
                      "with 99.3 billion cubic meters.", "largest", published="2017-06-19")
    assert not {v for v, _ in found} & {"inconsistent", "tension"}, found


def test_a_balance_with_an_item_left_out_is_no_difference_of_the_sides(tmp_path):
    """"Excluding interest payments, the budget balance saw a deficit of 7.7 billion liras": the primary balance, not
    spending less revenue."""
    found = _verdicts(tmp_path, "Budget", "Turkey's budget revenues totaled 55.5 billion liras in June. Budget "
                      "expenditures in June were 67.5 billion liras. Excluding interest payments, the central "
                      "government budget balance saw a deficit of 7.7 billion liras in June.", "difference",
                      published="2019-07-16")
    assert found == [], found


def test_a_share_of_a_part_whose_words_name_its_whole_is_of_that_whole(tmp_path):
    """"banks received N17.175 trillion as deposits. Of this figure, customers in Lagos deposited N10.128 trillion
    representing 50 per cent": 50 % of the N17.175 trillion (59 %: a contradiction)."""
    found = _verdicts(tmp_path, "Deposits", "Banks received N17.175 trillion as deposits from customers in 2015. Of "
                      "this figure, bank customers resident in Lagos deposited N10.128 trillion representing 50 per "
                      "cent, followed by Abuja.", "share of a total", published="2016-04-13")
    assert [v for v, _ in found] in (["inconsistent"], ["tension"]) and "17.175" in found[0][1], found


def test_a_scaled_count_of_people_takes_no_currency_from_its_sentence(tmp_path):
    """"the 4.5 million visiting crew members spent a total of US$302 million": people, not dollars."""
    article = write_article(tmp_path, "Cruise", "Meanwhile, the 4.5 million visiting crew members spent a total of "
                            "US$302 million.", published="2015-10-08")
    assert {r["unit"] for r in draft_rows(article) if r["value"] == "4.5"} == {"count"}


def test_a_rate_set_against_the_move_of_the_year_before_is_no_move_to_the_level(tmp_path):
    """"increased 2.2 percent to 8.33 billion in the review year against an increase of 8.2 percent in the previous
    year": the 8.2 % is last year's own move, no rise to 8.33 billion."""
    found = _verdicts(tmp_path, "Remittances", "In US dollar terms, remittance inflows increased 2.2 percent to 8.33 "
                      "billion in the review year against an increase of 8.2 percent in the previous year.",
                      "prior level", published="2022-08-16")
    assert len(found) == 1 and "2.2 %" in found[0][1], found


def test_a_whole_that_joins_another_item_is_no_sum_of_a_segment_and_its_rest(tmp_path):
    """"total revenues and grants of J$635.33 billion": more than tax revenue and non-tax revenue together."""
    found = _verdicts(tmp_path, "Revenue", "Total revenues and grants were J$635.33 billion in April to January. Tax "
                      "revenue closed the period at J$583.08 billion. Non-tax revenue amounted to J$46.12 billion.",
                      "sum of parts", published="2023-03-04")
    assert found == [], found


def test_a_level_said_to_be_higher_than_another_is_compared_with_it(tmp_path):
    """"The underemployment rate of 15.9 percent was higher than the 13.8 percent": a verb says the first is a level,
    no gap; "One was less than 10 years old, one was in their 20s" compares no one with one."""
    found = _verdicts(tmp_path, "Jobs", "The underemployment rate of 15.9 percent was higher than the 13.8 percent "
                      "reported in June.", "comparison", published="2023-09-08")
    assert [v for v, _ in found] == ["consistent"] and "15.9 %" in found[0][1], found
    assert _verdicts(tmp_path, "Deaths", "Of the deaths, one was less than 10 years old, one was in their 20s and "
                     "two were in their 70s.", "comparison", published="2023-03-06") == []


def test_the_other_sex_named_in_a_gapped_clause_is_another_share(tmp_path):
    """"Women comprise 50.2% of visitors and men 49.8%": two parts of one whole, no figure told twice."""
    body = "Arrivals of tourists reached 458,645 in August 2016. Women comprise 50.2% of tourists and men 49.8%."
    for kind in ("restatement", "headline vs body"):
        assert _verdicts(tmp_path, "Visitors", body, kind, published="2016-09-19") == [], kind


def test_a_change_in_a_measure_from_a_named_place_is_that_segments(tmp_path):
    """"a decrease of 6.1% in tourist arrivals from Germany": the German market's arrivals, not all of them."""
    found = _verdicts(tmp_path, "Arrivals", "Arrivals of tourists reached 458,645 in August 2016 compared to 392,272 "
                      "in August 2015, recording an increase of 16.9%. Contrary to the trend, a decrease of 6.1% in "
                      "tourist arrivals from Germany was recorded.", "implied growth", published="2016-09-19")
    assert [v for v, _ in found] == ["consistent"] and "16.9 %" in found[0][1], found


def test_units_of_a_thing_counted_name_the_thing(tmp_path):
    """"China sold 1.61 million units of passenger cars in March": passenger car sales, a part of the quarter's."""
    found = _verdicts(tmp_path, "Cars", "China sold 1.61 million units of passenger cars in March. In the first "
                      "quarter, passenger car sales reached 4.33 million units.", "part of whole", published="2023-04-10")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_price_unit_said_with_the_from_figure_is_the_to_figures_too(tmp_path):
    """"increasing 5.3% from $2,357 per month to $2,481": both rents per month, no month's total."""
    found = _verdicts(tmp_path, "Rents", "The Northeast saw the largest rent gains in February, increasing 5.3% from "
                      "$2,357 per month to $2,481.", "implied growth", published="2024-03-18")
    assert [v for v, _ in found] == ["consistent"], found
    assert _verdicts(tmp_path, "Rents", "The Northeast saw the largest rent gains in February, increasing 5.3% from "
                     "$2,357 per month to $2,481.", "per unit", published="2024-03-18") == []


def test_the_amount_a_rate_is_given_for_is_no_figure(tmp_path):
    """"62.24 cents for every $100 of taxable property, a 1.5-cent decrease from ... 63.74 cents": the cents move."""
    found = _verdicts(tmp_path, "Budget", "The budget proposes a tax rate of 62.24 cents for every $100 of taxable "
                      "property, a 1.5-cent decrease from the current rate of 63.74 cents.", "change",
                      published="2021-05-27")
    assert [v for v, _ in found] == ["consistent"], found


def test_this_is_the_sentences_figure_not_the_part_it_names_after(tmp_path):
    """"4,469 flu patients were in beds ..., including 211 in critical care. This is up 17% from 3,818": the 4,469."""
    found = _verdicts(tmp_path, "Flu", "Figures show an average of 4,469 flu patients were in beds each day last "
                      "week, including 211 in critical care. This is up 17% from 3,818 the previous week.",
                      "implied growth", published="2025-01-02")
    assert [v for v, _ in found] == ["consistent"] and "4,469" in found[0][1], found
    # ("... and is more than four times the number on December 1": a multiple of a base it names, not of the pair)
    assert _verdicts(tmp_path, "Flu", "An average of 4,469 flu patients were in beds each day last week. This is up "
                     "17% from 3,818 the previous week and is more than four times the number on December 1.",
                     "multiple", published="2025-01-02") == []


def test_a_twelve_month_period_spoken_of_as_past_ends_before_the_article(tmp_path):
    """"a record was set for the 12-month period", in July after a year's figures to date: the twelve months to June,
    not a calendar year that had not ended."""
    found = _verdicts(tmp_path, "Ports", "The port has handled 4.5 million TEUs so far in 2019, up 3%. The end of the "
                      "month also marks the completion of its fiscal year, and officials said a record was set for the "
                      "12-month period.", "date", published="2019-07-17")
    assert "inconsistent" not in [v for v, _ in found] and any("2018-07/2019-06" in e for _, e in found), found


def test_a_stocks_change_within_a_half_and_a_rate_of_no_basis_are_a_tension(tmp_path):
    """"increased by 4.58 GW to reach an installed capacity of 55 GW, a 31% increase", in a half-year's story: what
    the stock added since January, and a rate most often against the year before."""
    found = _verdicts(tmp_path, "Solar", "China added 11.4 GW of solar in the first half of 2019. Distributed solar "
                      "projects have increased by 4.58 GW to reach an installed capacity of 55 GW, a 31% increase.",
                      "change", published="2019-08-26")
    assert [v for v, _ in found] == ["tension"], found


def test_a_figure_compared_with_that_names_another_segment_after_it_moved_from_nothing(tmp_path):
    """"urban consumption ... 652.8 billion yuan, up 20.3 percent year-on-year, compared with 326.28 billion yuan spent
    by rural residents, up 21.8 percent": the rural figure and its own rate, beside the urban ones."""
    body = ("The NBS said urban consumption in November hit 652.8 billion yuan, up 20.3 percent year-on-year, compared "
            "with 326.28 billion yuan spent by rural residents, up 21.8 percent.")
    for kind in ("implied growth", "restatement", "headline vs body"):
        assert _verdicts(tmp_path, "Retail", body, kind, published="2008-12-12") == [], kind
    article = write_article(tmp_path, "Retail", body, published="2008-12-12")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["326.28"]["metric"] == "rural residents spending" and rows["21.8"]["metric"] == "rural residents spending"


def test_a_change_less_than_another_figure_is_a_fall(tmp_path):
    """"The growth rate was 1.2 percentage points less than in October": a fall of 1.2 points, whatever "growth" says,
    as the lede's "down 1.2 percentage points from October" is."""
    found = _verdicts(tmp_path, "Retail", "Retail sales grew 20.8 percent last month, down 1.2 percentage points from "
                      "October.\nNovember retail sales reached 979.08 billion yuan. The growth rate was 1.2 percentage "
                      "points less than in October.", "headline vs body", published="2008-12-12")
    assert found and all(v == "consistent" for v, _ in found), found


def test_a_multiples_verb_ends_its_subject(tmp_path):
    """"Q2 profit plunges 63% to Rs 65 crore, ad spends double to over Rs 800 crore": the ad spends, not the profit;
    "expenses more than doubled to Rs 806 crore": the expenses, not "expenses more than doubled"."""
    article = write_article(tmp_path, "Eternal's Q2 profit plunges 63% to Rs 65 crore, ad spends double to over Rs 800 "
                            "crore", "Eternal's advertising and promotional expenses more than doubled to Rs 806 crore in "
                            "Q2 FY26, compared to Rs 421 crore in the corresponding quarter last year.",
                            published="2025-10-16")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["800"]["metric"].startswith("ad spends") and "profit" not in rows["800"]["metric"], rows["800"]
    assert "doubled" not in rows["806"]["metric"], rows["806"]


def test_an_abbreviated_scale_glued_to_a_change_leaves_its_way_readable(tmp_path):
    """"£42.6bn was £3.5bn lower than last year": a fall of £3.5bn, the "bn" no word of its way."""
    found = _verdicts(tmp_path, "Deficit", "The budget deficit for the year to March of £42.6bn was £3.5bn lower than "
                      "last year.", "change", published="2018-04-24")
    assert len(found) == 1 and "3.5 bn GBP fall" in found[0][1], found


def test_a_change_that_is_a_share_of_the_level_after_it_moved_to_nothing(tmp_path):
    """"Their 19.5mn tons jump in 2017 imports is also two-thirds of the 29mn tons (10%) growth": a part of the
    growth, which is no level it moved to."""
    assert _verdicts(tmp_path, "LNG", "Their collective 19.5mn tons jump in 2017 imports is also two-thirds of the "
                     "29mn tons (10%) growth in the global market.", "change", published="2018-03-02") == []


def test_a_rate_on_a_figure_moved_from_it(tmp_path):
    """"263,696 in July, up 1% on 261,006 in June and up 10% year-on-year from 239,739 in July 2022": the British "on"
    names the month's figure the 1 % is measured from, as "from" names the year's."""
    found = _verdicts(tmp_path, "Referrals", "Urgent cancer referrals made by GPs rose to 263,696 in July, up 1% on "
                      "261,006 in June and up 10% year-on-year from 239,739 in July 2022.", "implied growth",
                      published="2023-09-14")
    assert sorted(v for v, _ in found) == ["consistent", "consistent"], found


def test_a_participle_that_takes_a_total_to_a_figure_opens_a_clause_of_its_own(tmp_path):
    """"surged (603 per cent) year-on-year, to 543 tonnes, taking the total volume for the first seven months of 2013
    to 2,227 tonnes, up substantially from the 499 tonnes": July's 543 tonnes and the seven months' total apart."""
    found = _verdicts(tmp_path, "Meat", "Loin cut exports during July surged (603 per cent) year-on-year, to 543 "
                      "tonnes, taking the total volume for the first seven months of 2013 to 2,227 tonnes, up "
                      "substantially from the 499 tonnes during the corresponding period last year.", "implied growth",
                      published="2013-08-08")
    assert "inconsistent" not in [v for v, _ in found], found


def test_a_rate_after_a_figure_told_twice_is_read_against_the_one_told_in_full(tmp_path):
    """"dispatches of 17,59,881 or 1.75 million units, up 10 per cent on the 16,06,870 units": 9.5 %, not 1.75 million
    cut short against 16,06,870."""
    found = _verdicts(tmp_path, "Maruti", "Maruti reported fiscal year 2024 dispatches of 17,59,881 or 1.75 million "
                      "units, up 10 per cent on the 16,06,870 units or 1.60 million units it sold in FY2023.",
                      "implied growth", published="2024-04-02")
    # (the short forms, 1.60 and 1.75 million, are a pair of their own, which the rate fits as well)
    assert {v for v, _ in found} == {"consistent"} and any("17,59,881" in text for _, text in found), found


def test_omani_and_iranian_rials_are_their_own_currencies(tmp_path):
    """"two billion Omani rials ($5.2 billion)", "419 trillion rials" in a story of Iran: rials, not dollars."""
    article = write_article(tmp_path, "Oman budget", "The government is to borrow two billion Omani rials ($5.2 "
                            "billion). Expenses are expected to reach 13.2 billion Omani rials ($34.38 billion).",
                            published="2020-01-04")
    units = {r["value"]: r["unit"] for r in draft_rows(article)}
    assert units["two"] == units["13.2"] == "OMR" and units["34.38"] == "USD", units
    article = write_article(tmp_path, "Iran oil", "Iran's oil revenues stood at 419 trillion rials ($9.9 billion).",
                            published="2018-09-11")
    assert {r["value"]: r["unit"] for r in draft_rows(article)}["419"] == "IRR"


def test_a_hedged_number_in_words_is_as_round_as_in_digits(tmp_path):
    """"20 million yuan (about three million US dollars)": about 3 million, 2.5 to 3.5, as in digits."""
    found = _verdicts(tmp_path, "Output", "Enterprises with annual turnover of at least 20 million yuan (about three "
                      "million US dollars) are counted.", "conversion", published="2019-05-14")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_change_told_again_is_no_figure_its_move_started_from(tmp_path):
    """"rose by Rs79 billion ..., reaching Rs1.693 trillion. ... the Rs79bn rise": one move told twice, not a move from
    79 billion to 1.693 trillion."""
    found = _verdicts(tmp_path, "Debt", "Pakistan's power sector circular debt rose by Rs79 billion in the first "
                      "quarter, reaching Rs1.693 trillion. The Power Division attributed the Rs79bn rise primarily to "
                      "inefficiencies in distribution companies.", "change", published="2025-11-05")
    assert "inconsistent" not in [v for v, _ in found], found


def test_today_before_a_verb_of_telling_is_the_day_it_was_told(tmp_path):
    """"Acme has today announced a 32.4 per cent growth in net profit to Sh23.9 billion for the half year to
    September": today is when it was announced, not the period of the profit."""
    found = _verdicts(tmp_path, "Acme profit", "Acme has today announced a 32.4 per cent growth in net profit jumping "
                      "to Sh23.9 billion for the half year to September.", "date", published="2016-11-04")
    assert "inconsistent" not in [v for v, _ in found], found


def test_a_month_on_month_rate_moves_the_sentence_befores_level_of_the_month_after(tmp_path):
    """"... to 52,084 units in May 2021 ... However, on a MoM basis, sales dipped 13 percent from 59,870 units in April
    2021": the from-figure counts what the sentence before counts, and the rate runs from it to May's level."""
    body = ("Acme sales decreased by 3 percent YoY to 52,084 units in May 2021, down from 53,700 units in the same "
            "month last year. However, on a MoM basis, sales dipped {} percent from 59,870 units in April 2021.")
    found = _verdicts(tmp_path, "Acme sales in May", body.format(13), "implied growth", published="2021-06-04")
    assert [v for v, e in found if "59,870" in e] == ["consistent"], found
    # (named in other words, "Hydel output" of "Hydel-based power generation", the link is one to confirm)
    found = _verdicts(tmp_path, "Power in July", "Hydel-based power generation decreased by 3 percent YoY to 5,341 GWh "
                      "in July 2024, down from 5,518 GWh in the same month last year. However, on a MoM basis, Hydel "
                      "output increased by 30 percent from 4,729 GWh in June 2024.", "implied growth",
                      published="2024-08-20")
    assert [v for v, e in found if "4,729" in e] == ["tension"], found


def test_a_count_out_of_another_is_no_figure_moved_from(tmp_path):
    """"34 deaths from 1,288 confirmed cases, and further increased to 53 deaths from 1,528 suspected cases": the cases
    the deaths are counted out of, though the clause before counts cases too; only a rate's from-figure is read
    against the counts of the sentence before."""
    found = _verdicts(tmp_path, "Cholera", "In June, the agency noted 30 deaths from 1,141 suspected cases. By June 21, "
                      "the numbers had risen to 34 deaths from 1,288 confirmed cases, and further increased to 53 "
                      "deaths from 1,528 suspected cases by June 23.", "implied growth", published="2024-07-16")
    assert not [v for v, e in found if "1,528" in e], found


def test_a_comparison_that_qualifies_a_number_between_compares_neither_figure(tmp_path):
    """"grew 4.2% YoY to 12.5Mn, subscribers using more than 2GB increased 15.3%": "more than" sizes the 2GB, it sets
    the 4.2 % above nothing."""
    found = _verdicts(tmp_path, "Subscribers", "Prepaid subscribers grew 4.2% YoY to 12.5Mn, subscribers using more "
                      "than 2GB increased 15.3% YoY to 2.1Mn.", "comparison", published="2021-11-10")
    assert not _alarms(found), found


def test_a_count_of_other_things_is_no_whole_of_a_part(tmp_path):
    """"the top five vendors took 72 percent of the market, leaving more than 300 brands": the share is of the market,
    and 300 brands count other things than the five vendors."""
    found = _verdicts(tmp_path, "Phones", "Global smartphone shipments fell 3 percent to 386.8 million units in the "
                      "third quarter. The top 5 vendors captured 72 percent of the market to leave over 300+ brands "
                      "fighting for the rest.", "share of a total", published="2018-11-01")
    assert not _alarms(found), found


def test_a_ranked_list_leaves_out_each_items_move_and_what_came_before(tmp_path):
    """"led by Kerala with a total of 86,100 cases after 5,210 fresh cases ..., followed by Assam with 40,392 (↑3,343)
    cases": the fresh cases and the moves in brackets are asides, the totals the ranking."""
    found = _verdicts(tmp_path, "States", "The worst-hit states were led by Kerala with a total of 86,100 cases after "
                      "5,210 fresh cases were reported in the past 24 hours, followed by Assam with 40,392 (↑3,343) "
                      "cases, Goa with 32,175 (↑1,373) cases and Punjab with 20,913 (↑681) cases.", "comparison",
                      published="2020-07-03")
    assert [v for v, _ in found] == ["consistent"] and "86,100 > 40,392 > 32,175 > 20,913" in found[0][1], found


def test_a_rate_whose_move_leads_to_a_pair_told_in_turn_is_that_pairs(tmp_path):
    """"Costs rose 9% to Rs 310.4 crore from Rs 284.6 crore on the back of a 20% increase in staff costs to Rs 96.1 crore
    from Rs 80.2 crore": the 20 % runs from Rs 80.2 crore to Rs 96.1 crore (+19.8 %)."""
    found = _verdicts(tmp_path, "Q2 results", "Costs rose 9% to Rs 310.4 crore from Rs 284.6 crore on the back of a "
                      "20% increase in staff costs to Rs 96.1 crore from Rs 80.2 crore.", "implied growth",
                      published="2022-11-19")
    assert [v for v, e in found if "80.2" in e and "20 %" in e] == ["consistent"], found


def test_a_move_said_again_in_this_way_is_the_sentence_befores(tmp_path):
    """"In May, wholesales stood at 9,71,550 units, as against 8,53,187 units in May last year. In this way it increased by 13.87
    percent": the rate of the pair before."""
    found = _verdicts(tmp_path, "Wholesales", "In May, wholesales of scooters stood at 9,71,550 units, as against 8,53,187 "
                      "units in May last year. In this way it increased by 13.87 percent.", "implied growth",
                      published="2023-06-13")
    assert [v for v, e in found if "13.87" in e] == ["consistent"], found


def test_a_range_told_in_words_drafts_its_ends_in_digits(tmp_path):
    """"waiting times of between two and five years": the register reads the low and high columns as numbers, so the
    draft writes them 2 and 5 (the words once stopped the build of the article's brief)."""
    article = write_article(tmp_path, "Courts", "Victims are facing waiting times of between two and five years before "
                            "a case goes to trial.", published="2024-12-12")
    row = next(r for r in draft_rows(article) if r["value"] == "two")
    assert (row["low"], row["high"]) == ("2", "5")
    assert any(c.value == "two" for c in draft_register(article))


def test_a_count_told_again_in_brackets_in_another_unit_is_no_figure_of_the_move(tmp_path):
    """"675,031 TEUs (373,364 containers), a 10.2 percent increase from the 612,295 TEUs (339,945 containers)": the
    move runs between the TEUs; the containers in brackets count the same boxes another way."""
    found = _verdicts(tmp_path, "Port volume", "Total volume for March included 532,455 TEUs (289,792 containers), "
                      "which represents a 10.7 percent increase compared to the 481,177 TEUs (256,792 containers) "
                      "recorded in March 2023. From January through March, the port imported 675,031 TEUs (373,364 "
                      "containers), a 10.2 percent increase from the 612,295 TEUs (339,945 containers) over the same "
                      "period in 2023.", "implied growth", published="2024-04-05")
    assert not _alarms(found), found
    assert [v for v, e in found if "612,295" in e] == ["consistent"], found


def test_a_figure_in_brackets_is_no_word_of_a_measure(tmp_path):
    """"compared to the 481,177 TEUs (256,792 containers) recorded in March 2023": the metric column names no figure."""
    article = write_article(tmp_path, "Port volume", "Total volume for March included 532,455 TEUs, which represents a "
                            "10.7 percent increase compared to the 481,177 TEUs (256,792 containers) recorded in March "
                            "2023.", published="2024-04-05")
    assert not [r["metric"] for r in draft_rows(article) if re.search(r"\(\d", r.get("metric", ""))]


def test_a_range_with_its_currency_said_again_and_its_per_unit_once_is_one_range(tmp_path):
    """"raised its earnings per share estimate to $3.15-$3.45 from $3.10-$3.40": two ranges, the new above the old (not
    $3.40 against $3.15)."""
    found = _verdicts(tmp_path, "Outlook", "Acme raised its earnings per share estimate to $3.15-$3.45 from "
                      "$3.10-$3.40, but kept sales expectations in the $9-$9.4 billion bracket.", "revision",
                      published="2015-04-30")
    assert [v for v, _ in found] == ["consistent"] and "3.15–3.45" in found[0][1], found


def test_tonnes_and_troy_ounces_of_one_output_are_one_figure(tmp_path):
    """"declined to 55.3 t (1.78 million oz), compared with 60 t (1.93 million oz)": the ounces restate the tonnes (a
    troy ounce is 31.1 g), and the fall runs from 60 t to 55.3 t, never from 60 to 1.78 million."""
    article = write_article(tmp_path, "Gold", "Third-quarter gold output declined to 55.3 t (1.78 million oz), "
                            "compared with 60 t (1.93 million oz) a year earlier.", published="2012-11-02")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]
    assert [c.verdict for c in checks if c.kind in ("restatement", "headline vs body")] == ["consistent", "consistent"]


def test_a_level_up_to_a_figure_from_another_is_a_move_not_a_ceiling(tmp_path):
    """"production was up to 35,200t, from 29,200t": where it rose to (the comma before "from" notwithstanding)."""
    found = _verdicts(tmp_path, "Copper", "In the March quarter its share of production was up to 35,200t, from "
                      "29,200t in the first quarter of 2017.", "implied growth", published="2018-05-01")
    assert [v for v, _ in found] == ["consistent"] and "at most" not in found[0][1], found


def test_a_range_said_to_be_and_its_range_in_brackets_are_one_range(tmp_path):
    """"production will be 227 t to 233 t (7.3 million to 7.5 million oz)": a range in tonnes and the same range in
    ounces, its unit said once after both scales (not 227 t told again as 7.5 million oz)."""
    article = write_article(tmp_path, "Gold", "Barrick said 2012 gold production will be 227 t to 233 t (7.3 million "
                            "to 7.5 million oz), compared with previous guidance of 227 t to 242 t (7.3 million to 7.8 "
                            "million oz).", published="2012-11-02")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")], [c.explanation for c in checks]
    rows = draft_rows(article)
    assert [(r["low"], r["high"]) for r in rows if r["value"] in ("227", "7.3")][:2] == [("227", "233"), ("7.3", "7.5")]


def test_a_move_in_a_concession_opening_the_sentence_is_not_the_pairs(tmp_path):
    """"While the budget is record-setting, and about $21 million higher than last year's, the general fund decreased
    1.1%, from $110.2 million to $109.1 million": the $21 million is the budget's rise, not the fund's."""
    found = _verdicts(tmp_path, "Budget", "While the FY22 budget is record-setting, and about $21 million higher than "
                      "last year’s, the city’s general fund -- which makes up nearly half the budget -- decreased 1.1%, "
                      "from $110.2 million to $109.1 million.", "change", published="2021-04-12")
    assert not _alarms(found), found


def test_a_breakdown_ends_where_another_subjects_clause_begins(tmp_path):
    """"1.14 million passengers comprising 1.05 million domestic and 92,050 international passengers while the Kano
    airport recorded 567,537 passengers comprising ...": Kano's figures are no parts of Port Harcourt's."""
    article = write_article(tmp_path, "Airports", "The Port Harcourt airport recorded 1.14 million passengers comprising "
                            "1.05 million domestic passengers and 92,050 international passengers while the Kano airport "
                            "recorded 567,537 passengers comprising 398,266 domestic and 169,271 international "
                            "passengers.", published="2019-02-10")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict == "inconsistent"], [c.explanation for c in checks]


def test_parts_that_fit_their_total_with_its_digits_cut_are_a_tension(tmp_path):
    """"1.1 million passengers comprising 800,609 domestic and 355,176 international passengers": 1,155,785 printed
    with its last digit cut, not rounded: a loose print, no parts that cannot make the whole."""
    article = write_article(tmp_path, "Airports", "The monthly breakdown showed that 1.1 million passengers comprising "
                            "800,609 domestic and 355,176 international passengers were recorded in January.",
                            published="2018-06-15")
    checks = [c for c in _checks_of(article)
              if c.kind == "parts of a total"]
    assert [c.verdict for c in checks] == ["tension"] and "cut" in checks[0].explanation, checks


def test_a_count_or_its_rate_of_increase_is_a_move(tmp_path):
    """"an increase of 1.01 million or 3.93 percent in the trading sector, and 500,000 or 9.78 percent increase in
    transport": the 500,000 is transport's increase, no level the 1.01 million ranks above or moved to."""
    found = _verdicts(tmp_path, "Jobs", "The highest increase was in the public service sector, with 1.52 million more "
                      "working people or an increase of 8.47 percent, followed by an increase of 1.01 million or 3.93 "
                      "percent in the trading sector, and 500,000 or 9.78 percent increase in the transport sector.",
                      "comparison", published="2016-11-07")
    assert not _alarms(found), found


def test_a_count_up_on_the_period_before_is_its_move(tmp_path):
    """"145,301, up more than 8,000 on the previous quarter (5.9%)": the 8,000 is how much it rose, not the level it
    rose from."""
    found = _verdicts(tmp_path, "Waits", "The number of people on the list for tests is 145,301, up more than 8,000 on "
                      "the previous quarter (5.9%).", "change", published="2021-08-26")
    assert [v for v, _ in found] == ["consistent"], found
    assert not _verdicts(tmp_path, "Waits", "The number of people on the list for tests is 145,301, up more than 8,000 "
                         "on the previous quarter (5.9%).", "implied growth", published="2021-08-26")


def test_what_a_move_makes_of_another_thing_is_that_things_move(tmp_path):
    """"Petrol rose from 132.51p to 139.40p, making a fill-up around £3.80 more expensive": the £3.80 is a tank's rise
    (55 litres), not the price's per litre."""
    found = _verdicts(tmp_path, "Fuel", "Petrol prices increased from 132.51p to 139.40p, making a fill-up around "
                      "£3.80 more expensive.", "change", published="2023-09-04")
    assert not _alarms(found), found


def test_whilst_opens_another_subjects_clause(tmp_path):
    """"Crude oil dropped by 0.7% to US$3.68 billion whilst cocoa exports plummeted to US$1.696 billion from US$2.152
    billion": cocoa's from-figure is no figure crude oil dropped from."""
    found = _verdicts(tmp_path, "Exports", "Crude oil dropped by 0.7% to US$3.68 billion in December 2024 whilst cocoa "
                      "exports also plummeted to US$1.696 billion in December 2024 from US$2.152 billion in December "
                      "2023.", "implied growth", published="2025-01-26")
    assert not _alarms(found), found


def test_a_number_with_two_decimal_points_is_no_figure(tmp_path):
    """"increased to US$15.24.14 billion ... from US$14.008 billion": a misprint no reading can take a value from, not
    a fall to $15.24."""
    article = write_article(tmp_path, "Imports", "The total import bill increased to US$15.24.14 billion in December "
                            "2024 from US$14.008 billion in December 2023.", published="2025-01-26")
    rows = draft_rows(article)
    assert [r["kind"] for r in rows if r["value"] == "15.24"] == ["dismissed"]
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_measure_defined_with_what_it_leaves_out_in_brackets_is_the_whole(tmp_path):
    """"exports of wood-based products (except pulp and paper) ... from US$382.0 million to US$341.6 million" is the
    article's whole, no part of "Tropical sawnwood exports ... from US$12.2 million to US$14.8 million"."""
    article = write_article(tmp_path, "Wood exports", "Brazilian exports of wood-based products (except pulp and "
                            "paper) in September declined 11% in value, falling from US$382.0 million in September "
                            "2021 to US$341.6 million in September 2022.\nTropical sawnwood exports declined 14% in "
                            "volume. In value, exports grew 21% from US$12.2 million to US$14.8 million over the same "
                            "time period.", published="2022-11-15")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_rate_the_cut_levels_only_just_reach_is_a_tension(tmp_path):
    """"₦6.14tn ..., a 47.2% increase from ₦4.16tn": rounded, the levels give 47.30-47.89 %; read as cut, 47.24-47.84 %,
    which the stated 47.15-47.25 % just meets: a source's longer figures shortened, not a wrong rate."""
    found = _verdicts(tmp_path, "Debt", "The government spent ₦6.14tn on debt repayments during the first nine months "
                      "of 2024, marking a 47.2% increase from ₦4.16tn in the same period of 2023.", "implied growth",
                      published="2025-01-11")
    assert [v for v, _ in found] == ["tension"] and "cut off" in found[0][1], found


def test_a_move_told_with_went_up_or_moved_up_opens_a_clause_of_its_own(tmp_path):
    """"... to Rs. 2,000 crore and other income moved up by 30.9 per cent to Rs. 2,095 crore from Rs. 1,600 crore":
    "moved up" is the second subject's verb, so its from-figure is its own, not the first clause's."""
    found = _verdicts(tmp_path, "Pharma sales", "Sales rose 5 per cent to Rs. 2,000 crore and other income moved up "
                      "by 30.9 per cent to Rs. 2,095 crore from Rs. 1,600 crore in the nine months.", "implied growth",
                      published="2016-03-14")
    assert not _alarms(found) and any("30.9 % rise: consistent" in e for _, e in found)


def test_a_share_printed_with_its_last_digits_cut_is_a_tension(tmp_path):
    """"USD 143.59 billion, or 6.2% of total retail sales ... of USD 2.29 trillion": 6.26-6.28 % cut, not rounded,
    to 6.2 %; a writer's truncation, not another figure. A share that misses by more is still a contradiction."""
    body = "On an unadjusted basis, web sales total USD 143.59 billion, or {}% of total retail sales of USD 2.29 trillion."
    cut = _verdicts(tmp_path, "Online sales", body.format("6.2"), "share of a total", published="2015-08-18")
    assert [v for v, _ in cut] == ["tension"] and "last digits cut" in cut[0][1]
    wrong = _verdicts(tmp_path, "Online sales", body.format("5.9"), "share of a total", published="2015-08-18")
    assert [v for v, _ in wrong] == ["inconsistent"]


def test_a_performance_rate_is_the_actual_over_its_target(tmp_path):
    """"contributed Sh51.7 billion against a target of Sh50.739 billion, ... a performance rate of 102.0%": the rate
    is the actual over the plan set against it, told before or after the two; a misprinted actual is caught."""
    found = _verdicts(tmp_path, "KRA", "Trade taxes contributed Sh51.74 billion against a target of Sh50.739 billion, "
                      "reflecting a performance rate of 102.0%. Meanwhile, petroleum taxes recorded an exceptional "
                      "109.2% performance rate by collecting Sh33.408 billion against a target of Sh30.602 billion.",
                      "share of a total", published="2025-10-08")
    assert [v for v, _ in found] == ["consistent", "consistent"]
    misprinted = _verdicts(tmp_path, "KRA", "Trade taxes contributed Sh51,737.92 billion against a target of Sh50.739 "
                           "billion, reflecting a performance rate of 102.0%.", "share of a total", published="2025-10-08")
    assert [v for v, _ in misprinted] == ["inconsistent"]


def test_a_list_led_on_merit_runs_the_way_its_first_follower_says(tmp_path):
    """"Davidson led the way at 3.2 percent, followed by Knox at 3.3 percent": a jobless rate's leader is its lowest,
    so the follower is above it; a list led by a size superlative still ranks downwards."""
    led = _verdicts(tmp_path, "Jobless rates", "Among metropolitan counties, Davidson led the way at 3.2 percent, "
                    "followed by Knox at 3.3 percent.", "comparison", published="2022-09-01")
    assert not _alarms(led)
    largest = _verdicts(tmp_path, "Jobless rates", "Among metropolitan counties, Shelby had the highest rate at 3.2 "
                        "percent, followed by Knox at 3.3 percent.", "comparison", published="2022-09-01")
    assert [v for v, _ in largest] == ["inconsistent"]


def test_a_rate_on_another_basis_is_no_retreat_from_the_one_before(tmp_path):
    """"fell 0.1% in December from November and eased to 6.5% on an annual basis": the month's change, then the
    year's rate; "eased to" compares neither with the other."""
    found = _verdicts(tmp_path, "Inflation", "The Consumer Price Index fell 0.1% in December from November and eased "
                      "to 6.5% on an annual basis, the Bureau of Labor Statistics reported Thursday.", "comparison",
                      published="2023-01-12")
    assert not _alarms(found)


def test_a_rate_alone_in_its_sentence_is_the_move_of_the_pair_the_next_gives(tmp_path):
    """"exports of rare earths in December rose 5.4 per cent ... Exports of the group of 17 minerals ... were 4,307
    tonnes, up from 4,087.60 tonnes in December 2021": the rate is the pair's move; tied across sentences, a rate
    that misses is a tension to confirm."""
    body = ("China's exports of rare earths in December rose {} per cent from a year earlier, data from the customs "
            "showed on Friday. Exports of the group of 17 minerals from the world's largest producer were 4,307 "
            "tonnes, up from 4,087.60 tonnes in December 2021.")
    held = _verdicts(tmp_path, "Rare earths", body.format("5.4"), "implied growth", published="2023-01-13")
    assert any(v == "consistent" and "5.4 % rise" in e for v, e in held)
    missed = _verdicts(tmp_path, "Rare earths", body.format("7.4"), "implied growth", published="2023-01-13")
    assert [v for v, e in missed if "7.4 % rise" in e] == ["tension"]


def test_the_figure_a_price_per_month_moved_from_is_per_month_too(tmp_path):
    """"rose to $77 a month in 2016 from about $44 in 2006, a 75% increase": the $44 is a month's bill too, not a
    year's total, so the rise is read between the two and no per-month figure is divided out of it."""
    body = ("The median household bill for water and sewer service rose to $77 a month in 2016 from about $44 in "
            "2006, a 75% increase, according to surveys.")
    assert not _alarms(_verdicts(tmp_path, "Water bills", body, "per unit", published="2018-03-15"))
    found = _verdicts(tmp_path, "Water bills", body, "implied growth", published="2018-03-15")
    assert [v for v, _ in found] == ["consistent"]


def test_last_month_between_a_rate_and_its_level_is_the_moves_period(tmp_path):
    """"declined 2.1% (-12.9% y/y) last month to 2.83 million, following a 1.8% August increase": last month is the
    move's, and the August of the increase after it is that increase's alone."""
    found = _verdicts(tmp_path, "Car sales", "Passenger car sales declined 2.1% (-12.9% y/y) last month to 2.83 "
                      "million, following a 1.8% August increase. Purchases of domestically-produced cars fell 3.2% "
                      "(-10.1% y/y) last month to 2.14 million units, after rising 1.4% in August.", "date",
                      published="2025-10-01")
    assert not _alarms(found)


def test_the_year_after_versus_is_what_is_compared_with(tmp_path):
    """"(2019 versus 2018) Phnom Penh received 4,404,895 international tourists, up 22% compared to 2018": the
    figures are 2019's; 2018 is what they are compared with."""
    article = write_article(tmp_path, "Tourism", "Number of international tourists visiting priority areas (2019 "
                            "versus 2018) Phnom Penh received 4,404,895 international tourists, up 22% compared to "
                            "2018.", published="2020-02-06")
    assert {c.period for c in draft_register(article) if c.value in ("4,404,895", "22")} == {"2019"}


def test_a_change_and_rate_from_the_one_figure_given_read_it_as_the_figure_before(tmp_path):
    """"increased by $9 million, or 14.7 percent, from last year's total of roughly $61.5 million": 61.5 is where the
    move started, so the figure after is 70-71 million, 13.6-15.6 % up; no "rise to 61.5" is read into it. A
    production "from fossil fuels totaled 341.6 TWh" is no figure moved from."""
    found = _verdicts(tmp_path, "Tax", "Title ad valorem tax collections increased by $9 million, or 14.7 percent, "
                      "from last year’s total of roughly $61.5 million.", "change", published="2023-03-10")
    assert [v for v, _ in found] == ["consistent"] and "from about 61.5" in found[0][1]
    assert not _verdicts(tmp_path, "Tax", "Title ad valorem tax collections increased by $9 million, or 14.7 percent, "
                         "from last year’s total of roughly $61.5 million.", "prior level", published="2023-03-10")
    fossil = _verdicts(tmp_path, "Power", "Electricity production from fossil fuels totaled 341.6 TWh, down by 3.5% "
                       "or 12.4 TWh compared to April 2023.", "change", published="2024-07-15")
    assert [v for v, _ in fossil] == ["consistent"]


def test_this_month_after_a_reporting_verb_is_when_it_was_reported(tmp_path):
    """"collected $231.5 million in tax revenue last month ..., the state Department of Taxation reported this
    month": the figures are December's; "this month" is when the department reported them."""
    found = _verdicts(tmp_path, "Local news", "The state collected $231.5 million in tax revenue last month, an "
                      "increase of 5.3 percent, or $11.6 million, over the previous December, the state Department of "
                      "Taxation reported this month.", "date", published="2001-01-16")
    assert not _alarms(found)


def test_a_number_in_square_brackets_is_a_citation_marker(tmp_path):
    """"a 13% revenue decline to $923 million [5] ... beating revenue [6]": the bracketed numbers cite sources; they
    are dismissed with that reason, never compared with each other."""
    article = write_article(tmp_path, "AMD", "Client revenue fell 13% to $923 million [5]. Shares fell nearly 4% in "
                            "after-hours trading, despite beating revenue [6].", published="2025-02-04")
    rows = draft_rows(article)
    assert [r["note"] for r in rows if r["value"] in ("5", "6")] == ["a citation marker (\"revenue [6]\"), not a "
                                                                      "quantity"] * 2
    assert not _alarms([(c.verdict, c.explanation) for c in _checks_of(article)])


def test_since_before_a_span_that_ends_where_it_says_keeps_the_span(tmp_path):
    """"the largest yearly surge ... since the early stages of the pandemic — the 12 months to April 2021": the
    twelve months end in April 2021, not on the story's day."""
    found = _verdicts(tmp_path, "Benefits", "The 1.1 million rise marks the largest yearly surge in total claimants "
                      "since the early stages of the pandemic — the 12 months to April 2021.", "date",
                      published="2025-11-12")
    assert [v for v, _ in found] == ["consistent"]


def test_a_division_of_a_law_in_lower_case_is_part_of_a_name(tmp_path):
    """"commercial chapter 11 filings fell 33% from July's 913": chapter 11 names the law; 913 to 616 is the fall."""
    article = write_article(tmp_path, "Bankruptcies", "Commercial chapter 11 filings slipped 0.5% to 616 from 619. "
                            "Commercial chapter 11 filings fell 33% from July’s 913.", published="2025-09-04")
    assert {r["kind"] for r in draft_rows(article) if r["value"] == "11"} == {"dismissed"}
    assert not _alarms([(c.verdict, c.explanation) for c in _checks_of(article)])


def test_a_figure_compared_with_is_no_restatement_of_the_one_compared(tmp_path):
    """"more than 247.15 million global subscribers ... a 3.6 percent quarterly growth compared to the 238.39 million
    subscribers reported three months ago": the second is what the first is compared with, not the first told again."""
    found = _verdicts(tmp_path, "Netflix third-quarter subscribers", "Netflix ended its third quarter of 2023 with "
                      "more than 247.15 million global subscribers, the company revealed on Wednesday.\nThe figure "
                      "marked a 3.6 percent quarterly growth compared to the 238.39 million subscribers reported three "
                      "months ago.", "headline vs body", published="2023-10-18")
    assert not _alarms(found)


def test_the_figure_a_move_started_from_is_no_actual_set_against_an_estimate(tmp_path):
    """"fell to 38, down from a revised 61.4 in September and significantly below analysts' expectations of 52": the
    38 is below the 52; the 61.4 it fell from is set against nothing."""
    found = _verdicts(tmp_path, "Confidence", "The Conference Board said the consumer confidence index fell to 38, "
                      "down from a revised 61.4 in September and significantly below analysts’ expectations of 52.",
                      "comparison", published="2008-10-28")
    assert [v for v, _ in found] == ["consistent"] and "38" in found[0][1]


@pytest.mark.parametrize("body, kind", [
    ("Power generation rose by 8.0 per cent year-on-year to 14,218 GWh in August 2025, compared with 13,180 GWh in "
     "the same month last year.", "implied growth"),
    ("Pine sawnwood exports declined 15.0% in value, decreasing from US$82.20 million in September 2024 to US$69.7 "
     "million in September 2025.", "implied growth"),
    ("Hydel output was 5,362 GWh in August 2025, or 38.0 per cent of total generation of 14,218 GWh.",
     "share of a total")])
def test_a_rate_whose_zeros_after_the_point_may_be_padding_is_a_tension(tmp_path, body, kind):
    """"rose by 8.0 per cent ... to 14,218 GWh ... compared with 13,180 GWh" (7.87 %), in an outlet that prints
    "1.0", "3.0" and "9.0": the zero may be house style, not a claim of a tenth; read as "8" it holds."""
    found = _verdicts(tmp_path, "Output", body, kind, published="2025-09-19")
    assert [v for v, _ in found] == ["tension"] and "padding" in found[0][1]


def test_a_rate_wrong_even_without_its_zeros_stays_a_contradiction(tmp_path):
    found = _verdicts(tmp_path, "Output", "Power generation rose by 9.0 per cent year-on-year to 14,218 GWh in August "
                      "2025, compared with 13,180 GWh in the same month last year.", "implied growth",
                      published="2025-09-19")
    assert [v for v, _ in found] == ["inconsistent"]


def test_a_lede_total_told_again_under_a_rates_name_keeps_the_ledes_measure(tmp_path):
    """"collected N12.41 trillion in customs revenue" told again as "The growth rate stands at 31.2 percent,
    translating to N12.41 trillion": the lede names what the body's sentence does not, so the headline's "N12.4trn
    revenue" is that total, not the oil segment the body names "customs revenue" in."""
    article = write_article(tmp_path, "Customs says it collected N12.4trn revenue in six months", (
        "The Nigeria Customs Service says it collected N12.41 trillion in customs revenue between January and June "
        "2025.\n\nThe growth rate stands at 31.2 percent, translating to N12.41 trillion, well above the target of "
        "12 percent.\n\nHe said oil customs revenue stood at N3.12 trillion, a 10.2 percent increase from the N2.83 "
        "trillion recorded in the same period of 2024.\n\nNon-oil customs revenue rose to N9.29 trillion, compared to "
        "N6.63 trillion in the same period of 2024."), published="2025-07-08")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")]
    told = {c.claims[1] for c in checks if c.kind == "headline vs body" and c.claims[0] == "D01"}
    assert {row.value for row in draft_register(article) if row.id in told} == {"12.41"}


def test_miss_before_a_name_sets_nothing_below(tmp_path):
    """"The Gift (£3.9m), Miss Congeniality (£3.8m)": a title, not a miss; "missed estimates" still is one."""
    found = _verdicts(tmp_path, "Box office", "After Hannibal, which made £6.5m, the top grossing films this quarter "
                      "were Chocolat (£5m), The Gift (£3.9m), Miss Congeniality (£3.8m) and What Women Want (£3.3m).",
                      "comparison", published="2001-04-15")
    assert not _alarms(found)


def test_a_dash_before_a_subject_pointed_back_with_opens_a_clause_of_its_own_period(tmp_path):
    """"In 2002 a record 176 million cinema tickets were sold - this number dropped to 167.3 million last year": the
    second clause's "last year" is its own (2003), not 2002 carried over the dash."""
    article = write_article(tmp_path, "Cinema audiences down", "In 2002 a record 176 million cinema tickets were sold "
                            "- this number dropped to 167.3 million last year.", published="2004-03-04")
    assert {row.value: row.period for row in draft_register(article) if row.value in ("176", "167.3")} == \
        {"176": "2002", "167.3": "2003"}
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_bare_decimal_in_a_sentence_about_an_index_is_its_level_not_a_rate(tmp_path):
    """"The index ... equaled 114.6 in July, which was 1.2% below the previous month (116.1)": index levels, not
    percentages set against the 1.2 %; "the composite food index fell 21.03 per cent in July compared to 21.83 in
    June" keeps its rate."""
    article = write_article(tmp_path, "Tonnage", "The non-seasonally adjusted index, which represents the change in "
                            "tonnage hauled by the fleets, equaled 114.6 in July, which was 1.2% below the previous "
                            "month (116.1).\n\nThe composite food index fell 21.03 per cent in July compared to 21.83 "
                            "in June.", published="2018-08-23")
    units = {row.value: row.unit for row in draft_register(article)}
    assert (units["114.6"], units["116.1"], units["21.83"]) == ("count", "count", "percent")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("sentence, dismissed", [
    ("The University of Washington moved up from 18 to 14, one of the biggest jumps.", True),
    ("The club slipped from 3 to 7 in the rankings.", True),
    ("Pupil numbers in Tyrone rose from 238 to 812 between 2006 and 2016.", False),
    ("Enrolment fell from 18 to 14 schools.", False)])
def test_a_move_up_a_ranking_to_a_smaller_number_is_a_place_not_a_quantity(tmp_path, sentence, dismissed):
    article = write_article(tmp_path, "Rankings", sentence, published="2013-11-11")
    kinds = {row.value: row.kind for row in draft_register(article) if row.value in ("18", "14", "3", "7", "238", "812")}
    assert (set(kinds.values()) == {"dismissed"}) == dismissed and len(kinds) == 2


def test_the_second_of_two_figures_joined_by_and_is_of_the_firsts_noun(tmp_path):
    """"Nifty surpassed the crucial resistances of 24,589 and 24,857": both are resistances, not the index the
    headline says crossed 24,900."""
    article = write_article(tmp_path, "Sensex up 2,975 pts, Nifty Crosses 24,900-Mark", "Nifty surpassed the crucial "
                            "resistances of 24,589 and 24,857 and closed above them.", published="2025-05-12")
    metrics = {row.value: row.metric for row in draft_register(article) if row.value in ("24,589", "24,857")}
    assert metrics["24,857"].startswith(metrics["24,589"]) and "resistances" in metrics["24,589"]
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("opening", ["Lagos, 22, 2023: ", "Abuja, Dec. 22, 2023: "])
def test_a_dateline_of_a_city_a_day_and_a_year_is_no_figure(tmp_path, opening):
    article = write_article(tmp_path, "Equity market", f"{opening}The All-Share Index rose by 891.31 points or 1.21 "
                            "per cent to 74,289.02 as against 73,397.71 recorded on Wednesday.", published="2023-12-22")
    rows = {row.value: row.kind for row in draft_register(article)}
    # (the year a row of its own, or of the whole date "Dec. 22, 2023", the dateline's)
    assert rows.get("22", "dismissed") == "dismissed" and rows.get("2023", rows.get("Dec. 22, 2023")) in ("dismissed", "date")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_change_is_not_read_against_the_level_its_own_level_is_ranked_beside(tmp_path):
    """"Tokyo now has the highest minimum wage at ¥932, up ¥25, while Miyazaki and Okinawa have the lowest at ¥714, up
    ¥21 each": ¥21 moved from no ¥932."""
    found = _verdicts(tmp_path, "Minimum wage", "Tokyo now has the highest minimum wage at ¥932, up ¥25, while Miyazaki "
                      "and Okinawa have the lowest at ¥714, up ¥21 each.", "change", published="2016-08-24")
    assert found and not _alarms(found)


def test_a_headline_figure_printed_without_the_bodys_scale_is_a_tension(tmp_path):
    found = _verdicts(tmp_path, "So far 14.4 tourist arrivals have been achieved in Croatia", "In the current part of "
                      "the year in Croatia there were 14.4 million arrivals.", "headline vs body", published="2022-08-27")
    assert [v for v, _ in found] == ["tension"] and "no scale word" in found[0][1]


def test_a_gap_to_a_peak_is_a_fall_and_no_start_of_the_change_before_it(tmp_path):
    """"dropped $1.7 billion to $846 billion in March, 17.2% below the peak of $1.022 trillion set in July 2008": the
    17.2 % is the fall from the peak, and the $1.7 billion moved from no peak."""
    article = write_article(tmp_path, "Card debt", "A measure of credit card debt dropped $1.7 billion to $846 billion "
                            "in March, 17.2% below the peak of $1.022 trillion set in July 2008.", published="2013-05-07")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")]
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]


def test_a_lede_share_restating_a_move_is_no_part_of_the_share_it_moved_from(tmp_path):
    """"France now has 11 percent of the global arms market" over "increased its share of the export market to 11
    percent from 7.2 percent": one share told twice and where it moved from, no two parts of 7.2 %."""
    article = write_article(tmp_path, "France overtakes Russia", "According to SIPRI, France now has 11 percent of "
                            "the global arms market.\n\nFrance significantly increased its share of the export market to "
                            "11 percent from 7.2 percent in the preceding five-year period.", published="2024-03-11")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("words, low, high", [("one in five", 19, 21), ("1 in 10", 9.5, 10.5),
                                               ("two out of every three", 63, 70)])
def test_one_in_five_is_a_share_told_as_a_ratio(tmp_path, words, low, high):
    """"Data Show One-in-Five Children Poor" over "more than one in five, about 21.1%": a fifth, not a count of one
    set against a count of five."""
    article = write_article(tmp_path, "Child poverty", f"New data show that {words} children were poor in 2014.",
                            published="2015-10-01")
    [row] = [row for row in draft_register(article) if row.value == words]
    assert (row.unit, row.kind) == ("percent", "share")
    assert low <= row.interval.low and row.interval.high <= high


def test_a_headline_ratio_restates_the_bodys_ratio(tmp_path):
    found = _verdicts(tmp_path, "Data Show One-in-Five Children Poor, Minority Families hit Hardest", "Despite an "
                      "improving economy, new government data show that 15.5 million children or more than one in "
                      "five, about 21.1%, were poor with young children in black or Hispanic families faring the worst.",
                      "headline vs body", published="2015-10-01")
    assert found and not _alarms(found)


@pytest.mark.parametrize("body, verdict", [
    ("Sales were £4.1 billion in 2019, up 5% on the £3.9 billion of 2018.", "consistent"),
    ("Milk intake was 39.82 million tonnes in the first quarter, up 2.2% on the 39.97 million tonnes taken in during "
     "the same period last year.", "inconsistent")])
def test_a_rate_on_an_amount_measures_from_it(tmp_path, body, verdict):
    """"up 5% on the £3.9 billion of 2018": the amount the rate is measured from, no change of £3.9 billion."""
    article = write_article(tmp_path, "Results", body, published="2020-05-28")
    checks = _checks_of(article)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == [verdict]
    assert not [c for c in checks if c.kind == "change" and c.verdict == "inconsistent"]


@pytest.mark.parametrize("body, published", [
    # the ends of a range across places, no move
    ("Existing sales increased in all four regions in September, ranging from 8.6% in the Northeast to 2.3% in the "
     "Midwest.", "2015-10-22"),
    # "improved", which says no way for a growth rate, is the pair's verb, not an earlier subject's "falling"
    ("ISSER said Ghana's continued falling growth appears to be in contrast with that of the global economy which "
     "actually improved slightly from 3.0 percent in 2013 to 3.4 percent in 2014.", "2015-10-01"),
    # a rate that rose, compared with the rate of the months before: two rates of growth, no share that fell
    ("July's food-away-from-home index rose 0.2%, compared to 0.4% in both June and May.", "2024-08-14"),
    # a quarter's change set against the quarter before's change, no level the total moved from
    ("Vodafone UK saw its broadband base grow to total 1.265 million customers (up by 42k in the quarter vs 65k in "
     "Q4 FY23).", "2023-07-24"),
    # what a part contributed, its own move told after it
    ("The Kalgoorlie operations produced 244 368 oz of gold during the quarter, up from 191 031 oz in the previous "
     "quarter, while Yandal contributed 121 872 oz, down slightly from 125 072 oz in the March quarter.", "2023-07-19"),
    # what the speaker went on to note has a subject of its own
    ("The revised annual growth rate for 2015 also stood unchanged at 3.9 percent, the GSS said, noting that per "
     "capita Gross Domestic Product went up to US$5,014 as against US$4,192 registered in 2014.", "2016-10-01"),
    # a rate averaged over the things counted, not the count's
    ("In January 2019, 486 brand drugs increased by an average of 5.2%, while in January 2018, 580 brand drugs "
     "increased by an average of 8.0%.", "2020-01-07"),
    # "compared to to": a typo for the figure compared with
    ("Gross value added increased by Rs 3.1 trillion in the base year 2015-16 compared to to 27.4 trillion rupees, "
     "showing an 11.3% increase in gross value added.", "2022-01-21"),
    # a share of the total named, not of the capital budget a participle after "and" sets it beside
    ("In the 2021 spending plan, N3.76 trillion was proposed as personnel costs for next year, gulping about 29% of "
     "the total expenditure and almost drawing level with an estimate for capital expenditure at N3.85 trillion.",
     "2020-10-13"),
    # each item's growth as a multiple, in brackets, of a figure the list does not give
    ("Sales of oil and petroleum products reached $11.3 million (2.7 times), inorganic chemicals – $36.9 million (11 "
     "times), office machinery and equipment for automatic data processing (49.1 times).", "2023-02-15"),
    # the cause told after a pair moves its own subject
    ("Latin America's share was 48.7 percent compared with 34.6 percent in 2018 due to the declining Venezuela "
     "market.", "2020-07-05")])
def test_ranges_pairs_averages_and_asides_read_as_written_raise_no_alarm(tmp_path, body, published):
    assert not _raised(write_article(tmp_path, "Figures", body, published=published))


@pytest.mark.parametrize("body, verdict", [
    ("The government hiked the defence budget by a whopping 27 per cent to Rs 77,000 crore as against the revised "
     "estimates of Rs 63,000 crore.", "inconsistent"),
    ("The government hiked the defence budget by 22 per cent to Rs 77,000 crore as against the revised estimates of "
     "Rs 63,000 crore.", "consistent")])
def test_a_verb_the_object_and_by_a_rate_is_the_objects_move(tmp_path, body, verdict):
    """"hiked the defence budget by a whopping 27 per cent to Rs 77,000 crore as against ... Rs 63,000 crore": the
    budget's rate (20.5-24 % by its levels), not a share of something unnamed."""
    found = _verdicts(tmp_path, "Defence budget", body, "implied growth", published="2004-07-08")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("change, verdict", [("503,000", "consistent"), ("603,000", "tension")])
def test_that_was_up_from_a_figure_moved_to_the_sentence_befores_level(tmp_path, change, verdict):
    """"... 156,227,000 participated in the labor force during March--meaning they either had a job or had actively
    sought one. That was up 503,000 from the 155,724,000 who participated in February": from the figure after "from"
    to the sentence before's level of its size (not "one"), a link the draft inferred, so a miss is a tension."""
    found = _verdicts(tmp_path, "Labor force", "Among that population, 156,227,000 participated in the labor force "
                      "during March--meaning they either had a job or had actively sought one. That was up "
                      f"{change} from the 155,724,000 who participated in the labor force in February.", "change",
                      published="2014-04-04")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("body, verdict", [
    ("Costco sold petrol at 133.7p a litre, 14p below the UK average of 146.95p.", "inconsistent"),
    ("Shell sold diesel at 150.2p a litre, 3p above the UK average of 147.2p.", "consistent"),
    ("Bonny Light crude traded at around $66 per barrel, $9 below the country's 2025 budget benchmark of $75 per "
     "barrel.", "consistent")])
def test_a_gap_between_a_figure_and_a_mark_is_their_difference(tmp_path, body, verdict):
    """"133.7p a litre, 14p below the UK average of 146.95p": the gap is 13.25p, which rounds to 13p, not 14p."""
    found = _verdicts(tmp_path, "Fuel prices", body, "change", published="2023-12-04")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("gap, verdicts", [("17,520", ["consistent"]), ("17,510", ["tension"])])
def test_n_more_deaths_than_births_is_their_difference(tmp_path, gap, verdicts):
    """"There were 17,510 more deaths than births in 2023" after 45,935 births and 63,455 deaths: 17,520, so the
    article's figure misses by ten (a tension: the draft inferred the link across sentences)."""
    found = _verdicts(tmp_path, "Births", "Last year there were 45,935 live births, a 2% fall on 2022.\n\nNRS said "
                      "there were 63,455 registered deaths in 2023.\n\nThere were " + gap + " more deaths than births "
                      "in 2023.", "difference", published="2024-07-30")
    assert [v for v, _ in found] == verdicts


@pytest.mark.parametrize("body, kind, verdict", [
    ("Exports rose 12% to USD 716 million in 2025, compared with 2024, when exports were valued at USD 639.86 million.",
     "implied growth", "consistent"),
    ("Exports rose 21% to USD 716 million in 2025, compared with 2024, when exports were valued at USD 639.86 million.",
     "implied growth", "inconsistent"),
    ("This marks a 39.4% rise from April 2025, when exports were valued at USD 513.6 million.", "implied growth",
     "consistent"),
    ("Exports grew by 20.4 percent to USD 716 million from the previous May, which registered USD 639.86 million.",
     "implied growth", "inconsistent"),
    ("Collections totaled $1.08 billion in March, for an increase of $191.4 million, or 9.2 percent, compared to last "
     "year when collections totaled $992.4 million.", "change", "inconsistent"),
    ("Net sales tax increased by $65.2 million, or 10.6 percent, compared to FY 2024, when net sales tax totaled "
     "$615.5 million.", "change", "consistent")])
def test_a_clause_of_when_after_the_period_moved_from_gives_the_figure_before(tmp_path, body, kind, verdict):
    """"..., compared with 2024, when exports were valued at USD 639.86 million": the figure the move started from,
    of the period the words name ("from April 2025": May's rate against April's figure, 716/513.6 = +39.4 %), not a
    second figure reached; with no figure reached, the change from it ("increased by $65.2 million, or 10.6 percent,
    compared to FY 2024, when ... totaled $615.5 million": 65.2/615.5 = 10.6 %)."""
    found = _verdicts(tmp_path, "Exports", "Uganda's exports reached USD 716 million in May 2025.\n\n" + body, kind,
                      published="2025-07-22")
    assert verdict in [v for v, _ in found]


def test_a_move_told_of_this_number_starts_from_a_clause_of_when(tmp_path):
    """"A total of 2,421 cruise passengers visited Gozo during the second quarter. This number was down by 2,069 or
    46.0% on the same period in 2018, when the figure stood at 4,490": the sentence before's figure, moved from the
    figure of the clause of when, of the second quarter of 2018 (4,490 - 2,421 = 2,069)."""
    body = ("A total of 2,421 cruise passengers visited Gozo during the second quarter of this year. This number was "
            "down by {} or 46.0% on the same period in 2018, when the figure stood at 4,490.")
    assert [v for v, _ in _verdicts(tmp_path, "Cruise passengers", body.format("2,069"), "change",
                                    published="2019-07-23")] == ["consistent"]
    assert [v for v, _ in _verdicts(tmp_path, "Cruise passengers", body.format("2,169"), "change",
                                    published="2019-07-23")] == ["tension"]


@pytest.mark.parametrize("line, verdict", [
    ("wheat — 21.93 million tons from an area of 4.46 million hectares, average yield — 4.72 tons/ha;", "inconsistent"),
    ("barley — 5.76 million tons from an area of 1.48 million hectares (99%), yield — 3.89 tons/ha;", "consistent"),
    ("Farmers harvested 10.5 million tonnes of maize from 2.1 million hectares, a yield of 5 tonnes per hectare.",
     "consistent")])
def test_a_yield_is_the_harvest_over_the_area_it_grew_on(tmp_path, line, verdict):
    """"21.93 million tons from an area of 4.46 million hectares, average yield — 4.72 tons/ha": the harvest over its
    area is 4.91-4.92 t/ha (and the area is no figure the harvest moved from)."""
    found = _verdicts(tmp_path, "Harvest", "As of August 24, the following are threshed:\n\n" + line, "per unit",
                      published="2023-08-24")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("dividend, verdict", [("0.43p", "consistent"), ("0.53p", "inconsistent")])
def test_a_unit_per_share_said_once_is_the_from_figures_too(tmp_path, dividend, verdict):
    """"a final dividend of 0.43p per share, up 13.2% from 0.38p": the from-figure right after is per share too, so
    the pair is read (0.43/0.38 = +13.2 %)."""
    found = _verdicts(tmp_path, "Taylor Wimpey", f"Taylor Wimpey proposed a final dividend of {dividend} per share, up "
                      "13.2% from 0.38p the year before.", "implied growth", published="2013-03-01")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("body, verdict", [
    ("Wheat stocks on March 1 totaled 1,314,269,000 bus, down 101,145,000 bus, or 7%, from 1,415,414,000 bus on March 1, "
     "2020.", "consistent"),
    ("Sales totaled 503,157 cars, down 69,380, or 12%, from 572,537 a year earlier.", "consistent"),
    ("Sales totaled 503,157 cars, down 69,380, or 15%, from 572,537 a year earlier.", "inconsistent")])
def test_a_count_after_a_move_word_and_before_its_rate_is_the_moves_size(tmp_path, body, verdict):
    """"totaled 1,314,269,000 bus, down 101,145,000 bus, or 7%, from 1,415,414,000 bus": the count after "down" and
    before ", or 7%" is the move, not the level the rate reached (which read it as a 93 % fall)."""
    found = _verdicts(tmp_path, "Grain stocks", body, "implied growth", published="2021-03-31")
    assert [v for v, _ in found] == [verdict]


def test_passenger_and_commercial_vehicles_are_not_all_where_two_wheelers_are_counted(tmp_path):
    """India's electric vehicle sales of 111,971 beside passenger (3,745) and commercial (274) vehicles, and two-
    wheelers and tricycles: the pair is two parts, no split of the whole (whose rate of 185 % is no contradiction of
    theirs, 178 % and 125.64 %)."""
    body = ("The retail sales of electric vehicles in the country increased by 185 percent year-on-year to 1,11,971 units "
            "in October. The total sales of electric passenger vehicles increased by 178 percent to 3,745 units.\n\nThe "
            "sale of electric commercial vehicles increased by 125.64 percent to 274 units. The sale of electric "
            "two-wheeled vehicles increased by 269.06 percent to 73,169 units in October.")
    assert "inconsistent" not in [v for v, _ in _verdicts(tmp_path, "EV sales", body, "aggregate growth",
                                                          published="2022-11-09")]


@pytest.mark.parametrize("body, mistyped", [
    ("Domestic sales were 27,811 units, a 10% increase against October 2121 deliveries.", True),
    ("The population dropped 7.1% between April 1, 2010, and July 1, 2109.", True),
    ("Domestic sales were 27,811 units, a 10% increase against October 2020 deliveries.", False),
    ("The 1.17 million figure was 0.4% up on the total for April-June 2103.", True),
    ("Sales of 27,811 units were 10% up on the second quarter of 2120.", True),
    ("Sales of 27,811 units were 10% up on the second quarter of 2020.", False),
    # (a bare year is no period's words: "Free State - 63 and 2075" counts cases)
    ("Recoveries: Gauteng 58,290, Free State 63 and 2075, Limpopo 1,223.", False)])
def test_a_period_of_a_year_a_century_on_is_a_mistyped_year(tmp_path, body, mistyped):
    """"against October 2121 deliveries" in an article of December 2021, "up on April-June 2103": no report of
    figures counts a month or a quarter a century after it ran, so the year is mistyped (2021, 2013)."""
    article = write_article(tmp_path, "Car sales", body, "2021-12-06")
    found = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "date"]
    assert ("inconsistent" in [c.verdict for c in found]) == mistyped
    # (every contradiction carries its gap: the brief's sanity checks stop a build without one)
    assert all(c.gap for c in found if c.verdict == "inconsistent")


@pytest.mark.parametrize("after, linked", [
    ("bringing a ray of hope to some 500,000 Tanzanians who farm cashew nuts", False),
    ("giving average earnings of 500,000 shillings", True)])
def test_a_participles_object_is_no_level_the_rate_reached(tmp_path, after, linked):
    """"went up by a staggering 208 per cent ..., bringing a ray of hope to some 500,000 Tanzanians": what the rise did,
    to others, no level of the rate's; "giving average earnings of 500,000" is the level the move gave."""
    article = write_article(tmp_path, "Cashew earnings", "Tanzania's earnings from cashew nut exports went up by a "
                            f"staggering 208 per cent during the year to February 2011, {after}.", "2011-04-27")
    claims = draft_register(article)
    rate = next(c for c in claims if c.value == "208")
    assert bool(rate.linked("")) == linked


@pytest.mark.parametrize("rate, verdict", [("6.67", "inconsistent"), ("6.76", "consistent")])
def test_a_counts_noun_said_once_with_its_from_figure(tmp_path, rate, verdict):
    """"average crowds falling from 32,539 people per game in 2008 to 30,338 in 2009, a fall of 6.67 per cent": the
    noun is said once, with the figure moved from; the fall is 6.76 %."""
    found = _verdicts(tmp_path, "Crowds", "Major League Baseball suffered a year-on-year slump in 2009, with average "
                      f"crowds falling from 32,539 people per game in 2008 to 30,338 in 2009, a fall of {rate} per cent.",
                      "implied growth", published="2010-01-04")
    assert [v for v, _ in found] == [verdict]


def test_a_lists_items_after_semicolons_are_of_the_period_that_opened_the_sentence(tmp_path):
    """"Last year, Vietnam earned over 3.8 billion U.S. dollars from prawns, up 21.5 percent; nearly 1.8 billion U.S.
    dollars from tra fish, up 3.9 percent": each item is of last year, not of the period the article reports."""
    article = write_article(tmp_path, "Vietnam seafood exports", "Vietnam reaped 4.7 billion U.S. dollars from exporting "
                            "seafood in the first seven months of this year.\n\nLast year, Vietnam earned over 3.8 "
                            "billion U.S. dollars from exporting prawns and shrimps, up 21.5 percent; nearly 1.8 billion "
                            "U.S. dollars from tra fish, up 3.9 percent; 721 million U.S. dollars from mollusks, up 17 "
                            "percent.", "2018-07-31")
    periods = {c.value: c.period for c in draft_register(article)}
    assert periods["3.8"] == periods["1.8"] == periods["721"] == "2017"


@pytest.mark.parametrize("rate, verdict", [("12 percent", "inconsistent"), ("7 percent", "consistent")])
def test_a_level_named_as_its_periods_figure_is_of_the_measure_before_it(tmp_path, rate, verdict):
    """"the final ad expenditure for 2012 is expected to be £16.8bn; with the 2013 figure predicted to reach £17.2bn:
    a 3.1 per cent rise": "the 2013 figure" is the expenditure's, so the rate is read against the pair."""
    body = (f"Coffee exports for 2020 are expected to total $4.2 billion, with the figure for 2021 forecast to "
            f"reach $4.5 billion, a {rate} rise.")
    assert [v for v, _ in _verdicts(tmp_path, "Coffee exports", body, "implied growth",
                                    published="2021-01-12")] == [verdict]


@pytest.mark.parametrize("aside", ["on the other hand", "for its part", "by comparison", "at the same time"])
def test_a_discourse_aside_after_the_subject_is_no_measure(tmp_path, aside):
    """"The volume of domestic freights, on the other hand, has increased 25.1%": the aside says how the clause
    relates to the one before; what the figure measures is the subject before it."""
    article = write_article(tmp_path, "Tea trade", f"Exports of tea rose 4% to 120 tonnes. Imports of coffee, {aside}, "
                                                   f"fell 3% to 80 tonnes.", "2021-01-12")
    assert "coffee" in next(c.metric for c in draft_register(article) if c.value == "80").lower()


@pytest.mark.parametrize("opening, verdict", [
    ("In the third quarter of 2021, a total of 116,199 people were", "inconsistent"),
    ("A total of 116,199 people were", "inconsistent"),
    ("In the third quarter of 2021, a total of 114,434 people were", "consistent")])
def test_a_bracket_after_a_rates_base_period_is_the_level_it_rose_from(tmp_path, opening, verdict):
    """"116,199 people ... on a waiting list - a 2.9% rise on the previous quarter (111,209)": the bracket is the
    previous quarter's level, and 116,199 on 111,209 is a 4.5 % rise."""
    body = f"{opening} on a waiting list - a 2.9% rise on the previous quarter (111,209) and 16.5% rise on the same " \
           f"quarter last year."
    assert [v for v, _ in _verdicts(tmp_path, "Waiting lists", body, "implied growth", published="2021-11-25")] \
        == [verdict]


def test_a_rate_on_the_month_before_a_years_span_is_no_restatement_of_the_years(tmp_path):
    """"increased by 1.7% in the year to November, up by 0.3% on the previous month": two rates against two bases;
    the month before a twelve-month span has no period of its own to name, and the two are still not one figure."""
    article = write_article(tmp_path, "Jobs", "Average earnings increased by 1.7% in the year to November, up by 0.3% "
                                              "on the previous month.", "2015-01-21")
    assert _raised(article) == []


def test_a_headline_rate_on_the_previous_quarter_restates_the_bodys_on_the_quarter_named(tmp_path):
    """"earnings rise by 3.9% on previous quarter" over "up 3.9% on the July to September figure": the headline's
    quarter before is the body's, named."""
    found = _verdicts(tmp_path, "Jobless falls as earnings rise by 3.9% on previous quarter",
                      "Average earnings in the three months to October rose by 4.1% from 2005, up 3.9% on the July to "
                      "September figure.", "headline vs body", published="2006-12-13")
    assert [v for v, _ in found] == ["consistent"]


@pytest.mark.parametrize("sentence, raised", [
    ("The change will lower the increase in the proposed property tax levy from 6% to 4.17%.", False),
    ("The council cut the rise in parking fees from 5% to 3%.", False),
    ("The board raised the proposed hike in water rates from 3% to 5%.", False),
    ("The change will lower the increase in the proposed property tax levy from 4.17% to 6%.", True)])
def test_a_move_noun_a_verb_moves_goes_the_verbs_way(tmp_path, sentence, raised):
    """"will lower the increase in the proposed property tax levy from 6% to 4.17%": the increase is what moved, and
    "lower" says which way."""
    article = write_article(tmp_path, "Levy", sentence, "2016-11-16")
    assert bool([kind for kind, _ in _raised(article) if kind in ("share change", "revision")]) == raised


@pytest.mark.parametrize("body, verdict", [
    ("The owner of an average home will see an $80.77 increase in their property tax this year, from $1,135.84 to "
     "$1,215.61.", "inconsistent"),
    ("The owner of an average home will see a $79.77 increase in their property tax this year, from $1,135.84 to "
     "$1,215.61.", "consistent"),
    ("The price of a liter of petrol has been increased by Rs 6, and the retail price has increased from Rs 149 to "
     "Rs 155.", "consistent")])
def test_a_change_then_the_pair_it_lies_between(tmp_path, body, verdict):
    """"an $80.77 increase in their local portion property tax this year, from $1,135.84 to $1,215.61": the change is
    the gap from the first to the second (which is $79.77), whatever currency word stands before each."""
    assert [v for v, _ in _verdicts(tmp_path, "Tax bills", body, "change", published="2024-05-29")] == [verdict]


def test_a_rate_of_this_year_gives_the_level_it_reaches_its_year(tmp_path):
    """"That number will grow to $1.4 billion by 2021. ... enthusiasts will increase by 15 percent this year to 165
    million": the rate's own "this year" is the story's year, and the level it reaches is of that year too, not of
    the year the sentence before spoke of."""
    article = write_article(tmp_path, "Esports", "Sponsorship will grow to $1.4 billion by 2021.\n\nThe number of "
                                                 "esports enthusiasts will increase by 15 percent this year to 165 "
                                                 "million.", "2018-02-21")
    assert {c.period for c in draft_register(article) if c.value in ("15", "165")} == {"2018"}
    assert _raised(article) == []


@pytest.mark.parametrize("rate, verdict", [("258", "tension"), ("257", "consistent"), ("262", "inconsistent")])
def test_a_large_rate_rounded_up_to_its_last_digit_is_a_tension(tmp_path, rate, verdict):
    """"increased its subscribers by 258 per cent, from 52,560 in March to 187,691 in April": exact counts give 257.1 %,
    which the writer rounded up, not to the nearest; a slip of rounding, no other figure."""
    body = f"The wallet increased its subscribers by {rate} per cent, from 52,560 in March 2024 to 187,691 in April."
    assert [v for v, _ in _verdicts(tmp_path, "Mobile money", body, "implied growth", published="2024-07-22")] \
        == [verdict]


@pytest.mark.parametrize("change, verdict", [("about 13,550", "tension"), ("13,550", "inconsistent"),
                                             ("about 14,550", "inconsistent")])
def test_an_approximate_change_that_misses_by_a_fraction_is_a_tension(tmp_path, change, verdict):
    """"stood at 196,002 up from 182,472 in the month of December an increase of about 13,550 agents": 13,530, which
    the writer calls approximate."""
    body = f"The number of agents stood at 196,002, up from 182,472 in December, an increase of {change} agents."
    assert [v for v, _ in _verdicts(tmp_path, "Agents", body, "change", published="2018-07-16")] == [verdict]


@pytest.mark.parametrize("sentence", [
    # the British "up on", the move's word between the rate and the figure compared with
    "Mexico assembled 774,731 light vehicles in the first quarter, 6.5 percent up on the 727,571 produced in the "
    "first three months of 2013.",
    # the period compared with named, its figure in brackets after it
    "In the first quarter Mexico exported 774,731 light vehicles, 6.5 percent more than a year earlier (727,571)."])
def test_a_rate_up_on_a_figure_is_read_against_it(tmp_path, sentence):
    found = _verdicts(tmp_path, "Auto output", sentence, "implied growth", published="2014-04-14")
    assert [v for v, _ in found] == ["consistent"] and "727,571 (2013Q1) to 774,731 (2014Q1)" in found[0][1]


def test_a_rate_jump_on_a_figure_measures_from_it_and_no_amount_moved(tmp_path):
    """"a 5% jump on the $787 million for the previous quarter": the quarter's figure the jump is measured from (its
    slip shows: 787 to 841 is 6.7-7.0 %), not a move of $787 million."""
    found = _verdicts(tmp_path, "Twitter", "Twitter announced Q2 2019 revenues of $841 million, a 5% jump on the $787 "
                      "million for the previous quarter.", "implied growth", published="2019-07-26")
    assert [v for v, _ in found] == ["inconsistent"] and "787 mn USD (2019Q1) to 841 mn USD (2019Q2)" in found[0][1]


def test_a_ledes_rate_of_a_measure_named_alike_is_not_read_against_a_segments_levels(tmp_path):
    """The lede's "average price climbing by 5%" is the whole trade's; port wine's price "increasing by 2.9%, from
    €4.65 to €4.79" has its own rate, which holds: the lede's is set beside the body's rate (headline vs body), not
    read as a slip of the segment's levels."""
    article = write_article(tmp_path, "Wine exports increase", "Portugal's wine exports expanded by 2.5% between "
                            "January and July of 2019, with the average price climbing by 5%.\n\nMeanwhile, port "
                            "wine's exports grew by 3.2% in volume, with the average price increasing by 2.9%, from "
                            "€4.65 to €4.79 euros per litre.", published="2019-09-17")
    assert [(kind, explanation[:60]) for kind, explanation in _raised(article) if kind == "implied growth"] == []


def test_a_scale_abbreviated_with_a_full_stop_keeps_its_currency_and_its_sentence(tmp_path):
    """"928.0 mil. Euros, or 31.6% of the GDP": the amount is in euros and its sentence goes on past "mil.", so the
    shares its parts are given as can be read against it (15.7 % and 16.3 % of one GDP put it lower than 31.6 % does)."""
    article = write_article(tmp_path, "State debt", "The national debt on 30th September 2008 amounted to 928.0 mil. "
                            "Euros, or 31.6% of the Gross Domestic Product (GDP). Internal debt amounts to 453.9 mil. "
                            "Euros or 15.7% of the GDP, while the external debt accounts for 474.1 mil. Euros or 16.3% "
                            "of the GDP.", published="2008-11-24")
    assert {c.value: c.unit for c in draft_register(article) if c.value in ("928.0", "453.9")} == \
        {"928.0": "EUR", "453.9": "EUR"}
    assert [kind for kind, _ in _raised(article)] == ["shares of one whole", "shares of one whole"]


@pytest.mark.parametrize("verb", ["crossed", "surpassed", "exceeded", "topped"])
def test_an_amount_a_threshold_verb_passed_is_a_level_its_increase_told_after(tmp_path, verb):
    """"have crossed Rs2.2 trillion, an increase of Rs0.8tr since 2013": the level passed; the increase is the move."""
    article = write_article(tmp_path, "Debt", f"Debt has {verb} Rs2.2 trillion, an increase of Rs0.8tr since 2013.",
                            published="2016-11-21")
    assert {c.value: c.kind for c in draft_register(article) if c.value in ("2.2", "0.8")} == \
        {"2.2": "level", "0.8": "change"}


def test_a_multiple_of_the_year_before_is_not_read_between_two_figures_of_this_year(tmp_path):
    """"29 vessels of 0.95m gt, three times bigger than the same month of last year": the year before's figure is not
    given, and 0.95 million is no multiple of 29 vessels."""
    found = _verdicts(tmp_path, "Ships", "Japanese shipbuilders' export ships contracted in May recorded 29 vessels of "
                      "0.95m gt, three times bigger than the same month of last year.", "multiple",
                      published="2013-06-24")
    assert [v for v, _ in found] == ["unverifiable"]


def test_a_list_of_falls_ranked_by_their_sizes_is_a_tension(tmp_path):
    """"a decline of -0.6 pp, followed by Finland (-0.45 pp), Estonia (-0.35 pp)": signed, each is above the one
    before; as sizes, the list's order holds."""
    found = _verdicts(tmp_path, "R&D", "R&D intensity decreased in 8 countries. Ireland experienced a decline of -0.6 "
                      "pp, followed by Finland (-0.45 pp), Estonia (-0.35 pp), Slovenia (-0.30 pp).", "comparison",
                      published="2023-12-01")
    assert _alarms(found) == ["tension"] and "sizes" in found[0][1]


def test_a_month_opening_a_span_of_last_year_is_of_last_year(tmp_path):
    """"behind the same January through May period last year", in June 2017: January 2016, as the span's period says."""
    found = _verdicts(tmp_path, "Casino revenue", "The slide puts the Coast market $10 million, or 2 percent, behind "
                      "the same January through May period last year.", "date", published="2017-06-20")
    assert _alarms(found) == [] and any("January 2016" in e for _, e in found)


def test_an_l_before_a_scaled_amount_in_a_british_story_is_the_pound(tmp_path):
    """"L5.58 billion ($8.07 million)" in a story on England: pounds, as older wire copy typed them, and the dollars a
    thousandfold short of them show; in a story that names no British place the letter names no currency."""
    found = _verdicts(tmp_path, "Prescriptions", "In England, the net ingredient cost of all prescriptions dispensed "
                      "was L5.58 billion ($8.07 million), up 5.5%.", "conversion", published="2001-08-09")
    assert [v for v, _ in found] == ["inconsistent"]
    italian = write_article(tmp_path, "Deficit", "The deficit was L5.58 billion in June.", published="1995-08-09")
    assert [c.unit for c in draft_register(italian) if c.value == "5.58"] == ["count"]


@pytest.mark.parametrize("move, verdict", [("registered a 2.7 percent drop, going down", "tension"),
                                           ("fell 3 percent", "consistent"),
                                           ("fell 2.7 percentage points", "consistent")])
def test_a_shares_move_told_with_its_two_ends_is_read_against_them(tmp_path, move, verdict):
    """"Mobile penetration registered a 2.7 percent drop, going down from 90.0% ... to 87.3%": the ends are the
    share's levels, not rates, and the move is 2.7 points, 3 % relative: "2.7 percent" calls points percent."""
    found = _verdicts(tmp_path, "Subscriptions", f"Mobile penetration {move} from 90.0% in the previous quarter to "
                      "87.3%.", "share change", published="2017-02-03")
    assert [v for v, e in found if "the article says" in e] == [verdict]


def test_a_rate_with_its_own_level_between_is_no_move_of_the_share_after(tmp_path):
    """"Operating profit rose by 3.4 percent to 3.44-billion euros, meaning the operating return on sales rose to 6.8
    percent from 6.3 percent": the 3.4 % is the profit's, not the return's move."""
    found = _verdicts(tmp_path, "VW", "Operating profit rose by 3.4 percent to 3.44-billion euros, meaning the "
                      "operating return on sales rose to 6.8 percent from 6.3 percent.", "share change",
                      published="2016-05-31")
    assert _alarms(found) == []


def test_a_move_word_that_reached_a_figure_of_its_own_is_no_way_of_a_later_pair(tmp_path):
    """"it will even out, falling to -3.1%, amid growth in total revenues from 17% to 18.7% and total expenditures
    falling from 24.2% to 21.8%": neither "falling" is the revenues' way."""
    article = write_article(tmp_path, "Fiscal rule", "The deficit will gradually close, falling to -3.1% of GDP in "
                            "2026, amid growth in total revenues from 17% of GDP in 2025 to 18.7% and total "
                            "expenditures falling from 24.2% to 21.8%.", published="2025-06-25")
    assert {c.value: c.trend for c in draft_register(article) if c.value in ("18.7", "21.8")} == \
        {"18.7": "", "21.8": "falling"}


@pytest.mark.parametrize("published, sentence, expected", [
    # the story's own month: a year before
    ("2022-01-25", "Receipts were $315,538.35, a nearly 13% increase over last January's $275,582.99.", "2021-01"),
    # the month before, set against: a year before
    ("2018-07-20", "Output totaled 368 thousand tonnes in June, up 18 percent from last June's 312,000 tonnes.",
     "2017-06"),
    # the month before as the figure's own: the month just gone
    ("2022-03-28", "Tax revenue last February was IDR 199.4 trillion.", "2022-02")])
def test_last_before_a_months_name_is_read_against_the_story(tmp_path, published, sentence, expected):
    article = write_article(tmp_path, "Figures", sentence, published=published)
    months = [c for c in draft_register(article) if c.kind == "date" and c.unit == "month"]
    assert months[-1].period == expected
    assert not [kind for kind, _ in _raised(article) if kind == "date"]


def test_last_before_a_day_of_the_storys_month_is_that_day(tmp_path):
    """"At the beginning of this month i.e. last February 1", in February: the first of this month, no year back."""
    article = write_article(tmp_path, "Reserves", "At the beginning of this month i.e. last February 1, the "
                            "country's reserves were 25,090 million dollars.", published="2024-02-25")
    assert not [kind for kind, _ in _raised(article) if kind == "date"]


def test_a_multiple_in_a_list_items_bracket_of_shares_is_not_read_between_other_items(tmp_path):
    """"Samsung, 8.8 million units, 17.9 percent share (11.3 percent share a year earlier, nearly fourfold increase)
    _ AsusTek, 2.7 million units (3.1 percent share a year earlier, 4.5 times)": each multiple is its item's move."""
    found = _verdicts(tmp_path, "Tablets", "_ Apple Inc., 19.5 million units, 39.6 percent share (58.1 percent share a "
                      "year earlier, 65.3 percent increase) _ Samsung Electronics Co., 8.8 million units, 17.9 percent "
                      "share (11.3 percent share a year earlier, nearly fourfold increase) _ AsusTek Computer Inc., 2.7 "
                      "million units, 5.5 percent share (3.1 percent share a year earlier, 4.5 times)", "multiple",
                      published="2013-05-01")
    assert _alarms(found) == []


def test_a_gap_to_a_plan_is_no_forecast_the_figure_before_is_set_below(tmp_path):
    """"came in 1 per cent or €153 million below profile at €15.2 billion while VAT generated €11.2 billion, 1 per
    cent or €118 million below target": the €118 million is VAT's gap, nothing the €153 million is below."""
    found = _verdicts(tmp_path, "Exchequer", "Income tax came in 1 per cent or €153 million below profile at €15.2 "
                      "billion while VAT generated €11.2 billion, 1 per cent or €118 million below target.",
                      "comparison", published="2017-11-02")
    assert _alarms(found) == []


def test_a_rate_with_its_span_named_before_its_noun_measures_over_the_figure_after_over(tmp_path):
    """"marking a 5 percent year-on-year increase over the 1,734 BU generated in FY 2023-24": the level grown from,
    not a move of 1,734 billion units."""
    article = write_article(tmp_path, "Power", "India's total electricity generation reached 1,821 billion units (BU) "
                            "in Financial Year (FY) 2024-25, marking a 5 percent year-on-year increase over the 1,734 BU "
                            "generated in FY 2023-24.", published="2025-04-01")
    found = [(c.kind, c.verdict) for c in _checks_of(article) if c.verdict != "unverifiable" and c.kind != "date"]
    assert found == [("implied growth", "consistent")], found


def test_a_rate_with_last_year_right_after_it_is_of_last_year(tmp_path):
    """"capacity increased 8.7% last year": the move's own year, which the headline's "Grows 8.7%" restates;
    "rose 3% from last year" is measured from it."""
    article = write_article(tmp_path, "Capacity Grows 8.7%", "Global renewable energy capacity increased 8.7% last "
                            "year, according to statistics.\n\nExports rose 3% from last year.", published="2017-07-31")
    assert {c.value: c.period for c in draft_register(article) if c.kind == "growth"} == {"8.7": "2016", "3": "2017"}


def test_a_year_that_ends_a_publications_title_is_its_edition_not_a_period(tmp_path):
    """"according to Renewable Energy Capacity Statistics 2017": the figures are of the year the lede names
    ("last year"), and the edition's year is no period to date them by; "Economic Survey 2018-19" is its years."""
    article = write_article(tmp_path, "Capacity Exceeds 2000 GW", "Global capacity exceeded a total of 2000 GW last "
                            "year, according to Renewable Energy Capacity Statistics 2017, published this week.\n\n"
                            "Growth was 6.8 percent in 2018-19, the Economic Survey 2018-19 said.", published="2017-03-31")
    claims = draft_register(article)
    assert {c.value: c.period for c in claims if c.kind == "level"} == {"2000": "2016"}
    assert not [c for c in claims if c.value == "2017" and c.kind == "date"]


def test_a_size_then_fewer_or_more_is_a_move_that_way(tmp_path):
    """"almost 3 million fewer malaria cases": a fall of 3 million, not a level of cases the world's 217 million
    could have fallen to; "1,200 more per day than" moves a daily average, no way given for the year's total."""
    article = write_article(tmp_path, "Malaria", "India reported almost 3 million fewer malaria cases in 2017, a 24% "
                            "decrease over the previous year, while cases increased worldwide to 219 million from 217 "
                            "million.\n\nThere were 15.9 million admissions in 2014/15, 1,200 more per day than in "
                            "2013/14.", published="2018-11-20")
    claims = draft_register(article)
    assert [(c.kind, c.direction) for c in claims if c.value in ("3", "1,200")] == [("change", "fall"), ("change", "")]
    assert not _alarms([(c.verdict, c.explanation) for c in _checks_of(article)])


def test_a_headline_move_with_no_way_restates_a_body_move_the_words_call_a_rise(tmp_path):
    # "up by Sh200b" over "to raise Sh200 billion more": "more" says the way; "up by" in the headline, read alone,
    # says none, and a move no word gives a way reads as a rise
    found = _verdicts(tmp_path, "KRA tax target up by Sh200b in next budget", "KRA has been handed a task to raise "
                      "Sh200 billion more in the forthcoming 2018/19 financial year.", "headline vs body",
                      published="2018-01-22")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_rate_told_again_after_or_keeps_the_period_it_is_compared_with(tmp_path):
    """"a 6% reduction—or nearly 1.22 crore fewer students—compared to 2018-19": measured from 2018-19, not the
    year before."""
    article = write_article(tmp_path, "Enrolment", "The latest data for 2023-24 shows a further decline to 24.8 crore, "
                            "translating to a 6% reduction—or nearly 1.22 crore fewer students—compared to 2018-19.",
                            published="2025-01-01")
    assert [c.basis for c in draft_register(article) if c.value == "6"] == ["FY2019"]


def test_items_each_set_against_a_figure_of_their_own_are_pairs_of_their_item(tmp_path):
    """"Trelawny with 13 killings compared to three in 2021 (333.3%), Westmoreland with 42 murders compared to 18 in
    2021 (133.3%)": each item's figure against its own, its rate in brackets, not the first item's 13 against all."""
    article = write_article(tmp_path, "Murders", "Other divisions with an increase in murders include Trelawny with 13 "
                            "killings compared to three in 2021 (333.3%), Westmoreland with 42 murders compared to 18 in "
                            "2021 (133.3%), and Portland with four murders compared to two in 2021 (100%).",
                            published="2022-04-11")
    found = [(c.kind, c.verdict) for c in _checks_of(article) if c.kind in ("implied growth", "part of whole")]
    assert found == [("implied growth", "consistent")] * 3, found


def test_above_that_points_back_in_the_text_compares_nothing(tmp_path):
    # "361 were recorded for the period mentioned above, which compared with 410": no "above" of 361 over 410
    found = _verdicts(tmp_path, "Crime", "For cases of aggravated assault, 361 were recorded for the period mentioned "
                      "above, which compared with 410 cases recorded for last year.", "comparison",
                      published="2018-12-24")
    assert not _alarms(found), found


def test_a_year_after_of_is_no_ranges_lower_end(tmp_path):
    """"from 14,973,816 recorded in the fourth quarter of 2023 to 14,746,943": the to-figure of a move, not the upper
    end of a range "of 2023 to 14,746,943"; the move is 1.52 %, not the 1.56 % printed."""
    found = _verdicts(tmp_path, "Subscriptions", "The sector recorded a 1.56% contraction in active mobile subscriptions "
                      "from 14,973,816 recorded in the fourth quarter of 2023 to 14,746,943.", "implied growth",
                      published="2024-06-20")
    assert [v for v, _ in found] == ["inconsistent"], found


def test_kilolitres_are_a_volume_and_period_words_past_but_are_another_clauses(tmp_path):
    """"In 2013, China's beer production ... reach 50.62 million kiloliters, but in 2014, beer was the only drink that
    registered a drop": 50.62 million kilolitres of 2013, not of the year a clause after "but" names."""
    article = write_article(tmp_path, "Beer", "In 2013, China's beer production broke the 50 million-kiloliter mark to "
                            "reach 50.62 million kiloliters, but in 2014, beer was the only drink that registered a drop.",
                            published="2015-05-23")
    assert [(c.unit, c.period) for c in draft_register(article) if c.value == "50.62"] == [("kilolitres", "2013")]


def test_the_shares_a_whole_is_made_up_of_are_shares_after_a_rise(tmp_path):
    # "a rise of 13.7% from the previous year, made up of 86.2% foreigners and 13.8% Turkish citizens": no rises of
    # 86.2 % and 13.8 %
    article = write_article(tmp_path, "Visitors", "The country welcomed 51.9 million visitors last year, a rise of 13.7% "
                            "from the previous year, made up of 86.2% foreigners and 13.8% Turkish citizens residing "
                            "abroad.", published="2020-01-31")
    assert {c.value: c.kind for c in draft_register(article) if c.unit == "percent"} == \
        {"13.7": "growth", "86.2": "share", "13.8": "share"}


def test_a_headline_rate_from_a_month_restates_the_bodys_rate_from_a_day_of_it(tmp_path):
    # "Stocks down 36% from September 2020" over "as of Sept. 1, 2021, ... down 36% from Sept. 1, 2020": one basis
    found = _verdicts(tmp_path, "Stocks down 36% from September 2020", "Old crop corn stocks on hand as of Sept. 1, 2021, "
                      "totaled 1.24 billion bushels, down 36% from Sept. 1, 2020.", "headline vs body",
                      published="2021-09-30")
    assert [v for v, _ in found] == ["consistent"], found


def test_kroner_in_a_danish_story_are_danish(tmp_path):
    found = _verdicts(tmp_path, "Maersk loss", "Danish shipping conglomerate A.P. Moller-Maersk registered a heavy loss. "
                      "Maersk booked $2.7 billion (18.8 billion kroner, €2.5 billion) of write-downs in the fourth "
                      "quarter.", "conversion", published="2017-02-08")
    assert found and {v for v, _ in found} == {"consistent"} and "DKK" in found[0][1], found


def test_a_list_that_opens_with_the_last_ranks_upwards(tmp_path):
    # "Tokyo ranking last with 32.4 percent, followed by Osaka and Kanagawa with 33.6 percent and 35.5 percent"
    found = _verdicts(tmp_path, "Rates", "Prefectures with large cities lagged behind, with Tokyo ranking last with 32.4 "
                      "percent, followed by Osaka and Kanagawa prefectures with 33.6 percent and 35.5 percent, "
                      "respectively.", "comparison", published="2008-12-04")
    assert found and not _alarms(found), found


def test_an_age_bracket_named_by_its_bound_is_no_figure(tmp_path):
    article = write_article(tmp_path, "Measles", "Children under five accounted for more than 40 per cent of the 127,350 "
                            "cases reported last year in the region.", published="2025-03-13")
    assert [c.kind for c in draft_register(article) if c.value == "five"] == ["dismissed"]
    assert not _alarms([(c.verdict, c.explanation) for c in _checks_of(article)])


def test_it_is_lower_than_one_figure_but_remains_higher_than_another(tmp_path):
    """"It is 36% lower than the five-year average of US$3768, ..., but remains 82% higher than average 2019
    (pre-pandemic) rates of US$1,420": both gaps are the index's, told the sentence before (2404.46 / 1,420 is 69 %
    up, not 82 %); the 36 % gap is no move the lede's "decreased by 7%" restates."""
    article = write_article(tmp_path, "WCI", "The World Container Index has decreased by 7% to US$2404.46 per 40-foot "
                            "container.\n\nIt is 36% lower than the five-year average of US$3768, indicating a return to "
                            "more normal prices, but remains 82% higher than average 2019 (pre-pandemic) rates of "
                            "US$1,420.", published="2022-11-24")
    found = sorted((c.kind, c.verdict) for c in _checks_of(article) if c.kind in ("implied growth", "headline vs body"))
    assert found == [("implied growth", "consistent"), ("implied growth", "inconsistent")], found


def test_the_quarter_under_review_is_the_reported_one_not_the_one_its_clause_compares_with(tmp_path):
    """"from 14,973,816 recorded in the fourth quarter of 2023 to 14,746,943 in the quarter under review", in a report
    of the first quarter of 2024: the to-figure is of 2024's first quarter (a 1.52 % fall, not the 1.56 % printed)."""
    article = write_article(tmp_path, "Subscribers", "Econet gained, according to the regulator's first quarter 2024 "
                            "report.\n\nThe sector recorded a 1.56% contraction in active mobile subscriptions from "
                            "14,973,816 recorded in the fourth quarter of 2023 to 14,746,943 in the quarter under review.",
                            published="2024-06-20")
    assert [c.period for c in draft_register(article) if c.value == "14,746,943"] == ["2024Q1"]


def test_respective_rates_are_read_against_their_own_from_figures(tmp_path):
    found = _verdicts(tmp_path, "Revenue", "Non-tax revenues surged 28.6% m/m and 445.4% y/y to KES 17.63bn, from KES "
                      "13.71bn and KES 3.23bn in July 2024 and August 2023, respectively.", "implied growth",
                      published="2024-09-15")
    assert sorted(v for v, _ in found) == ["consistent", "consistent"], found


def test_rupee_terms_name_the_currency_of_a_bare_amount(tmp_path):
    article = write_article(tmp_path, "Exports", "In rupee terms, the exports during the month were worth 220.1 billion.",
                            published="2004-05-26")
    assert next(c for c in draft_register(article) if c.value == "220.1").unit == "INR"


@pytest.mark.parametrize("label, period", [("7M’24", "2024-01/2024-07"), ("9M'23", "2023-01/2023-09"),
                                           ("H1'24", "2024H1")])
def test_labels_with_a_years_last_two_digits(tmp_path, label, period):
    article = write_article(tmp_path, "Sales", f"Sales reached $1.18 billion in {label}.", published="2024-09-24")
    rows = draft_register(article)
    assert [(c.value, c.period) for c in rows if c.kind == "level"] == [("1.18", period)]


def test_a_span_of_years_is_no_period_a_figure_corresponds_to(tmp_path):
    article = write_article(tmp_path, "Budget", "For the January-June 2018 period, there is a 2.31bn euro deficit, "
                            "compared to a 3.24bn deficit target, which was included in the framework for 2019-2022, for "
                            "the corresponding period in 2018, and a deficit of 1.59bn euros in the corresponding period "
                            "in 2017.", published="2018-07-17")
    assert next(c for c in draft_register(article) if c.value == "1.59").period == "2017H1"


def test_an_estimate_of_months_not_yet_over_is_no_date_error(tmp_path):
    found = _verdicts(tmp_path, "Exports", "Exports in the first five months of the year are estimated to reach "
                      "US$130.94 billion, up 30.7 percent.", "date", published="2021-05-29")
    assert found and all(v == "consistent" for v, _ in found), found


@pytest.mark.parametrize("published, verdict", [("2019-09-30", "tension"), ("2019-09-20", "inconsistent")])
def test_months_said_in_their_last_days_are_a_tension(tmp_path, published, verdict):
    """"growth inched up 0.74% in these first nine months of 2019", on 30 September: some statistics offices publish a
    period's figures in its last days; ten days before the end, they are still a contradiction."""
    found = _verdicts(tmp_path, "GDP", "Agriculture grew 0.74% in these first nine months of 2019.", "date",
                      published=published)
    assert [v for v, _ in found] == [verdict], found


@pytest.mark.parametrize("label, period", [("October ’21", "2021-10"), ("Sept'23", "2023-09")])
def test_a_month_with_its_years_last_two_digits(tmp_path, label, period):
    """"during October ’21": the month of 2021, no day 21 and no count of 21."""
    article = write_article(tmp_path, "GST", f"GST collection was Rs 907.29 crore during {label}.",
                            published="2024-01-02")
    claims = draft_register(article)
    assert [(c.value, c.period) for c in claims if c.kind == "level"] == [("907.29", period)]
    assert not [c for c in claims if c.unit == "count"]


def test_rates_said_respectively_after_as_many_levels_are_their_moves(tmp_path):
    """"collection of Rs 907.29 crore in CGST, Rs 1005.50 crore in IGST and Rs 627.07 crore in Cess during October ’21
    recording a growth of 70.31%, 37.43% & 24.47 % over October ’20, respectively": each rate is of the level in its
    place, none of the state's total told before."""
    article = write_article(tmp_path, "GST", "The GST collection of Odisha was Rs 3593.34 crore during October 2021 as "
                            "against Rs 2428.27 crore collected during October 2020, registering a growth of 48 "
                            "percent. There is also collection of Rs 907.29 crore in CGST, Rs 1005.50 crore in IGST and "
                            "Rs 627.07 crore in Cess during October ’21 recording a growth of 70.31%, 37.43% & 24.47 % "
                            "over October ’20, respectively.", published="2021-11-02")
    claims = draft_register(article)
    by_value = {c.value: c for c in claims}
    assert [by_value[r].links for r in ("70.31", "37.43", "24.47")] == \
        [[by_value[v].id] for v in ("907.29", "1005.50", "627.07")]
    raised = [c for c in run_checks(article, claims, [], article.published) if c.verdict in ("inconsistent", "tension")]
    assert not raised, [c.explanation for c in raised]


def test_a_run_of_rates_after_a_list_is_of_one_kind(tmp_path):
    """"Zhejiang's total foreign trade volume, exports and imports increased by 5.7 percent, 6.6 percent and 3.3
    percent respectively": the last rate, beside "respectively", is no share; each rate is its item's, so the whole's
    5.7 lies between the sides' 6.6 and 3.3."""
    article = write_article(tmp_path, "Trade", "In the first half of the year, Zhejiang's total foreign trade volume, "
                            "exports and imports increased by 5.7 percent, 6.6 percent and 3.3 percent respectively over "
                            "the same period of last year. The value-added of the province's high-tech industry, "
                            "advanced technology industry and strategic emerging industry recorded an increase of 11 "
                            "percent, 6.7 percent and 9 percent respectively.", published="2019-07-22")
    claims = draft_register(article)
    measures = {c.value: c.metric for c in claims if c.kind == "growth"}
    assert [measures[v] for v in ("5.7", "6.6", "3.3", "11")] == \
        ["foreign trade volume", "exports", "imports", "high-tech industry"]
    assert [c.verdict for c in run_checks(article, claims, [], article.published)
            if c.kind == "aggregate growth"] == ["consistent"]


def test_each_run_after_a_list_pairs_with_its_items(tmp_path):
    """"China's imports and exports rose 2 percent and 3.6 percent respectively to $1.27 trillion and $1.71 trillion
    ..., generating a trade surplus of $435 billion, up 8.6 percent": the rates and the levels each pair with the
    items, and the surplus's rate, a run of its own, with none."""
    article = write_article(tmp_path, "Trade", "China’s imports and exports rose 2 percent and 3.6 percent "
                            "respectively to $1.27 trillion and $1.71 trillion in the six months ended June 30 from the "
                            "same period a year earlier, generating a trade surplus of $435 billion, up 8.6 percent over "
                            "the period.", published="2024-07-12")
    claims = draft_register(article)
    metric = {c.value: c.metric for c in claims}
    assert [metric[v] for v in ("2", "3.6", "1.27", "1.71")] == ["imports", "exports", "imports", "exports"]
    found = {c.kind: c.verdict for c in run_checks(article, claims, [], article.published)}
    assert found["difference"] == found["growth of a difference"] == "consistent"


def test_rates_and_levels_paired_with_a_list_are_each_others(tmp_path):
    """"Personal income taxes and withholding taxes expanded by 23.0 percent and 16.8 percent to $20,637 million and
    $16,389 million, respectively": 16.8 % is the rate of 16,389, not of the 20,637 right after it; and withholding
    taxes are no taxes of every kind, so public corporation taxes are no part of them."""
    article = write_article(tmp_path, "Revenue", "Income tax revenues increased by 17.3 percent to $59,383 million. "
                            "Personal income taxes and withholding taxes expanded by 23.0 percent and 16.8 percent to "
                            "$20,637 million and $16,389 million, respectively. Private corporation taxes rose by 28.2 "
                            "percent to $21,865 million while public corporation taxes fell by 36.3 percent to $493 "
                            "million.", published="2021-11-18")
    claims = draft_register(article)
    by_value = {c.value: c for c in claims}
    assert by_value["16.8"].links == [by_value["16,389"].id] and by_value["23.0"].links == [by_value["20,637"].id]
    found = [(c.kind, c.verdict) for c in run_checks(article, claims, [], article.published)]
    assert ("part of whole", "consistent") not in found, found


@pytest.mark.parametrize("sentence, trend", [
    ("The majority of cash remittances, accounting for 41.3 percent, came from the United States.", "majority"),
    ("A majority (58%) of respondents agreed.", "majority"),
    ("The majority shareholder holds 40 percent.", ""),  # a title, no share said to be more than half
    ("The majority of the cases came from Lagos, while 41.3 percent came from Abuja.", ""),  # another clause's
    # a share of another whole than the majority's: guests, nights
    ("Germans make up for the majority of camping guests and account for 33% of bed nights in camps.", ""),
    ("Germans make up the majority of camping guests, 58% of all guests.", "majority"),
])
def test_a_share_the_words_call_a_majority(tmp_path, sentence, trend):
    article = write_article(tmp_path, "Remittances", sentence, published="2023-09-17")
    assert [c.trend for c in draft_register(article) if c.kind == "share"] == [trend]


def test_with_and_a_participle_open_a_subject_of_their_own(tmp_path):
    """"This growth was driven by higher receipts ..., with land-based workers sending $2.43 billion (up 2.7 percent
    year-on-year) and sea-based workers sending $560 million (a 1.9 percent increase)": each amount is its workers'
    remittances, a level whose rate follows in brackets."""
    article = write_article(tmp_path, "Remittances", "In July alone, cash remittances amounted to $2.99 billion. This "
                            "growth was driven by higher receipts from both land-based and sea-based workers, with "
                            "land-based workers sending $2.43 billion (up 2.7 percent year-on-year) and sea-based "
                            "workers sending $560 million (a 1.9 percent increase).", published="2023-09-17")
    rows = {c.value: c for c in draft_register(article)}
    assert "land-based workers" in rows["2.43"].metric and rows["560"].kind == "level"
    assert rows["1.9"].links == [rows["560"].id]


def test_an_iso_code_after_the_number_is_its_currency(tmp_path):
    """"574.4 trillion VND (22.5 billion USD)": amounts in dong and dollars, the second the first converted; "In 2024
    USD inflows rose" is a year, no amount."""
    article = write_article(tmp_path, "Revenue", "Revenue had reached 574.4 trillion VND (22.5 billion USD) as of March "
                            "11. In 2024 USD inflows rose.", published="2025-03-15")
    claims = {c.value: c for c in draft_register(article)}
    assert (claims["574.4"].unit, claims["22.5"].unit, claims["22.5"].kind) == ("VND", "USD", "conversion")
    assert claims["2024"].kind == "dismissed"


def test_months_of_a_release_this_week_are_converted_at_their_own_rates(tmp_path):
    """"Statistics released by the General Administration of Customs of China today (September 7th) show that in
    the first eight months of 2022, the country's total import and export turnover reached 27.300 billion yuan
    (about 4.190 billion USD)": the day of the release is no period of the figures, the trade is one noun phrase,
    and 6.51 yuan a dollar lies among the rates of January to August (6.31-6.91), not the day's 6.98."""
    article = write_article(tmp_path, "Trade", "Trade turnover between ASEAN and China in the first 8 months of 2022 "
                            "reached 4.090 billion yuan. Statistics released by the General Administration of Customs of "
                            "China today (September 7th) show that in the first eight months of 2022, the country's "
                            "total import and export turnover reached 27.300 billion yuan (about 4.190 billion USD). up "
                            "10.1%; in which, exports reached 15.480 billion yuan, imports reached 11.820 billion yuan.",
                            published="2022-09-07")
    claims = draft_register(article)
    total = next(c for c in claims if c.value == "27.300")
    assert total.period == "2022-01/2022-08" and "import and export" in total.metric
    found = {(c.kind, c.verdict) for c in run_checks(article, claims, [], article.published)}
    assert ("conversion", "consistent") in found and ("sum of parts", "consistent") in found
    # (the trade between two partners is no sum of the country's exports and imports)
    assert ("sum of parts", "inconsistent") not in found


def test_a_headline_figure_of_three_digits_printed_alike_in_the_body_restates_it(tmp_path):
    article = write_article(tmp_path, "Japan pledges $812mn to Vietnam", "Japan has pledged a loan worth more than 95 "
                            "billion yen to Vietnam. The US$812 million loan will fund roads.", published="2016-01-16")
    found = [(c.kind, c.verdict) for c in run_checks(article, draft_register(article), [], article.published)]
    assert ("headline vs body", "consistent") in found


def test_a_share_of_the_target_is_a_share(tmp_path):
    article = write_article(tmp_path, "Tax revenue at 94.7% of annual target", "Tax revenue accounted for 94.7 per "
                            "cent of the target in the first half.", published="2018-07-16")
    assert [c.kind for c in draft_register(article) if c.value == "94.7"] == ["share", "share"]


def test_a_level_after_its_rate_with_its_to_left_out(tmp_path):
    """"Palm kernel oil exports expanded by 23.02 per cent to 77,385 tonnes from 62,901 tonnes in the preceding month,
    and exports of palm kernel cake rose 31.93 per cent 225,901 tonnes from 171,234 tonnes before": a noun "of" a
    thing opens a subject of its own, and the amount right after the rate is the level it rose to."""
    article = write_article(tmp_path, "Palm oil", "Palm kernel oil exports expanded by 23.02 per cent to 77,385 tonnes "
                            "from 62,901 tonnes in the preceding month, and exports of palm kernel cake rose 31.93 per "
                            "cent 225,901 tonnes from 171,234 tonnes before.", published="2018-11-14")
    claims = draft_register(article)
    cake = next(c for c in claims if c.value == "225,901")
    assert cake.kind == "level" and "palm kernel cake" in cake.metric
    verdicts = [c.verdict for c in run_checks(article, claims, [], article.published)
                if c.kind in ("implied growth", "change") and cake.id in c.claims]
    assert verdicts == ["consistent"], verdicts


@pytest.mark.parametrize("value, verdict", [("1.3 billion", "consistent"), ("1.3 million", "inconsistent")])
def test_an_average_price_is_the_value_over_the_volume_of_its_period(tmp_path, value, verdict):
    """"690,000 tonnes of coffee for 1.3 billion USD in the first four months ... The average price in January – April
    was estimated at US$1,933 per tonne": 1.3 billion over 690,000 tonnes is about 1,900 a tonne; "1.3 million" is
    a slip of the scale."""
    article = write_article(tmp_path, "Coffee", f"Vietnam exported nearly 690,000 tonnes of coffee for {value} USD in "
                            "the first four months of 2018, up 17.2 percent in volume. Last quarter, the country shipped "
                            "up to 520,000 tonnes of coffee abroad for only US$1 billion. The average price in January – "
                            "April was estimated at US$1,933 per tonne, down 14.7%.", published="2018-05-10")
    claims = draft_register(article)
    # ("Last quarter", in May: January to March, the latest quarter that had ended, no second pair of the months)
    assert next(c for c in claims if c.value == "520,000").period == "2018Q1"
    assert [c.verdict for c in run_checks(article, claims, [], article.published) if c.kind == "per unit"] == [verdict]


def _article_from(tmp_path, url, body, published):
    path = tmp_path / "new.txt"
    path.write_text(f" date {published} {url}\n\nProfit\n\n{body}\n", encoding="utf-8")
    return read_article(path)


@pytest.mark.parametrize("dollars, verdict, read_as_us", [("8.9", "consistent", True), ("12.2", "consistent", False),
                                                          ("5.0", "inconsistent", False)])
def test_a_bare_dollar_the_outlets_dollar_does_not_fit_is_read_as_the_us_dollar(tmp_path, dollars, verdict, read_as_us):
    # 1.33 trillion yen on 1 Aug 2024: about $8.9 billion (US) or $12.2 billion (Canadian); $5.0 billion fits neither
    article = _article_from(tmp_path, "https://toronto.citynews.ca/2024/08/01/toyota", f"Toyota's quarterly profit "
                            f"was 1.33 trillion yen (${dollars} billion).", "2024-08-01")
    found = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "conversion"]
    assert [c.verdict for c in found] == [verdict] and found[0].explanation.startswith("Read as US dollars") == read_as_us


def test_tril_is_a_trillion(tmp_path):
    article = write_article(tmp_path, "Trade", "Total trade over the past 11 months slipped 3% to RM1.68 tril.",
                            published="2020-01-03")
    assert [(c.value, c.scale, c.unit) for c in draft_register(article) if c.kind == "level"] == \
        [("1.68", "trillion", "MYR")]


def test_a_lists_items_take_the_scale_of_the_item_before(tmp_path):
    # the article's other amounts in billions and millions leave no one scale of the article to take
    article = write_article(tmp_path, "Remittances", "The country received $1.07 billion or $1073.48 million in June. "
                            "The inflows were $1221.4 million in January, $1133.01 in February, $1156.82 million in May "
                            "and $1073.48 in June.", published="2012-07-07")
    assert {c.value: c.scale for c in draft_register(article) if c.kind == "level"} == {
        "1.07": "billion", "1073.48": "million", "1221.4": "million", "1133.01": "million", "1156.82": "million"}


def test_the_figure_said_when_a_record_was_last_matched_is_of_then(tmp_path):
    article = write_article(tmp_path, "Oil", "Nigeria's oil production increased to 1,426,574 barrels per day in "
                            "January 2024. The figure represents the highest production level since March 2021 when "
                            "output was 1,428,613 bpd. According to the data, output rose by 91,476 bpd in January "
                            "2024, a 6.85 percent increase compared to the production figure of 1,335,098 bpd in "
                            "December 2023.", published="2024-02-14")
    rows = draft_register(article)
    assert next(c for c in rows if c.value == "1,428,613").period == "2021-03"
    changes = [c for c in run_checks(article, rows, [], article.published) if c.kind == "change"]
    assert [c.verdict for c in changes] == ["consistent"] and "1,426,574" in changes[0].explanation


def test_a_shortfall_is_the_gap_to_a_plan_not_a_revisions_move(tmp_path):
    article = write_article(tmp_path, "Revenue", "The move comes after consistent shortfalls in tax collection over the "
                            "past nine months. Between July and December 2024 alone, KRA fell Sh93.2 billion short of its "
                            "collection target. This underperformance triggered multiple revisions of revenue "
                            "projections, first from Sh2.917 trillion to Sh2.63 trillion, and later to Sh2.58 trillion "
                            "in subsequent supplementary budgets.", published="2025-04-03")
    changes = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "change"]
    assert not changes, [(c.verdict, c.explanation) for c in changes]


@pytest.mark.parametrize("headline, body, verdicts, kind", [
    # the rate of a phrase opening the sentence is the move of the level its main clause gives
    ("Colgate Q1", "Registering a {share}%, the company's revenue from operations stood at ₹1,131.47 crore as "
     "against ₹1,186.59 crore in the same period last year.", {"decline of 4.6": "consistent",
                                                                "growth of 10.7": "inconsistent"}, "implied growth"),
    # "X said the figure represented an increase of N per cent against Y": the figure the sentence before gave
    ("Revenue", "The state recorded a revenue of N141.96 billion in the first quarter of 2018. Banjo said the figure "
     "represented an increase of {share} per cent against the N124.14 billion achieved in the corresponding period of "
     "2017.", {"14.4": "consistent", "63": "inconsistent"}, "implied growth"),
    # "On a metric ton basis, it was N% lower than": an opening phrase before "it was"
    ("Crude imports", "The country's crude imports in September totaled 41.24 million mt, the data showed. On a metric "
     "ton basis, it was {share}% lower than the 42.17 million mt in August.", {"2.2": "consistent", "4.2": "inconsistent"},
     "implied growth"),
    # "as compared with the same period in 2021 which was $12.55 billion": the figure of the period named right before
    ("Trade", "In the first half of 2022, the total volume of trade increased {share} percent amounting to $ 14.39 "
     "billion as compared with the same period in 2021 which was $12.55 billion.", {"14.7": "consistent",
                                                                                    "18.7": "inconsistent"},
     "implied growth"),
    # "compared to Rs3.58 billion in the corresponding period.": the year before's, its year left out
    ("Provisions", "The provision expense witnessed an increase of {share} percent to Rs9.64 billion in the 9-month period "
     "of 2023, compared to Rs3.58 billion in the corresponding period.", {"169": "consistent", "69": "inconsistent"},
     "implied growth"),
])
def test_rates_said_of_a_level_from_outside_its_clause(tmp_path, headline, body, verdicts, kind):
    for value, verdict in verdicts.items():
        article = write_article(tmp_path, headline, body.format(share=value), published="2023-07-27")
        checks = run_checks(article, draft_register(article), [], article.published)
        found = [c for c in checks if c.kind == kind]
        assert found and {c.verdict for c in found} == {verdict}, (value, [(c.kind, c.verdict, c.explanation)
                                                                           for c in checks])


def test_a_part_larger_than_a_whole_no_words_tie_it_to_is_a_tension(tmp_path):
    # the quarter's exports against a month's cumulative volume the draft read as its whole (a quarter within "2021")
    article = write_article(tmp_path, "Copper", "Exports of refined copper in the first quarter increased to 464,800 "
                            "metric tonnes from 463,700 metric tonnes in the same period last year. \"The cumulative "
                            "volume of refined copper exported for March was 230,500 metric tonnes while that of 2021 for "
                            "the same period was 228,000 metric tonnes, representing a 1.1 percent increase,\" he said.",
                            published="2022-05-02")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "part of whole"]
    assert checks and all(c.verdict != "inconsistent" for c in checks), [(c.verdict, c.explanation) for c in checks]
    assert any("no words tying" in c.explanation for c in checks)


def test_a_superlative_naming_a_thing_ranks_no_figure_after_it(tmp_path):
    article = write_article(tmp_path, "Results", "Excluding currency effects, revenue rose 6.7 percent, underpinned by 10.8 "
                            "percent growth in its largest market Nigeria and a 5.2 percent improvement in service "
                            "revenue growth in South Africa.", published="2017-08-03")
    assert not [c for c in draft_register(article) if c.trend in ("largest", "smallest")]


def test_an_amount_with_its_move_after_a_comma_in_brackets_is_a_level(tmp_path):
    article = write_article(tmp_path, "Gas", "Larger increases came out of Pennsylvania (14.81 Bcf/d, up 5.2% from the "
                            "year ago period) and Alaska (8.51 Bcf/d, a 2.4% increase).", published="2017-11-30")
    assert {c.value: c.kind for c in draft_register(article) if c.value in ("14.81", "8.51")} == \
        {"14.81": "level", "8.51": "level"}


@pytest.mark.parametrize("rate, verdict", [("25.8", "consistent"), ("12.8", "inconsistent")])
def test_a_figure_compared_with_of_a_later_period_is_the_later_one(tmp_path, rate, verdict):
    found = _verdicts(tmp_path, "LNG", f"In the first nine months of 2020, China imported 64 bcm of LNG, compared to "
                      f"80.5 bcm in the same period of 2021 — a {rate} % increase.", "implied growth",
                      published="2021-10-26")
    assert [v for v, _ in found] == [verdict] and "From 64" in found[0][1], found


def test_the_whole_a_ranked_part_makes_is_no_rival_of_it(tmp_path):
    article = write_article(tmp_path, "Inflation", "Non-food items accounted for 7.3 per cent, to which transport "
                            "contributed the highest at 2.6 per cent.", published="2020-05-30")
    assert not [c for c in draft_register(article) if c.trend in ("largest", "smallest")]


def test_two_shares_moving_in_parallel_pair_each_with_its_own(tmp_path):
    found = _verdicts(tmp_path, "Arrivals", "In the first six months of the year, the share of British and Russian "
                      "tourists shrank to 35 per cent and 21 per cent from 37 per cent and 23 per cent a year before.",
                      "share change", published="2017-07-17")
    assert sorted(v for v, _ in found) == ["consistent", "consistent"], found


def test_a_superlative_does_not_rank_the_figure_another_superlative_leads(tmp_path):
    # "the highest surplus" ranks surpluses, not the deficit "the largest" ranks
    found = _verdicts(tmp_path, "Trade", "From January to July 2019, the EU incurred the largest deficit with China — "
                      "nearly €109.2 billion — and the highest surplus with the U.S. — €90.9 billion over the same "
                      "period.", "largest", published="2019-09-13")
    assert not {v for v, _ in found} & {"inconsistent", "tension"}, found


def test_a_headline_word_the_body_names_two_measures_by_restates_neither(tmp_path):
    article = write_article(tmp_path, "Bank reports 23% growth in profit in September quarter",
                            "Net profit stood at Rs 343 crore as against Rs 279 crore.\n\nTotal income grew 40.3% to Rs "
                            "2240 crore.\n\nOperating profit grew 27% to Rs 499 crore as against Rs 393 crore.",
                            published="2022-10-26")
    raised = [(c.kind, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
              if c.verdict in ("inconsistent", "tension")]
    assert not raised


@pytest.mark.parametrize("body", [
    # a superlative said after the figure it ranks
    "According to the regulator, daily production in April ranged between 1.60 million bpd at its lowest and 1.73 "
    "million bpd at its peak.",
    # "leaving behind" a shortfall ranks nothing
    "The FBR has collected Rs2.080tr during the first half-year as against the target of Rs2.367tr projected for the "
    "same period, leaving behind a shortfall of Rs287bn.",
])
def test_words_that_rank_nothing(tmp_path, body):
    article = write_article(tmp_path, "Figures", body, published="2025-05-13")
    assert not [(c.value, c.trend) for c in draft_register(article) if c.trend in ("largest", "smallest", "below",
                                                                                    "above")]


def test_a_finding_is_told_once_however_many_restatements_give_its_check(tmp_path):
    """"February inflows ... $ 548.1 m" in the opening lines and "$ 548.1 million" in the body each give the check
    against January's $573 million: the key findings tell it once."""
    article = write_article(tmp_path, "Remittances", "- February inflows down 4.5% month-on-month to $ 548.1 m\n"
                            "The workers’ remittances in February increased to $ 548.1 million. However, February "
                            "experienced a slight decrease of 4.54% when compared to $ 573 million in January 2025.",
                            published="2025-03-10")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert len([c for c in checks if "4.54 %" in c.explanation and c.verdict != "consistent"]) >= 2
    findings = key_findings(SimpleNamespace(checks=checks))
    assert len([f for f in findings if "4.54 %" in f]) == 1, findings


def test_the_us_dollar_reading_is_a_short_key_finding(tmp_path):
    article = _article_from(tmp_path, "https://toronto.citynews.ca/2024/08/01/toyota", "Toyota's quarterly profit was "
                            "1.33 trillion yen ($8.9 billion).", "2024-08-01")
    checks = run_checks(article, draft_register(article), [], article.published)
    findings = key_findings(SimpleNamespace(checks=checks))
    assert findings[0].startswith("The bare \"$\" is read as US dollars, not the outlet's CAD: 1.33 trillion JPY as "
                                  "8.9 bn USD") and "per CAD" not in findings[0], findings


@pytest.mark.parametrize("body, published", [
    # a new subject of five words before "topped": the cash flow passed its own mark, not the profit
    ("Its net profit reached CNY62.7 billion and cash flow from operating activities topped CNY91.4 billion, up 22.4 "
     "percent year-on-year.", "2020-03-31"),
    # "exceeded the forecast by $980 million, or 19.1%": the gap, told twice, is no figure compared with the 18.2%
    ("During the first 11 months of fiscal 2021, the state's net general revenue have increased by $941 million, or "
     "18.2%, over the same period in fiscal 2020 to $6.1 billion and exceeded the state's forecast by $980 million, or "
     "19.1%.", "2021-06-02"),
    # "or 202 cases" restates the rate's move, and "from May 14 to 20" is a span of days, no level of 20
    ("A total of 2,444 cases of dengue fever were recorded in the 20th Epidemiological Week from May 14 to 20, which "
     "increased by nine per cent or 202 cases from 2,242 cases reported in the previous week.", "2023-05-24"),
    # "narrower" is a fall, of the rate and of the amount it restates
    ("The government generated a surplus of €500m in the first quarter. The €500m surplus was €200m or 28.6% narrower "
     "compared to the €700m surplus in Q1 last year.", "2024-07-16"),
    # a partner named after the figure: one partner's balance is no side of another's, nor of the total's
    ("Nepal incurred a trade deficit of Rs. 7.29 trillion with India, having imported goods worth Rs. 8.15 trillion and "
     "exported goods worth Rs. 860 billion. The trade deficit with China stood at Rs. 2.38 trillion, with imports "
     "totaling Rs. 240.83 billion and exports amounting to Rs. 22.74 billion.", "2024-05-20"),
    # a gap to a plan named without a figure ("$3.7 million above estimate"), and the total after it no estimate
    ("Realty transfer tax revenue was $54.3 million for October, $3.7 million above estimate, bringing the fiscal-year "
     "total to $178.7 million, which is $1.9 million, or 1.1 percent, more than anticipated. Non-tax revenue totaled "
     "$29.4 million for the month, $33.4 million above estimate, bringing the year-to-date total to $123.8 million, "
     "which is $72.5 million, or 141.4 percent, above estimate.", "2019-11-01"),
    # a kind of tax ("Sales tax receipts") is no segment beside "Non-tax revenue" of the whole's revenue
    ("The state collected $2.7 billion in General Fund revenue in October. Sales tax receipts totaled $1 billion for "
     "October. Non-tax revenue totaled $29.4 million for the month.", "2019-11-01"),
    # a ratio is no sum of the counts it compares
    ("China's population living in urban areas increased by 12.05 million from the end of 2020 to 914.25 million by "
     "the end of 2021, representing 64.72 percent of the total. The gender ratio stood at 104.88 (723.11 men vs 689.49 "
     "million women).", "2022-03-05"),
    # a fall converted: the bracket gives its size
    ("In May, Malaysia's exports decreased by 533.6 million ringgit ($133.9 million) to 59.95 billion ringgit.",
     "2016-07-02"),
    # a move that names its own measure ("a 62.5 percent increase of Non-performing loans ratio") is no rate of the
    # earnings per share before it
    ("Other highlights are basic and diluted earnings per share of N1.43, a 15.4 percent lower than 2015's N1.69 per "
     "share and a 62.5 percent increase of Non-performing loans ratio from 1.44 percent in 2015 to 2.34 percent as at "
     "30th June 2016.", "2016-08-11"),
])
def test_phrasings_that_contradict_nothing(tmp_path, body, published):
    article = write_article(tmp_path, "Figures", body, published=published)
    assert not [(c.kind, c.explanation) for c in run_checks(article, draft_register(article), [], article.published)
                if c.verdict == "inconsistent"]


def test_a_rate_in_words_is_rounded_like_one_in_digits(tmp_path):
    # "nine per cent" stands for 8.5-9.5 % as "9%" does: 2,242 to 2,444 is 9.01 %, no truncation to explain
    article = write_article(tmp_path, "Dengue cases up 9%", "Dengue cases rose to 2,444 last week, which increased by "
                            "nine per cent from 2,242 cases reported in the previous week.", published="2023-05-24")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "implied growth"]
    assert checks and all(c.verdict == "consistent" and "cut off" not in c.explanation for c in checks)
    assert any("8.50–9.50 %" in c.explanation for c in run_checks(article, draft_register(article), [],
                                                                  article.published))


def test_a_count_restating_a_rate_is_a_move_and_days_to_a_day_are_a_span(tmp_path):
    # "increased by nine per cent or 202 cases": the 202 is the move the rate gives; "from May 14 to 20" are days
    article = write_article(tmp_path, "Dengue", "A total of 2,444 cases of dengue fever were recorded in the 20th "
                            "Epidemiological Week from May 14 to 20, which increased by nine per cent or 202 cases from "
                            "2,242 cases reported in the previous week.", published="2023-05-24")
    kinds = {c.value: c.kind for c in draft_register(article)}
    assert kinds["202"] == "change" and "20" not in kinds


def test_parts_of_their_own_places_add_up_to_a_whole_of_none_of_them(tmp_path):
    # the whole is the three areas' (its subject, "at China's three major production areas"), each part a province's
    article = write_article(tmp_path, "Three major coal-producing regions' share of China's raw coal output",
                            "Raw coal output at China’s three major production areas – Shanxi, Inner Mongolia, and "
                            "Shaanxi – totalled 1.03 billion tonnes in the first five months this year, taking 70.3% of "
                            "the country’s total.\nNorthern China’s Shanxi province produced 394.79 million tonnes of raw "
                            "coal in the first five months, up 1.6% year on year.\nFollowed was neighboring Inner "
                            "Mongolia region with 390.62 million tonnes, down 8.6% year on year.\nShaanxi province in "
                            "northwestern China contributed 248.96 million tonnes in January-May, 22.8% higher than a "
                            "year ago.", published="2020-06-17")
    assert [c.verdict for c in run_checks(article, draft_register(article), [], article.published)
            if c.kind == "sum of parts"] == ["consistent"]


def test_a_rate_no_word_gives_a_way_fits_as_the_move_its_levels_make(tmp_path):
    # "an improvement of 20.8 percent" of a deficit: no word says which way; the levels say a fall of that size
    article = write_article(tmp_path, "Deficit", "Through the first 10 months of this budget year, the deficit totaled "
                            "$239.7 billion, an improvement of 20.8 percent from the same period a year ago, when it was "
                            "$302.8 billion.", published="2006-08-10")
    checks = [c for c in run_checks(article, draft_register(article), [], article.published) if c.kind == "implied growth"]
    assert [c.verdict for c in checks] == ["consistent"] and "no word says which way" in checks[0].explanation


def _checks_of(article):
    return run_checks(article, draft_register(article), [], article.published)


@pytest.mark.parametrize("words, expected", [
    ("in the first half of last year", "2008H1"), ("in the first six months of last year", "2008H1"),
    ("in the first six months last year", "2008H1"), ("in the first quarter of last year", "2008Q1"),
    ("in the first half of this year", "2009H1")])
def test_a_part_of_last_year_is_of_the_year_before_the_article(tmp_path, words, expected):
    article = write_article(tmp_path, "Budget", f"Spending was 1.91 billion lei {words}.", published="2009-07-24")
    assert {c.period for c in draft_register(article) if c.value == "1.91"} == {expected}


def test_a_look_back_without_figures_leaves_the_article_in_its_period(tmp_path):
    # "the lower base from the first quarter of last year" names a base: the next paragraph is still of this year's
    article = write_article(tmp_path, "Q1 trade", "China's foreign trade rose 29.2 percent year-on-year in the first "
                            "quarter of this year.\nThe figures are partly due to the lower base from the first quarter "
                            "of last year, when trade was affected by the pandemic.\nTrade with ASEAN reached 1.24 "
                            "trillion yuan, an increase of 26.1 percent year-on-year.", published="2021-04-13")
    assert {c.period for c in draft_register(article) if c.value in ("1.24", "26.1")} == {"2021Q1"}


@pytest.mark.parametrize("rate, verdict", [("55.5", "consistent"), ("45.5", "inconsistent")])
def test_a_rate_on_a_period_is_measured_against_it(tmp_path, rate, verdict):
    # "hiking 12 percent on the first half of 2008" is the first half of 2009's rate; the next sentence is of 2009 too
    article = write_article(tmp_path, "Budget", "The budget gap reached 2.7 percent of GDP between January 1 - June 30 "
                            "2009. Expenses with personnel recorded a significant growth, hiking 12 percent on the first "
                            f"half of 2008. Interest expenses surged {rate} percent year-on-year to 2.97 billion lei, "
                            "compared to just 1.91 billion lei in the first six months last year.", published="2009-07-24")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value in ("12", "2.97")} == {"2009H1"}
    assert [c.verdict for c in _checks_of(article) if c.kind == "implied growth"] == [verdict]


def test_a_rate_on_a_weekday_is_of_that_day(tmp_path):
    article = write_article(tmp_path, "Nikkei", "Japanese stocks closed down 0.69 percent on Tuesday after Wall Street "
                            "plunged to the lowest level since late April 1997.", published="2009-03-03")
    assert {c.period for c in draft_register(article) if c.value == "0.69"} == {"2009-03-03"}


def test_the_day_data_was_released_is_no_period_of_its_figures(tmp_path):
    # "data released today" is when the release came out: October's figure keeps October, and the day is checked
    # against the article's; with no other period, "it announced today" still dates its figures
    article = write_article(tmp_path, "Iron ore", "China imported 91.6 million tonnes of iron ore for the month of "
                            "October, down over 4% on September according to data released today by the customs.",
                            published="2021-11-07")
    assert {c.period for c in draft_register(article) if c.value in ("91.6", "4")} == {"2021-10"}
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]
    announced = write_article(tmp_path, "Microsoft", "Microsoft generated $17.41 billion in revenue and $5.11 billion in "
                              "net income, it announced today.", published="2012-04-19")
    assert {c.period for c in draft_register(announced) if c.value in ("17.41", "5.11")} == {"2012-04-19"}


def test_shares_of_their_own_targets_share_no_whole(tmp_path):
    # revenue "69.3 percent of the target" and spending "68.1 percent of the target": two targets, neither figure
    # the other's whole
    article = write_article(tmp_path, "Budget deficit", "The deficit resulted from the difference between state "
                            "revenues, which reached Rp1,312.3 trillion, or 69.3 percent of the target, and spending "
                            "that reached Rp1,512.6 trillion, or 68.1 percent of the target.", published="2018-10-18")
    assert not [c for c in _checks_of(article) if c.kind in ("share of a total", "shares of one whole")]


def test_a_move_told_the_wrong_way_at_the_right_size_is_a_tension(tmp_path):
    # the levels fell 26.4 %, the rate reads as a 26 % rise: the size holds, the way is one word to confirm
    article = write_article(tmp_path, "Meta", "Its stock price rose 26% to $237.76 from its previous close of $323 a "
                            "year earlier.", published="2022-02-04")
    checks = [c for c in _checks_of(article) if c.kind == "implied growth"]
    assert [c.verdict for c in checks] == ["tension"] and "only its way disagrees" in checks[0].explanation


@pytest.mark.parametrize("body, kind, measure", [
    ("The bank boosted its loans by 11% to $5.69 billion from $5.13 billion a year earlier.", "growth", "loans"),
    ("The government raised its spending by 8 percent to Rs 1,200 crore.", "growth", "spending"),
    ("The company cut its workforce by 11% to 5,690 people.", "growth", "")])
def test_a_verb_its_object_and_by_is_a_move_of_the_object(tmp_path, body, kind, measure):
    # "boosted its loans by 11%": a rate the verb says is a move, of what it moved (not a share of the bank)
    article = write_article(tmp_path, "Results", body, published="2022-10-28")
    rate = next(c for c in draft_register(article) if c.unit == "percent")
    assert rate.kind == kind and (not measure or rate.metric == measure)


def test_a_rate_is_no_rise_to_the_figure_it_is_measured_from(tmp_path):
    # "rose 11% to $5.69 billion from $5.13 billion": the rate implies the year before $5.69 billion, not $5.13 billion's
    article = write_article(tmp_path, "Bank", "The bank boosted its loans by 11% to $5.69 billion from $5.13 billion a "
                            "year earlier.", published="2022-10-28")
    checks = _checks_of(article)
    assert not [c for c in checks if c.kind == "prior level" and "5.13" in c.explanation.split("implies")[0]]
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]


def test_a_move_in_barrels_is_no_total_of_a_daily_rate(tmp_path):
    article = write_article(tmp_path, "Oil", "North Dakota increased its daily production by 96,000 barrels, to 1.18 "
                            "million barrels a day, in August.", published="2016-11-07")
    assert not [c for c in _checks_of(article) if c.kind == "per unit"]


@pytest.mark.parametrize("lede, verdict", [
    ("LabCorp's net earnings rose 26 percent during second quarter 2018.", "tension"),
    ("LabCorp's net earnings rose 21 percent during second quarter 2018.", "consistent"),
    ("Like-for-like earnings rose 26 percent during second quarter 2018.", None)])
def test_a_rate_told_before_its_pair_is_checked_against_it(tmp_path, lede, verdict):
    # the pair in the next sentence, of the rate's measure in fewer words ("earnings" for "net earnings"), is the one
    # the rate moved between; a measure another word makes another ("like-for-like") is not
    article = write_article(tmp_path, "LabCorp's second-quarter earnings soar", f"{lede} Earnings rose to $223.8 million, "
                            "compared to $184.8 million during second quarter 2017.", published="2018-07-25")
    checks = [c for c in _checks_of(article) if c.kind == "implied growth" and "the article states" in c.explanation]
    assert [c.verdict for c in checks] == ([verdict] if verdict else [])


@pytest.mark.parametrize("body, verdict", [
    # the words set 110 billion above 225 billion: more than twice apart, the draft's reading of what is compared is
    # the likelier slip
    ("The bill set aside 488 billion forints in reserves, including 378 billion in the National Protection Fund and "
     "110 billion for extraordinary measures, more than double the total of 225 billion of reserves in the 2019 "
     "budget.", "tension"),
    # near figures in the wrong order are the article's: still a contradiction
    ("Maharashtra contributed Rs 22,349 crore. Gujarat contributed as much as Rs 9,574 crore, followed by Karnataka "
     "with Rs 10,809 crore.", "inconsistent")])
def test_a_comparison_of_figures_more_than_twice_apart_is_a_tension(tmp_path, body, verdict):
    article = write_article(tmp_path, "Budget", body, published="2019-06-11")
    assert [c.verdict for c in _checks_of(article) if c.kind == "comparison"] == [verdict]


def test_a_second_verb_with_its_own_object_starts_a_clause(tmp_path):
    # "increase the quarterly dividend by 10.5% and raise its buyback to $210 billion from $175 billion": the rate is
    # the dividend's, not the buyback's move
    found = _verdicts(tmp_path, "Apple", "Apple decided to increase the quarterly dividend by 10.5% and raise its "
                      "share-repurchase authorization to $210 billion from $175 billion.", "implied growth",
                      published="2017-05-02")
    assert found == []


def test_a_lede_count_of_its_own_measure_restates_no_part_of_another(tmp_path):
    # "19 new confirmed cases ... and 17 new deaths", then "the new confirmed cases include 17 in Hubei": the deaths
    # are no statement of the Hubei cases, and the headline's 19 cases are their whole, not a restatement of a part
    article = write_article(tmp_path, "China reports 19 new confirmed cases of novel coronavirus",
                            "Chinese health authority said Tuesday it received reports of 19 new confirmed cases of "
                            "novel coronavirus disease (COVID-19) and 17 new deaths on Monday. According to the "
                            "Commission, the new confirmed cases include 17 in Hubei Province, and two imported cases.",
                            published="2020-03-10")
    checks = _checks_of(article)
    assert not [c for c in checks if c.kind in ("headline vs body", "restatement")]
    assert [c.verdict for c in checks if c.kind == "parts of a total"] == ["consistent", "consistent"]


def test_shares_of_the_plan_are_each_of_its_own_measure_s_plan(tmp_path):
    # "33.1 billion cubic metres or 101.8% of the plan; commodity gas production – 19.6 billion cubic metres or 104.8%
    # of the plan": two plans, no one whole
    found = _verdicts(tmp_path, "Gas", "In the past 7 months, gas production amounted to 33.1 billion cubic metres or "
                      "101.8% of the plan; commodity gas production – 19.6 billion cubic metres or 104.8% of the plan.",
                      "shares of one whole", published="2019-08-15")
    assert found == []


def test_an_apposition_naming_whose_it_is_is_no_measure(tmp_path):
    # "Exports to the U.S., China's largest foreign market, decreased": the exports to the U.S. decreased
    article = write_article(tmp_path, "Trade", "Exports to the U.S., China's largest foreign market, decreased by "
                            "21.9 percent to $36.5 billion in September.", published="2019-10-14")
    assert {r["metric"] for r in draft_rows(article) if r["kind"] in ("growth", "level")} == {"Exports to the U.S."}


def test_a_figure_a_comparative_sets_beside_another_leaves_the_article_in_its_period(tmp_path):
    # "better than the 22 percent decline in August", in a story of September: the next sentence is September's
    article = write_article(tmp_path, "Trade", "Exports decreased by 21.9 percent to $36.5 billion in September. "
                            "Imports fell 15.7 percent to $10.6 billion, though that was better than the 22 percent "
                            "decline in August. The trade surplus declined by 16.5 percent to $25.9 billion.",
                            published="2019-10-14")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert (rows["22"]["period"], rows["25.9"]["period"]) == ("2019-08", "2019-09")


def test_a_smaller_total_a_part_exceeds_is_inferred(tmp_path):
    # "... the tertiary industries rose the most, ..., with total use hitting 94 billion kwh": the words call the 94
    # a total of consumption, but a segment's total may be meant; the part exceeding it is a tension to confirm
    found = _verdicts(tmp_path, "Power", "China's power consumption rose 6.7 percent to 749.7 billion kilowatt-hours in "
                      "the first two months of 2012. The power consumption of the tertiary industries rose the most, "
                      "up 10.3 percent over January and February, with total use hitting 94 billion kwh.",
                      "part of whole", published="2012-03-16")
    assert [verdict for verdict, _ in found] == ["tension"]


def test_a_list_sharing_its_last_item_s_words_and_the_rates_of_it_respectively(tmp_path):
    # "pre and post tax profits declined by 12.35 per cent and 15.68 per cent respectively": pre-tax and post-tax
    # profit, both falls, each the move of its own levels ("Profit before tax dropped from ... to ...")
    found = _verdicts(tmp_path, "Zenith", "In the first half, gross earnings dropped by 6.23 per cent while pre and "
                      "post tax profits declined by 12.35 per cent and 15.68 per cent respectively. Profit before tax "
                      "dropped from N72.20 billion to N63.28 billion. Profit after tax declined from N53.18 billion to "
                      "N44.84 billion.", "implied growth", published="2016-08-12")
    assert [verdict for verdict, _ in found] == ["consistent", "consistent"]
    assert "12.35 % fall" in found[0][1] and "15.68 % fall" in found[1][1]


def test_what_a_report_showed_is_the_clause_whose_subject_is_measured(tmp_path):
    # "Key extracts of the audited report and accounts for the period ... showed that gross earnings dropped": the
    # gross earnings dropped, not the report ("accounts" is no verb there)
    article = write_article(tmp_path, "Zenith", "Key extracts of the audited report and accounts for the six-month "
                            "period ended June 30, 2016 showed that gross earnings dropped by 6.23 per cent.",
                            published="2016-08-12")
    assert next(r for r in draft_rows(article) if r["value"] == "6.23")["metric"] == "gross earnings"


def test_an_organic_rate_is_no_move_of_the_reported_levels(tmp_path):
    # "sales grew 6.0 per cent in organic terms to €1.54bn, compared to €1.44bn": the reported rate, 6.9 per cent,
    # is the levels' move; the organic one leaves out currency effects
    found = _verdicts(tmp_path, "Beiersdorf", "The company reported that sales grew by 6.0 per cent in organic terms to "
                      "€1.54bn in the first quarter, compared to €1.44bn in the corresponding period in 2009. Taking in "
                      "the positive effect of currency exchange rates, the figure showed an increase of 6.9 per cent.",
                      "implied growth", published="2010-05-07")
    assert [verdict for verdict, _ in found] == ["consistent"] and "6.9 % rise" in found[0][1]


def test_a_rate_over_the_plan_is_no_move_from_the_year_before(tmp_path):
    # "surpassed the collection target by 12%" is the actual against its plan; the 27% is its move from the year before
    found = _verdicts(tmp_path, "Customs", "The bureau said it has surpassed the collection target by 12% in November "
                      "totalling up to P40.239 Billion, whereas the revenue target set was P36.450 Billion. P40.239 "
                      "Billion was 38% higher than last year's November which was P29.061 Billion.", "implied growth",
                      published="2016-12-02")
    assert found and all("38 % rise" in explanation for _, explanation in found)


def test_a_rate_in_the_previous_month_is_of_that_month(tmp_path):
    # "rose 5.92% in November ..., after increasing 12.51% in the previous month": October's rate ("from the
    # previous year" would name what a rate is measured against; "in" names its own period)
    article = write_article(tmp_path, "Tourism", "Foreign tourist arrivals rose 5.92% in November from a year earlier, "
                            "after increasing 12.51% in the previous month.", published="2019-12-30")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert (rows["5.92"]["period"], rows["12.51"]["period"]) == ("2019-11", "2019-10")


def test_which_stands_for_the_noun_right_before_it(tmp_path):
    # "meant that the company reported a strong increase in its EBIT margin, which was up 12.1 per cent to €186m"
    article = write_article(tmp_path, "Results", "The increase in sales, combined with cost cutting measures, meant that "
                            "the company reported a strong increase in its EBIT margin, which was up 12.1 per cent to "
                            "€186m, compared to €145m in the corresponding quarter last year.", published="2010-05-07")
    assert {r["metric"] for r in draft_rows(article) if r["value"] in ("12.1", "186")} == {"its EBIT margin"}



def test_a_list_before_another_clause_s_figure_is_no_subject_of_the_run_after(tmp_path):
    # "the audited report and accounts ... showed that gross earnings dropped by 6.23 per cent while pre and post tax
    # profits declined by 12.35 per cent and 15.68 per cent respectively": the second list is the run's
    article = write_article(tmp_path, "Zenith", "Key extracts of the audited report and accounts for the six-month "
                            "period ended June 30, 2016 showed that gross earnings dropped by 6.23 per cent while pre "
                            "and post tax profits declined by 12.35 per cent and 15.68 per cent respectively.",
                            published="2016-08-12")
    metrics = {r["value"]: r["metric"] for r in draft_rows(article)}
    assert [metrics[v] for v in ("6.23", "12.35", "15.68")] == ["gross earnings", "pre tax profits", "post tax profits"]


@pytest.mark.parametrize("headline, body, published, kind, about, verdicts", [
    # ", but well below the deficit of": an adverb opens no clause of a new subject; the deficit before is below
    ("Fiscal balance", "The nominal fiscal balance posted a deficit of ARS 601 billion (the first in the year), but well "
     "below the deficit of ARS 754.2 billion of July 2023.", "2024-08-19", "comparison", "", ["consistent"]),
    # a deficit "surpassing" its target may have come in below it: a warning, no contradiction
    ("Fiscal balance", "Ghana recorded an overall fiscal deficit of 2.4 percent of GDP, surpassing the budget target of "
     "2.8 percent of GDP.", "2024-09-27", "comparison", "", ["tension"]),
    # "ADR" spells "average daily rate"; a date opening a paragraph before a dash is the dateline, no period; the
    # lede's rate restating the body's, each to a level, tells one move twice: its levels must agree
    ("STR reports US hotel occupancy for week ending June 4, 2011",
     "Occupancy rises 2.5% to 58.5%, ADR increases 2.7% to US$96.93.\nJune 10, 2011 - The U.S. hotel industry reported "
     "increases in all three key performance metrics during the week of 29 May-4 June 2011. In year-over-year "
     "comparisons, occupancy rose 2.5 percent to 58.5 percent, average daily rate increased 2.7 percent to US$96.63.",
     "2011-06-10", "headline vs body", "96.63", ["inconsistent"]),
    # "Indoco Remedies jumps after Q2 PAT rises 19% YoY": the 19% is the profit's rise, not the share's jump
    ("Indoco Remedies jumps after Q2 PAT rises 19% YoY", "The pharma company's net profit increased by 19.41 per cent "
     "to Rs 49.64 crore, and Indoco Remedies rose 1.86 per cent to Rs 361.45.", "2022-11-10", "headline vs body", "",
     ["consistent"]),
    # a deficit that "moderates" or an inflation rate that "improved" falls
    ("Fiscal outlook", "The overall fiscal deficit is projected to moderate from an estimated 4.6 percent of GDP in 2023 "
     "to 4.9 percent of GDP in 2024.", "2024-09-27", "share change", "", ["inconsistent"]),
    ("Inflation", "Nigeria's inflation has improved for the fourth consecutive month to 17.38 per cent from the 17.75 per "
     "cent in June.", "2021-08-17", "share change", "", ["consistent"]),
    # "revenue from operations of" names a measure, no figure moved from; "a 7.5 per cent increase over Q1 (Rs 37,851
    # lakhs)" brackets the figure it grew from, the quarter before's; "Q2 of fiscal year 2025" is one period
    ("HT Media Q2", "HT Media Limited reported revenue from operations of Rs 42,375 lakhs for Q2 of fiscal year 2025, a "
     "7.5 per cent increase over Q1 (Rs 37,851 lakhs).", "2024-11-09", "implied growth", "(FY2025Q1)", ["inconsistent"]),
    # "were outpaced by a jump of 30.6 per cent in imports": passed, in the passive, the exports' rise is below
    ("Trade surplus falls", "Exports grew 21.9 per cent year-on-year to 667 billion dollars, but were outpaced by a "
     "jump of 30.6 per cent in imports, which were valued at 568 billion dollars from January to June.", "2008-07-10",
     "comparison", "", ["consistent"]),
    # conversions that all imply one rate of the writer's own, a few per cent from the day's: a tension each
    ("Turbon results", "Earnings before tax in the 2014 financial year were €10.7 million ($11.6 million). Revenue "
     "for the year reached €107.9 million ($117.2 million), a growth of 43 percent compared to the previous year's "
     "€75.4 million ($81.9 million).", "2015-06-29", "conversion", "107.9", ["tension"]),
    # "4.43283 trillion" told again as "44.3283 trillion": one figure, its point moved, no two figures
    ("Industrial profits", "From January to October, shareholding enterprises achieved a total profit of 4.43283 "
     "trillion yuan, an increase of 1.5%.\nIn the same period, shareholding enterprises achieved a total profit of "
     "44.3283 trillion yuan, an increase of 1.5%.", "2025-11-27", "headline vs body", "44.3283", ["inconsistent"]),
    # the move words of a relative clause opened before a pair are its own, not the clause's before it
    ("Revenue target revised", "Tax collecting machinery will have to be geared up to meet even this target in view of "
     "July-August performance in which only Rs. 44.7 billion could be collected against the target of Rs.81.5 billion "
     "set for the first quarter (July-September 2001).", "2001-09-17", "implied growth", "44.7", []),
    # pairs of a list told in turn, one of them from-figure first
    ("Petrol, Super Diesel up", "The committee decided to increase Octane 92 to Rs 155 from Rs.149, Octane 95 to Rs.169 "
     "from Rs.161 and Super Diesel from Rs.133 to Rs.141.", "2018-10-11", "implied growth", "161", ["consistent"]),
    # a clause that opens with the whole ("among the 2,361 listed companies"), its parts after it
    ("Listed firms' profits", "As of Aug 28, among the 2,361 listed companies that have published financial data for "
     "H1, 1,616 saw rises in net profits from the previous year, while 990 saw declines.", "2018-08-28",
     "parts of a total", "2,361", ["inconsistent"]),
    # "73 new COVID-19 cases", "43 more novel Coronavirus (COVID-19) cases": a name inside the counted noun phrase
    ("Ethiopia reports 73 new COVID-19 cases", "ADDIS ABABA – Ethiopia has confirmed 43 more novel Coronavirus "
     "(COVID-19) cases on Tuesday, the ministry of health reported.", "2021-06-23", "headline vs body", "73",
     ["inconsistent"]),
    # a headline's figure of two months restates the body's of those months, not a month's the opening lines give first
    ("Workers’ remittances in first two months soar to $ 1.2 b", "- February inflows up 15.1% to $ 548.1 m\n"
     "Workers’ remittances inflow during the first two months increased by 16.3% year-on-year to $ 1.12 billion.\n"
     "The workers’ remittances in February also increased by 15.1% YoY to $ 548.1 million.", "2025-03-10",
     "headline vs body", "1.2 bn", ["inconsistent"]),
    # a headline's running total and the body's one running total of that noun are one figure told twice
    ("Nigeria records 125 fresh COVID-19 cases as total hits 52,588", "Nigeria on Thursday recorded 125 fresh COVID-19 "
     "cases.\nAlso, the total number of confirmed cases increased to 54,588.", "2020-09-03", "headline vs body",
     "52,588", ["inconsistent"]),
    # a rate told before its pair, the word the pair adds being the headline's topic
    ("China’s LNG imports climb in June", "China reported a 14.9 percent rise in imports during the month under review. "
     "Customs data shows that a total of 4.53 million tonnes of LNG were imported during the month, which compares to "
     "3.97 million tonnes of LNG in June 2018.", "2019-07-22", "implied growth", "3.97", ["tension"]),
    # two counts of the two sexes in an aside after a count are all of it; a dash typed as a hyphen before a number
    # with thousands separators opens the aside
    ("SSC pass rate up", "This year 2,187,815 students-1,068,527 boys and 1,059,288 girls- sat for the SSC "
     "examinations.", "2019-05-06", "sum of parts", "2,127,815", ["inconsistent"]),
    ("CBSE results", "In the region, 40,718 students (19,894 boys and 20,824 girls) appeared for the examinations this "
     "year.", "2023-05-12", "sum of parts", "40,718", ["consistent"]),
    # "representing 85 per cent increase": a move's rate, not a share
    ("GTCO's earnings", "In H1, GTCO’s gross earnings rose to N672.603bn from N364.306bn, representing 85 per cent "
     "increase.", "2023-09-19", "implied growth", "85 %", ["consistent"]),
    # "its gross earnings" after a bank's name are that bank's, no part of another bank's
    ("Banks' gross earnings", "In H1, GTCO’s gross earnings rose to N672.603bn from N364.306bn, representing 85 per cent "
     "increase.\nUnited Bank for Africa delivered a 164 per cent growth in its gross earnings which rose to N981.78bn "
     "as of June 2023, from N372.36bn recorded last year in June 2022.", "2023-09-19", "part of whole", "981.78", []),
    # "a growth of 26.43 percent over 2,61,630 units": the figure the rate grew from
    ("Two wheeler sales May 2021", "Total two wheelers sold in India in May 21 stood at 3,30,823 units, a growth of "
     "26.43 percent over 2,61,630 units sold in May 20.", "2021-06-04", "implied growth", "26.45 %", ["inconsistent"]),
    # the ones after the lowest, "followed by", come above it
    ("Diesel prices", "On the other side, Bayelsa scored the lowest price, at N767.14 for a litre, followed by Katsina "
     "State at N778.75 and Edo at N789.43.", "2023-03-24", "comparison", "above", ["consistent"]),
    # jobs added are a move of employment: the headline's restates the body's
    ("Canada adds 64K jobs", "The latest labour force survey shows employment rose by 64,000 in September.",
     "2023-10-06", "headline vs body", "64", ["consistent"]),
    # a rise "from December 2003 to December 2004" is the year to December 2004's, against the pair told later
    ("Weekly pay", "From December 2003 to December 2004, average weekly earnings rose by 3.9%.\nAverage weekly earnings "
     "were $537.08 in December 2004, compared to $520.13 for the same month in 2003.", "2005-01-19", "implied growth",
     "3.26", ["inconsistent"]),
    # a rate tied to its base is the rate of the level tied to that base, its measure named in fewer words
    ("Infosys Q3FY26 results", "Infosys Q3FY26 net profit dips 2.2% to ₹6,654 crore while revenue rises 8.9% to "
     "₹45,479 crore.\nRevenue from operations grew 8.89% year-on-year to ₹45,479 crore, up from ₹41,764 crore in Q3FY25. On "
     "a quarter-on-quarter basis, revenue increased 3.22%, compared to ₹44,490 crore in Q2FY26.", "2026-01-14",
     "implied growth", "2.21–2.24", ["inconsistent"]),
    # ... not the target the base was linked to
    ("Tax take", "In September 2023, TRA collected TZS 2.63 trillion, surpassing the TZS 2.42 trillion target. This "
     "marked a 15.49% increase from the TZS 2.27 trillion collected during the same period in the Financial Year "
     "2022/23.", "2023-10-04", "implied growth", "2.42", []),
    # "the same month a year-ago", hyphenated, is the month a year back
    ("Steel", "India's crude steel output fell 3.5 per cent to 9.089 million tonne (MT) during October this year.\nThe "
     "country had produced 9.408 MT crude steel during the same month a year-ago.", "2019-11-27", "implied growth",
     "9.408", ["inconsistent"]),
    # a rate after a part "out of" its whole is the part's share of it
    ("Exam results", "The ministry announced the results on Tuesday, with the success of 59,128 male and female "
     "students out of 84,000 students who took the exams, with a rate of 71.37%.", "2021-08-04", "share of a total",
     "71.37", ["inconsistent"]),
    # a share whose sentence gives its part and whole is found by its arithmetic from either end of the pair
    ("Exam results", "The number of students who took the exam this year reached (82,924), of whom (59,182) passed "
     "with a rate of 71.37%, distributed among the branches.", "2021-08-04", "share of a total", "71.37",
     ["consistent"]),
    # a headline's rate far from the body's, which its levels bear out, may be on another basis: no contradiction
    ("Bharti Airtel Q2 ARPU declines 6.3%", "Bharti Airtel's average revenue per unit (ARPU) declined 23% to reach "
     "Rs 145 in the second quarter from Rs 188 in a year-earlier quarter.", "2017-10-24", "implied growth", "6.3 %",
     ["tension"]),
    ("Bharti Airtel Q2 ARPU declines 6.3%", "Bharti Airtel's average revenue per unit (ARPU) declined 23% to reach "
     "Rs 145 in the second quarter from Rs 188 in a year-earlier quarter.", "2017-10-24", "headline vs body", "6.3 %",
     ["tension"]),
    # a share in a sentence of no amount is of the one amount of its period the sentence before gives, its whole the
    # one that fits exactly (told twice, the more precise); the "from" before the first share is not the second's
    ("PC market sees 21.6 percent decline in EMEA", "A total of 17.2 million PCs were shipped to EMEA regions for Q2 "
     "2015.\nIn total, PC shipments in these regions as of Q2 2015 have declined by 21.6 percent to just 17.207 million "
     "units compared to Q2 2014.\nCompared to the same period in 2014, Acer PC shipments in EMEA have fallen by 42.2 "
     "percent this past quarter to just 1.464 million units. Market share for the Taiwanese manufacturer has also "
     "tightened from 9.4 percent to 8.5 percent.", "2015-07-20", "share of a total", "8.5 %", ["consistent"]),
    # the share a year before is the part's level then over the whole's, each taken back by its own rate (from a
    # link the draft inferred: a tension to confirm)
    ("PC market sees 21.6 percent decline in EMEA", "A total of 17.2 million PCs were shipped to EMEA regions for Q2 "
     "2015.\nIn total, PC shipments in these regions as of Q2 2015 have declined by 21.6 percent to just 17.207 million "
     "units compared to Q2 2014.\nCompared to the same period in 2014, Acer PC shipments in EMEA have fallen by 42.2 "
     "percent this past quarter to just 1.464 million units. Market share for the Taiwanese manufacturer has also "
     "tightened from 9.4 percent to 8.5 percent.", "2015-07-20", "share change", "the article says 9.4 %",
     ["tension"]),
    ("PC market sees 21.6 percent decline in EMEA", "A total of 17.2 million PCs were shipped to EMEA regions for Q2 "
     "2015.\nIn total, PC shipments in these regions as of Q2 2015 have declined by 21.6 percent to just 17.207 million "
     "units compared to Q2 2014.\nCompared to the same period in 2014, Acer PC shipments in EMEA have fallen by 42.2 "
     "percent this past quarter to just 1.464 million units. Market share for the Taiwanese manufacturer has also "
     "tightened from 11.5 percent to 8.5 percent.", "2015-07-20", "share change", "the article says 11.5 %",
     ["consistent"]),
    # "down from 104,297 transactions worth RM56.53 billion": what the from-figure was worth is the figure before of
    # what the to-figure was worth ("deals" and "transactions" one thing)
    ("Property transactions drop 8.9% to RM51.42 billion in Q1 2025", "The Malaysian property market saw 97,772 "
     "deals recorded, valued at RM51.42 billion – down from 104,297 transactions worth RM56.53 billion in Q1 2024.",
     "2025-05-09", "implied growth", "8.9 %", ["inconsistent"]),
    # a figure printed again with its point moved is a slip of any statement kept before, in whichever scale the first
    ("Industrial profits rise 1.9%", "From January to October, the total profits of industrial enterprises above a "
     "designated size reached 5,950.29 billion yuan, an increase of 1.9% year-on-year.\nFrom January to October, the "
     "total profits of industrial enterprises above a designated size reached 5.95029 trillion yuan, an increase of 1.9% "
     "year-on-year.\nFrom January to October, the total profits of industrial enterprises above a designated size "
     "reached 59.5029 trillion yuan, an increase of 1.9% year-on-year.", "2025-11-27", "headline vs body", "59.5029",
     ["inconsistent"]),
    # "X million dollars or Y billion dollars": one figure in two scales; a power of ten apart, one is misprinted
    ("Remittances fall", "In July, the total remittance came to 197.3 million dollars or 1.97 billion dollars.",
     "2023-09-03", "headline vs body", "power of ten apart", ["inconsistent"]),
    ("Remittances rise", "In June, the total remittance came to 2199 million dollars or about 2.20 billion dollars.",
     "2023-09-03", "headline vs body", "2199", ["consistent"]),
    # a change told with a share of its own clause is the move from that share, not from the pair before it
    ("Auction volumes down", "Further, the preliminary auction clearance rate across the combined capital cities rose "
     "to 52.2 per cent week-on-week, up from 50.4 per cent, but dropped 11.1 percentage points from 63.3 per cent over "
     "the same period last year.", "2019-03-11", "share change", "11.1", []),
    # a fall and a rise told in one sentence are two moves, on two bases, whatever their digits
    ("Existing home sales dip", "The pace of existing-home sales in the West dropped 8.7 percent to an annual rate of "
     "1.16 million sales in October but remains 2.7 percent higher on a year-over-year basis, down from the 9.5 "
     "percent higher on a year-over-year basis last month.", "2015-11-23",
     "headline vs body", "8.7", []),
    # a share right after a count that names no whole is of all the things counted, the count the article opens with
    ("WAEC releases results", "The council has released the results of the Nov/Dec 2017 examination, taken by 131,485 "
     "candidates.\nThe officer said only 34,664, representing 26.01 per cent obtained credit passes in five subjects.\n"
     "He stated the results of 14,756 candidates, representing 11.07 per cent of the number of candidates were withheld.",
     "2017-11-21", "share of a total", "of 131,485", ["tension", "tension"]),
    # "of GDP, against the target of ¢8.905 billion": the whole was named before the comma, the target is no whole
    ("Spending", "Capital Expenditure for the period amounted to ¢7.108 billion, accounting for 1.4% of GDP, against "
     "the target of ¢8.905 billion (1.8% of GDP).", "2022-07-29", "share of a total", "8.905", []),
    # what each of some things reached is no side of a balance
    ("Trade surplus reaches US$9.8 billion in first five months", "Viet Nam ran a trade surplus of US$ 2.24 billion in "
     "May and US$ 9.8 billion in the first five months.\nIn the reviewed period, 23 commodities earned over US$1 "
     "billion in export turnover each, accounting for 87.4 percent of the total export.\nUp to 24 import items valued "
     "over US$1 billion each.\nEspecially, Viet Nam gained a trade surplus of US$ 31.2 billion with the U.S., US$12.6 "
     "billion with the EU, and US$ 521 million with Japan.", "2023-05-29", "difference", "31.2", []),
    # "In May," a sentence opens with is the month: the sides of May's surplus are May's
    ("Malaysia's exports dip", "In May, Malaysia's exports decreased by 533.6 million ringgit to 59.95 billion "
     "ringgit. Imports rose 3.1% to 56.66 billion ringgit. A trade surplus of 3.26 billion ringgit was recorded.",
     "2016-07-02", "difference", "3.26", ["inconsistent"]),
    # a rate told with only the level it moved from moved to the level of its period told before: sequentially ...
    ("Acme posts second-quarter results", "Acme's consolidated revenue rose 8% to Rs 5,210.4 crore in the quarter ended "
     "September 30, 2024, from Rs 4,824.4 crore a year earlier.\nSequentially, revenue was up 4.5% from Rs 5,083.3 "
     "crore in the previous quarter.", "2024-10-20", "implied growth", "5,083.3", ["tension"]),
    # ... or month on month
    ("Power output falls", "KARACHI: Pakistan's power generation increased by 7% year-on-year in October 2024, "
     "reaching 10,262 GWh compared to 9,572 GWh in October 2023.\nMonth-on-month, power generation fell by 17.8% from "
     "12,487 GWh in September 2024.", "2024-11-19",
     "implied growth", "12,487", ["consistent"]),
    # "and by 39,000 among men": a clause that borrows the verb before moves the way the last move of its kind did
    ("Jobless total falls", "Unemployment among women fell by 10,000 to 1.09 million, and by 39,000 among men to 1.43 "
     "million.", "2012-11-14", "change", "39,000 fall", ["unverifiable"]),
    # a move set beside a clause ("a significant rise from 3,505 cases") moved to that clause's figure ...
    ("Dengue cases soar", "The ministry recorded 17,016 confirmed dengue cases in the first 24 weeks of the year, a "
     "significant rise from 3,505 cases during the same period in 2023.", "2024-06-20", "implied growth", "3,505",
     ["consistent"]),
    # ... within a thousandfold of it (not "328 presentations per 1,000 population")
    ("Emergency departments", "Some 9.1 million presentations were recorded in 2024–25, a rate of 328 presentations per "
     "1,000 population, a fall from 7.6 million presentations in 2015-16.", "2026-01-07", "implied growth", "7.6 mn",
     ["inconsistent"]),
    # ... and not to a level below zero whose sign is not printed
    ("Cash flow", "The cash flow per share took a beating, slipping to Tk 16.40 in the negative, a massive fall from "
     "Tk 5.76 in the first quarter of 2023.", "2024-05-09", "implied growth", "5.76", []),
    # a rate after the figure compared with, told as what drove the move ("supported mainly by"), is the driver's own
    ("Bank results", "Gross revenue for the period rose to ₦529.2 billion, reflecting a 41.3 per cent year-on-year "
     "increase from ₦374.5 billion recorded in the first half of 2024, supported mainly by a 70.3 per cent growth in "
     "interest income.", "2025-07-31", "implied growth", "70.3", []),
    # ... and so is one its own clause sets apart ("while same-store sales ... declined 8.3 percent")
    ("Sears profit falls", "Sales fell 12 percent to $13.28 billion from $15.07 billion a year ago, while same-store "
     "sales – those at stores open at least a year — declined 8.3 percent.", "2009-02-26", "implied growth", "8.3",
     []),
    # a change after a concession ("even though ...") is its own clause's, of another subject, not the pair's
    ("Bank results", "The impairment charge increased from NGN92.9 billion in 2024 to N185 billion in 2025, even though "
     "the profit before taxes decreased by N55 billion.", "2025-07-30", "change", "55 bn", []),
    # a rate of the measure its own words name that "has seen" another measure reach a level is no rate of that level
    ("First HoldCo earnings", "A 75.7 per cent growth in net interest income has seen the gross earnings of First "
     "HoldCo hit N1.65tn in the first half of 2025, compared to N1.40tn in the corresponding period of 2024.",
     "2025-07-31", "prior level", "75.7 % rise to 1.65", []),
    # a figure the words point back at ("The $2,100 per month figure", "This 20 per cent decrease") is the one told
    # before, stated again
    ("DC rents", "Rents rose.\nRedfin said the median rent in the D.C. area in September was $2,100 a month, up 12% "
     "from a year ago. The $2,100 per month figure is the median price.", "2024-10-15", "restatement", "2,100",
     ["consistent"]),
    ("Gold output", "Output fell.\nSmall-scale production decreased by 20% – from 1.984 million ounces in 2018 to 1.588 "
     "million ounces in 2019.\n“This 20 per cent decrease in the small-scale mining sub-sector resulted in a decline in total gold "
     "production.", "2020-06-02", "restatement", "20 %", ["consistent"]),
    # a change in a clause with a subject and a verb of its own moves its subject, not the clause before's figure
    ("Fuel prices rise", "Petrol is 4p below its 12-month peak of 139.65p and diesel is 3p lower than its high of "
     "146.48p, recorded on 28 February.", "2025-10-02", "change", "146.48", []),
    # "from the same period in 2017 of $1.77 billion": a year among the words before the figure moved from
    ("Trade gap widens", "The Philippine trade deficit in February widened to $3.06 billion from the same period in "
     "2017 of $1.77 billion.\nExports declined by 1.8 percent to $4.66 billion in February 2018. Imports amounted to "
     "$7.72 billion.", "2018-04-11", "difference", "1.77", []),
    # trade with a partner ("with the EU", "with ASEAN countries") is no total of exports and imports
    ("China's foreign trade up 31.9% in first 10 months",
     "China's total imports and exports reached USD4.89 trillion in the first 10 months of 2021, increasing 31.9% "
     "from a year earlier and exceeding the full-year figure for pre-Covid 2019. The robust trade data with "
     "double-digit growth in both imports and exports during the period were supported by a combination of "
     "factors, including China's complete and resilient supply chain, strict epidemic prevention, and booming "
     "global demand for Chinese goods, analysts noted.\nHowever, total trade volume fell in October with import "
     "growth falling below expectations amid new Covid-19 outbreaks, logistics hurdles and power shortages. But "
     "analysts said that trade growth will likely be maintained at around or above 20% for the rest of the year. "
     "Exports reached USD2.7 trillion for the first 10 months, a year-on-year increase of 32.3%, while imports "
     "saw a significant 31.4% increase, reaching USD2.19 trillion. Trade with the EU, China's second-largest "
     "partner, stood at USD670.38 billion, an increase of 30%.", "2021-11-09", "aggregate growth", "says 30 %", []),
    # "Interest payments accounted for ₺456.4 billion of total expenditures": the subject's figure, a part of the whole
    ("Budget deficit", "Total government spending reached ₺1.64 trillion in January, up 54.9% from ₺1.06 trillion a "
     "year earlier.\nInterest payments accounted for ₺456.4 billion of total expenditures, while non-interest spending "
     "rose 32% year over year to ₺1.18 trillion.", "2026-02-16", "part of whole", "456.4", []),
    # ... and "making up 15.7 percent of" is a share, whatever rate came before it
    ("China trade", "China's foreign trade amounted to 36.02 trillion yuan.\nTrade with ASEAN countries reached 5.67 "
     "trillion yuan, an 8.8 percent increase, making up 15.7 percent of China's total foreign trade.", "2024-11-07",
     "share of a total", "15.7", ["consistent"]),
])
def test_the_verdicts_of_one_kind_of_check(tmp_path, headline, body, published, kind, about, verdicts):
    article = write_article(tmp_path, headline, body, published=published)
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == kind and about in c.explanation] == verdicts


def test_a_fall_with_its_digits_cut_in_the_headline_is_a_tension(tmp_path):
    # "Tea production falls 6.5% in November" over "fell 6.59%": 6.59 cut, not rounded (to 6.6); no contradiction
    found = _verdicts(tmp_path, "Tea production falls 6.5% in November", "Tea production in November fell 6.59% to "
                      "135.9 million kg.", "headline vs body", published="2019-01-06")
    assert [v for v, _ in found] == ["tension"] and "digits cut" in found[0][1], found


def test_a_move_told_again_in_money_between_dashes_ends_at_the_rates_level(tmp_path):
    # "totals $52.4 million, which is a 12% increase -- $640,000 -- over last year": $640,000 on $52.4 million is a
    # 1.2 % rise, not 12 %
    found = _verdicts(tmp_path, "Budget", "The district budget totals $52.4 million, which is a 12% increase -- $640,000 -- "
                      "over last year.", "change", published="2021-10-26")
    assert [v for v, _ in found] == ["inconsistent"], found


def test_a_move_of_no_period_named_is_no_revision_without_a_revisions_words(tmp_path):
    # "106,000 were emergency admissions, a jump from 107,800 a week earlier": a move (read wrong way by the implied
    # growth check), not a figure "revised up"; "raised its forecast to $5 billion from $4 billion" is one
    found = _verdicts(tmp_path, "A&E", "Of these, 106,000 were emergency admissions, a jump from 107,800 a week earlier.",
                      "revision", published="2015-05-15")
    assert not found, found
    raised = _verdicts(tmp_path, "Outlook", "The company raised its revenue forecast to $5 billion from $4 billion.",
                       "revision", published="2015-05-15")
    assert [v for v, _ in raised] == ["consistent"], raised


@pytest.mark.parametrize("body, verdict, words", [
    # the amount moved, then the figure it moved from, then the rate: the figure after is their sum
    ("The report posted an increase of 27,068 aircraft movements from the 200,766 recorded in 2017, representing "
     "an 11.48 per cent increase.", "inconsistent", "227,834"),
    ("Sales rose by $40 million from $200 million a year earlier, a 20% increase.", "consistent", "20 %"),
    # a from-figure named after five words of what it was
    ("It was a massive jump of 1,038MW (or eight per cent) from the previous combined output record of 12,902MW.",
     "consistent", "13.940 GW"),
    # an amount larger than the figure moved from, after a rate under 100 %: the figure reached
    ("Diesel is selling at a 12% increase of GH¢15.99, from the previous price of GH¢13.90.", "inconsistent",
     "15.0–15.1 %")])
def test_a_change_from_a_figure_with_its_rate_puts_the_figure_after(tmp_path, body, verdict, words):
    found = _verdicts(tmp_path, "Traffic", body, "change", published="2019-02-10")
    assert [v for v, _ in found] == [verdict] and words in found[0][1]


def test_a_move_that_names_its_own_measure_is_no_move_to_the_sentence_befores_figure(tmp_path):
    """"The budget increased ... from last year's total of $61.5 million. Sales rose by $40 million from $200 million a
    year earlier": sales moved to a figure of their own, not to the budget the sentence before gave."""
    article = write_article(tmp_path, "Budget", "The budget increased by $9 million, or 14.7 percent, from last year's "
                            "total of roughly $61.5 million. Sales rose by $40 million from $200 million a year earlier, "
                            "a 20% increase.", published="2019-02-10")
    found = _checks_of(article)
    assert [c.verdict for c in found if c.kind == "change"] == ["consistent", "consistent"]
    assert not [c for c in found if c.verdict == "inconsistent"]


def test_a_bare_number_after_from_or_to_is_in_the_unit_said_before_it(tmp_path):
    """"slightly less than 854 million kWh through September, down from 979 million": the unit said once; the bound
    on the figure ("less than") is no figure it moved from, and "through" or "still" name no measure."""
    article = write_article(tmp_path, "Power", "Coal-powered sources generated about 1.2 billion kWh through September, "
                            "an increase from 1.1 billion in 2012 but still down from 1.35 billion in the first three "
                            "quarters of 2011. Natural gas provided slightly less than 854 million kWh through September, "
                            "down from 979 million in the first three quarters of 2012 but still more than the 773.3 "
                            "million in 2011. Wind-powered generation was up, from 102 million kWh last year to about "
                            "124 million this year.", published="2013-12-27")
    found = _checks_of(article)
    growth = sorted(c.explanation.split(" is growth")[0] for c in found if c.kind == "implied growth")
    assert growth == ["From 1.1 bn kWh (2012) to about 1.2 bn kWh (2013-09)",
                      "From 102 mn kWh (2012) to about 124 mn kWh (2013)",
                      "From 979 mn kWh (2012-01/2012-09) to nearly 854 mn kWh (2013-09)"]
    assert not [c for c in found if c.verdict in ("inconsistent", "tension")]


def test_a_rate_from_a_year_ago_is_no_move_between_two_months_in_a_row(tmp_path):
    """"up 11.5 percent from a year ago" beside "dropped to $46.2 billion, down from $47.2 billion in March": neither
    the pair nor its components' monthly rates measure the year's move."""
    article = write_article(tmp_path, "Trade", "The U.S. trade deficit dropped for a second straight month in April. "
                            "However, even with the decline, the deficit is actually up 11.5 percent from a year ago.\n"
                            "In April the trade deficit dropped to $46.2 billion, down from $47.2 billion in March. The "
                            "change reflects the fact export rose by 0.3 percent — to a record $211.2 billion — while "
                            "imports declined 0.2 percent to $257.4 billion.", published="2018-06-06")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_move_of_this_year_is_no_change_of_a_pair_of_another(tmp_path):
    """"has reduced by 6.2 million tonnes" in the article's year, then "In 2000, cement consumption decreased from
    1.111 million tonnes in 1999 to 1.067 million": the last such move, no gap of that pair."""
    article = write_article(tmp_path, "Cement Consumption Reduces by 8.2pc in 2017", "Cement consumption has reduced by "
                            "6.2 million tonnes for the first time in 17 years.\nIn 2000, cement consumption decreased "
                            "from 1.111 million tonnes in 1999 to 1.067 million.", published="2018-05-08")
    found = _checks_of(article)
    assert not [c for c in found if c.kind == "change"]
    assert [c.verdict for c in found if c.kind == "implied growth"] == ["consistent"]


def test_a_rate_month_over_month_is_measured_against_the_month_before(tmp_path):
    """"rebounded in March to a seasonally adjusted rate of 4.76 million, up 5.5% month-over-month": not against March
    a year before, whose price the article gives."""
    article = write_article(tmp_path, "Home sales", "Median price, March 2016: $212,100. March 2015: $224,300.\nExisting "
                            "home sales also rebounded in March to a seasonally adjusted rate of 4.76 million, up 5.5% "
                            "month-over-month, and 2.6% year-over-year.", published="2016-04-20")
    found = _checks_of(article)
    assert {c.basis for c in draft_register(article) if c.value == "5.5"} == {"2016-02"}
    assert not [c for c in found if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("body, expected", [
    # what a stock gained, lost or added: a change, its pair read against it
    ("MTN added 1.6 million new Internet users to its network in August to reach 63.89 million from 62.29 million in "
     "July.", "1.6 mn (rise): consistent"),
    ("9mobile's subscribers increased from 12.16 million in July to 12.38 million in August, adding 214,282 mobile "
     "phone users to its network.", "214,282 (rise): consistent")])
def test_what_a_stock_added_is_a_change_of_it(tmp_path, body, expected):
    found = _verdicts(tmp_path, "Subscribers", body, "change", published="2020-10-03")
    assert len(found) == 1 and expected in found[0][1], found


def test_what_a_stock_added_in_a_quarter_is_no_contradiction_of_its_rate_over_the_year(tmp_path):
    """"added eight million Spotify Premium subscribers globally in Q2 touching 138 million, up by 27 per cent": a
    quarter's additions, a rate that names no basis (most often the year's): a tension at most."""
    found = _verdicts(tmp_path, "Spotify", "Spotify has added eight million Premium subscribers globally in Q2 touching "
                      "138 million, up by 27 per cent.", "change", published="2020-07-30")
    assert [v for v, _ in found] == ["tension"], found


def test_a_share_of_its_own_whole_is_no_share_of_a_count_of_another_clause(tmp_path):
    """"construction started at 326 of 344 projects, with an investment of 108.44 billion yuan completed, or 73.8
    percent of the planned investment": the share is the investment's of its plan, not 326 of 344."""
    article = write_article(tmp_path, "Projects", "From January to June, construction started at 326 of 344 major "
                            "city-level industrial projects, with an investment of 108.44 billion yuan completed, or "
                            "73.8 percent of the planned investment.", published="2018-07-10")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_what_a_headline_says_was_increased_by_a_rate_is_its_measure(tmp_path):
    """"Turkmenistan increased gas development by 11%": gas development, the lede's 11 % of natural gas, not the 15 %
    of exports a statistics institute's sentence gives."""
    article = write_article(tmp_path, "Turkmenistan increased gas development by 11%", "Over the past five months of the "
                            "year Turkmenistan extracted 24.6 billion cubic meters of natural gas that is 11% more that "
                            "the data of the same period of 2001.\nAccording to the National Institute of State "
                            "Statistics and Information of Turkmenistan about 17.9 billion cubic meters of the total "
                            "volume of extracted gas is exported that is 15% more that the figures registered last "
                            "year.", published="2002-06-14")
    found = [c for c in _checks_of(article) if c.kind == "headline vs body"]
    assert [c.verdict for c in found] == ["consistent"] and "10.5–11.5 % and 10.5–11.5 %" in found[0].explanation


@pytest.mark.parametrize("body, expected", [
    # the period compared with, then its figure in brackets
    ("Exports amounted to $5.2 billion in March, up 12% compared with the same month last year ($4.6 billion).",
     ["From 4.6 bn USD (2023-03) to 5.2 bn USD (2024-03) is growth of 10.8–15.4 %; the article states a 12 % rise: "
      "consistent."]),
    # two rates, each against the figure its own comparison brackets
    ("In 2023, a record-breaking 929,740 visitors travelled to Fiji. The ministry said this is up by 46.1 per cent "
     "compared to the same period in 2022 (636,312 visitors) and a growth of four percent compared to the pre-pandemic "
     "arrivals in 2019 (894,389 visitors).",
     ["From 636,312 (2022) to 929,740 (2023) is growth of 46.114 %; the article states a 46.1 % rise: consistent.",
      "From 894,389 (2019) to 929,740 (2023) is growth of 3.953 %; the article states a four % rise: consistent."]),
    # a bracket that holds a pair of its own: this year's figure, then last year's
    ("Cumulative sales were up 9 per cent over the previous financial year (36,63,875 units as against 33,60,493 "
     "units).", ["From 33,60,493 (earlier) to 36,63,875 (later) is growth of 9.03 %; the article states a 9 % rise: "
                 "consistent."])])
def test_a_figure_in_brackets_after_the_period_compared_with_is_that_periods(tmp_path, body, expected):
    found = _verdicts(tmp_path, "Figures", body, "implied growth", published="2024-04-19")
    assert sorted(e for _, e in found) == expected


def test_a_figure_with_a_decimal_comma_restated_with_three_decimals_is_no_contradiction(tmp_path):
    """"decreased to $369,6 billion" over "to $369,640 billion from $371,267 billion": the article's commas are decimal
    marks; read as thousands, the two are a thousand times apart, a reading to confirm, no contradiction."""
    article = write_article(tmp_path, "International reserves of the Russian Federation in October has decreased to "
                            "$369,6 billion", "The volume of international reserves of the Russian Federation in "
                            "October 2015 decreased $1,627 billion, or 0.4%, to $369,640 billion from $371,267 billion.",
                            published="2015-11-09")
    found = [c for c in _checks_of(article) if c.kind == "headline vs body"]
    assert [c.verdict for c in found] == ["tension"] and "decimal comma" in found[0].explanation


def test_an_amount_then_its_rate_above_a_mark_is_the_gap_to_the_mark(tmp_path):
    """"$192-billion which is $12.6-billion or 7-percent above the projected target of $179-billion": the gap and its
    rate, the Caribbean press's hyphens between figure and scale."""
    article = write_article(tmp_path, "Tax collections", "It says this puts year to date net collections at "
                            "$192-billion which is $12.6-billion or 7-percent above the projected target of "
                            "$179-billion.", published="2017-02-03")
    found = _checks_of(article)
    assert sorted(c.kind for c in found if c.verdict == "consistent" and c.kind != "date") == ["change",
                                                                                                "relative difference"]
    assert not [c for c in found if c.verdict in ("inconsistent", "tension")]


def test_a_label_in_brackets_after_the_year_compared_with_is_that_year(tmp_path):
    """"an increase of 3.6% over the last year (2022-23)": the bracket labels the year compared with, so the rate is
    of the year after it, against the two levels before it."""
    found = _verdicts(tmp_path, "Port traffic", "The port handled 61.2 million tonnes in 2023-24 as against 59.1 "
                      "million tonnes in 2022-23, signifying an increase of 3.6% over the last year (2022-23).",
                      "implied growth", published="2024-04-10")
    assert [v for v, _ in found] == ["consistent"] and "(FY2024)" in found[0][1]


def test_a_fiscal_label_after_a_year_ago_quarter_does_not_move_the_rate(tmp_path):
    """"compared to the corresponding year ago quarter (Q3 2018)" after the quarter to December 2018 named "Q3 2019":
    fiscal labels; the words say a year back, so the rate keeps the usual basis, not a calendar Q3 2018."""
    article = write_article(tmp_path, "Media group", "The group reported 8.2 percent increase in advertising revenue "
                            "for the quarter ended 31 December 2018 (Q3 2019, quarter under review) as compared to the corresponding year ago "
                            "quarter (Q3 2018).", published="2019-02-09")
    assert [(c.period, c.basis) for c in draft_register(article) if c.value == "8.2"] == [("2018Q4", "")]


def test_more_than_last_year_after_a_pair_is_the_pairs_change_with_its_rate(tmp_path):
    """"... 4,317 tonnes in 2024 against 4,126 tonnes in 2023. The mill produced 191 tonnes more than that of the last
    year, signifying an increase of 4.9%": the change said against a year back moves the pair before, and the rate
    named after it is the same move (4.63 %, not 4.9 %)."""
    article = write_article(tmp_path, "Mill output", "The mill produced 4,317 tonnes of sugar in 2024 against 4,126 "
                            "tonnes in 2023. The mill produced 191 tonnes more sugar than that of the last year, "
                            "signifying an increase of 4.9%.", published="2025-02-10")
    found = {c.kind: c.verdict for c in _checks_of(article) if c.kind in ("change", "implied growth")}
    assert found == {"change": "consistent", "implied growth": "tension"}


@pytest.mark.parametrize("body", [
    "Over the year, Japanese brands' market share was 48.3%, 39.6% for European brands and 12.8% for other brands.",
    "Over the year, Japanese brands had a market share of 48.3%, European brands 39.6% and other brands 12.8%."])
def test_market_shares_of_a_list_add_up_to_at_most_the_whole(tmp_path, body):
    """A market share said, then the shares of the other parts, each named after ("39.6% for European brands") or
    before its share: one market's parts, 100.6-100.8 % together."""
    found = _verdicts(tmp_path, "Car market", body, "shares of one total", published="2025-01-15")
    assert [v for v, _ in found] == ["inconsistent"]


@pytest.mark.parametrize("body", [
    # two markets, each named after its share: the hybrid market and the electric one
    "The carmaker had a market share of 61.4% for hybrid vehicles and 57.5% for electric vehicles.",
    # one part's shares of two measures of the market
    "Off-plan sales led with a market share of 64.6% and 51% in terms of number and value, respectively."])
def test_market_shares_of_different_wholes_are_not_added(tmp_path, body):
    assert _verdicts(tmp_path, "Market", body, "shares of one total", published="2025-01-15") == []


def test_a_clause_of_which_set_off_by_commas_makes_no_forecast(tmp_path):
    """"The deficit in services, which the minister targets, grew to $42.1 billion": the aside tells of the noun;
    the figure the main verb gives is a level, not a target."""
    article = write_article(tmp_path, "Trade", "The deficit in services, which the minister targets, grew to $42.1 "
                            "billion for the year.", published="2025-03-06")
    assert [c.kind for c in draft_register(article) if c.value == "42.1"] == ["level"]


def test_what_a_participle_moved_to_a_figure_is_its_measure(tmp_path):
    """"Shoppers bought more imported cars than ever, swelling the country's import bill with Japan to $12.4
    billion": the import bill, not what the clause's subject did."""
    article = write_article(tmp_path, "Cars", "Shoppers bought more imported cars than ever last year, swelling the "
                            "country's trade deficit with Japan to $12.4 billion.", published="2025-03-06")
    assert [c.metric for c in draft_register(article) if c.value == "12.4"] == ["trade deficit"]


def test_a_superlative_ranks_nothing_in_the_next_sentence(tmp_path):
    """"Tram riders accounted for the least journeys at 52. In 2021, 1,210 commuters took the bus, followed by ...
    ferries 48": the superlative ends with its sentence; the list after it is ranked by its own words only."""
    found = _verdicts(tmp_path, "Transport", "Tram riders accounted for the least journeys at 52.\n\nIn 2021, 1,210 "
                      "commuters took the bus, followed by trains (905), taxis (530) and ferries 48.", "comparison",
                      published="2022-09-29")
    assert not _alarms(found)


@pytest.mark.parametrize("body, alarms", [
    # a scale word lost: the move from the bare figure would be a millionfold
    ("Gas output rose to 3.412 million cubic metres a day in May, up from an average of 3.18 cubic metres a day in "
     "April.", ["tension"]),
    ("The port handled $4.6 billion of cargo in 2024, compared with $4.1 in 2023.", ["tension"]),
    # one scale said once for both ends of the move
    ("Storage at the dam moved from 517 to 528 million cubic metres in the week.", [])])
def test_a_move_between_a_figure_and_its_digits_without_a_scale_word_is_a_tension(tmp_path, body, alarms):
    found = _verdicts(tmp_path, "Figures", body, "implied growth", published="2025-06-10")
    assert _alarms(found) == alarms


def test_1st_before_a_count_of_months_is_first(tmp_path):
    """"in the 1st five months of 2018": January to May, not a figure "five"."""
    article = write_article(tmp_path, "Investment up 12% in 1st five months of 2018", "Foreign investment rose 12% "
                            "in the 1st five months of 2018 to 840 million dinars.", published="2018-06-23")
    claims = draft_register(article)
    assert {c.period for c in claims if c.value == "12"} == {"2018-01/2018-05"}
    assert not [c for c in claims if c.value == "five" and c.unit == "count"]


def test_a_move_word_after_a_possessive_is_no_move_of_the_pair(tmp_path):
    """"moving from 0.7 per cent of GNI today to 0.4 per cent in 2028, fully funding our increased investment": the
    share falls; "increased" qualifies another noun."""
    found = _verdicts(tmp_path, "Aid", "That means we will cut spending on aid, moving from 0.7 per cent of GNI today "
                      "to 0.4 per cent in 2028, fully funding our increased investment in schools.", "share change",
                      published="2025-02-25")
    assert not _alarms(found)


def test_a_headline_rate_that_fits_another_body_rate_is_a_tension_against_a_third(tmp_path):
    """"Voluntary pension market grew by 8%" over the body's "payments increased by 38%", when the lede's "This is more
    by 8.2%" (premiums) fits the headline: the headline may restate that one, named otherwise."""
    article = write_article(tmp_path, "Voluntary pension market grew by 8% in Ruritania", "Baku. 18 June. in "
                            "January-May of this year, 61.4% or 120,5 million crowns of collected premiums accounted for "
                            "voluntary pensions. This is more by 8.2% compared to the same period last year.\n\n"
                            "Voluntary pension payments increased by 38% compared to the same period last year.",
                            published="2015-06-18")
    found = [c for c in _checks_of(article) if c.kind == "headline vs body" and c.verdict != "consistent"]
    assert [c.verdict for c in found] == ["tension"] and "8.2 %" in found[0].explanation


@pytest.mark.parametrize("measures, rates", [("volume and value", "0.4% and 4.8%"), ("value and volume", "4.8% and 0.4%")])
def test_two_rates_in_volume_and_value_are_each_their_own_pairs(tmp_path, measures, rates):
    """"8,450 tonnes worth TND 120 million against 8,480 tonnes worth TND 126 million ..., posting 0.4% and 4.8% drops
    in volume and value": each rate is the move of the pair the words name in their order, neither read against the
    other's pair (a dinar the draft does not know is read as a scaled count)."""
    found = _verdicts(tmp_path, "Fish exports", "Exports until the end of May amounted to 8,450 tonnes with a total "
                      "value of TND 120 million against 8,480 tonnes totalling TND 126 million during the same period "
                      f"last year, posting {rates} drops in {measures}.", "implied growth", published="2023-08-15")
    assert [v for v, _ in found] == ["consistent", "consistent"]


def test_a_total_broken_down_is_the_figure_reached_not_the_one_moved_from(tmp_path):
    """"... amounted to US$3.10 billion, an increase of 12 percent from 2021's figure of US$2.77 billion. Of the total
    amount, tourism receipts amounted to US$1.85 billion, a 12 percent increase from US$1.65 billion": the parts
    break down the US$3.10 billion; the from-figures are no parts (no 1.65 + 1.85 + ... against 2.77)."""
    found = _verdicts(tmp_path, "Receipts", "The governor said service receipts amounted to US$3.10 billion in 2022, an "
                      "increase of 12 percent from 2021's figure of US$2.77 billion.\n\nOf the total amount, tourism "
                      "receipts amounted to US$1.85 billion, a 12 percent increase from US$1.65 billion received in "
                      "2021.", "part of whole", published="2023-02-06")
    assert [v for v, _ in found] == ["consistent"] and "whole 3.10 bn USD" in found[0][1]


def test_an_amount_told_again_in_dollar_terms_is_checked_as_its_conversion(tmp_path):
    """"the value of exports was Rs 4731.66 crore ... In terms of dollar, the value of exports in 2017 was USD 726.76":
    the amount after "in dollar terms" restates the one before of its measure and period, at the year's rates (65.1
    rupees to the dollar in 2017), so a lost "million" leaves a rate no market ever had. (The countries the paragraph
    names are where the exports went, no one else's figures.)"""
    body = ("India's tea exports reached 240.7 million kilograms during 2017. Tea Board said the value of exports was Rs "
            "4731.66 crore, an increase of 5.90 per cent over the previous year.\n\nExports from north India touched "
            "148.41 million kilograms. Countries where significant exports took place were Egypt (6.16 mkg higher) and "
            "Iran (4.15 mkg more). In terms of dollar, the value of exports in 2017 was USD {usd}, an increase of 9.26 "
            "per cent over the previous year.")
    lost = _verdicts(tmp_path, "Tea exports", body.format(usd="726.76"), "conversion", published="2018-02-07")
    kept = _verdicts(tmp_path, "Tea exports", body.format(usd="726.76 million"), "conversion", published="2018-02-07")
    assert [v for v, _ in lost] == ["inconsistent"] and [v for v, _ in kept] == ["consistent"]


def test_in_dollar_terms_restates_only_an_amount_of_its_own_measure_and_company(tmp_path):
    """"trade surplus of 3.09 trillion yuan ... In dollar terms, ... total import and export value of 2.98 trillion
    U.S. dollars": the surplus is another measure; "In rupee terms, the company's revenue" of one company is no
    conversion of another's dollar revenue."""
    surplus = _verdicts(tmp_path, "Trade", "In the first half of 2024, exports were 12.13 trillion yuan; the trade "
                        "surplus was 3.09 trillion yuan. In dollar terms, in the first half of 2024, the trade value "
                        "was 2.98 trillion U.S. dollars.", "conversion", published="2024-07-12")
    companies = _verdicts(tmp_path, "Results", "In USD terms, Acme reported revenue of $1,126.6 million in the quarter "
                          "ended September.\n\nZenith reported results too. In rupee terms, Zenith's revenue rose to "
                          "₹3,536.1 crore in the quarter ended September.", "conversion", published="2024-10-17")
    assert surplus == [] and companies == []


def test_a_move_after_a_list_of_parts_is_the_whole_s(tmp_path):
    """"was 98,785 people, consisting of 1,674 foreign guests and 97,111 domestic guests, an increase of 9,473 people
    (10.61%) compared to November 2011, which was recorded at 89,312 people": the whole moved, not its last part, and
    the figure it moved from is no part."""
    article = write_article(tmp_path, "Hotel guests", "The number of guests in December 2011 was 98,785 people, "
                            "consisting of 1,674 foreign guests and 97,111 domestic guests, an increase of 9,473 people "
                            "(10.61%) compared to November 2011, which was recorded at 89,312 people.",
                            published="2012-02-01")
    found = [c for c in _checks_of(article) if c.kind in ("change", "implied growth", "parts of a total", "sum of parts")]
    assert found and all(c.verdict == "consistent" for c in found), [(c.kind, c.explanation) for c in found]


def test_a_month_set_beside_its_months_to_date_is_no_move(tmp_path):
    """"ended November 2022 with 583 thousand tons, representing a decrease of 4.1%, compared to 6.85 million tons
    from January to November 2022": a month beside the months to date it ends, no fall of 91 %."""
    found = _verdicts(tmp_path, "Fertilizers", "Domestic production of fertilizers ended November 2022 with 583 thousand "
                      "tons, representing a decrease of 4.1%, compared to 6.85 million tons from January to November "
                      "2022.", "implied growth", published="2022-12-20")
    assert _alarms(found) == []


def test_a_fold_rise_of_a_list_item_is_its_own_move_over_the_year(tmp_path):
    """"Perm Kray (9.2 mn tons, up 1.4-fold year-on-year), Muemans region (7.4 mn tons, up 4.2%)": 1.4 times last
    year's Perm figure, no ratio of 9.2 to 7.4."""
    body = ("The largest amounts were loaded from Perm Kray (9.2 mn tons, up 1.4-fold year-on-year), Muemans region "
            "(7.4 mn tons, up 4.2%) and Novgorod region (2.6 mn tons, up 9%). Far East ports took 88 thousand tons, up "
            "2.8-fold, and the Southern ports 2 mn tons, up 12%.")
    assert _alarms(_verdicts(tmp_path, "Fertilizer traffic", body, "multiple", published="2024-07-22")) == []


def test_period_words_between_a_rate_and_its_level_are_the_levels_too(tmp_path):
    """"will rise 20 percent this year to $5.6 billion and 19 percent next year to $6.6 billion": 2009's rate and
    level, whose "next year" is no clash with 2008."""
    article = write_article(tmp_path, "Ad spending", "Advertising expenditures in India will rise 20 percent this year "
                            "to $5.6 billion and 19 percent next year to $6.6 billion, according to GroupM.",
                            published="2008-09-17")
    assert {c.value: c.period for c in draft_register(article) if c.value in ("19", "6.6")} == {"19": "2009", "6.6": "2009"}
    assert all(c.verdict != "inconsistent" for c in _checks_of(article) if c.kind == "date")


def test_this_month_before_a_reporter_named_with_an_aside_is_when_it_reported(tmp_path):
    """"Earlier this month, Henan province, the country's third-most-populous administrative region, reported that its
    number of newborn children fell to 920,000 in 2020": when it reported, not a month of 2020."""
    found = _verdicts(tmp_path, "Births", "Earlier this month, Henan province, the country's third-most-populous "
                      "administrative region, reported that its number of newborn children fell to 920,000 in 2020 "
                      "- a 23.3 per cent decline from 2019 - as the birth rate dropped to 9.24 births per 1,000 people.",
                      "date", published="2022-01-17")
    assert "inconsistent" not in [v for v, _ in found]


def test_and_before_a_noun_and_a_year_opens_no_clause(tmp_path):
    """"a 27pc increase in Australia's beef and veal exports in 2013-14 to A$6.4billion": "veal exports in 2013" is
    no subject with its own figure (a year is none), so the rate is the move to A$6.4 billion."""
    article = write_article(tmp_path, "Red meat", "Oil revenue rose by 140% in August 2016 and the same period in 2017 "
                            "from $630 million to $1.68 billion.", published="2017-09-27")
    found = [c for c in _checks_of(article) if c.kind == "implied growth"]
    assert [c.verdict for c in found] == ["inconsistent"]
    article = write_article(tmp_path, "Red meat", "These compared to a 27pc increase in Australia's beef and veal exports "
                            "in 2013-14 to A$6.4billion.", published="2014-08-15")
    rate, level = (next(c for c in draft_register(article) if c.value == v) for v in ("27", "6.4"))
    assert level.id in rate.links


def test_a_rate_since_a_month_before_a_colon_and_a_new_statement_is_measured_against_that_month(tmp_path):
    """"January house prices up 0.2 per cent since December: Average house price in England and Wales now £163,177":
    the headline's rate is the month's, no clash with the lede's annual fall of 0.9 per cent."""
    found = _verdicts(tmp_path, "Land Registry: January house prices up 0.2 per cent since December: Average house "
                      "price in England and Wales now £163,177", "The January data shows an annual price decrease of 0.9 "
                      "per cent which takes the average property value in England and Wales to £163,177.",
                      "headline vs body", published="2011-02-28")
    assert "inconsistent" not in [v for v, _ in found]


def test_compared_to_a_figure_for_someone_named_is_theirs_of_the_same_period(tmp_path):
    """"Apple's App Store generated $22.6bn of consumer spending in the first half of this year, compared to $11.8bn
    for Android's Google Play store": Google's figure of the same half, no year before of Apple's."""
    article = write_article(tmp_path, "App spending", "Users spent a combined $34.4 billion on mobile apps in the first "
                            "half of this year. Apple's App Store generated $22.6bn of consumer spending in the first half "
                            "of this year, compared to $11.8bn for Android's Google Play store.", published="2018-07-17")
    assert {c.value: c.period for c in draft_register(article) if c.value in ("22.6", "11.8")} == \
        {"22.6": "2018H1", "11.8": "2018H1"}
    assert all(c.kind != "derived growth" for c in _checks_of(article))


def test_a_list_of_moves_by_so_many_times_to_a_level_is_each_items_own(tmp_path):
    """"Hong Kong increased imports by 2.6% to 116.7 thousand m³, Iran by 2.3% to 104.3 thousand m³, Tajikistan by one
    and a half times to 115 thousand m³, Turkey by 3.2 times up to 58.1 thousand m³": each multiple is the move of the
    level after it, no ratio of Hong Kong's to Iran's."""
    found = _verdicts(tmp_path, "Timber", "Hong Kong increased imports of sawn timber from Russia by 2.6% to 116.7 "
                      "thousand m³, Iran by 2.3% to 104.3 thousand m³, Tajikistan by one and a half times to 115 thousand "
                      "m³, Turkey by 3.2 times up to 58.1 thousand m³, UAE by 1.7 times up to 63.4 thousand m³.",
                      "multiple", published="2023-05-09")
    assert _alarms(found) == []


def test_bare_numbers_of_a_list_of_moves_by_so_much_are_rates_like_its_last(tmp_path):
    """"Wizz Air plans to grow by 15, SAS by 22 and Finnair by 10 percent": three rates, not a change of 15 to a level
    of 22 that a 10 % rise contradicts."""
    article = write_article(tmp_path, "Airlines", "Wizz Air plans to grow by 15, SAS by 22 and Finnair by 10 percent, "
                            "y-o-y.", published="2019-02-19")
    assert {c.value: (c.unit, c.kind) for c in draft_register(article)} == {
        "15": ("percent", "growth"), "22": ("percent", "growth"), "10": ("percent", "growth")}
    assert all(c.verdict != "inconsistent" for c in _checks_of(article))


def test_a_share_of_something_other_than_what_a_pair_counts_is_not_their_ratio(tmp_path):
    """"Sales were up in 6 out of 11 subsectors, representing 84.4% of retail trade": the subsectors' share of sales,
    no 6 / 11 (the 114th round, blind); "59,128 students out of 84,000 students, with a rate of 71.37%" still is."""
    found = _verdicts(tmp_path, "Retail", "Sales were up in 6 out of 11 subsectors, representing 84.4% of retail trade.",
                      "share of a total", published="2022-12-20")
    assert _alarms(found) == []
    found = _verdicts(tmp_path, "Exams", "A total of 59,128 students passed out of 84,000 students who took the exams, "
                      "with a rate of 70.39%.", "share of a total", published="2022-12-20")
    assert [v for v, _ in found] == ["consistent"]


def test_a_rate_over_a_figure_right_after_it_moves_from_that_figure(tmp_path):
    """"net income of $1.12 billion, up 20% over a net profit of $923 million in the 2012 March quarter": "over" right
    after the rate names the figure it grew from (1.12 / 0.923 is 20.7-22.0 %, the held-out corpus's Boeing slip);
    "up 3.5% over May's previous record sales total of $192 million" too."""
    found = _verdicts(tmp_path, "Boeing", "Boeing earned first-quarter net income of $1.12 billion, up 20% over a net "
                      "profit of $923 million in the 2012 March quarter.", "implied growth", published="2013-04-24")
    assert _alarms(found) == ["tension"]
    found = _verdicts(tmp_path, "Sales", "Dispensaries sold about $200 million worth of products in June, up 3.5% over "
                      "May's previous record sales total of $192 million.", "implied growth", published="2020-08-14")
    assert [v for v, _ in found] == ["consistent"]


def test_a_change_between_levels_a_thousandfold_apart_is_no_contradiction(tmp_path):
    """"total remittance inflows amounted to US$2. 23 billion ..., representing an increase of US$69.0 million or 3.2
    per cent over $2.16 billion the year before": the total misprinted and read as 2 dollars is a scale misread, not a
    change of minus 2.16 billion against the article's plus 69 million."""
    found = _verdicts(tmp_path, "Remittances", "Figures indicate that January to December 2015, for the calendar year, "
                      "total remittance inflows amounted to US$2. 23 billion , representing an increase of US$69.0 million or 3.2 per cent over $2.16 billion the year "
                      "before.", "change", published="2016-03-30")
    assert found and _alarms(found) == []


def test_a_rate_its_levels_reach_when_rounded_twice_is_a_tension(tmp_path):
    """"rose sharply (49%) from 7.76 million carats during August 2018 to 11.51 mn carats in August 2019": at most
    48.485 %, which rounds to 48.5 and then to 49; a writer's rounding, not another figure (the 119th round, blind).
    A rate a tenth of a point away is still a contradiction."""
    body = ("In volume terms however, rough imports rose sharply ({rate}%) from 7.76 million carats during August 2018 "
            "to 11.51 mn carats in August 2019.")
    found = _verdicts(tmp_path, "Diamonds", body.format(rate="49"), "implied growth", published="2019-10-04")
    assert [v for v, _ in found] == ["tension"] and "rounded twice" in found[0][1]
    found = _verdicts(tmp_path, "Diamonds", body.format(rate="49.6"), "implied growth", published="2019-10-04")
    assert [v for v, _ in found] == ["inconsistent"]


def test_a_pair_of_months_of_the_previous_year_is_of_that_year(tmp_path):
    """"the prolonged store closures in August and September of the previous year", in a story of October 2023: August
    2022, as the register reads it (the 119th round, blind); "6.6Mt forecast in September, and breaks last year's
    record" is this September still."""
    found = _verdicts(tmp_path, "Duty free", "The high number of shoppers can be attributed to the prolonged store "
                      "closures in August and September of the previous year due to a COVID outbreak on the island.",
                      "date", published="2023-10-18")
    assert found and _alarms(found) == [] and "August 2022" in found[0][1]


def test_an_earlier_bare_quarter_number_follows_the_fiscal_numbering_the_months_set(tmp_path):
    """"during the quarter ended December 2018 ... Net NPAs ... were 0.42 percent in Q3, ... and higher than 0.40
    percent in Q2", an Indian bank's: Q3 is October-December, so Q2 is July-September, no restatement of Q3's 0.42 %;
    "its Q3 numbers" beside "the September quarter" stays the calendar's."""
    article = write_article(tmp_path, "HDFC Bank Q3 Net Profit Up 20%", "The lender's net interest income jumped by "
                            "21.93 percent to Rs 12,576.75 crore during the quarter ended December 2018. Net NPAs as a "
                            "percentage of net advances were 0.42 percent in Q3, lower than 0.44 percent in December 2017 "
                            "and higher than 0.40 percent in Q2.", published="2019-01-19")
    assert _periods_of(article, "0.42", "0.40") == {"0.42": "2018Q4", "0.40": "2018Q3"}
    assert all(c.verdict != "inconsistent" for c in _checks_of(article))
    article = write_article(tmp_path, "Infosys Rallies 3% Post September Quarter Results", "Infosys shares rallied "
                            "more than 3 per cent in early trading post its Q3 numbers, reported for the September "
                            "quarter.", published="2021-10-14")
    assert _periods_of(article, "3") == {"3": "2021Q3"}


def _periods_of(article, *values):
    """The periods the draft gives the figures of these printed values."""
    return {c.value: c.period for c in draft_register(article) if c.value in values}


def test_a_move_at_a_thing_then_where_its_pair_is_given_is_that_pairs_move(tmp_path):
    """"falling 10.7% to $51.1 billion, from $57.3 billion in September 2023, followed by a 4.6% drop at electronics
    and appliance stores, where sales totaled $7.4 billion, down from $7.8 billion and a 3.5% drop at sporting goods
    ..., where sales totaled $8.2 billion in September, down from $8.5 billion a year earlier": each rate is the move
    of the pair after it (the 121st round), not of the pair before."""
    found = _verdicts(tmp_path, "Retail sales", "For example, gasoline stations had the largest year-over-year drop, "
                      "falling 10.7% to $51.1 billion, from $57.3 billion in September 2023, followed by a 4.6% drop at "
                      "electronics and appliance stores, where sales totaled $7.4 billion, down from $7.8 billion and a "
                      "3.5% drop at sporting goods, hobby, musical instrument and bookstores, where sales totaled $8.2 "
                      "billion in September, down from $8.5 billion a year earlier.", "implied growth",
                      published="2024-10-17")
    assert [v for v, _ in found] == ["consistent"] * 3


def test_years_of_the_levels_a_figure_is_set_against_are_not_its_period(tmp_path):
    """"Furniture chain's turnover at €51.7 billion, still above 2019 and 2021 levels": the headline's figure is the
    body's 2024 turnover, not 2019's (the 121st round); no tension between one figure told for two periods."""
    article = write_article(tmp_path, "Furniture chain's turnover at €51.7 billion, still above 2019 and 2021 levels",
                            "The projected turnover of the furniture supply chain for 2024 is €51.7 billion, reflecting a "
                            "decline of 2.9%.", published="2025-04-03")
    assert {c.period for c in draft_register(article) if c.value == "51.7"} == {"2024"}
    assert all(c.verdict == "consistent" for c in _checks_of(article) if c.kind == "headline vs body")


def test_the_whole_a_ranked_count_is_out_of_is_no_rival_in_the_ranking(tmp_path):
    """"A total of 151,752 visa requests filed in India were rejected, followed by Moroccans out of 591,000 visas,
    136,367 were denied": the Moroccans' 136,367 follows India's 151,752; the 591,000 they applied for ranks nothing
    (the 122nd round, blind)."""
    found = _verdicts(tmp_path, "Visas", "A total of 151,752 visa requests filed in India were rejected, followed by "
                      "Moroccans out of 591,000 visas, 136,367 were denied.", "comparison", published="2024-06-26")
    assert [v for v, _ in found] == ["consistent"] and "136,367" in found[0][1]


def test_a_forecast_lowered_by_a_rate_from_one_figure_to_another_is_checked(tmp_path):
    """"Operating income forecast was lowered 15 percent, from 80 billion yen to 60 billion yen": a cut of 24-26 %, so
    the 15 % is flagged (the 122nd round's, blind); "lowered" says the move is a fall."""
    found = _verdicts(tmp_path, "Shimano", "Operating income forecast was lowered 15 percent, from 80 billion yen to 60 "
                      "billion yen.", "implied growth", published="2016-07-26")
    assert _alarms(found) == ["tension"] and "15 % fall" in found[0][1]


def test_what_was_lost_then_up_from_a_year_before_is_a_level_in_hectares(tmp_path):
    """"the tropics lost 4.1 million hectares (10.1 million acres) of primary forest in 2022, up from 3.75 million ha
    (9.3 million acres) in 2021", under "lost 10% more primary rainforest in 2022 than in 2021": the loss is a level, "ha"
    is hectares, and "10% more ... than" is a rise (the 124th round)."""
    article = write_article(tmp_path, "Forest loss", "The tropics lost 10% more primary rainforest in 2022 than in 2021. "
                            "According to the data, the tropics lost 4.1 million hectares (10.1 million acres) of primary "
                            "forest in 2022, up from 3.75 million ha (9.3 million acres) in 2021.", published="2023-06-27")
    drafted = {c.value: (c.kind, c.unit) for c in draft_register(article) if c.value in ("4.1", "3.75")}
    assert drafted == {"4.1": ("level", "hectares"), "3.75": ("level", "hectares")}
    assert all(c.verdict not in ("inconsistent", "tension") for c in _checks_of(article))


def test_a_fall_told_with_its_rate_in_brackets_is_a_fall_of_that_rate(tmp_path):
    """"Harvested area is estimated at 600,000 hectares (ha), down 65,000 ha (10 percent) from last year": the 10 % is
    the fall, which the levels bear out (no rise the figures contradict)."""
    found = _verdicts(tmp_path, "Cotton", "Harvested area is estimated at 600,000 hectares (ha), down 65,000 ha (10 "
                      "percent) from last year.", "change", published="2020-11-19")
    assert [v for v, _ in found] == ["consistent"]


def test_counts_that_followed_one_another_in_time_rank_nothing(tmp_path):
    """"In 2020 he added another 13 cases, followed by another four in 2022, another nine the following year and three
    more the next year": a sequence in time, no ranking 13 > 4 > 9; "the next year" is the year after the one named
    last, not after the article's date (the 124th round)."""
    article = write_article(tmp_path, "Judges", "In 2020 he added another 13 cases, followed by another four in 2022, "
                            "another nine the following year and three more the next year.", published="2025-07-14")
    assert all(c.verdict != "inconsistent" for c in _checks_of(article))


def test_a_year_of_the_bikram_sambat_is_no_mistyped_year(tmp_path):
    """"Q3 2080" in a Nepali company's results of May 2024: the Bikram Sambat year, 56 ahead of the Gregorian, not a
    period the article could not report (the 124th round)."""
    found = _verdicts(tmp_path, "Salt Trading", "Salt Trading Corporation's net profit rose to Rs 5.19 crore in Q3 2080/81 "
                      "from Rs 3.71 crore in Q3 2079/80.", "date", published="2024-05-09")
    assert found and all(v != "inconsistent" for v, _ in found)


def test_a_figure_a_than_compares_with_is_no_subject_of_the_next_than(tmp_path):
    """"The decline was higher than the .7% increase reported in August, but also slightly lower than the 2.4% decline
    reported in July": both compare September's decline, not the 0.7 % with the 2.4 % (a false "below" in the 121st
    round's furniture article, which its gold's error row hid from the scorer)."""
    found = _verdicts(tmp_path, "Furniture", "Furniture store sales fell 2.3% in September. The decline was higher than "
                      "the .7% increase reported in August, but also slightly lower than the 2.4% decline reported in "
                      "July.", "comparison", published="2024-10-17")
    assert _alarms(found) == []


def test_a_fiscal_year_that_ended_on_a_day_and_one_named_after_a_year_back(tmp_path):
    """"in the fiscal year that ended Sept. 30" is the twelve months to then, not the day; "set one year ago in fiscal
    2021" is fiscal 2021 itself, not the year before it; and "Sales were 14% higher than the previous mark of $172.7
    billion" is the move to the level the sentence before gave (an invented pair, a true 13.7 %)."""
    article = write_article(tmp_path, "Farm exports", "U.S. farm exports mushroomed to a record $196.4 billion in the "
                            "fiscal year that ended Sept. 30, according to Commerce Department data. Sales were 14% "
                            "higher than the previous mark of $172.7 billion, set one year ago in fiscal 2021.",
                            published="2022-11-03")
    assert _periods_of(article, "196.4", "172.7") == {"196.4": "2021-10/2022-09", "172.7": "2020-10/2021-09"}
    found = [(c.verdict, c.explanation) for c in _checks_of(article) if c.kind == "implied growth"]
    assert [v for v, _ in found] == ["consistent"] and "14 %" in found[0][1]


def test_a_rate_then_a_pair_of_what_was_sold_of_its_measure(tmp_path):
    """"exports increased 5.7 per cent ... The country sold $5.163 billion of chicken meat to the world, compared to
    $4.85 billion": the thing the amount is of names the rate's measure, so the pair is the rate's (6.3-6.6 %, the 125th
    round's error), a link to confirm."""
    found = _verdicts(tmp_path, "Brazil's sales to the Gulf", "Overall, Brazil's chicken meat exports increased 5.7 per "
                      "cent for the first nine months of 2019 compared to the same period last year. The country sold "
                      "$5.163 billion of chicken meat to the world, compared to $4.85 billion between January and "
                      "September last year.", "implied growth", published="2019-10-06")
    assert [v for v, _ in found] == ["tension"] and "5.7 %" in found[0][1]


def test_this_is_down_tells_the_move_of_the_level_before(tmp_path):
    """"imported 83.57 million mt ..., as compared to 88.51 million mt ... Japan paid US$41.77 billion for LNG imports
    ... This is down 41.4 percent": the rate is the dollars' move, not a 41.4 % fall of the tonnes (a false tension)."""
    article = write_article(tmp_path, "LNG", "Japan's imports of liquefied natural gas dropped 6.2 percent in the fiscal "
                            "year that ended March 31. "
                            "The world's largest buyer of chilled gas imported 83.57 million mt of LNG in the fiscal year "
                            "spanning from April 2015-March 2016, as compared to 88.51 million mt in the same period a "
                            "year ago. Japan paid US$41.77 billion for LNG imports in the April-March period as oil and gas prices fell. "
                            "This is down 41.4 percent as compared to the same period a year before.",
                            published="2016-04-20")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension") and "41.4" in c.explanation]
    assert [c.kind for c in checks if "71.2" in c.explanation] == ["prior level"]


def test_a_rise_in_a_thing_up_to_a_figure_is_where_it_reached(tmp_path):
    """"reported an increase in gross petroleum imports up to $143.4 billion": where the imports reached, no ceiling
    ("an increase of up to 5%" is one)."""
    article = write_article(tmp_path, "Oil", "In the fiscal year that ended March 31, PPAC reported an increase in gross "
                            "petroleum imports up to $143.4 billion.", published="2022-04-25")
    assert {c.qualifier for c in draft_register(article) if c.value == "143.4"} == {"exact"}


def test_a_rate_between_a_period_and_the_same_a_year_on_is_the_later_ones(tmp_path):
    """"Ghana raked in $8.95 billion ... in August 2017 ... It represents a growth of 27.8% between August 2016 and the
    same period in 2017 ... Within the same period last year, Ghana raked in $7 billion": the rate is August 2017's,
    the move of the level before (19.3-37.8 % with $7 billion as printed)."""
    article = write_article(tmp_path, "Exports", "Ghana raked in $8.95 billion from cocoa, oil and gold exports in August "
                            "2017. It represents a growth of 27.8% between August 2016 and the same period in 2017. "
                            "Within the same period last year, Ghana raked in $7 billion.", published="2017-09-27")
    assert _periods_of(article, "27.8") == {"27.8": "2017-08"}
    found = [(c.verdict, c.explanation) for c in _checks_of(article) if c.kind == "implied growth"]
    assert [v for v, _ in found] == ["consistent"] and "27.8 %" in found[0][1]


def test_the_size_of_each_unit_counted_is_no_figure(tmp_path):
    """"forecast to reach around 4.42 million bales (of 170 kg each) ..., a 67.7 per cent rise from the previous year's
    2.64 million bales": the 170 kg is what a bale weighs, not the level the rate rose to."""
    article = write_article(tmp_path, "Cotton", "Export shipments are forecast to reach around 4.42 million bales (of 170 "
                            "kg each) for the season ending in September, a striking 67.7 per cent rise from the previous "
                            "year's 2.64 million bales.", published="2024-06-19")
    assert not [c for c in draft_register(article) if c.value == "170" and c.kind != "dismissed"]
    assert [c.verdict for c in _checks_of(article) if "67.7 %" in c.explanation] == ["consistent"]


def test_followers_of_a_ranked_fall_with_no_way_of_their_own_are_falls(tmp_path):
    """"Shopping centres reported the highest decrease of 3.4 percent, followed by high streets at 2.5 percent and retail
    parks at 2.1 percent": the followers are decreases too, ranked by size (a false alarm of the 203rd round)."""
    found = _verdicts(tmp_path, "Footfall", "On an annual basis, retail footfall fell 2.6 percent throughout the week. "
                      "Shopping centres reported the highest decrease of 3.4 percent, followed by high streets at 2.5 "
                      "percent and retail parks at 2.1 percent.", "comparison", published="2025-04-28")
    assert "inconsistent" not in [v for v, _ in found] and any("falls like it" in t for _, t in found)


def test_shares_of_one_part_and_whole_restate_each_other(tmp_path):
    """"Shop theft accounted for 20 per cent of physical crimes" beside "the number of shop theft cases ... accounted
    for 20.1 per cent of the 10,106 crimes reported": both are the 2,027 thefts' share of the 10,106 crimes, one share
    said twice whatever its measure is called."""
    found = _verdicts(tmp_path, "SPF flags rising cases of shop theft, outrage of modesty, voyeurism & burglaries in "
                      "1st half of 2024",
                      "Shop theft accounted for 20 per cent of all physical crimes reported.\n"
                      "The total number of reported physical crime cases increased by 4.1 per cent to 10,106 in the "
                      "first half of 2024, from 9,704 in the same period in 2023.\n"
                      "Shop theft constituted the highest proportion of reported cases amongst all physical crime cases.\n"
                      "Shop theft accounted for 20 per cent of physical crimes in 1st half of 2024\n"
                      "There were 2,027 cases of shop theft in the first half of 2024, marking an increase of 178 from "
                      "1,849 cases in the first half of 2023.\n"
                      "In addition, the number of shop theft cases in the first half of 2024 accounted for 20.1 per cent "
                      "of the 10,106 crimes reported.", "headline vs body", published="2024-08-23")
    assert any('"20 %" and the body\'s "20.1 %"' in text and verdict == "consistent" for verdict, text in found)


def test_a_cagr_with_its_last_digit_cut_is_a_tension(tmp_path):
    """"projected to reach US$29.83 billion by 2028, from US$24.45 billion in 2021, at a CAGR of 2.8%": 2.88 % a year,
    its last digit cut (a false alarm of the 206th round)."""
    found = _verdicts(tmp_path, "Manganese", "The value of the global manganese market is projected to reach US$29.83 "
                      "billion by 2028, from US$24.45 billion in 2021, at a CAGR of 2.8% during 2022-2028.",
                      "average growth", published="2024-06-12")
    assert [v for v, _ in found] == ["tension"] and "last digit cut" in found[0][1]


def test_an_event_named_by_its_year_dates_no_figure(tmp_path):
    """"157,000 homes have been destroyed, 30,000 more than those destroyed in the wake of the 2004 freak wave", "lower
    than that of the 2004 tsunami or the 2005 earthquake in Kashmir": the years name the disasters compared with, not
    the period of the story's figures; and "the 6.3-magnitude earthquake" is no count."""
    article = write_article(tmp_path, "Java quake", "Estimates of damage are rising: 157,000 homes have been destroyed, "
                            "30,000 more than those destroyed in the wake of the 2004 freak wave. Although the death toll "
                            "(5,800) is lower than that of the 2004 tsunami or the 2005 earthquake in Kashmir, the cost is "
                            "greater. The 6.3-magnitude earthquake on 27 May left more than 420,000 homeless.",
                            published="2006-06-13")
    claims = draft_register(article)
    assert not [c for c in claims if c.kind != "dismissed" and c.period.startswith(("2004", "2005"))]
    assert [c.kind for c in claims if c.value in ("2004", "2005", "6.3")] == ["dismissed"] * 4


def test_a_change_is_read_against_the_figure_its_from_figure_moved_to(tmp_path):
    """"Theft in dwelling increased by 1,351 cases, from 7,629 cases to 8,980 cases of which shop theft increased by
    581 cases, from 4,644 to 5,225 cases": 1,351 is the move to 8,980, not to the part's 5,225 (a false alarm of the
    202nd round)."""
    found = _verdicts(tmp_path, "Crime", "Theft in dwelling increased by 1,351 cases, from 7,629 cases to 8,980 cases "
                      "of which shop theft increased by 581 cases, from 4,644 to 5,225 cases.", "change",
                      published="2006-02-17")
    assert "inconsistent" not in [v for v, _ in found] and any("581 (rise): consistent" in t for _, t in found)


def test_a_multiple_reached_is_not_read_against_the_figure_it_fell_to_later(tmp_path):
    """"more than doubled to a high of 17,124 in 2021 before falling back to 11,689 in 2022": the doubling is from a
    figure before 2021, not the 2022 one it fell to (a false alarm of the 202nd round)."""
    found = _verdicts(tmp_path, "Crime", "The number of recorded crime incidents for this category more than doubled to "
                      "a high of 17,124 in 2021 before falling back to 11,689 in 2022.", "multiple",
                      published="2024-03-25")
    assert "inconsistent" not in [v for v, _ in found]


def test_a_bare_dollar_that_fits_another_countrys_dollar_is_a_tension(tmp_path):
    """"€3.74 billion ($5.44 billion)" in an Australian trade paper on a .com domain: the US dollar's rate of the day
    does not fit, the Australian dollar's does; whose dollar is for a reader to confirm (two false alarms of the
    202nd round)."""
    found = _verdicts(tmp_path, "Windstorms", "Windstorms that hit Europe in February are now estimated to have caused "
                      "total losses of €3.74 billion ($5.44 billion), Perils says.", "conversion", published="2022-08-22")
    assert [v for v, _ in found] == ["tension"] and "AUD" in found[0][1]
    # (a dollar the article names as the US one stays the US dollar: "€35 ($50 USD)" at 1.43 is wrong)
    found = _verdicts(tmp_path, "Vanilla", "A kilo of vanilla now costs €35 ($50 USD) wholesale.", "conversion",
                      published="2016-03-29")
    assert [v for v, _ in found] == ["inconsistent"]


def test_a_move_said_in_the_progressive_beats_another_subjects_before_it(tmp_path):
    """"Despite ... an obvious decline in shopping centre productivity ..., rents have still been increasing with
    average rent per square foot now running at €83.60 compared with the 2008 average of €79.53": "increasing" is the
    rents' move, nearer the pair than the decline (a false alarm of the 200th round)."""
    found = _verdicts(tmp_path, "Malls", "Despite the survey figures depicting an obvious decline in shopping centre "
                      "productivity since June 2008, shopping centre rents have still been increasing with average rent "
                      "now running at €83.60 compared with the 2008 average of €79.53.", "implied growth",
                      published="2009-04-20")
    assert [v for v, _ in found] == ["consistent"] and '"rising" holds' in found[0][1]


def test_a_span_of_months_with_how_close_before_it_is_no_count(tmp_path):
    """"Exports were blocked entirely for nearly eight months" is how long, as "for eight months" is; read as a count,
    it met the headline's "Extends ... Quotas by Three Months" as one figure (a false alarm of the 200th round)."""
    article = write_article(tmp_path, "Congo Extends 2025 Cobalt Export Quotas by Three Months after Delays",
                            "Exports were blocked entirely for nearly eight months before a quota system was introduced.",
                            published="2026-01-14")
    assert [c.kind for c in draft_register(article) if c.value == "eight"] == ["dismissed"]
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_direction_word_is_said_against_the_figure_told_beside_it(tmp_path):
    """"124 actual maternal deaths in 2020, rising to 168 deaths in 2021": "rising" is the move from 124, not from the
    headline's 889 of five years, which the draft reads as 2020's."""
    found = _verdicts(tmp_path, "Ashanti Region records 889 maternal deaths in 5 years", "A total of 889 women lost "
                      "their lives during childbirth between 2020 and 2024. According to the records, the region "
                      "witnessed a disturbing trend, with 124 actual maternal deaths in 2020, rising to 168 deaths in "
                      "2021.", "implied growth", published="2025-03-13")
    assert [v for v, _ in found] == ["consistent"] and "From 124" in found[0][1]


def test_a_floor_area_in_square_feet_is_one_unit_and_no_sentence_end(tmp_path):
    """"rents held steady in Vancouver at $44.74 per sq. ft., up from $44.49 per sq. ft. a year ago": "sq." ends no
    sentence, and "2.4 million sq. ft." of space restated as "223,000 square metres" is one floor area in two units."""
    article = write_article(tmp_path, "Offices", "Vacancy rose as 2.4 million sq. ft. of direct space became available "
                            "nationally, or about 223,000 square metres. Class A office net rents held steady in "
                            "Vancouver at $44.74 per sq. ft., up from $44.49 per sq. ft. a year ago.", published="2020-09-29")
    checks = _checks_of(article)
    assert [c.verdict for c in checks if c.kind == "implied growth" and "44.49" in c.explanation] == ["consistent"]
    assert [c.verdict for c in checks if "223,000 square metres" in c.explanation] == \
        ["consistent"]


@pytest.mark.parametrize("quantity", ["1kg", "a litre"])
def test_the_quantity_a_price_is_given_for_is_no_figure(tmp_path, quantity):
    """"the average price of 1kg of rice ... increased by 60.59 per cent ... jumping from N471.42 in September 2022 to
    N757.06 in September 2023": the kilogram is the unit the price is given for; read as a level, it stood between
    the rate and the prices it is the move of."""
    article = write_article(tmp_path, "Rice prices", f"Data from the statistics bureau showed that the average price of "
                            f"{quantity} of rice locally sold increased by 60.59 per cent over the last one year jumping "
                            f"from N471.42 in September 2022 to N757.06 in September 2023.", published="2023-10-31")
    assert not [c for c in draft_register(article) if c.unit in ("kg", "l", "litre") and c.kind != "dismissed"]
    found = [c.explanation for c in _checks_of(article) if c.kind == "implied growth"]
    assert found and all("states a 60.59 % rise: consistent" in text for text in found)


@pytest.mark.parametrize("sentence, rate", [
    ("Loaded imports dropped 36% in March, with 60,311 TEUs transiting the Port, compared to 94,271 TEUs in March 2022.",
     "36 %"),
    ("Exports, however, saw a decrease of 6.7 percent compared to January 2023, with 104,724 TEUs registered in January "
     "2024 against 112,269 TEUs in January 2023.", "6.7 %")])
def test_a_rate_then_with_its_pair_is_their_move(tmp_path, sentence, rate):
    """A rate with no level of its own, then a clause of "with" giving a level and the one it is compared with: the
    rate is their move (the port releases of the misses)."""
    found = _verdicts(tmp_path, "Port", sentence, "implied growth", published="2024-03-11")
    assert [v for v, _ in found] == ["consistent"] and rate in found[0][1]


def test_a_run_of_shares_restated_by_the_headline_is_items_not_one_figure(tmp_path):
    """"Accounted For 80%, 10%, 10% Respectively" over the body's "accounted for 80%, 10%, 10%": three items, the
    headline's 10s restating the body's, not the 80 said again as 10 (four false alarms of the 127th round)."""
    article = write_article(tmp_path, "Coatings Accounted For 80%, 10%, 10% Respectively", "Information shows that "
                            "architectural coatings business Group (TU), Industrial coatings industry (IU), Automotive "
                            "coatings industry (auto) sales accounted for 80%, 10%, 10% From the architectural coating "
                            "business Group (TU), Decorative coatings Division (DIY) sales accounted for 70%.",
                            published="2018-01-18")
    checks = _checks_of(article)
    assert checks and not [c for c in checks if c.verdict in ("inconsistent", "tension")]


def test_a_clause_opened_on_its_topic_measures_that_topic(tmp_path):
    """"With regards to the revenue, Alba generated BD302.7 million ($805.1 million) versus BD275.9 million ($733.8
    million) in Q1 2020 - up by 10% YoY" under "revenue up 10pc": the revenue's move, not the gross profit's of the
    sentence before (a false contradiction of the 127th round)."""
    article = write_article(tmp_path, "Alba registers record Q1 net profit; revenue up 10pc", "Announcing the results "
                            "for the three-month period ending March 31, Alba said the total comprehensive income for Q1 "
                            "stood at BD58.4 million ($155.4 million).\n\nThe gross profit for Q1 stood at BD80.5 million "
                            "($214 million) versus BD33.5 million ($89.2 million) for the same period in 2020 – up by 140% "
                            "YoY.\n\nWith regards to the revenue, Alba generated BD302.7 million ($805.1 million) versus "
                            "BD275.9 million ($733.8 million) in Q1 2020 - up by 10% YoY.\n\nAlba’s total assets were seen at "
                            "BD2.43 billion ($6.47. billion) versus BD2.34 billion ($6.25 billion) as of December 31, 2020 "
                            "- up by 3%. Also it had reported basic and diluted earnings per share of 37 fils for Q1 "
                            "versus 4 fils for the same period in 2020.", published="2021-05-04")
    assert not [c for c in _checks_of(article) if c.verdict == "inconsistent"]


def test_months_by_their_numbers_and_a_time_zone(tmp_path):
    """"EUR 182.5 million (4−6/2009: EUR 162.4 million)": April to June 2009, the year before's quarter; "(CET +1)"
    is a time zone, no count."""
    article = write_article(tmp_path, "Tikkurila", "Tikkurila Oyj Stock Exchange Release, August 11, 2010 at 9.00 am "
                            "(CET +1). Revenue for the second quarter increased by 12.3 percent in comparison to the "
                            "previous year and totaled EUR 182.5 million (4−6/2009: EUR 162.4 million).",
                            published="2010-08-11")
    assert _periods_of(article, "162.4") == {"162.4": "2009Q2"}
    assert not [c for c in draft_register(article) if c.value == "1" and c.kind != "dismissed"]
    assert [c.verdict for c in _checks_of(article) if c.kind == "implied growth"] == ["consistent"]


def test_a_margin_is_not_of_a_profit_told_apart_from_the_revenue_beside_another(tmp_path):
    """"an operating profit of KRW 505.2 billion ... Lg Home Appliance & Air Solution Company, that reached KRW 407.8
    billion in operating income for the quarter, and sales of KRW 4.22 trillion ... Operating profit and operating margin
    of 9.7 percent": the division's margin (407.8 of 4,220: 9.66 %), not the group's profit over the division's sales
    (the last false alarm of the 127th round)."""
    article = write_article(tmp_path, "LG", "Lg has just communicated the financial results for the first quarter 2016, "
                            "during which the company recorded an operating profit of KRW 505.2 billion (USD 420.25 "
                            "million), a 65.5% increase from the same period in 2015 on sales of KRW 13.36 trillion (USD "
                            "11.12 billion). The best performance was recorded by Lg Home Appliance & Air Solution "
                            "Company, that reached KRW 407.8 billion (USD 339.23 million) in operating income for the "
                            "quarter, and sales of KRW 4.22 trillion (USD 3.51 billion) with an increase of 4% "
                            "year-on-year. Operating profit and operating margin of 9.7 percent were the highest in the "
                            "history of Lg home appliances.", published="2016-04-28")
    assert not [c for c in _checks_of(article) if c.verdict == "inconsistent"]


@pytest.mark.parametrize("dateline, verdict", [("WEDNESDAY, April 8, 2020", "consistent"),
                                               ("TUESDAY, April 8, 2020", "inconsistent")])
def test_a_wire_datelines_weekday_in_capitals_is_checked_against_its_date(tmp_path, dateline, verdict):
    """"WEDNESDAY, April 8, 2020 (HealthDay News) —": the weekday of a wire dateline, printed in capitals, is read
    like one in title case, against the day it stands beside."""
    found = _verdicts(tmp_path, "Suicide rates", f"{dateline} (HealthDay News) — Suicide rates increased 35 percent "
                      "from 1999 through 2018, the report said.", "date", published="2020-04-08")
    assert any(v == verdict and "Wednesday" in text for v, text in found)


@pytest.mark.parametrize("rate, verdict", [("35", "consistent"), ("45", "inconsistent")])
def test_a_rate_per_so_many_people_moved_from_and_to_is_a_level_not_a_percentage(tmp_path, rate, verdict):
    """"a 35 percent increase in the suicide rate ..., from 10.5 to 14.2 per 100,000": bare decimals per a head count
    are the rate's levels (not percentages like the rise's), and the rise is checked against them."""
    found = _verdicts(tmp_path, "Suicide rates", f"The researchers noted a {rate} percent increase in the suicide rate "
                      "from 1999 through 2018, from 10.5 to 14.2 per 100,000.", "implied growth", published="2020-04-08")
    assert [v for v, _ in found] == [verdict] and "From 10.5" in found[0][1] and "%" not in found[0][1].split("is")[0]


@pytest.mark.parametrize("words, actual, verdict", [
    ("falling short of", "1.44", "consistent"), ("falling short of", "0.90", "tension"),
    ("beating", "0.90", "consistent"), ("beating", "1.44", "tension")])
def test_a_loss_that_misses_its_forecast_is_the_larger_one(tmp_path, words, actual, verdict):
    """"an adjusted diluted loss per share of $1.44 ..., falling short of the analyst estimate of a loss of $1.02": of a
    loss, a miss is the larger figure and a beat the smaller, the other way round from a profit's (the other way is
    a warning: a writer may rank a loss by its size)."""
    found = _verdicts(tmp_path, "Hertz", f"HTZ recorded an adjusted diluted loss per share of ${actual} for the second "
                      f"quarter, {words} the analyst estimate of a loss of $1.02.", "comparison", published="2024-08-01")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("printed", ["Rs20. 93 million", "US$20. 93 million"])
def test_a_space_typed_after_the_decimal_point_of_an_amount_keeps_its_decimals(tmp_path, printed):
    """"the company could make Rs20. 93 million profit": after a currency sign and before a scale word, the digits
    after a point and a stray space are the amount's decimals, not a second figure of 93 million."""
    article = write_article(tmp_path, "General Tyre", f"However, the company could make {printed} profit this year.",
                            published="2020-02-22")
    figures = [c for c in draft_register(article) if c.kind != "date"]
    assert [(c.value, c.scale, c.kind) for c in figures] == [("20. 93", "million", "level")]
    assert figures[0].interval_rule == "rounded to 0.01 million: [v - 0.005, v + 0.005)"


@pytest.mark.parametrize("change, verdict", [("35,000 (13 pct)", "tension"), ("32,000 (13 pct)", "consistent"),
                                             ("app. 32,000 (13 pct)", "consistent")])
def test_a_sentence_of_this_and_how_much_more_than_a_year_ago_moves_the_level_before(tmp_path, change, verdict):
    """"A total of 279,000 people were employed ... at the end of Q1 2018. This is app. 35,000 (13 pct) more than a year
    ago": the change and its rate are of the one level the sentence before gave (a link to confirm, so a clash is a
    tension); "app." cuts "approximately" short and ends no sentence."""
    found = _verdicts(tmp_path, "Service centres", "A total of 279,000 people were employed in business service centres "
                      f"in Poland at the end of Q1 2018. This is {change} more than a year ago.", "change",
                      published="2018-06-19")
    assert [v for v, _ in found] == [verdict] and "279,000" in found[0][1]


def test_tens_and_units_joined_by_a_hyphen_are_one_number(tmp_path):
    """"Seventy-four new service centers began operations": one number, 74, not a seventy and a four."""
    article = write_article(tmp_path, "Centres", "Seventy-four new service centers began operations.")
    figures = [c for c in draft_register(article) if c.kind != "dismissed"]
    assert [(c.value, float(c.printed.value)) for c in figures] == [("Seventy-four", 74.0)]


def test_a_number_in_words_then_in_digits_is_read_once_from_its_digits(tmp_path):
    """"one thousand four hundred and fifty-one (1 451) people": the words are the digits' number, told first; a lone
    word before its digits ("Two (02)") keeps the row, the digits being the repeat."""
    article = write_article(tmp_path, "Roads", "The period saw one thousand four hundred and fifty-one (1 451) people "
                            "losing their lives. Two (02) more persons died.")
    kept = [c.value for c in draft_register(article) if c.kind != "dismissed"]
    assert kept == ["1 451", "Two"]


@pytest.mark.parametrize("body", [
    "India is the world's largest arms importer. 33 percent of its imports come from France, while 36 percent come "
    "from Russia.",
    "The survey found 25 per cent of businesses expect higher than projected profits, while nearly 66 per cent believe "
    "it is a good time for expansion."])
def test_words_that_rank_or_compare_something_else_set_no_figure_against_another(tmp_path, body):
    """A superlative of the sentence before ranks its own subject, and "higher than projected profits" compares a thing
    with its forecast: neither sets the figures after them against each other."""
    article = write_article(tmp_path, "Survey", body)
    assert not [c for c in _checks_of(article) if c.kind in ("largest", "comparison")]


def test_an_abbreviated_month_glued_to_its_day_is_a_date_not_a_count(tmp_path):
    """"South Korea's largest tire-maker on Aug.17 reported ...": no space typed after the month's point; the day is a
    date, no count of 17."""
    article = write_article(tmp_path, "Hankook", "South Korea's largest tire-maker on Aug.17 reported the April-June "
                            "operating profit of 310.2 billion won.", published="2016-08-17")
    assert "17" not in [c.value for c in draft_register(article) if c.kind not in ("dismissed", "date")]


@pytest.mark.parametrize("opening, published", [("Sep.1, 2007: ", "2007-09-01"), ("Sept 4: ", "2007-09-04"),
                                                ("March 25 - ", "2007-03-25")])
def test_a_date_opening_the_story_then_a_colon_or_dash_is_its_dateline(tmp_path, opening, published):
    """"Sep.1, 2007: Year-over-year hotel rates have increased ...": the date the story opens on, then a colon (or a
    dash), is the day it was filed, checked against its publication date."""
    article = write_article(tmp_path, "Hotels", f"{opening}Hotel rates rose 12 percent in July.", published=published)
    dates = [c for c in _checks_of(article) if c.kind == "date"]
    assert any("The dateline" in c.explanation for c in dates)


@pytest.mark.parametrize("rate, verdict", [("56.1", "inconsistent"), ("78.6", "consistent")])
def test_what_a_figure_of_a_pair_was_made_on_stands_between_the_pair_and_its_rate(tmp_path, rate, verdict):
    """"Turnover to KSh 2.5 Billion on 77.8 Million Shares compared to Turnover of KSh 1.4 Billion on 40.7 Million Shares
    posted the prior week, an increase of 56.1%": the shares each turnover was made on, in another unit, leave the rate
    the pair's."""
    found = _verdicts(tmp_path, "NSE", "The NSE recorded an increase in Weekly Equity Turnover to KSh 2.5 Billion on "
                      "77.8 Million Shares compared to Turnover of KSh 1.4 Billion on 40.7 Million Shares posted the "
                      f"prior week, an increase of {rate}%.", "implied growth", published="2022-05-14")
    assert [v for v, _ in found] == [verdict]


def test_a_rate_named_in_a_with_phrase_is_not_the_clauses_move(tmp_path):
    """"The budget ... rose to 52.7 trillion from 48.1 trillion, with a projected economic growth rate of 6%": the
    economy's growth, not the budget's (a development article's East African budgets); before, the pair's 9.4-9.8 %
    was set against the 6 %."""
    article = write_article(tmp_path, "Budget", "The budget for 2023/24 rose to 52.7 trillion from 48.1 trillion, "
                            "with a projected economic growth rate of 6%.", published="2023-06-10")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")]
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"]


def test_an_acronyms_plural_after_a_count_says_what_it_counts(tmp_path):
    """"$19.7 billion was raised from 89 IPOs": the 89 counts offerings, no earlier amount of dollars the 19.7 billion
    rose from (the 131st round's IPO article read it as $89 billion)."""
    article = write_article(tmp_path, "IPOs", "In the fourth quarter of 2006, $19.7 billion was raised from 89 IPOs.",
                            published="2007-05-18")
    assert not [c for c in _checks_of(article) if c.kind == "implied growth"]
    assert {c.value: c.unit for c in draft_register(article) if c.value == "89"} == {"89": "count"}


def test_a_share_of_another_whole_after_the_pairs_bracketed_share(tmp_path):
    """"138 out of the 284 (49%) deals in Q3 took place in Asia and they accounted for 47% of the IPO funds raised
    globally": the 47 % is of the money raised, not of the deals; only the 49 % is 138 of 284."""
    article = write_article(tmp_path, "IPOs", "138 out of the 284 (49%) deals in Q3 took place in Asia and they "
                            "accounted for 47% of the IPO funds raised globally.", published="2011-10-07")
    shares = [c for c in _checks_of(article) if c.kind == "share of a total"]
    assert [c.verdict for c in shares] == ["consistent"] and "49 %" in shares[0].explanation


def test_a_range_named_as_one_and_its_conversion_in_brackets(tmp_path):
    """"expected to range from 22 to 25 Israeli shekels ($6 to $7)": one range, its unit said once after the upper end,
    and the bracket converts the range (22 ILS is about $6.2, 25 about $7.1), not 25 shekels as $6."""
    article = write_article(tmp_path, "Olive oil", "As the harvest season approaches, the price of a liter of oil is "
                            "expected to range from 22 to 25 Israeli shekels ($6 to $7).", published="2019-09-18")
    checks = _checks_of(article)
    assert [c.verdict for c in checks if c.kind == "conversion"] == ["consistent"], [c.explanation for c in checks]
    rows = draft_rows(article)
    assert [(r["low"], r["high"]) for r in rows if r["value"] == "22"] == [("22", "25")]


@pytest.mark.parametrize("rate, verdict", [("9.46", "tension"), ("12", "inconsistent")])
def test_an_average_over_stocks_dated_by_year_alone(tmp_path, rate, verdict):
    """"The amount outstanding ... rose from Rs 52,327 crore in 2014 to Rs.1,37,474 crore in 2025, reflecting a CAGR of
    approximately 9.46% over the 11-year period": 9.18 % a year over eleven years, but amounts outstanding dated by
    year alone are points anywhere in those years, and 9.46 % fits a span a year shorter or longer (a tension); 12 %
    fits no span of ten to twelve years."""
    article = write_article(tmp_path, "Education loans", "The amount outstanding under education loans rose from Rs "
                            f"52,327 crore in 2014 to Rs.1,37,474 crore in 2025, reflecting a Compound Annual Growth Rate "
                            f"(CAGR) of approximately {rate}% over the 11-year period.", published="2025-12-09")
    assert [c.verdict for c in _checks_of(article) if c.kind == "average growth"] == [verdict]


def test_moves_listed_by_several_measures_share_the_way_said_first(tmp_path):
    """"IPOs in Q3 down 26% by number and 57% by value compared with Q2 and 6% by number and 46% by value compared with
    the year ago period": every move is a fall, so the headline's "down 46%" restates the last."""
    found = _verdicts(tmp_path, "Global IPO value down 46% on year ago", "The latest report shows IPOs in Q3 down 26% "
                      "by number and 57% by value compared with Q2 and 6% by number and 46% by value compared with the "
                      "year ago period.", "headline vs body", published="2011-10-07")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_count_told_in_the_sentences_clause_before_is_the_pairs_later_end(tmp_path):
    """"Total volume for February included 632,455 TEUs (349,792 containers), which represents a 10.7 percent increase
    compared to the 571,177 TEUs (316,792 containers) recorded in February 2023": the two counts of TEUs are the pair."""
    found = _verdicts(tmp_path, "Port", "Total volume for February included 632,455 TEUs (349,792 containers), which "
                      "represents a 10.7 percent increase compared to the 571,177 TEUs (316,792 containers) recorded in "
                      "February 2023.", "implied growth", published="2024-04-05")
    assert [v for v, _ in found] == ["consistent"] and "632,455" in found[0][1], found


def test_a_tilde_before_a_bracketed_amount_is_a_rough_conversion(tmp_path):
    """"net sales of ¥308.6 billion (~ $3,787 billion)": the tilde says "about"; the bracket converts the yen (at
    81.7 yen to the dollar, $3.8 billion: the comma was a decimal point, a real misprint of the 132nd round)."""
    article = write_article(tmp_path, "AGC", "Asahi Glass Co. Ltd. (AGC) recently posted net sales of ¥308.6 billion "
                            "(~ $3,787 billion) for its first fiscal quarter in 2011.", published="2011-05-20")
    conversions = [c for c in _checks_of(article) if c.kind == "conversion"]
    assert [c.verdict for c in conversions] == ["inconsistent"] and "about 3,787" in conversions[0].explanation


@pytest.mark.parametrize("place, code", [("Uganda Revenue Authority (URA) in Kampala", "UGX"),
                                         ("Kenya Revenue Authority in Nairobi", "KES")])
def test_shs_is_the_shilling_of_the_story(tmp_path, place, code):
    """"a shortfall of Shs 499 billion", "UShs 27,784.0 billion": Uganda's press prints its shilling so; a story of
    Kenya's that does is in Kenyan shillings."""
    article = write_article(tmp_path, "Shortfall", f"The {place} has announced a shortfall of Shs 499 billion in the "
                            "first quarter, having collected Shs4.459 trillion.", published="2021-10-22")
    assert {c.unit for c in draft_register(article) if c.value in ("499", "4.459")} == {code}


def test_a_figure_when_it_was_keeps_its_pair_though_converted_in_brackets(tmp_path):
    """"reaching USD 891.97 million (Shs3.279 trillion). This marks a substantial 39.4% rise from April 2024, when
    exports were valued at USD 639.86 million (Shs2.353 trillion)": the bracketed conversion ties the earlier figure to
    no other, so it is still the figure the rise started from."""
    found = _verdicts(tmp_path, "Exports", "Uganda’ exports increased significantly in May 2024, according to the "
                      "Ministry of Finance, reaching USD 891.97 million (UGX 3.279 trillion).\n\nThis marks a substantial "
                      "39.4% rise from April 2024, when exports were valued at USD 639.86 million (UGX 2.353 trillion).",
                      "implied growth", published="2024-07-22")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_move_of_a_basis_then_in_what_names_its_measure(tmp_path):
    """"a year-on-year decrease of 7.7% in total revenue": the move is revenue's, not the net loss's the sentence
    before spoke of; "a year-on-year increase of 16.6 percent in the first three quarters" says when, not what."""
    article = write_article(tmp_path, "Pemex", "Pemex announced a net loss of 161.455 billion pesos in the third quarter "
                            "of 2024.\n\nIn the company's quarterly financial report, a year-on-year decrease of 7.7% in "
                            "total revenue was revealed.", published="2024-10-28")
    assert [c.metric for c in draft_register(article) if c.value == "7.7"] == ["total revenue was revealed"]
    found = _verdicts(tmp_path, "China's trade volume up 16.6 pct in Jan-Sept", "China’s foreign trade volume reached "
                      "20.29 trillion yuan with a year-on-year increase of 16.6 percent in the first three quarters of "
                      "this year.", "headline vs body", published="2017-10-14")
    assert [v for v, _ in found] == ["consistent"], found


@pytest.mark.parametrize("rate, verdicts", [("5.8", ["tension"]), ("4.2", ["consistent"])])
def test_a_months_rate_moves_from_the_level_of_the_month_before_told_before(tmp_path, rate, verdicts):
    """"Lithium hydroxide production in China fell by 1.6% MoM to 21,400 tonnes in October. Due to weak demand ...,
    production in November is likely to drop further by 5.8% MoM to 20,500 tonnes": the November rate moved from the
    October level of the sentence before (3.75-4.66 % by the levels: the 131st blind round's error, a tension since
    the draft inferred the pair)."""
    found = _verdicts(tmp_path, "Lithium", "Lithium hydroxide production in China fell by 1.6% MoM to 21,400 tonnes in "
                      "October. Due to weak demand for ternary precursors, production in November is likely to drop "
                      f"further by {rate}% MoM to 20,500 tonnes.", "implied growth",
                      published="2024-11-18")
    assert [v for v, _ in found] == verdicts, found


def test_an_average_rate_spans_its_level_and_the_one_told_just_before(tmp_path):
    """"In 2007, India imported 23,000 tonnes of olive oil. It is estimated that India will import 42,000 tonnes in 2012,
    implying a compounded annual growth rate of approximately 80 percent": 12.0-13.6 % a year over the five years (the
    131st blind round's error; a tension, the span inferred across sentences)."""
    found = _verdicts(tmp_path, "Olive oil", "In 2007, India imported 23,000 tonnes of olive oil. It is estimated that "
                      "India will import 42,000 tonnes in 2012, implying a compounded annual growth rate of "
                      "approximately 80 percent.", "average growth", published="2008-04-04")
    assert [v for v, _ in found] == ["tension"] and "over 5 years" in found[0][1], found


def test_a_months_rate_from_the_month_before_reaches_the_level_told_before(tmp_path):
    """"Exports ... were 4,307 tonnes ... The month-on-month increase was 46.2 per cent from November's 2,949.60
    tonnes": the rise reached December's level of the sentence before (46.0 % by the levels, a misprint the expert
    found; a tension, the pair inferred)."""
    found = _verdicts(tmp_path, "Rare earths", "Exports of the group of 17 minerals from the world's largest producer "
                      "were 4,307 tonnes in December, up from 4,087.60 tonnes in December 2021, the data showed. The "
                      "month-on-month increase was 46.2 per cent from November's 2,949.60 tonnes, a two-year low.",
                      "implied growth", published="2023-01-13")
    assert [v for v, why in found if "2,949.60" in why] == ["tension"], found


@pytest.mark.parametrize("rate, verdicts", [("2.1", ["inconsistent"]), ("21.5", ["consistent"])])
def test_a_level_that_rose_to_the_next_months_moved_from_the_month_before(tmp_path, rate, verdicts):
    """"A 16.3 oz. jar of peanut butter cost $3.31 in December but rose to $4.02 in January -- a 2.1% increase in just
    one month": January's level moved from December's, and the rate over one month is measured against it (21.1-21.8 %
    by the levels, a slip of the decimal point the expert found); the unit's abbreviation ends no sentence."""
    found = _verdicts(tmp_path, "Grocery prices", "The price of a 16.3 oz. jar of peanut butter cost $3.31 in December "
                      f"but rose to $4.02 in January -- a {rate}% increase in just one month.", "implied growth",
                      published="2024-02-12")
    assert [v for v, _ in found] == verdicts, found


def test_a_level_that_fell_to_the_next_months_shows_the_way_it_moved(tmp_path):
    """"crude oil output from Bonny was 799,294 in July before declining to 749,463 in August": a pair of months, the
    later reached from the earlier, with no rate of its own; "declining" is the way it moved, which holds."""
    found = _verdicts(tmp_path, "Crude output", "Similarly, crude oil output from Bonny was 799,294 in July before "
                      "declining to 749,463 in August.", "implied growth", published="2022-11-09")
    assert len(found) == 1 and "−6.23 %" in found[0][1] and '"falling" holds' in found[0][1], found


def test_a_later_statement_restates_the_sentences_other_figure_it_fits(tmp_path):
    """"44 containers of 573 metric tonnes ... to European countries, while 320 containers of 5914 metric tonnes ...
    to non-European countries", then "573 metric tonnes ... while 5,914 metric tonnes": a sentence giving two figures
    of one measure gives two segments, and each later figure restates the one it fits (the 133rd blind round's two
    false alarms)."""
    found = _verdicts(tmp_path, "Grapes", "NASHIK: A total of 44 containers of 573 metric tonnes of the grape have been "
                      "transported from Nashik district to European countries, while 320 containers of 5914 metric "
                      "tonnes of the grape have been transported to non-European countries.\n\nA total of 573 metric "
                      "tonnes of the grape have been exported to European countries, while 5,914 metric tonnes of the "
                      "grape have been exported to Russia, China, Canada, Germany, and Malaysia.", "headline vs body",
                      published="2021-01-23")
    assert found and _alarms(found) == [], found


def test_energy_in_billion_kilowatthours_is_no_count(tmp_path):
    """"demand in the forty other states decreased by 28 BkWh over the same period, a 3% decline": billions of
    kilowatthours as the US Energy Information Administration writes them, one word or its abbreviation, a change of
    energy and not of the count of states (the 133rd blind round's false alarm)."""
    article = write_article(tmp_path, "Power", "Sales of electricity to commercial customers in 2023 totaled 1,391 "
                            "billion kilowatthours. By contrast, demand in the forty other states decreased by 28 BkWh "
                            "over the same period, a 3% decline.", published="2024-06-28")
    assert {c.value: c.unit for c in draft_register(article) if c.value in ("1,391", "28")} == \
        {"1,391": "kWh", "28": "kWh"}
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_span_of_months_opening_the_sentence_is_last_years(tmp_path):
    """"Between January and November last year, packers and traders shipped ...": the months of the year before, the
    span a sentence opens with in capitals as in lower case (the 134th round's false date alarm)."""
    article = write_article(tmp_path, "Hides", "Between January and November last year, packers and traders shipped "
                            "USD19.6 million fresh hides to tanners overseas.", published="2017-02-02")
    assert _periods_of(article, "19.6") == {"19.6": "2016-01/2016-11"}
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("rate, verdicts", [("27.62", ["inconsistent"]), ("42.58", ["consistent"])])
def test_as_compared_without_its_preposition_names_the_figure_before(tmp_path, rate, verdicts):
    """"registered about 27.62 percent growth as about 852,117 metric tons of Basmati rice worth 724.511 million
    dollars exported as compared 597,639 metric tons valuing 581.814 million of same period of last year": "as
    compared" with its "to" left out, as Pakistani trade reports write it, names the year before's volume (+42.6 %:
    the 133rd blind round's error); the value told with it, its unit untold, is read as nothing else."""
    found = _verdicts(tmp_path, "Rice", "Meanwhile, exports of Basmati rice during the period under review also "
                      f"registered about {rate} percent growth as about 852,117 metric tons of Basmati rice worth 724.511 "
                      "million dollars exported as compared 597,639 metric tons valuing 581.814 million of same period "
                      "of last year.", "implied growth", published="2020-07-06")
    assert [v for v, _ in found] == verdicts, found


def test_a_growth_of_exports_told_with_volume_and_value_is_the_values(tmp_path):
    """"exports of basmati rice witnessed 32.83 percent growth and about 54,061 metric tons of basmati rice valuing US$
    53.384 million exported as compared the exports of 48,571 metric tons worth US$ 40.190 million": the rate is the
    value's (+32.83 %), not the volume's (+11.3 %)."""
    found = _verdicts(tmp_path, "Rice", "In last month, exports of basmati rice witnessed 32.83 percent growth and about "
                      "54,061 metric tons of basmati rice valuing US$ 53.384 million exported as compared the exports of "
                      "48,571 metric tons worth US$ 40.190 million of same month of last year.", "implied growth",
                      published="2018-06-01")
    assert [v for v, _ in found] == ["consistent"] and "32.83 %" in found[0][1], found


def test_a_share_of_a_total_told_in_the_headline_and_the_body_is_of_that_one_total(tmp_path):
    """"Cambodia Exports 281,538 Tons of Milled Rice" over "Cambodia exported 281,538 tons of milled rice ...":
    "13.936 tons of milled rice, or 12.78 percent of the total export volume" is a share of that one total, told
    twice (the 133rd blind round's error: 13,936 t would be 4.95 %)."""
    found = _verdicts(tmp_path, "Cambodia Exports 281,538 Tons of Milled Rice in First Semester",
                      "Cambodia exported 281,538 tons of milled rice in the first six months of 2019, up 3.7 percent "
                      "compared to the same period last year, official figure showed.\n\nThe source added that five "
                      "countries imported milled rice from Cambodia, and of them Malaysia was the biggest importer "
                      "bringing in 13.936 tons of milled rice, or 12.78 percent of the total export volume during the "
                      "mentioned period.", "share of a total", published="2019-07-08")
    assert _alarms(found) == ["tension"], found


def test_two_rates_that_reached_one_level_are_one_move_told_twice(tmp_path):
    """"• The Philippines’ trade gap widened by 2% to $5.74 billion in January" over "The Philippines’ trade deficit
    widened by 27.2% to $5.74 billion in January": a trade gap is its deficit, and two rates of two sentences that
    reached one level are one move, read against each other (the bullet dropped "7.": an error the expert found)."""
    found = _verdicts(tmp_path, "PH trade deficit widens 27.2% in January",
                      "• The Philippines’ trade gap widened by 2% to $5.74 billion in January, largely on account of a "
                      "13.5% drop in exports\n\nThe Philippines’ trade deficit widened by 27.2% to $5.74 billion in "
                      "January, largely on account of a double-digit dip in exports.", "headline vs body",
                      published="2023-03-14")
    assert "tension" in _alarms(found) and any('"2 %"' in why and "27.2 %" in why for _, why in found), found


@pytest.mark.parametrize("body", [
    "Sales rose 2.1% (4.2% y/y) to 16.72 million units during September.",
    "Retail e-commerce sales were $15.7 billion, an increase of 23.1 percent (±3.5%) from the second quarter of 2003."])
def test_rates_of_one_sentence_and_a_margin_of_error_are_no_restatement(tmp_path, body):
    """Two rates of one sentence that reach one level are two moves (month and year), and "(±3.5%)" is the estimate's
    margin of error, no rate at all."""
    article = write_article(tmp_path, "Sales", body, published="2004-08-20")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


@pytest.mark.parametrize("imports, verdicts", [("29.81", ["inconsistent"]), ("229.81", ["consistent"])])
def test_a_trade_total_is_its_exports_and_imports_told_together_however_far_apart(tmp_path, imports, verdicts):
    """"The import and export volume in Fujian province expanded 6.8 percent year-on-year to 635.74 billion yuan ...
    The exports grew 11.9 percent to 405.93 billion yuan while the imports saw a slide of 1.4 percent to 29.81 billion
    yuan": two sides told together make the total above them, however far apart (imports misprinted for 229.81: an
    error the expert found)."""
    found = _verdicts(tmp_path, "Fujian trade", "The import and export volume in Fujian province expanded 6.8 percent "
                      "year-on-year to 635.74 billion yuan in the first half of this year.\n\nThe exports grew 11.9 "
                      f"percent to 405.93 billion yuan while the imports saw a slide of 1.4 percent to {imports} billion "
                      "yuan.", "sum of parts", published="2019-07-18")
    assert [v for v, _ in found] == verdicts, found


def test_a_trade_total_below_one_of_its_sides_is_no_sum_of_them(tmp_path):
    """"May trade rose 2.9 percent to amount to 2.59 trillion yuan. Exports grew 7.7 percent, reaching 1.43 trillion
    yuan, while imports grew 1.8 percent to 5.6 trillion yuan" (the imports of five months): a total below one side
    is of other sides."""
    found = _verdicts(tmp_path, "Trade", "China's imports in the first five months grew 1.8 percent to 5.6 trillion "
                      "yuan. May trade rose 2.9 percent to amount to 2.59 trillion yuan. Exports grew 7.7 percent, "
                      "reaching 1.43 trillion yuan.", "sum of parts", published="2019-06-10")
    assert _alarms(found) == [], found


@pytest.mark.parametrize("change, verdicts", [("95", ["consistent"]), ("195", ["inconsistent"])])
def test_a_change_a_which_clause_tells_moved_the_level_before_it(tmp_path, change, verdicts):
    """"772 bankruptcies were filed in the period January-March 2020, which is 95 more (or 14% more) than in the
    corresponding period of 2019": the change, its rate told again in brackets, moved the level before "which"
    (677 the year before: 14.0 %)."""
    found = _verdicts(tmp_path, "Bankruptcies", "According to Statistics Finland's data, 772 bankruptcies were filed in "
                      f"the period January-March 2020, which is {change} more (or 14% more) than in the corresponding "
                      "period of 2019.", "change", published="2020-05-01")
    assert [v for v, _ in found] == verdicts, found


@pytest.mark.parametrize("body", [
    "Solar led renewable capacity growth, increasing by a record 71 GW in 2016, outpacing wind energy, which spurted "
    "by 51 GW.",
    "Total revenues and grants were J$635.33 billion, which is J$3.57 billion more than projected."])
def test_a_which_clause_of_another_antecedent_or_a_plan_moves_no_level(tmp_path, body):
    """"..., outpacing wind energy, which spurted by 51 GW": wind's move, not solar's level's; "which is J$3.57 billion
    more than projected": a gap to the plan, no move from the year before."""
    article = write_article(tmp_path, "Capacity", body, published="2023-03-04")
    assert not [c for c in _checks_of(article) if c.kind == "change"]


@pytest.mark.parametrize("construction, verdicts", [("919", ["tension"]), ("91", [])])
def test_a_list_of_counts_in_brackets_breaks_down_the_total_its_subject_names(tmp_path, construction, verdicts):
    """"772 bankruptcies were filed in the period January-March 2020 ... Bankruptcies increased in the main industries
    of construction (919), industry and mining (375), trade (455), ...": the list is of parts of that total, which
    they exceed 3.7 times (the 135th round's error; a tension, the tie inferred)."""
    found = _verdicts(tmp_path, "Bankruptcies", "According to Statistics Finland's data, 772 bankruptcies were filed in "
                      "the period January-March 2020.\n\nThe Finnish statistical office downplays the impact of the "
                      "coronavirus pandemic.\n\nBankruptcies increased in the main industries of construction "
                      f"({construction}), industry and mining (37), trade (45), accommodation and food services (23) "
                      "and other services (86).", "parts of a total", published="2020-05-01")
    assert _alarms(found) == verdicts and found, found


@pytest.mark.parametrize("revenue, verdicts", [("170,000", ["inconsistent"]), ("920,000", ["consistent"])])
def test_a_rate_greater_than_the_plan_is_the_gap_between_the_figure_and_the_plan(tmp_path, revenue, verdicts):
    """"The tax revenue was $170,000, more than 20% greater than the original projection of $750,000": a gap between
    the figure and the plan of its period (77 % below it as printed: the word "more" lost, an error the expert found),
    not a move from a year before; the next sentence's "7% less than the original projection" is of its own plan."""
    found = _verdicts(tmp_path, "Budget", "As of June 30, 2022, the district's income was $1.9 million. In June 2022, "
                      f"the tax revenue was ${revenue}, more than 20% greater than the original projection of $750,000. "
                      "Expenses were "
                      "about $100,000 or 7% less than the original projection.", "relative difference",
                      published="2023-08-23")
    assert [v for v, _ in found] == verdicts, found


@pytest.mark.parametrize("words, code", [("Namibian dollars", "NAD"), ("Australian dollars", "AUD"),
                                         ("Hong Kong dollars", "HKD"), ("New Taiwan dollars", "TWD"), ("dollars", "USD")])
def test_a_dollar_its_country_names_is_that_countrys(tmp_path, words, code):
    """"Debmarine's revenue fell by five per cent to 6.6 billion Namibian dollars ($440 million)": the Namibian dollar,
    whose amount the bracket converts, not a US dollar figure the bracket's could have moved from (the 136th blind
    round's false contradictions, "from 440 mn USD to 6.6 bn USD")."""
    article = write_article(tmp_path, "Revenue", f"Debmarine's revenue fell by five per cent to 6.6 billion {words} "
                            "in 2020, the company said.", published="2021-03-09")
    rows = [r for r in draft_rows(article) if r["value"] == "6.6"]
    assert [r["unit"] for r in rows] == [code], rows
    found = _verdicts(tmp_path, "Revenue", "Debmarine's revenue fell by five per cent to 6.6 billion Namibian dollars "
                      "($440 million) while royalties decreased by six per cent to 2.1 billion Namibian dollars "
                      "($141 million), the company said.", "implied growth", published="2021-03-09")
    assert not _alarms(found), found


@pytest.mark.parametrize("profit, verdicts", [("£4m", ["consistent"]), ("£6m", ["inconsistent"])])
def test_a_from_figure_after_another_amount_and_its_period_words_is_that_amounts(tmp_path, profit, verdicts):
    """"Revenues climbed £15m to £210m, delivering a profit of £4m for the year, down from £5.3m last year": the
    profit's figure before, not revenue's (the 136th blind round's false contradictions, "from 5.3 mn GBP to 210 mn
    GBP"); a profit said to be down from less than it is wrong."""
    found = _verdicts(tmp_path, "Ferries", f"Revenues climbed £15m to £210m in 2017/18, delivering a profit of {profit} "
                      "for the year, down from £5.3m last year.", "implied growth", published="2018-12-27")
    assert [v for v, _ in found] == verdicts, found


def test_a_fractions_part_in_brackets_after_its_whole(tmp_path):
    """"Nearly half of the 3.9 million guests (approximately 1.3 million) will buy a gift": the share of the whole named
    after it, whose part the bracket gives (a fraction's words hold their "of"; the 137th round)."""
    article = write_article(tmp_path, "Weddings", "An estimated 3.9 million guests will attend weddings.\n\nNearly half "
                            "of the 3.9 million guests (approximately 1.3 million) will buy a gift.", published="2018-08-17")
    found = [c for c in _checks_of(article) if c.kind == "share of a total"]
    assert len(found) == 1 and "1.3 mn of 3.9 mn" in found[0].explanation, found


@pytest.mark.parametrize("part, verdict", [("1.3", "tension"), ("1.7", "consistent"), ("2.1", "tension")])
def test_nearly_a_fraction_nearer_the_next_one_is_a_tension(tmp_path, part, verdict):
    """"Nearly half of the 3.9 million guests (approximately 1.3 million)": a third, within what "nearly half" allows
    (down to a third) but nearer a third than a half, is a tension (the 137th round's error); 44 % is nearly half;
    54 % is no share "nearly half" can be (a contradiction, the tie to the bracket confirmed by the reviewer)."""
    article = write_article(tmp_path, "Weddings", "An estimated 3.9 million guests will attend weddings.\n\nNearly half "
                            f"of the 3.9 million guests (approximately {part} million) will buy a gift.",
                            published="2018-08-17")
    found = [c for c in _checks_of(article) if c.kind == "share of a total"]
    assert [c.verdict for c in found] == [verdict], found
    assert "half %" not in found[0].explanation and ("inconsistent, " in found[0].explanation) == (part == "2.1"), found


@pytest.mark.parametrize("total, verdict", [("$828.6 million", "consistent"), ("$828.6", "tension"),
                                            ("$52.6 million", "tension")])
def test_a_running_total_the_sentence_before_took_to_holds_what_it_told(tmp_path, total, verdict):
    """"... the value of the wool sold at $69.3 million ($2,445 per bale). It took the season total to $828.6": the
    week's sales are part of the season's running total, which, printed a thousand times smaller, has lost its "million"
    (the 136th round's error, a tension to confirm); one smaller than the week's alone is a slip too, the tie inferred."""
    found = _verdicts(tmp_path, "Wool", "Those who sold wool did very well, with the value of the wool sold at $69.3 "
                      f"million ($2,445 per bale). It took the season total to {total} ($2,330 per bale).",
                      "part of whole", published="2018-09-28")
    assert [v for v, _ in found] == [verdict], found


def test_rates_listed_before_their_move_noun_are_moves(tmp_path):
    """"For platelets, 2.2 million of 2.6 million units collected were transfused, representing 3.6% and 2.1% increases,
    respectively since 2021": both rates are moves, the first no share of the 2.6 million (the 138th blind round's
    false contradiction, "2.2 mn of 2.6 mn is 81.1-88.2 %; the article says 3.6 %")."""
    article = write_article(tmp_path, "Blood", "For platelets, 2.2 million of 2.6 million units collected were "
                            "transfused, representing 3.6% and 2.1% increases, respectively since 2021.",
                            published="2025-03-26")
    assert [r["kind"] for r in draft_rows(article) if r["unit"] == "percent"] == ["growth", "growth"]
    assert not [c for c in _checks_of(article) if c.verdict == "inconsistent"]


@pytest.mark.parametrize("rate, verdict", [("4.4", "tension"), ("4.3", "inconsistent"), ("4.6", "consistent")])
def test_a_rate_a_sliver_off_its_levels_is_a_tension(tmp_path, rate, verdict):
    """"Total expenditure on libraries in 2012-13 was £1.048bn, down 4.4% from £1.098bn": 4.46-4.64 %, missed by 0.015
    points, less than a fifth of the rate's last digit (the 139th round's false contradiction; the expert's tension);
    4.3 % misses by more."""
    found = _verdicts(tmp_path, "Libraries", f"Total expenditure on libraries in 2012-13 was £1.048bn, down {rate}% from "
                      "£1.098bn.", "implied growth", published="2013-12-10")
    assert [v for v, _ in found] == [verdict], found


@pytest.mark.parametrize("base, verdicts", [("8.16", ["inconsistent"]), ("8.05", ["consistent"])])
def test_what_a_quantity_was_worth_moved_from_the_same_period_last_year(tmp_path, base, verdicts):
    """"Pakistan exported 6137.044 tons of Sesame seeds ... in January-March 2024, worth $10.37 million an increase of
    28.81% while last year in the same period it was $8.16 million": the worth is a level (its move told after it, the
    comma left out), of the sesame's measure, and "last year in the same period" is the first quarter of 2023; 26.9-27.2
    % is no 28.81 % (the 136th round's error)."""
    found = _verdicts(tmp_path, "Sesame", "Pakistan exported 6137.044 tons of Sesame seeds in "
                      f"January-March 2024, worth $10.37 million an increase of 28.81% while last year in the same "
                      f"period it was ${base} million.", "implied growth", published="2024-05-06")
    assert [v for v, _ in found] == verdicts, found
    assert "2023Q1" in found[0][1], found


def test_the_same_month_named_in_brackets_last_year_is_a_year_back(tmp_path):
    """"2,231 granted visas ... last month alone. The figure represents an increase of 54.5 percent compared with the
    same month (November) last year": the month in brackets names the same month, a year back; no November of the
    article's year for the date check to find a year off (the 140th blind round's false contradiction)."""
    article = write_article(tmp_path, "Visas", "Nepalese students were granted 2,231 visas last month alone.\n\nThe figure "
                            "represents an increase of 54.5 percent compared with the same month (November) last year "
                            "when only 1,444 students were granted visas.", published="2018-12-30")
    assert not [c for c in _checks_of(article) if c.kind == "date" and c.verdict != "consistent"]


@pytest.mark.parametrize("part, verdict", [("251", "inconsistent"), ("151", "consistent")])
def test_a_share_told_again_as_a_count_out_of_a_whole(tmp_path, part, verdict):
    """"The total number of licensed drivers increased in 52% of licensing authorities or 251 out of 293": the share
    of authorities told again as a count out of all of them (251 is 85.7 %: the 142nd blind round's error), whatever
    the verb before it."""
    found = _verdicts(tmp_path, "Taxis", "The total number of licensed drivers increased in 52% of licensing "
                      f"authorities or {part} out of 293.", "share of a total", published="2019-09-27")
    assert [v for v, _ in found] == [verdict], found


@pytest.mark.parametrize("rate, verdict", [("12.5", "tension"), ("12.0", "inconsistent"), ("14", "consistent")])
def test_a_rate_a_sliver_off_what_rounded_levels_allow_is_a_tension(tmp_path, rate, verdict):
    """"Kenya sold 7.2 million kilogrammes up from 6.3 million sold last year, representing a 12.5 per cent increase":
    the levels' rounding allows 12.6-16.0 %; 12.5 % misses by a fiftieth of that span, a rate from the unrounded
    figures (a tension, the expert's consistent); 12.0 % misses by more."""
    found = _verdicts(tmp_path, "Tea", "Out of the total tea exported, Kenya sold 7.2 million kilogrammes up from 6.3 "
                      f"million sold last year, representing a {rate} per cent increase in sales.", "implied growth",
                      published="2015-12-11")
    assert [v for v, _ in found] == [verdict], found


@pytest.mark.parametrize("after, verdicts", [(", followed by universities with 26.5 percent", []),
                                             (" of the total", ["inconsistent"])])
def test_a_majority_that_heads_a_ranking_is_the_largest_share(tmp_path, after, verdicts):
    """"The majority of contracts was awarded by state-owned companies with 44 percent, followed by universities ...
    with 26.5 percent": the first of a ranking, "majority" said loosely for the largest share (a held-out false
    contradiction); with no ranking after it, 44 % is no majority."""
    found = _verdicts(tmp_path, "Contracts", f"The majority of contracts was awarded by state-owned companies with 44 "
                      f"percent{after}.", "majority", published="2021-12-09")
    assert [v for v, _ in found] == verdicts, found


@pytest.mark.parametrize("body", [
    # a rate of vacancies in the rental stock, no move of the count beside it
    "Melbourne\n\n16,007 vacancies representing a 4.4% rental vacancy rate compared with 12,937 vacancies a year "
    "earlier in December 2010.",
    # the figures set against it are of the periods before, however many
    "Same-store sales in China, which has been Starbucks' biggest growth driver, declined by 2 percent in the fiscal "
    "third quarter, versus growth of 4 percent and 6 percent in the prior two periods.",
    # "the last year": the twelve months to the report, no calendar year
    "Allegra predicts the market will be worth over £15bn by 2020.\n\nSales at the UK's 20,700 coffee shops grew 10 "
    "per cent in the last year to £7.9bn.",
    # a bracket that glosses a cause's name holds none of the figures after it
    "There were 2,818 deaths due to circulatory diseases (which include heart disease and stroke), 1,906 deaths due to "
    "cancer, and 1,247 deaths due to respiratory diseases.",
    # each from-figure its own to-figure's, the first told in the clause before
    "A tone of dry chip of cassava cost 200 U.S. dollars and fresh cassava cost 80 U.S. dollars now, rose from about "
    "167 U.S. dollars and 60 U.S. dollars respectively at this time last year, said the broker.",
])
def test_the_144th_blind_rounds_false_contradictions(tmp_path, body):
    """Five articles of the 144th blind round drew nine false contradictions; each sentence's figures hold."""
    article = write_article(tmp_path, "Report", body, published="2015-12-14")
    assert not [c for c in _checks_of(article) if c.verdict == "inconsistent"]


@pytest.mark.parametrize("words, kind", [("an 11 percent month-on-month (MoM) rise", "growth"),
                                         ("a 6.7% and US$6.5 billion increase", "growth"),
                                         ("a 104.44% performance and a revenue growth of 9%", "share")])
def test_a_rate_a_share_verb_introduces_is_a_move_when_its_noun_follows(tmp_path, words, kind):
    """"This represents an 11 percent month-on-month (MoM) rise": a move, its noun a few words on; "represents a
    104.44% performance" is a share of the plan."""
    article = write_article(tmp_path, "Report", f"Generation reached 14,880 GWh. This represents {words}.",
                            published="2024-08-20")
    value = re.search(r"[\d.]+(?=\s?(?:%| percent))", words).group(0)
    assert [r["kind"] for r in draft_rows(article) if r["value"] == value] == [kind]


def test_shares_in_brackets_of_a_from_to_pair_with_footnote_marks(tmp_path):
    """"The number of adult cigarette smokers [1] in England has dropped by around 1.8m from 7.7m [2] (19.8%) in 2011
    [3] to 5.9m (14.4%) in 2018": each bracket is its count's share of adults, footnote marks and years between, no rate
    of the fall (the 145th round's false contradictions)."""
    article = write_article(tmp_path, "Smokers", "The number of adult cigarette smokers [1] in England has dropped by "
                            "around 1.8m from 7.7m [2] (19.8%) in 2011 [3] to 5.9m (14.4%) in 2018, new official figures "
                            "show.", published="2019-07-02")
    assert [r["kind"] for r in draft_rows(article) if r["unit"] == "percent"] == ["share", "share"]
    assert not [c for c in _checks_of(article) if c.verdict == "inconsistent"]


@pytest.mark.parametrize("later, verdicts", [("13,489", ["tension"]), ("13,840", ["consistent"])])
def test_two_figures_set_against_one_target_are_one_figure(tmp_path, later, verdicts):
    """"... reaching €13.84 billion against a target for a primary surplus of €4,667 million" and later "a surplus of
    €13,489 million, against a target for a primary surplus of €4,667 million": one period's figure set twice against
    one target is one figure told twice, 13.84 for 13.48 (a development error; the tie inferred, a tension)."""
    found = _verdicts(tmp_path, "Surplus", "In January-October 2024 the performance of the primary surplus on a cash "
                      "basis is impressive, reaching €13.84 billion against a target for a primary surplus of €4,667 "
                      "million.\n\nIn January-October 2024 the primary balance on a modified cash basis was a surplus of "
                      f"€{later} million, against a target for a primary surplus of €4,667 million.", "headline vs body",
                      published="2024-11-15")
    assert [v for v, why in found if "4,667" not in why] == verdicts, found


@pytest.mark.parametrize("existing, verdicts", [("1,250", ["tension"]), ("1,200", ["consistent"])])
def test_a_sentence_that_divides_what_the_one_before_counted(tmp_path, existing, verdicts):
    """"The total of 2,072 projects represents a 9% year on year drop ... The projects are divided into those
    administered by existing investors, 1,250, and those by new investors, 872": all of the total, of its period, so
    1,250 + 872 = 2,122 is 50 too many (a development error; the tie across sentences inferred, a tension), and no
    earlier year's projects for the 9 % to be read against."""
    found = _verdicts(tmp_path, "Investment", "The figures cover 2017-18.\n\nThe total of 2,072 projects in 2017-18 "
                      f"represents a 9% year on year drop.\n\nThe projects are divided into those administered by "
                      f"existing investors, {existing}, and those by new investors, 872.", "sum of parts",
                      published="2018-06-26")
    assert [v for v, _ in found] == verdicts, found


@pytest.mark.parametrize("rate, verdicts", [("38.92", ["tension"]), ("38.76", ["consistent"])])
def test_a_rate_after_a_sentence_of_two_years_side_by_side(tmp_path, rate, verdicts):
    """"The total number of international aircrafts recorded was 55,961 in 2018 as against 40,328 aircrafts in 2017.
    This represents 38.92% growth rate": the sentence before set one measure's two years side by side with no word of
    a move, and "this" gives their move (55,961 / 40,328 is 38.76 %: a development error; the tie inferred, a
    tension)."""
    found = _verdicts(tmp_path, "Traffic", "The total number of international aircrafts recorded was 55,961 in 2018 "
                      f"as against 40,328 aircrafts in 2017. This represents {rate}% growth rate.", "implied growth",
                      published="2019-04-11")
    assert [v for v, _ in found] == verdicts, found


def test_a_change_the_wrong_way_is_read_the_other_way_before_cut_off(tmp_path):
    """"exports amounted to NPR 13.52 billion, while during the same period of the previous year, exports were valued
    at NPR 12.22 billion. This represents a decrease in exports by NPR 1.3 billion": the size holds and the way is
    wrong, which the brief says, not that the 1.3 is cut off."""
    found = _verdicts(tmp_path, "Trade", "In the first month of the fiscal year, exports amounted to NPR 13.52 "
                      "billion, while during the same period of the previous year, exports were valued at NPR 12.22 "
                      "billion. This represents a decrease in exports by NPR 1.3 billion.", "change",
                      published="2024-08-23")
    assert [v for v, _ in found] == ["tension"] and "other way" in found[0][1] and "cut off" not in found[0][1]


def test_a_headline_forecast_is_not_last_years_figure(tmp_path):
    """"South African avocado exports expected to reach 22 million cartons" over "exports reached about 19 million
    cartons last year": the season foreseen, not the year before (a blind round's false contradiction)."""
    found = _verdicts(tmp_path, "South African avocado exports expected to reach 22 million cartons",
                      "The increase is linked to new plantations.\n\nAccording to the industry body, exports reached "
                      "about 19 million cartons last year.", "headline vs body", published="2026-03-10")
    assert not _alarms(found), found


def test_a_mark_passed_is_passed_by_the_latest_dated_figure(tmp_path):
    """"total stocks have crossed the 23-mt level" over "stood at 22.998 mt on August 15 and at 23.267 mt on August
    20": the mark is passed by the latest figure, not the first the body gives (a blind round's false
    contradiction)."""
    found = _verdicts(tmp_path, "Coal stocks at power plants cross 23-mt level", "Low demand led to an increase in "
                      "coal stocks at power plants, as a result of which total stocks have crossed the 23-mt level.\n\n"
                      "The total coal stocks with power plants stood at 22.998 mt on August 15 and at 23.267 mt on "
                      "August 20.", "headline vs body", published="2013-08-30")
    assert "inconsistent" not in [v for v, _ in found] and any("23.267" in why for _, why in found), found


def test_last_year_when_the_number_was_is_the_year_before(tmp_path):
    """"a dramatic increase from last year when the number was just over 8 million": the figure of the year before
    the story's, not of the year the sentence opens on."""
    article = write_article(tmp_path, "Rides", "The number of rides this year also mark a dramatic increase from last "
                            "year when the number was just over 8 million.", published="2015-12-31")
    assert {c.period for c in draft_register(article) if c.value == "8"} == {"2014"}


def test_a_share_of_the_total_is_not_of_the_amount_after_while(tmp_path):
    """"Long term insurance business premiums amounted to KES 38.97 billion accounting for 38.4% of the total industry
    premium while general business premiums amounted to KES 62.52 billion (61.6 %)": the amount after "while" is
    another part, no whole of the share (a development false contradiction)."""
    found = _verdicts(tmp_path, "Insurance", "Long term insurance business premiums amounted to KES 38.97 billion "
                      "accounting for 38.4% of the total industry premium while general business premiums amounted to "
                      "KES 62.52 billion (61.6 %).", "share of a total", published="2023-07-20")
    assert "inconsistent" not in [v for v, _ in found], found


@pytest.mark.parametrize("share, verdicts", [("19.03", ["tension"]), ("19.67", ["consistent"])])
def test_this_represents_a_share_of_the_part_out_of_its_whole(tmp_path, share, verdicts):
    """"Only 173,345 out of the 881,416 candidates ... have qualified. This represents 19.03 per cent of the total
    candidature": the share of the part the sentence before gave out of its whole (173,345 / 881,416 is 19.67 %: a
    development error; the tie across sentences inferred, a tension)."""
    found = _verdicts(tmp_path, "Results", "Only 173,345 out of the 881,416 candidates who sat the 2022 examinations "
                      f"have qualified to join universities.\n\nThis represents {share} per cent of the total "
                      "candidature.", "share of a total", published="2023-01-20")
    assert [v for v, _ in found] == verdicts, found


def test_parts_counted_one_night_leave_the_night_out(tmp_path):
    """"597 people were homeless one night in 2022, including 327 unsheltered, 241 in shelters and 29 in
    transitional housing": the night is when they were counted, no part (a blind round's false contradiction)."""
    found = _verdicts(tmp_path, "Count", "Clackamas County found 597 people were homeless one night in 2022, "
                      "including 327 unsheltered, 241 in shelters and 29 in transitional housing.", "parts of a total",
                      published="2023-01-25")
    assert [v for v, _ in found] == ["consistent"], found


def test_a_headline_figure_tenfold_off_the_bodys_same_digits(tmp_path):
    """"8.2Gt CO2e traded in 2009" over "The global carbon market in 2009 saw 82 billion metric tonnes": the same
    digits tenfold apart are one figure with its point slipped, not the EU's 5.6 billion tonnes the body gives later
    (a blind round's error)."""
    found = _verdicts(tmp_path, "8.2Gt CO2e traded in 2009", "The global carbon market in 2009 saw 82 billion metric "
                      "tonnes of carbon dioxide equivalent exchange hands.\n\nThe EU emissions trading scheme traded "
                      "5.6 billion tonnes in 2009.", "headline vs body", published="2010-01-06")
    assert [(v, "82 bn" in why) for v, why in found] == [("inconsistent", True)], found


def test_a_multiple_in_a_which_aside_is_its_nouns(tmp_path):
    """"Because of the large price increases caused by crude oil prices, which had more than doubled during the past
    year, major petroleum product sales had dropped by 1.9 percent to 5.144 billion litres ..., compared with 5.244
    billion litres": the prices doubled, not the sales (a development false contradiction)."""
    found = _verdicts(tmp_path, "Fuel", "Because of the large price increases caused by crude oil prices, which had "
                      "more than doubled during the past year, major petroleum product sales had dropped by 1.9 percent "
                      "to 5.144 billion litres in the second quarter, compared with 5.244 billion litres recorded the "
                      "previous year.", "multiple", published="2000-08-08")
    assert not _alarms(found), found


def test_a_rate_tied_to_a_part_against_a_whole_named_alike_is_a_tension(tmp_path):
    """"catch value decreased by 11 per cent to 136 billion kronor last year" and, a year on, "herring catch dropped by
    10 per cent to 9.5 billion kronor": levels tied only by a measure's name and fourteenfold apart are likelier a
    whole and a part than a 93 % fall (a development false contradiction)."""
    found = _verdicts(tmp_path, "Catch", "Iceland’s catch value decreased by 11 per cent to 136 billion kronor last "
                      "year.\n\nThe value of pelagic catch declined by 26.5 per cent in comparison with 2014, while "
                      "capelin fell by 76.8 per cent to 3.8 billion kronor and herring catch dropped by 10 per cent to "
                      "9.5 billion kronor.", "implied growth", published="2015-04-01")
    assert "inconsistent" not in [v for v, _ in found], found


def test_two_pairs_in_turn_each_with_its_own_verb_and_year(tmp_path):
    """"While the number of strikes rose from 24 to 25, the number of workers involved went from 168,950 in 2012 to
    21,730 in 2013": two pairs told in turn, the second's year before its "to" and its verb its own; no rise of
    workers from 168,950 to 25 (a blind round's false contradiction)."""
    found = _verdicts(tmp_path, "Strikes", "While the number of strikes rose from 24 to 25, the number of workers "
                      "involved went from 168,950 in 2012 to 21,730 in 2013.", "implied growth", published="2014-03-17")
    assert not _alarms(found), found


def test_more_than_a_number_in_words_bounds_that_number(tmp_path):
    """"Strikes lasting two or three days accounted for 16 percent of the remainder, while strikes lasting more than
    three days made up 12 percent": "more than three days" says nothing of 12 % against 16 % (a blind round's false
    contradiction)."""
    found = _verdicts(tmp_path, "Strikes", "Strikes lasting two or three days accounted for 16 percent of the "
                      "remainder, while strikes lasting more than three days made up 12 percent.", "comparison",
                      published="2014-03-17")
    assert not _alarms(found), found


def test_a_courts_cases_resolved_are_no_running_tally_of_new_cases(tmp_path):
    """"A total of 509,664 cases were resolved out of the 516,121 new cases recorded": a court's cases resolved, not
    a tally the day's new cases fall within (a development false contradiction)."""
    found = _verdicts(tmp_path, "Courts", "The Judiciary launched its report on Friday. A total of 509,664 cases were "
                      "resolved out of the 516,121 new cases recorded.", "part of whole", published="2024-11-15")
    assert not _alarms(found), found


def test_a_part_over_a_whole_that_lost_its_scale_is_a_tension(tmp_path):
    """"earnings of $405.6 million ... Sales for the quarter were $3.8 million, up 9% from $3.5 billion": the sales a
    thousandth of their own figure before have lost their "billion"; profit over them is that slip again, which the
    growth check names, not a second contradiction (a development false alarm)."""
    found = _verdicts(tmp_path, "General Mills", "For the quarter ended Aug. 28, the company had earnings of $405.6 "
                      "million, equal to 63¢ per share. Sales for the quarter were $3.8 million, up 9% from $3.5 billion "
                      "during the same quarter of the previous year.", "part of whole", published="2011-09-21")
    assert [v for v, _ in found] == ["tension"] and "scale" in found[0][1], found


def test_a_ranking_followed_by_others_holds_no_parts(tmp_path):
    """"NOS is the company that most invested in the auction with a total of €165,09 million followed by Vodafone with
    €133.3 million and MEO with €125.2 million": the next in a ranking, no parts of the leader's total (a blind round's
    false contradiction)."""
    found = _verdicts(tmp_path, "Auction", "According to ANACOM, NOS is the company that most invested in the auction "
                      "with a total of €165,09 million followed by Vodafone with €133.3 million and MEO with €125.2 "
                      "million.", "parts of a total", published="2021-11-03")
    assert not _alarms(found), found


@pytest.mark.parametrize("rate, verdicts", [("9", ["tension", "consistent"]), ("3", ["consistent", "consistent"])])
def test_rates_with_bases_in_brackets_of_named_years_after_this_represents(tmp_path, rate, verdicts):
    """"there were 295,000 hospital admissions ... This represents a slight fall of 9% on 2011/12 (a record high
    304,000), but the figure is 24% higher than in 2008/09 (237,820)": each bracket is the level of the year it
    names, the level before the sentence before's (304,000 to 295,000 is a 3 % fall: a development error; the tie
    across sentences inferred, a tension)."""
    found = _verdicts(tmp_path, "Admissions", "Hospital Episode Statistics for 2012/13 published today show that there "
                      f"were 295,000 hospital admissions wholly attributable to alcohol in England. This represents a "
                      f"slight fall of {rate}% on 2011/12 (a record high 304,000), but the figure is 24% higher than in "
                      "2008/09 (237,820).", "implied growth", published="2013-11-05")
    assert [v for v, _ in found] == verdicts, found


def test_the_minutes_of_a_span_of_hours_and_minutes_are_no_figure(tmp_path):
    """"One vehicle stolen every 75 minutes" over "A vehicle is stolen in Malaysia every one hour 15 minutes": the 15
    is part of one span, 75 minutes, not a figure to set against the headline's (a blind round's false
    contradiction)."""
    found = _verdicts(tmp_path, "One vehicle stolen every 75 minutes in Malaysia, study shows", "A vehicle is stolen "
                      "in Malaysia every one hour 15 minutes, according to the council.", "headline vs body",
                      published="2021-04-08")
    assert not _alarms(found), found


@pytest.mark.parametrize("body, alarms", [
    ("London nevertheless still lost to the Big Apple when it came to total rides this year, clocking in 9.9 million "
     "rides.", []),
    ("Riders nevertheless clocked 9.9 million rides this year.", ["inconsistent"])])
def test_a_body_figure_of_a_name_the_headline_does_not_give(tmp_path, body, alarms):
    """"Citi Bikers Took More Than 10 Million Rides in 2015" over "London nevertheless still lost to the Big Apple when
    it came to total rides clocking in 9.9 million rides", after "even beat out cities like London": a sentence that
    opens on another name gives that one's figure, not the headline's restated (a blind round's false
    contradiction); with no other name it is the headline's, and 9.9 million is not more than 10."""
    found = _verdicts(tmp_path, "Citi Bikers Took More Than 10 Million Rides in 2015", "Citi Bike broke records for "
                      f"the highest annual rides in the country, and even beat out cities like London.\n\n{body}",
                      "headline vs body", published="2015-12-31")
    assert _alarms(found) == alarms, found


def test_a_level_smaller_than_its_change_that_fits_a_thousand_times_larger(tmp_path):
    """"the deficit shrank by $36 billion, or 3%, to $1.065 billion": $1.065 trillion fits the change and the rate;
    the level's scale word slipped, no move is wrong (a development false contradiction)."""
    found = _verdicts(tmp_path, "Deficit", "For the first six months of the fiscal year, the deficit shrank by $36 "
                      "billion, or 3%, to $1.065 billion.", "change", published="2024-04-10")
    assert [v for v, _ in found] == ["tension"] and "thousand times larger" in found[0][1], found


def test_a_whole_named_after_another_share_is_that_shares(tmp_path):
    """"raked in ₦22.59 trillion, representing 120 percent of its revenue goal and 90 percent of its annual target of
    ₦25.2 trillion": the ₦25.2 trillion is the 90 percent's whole, not the 120 percent's (a development false
    contradiction); 22.59 of 25.2 is 90 %."""
    found = _verdicts(tmp_path, "Revenue", "Between January and September 2025 alone, the agency raked in ₦22.59 "
                      "trillion, representing 120 percent of its revenue goal and 90 percent of its annual target of "
                      "₦25.2 trillion.", "share of a total", published="2025-10-27")
    assert [v for v, _ in found] == ["consistent"] and "90 %" in found[0][1], found


def test_a_headline_a_power_of_ten_off_the_body_says_where_the_slip_is(tmp_path):
    """"8.2Gt CO2e traded in 2009" over "82 billion metric tonnes": the contradiction says the two are one figure a
    power of ten apart, its point or scale slipped, which tells a reviewer where to look."""
    found = _verdicts(tmp_path, "8.2Gt CO2e traded in 2009", "The global carbon market in 2009 saw 82 billion metric "
                      "tonnes of carbon dioxide equivalent exchange hands.", "headline vs body", published="2010-01-06")
    assert [v for v, _ in found] == ["inconsistent"] and "power of ten apart" in found[0][1], found


def test_conversions_of_two_statements_of_one_figure_carry_its_rounding(tmp_path):
    """"THE US$2 billion (K5.1 billion) reserves" and "the current US$2.1 billion (K5.58 billion)": the kina figures
    convert a round figure and its precise statement at one rate, so their gap is a tension, not a contradiction;
    converting "US$2.05 billion", at a rate the other does not fit, the rates are what contradict."""
    body = ("THE US${} billion (K5.1 billion) reserves is sufficient for the country, Bank of Papua New Guinea says.\n"
            "Governor Loi Bakani said the current US$2.1 billion (K5.58 billion) was enough to support the country.")
    found = _verdicts(tmp_path, "Reserves sufficient", body.format("2"), "headline vs body", published="2015-06-19")
    assert [v for v, e in found if "5.58" in e] == ["tension"]
    found = _verdicts(tmp_path, "Reserves sufficient", body.format("2.05"), "conversion rate", published="2015-06-19")
    assert [v for v, _ in found] == ["inconsistent"]


def test_a_move_s_size_before_higher_than_compares_with_no_later_figure(tmp_path):
    """"Additions ... are also 109k (c.12.4 %) higher than in the same period in 2022 and 166.3k (c.20.3%) higher
    than the same period in 2019": two moves' sizes, each from its own year; 109k is no figure "above" 166.3k."""
    body = ("Additions to waiting lists are also 109k (c.12.4 %) higher than in the same period in 2022 and 166.3k "
            "(c.20.3%) higher than the same period in 2019 (which was pre-pandemic).")
    article = write_article(tmp_path, "Waiting lists", body, published="2023-09-15")
    assert {r["value"]: r["kind"] for r in draft_rows(article) if r["value"] in ("109", "166.3")} == {
        "109": "change", "166.3": "change"}
    assert _verdicts(tmp_path, "Waiting lists", body, "comparison", published="2023-09-15") == []


def test_a_rate_that_opens_on_that_moves_the_level_before_from_its_own_figure(tmp_path):
    """"... with $931.6 million coming in. That was up 16 percent from the old record haul of $803.1 million set in
    October": the rate is the move from $803.1 million to the $931.6 million of the sentence before; a rate that
    does not fit the two (26 percent) is flagged."""
    body = ("The sports betting handle taken in during the month of November in New Jersey was reported earlier this "
            "week with $931.6 million coming in. That was up {} percent from the old record haul of $803.1 million set "
            "in October, and up 65.7 percent from November 2019.")
    assert _verdicts(tmp_path, "Betting record", body.format("16"), "implied growth", published="2020-12-15")[0][0] \
        == "consistent"
    assert _alarms(_verdicts(tmp_path, "Betting record", body.format("26"), "implied growth", published="2020-12-15"))


def test_a_gap_told_twice_before_more_than_is_a_move_not_a_level(tmp_path):
    """"stocks were 494 Bcf, or 16.3%, more than the year-ago level of 3.025 Tcf and 14 Bcf, or 0.4%, more than the
    five-year average of 3.505 Tcf": the Bcf are gaps, not stocks, so no check sets 494 Bcf against 3.025 Tcf."""
    body = ("Storage inventories increased to 3.519 Tcf for the week ended October 11. As a result, stocks were 494 "
            "Bcf, or 16.3%, more than the year-ago level of 3.025 Tcf and 14 Bcf, or 0.4%, more than the five-year "
            "average of 3.505 Tcf.")
    article = write_article(tmp_path, "Gas storage", body, published="2019-10-17")
    assert {r["value"]: r["kind"] for r in draft_rows(article) if r["value"] in ("494", "14")} == {
        "494": "change", "14": "change"}
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.explanation for c in checks if c.verdict == "inconsistent"] == []
    # ... but what a move rose to is its level, however much more than before it is
    article = write_article(tmp_path, "Tea", "Earnings for the first half rose to Rs. 164.2 billion or 28 per cent more "
                            "than the figure of Rs. 127 billion achieved in the same period last year.",
                            published="2022-07-14")
    assert [r["kind"] for r in draft_rows(article) if r["value"] == "164.2"] == ["level"]


def test_a_rice_grade_named_by_its_broken_share_is_no_rate(tmp_path):
    """"The price of 100% grade-B white rice dropped to $469 a tonne from $476" and "5% broken rice": grades, no
    rates of the prices (which the 1.5% fall of the sentence before fits)."""
    body = ("Thai rice prices fell 1.5% to the lowest level in two years, the association said. The price of 100% "
            "grade-B white rice dropped to $469 a tonne from $476 a tonne on June 2, while 5% broken rice was quoted at "
            "$450.")
    article = write_article(tmp_path, "Rice prices", body, published="2010-06-11")
    rows = draft_rows(article)
    assert {r["value"] for r in rows if r["kind"] == "dismissed"} >= {"100", "5"}
    assert _alarms(_verdicts(tmp_path, "Rice prices", body, "implied growth", published="2010-06-11")) == []


def test_months_up_to_a_month_are_a_span_and_the_period_a_move_is_measured_against(tmp_path):
    """"5.6 million children were seen in the 12 months up to June 2024" in an article of August 2022: a span that had
    not ended (the source's "June 2022" misprinted); "compared to the 12 months up to June 2021 when 3.9 million were
    seen" is the figure moved from, and the span's 12 no count of children."""
    body = ("The report also shows that 5.6 million children were seen in the 12 months up to June {}. This is an "
            "increase of 42.1 per cent compared to the 12 months up to June 2021 when 3.9 million were seen.")
    article = write_article(tmp_path, "Dentists", body.format(2024), published="2022-08-25")
    assert "12" not in {r["value"] for r in draft_rows(article) if r["kind"] not in ("date", "dismissed")}
    assert [v for v, e in _verdicts(tmp_path, "Dentists", body.format(2024), "date", published="2022-08-25")
            if "June 2024" in e] == ["inconsistent"]
    assert [v for v, _ in _verdicts(tmp_path, "Dentists", body.format(2022), "implied growth",
                                    published="2022-08-25")] == ["consistent"]


def test_days_and_weeks_that_end_on_a_day_are_a_span_and_their_week_before_is_the_basis(tmp_path):
    """"Exports in the seven days through April 15 tallied 561,000 metric tons, 20 percent higher than the previous
    week": the seven days to 15 April, measured against the seven before; "the four weeks to 3 September", likewise a
    span (the 3 September of the year the article ran)."""
    article = write_article(tmp_path, "Exports", "Exports in the seven days through April 15 tallied 561,000 metric "
                            "tons, 20 percent higher than the previous week. Sales reached 5,600 in the four weeks to "
                            "3 September.", published="2021-09-10")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert rows["561,000"]["period"] == "2021-04-09/2021-04-15"
    assert rows["20"]["basis"] == "2021-04-02/2021-04-08"
    assert rows["5,600"]["period"] == "2021-08-07/2021-09-03"


def test_a_reference_mark_after_punctuation_is_no_figure(tmp_path):
    """"an average of 2,008 covid related hospital admissions a day,1 up from 1,749": the journal's note mark, no
    figure the 1,749 moved to."""
    body = "NHS England figures show an average of 2,008 covid related hospital admissions a day,1 up from 1,749."
    article = write_article(tmp_path, "Admissions", body, published="2022-04-04")
    assert [r["kind"] for r in draft_rows(article) if r["value"] == "1"] == ["dismissed"]
    assert _alarms(_verdicts(tmp_path, "Admissions", body, "implied growth", published="2022-04-04")) == []


def test_a_figure_a_rate_was_measured_from_is_no_figure_another_moved_to(tmp_path):
    """"That was a rise of 9% on the 14,628 visits recorded during September, but 23% lower than the 20,556 patients
    seen in October 2021": both are figures before October's, so 14,628 is no fall from 20,556."""
    body = ("NHS England figures show 15,889 patients visited A&E at the trust in October. That was a rise of 9% on the "
            "14,628 visits recorded during September, but 23% lower than the 20,556 patients seen in October 2021.")
    assert _alarms(_verdicts(tmp_path, "A&E", body, "implied growth", published="2022-11-10")) == []


def test_a_small_sum_with_a_fraction_beside_one_a_thousandfold_larger_has_lost_its_scale(tmp_path):
    """"Commercial construction totals were also up for the month, with $2.7 in permits issued, compared to $324,800
    in October 2015": "million" dropped, a tension to confirm, not a fall that contradicts "up"."""
    body = ("Commercial construction totals were also up for the month, with $2.7 in permits issued, compared to "
            "$324,800 in October 2015.")
    assert [v for v, _ in _verdicts(tmp_path, "Permits", body, "implied growth", published="2016-11-03")] == ["tension"]


def test_the_parts_of_a_whole_end_where_a_figure_as_large_opens_the_next_item(tmp_path):
    """"Bali amounting to 9,107 tons consisting of 4,951 tons of urea and 4,156 tons of NPK, East Nusa Tenggara (NTT)
    10,837 tons consisting of 5,069 tons of urea and 5,768 tons of NPK": each region's parts are its own."""
    body = ("The stock is spread across Bali amounting to 9,107 tons consisting of 4,951 tons of urea and 4,156 tons of "
            "NPK, East Nusa Tenggara (NTT) 10,837 tons consisting of 5,069 tons of urea and 5,768 tons of NPK.")
    article = write_article(tmp_path, "Fertilizer stock", body, published="2023-01-24")
    checks = run_checks(article, draft_register(article), [], article.published)
    verdicts = [c.verdict for c in checks if c.kind in ("parts of a total", "sum of parts")]
    assert verdicts and set(verdicts) == {"consistent"}


@pytest.mark.parametrize("body, share, wrong", [
    # a share, its part in brackets right after it, of the total the article gave
    ("Chile's forestry exports totaled US$2,663.4 million. The paper and cardboard sector experienced a 7.5% decline, "
     "though it maintained an {}% share (US$224.8 million).", "8.4", None),
    # ... and "of these", the one total of the part's unit the sentence before gave: a whole the words point to, so
    # checked, not only found by its arithmetic
    ("In 2015, 153 GW of new grid-connected capacity became operational. Wind power represented over {}% (66 GW) of "
     "these additions.", "40", "60"),
])
def test_a_share_with_its_part_in_brackets_is_of_the_total_told_before(tmp_path, body, share, wrong):
    assert [v for v, _ in _verdicts(tmp_path, "Shares", body.format(share), "share of a total",
                                    published="2025-08-11")] == ["consistent"]
    if wrong:
        assert _alarms(_verdicts(tmp_path, "Shares", body.format(wrong), "share of a total", published="2025-08-11"))


def test_a_rate_of_a_count_is_none_of_a_pair_in_money(tmp_path):
    """"spending on library services across Britain fell from £990m to £940m, with the number of libraries down by
    2.6%, from 4,023 to 3,917": the 2.6% is the libraries', not a fall of the spending."""
    body = ("Overall, spending on library services across Britain fell from £990m to £940m in 2014/15, with the number "
            "of libraries down by 2.6%, from 4,023 to 3,917.")
    found = _verdicts(tmp_path, "Libraries", body, "implied growth", published="2015-12-09")
    assert found and _alarms(found) == []


def test_pairs_told_in_turn_may_say_when_each_figure_was(tmp_path):
    """"increased from 630.42 million at the end of May to 633.14 million at the end of June and ... rural areas
    decreased from 530.60 million to 529.88 million": two pairs, each with its own way."""
    body = ("Wireless (mobile) subscription in urban areas increased from 630.42 million at the end of May to 633.14 "
            "million at the end of June and wireless (mobile) subscription in rural areas decreased from 530.60 million "
            "to 529.88 million during the same period.")
    found = _verdicts(tmp_path, "Subscribers", body, "implied growth", published="2025-07-29")
    assert len(found) == 2 and _alarms(found) == []
    # (the second pair, a clause of its own, is no part of the first's measure: both are parts of the total)
    body = ("Total wireless (mobile) subscribers increased from 1,161.03 million at the end of May to 1,163.03 million "
            "at the end of June. " + body)
    assert [v for v, _ in _verdicts(tmp_path, "Subscribers", body, "sum of parts", published="2025-07-29")] == [
        "consistent"]


def test_levels_a_power_of_ten_apart_have_a_separator_misprinted_not_a_change(tmp_path):
    """"Internet users dropped to 91,274,446 in January as against 91,880.032 users recorded in December 2016, showing
    a decline of 605,586": a dot for a thousands comma, so the decline is not read against the two."""
    body = ("Internet users dropped to 91,274,446 in January as against 91,880.032 users recorded in December 2016, "
            "showing a decline of 605,586.")
    assert [v for v, _ in _verdicts(tmp_path, "Internet users", body, "change", published="2017-03-01")] == [
        "unverifiable"]


@pytest.mark.parametrize("collected, verdict", [("68.49", "consistent"), ("66.49", "inconsistent")])
def test_a_level_said_to_exceed_a_target_is_set_against_it(tmp_path, collected, verdict):
    """"a mid-year total of GH¢68.49 billion collected, exceeding the target of GH¢67.9 billion": the level above its
    plan, as a level beating an estimate is."""
    body = (f"The Commissioner-General announced a mid-year total of GH¢{collected} billion collected, exceeding the "
            f"target of GH¢67.9 billion.")
    assert [v for v, _ in _verdicts(tmp_path, "Revenue", body, "comparison", published="2024-07-18")] == [verdict]


def test_a_rate_another_has_that_the_figure_s_is_set_against_moves_no_level(tmp_path):
    """"Vietnam's GDP reached US$171 billion in 2013, up 5.4% from a year earlier and was higher than the ASEAN's
    average GDP growth rate of 5.2%": the 5.2% is ASEAN's, no rise of Vietnam's GDP."""
    body = ("Vietnam's GDP reached US$171 billion in 2013, up 5.4% from a year earlier and was higher than the ASEAN's "
            "average GDP growth rate of 5.2% in the same year, on the back of economic development.")
    found = _verdicts(tmp_path, "GDP", body, "prior level", published="2015-04-02")
    assert found and not any("5.2 %" in e for _, e in found)


@pytest.mark.parametrize("year, verdict", [("2023", "consistent"), ("2024", "unverifiable")])
def test_a_span_of_days_an_actual_is_given_for_must_have_ended(tmp_path, year, verdict):
    """"Russia's seaborne crude exports averaged 2.66 million bpd in the four weeks to July 30, 2023", in an article of
    1 August 2023: a span that had ended; "to July 30, 2024" one that had not (a forecast or a misprint, to confirm, as
    any period of an actual that had not ended)."""
    body = f"Russia's seaborne crude exports averaged 2.66 million bpd in the four weeks to July 30, {year}."
    assert [v for v, e in _verdicts(tmp_path, "Crude exports", body, "date", published="2023-08-01")
            if "four weeks" in e] == [verdict]


@pytest.mark.parametrize("body", [
    "The approved 2024 Budget includes a property tax increase of $226 per year (5.5 per cent) on an average household "
    "worth $500,000.",
    "The approved net municipal tax requirement of $134.1 million results in an increase of $226 per year ($18.83 per "
    "month) or 5.5 per cent for an average house valued at $500,000."])
def test_a_move_told_for_an_item_of_some_worth_is_of_what_the_item_pays(tmp_path, body):
    """"an increase of $226 per year ... for an average house valued at $500,000": the tax one house pays rose, neither
    the house's worth nor the clause's total; no level of the clause is the one the move reached."""
    assert not _alarms(_verdicts(tmp_path, "Budget", body, "per unit", published="2023-12-18"))
    assert not any("134" in e for _, e in _verdicts(tmp_path, "Budget", body, "prior level", published="2023-12-18"))


@pytest.mark.parametrize("level, verdict", [("5%", "consistent"), ("3%", "inconsistent")])
def test_a_percentage_comparison_words_set_a_figure_against_is_of_that_figure_s_kind(tmp_path, level, verdict):
    """"The rate of 4.3% in August 2022 is lower than the pre-pandemic level of 5%": "lower than" is no move of the
    5%'s own; it is a rate of the kind the 4.3% is, which the words set it against."""
    body = f"The rate of 4.3% in August 2022 is lower than the pre-pandemic level of {level} in August 2019."
    assert [v for v, _ in _verdicts(tmp_path, "Jobless rate", body, "comparison", published="2022-08-31")] == [verdict]


def test_the_figure_a_comparison_sets_another_against_is_the_one_right_before_it(tmp_path):
    """"Operating profit was up by 13% ... while the operating margin was 8.9%, above the guidance range of 7.5%": the
    guidance is a margin, set against the 8.9%, not a rate of growth the 13% could be above."""
    body = ("Operating profit was up by 13% to €13.9 billion while the operating margin was 8.9%, above the guidance "
            "range of 7.5% to 8.5%.")
    found = _verdicts(tmp_path, "Results", body, "comparison", published="2023-07-27")
    assert found and all("8.9 %" in e and "13 %" not in e for _, e in found)


def test_a_figure_in_a_closed_when_clause_is_not_what_the_sentence_s_subject_is_compared_as(tmp_path):
    """"The rise was 5.7 percentage points higher than the same period last year, when it dropped to 6.2 percent, the
    lowest in a decade, and was higher than the 10.7 percent of the fourth quarter": the rise, not the 6.2 percent of
    the clause of when, is higher than the 10.7 percent."""
    body = ("China's economy grew 11.9 percent in the first quarter. The rise was 5.7 percentage points higher than the "
            "same period last year, when it dropped to 6.2 percent, the lowest in a decade, and was higher than the "
            "10.7 percent of the fourth quarter last year.")
    assert not _alarms(_verdicts(tmp_path, "GDP", body, "comparison", published="2010-04-16"))


@pytest.mark.parametrize("verb", ["cut", "reduce", "slash"])
def test_a_verb_that_makes_a_share_smaller_says_it_fell(tmp_path, verb):
    """"in addition to the freeze on salary increases in 2021, will help cut the wage bill to around 15% of GDP in
    2022, compared to 17.4% of GDP in 2020": the verb that moves the pair says it fell, not the "increases" an aside
    names."""
    body = (f"The measures, in addition to the freeze on salary increases in 2021, will help {verb} the wage bill to "
            "around 15% of GDP in 2022, compared to 17.4% of GDP in 2020.")
    assert [v for v, _ in _verdicts(tmp_path, "Wage bill", body, "share change", published="2021-05-09")] == [
        "consistent"]


def test_a_balance_of_a_side_told_whole_and_in_part_takes_the_whole(tmp_path):
    """"Switzerland's trade surplus reached 2.7 billion francs": of "Overall exports ... 16.7 billion francs" less
    imports of 14 billion, not of the "Watch exports ... 1.6 billion francs" told first; the francs are Swiss."""
    body = ("Switzerland's trade surplus reached 2.7 billion francs ($3.0 billion) in February, with the watch industry "
            "leading export growth.\n\nWatch exports were up almost a fifth, reaching 1.6 billion francs for the month."
            "\n\nOverall exports rose 1.3 percent to 16.7 billion francs compared to the same month in 2011.\n\n"
            "Imports were also up slightly, at 1.4 percent to 14 billion francs.")
    found = _verdicts(tmp_path, "Swiss trade", body, "difference", published="2012-03-22")
    assert [v for v, _ in found] == ["consistent"] and "16.7 bn CHF" in found[0][1]


@pytest.mark.parametrize("cost, verdict", [("EGP 8 billion", "tension"), ("EGP 1,250", "inconsistent")])
def test_a_change_a_thousandfold_both_levels_is_no_move_between_them(tmp_path, cost, verdict):
    """"the treasury will bear about EGP 8 billion by expanding the tax exemption limit ... from EGP 24,000 to EGP
    30,000": a change a million times the levels is a cost or a misprinted scale, to confirm, not a contradiction;
    one of their own size that misses is."""
    body = (f"The treasury will bear {cost} by expanding the tax exemption limit on annual income, from EGP 24,150 to "
            f"EGP 30,275.")
    assert [v for v, _ in _verdicts(tmp_path, "Wages", body, "change", published="2023-03-05")] == [verdict]


@pytest.mark.parametrize("estimate, verdict", [("13-cent", "consistent"), ("19-cent", "inconsistent")])
def test_an_estimate_in_cents_beside_earnings_per_share_is_per_share(tmp_path, estimate, verdict):
    """"Motorola earned 17 cents a share, topping analysts' estimates for a 13-cent profit": the estimate is of the
    earnings per share, in cents as they are."""
    body = f"Excluding one-time items, Motorola earned 17 cents a share, topping analysts' estimates for a {estimate} profit."
    assert [v for v, _ in _verdicts(tmp_path, "Motorola", body, "comparison", published="2004-01-21")] == [verdict]


@pytest.mark.parametrize("body, verdict", [
    ("The first helicopter is scheduled to enter service in late 2024, to be followed by Sligo and Dublin in the first "
     "six months of 2025.", "unverifiable"),
    ("The report also shows that 5.6 million children were seen in the first six months of 2025.", "inconsistent")])
def test_a_span_that_had_not_begun_is_a_plan_when_its_words_tell_of_what_is_to_come(tmp_path, body, verdict):
    """"to be followed by Sligo, Waterford and Dublin in the first six months of 2025", in December 2023: a plan, to
    confirm; "children were seen" in a span that had not begun is an actual told of the future, a contradiction."""
    assert [v for v, e in _verdicts(tmp_path, "Plans", body, "date", published="2023-12-28")
            if "six months" in e] == [verdict]


@pytest.mark.parametrize("headline, verdict", [("16", "consistent"), ("15", "inconsistent")])
def test_a_headline_count_restating_an_average_rounds_it(tmp_path, headline, verdict):
    """"Ambulance services: 16 emergency calls to 999 per minute" over "an average of 16.1 emergency calls per minute":
    no count of things has decimals; the headline's whole number rounds the average."""
    body = "Figures show that ambulance trusts dealt with an average of 16.1 emergency calls per minute in 2013-14."
    assert [v for v, _ in _verdicts(tmp_path, f"Ambulance services: {headline} emergency calls to 999 per minute", body,
                                    "headline vs body", published="2014-07-31")] == [verdict]


def test_a_count_of_minutes_is_no_part_of_a_count_of_things(tmp_path):
    """"Of the 11 ambulance trusts, three failed to achieve the eight minute response time ... and four trusts failed":
    the eight counts minutes, no trusts."""
    body = ("Of the 11 ambulance trusts, three failed to achieve the eight minute response time for Red 1 calls and four "
            "trusts failed to achieve this for Red 2 calls.")
    assert not _alarms(_verdicts(tmp_path, "Ambulance", body, "parts of a total", published="2014-07-31"))


@pytest.mark.parametrize("rate, verdict", [("17.83", "tension"), ("17.80", "inconsistent")])
def test_a_rate_beside_a_change_may_have_its_last_digit_cut(tmp_path, rate, verdict):
    """"an increase of 27,443 (17.83%)" to 181,293: the levels give 17.8375 %, printed with its last digit cut rather
    than rounded, a writer's truncation to confirm, not a contradiction; 17.80 % is another figure."""
    body = f"The number of licensed vehicles reached 181,293, an increase of 27,443 ({rate}%) on the year before."
    assert [v for v, _ in _verdicts(tmp_path, "Vehicles", body, "change", published="2017-05-17")] == [verdict]


def test_the_way_after_a_share_that_moves_the_next_figure_is_not_the_share_s(tmp_path):
    """"a poverty incidence rate of 1.7%, down 1.4 percentage points from the previous year": the 1.7 % is a share, the
    "down" the 1.4 points' way; no fall of 1.7 % of the 16.6 million poor."""
    body = ("The impoverished population in the rural areas amounted to 16.6 million at the end of 2018, indicating 13.86 "
            "million less than that at the end of the previous year and a poverty incidence rate of 1.7%, down 1.4 "
            "percentage points from the previous year.")
    assert not _alarms(_verdicts(tmp_path, "Rural poor", body, "change", published="2019-03-28"))


@pytest.mark.parametrize("words, key", [
    ("The total number of marriages", {"marriages"}),  # not a month, though it begins as "Mar" does
    ("junior doctors", {"junior", "doctors"}),
    ("January sales", {"sales"}), ("Sept revenue", {"revenue"}), ("Jan-Feb exports", {"exports"}),
    ("The corresponding margin", frozenset()),  # a margin alone is of the measure spoken of before
    ("a decrease in the water rate", {"water", "rate"}),  # how it moved, not what moved
    ("global art market sales", {"global", "art", "sales"}),
    ("the male literacy rate", {"men", "literacy", "rate"}), ("The literacy rate of men", {"literacy", "rate", "men"}),
    ("the death count", {"death"}),  # (a toll stays its own: a running total)
])
def test_a_month_is_a_month_name_not_any_word_that_begins_as_one_does(words, key):
    assert key_of(words) == key


def test_levels_of_a_count_whose_noun_begins_as_a_month_meet_their_rate(tmp_path):
    """"Egypt saw %2.7 more marriages in 2012 from 2011" beside "marriages in 2012 reached 933,400 in comparison to
    898,000 in 2011": 3.9 %, not 2.7 %."""
    found = _verdicts(tmp_path, "Marriages up", "Egypt saw 2.7% more marriages in 2012 from 2011. The total number of "
                      "marriages in 2012 reached 933,400 in comparison to 898,000 in 2011.", "implied growth",
                      published="2013-05-21")
    assert [v for v, _ in found] == ["inconsistent"]


@pytest.mark.parametrize("move, level, verdict", [("rose by a third", "10.6", "tension"),
                                                  ("rose by a quarter", "10.25", "consistent"),
                                                  ("rose by two-thirds", "10.6", "inconsistent")])
def test_a_move_told_as_a_fraction_in_words_is_a_rate_said_loosely(tmp_path, move, level, verdict):
    """"Exports rose by a third to 10.6 billion euros from 8.2 billion" (29 %): a fraction after a verb of moving is
    the move's rate, not a share; within a sixth of it, the words round the move (tension); far off, a contradiction."""
    found = _verdicts(tmp_path, "Exports", f"Exports in 2023 {move} to {level} billion euros from 8.2 billion euros.",
                      "implied growth", published="2024-04-19")
    assert [v for v, _ in found] == [verdict]
    assert "a rise of" in found[0][1]


def test_a_count_at_another_count_counts_other_things(tmp_path):
    """"The ranks shrank by about 100 ... to 485 corporate officers at 237 companies": 237 companies are no level the
    officers moved to or from."""
    article = write_article(tmp_path, "Million-dollar club shrinks", "The ranks shrank by about 100 from the previous "
                            "year's record high to 485 corporate officers at 237 companies, according to Tokyo Shoko "
                            "Research.", published="2020-07-03")
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")]
    assert next(c for c in draft_register(article) if c.value == "237").metric == "companies"


def test_a_superlative_of_the_doer_whose_figure_moved_ranks_no_figure(tmp_path):
    """"Mortgage fees at the nation's biggest home lender declined by a third ..., while total average loans slipped
    1%": the lender is the biggest, not the fall."""
    found = _verdicts(tmp_path, "Wells Fargo", "Mortgage fees at the nation's biggest home lender declined by 33% in "
                      "the three months ended June 30, while total average loans slipped 1% from a year earlier.",
                      "largest", published="2018-07-13")
    assert found == []


def test_figures_after_respectively_and_a_clause_of_their_own_are_no_items_of_the_list(tmp_path):
    """"both direct costs and operating expenses rose by 14.3% and 19.9% respectively, even as the company incurred a
    total income tax of $293.3 million": the tax is no direct cost."""
    article = write_article(tmp_path, "Safaricom", "Both direct costs and operating expenses rose by 14.3% and 19.9% "
                            "respectively, even as the company incurred a total income tax of $293.3 million; marking "
                            "an increase compared to $214.3 million during the preceding financial year.",
                            published="2022-05-12")
    assert "direct" not in next(c for c in draft_register(article) if c.value == "293.3").metric


def test_a_change_whose_words_begin_as_a_month_does_is_still_a_move_of_its_measure(tmp_path):
    """"This marks a 12 percent increase": "marks" is a verb, no word of a measure, so the rate is the sentence
    before's trade, whose segments' rates weight to it."""
    found = _verdicts(tmp_path, "Guangdong Q1 foreign trade hits 2.04 trillion yuan", "Guangdong's foreign trade "
                      "reached 2.04 trillion yuan in the first quarter. This marks a 12 percent increase compared to the "
                      "corresponding period in the previous year. Imports in Guangdong surged to 731.14 billion yuan, "
                      "marking a 17.6 percent rise. Additionally, exports experienced a nine percent expansion, reaching "
                      "1.31 trillion yuan.", "aggregate growth", published="2024-04-17")
    assert found and {v for v, _ in found} == {"consistent"} and "12 %" in found[0][1]


def test_a_year_of_another_calendar_named_so_is_no_count(tmp_path):
    """"the end of the past Iranian calendar year 1400, at 40.2 percent": 1400 names a year."""
    article = write_article(tmp_path, "Inflation rate rises 1.3", "The centre put the average inflation rate in the "
                            "twelve-month period ended on March 20, which marks the end of the past Iranian calendar "
                            "year 1400, at 40.2 percent.", published="2023-01-23")
    assert next(c for c in draft_register(article) if c.value == "1400").kind == "dismissed"


@pytest.mark.parametrize("body, verdict", [
    # a decimal comma before a percent sign, and after a currency sign with two digits and no more
    ("The increase in the basic water charge is 25,32% - from R111 to R139,11.", "consistent"),
    ("The increase in the basic water charge is 20,43% - from R111 to R139,11.", "inconsistent"),
    ("Calculated off the old tariff, the increase is 24,43% (R19,44 increased to R24,19) in the usage rate.",
     "consistent"),
])
def test_decimal_commas_of_a_rate_and_a_price(tmp_path, body, verdict):
    found = _verdicts(tmp_path, "Water tariff", body, "implied growth", published="2023-12-08")
    assert [v for v, _ in found] == [verdict]


def test_items_of_a_list_each_with_its_move_in_brackets_are_levels(tmp_path):
    """"reached respectively 3.750 billion yuan (up 9,5%), 3.350 billion yuan (up 10,1%)": the second amount is the
    next item's level, not a rise of the first."""
    article = write_article(tmp_path, "Trade", "Trade between China and the EU, US and South Korea reached "
                            "respectively 3.750 billion yuan (up 9,5%), 3.350 billion yuan (up 10,1%), 1.600 billion "
                            "yuan (up 7,8%).", published="2022-09-07")
    assert {c.value: c.kind for c in draft_register(article) if c.unit == "CNY"} == {
        "3.750": "level", "3.350": "level", "1.600": "level"}


def test_from_one_figure_to_the_next_pairs_them_not_an_earlier_to_figure(tmp_path):
    """"revved up diesel consumption by 9,5percent to R2,5billion ... despite the wholesale price going from R5,52 to
    R8,10": the price moved from R5,52 to R8,10; R2,5billion is another measure's."""
    article = write_article(tmp_path, "Fuel", "Trucks revved up diesel consumption by 9.5 percent to R2.5 billion in "
                            "the first quarter from the same period in 2007 despite the wholesale price going from R5.52 "
                            "to R8.10 in March.", published="2008-08-11")
    claims = draft_register(article)
    later = next(c for c in claims if c.value == "8.10")
    assert next(c for c in claims if c.value == "5.52").id in later.links
    assert not next(c for c in claims if c.value == "2.5").links


def test_a_rate_from_a_month_and_its_years_figure_is_measured_from_that_figure(tmp_path):
    found = _verdicts(tmp_path, "Petrol", "Petrol cost R8.11 a litre in March, nearly 40 percent up from March "
                      "2007's R5.85.", "implied growth", published="2008-08-11")
    assert found == []  # (the units differ, a litre said once: no pair, and no wrong one)
    found = _verdicts(tmp_path, "Petrol", "Petrol cost R8.11 in March, nearly 40 percent up from March 2007's R5.85.",
                      "implied growth", published="2008-08-11")
    assert [v for v, _ in found] == ["consistent"]


def test_a_cause_that_helped_a_thing_to_rise_names_the_thing(tmp_path):
    """"the average price ... rose 11% to £855 ..., which helped the business's pre-tax profit to rise from £451m to
    £661m", after a headline "profit soars to £661m as it charges holidaymakers 11% more": the 11 % is the price's."""
    found = _verdicts(tmp_path, "Airline's profit soars to £661m as it charges holidaymakers 11% more for their "
                      "getaways", "The airline announced that the average price of a holiday package rose 11% to £855 "
                      "in the six months to the end of September which helped the business's pre-tax profit to rise "
                      "from £451m to £661m in the six-month period.", "implied growth", published="2023-11-23")
    assert _alarms(found) == []
    article = write_article(tmp_path, "Profit", "The price rose 11% to £855, which helped the business's pre-tax "
                            "profit to rise from £451m to £661m.", published="2023-11-23")
    assert next(c for c in draft_register(article) if c.value == "661").metric.startswith("pre-tax profit")


def test_a_size_word_between_the_way_and_the_rate_is_a_filler(tmp_path):
    found = _verdicts(tmp_path, "Hotels", "ARR in August was S$282.26. It was mostly flat on the year, down a "
                      "marginal 0.1 per cent from August 2023's S$282.52.", "implied growth", published="2024-10-01")
    assert [v for v, _ in found] == ["consistent"]


def test_more_things_counted_name_the_rates_measure_not_a_preposition(tmp_path):
    """"Consumers spend 40% more on iOS and Android apps" beside "iOS game players spent 30% more on an annual
    basis": "on iOS" names no measure."""
    found = _verdicts(tmp_path, "Consumers spend 40% more on iOS and Android apps during Q1", "Consumer spending on "
                      "apps surged 40% during the first quarter of 2021 to a record total of $32 billion. iOS game "
                      "players spent 30% more on an annual basis.", "headline vs body", published="2021-03-31")
    assert _alarms(found) == []


def test_a_level_moved_to_and_reached_with_the_years_worlds_apart_claims_no_way(tmp_path):
    """A "rising" word over two levels a thousandfold apart is no move the pair can bear out."""
    found = _verdicts(tmp_path, "Fuel", "Diesel sales rose to R2.5 billion in the first quarter from R5.52 in 2007.",
                      "implied growth", published="2008-08-11")
    assert "consistent" not in [v for v, _ in found]


def test_a_clause_joined_by_and_with_its_own_subject_and_verb_names_its_figures_measure(tmp_path):
    """"the number ... nearly doubled between 1996 and 2006, and the overall cost of treating them jumped by nearly
    two-thirds": the rate is the cost's, not the number's."""
    article = write_article(tmp_path, "Costs", "The number of Americans under care for depression nearly doubled between "
                            "1996 and 2006, and the overall cost of treating them jumped by nearly two-thirds.",
                            published="2010-01-01")
    assert next(c for c in draft_register(article) if c.value == "two-thirds").metric.startswith("the overall cost")


def test_a_level_reached_with_a_hedge_is_no_figure_compared_with(tmp_path):
    """"increased by 1 percent from about 2.9 million visitors in November 2009 to more than 2.93 million this past
    November": "more than" hedges the level reached, no "than" of a comparison."""
    found = _verdicts(tmp_path, "Visitors", "The number of visitors in November increased by 1 percent from about 2.9 "
                      "million visitors in November 2009 to more than 2.93 million this past November. The number of "
                      "visitors fell 3 percent in Mesquite.", "implied growth", published="2011-01-11")
    assert [v for v, _ in found] == ["consistent"] and "From about 2.9 mn" in found[0][1]


@pytest.mark.parametrize("total, verdict", [("47", "inconsistent"), ("67", "consistent")])
def test_a_count_with_its_figures_by_place_lists_its_parts(tmp_path, total, verdict):
    """"This included 47 within the local area with 35 in Dungannon, 12 in Pomeroy and 20 in Cookstown": 67, not
    47."""
    found = _verdicts(tmp_path, "Gorse fires", f"This included {total} within the local area with 35 in Dungannon, 12 "
                      "in Pomeroy and 20 in Cookstown.", "parts of a total", published="2018-06-14")
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("total, verdicts", [("2,334,159", {"tension"}), ("2,302,260", {"consistent"})])
def test_a_line_of_a_box_labelled_non_what_the_line_above_names_completes_it(tmp_path, total, verdicts):
    """"Total arrivals: 2,334,159 / From EU countries: 1,950,885 / Non-EU countries: 351,375": EU and non-EU
    arrivals are all of them; a second pair further down ("Package tours", "Non-package") splits the total its own
    way and joins no sum of the first."""
    found = _verdicts(tmp_path, "Tourists", f"Tourists in number Jan-Oct 2018 (NSO)\n\nTotal arrivals: {total}\n\n"
                      "From EU countries: 1,950,885\n\nNon-EU countries: 351,375\n\nPackage tours: 793,518\n\n"
                      "Non-package: 1,508,742", "sum of parts", published="2018-12-03")
    assert {v for v, _ in found} == verdicts and "793,518" not in found[0][1]


def test_a_size_in_words_before_a_moves_noun_is_a_rate_and_keeps_its_range(tmp_path):
    """"with double-digit spikes in the nation's midsection", after "rounds played have dropped in 14 of the 20
    years": a move's size, [10, 100) %, no share of the 20 years."""
    article = write_article(tmp_path, "Rounds", "Since 2000, rounds played have dropped in 14 of the 20 years. Rounds "
                            "played rose in 2019, with double-digit spikes in the nation's midsection.",
                            published="2020-02-02")
    claim = next(c for c in draft_register(article) if c.value == "double-digit")
    assert claim.kind == "growth" and (claim.interval.low, claim.interval.high) == (10, 100)
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_figure_with_its_noun_then_a_dash_and_up_from_is_the_pairs_later(tmp_path):
    """"to post the CAD$115M budget surplus—up from CAD$40M for the current 2010-11 year—while it trims its general
    debt by C$325M to CAD$3.8B": the surplus rose from 40M to 115M; the debt's 3.8B is no level 40M moved to."""
    article = write_article(tmp_path, "Saskatchewan", "Saskatchewan will use its commodities windfall to post the "
                            "CAD$115M budget surplus—up from CAD$40M for the current 2010-11 year—while it trims its "
                            "general debt by C$325M to CAD$3.8B, the lowest level in 24 years.", published="2011-03-23")
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]
    claims = draft_register(article)
    assert next(c for c in claims if c.value == "40").id in next(c for c in claims if c.value == "115").links


def test_a_range_in_words_ranks_nothing(tmp_path):
    found = _verdicts(tmp_path, "Exports", "Exports to China, South Korea's largest trading partner, jumped 13.5 "
                      "percent in January, logging the first double-digit growth in almost three and a half years.",
                      "largest", published="2017-02-01")
    assert _alarms(found) == []


def test_a_units_abbreviation_in_brackets_keeps_the_noun_after_it(tmp_path):
    """"7.62-billion cubic meters (Gm3) of natural gas": the bracket spells the unit again; the gas is the measure,
    so the headline's "Apr natural gas output up by 11.9%" restates the body's 11.7 %, and they differ."""
    found = _verdicts(tmp_path, "China's Apr natural gas output up by 11.9% on year", "China produced 7.62-billion "
                      "cubic meters (Gm3) of natural gas in April of 2010, up by 11.7% from the same month of last "
                      "year.", "headline vs body", published="2010-08-20")
    assert _alarms(found) == ["inconsistent"] and "11.7 %" in found[0][1]


def test_a_runs_length_is_no_level_a_rate_moved_to(tmp_path):
    """"It's the third straight month that the output rose by double-digit figure": "third" counts months of a run;
    no rate reached it, and the clause after the cleft's "that" names the measure."""
    article = write_article(tmp_path, "Gas", "China produced 7.62 bcm of natural gas in April. It's the third "
                            "straight month that the output rose by double-digit figure. The output was down by 8.6% "
                            "on a month on month basis.", published="2010-08-20")
    claims = draft_register(article)
    third = next(c for c in claims if c.value == "third")
    assert third.kind == "count" and not any(third.id in c.links for c in claims)
    assert "third" not in next(c for c in claims if c.value == "double-digit").metric
    assert not [c for c in _checks_of(article) if "third" in c.explanation and c.kind == "prior level"]


def test_a_rate_helping_to_move_another_thing_is_measured_from_its_own_figure(tmp_path):
    """"to hit Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3 percent above the
    Sh93.37 billion that was received in a similar period last year": 93.37 is the four months' a year back, not
    April's; April's 32.53 did not fall from it."""
    article = write_article(tmp_path, "Remittances", "Kenyans abroad sent home Sh122.69 billion in four months to "
                            "April. The inflows rose for the second consecutive month to hit "
                            "Sh32.53 billion in April, helping to propel cumulative four-month inflows by 23.3 percent "
                            "above the Sh93.37 billion that was received in a similar period last year.",
                            published="2021-06-09")
    claims = draft_register(article)
    april, before = (next(c for c in claims if c.value == v) for v in ("32.53", "93.37"))
    assert before.id not in april.links and before.period == "2020-01/2020-04"
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_figure_of_the_time_compared_with_told_in_a_which_clause_is_the_earlier_one(tmp_path):
    """"Sales of fresh dates increased ... by nearly 13 percent compared to the seventh edition, during which 195
    tonnes were sold": 195 tonnes is the edition before's, so the headline's 220 tonnes does not restate it, and the
    rate did not rise to it."""
    article = write_article(tmp_path, "Festival sees sales of 220 tonnes", "Sales of fresh dates increased in the "
                            "eighth edition of the festival by nearly 13 percent compared to the seventh edition, "
                            "during which 195 tonnes were sold within 13 days.", published="2023-08-08")
    claims = draft_register(article)
    rate = next(c for c in claims if c.value == "13")
    assert next(c for c in claims if c.value == "195").id in rate.links
    checks = _checks_of(article)
    assert not [c for c in checks if c.verdict in ("inconsistent", "tension")]
    assert not [c for c in checks if c.kind == "prior level" and "195" in c.explanation]


def test_a_periods_forecast_under_way_is_no_actual_that_had_not_ended(tmp_path):
    found = _verdicts(tmp_path, "Elevators", "China has a combined annual demand that is expected to exceed 650,000 "
                      "units in the 12-month period ending March 2016.", "date", published="2015-10-21")
    assert found and _alarms(found) == [] and "forecast" in found[0][1]


def test_a_month_before_a_headlines_colon_takes_no_year_from_the_words_after_it(tmp_path):
    found = _verdicts(tmp_path, "Fourth of July: Last year US bought fireworks worth $336 million from China",
                      "The United States bought fireworks worth $336 million from China last year.", "date",
                      published="2020-07-03")
    assert _alarms(found) == [] and any("July 2020" in text for _, text in found)


def test_two_rates_each_from_its_own_figure_are_the_one_subjects(tmp_path):
    """"The 112 injuries are an 87% jump from 60 recorded over the 2023-24 New Year's and 107% higher than 54":
    "recorded over" names no thing counted, so 60 is a from-figure, and both rates are 112's."""
    found = _verdicts(tmp_path, "Injuries", "The 112 injuries are an 87% jump from 60 recorded over the 2023-24 New "
                      "Year's and 107% higher than 54 in 2022-23.", "implied growth", published="2025-02-25")
    assert [v for v, _ in found] == ["consistent", "consistent"] and all("to 112" in text for _, text in found)


def test_two_months_running_open_a_sentence_as_one_span(tmp_path):
    article = write_article(tmp_path, "Fireworks", "The export of fireworks in January and February was 340 million "
                            "yuan. In January and February, the province exported 180 million yuan of fireworks to the "
                            "United States, accounting for 52.3% of the total export.", published="2018-03-31")
    claims = draft_register(article)
    assert next(c for c in claims if c.value == "180").period == "2018-01/2018-02"


def test_a_tonnes_abbreviation_after_a_scale_word_is_tonnes_of_that_scale(tmp_path):
    """"totaled 21.987 million MT. Of which N-fertilizer output was 13.985 million MT, ...": millions of tonnes; "of
    which" opens a list of the total's parts, none of them a whole of the others."""
    article = write_article(tmp_path, "Fertilizer", "Fertilizer output during January-May totaled 21.987 million MT, "
                            "down 7.4% year on year. Of which N-fertilizer output was 13.985 million MT, down 14.9%; "
                            "P-fertilizer output stood at 7.666 million MT, up 3.2%; potash fertilizer output "
                            "registered 2.742 million MT, up 13.5%.", published="2017-06-21")
    claims = draft_register(article)
    total = next(c for c in claims if c.value == "21.987")
    assert (total.unit, total.scale) == ("tonnes", "million")
    found = [(c.kind, c.verdict) for c in _checks_of(article) if c.kind in ("parts of a total", "aggregate growth")]
    assert ("parts of a total", "inconsistent") in found and ("aggregate growth", "tension") not in found


def test_a_figure_without_the_scale_its_list_spells_is_not_given_it_when_a_thousandfold_the_rest(tmp_path):
    article = write_article(tmp_path, "Wheat stocks", "Out of 5.798 million MT, 2.188 million MT were with PASSCO, "
                            "2.595 million MT with Punjab, 0.806 million MT with Sindh, 0.159 million MT with KPK, and "
                            "49,630 MT with Balochistan. Baluchistan had carried forward 20,000 million MT of wheat.",
                            published="2022-11-29")
    claims = draft_register(article)
    assert next(c for c in claims if c.value == "49,630").scale == ""


def test_a_differences_rate_that_fits_its_printed_year_before_is_a_tension_against_its_components(tmp_path):
    found = _verdicts(tmp_path, "IPL", "The BCCI reported a surplus of ₹5,120 crore from IPL 2023, marking a 116% "
                      "increase compared to ₹2,367 crore from IPL 2022. Its total income from IPL 2023 soared by 78% "
                      "year-on-year, reaching ₹11,769 crore, while expenses also rose by 66% to ₹6,648 crore.",
                      "growth of a difference", published="2024-08-20")
    assert _alarms(found) == ["tension"] and "2,367" in found[0][1]


def test_a_move_per_period_is_no_rate_a_total_divides_into(tmp_path):
    found = _verdicts(tmp_path, "Fares", "A youth monthly pass jumps $2.50 a month to $92.25 on Tuesday.", "per unit",
                      published="2019-09-30")
    assert _alarms(found) == []


def test_a_weekday_told_ahead_is_the_coming_one_for_the_figures_too(tmp_path):
    """"Transit fares will increase an average of 2.5 per cent on Tuesday", on Monday 30 September 2019: 1 October,
    as the date check reads it (the point of "2.5" ends no sentence)."""
    article = write_article(tmp_path, "Fares", "Transit fares will increase an average of 2.5 per cent on Tuesday.",
                            published="2019-09-30")
    assert next(c for c in draft_register(article) if c.value == "2.5").period == "2019-10-01"
    found = [c.explanation for c in _checks_of(article) if c.kind == "date"]
    assert found and "1 Oct 2019" in found[0]


def test_the_figure_a_move_started_from_is_no_rival_of_a_ranking_word(tmp_path):
    found = _verdicts(tmp_path, "Gyms", "In the 12 months to the end of March 2024, there was a slight rise in the "
                      "number of gyms from 6,998 in 2023 to 7,009, a 0.2 per cent increase, although the number remains "
                      "below the high of 7,239 in 2019.", "comparison", published="2024-06-06")
    assert [v for v, _ in found] == ["consistent"] and "6,998" not in found[0][1]


def test_breaking_down_a_figure_is_no_fall(tmp_path):
    article = write_article(tmp_path, "Gyms", "The penetration rate is 15.9 per cent. Breaking down the 15.9 per cent "
                            "penetration, the private sector delivers 10.9 per cent.", published="2024-06-06")
    assert not [c for c in draft_register(article) if c.kind == "growth"]


def test_a_currencys_words_then_its_scale_are_one_amount(tmp_path):
    found = _verdicts(tmp_path, "Adidas", "The Three Stripes reached total sales of 805 Indian rupees crore (€109.6 "
                      "million) in the period between April 2014 and March 2015.", "conversion", published="2015-10-07")
    assert _alarms(found) == [] and "805 crore INR" in found[0][1]


def test_a_figure_of_the_time_higher_than_when_is_no_rival(tmp_path):
    found = _verdicts(tmp_path, "Ferries", "In January this year, the two Spirits carried a monthly record of "
                      "passengers – higher than when three ships operated under that costly policy.", "comparison",
                      published="2017-08-17")
    assert _alarms(found) == []


def test_the_low_end_of_a_range_of_multiples_is_no_count(tmp_path):
    article = write_article(tmp_path, "Ice cream", "Sales on a hot, sunny day will be five or six times higher than an "
                            "average day, according to one very cheerful spokesman.", published="2006-07-25")
    assert not [c for c in draft_register(article) if c.value == "five" and c.kind != "dismissed"]
    assert not [c for c in _checks_of(article) if c.verdict in ("inconsistent", "tension")]


def test_a_followed_by_list_goes_on_through_names_with_their_figures_in_brackets(tmp_path):
    found = _verdicts(tmp_path, "Remittances", "In fiscal year 2023-24, the main source of remittances was from the US "
                      "at 27.7 per cent, followed by the UAE (19.2 per cent), UK (10.8 per cent), Saudi Arabia (6.7 per "
                      "cent) and Singapore (6.6 per cent).", "comparison", published="2025-07-01")
    assert [v for v, _ in found] == ["consistent"] and "6.7 %" in found[0][1] and "6.6 %" in found[0][1]


def test_how_far_back_a_record_reaches_is_no_period_of_the_figure(tmp_path):
    """"Drewry WCI slips 5% to lowest point since Jan 2024": the headline's fall is the body's 5.22 %, of the week,
    not a span from January 2024 to the story's day."""
    found = _verdicts(tmp_path, "Drewry WCI slips 5% to lowest point since Jan 2024", "The Drewry World Container "
                      "Index dropped 5.22 per cent to $1,669 per 40-foot container on October 02.", "headline vs body",
                      published="2025-10-03")
    assert any("5.22 %" in text and verdict == "consistent" for verdict, text in found)


def test_basis_points_are_a_change_in_hundredths_of_a_point(tmp_path):
    article = write_article(tmp_path, "Central bank", "The central bank raised its key rate by 25 basis points to 4.75 "
                            "percent, after a rise of 0.25 percentage points in March.", published="2023-03-23")
    claim = next(c for c in draft_register(article) if c.value == "25")
    assert claim.kind == "change" and claim.canonical_unit.key == "pp"
    assert (round(claim.interval.low, 3), round(claim.interval.high, 3)) == (0.245, 0.255)


def test_one_size_in_basis_points_read_as_a_rise_and_a_fall_is_a_tension(tmp_path):
    found = _verdicts(tmp_path, "Kenya cuts rate 50 bps, worried over slower credit growth", "Kenya's central bank "
                      "cut its Central Bank Rate (CBR) by 50 basis points to 10.00 percent.", "headline vs body",
                      published="2016-09-20")
    assert _alarms(found) == ["tension"] and "one size" in found[0][1]


def test_a_weekday_in_capitals_told_ahead_is_read_too(tmp_path):
    article = write_article(tmp_path, "FARES", "FARES WILL RISE 2.5 PER CENT ON TUESDAYS.", published="2019-09-30")
    assert {c.period for c in draft_register(article) if c.value == "2.5"} == {"2019-10-01"}


def test_last_year_against_the_year_before_is_the_whole_year(tmp_path):
    # in a story of September's figures, "last year" measured against 2011 is 2012, not September 2012
    article = write_article(tmp_path, "September coffee export revenue", "Rwanda earned $7.73m from coffee exports "
                            "last month, up from $5.83m in August. Rwanda earned $60.9m from coffee last year, which "
                            "was an 18.4 per cent decline compared to the $74.6m earned in 2011.", published="2013-10-28")
    assert {r["value"]: r["period"] for r in draft_rows(article)}["60.9"] == "2012"
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent", "consistent"], \
        [c.explanation for c in checks]


def test_a_rate_a_year_previously_is_no_move_from_the_month_before(tmp_path):
    article = write_article(tmp_path, "Waiting list", "NHS Digital figures show 30,704 patients were waiting at the end "
                            "of June – up from 30,317 at the end of May. This was also 23% more than a year "
                            "previously.", published="2021-08-17")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "implied growth"] == ["consistent"], [c.explanation for c in checks]


def test_a_move_in_a_named_thing_of_an_amount_is_a_change(tmp_path):
    # "a drop in the bill of $1.1 billion" is how far it fell; "a 15.7 percent decline in its profit after tax of
    # N44.8 billion" names the level reached, its rate told before the move
    rows = {r["value"]: r["kind"] for r in draft_rows(write_article(
        tmp_path, "Figures", "Imports fell last year, a drop in the bill of $1.1 billion. Zenith Bank revealed a 15.7 "
        "percent decline in its profit after tax of N44.8 billion from N53.2 billion posted for the same period of "
        "2015."))}
    assert (rows["1.1"], rows["44.8"]) == ("change", "level"), rows


def test_what_beat_a_projection_with_its_figure_is_no_estimate(tmp_path):
    article = write_article(tmp_path, "Budget", "The budget was based on enrollment growing by 50 students, but the "
                            "1,100-student district already has exceeded the projection with an increase in enrollment "
                            "of 80 students.", published="2008-08-29")
    rows = {r["value"]: r for r in draft_rows(article)}
    assert "estimate" not in rows["80"]["metric"], rows["80"]
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.verdict in ("inconsistent", "tension")]


def test_a_headline_measure_named_by_its_quarters_ordinal_restates_the_same_figure(tmp_path):
    # "in second quarter" names no measure: the body's 1.2 % is the headline's, not the 1.3 % of "The second
    # quarter performance"
    article = write_article(tmp_path, "Brazil's GDP tops expectations with 1.2% growth in second quarter",
                            "According to government statistics agency IBGE, the economy expanded 1.2% in the three "
                            "months to June, above the 0.9% growth expected by economists polled by Reuters. The second "
                            "quarter performance was mainly pushed by the 1.3% rise in services, as the sector accounts "
                            "for 70% of the economy.", published="2022-09-01")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "headline vs body"] == ["consistent"], \
        [c.explanation for c in checks]


def test_a_share_past_a_sentence_of_its_rate_alone_is_of_the_level_before(tmp_path):
    # "Their market share" after "This indicates a percentage increase of 2.81%": Tigo's July subscribers of the total
    # (MTN's own share told before it, the total's rate and the penetration rate before that)
    article = write_article(tmp_path, "Subscriptions",
                            "At the end of July 2017, the total number of mobile voice subscriptions was "
                            "37,136,600. This represents a percentage increase of 1.94% from June 2017’s figure of "
                            "36,430,847. The total penetration rate for the month under review was 130.35%. MTN’s "
                            "voice subscriptions for the period was 17,654,968 representing a percentage increase "
                            "of 2.03% from June 2017’s figure of 17,304,425. MTN’s market share for the month under"
                            " review was 47.54%. Tigo’s voice subscriptions increased from 5,360,443 as at the end "
                            "of June 2017 to 5,510,992 as at the end of July 2017. This indicates a percentage "
                            "increase of 2.81%. Their market share for the month under review was 14.84%.",
                            published="2017-10-02")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "share of a total" and "14.84" in c.explanation] == ["consistent"], \
        [c.explanation for c in checks]


@pytest.mark.parametrize("sentence", [
    "San Diego International Airport served a record-high 25 million passengers in 2019, one million of whom were "
    "international travelers, also a record.",
    "Luke collects harvest data from about 6,200 farms, 700 of which are organic.",
])
def test_a_part_then_of_whom_is_inside_the_figure_before(tmp_path, sentence):
    article = write_article(tmp_path, "Figures", sentence)
    checks = run_checks(article, draft_register(article), [], article.published)
    assert [c.verdict for c in checks if c.kind == "part of whole"] == ["consistent"], [c.explanation for c in checks]


def test_a_mark_predicted_to_be_passed_is_no_forecast_of_the_level(tmp_path):
    # "broken the £2 billion mark as predicted": the mark itself, not an estimate the headline's £2bn beat
    article = write_article(tmp_path, "British gin breaks £2bn mark", "\n".join([
        "The growing global thirst for British gin shows no signs of slowing with sales breaking the £2 billion mark, "
        "according to the latest report from the Wine and Spirit Trade Association (WSTA).",
        "Add to this the £532 million worth British gin exported in the last 12 months, according to HMRC, gin has "
        "broken the £2 billion mark as predicted by the WSTA last month.",
        "Gin is outperforming any other spirit in terms of growth of sales in the UK. The juniper-based spirit now "
        "accounts for a 68% of value growth in the spirits sector.",
        "The heatwave of 2018 has helped gin sales grow beyond expectations."]), published="2018-09-18")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind == "comparison"]


def test_a_count_of_weeks_is_no_part_a_share_is_found_of(tmp_path):
    # 20/578 is 3.46 %, which "3%" meets: but 20 weeks is a span of time, no part of the requests
    article = write_article(tmp_path, "Requests", "Figures show 578 requests for an EHC needs assessment were made in "
                            "Luton in 2024. Of the new plans issued, 27% were issued within the statutory 20 weeks. "
                            "Meanwhile, 70% were issued between 20 and 52 weeks, and 3% took over a year.",
                            published="2025-07-01")
    checks = run_checks(article, draft_register(article), [], article.published)
    assert not [c.explanation for c in checks if c.kind == "share of a total"]


@pytest.mark.parametrize("body, verdicts", [
    # the level the sentence before gave, then "This is a ... increase of N percent compared to" the earlier figure
    ("According to the statistics released by the Tourism Ministry, a total of 287,067 tourists visited the Maldives "
     "as of the 12th of this month. This is a significant increase of {rate} percent compared to the 247,164 that "
     "visited the Maldives in the same period last year.", {"16": "consistent", "26": "tension"}),
    # ... or "This is a N% increase from" it, the rate before its noun
    ("A total of 1,396 undergraduates are enrolled for the fall 2012 semester. This is a {rate}% increase from 1,369 "
     "students in fall 2011.", {"2": "consistent", "12": "tension"}),
    # not from an average ("It is 23% lower than the 10-year average"), no figure of a period before the level's
    ("The latest Drewry WCI composite index of $2,079 per 40-foot container is now well below its peak. It is {rate}% "
     "lower than the 10-year average of $2,694.", {"23": None, "43": None}),
])
def test_a_rate_this_sentence_measures_from_its_own_figure_moves_the_level_before(tmp_path, body, verdicts):
    for rate, verdict in verdicts.items():
        article = write_article(tmp_path, "Figures", body.format(rate=rate), published="2024-02-13")
        checks = run_checks(article, draft_register(article), [], article.published)
        found = [c.verdict for c in checks if c.kind == "implied growth"]
        assert found == ([verdict] if verdict else []), (rate, [c.explanation for c in checks])
